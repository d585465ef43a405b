using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace HiringKit.Tests.Infrastructure;

/// <summary>
/// Key guessing (issue 15): wrong keys are limited per client address before any database work, and
/// valid keys, from other addresses or already known, are not slowed. Runs on Kestrel so that each client
/// has a real address: every 127.x.y.z is this machine, and a client picks its own by binding to it.
/// </summary>
[NonParallelizable]
public sealed class FailedAuthenticationTests
{
    static HttpClient ClientFrom(string sourceAddress, int port, string? key)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    static int PortOf(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app)
    {
        using var client = TestHost.CheckedClient(app);
        return client.BaseAddress!.Port;
    }

    static string RandomKey() => "hk_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    static async Task<HttpResponseMessage> GetWithKeyAsync(HttpClient client, string key, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/terms");
        request.Headers.Add("X-Api-Key", key);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    static async Task<double> TimedGetAsync(HttpClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the valid key is always answered");
        return clock.Elapsed.TotalMilliseconds;
    }

    static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    // Operational: a load measurement (1,500 requests, latency medians compared), like scripts/load; on a
    // machine shared with other builds its medians moved past the bound in the everyday run.
    [Test, Category("Operational")]
    public async Task Wrong_keys_from_one_address_meet_429s_while_a_valid_key_keeps_its_usual_speed()
    {
        await using var app = TestHost.CreateKestrelApp(new Dictionary<string, string> { ["Auth:FailuresPerMinute"] = "30" });
        var port = PortOf(app);
        using var editor = ClientFrom("127.0.0.1", port, TestHost.KeysByRole["editor"]);
        using var attacker = ClientFrom("127.0.0.2", port, null);
        // An uncached read that goes to Postgres, as the issue measured: a flood that reached the database would slow it.
        const string read = "/api/v1/terms/therapeutic-alliance/history?pageSize=5";
        for (var i = 0; i < 30; i++) await TimedGetAsync(editor, read);
        var before = new List<double>();
        for (var i = 0; i < 60; i++) before.Add(await TimedGetAsync(editor, read));

        var statuses = new ConcurrentBag<HttpStatusCode>();
        var remaining = 1500;
        // The flood runs for its 1,500 requests and, on a fast host where 429s come quicker than the valid key's database reads,
        // on until the valid key has been measured ten times beside it (CI once caught only 4 while the flood ran).
        const int MinMeasured = 10;
        var measured = 0;
        var flood = Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0 || Volatile.Read(ref measured) < MinMeasured)
            {
                using var response = await GetWithKeyAsync(attacker, RandomKey());
                statuses.Add(response.StatusCode);
            }
        })));
        var during = new List<double>();
        while (!flood.IsCompleted)
        {
            during.Add(await TimedGetAsync(editor, read));
            Interlocked.Increment(ref measured);
        }
        await flood;

        TestContext.Out.WriteLine($"valid key median before {Median(before):F2} ms, during the flood {Median(during):F2} ms ({during.Count} requests); " +
                                  $"flood: {statuses.Count(s => s == HttpStatusCode.Unauthorized)} x 401, {statuses.Count(s => s == HttpStatusCode.TooManyRequests)} x 429");
        var limited = await GetWithKeyAsync(attacker, RandomKey());
        var problem = await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Multiple(() =>
        {
            // The budget is checked before a lookup and spent after it, so the 2 requests in flight may pass together.
            Assert.That(statuses.Count(s => s == HttpStatusCode.Unauthorized), Is.InRange(30, 32), "the address's budget of wrong keys, then no more lookups");
            Assert.That(statuses.Count, Is.GreaterThanOrEqualTo(1500));
            Assert.That(statuses.Count(s => s == HttpStatusCode.TooManyRequests), Is.EqualTo(statuses.Count - statuses.Count(s => s == HttpStatusCode.Unauthorized)));
            Assert.That(int.Parse(limited.Headers.GetValues("Retry-After").Single()), Is.InRange(1, 60));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("this address"));
            Assert.That(during, Has.Count.GreaterThanOrEqualTo(10), "the valid key was measured while the flood ran");
            // Generous: the flood's client and its 429s share this machine's two cores with the valid key's
            // requests (about 2-3x here); the issue measured 16x when every wrong key was a database lookup.
            Assert.That(Median(during), Is.LessThan(Median(before) * 5), "the valid key's median latency stays close to its usual");
        });

        // Only that address is limited: a wrong key from elsewhere is still just a 401, and a key this
        // instance knows to be valid still works from the limited address (people behind one NAT).
        using var elsewhere = ClientFrom("127.0.0.1", port, null);
        await (await GetWithKeyAsync(elsewhere, RandomKey())).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That((await GetWithKeyAsync(attacker, TestHost.KeysByRole["editor"])).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_repeated_wrong_key_is_refused_without_asking_the_database()
    {
        var database = await TestHost.CreateDatabaseAsync("negative");
        await using var app = TestHost.CreateApp(database);
        using var client = TestHost.CheckedClient(app);
        client.Timeout = TimeSpan.FromSeconds(10);
        var wrong = RandomKey();
        // Remembered once the change listener's first connection (which forgets what keys were seen) is made.
        for (var i = 0; i < 3; i++)
        {
            await (await GetWithKeyAsync(client, wrong)).AssertProblemAsync(HttpStatusCode.Unauthorized);
            await Task.Delay(500);
        }

        await using var conn = new NpgsqlConnection(database);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        // While this lock is held any key lookup waits (past the client's timeout): only memory can answer.
        await using (var lockKeys = new NpgsqlCommand("LOCK TABLE api_keys IN ACCESS EXCLUSIVE MODE", conn, tx))
            await lockKeys.ExecuteNonQueryAsync();

        await (await GetWithKeyAsync(client, wrong)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        using var shortWait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        using var unseen = new HttpRequestMessage(HttpMethod.Get, "/api/v1/terms");
        unseen.Headers.Add("X-Api-Key", RandomKey());
        Assert.That(async () => await client.SendAsync(unseen, shortWait.Token), Throws.InstanceOf<OperationCanceledException>(),
            "a key not seen before does wait for the database: the lock works");
        await tx.RollbackAsync();
    }

    [Test]
    public async Task X_forwarded_for_is_ignored_unless_the_connection_comes_from_a_configured_proxy()
    {
        await using var app = TestHost.CreateKestrelApp(new Dictionary<string, string> { ["Auth:FailuresPerMinute"] = "3" });
        using var client = ClientFrom("127.0.0.3", PortOf(app), null);
        for (var i = 0; i < 3; i++)
            await (await GetWithKeyAsync(client, RandomKey(), forwardedFor: $"203.0.113.{i}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await GetWithKeyAsync(client, RandomKey(), forwardedFor: "203.0.113.99")).AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_budget()
    {
        await using var app = TestHost.CreateKestrelApp(new Dictionary<string, string>
        {
            ["Auth:FailuresPerMinute"] = "3",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.4",
        });
        using var proxy = ClientFrom("127.0.0.4", PortOf(app), null);
        for (var i = 0; i < 3; i++)
            await (await GetWithKeyAsync(proxy, RandomKey(), forwardedFor: "203.0.113.9")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await GetWithKeyAsync(proxy, RandomKey(), forwardedFor: "203.0.113.9")).AssertProblemAsync(HttpStatusCode.TooManyRequests);
        await (await GetWithKeyAsync(proxy, RandomKey(), forwardedFor: "198.51.100.7")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        // The proxy appends the address it saw; a client's own entries to the left are not trusted.
        await (await GetWithKeyAsync(proxy, RandomKey(), forwardedFor: "198.51.100.8, 203.0.113.9")).AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
