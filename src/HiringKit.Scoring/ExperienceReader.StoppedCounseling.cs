namespace HiringKit.Scoring;

// Years are years of counseling work (Corpus/README.md, "Label conventions to give the writer"): a manager of counselors who says
// they no longer counsel holds a job of the trade, but its months are not counseling.
internal static partial class ExperienceReader
{
    /// <summary>
    /// Whether the writer says they no longer counsel: "I no longer carry a caseload", "No longer seeing clients directly", "I no
    /// longer provide therapy". "No longer" has the writer as its subject (it starts its clause, or follows "I", "I'm" or "I am"),
    /// and within <see cref="WordsToTheWork"/> words the work itself follows: a caseload, clients or patients, therapy or counseling.
    /// Someone else's "no longer" ("clients no longer need a referral"), new clients turned away ("no longer accepting new
    /// clients") and supervision given up ("I no longer provide clinical supervision") say nothing of whether the writer counsels.
    /// </summary>
    /// <param name="text">A role's block, or the introduction above the first role.</param>
    /// <param name="since">When a date follows "since" ("since 2023", "since March 2023"), the month counseling stopped, as a role's
    /// months are counted; else -1.</param>
    /// <remarks>One search for "no longer": most text has none, and only its few clauses are read.</remarks>
    public static bool SaysCounselingStopped(ReadOnlySpan<char> text, out int since)
    {
        since = -1;
        Span<Range> words = stackalloc Range[WordsToTheWork + 1];
        Span<char> buffer = stackalloc char[Words.MaxLength];
        for (int from = 0, found; (found = text[from..].IndexOf("no longer", StringComparison.OrdinalIgnoreCase)) >= 0;)
        {
            int at = from + found, after = at + "no longer".Length;
            from = after;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (after < text.Length && char.IsLetter(text[after]))) continue;
            if (!TheWriterIsTheSubject(text, at, words, buffer)) continue;
            int clauseEnd = ClauseEndAfter(text, after);
            int count = Words.After(text, after, clauseEnd, words);
            bool work = false;
            for (int w = 0; w < count && !work; w++)
                work = CounselingWorkLookup.Contains(Words.Fold(text[words[w]], buffer))
                    && !(w > 0 && Words.Fold(text[words[w - 1]], buffer) is "new");
            if (!work) continue;
            since = SinceMonth(text[after..clauseEnd]);
            return true;
        }
        return false;
    }

    /// <summary>The most words between "no longer" and the work it stops ("no longer carry a caseload", "no longer work directly with clients").</summary>
    const int WordsToTheWork = 5;

    /// <summary>The work of counseling, as folded: what the writer carries, sees or provides.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CounselingWorkLookup = new HashSet<string>(
    [
        "caseload", "caseloads", "client", "clients", "patient", "patients", "therapy", "psychotherapy", "counseling", "counselling",
        "counsel",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether "no longer" at <paramref name="at"/> starts its clause (a bullet, a resume's subjectless line) or follows "I", "I'm" or "I am".</summary>
    static bool TheWriterIsTheSubject(ReadOnlySpan<char> text, int at, Span<Range> words, Span<char> buffer)
    {
        int count = Words.Before(text, at, Clauses.StartOf(text, at), words[..2], []);
        if (count == 0) return true;
        var last = Words.Fold(text[words[0]], buffer);
        if (last is "i" or "i'm") return true;
        return last is "am" && count == 2 && Words.Fold(text[words[1]], buffer) is "i";
    }

    /// <summary>Where the clause after <paramref name="from"/> ends, as <see cref="Clauses"/> ends one, at most <see cref="Clauses.MaxReach"/> ahead.</summary>
    static int ClauseEndAfter(ReadOnlySpan<char> text, int from)
    {
        int limit = Math.Min(text.Length, from + Clauses.MaxReach);
        for (int i = from; i < limit; i++)
        {
            int found = text[i..limit].IndexOfAny(Clauses.Candidates);
            if (found < 0) break;
            i += found;
            if (Clauses.EndsClause(text, i)) return i;
        }
        return limit;
    }

    /// <summary>
    /// The month a date right after "since" names ("since 2023", "since March 2023", "since 03/2023"; January for a year alone), as a
    /// role's months are counted; -1 if none.
    /// </summary>
    static int SinceMonth(ReadOnlySpan<char> clause)
    {
        const int DateWidth = 20; // "since September 2023"
        int since = clause.IndexOf("since", StringComparison.OrdinalIgnoreCase);
        if (since < 0) return -1;
        int limit = Math.Min(clause.Length, since + DateWidth);
        for (int i = since + "since".Length; i < limit; i++)
        {
            if (!char.IsAsciiDigit(clause[i])) continue;
            int end = i;
            while (end < clause.Length && char.IsAsciiDigit(clause[end])) end++;
            if (end - i == 4) return TryReadStart(clause, i, end, out var mark) ? mark.Year * 12 + (mark.Month ?? 1) - 1 : -1;
            i = end;
        }
        return -1;
    }
}
