using System.Text;
using HiringKit.Api.Infrastructure;
using static HiringKit.Api.Features.InterviewPlans.CreateInterviewPlan;

namespace HiringKit.Api.Features.InterviewPlans;

/// <summary>The interview plan as a page a recruiter prints before a phone screen.</summary>
public static class PlanDocument
{
    public static string Markdown(InterviewPlan plan)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Interview plan: {Md(plan.Term.Name)} — {Md(plan.Label)}");
        md.AppendLine();
        md.AppendLine($"*{Md(LevelLine(plan))}*");
        md.AppendLine();
        md.AppendLine($"Resume evidence: score {plan.Resume.Score} ({plan.Resume.Band})" +
            (plan.Resume.MatchedPhrases.Count > 0 ? $"; shows {Md(string.Join(", ", plan.Resume.MatchedPhrases))}" : "; shows none of the term's phrases") +
            (plan.Resume.MissingComponentNames.Count > 0 ? $"; nothing on {Md(string.Join(", ", plan.Resume.MissingComponentNames))}" : "") + ".");
        md.AppendLine();
        md.AppendLine("Candidate: ______________________  Interviewer: ______________________  Date: ____________");
        md.AppendLine();
        md.AppendLine("## Questions, in this order");
        var n = 0;
        foreach (var q in plan.Questions)
        {
            md.AppendLine();
            md.AppendLine($"{++n}. **{Md(q.Question)}**");
            md.AppendLine();
            md.AppendLine($"   *Why:* {Md(q.Why)}");
            md.AppendLine();
            md.AppendLine($"   *A good answer:* {Md(q.ExpectedAnswer)}");
            md.AppendLine();
            md.AppendLine("   Notes: ______________________________________________________________");
        }
        if (plan.IndicatorsToVerify.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Still to verify");
            md.AppendLine();
            foreach (var i in plan.IndicatorsToVerify) md.AppendLine($"- [ ] {Md(i.Text)}");
        }
        if (plan.IndicatorsShown.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## The resume already shows");
            md.AppendLine();
            foreach (var i in plan.IndicatorsShown) md.AppendLine($"- {Md(i.Text)} — \"{Md(i.Evidence!.Text)}\"");
        }
        md.AppendLine();
        md.AppendLine("## Red flags to listen for");
        md.AppendLine();
        foreach (var f in plan.RedFlags)
            md.AppendLine(f.ProbeQuestion is null ? $"- [ ] {Md(f.Text)}" : $"- [ ] {Md(f.Text)} — *probe:* {Md(f.ProbeQuestion)}");
        return md.ToString();
    }

    public static string Html(InterviewPlan plan)
    {
        var title = $"Interview plan: {plan.Term.Name} — {plan.Label}";
        var html = new StringBuilder($$"""
            {{DocumentText.HtmlHead(title)}}
            <header>
            <h1>{{H(title)}}</h1>
            <p class="summary">{{H(LevelLine(plan))}}</p>
            <p>Resume evidence: score <b>{{plan.Resume.Score}}</b> ({{H(plan.Resume.Band)}}){{(plan.Resume.MatchedPhrases.Count > 0 ? "; shows " + H(string.Join(", ", plan.Resume.MatchedPhrases)) : "; shows none of the term's phrases")}}{{(plan.Resume.MissingComponentNames.Count > 0 ? "; nothing on " + H(string.Join(", ", plan.Resume.MissingComponentNames)) : "")}}.</p>
            <div class="meta"><span>Candidate</span><span>Interviewer</span><span>Date</span></div>
            </header>
            <section>
            <h2>Questions, in this order</h2>
            <ol class="questions">

            """);
        foreach (var q in plan.Questions)
            html.Append($"<li><div class=\"question\">{H(q.Question)}</div>\n<p class=\"why\">Why: {H(q.Why)}</p>\n<p class=\"answer\"><b>A good answer</b><br>{H(q.ExpectedAnswer)}</p>\n<div class=\"notes\"></div></li>\n");
        html.Append("</ol>\n</section>\n");
        if (plan.IndicatorsToVerify.Count > 0)
        {
            html.Append("<section>\n<h2>Still to verify</h2>\n<ul class=\"check\">\n");
            foreach (var i in plan.IndicatorsToVerify) html.Append($"<li>{H(i.Text)}</li>\n");
            html.Append("</ul>\n</section>\n");
        }
        if (plan.IndicatorsShown.Count > 0)
        {
            html.Append("<section>\n<h2>The resume already shows</h2>\n<ul>\n");
            foreach (var i in plan.IndicatorsShown) html.Append($"<li>{H(i.Text)} — <q>{H(i.Evidence!.Text)}</q></li>\n");
            html.Append("</ul>\n</section>\n");
        }
        html.Append("<section>\n<h2>Red flags to listen for</h2>\n<ul class=\"check\">\n");
        foreach (var f in plan.RedFlags)
            html.Append(f.ProbeQuestion is null ? $"<li>{H(f.Text)}</li>\n" : $"<li>{H(f.Text)}<span class=\"probe\">Probe: {H(f.ProbeQuestion)}</span></li>\n");
        html.Append("</ul>\n</section>\n<footer>HiringKit interview plan</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    static string LevelLine(InterviewPlan plan) => plan.LevelSource switch
    {
        "target" => $"Planned for the {plan.Level} level you are hiring for.",
        "resume" => $"Planned for the {plan.Level} level the resume supports" +
                    (plan.Resume.YearsOfExperience is { } years ? $" (about {years:0.#} years of experience)." : "."),
        _ => $"The resume does not show a level; planned for {plan.Level}.",
    };

    static string H(string text) => DocumentText.Html(text);

    static string Md(string text) => DocumentText.Markdown(text);
}
