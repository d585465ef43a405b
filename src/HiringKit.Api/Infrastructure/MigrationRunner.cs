using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace HiringKit.Api.Infrastructure;

/// <summary>
/// Applies the embedded, forward-only SQL files in Migrations/ in name order. Each file runs in its own
/// transaction under a Postgres advisory lock so that instances starting together apply it once.
/// An already-applied file whose checksum changed stops start-up: history is never rewritten.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource db, ILogger<MigrationRunner> log)
{
    // Arbitrary, fixed: the advisory lock every HiringKit instance takes for schema and seed work.
    public const long StartupLockKey = 0x4869_7269_6E67_4B74; // "HiringKt"

    public sealed record Migration(string Name, string Sql, string Checksum);

    public static IReadOnlyList<Migration> Embedded()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        const string prefix = "HiringKit.Api.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n, n[prefix.Length..]))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    public Task ApplyAsync(CancellationToken ct) => ApplyAsync(Embedded(), ct);

    public async Task ApplyAsync(IReadOnlyList<Migration> migrations, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        // No command timeout here: waiting for another instance's migrations, or a long index build, is not a failure.
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@StartupLockKey)", new { StartupLockKey }, commandTimeout: 0, cancellationToken: ct));
        try
        {
            await conn.ExecuteAsync("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    name       text PRIMARY KEY,
                    checksum   text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """);
            var applied = (await conn.QueryAsync<(string Name, string Checksum)>(
                "SELECT name, checksum FROM schema_migrations")).ToDictionary(r => r.Name, r => r.Checksum);

            foreach (var migration in migrations)
            {
                if (applied.TryGetValue(migration.Name, out var checksum))
                {
                    if (checksum != migration.Checksum)
                        throw new InvalidOperationException(
                            $"Migration {migration.Name} was changed after it was applied (checksum {checksum} in the database, " +
                            $"{migration.Checksum} now). Migrations are forward-only: restore the file and add a new migration instead.");
                    continue;
                }

                await using var tx = await conn.BeginTransactionAsync(ct);
                await conn.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: tx, commandTimeout: 0, cancellationToken: ct));
                await conn.ExecuteAsync("INSERT INTO schema_migrations (name, checksum) VALUES (@Name, @Checksum)",
                    new { migration.Name, migration.Checksum }, tx);
                await tx.CommitAsync(ct);
                log.LogInformation("Applied migration {Migration}", migration.Name);
            }
        }
        finally
        {
            await conn.ExecuteAsync("SELECT pg_advisory_unlock(@StartupLockKey)", new { StartupLockKey });
        }
    }

    static Migration Read(Assembly assembly, string resource, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd();
        // Line endings are normalised so a checkout with CRLF does not look like an edited migration.
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
        return new Migration(name, sql, checksum);
    }
}
