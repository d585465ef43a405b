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
}
