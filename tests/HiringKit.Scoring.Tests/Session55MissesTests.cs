using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;
using static HiringKit.Scoring.Tests.Session53MissesTests;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 55: the misses of Fresh251 (run once on 2.50.0 before any was read) and a leftover of Fresh250 that shares their
/// wording. Each "should change" case fails on 2.50.0; the rest guard what stays.
/// </summary>
public sealed class Session55MissesTests
{
    static string AssertionOf(string text, string phrase) => MatchesOf(text).Single(m => m.Phrase == phrase).Assertion;

    /// <summary>
    /// Doubts as writers put them, not in a hedge's textbook words: a concession of no practitioner's standing (t01), a skill that
    /// comes hard followed by the writer's struggle with it (t03, t12; Fresh250, t06), a doubt of "that" (t05), a modest guess at
    /// catching "most of it" (t08), and "I am not sure the ..." before the phrase, which read as denied by its "not" (t10).
    /// </summary>
    [TestCase("- I draw on motivational interviewing with some of the men sent by the GP about drink,\n  though I'd not claim to be an MI practitioner – a two-day course in 2019 is all I have.", "motivational interviewing")]
    [TestCase("I use motivational interviewing with a few clients, but I wouldn't claim to be proficient.", "motivational interviewing")]
    [TestCase("- rapport — harder by text than voice. some nights it clicks in 3 msgs, some nights I never get there. still working on it", "rapport")]
    [TestCase("- Professional boundaries is difficult in Deaf community, everybody know everybody. I try my best but sometimes I meet\n  client at Deaf club and I am not sure what is right thing.", "professional boundaries")]
    [TestCase("* Phone intakes are 20 minutes, which makes rapport harder; I do my best but some callers hang up early.", "rapport")]
    [TestCase("- I try collaborative goal setting with the high-school students, but with the younger ones it is mostly me and the\n  grandmother deciding together, and I'm not sure yet that counts.", "collaborative goal setting")]
    [TestCase("- I grew up on a farm that was sold, so I watch for countertransference with families who are selling up – I think I\n  catch most of it, but not always in the moment.", "countertransference")]
    [TestCase("- Sometimes I am not sure the working alliance is strong enough when we both speak English as second language.", "working alliance")]
    public void A_doubt_in_the_writer_s_own_words_is_hedged(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Hedged));
    }

    /// <summary>A service's plan the writer names is an aim: "Our Centre plans to introduce measurement-based care ... in 2027" (t10).</summary>
    [TestCase("- Our Centre plans to introduce measurement-based care (CORE-10 at each session) in 2027; I am in the working group.", "measurement-based care")]
    [TestCase("- The practice plans to roll out feedback-informed treatment next spring.", "feedback-informed treatment")]
    public void A_service_s_plan_is_aspirational(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Aspirational));
    }

    /// <summary>Hard work told as it is done, a difficulty overcome, an expert's modesty and a task done right stay claims.</summary>
    [TestCase("- Professional boundaries are hard when the client's brother sold us our bull. I tell every client at the start that I\n  won't say hello first.", "professional boundaries")]
    [TestCase("- Crisis intervention is hard work and I do it every week with the mobile team.", "crisis intervention")]
    [TestCase("- Rapport was hard at first; I'm not sure I would have stayed without my supervisor.", "rapport")]
    [TestCase("- Rapport is harder at first with teenagers; I do my best to go slowly and it comes.", "rapport")]
    [TestCase("- I use motivational interviewing daily, though I would not claim to be an expert.", "motivational interviewing")]
    [TestCase("- I write the treatment planning notes; I think I get it right for most clients.", "treatment planning")]
    [TestCase("- We introduced measurement-based care in 2023 and the board plans to introduce it in the other clinics.", "measurement-based care")]
    public void Hard_work_done_and_modesty_leave_the_claim(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Asserted));
    }

    [TestCase("- The Centre does not provide crisis intervention. Students in acute crisis we accompany to the city service.", "crisis intervention")]
    [TestCase("- I am not trained in motivational interviewing and I am not sure I want to be.", "motivational interviewing")]
    public void A_denial_stays_one(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Negated));
    }

    /// <summary>
    /// Partners named by what the bond is for (handoffs, referrals, welfare checks), referrers named by "they refer" or by a place
    /// between them and their "who refer", and a referral partner's name are no claim (t03, t06, t08, t10, t12).
    /// </summary>
    [TestCase("Rapport with the county's CSU and the ER social workers for after-hours handoffs.", "rapport")]
    [TestCase("good working alliance with police dispatch in 3 counties for welfare checks (SOP, not therapy)", "working alliance")]
    [TestCase("Good rapport with the NHS Deaf mental health team in Glasgow, they refer many clients to us.", "rapport")]
    [TestCase("Rapport with the rural financial counsellors at RFCS, who refer most of our families once the bank letter arrives.", "rapport")]
    [TestCase("Referral partner: Ośrodek Interwencji Kryzysowej (Crisis Intervention\n  Centre), open 24 h.", "crisis intervention")]
    [TestCase("Sat on the clinical advisory group reviewing the product team's client engagement dashboards.", "client engagement")]
    public void Partners_by_their_purpose_and_a_referral_partner_s_name_are_no_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Has.No.Member(phrase));
    }

    [TestCase("Maintained a working alliance with survivors while coordinating with protection liaison officers on safe referrals.", "working alliance")]
    [TestCase("Built rapport with families for referrals to the parenting group.", "rapport")]
    [TestCase("Built rapport with clients at the drop-in, who refer their friends.", "rapport")]
    [TestCase("Built rapport with the young people, they refer their friends to the group.", "rapport")]
    [TestCase("Crisis intervention for walk-in clients at the Crisis Intervention Centre in Kraków.", "crisis intervention")]
    public void The_people_served_and_the_work_s_own_place_keep_the_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Has.Member(phrase));
    }

    /// <summary>A farm family service's "Rural Counsellor" is the trade's post (t08: read as another subject's, her years lost).</summary>
    [Test]
    public void A_rural_counsellor_is_the_trade_s_post()
    {
        var score = Score(Filler + """

            EMPLOYMENT HISTORY

            Rural Counsellor (0.8 FTE)                                       March 2022 – Present
            Orana Farm Family Counselling Service, Dubbo and outreach (Gilgandra, Coonamble, Warren)
            • Outreach counselling on farms and by phone/video; caseload 20–24 families.
            • Building the therapeutic alliance with farm families who don't want to be there.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.7).Within(0.2));
        Assert.That(score.Matches.Select(m => m.Phrase), Has.Member("therapeutic alliance"));
    }

    /// <summary>A master craftsman's grade is no degree, and mechanics' and locksmiths' posts are their trades' (t07, t09).</summary>
    [TestCase("Owner / Master Locksmith")]
    [TestCase("Owner / Lead Mechanic")]
    [TestCase("Heavy Diesel Fitter")]
    public void A_mechanic_s_and_a_locksmith_s_posts_are_another_trade_s(string title)
    {
        var score = Score(Filler + $"""

            EMPLOYMENT
            {title}                                          Feb 2016 – to date
            Manawatū Lock & Key Ltd, Palmerston North
            - Client retention on the commercial side: 38 systems and we have lost two in nine years.
            - Police-requested crisis intervention call-outs (forced entry for welfare checks), about 3 a month.
            - Active listening when someone rings at 1am locked out: keep them talking, be there in 20 minutes.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Band, Is.EqualTo("none"));
    }

    /// <summary>A post whose own note denies the trade counts no years: "(not psychology work)" on a Europass form (t10).</summary>
    [Test]
    public void A_post_noted_as_not_the_trade_counts_no_years()
    {
        var score = Score(Filler + """

            WORK EXPERIENCE

            Dates                10.2019 – present
            Position             Psychologist-Counsellor
            Employer             University Psychological Support Centre, Kraków
            Main activities      - Short-term counselling for students; the therapeutic relationship first.

            Dates                07.2014 – 08.2016
            Position             Customer Service Specialist with German (not psychology work)
            Employer             Shared-services centre (IT company), Kraków
            Main activities      - Support for German-speaking clients by phone and e-mail.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.1).Within(0.2));
    }

    /// <summary>
    /// Supervision given and training of others under a heading of their own, after an earlier trade's post: read as that post's
    /// lines, its clinical supervision and alliance rupture went with the trade (t01).
    /// </summary>
    [Test]
    public void A_supervision_and_training_heading_ends_the_post_above_it()
    {
        var phrases = Score(Filler + """

            EXPERIENCE

            Counsellor & Psychotherapist (sole practitioner)                    Mar 2016 – present
            Gilmartin Counselling, Drumshanbo
             - Caseload of 18–22 clients a week.

            Community Development Worker                                         Jan 2006 – Aug 2011
            Leitrim Integrated Development Company
             - Rural isolation and men's sheds projects. Not a counselling role.

            SUPERVISION & TRAINING OF OTHERS
             - IACP accredited supervisor since 2020. Clinical supervision for five counsellors in private practice.
             - Day two of my workshop is all role-play: noticing an alliance rupture on the phone.
            """, AsOf2026).Matches.Select(m => m.Phrase);

        Assert.That(phrases, Has.Member("clinical supervision").And.Member("alliance rupture"));
    }
}
