using System.Globalization;

namespace HiringKit.Scoring;

/// <summary>
/// Years of experience as a resume states them ("7+ years of experience") and as its employment
/// dates add up ("Jan 2019 – Mar 2021", "2016 – Present"), overlapping roles counted once.
/// One class over three files by topic: stated years here, dated roles and the headings they sit under beside it.
/// Hand-written parsing rather than regular expressions: it only wakes up at digits and at
/// the letters "yr"/"year", so it costs little on a long resume.
/// </summary>
internal static partial class ExperienceReader
{
    public readonly record struct StatedYears(double Years, int Start, int Length);

    static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["a decade"] = 10,
    };

    static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A count in digits or words up to twenty ("8", "eight"), or null.</summary>
    internal static double? NumberOf(ReadOnlySpan<char> word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is > 0 and <= 60 ? n
        : NumberWordLookup.TryGetValue(word, out double value) ? value : null;

    /// <summary>
    /// The next year written alone (19xx or 20xx, no digit beside it) at or after <paramref name="from"/>, or -1;
    /// <paramref name="from"/> moves past it. For the readings that only ask whether a line or a sentence is dated.
    /// </summary>
    internal static int NextYear(ReadOnlySpan<char> text, ref int from)
    {
        for (int i = from; i + 4 <= text.Length; i++)
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                from = i + 4;
                return (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
            }
        from = text.Length;
        return -1;
    }

    static readonly System.Buffers.SearchValues<string> YearWords = System.Buffers.SearchValues.Create(["year", "yr"], StringComparison.OrdinalIgnoreCase);

    /// <summary>How far short of the number "nearly", "almost", "close to" and "just under" read: halfway into the year before it.</summary>
    const double ShortOfStatedYears = 0.5;

    /// <summary>
    /// Whether the number of years is the writer's time in recovery: "recovery (11 years)" or "sobriety: 5 years" right before
    /// it, "sober", "in recovery" or "clean" right after its "years".
    /// </summary>
    static bool IsRecoveryTime(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var lead = before.TrimEnd(" \t(:-");
        // "I am in long-term recovery myself (13 years)" (Fresh98, t12: read as thirteen years at work).
        if (lead.EndsWith("myself", StringComparison.OrdinalIgnoreCase)) lead = lead[..^"myself".Length].TrimEnd();
        foreach (var word in (ReadOnlySpan<string>)["recovery", "sobriety", "sober"])
            if (lead.EndsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
        var rest = after.TrimStart(" \t)");
        foreach (var words in (ReadOnlySpan<string>)["sober", "in recovery", "of recovery", "of sobriety", "clean"])
            if (rest.StartsWith(words, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static readonly string[] Qualifiers = ["over", "more than", "nearly", "almost", "close to", "just under", "approximately", "about", "around",
        "plus", "at least"];

    public static List<StatedYears> FindStatedYears(ResumeText resume)
    {
        var text = resume.Span;
        var found = new List<StatedYears>();
        int from = 0;
        while (from < text.Length)
        {
            int y = text[from..].IndexOfAny(YearWords);
            if (y < 0) break;
            y += from;
            from = y + 1;
            if (y > 0 && CharClass.IsWordChar(text[y - 1])) continue;
            int end = y;
            while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
            if (end < text.Length && text[end] is '\'' or '\u2019' && (text[end - 1] is 's' or 'S' || (end + 1 < text.Length && text[end + 1] is 's'))) end++;
            var word = text[y..end].TrimEnd("'\u2019");
            if (!IsYearsWord(word)) continue;
            if (TryReadYearsBefore(resume, y, end, out var stated)) found.Add(stated with { Years = stated.Years + MonthsAfter(text, end) / 12.0 });
        }
        return found;
    }

    /// <summary>
    /// The months a job board's total gives after its years ("12 Year(s) 5 Month(s)", "12 years and 5 months", "12 yrs 5 mos"),
    /// or 0: read as the years alone, such a total came out five months short (Fresh226, t12).
    /// </summary>
    static int MonthsAfter(ReadOnlySpan<char> text, int yearsWordEnd)
    {
        var rest = text[yearsWordEnd..Math.Min(text.Length, yearsWordEnd + 24)];
        if (rest.StartsWith("(s)", StringComparison.OrdinalIgnoreCase)) rest = rest[3..];
        rest = rest.TrimStart(" ,");
        if (rest.StartsWith("and ", StringComparison.OrdinalIgnoreCase)) rest = rest[4..];
        int digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits])) digits++;
        if (digits is 0 or > 2 || !int.TryParse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out int months) || months > 11) return 0;
        var unit = rest[digits..].TrimStart(' ');
        return unit.StartsWith("month", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("mos", StringComparison.OrdinalIgnoreCase)
            || unit.StartsWith("mo ", StringComparison.OrdinalIgnoreCase) ? months : 0;
    }

    static bool IsYearsWord(ReadOnlySpan<char> word) =>
        word.Equals("year", StringComparison.OrdinalIgnoreCase) || word.Equals("years", StringComparison.OrdinalIgnoreCase)
        || word.Equals("yr", StringComparison.OrdinalIgnoreCase) || word.Equals("yrs", StringComparison.OrdinalIgnoreCase)
        || word.Equals("year's", StringComparison.OrdinalIgnoreCase) || word.Equals("year\u2019s", StringComparison.OrdinalIgnoreCase);

    static bool TryReadYearsBefore(ResumeText resume, int yearsWord, int yearsEnd, out StatedYears stated)
    {
        var text = resume.Span;
        stated = default;
        int j = yearsWord - 1;
        bool plus = false;
        while (j >= 0 && (text[j] is ' ' or '\t' or '\u00A0' or '-' or '\u2010' or '\u2011')) j--;
        if (j >= 0 && text[j] == '+') { plus = true; j--; }
        while (j >= 0 && text[j] is ' ' or '\t' or '\u00A0') j--;
        if (j < 0) return false;

        double value;
        int numberStart;
        if (char.IsAsciiDigit(text[j]))
        {
            int numberEnd = j + 1;
            while (j >= 0 && (char.IsAsciiDigit(text[j]) || (text[j] == '.' && j > 0 && char.IsAsciiDigit(text[j - 1])))) j--;
            numberStart = j + 1;
            if (j >= 0 && char.IsAsciiLetter(text[j])) return false;
            if (!TryParseYears(text[numberStart..numberEnd], out value)) return false;
            // "5-7 years": the candidate claims at least the lower bound. A Taiwanese job bank's "10~15 years" is a bracket too
            // (Fresh196, t08: read as fifteen).
            int k = j;
            while (k >= 0 && text[k] is ' ') k--;
            if (k >= 1 && text[k] is '-' or '\u2013' or '\u2014' or '~' or '\uFF5E')
            {
                int m = k - 1;
                while (m >= 0 && text[m] is ' ') m--;
                int lowerEnd = m + 1;
                while (m >= 0 && char.IsAsciiDigit(text[m])) m--;
                if (lowerEnd > m + 1 && double.TryParse(text[(m + 1)..lowerEnd], NumberStyles.None, CultureInfo.InvariantCulture, out double lower))
                {
                    value = lower;
                    numberStart = m + 1;
                }
            }
        }
        else if (char.IsAsciiLetter(text[j]))
        {
            int wordEnd = j + 1;
            while (j >= 0 && char.IsAsciiLetter(text[j])) j--;
            numberStart = j + 1;
            if (!NumberWordLookup.TryGetValue(text[numberStart..wordEnd], out value)) return false;
        }
        else return false;

        if (value is <= 0 or > 60) return false;

        int clauseStart = resume.ClauseStart(numberStart);
        int clauseEnd = resume.ClauseEnd(yearsEnd);
        var before = text[Math.Max(clauseStart, numberStart - 40)..numberStart];
        var after = text[yearsEnd..Math.Min(clauseEnd, yearsEnd + 60)];

        // "Over 15 years in person-centred counselling" claims a career; "improved by 18% over two years" does not.
        bool qualified = plus || after.StartsWith("+");
        var beforeNumber = before.TrimEnd();
        foreach (var qualifier in Qualifiers)
        {
            if (!beforeNumber.EndsWith(qualifier, StringComparison.OrdinalIgnoreCase)) continue;
            var lead = beforeNumber[..^qualifier.Length].Trim();
            bool opensClause = !lead.ContainsAnyInRange('a', 'z') && !lead.ContainsAnyInRange('A', 'Z') && !lead.ContainsAnyInRange('0', '9');
            qualified |= opensClause || lead.EndsWith("with", StringComparison.OrdinalIgnoreCase);
            // "Nearly five years" is fewer than five: read as five it made a counselor in her fifth year senior. "Close to five
            // years" too (Fresh84, t09).
            if (qualifier is "nearly" or "almost" or "close to" or "just under") value -= ShortOfStatedYears;
        }
        bool aboutExperience = after.Contains("experien", StringComparison.OrdinalIgnoreCase)
            || before.Contains("experien", StringComparison.OrdinalIgnoreCase);
        if (!qualified && !aboutExperience) return false;

        // The readings below only reject, so asked after the claim above they give the same answer; most numbers before a "year"
        // ("two years ago", "a 3-year grant") claim no experience and leave here without them.
        // Client ages and durations of other things are not the candidate's experience.
        var next = FirstWord(after);
        if (next.Equals("old", StringComparison.OrdinalIgnoreCase) || next.Equals("ago", StringComparison.OrdinalIgnoreCase)
            || next.Equals("later", StringComparison.OrdinalIgnoreCase) || next.Equals("earlier", StringComparison.OrdinalIgnoreCase)) return false;
        if (before.Contains("age", StringComparison.OrdinalIgnoreCase)) return false;
        // Years still to come: "In the next two years I hope to gain more experience in trauma counselling" (Fresh243, t10: a
        // counsellor in her first year read as two years' and mid). Only with the writer's own aim in the clause: "I spent the next
        // 14 years as a school counsellor", "the next 15 years were spent as a counselor", "the next 12 years, experience that would
        // shape my practice" and "Will County" tell years done (two reviews).
        if (LastWord(before) is var last && (last.Equals("next", StringComparison.OrdinalIgnoreCase)
            || last.Equals("coming", StringComparison.OrdinalIgnoreCase) || last.Equals("upcoming", StringComparison.OrdinalIgnoreCase))
            && !TellsThePastBefore(before[..^last.Length]) && (NamesTheWritersAim(before) || NamesTheWritersAim(UpToAComma(after)))) return false;
        // "Lived experience of recovery (11 years)", "8 years sober": a peer's own recovery, not years at work (Fresh16, t05).
        // Only bound to the number: "10+ years of experience in recovery services" is a career in the field.
        if (IsRecoveryTime(before, after)) return false;
        // How long something else runs: "(some cases span 15+ years)" of a victim liaison officer's caseload (Fresh170, t04: read as
        // fifteen years of the writer's).
        // The writer's own experience may span them too: "experience spanning 15+ years", "my career has lasted 10+ years" (a review).
        if (DurationVerbLookup.Contains(LastWord(before)) && before.IndexOfAny(OwnCareerWords) < 0) return false;

        int end = yearsEnd;
        stated = new StatedYears(value, numberStart, end - numberStart);
        return true;
    }

    /// <summary>
    /// A number of digits with decimal points between them, as <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>
    /// reads it: most are a few digits ("8", "10"), added up here where the general parser took longer than the rest of the reading.
    /// </summary>
    static bool TryParseYears(ReadOnlySpan<char> number, out double value)
    {
        if (number.Length is > 0 and <= 9)
        {
            int whole = 0, i = 0;
            while (i < number.Length && char.IsAsciiDigit(number[i])) whole = whole * 10 + (number[i++] - '0');
            if (i == number.Length)
            {
                value = whole;
                return true;
            }
        }
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Whether a verb of the past stands before "the next": "I spent the next 14 years ..., and I will bring that" (a review).</summary>
    static bool TellsThePastBefore(ReadOnlySpan<char> beforeNext)
    {
        var rest = beforeNext.TrimEnd();
        if (rest.EndsWith("the", StringComparison.OrdinalIgnoreCase)) rest = rest[..^3];
        var verb = LastWord(rest);
        return verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb.Equals("spent", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("was", StringComparison.OrdinalIgnoreCase) || verb.Equals("were", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("had", StringComparison.OrdinalIgnoreCase);
    }

    static ReadOnlySpan<char> UpToAComma(ReadOnlySpan<char> text) => text.IndexOf(',') is int comma and >= 0 ? text[..comma] : text;

    /// <summary>Whether the text names the writer's own aim, as written with its subject ("I hope", "I plan to", "my goal").</summary>
    static bool NamesTheWritersAim(ReadOnlySpan<char> text)
    {
        foreach (var aim in WritersAims)
            if (text.Contains(aim, StringComparison.Ordinal)) return true;
        return false;
    }

    static readonly string[] WritersAims =
    [
        "I hope", "I plan", "I aim", "I intend", "I want", "I wish", "I will ", "I'll ", "I would like", "I'd like", "I expect",
        "I am planning", "I'm planning", "I am hoping", "I'm hoping", "my goal", "My goal", "my aim", "My aim", "my plan", "My plan",
        "we hope", "we plan", "we will ",
    ];

    static readonly System.Buffers.SearchValues<string> OwnCareerWords = System.Buffers.SearchValues.Create(
        ["experien", "career", "practice", "practising", "practicing", "work"], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DurationVerbLookup = new HashSet<string>(
        ["span", "spans", "spanned", "spanning", "last", "lasts", "lasted", "lasting", "take", "takes", "took", "taking"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last word of the text, letters only; empty if it ends on none.</summary>
    static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        int start = text.Length;
        while (start > 0 && char.IsAsciiLetter(text[start - 1])) start--;
        return text[start..];
    }

    /// <summary>The first word in ASCII letters, past spaces and tabs; empty when anything else comes first.</summary>
    internal static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && !char.IsAsciiLetter(text[i]))
        {
            if (text[i] is not (' ' or '\t')) return [];
            i++;
        }
        int start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        return text[start..i];
    }
}
