using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Glossary;

public static class DeleteTerm
{
    public sealed record Command(string Slug, string? IfMatch, string Actor) : IRequest<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.IfMatch).IfMatchTags();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, Unit>
    {
        const string Lock = "SELECT id, version FROM terms WHERE slug = @Slug AND deleted_at IS NULL FOR UPDATE";

        // Soft delete: the term and its guides disappear from reads and scoring; history and seed bookkeeping stay.
        const string Sql = "UPDATE terms SET deleted_at = now(), version = version + 1, updated_at = now(), updated_by = @Actor WHERE id = @termId";

        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var expectedVersions = Concurrency.ExpectedVersions(command.IfMatch);
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var (termId, version) = await conn.QuerySingleOrDefaultAsync<(long, int)?>(new CommandDefinition(Lock, new { command.Slug }, tx, cancellationToken: ct))
                ?? throw new NotFoundException($"There is no term '{command.Slug}'.");
            Concurrency.EnsureCurrent(version, expectedVersions, $"Term '{command.Slug}'");
            var before = await GetTerm.Handler.LoadAsync(conn, command.Slug, tx, ct);

            await conn.ExecuteAsync(new CommandDefinition(Sql, new { termId, command.Actor }, tx, cancellationToken: ct));
            await audit.RecordAsync(conn, tx, termId, command.Actor, "delete", "term", termId, before, null, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return Unit.Value;
        }
    }
}
