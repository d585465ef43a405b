using Dapper;
using FluentValidation;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.BiasAudits;

public static class ListBiasAudits
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public sealed record Query(int Page, int PageSize) : IRequest<BiasAuditPage>;

    /// <summary>One page of past bias audits, newest first.</summary>
    /// <param name="Total">Audits stored, over all pages.</param>
    public sealed record BiasAuditPage(IReadOnlyList<BiasAudit> Items, int Page, int PageSize, long Total);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).InclusiveBetween(1, 100_000).WithMessage("page must be between 1 and 100000");
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"pageSize must be between 1 and {MaxPageSize}");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, BiasAuditPage>
    {
        const string Sql = $"""
            SELECT {BiasAudit.Columns} FROM bias_audits ORDER BY id DESC LIMIT @PageSize OFFSET @Offset;
            SELECT count(*) FROM bias_audits;
            """;

        public async Task<BiasAuditPage> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var results = await conn.QueryMultipleAsync(new CommandDefinition(Sql,
                new { query.PageSize, Offset = (long)(query.Page - 1) * query.PageSize }, cancellationToken: ct));
            var items = (await results.ReadAsync<BiasAudit.Row>()).Select(r => r.ToAudit()).ToList();
            var total = await results.ReadSingleAsync<long>();
            return new BiasAuditPage(items, query.Page, query.PageSize, total);
        }
    }
}
