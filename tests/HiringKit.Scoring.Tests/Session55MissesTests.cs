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
    // A review of the first cut: the wider wordings its misses named.
    [TestCase("- Used motivational interviewing with clients, though I'd not call myself an MI practitioner.", "motivational interviewing")]
    [TestCase("- Motivational interviewing (two-day course) - I don't claim to be competent yet.", "motivational interviewing")]
    [TestCase("- Rapport over the phone is harder; I'm still working on it.", "rapport")]
    [TestCase("- Collaborative goal setting - difficult with teenagers; I'm trying my best.", "collaborative goal setting")]
    [TestCase("- Not sure whether feedback-informed treatment is the right name for it - I asked clients how sessions went.", "feedback-informed treatment")]
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
    // A review of the first cut: another approach conceded, a difficulty for others or to do something else, diligence, a doubt of
    // something else, a doubt of someone else, and plans as nouns, the writer's own or already carried out.
    [TestCase("- Built rapport with adolescents, though I'd not claim to be an MI practitioner.", "rapport")]
    [TestCase("- Motivational interviewing with every client, though I'd not claim to be a DBT practitioner.", "motivational interviewing")]
    [TestCase("- Treatment planning is hard for clients with chaotic lives, so the team relies on me; I do my best to keep plans realistic.", "treatment planning")]
    [TestCase("- Crisis intervention is difficult to staff at night, so I built the on-call rota; I am not sure any other site has one.", "crisis intervention")]
    [TestCase("- Crisis intervention is hard, and I do my best work under pressure - 200 call-outs a year.", "crisis intervention")]
    [TestCase("- Rapport is harder for agency staff than for me; I do my best to mentor them.", "rapport")]
    [TestCase("- Professional boundaries are difficult for new staff, who often say \"I am not sure what to do\"; I run their training.", "professional boundaries")]
    [TestCase("- I am not sure the team knew how much crisis intervention I covered - over 300 calls.", "crisis intervention")]
    [TestCase("- I'm not sure the clinic has a stronger advocate for measurement-based care than me.", "measurement-based care")]
    [TestCase("- Ran crisis intervention for three years; I'm not sure that counts as a career highlight, but it was meaningful work.", "crisis intervention")]
    [TestCase("- After the trust's plans to introduce a new EHR stalled, I implemented measurement-based care on paper.", "measurement-based care")]
    [TestCase("- Wrote the plans to roll out crisis intervention training, then delivered it to 120 staff.", "crisis intervention")]
    [TestCase("- The service had plans to pilot the session rating scale in 2019; I ran the pilot and it became standard.", "session rating scale")]
    [TestCase("- The service plans to introduce crisis intervention training for all staff, which I already deliver on my own team.", "crisis intervention")]
    // A second review: another approach named in words, a struggle with a thing made in between or someone else's, a boast, a
    // doubt of something else, "it" another thing, a plan the writer already carried out.
    [TestCase("- Person-centered counselling with adults, though I would not call myself a family therapy practitioner.", "person-centered")]
    [TestCase("- Rapport over the phone is harder, so I wrote our telephone guide; still working on it with the comms team.", "rapport")]
    [TestCase("- Rapport is harder by video; my supervisees are still working on it and I coach them weekly.", "rapport")]
    [TestCase("- Empathy is hard-wired in me; I do my best, and clients rate me 4.9 out of 5.", "empathy")]
    [TestCase("- Rapport with adolescents is harder online, and I'm not sure whether the service will keep the video option.", "rapport")]
    [TestCase("- I am not sure whether the session rating scale is used at your service, but I have used it for six years.", "session rating scale")]
    [TestCase("- Treatment planning with 40 clients a year; also volunteered at a food bank, though I'm not sure that counts as experience.", "treatment planning")]
    [TestCase("- Active listening in English and Welsh; my Welsh is rusty, but I think I catch most of it.", "active listening")]
    [TestCase("- The service plans to introduce measurement-based care next year; I piloted it in 2022.", "measurement-based care")]
    [TestCase("- Our board plans to adopt the crisis intervention model I wrote in 2021.", "crisis intervention")]
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
    // A review of the first cut: the same readings in other words, and a referral partner named on the line under its label.
    [TestCase("Rapport with 988 call-takers and the mobile outreach unit for warm handoffs.", "rapport")]
    [TestCase("Good rapport with the midwives at the Royal Infirmary who send us new mothers.", "rapport")]
    [TestCase("Referral partners for out-of-hours risk:\n- Lifeline Tri-County (Crisis Intervention Centre)", "crisis intervention")]
    public void Partners_by_their_purpose_and_a_referral_partner_s_name_are_no_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Has.No.Member(phrase));
    }

    [TestCase("Maintained a working alliance with survivors while coordinating with protection liaison officers on safe referrals.", "working alliance")]
    [TestCase("Built rapport with families for referrals to the parenting group.", "rapport")]
    [TestCase("Built rapport with clients at the drop-in, who refer their friends.", "rapport")]
    [TestCase("Built rapport with the young people, they refer their friends to the group.", "rapport")]
    [TestCase("Crisis intervention for walk-in clients at the Crisis Intervention Centre in Kraków.", "crisis intervention")]
    // A review of the first cut: the people served in words no list holds, with what the bond is for.
    [TestCase("Rapport with whānau for joint visits and hui.", "rapport")]
    [TestCase("Rapport with a diverse clientele for referrals to specialist services.", "rapport")]
    [TestCase("Working alliance with those in our care for handovers between day and night staff.", "working alliance")]
    [TestCase("Rapport with EAP members for referrals to longer-term therapy.", "rapport")]
    [TestCase("Working alliance with rough sleepers for welfare checks and referrals.", "working alliance")]
    [TestCase("Rapport with the Deaf community for referrals into BSL counselling.", "rapport")]
    // A second review: a staff-support or welfare counsellor's clients named by their work, clients who refer, the writer's own
    // crisis team post.
    [TestCase("Rapport with serving officers for referrals to specialist trauma therapy.", "rapport")]
    [TestCase("Rapport with nurses seen after critical incidents, for referrals to longer-term psychology.", "rapport")]
    [TestCase("Rapport with NHS staff for referrals to psychological therapy.", "rapport")]
    [TestCase("Rapport with the crew at Station 9 for referrals to our trauma service.", "rapport")]
    [TestCase("Rapport with the farmers at the Wagga saleyards, who refer neighbours to us.", "rapport")]
    [TestCase("Partnered with the police as the embedded Crisis Intervention Team clinician.", "crisis intervention")]
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
    [TestCase("Master Barber")]
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

    /// <summary>
    /// A supervisor's dated post under such a heading is a post of the trade, its years counted (a review: read as the heading's
    /// lines, "Clinical Supervisor, Relate | 2012 - 2018" and its six years were lost); a trade's association named for its
    /// masters is an employer, not a degree ("EAP Counsellor, Master Builders Association").
    /// </summary>
    [Test]
    public void A_supervisor_s_post_under_a_supervision_heading_keeps_its_years()
    {
        var score = Score(Filler + """

            EXPERIENCE
            Counsellor, Riverside Health | 2019 - Present
            - Individual counselling for adults; therapeutic alliance reviewed each session.

            SUPERVISION GIVEN
            Clinical Supervisor, Relate | 2012 - 2018
            - Clinical supervision for 8 counsellors; alliance rupture and repair in supervision.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(13.8).Within(0.3));
    }

    [Test]
    public void A_master_builders_association_is_an_employer()
    {
        var score = Score(Filler + """

            EXPERIENCE
            EAP Counsellor, Master Builders Association | 2016 - Present
            - Short-term counselling for builders and apprentices; therapeutic alliance from the first phone call.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.8).Within(0.3));
    }

    /// <summary>A title's note that denies something else of a counsellor's post keeps its years (a second review).</summary>
    [TestCase("Counsellor (not a paid position), Lifeline | 2015 - Present")]
    [TestCase("Counsellor (not an NHS post), Harley Street Therapy | 2015 - Present")]
    public void A_note_denying_something_else_keeps_the_post(string titleLine)
    {
        var score = Score(Filler + $"""

            EXPERIENCE
            {titleLine}
            - Weekly counselling with adults; the therapeutic alliance reviewed at every session.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(11.8).Within(0.3));
    }

    /// <summary>
    /// After the closing check (Fresh252, read once its figures were recorded): the writer's attempt said plainly ("I try, but",
    /// "I try <phrase> ..., but", "I do my best with ..."), a difficulty after a comma ("..., it is hard"), a team's trial to
    /// come, and interpreters, language mediators and coordinators as the parties beside the work.
    /// </summary>
    [TestCase("- Professional boundaries – with clients who have nobody else, it is\n  hard. I try, but in 2019 I gave my private number to one client.", "professional boundaries", Assertions.Hedged)]
    [TestCase("- I try reflective listening with the men, but a lot of them would rather talk about football.", "reflective listening", Assertions.Hedged)]
    [TestCase("- The room is a corner of the tent, which\n  makes rapport harder; I do my best with a blanket on the window.", "rapport", Assertions.Hedged)]
    [TestCase("- Our team will trial the Working Alliance Inventory from February 2027.", "working alliance inventory", Assertions.Aspirational)]
    [TestCase("- I try to build rapport in the first session and usually manage it.", "rapport", Assertions.Asserted)]
    // A review of these: a practice tried without a "but", a best effort that paid off, a trial said of someone else's routine or
    // already done.
    [TestCase("- I try motivational interviewing with every ambivalent client and document change talk.", "motivational interviewing", Assertions.Asserted)]
    [TestCase("- Rapport with adolescents is harder than with adults. I do my best with limited resources and the outcomes show it.", "rapport", Assertions.Asserted)]
    [TestCase("- In our model the counsellor will introduce treatment planning in session two; I lead the model.", "treatment planning", Assertions.Asserted)]
    [TestCase("- In 2019 I said I will introduce the session rating scale, and I did: now used in every session.", "session rating scale", Assertions.Asserted)]
    [TestCase("- Introduced the SRS in 2020; will roll out the working alliance inventory next.", "working alliance inventory", Assertions.Aspirational)]
    public void After_the_closing_check_the_writer_s_attempts_and_a_team_s_trial(string line, string phrase, string expected)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(expected));
    }

    [TestCase("Working alliance with the interpreters: debrief after hard sessions, they also hear it.", "working alliance")]
    [TestCase("Good working alliance with our language mediators: joint preparation before each session.", "working alliance")]
    [TestCase("Rapport with the site's WASH coordinators so that families get water on time.", "rapport")]
    public void Interpreters_mediators_and_coordinators_are_parties(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Has.No.Member(phrase));
    }

    [TestCase("Working alliance with interpreters exposed to vicarious trauma, through our staff support service.", "working alliance")]
    [TestCase("Built a working alliance between sessions through consistent interpreters.", "working alliance")]
    public void Interpreters_served_or_beside_the_alliance_keep_it(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Has.Member(phrase));
    }

    [Test]
    public void A_hydrogeologist_s_post_is_another_trade_s()
    {
        var score = Score(Filler + """

            EMPLOYMENT
            March 2019 to date
            Senior Hydrogeologist, Nile Basin Water Mission
            - Chlorination treatment planning for the emergency tank systems in Zone 3.
            - Trust building with host community landowners before drilling on their land.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Band, Is.EqualTo("none"));
    }
}
