using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh95 (US federal and military settings; run once in session 30, then read), written
/// by hand, not copied from it.
/// </summary>
public sealed class Fresh95MissesTests
{
    [Test]
    public void A_date_column_wrapped_under_its_start_dates_each_post()
    {
        var score = Score(Header + """
            PROFESSIONAL EXPERIENCE

            08/2021 –      Supervisory Clinical Counselor, GS-0101-12
            present        Fleet and Family Support Center, Naval Station Rota, Spain
                           • Clinical supervision weekly; a working alliance with mandated clients.

            03/2016 –      Clinical Counselor (FAP), GS-0101-11
            07/2021        Fleet and Family Support Center Norfolk, VA
                           • Caseload of 25–30 counseling clients; safety planning.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.8));
    }

    [Test]
    public void A_federal_resume_s_title_stands_over_its_employer_s_street_address()
    {
        var score = Score(Header + """
            PROFESSIONAL EXPERIENCE

            DRUG TREATMENT SPECIALIST (RDAP)
            U.S. Department of Justice, Federal Bureau of Prisons, FCI Seagoville
            2113 N Highway 175, Seagoville, TX 75159
            01/2019 to Present | GS-0101-11 | Hours per week: 40
            * Individual sessions and two groups daily; a therapeutic relationship with each participant.

            DRUG TREATMENT SPECIALIST
            U.S. Department of Justice, Federal Bureau of Prisons, FCI Bastrop
            1341 Highway 95 North, Bastrop, TX 78602
            05/2016 to 12/2018 | GS-0101-09 | Hours per week: 40
            * Non-residential drug abuse treatment groups; caseload of 40-55 participants.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.6));
    }

    [Test]
    public void A_second_range_on_a_tabbed_row_inside_the_post_above_is_that_post_s()
    {
        var score = Score(Header + "EXPERIENCE\n\n"
            + "Personal Financial Counselor (PFC)\tMilitary & Family Life Program (DoD contract)\t05/2022 – present\n"
            + "\tRotations: MCB Camp Butler, Okinawa (2024 – present); Joint Base Pearl Harbor-Hickam, HI (2022 – 2024)\n"
            + "\t• One-on-one financial counseling: budgets, debt plans, credit reports; ~35 counseling sessions a month.\n"
            + "\t• Refer Marines with stress or relationship concerns to the MFLC for non-medical counseling.\n"
            + "\t• Active listening before advice; motivational interviewing for saving habits.\n", AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("TAP counselors are not mental health providers.")]
    [TestCase("Refer students with mental health needs to campus Counseling Services (I do not provide counseling).")]
    public void A_post_whose_lines_say_it_is_no_mental_health_work_is_another_trade(string denial)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            Transition Services Counselor                               Oct 2019 – present
            Soldier for Life – Transition Assistance Program, Schofield Barracks, HI
            ▪ Initial counseling and pre-separation counseling for 60–80 transitioning Soldiers a month.
            ▪ Warm handoff of Soldiers who disclose distress or suicidal thoughts to Schofield Behavioral Health.
            ▪ Individual Transition Plans: collaborative goal setting with each Soldier for employment or education.
            ▪ {denial}
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches.Where(m => m.Phrase == "collaborative goal setting"), Is.Empty);
    }

    [TestCase("Army Guidance Counselor (79R, SFC)\nU.S. Army Recruiting Command, San Antonio MEPS — San Antonio, TX\n07/2021 – 06/2025")]
    [TestCase("Career Counselor (79S), Master Sergeant                              2008 – 2019\nU.S. Army (Retention), 25th Infantry Division")]
    public void A_soldier_s_recruiting_or_retention_counselor_post_is_another_trade(string entry)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            {entry}
            - Reenlistment and enlistment options and bonuses; counseled Soldiers and their spouses with empathy.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_soldier_s_behavioral_health_post_keeps_the_trade_and_master_grades_the_rank()
    {
        var score = Score(Header + """
            EXPERIENCE

            Behavioral Health NCO (68X), Master Sergeant                     2016 – 2020
            Schofield Barracks Behavioral Health, U.S. Army
            - Intake interviews and individual counseling under a licensed supervisor; a working alliance with each Soldier.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.0));
    }
}
