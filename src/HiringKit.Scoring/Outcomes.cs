namespace HiringKit.Scoring;

/// <summary>
/// Measured results of the relationship ("85% client retention", "reduced no-shows by 30%"):
/// evidence a counselor's alliances work, which repeating a phrase cannot fake. Found from each
/// percentage, not by the phrase matcher: a number is not a phrase.
/// </summary>
internal static class Outcomes
{
    static readonly ShortTextSearch Keywords = new(
    [
        "retention", "retain", "engagement", "engaged", "satisfaction", "attendance", "completion", "no-show",
        "no show", "dropout", "drop-out", "attrition", "outcome", "adherence", "phq", "gad-7", "alliance",
        "session rating", "readmission", "relapse", "improvement",
    ]);

    /// <summary>How many clauses state an asserted, measured client outcome where work is shown (not in a summary or a list).</summary>
    /// <param name="inRolesOfTheTrade">How many of them stand in a dated role titled in the trade.</param>
    /// <param name="enough">
    /// How many of each the caller uses: once both counts reach it the rest of the page is left unread, as a score counts no more
    /// outcomes than that (a page of outcome bullets read every clause with a percent in it, its assertion and its role).
    /// </param>
    public static int Count(AssertionReader.Page page, ResumeLayout layout, int enough, out int inRolesOfTheTrade)
    {
        var resume = page.Resume;
        inRolesOfTheTrade = 0;
        var text = resume.Span;
        int count = 0, lastClauseEnd = -1;
        int from = 0;
        while (from < text.Length && (count < enough || inRolesOfTheTrade < enough))
        {
            int percent = text[from..].IndexOf('%');
            if (percent < 0) break;
            percent += from;
            from = percent + 1;

            int digit = percent - 1;
            while (digit >= 0 && text[digit] == ' ') digit--;
            if (digit < 0 || !char.IsAsciiDigit(text[digit])) continue;
            if (percent < lastClauseEnd) continue;

            int clauseStart = resume.ClauseStart(percent);
            int clauseEnd = resume.ClauseEnd(percent);
            var clause = text[clauseStart..clauseEnd];
            if (!Keywords.Occurs(clause)) continue;
            // Where it stands first: the section is read once a line and kept, while the assertion reads the clause and the page's
            // cues each time, and a result in a summary or a list leaves whatever it asserts.
            if (layout.SectionOf(digit) is not (Sections.Experience or Sections.Other)) continue;
            if (AssertionReader.Of(page, new PhraseHit(-1, digit, 1)) != Assertions.Asserted) continue;
            count++;
            if (layout.InARoleTitledInTheTrade(digit)) inRolesOfTheTrade++;
            lastClauseEnd = clauseEnd;
        }
        return count;
    }
}
