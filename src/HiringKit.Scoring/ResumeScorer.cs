using System.Security.Cryptography;
using System.Text;

namespace HiringKit.Scoring;

/// <summary>
/// Scores a resume against glossary terms. Pure and deterministic: the same text, dictionary and
/// options give the same result, byte for byte once serialized, on any machine.
/// </summary>
/// <remarks>
/// Per term, out of 100:
/// <list type="bullet">
/// <item>core, up to 35: the canonical phrase 20 points, each synonym 12;</item>
/// <item>related competencies, up to 25: 5 points for each different one;</item>
/// <item>components, up to 25: the share of the term's components (bond, goals, tasks) with evidence;</item>
/// <item>outcomes, up to 15: 7.5 for each measured client outcome ("85% client retention"), counted only
/// when the resume shows the term itself (its canonical phrase or a synonym, or two of its components).</item>
/// </list>
/// Each phrase counts by its occurrences weighted by assertion (asserted 1, hedged 0.35,
/// aspirational 0.1, negated 0), the strongest first at full weight, each further one half the one
/// before, capped at 1.5 occurrences' worth, so breadth beats repetition. The overall score is the
/// best term's when no terms are asked for, the mean of the asked-for terms otherwise. Text too
/// short to judge scores 0 with band none.
/// </remarks>
public static class ResumeScorer
{
    const double CanonicalPoints = 20;
    const double SynonymPoints = 12;
    const double CoreCap = 35;
    const double RelatedPoints = 5;
    const double RelatedCap = 25;
    const double ComponentPoints = 25;
    const double OutcomePoints = 7.5;
    const int MaxOutcomes = 2;

    /// <summary>A phrase said once counts 1; said again and again, never more than this.</summary>
    const double MaxPhraseStrength = 1.5;
    const double RepeatDecay = 0.5;

    /// <summary>Terms without components are covered by this many different phrases instead.</summary>
    const int PhrasesForFullCoverage = 4;

    public const int WeakFrom = 15;
    public const int ModerateFrom = 35;
    public const int StrongFrom = 65;

    public static double WeightOf(string assertion) => assertion switch
    {
        Assertions.Asserted => 1.0,
        Assertions.Hedged => 0.35,
        Assertions.Aspirational => 0.1,
        _ => 0.0,
    };

    public static string BandOf(int score) => score switch
    {
        >= StrongFrom => Bands.Strong,
        >= ModerateFrom => Bands.Moderate,
        >= WeakFrom => Bands.Weak,
        _ => Bands.None,
    };

    public static ResumeScore Score(string text, ScoringDictionary dictionary, ScoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dictionary);
        options ??= new ScoreOptions();
        var terms = SelectTerms(dictionary, options.Terms);
        if (options.TargetLevel is not null && !Levels.All.Contains(options.TargetLevel))
            throw new ArgumentException($"Unknown target level '{options.TargetLevel}'; expected junior, mid or senior.", nameof(options));
        var asOf = options.AsOf ?? ScorerInfo.DefaultAsOf;

        var hits = new List<PhraseHit>(text.Length / 32 + 8);
        var sink = new ListSink(hits);
        dictionary.Matcher.FindAll(text, ref sink);

        var cueHits = new List<PhraseHit>();
        foreach (var hit in hits)
            if (dictionary.PatternOf(hit.PatternId).Kind == PatternKind.AssertionCue) cueHits.Add(hit);

        var resume = new ResumeText(text);
        var termSet = new HashSet<int>(terms);
        var matches = FindMatches(resume, dictionary, termSet, hits, cueHits);
        var jobTitles = FindJobTitles(text, dictionary, termSet, hits);
        var termEvidence = matches.Where(m => m.Assertion is Assertions.Asserted or Assertions.Hedged).Select(m => m.Match.Start)
            .Concat(jobTitles.Select(j => j.Start)).ToList();
        bool insufficient = !TextSufficiency.IsSufficient(text);
        var level = LevelEstimator.Estimate(resume, dictionary, terms, hits, termEvidence, asOf);
        // A level guessed from one line would be read as a verdict too.
        if (insufficient) level = level with { Level = null, Confidence = 0 };
        int outcomes = insufficient ? 0 : Outcomes.Count(resume, dictionary, cueHits);

        var termScores = new List<TermScore>(terms.Count);
        foreach (int t in terms)
            termScores.Add(ScoreTerm(dictionary.Terms[t], dictionary.PhraseComponents[t], t, matches, outcomes, insufficient));

        int score = insufficient || termScores.Count == 0 ? 0
            : options.Terms is { Count: > 0 }
                ? (int)Math.Round(termScores.Average(s => s.Score), MidpointRounding.AwayFromZero)
                : termScores.Max(s => s.Score);

        return new ResumeScore(
            ScorerInfo.Version,
            HashOf(text),
            score,
            insufficient ? Bands.None : BandOf(score),
            insufficient,
            matches.Select(m => m.Match).ToList(),
            termScores,
            level,
            jobTitles);
    }

    /// <summary>Lowercase hex SHA-256 of the text as UTF-8.</summary>
    public static string HashOf(string text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 4096 ? System.Buffers.ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> buffer = rented ?? stackalloc byte[4096];
        // Lone surrogates become U+FFFD, as System.Text.Json and ASP.NET encode them.
        int length = Encoding.UTF8.GetBytes(text, buffer);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer[..length], hash);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(hash);
    }

    static List<int> SelectTerms(ScoringDictionary dictionary, IReadOnlyCollection<string>? slugs)
    {
        if (slugs is not { Count: > 0 }) return [.. Enumerable.Range(0, dictionary.Terms.Count)];
        var selected = new SortedSet<int>();
        foreach (var slug in slugs)
        {
            if (slug is null || !dictionary.TryGetTermIndex(slug, out int index))
                throw new ArgumentException($"Unknown term '{slug}'.", "options");
            selected.Add(index);
        }
        return [.. selected];
    }

    readonly record struct FoundMatch(int Term, int Phrase, string Assertion, Match Match);

    static List<FoundMatch> FindMatches(ResumeText resume, ScoringDictionary dictionary, HashSet<int> terms, List<PhraseHit> hits, List<PhraseHit> cueHits)
    {
        string text = resume.Text;
        var phraseHits = new Dictionary<int, List<PhraseHit>>();
        var falseFriends = new Dictionary<int, List<PhraseHit>>();
        foreach (var hit in hits)
        {
            var pattern = dictionary.PatternOf(hit.PatternId);
            var into = pattern.Kind switch
            {
                PatternKind.Phrase => phraseHits,
                PatternKind.FalseFriend => falseFriends,
                _ => null,
            };
            if (into is null || !terms.Contains(pattern.Term)) continue;
            if (!into.TryGetValue(pattern.Term, out var list)) into[pattern.Term] = list = [];
            list.Add(hit);
        }

        var found = new List<FoundMatch>();
        foreach (var (t, termHits) in phraseHits)
        {
            var term = dictionary.Terms[t];
            var blockers = falseFriends.GetValueOrDefault(t) ?? [];
            int longestBlocker = blockers.Count == 0 ? 0 : blockers.Max(b => b.Length);
            foreach (var hit in Overlaps.KeepOutermost(termHits))
            {
                if (Overlaps.Any(blockers, longestBlocker, hit)) continue;
                int p = dictionary.PatternOf(hit.PatternId).Item;
                var phrase = term.Phrases[p];
                string assertion = AssertionReader.Of(resume, hit.Start, dictionary, cueHits);
                found.Add(new FoundMatch(t, p, assertion, new Match(
                    term.Slug, phrase.Phrase, KindName(phrase.Kind), assertion, hit.Start, hit.Length,
                    text.Substring(hit.Start, hit.Length))));
            }
        }

        found.Sort((a, b) =>
            a.Match.Start != b.Match.Start ? a.Match.Start.CompareTo(b.Match.Start)
            : a.Match.Length != b.Match.Length ? a.Match.Length.CompareTo(b.Match.Length)
            : a.Term != b.Term ? a.Term.CompareTo(b.Term)
            : a.Phrase.CompareTo(b.Phrase));
        return found;
    }

    static string KindName(PhraseKind kind) => kind switch
    {
        PhraseKind.Canonical => "canonical",
        PhraseKind.Synonym => "synonym",
        _ => "related",
    };

    static List<JobTitleMatch> FindJobTitles(string text, ScoringDictionary dictionary, HashSet<int> terms, List<PhraseHit> hits)
    {
        var titleHits = new List<PhraseHit>();
        foreach (var hit in hits)
        {
            var pattern = dictionary.PatternOf(hit.PatternId);
            if (pattern.Kind == PatternKind.JobTitle && terms.Contains(pattern.Term)) titleHits.Add(hit);
            // Licensing boards write credentials in capitals; "lpc" in a file name is not one.
            else if (pattern.Kind == PatternKind.Credential && !text.AsSpan(hit.Start, hit.Length).ContainsAnyInRange('a', 'z')) titleHits.Add(hit);
        }

        var titles = new List<JobTitleMatch>();
        foreach (var hit in Overlaps.KeepOutermost(titleHits))
        {
            var pattern = dictionary.PatternOf(hit.PatternId);
            string title = pattern.Kind == PatternKind.Credential
                ? Credentials.All[pattern.Item].Title
                : dictionary.Terms[pattern.Term].JobTitles[pattern.Item].Title;
            titles.Add(new JobTitleMatch(title, hit.Start, hit.Length, text.Substring(hit.Start, hit.Length)));
        }
        return titles;
    }

    static TermScore ScoreTerm(TermDefinition term, int[] phraseComponents, int t, List<FoundMatch> matches, int outcomes, bool insufficient)
    {
        var phrases = term.Phrases;
        var components = term.Components ?? [];
        var weightsByPhrase = new List<double>?[phrases.Count];
        var counted = new bool[phrases.Count];
        foreach (var m in matches)
        {
            if (m.Term != t) continue;
            (weightsByPhrase[m.Phrase] ??= []).Add(WeightOf(m.Assertion));
            // Hedged mentions are weak evidence but evidence; aspirational and negated ones are none.
            if (m.Assertion is Assertions.Asserted or Assertions.Hedged) counted[m.Phrase] = true;
        }

        double core = 0, related = 0;
        var coverage = new double[components.Count];
        int strongPhrases = 0;
        for (int p = 0; p < phrases.Count; p++)
        {
            if (weightsByPhrase[p] is not { } weights) continue;
            double strength = Strength(weights);
            switch (phrases[p].Kind)
            {
                case PhraseKind.Canonical: core += CanonicalPoints * strength; break;
                case PhraseKind.Synonym: core += SynonymPoints * strength; break;
                default: related += RelatedPoints * strength; break;
            }
            if (phraseComponents[p] >= 0) coverage[phraseComponents[p]] += strength;
            if (strength >= 0.5) strongPhrases++;
        }

        double covered = components.Count > 0
            ? coverage.Average(c => Math.Min(1.0, c))
            : Math.Min(1.0, strongPhrases / (double)PhrasesForFullCoverage);
        double evidence = Math.Min(core, CoreCap) + Math.Min(related, RelatedCap) + ComponentPoints * covered;
        // "96% revenue retention" says nothing about alliances unless the resume shows the alliance itself.
        bool showsTheTerm = core > 0 || coverage.Count(c => c >= 0.5) >= 2;
        double total = evidence + (showsTheTerm ? OutcomePoints * Math.Min(outcomes, MaxOutcomes) : 0);
        int score = insufficient ? 0 : (int)Math.Clamp(Math.Round(total, MidpointRounding.AwayFromZero), 0, 100);

        var matchedPhrases = new List<string>();
        var hasComponent = new bool[components.Count];
        for (int p = 0; p < phrases.Count; p++)
        {
            if (!counted[p]) continue;
            matchedPhrases.Add(phrases[p].Phrase);
            if (phraseComponents[p] >= 0) hasComponent[phraseComponents[p]] = true;
        }
        var missing = new List<string>();
        for (int c = 0; c < components.Count; c++)
            if (!hasComponent[c]) missing.Add(components[c]);
        return new TermScore(term.Slug, term.Name, score, matchedPhrases, missing);
    }

    /// <summary>Strongest occurrence at full weight, each further one at half the one before, capped.</summary>
    static double Strength(List<double> weights)
    {
        weights.Sort((a, b) => b.CompareTo(a));
        double strength = 0, factor = 1;
        foreach (var w in weights)
        {
            strength += w * factor;
            factor *= RepeatDecay;
            if (factor < 1e-6) break;
        }
        return Math.Min(strength, MaxPhraseStrength);
    }

    struct ListSink(List<PhraseHit> hits) : IPhraseHitSink
    {
        public void Add(PhraseHit hit) => hits.Add(hit);
    }
}
