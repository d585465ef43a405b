using Dapper;
using Npgsql;

namespace HiringKit.Api.Infrastructure.Auth;

/// <summary>
/// Auth__BootstrapAdminKey: an admin key with exactly this value exists after start-up, unless that value
/// was revoked, which no restart undoes (issue 15). A new value rotates: it is added and the previous
/// bootstrap key revoked, both recorded in the keys' history.
/// </summary>
public sealed class BootstrapKey(NpgsqlDataSource db, IConfiguration config, Audit audit, ILogger<BootstrapKey> log)
{
    /// <summary>Who the history names for what configuration does: no key did it, and no key may take the name.</summary>
    public const string Actor = ApiKeys.SystemActorPrefix + "configuration";

    string? Configured => config["Auth:BootstrapAdminKey"]?.Trim() is { Length: > 0 } key ? key : null;

    /// <summary>Refuses a guessable value before anything else starts: it would be an admin key.</summary>
    public void EnsureStrong()
    {
        if (Configured is { } key && ApiKeys.Weakness(key) is { } weakness)
            throw new InvalidOperationException(
                $"Auth:BootstrapAdminKey is too weak: {weakness}. It becomes an admin key, so use a long random value, " +
                "e.g. hk_$(openssl rand -hex 24), or leave it unset and create keys with the keys command.");
    }

    public async Task EnsureAsync(CancellationToken ct)
    {
        if (Configured is not { } key) return;
        var hash = ApiKeys.Hash(key);

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        // Instances starting together must not both rotate.
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Key)", new { Key = MigrationRunner.StartupLockKey }, tx, commandTimeout: 0, cancellationToken: ct));
        var existing = await conn.QuerySingleOrDefaultAsync<KeyInfo.Row>(new CommandDefinition(
            $"SELECT {KeyInfo.Columns} FROM api_keys WHERE key_hash = @hash", new { hash }, tx, cancellationToken: ct));
        if (existing is not null)
        {
            if (existing.RevokedAt is not null)
                log.LogWarning("Auth:BootstrapAdminKey names key {Id}, revoked at {RevokedAt}; it stays revoked. Configure a new value to rotate", existing.Id, existing.RevokedAt);
            return;
        }

        var revoked = (await conn.QueryAsync<KeyInfo.Row>(new CommandDefinition($"""
            UPDATE api_keys SET revoked_at = now() WHERE bootstrap AND revoked_at IS NULL
            RETURNING {KeyInfo.Columns}
            """, transaction: tx, cancellationToken: ct))).Select(r => r.ToInfo()).ToList();
        foreach (var after in revoked)
            await audit.RecordAsync(conn, tx, null, Actor, "revoke", "key", after.Id, after with { RevokedAt = null }, after, ct);

        // The first keeps the name it always had; later ones are numbered (names are unique).
        var created = (await conn.QuerySingleAsync<KeyInfo.Row>(new CommandDefinition($"""
            INSERT INTO api_keys (name, role, key_hash, bootstrap)
            SELECT CASE WHEN count(*) = 0 THEN 'bootstrap-admin' ELSE 'bootstrap-admin-' || (count(*) + 1) END, 'admin', @hash, true
            FROM api_keys WHERE bootstrap
            RETURNING {KeyInfo.Columns}
            """, new { hash }, tx, cancellationToken: ct))).ToInfo();
        await audit.RecordAsync(conn, tx, null, Actor, "create", "key", created.Id, null, created, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Bootstrap admin key {Id} from configuration is active; {Revoked} earlier bootstrap key(s) revoked", created.Id, revoked.Count);
    }
}
