using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh97 (scanned and pasted CVs; run once in session 30, then read), written by hand,
/// not copied from it.
/// </summary>
public sealed class Fresh97MissesTests
{
    [Test]
    public void A_resume_pasted_into_one_box_takes_each_post_s_title_from_the_gap_before_it()
    {
        var score = Score("Resume (paste as plain text):\n"
            + "Dana Ruiz  |  Sacramento, CA 95819  |  (916) 555-0148  |  dana@example.com  PROFESSIONAL SUMMARY  Senior Admissions Counselor "
            + "with 7+ years in undergraduate recruitment; rapport building with school counselors and families, and an admissions "
            + "counseling relationship that lasts through move-in day.  EXPERIENCE  Senior Admissions Counselor, Office of Undergraduate "
            + "Admission, Sierra Pacific University, Sacramento, CA  07/2022 - Present  - Manage two territories (1,900 applications a "
            + "year); read files in committee.  - Train 3 admissions counselors on active listening with families during campus visits.  "
            + "- Raised territory yield from 19% to 24% through personal outreach calls.\n", AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_therapist_s_post_about_massage_treatments_is_a_body_therapy_s()
    {
        var score = Score(Header + """
            EXPERIENCE

            2019 - present    Lead Therapist / Clinic Coordinator
                              Glebe Sport & Spine Clinic, Ottawa
               . Caseload of 28-32 massage treatments per week; mentor 4 junior RMTs
               . Client-centered care, treatment goals and home care for each client
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_lead_therapist_at_a_counselling_practice_keeps_the_trade()
    {
        var score = Score(Header + """
            EXPERIENCE

            2019 - present    Lead Therapist / Clinic Coordinator
                              Glebe Counselling & Psychotherapy, Ottawa
               . Caseload of 22 adults with anxiety and depression; a therapeutic alliance with each client
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.9));
    }

    [TestCase("O2/2Ol9 - Ol/2O22        AOD COUNSELLOR (casual, approx. 2 days/wk)", 3.0)]
    [TestCase("Sept 2O24 - current      COUNSELLOR (4 days/wk)", 2.3)]
    public void Dates_as_ocr_misreads_them_date_the_post(string line, double years)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            {line}
            Relationships Australia, Parramatta
            - Individual counselling for adults; a working alliance with each client.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years));
    }

    [TestCase("Oct 2019 – present", "Oct 2019 – present")]
    [TestCase("I/O psychology, lol, Io", "I/O psychology, lol, Io")]
    [TestCase("2Ol9 - Ol/2O22", "2019 - 01/2022")]
    public void Ocr_digits_are_read_only_in_numbers(string text, string read) =>
        Assert.That(OcrDigits.Read(text), Is.EqualTo(read));
}
