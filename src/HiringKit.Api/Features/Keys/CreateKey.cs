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
    /// <param name="Name">Who or what uses the key, e.g. "ats-integration" or "hr-jane": unique (ignoring case, revoked keys included), as history names edits by it.</param>
    /// <param name="Role">reader | scorer | editor | admin.</param>
    public sealed record Command(string? Name, [property: System.Text.Json.Serialization.JsonConverter(typeof(HiringKit.Api.Infrastructure.LowercaseChoice))] string? Role) : IRequest<CreatedKey>
    {
        /// <summary>The name of the key (or system actor) creating it, for the keys' history; never read from the body.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public string Actor { get; init; } = "unknown";
    }

    /// <summary>The created key. `key` is shown only here, once: store it now.</summary>
    public sealed record CreatedKey(long Id, string Name, string Role, DateTimeOffset CreatedAt, string Key);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).HumanText("name", 100)
                .Must(n => n is null || !n.Trim().StartsWith(ApiKeys.SystemActorPrefix, StringComparison.OrdinalIgnoreCase))
                .WithMessage($"name must not start with '{ApiKeys.SystemActorPrefix}': such names stand for configuration and the shell in the history");
            RuleFor(c => c.Role).Must(Roles.IsKnown).WithMessage($"role must be one of: {string.Join(", ", Roles.All)}");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit) : IRequestHandler<Command, CreatedKey>
    {
        // The unique index on lower(name) answers 409 for a name in use, a revoked key's included.
        const string Sql = $"""
            INSERT INTO api_keys (name, role, key_hash) VALUES (@Name, @Role, @Hash)
            RETURNING {KeyInfo.Columns}
            """;

        public async Task<CreatedKey> Handle(Command command, CancellationToken ct)
        {
            var key = ApiKeys.Generate();
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var created = (await conn.QuerySingleAsync<KeyInfo.Row>(new CommandDefinition(Sql,
                new { Name = command.Name!.Trim(), command.Role, Hash = ApiKeys.Hash(key) }, tx, cancellationToken: ct))).ToInfo();
            await audit.RecordAsync(conn, tx, null, command.Actor, "create", "key", created.Id, null, created, ct);
            await tx.CommitAsync(ct);
            return new CreatedKey(created.Id, created.Name, created.Role, created.CreatedAt, key);
        }
    }
}
