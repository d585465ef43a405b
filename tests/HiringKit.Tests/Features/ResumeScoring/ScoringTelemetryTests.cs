using System.Net;
using System.Net.Http.Json;
using HiringKit.Tests.Infrastructure;

namespace HiringKit.Tests.Features.ResumeScoring;

/// <summary>
/// What an operator sees on /metrics after a score: each on a host of its own over a fresh database
/// holding only the seed, so the counts are exactly this test's and the dictionary is the seeded one.
/// </summary>
public sealed class ScoringTelemetryTests
{
    static async Task<(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> App, HttpClient Client)> StartAsync()
    {
        var app = TestHost.CreateApp(await TestHost.CreateDatabaseAsync("metrics"),
            new Dictionary<string, string> { ["Telemetry:Prometheus:Enabled"] = "true" });
        var client = TestHost.CheckedClient(app);
        client.DefaultRequestHeaders.Add("X-Api-Key", TestHost.AdminKey);
        return (app, client);
    }

    [Test]
    public async Task A_score_shows_on_metrics_as_its_duration_its_text_size_and_its_route()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var before = await Metrics.ScrapeAsync(client);

        var response = await client.PostAsJsonAsync("/api/v1/resume-scores", new { text = TestData.StrongResume, terms = new[] { TestData.SeededSlug } });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());

        var after = await Metrics.ScrapeAsync(client);
        double Grew(string name, params (string, string)[] labels) => after.Value(name, labels) - before.Value(name, labels);
        (string, string)[] route = [("http_route", "/api/v1/resume-scores/"), ("http_request_method", "POST"), ("http_response_status_code", "200")];
        // ASP.NET Core records a request's duration when it disposes the request, which can come just after the client has
        // read the answer (a CI run under load scraped before it): scraped again until it shows, for at most two seconds.
        for (int tries = 0; tries < 40 && Grew("http_server_request_duration_seconds_count", route) < 1; tries++)
        {
            await Task.Delay(50);
            after = await Metrics.ScrapeAsync(client);
        }
        Assert.Multiple(() =>
        {
            Assert.That(Grew("hiringkit_scoring_duration_seconds_count"), Is.EqualTo(1), after.Text);
            Assert.That(Grew("hiringkit_scoring_duration_seconds_sum"), Is.GreaterThan(0));
            Assert.That(Grew("hiringkit_scoring_text_size_count"), Is.EqualTo(1));
            Assert.That(Grew("hiringkit_scoring_text_size_sum"), Is.EqualTo(TestData.StrongResume.Length), "UTF-16 code units, as sent");
            // The route as mapped: the group's path and the endpoint's empty one.
            Assert.That(Grew("http_server_request_duration_seconds_count", route), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_batch_records_each_scored_item()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var before = await Metrics.ScrapeAsync(client);

        var response = await client.PostAsJsonAsync("/api/v1/resume-scores/batch", new
        {
            items = new object[] { new { id = "a", text = TestData.StrongResume }, new { id = "b", text = "Barista, 2019 - 2021" }, new { id = "c" } },
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());

        var after = await Metrics.ScrapeAsync(client);
        Assert.Multiple(() =>
        {
            // The item without text is answered with its own error and scores nothing.
            Assert.That(after.Value("hiringkit_scoring_duration_seconds_count") - before.Value("hiringkit_scoring_duration_seconds_count"), Is.EqualTo(2), after.Text);
            Assert.That(after.Value("hiringkit_scoring_text_size_sum") - before.Value("hiringkit_scoring_text_size_sum"),
                Is.EqualTo(TestData.StrongResume.Length + "Barista, 2019 - 2021".Length));
        });
    }

    [Test]
    public async Task The_dictionary_figures_are_the_glossary_the_api_serves()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var terms = await (await client.GetAsync("/api/v1/terms")).JsonAsync();
        var term = await (await client.GetAsync($"/api/v1/terms/{TestData.SeededSlug}")).JsonAsync();
        var scored = await client.PostAsJsonAsync("/api/v1/resume-scores", new { text = TestData.StrongResume });
        Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var metrics = await Metrics.ScrapeAsync(client);
        Assert.Multiple(() =>
        {
            Assert.That(terms.GetProperty("items").GetArrayLength(), Is.EqualTo(1), "the fresh database holds the seeded term only");
            Assert.That(metrics.Value("hiringkit_dictionary_terms"), Is.EqualTo(1), metrics.Text);
            Assert.That(metrics.Value("hiringkit_dictionary_phrases"), Is.EqualTo(term.GetProperty("phrases").GetArrayLength()));
            // The automaton's tables for one term's phrases, spellings and the built-in cues: tens of KB, not bytes or GB.
            Assert.That(metrics.Value("hiringkit_dictionary_size_bytes"), Is.InRange(1_000, 50_000_000));
            Assert.That(metrics.Value("hiringkit_dictionary_compile_duration_seconds_count"), Is.GreaterThanOrEqualTo(1));
            Assert.That(metrics.Value("hiringkit_dictionary_compile_duration_seconds_sum"), Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task A_new_phrase_moves_the_phrase_gauge_once_the_dictionary_is_rebuilt()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        Assert.That((await client.PostAsJsonAsync("/api/v1/resume-scores", new { text = TestData.StrongResume })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var phrasesBefore = (await Metrics.ScrapeAsync(client)).Value("hiringkit_dictionary_phrases");

        var slug = TestData.NewSlug();
        var created = await client.PostAsJsonAsync("/api/v1/terms", new
        {
            slug,
            name = "Motivational Interviewing",
            industry = "Mental Health Counseling",
            summary = "A collaborative conversation style that strengthens a client's motivation to change.",
            phrases = new object[]
            {
                new { phrase = "motivational interviewing", kind = "canonical" },
                new { phrase = "change talk", kind = "related" },
                new { phrase = "MI counseling", kind = "synonym" },
            },
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var newTerm = await (await client.GetAsync($"/api/v1/terms/{slug}")).JsonAsync();
        // The dictionary is rebuilt for the first score after the change is seen (LISTEN/NOTIFY, milliseconds).
        Metrics metrics = null!;
        for (var tries = 0; tries < 50; tries++)
        {
            var scored = await client.PostAsJsonAsync("/api/v1/resume-scores", new { text = TestData.StrongResume });
            Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            metrics = await Metrics.ScrapeAsync(client);
            if (metrics.Value("hiringkit_dictionary_terms") == 2) break;
            await Task.Delay(100);
        }
        Assert.That(metrics.Value("hiringkit_dictionary_terms"), Is.EqualTo(2), metrics.Text);
        Assert.That(metrics.Value("hiringkit_dictionary_phrases"), Is.EqualTo(phrasesBefore + newTerm.GetProperty("phrases").GetArrayLength()));
    }
}
