using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Keys;

public static class RevokeKey
{
    public sealed record Command(long Id) : IRequest<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
    }

    public sealed class Handler(NpgsqlDataSource db, Infrastructure.Auth.KeyCache keys) : IRequestHandler<Command, Unit>
    {
        // Revoking twice is not an error: the key stays revoked at its first revocation time.
        const string Sql = """
            UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = @Id
            """;

        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var updated = await conn.ExecuteAsync(new CommandDefinition(Sql, new { command.Id }, cancellationToken: ct));
            if (updated == 0) throw new NotFoundException($"There is no API key with id {command.Id}.");
            keys.Invalidate(); // other instances hear of it through NOTIFY
            return Unit.Value;
        }
    }
}
