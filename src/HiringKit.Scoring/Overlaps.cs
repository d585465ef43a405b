namespace HiringKit.Scoring;

internal static class Overlaps
{
    /// <summary>
    /// Drops every hit that lies inside another kept hit: "collaborative treatment planning" is one
    /// piece of evidence, not also "treatment planning". Partly overlapping hits are both kept:
    /// "alliance rupture and repair" names two practices.
    /// </summary>
    /// <returns>The hits by start; <paramref name="hits"/> itself when it already is that (nothing inside anything, in order), as it mostly is.</returns>
    public static List<PhraseHit> KeepOutermost(List<PhraseHit> hits)
    {
        if (IsOutermostInOrder(hits)) return hits;
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

    /// <summary>Whether each hit starts after the one before and ends after it too: what sorting and dropping would leave unchanged.</summary>
    static bool IsOutermostInOrder(List<PhraseHit> hits)
    {
        for (int i = 1; i < hits.Count; i++)
            if (hits[i].Start <= hits[i - 1].Start || hits[i].Start + hits[i].Length <= hits[i - 1].Start + hits[i - 1].Length) return false;
        return true;
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
