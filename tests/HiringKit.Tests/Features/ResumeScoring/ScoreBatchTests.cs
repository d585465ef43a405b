using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HiringKit.Tests.Features.ResumeScoring;

public sealed class ScoreBatchTests
{
    const string Resume = "Licensed Professional Counselor since 2015. Built a strong therapeutic alliance with clients, led collaborative goal setting and treatment planning, and used client feedback every session to adjust the work.";

    [Test]
    public async Task Results_come_back_in_input_order_and_a_bad_item_fails_alone()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var response = await scorer.PostAsJsonAsync("/api/v1/resume-scores/batch", new
        {
            items = new object[]
            {
                new { id = "c-3", text = Resume },
                new { id = "c-1" },
                new { id = "c-2", text = "Eager to learn about the working alliance; no experience with crisis intervention yet, but keen." },
                new { id = "c-4", text = new string('x', 200_001) },
            },
        });
        var results = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();

        Assert.That(results.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(new[] { "c-3", "c-1", "c-2", "c-4" }));
        Assert.Multiple(() =>
        {
            Assert.That(results[0].GetProperty("matches").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(results[0].TryGetProperty("error", out _), Is.False);
            Assert.That(results[1].GetProperty("error").GetProperty("status").GetInt32(), Is.EqualTo(400));
            Assert.That(results[1].GetProperty("error").GetProperty("errors").TryGetProperty("text", out _), Is.True);
            Assert.That(results[1].TryGetProperty("score", out _), Is.False);
            Assert.That(results[2].GetProperty("scorerVersion").GetString(), Is.Not.Empty);
            Assert.That(results[3].GetProperty("error").GetProperty("status").GetInt32(), Is.EqualTo(413));
        });
    }

    [Test]
    public async Task A_batch_item_scores_exactly_like_the_single_endpoint()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var single = await (await scorer.PostAsJsonAsync("/api/v1/resume-scores", new { text = Resume })).JsonAsync();
        var batch = await (await scorer.PostAsJsonAsync("/api/v1/resume-scores/batch", new { items = new[] { new { id = "x", text = Resume } } })).JsonAsync();
        var item = batch.GetProperty("results")[0];
        foreach (var property in single.EnumerateObject())
            Assert.That(item.GetProperty(property.Name).GetRawText(), Is.EqualTo(property.Value.GetRawText()), property.Name);
    }

    [Test]
    public async Task More_items_than_the_limit_is_413()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var items = Enumerable.Range(0, 101).Select(i => new { id = $"c-{i}", text = "short" }).ToArray();
        await (await scorer.PostAsJsonAsync("/api/v1/resume-scores/batch", new { items })).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [TestCase("""{ "items": [] }""", HttpStatusCode.BadRequest)]
    [TestCase("""{ "items": [{ "id": "a", "text": "x" }], "targetLevel": "chief" }""", HttpStatusCode.BadRequest)]
    [TestCase("""{ "items": [{ "id": "a", "text": "x" }], "terms": ["nope"] }""", HttpStatusCode.NotFound)]
    [TestCase("""[1, 2, 3]""", HttpStatusCode.BadRequest)]
    public async Task Whole_batch_errors_are_problems(string json, HttpStatusCode status)
    {
        using var scorer = TestHost.ClientFor("scorer");
        var response = await scorer.PostAsync("/api/v1/resume-scores/batch", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(status);
    }

    [Test]
    public async Task A_null_item_or_missing_id_is_an_item_error()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var response = await scorer.PostAsync("/api/v1/resume-scores/batch",
            new StringContent("""{ "items": [null, { "text": "some resume text" }] }""", System.Text.Encoding.UTF8, "application/json"));
        var results = (await response.JsonAsync()).GetProperty("results");
        Assert.That(results[0].GetProperty("error").GetProperty("status").GetInt32(), Is.EqualTo(400));
        Assert.That(results[1].GetProperty("error").GetProperty("errors").TryGetProperty("id", out _), Is.True);
        Assert.That(results[0].TryGetProperty("id", out var id) && id.ValueKind != JsonValueKind.Null, Is.False);
    }
}
