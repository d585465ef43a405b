using System.Globalization;
using System.Text;

namespace HiringKit.Api.Features.BiasAudits;

/// <summary>
/// Applicant rows as a spreadsheet exports them: text/csv with the header score,sex,raceEthnicity (any
/// order, any letter case, a UTF-8 byte-order mark allowed), commas between fields, double quotes around a
/// field that holds a comma or a quote. Values are checked by the audit's validator like JSON rows are.
/// </summary>
public static class ApplicantCsv
{
    static readonly string[] Columns = ["score", "sex", "raceEthnicity"];

    public static async Task<IReadOnlyList<CreateBiasAudit.ApplicantRow>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        var header = await reader.ReadLineAsync(ct) ?? throw Bad("The CSV is empty: send the header score,sex,raceEthnicity and one line per applicant.");
        var names = Fields(header, 1);
        var at = Columns.Select(c => names.FindIndex(n => n.Trim().Equals(c, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (at.Any(i => i < 0))
            throw Bad($"The CSV header must name the columns score, sex and raceEthnicity; it has: {string.Join(", ", names.Select(n => n.Trim()))}.");

        var rows = new List<CreateBiasAudit.ApplicantRow>();
        int lineNumber = 1;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = Fields(line, lineNumber);
            if (fields.Count != names.Count) throw Bad($"Line {lineNumber} of the CSV has {fields.Count} fields; the header has {names.Count}.");
            var score = fields[at[0]].Trim();
            rows.Add(new CreateBiasAudit.ApplicantRow(
                score.Length == 0 ? null : double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : double.NaN,
                fields[at[1]], fields[at[2]]));
        }
        return rows;
    }

    static List<string> Fields(string line, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        if (quoted) throw Bad($"Line {lineNumber} of the CSV has a quote that is never closed.");
        fields.Add(field.ToString());
        return fields;
    }

    static BadHttpRequestException Bad(string detail) => new(detail, StatusCodes.Status400BadRequest);
}
