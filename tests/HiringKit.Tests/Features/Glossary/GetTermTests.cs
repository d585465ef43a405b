using System.Net;
using System.Net.Http.Headers;

namespace HiringKit.Tests.Features.Glossary;

public sealed class GetTermTests
{
    [Test]
    public async Task Seeded_therapeutic_alliance_entry_is_complete_and_faithful_to_the_source()
    {
        using var client = TestHost.ClientFor("reader");
        var term = await (await client.GetAsync("/api/v1/terms/therapeutic-alliance")).JsonAsync();

        var phrases = term.GetProperty("phrases").EnumerateArray()
            .Select(p => (Phrase: p.GetProperty("phrase").GetString(), Kind: p.GetProperty("kind").GetString())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(term.GetProperty("name").GetString(), Is.EqualTo("Therapeutic Alliance"));
            Assert.That(term.GetProperty("industry").GetString(), Is.EqualTo("Mental Health Counseling"));
            Assert.That(term.GetProperty("summary").GetString(), Does.StartWith("Therapeutic Alliance refers to the supportive relationship"));
            Assert.That(phrases, Does.Contain(("therapeutic alliance", "canonical")));
            Assert.That(phrases.Where(p => p.Kind == "synonym").Select(p => p.Phrase),
                Is.SupersetOf(new[] { "working alliance", "therapeutic relationship", "therapeutic bond" }));
            Assert.That(phrases.Where(p => p.Kind == "related").Select(p => p.Phrase),
                Is.SupersetOf(new[] { "rapport", "active listening", "empathy", "rupture and repair", "collaborative goal setting",
                    "treatment planning", "cultural competency", "clinical supervision", "crisis intervention", "client feedback" }));
            Assert.That(term.GetProperty("resumeExamples").Strings(), Has.Length.EqualTo(3)
                .And.Contains("Developed strong Therapeutic Alliance with diverse client population, leading to 85% client retention rate"));
            Assert.That(term.GetProperty("typicalJobTitles").Strings(), Is.EqualTo(new[] { "Mental Health Counselors" }));
            Assert.That(term.GetProperty("relatedJobTitles").Strings(), Is.EqualTo(new[]
            {
                "Mental Health Therapist", "Licensed Professional Counselor", "Clinical Counselor",
                "Psychotherapist", "Clinical Therapist", "Behavioral Health Counselor",
            }));
            Assert.That(term.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("key").GetString()),
                Is.EqualTo(new[] { "bond", "goals", "tasks" }));
            Assert.That(term.GetProperty("falseFriends").Strings(),
                Is.SupersetOf(new[] { "strategic alliance", "bond trader", "relationship manager" }));
            Assert.That(term.GetProperty("levels").EnumerateArray().Select(l =>
                    (l.GetProperty("level").GetString(), l.GetProperty("minYears").GetInt32(), l.GetProperty("maxYears").ValueKind == System.Text.Json.JsonValueKind.Null ? -1 : l.GetProperty("maxYears").GetInt32())),
                Is.EqualTo(new[] { ("junior", 0, 2), ("mid", 2, 5), ("senior", 5, -1) }));
            Assert.That(term.GetProperty("version").GetInt32(), Is.GreaterThanOrEqualTo(1));
        });
    }

    [Test]
    public async Task Entry_has_an_etag_and_if_none_match_gives_304()
    {
        using var client = TestHost.ClientFor("reader");
        var first = await client.GetAsync("/api/v1/terms/therapeutic-alliance");
        var etag = first.Headers.ETag;
        Assert.That(etag, Is.Not.Null);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/terms/therapeutic-alliance");
        request.Headers.IfNoneMatch.Add(etag!);
        var second = await client.SendAsync(request);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/v1/terms/therapeutic-alliance");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.That((await client.SendAsync(stale)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Etag_changes_when_the_entry_changes()
    {
        var slug = await TestData.CreateTermAsync();
        using var client = TestHost.ClientFor("reader");
        var before = (await client.GetAsync($"/api/v1/terms/{slug}")).Headers.ETag;
        await TestData.ChangeContentAsync("UPDATE terms SET summary = 'Changed.', version = version + 1 WHERE slug = @slug", new { slug });
        // The cache hears of a change by the database's notification: the helper waits for the cache's generation to move, and
        // another test's change may move it first (a CI run saw "v1" twice). So the new ETag is awaited, within the same 5 s.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var after = (await client.GetAsync($"/api/v1/terms/{slug}")).Headers.ETag;
        while (Equals(after, before) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            after = (await client.GetAsync($"/api/v1/terms/{slug}")).Headers.ETag;
        }
        Assert.That(after, Is.Not.EqualTo(before));
    }

    [Test]
    public async Task Unknown_slug_is_404_problem()
    {
        using var client = TestHost.ClientFor("reader");
        var problem = await (await client.GetAsync("/api/v1/terms/no-such-term")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("no-such-term"));
    }

    [Test]
    public async Task Deleted_term_is_404()
    {
        var slug = await TestData.CreateTermAsync();
        await TestData.ChangeContentAsync("UPDATE terms SET deleted_at = now() WHERE slug = @slug", new { slug });
        using var client = TestHost.ClientFor("reader");
        await (await client.GetAsync($"/api/v1/terms/{slug}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("Not_A_Slug")]
    [TestCase("x'%20OR%20'1'='1")]
    [TestCase("double--hyphen")]
    public async Task Malformed_slug_is_400_with_the_slug_rule(string slug)
    {
        using var client = TestHost.ClientFor("reader");
        var problem = await (await client.GetAsync($"/api/v1/terms/{slug}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("slug")[0].GetString(), Does.Contain("lowercase"));
    }
}
