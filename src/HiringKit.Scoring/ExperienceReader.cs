using System.Globalization;

namespace HiringKit.Scoring;

/// <summary>
/// Years of experience as a resume states them ("7+ years of experience") and as its employment
/// dates add up ("Jan 2019 – Mar 2021", "2016 – Present"), overlapping roles counted once.
/// Months given on both sides both count; "Present" is the as-of month; a year alone starts in
/// January; years alone on both sides count the years between ("2016-2019" is 3); a start month
/// with a year alone at the end runs through that year's December ("Jan 2016 - 2019" is 4).
/// Hand-written parsing rather than regular expressions: it only wakes up at digits and at
/// the letters "yr"/"year", so it costs little on a long resume.
/// </summary>
internal static class ExperienceReader
{
    public readonly record struct StatedYears(double Years, int Start, int Length);

    /// <param name="FromMonth">Months since year 0, inclusive.</param>
    /// <param name="ToMonth">Months since year 0, exclusive.</param>
    /// <param name="BlockStart">Where the role's description starts: the line above its dates, which usually holds the job title.</param>
    /// <param name="BlockEnd">Where the next role or section starts.</param>
    /// <param name="IsPlacement">An internship, practicum or volunteer role: it shows where the term was practised, but its months are not years of experience.</param>
    public readonly record struct DatedRole(int Start, int Length, int FromMonth, int ToMonth, int BlockStart, int BlockEnd, bool IsPlacement);

    static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["a decade"] = 10,
    };

    static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly System.Buffers.SearchValues<string> YearWords = System.Buffers.SearchValues.Create(["year", "yr"], StringComparison.OrdinalIgnoreCase);

    static readonly string[] Qualifiers = ["over", "more than", "nearly", "almost", "approximately", "about", "around", "plus", "at least"];

    static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4,
        ["april"] = 4, ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8,
        ["august"] = 8, ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10,
        ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
        ["spring"] = 3, ["summer"] = 6, ["fall"] = 9, ["autumn"] = 9, ["winter"] = 12,
        // Bilingual resumes give their dates in both languages ("septembre 2023 – présent / Sept 2023 – Present"),
        // and some only in Spanish or French: unread, such a range was dropped.
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7,
        ["agosto"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
        ["janvier"] = 1, ["janv"] = 1, ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["mars"] = 3, ["avril"] = 4,
        ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["juil"] = 7, ["août"] = 8, ["aout"] = 8, ["septembre"] = 9,
        ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12, ["decembre"] = 12, ["déc"] = 12,
    };

    static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string> Ongoing = new(StringComparer.OrdinalIgnoreCase)
    {
        "present", "current", "currently", "now", "today", "date", "ongoing",
        "presente", "actualidad", "actual", "présent", "aujourd'hui", "aujourd’hui", "maintenant",
    };

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OngoingLookup = Ongoing.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "to", "through", "thru", "until", "till" };
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    // ---- stated years -------------------------------------------------------------------

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
            if (TryReadYearsBefore(resume, y, end, out var stated)) found.Add(stated);
        }
        return found;
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
            if (!double.TryParse(text[numberStart..numberEnd], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
            // "5-7 years": the candidate claims at least the lower bound.
            int k = j;
            while (k >= 0 && text[k] is ' ') k--;
            if (k >= 1 && text[k] is '-' or '\u2013' or '\u2014')
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

        // Client ages and durations of other things are not the candidate's experience.
        var next = FirstWord(after);
        if (next.Equals("old", StringComparison.OrdinalIgnoreCase) || next.Equals("ago", StringComparison.OrdinalIgnoreCase)
            || next.Equals("later", StringComparison.OrdinalIgnoreCase) || next.Equals("earlier", StringComparison.OrdinalIgnoreCase)) return false;
        if (before.Contains("age", StringComparison.OrdinalIgnoreCase)) return false;

        // "Over 15 years in person-centred counselling" claims a career; "improved by 18% over two years" does not.
        bool qualified = plus || after.StartsWith("+");
        var beforeNumber = before.TrimEnd();
        foreach (var qualifier in Qualifiers)
        {
            if (!beforeNumber.EndsWith(qualifier, StringComparison.OrdinalIgnoreCase)) continue;
            var lead = beforeNumber[..^qualifier.Length].Trim();
            bool opensClause = !lead.ContainsAnyInRange('a', 'z') && !lead.ContainsAnyInRange('A', 'Z') && !lead.ContainsAnyInRange('0', '9');
            qualified |= opensClause || lead.EndsWith("with", StringComparison.OrdinalIgnoreCase);
        }
        bool aboutExperience = after.Contains("experien", StringComparison.OrdinalIgnoreCase)
            || before.Contains("experien", StringComparison.OrdinalIgnoreCase);
        if (!qualified && !aboutExperience) return false;

        int end = yearsEnd;
        stated = new StatedYears(value, numberStart, end - numberStart);
        return true;
    }

    static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
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

    // ---- employment dates ---------------------------------------------------------------

    readonly record struct DateMark(int Start, int End, int Year, int? Month);

    /// <summary>Date ranges that describe work or placements, with education and licensure left out.</summary>
    /// <param name="sections">The resume's headings, from <see cref="FindHeadings"/>.</param>
    public static List<DatedRole> FindDatedRoles(ReadOnlySpan<char> text, DateOnly asOf, List<Heading> sections)
    {
        var roles = new List<DatedRole>();
        int asOfMonth = asOf.Year * 12 + asOf.Month - 1;
        int from = 0;
        while (from < text.Length)
        {
            int digit = text[from..].IndexOfAnyInRange('0', '9');
            if (digit < 0) break;
            int runStart = from + digit;
            int runEnd = runStart;
            while (runEnd < text.Length && char.IsAsciiDigit(text[runEnd])) runEnd++;
            from = runEnd;
            if (runEnd - runStart != 4) continue;
            if (!TryReadStart(text, runStart, runEnd, out var start)) continue;
            if (!TryReadRangeEnd(text, start.End, asOfMonth, out var end, out int endMonthExclusive)) continue;
            from = end.End;

            int fromMonth = start.Year * 12 + (start.Month ?? 1) - 1;
            int toMonth = end.Month is null && end.Year > 0 && start.Month is not null
                ? end.Year * 12 + 12
                : endMonthExclusive;
            toMonth = Math.Min(toMonth, asOfMonth + 1);
            if (toMonth <= fromMonth || start.Year < 1950) continue;

            int entryStart = EntryStart(text, Clauses.LineAround(text, start.Start).Start);
            var kind = KindOfRange(text, start.Start, entryStart, sections);
            if (kind == RangeKind.Study) continue;
            var (lineStart, lineEnd) = Clauses.LineAround(text, start.Start);
            // "Therapist, Hope Center, 2019 – Present" starts its own block; a line of dates alone belongs to the title above it.
            bool titledLine = LettersOutside(text[lineStart..lineEnd], start.Start - lineStart, end.End - lineStart) >= 3;
            int blockStart = Math.Min(entryStart, titledLine || lineStart == 0 ? lineStart : Clauses.LineAround(text, lineStart - 1).Start);
            int blockEnd = text.Length;
            foreach (var section in sections)
                if (section.Position > start.Start) { blockEnd = section.Position; break; }
            roles.Add(new DatedRole(start.Start, end.End - start.Start, fromMonth, toMonth, blockStart, blockEnd, kind == RangeKind.Placement));
        }

        for (int r = 0; r + 1 < roles.Count; r++)
            roles[r] = roles[r] with { BlockEnd = Math.Min(roles[r].BlockEnd, Math.Max(roles[r + 1].BlockStart, roles[r].Start + roles[r].Length)) };
        return roles;
    }

    static int LettersOutside(ReadOnlySpan<char> line, int from, int to)
    {
        int letters = 0;
        for (int i = 0; i < line.Length; i++)
            if ((i < from || i >= to) && char.IsLetter(line[i])) letters++;
        return letters;
    }

    /// <summary>Total years over merged ranges: two overlapping jobs are one stretch of experience.</summary>
    public static double TotalYears(IReadOnlyList<DatedRole> roles)
    {
        // A handful of roles: an insertion sort by (from, to) without LINQ's buffers and delegates.
        Span<(int FromMonth, int ToMonth)> sorted = roles.Count <= 64 ? stackalloc (int, int)[roles.Count] : new (int, int)[roles.Count];
        for (int r = 0; r < roles.Count; r++)
        {
            var range = (roles[r].FromMonth, roles[r].ToMonth);
            int at = r;
            while (at > 0 && (sorted[at - 1].FromMonth > range.FromMonth || (sorted[at - 1].FromMonth == range.FromMonth && sorted[at - 1].ToMonth > range.ToMonth)))
            {
                sorted[at] = sorted[at - 1];
                at--;
            }
            sorted[at] = range;
        }
        int total = 0, coveredUntil = int.MinValue;
        foreach (var role in sorted)
        {
            int from = Math.Max(role.FromMonth, coveredUntil);
            if (role.ToMonth > from) total += role.ToMonth - from;
            coveredUntil = Math.Max(coveredUntil, role.ToMonth);
        }
        return total / 12.0;
    }

    static bool TryReadStart(ReadOnlySpan<char> text, int yearStart, int yearEnd, out DateMark mark)
    {
        mark = default;
        if (yearEnd < text.Length && (char.IsLetter(text[yearEnd]) || text[yearEnd] is '/' or '%')) return false;
        if (yearStart > 0 && char.IsLetter(text[yearStart - 1])) return false;
        int year = FourDigits(text.Slice(yearStart, 4));
        if (year is < 1950 or > 2100) return false;

        // "03/2019" or "3/2019"
        if (yearStart >= 2 && text[yearStart - 1] is '/' or '.' && char.IsAsciiDigit(text[yearStart - 2]))
        {
            int m = yearStart - 2;
            while (m > 0 && char.IsAsciiDigit(text[m - 1]) && yearStart - 1 - m < 2) m--;
            if (int.TryParse(text[m..(yearStart - 1)], NumberStyles.None, CultureInfo.InvariantCulture, out int month) && month is >= 1 and <= 12)
            {
                mark = new DateMark(m, yearEnd, year, month);
                return true;
            }
            return false;
        }

        // "Jan 2019", "Sept. 2018", "January, 2019", "Fall 2020"
        int j = yearStart - 1;
        while (j >= 0 && text[j] is ' ' or '.' or ',' or '\u00A0') j--;
        int wordEnd = j + 1;
        while (j >= 0 && char.IsAsciiLetter(text[j])) j--;
        if (wordEnd > j + 1 && MonthLookup.TryGetValue(text[(j + 1)..wordEnd], out int named))
        {
            mark = new DateMark(j + 1, yearEnd, year, named);
            return true;
        }
        mark = new DateMark(yearStart, yearEnd, year, null);
        return true;
    }

    static bool TryReadRangeEnd(ReadOnlySpan<char> text, int after, int asOfMonth, out DateMark mark, out int toMonthExclusive)
    {
        mark = default;
        toMonthExclusive = 0;
        int i = SkipSpaces(text, after);
        if (i >= text.Length) return false;
        if (text[i] is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '~')
            i++;
        else
        {
            int wordEnd = i;
            while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd])) wordEnd++;
            if (!ConnectorLookup.Contains(text[i..wordEnd])) return false;
            i = wordEnd;
        }
        i = SkipSpaces(text, i);
        if (i >= text.Length) return false;

        if (char.IsAsciiLetter(text[i]))
        {
            int wordEnd = i;
            while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd])) wordEnd++;
            var word = text[i..wordEnd];
            if (OngoingLookup.Contains(word))
            {
                mark = new DateMark(i, wordEnd, 0, null);
                toMonthExclusive = asOfMonth + 1;
                return true;
            }
            if (!MonthLookup.TryGetValue(word, out int month)) return false;
            int y = wordEnd;
            while (y < text.Length && text[y] is ' ' or '.' or ',' or '\u00A0') y++;
            if (!TryReadYear(text, y, out int year)) return false;
            mark = new DateMark(i, y + 4, year, month);
            toMonthExclusive = year * 12 + month;
            return true;
        }

        if (!char.IsAsciiDigit(text[i])) return false;
        if (TryReadYear(text, i, out int plainYear))
        {
            mark = new DateMark(i, i + 4, plainYear, null);
            toMonthExclusive = plainYear * 12;
            return true;
        }
        int slash = i;
        while (slash < text.Length && char.IsAsciiDigit(text[slash]) && slash - i < 2) slash++;
        if (slash < text.Length && text[slash] is '/' or '.'
            && int.TryParse(text[i..slash], NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12
            && TryReadYear(text, slash + 1, out int slashYear))
        {
            mark = new DateMark(i, slash + 5, slashYear, m);
            toMonthExclusive = slashYear * 12 + m;
            return true;
        }
        return false;
    }

    static bool TryReadYear(ReadOnlySpan<char> text, int at, out int year)
    {
        year = 0;
        if (at + 4 > text.Length) return false;
        if (at + 4 < text.Length && char.IsAsciiDigit(text[at + 4])) return false;
        var digits = text.Slice(at, 4);
        if (digits.ContainsAnyExceptInRange('0', '9')) return false;
        year = FourDigits(digits);
        return year is >= 1950 and <= 2100;
    }

    /// <summary>Four ASCII digits as a number: what int.Parse gives, without its culture lookups.</summary>
    static int FourDigits(ReadOnlySpan<char> digits) =>
        (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 + (digits[3] - '0');

    static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F') i++;
        return i;
    }

    // ---- which dates are work -----------------------------------------------------------

    /// <summary>What a heading starts: where dates count as work, and how much a phrase under it counts.</summary>
    public enum HeadingKind { Work, Study, Other, Skills, Keywords, Summary }

    /// <param name="Position">Where the heading's line starts.</param>
    public readonly record struct Heading(int Position, HeadingKind Kind);

    static readonly Dictionary<string, HeadingKind> Headings = BuildHeadings(
        (HeadingKind.Work,
        [
            "experience", "professional experience", "work experience", "clinical experience", "relevant experience",
            "employment", "employment history", "work history", "career history", "professional history",
            "counseling experience", "counselling experience", "clinical work", "related experience", "experience and work history",
            // Placements are experience too: supervised clinical work toward a license.
            "clinical training", "internship", "internships", "practicum", "field experience", "clinical placements",
            "supervised clinical experience", "teaching experience", "sales experience", "clinical positions", "employment",
            "experiencia profesional", "experiencia", "experience professionnelle", "experience professionnelle",
        ]),
        (HeadingKind.Study,
        [
            "education", "education and training", "education training", "academic background", "training",
            "certifications", "certification", "licensure", "licenses", "license", "licence", "licensure and certifications",
            "licenses and certifications", "licensure certifications", "certifications and licensure", "credentials",
            "professional development", "continuing education", "advanced training", "additional training", "registration",
            "licensure certification", "education training", "formation", "educacion", "licencias", "permis", "formation continue",
            "relevant coursework", "coursework", "courses",
        ]),
        (HeadingKind.Other,
        [
            "publications", "presentations", "awards", "affiliations", "professional affiliations", "memberships",
            "professional memberships", "volunteer", "volunteer experience", "volunteering", "research", "research experience",
            "references", "interests", "community", "activities", "languages", "professional service", "service",
            "selected publications", "publications selected", "presentations selected", "teaching",
        ]),
        (HeadingKind.Skills,
        [
            "skills", "key skills", "core skills", "clinical skills", "technical skills", "soft skills", "core competencies",
            "competencies", "areas of expertise", "expertise", "skills and abilities", "skills summary", "summary of skills",
            "additional skills", "strengths", "key strengths", "areas of strength", "qualifications", "skills and qualifications",
            "software", "tools", "competences", "habilidades", "core strengths", "key competencies", "professional skills",
        ]),
        (HeadingKind.Keywords,
        [
            "keywords", "key words", "additional keywords", "clinical keywords", "clinical keywords for ats", "ats keywords",
            "search terms", "tags",
        ]),
        (HeadingKind.Summary,
        [
            "summary", "professional summary", "profile", "professional profile", "objective", "career objective", "about",
            "about me", "personal statement", "overview", "career summary", "summary of qualifications", "perfil", "profil",
            "highlights", "career highlights",
        ]));

    static readonly Dictionary<string, HeadingKind>.AlternateLookup<ReadOnlySpan<char>> HeadingLookup = Headings.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly System.Buffers.SearchValues<char> HeadingInitials = System.Buffers.SearchValues.Create(string.Concat(Headings.Keys.Select(h => h[0])));

    /// <summary>Folding a line stops once it is longer than any heading.</summary>
    static readonly int LongestHeading = Headings.Keys.Max(h => h.Length);

    static Dictionary<string, HeadingKind> BuildHeadings(params (HeadingKind Kind, string[] Texts)[] groups)
    {
        var headings = new Dictionary<string, HeadingKind>(StringComparer.Ordinal);
        // A heading in two lists keeps the first: work was always asked first.
        foreach (var (kind, texts) in groups)
            foreach (var heading in texts)
                headings.TryAdd(heading, kind);
        return headings;
    }

    /// <summary>Degrees on the line of a date range mark it as study, not work.</summary>
    static readonly System.Buffers.SearchValues<string> DegreeWords = System.Buffers.SearchValues.Create(
    [
        "bachelor", "master", "m.a.", "m.s.", "b.a.", "b.s.", "ph.d", "psy.d", "m.ed", "degree", "graduated",
        "gpa", "diploma", "expected", "coursework",
    ], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string> DegreeAbbreviations = new(StringComparer.Ordinal)
    {
        "MA", "MS", "BA", "BS", "MSW", "BSW", "MEd", "PhD", "PsyD", "MBA", "MSc", "BSc", "EdD", "MSEd",
    };

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DegreeLookup = DegreeAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly int LongestDegree = DegreeAbbreviations.Max(d => d.Length);
    static readonly System.Buffers.SearchValues<char> DegreeInitials = System.Buffers.SearchValues.Create(string.Concat(DegreeAbbreviations.Select(d => d[0])));

    /// <summary>Placements before licensure count as junior signals, not as years.</summary>
    static readonly System.Buffers.SearchValues<string> PlacementWords = System.Buffers.SearchValues.Create(
        ["intern", "practicum", "trainee", "volunteer"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Student Therapist" and "graduate student clinician" are placements; "Student Wellness Hub" and
    /// "Student Counseling Services" are where many licensed counselors work.
    /// </summary>
    static bool NamesAStudentRole(ReadOnlySpan<char> context)
    {
        for (int from = 0; from < context.Length;)
        {
            int found = context[from..].IndexOf("student", StringComparison.OrdinalIgnoreCase);
            if (found < 0) return false;
            int after = from + found + "student".Length;
            from = after;
            while (after < context.Length && context[after] is 's' or ' ' or '\'' or '’') after++;
            int wordEnd = after;
            while (wordEnd < context.Length && char.IsLetter(context[wordEnd])) wordEnd++;
            if (!StudentServiceLookup.Contains(context[after..wordEnd])) return true;
        }
        return false;
    }

    static readonly HashSet<string> StudentServices = new(StringComparer.OrdinalIgnoreCase)
    {
        "wellness", "wellbeing", "health", "services", "service", "affairs", "life", "success", "support", "counseling",
        "counselling", "development", "mental", "center", "centre", "body", "population", "populations",
    };
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StudentServiceLookup = StudentServices.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lines that are a heading and nothing else, in order.</summary>
    public static List<Heading> FindHeadings(ReadOnlySpan<char> text)
    {
        var sections = new List<Heading>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int newline = text[lineStart..].IndexOf('\n');
            int lineEnd = newline < 0 ? text.Length : lineStart + newline;
            if (HeadingOf(LeftColumn(text[lineStart..lineEnd])) is { } kind) sections.Add(new Heading(lineStart, kind));
            lineStart = lineEnd + 1;
        }
        return sections;
    }

    /// <summary>A line this indented is the right-hand column of a page laid out in two.</summary>
    const int RightColumnIndent = 24;

    /// <summary>
    /// The left column of a line that a PDF laid out in two columns ("PROFESSIONAL EXPERIENCE      Motivational
    /// Interviewing"): up to the first gap of three spaces or a tab. A line that starts in the right column
    /// ("                    CORE SKILLS") heads nothing in the left one, where the work is, and gives nothing.
    /// </summary>
    static ReadOnlySpan<char> LeftColumn(ReadOnlySpan<char> line)
    {
        int indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t') indent += 1;
        if (indent >= line.Length) return line;
        int width = 0;
        foreach (char c in line[..indent]) width += c == '\t' ? 8 : 1;
        if (width >= RightColumnIndent) return [];
        int gap = line[indent..].IndexOf("   ", StringComparison.Ordinal);
        int tab = line[indent..].IndexOf('\t');
        int cut = gap < 0 ? tab : tab < 0 ? gap : Math.Min(gap, tab);
        return cut < 0 ? line : line[..(indent + cut)];
    }

    /// <summary>What the line heads, if it is a heading; "EXPERIENCIA PROFESIONAL / PROFESSIONAL EXPERIENCE" is one in either language.</summary>
    public static HeadingKind? HeadingOf(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        // Headings start with a letter: bullets, dates and the like are turned down before any folding.
        if (line.Length is 0 or > 64 || !char.IsLetter(line[0])) return null;
        Span<char> buffer = stackalloc char[72];
        var heading = HeadingText(line, buffer);
        if (heading.Length > 0 && HeadingLookup.TryGetValue(heading, out var kind)) return kind;
        if (line.IndexOfAny('/', '|') < 0) return null;
        foreach (var part in line.SplitAny('/', '|'))
        {
            heading = HeadingText(line[part].Trim(), buffer);
            if (heading.Length > 0 && HeadingLookup.TryGetValue(heading, out kind)) return kind;
        }
        return null;
    }

    /// <summary>"Education &amp; Training:" becomes "education training"; a line with digits is never a heading.</summary>
    static ReadOnlySpan<char> HeadingText(ReadOnlySpan<char> line, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in line)
        {
            char f = CharClass.FoldedChar(CharClass.Of(c));
            if (f is >= '0' and <= '9') return [];
            if (f is >= 'a' and <= 'z')
            {
                // No heading starts with this letter: nothing after it can make the line one.
                if (n == 0 && !HeadingInitials.Contains(f)) return [];
                buffer[n++] = f;
            }
            else if (n > 0 && buffer[n - 1] != ' ') buffer[n++] = ' ';
            // Too long to be any heading, whatever follows (a trailing space is trimmed, hence the + 1).
            if (n > LongestHeading + 1) return [];
        }
        return buffer[..n].TrimEnd(' ');
    }

    static readonly System.Buffers.SearchValues<string> Institutions = System.Buffers.SearchValues.Create(
        ["university", "college", "institute", "school", "academy"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Worcester, MA\t2011 - 2016": two capitals after a place name and a comma are a state
    /// (Massachusetts, Mississippi), not an M.A. or M.S.; "Boston University, MA, 2014" is still a degree.
    /// </summary>
    static bool IsStateCode(ReadOnlySpan<char> line, int start, int end)
    {
        if (end - start != 2 || !char.IsUpper(line[start]) || !char.IsUpper(line[start + 1])) return false;
        if (end < line.Length && char.IsLetter(line[end])) return false;
        int comma = start - 1;
        while (comma >= 0 && line[comma] is ' ' or '\u00A0') comma--;
        if (comma < 1 || line[comma] != ',') return false;
        int placeEnd = comma, placeStart = comma - 1;
        while (placeStart >= 0 && (char.IsLetter(line[placeStart]) || line[placeStart] is '.' or '\'' or '-')) placeStart--;
        var place = line[(placeStart + 1)..placeEnd];
        return place.Length > 0 && char.IsUpper(place[0]) && place.IndexOfAny(Institutions) < 0;
    }

    enum RangeKind { Work, Placement, Study }

    /// <summary>
    /// Where an entry's header starts: "Graduate Intern, School Counseling / Holyoke High School /
    /// Holyoke, MA  Sep 2021 - Jun 2022" puts title, employer and dates on three lines. Up to two
    /// lines above the dates, while they are neither blank, a bullet, a heading nor another date.
    /// </summary>
    static int EntryStart(ReadOnlySpan<char> text, int lineStart)
    {
        int start = lineStart;
        for (int up = 0; up < 2 && start > 0; up++)
        {
            var (above, aboveEnd) = Clauses.LineAround(text, start - 1);
            var line = text[above..aboveEnd].Trim();
            if (line.Length == 0 || line[0] is '-' or '*' or '\u2022' or '\u00B7' or '\u25AA' or '\u25CF' or '\u25E6' or '\u2013' || HeadingOf(line) is not null) break;
            if (line.IndexOfAnyInRange('0', '9') >= 0 && HasYear(line)) break;
            start = above;
        }
        return start;
    }

    static bool HasYear(ReadOnlySpan<char> line)
    {
        for (int i = 0; i + 4 <= line.Length; i++)
            if ((i == 0 || !char.IsAsciiDigit(line[i - 1])) && line.Slice(i, 4).IndexOfAnyExceptInRange('0', '9') < 0
                && (i + 4 == line.Length || !char.IsAsciiDigit(line[i + 4])) && FourDigits(line.Slice(i, 4)) is >= 1950 and <= 2100) return true;
        return false;
    }

    static RangeKind KindOfRange(ReadOnlySpan<char> text, int position, int entryStart, List<Heading> sections)
    {
        // Before any heading, and under a summary, dates are taken for work as they always were.
        bool work = true;
        foreach (var section in sections)
        {
            if (section.Position > position) break;
            work = section.Kind is HeadingKind.Work or HeadingKind.Summary;
        }
        if (!work) return RangeKind.Study;

        var (lineStart, lineEnd) = Clauses.LineAround(text, position);
        // The job title is often on the line above its dates.
        int previousStart = lineStart > 0 ? Clauses.LineAround(text, lineStart - 1).Start : lineStart;
        var line = text[lineStart..lineEnd];
        var context = text[Math.Min(previousStart, entryStart)..lineEnd];
        if (line.IndexOfAny(DegreeWords) >= 0) return RangeKind.Study;
        for (int i = 0; i < line.Length;)
        {
            if (!char.IsAsciiLetter(line[i])) { i++; continue; }
            int start = i;
            while (i < line.Length && char.IsAsciiLetter(line[i])) i++;
            // Checking length and initial first spares hashing every other word on the line.
            if (i - start <= LongestDegree && DegreeInitials.Contains(line[start]) && DegreeLookup.Contains(line[start..i])
                && !IsStateCode(line, start, i)) return RangeKind.Study;
        }
        // Florida's "Registered Intern" is a post-degree registration toward licensure: work, not a placement.
        if ((context.IndexOfAny(PlacementWords) >= 0 || NamesAStudentRole(context)) && !context.Contains("registered intern", StringComparison.OrdinalIgnoreCase)) return RangeKind.Placement;
        return RangeKind.Work;
    }
}
