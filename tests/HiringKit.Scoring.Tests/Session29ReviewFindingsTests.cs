namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 29 of the rules read from Fresh76's to Fresh81's misses (scorer 2.30.0 as first written, afd04ae),
/// by a helper who saw only two builds' answers: 100 probes, 33 regressions, 30 mended. "Key attributes" and "Personal qualities"
/// as headings ended the work section inside or between posts; "vicar" and "imam" matched "Vicarious", "Vicarage Lane",
/// "Imamura" and the candidate's own name; a post named by the work ("Sessional Counselling Practitioner") was held only "online";
/// years "across the NHS and the voluntary sector" were another career's; "Principal" as a grade ("Principal Adviser") was a
/// school's head; a post's own dates line with "hours completed" was no post; the writer's cohort ("one of 8 MA students") no
/// longer made a placement; "counselling to young people who were referred to the service" was where they were sent; employer
/// names ("Accounting Wellbeing Service", "College of Osteopathy", "Food and Beverage Workers' Support Line") made counselling
/// posts another trade; a degree's "(post-master's)" line became a post; a student assistant who "counseled peers" was an office.
/// Left: two readings that change no answer (an IB Diploma line with no heading read as a dated line; a student assistant's post
/// read as an office beside her counselling post), and a school's "University Counsellor" (admissions advising, an older reading
/// no longer hidden by a degree word). The probes live in <c>Probes/Session29Review</c>, answered as the review expected.
/// </summary>
public sealed class Session29ReviewFindingsTests
{
    [TestCase("r01-01-key-attributes-inside-post.txt", "senior", 11.9)]
    [TestCase("r01-02-personal-qualities-then-next-post.txt", "senior", 10.9)]
    [TestCase("r01-09-attributes-then-previous-employment.txt", "senior", 10.3)]
    [TestCase("r01-10-key-attributes-sub-heading-uk-nhs.txt", "senior", 8.9)]
    [TestCase("r02-07-vicarious-trauma-lead.txt", "senior", 6.8)]
    [TestCase("r02-10-wellbeing-worker-vicarage-lane.txt", "senior", 5.8)]
    [TestCase("r02-11-wellbeing-worker-imamura-clinic.txt", "senior", 7.8)]
    [TestCase("r02-15-candidate-named-imam-no-headings.txt", "senior", 14.9)]
    [TestCase("r02-16-candidate-surname-vicary.txt", null, 11.9)]
    [TestCase("r04-01-counselling-to-yp-who-were-referred-to-service.txt", "senior", 9.3)]
    [TestCase("r04-02-counselled-clients-referred-on-from-police.txt", "senior", 11.9)]
    [TestCase("r05-10-eds-post-masters-one-line-no-heading.txt", "mid", 3.3)]
    [TestCase("r05-12-cags-post-masters-one-line.txt", "mid", 2.9)]
    [TestCase("r06-02-sessional-counselling-practitioner.txt", "senior", 10.9)]
    [TestCase("r06-03-online-counselling-practitioner-evenings.txt", "senior", 8.8)]
    [TestCase("r08-04-counsellor-caba-accountants.txt", "senior", 12.9)]
    [TestCase("r09-05-deputy-principal-guidance-counsellor.txt", "senior", 14.3)]
    [TestCase("r09-10-principal-adviser-student-wellbeing-college.txt", "senior", 14.3)]
    [TestCase("r09-11-principal-welfare-officer-junior-college-sg.txt", "senior", 13.9)]
    [TestCase("r10-02-one-of-8-ma-students-clinic.txt", "mid", 3.9)]
    [TestCase("r10-03-low-cost-clinic-students-in-training.txt", "mid", 3.8)]
    [TestCase("r10-05-counselling-clinic-staffed-by-diploma-students.txt", "mid", 3.2)]
    [TestCase("r13-06-title-line-hours-completed-real-post.txt", "senior", 9.9)]
    [TestCase("r13-07-hours-acquired-on-dates-line.txt", "senior", 10.8)]
    [TestCase("r14-02-wellbeing-adviser-university-college-osteopathy.txt", "senior", 10.3)]
    [TestCase("r14-04-eating-disorder-counsellor-food-and-beverage-word.txt", "senior", 11.9)]
    [TestCase("r15-02-12-years-across-nhs-and-voluntary-sector.txt", "senior", 12)]
    [TestCase("r15-04-15-years-across-schools-and-camhs.txt", "senior", 15)]
    [TestCase("r15-07-years-across-eap-and-corporate-wellbeing.txt", "senior", 18)]
    [TestCase("r16-07-student-assistant-counseled-only-post.txt", "junior", 4.3)]
    public void A_probe_is_answered_as_the_review_expected(string file, string? level, double? years)
    {
        var estimate = Probes.Score("Session29Review", file).Level;
        Assert.That((estimate.Level, estimate.YearsOfExperience), Is.EqualTo((level, years)));
    }
}
