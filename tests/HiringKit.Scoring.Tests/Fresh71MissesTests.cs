using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh71's misses (long careers of 20-35 years; run once on e30d7de, then read), written by hand,
/// not copied from it.
/// </summary>
public sealed class Fresh71MissesTests
{
    static string ReturnerWhoStates(string headline) => Header + $"""
        Resume Headline
        {headline}

        Employment
        Counsellor, Mindspring Wellness Pvt. Ltd., Bengaluru
        Feb 2026 to Present
        - Short-term counselling for working adults referred through their employers' EAP.

        Head - HR Business Partnering, Veltrix Technologies Ltd., Bengaluru
        Apr 2012 to Jun 2023
        - HR partner to a 3,000-person engineering division.
        """;

    /// <summary>Years said of an earlier career's experience are that career's: a counsellor in her first year is a junior.</summary>
    [TestCase("Counsellor with 24 years of prior corporate HR experience; trained in person-centered and CBT approaches.")]
    [TestCase("Counsellor with 24 years of previous experience in human resources.")]
    public void Years_of_an_earlier_career_s_experience_are_not_the_trade_s(string headline)
    {
        var score = Score(ReturnerWhoStates(headline), AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo("junior"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(0.8));
    }

    /// <remarks>The trade's own earlier experience stays the writer's: "of prior counselling experience".</remarks>
    [Test]
    public void Years_of_the_trade_s_own_earlier_experience_are_still_read()
    {
        var score = Score(ReturnerWhoStates("Counsellor with 12 years of prior counselling experience in schools before a career break."), AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo("senior"));
    }

    /// <summary>
    /// A two-column page extracted line by line puts the sidebar's degree beside a post's dates: the degree is the other
    /// column's, and the post stays work.
    /// </summary>
    [Test]
    public void A_sidebar_s_degree_beside_a_post_s_dates_is_the_other_column_s()
    {
        string text = Header + """
            EMPLOYMENT                                                       QUALIFICATIONS
            2016 – present   Independent Practice, Harrogate                 MA Integrative
                             Integrative psychotherapist and supervisor      Psychotherapy, Leeds
            Adults, individual, 14–18 client hours a week, open-             Beckett University
            ended and brief work.                                            (2005–2008)
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.9));
    }

    /// <remarks>Dates alone in a table's first cell keep the row's degree: "2014 – 2016        MA Counselling, Keele" is study.</remarks>
    [Test]
    public void A_degree_in_the_cell_after_dates_alone_is_still_study()
    {
        string text = Header + """
            EXPERIENCE
            Counsellor, Riverside Talking Therapies      Mar 2021 – date
            - Short-term counselling for adults.

            2014 – 2016              MA Counselling, Keele University
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.8));
    }

    /// <summary>A university counselling service's name wrapped after "Student" is still the service, not a student's placement.</summary>
    [Test]
    public void A_student_counselling_service_s_name_wrapped_over_a_line_is_still_the_service()
    {
        string text = Header + """
            EMPLOYMENT

            Mar 2021 – present   Counsellor, Riverside Talking Therapies

            Jan 2014 – Dec 2019   Counsellor (0.6 WTE), Student
            Counselling Service, University of Leeds
            Short-term counselling (up to 6 sessions) for students; duty counsellor one day a week.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(11.8));
    }

    static string PrisonCareer(string title) => Header + $"""
        EMPLOYMENT

        {title}	2017 to March 2024
        Led the hall staff's training in motivational interviewing for progression work and in active listening on the first night in custody.

        Unit Manager, HMP Perth	2009 to 2017
        Managed a 150-bed hall with a staff group of 42; rotas, discipline, adjudications.
        Suicide prevention co-ordinator for the establishment 2012 - 2017.
        """;

    /// <summary>A prison's own managers and officers are its staff: their active listening and MI training are custody's.</summary>
    [Test]
    public void A_prison_s_managers_are_another_trade()
    {
        var score = Score(PrisonCareer("Residential Manager (Safer Custody), HMP Perth"), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches.Select(m => m.Phrase), Has.None.EqualTo("active listening"));
    }

    /// <remarks>A prison's counsellor or addictions officer names the trade and stays in it.</remarks>
    [TestCase("Addictions Counsellor, HMP Perth")]
    [TestCase("Addictions Officer, HMP Perth")]
    public void A_prison_s_counsellor_stays_in_the_trade(string title)
    {
        var score = Score(PrisonCareer(title), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.3));
    }

    /// <summary>A dated sentence inside another trade's post tells one of its duties, not a post of its own.</summary>
    [Test]
    public void A_dated_duty_told_in_a_sentence_inside_another_trade_s_post_is_no_post()
    {
        string text = Header + """
            EMPLOYMENT

            Counsellor, Riverside Talking Therapies	Mar 2021 – present
            Short-term counselling for adults.

            Duty Manager, Westgate Leisure Centre	2009 to 2017
            Managed a team of 12 lifeguards and receptionists.
            Health and safety co-ordinator for the whole centre 2012 - 2017.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.8));
    }

    /// <summary>"Employee assistance" is the trade's own setting, not the employees of "rapport with employees".</summary>
    [Test]
    public void Rapport_with_clients_of_an_employee_assistance_programme_is_the_counsellor_s()
    {
        string text = Header + """
            EXPERIENCE
            Registered Psychotherapist (Qualifying), Clinique Rideau, Ottawa      January 2023 - March 2024
            - Individual counselling for adults under weekly supervision.
            - Consistent rapport with clients referred by the employee assistance partner; 83% attended their full block.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Has.Member("rapport"));
    }

    /// <remarks>Rapport with a firm's employees stays the false friend.</remarks>
    [Test]
    public void Rapport_with_employees_is_still_an_employer_s()
    {
        var score = Score(ReturnerWhoStates("HR business partner.") + "\n- Built rapport with employees across three sites.\n", AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Has.None.EqualTo("rapport"));
    }

    static string CounsellorWithABreak(string name, string sentence) => Header + $"""
        EMPLOYMENT

        SESSIONAL ADDICTION COUNSELLOR
        HSE Mid-West Drug and Alcohol Service
        March 2022 - to date

        {name}
        January 2020 - February 2022
        {sentence}

        ADDICTION COUNSELLOR
        Harbour Treatment Centre, Co. Clare
        September 2004 - December 2019
        """;

    /// <summary>A break named with its retirement, whose sentence tells a course taken, is no post.</summary>
    [TestCase("RETIRED / CAREER BREAK", "Retired from the centre. Minded my grandchildren and completed a Certificate in Gambling Addiction (2021).")]
    [TestCase("Career break", "Minded my grandchildren and completed a Diploma in Addiction Studies in 2021.")]
    public void A_retirement_s_break_is_no_post(string name, string sentence)
    {
        var score = Score(CounsellorWithABreak(name, sentence), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(20.1));
    }

    /// <remarks>Counselling told in the break's sentence is a post all the same.</remarks>
    [Test]
    public void Counselling_told_in_a_break_s_sentence_is_still_a_post()
    {
        var score = Score(CounsellorWithABreak("RETIRED / CAREER BREAK", "Retired from the centre but kept two addiction counselling clients a week in private practice."), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(22.3));
    }
}
