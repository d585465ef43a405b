using System.Net;
using HiringKit.Scoring;

namespace HiringKit.Tests.Features.ScoringNotice;

public sealed class ScoringNoticeTests
{
    [Test]
    public async Task Candidates_read_the_notice_without_a_key()
    {
        using var candidate = TestHost.Client(null);
        var notice = await (await candidate.GetAsync("/api/v1/scoring-notice")).JsonAsync();
        var alliance = notice.GetProperty("assesses").EnumerateArray().Single(t => t.GetProperty("slug").GetString() == TestData.SeededSlug);
        Assert.Multiple(() =>
        {
            Assert.That(notice.GetProperty("scorerVersion").GetString(), Is.EqualTo(ScorerInfo.Version));
            Assert.That(alliance.GetProperty("name").GetString(), Is.EqualTo("Therapeutic Alliance"));
            Assert.That(alliance.GetProperty("components").GetArrayLength(), Is.EqualTo(3));
            Assert.That(notice.GetProperty("evidence").GetArrayLength(), Is.GreaterThanOrEqualTo(5));
            Assert.That(string.Join(" ", notice.GetProperty("neverUses").Strings()), Does.Contain("name").And.Contain("race").And.Contain("age"));
            Assert.That(notice.GetProperty("kept").GetString(), Does.StartWith("Nothing of your resume"));
        });
    }

    [Test]
    public async Task The_notice_names_a_term_added_to_the_glossary()
    {
        var slug = await TestData.CreateTermAsync(name: "Motivational Interviewing");
        using var candidate = TestHost.Client(null);
        // The term is written behind the API's back; the cached notice hears of it by LISTEN/NOTIFY, within a second.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        IEnumerable<string?> slugs;
        do
        {
            var notice = await (await candidate.GetAsync("/api/v1/scoring-notice")).JsonAsync();
            slugs = notice.GetProperty("assesses").EnumerateArray().Select(t => t.GetProperty("slug").GetString()).ToList();
            if (slugs.Contains(slug)) break;
            await Task.Delay(20);
        } while (DateTime.UtcNow < deadline);
        Assert.That(slugs, Does.Contain(slug));
    }

    [Test]
    public async Task The_notice_is_a_page_to_link_from_a_job_posting()
    {
        using var candidate = TestHost.Client(null);
        candidate.DefaultRequestHeaders.Add("Accept", "text/html");
        var response = await candidate.GetAsync("/api/v1/scoring-notice");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.Contain("What it never uses").And.Contain("What is kept").And.Contain("Therapeutic Alliance").And.Contain(ScorerInfo.Version));
        });
    }

    [Test]
    public async Task An_unknown_format_is_400()
    {
        using var candidate = TestHost.Client(null);
        var problem = await (await candidate.GetAsync("/api/v1/scoring-notice?format=pdf")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("json, html"));
    }
}
