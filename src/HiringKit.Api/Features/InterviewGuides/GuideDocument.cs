using System.Text;
using HiringKit.Api.Infrastructure;
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
            {{DocumentText.HtmlHead(title)}}
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

    static string H(string text) => DocumentText.Html(text);

    static string Md(string text) => DocumentText.Markdown(text);
}
