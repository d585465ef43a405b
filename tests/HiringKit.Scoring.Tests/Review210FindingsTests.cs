using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of scorer 2.10.0 (d40c3ea): realistic resumes where its new rules (whole dates, the title under bare
/// dates, cabin crew as another trade) answer wrong where 2.9.0 answered right, or miss a realistic variant of the case they
/// were made for. Each test says what 2.10.0's first form and 2.9.0 answered, and what the answer should be; they failed on that
/// first form and pass on 2.10.0 as released, save the two findings noted in place without a test.
/// </summary>
public sealed class Review210FindingsTests
{
    static readonly ScoreOptions AsOf2026 = LookAlikeTradeTests.AsOf2026;

    const string Contact = """
        Jamie Morgan
        Springfield, IL | jamie.morgan@example.com | (555) 201-3344

        """;

    // REVIEW-210 FINDING 1 (regression). TitleBelowBareDates reads the line under ANY line of bare dates, not only a Europass
    // "Dates:" line, and ORs its placement words with the title above. The common US layout "Title / dates / Employer" and
    // "Employer / dates / Title" now reads an employer's name ("Volunteers of America", a university's "Student Veterans
    // Center") or a senior's supervisory title ("Practicum Training Coordinator", "Intern Supervisor") as a placement, and
    // a licensed counselor's current job drops out of her years.
    //   Volunteers of America: 2.10.0 placement, mid (3.6 years); 2.9.0 work, senior (14.5 years).
    //   Practicum Training Coordinator / Intern Supervisor: 2.10.0 placement (5.6 years, the earlier job only); 2.9.0 work (16.5 years).
    //   Student Veterans Center: 2.10.0 placement, mid (3.2 years); 2.9.0 work, senior.
    // Should be: work, as 2.9.0 read them (a title already stands above the dates, or the line below names a post over
    // placements, not one).
    [TestCase("Licensed Professional Counselor", "Volunteers of America, Behavioral Health Services, Denver, CO")]
    [TestCase("Licensed Professional Counselor", "Student Veterans Center, Springfield State University")]
    [TestCase("Hope Center Counseling Services, Springfield, IL", "Clinical Director and Practicum Training Coordinator")]
    [TestCase("Hope Center Counseling Services, Springfield, IL", "Senior Therapist and Intern Supervisor")]
    public void The_line_under_a_titled_role_s_dates_does_not_make_it_a_placement(string above, string below)
    {
        string text = Contact + $"""
            EXPERIENCE
            {above}
            Jan 2016 – Present
            {below}
            - Individual and group therapy for adults with co-occurring disorders; the therapeutic alliance guides every session.

            Mental Health Counselor
            Jun 2012 – Dec 2015
            Riverbend Clinic, Springfield, IL
            - Individual therapy for adolescents and families; rapport building with reluctant clients.
            """;
        var layout = new ResumeLayout(text, AsOf2026.AsOf!.Value);
        Assert.That(layout.Roles.Select(r => r.IsPlacement), Is.EqualTo(new[] { false, false }));
        var level = Score(text, AsOf2026).Level;
        Assert.That(level.YearsOfExperience, Is.GreaterThan(14.0));
        Assert.That(level.Level, Is.EqualTo("senior"));
    }

    // REVIEW-210 FINDING 1b (miss, not mended): "Counselling Placement Supervisor (trainee counsellors)" under a Europass
    // "Dates:" line reads as a placement, as any title naming trainees or a practicum does wherever it stands ("Practicum
    // Coordinator" above its dates too): a supervising post's placement words are the people it supervises. Left for the
    // next session, in the README.

    // REVIEW-210 FINDING 2 (miss, a variant of its own case). A whole date's month is "the number before the year when it is
    // a month": right for day-first dates, wrong for every US date whose day is 12 or less, and a US start date is nearly
    // always the 1st. "07/01/2019 - 08/20/2021" is read January 2019 to August 2021 though the end itself shows the US order.
    //   2.10.0: 2.7 years; 2.9.0: no role (no years). Should be 2.2 (July 2019 to August 2021), as "07/15/2019 - 08/20/2021" is.
    [Test]
    public void A_us_date_on_the_first_of_the_month_is_read_in_the_order_its_range_shows()
    {
        string text = Contact + """
            EXPERIENCE
            Mental Health Counselor, Harbourside Counseling Service
            07/01/2019 - 08/20/2021
            - Individual counseling for adults with anxiety and depression; the working alliance is reviewed every session.
            """;
        Assert.That(Score(text, AsOf2026).Level.YearsOfExperience, Is.EqualTo(2.2).Within(0.001));
    }

    // REVIEW-210 FINDING 2b. The same misreading across a US resume turns a mid-level counselor senior: October 2023 to
    // November 2026 and June 2021 to December 2022 are 4.75 years (mid); read as January starts, 5.9 (senior).
    //   2.10.0: senior, 5.9 years; 2.9.0: mid, 3.9 years (it read only "01/2023 – Present"). Should be mid, about 4.8 years.
    [Test]
    public void Us_dates_on_the_first_of_the_month_do_not_make_a_mid_level_counselor_senior()
    {
        string text = Contact + """
            EXPERIENCE
            Licensed Professional Counselor, Hope Center, Springfield, IL
            10/01/2023 – Present
            - Individual therapy for adults with anxiety and depression; the therapeutic alliance is reviewed every session.

            Mental Health Counselor, Riverbend Clinic, Springfield, IL
            06/01/2021 – 12/31/2022
            - Group and individual therapy for adolescents; rapport building with families.
            """;
        var level = Score(text, AsOf2026).Level;
        Assert.That(level.YearsOfExperience, Is.EqualTo(4.8).Within(0.1));
        Assert.That(level.Level, Is.EqualTo("mid"));
    }

    // REVIEW-210 FINDING 3 (lower confidence, not mended): "Crew Support Specialist, Cabin Crew Wellbeing Team" whose bullet
    // says "Licensed Professional Counselor providing short-term counseling" is now another trade's, as a title without a
    // counseling word that names another trade's people is (an army unit's too): the title decides. Left, in the README.
}
