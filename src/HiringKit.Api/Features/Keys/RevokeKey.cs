using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Keys;

public static class RevokeKey
{
    /// <param name="Actor">The name of the key (or system actor) revoking it, for the keys' history.</param>
    public sealed record Command(long Id, string Actor) : IRequest<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, KeyCache keys) : IRequestHandler<Command, Unit>
    {
        // Revoking twice is not an error: the key stays revoked at its first revocation time, and only the
        // first revocation is history.
        const string Sql = $"""
            UPDATE api_keys SET revoked_at = now() WHERE id = @Id AND revoked_at IS NULL
            RETURNING {KeyInfo.Columns}
            """;

        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var revoked = (await conn.QuerySingleOrDefaultAsync<KeyInfo.Row>(new CommandDefinition(Sql, new { command.Id }, tx, cancellationToken: ct)))?.ToInfo();
            if (revoked is not null)
                await audit.RecordAsync(conn, tx, null, command.Actor, "revoke", "key", revoked.Id, revoked with { RevokedAt = null }, revoked, ct);
            else if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM api_keys WHERE id = @Id)", new { command.Id }, tx, cancellationToken: ct)))
                throw new NotFoundException($"There is no API key with id {command.Id}.");
            await tx.CommitAsync(ct);
            keys.Invalidate(); // other instances hear of it through NOTIFY
            return Unit.Value;
        }
    }
}
