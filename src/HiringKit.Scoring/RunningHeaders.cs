namespace HiringKit.Scoring;

/// <summary>
/// A printed page's running header or footer ("SARAH NGUYEN | Counsellor (ACA Level 3)    Page 2 of 2", a Europass CV's "Page 1 / 2
/// © Unión Europea, 2002-2020 | europass.cedefop.europa.eu"), as a PDF's text keeps it in the middle of whatever entry the page break
/// fell in. Read as the entry's, its title named the trade in a disability support worker's lines and counted four years of them
/// (Fresh90, t07), and the Europass footer's "2002-2020" was a post of eighteen years (Fresh93, t01).
/// </summary>
internal static class RunningHeaders
{
    /// <summary>
    /// The text with each such line set to spaces, so the layout reads past it and every offset still points into the text as sent;
    /// the text itself when it has none. The first page's header at the top stays: it is where the writer names her trade.
    /// </summary>
    public static string Blanked(string text)
    {
        char[]? blanked = null;
        // Only ASCII words are searched for (a word outside ASCII sends the search down a path a dictionary look-up a character,
        // over every resume): "página" by its "gina ", a copyright line by "europe".
        for (int from = 0; from < text.Length;)
        {
            int found = text.AsSpan(from).IndexOfAny(PageWords);
            if (found < 0) break;
            int at = from + found;
            from = at + 4;
            var (start, end) = Clauses.LineAround(text, at);
            var line = text.AsSpan(start, end - start);
            bool europass = line.Contains("europass", StringComparison.OrdinalIgnoreCase)
                || line.Contains('\u00A9') && line.Contains("europe", StringComparison.OrdinalIgnoreCase);
            if (!europass)
            {
                if (text[at] is 'g' or 'G')
                {
                    if (at < 2 || text[at - 2] is not ('p' or 'P') || text[at - 1] is not ('a' or 'A' or '\u00E1' or '\u00C1')) continue;
                    at -= 2;
                }
                if (text[at] is 'e' or 'E' || at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
                int page = PageNumberAt(text.AsSpan(at));
                if (page == 0 || page == 1 && IsAtTheTop(text, start)) continue;
            }
            blanked ??= text.ToCharArray();
            for (int i = start; i < end; i++)
                if (blanked[i] is not ('\r' or '\n')) blanked[i] = ' ';
            // The line break before it goes too, so the lines on either side of the page break join as the entry they were: a title
            // above the break and its dates below it (an independent review: left blank, the line cut the title off its dates).
            for (int i = start - 1; i >= 0 && i >= start - 2 && text[i] is '\r' or '\n'; i--) blanked[i] = ' ';
            from = Math.Max(from, end);
        }
        return blanked is null ? text : new string(blanked);
    }

    static readonly System.Buffers.SearchValues<string> PageWords = System.Buffers.SearchValues.Create(
        ["page ", "seite ", "gina ", "europass", "europe"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The page's number in "Page 2 of 3", "Page 1 / 2", "Seite 2 von 3" or "Página 2 de 3" at the start of <paramref name="words"/>;
    /// 0 when none stands there.
    /// </summary>
    static int PageNumberAt(ReadOnlySpan<char> words)
    {
        int space = words.IndexOf(' ');
        if (space < 0 || words[..space].Equals("europass", StringComparison.OrdinalIgnoreCase)) return 0;
        words = words[(space + 1)..];
        int digits = words.IndexOfAnyExceptInRange('0', '9');
        if (digits is <= 0 or > 2) return 0;
        int page = int.Parse(words[..digits], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        var rest = words[digits..].TrimStart(' ');
        foreach (var of in (ReadOnlySpan<string>)["of ", "von ", "de ", "/"])
            if (rest.StartsWith(of, StringComparison.OrdinalIgnoreCase) && rest[of.Length..].TrimStart(' ') is [var first, ..] && char.IsAsciiDigit(first))
                return page;
        return 0;
    }

    /// <summary>Whether the line starting at <paramref name="lineStart"/> is among the page's first three.</summary>
    static bool IsAtTheTop(string text, int lineStart) => text.AsSpan(0, lineStart).Count('\n') < 3;
}
