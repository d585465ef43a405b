using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HiringKit.Api.Infrastructure;

/// <summary>Writes the history row of a change inside the change's own transaction: no change without its record.</summary>
public sealed class Audit(IOptions<JsonOptions> json)
{
    // Key names are unique and never reused (revoked keys keep theirs), so the name the change is made
    // under names exactly one key; a change made by no key (configuration, the shell) has no key id.
    const string Sql = """
        INSERT INTO audit_log (term_id, by_name, by_key_id, action, entity, entity_id, before, after)
        VALUES (@termId, @by, (SELECT id FROM api_keys WHERE name = @by), @action, @entity, @entityId, @before::jsonb, @after::jsonb)
        """;

    /// <param name="termId">The term the change belongs to; null for a change to an API key.</param>
    public Task RecordAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long? termId, string by, string action, string entity,
        long entityId, object? before, object? after, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(Sql, new
        {
            termId, by, action, entity, entityId,
            before = before is null ? null : JsonSerializer.Serialize(before, json.Value.SerializerOptions),
            after = after is null ? null : JsonSerializer.Serialize(after, json.Value.SerializerOptions),
        }, tx, cancellationToken: ct));

    /// <summary>The name a change is recorded under: the API key's name, which is who HR staff are to each other.</summary>
    public static string ActorOf(System.Security.Claims.ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
