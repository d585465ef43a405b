using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HiringKit.Tests;

/// <summary>
/// Starts one real Postgres for the whole run (a throwaway cluster via scripts/pg, or the server in
/// ConnectionStrings__Postgres) and one API on a fresh database in it. Tests make their own data.
/// </summary>
[SetUpFixture]
public sealed class TestHost
{
    public const string AdminKey = "hk_test_admin_key_0123456789abcdef";

    static string? _clusterDir;
    static readonly List<string> CreatedDatabases = [];

    public static string RepoRoot { get; } = FindRepoRoot();
    public static string ServerConnectionString { get; private set; } = "";
    public static string AppConnectionString { get; private set; } = "";
    public static WebApplicationFactory<Program> App { get; private set; } = null!;
    public static IReadOnlyDictionary<string, string> KeysByRole { get; private set; } = new Dictionary<string, string>();

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var given = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres");
        if (!string.IsNullOrWhiteSpace(given))
        {
            ServerConnectionString = given;
        }
        else
        {
            _clusterDir = Path.Combine(Path.GetTempPath(), "hiringkit-tests-" + Guid.NewGuid().ToString("N")[..8]);
            // Without fsync: the many databases tests create (and their migrations) need not wait for the disk.
            // This throwaway cluster's durability is not under test; DatabaseOutageTests' own clusters keep fsync
            // on to show that kill -9 loses no acknowledged edit.
            ServerConnectionString = Run("env", "PG_FSYNC=off", "bash", Path.Combine(RepoRoot, "scripts", "pg"), "start", _clusterDir).Trim();
        }

        AppConnectionString = await CreateDatabaseAsync("app");
        App = CreateApp(AppConnectionString);
        using (var plain = App.CreateClient())
            await Contract.ContractCheck.LoadAsync(await plain.GetStringAsync("/swagger/v1/swagger.json"));

        using var admin = Client(AdminKey);
        var keys = new Dictionary<string, string> { ["admin"] = AdminKey };
        foreach (var role in new[] { "reader", "scorer", "editor" })
        {
            var response = await admin.PostAsJsonAsync("/api/v1/keys", new { name = $"test-{role}", role });
            response.EnsureSuccessStatusCode();
            keys[role] = (await response.Content.ReadFromJsonAsync<CreatedKey>())!.Key;
        }
        KeysByRole = keys;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (!Contract.ContractCheck.Seen.IsEmpty)
            await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), "hiringkit-contract-violations.txt"), Contract.ContractCheck.Seen.Distinct().Order());
        if (App is not null) await App.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_clusterDir is not null)
        {
            Run("bash", Path.Combine(RepoRoot, "scripts", "pg"), "stop", _clusterDir);
            TryDelete(_clusterDir);
            return;
        }
        // On a given server, drop what this run created so repeated runs leave nothing behind.
        await using var conn = new NpgsqlConnection(ServerConnectionString);
        await conn.OpenAsync();
        foreach (var db in CreatedDatabases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)", conn);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <param name="logs">Where its log lines go; a test that reads them makes one (HostLogs.ForNewHost).</param>
    public static WebApplicationFactory<Program> CreateApp(string connectionString, IReadOnlyDictionary<string, string>? settings = null,
        HostLogs? logs = null)
    {
        logs ??= HostLogs.ForNewHost("app");
        return new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            // Its log lines go to a capture shown only when a test fails, not to the run's output.
            b.ConfigureLogging(logging => logging.ClearProviders().AddProvider(new HostLogs.Provider(logs)));
            b.UseSetting("ConnectionStrings:Postgres", connectionString);
            b.UseSetting("Auth:BootstrapAdminKey", AdminKey);
            b.UseSetting("Seed:Path", Path.Combine(RepoRoot, "seed-data"));
            // The suite calls far faster than any ATS; the limits themselves have their own test.
            b.UseSetting("RateLimits:ReadsPerMinute", "1000000");
            b.UseSetting("RateLimits:ScoringPerMinute", "1000000");
            b.UseSetting("Auth:FailuresPerMinute", "1000000");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) b.UseSetting(key, value);
        });
    }

    /// <summary>
    /// Skips a test that needs a tool this machine lacks (Chromium, npx and the npm registry). Where the
    /// tools are known to exist (GitHub CI sets HIRINGKIT_NO_SKIPS=1) the same gap fails the run instead.
    /// </summary>
    public static void SkipForMissingTool(string reason)
    {
        if (Environment.GetEnvironmentVariable("HIRINGKIT_NO_SKIPS") == "1")
            Assert.Fail(reason + " HIRINGKIT_NO_SKIPS=1 is set, so this is a failure, not a skip.");
        Assert.Ignore(reason);
    }

    /// <summary>
    /// An app behind a real Kestrel port, for what only Kestrel does: body limits enforced as bytes arrive,
    /// the Server header, raw sockets, a browser. The in-memory test server does none of these.
    /// </summary>
    public static WebApplicationFactory<Program> CreateKestrelApp(IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = CreateApp(AppConnectionString, settings);
        // A port of its own, picked by the OS. UseKestrel(0) left Kestrel on its default 127.0.0.1:5000, so two
        // such apps (fixtures run side by side, or another run on this machine) collided there.
        app.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        return app;
    }

    /// <summary>A client of <paramref name="app"/> with the key of <paramref name="role"/>.</summary>
    public static HttpClient ClientFor(WebApplicationFactory<Program> app, string role)
    {
        var client = CheckedClient(app);
        client.DefaultRequestHeaders.Add("X-Api-Key", KeysByRole[role]);
        return client;
    }

    /// <summary>A client of <paramref name="app"/> whose every answer is checked against the OpenAPI document.</summary>
    public static HttpClient CheckedClient(WebApplicationFactory<Program> app)
    {
        // CreateClient knows whether the app listens on Kestrel (and where); the checker goes in front of it.
        using var plain = app.CreateClient();
        return app.CreateDefaultClient(plain.BaseAddress!, new Contract.ContractCheckingHandler());
    }

    /// <summary>A client of the shared app with the given key (or none).</summary>
    public static HttpClient Client(string? key)
    {
        var client = App.CreateDefaultClient(new Contract.ContractCheckingHandler());
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static HttpClient ClientFor(string role) => Client(KeysByRole[role]);

    /// <summary>A new empty database on the test server; its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"hk_{purpose}_{Guid.NewGuid():N}";
        if (name.Length > 60) name = name[..60]; // Postgres identifiers stop at 63 bytes
        await using (var conn = new NpgsqlConnection(ServerConnectionString))
        {
            await conn.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await create.ExecuteNonQueryAsync();
        }
        lock (CreatedDatabases) CreatedDatabases.Add(name);
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    sealed record CreatedKey(long Id, string Key);

    static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HiringKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (HiringKit.sln) above " + AppContext.BaseDirectory);
    }

    public static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }

    static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a temp folder; the OS cleans it */ }
    }
}
