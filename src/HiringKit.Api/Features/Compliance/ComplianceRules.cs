using System.Text.RegularExpressions;

namespace HiringKit.Api.Features.Compliance;

/// <summary>
/// Wording that invites an unlawful or unfair interview question in the US (EEOC guidance on pre-employment
/// inquiries). Rules look for the candidate as the subject ("do you", "your", "the candidate's"), because in
/// this field questions about clients' health, medication and disabilities are the job, not a red flag.
/// </summary>
/// <summary>Configurable under "Compliance": Compliance__Strict=true refuses flagged writes with 422 instead of warning.</summary>
public sealed class ComplianceOptions
{
    public bool Strict { get; set; }
}

public static class ComplianceRules
{
    /// <param name="Rule">Which protected area: health, disability, mental-health-history, medication, age, pregnancy-family, religion, national-origin, marital-status, arrests.</param>
    /// <param name="Text">The wording that triggered it, as written.</param>
    /// <param name="Hint">What to ask instead.</param>
    public sealed record Warning(string Rule, string Text, string Hint);

    sealed record Rule(string Name, Regex Pattern, string Hint);

    // The candidate as the subject of the question or statement.
    const string You = @"(?:\byou(?:'ve|'re)?|\byour(?:self)?|\b(?:the\s+)?(?:candidate|applicant)(?:'s|s'|s)?)";

    // Only small words may stand between the candidate and the topic: "have you ever been ...", "your own ...".
    // Anything more ("you work with clients whose ...") means the topic is someone else's.
    const string Gap = @"(?:\s+(?:ever|currently|now|previously|recently|personally|own|been|had|have|has|a|any|still|also|really))*\s+";

    static readonly Rule[] Rules =
    [
        new("mental-health-history",
            Re(@$"{You}{Gap}(?:mental[- ]health\s+(?:history|conditions?|diagnos\w*|treatment|problems?|issues?)|psychiatric\s+(?:history|treatment|hospitali[sz]ations?|conditions?)|in\s+(?:therapy|counseling)\s+(?:yourself|personally)|been\s+(?:diagnosed|hospitali[sz]ed|institutionali[sz]ed)|treated\s+for\s+(?:depression|anxiety|bipolar\s+\w+|ptsd|trauma|addiction|substance\s+(?:use|abuse)|alcoholism|(?:a\s+)?mental\s+illness|(?:a\s+)?psychiatric\s+\w+|an?\s+eating\s+disorder|schizophrenia)|personal\s+(?:history\s+of\s+)?(?:depression|anxiety|trauma|mental\s+illness|psychiatric\s+\w+))"),
            "Ask about the job's demands instead, e.g. how the candidate manages their own stress and uses supervision; never about their diagnoses or treatment."),
        new("medication",
            Re(@$"{You}{Gap}(?:tak(?:e|ing)|on|use|using|prescribed)\s+(?:any\s+)?(?:medications?|meds|prescriptions?|prescription\s+(?:drugs|medications?)|antidepressants|psychiatric\s+medications?)"),
            "Do not ask about the candidate's medications; ask whether they can perform the essential functions of the role."),
        new("disability",
            Re(@$"(?:{You}{Gap}(?:disabilit(?:y|ies)|handicaps?|impairments?)|\bwhat\s+disabilit(?:y|ies)\s+do\s+you)"),
            "Describe the essential functions of the job and ask whether the candidate can perform them, with or without reasonable accommodation."),
        new("health",
            Re(@$"(?:{You}{Gap}(?:(?:health|medical)\s+(?:history|conditions?|problems?|issues?|records?)|(?:serious\s+)?(?:illness(?:es)?|surgery|surgeries)|treated\s+for\s+(?:any\s+|an?\s+)?(?:serious\s+)?(?:illness|condition|disease|injury|cancer|diabetes|heart\s+\w+))|\bhow\s+(?:is|would\s+you\s+describe)\s+your\s+(?:physical\s+)?health|\b(?:how\s+many|number\s+of)\s+sick\s+days\s+(?:did\s+|have\s+)?you)"),
            "Ask about attendance requirements and the ability to do the job, not about the candidate's health."),
        new("age",
            Re(@$"(?:\bhow\s+old\s+are\s+you\b|{You}{Gap}age\b|\bwhat\s+year\s+were\s+you\s+born\b|\bwhen\s+were\s+you\s+born\b|\bwhen\s+did\s+you\s+graduate\s+(?:from\s+)?high\s+school\b|\bwhat\s+year\s+did\s+you\s+graduate\b|\bare\s+you\s+(?:over|under|older\s+than|younger\s+than|above|below)\s+(?:the\s+age\s+of\s+)?(?:2[2-9]|[3-9]\d)\b|{You}{Gap}(?:near|close\s+to|planning\s+for|thinking\s+about)\s+retirement\b|\btoo\s+(?:old|young)\s+(?:for|to)\b)"),
            "Ask only whether the candidate meets a lawful minimum age, if the role has one; judge experience by what they have done."),
        new("pregnancy-family",
            Re(@$"(?:\bare\s+you\s+(?:currently\s+)?pregnant\b|{You}{Gap}(?:plan(?:ning)?|intend(?:ing)?|want(?:ing)?)\s+(?:to|on)\s+(?:have|having|start(?:ing)?)\s+(?:a\s+)?(?:children|kids|a\s+family|family|a\s+baby)|\bdo\s+you\s+have\s+(?:any\s+)?(?:children|kids)\b|\bwho\s+(?:will\s+)?(?:watch|take\s+care\s+of|look\s+after)\s+your\s+(?:children|kids)|{You}{Gap}(?:pregnan\w*|child\s*care\s+(?:arrangements|plans)|maternity\s+plans))"),
            "Ask whether the candidate can meet the schedule and travel the job needs; not about pregnancy, children or family plans."),
        new("religion",
            Re(@$"(?:\bwhat\s+religion\b|{You}{Gap}(?:religion|religious\s+(?:beliefs?|affiliation|background|practices?)|faith|church|synagogue|mosque|temple)\b|\bwhich\s+religious\s+holidays\s+do\s+you|\b(?:which|what)\s+(?:church|synagogue|mosque|temple|parish|congregation|denomination)\b|^\s*(?:is\s+\w+(?:\s+\w+){{0,4}}\s+and\s+)?(?:attends|goes\s+to)\s+(?:church|synagogue|mosque|temple|religious\s+services)\b|\bdo\s+you\s+(?:go\s+to|attend)\s+(?:church|synagogue|mosque|temple|services)|\bare\s+you\s+(?:religious|christian|jewish|muslim|hindu|an?\s+atheist)\b)"),
            "Ask whether the candidate can work the required schedule; do not ask about religion or religious observance."),
        new("national-origin",
            Re(@$"(?:\bwhere\s+(?:were\s+you|are\s+you\s+(?:originally|really))\s+(?:born|from)\b|{You}{Gap}(?:national\s+origin|nationality|ethnicity|ancestry|race|accent|birthplace|country\s+of\s+origin)\b|\bare\s+you\s+an?\s+(?:u\.?s\.?\s+|us\s+|american\s+)?citizen\b|\bwhat\s+(?:is\s+)?your\s+(?:native\s+(?:language|tongue)|first\s+language|mother\s+tongue)|\bwhat\s+country\s+are\s+you\s+from\b|\bwhere\s+are\s+you\s+from\s+(?:originally|really)\b|\bwhere\s+(?:are|is)\s+your\s+(?:family|parents)\s+from\b)"),
            "Ask whether the candidate is authorized to work in the US, and about languages only where the job needs them."),
        new("marital-status",
            Re(@$"(?:\bare\s+you\s+(?:married|single|divorced|engaged|widowed)\b|{You}{Gap}(?:marital\s+status|spouse|husband|wife|maiden\s+name)\b|\bwhat\s+does\s+your\s+(?:husband|wife|spouse|partner)\s+do|^\s*(?:is|being)\s+(?:married|single|divorced|widowed|engaged)\b)"),
            "Marital status and a spouse's job are not job-related; ask about the role's requirements instead."),
        new("arrests",
            Re(@$"(?:{You}{Gap}been\s+arrested\b|{You}{Gap}arrest\s+(?:record|history)|\bhave\s+you\s+(?:ever\s+)?been\s+(?:in\s+jail|detained\s+by\s+(?:the\s+)?police))"),
            "Do not ask about arrests. Where law and the role allow, ask about convictions relevant to the job, after a conditional offer."),
    ];

    public static IReadOnlyList<Warning> Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var warnings = new List<Warning>();
        foreach (var rule in Rules)
        {
            var match = rule.Pattern.Match(text);
            if (match.Success) warnings.Add(new Warning(rule.Name, match.Value.Trim(), rule.Hint));
        }
        return warnings;
    }

    public static IReadOnlyList<Warning> Check(params string?[] texts) => texts.SelectMany(Check).ToList();

    public static string Refusal(IReadOnlyList<Warning> warnings) =>
        "Strict compliance mode refuses wording that invites an unlawful interview question: " +
        string.Join(" ", warnings.Select(w => $"'{w.Text}' ({w.Rule}): {w.Hint}"));

    // Bounded and linear-time: HR text is short, but a rule must never be a denial-of-service.
    static Regex Re(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
