using Dapper;
using Npgsql;

namespace HiringKit.Api.Infrastructure;

public static partial class Database
{
    /// <summary>One NpgsqlDataSource (one connection pool) for the whole app, as Npgsql recommends.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        // Read when first resolved, not now: hosts (and test hosts) may add configuration after this call.
        services.AddSingleton(provider =>
        {
            var connectionString = provider.GetRequiredService<IConfiguration>().GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("ConnectionStrings__Postgres is not set. Use ./scripts/run for a local database, or set it to an Npgsql connection string.");
            // Fail fast when Postgres is away, so callers get a 503 in seconds rather than a hung request.
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) builder.Timeout = 5;
            if (!connectionString.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase)) builder.CommandTimeout = 15;
            // The LISTEN connection only waits: keepalives make a silently dropped one fail, so it reconnects and resyncs.
            if (!connectionString.Contains("Keepalive", StringComparison.OrdinalIgnoreCase)) builder.KeepAlive = 15;
            // The pool's name in Npgsql's metrics and traces: the database, not the whole connection string.
            return new NpgsqlDataSourceBuilder(builder.ConnectionString) { Name = builder.Database }.Build();
        });
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<SeedLoader>();
        services.AddSingleton<StartupState>();
        services.AddHostedService<DatabaseStartup>();
        services.AddSingleton<ContentCache>();
        services.AddSingleton<Audit>();
        services.AddHostedService<ContentChangeListener>();
        return services;
    }
}

public static partial class Database
{
    /// <summary>The database could not be reached (as opposed to refusing a statement): answered 503, retried later.</summary>
    public static bool IsUnavailable(Exception e) => e switch
    {
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03",
        NpgsqlException => true,
        TimeoutException => true,
        System.Net.Sockets.SocketException => true,
        _ => e.InnerException is not null && IsUnavailable(e.InnerException),
    };
}

/// <summary>What /health/ready reports: schema and seed are in place.</summary>
public sealed class StartupState
{
    volatile bool _ready;
    public bool DatabaseReady => _ready;
    public void MarkReady() => _ready = true;
}

/// <summary>
/// Migrations and seed loading run before the host reports started (hosted services start in order),
/// so a test host or a readiness probe never sees a half-built schema.
/// </summary>
public sealed class DatabaseStartup(MigrationRunner migrations, SeedLoader seed, StartupState state, Auth.BootstrapKey bootstrap,
    IEnumerable<IStartupWarmup> warmups, IConfiguration config, ILogger<DatabaseStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        bootstrap.EnsureStrong();
        // Containers often start before their database: wait for it (Database__StartupWaitSeconds, default 60) rather than exit.
        var deadline = DateTime.UtcNow.AddSeconds(config.GetValue("Database:StartupWaitSeconds", 60));
        for (var delay = TimeSpan.FromSeconds(1); ; delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 10)))
        {
            try
            {
                await migrations.ApplyAsync(ct);
                break;
            }
            catch (Exception e) when (Database.IsUnavailable(e) && DateTime.UtcNow + delay < deadline)
            {
                log.LogWarning("Database unreachable at start-up ({Message}); retrying in {Delay}", e.Message, delay);
                await Task.Delay(delay, ct);
            }
        }
        await seed.LoadAsync(ct);
        await bootstrap.EnsureAsync(ct);
        foreach (var warmup in warmups) await warmup.WarmAsync(ct);
        state.MarkReady();
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Work a feature needs done once the database is ready and before the instance reports ready.</summary>
public interface IStartupWarmup
{
    Task WarmAsync(CancellationToken ct);
}
