using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh87 to Fresh89 (US public systems; the UK and Ireland mainstream; francophone and
/// East Africa and humanitarian work; each run once in session 29, then read), written by hand, not copied from them. On Fresh88 the
/// keyword-block gate failed: a customer-service team leader's course under "COUNSELLING TRAINING" was read as a counselling post.
/// </summary>
public sealed class Fresh89MissesTests
{
    [Test]
    public void A_trainee_s_counselling_training_heads_study()
    {
        var score = Score(Header + """
            EXPERIENCE
            Customer Experience Team Leader, Fibrenet, Milton Keynes | Apr 2019 – Present
            • Lead a team of 12 advisers handling escalated complaints.

            COUNSELLING TRAINING
            • Level 3 course (Sept 2025 – June 2026): theory of person-centred and CBT approaches; skills practice in triads.

            CORE COMPETENCIES
            Therapeutic Alliance, Working Alliance, Active Listening, Crisis Intervention, Clinical Supervision
            """, AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
        Assert.That(score.Score, Is.LessThanOrEqualTo(17));
    }

    [TestCase("Costigan Bloodstock, Naas — Principal")]
    [TestCase("Ballyduff Stud, Co. Tipperary — Stud Hand / Yearling Prep")]
    public void The_bloodstock_trade_is_another_trade(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            {title}  (Jan 2017 – present)
            * Client retention: 70% of my clients have bought with me every year since.
            * Keep a close working alliance with consignors and stud managers.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches, Is.Empty);
    }

    [Test]
    public void A_table_row_with_its_first_cell_empty_inside_a_teacher_s_years_is_the_teacher_s()
    {
        var score = Score(Header + """
            EMPLOYMENT
            Sep 2013 – date	Counsellor, Hope Street Counselling	Manchester
            	•	Individual counselling for adults; 20 clients a week.

            EARLIER CAREER
            Sep 2005 – Jul 2013	Teacher of English (Key Stage 3-5)	Stretford High School, Trafford
            	Head of Year 9 (2009-2013). Pastoral lead for a year group of 210; link to the school counsellor.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(13.3));
    }

    [Test]
    public void A_title_s_placement_note_makes_a_placement()
    {
        var score = Score(Header + """
            Experience

            Aberdeenshire Council
            School Counsellor
            September 2022 - Present (4 years 3 months)
            - Counselling for pupils aged 10-18.

            Buchan Counselling Service
            Counsellor (Placement)
            October 2020 - June 2022 (1 year 9 months)
            - Volunteer placement for the COSCA Diploma.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
    }

    [TestCase("Special Education Paraprofessional — Denver Public Schools")]
    [TestCase("Permanency Planning Worker — CYFD Protective Services")]
    [TestCase("Qualified Intellectual Disabilities Professional — Ludeman Developmental Center")]
    public void Classroom_aides_and_child_welfare_and_disability_case_posts_are_other_trades(string title)
    {
        var score = Score(Header + $"""
            ## Experience

            ### School-Based Therapist (LPCC) — Front Range Schools
            *Aug 2024 – present*

            - Individual therapy with referred students; a working alliance with each student.

            ### {title}
            *2016 – 2023*

            - Supported students and families in crisis; referred children and parents to therapists; did not provide therapy.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.3));
    }

    [Test]
    public void A_peer_post_that_says_it_was_no_counselling_gives_no_years()
    {
        var score = Score(Header + """
            EXPERIENCE

            Behavioral Health Counselor (LPC)
            Summit County Jail Treatment Unit, Akron, OH
            2022/06 - current | full-time
            * Individual and group counseling; a working alliance with men on the unit.
            Certified Peer Recovery Supporter
            Summit County Quick Response Team
            2016/09 - 2020/08 | full-time
            * Peer work is not counseling and I did not do assessments or therapy; my job was to link people to treatment.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.5));
    }

    [Test]
    public void A_humanitarian_mhpss_counsellor_is_the_trade_s()
    {
        var score = Score(Header + """
            Experience

            International Medical Corps
            MHPSS Counsellor
            June 2024 - February 2025 (9 months)
            - Crisis intervention and a working alliance with refugee clients in Adré, Chad.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(0.8));
        Assert.That(score.Matches.Select(m => m.Phrase), Does.Contain("crisis intervention"));
    }

    [Test]
    public void A_monitoring_and_evaluation_officer_on_an_mhpss_project_is_another_trade()
    {
        var score = Score(Header + """
            Period	Position	Organisation / Location
            Feb 2022 – Present	MEAL Officer – MHPSS and Protection	International NGO, Nakivale Refugee Settlement
            •	Analysed client retention across the five PM+ sessions by counsellor; managed the client feedback hotline.

            CORE COMPETENCIES
            Therapeutic Alliance | Active Listening | Crisis Intervention | Motivational Interviewing
            """, AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
        Assert.That(score.Score, Is.LessThanOrEqualTo(15));
    }
}
