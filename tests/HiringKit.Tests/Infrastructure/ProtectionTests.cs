using System.Net;
using System.Net.Http.Json;

namespace HiringKit.Tests.Infrastructure;

public sealed class ProtectionTests
{
    [Test]
    public async Task A_key_over_its_read_limit_gets_429_with_retry_after_and_other_keys_are_unaffected()
    {
        await using var app = TestHost.CreateApp(TestHost.AppConnectionString, new Dictionary<string, string>
        {
            ["RateLimits:ReadsPerMinute"] = "3",
            ["RateLimits:ScoringPerMinute"] = "2",
        });
        using var reader = TestHost.CheckedClient(app);
        reader.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["reader"]);
        for (var i = 0; i < 3; i++)
            Assert.That((await reader.GetAsync("/api/v1/terms")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var limited = await reader.GetAsync("/api/v1/terms");
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(int.Parse(limited.Headers.GetValues("Retry-After").Single()), Is.InRange(1, 60));

        using var editor = TestHost.CheckedClient(app);
        editor.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["editor"]);
        Assert.That((await editor.GetAsync("/api/v1/terms")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Scoring_has_its_own_budget()
    {
        await using var app = TestHost.CreateApp(TestHost.AppConnectionString, new Dictionary<string, string>
        {
            ["RateLimits:ReadsPerMinute"] = "100",
            ["RateLimits:ScoringPerMinute"] = "2",
        });
        using var scorer = TestHost.CheckedClient(app);
        scorer.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["scorer"]);
        for (var i = 0; i < 2; i++)
            Assert.That((await scorer.PostAsJsonAsync("/api/v1/resume-scores", new { text = "Counselor." })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var limited = await scorer.PostAsJsonAsync("/api/v1/resume-scores", new { text = "Counselor." });
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(int.Parse(limited.Headers.GetValues("Retry-After").Single()), Is.InRange(1, 60));
        Assert.That(limited.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"), "a 429 is an answer like any other");
        Assert.That((await scorer.GetAsync("/api/v1/terms")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "reads still have budget");
    }

    [TestCase("/api/v1/terms", HttpStatusCode.OK)]
    [TestCase("/api/v1/terms/no-such-term", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/terms?page=-1", HttpStatusCode.BadRequest)]
    public async Task Every_answer_carries_security_headers_and_no_cors_by_default(string url, HttpStatusCode status)
    {
        using var reader = TestHost.ClientFor("reader");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", "https://evil.example");
        var response = await reader.SendAsync(request);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'"));
            Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        });
    }

    /// <summary>With no origins configured a browser's preflight gets no permission, so the browser never sends the call.</summary>
    [Test]
    public async Task A_preflight_from_any_origin_is_not_allowed_by_default()
    {
        using var client = TestHost.Client(null);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/terms");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "X-Api-Key");
        var response = await client.SendAsync(preflight);
        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        Assert.That(response.Headers.Contains("Access-Control-Allow-Headers"), Is.False);
    }

    /// <summary>
    /// A request still running at the timeout is cancelled and answered 503 with Retry-After, and what it
    /// was writing is rolled back. Made slow on purpose: the test holds a lock on the row the PUT must change.
    /// </summary>
    [Test]
    public async Task A_request_past_the_timeout_is_503_with_retry_after_and_changes_nothing()
    {
        var slug = await TestData.CreateTermAsync(question: "Question the PUT will wait for?");
        await using var app = TestHost.CreateApp(TestHost.AppConnectionString, new Dictionary<string, string> { ["RequestTimeout:Seconds"] = "1" });
        using var editor = TestHost.CheckedClient(app);
        editor.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["editor"]);
        // Without a working timeout the PUT would wait for the lock forever: fail instead of hanging the run.
        editor.Timeout = TimeSpan.FromSeconds(30);
        var question = (await (await editor.GetAsync($"/api/v1/terms/{slug}/questions?level=junior")).JsonAsync())[0];
        long id = question.GetProperty("id").GetInt64();

        await using (var holder = new Npgsql.NpgsqlConnection(TestHost.AppConnectionString))
        {
            await holder.OpenAsync();
            await using var tx = await holder.BeginTransactionAsync();
            await using (var lockRow = new Npgsql.NpgsqlCommand("SELECT id FROM questions WHERE id = @id FOR UPDATE", holder, tx))
            {
                lockRow.Parameters.AddWithValue("id", id);
                await lockRow.ExecuteScalarAsync();
            }

            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/terms/{slug}/questions/{id}")
            {
                Content = JsonContent.Create(new { level = "junior", question = "Changed after the timeout?", expectedAnswer = "Never." }),
            };
            put.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var response = await editor.SendAsync(put);
            await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.That(response.Headers.RetryAfter, Is.Not.Null);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "answered at the timeout, not when the lock went");
            await tx.RollbackAsync();
        }

        var after = await (await editor.GetAsync($"/api/v1/terms/{slug}/questions/{id}")).JsonAsync();
        Assert.That(after.GetProperty("question").GetString(), Is.EqualTo("Question the PUT will wait for?"));
        Assert.That(after.GetProperty("version").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Configured_origins_get_cors()
    {
        await using var app = TestHost.CreateApp(TestHost.AppConnectionString, new Dictionary<string, string>
        {
            ["Cors:AllowedOrigins:0"] = "https://ats.example",
        });
        using var client = TestHost.CheckedClient(app);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/terms");
        preflight.Headers.Add("Origin", "https://ats.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "X-Api-Key");
        var response = await client.SendAsync(preflight);
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo("https://ats.example"));
    }
}
