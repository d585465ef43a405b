using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Keys;

public static class CreateKey
{
    /// <summary>A new API key.</summary>
    /// <param name="Name">Who or what uses the key, e.g. "ats-integration" or "hr-jane". Shown in history as the author of edits.</param>
    /// <param name="Role">reader | scorer | editor | admin.</param>
    public sealed record Command(string? Name, string? Role) : IRequest<CreatedKey>;

    /// <summary>The created key. `key` is shown only here, once: store it now.</summary>
    public sealed record CreatedKey(long Id, string Name, string Role, DateTimeOffset CreatedAt, string Key);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).HumanText("name", 100);
            RuleFor(c => c.Role).Must(Roles.IsKnown).WithMessage($"role must be one of: {string.Join(", ", Roles.All)}");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Command, CreatedKey>
    {
        const string Sql = """
            INSERT INTO api_keys (name, role, key_hash) VALUES (@Name, @Role, @Hash)
            RETURNING id, created_at
            """;

        public async Task<CreatedKey> Handle(Command command, CancellationToken ct)
        {
            var key = ApiKeys.Generate();
            var name = command.Name!.Trim();
            await using var conn = await db.OpenConnectionAsync(ct);
            var (id, createdAt) = await conn.QuerySingleAsync<(long, DateTime)>(new CommandDefinition(Sql,
                new { Name = name, command.Role, Hash = ApiKeys.Hash(key) }, cancellationToken: ct));
            return new CreatedKey(id, name, command.Role!, Timestamps.Utc(createdAt), key);
        }
    }
}
