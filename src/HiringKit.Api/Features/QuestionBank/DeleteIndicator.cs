using Dapper;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

public static class DeleteIndicator
{
    public sealed record Command(string Slug, long Id, string? IfMatch, string Actor) : IRequest<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, Unit>
    {
        const string Current = """
            SELECT id, level, text, version, updated_at, updated_by FROM indicators
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL FOR UPDATE
            """;

        // Soft delete: the indicator leaves guides and scoring now, stays in history, and seed loading skips it forever.
        const string Sql = """
            UPDATE indicators SET deleted_at = now(), version = version + 1, updated_at = now(), updated_by = @Actor WHERE id = @Id
            """;

        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var expectedVersion = Concurrency.ExpectedVersion(command.IfMatch);
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, command.Slug, ct, tx);
            var before = (await conn.QuerySingleOrDefaultAsync<IndicatorRow>(new CommandDefinition(Current, new { command.Id, termId }, tx, cancellationToken: ct))
                ?? throw new NotFoundException($"Term '{command.Slug}' has no indicator {command.Id}.")).ToItem();
            Concurrency.EnsureCurrent(before.Version, expectedVersion, $"Indicator {command.Id}");

            await conn.ExecuteAsync(new CommandDefinition(Sql, new { command.Id, command.Actor }, tx, cancellationToken: ct));
            await audit.RecordAsync(conn, tx, termId, command.Actor, "delete", "indicator", command.Id, before, null, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return Unit.Value;
        }
    }
}
