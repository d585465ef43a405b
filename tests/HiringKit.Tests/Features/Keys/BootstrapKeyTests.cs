using System.Net;

namespace HiringKit.Tests.Features.Keys;

/// <summary>Auth__BootstrapAdminKey: strong values only, a revocation that survives restarts, rotation by a new value.</summary>
public sealed class BootstrapKeyTests
{
    /// <summary>A key made the way scripts/run makes its development key.</summary>
    static string DevKey() => TestHost.Run("bash", "-c", "echo \"hk_dev_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \\n')\"").Trim();

    static async Task<HttpStatusCode> KeysStatusAsync(string connection, string configuredKey, string callingKey)
    {
        await using var app = TestHost.CreateApp(connection, new Dictionary<string, string> { ["Auth:BootstrapAdminKey"] = configuredKey });
        using var client = TestHost.CheckedClient(app);
        client.DefaultRequestHeaders.Add("X-Api-Key", callingKey);
        return (await client.GetAsync("/api/v1/keys")).StatusCode;
    }

    [TestCase("hk_choose_a_long_secret", "fewer than 32")]
    [TestCase("hk_dev_change_me_0000000000000000", "times in a row")]
    [TestCase("abababababababababababababababababab", "different characters")]
    [TestCase("hk_abcdefghijklmnhk_abcdefghijklmn", "repeated")]
    public void A_weak_bootstrap_key_stops_start_up_with_a_message_and_touches_nothing(string weak, string reason)
    {
        var logs = HostLogs.ForNewHost("app");
        using var app = TestHost.CreateApp(TestHost.AppConnectionString, new Dictionary<string, string> { ["Auth:BootstrapAdminKey"] = weak }, logs);
        var error = Assert.Catch(() => app.CreateClient());
        // When start-up fails fast, WebApplicationFactory may report the host it waited on as disposed instead
        // of why (its DeferredHost asks the already disposed host for its lifetime); the host's log always says why.
        Assert.That(error!.ToString() + string.Join("\n", logs.Lines), Does.Contain("Auth:BootstrapAdminKey is too weak").And.Contain(reason));
        Assert.That(TestData.ScalarAsync<long>("SELECT count(*) FROM api_keys WHERE key_hash = sha256(convert_to(@weak, 'UTF8'))", new { weak }).Result, Is.Zero);
    }

    [Test]
    public async Task A_revoked_bootstrap_key_stays_revoked_after_a_restart_and_a_new_value_rotates()
    {
        var database = await TestHost.CreateDatabaseAsync("bootstrap");
        var first = DevKey();
        await using (var app = TestHost.CreateApp(database, new Dictionary<string, string> { ["Auth:BootstrapAdminKey"] = first }))
        {
            using var admin = TestHost.CheckedClient(app);
            admin.DefaultRequestHeaders.Add("X-Api-Key", first);
            var self = (await (await admin.GetAsync("/api/v1/keys")).JsonAsync()).EnumerateArray().Single(k => k.GetProperty("name").GetString() == "bootstrap-admin");
            Assert.That((await admin.DeleteAsync($"/api/v1/keys/{self.GetProperty("id").GetInt64()}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That(await KeysStatusAsync(database, first, first), Is.EqualTo(HttpStatusCode.Unauthorized), "a restart does not bring it back");

        var second = DevKey();
        Assert.That(await KeysStatusAsync(database, second, second), Is.EqualTo(HttpStatusCode.OK), "a new value is a new admin key");
        var third = DevKey();
        Assert.That(await KeysStatusAsync(database, third, second), Is.EqualTo(HttpStatusCode.Unauthorized), "rotating again revokes the previous one");

        await using var last = TestHost.CreateApp(database, new Dictionary<string, string> { ["Auth:BootstrapAdminKey"] = third });
        using var client = TestHost.CheckedClient(last);
        client.DefaultRequestHeaders.Add("X-Api-Key", third);
        var history = (await (await client.GetAsync("/api/v1/keys/history")).JsonAsync()).EnumerateArray()
            .Select(c => (By: c.GetProperty("by").GetString(), Action: c.GetProperty("action").GetString())).ToList();
        Assert.That(history, Is.EqualTo(new[]
        {
            ("system:configuration", "create"), ("system:configuration", "revoke"),
            ("system:configuration", "create"), ("bootstrap-admin", "revoke"), ("system:configuration", "create"),
        }), "newest first: every bootstrap key, its creation and its revocation");
    }
}
