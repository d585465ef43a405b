using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HiringKit.Tests.Features.QuestionBank;

public sealed class QuestionWriteTests
{
    static object NewQuestion(string level = "mid", string? question = null) => new
    {
        level,
        question = question ?? $"How do you repair a rupture? ({Guid.NewGuid():N})",
        expectedAnswer = "Names the rupture, takes responsibility, invites the client's view.",
    };

    static async Task<(long Id, string ETag, JsonElement Item)> CreateAsync(HttpClient client, string slug, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/terms/{slug}/questions", body);
        var item = await response.JsonAsync(HttpStatusCode.Created);
        return (item.GetProperty("id").GetInt64(), response.Headers.ETag!.Tag, item);
    }

    static HttpRequestMessage Put(string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    static HttpRequestMessage Delete(string url, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Test]
    public async Task Editor_creates_a_question_that_appears_in_the_guide_at_once()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var guideBefore = await (await editor.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=mid")).JsonAsync();

        var response = await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/questions", NewQuestion(question: "What does goal consensus look like?"));
        var item = await response.JsonAsync(HttpStatusCode.Created);

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/terms/{slug}/questions/{item.GetProperty("id").GetInt64()}"));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"v1\""));
            Assert.That(item.GetProperty("version").GetInt32(), Is.EqualTo(1));
            Assert.That(item.GetProperty("updatedBy").GetString(), Is.EqualTo("test-editor"));
        });
        var guide = await (await editor.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=mid")).JsonAsync();
        Assert.That(guide.GetProperty("questions").GetArrayLength(), Is.EqualTo(guideBefore.GetProperty("questions").GetArrayLength() + 1));
        Assert.That(guide.GetProperty("questions").EnumerateArray().Last().GetProperty("question").GetString(), Is.EqualTo("What does goal consensus look like?"));
    }

    [Test]
    public async Task Update_with_the_current_etag_changes_the_question_and_its_version()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var (id, etag, _) = await CreateAsync(editor, slug, NewQuestion());

        var response = await editor.SendAsync(Put($"/api/v1/terms/{slug}/questions/{id}",
            new { level = "senior", question = "  Edited question?  ", expectedAnswer = "Edited answer." }, etag));
        var item = await response.JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("question").GetString(), Is.EqualTo("Edited question?"), "text is trimmed");
            Assert.That(item.GetProperty("level").GetString(), Is.EqualTo("senior"));
            Assert.That(item.GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"v2\""));
        });
        var read = await (await editor.GetAsync($"/api/v1/terms/{slug}/questions/{id}")).JsonAsync();
        Assert.That(read.GetProperty("question").GetString(), Is.EqualTo("Edited question?"));
    }

    [Test]
    public async Task Two_editors_with_the_same_etag_cannot_both_win()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var (id, etag, _) = await CreateAsync(editor, slug, NewQuestion());
        var url = $"/api/v1/terms/{slug}/questions/{id}";

        var first = await editor.SendAsync(Put(url, new { level = "mid", question = "First editor's text?", expectedAnswer = "A." }, etag));
        var second = await editor.SendAsync(Put(url, new { level = "mid", question = "Second editor's text?", expectedAnswer = "B." }, etag));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var problem = await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That(second.Headers.ETag?.Tag, Is.EqualTo("\"v2\""), "412 carries the current ETag so the client can refetch");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("changed by someone else"));
        var read = await (await editor.GetAsync(url)).JsonAsync();
        Assert.That(read.GetProperty("question").GetString(), Is.EqualTo("First editor's text?"));
    }

    [Test]
    public async Task Concurrent_updates_with_one_etag_let_exactly_one_through()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var (id, etag, _) = await CreateAsync(editor, slug, NewQuestion());
        var url = $"/api/v1/terms/{slug}/questions/{id}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            editor.SendAsync(Put(url, new { level = "mid", question = $"Racer {i}?", expectedAnswer = "A." }, etag))));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed), Is.EqualTo(7));
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task Without_if_match_is_428_and_changes_nothing(string method)
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var (id, _, created) = await CreateAsync(editor, slug, NewQuestion());
        var url = $"/api/v1/terms/{slug}/questions/{id}";
        var request = method == "PUT" ? Put(url, new { level = "mid", question = "Blind write?", expectedAnswer = "A." }, null) : Delete(url, null);

        await (await editor.SendAsync(request)).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        var read = await (await editor.GetAsync(url)).JsonAsync();
        Assert.That(read.GetProperty("question").GetString(), Is.EqualTo(created.GetProperty("question").GetString()));
    }

    // RFC 9110 lets If-Match list several tags: it matches when any names the current version, strongly.
    [TestCase("*", HttpStatusCode.PreconditionRequired)]
    [TestCase("\"v99\"", HttpStatusCode.PreconditionFailed)]
    [TestCase("garbage", HttpStatusCode.PreconditionFailed)]
    [TestCase("\"v7\", \"v1\"", HttpStatusCode.OK)]
    [TestCase("\"v1\",\"v9\"", HttpStatusCode.OK)]
    [TestCase("\"v7\", \"v8\"", HttpStatusCode.PreconditionFailed)]
    [TestCase("W/\"v1\", \"v2\"", HttpStatusCode.PreconditionFailed)]
    public async Task If_match_must_name_the_current_version_alone_or_in_a_list(string ifMatch, HttpStatusCode status)
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var (id, _, _) = await CreateAsync(editor, slug, NewQuestion());
        var response = await editor.SendAsync(Put($"/api/v1/terms/{slug}/questions/{id}", new { level = "mid", question = "Changed?", expectedAnswer = "A." }, ifMatch));
        if (status == HttpStatusCode.OK) Assert.That((await response.JsonAsync()).GetProperty("question").GetString(), Is.EqualTo("Changed?"));
        else await response.AssertProblemAsync(status);
    }

    [Test]
    public async Task Delete_removes_the_question_from_guides_and_keeps_it_in_history()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var (id, etag, _) = await CreateAsync(editor, slug, NewQuestion(level: "senior", question: "To be deleted?"));

        var response = await editor.SendAsync(Delete($"/api/v1/terms/{slug}/questions/{id}", etag));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await (await editor.GetAsync($"/api/v1/terms/{slug}/questions/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var guide = await (await editor.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=senior")).JsonAsync();
        Assert.That(guide.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("question").GetString()), Does.Not.Contain("To be deleted?"));

        var history = await (await editor.GetAsync($"/api/v1/terms/{slug}/history")).JsonAsync();
        var newest = history[0];
        Assert.Multiple(() =>
        {
            Assert.That(newest.GetProperty("action").GetString(), Is.EqualTo("delete"));
            Assert.That(newest.GetProperty("entity").GetString(), Is.EqualTo("question"));
            Assert.That(newest.GetProperty("entityId").GetInt64(), Is.EqualTo(id));
            Assert.That(newest.GetProperty("by").GetString(), Is.EqualTo("test-editor"));
            Assert.That(newest.GetProperty("before").GetProperty("question").GetString(), Is.EqualTo("To be deleted?"));
            Assert.That(newest.GetProperty("after").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(history[1].GetProperty("action").GetString(), Is.EqualTo("create"));
        });
    }

    [Test]
    public async Task History_records_before_and_after_of_an_update_newest_first_with_paging()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var (id, etag, _) = await CreateAsync(editor, slug, NewQuestion(question: "Original?"));
        await editor.SendAsync(Put($"/api/v1/terms/{slug}/questions/{id}", new { level = "mid", question = "Changed?", expectedAnswer = "A." }, etag));

        using var reader = TestHost.ClientFor("reader");
        var first = await reader.GetAsync($"/api/v1/terms/{slug}/history?pageSize=1");
        Assert.That(first.Headers.GetValues("X-Total-Count").Single(), Is.EqualTo("2"));
        Assert.That(first.Headers.GetValues("Link").Single(), Is.EqualTo($"</api/v1/terms/{slug}/history?page=2&pageSize=1>; rel=\"next\""));
        var page1 = await first.JsonAsync();
        var page2 = await (await reader.GetAsync($"/api/v1/terms/{slug}/history?page=2&pageSize=1")).JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(page1.GetArrayLength(), Is.EqualTo(1));
            Assert.That(page1[0].GetProperty("action").GetString(), Is.EqualTo("update"));
            Assert.That(page1[0].GetProperty("before").GetProperty("question").GetString(), Is.EqualTo("Original?"));
            Assert.That(page1[0].GetProperty("after").GetProperty("question").GetString(), Is.EqualTo("Changed?"));
            Assert.That(page2[0].GetProperty("action").GetString(), Is.EqualTo("create"));
        });
        await (await reader.GetAsync($"/api/v1/terms/{slug}/history?pageSize=0")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task The_same_question_twice_at_one_level_is_409_but_fine_at_another_level()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        await CreateAsync(editor, slug, NewQuestion(level: "mid", question: "Duplicate?"));

        var duplicate = await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/questions", NewQuestion(level: "mid", question: "DUPLICATE?"));
        await duplicate.AssertProblemAsync(HttpStatusCode.Conflict);
        var elsewhere = await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/questions", NewQuestion(level: "senior", question: "Duplicate?"));
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase("""{ "level": "expert", "question": "Q?", "expectedAnswer": "A." }""", "level")]
    [TestCase("""{ "level": "mid", "question": "   ", "expectedAnswer": "A." }""", "question")]
    [TestCase("""{ "level": "mid", "expectedAnswer": "A." }""", "question")]
    [TestCase("""{ "level": "mid", "question": "Q?", "expectedAnswer": null }""", "expectedAnswer")]
    [TestCase("""{ "level": "mid", "question": "Q\u0000?", "expectedAnswer": "A." }""", "question")]
    public async Task Invalid_questions_are_400_naming_the_field_and_change_nothing(string json, string field)
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var response = await editor.PostAsync($"/api/v1/terms/{slug}/questions", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
        var count = await TestData.ScalarAsync<long>("SELECT count(*) FROM questions q JOIN terms t ON t.id = q.term_id WHERE t.slug = @slug", new { slug });
        Assert.That(count, Is.EqualTo(3), "only the three questions the test term started with");
    }

    [Test]
    public async Task A_lone_surrogate_is_400_and_stores_nothing()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var json = """{ "level": "mid", "question": "Q\ud800?", "expectedAnswer": "A." }""";
        var response = await editor.PostAsync($"/api/v1/terms/{slug}/questions", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var count = await TestData.ScalarAsync<long>("SELECT count(*) FROM questions q JOIN terms t ON t.id = q.term_id WHERE t.slug = @slug", new { slug });
        Assert.That(count, Is.EqualTo(3));
    }

    [Test]
    public async Task Over_long_question_is_400()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var response = await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/questions", NewQuestion(question: new string('x', 501)));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("question")[0].GetString(), Does.Contain("500"));
    }

    [TestCase("reader")]
    [TestCase("scorer")]
    public async Task Readers_and_scorers_cannot_write_questions(string role)
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var (id, etag, _) = await CreateAsync(editor, slug, NewQuestion());
        using var client = TestHost.ClientFor(role);
        await (await client.PostAsJsonAsync($"/api/v1/terms/{slug}/questions", NewQuestion())).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.SendAsync(Put($"/api/v1/terms/{slug}/questions/{id}", NewQuestion(), etag))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.SendAsync(Delete($"/api/v1/terms/{slug}/questions/{id}", etag))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Admin_may_edit_content_too_and_no_key_is_401()
    {
        var slug = await TestData.CreateTermAsync();
        using var admin = TestHost.ClientFor("admin");
        await CreateAsync(admin, slug, NewQuestion());
        using var anonymous = TestHost.Client(null);
        await (await anonymous.PostAsJsonAsync($"/api/v1/terms/{slug}/questions", NewQuestion())).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Writing_to_an_unknown_term_or_item_is_404()
    {
        using var editor = TestHost.ClientFor("editor");
        await (await editor.PostAsJsonAsync("/api/v1/terms/no-such-term/questions", NewQuestion())).AssertProblemAsync(HttpStatusCode.NotFound);
        var slug = await TestData.CreateTermAsync();
        await (await editor.SendAsync(Put($"/api/v1/terms/{slug}/questions/99999999", NewQuestion(), "\"v1\""))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await editor.SendAsync(Delete($"/api/v1/terms/{slug}/questions/99999999", "\"v1\""))).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
