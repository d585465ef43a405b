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
    public sealed record Command(Collection Collection, string Slug, long Id, string? IfMatch, string Actor) : IRequest<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.IfMatch).IfMatchTags();
            RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, Unit>
    {
        // Soft delete: the item leaves guides and scoring now, stays in history, and seed loading skips it forever.
        const string SoftDelete = "SET deleted_at = now(), version = version + 1, updated_at = now(), updated_by = @Actor WHERE id = @Id";

        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var expectedVersions = Concurrency.ExpectedVersions(command.IfMatch);
            var collection = command.Collection;
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, command.Slug, ct, tx);
            var current = new CommandDefinition(collection.LockCurrent(), new { command.Id, termId }, tx, cancellationToken: ct);
            (object Item, int Version)? before = collection switch
            {
                Collection.Question => await conn.QuerySingleOrDefaultAsync<QuestionRow>(current) is { } q ? (q.ToItem(), q.Version) : null,
                Collection.Indicator => await conn.QuerySingleOrDefaultAsync<IndicatorRow>(current) is { } i ? (i.ToItem(), i.Version) : null,
                _ => await conn.QuerySingleOrDefaultAsync<RedFlagRow>(current) is { } f ? (f.ToItem(), f.Version) : null,
            };
            if (before is null) throw new NotFoundException($"Term '{command.Slug}' has no {collection.Noun()} {command.Id}.");
            Concurrency.EnsureCurrent(before.Value.Version, expectedVersions, collection.Named(command.Id));

            // The table name comes from Table(), never from input.
            await conn.ExecuteAsync(new CommandDefinition($"UPDATE {collection.Table()} {SoftDelete}", new { command.Id, command.Actor }, tx, cancellationToken: ct));
            await audit.RecordAsync(conn, tx, termId, command.Actor, "delete", collection.Entity(), command.Id, before.Value.Item, null, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return Unit.Value;
        }
    }
}
