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

    /// <summary>How far in a rule stands at least: a sidebar's width, not a line's own "Brussels | 2015".</summary>
    const int NarrowestSidebar = 16;

    /// <summary>Where in its lines the page's rule stands (<see cref="AsGaps"/>), or -1.</summary>
    static int RuledColumn(string text)
    {
        int column = -1, run = 0, sidebarOnly = 0, workOnly = 0, datesRows = 0;
        for (int lineStart = 0; lineStart <= text.Length;)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            int at = FirstRuleAt(text, lineStart, lineEnd);
            if (at != column || at < 0)
            {
                if (run >= LinesOfARule && sidebarOnly >= 1 && workOnly >= 2 && datesRows < 2) return column;
                (column, run, sidebarOnly, workOnly, datesRows) = (at, 0, 0, 0, 0);
            }
            if (at >= 0)
            {
                run++;
                bool sidebar = !text.AsSpan(lineStart, at).IsWhiteSpace(), work = !text.AsSpan(lineStart + at + 1, lineEnd - lineStart - at - 1).IsWhiteSpace();
                if (sidebar && !work) sidebarOnly++;
                if (work && !sidebar) workOnly++;
                if (work && sidebar && IsADatesCell(text.AsSpan(lineStart, at))) datesRows++;
            }
            if (lineEnd == text.Length) break;
            lineStart = lineEnd + 1;
        }
        return run >= LinesOfARule && sidebarOnly >= 1 && workOnly >= 2 && datesRows < 2 ? column : -1;
    }

    /// <summary>
    /// Whether a row's first cell is its post's dates, at the margin: "Mar 2020 – present    | Licensed Marriage and Family
    /// Therapist, ...", "04/2019 – heute       | Psychologische Psychotherapeutin, ...". Two such rows make the page a table of
    /// posts with its dates at the left, its places ("Atlanta, GA           |") and bullets ("                      | Couples and
    /// family therapy") a line each, no sidebar: read as one, each post's lines were read into the next post (an independent
    /// review). A sidebar's dates stand indented under what they date ("  Jan 2023 – Jul 2025", Fresh175, t05) or hold no dash.
    /// </summary>
    /// <remarks>
    /// The cell opens with its dates, a month's word at most before them, and holds a year: a sidebar's phone number ("(210)
    /// 555-0148") and licence ("LPC-S, Texas #71042") hold digits and a dash too, and read as dates they made an LPC-S's ruled
    /// page a table, where no post of hers was read (Fresh241, t07).
    /// </remarks>
    static bool IsADatesCell(ReadOnlySpan<char> cell)
    {
        if (cell.Length == 0 || cell[0] is ' ' or '\t' || !ExperienceReader.HasYear(cell)) return false;
        int digit = cell.IndexOfAnyInRange('0', '9');
        var before = cell[..digit].TrimEnd(" .");
        if (before.Length > "September".Length) return false;
        foreach (char c in before)
            if (!char.IsLetter(c)) return false;
        return cell[digit..].IndexOfAny('\u2013', '\u2014', '-') >= 0;
    }

    /// <summary>Where the line's first "|" stands in it, when at least <see cref="NarrowestSidebar"/> in; else -1.</summary>
    static int FirstRuleAt(string text, int lineStart, int lineEnd)
    {
        int at = text.AsSpan(lineStart, lineEnd - lineStart).IndexOf('|');
        return at >= NarrowestSidebar ? at : -1;
    }

    /// <summary>How long the line above the one at <paramref name="lineStart"/> is, its line break included.</summary>
    static int LineLengthAbove(string text, int lineStart) => lineStart - (text.LastIndexOf('\n', lineStart - 2) + 1);
}
