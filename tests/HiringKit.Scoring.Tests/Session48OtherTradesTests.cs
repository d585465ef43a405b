using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 48: resumes of business and service trades whose own working relationships use the glossary's words (a maritime
/// pilot's "working alliance with the master", a mountain guide's "trust building" with clients on the rope, a customs broker's
/// "client retention"), read after the corpus report showed them still matching.
/// </summary>
public sealed class Session48OtherTradesTests
{
    /// <summary>Dates on a line of their own over each post, as a Norwegian CV has them (Fresh117, t03).</summary>
    const string StatePilot = """
        Eirik Haugen
        Bergen, Norway | eirik.haugen@example.no | +47 912 34 567

        SUMMARY
        State pilot with twelve years of pilotage in the Bergen fairways, and eight years at sea before that.

        WORK EXPERIENCE

        01.03.2014 – present
        Los (State Pilot), Kystverket Vest, Bergen losstasjon
        - Pilotage of tankers and cruise ships up to 300 m; approx. 180 acts of pilotage per year.
        - The working alliance with the master and officer of the watch decides the trip.
        - Trust building with the master on foreign-flagged ships; rapport with masters new to the fjord.

        aug. 2006 – feb. 2014
        Kaptein (Master), PSV/AHTS, Solstad Offshore ASA, Skudeneshavn
        - Master on platform supply and anchor-handling vessels in the North Sea.
        """;

    /// <summary>
    /// A page whose posts are another trade's, or name no trade, and whose lines nowhere show counselling: the synonym is that
    /// trade's word for its own working relationship, and puts no counselling on the page (Fresh117, t03; Fresh109, t02).
    /// </summary>
    [Test]
    public void A_pilots_working_alliance_with_the_master_is_no_counselors()
    {
        var score = Score(StatePilot, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Band, Is.EqualTo(Bands.None));
        Assert.That(score.Level.Level, Is.Null);
    }

    [Test]
    public void A_guides_summary_alliance_with_clients_on_the_rope_is_the_guides()
    {
        var score = Score(Header + """
            PROFILE
            Mountain guide for twelve years. Trust building starts in the hut the night before, and a working alliance with
            each client on the rope is what gets a party up and down safely.

            EXPERIENCE

            Mountain Guide (self-employed), Verbier                          2014 – Present
            - Guided ascents of the Matterhorn, Dent Blanche and the Haute Route; 60 guiding days a season.

            Ski Instructor, Swiss Ski School Nendaz                          2006 – 2010
            - Private and group lessons for beginners and children.
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
    }

    /// <summary>A counselor who was a maritime pilot keeps her counselling post's phrases: her page shows the trade.</summary>
    [Test]
    public void A_counselor_who_was_a_pilot_keeps_her_alliance()
    {
        var score = Score(StatePilot.Replace("WORK EXPERIENCE\n", """
            WORK EXPERIENCE

            Jan 2024 – present
            Mental Health Counselor, Fjordside Counselling Centre
            - Individual counselling for adults; the working alliance is built in the first sessions.

            """), AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("working alliance"));
    }

    /// <summary>A post whose lines tell counselling done keeps the synonym, however its title reads (issue 16, item 3).</summary>
    [Test]
    public void A_post_whose_lines_tell_counselling_done_keeps_the_alliance()
    {
        var score = Score(StatePilot.Replace("WORK EXPERIENCE\n", """
            WORK EXPERIENCE

            Jan 2024 – present
            Wellbeing Lead, Fjordside Academy
            - Weekly one-to-one counselling sessions with students referred for anxiety; a working alliance built over the term.

            """).Replace("The working alliance with the master", "The exchange with the master"), AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("working alliance"));
    }

    /// <summary>A keyword list's synonyms are a stuffer's claim of the trade, read as the lists always were (s07).</summary>
    [Test]
    public void A_keyword_lists_synonym_still_puts_the_trade_on_the_page()
    {
        var score = Score(StatePilot + """

            SKILLS
            Working alliance, therapeutic relationship, rapport, active listening, empathy, crisis intervention
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("therapeutic relationship"));
    }

    /// <summary>
    /// A list of mandates under the post applied for, each bullet dated and titled: a Belgian councillor's "Conseillère communale" and
    /// "Échevine" are elected office, in French with its accents, and each bullet is a post of its own, not the applied-for post's
    /// (Fresh109, t11). A psychologist before her mandates, she keeps her years; the mandates' soft skills are the office's.
    /// </summary>
    [Test]
    public void A_councillors_mandates_under_the_post_applied_for_are_elected_office()
    {
        var score = Score("""
            Véronique Lambert
            Rue de Heusy 12, 4800 Verviers • +32 476 55 19 04 • veronique.lambert@example.be

            Candidature : Directrice de la coordination sociale – Plan de cohésion sociale 2026-2031

            === MANDATS ET FONCTIONS ===

            * déc. 2024 – aujourd'hui : Conseillère communale (opposition), Ville de Verviers
              - Weekly office hours in the districts: active listening to residents' complaints
            * déc. 2018 – déc. 2024 : Échevine de la Cohésion sociale et du Logement, Ville de Verviers
              - Crisis intervention during the July 2021 floods: coordination of the emergency shelter
              - Empathy and firmness with the families of a squat (expulsion avoided, 2022)

            === PARCOURS PROFESSIONNEL AVANT LE MANDAT ===

            * sept. 2008 – août 2018 : Psychologue / School Psychologist, Centre PMS de Verviers
              - Individual counselling sessions with pupils and their families; caseload of 40.
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
    }

    /// <summary>Under a post of the trade, a dated bullet naming another trade's post stays that post's, as it always was.</summary>
    [Test]
    public void A_dated_bullet_under_a_counselors_post_stays_the_counselors()
    {
        var score = Score(Header + """
            EXPERIENCE

            Licensed Professional Counselor, Riverbend Counseling Center            2015 – Present
              - Individual counseling for adults with anxiety and depression; caseload of 28.
              - 2020 – 2021: Acting Practice Manager during the director's leave
              - Built rapport with clients referred by their primary care physicians.
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("rapport"));
    }

    /// <summary>
    /// Dates in a bullet about others' work under an alderwoman's post, the block read from the wrapped line of the bullet above:
    /// the psychologists she commissioned made a post "titled in the trade" of her bullets, and the rest of her mandate's soft skills
    /// its (Fresh109, t11). The bullets are her mandate's.
    /// </summary>
    [Test]
    public void Dates_in_a_bullet_under_a_wrapped_bullet_stay_in_the_post_above()
    {
        var score = Score("""
            Véronique Lambert
            Rue de Heusy 12, 4800 Verviers • +32 476 55 19 04 • veronique.lambert@example.be

            === MANDATS ET FONCTIONS ===

            * déc. 2018 – déc. 2024 : Échevine de la Cohésion sociale et du Logement, Ville de Verviers
              - Crises :
                > Set up, with the CPAS, the police and the Red Cross, a joint housing cell
                  between the agencies for the 18 months of rehousing
                > Commissioned a free psychological support service for flood victims (3 psychologists
                  seconded by the region, 2021-2023) - I signed the convention, I did not do consultations
              - Trust building between the town hall and the flood-hit streets: monthly public meetings
              - Empathy and firmness with the families of a squat (expulsion avoided, 2022)

            * sept. 2001 – août 2018 : Institutrice primaire, École communale de Heusy (P3-P6)
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Level.Level, Is.Null);
    }
}
