using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of scorer 2.10.0 (d40c3ea): realistic resumes where its new rules (whole dates, the title under bare
/// dates, cabin crew as another trade) answer wrong where 2.9.0 answered right, or miss a realistic variant of the case they
/// were made for. Each test says what 2.10.0 and 2.9.0 answer, and what the answer should be. They fail on 2.10.0.
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

    // REVIEW-210 FINDING 1b (miss, its own case). On a Europass CV itself, the title under "Dates:" may name placements as
    // what the post oversees: "Counselling Placement Supervisor (trainee counsellors)" is a supervisor's job, read as a placement.
    //   2.10.0: placement; 2.9.0: no role (its unread dates left the role above to take in its lines). Should be work.
    [Test]
    public void A_europass_placement_supervisor_is_no_placement()
    {
        string text = Contact + """
            EXPERIENCE
            Dates: 01/09/2024 – Current
            Occupation or position held: Mental Health Counsellor
            - Individual counselling for adults; the working alliance is reviewed every session.

            Dates: 01/09/2020 – 30/06/2022
            Occupation or position held: Counselling Placement Supervisor (trainee counsellors)
            - Supervised trainee counsellors on placement at a community counselling service.
            """;
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).Roles.Select(r => r.IsPlacement), Is.EqualTo(new[] { false, false }));
    }

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

    // REVIEW-210 FINDING 3 (regression, lower confidence). "cabin crew" names the trade's clients as well as the trade: an
    // airline's crew wellbeing team employs licensed counselors, whose title may name the crew and not the post's trade.
    //   2.10.0: another trade, score 0, no years; 2.9.0: the trade, 32 weak, senior. Should be the trade (the role's own
    //   lines say licensed counseling and psychotherapy, as a clinician's do beside another trade's name).
    [Test]
    public void A_counselor_on_an_airline_s_cabin_crew_wellbeing_team_keeps_the_trade()
    {
        string text = Contact + """
            EXPERIENCE
            Crew Support Specialist, Cabin Crew Wellbeing Team, Southern Cross Skyways
            Jan 2019 – Present
            - Licensed Professional Counselor providing short-term counseling and psychotherapy for crew after on-board incidents; the therapeutic alliance guides every session.

            SKILLS
            Active listening, empathy, rapport building
            """;
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).IsAnotherTrade, Is.EqualTo(new[] { false }));
        Assert.That(Score(text, AsOf2026).Score, Is.GreaterThan(0));
    }
}
