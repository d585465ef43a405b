using System.Text;
using HiringKit.Api.Infrastructure;
using static HiringKit.Api.Infrastructure.DocumentText;

namespace HiringKit.Api.Features.ScoringNotice;

/// <summary>The notice as a page a job posting links to: plain words, no jargon a candidate must look up.</summary>
public static class ScoringNoticeDocument
{
    public static string Html(GetScoringNotice.CandidateNotice notice)
    {
        var html = new StringBuilder(HtmlHead("About the resume score"));
        html.AppendLine("<h1>About the resume score</h1>");
        html.AppendLine($"<p class=\"summary\">{DocumentText.Html(notice.Tool)}, version {DocumentText.Html(notice.ScorerVersion)}</p>");
        html.AppendLine($"<p>{DocumentText.Html(notice.Purpose)}</p>");
        html.AppendLine("<h2>What it assesses</h2><ul>");
        foreach (var term in notice.Assesses)
        {
            var parts = term.Components.Count == 0 ? "" : $" Its parts: {string.Join(", ", term.Components)}.";
            html.AppendLine($"<li><b>{DocumentText.Html(term.Name)}</b>: {DocumentText.Html(term.Summary)}{DocumentText.Html(parts)}</li>");
        }
        html.AppendLine("</ul>");
        List(html, "What counts as evidence", notice.Evidence);
        List(html, "What it never uses", notice.NeverUses);
        html.AppendLine($"<h2>What is kept</h2><p>{DocumentText.Html(notice.Kept)}</p>");
        html.AppendLine($"<h2>Your rights</h2><p>{DocumentText.Html(notice.YourRights)}</p>");
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    static void List(StringBuilder html, string title, IReadOnlyList<string> items)
    {
        html.AppendLine($"<h2>{DocumentText.Html(title)}</h2><ul>");
        foreach (var item in items) html.AppendLine($"<li>{DocumentText.Html(item)}</li>");
        html.AppendLine("</ul>");
    }
}
