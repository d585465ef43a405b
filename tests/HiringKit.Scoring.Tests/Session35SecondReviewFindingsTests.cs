namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 35, of the rules added after the first review's mends (the build 1a15042 against
/// a016122), by a helper who saw only two builds' answers: 123 probes, 6 regressions, mended. "Advocate and Counsellor" and
/// "Advocacy Counsellor" took a financial adviser's, a careers adviser's and an immigration adviser's years into the trade (now a
/// subject before the advocate, or before "Advocacy", is that subject's); "non-clinical" anywhere on a title line dropped a clinical
/// psychologist at a "Non-Clinical Staff Wellbeing Service" and one with "(non-clinical duties 10%: ...)" (now only a note that
/// ends where it stands); a psychiatric nurse's post joined to a counsellor's after its note ("Staff Nurse (Registered Psychiatric
/// Nurse) and Counsellor") was nursing (now the title is read past its notes). Mended from its too-narrow findings (wrong on both
/// builds): "Psychologist of the HR department" and "in the personnel department", a form's "Date of appointment:", a Roman month
/// with a slash ("IX/2013"), "Served in the RAF (2001-2009) before retraining as a psychotherapist" in a profile. The probes live in
/// <c>Probes/Session35SecondReview</c> with the review's summary; each case fails on the reviewed build.
/// </summary>
public sealed class Session35SecondReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session35SecondReview", file);

    [TestCase("r06-05-psychologist-of-hr-department-variant.txt")]
    [TestCase("r06-06-psychologist-in-personnel-department-variant.txt")]
    [TestCase("r02-07-financial-advocate-and-counsellor.txt")]
    [TestCase("r02-11-careers-advocate-and-counsellor.txt")]
    [TestCase("r02-14-immigration-advocacy-counsellor.txt")]
    public void Another_subject_s_advocate_and_counsellor_is_no_counsellor(string file) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.Null);

    [TestCase("r03-08-clinical-psychologist-nonclinical-employer-word.txt", 7.5)]
    [TestCase("r03-09-counselling-psych-nonclinical-duties-note.txt", 8.6)]
    [TestCase("r09-09-staff-nurse-and-counsellor.txt", 9.8)]
    [TestCase("r04-12-appform-date-of-appointment-variant.txt", 7.7)]
    [TestCase("r05-09-roman-slash-variant.txt", 3.8)]
    [TestCase("r07-03-served-in-raf-variant.txt", 5.8)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));
}
