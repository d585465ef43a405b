using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh100 (Central and Eastern Europe, the Balkans), run once in session 31 and then
/// read, written by hand, not copied from it.
/// </summary>
public sealed class Fresh100MissesTests
{
    [TestCase("dosud")]
    [TestCase("obecnie")]
    [TestCase("jelenleg")]
    [TestCase("danas")]
    [TestCase("до момента")]
    [TestCase("до теперішнього часу")]
    [TestCase("până în prezent")]
    public void A_post_held_now_in_a_central_or_eastern_european_language_runs_to_today(string now)
    {
        var score = Score(Header + $"""
            WORK EXPERIENCE

            09.2016 – {now}
            Addiction therapist, outpatient team – Centre for Addictions, Brno
            - Individual and group therapy; a working alliance with each client from the first session.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.3));
    }

    [Test]
    public void A_year_written_as_an_ordinal_with_its_dot_still_starts_a_range()
    {
        var score = Score(Header + """
            RADNO ISKUSTVO | EXPERIENCE

            Savjetnica (Counsellor) | Counselling centre for women, Zagreb | 3/2017. – 9/2019.
            - Individual counselling for survivors of domestic violence; building a therapeutic relationship with each.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.6));
    }

    [Test]
    public void A_summary_s_sentence_with_years_in_parentheses_is_no_post_when_a_work_section_dates_the_posts()
    {
        var score = Score(Header + """
            SUMMARY
            Psychologist with two careers behind one name: five years in retail selection (2012-2017), then counselling of
            survivors of violence.

            EXPERIENCE

            Counsellor | Women's counselling centre, Zagreb | 3/2020 – 2/2023
            - Individual counselling; a therapeutic relationship built with women who had been disbelieved.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.0));
    }

    [TestCase("Psihologinja za selekciju (HR Psychologist - Selection) | Konzum d.d. (retail), Zagreb")]
    [TestCase("Psycholog ds. rekrutacji – Bank Pekao, Warszawa")]
    public void A_selection_psychologist_s_post_is_another_trade_s(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            Counsellor | Women's counselling centre, Zagreb | 3/2020 – 2/2023
            - Individual counselling; a therapeutic relationship built with women who had been disbelieved.

            {title} | 9/2012 – 2/2017
            - Psychological testing and interviews for store managers; feedback to candidates.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.0));
    }

    [Test]
    public void A_post_and_its_employer_on_a_long_line_under_the_dates_title_the_role()
    {
        var score = Score(Header + """
            PROFESSIONAL EXPERIENCE

            09.2018 – 08.2024
            Neurologopeda (Speech and Language Therapist) – Centrum Rehabilitacji Dzieci "Krok po Kroku", Łódź
            	Therapeutic relationship with the child and parents is the base of speech therapy.
            	Individual treatment planning for articulation and feeding.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Score, Is.EqualTo(0));
    }

    [Test]
    public void A_research_post_that_says_it_holds_no_counseling_role_is_no_counseling()
    {
        var score = Score(Header + """
            EXPERIENCE

            09/2022 – 08/2024
            School psychologist – Primary school "Vuk Karadžić", Belgrade
            - Individual counseling of pupils; a working alliance with each pupil and their parents.

            03/2020 – 08/2022
            Saradnik za istraživanje (Research Assistant) – Institut za psihologiju, Beograd
            - Data collection for the project "Mental health of adolescents"; no counseling role
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.0));
    }
}

/// <summary>
/// The general causes behind the misses of Fresh101 (mainstream US exports), run once in session 31 and then read, written by
/// hand, not copied from it.
/// </summary>
public sealed class Fresh101MissesTests
{
    [Test]
    public void A_field_s_own_experience_heading_heads_work()
    {
        var score = Score(Header + """
            CERTIFICATION
            Georgia Professional Standards Commission: School Counseling (P-12), valid through 2028

            SCHOOL COUNSELING EXPERIENCE

            Professional School Counselor		July 2023 – Present
            Etowah Ridge Middle School, Canton, GA
            • Individual counseling for a caseload of 430 students; rapport first, then a working alliance with each.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.4));
    }

    [Test]
    public void A_box_drawn_table_s_date_cell_wrapped_under_its_start_dates_the_post()
    {
        var score = Score(Header + """
            EXPERIENCE

            +------------------+------------------------------------------------+
            | Jul 2022 –       | ASSOCIATE MARRIAGE AND FAMILY THERAPIST        |
            | Mar 2024         | Valle Verde Family Services, Fresno, CA        |
            +------------------+------------------------------------------------+
            • Family therapy for youth and caregivers; a therapeutic bond with teens referred by probation.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(1.8));
    }

    [Test]
    public void A_summer_camp_s_posts_with_campers_in_their_lines_are_the_camp_s()
    {
        var score = Score(Header + """
            EXPERIENCE

            ASSISTANT DIRECTOR (year-round)					Sept. 2021 - present
            Camp Winnaki for Boys and Girls, Raymond, ME
              o  Staff orientation on professional boundaries between counselors and campers.
              o  Trained unit leaders in active listening with homesick campers; lead crisis intervention protocols.

            CAMP COUNSELOR / SENIOR COUNSELOR					Summers 2014 - 2017
            Camp Winnaki
              o  Cabin counselor for 8-10 campers; built rapport with first-year campers.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Score, Is.EqualTo(0));
    }

    [Test]
    public void A_base_named_camp_keeps_its_counselor()
    {
        var score = Score(Header + """
            EXPERIENCE

            Substance Abuse Counselor, Camp Lejeune					Sept. 2021 - present
            Marine Corps Substance Abuse Counseling Program
              o  Individual counseling for Marines; a working alliance built before any talk of their command.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.3));
    }

    [Test]
    public void A_travel_agency_s_counselor_is_another_trade_and_a_result_s_years_in_a_bullet_are_no_post()
    {
        var score = Score(Header + """
            PROFESSIONAL EXPERIENCE
            2019 - present	AAA Travel (The Auto Club Group)
            Bloomington, MN branch	Senior Travel Counselor
            - $2.4M annual sales, top 5 of 61 counselors in the region three years running (2022-2024).
            - Build rapport with members at branch walk-ins and travel shows.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Score, Is.EqualTo(0));
    }
}

/// <summary>
/// The general causes behind the misses of Fresh102 (Australia and New Zealand), run once in session 31 and then read, written by
/// hand, not copied from it.
/// </summary>
public sealed class Fresh102MissesTests
{
    [Test]
    public void Statutory_child_protection_titled_before_its_employer_on_a_long_line_is_another_trade()
    {
        var score = Score(Header + """
            EXPERIENCE

            01/2009 – 06/2016
            Senior Mental Health Clinician (Social Worker), Child and Adolescent Mental Health Service
              -  Individual and family therapy; a working alliance with each young person.

            02/2004 – 12/2008
            Child Safety Officer, Child Safety Service (Department of Health and Human Services, TAS)
              -  Statutory child protection investigations and case management; court reports.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.5));
    }

    [Test]
    public void An_insurer_s_case_manager_who_says_he_is_no_clinician_is_another_trade()
    {
        var score = Score(Header + """
            EXPERIENCE

            Recovery Partner – Sensitive Claims                        March 2021 – present
            ACC, Wellington
            - Work beside the counsellors whose plans I fund; I am not a clinician.
            - Careful to respect the therapeutic relationship between the client and their counsellor.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Score, Is.EqualTo(0));
    }

    [Test]
    public void A_family_dispute_resolution_practitioner_is_a_mediator()
    {
        var score = Score(Header + """
            EXPERIENCE

            Relationship Counsellor                                          Jul '21 – current
            Family Relationship Centre, Newcastle
               Couples counselling; the therapeutic alliance with both partners first.

            Family Dispute Resolution Practitioner                            Jul '19 – Jun '21
            Family Relationship Centre, Newcastle
               Intake and screening of parents referred by the family counselling service.
               Built rapport with both parents at separate intake sessions before any joint session.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "rapport"), Is.Empty);
    }

    [Test]
    public void A_resume_from_australia_reads_a_whole_date_that_could_be_either_day_first()
    {
        var score = Score("""
            LUCY HARCOURT
            Relationship Counsellor
            Merewether NSW 2291  •  0402 778 159  •  lucy@example.com

            EXPERIENCE

            Relationship Counsellor                                   1/7/2021 – current
            Relationships Australia, Newcastle
            - Couples counselling; the therapeutic alliance with both partners first.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.4));
    }

    [Test]
    public void A_us_resume_reads_the_same_date_month_first()
    {
        var score = Score("""
            LUCY HARCOURT
            Relationship Counselor
            Dayton, OH 45402  •  (937) 555-0159  •  lucy@example.com

            EXPERIENCE

            Relationship Counselor                                    1/7/2021 – current
            Family Service Agency, Dayton
            - Couples counseling; the therapeutic alliance with both partners first.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.9));
    }
}
