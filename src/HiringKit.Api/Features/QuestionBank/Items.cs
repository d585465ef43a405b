using Dapper;
using FluentValidation;
using HiringKit.Api.Features.Compliance;
using HiringKit.Api.Infrastructure;
using MediatR;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

// The five use cases of every collection, written once: list, get, add, change, delete. A collection
// (Questions.cs, ...) says what its items hold; the SQL here composes its table and columns, which come
// from code and never from input.

public static class ListItems<TItem, TBody> where TItem : class, IBankItem<TItem> where TBody : class
{
    public sealed record Query(string Slug, string? Level) : IRequest<IReadOnlyList<TItem>>, ICachedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Level).Must(Levels.IsKnown).When(q => q.Level is not null).WithMessage(Levels.UnknownMessage);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Collection<TItem, TBody> items) : IRequestHandler<Query, IReadOnlyList<TItem>>
    {
        // Items of a level come junior to senior and may be filtered by level; the others apply at every level,
        // so level only validates.
        readonly string _sql = items.Levelled
            ? $"""
               SELECT {items.ItemColumns} FROM {items.Table}
               WHERE term_id = @termId AND deleted_at IS NULL AND (@Level IS NULL OR level = @Level)
               ORDER BY array_position(ARRAY['junior', 'mid', 'senior'], level), position, id
               """
            : $"""
               SELECT {items.ItemColumns} FROM {items.Table}
               WHERE term_id = @termId AND deleted_at IS NULL ORDER BY position, id
               """;

        public async Task<IReadOnlyList<TItem>> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, query.Slug, ct);
            return (await conn.QueryAsync<TItem>(new CommandDefinition(_sql, new { termId, query.Level }, cancellationToken: ct))).ToList();
        }
    }
}

public static class GetItem<TItem, TBody> where TItem : class, IBankItem<TItem> where TBody : class
{
    public sealed record Query(string Slug, long Id) : IRequest<TItem>, ICachedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Id).GreaterThan(0).WithMessage("id must be a positive number");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Collection<TItem, TBody> items) : IRequestHandler<Query, TItem>
    {
        public async Task<TItem> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, query.Slug, ct);
            return await conn.QuerySingleOrDefaultAsync<TItem>(new CommandDefinition(ItemUseCases.LiveSql(items), new { query.Id, termId }, cancellationToken: ct))
                ?? throw new NotFoundException($"Term '{query.Slug}' has no {items.Noun} {query.Id}.");
        }
    }
}

public static class CreateItem<TItem, TBody> where TItem : class, IBankItem<TItem> where TBody : class
{
    public sealed record Command(string Slug, TBody Body, string Actor) : IRequest<TItem>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ComplianceOptions> compliance, Collection<TItem, TBody> items)
        {
            ItemUseCases.LawfulWording(this, compliance, c => items.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            items.AddRules(this, c => c.Body);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache, Collection<TItem, TBody> items) : IRequestHandler<Command, TItem>
    {
        // A new item goes last (in its level, where it has one); the unique index on live items answers a duplicate with 409.
        readonly string _sql = $"""
            INSERT INTO {items.Table} (term_id, {items.Columns}, position, updated_by)
            SELECT @termId, {items.Parameters},
                   coalesce((SELECT max(position) + 1 FROM {items.Table} WHERE term_id = @termId{(items.Levelled ? " AND level = @level" : "")}), 0), @Actor
            RETURNING {items.ItemColumns}
            """;

        // The INSERT and its history row commit together or not at all.
        public async Task<TItem> Handle(Command command, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, command.Slug, ct, tx);
            var values = new DynamicParameters(items.Values(command.Body));
            values.AddDynamicParams(new { termId, command.Actor });
            var created = await conn.QuerySingleAsync<TItem>(new CommandDefinition(_sql, values, tx, cancellationToken: ct));
            await audit.RecordAsync(conn, tx, termId, command.Actor, "create", items.Entity, created.Id, null, created, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return created.WithWarnings(items.Warnings(command.Body));
        }
    }
}

public static class UpdateItem<TItem, TBody> where TItem : class, IBankItem<TItem> where TBody : class
{
    public sealed record Command(string Slug, long Id, string? IfMatch, TBody Body, string Actor) : IRequest<TItem>, ItemUseCases.IChange;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ComplianceOptions> compliance, Collection<TItem, TBody> items)
        {
            ItemUseCases.LawfulWording(this, compliance, c => items.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.IfMatch).IfMatchTags();
            RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
            items.AddRules(this, c => c.Body);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache, Collection<TItem, TBody> items) : IRequestHandler<Command, TItem>
    {
        readonly string _sql = $"""
            UPDATE {items.Table}
            SET {items.Assignments}, version = version + 1, updated_at = now(), updated_by = @Actor
            WHERE id = @Id
            RETURNING {items.ItemColumns}
            """;

        public async Task<TItem> Handle(Command command, CancellationToken ct)
        {
            var after = await ItemUseCases.ChangeAsync(db, audit, cache, items, "update", command, (conn, tx) =>
            {
                var values = new DynamicParameters(items.Values(command.Body));
                values.AddDynamicParams(new { command.Id, command.Actor });
                return conn.QuerySingleAsync<TItem?>(new CommandDefinition(_sql, values, tx, cancellationToken: ct));
            }, ct);
            return after!.WithWarnings(items.Warnings(command.Body));
        }
    }
}

public static class DeleteItem<TItem, TBody> where TItem : class, IBankItem<TItem> where TBody : class
{
    public sealed record Command(string Slug, long Id, string? IfMatch, string Actor) : IRequest<Unit>, ItemUseCases.IChange;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.IfMatch).IfMatchTags();
            RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache, Collection<TItem, TBody> items) : IRequestHandler<Command, Unit>
    {
        // Soft delete: the item leaves guides and scoring now, stays in history, and seed loading skips it forever.
        readonly string _sql = $"UPDATE {items.Table} SET deleted_at = now(), version = version + 1, updated_at = now(), updated_by = @Actor WHERE id = @Id";

        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            await ItemUseCases.ChangeAsync(db, audit, cache, items, "delete", command, async (conn, tx) =>
            {
                await conn.ExecuteAsync(new CommandDefinition(_sql, new { command.Id, command.Actor }, tx, cancellationToken: ct));
                return null;
            }, ct);
            return Unit.Value;
        }
    }
}

/// <summary>What the use cases above share.</summary>
static class ItemUseCases
{
    /// <summary>The handlers and validators of a collection's use cases, closed over its item and body.</summary>
    public static IEnumerable<Type> Of<TItem, TBody>() where TItem : class, IBankItem<TItem> where TBody : class =>
        new[] { typeof(ListItems<,>), typeof(GetItem<,>), typeof(CreateItem<,>), typeof(UpdateItem<,>), typeof(DeleteItem<,>) }
            .SelectMany(useCase => useCase.GetNestedTypes())
            .Where(type => type.Name is "Handler" or "Validator")
            .Select(type => type.MakeGenericType(typeof(TItem), typeof(TBody)));

    /// <summary>
    /// Wording that may invite an unlawful interview question is saved with warnings, unless the instance
    /// runs in strict mode: then the write is refused with 422 and the same findings.
    /// </summary>
    public static void LawfulWording<T>(AbstractValidator<T> validator, IOptions<ComplianceOptions> compliance,
        Func<T, IReadOnlyList<ComplianceRules.Warning>> warnings) =>
        validator.RuleFor(c => c).Must(c => !compliance.Value.Strict || warnings(c).Count == 0)
            .WithMessage(c => ComplianceRules.Refusal(warnings(c)))
            .WithErrorCode(ProblemHandler.UnlawfulWordingCode).OverridePropertyName("wording");

    /// <summary>What a change and a delete both name: the item, the version HR staff last read, and who they are.</summary>
    public interface IChange
    {
        string Slug { get; }
        long Id { get; }
        string? IfMatch { get; }
        string Actor { get; }
    }

    /// <summary>The live item; FOR UPDATE added, the row a change or delete starts from.</summary>
    public static string LiveSql<TItem, TBody>(Collection<TItem, TBody> items) where TItem : class, IBankItem<TItem> where TBody : class =>
        $"SELECT {items.ItemColumns} FROM {items.Table} WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL";

    /// <summary>
    /// A change or delete: the row lock, the version check, the write and its history row are one transaction,
    /// so two edits cannot both pass the check and no change commits without its history.
    /// </summary>
    /// <param name="write">The UPDATE; it returns the item as changed, or null when it is gone.</param>
    public static async Task<TItem?> ChangeAsync<TItem, TBody>(NpgsqlDataSource db, Audit audit, ContentCache cache,
        Collection<TItem, TBody> items, string action, IChange change, Func<NpgsqlConnection, NpgsqlTransaction, Task<TItem?>> write, CancellationToken ct)
        where TItem : class, IBankItem<TItem> where TBody : class
    {
        var expectedVersions = Concurrency.ExpectedVersions(change.IfMatch);
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var termId = await TermIds.RequireAsync(conn, change.Slug, ct, tx);
        var before = await conn.QuerySingleOrDefaultAsync<TItem>(new CommandDefinition(LiveSql(items) + " FOR UPDATE", new { change.Id, termId }, tx, cancellationToken: ct))
            ?? throw new NotFoundException($"Term '{change.Slug}' has no {items.Noun} {change.Id}.");
        Concurrency.EnsureCurrent(before.Version, expectedVersions, items.Named(change.Id));

        var after = await write(conn, tx);
        await audit.RecordAsync(conn, tx, termId, change.Actor, action, items.Entity, change.Id, before, after, ct);
        await tx.CommitAsync(ct);
        cache.Invalidate();
        return after;
    }
}
