using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace HiringKit.Tests.Infrastructure;

[NonParallelizable]
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
}
