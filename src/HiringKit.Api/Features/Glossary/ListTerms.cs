using Dapper;
using FluentValidation;
using MediatR;
using Npgsql;
using HiringKit.Api.Infrastructure;

namespace HiringKit.Api.Features.Glossary;

public static class ListTerms
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    // Not cached: searches are unbounded in variety, cheap in SQL, and must not crowd the guides out of the cache.
    public sealed record Query(string? Q, int Page, int PageSize) : IRequest<TermPage>;

    /// <summary>One page of glossary terms.</summary>
    /// <param name="Items">The terms on this page, by name.</param>
    /// <param name="Page">1-based page number.</param>
    /// <param name="PageSize">Terms per page (1-100).</param>
    /// <param name="Total">Terms matching the search, over all pages.</param>
    public sealed record TermPage(IReadOnlyList<TermSummary> Items, int Page, int PageSize, long Total);

    public sealed record TermSummary(string Slug, string Name, string Industry, string Summary);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Q).MaximumLength(200).WithMessage("q must be at most 200 characters")
                .Must(q => q is null || (!q.Any(char.IsControl) && !TextRules.HasLoneSurrogate(q))).WithMessage("q must not contain control characters");
            RuleFor(q => q.Page).InclusiveBetween(1, 100_000).WithMessage("page must be between 1 and 100000");
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"pageSize must be between 1 and {MaxPageSize}");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, TermPage>
    {
        // q matches the name, the slug or any live phrase, so "working alliance" finds therapeutic-alliance.
        const string Sql = """
            WITH matching AS (
                SELECT t.slug, t.name, t.industry, t.summary
                FROM terms t
                WHERE t.deleted_at IS NULL
                  AND (@Pattern IS NULL
                       OR t.name ILIKE @Pattern
                       OR t.slug ILIKE @Pattern
                       OR EXISTS (SELECT 1 FROM phrases p
                                  WHERE p.term_id = t.id AND p.deleted_at IS NULL AND p.phrase ILIKE @Pattern))
            )
            SELECT slug, name, industry, summary FROM matching ORDER BY name, slug LIMIT @PageSize OFFSET @Offset;
            SELECT count(*) FROM terms t
            WHERE t.deleted_at IS NULL
              AND (@Pattern IS NULL
                   OR t.name ILIKE @Pattern
                   OR t.slug ILIKE @Pattern
                   OR EXISTS (SELECT 1 FROM phrases p
                              WHERE p.term_id = t.id AND p.deleted_at IS NULL AND p.phrase ILIKE @Pattern));
            """;

        public async Task<TermPage> Handle(Query query, CancellationToken ct)
        {
            var pattern = string.IsNullOrWhiteSpace(query.Q) ? null : "%" + EscapeLike(query.Q.Trim()) + "%";
            await using var conn = await db.OpenConnectionAsync(ct);
            using var results = await conn.QueryMultipleAsync(new CommandDefinition(Sql,
                new { Pattern = pattern, query.PageSize, Offset = (long)(query.Page - 1) * query.PageSize }, cancellationToken: ct));
            var items = (await results.ReadAsync<TermSummary>()).ToList();
            var total = await results.ReadSingleAsync<long>();
            return new TermPage(items, query.Page, query.PageSize, total);
        }

        // The search text is data, not a pattern: % and _ typed by a recruiter match themselves.
        static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
    }
}
