using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Glossary;

public static class UpdateTerm
{
    public sealed record Command(string Slug, string? IfMatch, TermBody? Body, string Actor) : IRequest<GetTerm.TermEntry>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.IfMatch).IfMatchTags();
            TermContent.AddRules(this, c => c.Body);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, GetTerm.TermEntry>
    {
        const string Lock = "SELECT id, version FROM terms WHERE slug = @Slug AND deleted_at IS NULL FOR UPDATE";

        const string Sql = """
            UPDATE terms SET name = @Name, industry = @Industry, summary = @Summary, why_it_matters = @WhyItMatters,
                             version = version + 1, updated_at = now(), updated_by = @Actor
            WHERE id = @termId
            """;

        public async Task<GetTerm.TermEntry> Handle(Command command, CancellationToken ct)
        {
            var expectedVersions = Concurrency.ExpectedVersions(command.IfMatch);
            var body = command.Body!;
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var (termId, version) = await conn.QuerySingleOrDefaultAsync<(long, int)?>(new CommandDefinition(Lock, new { command.Slug }, tx, cancellationToken: ct))
                ?? throw new NotFoundException($"There is no term '{command.Slug}'.");
            Concurrency.EnsureCurrent(version, expectedVersions, $"Term '{command.Slug}'");
            var before = await GetTerm.Handler.LoadAsync(conn, command.Slug, tx, ct);

            await conn.ExecuteAsync(new CommandDefinition(Sql, new
            {
                termId, Name = body.Name!.Trim(), Industry = body.Industry!.Trim(), Summary = body.Summary!.Trim(),
                WhyItMatters = body.WhyItMatters?.Trim() ?? "", command.Actor,
            }, tx, cancellationToken: ct));
            await TermContent.ReplaceChildrenAsync(conn, tx, termId, body, command.Actor, ct);
            var after = (await GetTerm.Handler.LoadAsync(conn, command.Slug, tx, ct))!;
            await audit.RecordAsync(conn, tx, termId, command.Actor, "update", "term", termId, before, after, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return after;
        }
    }
}
