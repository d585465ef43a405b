using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh98 (sub-Saharan Africa and the Caribbean) and Fresh99 (Canada and Quebec), each run
/// once in session 30 and then read, written by hand, not copied from them.
/// </summary>
public sealed class Fresh98MissesTests
{
    [Test]
    public void A_post_held_with_effect_from_a_date_runs_to_today()
    {
        var score = Score(Header + "EMPLOYMENT RECORD\n\n"
            + "W.E.F. 01/01/2024\t\tCOUNSELLOR & FOUNDER (full-time)\n"
            + "To date\t\t\t[Private counselling practice], Woodlands, Lusaka\n"
            + "\t\t\t- Individual and couples counselling; a therapeutic alliance with each client.\n", AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.9));
    }

    [Test]
    public void A_school_s_guidance_officer_is_the_trade_s()
    {
        var score = Score(Header + """
            EXPERIENCE

            Guidance Officer II
            Student Support Services Division, Ministry of Education, Port of Spain
            08/2020 – Present
            • Individual and group counselling for secondary students; crisis intervention after critical incidents.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.3));
    }

    [TestCase("Psychoéducatrice, équipe Santé mentale jeunesse (12-17 ans)")]
    [TestCase("Sexologue clinicienne")]
    [TestCase("Conseillère d'orientation")]
    [TestCase("Travailleuse sociale, équipe santé mentale adulte")]
    public void Quebec_s_helping_professions_in_french_are_the_trade_s_and_depuis_dates_them(string title)
    {
        var score = Score(Header + $"""
            EXPÉRIENCE PROFESSIONNELLE

            {title}                      depuis sept. 2022
            CIUSSS de l'Estrie – CHUS, CLSC de Sherbrooke
            - Suivi individuel d'adolescents ; établir une alliance avec chaque jeune.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
    }

    [Test]
    public void A_word_table_s_one_cell_row_heads_a_section()
    {
        var score = Score(Header + """
            | EXPÉRIENCE PROFESSIONNELLE |

            | janv. 2024 - présent | Sexologue clinicienne
            |                      | Clinique Sexo-Santé Vieux-Québec
            |                      | • Thérapie sexologique individuelle et de couple ; la relation thérapeutique d'abord.

            | FORMATION / SCOLARITÉ |

            | 2020 – 2022 | Maîtrise en sexologie, profil clinique (M.A.), UQAM
            | 2017 – 2020 | Baccalauréat en sexologie, UQAM
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.9));
    }

    [Test]
    public void Years_in_recovery_said_of_oneself_are_no_years_at_work()
    {
        var score = Score(Header + """
            PROFILE
            Addictions counsellor. I am in long-term recovery myself (13 years) and bring that lived experience to the work.

            EXPERIENCE
            Addictions Counsellor                               Mar. 2024 – Present
            Verdun House, Bridgetown
            - Individual and group counselling in a residential programme; motivational interviewing.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.8));
    }

    [TestCase("01.04.20 - 31.12.23")]
    [TestCase("01/04/20 - 31/12/23")]
    public void Whole_dates_with_two_digit_years_date_a_post(string range)
    {
        var score = Score(Header + $"EMPLOYMENT RECORD\n\n{range}\tCOUNSELLOR\n\t\t[Clinic], Lusaka\n"
            + "\t\t- Counselling for adults; a therapeutic alliance with each client.\n", AsOf2026);

        // April 2020 to December 2023: a day first, as the end's "31" shows the resume writes it.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    [Test]
    public void A_non_clinical_management_post_shows_no_counselling()
    {
        var score = Score(Header + "EMPLOYMENT RECORD\n\n"
            + "01.07.15 - 31.03.20\tGBV COUNSELLOR\n\t\t[Women's shelter], Lusaka\n\t\t- Trauma counselling for survivors; a therapeutic alliance.\n\n"
            + "01.04.20 - 31.12.23\tPROGRAMME MANAGER - GBV PREVENTION & RESPONSE\n\t\t[International NGO], Lusaka\n"
            + "\t\t- Non-clinical management role; no caseload. Managed a 4-year grant and 28 staff; joint case management with partners.\n", AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.8));
    }
}
