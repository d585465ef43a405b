using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 52: the misses of the blind set run at the end of session 51 (Fresh245, first run on 2.47.0), each read as the
/// wording that caused it, with the guards a review of session 51 left for the people a clinician serves.
/// </summary>
public sealed class Session52MissesTests
{
    const string FederalResume = """
        Marisol T. Keane
        Colorado Springs, CO 80913 US

        Work Experience:

        U.S. Department of the Army, Medical Department Activity (MEDDAC)
        Fort Carson, CO United States
        08/2024 - Present
        Grade Level: 12
        Salary: 98,466.00 USD Per Year
        Hours per week: 40
        Series: 0185
        Clinical Social Worker (Embedded Behavioral Health Team Lead)
        Duties, Accomplishments and Related Skills:
        - Individual psychotherapy for Soldiers (CPT, PE, CBT-I); build the therapeutic alliance in the first session by agreeing treatment goals.
        - Crisis intervention and safety planning for Soldiers at elevated risk.

        U.S. Army (Active Duty), 1st Stryker Brigade Combat Team
        Fort Carson, CO United States
        06/2020 - 07/2024
        Salary: 88,000.00 USD Per Year
        Hours per week: 50
        Brigade Behavioral Health Officer (73A, Social Work Officer), CPT/MAJ
        Duties, Accomplishments and Related Skills:
        - Individual and group psychotherapy; maintained a working alliance with Soldiers who were ordered to evaluations.

        Education:
        Master's degree 05/2016, Major: Social Work (MSW)
        """;

    /// <summary>
    /// A federal resume's post stands under its pay and hours lines, not under its dates: read by the employer's line alone, an
    /// Army clinical social worker's posts were a soldier's, her years four of ten and her alliance unread (Fresh245, t01).
    /// </summary>
    [Test]
    public void A_federal_resume_s_post_under_its_grade_and_salary_lines_titles_the_role()
    {
        var score = Score(FederalResume, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThan(6));
        Assert.That(score.Matches.Select(m => m.Phrase), Has.Member("therapeutic alliance").And.Member("working alliance"));
    }

    /// <summary>Only the form's labelled lines are passed over: a soldier's post under them is still a soldier's.</summary>
    [Test]
    public void A_soldier_s_post_under_the_form_s_lines_is_still_a_soldier_s()
    {
        var score = Score(FederalResume.Replace("Clinical Social Worker (Embedded Behavioral Health Team Lead)", "Infantry Platoon Sergeant")
            .Replace("Brigade Behavioral Health Officer (73A, Social Work Officer), CPT/MAJ", "Rifle Platoon Leader"), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    /// <summary>
    /// How long a counsellor's work runs names her post, not another subject she advises on: an EFAP's "Crisis Response and
    /// Short-Term Counsellor" lost three and a half years and every phrase (Fresh245, t08).
    /// </summary>
    [TestCase("Crisis Response and Short-Term Counsellor (EFAP)")]
    [TestCase("Short-Term Counsellor")]
    [TestCase("Brief Therapist")]
    public void A_short_term_counsellor_s_post_is_the_trade_s(string title)
    {
        var score = Score(Filler + $"""

            WORK EXPERIENCE
            Job Title: {title}
            Company: Northstar Workplace Health Inc.
            From: 05/2023 To: Current
            - Short-term counselling (up to 8 sessions) for employees and family members.
            - Therapeutic alliance measured at every session with the Session Rating Scale.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThan(3));
        Assert.That(score.Matches.Select(m => m.Phrase), Has.Member("therapeutic alliance"));
    }

    /// <summary>
    /// A company commander's post under a LinkedIn group's "U.S. Army" line is a soldier's: his rapport with his Soldiers and his
    /// escort to crisis intervention read as a counsellor's, mid and moderate (Fresh245, t02).
    /// </summary>
    [TestCase("Company Commander, Bravo Company, 2nd Battalion, 8th Cavalry Regiment")]
    [TestCase("Battalion Assistant Operations Officer (S3 Air)")]
    public void A_company_commander_s_post_is_a_soldier_s(string title)
    {
        var score = Score(Filler + $"""

            Experience
            U.S. Army
            8 years 6 months
            {title}
            June 2023 - August 2025 (2 years 3 months)
            Fort Cavazos, Texas, United States
            - Built rapport with Soldiers and their families through monthly family readiness meetings.
            - As commander I escorted two Soldiers to behavioral health for crisis intervention by the on-call clinician.
            """, AsOf2026);

        Assert.That(score.Matches, Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    /// <summary>
    /// A Red Cross tracing officer interviews the families of the missing and refers them on: "RFL officers do not counsel; we listen,
    /// inform and refer" (Fresh245, t07, read as a senior of the trade).
    /// </summary>
    [TestCase("Restoring Family Links (RFL) Officer, Maiduguri")]
    [TestCase("Tracing Officer, Borno State Branch")]
    public void A_family_tracing_officer_s_post_is_the_red_cross_s(string title)
    {
        var score = Score(Filler + $"""

            WORK EXPERIENCE
            Nigerian Red Cross Society (NRCS), in partnership with the ICRC
            {title}          May 2021 – Date
            • Conducted tracing interviews with families of missing persons, using empathy and active listening.
            • Built rapport with camp chairmen and women leaders so that families will come forward without fear.
            """, AsOf2026);

        Assert.That(score.Matches, Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    static IEnumerable<string> PhrasesOfAClinician(string line) => Score(Filler + $"""

        WORK EXPERIENCE
        Behavioral Health Officer, US Army | 2018 - Present
        - Individual therapy for soldiers with PTSD and depression.
        - {line}
        """, AsOf2026).Matches.Select(m => m.Phrase);

    /// <summary>
    /// The parties a clinician works beside, as the phrase's own object, are no clinical relationship: a commander consulted, a
    /// club's coaching staff, a project's officials, the police (Fresh245, t01, t05, t06, t11).
    /// </summary>
    [TestCase("Built rapport with commanders and first sergeants through weekly command consultation.", "rapport")]
    [TestCase("Built rapport with the coaching staff so that referrals come early.", "rapport")]
    [TestCase("Assisted the Project Officer to keep the working alliance with the barangay officials and the camp leaders.", "working alliance")]
    [TestCase("Our centre keeps a close working alliance with the police gender desk and the ODPP.", "working alliance")]
    public void A_relationship_with_the_parties_beside_the_work_is_no_clinical_one(string line, string phrase)
    {
        Assert.That(PhrasesOfAClinician(line), Has.No.Member(phrase));
    }

    /// <summary>
    /// The people served named first, or joined right after the party, keep the clinician's own relationship: the review of session
    /// 51 found military, fire and humanitarian clinicians losing it to any commander near.
    /// </summary>
    [TestCase("Built rapport with soldiers and their company commanders to reduce stigma.", "rapport")]
    [TestCase("Rapport with battalion commanders and the crews they lead before any debrief.", "rapport")]
    [TestCase("Rapport with commanders and soldiers alike in stabilisation groups.", "rapport")]
    [TestCase("Developed rapport with veterans, including several former battalion commanders.", "rapport")]
    [TestCase("Briefed squadron commanders on unit climate and then built rapport with airmen.", "rapport")]
    [TestCase("Maintained a working alliance with survivors referred by the police.", "working alliance")]
    [TestCase("Kept a working alliance with players, parents and the coaching staff.", "working alliance")]
    public void The_people_served_beside_the_party_keep_the_clinician_s_relationship(string line, string phrase)
    {
        Assert.That(PhrasesOfAClinician(line), Has.Member(phrase));
    }
}
