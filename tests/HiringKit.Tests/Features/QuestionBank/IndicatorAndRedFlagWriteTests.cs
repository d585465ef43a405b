using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HiringKit.Tests.Features.QuestionBank;

public sealed class IndicatorAndRedFlagWriteTests
{
    static HttpRequestMessage WithIfMatch(HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Test]
    public async Task Indicator_round_trip_shows_in_the_guide_and_in_history()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var created = await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/indicators", new { level = "senior", text = "Leads case consultations" });
        var item = await created.JsonAsync(HttpStatusCode.Created);
        var url = created.Headers.Location!.ToString();

        var guide = await (await editor.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=senior")).JsonAsync();
        Assert.That(guide.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("text").GetString()), Does.Contain("Leads case consultations"));

        var updated = await editor.SendAsync(WithIfMatch(HttpMethod.Put, url, new { level = "mid", text = "Co-leads case consultations" }, created.Headers.ETag!.Tag));
        Assert.That((await updated.JsonAsync()).GetProperty("level").GetString(), Is.EqualTo("mid"));
        var mid = await (await editor.GetAsync($"/api/v1/terms/{slug}/indicators?level=mid")).JsonAsync();
        Assert.That(mid.EnumerateArray().Select(i => i.GetProperty("text").GetString()), Does.Contain("Co-leads case consultations"));

        var deleted = await editor.SendAsync(WithIfMatch(HttpMethod.Delete, url, null, updated.Headers.ETag!.Tag));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var history = await (await editor.GetAsync($"/api/v1/terms/{slug}/history")).JsonAsync();
        Assert.That(history.EnumerateArray().Take(3).Select(h => (h.GetProperty("action").GetString(), h.GetProperty("entity").GetString(), h.GetProperty("entityId").GetInt64())),
            Is.EqualTo(new[] { ("delete", "indicator", item.GetProperty("id").GetInt64()), ("update", "indicator", item.GetProperty("id").GetInt64()), ("create", "indicator", item.GetProperty("id").GetInt64()) }));
    }

    [Test]
    public async Task Red_flag_round_trip_with_probe_question()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var created = await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/red-flags",
            new { text = "Blames clients when therapy stalls", probeQuestion = "What did you change when a client stalled?" });
        var item = await created.JsonAsync(HttpStatusCode.Created);
        Assert.That(item.GetProperty("probeQuestion").GetString(), Is.EqualTo("What did you change when a client stalled?"));

        var guide = await (await editor.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=junior")).JsonAsync();
        Assert.That(guide.GetProperty("redFlags").EnumerateArray().Select(f => f.GetProperty("text").GetString()), Does.Contain("Blames clients when therapy stalls"));

        var url = created.Headers.Location!.ToString();
        var updated = await editor.SendAsync(WithIfMatch(HttpMethod.Put, url, new { text = "Blames clients for lack of progress" }, created.Headers.ETag!.Tag));
        var after = await updated.JsonAsync();
        Assert.That(after.GetProperty("probeQuestion").ValueKind, Is.EqualTo(JsonValueKind.Null), "PUT replaces: no probe question now");

        await (await editor.SendAsync(WithIfMatch(HttpMethod.Delete, url, null, created.Headers.ETag!.Tag))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That((await editor.SendAsync(WithIfMatch(HttpMethod.Delete, url, null, updated.Headers.ETag!.Tag))).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var flags = await (await editor.GetAsync($"/api/v1/terms/{slug}/red-flags")).JsonAsync();
        Assert.That(flags.EnumerateArray().Select(f => f.GetProperty("text").GetString()), Does.Not.Contain("Blames clients for lack of progress"));
    }

    [TestCase("indicators", """{ "level": "junior", "text": "Junior indicator" }""")]
    [TestCase("red-flags", """{ "text": "TALKS OVER THE CLIENT" }""")]
    public async Task Duplicates_are_409(string collection, string json)
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var response = await editor.PostAsync($"/api/v1/terms/{slug}/{collection}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [TestCase("indicators", """{ "level": "lead", "text": "x" }""", "level")]
    [TestCase("indicators", """{ "level": "mid", "text": "" }""", "text")]
    [TestCase("red-flags", """{ "text": "\t\n " }""", "text")]
    [TestCase("red-flags", """{ "text": "ok", "probeQuestion": "  " }""", "probeQuestion")]
    public async Task Invalid_items_are_400_naming_the_field(string collection, string json, string field)
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var response = await editor.PostAsync($"/api/v1/terms/{slug}/{collection}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [TestCase("indicators")]
    [TestCase("red-flags")]
    public async Task Changes_need_if_match_and_editors(string collection)
    {
        var slug = await TestData.CreateTermAsync();
        using var reader = TestHost.ClientFor("reader");
        var id = (await (await reader.GetAsync($"/api/v1/terms/{slug}/{collection}")).JsonAsync())[0].GetProperty("id").GetInt64();
        var url = $"/api/v1/terms/{slug}/{collection}/{id}";
        object body = collection == "indicators" ? new { level = "junior", text = "Changed" } : new { text = "Changed" };

        await (await reader.SendAsync(WithIfMatch(HttpMethod.Put, url, body, "\"v1\""))).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var editor = TestHost.ClientFor("editor");
        await (await editor.SendAsync(WithIfMatch(HttpMethod.Put, url, body, null))).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await editor.SendAsync(WithIfMatch(HttpMethod.Delete, url, null, null))).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.That((await editor.SendAsync(WithIfMatch(HttpMethod.Put, url, body, "\"v1\""))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
