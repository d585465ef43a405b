using System.Globalization;
using System.Text;
using HiringKit.Api.Infrastructure;
using static HiringKit.Api.Infrastructure.DocumentText;

namespace HiringKit.Api.Features.BiasAudits;

/// <summary>
/// The summary of results Local Law 144 asks an employer to publish before using the tool: the audit's
/// date, the source of the data, the number of applicants, unknowns, and each category's rate and impact
/// ratio. A page to print or put on the careers site as it is.
/// </summary>
public static class BiasAuditDocument
{
    public static string Html(BiasAudit audit)
    {
        var html = new StringBuilder(HtmlHead("Bias audit summary: HiringKit resume score"));
        html.AppendLine("<h1>Bias audit summary: HiringKit resume score</h1>");
        html.AppendLine("<p class=\"summary\">Published under New York City Local Law 144 of 2021 and the rules of the Department of Consumer and Worker Protection (6 RCNY 5-300).</p>");
        html.AppendLine("<table class=\"facts\">");
        Fact(html, "Date of the audit", audit.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Fact(html, "Tool audited", $"HiringKit resume score, scorer version {audit.ScorerVersion}");
        Fact(html, "Source of the data", audit.Source ?? "Not stated by the employer");
        Fact(html, "Applicants in the audit", Count(audit.Total));
        Fact(html, "Method", audit.Method == AdverseImpact.ScoringRate
            ? $"Scoring rate: the share of a category scoring above the median score of all applicants ({Number(audit.Median)})."
            : $"Selection rate: the share of a category scoring {Number(audit.Threshold)} or more, the score at which applicants were selected to move forward.");
        Fact(html, "Impact ratio", "A category's rate divided by the highest rate among the categories of the same table. Under 0.800 is below the four-fifths mark the EEOC reads as a sign of adverse impact.");
        Fact(html, "Unknown sex", $"{Count(audit.Unknown.Sex)} applicants, left out of the sex and intersectional tables");
        Fact(html, "Unknown race/ethnicity", $"{Count(audit.Unknown.RaceEthnicity)} applicants, left out of the race/ethnicity and intersectional tables");
        Fact(html, "Distribution date of the tool", "______________________");
        html.AppendLine("</table>");
        Table(html, "Sex", audit.Sex);
        Table(html, "Race/ethnicity", audit.RaceEthnicity);
        Table(html, "Intersectional categories (sex / race/ethnicity)", audit.Intersectional);
        html.AppendLine($"<p>Categories with fewer than {AdverseImpact.SmallCategoryShare:P0} of all applicants are shown but left out of the impact ratios, as the rules allow: a ratio over so few people is noise.</p>");
        html.AppendLine("<footer>Computed by HiringKit from aggregate figures only: HiringKit keeps no applicant's score, sex or race/ethnicity.</footer>");
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    static void Fact(StringBuilder html, string name, string value) =>
        html.AppendLine($"<tr><th>{DocumentText.Html(name)}</th><td>{DocumentText.Html(value)}</td></tr>");

    static void Table(StringBuilder html, string title, IReadOnlyList<AdverseImpact.CategoryRate> rates)
    {
        html.AppendLine($"<h2>{DocumentText.Html(title)}</h2>");
        if (rates.Count == 0) { html.AppendLine("<p>No applicant with a known category.</p>"); return; }
        html.AppendLine("<table class=\"rates\"><thead><tr><th>Category</th><th>Applicants</th><th>Rate</th><th>Impact ratio</th><th>Note</th></tr></thead><tbody>");
        foreach (var r in rates)
        {
            var note = r.Excluded ? "Under 2 % of applicants: excluded from impact ratios" : r.BelowFourFifths ? "Below four-fifths" : "";
            html.AppendLine($"<tr><td>{DocumentText.Html(r.Category)}</td><td>{Count(r.Count)}</td><td>{Number(r.Rate)}</td>" +
                $"<td>{(r.ImpactRatio is { } ratio ? Number(ratio) : "n/a")}</td><td>{DocumentText.Html(note)}</td></tr>");
        }
        html.AppendLine("</tbody></table>");
    }

    static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
