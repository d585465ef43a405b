namespace HiringKit.Tests.Features.BiasAudits;

/// <summary>An employer's yearly audit and a candidate's notice, through the client generated from the OpenAPI document, used as generated.</summary>
public sealed class FairnessClientTests
{
    [Test]
    public async Task An_employer_runs_an_audit_reads_it_back_and_a_candidate_reads_the_notice()
    {
        var admin = new Generated.HiringKitClient(TestHost.ClientFor("admin"));
        var rows = Enumerable.Range(0, 40).Select(i => new Generated.ApplicantRow
        {
            Score = 30 + i,
            Sex = i % 2 == 0 ? "female" : "male",
            RaceEthnicity = i % 10 == 0 ? null : i % 3 == 0 ? "asian" : "white",
        }).ToList();
        var created = await admin.CreateBiasAuditAsync(new Generated.CreateBiasAuditRequest { Rows = rows, Source = "Generated-client test" });
        var audit = created.Result;
        Assert.Multiple(() =>
        {
            Assert.That(audit.Method, Is.EqualTo("scoring-rate"));
            Assert.That(audit.Median, Is.EqualTo(49.5));
            Assert.That(audit.Unknown.RaceEthnicity, Is.EqualTo(4));
            Assert.That(audit.Sex.Select(s => s.Category), Is.EqualTo(new[] { "male", "female" }));
            Assert.That(audit.Sex.Single(s => s.Category == "male").ImpactRatio, Is.EqualTo(1));
        });

        var read = await admin.GetBiasAuditAsync(audit.Id);
        Assert.That(read.Result.Source, Is.EqualTo("Generated-client test"));
        var page = await admin.ListBiasAuditsAsync(1, 100);
        Assert.That(page.Result.Items.Select(a => a.Id), Does.Contain(audit.Id));

        var candidate = new Generated.HiringKitClient(TestHost.Client(null));
        var notice = await candidate.GetScoringNoticeAsync();
        Assert.That(notice.Result.Assesses.Select(t => t.Slug), Does.Contain(TestData.SeededSlug));
    }
}
