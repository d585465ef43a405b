using Dapper;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

/// <summary>Deleting a question, an indicator or a red flag: the same steps, only the table and item shape differ.</summary>
public static class DeleteItem
{
    public enum Collection { Question, Indicator, RedFlag }

    public sealed record Command(Collection Collection, string Slug, long Id, string? IfMatch, string Actor) : IRequest<Unit>;

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
        // FOR UPDATE: the version check and the delete happen under one row lock.
        const string CurrentQuestion = """
            SELECT id, level, question, expected_answer, version, updated_at, updated_by FROM questions
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL FOR UPDATE
            """;
        const string CurrentIndicator = """
            SELECT id, level, text, version, updated_at, updated_by FROM indicators
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL FOR UPDATE
            """;
        const string CurrentRedFlag = """
            SELECT id, text, probe_question, version, updated_at, updated_by FROM red_flags
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL FOR UPDATE
            """;

        // Soft delete: the item leaves guides and scoring now, stays in history, and seed loading skips it forever.
        const string SoftDelete = "SET deleted_at = now(), version = version + 1, updated_at = now(), updated_by = @Actor WHERE id = @Id";

        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var expectedVersion = Concurrency.ExpectedVersion(command.IfMatch);
            var (table, entity, noun) = command.Collection switch
            {
                Collection.Question => ("questions", "question", "question"),
                Collection.Indicator => ("indicators", "indicator", "indicator"),
                _ => ("red_flags", "red-flag", "red flag"),
            };
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, command.Slug, ct, tx);
            var current = new CommandDefinition(command.Collection switch
            {
                Collection.Question => CurrentQuestion,
                Collection.Indicator => CurrentIndicator,
                _ => CurrentRedFlag,
            }, new { command.Id, termId }, tx, cancellationToken: ct);
            (object Item, int Version)? before = command.Collection switch
            {
                Collection.Question => await conn.QuerySingleOrDefaultAsync<QuestionRow>(current) is { } q ? (q.ToItem(), q.Version) : null,
                Collection.Indicator => await conn.QuerySingleOrDefaultAsync<IndicatorRow>(current) is { } i ? (i.ToItem(), i.Version) : null,
                _ => await conn.QuerySingleOrDefaultAsync<RedFlagRow>(current) is { } f ? (f.ToItem(), f.Version) : null,
            };
            if (before is null) throw new NotFoundException($"Term '{command.Slug}' has no {noun} {command.Id}.");
            Concurrency.EnsureCurrent(before.Value.Version, expectedVersion, $"{char.ToUpperInvariant(noun[0])}{noun[1..]} {command.Id}");

            // The table name comes from the switch above, never from input.
            await conn.ExecuteAsync(new CommandDefinition($"UPDATE {table} {SoftDelete}", new { command.Id, command.Actor }, tx, cancellationToken: ct));
            await audit.RecordAsync(conn, tx, termId, command.Actor, "delete", entity, command.Id, before.Value.Item, null, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return Unit.Value;
        }
    }
}
