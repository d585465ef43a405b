using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace HiringKit.Tests.Infrastructure;

/// <summary>Shutdown with a request in flight: a real process and SIGTERM, and a long batch on Kestrel.</summary>
[NonParallelizable, Category("Operational")]
public sealed class GracefulShutdownTests
{
    [Test]
    public async Task Stopping_the_api_lets_an_in_flight_request_finish()
    {
        var app = TestHost.CreateKestrelApp(new Dictionary<string, string>
        {
            ["Scoring:MaxRequestBytes"] = (64L * 1024 * 1024).ToString(),
            ["Scoring:MaxTextLength"] = "1000000",
        });
        // A client of its own: the factory disposes the clients it made when it stops.
        using var scorer = new HttpClient { BaseAddress = app.CreateClient().BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        scorer.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["scorer"]);

        // A batch that takes a noticeable while to score: 100 resumes of ~200 KB.
        var resume = string.Concat(Enumerable.Repeat("Built a strong therapeutic alliance with clients through active listening and empathy. ", 2300));
        var items = Enumerable.Range(0, 100).Select(i => new { id = $"c{i}", text = resume }).ToArray();
        var clock = Stopwatch.StartNew();
        var inFlight = scorer.PostAsJsonAsync("/api/v1/resume-scores/batch", new { items });
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.That(inFlight.IsCompleted, Is.False, "the request must still be running when shutdown starts");

        var stopping = app.DisposeAsync().AsTask();
        var response = await inFlight;
        await stopping;

        var results = (await response.JsonAsync()).GetProperty("results");
        Assert.That(results.GetArrayLength(), Is.EqualTo(100), $"finished after {clock.ElapsedMilliseconds} ms");
        Assert.That(results[99].GetProperty("score").GetInt32(), Is.InRange(0, 100));
    }

    [Test]
    public async Task Sigterm_lets_an_in_flight_request_finish_then_the_process_exits_cleanly()
    {
        await using var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["Scoring__MaxRequestBytes"] = (64L * 1024 * 1024).ToString(),
            ["Scoring__MaxTextLength"] = "1000000",
            // Its "Request starting" line says the batch reached the server, which a client cannot tell.
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        using var scorer = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromMinutes(2) };
        scorer.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["scorer"]);
        var resume = string.Concat(Enumerable.Repeat("Built a strong therapeutic alliance with clients through active listening and empathy. ", 2300));
        var items = Enumerable.Range(0, 100).Select(i => new { id = $"c{i}", text = resume }).ToArray();
        var inFlight = scorer.PostAsJsonAsync("/api/v1/resume-scores/batch", new { items });
        var clock = Stopwatch.StartNew();
        while (!api.Lines.Any(l => l.Contains("Request starting") && l.Contains("/api/v1/resume-scores/batch")) && clock.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(5);
        Assert.That(inFlight.IsCompleted, Is.False, "the batch must be on the server and unanswered when SIGTERM arrives");

        api.Terminate();
        var response = await inFlight;

        var results = (await response.JsonAsync()).GetProperty("results");
        Assert.That(results.GetArrayLength(), Is.EqualTo(100));
        Assert.That(await api.WaitForExitAsync(TimeSpan.FromSeconds(30)), Is.True, "exits once the request is done");
        Assert.That(api.ExitCode, Is.EqualTo(0));
        using var late = new HttpClient { BaseAddress = api.Address };
        Assert.That(async () => await late.GetAsync("/health/live"), Throws.InstanceOf<HttpRequestException>(), "no longer listening");
    }
}
