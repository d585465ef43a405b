using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace HiringKit.Tests.Infrastructure;

/// <summary>Headers an attacker controls (issue 15): an unknown charset, an If-Match that lists every version.</summary>
public sealed class HostileHeaderTests
{
    [TestCase("POST", "/api/v1/keys")]
    [TestCase("POST", "/api/v1/terms")]
    [TestCase("PUT", "/api/v1/terms/therapeutic-alliance")]
    [TestCase("POST", "/api/v1/terms/therapeutic-alliance/questions")]
    [TestCase("POST", "/api/v1/terms/therapeutic-alliance/indicators")]
    [TestCase("POST", "/api/v1/terms/therapeutic-alliance/red-flags")]
    [TestCase("POST", "/api/v1/resume-scores")]
    [TestCase("POST", "/api/v1/resume-scores/batch")]
    [TestCase("POST", "/api/v1/interview-plans")]
    public async Task An_unknown_charset_is_415_problem_on_every_json_endpoint(string method, string url)
    {
        using var admin = TestHost.ClientFor("admin");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{ "text": "Counselor." }"""));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=foo");
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        var problem = await (await admin.SendAsync(request)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("charset 'foo'"));
    }

    [Test]
    public async Task A_known_charset_other_than_utf8_spelling_still_works()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{ "text": "Counselor." }"""));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=\"UTF-8\"");
        Assert.That((await scorer.PostAsync("/api/v1/resume-scores", content)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_if_match_listing_more_than_8_tags_is_400_and_changes_nothing()
    {
        var slug = await TestData.CreateTermAsync(question: "Which version is this?");
        using var editor = TestHost.ClientFor("editor");
        var id = (await (await editor.GetAsync($"/api/v1/terms/{slug}/questions?level=junior")).JsonAsync())[0].GetProperty("id").GetInt64();
        var everyVersion = string.Join(", ", Enumerable.Range(1, 299).Select(v => $"\"v{v}\""));

        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/terms/{slug}/questions/{id}")
        {
            Content = JsonContent.Create(new { level = "junior", question = "Overwritten without reading?", expectedAnswer = "Never." }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", everyVersion);
        var problem = await (await editor.SendAsync(put)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("ifMatch")[0].GetString(), Does.Contain("at most 8"));

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/terms/{slug}");
        delete.Headers.TryAddWithoutValidation("If-Match", everyVersion);
        using var admin = TestHost.ClientFor("admin");
        await (await admin.SendAsync(delete)).AssertProblemAsync(HttpStatusCode.BadRequest);

        var question = await (await editor.GetAsync($"/api/v1/terms/{slug}/questions/{id}")).JsonAsync();
        Assert.That(question.GetProperty("question").GetString(), Is.EqualTo("Which version is this?"));
        Assert.That((await admin.GetAsync($"/api/v1/terms/{slug}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Eight_tags_are_still_an_ordinary_if_match()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var id = (await (await editor.GetAsync($"/api/v1/terms/{slug}/questions?level=junior")).JsonAsync())[0].GetProperty("id").GetInt64();
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/terms/{slug}/questions/{id}")
        {
            Content = JsonContent.Create(new { level = "junior", question = "Changed with a short list?", expectedAnswer = "Yes." }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", string.Join(", ", Enumerable.Range(1, 8).Select(v => $"\"v{v}\"")));
        Assert.That((await editor.SendAsync(put)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

/// <summary>Swagger UI on shared HR machines: the key stays in the page unless the operator says otherwise.</summary>
public sealed class SwaggerKeyTests
{
    static async Task<string> SwaggerConfigAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app)
    {
        using var client = TestHost.CheckedClient(app);
        var page = await client.GetStringAsync("/swagger/index.html");
        // Swashbuckle writes its settings into the page or into index.js, depending on its version.
        var script = await client.GetAsync("/swagger/index.js");
        return page + (script.IsSuccessStatusCode ? await script.Content.ReadAsStringAsync() : "");
    }

    [Test]
    public async Task By_default_swagger_ui_does_not_persist_the_key()
    {
        var config = await SwaggerConfigAsync(TestHost.App);
        Assert.That(config, Does.Contain("\"persistAuthorization\":false"));
    }

    [Test]
    public async Task Swagger_persist_authorization_true_keeps_it()
    {
        await using var app = TestHost.CreateApp(TestHost.AppConnectionString, new Dictionary<string, string> { ["Swagger:PersistAuthorization"] = "true" });
        Assert.That(await SwaggerConfigAsync(app), Does.Contain("\"persistAuthorization\":true"));
    }
}
