using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh61's misses (Europe, bilingual; run once as session 27's held-back check on b426410, then read),
/// written by hand, not copied from it: a Dutch GP practice's "POH-GGZ", an unknown title, left a senior's whole page outside the
/// trade (score 0); a supervisor and lecturer at an "Institut für Verhaltenstherapie" read as a lecturer of another subject; a French
/// holiday-centre youth leader's summers ("Animatrice BAFA") counted as a psychologist's years; "a working alliance between the
/// international offices" read as the trade's.
/// </summary>
public sealed class Fresh61MissesTests
{
    [Test]
    public void A_dutch_gp_practice_s_mental_health_worker_is_in_the_trade()
    {
        string text = Header + """
            Work experience

            03/2018 – heden (present)
            POH-GGZ (24 hours/week), Huisartsenpraktijk De Linde, Utrecht
            •	Around 14 consultations per week with adults: anxiety, low mood, grief, problem drinking.
            •	We agree the treatment goals together; motivational interviewing with patients who drink too much.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.8));
        Assert.That(score.Score, Is.GreaterThan(0));
    }

    [Test]
    public void A_supervisor_at_a_german_psychotherapy_institute_keeps_the_trade()
    {
        string text = Header + """
            WORK EXPERIENCE
            01/10/2019 – Present	Supervisor and lecturer (freelance), Institut für Verhaltenstherapie Berlin-Brandenburg
            	▪ Clinical supervision of psychotherapists in training (6–8 supervisees per year).
            	▪ Teach the seminar "The therapeutic relationship in CBT", including countertransference.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Does.Contain("therapeutic relationship"));
    }

    [Test]
    public void A_holiday_centre_youth_leader_s_summers_are_no_psychologist_s_years()
    {
        string text = Header + """
            EXPÉRIENCE
            Psychologue clinicienne, CMP Adultes, Lyon
            Sept. 2020 – aujourd'hui
            • Entretiens individuels; psychothérapie de soutien; alliance thérapeutique with each patient.

            Animatrice BAFA en centres de loisirs
            2012 – 2016
            • Groupes d'enfants de 6 à 12 ans; informal counselling and listening for the older ones.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.3));
    }
}
