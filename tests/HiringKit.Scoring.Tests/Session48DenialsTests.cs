using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 48's misses of one kind: sentences that deny the trade's work or give it to someone else, and the posts of non-clinical
/// support roles that say so of themselves.
/// </summary>
public sealed class Session48DenialsTests
{
    const string SolicitorsPosts = """
        PROFESSIONAL EXPERIENCE

        Sept 2019 to date      Senior Associate & Team Leader, Mental Health Department
                               Hargreave Lowe LLP, Leeds (legal aid franchise)
           * Own caseload of 45 clients detained under the Mental Health Act.
           * I build rapport with detained clients by explaining what I can and cannot do.

        Sept 2014 - Aug 2019   Solicitor, Mental Health Department
                               Hargreave Lowe LLP, Leeds
           * Tribunal advocacy for restricted patients.

        EDUCATION
        {0} - University of Law, Leeds, 2013
        LLB (Hons) Law - University of Sheffield, 2012

        PROFESSIONAL APPROACH
        I am not a clinician. Empathy for clients who have been sectioned matters as much as the case law.
        """;

    [Test]
    public void A_solicitors_legal_practice_course_is_no_counselors_license()
    {
        var score = Score(Header + string.Format(SolicitorsPosts, "LPC (Distinction)"), AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase is "rapport" or "empathy"), Is.Empty);
        Assert.That(score.Level.Level, Is.Null);
    }

    [Test]
    public void A_denial_on_a_page_of_another_trade_is_that_trades_limit_and_no_match()
    {
        var score = Score(Header + """
            PROFILE
            Freedom to Speak Up Guardian. Staff raise concerns with me in confidence and I escalate them to the board. I am
            not a counsellor and do not offer crisis intervention myself; I signpost to the staff wellbeing hub.

            EXPERIENCE
            Freedom to Speak Up Guardian, Royal Cornwall Hospitals NHS Trust          Sept 2019 to date
            - Staff raise concerns with me in confidence; I escalate them to the board.

            Operating Department Practitioner, Royal Cornwall Hospitals NHS Trust     Aug 2008 - Aug 2019
            - Anaesthetic and recovery practice in main theatres.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "crisis intervention"), Is.Empty);
    }

    [Test]
    public void What_the_writer_lacks_on_a_page_of_another_trade_stays_denied()
    {
        var score = Score(Header + """
            PROFILE
            Benefits caseworker moving into counselling. I have not yet worked with the session rating scale or other
            client feedback tools.

            EXPERIENCE
            Benefits Caseworker, City Social Services          2018 - 2023
            - Casework for 80 households claiming social assistance.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "session rating scale").Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Negated }));
    }

    [Test]
    public void A_relationship_between_two_other_parties_is_not_the_writers()
    {
        var score = Score(Header + """
            EXPERIENCE
            Welfare Rights Officer, Cardiff Council Advice Services          March 2016 - to date
            - Benefits casework and tribunal representation for clients of two mental health teams.

            SUPPORTING STATEMENT
            In 2019 the team managers told us that the therapeutic relationship between care coordinators and service users was
            being used up on forms, so I set up an advice surgery in their base. I learnt to build rapport with claimants
            who had been turned down before.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase is "therapeutic relationship" or "rapport"), Is.Empty);
    }

    [TestCase("Protect the therapeutic bond between the counsellor and the client when sessions move online.", "therapeutic bond")]
    [TestCase("I built a therapeutic relationship between nursing home residents and our visiting counseling team.", "therapeutic relationship")]
    [TestCase("Kept the working alliance between sessions 3 and 8 with a short check-in call.", "working alliance")]
    public void A_relationship_the_trade_is_party_to_stays_the_writers(string bullet, string phrase)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            Counsellor, Northside Counselling Service          2019 - present
            - Individual counselling for adults, 22 clients a week.
            - {bullet}
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == phrase).Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Asserted }));
    }

    [Test]
    public void Someone_elses_clinicians_as_the_subject_do_the_work_not_the_writer()
    {
        var score = Score("""
            Marcus Baptiste
            Hamilton, ON | marcus.baptiste@example.com | (905) 555-0182

            PROFESSIONAL EXPERIENCE

            Head Chef / Food Services Supervisor                                   Aug 2020 – Present
            Bayfront House Eating Disorder Treatment Centre (residential & day program), Hamilton, ON
            • Plan and cook a 4-week rotating menu to the dietitians' meal plan exchanges; every plate
              portioned to the resident's plan and checked at the pass by the meal support worker.
            • Food cost held under budget 5 years out of 6 despite 2022-23 food inflation.

            Sous Chef, Patient Food Services                                       May 2016 – Jul 2020
            Hamilton Lakeshore Health Sciences (acute care hospital), Hamilton, ON
            • 1,100 patient meals/day across therapeutic diets (renal, cardiac, texture-modified IDDSI).
            • Supervised 14 cooks and 6 diet aides on the evening shift.

            EDUCATION & CERTIFICATIONS
            Red Seal Cook (Interprovincial), 2012
            Culinary Management Diploma, George Brown College, 2009

            A NOTE ON MY ROLE
            I am not a clinician. The residents' therapists build the therapeutic alliance; my
            kitchen's job is to make the food safe, predictable and good, and to show empathy for how
            hard a plate can be without ever talking about it at the table.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase is "therapeutic alliance" or "empathy"), Is.Empty);
        Assert.That(score.Band, Is.EqualTo(Bands.None));
    }

    [TestCase("Our therapists track the working alliance with the WAI at sessions 3 and 8; I review the scores with each of them.")]
    [TestCase("The clinic's therapists and I build the working alliance from the first call.")]
    public void The_writers_own_team_as_the_subject_is_still_the_writers_work(string bullet)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            Clinical Lead, Harbour Counselling Service          2019 - present
            - Individual counselling for adults; clinical supervision of six therapists.
            - {bullet}
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "working alliance").Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Asserted }));
    }

    [Test]
    public void Goals_set_by_the_clients_clinical_team_are_not_the_writers()
    {
        var score = Score(Header + """
            EXPERIENCE
            Counsellor, Northside Counselling Service          2019 - present
            - Individual counselling for adults; a strong therapeutic alliance with each client.
            - For inpatients I see on the ward, treatment goals are set by their clinical team.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "treatment goals").Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Negated }));
    }
}
