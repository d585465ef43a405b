using FsCheck.NUnit;
using Property = FsCheck.NUnit.PropertyAttribute;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// A large glossary's automaton keeps full rows only near the root and edges elsewhere (issue 17). Both
/// forms must find exactly the same hits and give byte-identical scores; the seed term compiled into
/// the large form lets every text here run through both.
/// </summary>
[Properties(Arbitrary = [typeof(NoisyTexts)], MaxTest = 300, EndSize = 60)]
public sealed class AutomatonFormTests
{
    static readonly ScoringDictionary Sparse = ScoringDictionary.Compile([SeedTerms.TherapeuticAlliance], maxFullRowStates: 0);

    static List<PhraseHit> Hits(ScoringDictionary dictionary, string text)
    {
        var hits = new PhraseHit[text.Length + 16];
        int count = dictionary.Matcher.FindAll(text, hits);
        return [.. hits.AsSpan(0, Math.Min(count, hits.Length))];
    }

    [Test]
    public void The_large_form_is_used_when_asked_and_is_smaller()
    {
        Assert.That(Sparse.Matcher.StateCount, Is.EqualTo(SeedTerms.Dictionary.Matcher.StateCount));
        Assert.That(Sparse.Matcher.Bytes, Is.LessThan(SeedTerms.Dictionary.Matcher.Bytes));
    }

    /// <summary>
    /// A spelling shared by several patterns (a job title that is also another term's phrase) reports every one,
    /// however many spellings came before: the fifth at a node was once linked into a list's discarded array.
    /// </summary>
    [TestCase(0)]
    [TestCase(3)]
    [TestCase(17)]
    [TestCase(39)]
    public void A_word_shared_by_many_patterns_reports_every_one(int before)
    {
        var patterns = new List<PatternSpelling>();
        for (int i = 0; i < before; i++) patterns.Add(new PatternSpelling(100 + i, "zz" + (char)('a' + i % 26) + (char)('a' + i / 26)));
        for (int id = 0; id < 6; id++) patterns.Add(new PatternSpelling(id, "counselor"));
        foreach (int maxFullRowStates in new[] { PhraseMatcher.MaxFullRowStates, 0 })
            foreach (var text in new[] { "a counselor here", "counselor.", "the counselor's" })
            {
                var hits = new PhraseHit[64];
                int n = PhraseMatcher.Build(patterns, maxFullRowStates).FindAll(text, hits);
                Assert.That(hits.Take(n).Select(h => h.PatternId), Is.EqualTo(Enumerable.Range(0, 6)), $"'{text}' with {before} spellings before");
            }
    }

    [Property]
    public void Both_forms_find_the_same_hits_in_any_text(NoisyText text) =>
        Assert.That(Hits(Sparse, text.Value), Is.EqualTo(Hits(SeedTerms.Dictionary, text.Value)));

    /// <summary>
    /// Long texts are walked a segment at a time, each in four quarters, and a quarter with more hits than are held back is
    /// walked again: a dense 60 KB text crosses every one of those seams, and the large form walks it in one piece.
    /// </summary>
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Both_forms_find_the_same_hits_in_a_long_dense_text(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["therapeutic alliance", "working\nalliance", "rapport with clients", "the therapeu-\ntic bond", "strategic alliance",
            "LPC", "counselor", "2019 - 2023", "client-centered", "empathy", ".", ", ", ";\n", " (", ") ", "\u2022 ", "\u00A0"];
        var text = new System.Text.StringBuilder();
        while (text.Length < 60_000) text.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "\n" : " ");
        var hits = Hits(SeedTerms.Dictionary, text.ToString());
        Assert.That(hits, Has.Count.GreaterThan(4 * 128), "dense enough to overflow a quarter's held-back hits");
        Assert.That(Hits(Sparse, text.ToString()), Is.EqualTo(hits));
    }

    [Property(Arbitrary = [typeof(LargeNoisyTexts)], MaxTest = 5)]
    public void Both_forms_find_the_same_hits_in_long_noisy_text(LargeNoisyText text) =>
        Assert.That(Hits(Sparse, text.Value), Is.EqualTo(Hits(SeedTerms.Dictionary, text.Value)));

    static IEnumerable<string> CorpusFiles() =>
        Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus"), "*.txt", SearchOption.AllDirectories)
            .Select(Path.GetFileName)!;

    [TestCaseSource(nameof(CorpusFiles))]
    public void Both_forms_score_every_corpus_resume_identically(string file)
    {
        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus"), file, SearchOption.AllDirectories)[0]);
        Assert.That(Hits(Sparse, text), Is.EqualTo(Hits(SeedTerms.Dictionary, text)));
        Assert.That(System.Text.Json.JsonSerializer.Serialize(ResumeScorer.Score(text, Sparse)),
            Is.EqualTo(System.Text.Json.JsonSerializer.Serialize(ResumeScorer.Score(text, SeedTerms.Dictionary))));
    }
}
