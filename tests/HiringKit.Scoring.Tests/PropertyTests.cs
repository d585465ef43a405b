using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using Property = FsCheck.NUnit.PropertyAttribute;

namespace HiringKit.Scoring.Tests;

/// <summary>Text an attacker, a broken PDF extractor or a careless ATS might send.</summary>
public sealed record NoisyText(string Value)
{
    public override string ToString() => JsonSerializer.Serialize(Value);
}

public static class NoisyTexts
{
    static readonly string[] Pieces =
    [
        "therapeutic alliance", "Therapeutic-Alliance", "working\r\nalliance", "rapport", "rapport building", "empathy",
        "counselor–client relationships", "strategic alliance", "bond trader", "relationship manager", "LPC", "lpc", "LMHC",
        "no experience with ", "familiar with ", "eager to learn ", "not ", "but ", "7+ years of experience", "over 12 years",
        "Jan 2019 – Mar 2021", "2016 - Present", "03/2019 – 2021", "Fall 2020 to now", "2019-", "–", "—", "%", "85% client retention",
        "Clinical supervision", "supervised by", "intern", "EDUCATION\n", "EXPERIENCE\n", "\u00A0", "\u00AD", "\u0301", "\u200B",
        "\r\n", "\n", "\t", "  ", ".", ";", "•", ":", ",", "'", "’", "“", "”", "(", ")", "😀", "\uD83D", "\uDE00", "\0", "\u0007",
        "\uFFFF", "\uFEFF", "é", "ß", "İ", "ı", "Ａ", "9999", "0", "1950", "2100", "12/", "years", "year", "yrs",
        // A federal form's pay lines under a post's dates, read down to the post (session 52: one ending the text crashed the layout).
        "Grade Level: 12", "Series: 0185\n", "with commanders", "; I am not yet doing it alone",
    ];

    static Gen<string> AnyChar => Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString());

    static Gen<string> Piece => Gen.Frequency(
        (6, Gen.Elements(Pieces)),
        (3, AnyChar),
        (2, Gen.Elements("a", "b", "e", "l", "n", "r", "t", " ", "-")));

    public static Arbitrary<NoisyText> Text() =>
        Gen.Sized(size => Gen.ListOf(Piece, size * 4))
            .Select(pieces => new NoisyText(string.Concat(pieces)))
            .ToArbitrary();

    /// <summary>About 200 KB of the same noise: the size of the largest resume the API accepts.</summary>
    public static Gen<NoisyText> Large =>
        Gen.ListOf(Piece, 40_000).Select(pieces => new NoisyText(string.Concat(pieces)));
}

/// <summary>Text at the size limit, where a quadratic step or an offset off by one in a long run would show.</summary>
public sealed record LargeNoisyText(string Value)
{
    public override string ToString() => $"{Value.Length} chars starting {JsonSerializer.Serialize(Value[..Math.Min(200, Value.Length)])}";
}

public static class LargeNoisyTexts
{
    // Shrinking 40,000 pieces one at a time would take minutes; a failing case is reported as generated.
    public static Arbitrary<LargeNoisyText> Text() =>
        Arb.From(NoisyTexts.Large.Select(t => new LargeNoisyText(t.Value)), _ => []);
}

[Properties(Arbitrary = [typeof(NoisyTexts)], MaxTest = 300, EndSize = 60)]
public sealed class PropertyTests
{
    static ResumeScore Score(string text) => ResumeScorer.Score(text, SeedTerms.Dictionary);

    [Property]
    public void Scoring_never_throws_on_noisy_text(NoisyText text) => Score(text.Value);

    [Property]
    public void Scoring_never_throws_on_any_string(string? text) => Score(text ?? "");

    /// <summary>
    /// Cases the properties above found, shrunk by hand and kept: a dated bullet's range over a line whose dates run on to the
    /// next line ("2019-" over "2020") read past its line's end and threw (a CI run of session 23, FsCheck seed
    /// 4534577401758553978,9426449595154555207).
    /// </summary>
    [TestCase("-2019\u20132021\n2019-\n2020")]
    [TestCase("EXPERIENCE\n- Lead counselor, 2016\u20132019,\n2019-\n2020 Senior Therapist\n- Individual counseling.")]
    // A whole date with a two-digit year ending the text: the reader of the date order skipped past the end and threw, and the
    // API answered 500 (found in session 43 while checking a speed-up; noise never ends on such a date).
    [TestCase("Jane Doe\nCounsellor\n\nEXPERIENCE\nCounsellor, Clinic 01.09.2019 - 31.03.20")]
    [TestCase("01/09/2019 - 31/03/20")]
    public void Scoring_does_not_throw_on_a_found_case(string text) => Assert.DoesNotThrow(() => Score(text));

    [Property]
    public bool Every_offset_points_at_its_text(NoisyText noisy)
    {
        return OffsetsPointAtTheirText(noisy.Value, Score(noisy.Value));
    }

    /// <summary>Every match, title and level evidence: in bounds, and exactly the text it quotes.</summary>
    internal static bool OffsetsPointAtTheirText(string text, ResumeScore score) =>
        score.Matches.All(m => InBounds(text, m.Start, m.Length) && text.Substring(m.Start, m.Length) == m.Text)
        && score.JobTitles.All(t => InBounds(text, t.Start, t.Length) && text.Substring(t.Start, t.Length) == t.Text)
        && score.Level.Evidence.All(e => InBounds(text, e.Start, e.Length) && text.Substring(e.Start, e.Length) == e.Text);

    [Property]
    public bool Scores_stay_between_0_and_100_with_a_consistent_band(NoisyText noisy)
    {
        var score = Score(noisy.Value);
        bool inRange = score.Score is >= 0 and <= 100 && score.Terms.All(t => t.Score is >= 0 and <= 100);
        bool bandAgrees = score.InsufficientText
            ? score.Band == Bands.None && score.Score == 0
            : score.Band == ResumeScorer.BandOf(score.Score);
        return inRange && bandAgrees && score.Level.Confidence is >= 0 and <= 1;
    }

    [Property]
    public bool Same_text_gives_byte_identical_output(NoisyText noisy) =>
        JsonSerializer.Serialize(Score(noisy.Value)) == JsonSerializer.Serialize(Score(new StringBuilder(noisy.Value).ToString()));

    [Property]
    public bool Matches_are_ordered_by_start_then_length(NoisyText noisy)
    {
        var matches = Score(noisy.Value).Matches;
        for (int i = 1; i < matches.Count; i++)
        {
            var (a, b) = (matches[i - 1], matches[i]);
            if (a.Start > b.Start || (a.Start == b.Start && a.Length > b.Length)) return false;
        }
        return true;
    }

    [Property]
    public bool Case_does_not_change_what_is_found(NoisyText noisy) => CaseDoesNotChangeWhatIsFound(noisy.Value);

    /// <summary>A CI run's falsifying case (seed 15037886288727744664,2540268364081806679), kept so it is asked every run.</summary>
    [Test]
    public void Case_does_not_change_what_is_found_in_a_found_case() =>
        Assert.That(CaseDoesNotChangeWhatIsFound("1950 7+ years of experiencea\u00E9therapeutic alliance  \uFEF9EXPERIENCE\nnot working\r\nalliance\nintern l;\u2013 Fall 2020 to now e\u00A0 b\u2022ee7+ years of experience\r\n eager to learn 12/year Clinical supervision'btworking\r\nalliance\uFF21\u201D\u201Cover 12 yearst 1950t LPCbut \u201C e%0 no experience with \u2013\t"), Is.True);

    static bool CaseDoesNotChangeWhatIsFound(string value)
    {
        // ToUpperInvariant keeps UTF-16 lengths for the characters the matcher folds, so offsets stay comparable.
        // Related phrases are left out: whether a soft skill is evidence depends on the career the layout reads
        // (issue 16), and the layout reads capitals as headings, so an all-caps page may have other roles.
        string text = value;
        string upper = string.Create(text.Length, text, (span, t) =>
        {
            for (int i = 0; i < t.Length; i++) span[i] = t[i] is >= 'a' and <= 'z' ? (char)(t[i] - 32) : t[i];
        });
        // Capitals do change how the page is read, rightly: "MA" is a degree and "ma" is not, "ACT" a credential and "act" a
        // verb. Where the two pages' headings, roles or roles' trades differ, a role of another trade holds the term on one
        // page only (about one run of this test in forty met such a text), and what is found may differ with it: the property is about
        // pages read alike.
        if (!ReadAlike(text, upper)) return true;
        // A phrase across a line break is joined only where the line was merely wrapped, the next one starting in lower case: in
        // capitals "not working" over "alliance" is two lines (a CI run's seed found one; 2.44.0 answered it the same way).
        // And for the same reason a line starting in lower case is read as the line above it wrapped, and in capitals as a line of
        // its own: a denial on the line above ("),not LMHC") reaches a phrase on the joined line in lower case only (a CI run's
        // seed (40306445473976629,4455806080500773613), size 31; 2.46.1 answered it the same way). Phrases on such a line, or on
        // the line above one, are set aside.
        var lower = Score(text).Matches.Where(m => m.Kind != "related" && !SpansALineBreak(text, m) && !OnAJoinedLine(text, m))
            .Select(m => (m.Phrase, m.Start, m.Length));
        var upperMatches = Score(upper).Matches.Where(m => m.Kind != "related" && !SpansALineBreak(upper, m) && !OnAJoinedLine(text, m))
            .Select(m => (m.Phrase, m.Start, m.Length));
        return lower.SequenceEqual(upperMatches);
    }

    static bool SpansALineBreak(string text, Match m) => text.AsSpan(m.Start, m.Length).IndexOfAny('\n', '\r') >= 0;

    /// <summary>Whether the match's line, or the line under it, starts in lower case in <paramref name="text"/> (the page before capitals).</summary>
    static bool OnAJoinedLine(string text, Match m)
    {
        int lineStart = text.LastIndexOfAny(['\n', '\r'], Math.Max(0, m.Start - 1)) + 1;
        if (m.Start == 0) lineStart = 0;
        int nextBreak = text.IndexOfAny(['\n', '\r'], m.Start);
        return StartsInLowerCase(text, lineStart) || nextBreak >= 0 && StartsInLowerCase(text, nextBreak + 1);
    }

    static bool StartsInLowerCase(string text, int from)
    {
        while (from < text.Length && text[from] is not ('\n' or '\r') && !char.IsLetterOrDigit(text[from])) from++;
        return from < text.Length && text[from] is >= 'a' and <= 'z';
    }

    static bool ReadAlike(string text, string other)
    {
        var asOf = ScorerInfo.DefaultAsOf;
        var (a, b) = (new ResumeLayout(text, asOf), new ResumeLayout(other, asOf));
        return a.Headings.SequenceEqual(b.Headings) && a.Roles.SequenceEqual(b.Roles) && a.IsAnotherTrade.SequenceEqual(b.IsAnotherTrade);
    }

    static bool InBounds(string text, int start, int length) => start >= 0 && length >= 0 && start + length <= text.Length;
}

[Properties(Arbitrary = [typeof(LargeNoisyTexts)], MaxTest = 10)]
public sealed class LargePropertyTests
{
    [Property]
    public bool Two_hundred_kilobytes_of_noise_score_without_throwing_with_valid_offsets_in_range_and_deterministic(LargeNoisyText noisy)
    {
        string text = noisy.Value;
        var score = ResumeScorer.Score(text, SeedTerms.Dictionary);
        bool offsets = PropertyTests.OffsetsPointAtTheirText(text, score);
        bool inRange = score.Score is >= 0 and <= 100 && score.Terms.All(t => t.Score is >= 0 and <= 100);
        bool deterministic = JsonSerializer.Serialize(score) == JsonSerializer.Serialize(ResumeScorer.Score(new StringBuilder(text).ToString(), SeedTerms.Dictionary));
        return text.Length >= 150_000 && offsets && inRange && deterministic;
    }
}

public sealed class LargeInputTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Two_hundred_kilobytes_of_noise_score_quickly_and_safely(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(200_000);
        string[] phrases = ["therapeutic alliance", "rapport", "no experience with ", "2016 – Present", "LPC", "85% retention", "\r\n"];
        while (builder.Length < 200_000)
        {
            if (random.Next(20) == 0) builder.Append(phrases[random.Next(phrases.Length)]);
            else builder.Append((char)random.Next(0, char.MaxValue + 1));
        }
        string text = builder.ToString();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var score = ResumeScorer.Score(text, SeedTerms.Dictionary);
        watch.Stop();

        Assert.That(score.Score, Is.InRange(0, 100));
        foreach (var m in score.Matches)
            Assert.That(text.Substring(m.Start, m.Length), Is.EqualTo(m.Text));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void Thousands_of_false_friends_beside_phrases_stay_linear()
    {
        string text = string.Concat(Enumerable.Repeat("bond market; therapeutic alliance; strategic alliance manager; rapport. ", 2800));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var score = ResumeScorer.Score(text, SeedTerms.Dictionary);
        watch.Stop();

        Assert.That(score.Matches, Has.Count.EqualTo(5600));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void A_resume_of_one_phrase_repeated_for_200_kilobytes_stays_linear()
    {
        string text = string.Concat(Enumerable.Repeat("no experience with therapeutic alliance, rapport building; ", 3500));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var score = ResumeScorer.Score(text, SeedTerms.Dictionary);
        watch.Stop();

        Assert.That(score.Matches, Has.Count.EqualTo(7000));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }
}
