using System.Buffers;

namespace HiringKit.Scoring;

/// <summary>
/// A student of the trade: a counseling degree still under way, on a page that otherwise shows nothing of the trade. A first-year
/// master's student working as a hall director hedges her skills ("some active listening practice ... role plays only") and
/// hopes to learn the rest: a junior with no years yet, not another trade's resume (Fresh25, t10). Read as another trade, her
/// hedged skills went with the hall director's and she had no level at all.
/// </summary>
/// <remarks>
/// Asked only of a page with dated roles and nothing else of the trade on it (no term or synonym claimed, no title of it): a
/// counselor whose posts the title lists lack, or who works in the trade while studying, keeps the years the roles show (an
/// independent review: a doctoral candidate's, a crisis worker's and a community support specialist's years were wiped out).
/// </remarks>
internal static class CounselingStudies
{
    /// <summary>
    /// The line naming a degree of the trade that is still under way, or null: under an education heading or at the top of the
    /// page, a degree word and the trade's field with only the field's own words between them ("M.Ed., Clinical Mental Health
    /// Counseling", "Master of Counselling", "Counseling Psychology (M.A.)"; not "M.S. Genetic Counseling", nor "M.S.
    /// Biostatistics, thesis on psychotherapy trials"), under way by its own words or the line below's ("In progress — 15 of 60
    /// credits; expected May 2029"), or a year to come. One only planned, admitted to or starting later is no study yet.
    /// </summary>
    public static (int Start, int Length)? DegreeUnderWay(ResumeLayout layout, DateOnly asOf)
    {
        var text = layout.Text;
        var span = text.AsSpan();
        for (int from = 0, found; from < span.Length && (found = span[from..].IndexOfAny(FieldsOfTheTrade)) >= 0;)
        {
            var (start, end) = Clauses.LineAround(text, from + found);
            from = end + 1;
            if (layout.SectionOf(start) is not (Sections.Education or Sections.Summary)) continue;
            var line = span[start..end];
            if (!NamesADegreeOfTheTrade(line) || line.IndexOfAny(NotYetBegun) >= 0 || AppliedToTheDegree(line)) continue;
            // A summary's sentence says it over its line end: "applying to counseling roles and" over "MA Clinical Mental Health
            // Counseling programs (Fall 2027)" is an applicant's, not a student's (Fresh38, t05).
            if (layout.SectionOf(start) is Sections.Summary && start > 0 && AppliesInTheSentenceAbove(span, text, start)) continue;
            if (IsUnderWay(line, asOf)) return (start, end - start);
            // Dates alone on the line above head the entry ("09/2025 – 06/2027 (expected)" over "Higher Diploma in Counselling and
            // Psychotherapy", as Irish and British CVs write them: Fresh30, t04).
            if (start > 0 && Clauses.LineAround(text, start - 1) is var (aboveStart, aboveEnd) && IsDatesAlone(span[aboveStart..aboveEnd])
                && IsUnderWay(span[aboveStart..aboveEnd], asOf)) return (start, end - start);
            // A degree line with its year is finished, whatever the line below says of another degree ("Executive MBA – expected
            // 2027" under "M.A. Counseling Psychology, 2014": an independent review).
            if (end < span.Length && !ExperienceReader.HasYear(line))
            {
                var (nextStart, nextEnd) = Clauses.LineAround(text, end + 1);
                var next = span[nextStart..nextEnd];
                // The line below may say what else is under way: a license expected, an accreditation to date.
                if (next.IndexOfAny(OtherThingsUnderWay) < 0 && next.IndexOfAny(FieldsOfTheTrade) < 0 && next.IndexOfAny(NotYetBegun) < 0
                    && next.IndexOfAny(OtherDegrees) < 0 && IsUnderWay(next, asOf)) return (start, end - start);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the sentence running onto the degree's line from up to two lines above says the writer applies to it ("applying
    /// to" over "counseling roles and MA Clinical Mental Health Counseling programs"). Only an applicant's words: "treatment
    /// planning", "Head Start" and "applying active listening" said above a student's degree line are no application (a review).
    /// </summary>
    static bool AppliesInTheSentenceAbove(ReadOnlySpan<char> span, string text, int lineStart)
    {
        int from = Clauses.LineAround(text, lineStart - 1).Start;
        if (from > 0) from = Clauses.LineAround(text, from - 1).Start;
        return span[ResumeLayout.SentenceStart(span, from, lineStart)..lineStart].IndexOfAny(ApplicantWords) >= 0;
    }

    static readonly SearchValues<string> ApplicantWords = SearchValues.Create(
        ["applying to", "applying for", "apply to", "apply for", "applied to", "applied for", "application to", "plan to", "planning to", "intend to",
            "admitted to", "accepted into", "accepted to", "hope to begin", "hope to start"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the writer says she has applied to the degree: "have applied to the MEd in Counselling Psychology (OISE, Sept 2027
    /// intake)" (Fresh162, t09: an improviser read as a student of the trade). The degree is what was applied to, in the same
    /// sentence: "in progress. I applied to Leicester after volunteering" says where, of a degree under way (a review).
    /// </summary>
    static bool AppliedToTheDegree(ReadOnlySpan<char> line)
    {
        foreach (var applied in (ReadOnlySpan<string>)["applied to ", "applied for "])
            for (int from = 0, found; (found = line[from..].IndexOf(applied, StringComparison.OrdinalIgnoreCase)) >= 0;)
            {
                int at = from + found + applied.Length;
                from = at;
                var rest = line[at..];
                int end = rest.IndexOfAny(".;");
                if (NamesADegreeOfTheTrade(end < 0 ? rest : rest[..end])) return true;
            }
        return false;
    }

    /// <summary>Whether the line holds a year and few letters besides ("09/2025 – 06/2027 (expected)", "2024 – present").</summary>
    static bool IsDatesAlone(ReadOnlySpan<char> line)
    {
        if (!ExperienceReader.HasYear(line)) return false;
        int letters = 0;
        foreach (char c in line) if (char.IsLetter(c) && ++letters > MaxLettersBesideDates) return false;
        return true;
    }

    /// <summary>"(expected)", "to present", a month's name: what a line of dates alone holds besides its numbers.</summary>
    const int MaxLettersBesideDates = 16;

    /// <summary>Whether the line says the study goes on: in progress, expected, enrolled, to the present, or a year still to come.</summary>
    static bool IsUnderWay(ReadOnlySpan<char> line, DateOnly asOf)
    {
        if (line.IndexOfAny(UnderWayWords) >= 0) return true;
        for (int i = 0; i + 4 <= line.Length; i++)
            if ((i == 0 || !char.IsAsciiDigit(line[i - 1])) && (i + 4 == line.Length || !char.IsAsciiDigit(line[i + 4]))
                && int.TryParse(line.Slice(i, 4), out int year) && year > asOf.Year && year <= asOf.Year + 8) return true;
        return false;
    }

    /// <summary>
    /// Whether a degree and the trade's field stand together on the line, either first, with only the field's own words
    /// (<see cref="FieldWords"/>) and punctuation between them.
    /// </summary>
    static bool NamesADegreeOfTheTrade(ReadOnlySpan<char> line)
    {
        // The line's words as (start, end), few enough to keep on the stack: a degree's line is short.
        Span<(int Start, int End)> words = stackalloc (int, int)[MaxWords];
        int count = 0;
        for (int i = 0; i < line.Length && count < MaxWords;)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            int start = i;
            // A degree's full stops and a possessive's apostrophe belong to its word ("M.Ed.", "Master's").
            while (i < line.Length && (char.IsLetter(line[i]) || (line[i] is '.' or '\'' or '\u2019' && i + 1 < line.Length && char.IsLetter(line[i + 1])))) i++;
            words[count++] = (start, i);
        }
        words = words[..count];
        for (int f = 0; f < words.Length; f++)
        {
            if (!IsField(line, words, f)) continue;
            // Back from the field, then on from it, over the field's own words to a degree.
            for (int d = f - 1; d >= 0 && f - d <= MaxWordsBetween + 1; d--)
            {
                if (IsDegree(line[words[d].Start..words[d].End])) return true;
                if (!FieldWords.Contains(line[words[d].Start..words[d].End])) break;
            }
            for (int d = f + 1; d < words.Length && d - f <= MaxWordsBetween + 1; d++)
            {
                if (IsDegree(line[words[d].Start..words[d].End])) return true;
                if (!FieldWords.Contains(line[words[d].Start..words[d].End])) break;
            }
        }
        return false;
    }

    const int MaxWords = 48;
    const int MaxWordsBetween = 6;

    /// <summary>Counseling, counselling or psychotherapy; therapy after family, marriage or couple; counselor education.</summary>
    static bool IsField(ReadOnlySpan<char> line, ReadOnlySpan<(int Start, int End)> words, int at)
    {
        var word = line[words[at].Start..words[at].End];
        if (word.Equals("counseling", StringComparison.OrdinalIgnoreCase) || word.Equals("counselling", StringComparison.OrdinalIgnoreCase)
            || word.Equals("psychotherapy", StringComparison.OrdinalIgnoreCase)) return true;
        if (at == 0) return false;
        var before = line[words[at - 1].Start..words[at - 1].End];
        if (word.Equals("therapy", StringComparison.OrdinalIgnoreCase))
            return before.Equals("family", StringComparison.OrdinalIgnoreCase) || before.StartsWith("couple", StringComparison.OrdinalIgnoreCase)
                || before.Equals("marriage", StringComparison.OrdinalIgnoreCase);
        return word.Equals("education", StringComparison.OrdinalIgnoreCase)
            && (before.Equals("counselor", StringComparison.OrdinalIgnoreCase) || before.Equals("counsellor", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A degree or a counselling diploma; "MA", "MS" and "BA" only in capitals ("ma" is no degree).</summary>
    static bool IsDegree(ReadOnlySpan<char> word) =>
        DegreeWords.Contains(word) || word is "MA" or "MS" or "MC" or "MEd" or "MSc" or "MCouns" or "BA" or "BSc";

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DegreeWords = new HashSet<string>(
        ["master", "masters", "master's", "master\u2019s", "m.a", "m.s", "m.ed", "m.sc", "ph.d", "phd", "psy.d", "psyd", "ed.s", "ed.d",
            "doctoral", "doctorate", "diploma", "postgraduate", "graduate",
            // A first degree in counselling, as British and Irish universities give ("BA (Hons) Counselling": an independent review).
            "bachelor", "bachelors", "bachelor's", "b.a", "b.sc"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that name the field of a counseling degree, or join it to the degree ("Master of Science in School Counseling").</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldWords = new HashSet<string>(
        ["of", "in", "and", "science", "arts", "education", "clinical", "mental", "health", "school", "marriage", "couple", "couples",
            "family", "rehabilitation", "addiction", "addictions", "professional", "community", "therapeutic", "integrative",
            "psychodynamic", "humanistic", "psychology", "counseling", "counselling", "psychotherapy", "therapy", "cacrep", "student",
            "hons"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly SearchValues<string> FieldsOfTheTrade = SearchValues.Create(
        ["counseling", "counselling", "psychotherapy", "family therapy", "couple therapy", "couples therapy", "marriage therapy", "counselor education", "counsellor education"],
        StringComparison.OrdinalIgnoreCase);

    static readonly SearchValues<string> UnderWayWords = SearchValues.Create(
        ["in progress", "expected", "anticipated", "enrolled", "current student", "candidate", "ongoing", "to date",
            // The year of study said (Fresh30, t04: "I am in the second year of a part-time Higher Diploma in Counselling").
            "in the first year", "in my first year", "in the second year", "in my second year", "in the third year", "in my third year",
            "in the final year", "in my final year", "in year 1 of", "in year 2 of", "in year 3 of",
            // "Final-year student on the BA (Hons) Counselling", "Second-year trainee on the Level 4 Diploma" (an independent review).
            "final-year student", "first-year student", "second-year student", "third-year student", "final-year trainee",
            "first-year trainee", "second-year trainee", "third-year trainee",
            "– present", "- present", "— present", "–present", "-present", "to present"],
        StringComparison.OrdinalIgnoreCase);

    static readonly SearchValues<string> NotYetBegun = SearchValues.Create(
        ["planned", "planning", "plan to", "applying", "application", "start ", "starts", "starting", "will begin", "begins",
            "beginning", "admitted", "admission", "accepted", "matriculat", "enrolling", "deferred", "incoming", "intend"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Another degree named on the line below, whose "expected" is its own.</summary>
    static readonly SearchValues<string> OtherDegrees = SearchValues.Create(
        ["mba", "m.b.a", "bachelor", "b.a.", "b.s.", "bsc", "b.sc", "degree", "certificate", "master", "m.a.", "m.s.", "phd", "ph.d"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>What a line below a finished degree may say is under way instead: a license, registration or certification.</summary>
    static readonly SearchValues<string> OtherThingsUnderWay = SearchValues.Create(
        ["licens", "registration", "registered", "accredit", "certif", "exam", "renewal", "through", "diplomate", "board"],
        StringComparison.OrdinalIgnoreCase);
}
