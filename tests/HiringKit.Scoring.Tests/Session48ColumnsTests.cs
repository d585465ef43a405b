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

    static string InterpretersPage(string title, string dutyLine) => $"""
        ELSA NORDIN                                      Conference Interpreter (AIIC)
                                                         A: Swedish · B: English · C: German

        Rue du Noyer 12, 1030 Schaerbeek · +32 470 55 00 00 · elsa@nordin-interpreting.eu

        LANGUAGE COMBINATION             PROFESSIONAL EXPERIENCE
        Swedish (A)   ●●●●●              {title}
        English (B)   ●●●●●              Brussels | 2015 – to date
        German (C)    ●●●●○              ▸ 90-110 working days a year, simultaneous and consecutive,
        French (C)    ●●●●○                for EU institutions, NATO and private-market clients
        Norwegian     passive              (pharma, trade unions, automotive)
        Danish        passive            ▸ NATO summits and ministerials 2023-2025: Swedish booth for
                                           the accession meetings and press conferences
        ACCREDITATIONS                   ▸ {dutyLine}
        EU inter-institutional test        30 minutes, notes of figures and names, joint
        (SCIC / EP), 2016                  glossary preparation the evening before
        NATO security clearance          ▸ Client retention: five pharma and union clients have booked
        (NS), 2023                         me for every annual congress since 2017

        SKILLS                           Staff Interpreter (auxiliary), European Parliament
        Simultaneous & consecutive       Brussels/Strasbourg | Sep 2012 – Jun 2015 (plenary weeks)
        Chuchotage, relay, retour        ▸ Swedish booth, plenary and committee meetings
        InterpretBank, Interplex         ▸ Retour into English for Nordic MEPs' press points
        """;

    [Test]
    public void An_interpreters_dated_bullet_beside_a_sidebar_of_languages_is_the_interpreters()
    {
        var score = Score(InterpretersPage("Freelance Conference Interpreter (AIIC member since 2019)",
            "Working alliance with my booth partner: hand-overs every"), AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase is "working alliance" or "client retention"), Is.Empty);
    }

    [Test]
    public void A_counsellors_dated_bullet_beside_a_sidebar_of_languages_keeps_the_counsellors_words()
    {
        var score = Score(InterpretersPage("Counsellor, Brussels Counselling Centre (BACP member since 2019)",
            "Individual counselling; the working alliance is checked every"), AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "working alliance"), Is.Not.Empty);
    }
    // An independent review of the rules above: each regression kind's smallest page, the counselor's evidence kept.

    [Test]
    public void A_two_up_licensure_block_above_a_table_of_posts_leaves_the_posts_read()
    {
        var score = Score("""
            Sarah Thompson, LPC-S
            Houston, TX

            EDUCATION           LICENSURE
            M.Ed. Counseling    LPC-S, Texas
            Univ. of Houston    NCC, NBCC

            PROFESSIONAL EXPERIENCE
            Clinical Director     Bay Area Counseling     2019 – Present
              Supervise 9 LPC Associates; maintain a caseload of 10 clients
            School Counselor      Pasadena ISD            2013 – 2019
              Individual and group counseling for 450 students
            Teacher               Pasadena ISD            2008 – 2013
              Eighth grade science
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThan(15));
    }

    [Test]
    public void A_posts_dates_set_as_a_bullet_in_a_right_hand_column_keep_their_title()
    {
        var score = Score("""
            EMMA WRIGHT
            Counsellor (MBACP)

            CONTACT                    EXPERIENCE
            emma@mail.co.uk            Counsellor
            Bristol                    Off The Record Bristol
                                       – Sept 2019 – present
            SKILLS                     – Counselling for young people 11-25
            Person-centred             Trainee Counsellor
            Integrative                Bristol Mind
                                       – Oct 2017 – Aug 2019
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThan(6));
    }

    [Test]
    public void A_date_left_table_ruled_by_bars_keeps_each_posts_lines_its_own()
    {
        var score = Score("""
            Keisha Morgan, LMFT

            EXPERIENCE
            Mar 2020 – present    | Clinician II, Harbor Family Services
            Atlanta, GA           |
                                  | Couples and family therapy; caseload of 24 families
                                  | Intake assessments and treatment planning
            Jun 2016 – Feb 2020   | Program Coordinator, Peachtree Youth Sports League
            Decatur, GA           |
                                  | Scheduling of coaches and referees
                                  | Budget and sponsorship
            Aug 2014 – May 2016   | Sales Associate, Macy's
            Atlanta, GA           |
                                  | Retail sales
            """, AsOf2026);

        // Read as a sidebar's rule, the family therapy's lines went into the coordinator's post and four of his years were hers.
        Assert.That(score.Level.YearsOfExperience, Is.LessThan(8));
    }
    [Test]
    public void A_ruled_page_whose_sidebar_holds_a_phone_and_a_licence_number_is_read_as_two_columns()
    {
        // (Fresh241, t07) A phone number and a licence number hold digits and a dash, and were read as a table's dates cells:
        // the page was no ruled sidebar, and none of the LPC-S's posts was read.
        var score = Score("""
            DANIELA RAMIREZ          | PROFESSIONAL SUMMARY
            MA, LPC-S, NCC           | Licensed Professional Counselor-Supervisor, community
            San Antonio, TX 78209    | mental health and group practice; the therapeutic
            (210) 555-0148           | alliance is the center of my work.
            d.ramirez@mail.com       |
                                     | EXPERIENCE
            LICENSES                 |
            LPC-S, Texas #71042      | Clinical Director, LPC-S                  03/2019 – Present
             Supervisor status 2017  | Hill Country Counseling Collaborative, San Antonio, TX
            NCC, NBCC (2012)         | • Lead 14 clinicians in a group practice of 1,100 clients.
                                     | • Provide weekly clinical supervision to 6 LPC-Associates.
            SKILLS                   |
            Trauma & grief           | Licensed Professional Counselor           08/2014 – 02/2019
            Clinical supervision     | Bexar Community Behavioral Health, San Antonio, TX
            Group facilitation       | • Caseload of 55-70 adults with serious mental illness;
                                     |   collaborative treatment planning with each client.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.3).Within(0.2));
    }

    [Test]
    public void A_posts_title_marked_with_a_triangle_on_a_page_in_one_column_keeps_its_dates()
    {
        // (A review of session 49, m03) Read as a bullet everywhere, "▸" cut each title off its dates: the psychologist's posts were
        // untitled, and none of her years was read.
        var score = Score("""
            EXPERIENCE

            ▸ Senior Clinical Psychologist
            NHS Lanarkshire
            Sep 2013 – Jul 2018
            Individual therapy (CBT, EMDR).

            ▸ Clinical Psychologist
            NHS Forth Valley
            Oct 2010 – Aug 2013
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.8).Within(0.2));
    }

    [Test]
    public void A_table_of_posts_ruled_by_bars_with_its_dates_to_the_present_keeps_each_posts_bullets_its_own()
    {
        // (A review of session 49, m01) "Sep 2022 to present" is no dates cell at the margin with a dash: the rule was read as a
        // sidebar's, and the counselor's bullets went into the financial advisor's post and were dropped as another trade's.
        var score = Score("""
            EXPERIENCE
            Sep 2022 to present   | Licensed Professional Counselor, Commonwealth Counseling
            Richmond, VA          |
                                  | Built a strong therapeutic alliance with clients
                                  | Treatment planning and progress notes
            Jan 2013 to Aug 2020  | Financial Advisor, Edward Jones
            Glen Allen, VA        |
                                  | Client retention 96%
                                  | Quarterly portfolio reviews
            """, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Is.SupersetOf(new[] { "therapeutic alliance", "treatment planning" }));
    }

    [Test]
    public void A_table_of_posts_ruled_by_bars_with_its_dates_on_rows_of_their_own_keeps_its_current_post()
    {
        // (A review of session 49, m02) Each date on a row of its own, the right cell empty: read as a sidebar's rule, the Clinical
        // Director's post since 2019 was lost.
        var score = Score("""
            EXPERIENCE
            2019 – Present        |
                                  | Clinical Director, Hope Counseling Center
                                  | Supervise 8 LPC Associates; treatment planning audits
            2014 – 2019           |
                                  | Licensed Professional Counselor, Center for Health Care Services
                                  | Outpatient therapy; therapeutic alliance with adults
            2011 – 2014           |
                                  | LPC Intern, Clarity Child Guidance Center
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThan(14));
    }

    [Test]
    public void A_table_of_posts_ruled_by_bars_in_three_cells_keeps_each_posts_bullets_its_own()
    {
        // (A review of session 49, m06) Title, employer and dates a cell each, the title wrapped onto a second row: no dates in the
        // left cells, and the rule was read as a sidebar's.
        var score = Score("""
            EXPERIENCE
            Mental Health     | Aspire Health           | 2022 – Present
            Counselor         |
                              | Therapeutic alliance with adults
                              | Treatment planning
            Insurance Agent   | State Farm              | 2012 – 2019
            Orlando, FL       |
                              | Client retention
                              | Renewals
            """, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Is.SupersetOf(new[] { "therapeutic alliance", "treatment planning" }));
    }

    [Test]
    public void A_two_up_profile_beside_a_narrow_contact_block_ends_at_an_experience_heading_across_the_page()
    {
        // (A review of session 49, m05) The posts below, their dates at the left and their titles at the profile's gap, ran on in
        // the profile's column, and the counselor's work was scored as her profile.
        var score = Score("""
            CONTACT           PROFILE
            Albuquerque, NM   Counselor with a trauma focus; rapport with
            505-555-0131      families.

            EXPERIENCE
            2019 – Present    Licensed Professional Clinical Counselor, UNM Hospital
                              Trauma therapy; therapeutic alliance in brief care
            2015 – 2019       Licensed Mental Health Counselor, Agora Crisis Center
                              Crisis counseling; clinical supervision of volunteers
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase is "therapeutic alliance" or "clinical supervision").Select(m => m.Section),
            Is.All.EqualTo(Sections.Experience));
    }

    [Test]
    public void A_two_up_profile_beside_a_narrow_contact_block_weighs_as_it_did_before_its_column_was_read()
    {
        // (A review of session 49, i01) The column is read for the posts in it below; read as a summary, the LPC's profile weighed
        // less than it did under the contact block's heading, and his band fell from moderate to weak.
        var score = Score("""
            DEREK SIMMONS, LPC
            Licensed Professional Counselor · Nashville, TN

            CONTACT           PROFILE
            Nashville, TN     Counselor for adults and couples; I build rapport
            615-555-0199      quickly and keep the therapeutic alliance at
            derek@mail.com    the centre of treatment planning.

            LICENSES          EXPERIENCE
            LPC-MHSP (TN)     Licensed Professional Counselor   2019 – Present
            NCC               Centerstone, Nashville
                              • Outpatient therapy; caseload of 30
            SKILLS            • Clinical supervision of two LPC candidates
            CBT, EFT, MI
            Telehealth        Mental Health Counselor          2015 – 2019
                              Mental Health Cooperative, Nashville
            LANGUAGES         • Crisis assessment and case management
            English, Spanish
                              Teacher                          2010 – 2015
            EDUCATION         Metro Nashville Public Schools
            M.Ed. Counseling  • Sixth grade math
            Lipscomb, 2015
            """, AsOf2026);

        Assert.That(score.Band, Is.EqualTo(Bands.Moderate));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(11.9).Within(0.2));
    }

    [Test]
    public void A_membership_since_a_year_in_a_right_hand_column_is_no_post()
    {
        // (A review of session 49, m07) "seit 2008" opening the column's piece under "MITGLIEDSCHAFTEN", an unread heading: read as
        // a post, a society's membership added eleven years to a psychotherapist's.
        var score = Score("""
            KONTAKT                     BERUFSERFAHRUNG
            Stuttgart                   04/2019 – heute   Psychologische Psychotherapeutin, Praxis

            KENNTNISSE                  MITGLIEDSCHAFTEN
            VT, Schematherapie          seit 2008   Deutsche Gesellschaft für Psychologie
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.LessThan(9));
    }

    [Test]
    public void A_narrow_sidebars_line_run_up_close_to_the_work_column_leaves_the_posts_dates_in_it()
    {
        // (A review of session 49, c01) "Treatment planning  Boston Medical Center, 2020 – Present": a gap of two at the column, and
        // the LCSW's current post was read in the sidebar's skills; two years of her posts were read, and she was labelled mid.
        var score = Score("""
            MEGAN O'CONNELL, LCSW
            Clinical Social Worker

            CONTACT             PROFILE
            Boston, MA          Clinical social worker with eight years of
            617-555-0123        outpatient therapy; steady therapeutic
            megan@mail.com      alliance with adults in recovery.

            SKILLS              EXPERIENCE
            CBT, DBT, MI        Licensed Clinical Social Worker
            Treatment planning  Boston Medical Center, 2020 – Present
            Group therapy       • Outpatient therapy for co-occurring
                                  disorders; caseload of 26
            LICENSES            • Clinical supervision of two LCSW
            LICSW (MA), 2020      candidates

            EDUCATION
            MSW, Boston College Clinical Social Worker (LCSW)
            2016                Bay Cove Human Services, 2016 – 2020
                                • Treatment planning with clients in
            LANGUAGES             supported housing
            English, Irish      • Crisis assessment

                                Residential Counselor
                                Vinfen, 2014 – 2016
                                • Group home for adults with SMI
            """, AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo("senior"));
    }
    [Test]
    public void A_post_of_the_trade_marked_as_a_bullet_under_a_day_job_in_a_right_hand_column_is_a_post()
    {
        // (a review of session 49) Read as the HR post's dated bullet, the associate's current post was another trade's, and with
        // it her alliance, her treatment planning and her years.
        var score = Score("""
            CONTACT                    EXPERIENCE
            Houston, TX                ▸ HR Business Partner, Memorial Hermann 2013 – present
            713-555-0144               ▸ LPC Associate (evenings), Bayou City Counseling 2023 – present
                                         - Individual therapy; therapeutic alliance with adults
            LICENSE                      - Treatment planning under clinical supervision
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "therapeutic alliance"), Is.Not.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.9).Within(0.2));
    }

    [Test]
    public void A_membership_since_a_year_below_the_posts_of_a_right_hand_column_is_no_post()
    {
        // (a review of session 49) Under "Mitgliedschaften", a sub-heading in small letters, the membership since 2009 was read as
        // a post held now, and a psychotherapist's 11.6 years were 17.9.
        var score = Score("""
            KONTAKT                     BERUFSERFAHRUNG
            Hamburg                     04/2019 – heute     Psychologische Psychotherapeutin, eigene Praxis
                                        05/2015 – 03/2019   Psychotherapeutin, Asklepios Klinik Nord
            KENNTNISSE                  Mitgliedschaften
            VT, ACT, EMDR               seit 2009   Deutsche Psychotherapeuten Vereinigung
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(11.6).Within(0.2));
    }
    [Test]
    public void A_table_of_posts_dated_with_arrows_beside_its_section_names_is_no_sidebar()
    {
        // (a review of session 49) The arrows were no range's, the section names in the left cells made the table a sidebar's
        // rule, and the trainee post's word set a counselling psychologist of ten years at junior.
        var score = Score("""
            Hannah Okoye — Counselling Psychologist (HCPC PYL12345)
            Manchester | hannah.okoye@mail.co.uk

            PROFILE             | HCPC-registered counselling psychologist with ten years in NHS and
                                | third-sector services.
            EXPERIENCE          |
            2019 → present      | Counselling Psychologist, Pennine Care NHS Foundation Trust
                                | - Individual therapy for complex trauma; therapeutic alliance
                                |   and rupture repair are the heart of my work
                                | - Clinical supervision of assistant psychologists
            2015 → 2019         | Trainee Counselling Psychologist, Manchester Mind
                                | - Placement: treatment planning with adults with anxiety
            2011 → 2015         | Pharmacy Technician, Boots UK
                                | - Dispensing and medication reviews
                                |
            EDUCATION           |
            DCounsPsych         | University of Manchester, 2019
            """, AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo("senior"));
    }
}
