using System.Net;
using System.Net.Http.Json;

namespace HiringKit.Tests.Features.Compliance;

public sealed class ComplianceEndpointTests
{
    [Test]
    public async Task The_seeded_bank_has_no_findings()
    {
        using var reader = TestHost.ClientFor("reader");
        var report = await (await reader.GetAsync("/api/v1/terms/therapeutic-alliance/compliance")).JsonAsync();
        Assert.That(report.GetProperty("checked").GetInt32(), Is.GreaterThanOrEqualTo(6 + 6 + 12 + 5));
        Assert.That(report.GetProperty("findings").GetArrayLength(), Is.Zero, report.ToString());
    }

    [Test]
    public async Task A_write_with_risky_wording_is_saved_with_warnings_and_shows_in_the_report()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var response = await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/questions",
            new { level = "mid", question = "Are you currently taking any medications that affect your work?", expectedAnswer = "Honest answer." });
        var item = await response.JsonAsync(HttpStatusCode.Created);
        var warning = item.GetProperty("warnings")[0];
        Assert.Multiple(() =>
        {
            Assert.That(warning.GetProperty("rule").GetString(), Is.EqualTo("medication"));
            Assert.That(warning.GetProperty("text").GetString(), Does.Contain("taking any medications"));
            Assert.That(warning.GetProperty("hint").GetString(), Is.Not.Empty);
        });

        var report = await (await editor.GetAsync($"/api/v1/terms/{slug}/compliance")).JsonAsync();
        var finding = report.GetProperty("findings").EnumerateArray().Single();
        Assert.That((finding.GetProperty("entity").GetString(), finding.GetProperty("id").GetInt64(), finding.GetProperty("field").GetString()),
            Is.EqualTo(("question", item.GetProperty("id").GetInt64(), "question")));
        var read = await (await editor.GetAsync($"/api/v1/terms/{slug}/questions/{item.GetProperty("id").GetInt64()}")).JsonAsync();
        Assert.That(read.TryGetProperty("warnings", out _), Is.False, "warnings come with writes; reads use the report");
    }

    [Test]
    public async Task A_clean_write_has_an_empty_warnings_list()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var item = await (await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/red-flags", new { text = "Dismisses difficult clients" })).JsonAsync(HttpStatusCode.Created);
        Assert.That(item.GetProperty("warnings").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Strict_mode_refuses_risky_wording_with_422_and_stores_nothing()
    {
        var slug = await TestData.CreateTermAsync();
        await using var strict = TestHost.CreateApp(TestHost.AppConnectionString, new Dictionary<string, string> { ["Compliance:Strict"] = "true" });
        using var editor = TestHost.CheckedClient(strict);
        editor.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["editor"]);

        var refused = await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/indicators", new { level = "senior", text = "Candidate's personal history of depression is stable" });
        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("mental-health-history"));
        var count = await TestData.ScalarAsync<long>("SELECT count(*) FROM indicators i JOIN terms t ON t.id = i.term_id WHERE t.slug = @slug", new { slug });
        Assert.That(count, Is.EqualTo(3));

        var fine = await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/indicators", new { level = "senior", text = "Supports clients with a history of depression" });
        Assert.That(fine.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Unknown_term_is_404()
    {
        using var reader = TestHost.ClientFor("reader");
        await (await reader.GetAsync("/api/v1/terms/no-such-term/compliance")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
