using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using Property = FsCheck.NUnit.PropertyAttribute;

namespace HiringKit.Scoring.Tests;

/// <summary>Dates, ranges and titles run together as broken extraction leaves them: where the readers of roles slice the text.</summary>
public static class DatedFragmentTexts
{
    // The noisy texts rarely put two ranges side by side; a range read over the next one ("2018-2020. janv. 2024 à ce jour")
    // made the level's reading slice backwards (session 46's review). These pieces make such neighbours common.
    static readonly string[] Pieces =
    [
        "2018", "2020", "2024", "19", "21", "03/2019", "12/2021", "1/2/2020", "2016-2019", "2018-2020.", "2019 –", "– 2021", "-", "–",
        "—", " to ", " bis ", " à ", "à ce jour", "present", "Present", "now", "current", "heute", "actualidad", "janv.", "Jan",
        "January", "mars", "Sept", "Fall", "Summer", "déc.", "(", ")", ".", ",", ":", "|", "\t", "\n", "\r\n", "\n\n", " ", "  ",
        "•", "Crisis Text", "Counselor", "Clinical Therapist", "Case Manager", "Intern", "Practicum", "Volunteer", "Barista",
        "LPC", "EXPERIENCE", "EDUCATION", "M.A. Counseling", "MA", "Worcester, MA", "therapeutic alliance", "rapport",
        "supervised", "years", "5+ years", "Page 2 of 3", "Career Goals",
    ];

    public static Arbitrary<NoisyText> Text() =>
        Gen.Sized(size => Gen.ListOf(Gen.Elements(Pieces).SelectMany(piece => Gen.Elements("", " ", " "), (piece, gap) => piece + gap), size))
            .Select(pieces => new NoisyText(string.Concat(pieces)))
            .ToArbitrary();
}

// Before the fix, 20,000 cases found the backwards slice in each of seven runs (after 3,091 to 12,562 cases); 250,000 more found
// nothing else. They take about a second.
[Properties(Arbitrary = [typeof(DatedFragmentTexts)], MaxTest = 20000, EndSize = 60)]
public sealed class DatedFragmentPropertyTests
{
    [Property]
    public void Scoring_never_throws_on_dates_run_together(NoisyText text)
    {
        var score = ResumeScorer.Score(text.Value, SeedTerms.Dictionary);
        foreach (var m in score.Matches)
            if (text.Value.Substring(m.Start, m.Length) != m.Text) throw new InvalidOperationException($"offset of {m.Text}");
    }
}
