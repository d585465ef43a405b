namespace HiringKit.Scoring;

/// <summary>
/// A rule drawn down a page in two columns ("ZUR PERSON /        | BERUFSERFAHRUNG / EXPERIENCE", "Polnisch – Grundkenntnisse| –
/// Shared decision making ..."), as a German or French Lebenslauf sets its sidebar apart with a "|" on every line where a PDF's
/// would be a gap. Read as text, the rule joined the two columns: no right-hand column's heading was read, a civil engineer's
/// posts were no posts, and their bullets stood under the sidebar's languages and skills (Fresh239, t08).
/// </summary>
internal static class ColumnRules
{
    /// <summary>
    /// The text with such a rule set as a tab, the gap a right-hand column is read after (<see cref="ExperienceReader.InColumn"/>),
    /// so every offset still points into the text as sent; the text itself when it has none.
    /// </summary>
    /// <remarks>
    /// A rule is a "|" at the same place, the line's first, on <see cref="LinesOfARule"/> lines in a row, with the sidebar's text
    /// beside an empty work line and the work's beside an empty sidebar line: a skills grid's cells ("Therapeutic Alliance  |
    /// Working Alliance") fill both sides on every line, and a table's date column ("Apr 2023 – current| Senior Clinician") its
    /// left side on every line it fills at all. Once one stretch shows the rule, the next page's stretches at that place are
    /// the same rule. Only a text holding a "|" is read line by line.
    /// </remarks>
    public static string AsGaps(string text)
    {
        if (text.IndexOf('|') < 0) return text;
        int column = RuledColumn(text);
        if (column < 0) return text;
        char[] gapped = text.ToCharArray();
        int run = 0;
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (FirstRuleAt(text, lineStart, lineEnd) == column)
            {
                run++;
                // A stretch of the rule two lines long or more: a lone "|" at that place is a line's own.
                if (run == 2) gapped[lineStart - LineLengthAbove(text, lineStart) + column] = '\t';
                if (run >= 2) gapped[lineStart + column] = '\t';
            }
            else run = 0;
            lineStart = lineEnd + 1;
        }
        return new string(gapped);
    }

    /// <summary>How many lines in a row a rule runs down before it is read as one.</summary>
    const int LinesOfARule = 8;

    /// <summary>Where in its lines the page's rule stands (<see cref="AsGaps"/>), or -1.</summary>
    static int RuledColumn(string text)
    {
        int column = -1, run = 0, sidebarOnly = 0, workOnly = 0, datesRows = 0, sidebarHeadings = 0;
        for (int lineStart = 0; lineStart <= text.Length;)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            int at = FirstRuleAt(text, lineStart, lineEnd);
            if (at != column || at < 0)
            {
                if (IsASidebarsRule(run, sidebarOnly, workOnly, datesRows, sidebarHeadings)) return column;
                (column, run, sidebarOnly, workOnly, datesRows, sidebarHeadings) = (at, 0, 0, 0, 0, 0);
            }
            if (at >= 0)
            {
                run++;
                bool sidebar = !text.AsSpan(lineStart, at).IsWhiteSpace(), work = !text.AsSpan(lineStart + at + 1, lineEnd - lineStart - at - 1).IsWhiteSpace();
                if (sidebar && !work) sidebarOnly++;
                if (work && !sidebar) workOnly++;
                if (sidebar && IsADatesCell(text.AsSpan(lineStart, at))) datesRows++;
                if (sidebar && IsASidebarsHeading(text.AsSpan(lineStart, at), text.AsSpan(lineStart + at + 1, lineEnd - lineStart - at - 1))) sidebarHeadings++;
            }
            if (lineEnd == text.Length) break;
            lineStart = lineEnd + 1;
        }
        return IsASidebarsRule(run, sidebarOnly, workOnly, datesRows, sidebarHeadings) ? column : -1;
    }

    /// <summary>
    /// Whether a stretch of a rule is a sidebar's: long enough, a sidebar's line and two work lines beside the other side empty, a
    /// sidebar's heading in its left cells ("ZUR PERSON /", "SPRACHEN / LANGUAGES", "LICENSES") and fewer than two left cells dated.
    /// </summary>
    /// <remarks>
    /// A table of posts ruled by bars has its dates in its left cells, set every way: "Sep 2022 to present", "04/2019 bis heute",
    /// "2014 à 2018", indented a space or right-aligned, or on a row of their own; or its titles there, a third cell for its dates
    /// ("Mental Health     | Aspire Health           | 2022 – Present"). Read as a sidebar's rule, each post's bullets were read
    /// into the next post, and a career changer's counseling evidence was filed under her old trade and dropped, or an old trade's
    /// years added to her counseling years (a review of session 49). Such a table heads no cell of its left side as a sidebar's
    /// section.
    /// </remarks>
    static bool IsASidebarsRule(int run, int sidebarOnly, int workOnly, int datesRows, int sidebarHeadings) =>
        run >= LinesOfARule && sidebarOnly >= 1 && workOnly >= 2 && datesRows < 2 && sidebarHeadings >= 1;

    /// <summary>
    /// Whether a left cell is a sidebar's heading: set in capitals, four letters or more, no digit ("ZUR PERSON /", "SPRACHEN /
    /// LANGUAGES", "FACHKENNTNISSE / SKILLS", "LICENSES"), and no further rule on its line, as a table's head has ("ROLE | EMPLOYER |
    /// DATES").
    /// </summary>
    static bool IsASidebarsHeading(ReadOnlySpan<char> cell, ReadOnlySpan<char> rest)
    {
        if (rest.Contains('|')) return false;
        int letters = 0;
        foreach (char c in cell)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c)) return false;
                letters++;
            }
            else if (c is not (' ' or '\t' or '/' or '&' or ',' or '-')) return false;
        }
        return letters >= 4;
    }

    /// <summary>
    /// Whether a left cell dates a post: a year range or a year since, at any indent and with any connector ("Mar 2020 – present",
    /// "Sep 2022 to present", "04/2019 bis heute", "2014 à 2018", "2015 t/m 2019", "   Jan 2019 – current", "seit 04/2019",
    /// "depuis 2018"). Two such cells make the page a table of posts with its dates at the left, its places ("Atlanta, GA
    /// |") and bullets ("                      | Couples and family therapy") a line each, no sidebar: read as one, each post's
    /// lines were read into the next post (an independent review, and a review of session 49 for the cells set other than
    /// "2019 – 2022" at the margin).
    /// </summary>
    /// <remarks>
    /// A sidebar's phone number ("(210) 555-0148") and licence ("LPC-S, Texas #71042") hold digits and a dash but no year, and a
    /// sidebar's year stands alone ("Supervisor status 2017", "geboren 21.01.1979"): read as dates they made an LPC-S's ruled page a
    /// table, where no post of hers was read (Fresh241, t07).
    /// </remarks>
    static bool IsADatesCell(ReadOnlySpan<char> cell)
    {
        cell = cell.Trim(" \t");
        int year = FirstYear(cell);
        if (year < 0) return false;
        var before = cell[..year].TrimEnd(" \t./0123456789");
        foreach (var since in SinceWords)
            if (before.EndsWith(since, StringComparison.OrdinalIgnoreCase)) return true;
        var after = cell[(year + 4)..].TrimStart(" \t");
        // An arrow or a tilde joins a range as a dash does: "2019 → present", "2019 ~ 2022" (a review of session 49: read as a sidebar's
        // rule, a counselling psychologist's table of posts beside its section names left her a trainee's level).
        if (after.Length > 0 && after[0] is '\u2013' or '\u2014' or '-' or '\u2192' or '~') return true;
        foreach (var to in RangeWords)
            if (after.StartsWith(to, StringComparison.OrdinalIgnoreCase) && (after.Length == to.Length || after[to.Length] is ' ' or '\t')) return true;
        return false;
    }

    static readonly string[] SinceWords = ["since", "seit", "depuis", "sinds", "desde", "dal", "dès", "from"];
    static readonly string[] RangeWords = ["to", "till", "until", "through", "bis", "à", "a", "au", "t/m", "tot", "al", "hasta"];

    /// <summary>Where the cell's first year (<see cref="ExperienceReader.HasYear"/>) starts, or -1.</summary>
    static int FirstYear(ReadOnlySpan<char> cell)
    {
        for (int i = 0; i + 4 <= cell.Length; i++)
            if ((i == 0 || !char.IsAsciiDigit(cell[i - 1])) && (i + 4 == cell.Length || !char.IsAsciiDigit(cell[i + 4]))
                && ExperienceReader.HasYear(cell.Slice(i, 4))) return i;
        return -1;
    }

    /// <summary>
    /// Where the line's first "|" stands in it, when at least a sidebar's width in (<see cref="ExperienceReader.NarrowestSidebar"/>,
    /// as a narrow sidebar's gap): not a line's own "Brussels | 2015"; else -1.
    /// </summary>
    static int FirstRuleAt(string text, int lineStart, int lineEnd)
    {
        int at = text.AsSpan(lineStart, lineEnd - lineStart).IndexOf('|');
        return at >= ExperienceReader.NarrowestSidebar ? at : -1;
    }

    /// <summary>How long the line above the one at <paramref name="lineStart"/> is, its line break included.</summary>
    static int LineLengthAbove(string text, int lineStart) => lineStart - (text.LastIndexOf('\n', lineStart - 2) + 1);
}
