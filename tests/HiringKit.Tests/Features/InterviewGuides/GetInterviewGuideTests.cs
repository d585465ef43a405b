using System.Net;
using System.Net.Http.Headers;

namespace HiringKit.Tests.Features.InterviewGuides;

public sealed class GetInterviewGuideTests
{
    const string Guide = "/api/v1/terms/therapeutic-alliance/interview-guide";

    [Test]
    public async Task Senior_guide_has_its_two_questions_four_indicators_and_five_red_flags()
    {
        using var client = TestHost.ClientFor("reader");
        var guide = await (await client.GetAsync($"{Guide}?level=senior")).JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(guide.GetProperty("term").GetProperty("slug").GetString(), Is.EqualTo("therapeutic-alliance"));
            Assert.That(guide.GetProperty("level").GetString(), Is.EqualTo("senior"));
            Assert.That(guide.GetProperty("minYears").GetInt32(), Is.EqualTo(5));
            Assert.That(guide.GetProperty("maxYears").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(guide.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("question").GetString()), Is.EqualTo(new[]
            {
                "How do you train junior counselors in building therapeutic alliance?",
                "How do you handle challenges in maintaining therapeutic alliance with difficult clients?",
            }));
            Assert.That(guide.GetProperty("questions")[1].GetProperty("expectedAnswer").GetString(), Is.EqualTo(
                "Should demonstrate advanced knowledge of relationship repair, boundary setting, and adaptation of approach based on client needs while maintaining professional standards."));
            Assert.That(guide.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("text").GetString()), Is.EqualTo(new[]
            {
                "Training others in relationship building", "Complex case management", "Program development", "Clinical supervision",
            }));
            Assert.That(guide.GetProperty("redFlags").EnumerateArray().Select(f => f.GetProperty("text").GetString()), Is.EqualTo(new[]
            {
                "Difficulty maintaining professional boundaries", "Poor listening skills or frequent interrupting",
                "Inability to demonstrate empathy", "Limited understanding of cultural factors in relationship building",
                "Resistance to client feedback",
            }));
            Assert.That(guide.GetProperty("resumeKeywords").Strings(), Does.Contain("working alliance"));
        });
    }

    [TestCase("junior", "What is therapeutic alliance and why is it important?", "Understanding boundaries")]
    [TestCase("mid", "How do you measure the strength of therapeutic alliance?", "Crisis intervention skills")]
    public async Task Each_level_has_its_own_questions_and_indicators(string level, string question, string indicator)
    {
        using var client = TestHost.ClientFor("reader");
        var guide = await (await client.GetAsync($"{Guide}?level={level}")).JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(guide.GetProperty("questions").GetArrayLength(), Is.EqualTo(2));
            Assert.That(guide.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("question").GetString()), Does.Contain(question));
            Assert.That(guide.GetProperty("indicators").GetArrayLength(), Is.EqualTo(4));
            Assert.That(guide.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("text").GetString()), Does.Contain(indicator));
        });
    }

    [Test]
    public async Task Without_a_level_the_guide_has_every_level_in_order_and_the_red_flags()
    {
        using var client = TestHost.ClientFor("reader");
        var guide = await (await client.GetAsync(Guide)).JsonAsync();
        var levels = guide.GetProperty("levels");
        Assert.Multiple(() =>
        {
            Assert.That(levels.EnumerateArray().Select(l => l.GetProperty("level").GetString()), Is.EqualTo(new[] { "junior", "mid", "senior" }));
            Assert.That(levels.EnumerateArray().Sum(l => l.GetProperty("questions").GetArrayLength()), Is.EqualTo(6));
            Assert.That(levels.EnumerateArray().Sum(l => l.GetProperty("indicators").GetArrayLength()), Is.EqualTo(12));
            Assert.That(guide.GetProperty("redFlags").GetArrayLength(), Is.EqualTo(5));
            Assert.That(guide.TryGetProperty("level", out _), Is.False);
            // API.md: the levels are "the object above without term"; the guide names the term once.
            Assert.That(guide.GetProperty("term").GetProperty("slug").GetString(), Is.EqualTo("therapeutic-alliance"));
            Assert.That(levels.EnumerateArray().Any(l => l.TryGetProperty("term", out _)), Is.False);
        });
    }

    [TestCase("expert")]
    [TestCase("seniors")]
    [TestCase("")]
    public async Task Unknown_level_is_400_listing_the_levels(string level)
    {
        using var client = TestHost.ClientFor("reader");
        var problem = await (await client.GetAsync($"{Guide}?level={level}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("level")[0].GetString(), Does.Contain("junior, mid, senior"));
    }

    // A client generated from the document sends its enum's name; levels are taken in any letter case.
    [TestCase("Senior")]
    [TestCase("SENIOR")]
    public async Task A_level_in_any_letter_case_is_that_level(string level)
    {
        using var client = TestHost.ClientFor("reader");
        var guide = await (await client.GetAsync($"{Guide}?level={level}")).JsonAsync();
        Assert.That(guide.GetProperty("level").GetString(), Is.EqualTo("senior"));
    }

    [Test]
    public async Task Unknown_slug_is_404()
    {
        using var client = TestHost.ClientFor("reader");
        await (await client.GetAsync("/api/v1/terms/nope/interview-guide?level=senior")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Deleted_questions_leave_the_guide()
    {
        var slug = await TestData.CreateTermAsync(question: "A question that will be deleted?");
        await TestData.ChangeContentAsync("""
            UPDATE questions SET deleted_at = now()
            WHERE question = 'A question that will be deleted?' AND term_id = (SELECT id FROM terms WHERE slug = @slug)
            """, new { slug });
        using var client = TestHost.ClientFor("reader");
        var guide = await (await client.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=junior")).JsonAsync();
        Assert.That(guide.GetProperty("questions").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Json_guide_has_an_etag_and_if_none_match_gives_304()
    {
        using var client = TestHost.ClientFor("reader");
        var etag = (await client.GetAsync($"{Guide}?level=mid")).Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Guide}?level=mid");
        request.Headers.IfNoneMatch.Add(etag);
        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }

    [Test]
    public async Task Levels_have_different_etags()
    {
        using var client = TestHost.ClientFor("reader");
        var junior = (await client.GetAsync($"{Guide}?level=junior")).Headers.ETag;
        var senior = (await client.GetAsync($"{Guide}?level=senior")).Headers.ETag;
        Assert.That(junior, Is.Not.EqualTo(senior));
    }

    [Test]
    public async Task An_edit_changes_the_etag_and_every_format_of_a_guide_read_before_it()
    {
        var slug = await TestData.CreateTermAsync(question: "Question before the edit?");
        var url = $"/api/v1/terms/{slug}/interview-guide?level=junior";
        using var client = TestHost.ClientFor("reader");
        var before = await client.GetAsync(url);
        var markdownBefore = await (await client.GetAsync($"{url}&format=markdown")).Content.ReadAsStringAsync();
        Assert.That(markdownBefore, Does.Contain("Question before the edit?"));

        await TestData.ChangeContentAsync("""
            UPDATE questions SET question = 'Question after the edit?', version = version + 1
            WHERE question = 'Question before the edit?' AND term_id = (SELECT id FROM terms WHERE slug = @slug)
            """, new { slug });

        var after = await client.GetAsync(url);
        var question = (await after.JsonAsync()).GetProperty("questions")[0].GetProperty("question").GetString();
        var markdownAfter = await (await client.GetAsync($"{url}&format=markdown")).Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(after.Headers.ETag, Is.Not.EqualTo(before.Headers.ETag));
            Assert.That(question, Is.EqualTo("Question after the edit?"));
            Assert.That(markdownAfter, Does.Contain("Question after the edit?").And.Not.Contain("Question before the edit?"));
        });
    }

    [Test]
    public async Task The_same_guide_is_served_in_the_format_each_request_asks_for()
    {
        using var client = TestHost.ClientFor("reader");
        foreach (var (accept, expected) in new[] { ("text/markdown", "text/markdown"), ("application/json", "application/json"), ("text/html", "text/html"), ("text/markdown", "text/markdown") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Guide}?level=mid");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
            var response = await client.SendAsync(request);
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo(expected), accept);
        }
    }

    [Test]
    public async Task Markdown_guide_is_printable_with_answers_notes_indicators_and_red_flags()
    {
        using var client = TestHost.ClientFor("reader");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Guide}?level=senior");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        var response = await client.SendAsync(request);
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/markdown"));
            Assert.That(markdown, Does.StartWith("# Interview guide: Therapeutic Alliance — Senior (5+ years)"));
            Assert.That(markdown, Does.Contain("1. **How do you train junior counselors in building therapeutic alliance?**"));
            Assert.That(markdown, Does.Contain("*A good answer:* Should discuss mentoring approaches"));
            Assert.That(markdown, Does.Contain("Notes:"));
            Assert.That(markdown, Does.Contain("- [ ] Clinical supervision"));
            Assert.That(markdown, Does.Contain("- [ ] Resistance to client feedback"));
            Assert.That(markdown, Does.Not.Contain("What is therapeutic alliance and why is it important?"), "junior questions stay out of the senior guide");
        });
    }

    [Test]
    public async Task Html_guide_is_a_whole_printable_page()
    {
        using var client = TestHost.ClientFor("reader");
        var response = await client.GetAsync($"{Guide}?level=senior&format=html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Contain("@page"), "print styles");
            Assert.That(html, Does.Contain("How do you train junior counselors in building therapeutic alliance?"));
            Assert.That(html, Does.Contain("class=\"notes\""));
            Assert.That(html, Does.Contain("Program development"));
            Assert.That(html, Does.Contain("Inability to demonstrate empathy"));
            Assert.That(html, Does.EndWith("</html>\n"));
        });
    }

    [Test]
    public async Task Html_guide_escapes_content_so_edited_text_cannot_inject_markup()
    {
        var slug = await TestData.CreateTermAsync(question: "<script>alert('x')</script> How do you listen?", redFlag: "Uses <b>bold</b> claims & more");
        using var client = TestHost.ClientFor("reader");
        var html = await (await client.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=junior&format=html")).Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>"));
            Assert.That(html, Does.Contain("&lt;script&gt;"));
            Assert.That(html, Does.Contain("Uses &lt;b&gt;bold&lt;/b&gt; claims &amp; more"));
        });
    }

    [Test]
    public async Task Format_parameter_wins_over_accept_and_rejects_unknown_formats()
    {
        using var client = TestHost.ClientFor("reader");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Guide}?level=junior&format=markdown");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        Assert.That((await client.SendAsync(request)).Content.Headers.ContentType?.MediaType, Is.EqualTo("text/markdown"));

        var problem = await (await client.GetAsync($"{Guide}?format=pdf")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("format")[0].GetString(), Does.Contain("markdown"));
    }

    [Test]
    public async Task Guide_for_every_level_prints_every_level()
    {
        using var client = TestHost.ClientFor("reader");
        var markdown = await (await client.GetAsync($"{Guide}?format=markdown")).Content.ReadAsStringAsync();
        Assert.That(markdown, Does.Contain("## Junior (0-2 years)").And.Contain("## Mid (2-5 years)").And.Contain("## Senior (5+ years)"));
    }
}
