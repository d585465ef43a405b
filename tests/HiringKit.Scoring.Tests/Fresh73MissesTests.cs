using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general cause behind Fresh73's worst miss (addiction, criminal justice and forensic settings; run once as a held-back check
/// on f719e0c, then read), written by hand, not copied from it: a rehab call centre's admissions representative read as the
/// trade because her lines name the detox and substance use her callers seek, so a keyword stuffer outscored a genuine senior.
/// </summary>
public sealed class Fresh73MissesTests
{
    const string AdmissionsRepresentative = """
        Admissions professional with 4+ years in addiction treatment intake and 6 years of call center experience.

        Work Experience

        Senior Admissions Representative
        Coastal Palms Recovery Center - Delray Beach, FL
        January 2024 to Present
        - Handle 60-80 inbound calls per shift from people seeking detox, residential and PHP/IOP treatment for substance use.
        - Complete pre-admission screening in the CRM and pass clinical questions to the on-call clinician or nurse for approval.
        - Verify benefits with commercial insurers and quote self-pay rates; collect deposits.
        - Built rapport with callers and their families quickly; converted 27% of qualified leads to admissions.
        - Follow-up calls to people who did not admit; re-engaged 40+ callers per quarter.
        - Trained 5 new representatives on call scripts and HIPAA/42 CFR Part 2 rules.

        Customer Service Representative II
        Verizon Wireless - Boca Raton, FL
        March 2016 to July 2022
        - Handled 70+ billing and device calls a day; de-escalated upset customers and kept first-call resolution above target.
        - Mentored new hires on the escalations desk.

        Education
        Associate of Arts, Palm Beach State College, 2015
        Certified Addiction Professional (CAP) - in progress

        Skills
        - Therapeutic Alliance (2 years)
        - Motivational Interviewing (3 years)
        - Crisis Intervention (4 years)
        - Rapport Building (10+ years)
        - Active Listening (10+ years)
        """;

    [Test]
    public void A_rehab_s_admissions_representative_selling_beds_is_another_trade()
    {
        var score = Score(Header + AdmissionsRepresentative, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Score, Is.LessThan(20));
    }
}
