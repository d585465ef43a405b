using System.Net;
using System.Net.Http.Json;

namespace HiringKit.Tests.Features.Keys;

public sealed class KeysTests
{
    [Test]
    public async Task Admin_creates_a_key_that_is_shown_once_and_works_with_its_role()
    {
        using var admin = TestHost.ClientFor("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/keys", new { name = "ats-test", role = "scorer" });
        var created = await response.JsonAsync(HttpStatusCode.Created);
        var key = created.GetProperty("key").GetString()!;
        var id = created.GetProperty("id").GetInt64();

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/keys/{id}"));
            Assert.That(key, Does.StartWith("hk_").And.Length.GreaterThan(40));
            Assert.That(created.GetProperty("role").GetString(), Is.EqualTo("scorer"));
        });

        var listed = (await (await admin.GetAsync("/api/v1/keys")).JsonAsync()).EnumerateArray().Single(k => k.GetProperty("id").GetInt64() == id);
        Assert.Multiple(() =>
        {
            Assert.That(listed.TryGetProperty("key", out _), Is.False, "the key is never listed");
            Assert.That(listed.GetProperty("revokedAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        });

        using var scorer = TestHost.Client(key);
        Assert.That((await scorer.GetAsync("/api/v1/terms")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Keys_are_stored_hashed()
    {
        using var admin = TestHost.ClientFor("admin");
        var created = await (await admin.PostAsJsonAsync("/api/v1/keys", new { name = "hash-check", role = "reader" })).JsonAsync(HttpStatusCode.Created);
        var key = created.GetProperty("key").GetString()!;
        var stored = await TestData.ScalarAsync<byte[]>("SELECT key_hash FROM api_keys WHERE id = @id", new { id = created.GetProperty("id").GetInt64() });
        Assert.That(stored, Is.EqualTo(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))));
        var plainAnywhere = await TestData.ScalarAsync<long>("SELECT count(*) FROM api_keys WHERE encode(key_hash, 'escape') LIKE '%' || @key || '%' OR name = @key", new { key });
        Assert.That(plainAnywhere, Is.Zero);
    }

    [Test]
    public async Task A_revoked_key_is_401_from_then_on()
    {
        using var admin = TestHost.ClientFor("admin");
        var created = await (await admin.PostAsJsonAsync("/api/v1/keys", new { name = "to-revoke", role = "reader" })).JsonAsync(HttpStatusCode.Created);
        using var reader = TestHost.Client(created.GetProperty("key").GetString());
        Assert.That((await reader.GetAsync("/api/v1/terms")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var revoke = await admin.DeleteAsync($"/api/v1/keys/{created.GetProperty("id").GetInt64()}");
        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var problem = await (await reader.GetAsync("/api/v1/terms")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("revoked"));
        var listed = (await (await admin.GetAsync("/api/v1/keys")).JsonAsync()).EnumerateArray()
            .Single(k => k.GetProperty("id").GetInt64() == created.GetProperty("id").GetInt64());
        Assert.That(listed.GetProperty("revokedAt").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)));
    }

    [Test]
    public async Task Revoking_an_unknown_key_is_404()
    {
        using var admin = TestHost.ClientFor("admin");
        await (await admin.DeleteAsync("/api/v1/keys/987654321")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("reader")]
    [TestCase("scorer")]
    [TestCase("editor")]
    public async Task Only_admins_manage_keys(string role)
    {
        using var client = TestHost.ClientFor(role);
        await (await client.PostAsJsonAsync("/api/v1/keys", new { name = "sneaky", role = "admin" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/v1/keys")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.DeleteAsync("/api/v1/keys/1")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [TestCase("""{ "name": "x", "role": "superuser" }""", "role")]
    [TestCase("""{ "name": "   ", "role": "reader" }""", "name")]
    [TestCase("""{ "role": "reader" }""", "name")]
    [TestCase("""{ "name": "x" }""", "role")]
    public async Task Invalid_key_requests_are_400_naming_the_field(string json, string field)
    {
        using var admin = TestHost.ClientFor("admin");
        var response = await admin.PostAsync("/api/v1/keys", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task Malformed_json_is_400_and_creates_nothing()
    {
        // Counted by the name it sends: other fixtures create keys of their own while this runs.
        var name = "broken-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = TestHost.ClientFor("admin");
        var response = await admin.PostAsync("/api/v1/keys", new StringContent($$"""{ "name": "{{name}}", "role": """, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(await TestData.ScalarAsync<long>("SELECT count(*) FROM api_keys WHERE name = @name", new { name }), Is.Zero);
    }

    [Test]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var admin = TestHost.ClientFor("admin");
        var response = await admin.PostAsync("/api/v1/keys", new StringContent("name=x&role=reader", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}

public sealed class AuthenticationTests
{
    [Test]
    public async Task Missing_key_is_401_problem_with_a_challenge()
    {
        using var client = TestHost.Client(null);
        var response = await client.GetAsync("/api/v1/terms/therapeutic-alliance");
        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("X-Api-Key"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("X-Api-Key"));
        });
    }

    [TestCase("hk_not_a_real_key")]
    [TestCase("' OR 1=1 --")]
    public async Task Wrong_key_is_401(string key)
    {
        using var client = TestHost.Client(key);
        await (await client.GetAsync("/api/v1/terms/therapeutic-alliance/interview-guide?level=senior")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase("reader")]
    [TestCase("scorer")]
    [TestCase("editor")]
    [TestCase("admin")]
    public async Task Every_role_may_read_guides(string role)
    {
        using var client = TestHost.ClientFor(role);
        Assert.That((await client.GetAsync("/api/v1/terms/therapeutic-alliance/interview-guide?level=senior")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    // Operational: starts the built API three times as a command-line process.
    [Test, Category("Operational")]
    public async Task The_keys_command_creates_lists_and_revokes_keys_from_a_shell()
    {
        // The API's own build output: it has the runtimeconfig the test folder's copy lacks.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(TestHost.RepoRoot, "src", "HiringKit.Api", "bin", configuration, "net10.0", "HiringKit.Api.dll");
        var env = new Dictionary<string, string> { ["ConnectionStrings__Postgres"] = TestHost.AppConnectionString };

        var created = RunApi(dll, env, "keys", "create", "--name", "shell-made", "--role", "editor");
        var key = created.Split('\n').Single(l => l.StartsWith("key:")).Split(':', 2)[1].Trim();
        var id = created.Split('\n').Single(l => l.StartsWith("id:")).Split(':', 2)[1].Trim();

        using var client = TestHost.Client(key);
        Assert.That((await client.GetAsync("/api/v1/terms")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(RunApi(dll, env, "keys", "list"), Does.Contain("shell-made").And.Contain("editor"));

        RunApi(dll, env, "keys", "revoke", id);
        // Another process revoked it: this instance hears of it by NOTIFY, a few milliseconds later (a request sent at once
        // could still be let in, about one run in a hundred). It must be shut out within seconds, and stay out.
        var status = HttpStatusCode.OK;
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(5); await Task.Delay(50))
            if ((status = (await client.GetAsync("/api/v1/terms")).StatusCode) == HttpStatusCode.Unauthorized) break;
        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await client.GetAsync("/api/v1/terms")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    static string RunApi(string dll, Dictionary<string, string> env, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in env) start.Environment[name] = value;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, error.Result + output.Result);
        return output.Result;
    }
}

public sealed class KeyNamesAndHistoryTests
{
    static async Task<long> IdOfKeyNamedAsync(HttpClient admin, string name) =>
        (await (await admin.GetAsync("/api/v1/keys")).JsonAsync()).EnumerateArray().Single(k => k.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();

    [Test]
    public async Task A_key_name_in_use_is_409_ignoring_case_and_creates_nothing()
    {
        using var admin = TestHost.ClientFor("admin");
        var name = "hr-" + Guid.NewGuid().ToString("N")[..8];
        await (await admin.PostAsJsonAsync("/api/v1/keys", new { name, role = "editor" })).JsonAsync(HttpStatusCode.Created);

        var problem = await (await admin.PostAsJsonAsync("/api/v1/keys", new { name = name.ToUpperInvariant(), role = "admin" })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("name"));
        // Counted by name, ignoring case: other fixtures create keys of their own while this runs.
        Assert.That(await TestData.ScalarAsync<long>("SELECT count(*) FROM api_keys WHERE lower(name) = lower(@name)", new { name }), Is.EqualTo(1));
    }

    [Test]
    public async Task A_revoked_keys_name_is_not_reused()
    {
        using var admin = TestHost.ClientFor("admin");
        var name = "gone-" + Guid.NewGuid().ToString("N")[..8];
        var created = await (await admin.PostAsJsonAsync("/api/v1/keys", new { name, role = "reader" })).JsonAsync(HttpStatusCode.Created);
        await admin.DeleteAsync($"/api/v1/keys/{created.GetProperty("id").GetInt64()}");
        await (await admin.PostAsJsonAsync("/api/v1/keys", new { name, role = "reader" })).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Names_that_stand_for_configuration_or_the_shell_are_refused()
    {
        using var admin = TestHost.ClientFor("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/v1/keys", new { name = "system:configuration", role = "admin" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("name")[0].GetString(), Does.Contain("system:"));
    }

    [Test]
    public async Task Creating_and_revoking_a_key_are_in_the_keys_history_with_who_and_when()
    {
        using var admin = TestHost.ClientFor("admin");
        var adminId = await IdOfKeyNamedAsync(admin, "bootstrap-admin");
        var name = "audited-" + Guid.NewGuid().ToString("N")[..8];
        var id = (await (await admin.PostAsJsonAsync("/api/v1/keys", new { name, role = "scorer" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        Assert.That((await admin.DeleteAsync($"/api/v1/keys/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await admin.DeleteAsync($"/api/v1/keys/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "revoking again is no error");

        var response = await admin.GetAsync("/api/v1/keys/history?pageSize=1000");
        var changes = (await response.JsonAsync()).EnumerateArray().Where(c => c.GetProperty("entityId").GetInt64() == id && c.GetProperty("entity").GetString() == "key").ToList();
        Assert.That(changes.Select(c => c.GetProperty("action").GetString()), Is.EqualTo(new[] { "revoke", "create" }), "newest first, one revocation");
        Assert.Multiple(() =>
        {
            Assert.That(int.Parse(response.Headers.GetValues("X-Total-Count").Single()), Is.GreaterThanOrEqualTo(2));
            foreach (var change in changes)
            {
                Assert.That(change.GetProperty("by").GetString(), Is.EqualTo("bootstrap-admin"));
                Assert.That(change.GetProperty("byKeyId").GetInt64(), Is.EqualTo(adminId));
                Assert.That(change.GetProperty("at").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)));
            }
            Assert.That(changes[1].GetProperty("after").GetProperty("name").GetString(), Is.EqualTo(name));
            Assert.That(changes[1].GetProperty("after").TryGetProperty("key", out _), Is.False, "never the key itself");
            Assert.That(changes[0].GetProperty("before").GetProperty("revokedAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(changes[0].GetProperty("after").GetProperty("revokedAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.String));
        });
    }

    [Test]
    public async Task Who_created_a_key_comes_from_the_caller_key_never_from_the_body()
    {
        using var admin = TestHost.ClientFor("admin");
        var name = "smuggled-" + Guid.NewGuid().ToString("N")[..8];
        var body = new StringContent($$"""{ "name": "{{name}}", "role": "reader", "actor": "test-editor" }""", System.Text.Encoding.UTF8, "application/json");
        var id = (await (await admin.PostAsync("/api/v1/keys", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var created = (await (await admin.GetAsync("/api/v1/keys/history?pageSize=1000")).JsonAsync()).EnumerateArray()
            .Single(c => c.GetProperty("entityId").GetInt64() == id && c.GetProperty("action").GetString() == "create");
        Assert.That(created.GetProperty("by").GetString(), Is.EqualTo("bootstrap-admin"));
    }

    [TestCase("reader")]
    [TestCase("editor")]
    public async Task Only_admins_read_the_keys_history(string role)
    {
        using var client = TestHost.ClientFor(role);
        await (await client.GetAsync("/api/v1/keys/history")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_terms_history_names_the_key_id_as_well_as_its_name()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        using var admin = TestHost.ClientFor("admin");
        await (await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/questions", new { level = "mid", question = "Whose edit is this?", expectedAnswer = "The editor's." })).JsonAsync(HttpStatusCode.Created);

        var change = (await (await editor.GetAsync($"/api/v1/terms/{slug}/history")).JsonAsync())[0];
        Assert.That(change.GetProperty("by").GetString(), Is.EqualTo("test-editor"));
        Assert.That(change.GetProperty("byKeyId").GetInt64(), Is.EqualTo(await IdOfKeyNamedAsync(admin, "test-editor")));
    }
}
