using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using HiringKit.Scoring;

namespace HiringKit.Benchmarks;

/// <summary>
/// One operation = one pass over the whole corpus, single-threaded. The lowercase copy is the
/// baseline: no scan that looks at every character can beat it, so the Ratio column reads as
/// "how many times slower than the ceiling" (a ratio of 2.5 is 40% of the ceiling's throughput).
/// </summary>
[MemoryDiagnoser]
public class ScanBenchmarks
{
    public const string AllResumes = "all";
    public const string AsciiResumes = "ascii";

    /// <summary>The scoring tests' labelled resumes (<see cref="BenchmarkCorpus.LabelledResumes"/>): reported beside the targets, not one of them.</summary>
    public const string LabelledResumes = "labelled";

    /// <summary>
    /// "all" is the generated corpus as is; "ascii" only its plain-ASCII half. Kept apart because
    /// the ceiling itself changes by an order of magnitude: ToLowerInvariant is vectorized for
    /// ASCII and falls back to per-character ICU casing after the first typographic character.
    /// </summary>
    [Params(AllResumes, AsciiResumes)]
    public string Corpus { get; set; } = AllResumes;

    string[] _resumes = [];
    char[] _buffer = [];
    Regex[] _perPhrase = [];
    Regex _alternation = null!;
    ScoringDictionary _dictionary = null!;
    PhraseMatcher _phrasesOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        _resumes = Corpus switch
        {
            AsciiResumes => BenchmarkCorpus.AsciiResumes,
            LabelledResumes => BenchmarkCorpus.LabelledResumes,
            _ => BenchmarkCorpus.Resumes,
        };
        _buffer = new char[_resumes.Max(r => r.Length)];
        _dictionary = BenchmarkCorpus.Dictionary;
        _phrasesOnly = PhraseMatcher.Build(BenchmarkCorpus.Phrases);
        _perPhrase = [.. BenchmarkCorpus.Phrases.Select(p => new Regex(RegexFor(p), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))];
        // 300 phrases exceed NonBacktracking's default automaton budget of 10,000 nodes.
        AppContext.SetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE", 1_000_000);
        _alternation = new Regex(
            @"\b(?:" + string.Join("|", BenchmarkCorpus.Phrases.Select(RegexFor)) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <summary>
    /// The same robustness the matcher has, as far as a regex can say it: any case, any run of
    /// whitespace or dashes between words, an optional plural. (No accents: a regex cannot fold them.)
    /// </summary>
    public static string RegexFor(string phrase)
    {
        var words = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        return @"\b" + string.Join(@"[\s\p{Pd}_/]+", words) + @"(?:e?s)?\b";
    }

    public long TotalChars => _resumes.Sum(r => (long)r.Length);

    [Benchmark(Baseline = true, Description = "ToLowerInvariant copy (ceiling)")]
    public int LowercaseCopy()
    {
        int sum = 0;
        foreach (var resume in _resumes)
        {
            resume.AsSpan().ToLowerInvariant(_buffer);
            sum += _buffer[0];
        }
        return sum;
    }

    /// <summary>The scorer's automaton: phrases plus false friends, titles, credentials, assertion cues and level words.</summary>
    [Benchmark(Description = "PhraseMatcher, full dictionary")]
    public int Matcher()
    {
        var sink = new CountingSink();
        foreach (var resume in _resumes)
            _dictionary.Matcher.FindAll(resume, ref sink);
        return sink.Count;
    }

    /// <summary>The same automaton over only the 300 phrases (with spellings): the same job the regexes do.</summary>
    [Benchmark(Description = "PhraseMatcher, 300 phrases only")]
    public int MatcherPhrasesOnly()
    {
        var sink = new CountingSink();
        foreach (var resume in _resumes)
            _phrasesOnly.FindAll(resume, ref sink);
        return sink.Count;
    }

    [Benchmark(Description = "ResumeScorer.Score (everything)")]
    public int WholeScorer()
    {
        int sum = 0;
        foreach (var resume in _resumes)
            sum += ResumeScorer.Score(resume, _dictionary).Score;
        return sum;
    }

    [Benchmark(Description = "Regex per phrase (compiled)")]
    public int RegexPerPhrase()
    {
        int count = 0;
        foreach (var resume in _resumes)
            foreach (var regex in _perPhrase)
                count += regex.Count(resume);
        return count;
    }

    [Benchmark(Description = "One alternation (NonBacktracking)")]
    public int NonBacktrackingAlternation()
    {
        int count = 0;
        foreach (var resume in _resumes)
            count += _alternation.Count(resume);
        return count;
    }

    struct CountingSink : IPhraseHitSink
    {
        public int Count;

        public void Add(PhraseHit hit) => Count++;
    }
}
