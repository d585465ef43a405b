using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh76 (hospital and health settings; session 28's closing check, read in session 29)
/// and Fresh77 (faith-based and community settings; run once in session 29, then read), written by hand, not copied from them:
/// a "SKILLS AND ATTRIBUTES" list read as a cashier's duties, a vicar's seventeen years read as counselling, a post-master's
/// residency read as a degree, and a church secretary's years counted.
/// </summary>
public sealed class Fresh77MissesTests
{
    [TestCase("SKILLS AND ATTRIBUTES")]
    [TestCase("Skills and Qualities")]
    [TestCase("PERSONAL SKILLS")]
    public void A_list_of_attributes_after_another_trade_s_post_is_a_skills_list(string heading)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            Employer: Lifeline East Rand
            Position: Counsellor (face to face and telephone)
            Period: March 2018 - Present
            * Face to face counselling for walk-in clients; trauma and relationship problems

            Employer: Pick n Pay, Boksburg
            Position: Cashier
            Period: 2012 - 2014
            Duties: Cashing up, customer queries

            {heading}
            * Empathy
            * Good listener
            * Hard working and punctual
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "empathy").Select(m => m.Section), Is.EqualTo(new[] { "skills" }));
    }

    static string PriestsCareer(string title) => Header + $"""
        WORK HISTORY
        {title}, Benefice of St Aidan with St Cuthbert
        Diocese of Durham | 09/2016 - present
        - Pastoral care of two parishes: home communion, hospital visiting and funerals.
          Parishioners needing counselling are referred to the diocesan counselling service or their GP.
        - Trained 20 lay pastoral visitors in active listening.
        - Chair, Churches Together: a working alliance of churches, the mosque and the foodbank for the winter night shelter.
        """;

    [TestCase("Vicar (Incumbent)")]
    [TestCase("Assistant Curate")]
    [TestCase("Imam and Khateeb")]
    public void A_parish_s_own_post_is_another_trade(string title)
    {
        var score = Score(PriestsCareer(title), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches.Select(m => m.Phrase), Has.None.EqualTo("active listening").And.None.EqualTo("working alliance"));
    }

    /// <summary>A counsellor's post now, and before it a project worker's whose only word of the trade is <paramref name="sentence"/>.</summary>
    static string ProjectWorkerBefore(string sentence) => Header + $"""
        EXPERIENCE
        Counsellor, Hope Street Counselling Centre        Jan 2021 - Present
        - Short-term counselling for 20 clients a week; a working alliance with each client.

        Project Worker, Eastside Residents' Trust        Jan 2015 - Dec 2020
        - Ran the community hub's drop-in and its tenants' forum.
        - {sentence}
        """;

    [TestCase("Residents needing counselling are referred to the council's wellbeing service.")]
    [TestCase("Tenants who want counselling were sent on to the GP practice.")]
    public void Counselling_that_the_people_served_are_sent_on_to_is_not_the_writer_s(string sentence) =>
        Assert.That(Score(ProjectWorkerBefore(sentence), AsOf2026).Level.YearsOfExperience, Is.EqualTo(5.9));

    [TestCase("Counselling for adults who are referred by their GP, 12 a week.")]
    [TestCase("Counselling for tenants, who are referred to me by the housing officers.")]
    public void Counselling_given_to_people_referred_by_others_is_the_writer_s(string sentence) =>
        Assert.That(Score(ProjectWorkerBefore(sentence), AsOf2026).Level.YearsOfExperience, Is.EqualTo(11.9));

    [Test]
    public void A_post_master_s_residency_in_brackets_is_a_post_not_a_degree()
    {
        var score = Score(Header + """
            PROFESSIONAL EXPERIENCE
            Position	Organization	Dates
            Staff Counselor	Northfield Counseling Center, Duluth, MN	08/2016 - Present
             • Weekly caseload of 24 adults.
            Counselor Resident (post-master's)	Arrowhead Family Services, Duluth, MN	09/2014 - 07/2016
             • Outpatient counseling under LPCC supervision; 1,900 direct client hours.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.3));
    }

    [TestCase("Church Secretary")]
    [TestCase("Parish Administrator")]
    public void A_church_office_post_is_not_the_trade_s(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            ### Counsellor - Hope Street Counselling Centre
            *Jan 2021 - present*
            - Short-term counselling for 20 clients a week.

            ### {title} - St Mark's Methodist Church
            *2012 - 2018*
            - Bookings, finances and the newsletter.
            - Organised the church's bereavement visiting team rota.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.9));
    }
}
