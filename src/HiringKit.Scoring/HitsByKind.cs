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

    public HitsByKind(string text, ScoringDictionary dictionary, bool[] selected, ReadOnlySpan<PhraseHit> hits)
    {
        int terms = dictionary.Terms.Count;
        // Buckets: phrases by term, false friends by term, titles, cues, signals, indicator words by stem, context words.
        int titles = 2 * terms, cues = titles + 1, signals = cues + 1, firstStem = signals + 1;
        int firstContextWord = firstStem + dictionary.IndicatorStems.Length;
        int bucketCount = firstContextWord + dictionary.ContextWords.Length;
        var bucketOf = System.Buffers.ArrayPool<int>.Shared.Rent(hits.Length);
        Span<int> counts = bucketCount <= 512 ? stackalloc int[bucketCount] : new int[bucketCount];
        counts.Clear();
        for (int h = 0; h < hits.Length; h++)
        {
            var hit = hits[h];
            var pattern = dictionary.PatternOf(hit.PatternId);
            int bucket = pattern.Kind switch
            {
                PatternKind.Phrase when selected[pattern.Term] => pattern.Term,
                PatternKind.FalseFriend when selected[pattern.Term] => terms + pattern.Term,
                PatternKind.JobTitle when selected[pattern.Term] => titles,
                // Licensing boards write credentials in capitals; "lpc" in a file name is not one.
                PatternKind.Credential when !text.AsSpan(hit.Start, hit.Length).ContainsAnyInRange('a', 'z') => titles,
                PatternKind.AssertionCue => cues,
                PatternKind.LevelSignal => signals,
                PatternKind.IndicatorWord => firstStem + pattern.Item,
                PatternKind.ContextWord => firstContextWord + pattern.Item,
                _ => -1,
            };
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
