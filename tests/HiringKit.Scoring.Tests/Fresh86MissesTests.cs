using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh83 to Fresh86 (German-speaking, Nordic and Benelux; India, Pakistan, Sri Lanka and
/// the Gulf; creative and outdoor modalities; crisis and helpline work; each run once in session 29, then read), written by hand,
/// not copied from them.
/// </summary>
public sealed class Fresh86MissesTests
{
    [TestCase("GZ-psycholoog, PsyQ Utrecht")]
    [TestCase("Legitimerad psykolog, Vårdcentralen Gränby")]
    [TestCase("Psykoterapeut, Oslo universitetssykehus")]
    public void Dutch_and_Nordic_psychologists_and_psychotherapists_are_the_trade_s(string title)
    {
        var score = Score(Header + $"""
            WORK EXPERIENCE
            [ 01/09/2016 – 28/02/2019 ] {title}
            Outpatient treatment of adults with anxiety and depression.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.5));
    }

    [Test]
    public void Whole_dates_written_with_hyphens_date_a_post()
    {
        var score = Score(Header + """
            WORK EXPERIENCE
            01-04-2021 – heden	Psychotherapeut, Praktijk De Linde	Individual psychotherapy for adults.
            01-09-2017 – 31-03-2021	Counsellor, Hope Street Counselling Centre	Short-term counselling for 20 clients a week.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.3));
    }

    [TestCase("pågående")]
    [TestCase("nu")]
    [TestCase("aktuell")]
    public void Nordic_and_German_words_for_ongoing_end_a_post_held_now(string ongoing)
    {
        var score = Score(Header + $"""
            ARBETSLIVSERFARENHET / EXPERIENCE
            2023-09 – {ongoing}
            Counsellor, Vårdcentralen Gränby, Region Uppsala
            - Short-term counselling for adults referred by GPs; about 20 patient visits a week.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.3));
    }

    [TestCase("AUSBILDUNG")]
    [TestCase("UTBILDNING")]
    [TestCase("Opleiding")]
    public void German_Dutch_and_Nordic_study_headings_head_study(string heading)
    {
        var score = Score(Header + $"""
            BERUFSERFAHRUNG
            07/2019 – heute Psychotherapeutin in freier Praxis, Wien
            – Systemic psychotherapy with adults and families.

            {heading}
            2011 – 2019     Psychotherapeutisches Fachspezifikum, Systemische Familientherapie, Wien
            2007 – 2009     Diplomlehrgang Lebens- und Sozialberatung (psychosocial counselling), Wien
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.4));
    }

    [TestCase("Senior zorginkoper GGZ (healthcare purchaser, mental health), Menzis")]
    [TestCase("Handläggare sjukpenning (case officer, sickness benefit), Försäkringskassan")]
    public void A_purchaser_of_care_or_a_benefits_case_officer_is_another_trade(string title)
    {
        var score = Score(Header + $"""
            WORK EXPERIENCE
            2014-09 – 2021-12
            {title}
            - Contract conditions on measurement-based care and session rating scale data from mental health providers.
            - Used motivational interviewing in return-to-work meetings with sick-listed clients.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches, Is.Empty);
    }

    /// <summary>
    /// In a page's right-hand column a break's wrapped sentence reads as one: "completed the family" over "therapy certificate
    /// online" is a course taken, and "family" names the course's kind, not people served.
    /// </summary>
    [Test]
    public void A_course_taken_in_a_break_in_the_right_hand_column_is_no_counselling()
    {
        var score = Score(Header + """
            Annie Varghese

            CONTACT
            Muscat, Oman                             PROFESSIONAL EXPERIENCE
            +968 9555 0101
            annie@example.com                        Clinical Counsellor
                                                     Al Noor Clinic, Muscat
            SKILLS                                   03/01/2018 - till date
            Counselling                              - Individual counselling for expatriate adults.
            Assessment
            Case notes                               Career break
                                                     05/2016 - 12/2017
            LANGUAGES                                Relocation on spouse's transfer and
            English                                  care of our younger child; completed the family
            Malayalam                                therapy certificate online during this time.

                                                     Counsellor, Department of Psychiatry
                                                     Sacred Heart Hospital, Kerala
                                                     01/07/2011 - 30/04/2016
                                                     - Counselling for psychiatry OPD and inpatient referrals.

            EDUCATION
            MSW, Rajagiri College, 2010
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(13.8));
    }

    [Test]
    public void A_job_board_s_years_of_experience_field_beside_another_trade_s_post_is_the_whole_career_s()
    {
        var score = Score(Header + """
            Years of Experience: 9 Years

            EXPERIENCE
            Counselling Psychologist, Serene Minds Clinic, Dubai
            February 2023 to Present
            - Individual therapy for adults and couples.

            HR Executive, Crescent Textile Mills, Lahore
            August 2014 to July 2018
            - Recruitment, payroll and employee relations.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    [TestCase("close to")]
    [TestCase("just under")]
    public void Years_stated_as_close_to_a_number_are_fewer(string qualifier)
    {
        var score = Score(Header + $"""
            SUMMARY
            Counsellor with {qualifier} five years of clinical counselling experience in Lahore and Dubai.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.5));
    }

    static string PracticeBesideALeave(string note) => Header + $"""
        EXPERIENCE
        Music Therapist, Montfort Hospital                       Jan 2021 – Jun 2023
        • Individual and group music therapy on the adolescent unit.

        Parental leave / Congé parental                          Jul 2023 – Jun 2024

        Private Practice – Tremblay Musicothérapie (part-time)    Sep 2022 – Jun 2026
        Ottawa / Gatineau (virtual and in person{note})
        """;

    [Test]
    public void A_leave_dated_on_its_own_is_taken_off_a_post_that_paused_for_it() =>
        Assert.That(Score(PracticeBesideALeave("; paused during parental leave"), AsOf2026).Level.YearsOfExperience, Is.EqualTo(4.5));

    [Test]
    public void A_post_that_says_nothing_of_a_leave_beside_it_keeps_its_months() =>
        Assert.That(Score(PracticeBesideALeave(""), AsOf2026).Level.YearsOfExperience, Is.EqualTo(5.5));

    [TestCase("Surf Mentor, Wild Atlantic Surf Therapy CLG")]
    [TestCase("Surf Coach, Ocean Minds Surf Therapy")]
    public void A_surf_therapy_programme_s_mentor_or_coach_is_another_trade(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            2019 - present (volunteer, Saturdays April-October)
            {title}
            - One of 12 volunteer mentors on a surf therapy course for young people referred by CAMHS.
            - The programme's psychologist and youth workers hold the therapeutic relationship; mentors keep the group safe.
            """, AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
    }
}
