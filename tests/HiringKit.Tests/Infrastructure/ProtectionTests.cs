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
        using var reader = app.CreateClient();
        reader.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["reader"]);
        for (var i = 0; i < 3; i++)
            Assert.That((await reader.GetAsync("/api/v1/terms")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var limited = await reader.GetAsync("/api/v1/terms");
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(int.Parse(limited.Headers.GetValues("Retry-After").Single()), Is.InRange(1, 60));

        using var editor = app.CreateClient();
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
        using var scorer = app.CreateClient();
        scorer.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["scorer"]);
        for (var i = 0; i < 2; i++)
            Assert.That((await scorer.PostAsJsonAsync("/api/v1/resume-scores", new { text = "Counselor." })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await (await scorer.PostAsJsonAsync("/api/v1/resume-scores", new { text = "Counselor." })).AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That((await scorer.GetAsync("/api/v1/terms")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "reads still have budget");
    }

    [Test]
    public async Task Every_answer_carries_security_headers_and_no_cors_by_default()
    {
        using var reader = TestHost.ClientFor("reader");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/terms");
        request.Headers.Add("Origin", "https://evil.example");
        var response = await reader.SendAsync(request);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'"));
            Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        });
    }

    [Test]
    public async Task Configured_origins_get_cors()
    {
        await using var app = TestHost.CreateApp(TestHost.AppConnectionString, new Dictionary<string, string>
        {
            ["Cors:AllowedOrigins:0"] = "https://ats.example",
        });
        using var client = app.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/terms");
        preflight.Headers.Add("Origin", "https://ats.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "X-Api-Key");
        var response = await client.SendAsync(preflight);
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo("https://ats.example"));
    }
}
