using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HiringKit.Api.Infrastructure;

/// <summary>Writes the history row of a change inside the change's own transaction: no change without its record.</summary>
public sealed class Audit(IOptions<JsonOptions> json)
{
    const string Sql = """
        INSERT INTO audit_log (term_id, by_name, action, entity, entity_id, before, after)
        VALUES (@termId, @by, @action, @entity, @entityId, @before::jsonb, @after::jsonb)
        """;

    public Task RecordAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long termId, string by, string action, string entity,
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
