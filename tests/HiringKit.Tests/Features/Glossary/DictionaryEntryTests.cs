using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HiringKit.Tests.Features.Glossary;

/// <summary>
/// Junk dictionary entries (issue 15): everything a term's entry hands the scorer to look for in every resume
/// (phrases of every kind, false friends, job titles) is refused when it would match nearly everywhere.
/// </summary>
public sealed class DictionaryEntryTests
{
    static JsonObject NewTerm(string slug) => new()
    {
        ["slug"] = slug,
        ["name"] = "Trauma-Informed Care",
        ["industry"] = "Mental Health Counseling",
        ["summary"] = "Care that recognises the effects of trauma.",
        ["phrases"] = new JsonArray(new JsonObject { ["phrase"] = "trauma-informed care", ["kind"] = "canonical" }),
        ["typicalJobTitles"] = new JsonArray("Trauma Therapist"),
        ["falseFriends"] = new JsonArray("trauma surgeon"),
    };

    [TestCase("phrases", "a", "too short")]
    [TestCase("phrases", ".", "too short")]
    [TestCase("phrases", "a b c", "too short")]
    [TestCase("phrases", "2019", "no letters")]
    [TestCase("phrases", "with the", "common words")]
    [TestCase("phrases", "non", "word piece")]
    [TestCase("falseFriends", "and", "common words")]
    [TestCase("typicalJobTitles", "of", "too short")]
    [TestCase("relatedJobTitles", "...", "too short")]
    public async Task A_junk_entry_is_400_saying_why_and_nothing_is_stored(string field, string junk, string why)
    {
        var slug = TestData.NewSlug("junk");
        var term = NewTerm(slug);
        if (field == "phrases") ((JsonArray)term["phrases"]!).Add(new JsonObject { ["phrase"] = junk, ["kind"] = "synonym" });
        else term[field] = new JsonArray(junk);
        using var admin = TestHost.ClientFor("admin");

        var problem = await (await admin.PostAsJsonAsync("/api/v1/terms", term)).AssertProblemAsync(HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").EnumerateObject().Where(e => e.Name.StartsWith(field)).SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()).ToList();
        Assert.That(messages, Has.Some.Contains($"'{junk}'").And.Some.Contains(why), problem.ToString());
        Assert.That(await TestData.ScalarAsync<long>("SELECT count(*) FROM terms WHERE slug = @slug", new { slug }), Is.Zero);
    }

    [Test]
    public async Task A_junk_phrase_is_refused_in_a_change_too_and_the_entry_stays_as_it_was()
    {
        var slug = TestData.NewSlug("junk");
        using var admin = TestHost.ClientFor("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/terms", NewTerm(slug));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var changed = NewTerm(slug);
        ((JsonArray)changed["phrases"]!).Add(new JsonObject { ["phrase"] = "the", ["kind"] = "related" });
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/terms/{slug}") { Content = JsonContent.Create(changed) };
        put.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);

        await (await admin.SendAsync(put)).AssertProblemAsync(HttpStatusCode.BadRequest);
        var entry = await (await admin.GetAsync($"/api/v1/terms/{slug}")).JsonAsync();
        Assert.That(entry.GetProperty("phrases").EnumerateArray().Select(p => p.GetProperty("phrase").GetString()), Is.EqualTo(new[] { "trauma-informed care" }));
    }

    [TestCase("LPC")]
    [TestCase("CBT")]
    [TestCase("rapport")]
    [TestCase("the therapeutic alliance")]
    [TestCase("self-care planning")]
    public async Task Short_acronyms_and_phrases_with_common_words_are_still_fine(string phrase)
    {
        var term = NewTerm(TestData.NewSlug("ok"));
        ((JsonArray)term["phrases"]!).Add(new JsonObject { ["phrase"] = phrase, ["kind"] = "synonym" });
        using var admin = TestHost.ClientFor("admin");
        Assert.That((await admin.PostAsJsonAsync("/api/v1/terms", term)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }
}
