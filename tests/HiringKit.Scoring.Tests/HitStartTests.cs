using FsCheck.NUnit;
using Property = FsCheck.NUnit.PropertyAttribute;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// A hit of several words finds its start a word at a time (session 46), a hit of one word by its length; both must give
/// exactly the start the walk back over the spelling gives: the span folds to the spelling, and starts on no invisible
/// character, whatever soft hyphens, combining accents, runs of separators or punctuation the noise puts around and inside it.
/// </summary>
[Properties(Arbitrary = [typeof(NoisyTexts)], MaxTest = 300, EndSize = 60)]
public sealed class HitStartTests
{
    // Words the noise is made of ("a", "b", "e", "l", "n", "r", "t" and the seed phrases), so hits are many.
    static readonly string[] Spellings =
    [
        "therapeutic alliance", "working alliance", "rapport building", "client relationships", "alliance", "rapport",
        "a b", "b a n", "tea l", "al", "an", "e", "le ant", "ren t a l", "rapport-building", "the rapeutic al", "data analysis",
    ];

    static readonly PatternSpelling[] Patterns = [.. Spellings.Select((text, id) => new PatternSpelling(id, text))];

    static readonly PhraseMatcher[] Forms = [PhraseMatcher.Build(Patterns), PhraseMatcher.Build(Patterns, maxFullRowStates: 0)];

    /// <summary>The classes a span stands for: invisible characters dropped, each run of separators one separator.</summary>
    static List<byte> Folded(ReadOnlySpan<char> span)
    {
        var classes = new List<byte>();
        foreach (char c in span)
        {
            byte cls = CharClass.Of(c);
            if (cls == CharClass.Ignorable || (cls == CharClass.Separator && classes.Count > 0 && classes[^1] == CharClass.Separator)) continue;
            classes.Add(cls);
        }
        return classes;
    }

    [Property]
    public void Every_hit_starts_where_its_spelling_does(NoisyText text)
    {
        foreach (var matcher in Forms)
        {
            var hits = new PhraseHit[text.Value.Length + 16];
            int count = Math.Min(matcher.FindAll(text.Value, hits), hits.Length);
            foreach (var hit in hits.AsSpan(0, count))
            {
                var span = text.Value.AsSpan(hit.Start, hit.Length);
                Assert.That(CharClass.Of(span[0]), Is.Not.EqualTo(CharClass.Ignorable), $"{hit} starts on an invisible character");
                Assert.That(Folded(span), Is.EqualTo(Folded(Spellings[hit.PatternId])), $"{hit}: '{span.ToString()}'");
            }
        }
    }

    [TestCase("a rapport\u00AD building b", "rapport\u00AD building")]
    [TestCase("a rap\u00ADport building b", "rap\u00ADport building")]
    [TestCase("a \u00ADrapport building b", "rapport building")]
    [TestCase("a rapport \u00AD\r\n building\u00AD b", "rapport \u00AD\r\n building\u00AD")]
    [TestCase("x'rapport building", "rapport building")]
    [TestCase("(rapport building)", "rapport building")]
    [TestCase("rapport building", "rapport building")]
    [TestCase("rapport buil\u0301ding.", "rapport buil\u0301ding")]
    // The word's length back from its end lands on its own third letter, the first's twin: only the character before tells.
    [TestCase("data analysis­­.", "data analysis­­", "data analysis")]
    public void A_hit_of_several_words_keeps_its_exact_offsets(string text, string expected, string spelling = "rapport building")
    {
        foreach (var matcher in Forms)
        {
            var hits = new PhraseHit[32];
            int count = matcher.FindAll(text, hits);
            var found = hits.Take(count).Where(h => Spellings[h.PatternId] == spelling).Select(h => text.Substring(h.Start, h.Length));
            Assert.That(found, Is.EqualTo(new[] { expected }));
        }
    }
}
