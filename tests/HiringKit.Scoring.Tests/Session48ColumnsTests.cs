using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 48: pages in two columns whose sidebar stood beside the work line by line and was read across it: a "|" rule drawn
/// between the columns (Fresh239, t08), and a sidebar narrower than a right-hand column was read at (Fresh240, t06). Read across,
/// no post of the work column was read, and another trade's bullets stood under the sidebar's headings.
/// </summary>
public sealed class Session48ColumnsTests
{
    const string RuledEngineer = """
        Dipl.-Ing. Stefan Brandt                                                    Lebenslauf
        Bauingenieur

        ---------------------------------------------------------------------------------------
        ZUR PERSON /              | BERUFSERFAHRUNG / EXPERIENCE
        PERSONAL DETAILS          |
                                  | 04.2016 – heute
        Stefan Brandt             | Projektleiter Instandsetzung / Project Manager, Concrete Repair
        Holstenstraße 12          | Ingenieurbüro Nord Bauwerkserhaltung GmbH, Kiel
        24103 Kiel                | – Condition surveys of parking garages and bridges; chloride
                                  |   profiles and carbonation depth; 30 structures per year
        Tel. +49 431 555 210      | – Treatment planning for concrete surfaces: coatings and
        s.brandt@web.de           |   cathodic protection zones for each deck
                                  | – Client retention: 8 of 10 housing companies came back
        SPRACHEN / LANGUAGES      |   after their first repair project
        Deutsch – Muttersprache   |
        Englisch – fließend       | 09.2009 – 03.2016
                                  | Bauleiter / Site Manager
        FACHKENNTNISSE / SKILLS   | Bauunternehmung Hansen GmbH & Co. KG, Lübeck
        Betoninstandsetzung       | – Site management of repair works on bridges and quay walls
        AutoCAD, Allplan          | – Acceptance testing of repair mortars on site
        ---------------------------------------------------------------------------------------
        """;

    [Test]
    public void Another_trades_bullets_beside_a_sidebar_set_off_by_a_rule_are_that_trades()
    {
        var score = Score(RuledEngineer, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase is "treatment planning" or "client retention"), Is.Empty);
    }

    [Test]
    public void A_counsellors_posts_beside_a_sidebar_set_off_by_a_rule_are_read_as_posts()
    {
        var score = Score("""
            Dipl.-Psych. Anna Keller                                               Lebenslauf
            Psychologische Psychotherapeutin (Verhaltenstherapie)

            ---------------------------------------------------------------------------------------
            ZUR PERSON /              | BERUFSERFAHRUNG / EXPERIENCE
            PERSONAL DETAILS          |
                                      | 04.2016 – heute
            Anna Keller               | Psychologische Psychotherapeutin, eigene Praxis, Freiburg
            Wiehre 12                 | – Einzeltherapie mit Erwachsenen; therapeutic alliance
            79100 Freiburg            |   measured each session (SRS), ruptures repaired openly
                                      | – 28 Patientinnen und Patienten pro Woche
            Tel. +49 761 555 210      |
            a.keller@web.de           | 09.2012 – 03.2016
                                      | Psychologin in Ausbildung zur Psychotherapeutin (PiA)
            SPRACHEN / LANGUAGES      | Zentrum für Psychiatrie Emmendingen
            Deutsch – Muttersprache   | – Einzel- und Gruppentherapie auf der Station
            Englisch – fließend       | – Diagnostik und Therapieplanung unter Supervision
                                      |
            FACHKENNTNISSE / SKILLS   |
            Verhaltenstherapie        |
            Schematherapie            |
            ---------------------------------------------------------------------------------------
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "therapeutic alliance"), Is.Not.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(14.3).Within(0.1));
    }

    [Test]
    public void A_post_since_a_date_opening_the_ruled_work_column_is_read()
    {
        var score = Score("""
            Claire Morel                                                         CV
            Psychologue clinicienne

             CONTACT                          | EXPÉRIENCE PROFESSIONNELLE
             06 71 55 48 20                   |
             claire.morel@mail.fr             | Depuis sept. 2019   PSYCHOLOGUE CLINICIENNE
             69003 Lyon                       |                     Centre médico-psychologique
             Permis B                         |                     adultes, Lyon 3e
                                              | - Psychothérapies individuelles : the therapeutic
             LANGUES                          |   alliance comes first, 22 patients a week
             Français   langue maternelle     | - Bilans psychologiques et groupes de parole
             Anglais    courant               |
                                              | Oct. 2015 – août 2019   PSYCHOLOGUE
             COMPÉTENCES                      |                         Clinique du Parc, Lyon
             TCC, EMDR                        | - Entretiens cliniques et suivis individuels
             Bilans (WAIS-IV)                 | - Groupes thérapeutiques en addictologie
                                              |
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(11.1).Within(0.1));
    }

    const string NarrowSidebarMerchandiser = """
        JORDAN KLASSEN
        Grain Merchandiser

        CONTACT              PROFILE
        Swift Current, SK    Grain merchandiser with 10 years at country
        306-555-0100         elevators in south-west Saskatchewan. I buy
        jklassen@mail.ca     wheat, canola and peas from 300 farm families.

        LICENCES             EXPERIENCE
        CGC Licensed         Prairie Grain Terminal Ltd. - Dunelm, SK
        Primary Elevator     Grain Merchandiser
        Operator             2016 - present
                             - Originate 180,000 t a year; manage basis and
        SKILLS               deliveries for 140 accounts.
        Basis & hedging      - Trust building with growers after the 2019 price
        Grain grading        crash: one-on-one yard visits, honest numbers.
        Excel (advanced)     - Handled client feedback on dockage and grade
                             disputes with the inspectors.

        LANGUAGES            Richardson Pioneer - Swift Current, SK
        English              Grain Buyer
        Plautdietsch         2012 - 2016
                             - Scale house, grading and grower settlements.
        """;

    [Test]
    public void Another_trades_bullets_beside_a_narrow_sidebar_are_that_trades()
    {
        var score = Score(NarrowSidebarMerchandiser, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase is "trust building" or "client feedback"), Is.Empty);
    }

    [Test]
    public void A_counsellors_posts_beside_a_narrow_sidebar_are_read_as_posts()
    {
        var score = Score("""
            MORGAN FRIESEN
            Registered Clinical Counsellor

            CONTACT              PROFILE
            Regina, SK           Counsellor with 9 years in community mental
            306-555-0101         health with adults and couples, most of
            mfriesen@mail.ca     them farm families.

            LICENCES             EXPERIENCE
            RCC (BCACC)          Prairie Family Counselling - Regina, SK
            CCC (CCPA)           Registered Clinical Counsellor
                                 2019 - present
            SKILLS               - Individual and couples counselling, 25
            EFT, CBT             clients a week; the therapeutic alliance is
            MI                   measured every session (SRS).

            LANGUAGES            Regina Mental Health Clinic - Regina, SK
            English              Counsellor
            French               2017 - 2019
                                 - Individual counselling for adults.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "therapeutic alliance"), Is.Not.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.8).Within(0.1));
    }
}
