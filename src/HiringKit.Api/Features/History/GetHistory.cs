using System.Text.Json;
using Dapper;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.History;

public static class GetHistory
{
    public const int DefaultPageSize = 200;
    public const int MaxPageSize = 1000;

    /// <summary>A term's history: its content and question bank.</summary>
    public sealed record Query(string Slug, int Page, int PageSize) : IRequest<HistoryPage>;

    /// <summary>The API keys' history: who created and revoked which key.</summary>
    public sealed record KeysQuery(int Page, int PageSize) : IRequest<HistoryPage>;

    /// <summary>One page of changes and how many there are in all.</summary>
    public sealed record HistoryPage(IReadOnlyList<Change> Changes, long Total);

    /// <summary>One change made through the API: who, when, what, and the item before and after.</summary>
    /// <param name="At">When the change committed.</param>
    /// <param name="By">The name of the API key that made it (`system:configuration` for Auth__BootstrapAdminKey, `system:keys-command` for the shell).</param>
    /// <param name="ByKeyId">The id of that key; null when no key made it (configuration, the shell) or for changes recorded before key ids were kept.</param>
    /// <param name="Action">create, update or delete; for keys create or revoke.</param>
    /// <param name="Entity">term, question, indicator, red-flag or key.</param>
    /// <param name="EntityId">The item's id.</param>
    /// <param name="Before">The item before the change (null for a create).</param>
    /// <param name="After">The item after the change (null for a delete).</param>
    public sealed record Change(DateTimeOffset At, string By, long? ByKeyId, string Action, string Entity, long EntityId, JsonElement? Before, JsonElement? After);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Page).InclusiveBetween(1, 100_000).WithMessage("page must be between 1 and 100000");
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"pageSize must be between 1 and {MaxPageSize}");
        }
    }

    public sealed class KeysValidator : AbstractValidator<KeysQuery>
    {
        public KeysValidator()
        {
            RuleFor(q => q.Page).InclusiveBetween(1, 100_000).WithMessage("page must be between 1 and 100000");
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"pageSize must be between 1 and {MaxPageSize}");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, HistoryPage>, IRequestHandler<KeysQuery, HistoryPage>
    {
        const string Columns = "a.at, a.by_name, a.by_key_id, a.action, a.entity, a.entity_id, a.before::text AS before, a.after::text AS after";

        // A deleted term keeps its history: that is when people most want to know who did what.
        const string TermSql = $"""
            SELECT {Columns}
            FROM audit_log a
            WHERE a.term_id = @termId
            ORDER BY a.id DESC
            LIMIT @PageSize OFFSET @Offset;
            SELECT count(*) FROM audit_log WHERE term_id = @termId;
            """;

        const string KeysSql = $"""
            SELECT {Columns}
            FROM audit_log a
            WHERE a.entity = 'key'
            ORDER BY a.id DESC
            LIMIT @PageSize OFFSET @Offset;
            SELECT count(*) FROM audit_log WHERE entity = 'key';
            """;

        sealed record Row(DateTime At, string ByName, long? ByKeyId, string Action, string Entity, long EntityId, string? Before, string? After);

        public async Task<HistoryPage> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var termId = await conn.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                "SELECT id FROM terms WHERE slug = @Slug", new { query.Slug }, cancellationToken: ct))
                ?? throw new NotFoundException($"There is no term '{query.Slug}'.");
            return await ReadPageAsync(conn, TermSql, new { termId, query.PageSize, Offset = (long)(query.Page - 1) * query.PageSize }, ct);
        }

        public async Task<HistoryPage> Handle(KeysQuery query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            return await ReadPageAsync(conn, KeysSql, new { query.PageSize, Offset = (long)(query.Page - 1) * query.PageSize }, ct);
        }

        static async Task<HistoryPage> ReadPageAsync(NpgsqlConnection conn, string sql, object args, CancellationToken ct)
        {
            using var results = await conn.QueryMultipleAsync(new CommandDefinition(sql, args, cancellationToken: ct));
            var rows = await results.ReadAsync<Row>();
            var total = await results.ReadSingleAsync<long>();
            return new HistoryPage(rows.Select(r => new Change(Timestamps.Utc(r.At), r.ByName, r.ByKeyId, r.Action, r.Entity, r.EntityId, Parse(r.Before), Parse(r.After))).ToList(), total);
        }

        static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
    }
}

public static class HistoryEndpoints
{
    public static void MapHistory(this IEndpointRouteBuilder api)
    {
        api.MapGet("/terms/{slug}/history", GetAsync)
            .WithTags("History")
            .RequireAuthorization(Roles.Reader)
            .WithName("GetHistory")
            .WithSummary("Every change made to a term's content, newest first")
            .Produces<IReadOnlyList<GetHistory.Change>>()
            .WithPaging();

        api.MapGet("/keys/history", GetKeysAsync)
            .WithTags("API keys")
            .RequireAuthorization(Roles.Admin)
            .WithName("GetKeyHistory")
            .WithSummary("Who created and revoked which API key, newest first")
            .Produces<IReadOnlyList<GetHistory.Change>>()
            .WithPaging();
    }

    /// <summary>Every change ever made through the API to a term and its question bank, newest first.</summary>
    /// <remarks>
    /// Deletions included, with the deleted item in `before`. Paged: `page` from 1, `pageSize` up to 1000
    /// (default 200). `X-Total-Count` says how many changes there are, and a `Link: rel="next"` header
    /// points to the next page while there is one, so nothing is cut off silently.
    /// </remarks>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Changes per page, 1-1000 (default 200).</param>
    /// <response code="200">The changes, newest first.</response>
    static async Task<IResult> GetAsync(IMediator mediator, HttpResponse response, string slug, int? page, int? pageSize, CancellationToken ct)
    {
        var query = new GetHistory.Query(slug, page ?? 1, pageSize ?? GetHistory.DefaultPageSize);
        return Paged(response, await mediator.Send(query, ct), $"/api/v1/terms/{slug}/history", query.Page, query.PageSize);
    }

    /// <summary>Every API key created or revoked, by whom and when, newest first.</summary>
    /// <remarks>
    /// `before` and `after` are the key as listed (never the key itself). Keys made from
    /// `Auth__BootstrapAdminKey` are by `system:configuration`, those made with the `keys` command by
    /// `system:keys-command`. Paged like a term's history.
    /// </remarks>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Changes per page, 1-1000 (default 200).</param>
    /// <response code="200">The changes, newest first.</response>
    static async Task<IResult> GetKeysAsync(IMediator mediator, HttpResponse response, int? page, int? pageSize, CancellationToken ct)
    {
        var query = new GetHistory.KeysQuery(page ?? 1, pageSize ?? GetHistory.DefaultPageSize);
        return Paged(response, await mediator.Send(query, ct), "/api/v1/keys/history", query.Page, query.PageSize);
    }

    static IResult Paged(HttpResponse response, GetHistory.HistoryPage history, string path, int page, int pageSize)
    {
        response.Headers["X-Total-Count"] = history.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if ((long)page * pageSize < history.Total)
            response.Headers.Link = $"<{path}?page={page + 1}&pageSize={pageSize}>; rel=\"next\"";
        return TypedResults.Ok(history.Changes);
    }
}
