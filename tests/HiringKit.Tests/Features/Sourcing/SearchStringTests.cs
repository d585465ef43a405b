using System.Net;
using HiringKit.Api.Features.Sourcing;

namespace HiringKit.Tests.Features.Sourcing;

public sealed class SearchStringTests
{
    const string Url = "/api/v1/terms/therapeutic-alliance/search-string";

    [Test]
    public async Task Default_string_has_phrases_titles_with_credentials_and_excludes_false_friends()
    {
        using var reader = TestHost.ClientFor("reader");
        var result = await (await reader.GetAsync(Url)).JsonAsync();
        var query = result.GetProperty("query").GetString()!;

        Assert.Multiple(() =>
        {
            Assert.That(query, Does.StartWith("(\"therapeutic alliance\" OR \"working alliance\" OR \"therapeutic relationship\" OR \"therapeutic bond\""));
            Assert.That(query, Does.Contain(" AND (\"Mental Health Counselors\" OR \"Mental Health Therapist\" OR \"Licensed Professional Counselor\" OR LPC OR "));
            Assert.That(query, Does.Contain(" NOT (\"strategic alliance\" OR \"business alliance\""));
            Assert.That(query, Does.Contain("\"bond trader\"").And.Contain("\"relationship manager\""));
            Assert.That(query, Does.Not.Contain("rapport"), "related phrases only when asked for");
            Assert.That(query, Does.Not.Contain("working alliance with"), "a searched phrase's context is read near it, not as one string");
            Assert.That(result.GetProperty("length").GetInt32(), Is.EqualTo(query.Length));
            Assert.That(result.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("group").GetString()),
                Is.EqualTo(new[] { "phrases", "titles", "exclude" }));
            Assert.That(result.GetProperty("omitted").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task Senior_level_adds_seniority_words_and_related_kinds_add_competencies()
    {
        using var reader = TestHost.ClientFor("reader");
        var result = await (await reader.GetAsync($"{Url}?level=senior&kinds=canonical,related&titles=typical&maxLength=5000")).JsonAsync();
        var query = result.GetProperty("query").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(query, Does.Contain("AND (senior OR lead OR supervisor OR \"clinical supervisor\")"));
            Assert.That(query, Does.Contain("rapport").And.Contain("\"active listening\""));
            Assert.That(query, Does.Not.Contain("\"working alliance\""), "synonyms were not asked for");
            Assert.That(query, Does.Contain("AND \"Mental Health Counselors\" AND"), "typical titles only, one value needs no parentheses");
        });
    }

    [Test]
    public async Task A_short_max_length_drops_the_least_important_values_and_lists_them()
    {
        using var reader = TestHost.ClientFor("reader");
        var result = await (await reader.GetAsync($"{Url}?maxLength=120")).JsonAsync();
        var query = result.GetProperty("query").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(query.Length, Is.LessThanOrEqualTo(120));
            Assert.That(query, Does.StartWith("\"therapeutic alliance\"").Or.StartWith("(\"therapeutic alliance\""));
            Assert.That(result.GetProperty("omitted").Strings(), Does.Contain("Behavioral Health Counselor"));
        });
    }

    [Test]
    public async Task A_max_length_too_short_for_the_canonical_phrase_is_400()
    {
        var slug = TestData.NewSlug("long");
        using var admin = TestHost.ClientFor("admin");
        var created = await admin.PostAsync("/api/v1/terms", System.Net.Http.Json.JsonContent.Create(new
        {
            slug, name = "Long", industry = "Testing", summary = "A term with a long canonical phrase.",
            phrases = new[] { new { phrase = "a very long canonical phrase that cannot possibly fit in forty characters", kind = "canonical" } },
        }));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var problem = await (await admin.GetAsync($"/api/v1/terms/{slug}/search-string?maxLength=40")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("maxLength", out _), Is.True);
    }

    [TestCase("level=expert", "level")]
    [TestCase("kinds=canonical,fuzzy", "kinds")]
    [TestCase("titles=some", "titles")]
    [TestCase("maxLength=5", "maxLength")]
    [TestCase("maxLength=abc", "maxLength")]
    public async Task Bad_options_are_400(string query, string field)
    {
        using var reader = TestHost.ClientFor("reader");
        var problem = await (await reader.GetAsync($"{Url}?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task Unknown_term_is_404_and_no_key_is_401()
    {
        using var reader = TestHost.ClientFor("reader");
        await (await reader.GetAsync("/api/v1/terms/nope/search-string")).AssertProblemAsync(HttpStatusCode.NotFound);
        using var anonymous = TestHost.Client(null);
        await (await anonymous.GetAsync(Url)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase("LPC", "LPC")]
    [TestCase("working alliance", "\"working alliance\"")]
    [TestCase("counselor-client relationship", "\"counselor-client relationship\"")]
    [TestCase("say \"hi\" (now)", "\"say hi now\"")]
    [TestCase("OR", "\"OR\"")]
    public void Values_are_quoted_so_the_board_reads_them_as_one_term(string value, string quoted) =>
        Assert.That(BuildSearchString.Quote(value), Is.EqualTo(quoted));
}
