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
    public readonly List<PhraseHit> Titles = [];

    public readonly List<PhraseHit> Cues = [];

    public readonly List<PhraseHit> LevelSignals = [];

    /// <summary>[stem] = where each level indicator word occurs.</summary>
    public readonly List<PhraseHit>?[] IndicatorWords;

    public HitsByKind(string text, ScoringDictionary dictionary, bool[] selected, List<PhraseHit> hits)
    {
        Phrases = new List<PhraseHit>?[dictionary.Terms.Count];
        FalseFriends = new List<PhraseHit>?[dictionary.Terms.Count];
        IndicatorWords = new List<PhraseHit>?[dictionary.IndicatorStems.Length];
        foreach (var hit in hits)
        {
            var pattern = dictionary.PatternOf(hit.PatternId);
            switch (pattern.Kind)
            {
                case PatternKind.Phrase when selected[pattern.Term]:
                    (Phrases[pattern.Term] ??= []).Add(hit);
                    break;
                case PatternKind.FalseFriend when selected[pattern.Term]:
                    (FalseFriends[pattern.Term] ??= []).Add(hit);
                    break;
                case PatternKind.JobTitle when selected[pattern.Term]:
                    Titles.Add(hit);
                    break;
                // Licensing boards write credentials in capitals; "lpc" in a file name is not one.
                case PatternKind.Credential when !text.AsSpan(hit.Start, hit.Length).ContainsAnyInRange('a', 'z'):
                    Titles.Add(hit);
                    break;
                case PatternKind.AssertionCue:
                    Cues.Add(hit);
                    break;
                case PatternKind.LevelSignal:
                    LevelSignals.Add(hit);
                    break;
                case PatternKind.IndicatorWord:
                    (IndicatorWords[pattern.Item] ??= []).Add(hit);
                    break;
            }
        }
    }
}
