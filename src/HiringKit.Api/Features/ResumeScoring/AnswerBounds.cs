using HiringKit.Scoring;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// Keeps an answer in proportion to what a recruiter can use. "LPC " typed 10,400 times is 10,400 job
/// titles, and a 4 MB batch of such texts once answered 85 MB built whole in memory. Past a cap, evidence
/// is counted, not listed: the first ones found are kept (they are in text order), the rest are reported
/// by phrase, title or reason in `omitted`. The score itself is the engine's, computed from everything.
/// </summary>
public static class AnswerBounds
{
    public static ScoredResume Cap(string? id, ResumeScore score, ScoringLimits limits)
    {
        var matches = Keep(score.Matches, m => (m.Term, m.Phrase), limits.MaxEvidencePerPhrase, limits.MaxMatches, out var omittedMatches);
        var titles = Keep(score.JobTitles, t => t.Title, limits.MaxEvidencePerPhrase, limits.MaxMatches, out var omittedTitles);
        var evidence = Keep(score.Level.Evidence, e => e.Reason, limits.MaxEvidencePerPhrase, limits.MaxMatches, out var omittedEvidence);
        if (omittedMatches.Count == 0 && omittedTitles.Count == 0 && omittedEvidence.Count == 0) return new ScoredResume(id, score);

        return new ScoredResume(id, score with { Matches = matches, JobTitles = titles, Level = score.Level with { Evidence = evidence } })
        {
            Omitted = new OmittedEvidence(
                [.. omittedMatches.Select(o => new OmittedMatches(o.Key.Term, o.Key.Phrase, o.Value))],
                [.. omittedTitles.Select(o => new OmittedJobTitles(o.Key, o.Value))],
                [.. omittedEvidence.Select(o => new OmittedLevelEvidence(o.Key, o.Value))]),
        };
    }

    /// <summary>The first <paramref name="perKey"/> items of each key and <paramref name="total"/> in all; the rest counted by key, in order of first omission.</summary>
    static IReadOnlyList<T> Keep<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> keyOf, int perKey, int total, out List<KeyValuePair<TKey, int>> omitted)
        where TKey : notnull
    {
        omitted = [];
        if (items.Count <= perKey) return items;
        var kept = new List<T>(Math.Min(items.Count, total));
        var seen = new Dictionary<TKey, int>();
        var dropped = new Dictionary<TKey, int>();
        foreach (var item in items)
        {
            var key = keyOf(item);
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (count <= perKey && kept.Count < total) { kept.Add(item); continue; }
            if (!dropped.ContainsKey(key)) omitted.Add(new(key, 0));
            dropped[key] = dropped.GetValueOrDefault(key) + 1;
        }
        omitted = [.. omitted.Select(o => new KeyValuePair<TKey, int>(o.Key, dropped[o.Key]))];
        return kept.Count == items.Count ? items : kept;
    }
}

/// <summary>Evidence found but not listed, counted: present only when a cap was reached.</summary>
public sealed record OmittedEvidence(IReadOnlyList<OmittedMatches> Matches, IReadOnlyList<OmittedJobTitles> JobTitles, IReadOnlyList<OmittedLevelEvidence> LevelEvidence);

public sealed record OmittedMatches(string Term, string Phrase, int Count);

public sealed record OmittedJobTitles(string Title, int Count);

public sealed record OmittedLevelEvidence(string Reason, int Count);
