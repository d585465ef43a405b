using System.Buffers;

namespace HiringKit.Scoring;

/// <summary>
/// A student of the trade: a counseling degree still under way, on a page with no job in the trade. A first-year master's
/// student working as a hall director hedges her skills ("some active listening practice ... role plays only") and hopes to
/// learn the rest: a junior with no years yet, not another trade's resume (Fresh25, t10). Read as another trade, her hedged
/// skills went with the hall director's and she had no level at all; read by its bullets, the hall director's job (which
/// names the counseling center it sends students to) made her years in the trade.
/// </summary>
internal static class CounselingStudies
{
    /// <summary>
    /// The line naming a degree of the trade that is still under way (<see cref="IsUnderWay"/>), or null: a line with a
    /// graduate degree or a counselling diploma and the trade's field ("M.Ed., Clinical Mental Health Counseling"), under way
    /// by its own words or the line below ("In progress — 15 of 60 credits; expected May 2029"). A degree only planned
    /// ("Planned: M.A. ... Counseling, starting fall 2027") is no study yet.
    /// </summary>
    public static (int Start, int Length)? DegreeUnderWay(string text, DateOnly asOf)
    {
        var span = text.AsSpan();
        for (int from = 0, found; from < span.Length && (found = span[from..].IndexOfAny(FieldsOfTheTrade)) >= 0;)
        {
            var (start, end) = Clauses.LineAround(text, from + found);
            from = end + 1;
            var line = span[start..end];
            if (!NamesADegree(line) || line.IndexOfAny(NotYetBegun) >= 0) continue;
            if (IsUnderWay(line, asOf)) return (start, end - start);
            if (end < span.Length)
            {
                var (nextStart, nextEnd) = Clauses.LineAround(text, end + 1);
                var next = span[nextStart..nextEnd];
                if (next.IndexOfAny(FieldsOfTheTrade) < 0 && !NamesADegree(next) && IsUnderWay(next, asOf)) return (start, end - start);
            }
        }
        return null;
    }

    /// <summary>Whether the line says the study goes on: in progress, expected, enrolled, or ending in a year still to come.</summary>
    static bool IsUnderWay(ReadOnlySpan<char> line, DateOnly asOf)
    {
        if (line.IndexOfAny(UnderWayWords) >= 0) return true;
        for (int i = 0; i + 4 <= line.Length; i++)
            if ((i == 0 || !char.IsAsciiDigit(line[i - 1])) && (i + 4 == line.Length || !char.IsAsciiDigit(line[i + 4]))
                && int.TryParse(line.Slice(i, 4), out int year) && year > asOf.Year && year <= asOf.Year + 8) return true;
        return false;
    }

    /// <summary>A graduate degree or a counselling diploma, as a word of its own ("MA" and "MS" in capitals only: "ma" is no degree).</summary>
    static bool NamesADegree(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(DegreeWords) >= 0) return true;
        foreach (var abbreviation in (ReadOnlySpan<string>)["MA", "MS", "MEd", "MSc", "MC"])
            for (int from = 0, at; from < line.Length && (at = line[from..].IndexOf(abbreviation, StringComparison.Ordinal)) >= 0; from += at + 1)
            {
                int start = from + at, end = start + abbreviation.Length;
                if ((start == 0 || !char.IsLetter(line[start - 1])) && (end == line.Length || !char.IsLetter(line[end]))) return true;
            }
        return false;
    }

    static readonly SearchValues<string> FieldsOfTheTrade = SearchValues.Create(
        ["counseling", "counselling", "psychotherapy", "family therapy", "counselor education"], StringComparison.OrdinalIgnoreCase);

    static readonly SearchValues<string> DegreeWords = SearchValues.Create(
        ["master", "m.a.", "m.s.", "m.ed", "m.sc", "msc ", "ph.d", "phd", "psy.d", "ed.s", "ed.d", "doctoral", "doctorate",
            "graduate student", "diploma"],
        StringComparison.OrdinalIgnoreCase);

    static readonly SearchValues<string> UnderWayWords = SearchValues.Create(
        ["in progress", "expected", "anticipated", "enrolled", "current student", "candidate", "ongoing", "to date"],
        StringComparison.OrdinalIgnoreCase);

    static readonly SearchValues<string> NotYetBegun = SearchValues.Create(
        ["planned", "planning", "plan to", "applying", "application", "start ", "starts", "starting", "will begin", "begins", "admitted", "accepted"],
        StringComparison.OrdinalIgnoreCase);
}
