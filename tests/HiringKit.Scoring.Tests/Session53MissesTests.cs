using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 53: the misses of two blind sets (Fresh246, read after its closing check, and Fresh247, run once on 2.48.0 before any
/// miss was read). Most were one wording: rapport or a working alliance with the colleagues, referrers and funders a counsellor
/// works beside, named as a list.
/// </summary>
public sealed class Session53MissesTests
{
    static IEnumerable<string> PhrasesOfACounsellor(string line) => Score(Filler + $"""

        WORK EXPERIENCE
        Counsellor, Riverside Community Health | 2018 - Present
        - Individual counselling for adults with anxiety and depression.
        - {line}
        """, AsOf2026).Matches.Select(m => m.Phrase);

    /// <summary>
    /// The phrase's whole object names the parties beside the work, one or a list of them: doctors and nurses who refer, teachers
    /// and deans, pastors, a council's leaders, donors, a sports club's medical staff (Fresh246, t01, t05, t06, t08, t11, t12;
    /// Fresh247, t01, t05, t06, t12).
    /// </summary>
    [TestCase("Built good rapport with the GPs and practice nurses so that warm handovers actually happen.", "rapport")]
    [TestCase("Built rapport with the haematology and renal consultants through a monthly joint clinic.", "rapport")]
    [TestCase("Built a working alliance with deans, teachers and the school nurse so students are referred early.", "working alliance")]
    [TestCase("Built good rapport with the Principal and class teachers, so teachers now send students before a crisis.", "rapport")]
    [TestCase("Built a good rapport with the pastors of the four congregations, so they send people to us.", "rapport")]
    [TestCase("Built rapport with the Refugee Welfare Council leaders so that they allow women to attend groups.", "rapport")]
    [TestCase("Rapport with donors through quarterly field visits and frank reporting.", "rapport")]
    [TestCase("Working alliance with the sports medicine staff and athletic trainers.", "working alliance")]
    [TestCase("Built a working alliance with the nursing station and the band's health director in each community.", "working alliance")]
    [TestCase("Built rapport with the medical providers through daily huddles and a monthly case conference.", "rapport")]
    [TestCase("Trust building with host communities and local authorities before every new programme.", "trust building")]
    [TestCase("Built rapport with district principals and superintendents to fund a second counselor post.", "rapport")]
    public void A_relationship_with_the_colleagues_and_funders_beside_the_work_is_no_clinical_one(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Has.No.Member(phrase));
    }

    /// <summary>
    /// Any part of the object naming the people served keeps the counsellor's own relationship, wherever it stands in the list,
    /// over a line's end, in brackets, or said of the party itself ("in treatment", "who fear ..."); staff with no party's word
    /// are an employee assistance counsellor's clients.
    /// </summary>
    [TestCase("Built rapport with adolescents, their parents and teachers before the first session.", "rapport")]
    [TestCase("Built rapport with teachers and pupils in the two schools.", "rapport")]
    [TestCase("Built rapport with Commanders,\n  Soldiers and families through walk-in hours.", "rapport")]
    [TestCase("Rapport with commanders (and their soldiers) in stabilisation groups.", "rapport")]
    [TestCase("Rapport with commanders in treatment who fear career consequences.", "rapport")]
    [TestCase("Rapport with the GPs' patients referred for brief therapy.", "rapport")]
    [TestCase("Built rapport with branch staff after armed robberies.", "rapport")]
    [TestCase("Working alliance with nurses in recovery through the health professionals' programme.", "working alliance")]
    [TestCase("A working alliance with both partners in couples work.", "working alliance")]
    [TestCase("Built rapport with patients referred by the GPs and practice nurses.", "rapport")]
    public void The_people_served_in_the_object_keep_the_counsellor_s_relationship(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Has.Member(phrase));
    }

    /// <summary>
    /// A sports club's or a federation's doctor, a French GP's locum, and an aid agency's country director are other trades: each
    /// read as a senior counsellor on their shared decision making with players or their working alliance with a ministry
    /// (Fresh246, t04, 44 moderate, and t11, 45 moderate).
    /// </summary>
    [TestCase("Médecin du club (Head Team Doctor)")]
    [TestCase("Médecin remplaçant (médecine générale)")]
    [TestCase("Club Doctor, First Team")]
    [TestCase("Country Director, South Sudan")]
    [TestCase("Head of Mission, Yemen")]
    public void A_club_doctor_s_and_a_country_director_s_posts_are_other_trades(string title)
    {
        var score = Score(Filler + $"""

            EXPERIENCE
            {title}
            Stade Atlantique, September 2018 - Present
            - Shared decision making with players on return to play; a therapeutic relationship with each player.
            - Treatment adherence of players to rehab protocols; crisis intervention arranged for staff after incidents.
            """, AsOf2026);

        Assert.That(score.Matches, Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    /// <summary>The trade's own posts in the same places stay the trade's: a sport psychologist in a sports medicine service, a
    /// programme's clinical psychologist.</summary>
    [TestCase("Psychologue du sport (sport psychologist)\nCHU de Poitiers, Service de Médecine du Sport")]
    [TestCase("Clinical Psychologist, Country Programme (MHPSS)\nCareBridge International, reporting to the Country Director")]
    public void The_trade_s_posts_beside_them_stay_the_trade_s(string titleAndEmployer)
    {
        var score = Score(Filler + $"""

            EXPERIENCE
            {titleAndEmployer}
            September 2018 - Present
            - Individual therapy with injured athletes and survivors; a therapeutic alliance with each client.
            - Crisis intervention after career-ending injuries and attacks.
            """, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Has.Member("therapeutic alliance"));
        Assert.That(score.Level.YearsOfExperience, Is.Not.Null);
    }
}
