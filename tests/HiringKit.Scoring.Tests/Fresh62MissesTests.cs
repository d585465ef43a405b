using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh62's misses (online and portfolio careers; run once on 3f5af2c, then read), written by hand, not
/// copied from it: another trade's post (a data scientist, a content writer, a practice's virtual assistant) read as the trade's
/// because its employer's name holds the field's noun ("Digital Therapies Ltd", "psychology start-up", "Family Counseling");
/// an instructional designer's course on the alliance read as her own practice; a counselor's steps noted in parentheses inside
/// her post's years read as posts that took its bullets; "Private practice — Parata Counselling" read as another subject's
/// counselling; "Telephone and Video Counsellor" read as qualified by another subject.
/// </summary>
public sealed class Fresh62MissesTests
{
    [TestCase("Listenwell Digital Therapies Ltd — London\nSenior Data Scientist, Clinical Outcomes")]
    [TestCase("Telehealth GP and psychology start-up (UK) | Content writer")]
    [TestCase("Virtual Practice Assistant\nNorthshore Family Counseling (Illinois, USA) - Remote")]
    public void Another_trade_s_post_at_an_employer_named_for_the_field_is_that_trade_s(string head)
    {
        string text = Header + $"""
            EXPERIENCE
            Counsellor
            Cork Counselling Centre
            Jan 2024 - Present
            - One-to-one counselling for adults; built rapport with clients referred by their GPs.

            {head}
            Jan 2018 - Dec 2023
            - Built the dashboards and articles the therapists use; measurement-based care reporting for the clinical team.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.9));
        Assert.That(score.Matches.Any(m => m.Phrase == "measurement-based care"), Is.False);
    }

    [TestCase("Owner & Counsellor, Mindful Therapy Ltd")]
    [TestCase("Therapist — Harbor Light Counseling Group")]
    [TestCase("Practice Manager and Therapist | Northshore Family Counseling")]
    public void A_counselor_at_a_practice_named_for_the_field_stays_in_the_trade(string head)
    {
        string text = Header + $"""
            EXPERIENCE
            {head}
            Jan 2018 - Dec 2023
            - Individual therapy for adults; measurement-based care with the PHQ-9 at every session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.0));
    }

    [Test]
    public void An_instructional_designer_s_course_on_the_alliance_is_not_her_practice()
    {
        string text = Header + """
            EXPERIENCE
            Senior Instructional Designer — Apprenta Learning Inc., Montréal (remote)      2019-03 – present
            - Designed a 6-module online course for a counselling college on the therapeutic alliance, with video role-plays
              scripted with the college's faculty.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Any(m => m.Phrase == "therapeutic alliance"), Is.False);
    }

    [Test]
    public void A_counselor_s_steps_noted_in_parentheses_stay_in_her_post()
    {
        string text = Header + """
            EXPERIENCE
            Crisis Line Counsellor, then Counsellor — Centre d'écoute et de counselling
            Hochelaga, Montréal                                                          2010-09 – 2014-06
            Intervenante de ligne d'écoute (2010–2012), puis conseillère en counselling individuel (2012–2014)
            - Crisis intervention on a 24/7 distress line and on the centre's pilot online chat (2011–2012): suicide risk
              assessment and safety plans.
            - Trained and supported new volunteer listeners (active listening, risk screening).
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Is.SupersetOf(new[] { "crisis intervention", "active listening" }));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    [Test]
    public void A_private_practice_named_for_its_owner_is_the_trade_s()
    {
        string text = Header + """
            ## Experience

            ### Private practice — Parata Counselling
            *2017 – present* · Whanganui and online
            - Adults and rangatahi (16+): grief, family harm, identity; around 14 clients a week, roughly half on Zoom
            - Whānau sessions on request; person-centered practice and the therapeutic relationship first

            ### Guidance Counsellor — Whanganui Girls' College
            *2009 – 2014*
            - Individual counselling for students in Years 9–13
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(15.8).Within(1.0));
    }

    [Test]
    public void Two_ways_of_holding_a_counsellor_s_post_joined_are_read_past()
    {
        string text = Header + """
            EXPERIENCE
            EAP Telephone and Video Counsellor (sessional)
            Employee assistance provider, remote
            06/2024 – current
            * Structured short-term counselling (6 sessions) for employees of client organisations.
            * Maintain professional boundaries around the EAP model: explaining session limits at the start.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Any(m => m.Phrase == "professional boundaries"), Is.True);
    }
}
