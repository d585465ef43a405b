using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HiringKit.Tests.Features.Glossary;

public sealed class TermWriteTests
{
    static object NewTerm(string slug, string name = "Motivational Interviewing") => new
    {
        slug,
        name,
        industry = "Mental Health Counseling",
        summary = "A collaborative conversation style that strengthens a client's motivation to change.",
        whyItMatters = "Common in addiction roles.",
        components = new[] { new { key = "evoking", name = "Evoking", description = "Drawing out the client's reasons." } },
        phrases = new object[]
        {
            new { phrase = "Motivational Interviewing", kind = "canonical" },
            new { phrase = "change talk", kind = "related", component = "evoking" },
        },
        resumeExamples = new[] { "Used motivational interviewing with 40 clients a week" },
        typicalJobTitles = new[] { "Substance Abuse Counselor" },
        relatedJobTitles = new[] { "Addiction Counselor" },
        falseFriends = new[] { "motivational speaker" },
    };

    static HttpRequestMessage WithIfMatch(HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    /// <summary>HR reads an entry, changes nothing and saves it back: that must work for a term created without the optional whyItMatters.</summary>
    [Test]
    public async Task An_entry_read_back_unchanged_saves_even_without_why_it_matters()
    {
        var slug = TestData.NewSlug("rt");
        var term = JsonSerializer.SerializeToNode(NewTerm(slug))!.AsObject();
        term.Remove("whyItMatters");
        using var admin = TestHost.ClientFor("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/terms", term);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        var read = await admin.GetAsync($"/api/v1/terms/{slug}");
        var entry = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        Assert.That(entry["whyItMatters"]!.GetValue<string>(), Is.Empty);
        var saved = await admin.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/terms/{slug}", entry, read.Headers.ETag!.Tag));
        var after = await saved.JsonAsync();
        Assert.That(after.GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(after.GetProperty("whyItMatters").GetString(), Is.Empty);

        term["slug"] = TestData.NewSlug("rt");
        term["whyItMatters"] = "";
        Assert.That((await admin.PostAsJsonAsync("/api/v1/terms", term)).StatusCode, Is.EqualTo(HttpStatusCode.Created), "an explicit empty whyItMatters is the same as none");
    }

    [Test]
    public async Task Admin_creates_a_term_with_standard_levels_and_lowercase_phrases()
    {
        var slug = TestData.NewSlug("mi");
        using var admin = TestHost.ClientFor("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/terms", NewTerm(slug));
        var entry = await response.JsonAsync(HttpStatusCode.Created);

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/terms/{slug}"));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"v1\""));
            Assert.That(entry.GetProperty("phrases")[0].GetProperty("phrase").GetString(), Is.EqualTo("motivational interviewing"));
            Assert.That(entry.GetProperty("phrases")[1].GetProperty("component").GetString(), Is.EqualTo("evoking"));
            Assert.That(entry.GetProperty("levels").GetArrayLength(), Is.EqualTo(3));
            Assert.That(entry.GetProperty("falseFriends").Strings(), Is.EqualTo(new[] { "motivational speaker" }));
        });

        using var reader = TestHost.ClientFor("reader");
        var found = await (await reader.GetAsync("/api/v1/terms?q=change%20talk")).JsonAsync();
        Assert.That(found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()), Does.Contain(slug));
        var guide = await (await reader.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=junior")).JsonAsync();
        Assert.That(guide.GetProperty("questions").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_taken_slug_is_409_even_after_the_term_was_deleted()
    {
        var slug = TestData.NewSlug("dup");
        using var admin = TestHost.ClientFor("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/terms", NewTerm(slug));
        await (await admin.PostAsJsonAsync("/api/v1/terms", NewTerm(slug))).AssertProblemAsync(HttpStatusCode.Conflict);
        await admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/terms/{slug}", null, created.Headers.ETag!.Tag));
        await (await admin.PostAsJsonAsync("/api/v1/terms", NewTerm(slug))).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Editor_replaces_the_glossary_content_with_if_match()
    {
        var slug = TestData.NewSlug("put");
        using var admin = TestHost.ClientFor("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/terms", NewTerm(slug));
        using var editor = TestHost.ClientFor("editor");

        var body = new
        {
            name = "Motivational Interviewing (MI)",
            industry = "Mental Health Counseling",
            summary = "Rewritten summary.",
            phrases = new object[] { new { phrase = "motivational interviewing", kind = "canonical" }, new { phrase = "OARS", kind = "related" } },
            typicalJobTitles = new[] { "Addiction Counselor" },
        };
        var response = await editor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/terms/{slug}", body, created.Headers.ETag!.Tag));
        var entry = await response.JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(entry.GetProperty("name").GetString(), Is.EqualTo("Motivational Interviewing (MI)"));
            Assert.That(entry.GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"v2\""));
            Assert.That(entry.GetProperty("phrases").EnumerateArray().Select(p => p.GetProperty("phrase").GetString()), Is.EqualTo(new[] { "motivational interviewing", "oars" }));
            Assert.That(entry.GetProperty("components").GetArrayLength(), Is.Zero);
            Assert.That(entry.GetProperty("relatedJobTitles").GetArrayLength(), Is.Zero);
            Assert.That(entry.GetProperty("falseFriends").GetArrayLength(), Is.Zero);
        });

        await (await editor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/terms/{slug}", body, created.Headers.ETag!.Tag)))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var history = await (await editor.GetAsync($"/api/v1/terms/{slug}/history")).JsonAsync();
        Assert.That(history[0].GetProperty("entity").GetString(), Is.EqualTo("term"));
        Assert.That(history[0].GetProperty("before").GetProperty("name").GetString(), Is.EqualTo("Motivational Interviewing"));
        Assert.That(history[0].GetProperty("after").GetProperty("name").GetString(), Is.EqualTo("Motivational Interviewing (MI)"));
    }

    [Test]
    public async Task Admin_deletes_a_term_which_leaves_every_read_but_keeps_its_history()
    {
        var slug = TestData.NewSlug("del");
        using var admin = TestHost.ClientFor("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/terms", NewTerm(slug));

        await (await admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/terms/{slug}", null, null))).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        var deleted = await admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/terms/{slug}", null, created.Headers.ETag!.Tag));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await (await admin.GetAsync($"/api/v1/terms/{slug}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"/api/v1/terms/{slug}/interview-guide")).AssertProblemAsync(HttpStatusCode.NotFound);
        var found = await (await admin.GetAsync("/api/v1/terms?q=motivational")).JsonAsync();
        Assert.That(found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()), Does.Not.Contain(slug));
        var history = await (await admin.GetAsync($"/api/v1/terms/{slug}/history")).JsonAsync();
        Assert.That(history.EnumerateArray().Select(h => h.GetProperty("action").GetString()), Is.EqualTo(new[] { "delete", "create" }));
    }

    [TestCase("reader")]
    [TestCase("editor")]
    public async Task Only_admins_create_and_delete_terms(string role)
    {
        using var client = TestHost.ClientFor(role);
        await (await client.PostAsJsonAsync("/api/v1/terms", NewTerm(TestData.NewSlug()))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.SendAsync(WithIfMatch(HttpMethod.Delete, "/api/v1/terms/therapeutic-alliance", null, "\"v1\""))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Readers_cannot_change_a_term()
    {
        using var reader = TestHost.ClientFor("reader");
        await (await reader.SendAsync(WithIfMatch(HttpMethod.Put, "/api/v1/terms/therapeutic-alliance", NewTerm("x"), "\"v1\"")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [TestCase("slug", "Bad Slug")]
    [TestCase("name", "  ")]
    [TestCase("phrases", null)]
    public async Task Invalid_terms_are_400_naming_the_field(string field, string? value)
    {
        var body = JsonSerializer.SerializeToNode(NewTerm(TestData.NewSlug()))!.AsObject();
        body[field] = value is null ? null : JsonValue.Create(value);
        using var admin = TestHost.ClientFor("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/v1/terms", body)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task Phrases_need_a_canonical_one_and_known_components()
    {
        using var admin = TestHost.ClientFor("admin");
        var body = JsonSerializer.SerializeToNode(NewTerm(TestData.NewSlug()))!.AsObject();
        body["phrases"] = JsonSerializer.SerializeToNode(new object[] { new { phrase = "change talk", kind = "related", component = "nope" } });
        var problem = await (await admin.PostAsJsonAsync("/api/v1/terms", body)).AssertProblemAsync(HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").EnumerateObject().Where(e => e.Name.StartsWith("phrases")).SelectMany(e => e.Value.Strings()).ToList();
        Assert.That(messages, Has.Some.Contains("canonical"));
        Assert.That(messages, Has.Some.Contains("component"));
    }
}
