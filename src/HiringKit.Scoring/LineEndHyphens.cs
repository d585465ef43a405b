namespace HiringKit.Scoring;

/// <summary>
/// Words broken across a line end by a hyphen, as PDF text extraction leaves them
/// ("therapeu-\ntic relationship", "collabora-\n  tive goal setting"): a letter, a hyphen (or soft
/// hyphen), at most one space, the line end, any indentation, then a lowercase letter. A capital
/// after the break ("Counselor -\nManager") is a new line, not the rest of a word.
/// </summary>
internal static class LineEndHyphens
{
    /// <summary>Where the first such break's hyphen stands, or -1.</summary>
    public static int First(ReadOnlySpan<char> text) => Next(text, 0, out _);

    static readonly System.Buffers.SearchValues<char> Hyphens = System.Buffers.SearchValues.Create("-\u00AD\u2010");

    /// <param name="resume">Where the rest of the word starts.</param>
    /// <returns>The hyphen's position, from <paramref name="from"/> on, or -1.</returns>
    static int Next(ReadOnlySpan<char> text, int from, out int resume)
    {
        resume = -1;
        // Hyphens are fewer than lines, and a vectorised search for three characters is as fast as for one.
        while (from < text.Length)
        {
            int found = text[from..].IndexOfAny(Hyphens);
            if (found < 0) return -1;
            int hyphen = from + found;
            from = hyphen + 1;
            int newline = hyphen + 1;
            if (newline < text.Length && text[newline] == ' ') newline++;
            if (newline < text.Length && text[newline] == '\r') newline++;
            if (newline >= text.Length || text[newline] != '\n') continue;
            if (hyphen < 1 || text[hyphen] is not ('-' or '\u2010' or '\u00AD') || !char.IsLetter(text[hyphen - 1])) continue;
            int next = newline + 1;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            if (next >= text.Length || !char.IsLower(text[next])) continue;
            resume = next;
            return hyphen;
        }
        return -1;
    }

    /// <summary>Copies the text with every break removed into <paramref name="joined"/>.</summary>
    /// <param name="originOf">[i] = where joined[i] stands in the text.</param>
    /// <returns>The joined length.</returns>
    public static int Join(ReadOnlySpan<char> text, Span<char> joined, Span<int> originOf)
    {
        int length = 0, from = 0;
        int hyphen = Next(text, 0, out int resume);
        while (true)
        {
            int to = hyphen < 0 ? text.Length : hyphen;
            for (int i = from; i < to; i++)
            {
                joined[length] = text[i];
                originOf[length++] = i;
            }
            if (hyphen < 0) break;
            from = resume;
            hyphen = Next(text, resume, out resume);
        }
        return length;
    }
}
