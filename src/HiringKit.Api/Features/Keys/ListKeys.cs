using Dapper;
using HiringKit.Api.Infrastructure;
using FluentValidation;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Keys;

public static class ListKeys
{
    public sealed record Query : IRequest<IReadOnlyList<KeyInfo>>;

    /// <summary>An API key as listed: never the key itself, which is stored only as a hash.</summary>
    public sealed record KeyInfo(long Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

    public sealed class Validator : AbstractValidator<Query>;

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, IReadOnlyList<KeyInfo>>
    {
        const string Sql = "SELECT id, name, role, created_at, revoked_at FROM api_keys ORDER BY id";

        public async Task<IReadOnlyList<KeyInfo>> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var rows = await conn.QueryAsync<(long Id, string Name, string Role, DateTime CreatedAt, DateTime? RevokedAt)>(
                new CommandDefinition(Sql, cancellationToken: ct));
            return rows.Select(r => new KeyInfo(r.Id, r.Name, r.Role, Timestamps.Utc(r.CreatedAt), r.RevokedAt is { } at ? Timestamps.Utc(at) : null)).ToList();
        }
    }
}
