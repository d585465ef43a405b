using Dapper;
using HiringKit.Api.Infrastructure.Auth;
using FluentValidation;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Keys;

public static class ListKeys
{
    public sealed record Query : IRequest<IReadOnlyList<KeyInfo>>;

    public sealed class Validator : AbstractValidator<Query>;

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, IReadOnlyList<KeyInfo>>
    {
        const string Sql = $"SELECT {KeyInfo.Columns} FROM api_keys ORDER BY id";

        public async Task<IReadOnlyList<KeyInfo>> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var rows = await conn.QueryAsync<KeyInfo.Row>(new CommandDefinition(Sql, cancellationToken: ct));
            return rows.Select(r => r.ToInfo()).ToList();
        }
    }
}
