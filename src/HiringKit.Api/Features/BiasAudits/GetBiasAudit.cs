using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.BiasAudits;

public static class GetBiasAudit
{
    public sealed record Query(long Id, string? Format) : IRequest<BiasAudit>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Id).GreaterThan(0).WithMessage("id must be a positive number");
            RuleFor(q => q.Format).Must(f => f is null or "json" or "html").WithMessage("format must be one of: json, html");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, BiasAudit>
    {
        const string Sql = $"SELECT {BiasAudit.Columns} FROM bias_audits WHERE id = @Id";

        public async Task<BiasAudit> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var row = await conn.QuerySingleOrDefaultAsync<BiasAudit.Row>(new CommandDefinition(Sql, new { query.Id }, cancellationToken: ct))
                ?? throw new NotFoundException($"There is no bias audit {query.Id}.");
            return row.ToAudit();
        }
    }
}
