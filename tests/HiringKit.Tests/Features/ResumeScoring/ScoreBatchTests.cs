using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HiringKit.Tests.Features.ResumeScoring;

public sealed class ScoreBatchTests
{
    const string Resume = "Licensed Professional Counselor since 2015. Built a strong therapeutic alliance with clients, led collaborative goal setting and treatment planning, and used client feedback every session to adjust the work.";

    /// <summary>
    /// A batch that takes longer to score than its budget still answers whole JSON: the items not reached are each a 503 to send
    /// again, where the request timeout once cut the answer off mid-array (a CI run, a batch built to be slow).
    /// </summary>
    [Test]
    public async Task Items_past_the_batch_budget_are_each_503_and_the_answer_stays_whole()
    {
        await using var app = TestHost.CreateApp(TestHost.AppConnectionString, new Dictionary<string, string> { ["Scoring:BatchSeconds"] = "0.5" });
        using var scorer = TestHost.CheckedClient(app);
        scorer.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["scorer"]);
        // Every phrase of the term over and over: about a tenth of a second to score each, two seconds for all twenty.
        var term = await (await scorer.GetAsync("/api/v1/terms/therapeutic-alliance")).JsonAsync();
        var line = "Licensed Professional Counselor, 2016 - Present. "
            + string.Join(". ", term.GetProperty("phrases").EnumerateArray().Select(p => p.GetProperty("phrase").GetString())) + ".\n";
        var text = string.Concat(Enumerable.Repeat(line, 150_000 / line.Length));

        var response = await scorer.PostAsJsonAsync("/api/v1/resume-scores/batch", new
        {
            items = Enumerable.Range(0, 20).Select(i => new { id = $"slow-{i}", text }),
            terms = new[] { "therapeutic-alliance" },
        });
        var results = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(results.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(Enumerable.Range(0, 20).Select(i => $"slow-{i}")));
        Assert.That(results[0].GetProperty("score").GetInt32(), Is.GreaterThan(0), "the first item is scored");
        var late = results.SkipWhile(r => !r.TryGetProperty("error", out _)).ToList();
        Assert.That(late, Is.Not.Empty, "twenty slow items do not fit half a second");
        Assert.Multiple(() =>
        {
            foreach (var r in late)
            {
                var error = r.GetProperty("error");
                Assert.That(error.GetProperty("status").GetInt32(), Is.EqualTo(503), "every item after the first not reached is not reached either");
                Assert.That(error.GetProperty("detail").GetString(), Does.Contain("send this resume again"));
                Assert.That(r.TryGetProperty("score", out _), Is.False);
            }
        });
    }

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
            Assert.That(results[3].GetProperty("error").TryGetProperty("errors", out _), Is.False, "no errors: null on a 413");
            Assert.That(results[1].GetProperty("error").GetProperty("traceId").GetString(), Is.EqualTo(results[3].GetProperty("error").GetProperty("traceId").GetString()).And.Not.Empty);
        });
    }

    /// <summary>A wrong type, an unknown field or a non-object fails its own item, named, and never the batch.</summary>
    [Test]
    public async Task An_item_of_the_wrong_shape_fails_alone_naming_its_field()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var json = $$"""
            { "items": [
              { "id": "ok", "text": {{JsonSerializer.Serialize(Resume)}} },
              { "id": 7, "text": {{JsonSerializer.Serialize(Resume)}} },
              { "id": "text-number", "text": 5 },
              { "id": "typo", "txt": {{JsonSerializer.Serialize(Resume)}} },
              "just a string",
              { "ID": "any-case", "Text": {{JsonSerializer.Serialize(Resume)}} }
            ] }
            """;
        var response = await scorer.PostAsync("/api/v1/resume-scores/batch", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var results = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();

        Assert.That(results, Has.Count.EqualTo(6));
        Assert.Multiple(() =>
        {
            Assert.That(results[0].GetProperty("matches").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(results[1].GetProperty("error").GetProperty("errors").GetProperty("id")[0].GetString(), Is.EqualTo("id must be a string"));
            Assert.That(results[2].GetProperty("error").GetProperty("errors").GetProperty("text")[0].GetString(), Is.EqualTo("text must be a string"));
            Assert.That(results[2].GetProperty("id").GetString(), Is.EqualTo("text-number"));
            Assert.That(results[3].GetProperty("error").GetProperty("errors").GetProperty("txt")[0].GetString(), Does.Contain("unknown field 'txt'"));
            Assert.That(results[4].GetProperty("error").GetProperty("errors").TryGetProperty("items", out _), Is.True);
            Assert.That(results[5].GetProperty("id").GetString(), Is.EqualTo("any-case"));
            Assert.That(results[5].GetProperty("matches").GetRawText(), Is.EqualTo(results[0].GetProperty("matches").GetRawText()));
        });
    }

    [Test]
    public async Task Exactly_the_item_limit_is_scored()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var items = Enumerable.Range(0, 100).Select(i => new { id = $"c-{i}", text = Resume }).ToArray();
        var results = (await (await scorer.PostAsJsonAsync("/api/v1/resume-scores/batch", new { items })).JsonAsync()).GetProperty("results");
        Assert.That(results.GetArrayLength(), Is.EqualTo(100));
        Assert.That(results.EnumerateArray().Select(r => r.GetProperty("id").GetString()), Is.EqualTo(items.Select(i => i.id)));
    }

    /// <summary>
    /// The batch route raises the body limit from the API's 1 MB to Scoring__MaxRequestBytes (4 MB): 2 MB is
    /// scored, 4.5 MB in fewer than 100 items is refused whole, nothing cut short. Through Kestrel, which
    /// enforces body limits; the in-memory test server does not.
    /// </summary>
    [Test]
    public async Task The_batch_byte_limit_is_the_scoring_limit_not_the_apis()
    {
        await using var app = TestHost.CreateKestrelApp();
        using var scorer = TestHost.ClientFor(app, "scorer");

        var fits = Enumerable.Range(0, 14).Select(i => new { id = $"c-{i}", text = new string('a', 150_000) }).ToArray();
        var scored = (await (await scorer.PostAsJsonAsync("/api/v1/resume-scores/batch", new { items = fits })).JsonAsync()).GetProperty("results");
        Assert.That(scored.GetArrayLength(), Is.EqualTo(14));

        var tooBig = Enumerable.Range(0, 30).Select(i => new { id = $"c-{i}", text = new string('a', 150_000) }).ToArray();
        // Expect: 100-continue, as clients of large uploads send: the 413 comes back before the body goes. The client waits
        // for it longer than its default second: on a loaded machine the answer took longer, the client sent the body anyway,
        // and the server's closing the connection broke the upload's pipe before the 413 was read (a CI run of session 40).
        using var uploader = new HttpClient(new Contract.ContractCheckingHandler
        {
            InnerHandler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) },
        }) { BaseAddress = scorer.BaseAddress };
        foreach (var header in scorer.DefaultRequestHeaders) uploader.DefaultRequestHeaders.Add(header.Key, header.Value);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/resume-scores/batch") { Content = JsonContent.Create(new { items = tooBig }) };
        request.Headers.ExpectContinue = true;
        await (await uploader.SendAsync(request)).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
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
