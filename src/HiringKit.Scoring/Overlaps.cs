namespace HiringKit.Scoring;

internal static class Overlaps
{
    /// <summary>
    /// Drops every hit that lies inside another kept hit: "collaborative treatment planning" is one
    /// piece of evidence, not also "treatment planning". Partly overlapping hits are both kept:
    /// "alliance rupture and repair" names two practices.
    /// </summary>
    public static List<PhraseHit> KeepOutermost(List<PhraseHit> hits)
    {
        if (hits.Count < 2) return [.. hits];
        var sorted = new List<PhraseHit>(hits);
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sorted).Sort(new OutermostFirst());
        var kept = new List<PhraseHit>(sorted.Count);
        int furthestEnd = -1;
        foreach (var hit in sorted)
        {
            int end = hit.Start + hit.Length;
            if (end <= furthestEnd) continue;
            kept.Add(hit);
            furthestEnd = end;
        }
        return kept;
    }

    /// <summary>By start, the longest first: a struct, so the sort calls it directly instead of through a delegate.</summary>
    readonly struct OutermostFirst : IComparer<PhraseHit>
    {
        public int Compare(PhraseHit a, PhraseHit b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.PatternId.CompareTo(b.PatternId);
    }

    /// <summary>
    /// Whether any of <paramref name="blockers"/> shares a character with <paramref name="hit"/>.
    /// Blockers come in the matcher's order (by where they end), so only those ending within
    /// the hit or a blocker's length after it need a look.
    /// </summary>
    public static bool Any(List<PhraseHit> blockers, int longestBlocker, PhraseHit hit)
    {
        int end = hit.Start + hit.Length;
        int low = 0, high = blockers.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (blockers[mid].Start + blockers[mid].Length <= hit.Start) low = mid + 1;
            else high = mid;
        }
        for (int b = low; b < blockers.Count && blockers[b].Start + blockers[b].Length <= end + longestBlocker; b++)
            if (blockers[b].Start < end) return true;
        return false;
    }
}
