namespace HiringKit.Scoring.Tests;

/// <summary>An independent review of session 46's speed changes: inputs on which the merged build answered otherwise than 093821c.</summary>
public sealed class Session46ReviewFindingsTests
{
    const string Base = "Jane Doe\nLicensed Professional Counselor\n\nEXPERIENCE\nStaff Counselor, Acme Clinic\nJan 2019 - Present\n"
        + "Provide individual therapy to adults with anxiety and depression, using CBT and motivational interviewing every week.\n\n";

    // A plans heading over a page's running footer: the layout joins the two lines (the footer's line break blanked), and the
    // plans heading was looked for on the layout's lines, so none was found and the aim under it read as work done.
    [TestCase(Base + "Career Goals\nPage 2 of 3\n\u2022 Deepen therapeutic alliance work with adolescents and families.\n", "therapeutic alliance")]
    [TestCase(Base + "Career Goals\r\nPage 2 of 3\r\n- Deepen therapeutic alliance work with adolescents and families.\r\n", "therapeutic alliance")]
    [TestCase(Base + "Professional Goals\nPage 2 of 3\n\u2022 Strengthen the working alliance with clients through feedback-informed treatment.\n", "working alliance")]
    public void An_aim_under_a_plans_heading_over_a_running_footer_stays_an_aim(string text, string phrase)
    {
        var score = ResumeScorer.Score(text, SeedTerms.Dictionary);
        var match = score.Matches.Single(m => m.Phrase == phrase);
        Assert.That(match.Assertion, Is.EqualTo(Assertions.Aspirational));
    }

    // Two date ranges read over each other ("2018-2020." then "2020. janv. 2024 à ce jour"): the check for dates on lines of
    // their own, one under another, sliced the text between the first range's end and the second's start, which lay before it,
    // and threw (found by the same review; 093821c threw too).
    [TestCase("(Crisis Text 2018-2020. janv. 2024 à ce jour")]
    [TestCase("Crisis Counselor (Crisis Text 2018-2020. janv. 2024 à ce jour\nAnswered texts from people in crisis; built rapport quickly.")]
    public void Date_ranges_read_over_each_other_do_not_throw(string text)
    {
        var score = ResumeScorer.Score(text, SeedTerms.Dictionary);
        Assert.That(score.Score, Is.InRange(0, 100));
    }
}
