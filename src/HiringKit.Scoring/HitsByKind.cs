namespace HiringKit.Scoring;

/// <summary>
/// The matcher's hits sorted once by what they are, each list keeping the matcher's order (by
/// where hits end), so each stage of scoring reads only its own hits instead of walking them all.
/// </summary>
internal sealed class HitsByKind
{
    /// <summary>[term] = the term's phrase hits, for asked-for terms only.</summary>
    public readonly List<PhraseHit>?[] Phrases;

    /// <summary>[term] = hits of the term's false friends ("strategic alliance"), for asked-for terms only.</summary>
    public readonly List<PhraseHit>?[] FalseFriends;

    /// <summary>Job titles of asked-for terms, and credentials written in capitals.</summary>
    public readonly List<PhraseHit> Titles;

    public readonly List<PhraseHit> Cues;

    public readonly List<PhraseHit> LevelSignals;

    /// <summary>[stem] = where each level indicator word occurs.</summary>
    public readonly List<PhraseHit>?[] IndicatorWords;

    /// <summary>[word] = where each false friend's context word occurs ("customers").</summary>
    public readonly List<PhraseHit>?[] ContextWords;

    /// <summary>Where a pattern's hits go, and what decides whether they are kept.</summary>
    /// <param name="Bucket">Its bucket: phrases by term, false friends by term, titles, cues, signals, indicator words by stem, context words.</param>
    /// <param name="Gate">The term that must be asked for, plus one; 0 for patterns kept whatever is asked; <see cref="InCapitals"/> for credentials.</param>
    /// <param name="Phrase">A phrase's index among its term's phrases.</param>
    /// <param name="PhraseKind">A phrase's kind.</param>
    /// <param name="HasFalseFriendContexts">Whether a phrase has false friends read from context (<see cref="FalseFriendContext"/>).</param>
    /// <param name="PhraseText">A phrase as the glossary spells it (<see cref="TermPhrase.Phrase"/>).</param>
    /// <remarks>
    /// What matching asks of a phrase's hit rides here too: the route is read for every hit as they are sorted, and the
    /// glossary's own records of the phrase, scattered over the heap, cost a wait on memory or two a hit (a profile's
    /// samples stood on their loads).
    /// </remarks>
    internal readonly record struct Route(int Bucket, int Gate, int Phrase = 0, PhraseKind PhraseKind = default, bool HasFalseFriendContexts = false,
        string? PhraseText = null);

    /// <summary>A credential's hit is kept only when written in capitals: licensing boards write them so; "lpc" in a file name is not one.</summary>
    const int InCapitals = -1;

    /// <summary>
    /// Every pattern's route, worked out once per dictionary: sorting a hit is then one load and one test, where a switch
    /// on its kind with a condition per kind cost a mispredicted jump a hit or so.
    /// </summary>
    internal static Route[] Routes(ScoringDictionary dictionary)
    {
        var (terms, titles, cues, signals, firstStem, firstContextWord, _) = Buckets(dictionary);
        var routes = new Route[dictionary.PatternCount];
        for (int id = 0; id < routes.Length; id++)
        {
            var pattern = dictionary.PatternOf(id);
            routes[id] = pattern.Kind switch
            {
                PatternKind.Phrase => new Route(pattern.Term, pattern.Term + 1, pattern.Item, dictionary.Terms[pattern.Term].Phrases[pattern.Item].Kind,
                    dictionary.FalseFriendContexts[pattern.Term][pattern.Item].Length > 0, dictionary.Terms[pattern.Term].Phrases[pattern.Item].Phrase),
                PatternKind.FalseFriend => new Route(terms + pattern.Term, pattern.Term + 1),
                PatternKind.JobTitle => new Route(titles, pattern.Term + 1),
                PatternKind.Credential => new Route(titles, InCapitals),
                PatternKind.AssertionCue => new Route(cues, 0),
                PatternKind.LevelSignal => new Route(signals, 0),
                PatternKind.IndicatorWord => new Route(firstStem + pattern.Item, 0),
                PatternKind.ContextWord => new Route(firstContextWord + pattern.Item, 0),
                _ => new Route(-1, 0),
            };
        }
        return routes;
    }

    static (int Terms, int Titles, int Cues, int Signals, int FirstStem, int FirstContextWord, int Count) Buckets(ScoringDictionary dictionary)
    {
        int terms = dictionary.Terms.Count;
        int titles = 2 * terms, cues = titles + 1, signals = cues + 1, firstStem = signals + 1;
        int firstContextWord = firstStem + dictionary.IndicatorStems.Length;
        return (terms, titles, cues, signals, firstStem, firstContextWord, firstContextWord + dictionary.ContextWords.Length);
    }

    public HitsByKind(string text, ScoringDictionary dictionary, bool[] selected, ReadOnlySpan<PhraseHit> hits)
    {
        var (terms, titles, cues, signals, firstStem, firstContextWord, bucketCount) = Buckets(dictionary);
        var bucketOf = System.Buffers.ArrayPool<int>.Shared.Rent(hits.Length);
        Span<int> counts = bucketCount <= 512 ? stackalloc int[bucketCount] : new int[bucketCount];
        counts.Clear();
        // [gate] = whether a hit of that gate is kept: [0] for patterns kept whatever is asked, [1 + term] for a term's.
        Span<bool> kept = terms < 256 ? stackalloc bool[terms + 1] : new bool[terms + 1];
        kept[0] = true;
        selected.CopyTo(kept[1..]);
        var routes = dictionary.HitRoutes;
        for (int h = 0; h < hits.Length; h++)
        {
            var hit = hits[h];
            ref readonly var route = ref routes[hit.PatternId];
            int bucket = route.Gate >= 0
                ? kept[route.Gate] ? route.Bucket : -1
                : text.AsSpan(hit.Start, hit.Length).ContainsAnyInRange('a', 'z') ? -1 : route.Bucket;
            bucketOf[h] = bucket;
            if (bucket >= 0) counts[bucket]++;
        }

        // Counted first, so every list is allocated once at its final size.
        // Pooled: only its four slices below are kept, and each is a copy.
        var lists = System.Buffers.ArrayPool<List<PhraseHit>?>.Shared.Rent(bucketCount);
        lists.AsSpan(0, bucketCount).Clear(); // a bucket without hits must read null, whoever returned the array
        for (int b = 0; b < bucketCount; b++)
            if (counts[b] > 0) lists[b] = new List<PhraseHit>(counts[b]);
        for (int h = 0; h < hits.Length; h++)
            if (bucketOf[h] >= 0) lists[bucketOf[h]]!.Add(hits[h]);
        System.Buffers.ArrayPool<int>.Shared.Return(bucketOf);

        Phrases = lists[..terms];
        FalseFriends = lists[terms..titles];
        Titles = lists[titles] ?? [];
        Cues = lists[cues] ?? [];
        LevelSignals = lists[signals] ?? [];
        IndicatorWords = lists[firstStem..firstContextWord];
        ContextWords = lists[firstContextWord..bucketCount];
        System.Buffers.ArrayPool<List<PhraseHit>?>.Shared.Return(lists, clearArray: true);
    }
}
