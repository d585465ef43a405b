using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 25's Fresh49 (run once on 6cf9550, then read), written by hand, not copied from it: a career
/// break named in a table's cell counted as a post; a peer post whose employer's note names mental health counted beside a later
/// counsellor's post; an audiologist's "Clinical Intern" year put her audiology career in the trade.
/// </summary>
public sealed class Fresh49MissesTests
{
    /// <remarks>The table's cells are separated by tab characters, as a Word export writes them.</remarks>
    [Test]
    public void A_break_named_in_a_table_s_cell_is_no_post()
    {
        string text = Header + """
            EXPERIENCE
            Dates	Employer	Role
            Sep 2023 – present	University of the West of England	Student Wellbeing Counsellor (0.8 FTE)
            Aug 2020 – Aug 2023	Career break	Full-time carer for my father; kept up CPD in bereavement counselling
            Mar 2019 – Jul 2020	Validium EAP (affiliate network)	Sessional Counsellor
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.7));
    }

    [Test]
    public void A_peer_post_s_employer_note_names_no_post_beside_it()
    {
        string text = Header + """
            EXPERIENCE
            Kaitohutohu / Counsellor, Te Whare Awhina Rangatahi Trust      March 2023 - current
            - Counselling with rangatahi; the working alliance is checked at every session.

            Peer Support Worker, Hauora Peer Network (mental health NGO)      March 2016 - December 2019
            - One-to-one peer support using my lived experience of recovery.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    [Test]
    public void Another_trade_s_clinical_intern_year_is_that_trade_s()
    {
        string text = Header + """
            EXPERIENCE
            ### Senior Clinical Audiologist & Clinic Manager — ClearSound Hearing, Toowoomba
            *Jul 2020 – Present*
            - Person-centered care for adults fitting hearing aids; shared decision making on devices.

            ### Clinical Intern (CCP provisional year) — Hearing Australia, Brisbane
            *Jan 2015 – Dec 2015*
            - Completed the Audiology Australia Clinical Certification Program under supervision.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
        Assert.That(Evidence(score), Is.Empty);
    }

    [Test]
    public void A_counselling_student_s_clinical_intern_year_stays_the_trade_s()
    {
        string text = Header + """
            EXPERIENCE
            ### Store Manager — Harvey Norman, Toowoomba
            *Jul 2016 – Jun 2024*
            - Ran a team of 20; built rapport with customers.

            ### Clinical Intern — Riverside Counselling Centre, Brisbane
            *Jan 2025 – Dec 2025*
            - Individual counselling sessions with adult clients under supervision; the working alliance comes first.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo(Levels.Junior));
    }
}
