using System.Net;
using System.Text;
using static HiringKit.Api.Features.InterviewGuides.GetInterviewGuide;

namespace HiringKit.Api.Features.InterviewGuides;

/// <summary>
/// The interview guide as a document a recruiter prints and takes into the interview: each question
/// with what a good answer contains and room for notes, then the indicators and red flags as
/// checklists. Markdown for pasting into an ATS or wiki; HTML with print styles for paper.
/// </summary>
public static class GuideDocument
{
    public static string Markdown(InterviewGuide guide)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Interview guide: {Md(guide.Term.Name)}{LevelSuffix(guide)}");
        md.AppendLine();
        md.AppendLine($"> {Md(guide.Term.Summary)}");
        md.AppendLine();
        md.AppendLine("Candidate: ______________________  Interviewer: ______________________  Date: ____________");
        foreach (var level in guide.Levels)
        {
            md.AppendLine();
            md.AppendLine($"## {Md(level.Label)} — {Years(level)}");
            md.AppendLine();
            md.AppendLine("### Questions");
            var n = 0;
            foreach (var q in level.Questions)
            {
                md.AppendLine();
                md.AppendLine($"{++n}. **{Md(q.Question)}**");
                md.AppendLine();
                md.AppendLine($"   *A good answer:* {Md(q.ExpectedAnswer)}");
                md.AppendLine();
                md.AppendLine("   Notes:");
                md.AppendLine();
                md.AppendLine("   ______________________________________________________________________");
                md.AppendLine();
                md.AppendLine("   ______________________________________________________________________");
            }
            if (level.Questions.Count == 0) md.AppendLine().AppendLine("_No questions at this level yet._");
            md.AppendLine();
            md.AppendLine($"### What a {level.Level} candidate shows");
            md.AppendLine();
            foreach (var i in level.Indicators) md.AppendLine($"- [ ] {Md(i.Text)}");
        }
        md.AppendLine();
        md.AppendLine("## Red flags to watch for");
        md.AppendLine();
        foreach (var f in guide.RedFlags)
            md.AppendLine(f.ProbeQuestion is null ? $"- [ ] {Md(f.Text)}" : $"- [ ] {Md(f.Text)} — *probe:* {Md(f.ProbeQuestion)}");
        var keywords = guide.Levels.FirstOrDefault()?.ResumeKeywords ?? [];
        if (keywords.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## On the resume, look for");
            md.AppendLine();
            md.AppendLine(string.Join(", ", keywords.Select(Md)));
        }
        return md.ToString();
    }

    public static string Html(InterviewGuide guide)
    {
        var html = new StringBuilder();
        var title = $"Interview guide: {guide.Term.Name}{LevelSuffix(guide)}";
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{H(title)}}</title>
            <style>
              @page { margin: 18mm 16mm; }
              body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
              h1 { font-size: 18pt; margin: 0 0 .3rem; }
              h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: .2rem; margin-top: 1.6rem; }
              h3 { font-size: 11.5pt; margin: 1rem 0 .4rem; }
              .summary { color: #333; font-style: italic; }
              .meta { display: flex; gap: 1.5rem; margin: 1rem 0; }
              .meta span { flex: 1; border-bottom: 1px solid #555; padding-top: 1rem; font-size: 9pt; color: #555; }
              ol.questions > li { margin-bottom: 1rem; break-inside: avoid; page-break-inside: avoid; }
              .question { font-weight: bold; }
              .answer { margin: .3rem 0; }
              .answer b { font-weight: normal; text-transform: uppercase; font-size: 8.5pt; letter-spacing: .05em; color: #555; }
              .notes { height: 5.5rem; border: 1px solid #bbb; border-radius: 3px; margin-top: .3rem;
                       background: repeating-linear-gradient(transparent, transparent 1.35rem, #ddd 1.35rem, #ddd calc(1.35rem + 1px)); }
              .notes::before { content: "Notes"; font-size: 8.5pt; color: #777; padding: .1rem .3rem; }
              ul.check { list-style: none; padding-left: 0; }
              ul.check li { margin: .25rem 0; break-inside: avoid; }
              ul.check li::before { content: "\2610\00a0\00a0"; }
              .probe { display: block; padding-left: 1.45rem; color: #444; font-size: 10pt; }
              .level { break-before: page; }
              .level:first-of-type { break-before: auto; }
              footer { margin-top: 2rem; font-size: 8.5pt; color: #777; }
              @media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
            </style>
            </head>
            <body>
            <header>
            <h1>{{H(title)}}</h1>
            <p class="summary">{{H(guide.Term.Summary)}}</p>
            <div class="meta"><span>Candidate</span><span>Interviewer</span><span>Date</span></div>
            </header>

            """);
        foreach (var level in guide.Levels)
        {
            html.Append($"<section class=\"level\">\n<h2>{H(level.Label)} &mdash; {H(Years(level))}</h2>\n<h3>Questions</h3>\n");
            if (level.Questions.Count == 0) html.Append("<p>No questions at this level yet.</p>\n");
            else
            {
                html.Append("<ol class=\"questions\">\n");
                foreach (var q in level.Questions)
                    html.Append($"<li><div class=\"question\">{H(q.Question)}</div>\n<p class=\"answer\"><b>A good answer</b><br>{H(q.ExpectedAnswer)}</p>\n<div class=\"notes\"></div></li>\n");
                html.Append("</ol>\n");
            }
            html.Append($"<h3>What a {H(level.Level)} candidate shows</h3>\n<ul class=\"check indicators\">\n");
            foreach (var i in level.Indicators) html.Append($"<li>{H(i.Text)}</li>\n");
            html.Append("</ul>\n</section>\n");
        }
        html.Append("<section class=\"red-flags\">\n<h2>Red flags to watch for</h2>\n<ul class=\"check\">\n");
        foreach (var f in guide.RedFlags)
        {
            html.Append($"<li>{H(f.Text)}");
            if (f.ProbeQuestion is not null) html.Append($"<span class=\"probe\">Probe: {H(f.ProbeQuestion)}</span>");
            html.Append("</li>\n");
        }
        html.Append("</ul>\n</section>\n");
        var keywords = guide.Levels.FirstOrDefault()?.ResumeKeywords ?? [];
        if (keywords.Count > 0)
            html.Append($"<section class=\"keywords\">\n<h2>On the resume, look for</h2>\n<p>{H(string.Join(", ", keywords))}</p>\n</section>\n");
        html.Append("<footer>HiringKit interview guide</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    static string LevelSuffix(InterviewGuide guide) => guide.Levels.Count == 1 ? $" — {guide.Levels[0].Label}" : "";

    static string Years(LevelGuide level) => level.MaxYears is { } max
        ? $"{level.MinYears}-{max} years of experience"
        : $"{level.MinYears}+ years of experience";

    static string H(string text) => WebUtility.HtmlEncode(text);

    // Content is HR-edited text: characters Markdown would read as formatting are escaped.
    static string Md(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (@"\`*_{}[]<>#|".Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
