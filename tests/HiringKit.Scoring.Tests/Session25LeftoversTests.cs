using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>Leftovers of session 24's reviews, taken in session 25, each written by hand.</summary>
public sealed class Session25LeftoversTests
{
    [TestCase("since September 2018, until February 2021")]
    [TestCase("from September 2018, till February 2021")]
    [TestCase("September 2018, through February 2021")]
    public void A_comma_before_the_range_s_connector_still_ends_it(string dates)
    {
        string text = Header + $"""
            EXPERIENCE
            Mental Health Counselor, Hope Center, {dates}
            - Individual therapy for adults; the therapeutic alliance is reviewed each session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.5));
    }

    [Test]
    public void A_comma_and_a_sentence_s_next_words_are_no_range()
    {
        string text = Header + """
            EXPERIENCE
            Mental Health Counselor, Hope Center, since September 2018, through a county grant for rural clinics
            - Individual therapy for adults; the therapeutic alliance is reviewed each session.
            """;
        var score = Score(text, AsOf2026);

        // A start with a sentence after it dates no post, as before: the comma's "through" reaches no date.
        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Level.Evidence.Where(e => e.Reason == "employment dates"), Is.Empty);
    }
}
