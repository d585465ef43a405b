namespace HiringKit.Scoring;

/// <summary>
/// A printed page's running header or footer after the first page ("SARAH NGUYEN | Counsellor (ACA Level 3)    Page 2 of 2"),
/// as a PDF's text keeps it in the middle of whatever entry the page break fell in. Read as the entry's, its title named the
/// trade in a disability support worker's lines and counted four years of them (Fresh90, t07).
/// </summary>
internal static class RunningHeaders
{
    /// <summary>
    /// The text with each such line set to spaces, so the layout reads past it and every offset still points into the text as sent;
    /// the text itself when it has none. The first page's header stays: it is where the writer names her trade.
    /// </summary>
    public static string Blanked(string text)
    {
        char[]? blanked = null;
        for (int from = 0, found; (found = text.AsSpan(from).IndexOfAny(PageWords)) >= 0; from += found + 4)
        {
            int at = from + found;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || !IsALaterPageNumber(text.AsSpan(at))) continue;
            var (start, end) = Clauses.LineAround(text, at);
            blanked ??= text.ToCharArray();
            for (int i = start; i < end; i++)
                if (blanked[i] is not ('\r' or '\n')) blanked[i] = ' ';
        }
        return blanked is null ? text : new string(blanked);
    }

    static readonly System.Buffers.SearchValues<string> PageWords = System.Buffers.SearchValues.Create(["page ", "seite "], StringComparison.OrdinalIgnoreCase);

    /// <summary>"Page 2 of 3", or the German "Seite 2 von 3", at the start of <paramref name="words"/>: a page after the first.</summary>
    static bool IsALaterPageNumber(ReadOnlySpan<char> words)
    {
        string ofWord;
        if (words.StartsWith("page ", StringComparison.OrdinalIgnoreCase)) { words = words[5..]; ofWord = " of "; }
        else if (words.StartsWith("seite ", StringComparison.OrdinalIgnoreCase)) { words = words[6..]; ofWord = " von "; }
        else return false;
        int digits = words.IndexOfAnyExceptInRange('0', '9');
        if (digits <= 0 || digits > 2 || words[..digits] is "1") return false;
        var rest = words[digits..];
        return rest.StartsWith(ofWord, StringComparison.OrdinalIgnoreCase) && rest.Length > ofWord.Length && char.IsAsciiDigit(rest[ofWord.Length]);
    }
}
