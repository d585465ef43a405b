namespace HiringKit.Scoring;

internal enum PatternKind : byte { Phrase, FalseFriend, JobTitle, Credential, LevelSignal, IndicatorWord, AssertionCue, ContextWord }

/// <param name="Term">Index of the term in <see cref="ScoringDictionary.Terms"/>, or -1 for built-in patterns.</param>
/// <param name="Item">Index in the list the pattern came from (the term's phrases, false friends, job titles; <see cref="Credentials.All"/>; <see cref="LevelSignals.All"/>; the indicator word stems; <see cref="AssertionReader.Cues"/>; the false friends' context words).</param>
internal readonly record struct Pattern(PatternKind Kind, int Term, int Item);

internal sealed record IndicatorSignal(string? Level, string Reason);

/// <summary>
/// Every phrase, false friend and job title of every term, compiled into one automaton.
/// Immutable and thread-safe: the API compiles a new one when the glossary changes and swaps the reference.
/// </summary>
public sealed class ScoringDictionary
{
    readonly Pattern[] _patterns;
    readonly Dictionary<string, int> _termIndex;

    ScoringDictionary(IReadOnlyList<TermDefinition> terms, Pattern[] patterns, string[] indicatorStems,
        int[][][] termIndicatorStems, PhraseMatcher matcher, string[] contextWords, int[][][][] falseFriendContexts, bool[][][] partyContexts)
    {
        ContextWords = contextWords;
        FalseFriendContexts = falseFriendContexts;
        PartyContexts = partyContexts;
        PhraseComponents = [.. terms.Select(t => (t.Phrases ?? []).Select(p => p.Component is null ? -1 : IndexOf(t.Components ?? [], p.Component)).ToArray())];
        Terms = terms;
        _patterns = patterns;
        IndicatorStems = indicatorStems;
        TermIndicatorStems = termIndicatorStems;
        Matcher = matcher;
        var keys = new Dictionary<(string, string), int>();
        TermIndicatorKeys = [.. terms.Select(t => (t.Indicators ?? []).Select(i =>
            keys.TryGetValue((i.Level ?? "", i.Text ?? ""), out int key) ? key : keys[(i.Level ?? "", i.Text ?? "")] = keys.Count).ToArray())];
        IndicatorKeyCount = keys.Count;
        TermIndicatorSignals = [.. terms.Select(t => (t.Indicators ?? []).Select(i =>
        {
            string level = i.Level?.ToLowerInvariant() ?? "";
            return new IndicatorSignal(Levels.All.Contains(level) ? level : null, $"{level} indicator: {i.Text}");
        }).ToArray())];
        SortedLevels = [.. terms.Select(t => (IReadOnlyList<TermLevel>)(t.Levels ?? []).OrderBy(l => l.MinYears).ToList())];
        _termIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int t = 0; t < terms.Count; t++) _termIndex[terms[t].Slug] = t;
        HitRoutes = HitsByKind.Routes(this);
    }

    /// <summary>[pattern] = which of <see cref="HitsByKind"/>'s lists its hits go to, and what keeps them.</summary>
    internal HitsByKind.Route[] HitRoutes { get; }

    public IReadOnlyList<TermDefinition> Terms { get; }

    /// <summary>The compiled automaton; exposed so callers (and benchmarks) can match without scoring.</summary>
    public PhraseMatcher Matcher { get; }

    public int PatternCount => _patterns.Length;

    /// <summary>Phrases of every term (canonical, synonyms, related ...), as stored: what HR edits grow.</summary>
    public int PhraseCount => Terms.Sum(t => t.Phrases?.Count ?? 0);

    /// <summary>
    /// About what the compiled tables take in memory: the automaton and the pattern table. The term
    /// definitions it was compiled from are not counted; they are a fraction of it and held elsewhere too.
    /// </summary>
    public long ApproximateBytes => Matcher.Bytes + (long)_patterns.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<Pattern>();

    internal Pattern PatternOf(int patternId) => _patterns[patternId];

    /// <summary>Distinct word stems of every level indicator, e.g. "supervis", "program", "develop".</summary>
    internal string[] IndicatorStems { get; }

    /// <summary>
    /// [term][indicator] = indexes into <see cref="IndicatorStems"/> that must all occur in one clause.
    /// The first is the anchor whose occurrences are visited: the longest, as long words are the rare
    /// ones ("relationship" rather than "client"); the others are looked for in the anchor's clause only.
    /// </summary>
    internal int[][][] TermIndicatorStems { get; }

    /// <summary>
    /// [term][indicator] = one number per distinct (level, text), so terms sharing an indicator
    /// count it once without hashing its strings on every resume.
    /// </summary>
    internal int[][] TermIndicatorKeys { get; }

    internal int IndicatorKeyCount { get; }

    /// <summary>[term][indicator] = the level it signals (null when not junior, mid or senior) and its evidence text, formatted once.</summary>
    internal IndicatorSignal[][] TermIndicatorSignals { get; }

    /// <summary>[term] = the term's year ranges by their minimum years (stable: equal minimums keep their order).</summary>
    internal IReadOnlyList<TermLevel>[] SortedLevels { get; }

    /// <summary>Every distinct word that a false friend holds beside a phrase of its term ("customers" in "rapport with customers").</summary>
    internal string[] ContextWords { get; }

    /// <summary>
    /// [term][phrase] = for each false friend holding the phrase, the indexes into <see cref="ContextWords"/>
    /// of its other words; the phrase is not the term when all of them stand near it in its clause.
    /// Empty for a phrase no false friend holds.
    /// </summary>
    internal int[][][][] FalseFriendContexts { get; }

    /// <summary>
    /// [term][phrase][context] = whether that false friend names a party beside the work as the phrase's object ("rapport with
    /// commanders": <see cref="FalseFriendContext.IsAPartysContext"/>), read only as the phrase's whole object.
    /// </summary>
    internal bool[][][] PartyContexts { get; }

    /// <summary>[term][phrase] = index of the phrase's component in the term's components, or -1.</summary>
    internal int[][] PhraseComponents { get; }

    static int IndexOf(IReadOnlyList<string> components, string component)
    {
        for (int c = 0; c < components.Count; c++)
            if (string.Equals(components[c], component, StringComparison.Ordinal)) return c;
        return -1;
    }

    internal bool TryGetTermIndex(string slug, out int index) => _termIndex.TryGetValue(slug, out index);

    /// <summary>Whether a term with this slug is in the dictionary.</summary>
    public bool HasTerm(string slug) => _termIndex.ContainsKey(slug);

    /// <summary>A readable name for a pattern id, for diagnostics and benchmarks.</summary>
    public string Describe(int patternId)
    {
        var p = _patterns[patternId];
        return p.Kind switch
        {
            PatternKind.Phrase => $"phrase '{Terms[p.Term].Phrases[p.Item].Phrase}' of {Terms[p.Term].Slug}",
            PatternKind.FalseFriend => $"false friend '{Terms[p.Term].FalseFriends[p.Item]}' of {Terms[p.Term].Slug}",
            PatternKind.JobTitle => $"job title '{Terms[p.Term].JobTitles[p.Item].Title}' of {Terms[p.Term].Slug}",
            PatternKind.Credential => $"credential {Credentials.All[p.Item].Abbreviation}",
            PatternKind.LevelSignal => $"level signal '{LevelSignals.All[p.Item].Text}'",
            PatternKind.AssertionCue => $"assertion cue '{AssertionReader.Cues[p.Item].Text}'",
            PatternKind.ContextWord => $"false friend context word '{ContextWords[p.Item]}'",
            _ => $"indicator word '{IndicatorStems[p.Item]}'",
        };
    }

    public static ScoringDictionary Compile(IEnumerable<TermDefinition> terms) => Compile(terms, PhraseMatcher.MaxFullRowStates);

    /// <param name="maxFullRowStates">Tests lower it to run a small glossary through the large automaton's form.</param>
    internal static ScoringDictionary Compile(IEnumerable<TermDefinition> terms, int maxFullRowStates)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var list = terms.ToList();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in list)
        {
            if (term is null) throw new ArgumentException("A term is null.", nameof(terms));
            if (string.IsNullOrWhiteSpace(term.Slug)) throw new ArgumentException("A term has no slug.", nameof(terms));
            if (!slugs.Add(term.Slug)) throw new ArgumentException($"Term '{term.Slug}' appears twice.", nameof(terms));
            // A year range is what a resume's years are read as; a level the scorer cannot report is a broken glossary.
            foreach (var range in term.Levels ?? [])
                if (range is null || !Levels.All.Contains(range.Level))
                    throw new ArgumentException($"Term '{term.Slug}' has a year range for level '{range?.Level}'; expected junior, mid or senior.", nameof(terms));
        }

        var patterns = new List<Pattern>();
        var spellings = new List<PatternSpelling>();
        void Add(Pattern pattern, IEnumerable<string> texts, bool isPrefix = false)
        {
            int id = patterns.Count;
            patterns.Add(pattern);
            foreach (var text in texts) spellings.Add(new PatternSpelling(id, text, isPrefix));
        }

        var stems = new List<string>();
        var stemIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var termIndicatorStems = new int[list.Count][][];

        for (int t = 0; t < list.Count; t++)
        {
            var term = list[t];
            var phraseWords = PhraseWordsOf(term);
            for (int i = 0; i < (term.Phrases?.Count ?? 0); i++)
                Add(new(PatternKind.Phrase, t, i), Spellings.Of(term.Phrases![i].Phrase ?? ""));
            for (int i = 0; i < (term.FalseFriends?.Count ?? 0); i++)
            {
                // A party's false friend is read from its context alone, where the people served joined to the party keep the
                // phrase: as a pattern, "rapport with commanders and soldiers alike" would lose it whatever follows.
                if (ContextOf(phraseWords, term.FalseFriends![i] ?? "") is { IsAParty: true }) continue;
                Add(new(PatternKind.FalseFriend, t, i), Spellings.Of(term.FalseFriends![i] ?? ""));
            }
            for (int i = 0; i < (term.JobTitles?.Count ?? 0); i++)
                Add(new(PatternKind.JobTitle, t, i), Spellings.Of(term.JobTitles![i].Title ?? ""));

            var indicators = term.Indicators ?? [];
            termIndicatorStems[t] = new int[indicators.Count][];
            for (int i = 0; i < indicators.Count; i++)
            {
                termIndicatorStems[t][i] = [.. WordsOf(indicators[i].Text ?? "")
                    .Where(w => !LevelSignals.IndicatorStopWords.Contains(w))
                    .Select(LevelSignals.Stem)
                    .Where(stem => stem.Length >= 3)
                    .Distinct()
                    .Select((stem, position) => (stem, position))
                    .OrderByDescending(s => s.stem.Length).ThenBy(s => s.position)
                    .Select(s => stemIndex.TryGetValue(s.stem, out int index) ? index : stemIndex[s.stem] = AddStem(stems, s.stem))];
            }
        }

        for (int i = 0; i < Credentials.All.Count; i++)
            Add(new(PatternKind.Credential, -1, i), [Credentials.All[i].Abbreviation]);
        for (int i = 0; i < LevelSignals.All.Count; i++)
        {
            var signal = LevelSignals.All[i];
            Add(new(PatternKind.LevelSignal, -1, i), signal.IsPrefix ? [signal.Text] : Spellings.Of(signal.Text, inflect: false), signal.IsPrefix);
        }
        // Every indicator word is found in the one pass; the level estimator then looks words up by clause
        // instead of searching each clause's text again for each word.
        for (int stem = 0; stem < stems.Count; stem++)
            Add(new(PatternKind.IndicatorWord, -1, stem), [stems[stem]], isPrefix: true);
        for (int i = 0; i < AssertionReader.Cues.Count; i++)
            Add(new(PatternKind.AssertionCue, -1, i), [AssertionReader.Cues[i].Text]);

        var contextWords = new List<string>();
        var contextWordIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var falseFriendContexts = new int[list.Count][][][];
        var partyContexts = new bool[list.Count][][];
        for (int t = 0; t < list.Count; t++)
            (falseFriendContexts[t], partyContexts[t]) = ContextsOf(list[t], contextWords, contextWordIndex);
        for (int w = 0; w < contextWords.Count; w++)
            Add(new(PatternKind.ContextWord, -1, w), Spellings.Of(contextWords[w]));

        var matcher = PhraseMatcher.Build(spellings, maxFullRowStates);
        return new ScoringDictionary(list.AsReadOnly(), [.. patterns], [.. stems], termIndicatorStems, matcher, [.. contextWords], falseFriendContexts, partyContexts);
    }

    /// <summary>Words of a false friend that say nothing about whose rapport it is.</summary>
    static readonly HashSet<string> ContextStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "with", "at", "by", "from", "across", "into",
        "our", "their", "my", "his", "her", "its",
    };

    /// <summary>
    /// For each phrase of the term, the context of every false friend that holds it as whole words:
    /// "rapport with customers" holds "rapport", and its context is "customers". When a false friend
    /// holds several phrases, the longest is the one it guards ("client retention" rather than a
    /// shorter phrase inside it).
    /// </summary>
    static (int[][][] Contexts, bool[][] Parties) ContextsOf(TermDefinition term, List<string> contextWords, Dictionary<string, int> contextWordIndex)
    {
        var phraseWords = PhraseWordsOf(term);
        var contexts = new List<int[]>?[phraseWords.Length];
        var parties = new List<bool>?[phraseWords.Length];
        foreach (var falseFriend in term.FalseFriends ?? [])
        {
            if (ContextOf(phraseWords, falseFriend ?? "") is not (int best, var words, bool party) || words.Length == 0) continue;
            (contexts[best] ??= []).Add([.. words.Select(w => contextWordIndex.TryGetValue(w, out int known) ? known : contextWordIndex[w] = AddStem(contextWords, w))]);
            (parties[best] ??= []).Add(party);
        }
        return ([.. contexts.Select(c => c?.ToArray() ?? [])], [.. parties.Select(c => c?.ToArray() ?? [])]);
    }

    static string[][] PhraseWordsOf(TermDefinition term) => [.. (term.Phrases ?? []).Select(p => WordsOf(p.Phrase ?? "").ToArray())];

    /// <summary>
    /// The phrase a false friend guards (the longest it holds as whole words) and its context words (the others, stop words left
    /// out, each once), or null when it holds none: read for its context (<see cref="ContextsOf"/>) and for whether that context
    /// is a party's (<see cref="FalseFriendContext.IsAPartysContext"/>).
    /// </summary>
    static (int Phrase, string[] Words, bool IsAParty)? ContextOf(string[][] phraseWords, string falseFriend)
    {
        var words = WordsOf(falseFriend).ToArray();
        int best = -1, bestAt = -1;
        for (int p = 0; p < phraseWords.Length; p++)
        {
            int at = IndexOfWords(words, phraseWords[p]);
            if (at >= 0 && (best < 0 || phraseWords[p].Length > phraseWords[best].Length)) (best, bestAt) = (p, at);
        }
        if (best < 0) return null;
        int length = phraseWords[best].Length;
        string[] context = [.. words.Where((w, i) => (i < bestAt || i >= bestAt + length) && !ContextStopWords.Contains(w)).Distinct()];
        // A party is the phrase's object: "rapport with commanders", not an "alliance manager".
        bool party = bestAt + length < words.Length && words[bestAt + length] == "with" && FalseFriendContext.IsAPartysContext(context);
        return (best, context, party);
    }

    static int IndexOfWords(string[] words, string[] part)
    {
        if (part.Length == 0) return -1;
        for (int i = 0; i + part.Length <= words.Length; i++)
            if (words.AsSpan(i, part.Length).SequenceEqual(part)) return i;
        return -1;
    }

    static int AddStem(List<string> stems, string stem)
    {
        stems.Add(stem);
        return stems.Count - 1;
    }

    static IEnumerable<string> WordsOf(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', '-', '/', ',', '.', '(', ')', ':', ';', '\'', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
