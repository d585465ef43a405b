using System.Text.RegularExpressions;

namespace HiringKit.Api.Features.Compliance;

/// <summary>Configurable under "Compliance": Compliance__Strict=true refuses flagged writes with 422 instead of warning.</summary>
public sealed class ComplianceOptions
{
    public bool Strict { get; set; }
}

/// <summary>
/// Finds wording whose answer would reveal a protected characteristic of the candidate (issue 18): a topic
/// word of <see cref="ProtectedTopics"/>, however the sentence around it is phrased, that is about the
/// candidate. In this field questions about clients' health, faith, families and arrests are the job, so
/// each topic word is given an owner, the person it is said of:
/// <list type="bullet">
/// <item>a client, patient, couple... it describes ("older adult clients", "the faith of a client"): theirs;</item>
/// <item>otherwise the nearest person named before it in its sentence ("your religion", "a client's religion");</item>
/// <item>with no one before it, the nearest after it ("How old are your kids?", "the age range of clients");</item>
/// <item>with no one at all, the person being interviewed ("Is there a baby on the way?").</item>
/// </list>
/// "You" doing the work of the job to it ("how do you address race and ethnicity in session") is practice,
/// not disclosure. Measured against a labelled table of wordings kept in the tests (see the README).
/// </summary>
public static class ComplianceRules
{
    /// <param name="Rule">Which protected area: mental-health-history, medication, disability, health, age, pregnancy-family, sex, religion, national-origin, genetic-information, marital-status, arrests.</param>
    /// <param name="Text">The wording that triggered it, as written.</param>
    /// <param name="Hint">What to ask instead.</param>
    public sealed record Warning(string Rule, string Text, string Hint);

    enum Side { Candidate, Other }

    sealed record Person(int Start, int End, Side Side, bool IsSubjectYou);

    static readonly Regex CandidateWords = Re(@"\b(?:you(?:'re|'ve|'d|'ll|r|rs|rself|rselves)?|ya|u|(?:the\s+)?(?:candidate|applicant|interviewee)(?:'s|s)?)\b");

    // People other than the candidate whom interview questions are about: the clients and the people of the job.
    static readonly Regex OtherPeople = Re(@"\b(?:clients?|clients'|client's|patients?|patient's|customers?|consumers?|couples?|teens?|teenagers?|adolescents?|youths?|students?|minors?|residents?|veterans?|survivors?|people|persons?|individuals?|adults?|someone|coworkers?|colleagues?|officers?|members?|caseloads?)\b");

    // Family: the candidate's own when "your" owns it ("your children", "your elderly parents"); otherwise the
    // topic of the question rather than its owner ("who looks after the kids", "parents of young children").
    static readonly Regex Family = Re(@"\b(?:parents?|folks|mothers?|fathers?|moms?|dads?|children|child|kids?|famil(?:y|ies)|spouses?|partners?|husbands?|wives|wife|relatives?|siblings?|little\s+ones)\b");

    // "have you been treated for...": the candidate on the receiving end is not the candidate doing the job.
    static readonly Regex Passive = Re(@"\b(?:been|being|be|get|gets|got|gotten|was|were)\s+(?:\w+\s+)?(?:treat|help|support|counsel|serv|assess|screen|evaluat|refer|manag|hospitali[sz])\w*");

    // "Are you a person of faith?", "Are you a religious person?", "you're more of a ... person": the person named is the candidate.
    static readonly Regex YouAre = Re(@"\b(?:(?:are|were)\s+you|you\s+(?:are|were)|you're)\s+(?:not\s+)?(?:(?:more|less|much|kind|sort)\s+of\s+|one\s+of\s+(?:those|these|the)\s+)?(?:(?:an?|the\s+(?:kind|type|sort)\s+of)\s+(?:[a-z-]+\s+){0,2})?$");

    static readonly Regex ThanYou = Re(@"^\s+than\s+(?:you|yourself)\b");

    // "your experience treating perinatal depression": the candidate's work, done to the topic, as "you treat" is.
    static readonly Regex YourWork = Re(@"^your\s+(?:own\s+)?(?:experience|work|approach|practice|training|skills?|comfort|style|background)\b");

    // Right after the topic: "(age groups) have you worked with", "(faiths) do you encounter among clients".
    static readonly Regex PracticeAfter = Re(@"^[^,;:.?!]{0,30}?\b(?:have|do|did|would|will|can|could)\s+you\s+(?:\w+\s+)?(?:address\w*|discuss\w*|handl\w*|support\w*|work(?:ed|ing|s)?\s+with|approach\w*|assess\w*|screen\w*|help\w*|treat\w*|counsel\w*|serv\w*|encounter\w*|seen|see)\b");

    // "help parents", "a lot of moms-to-be", "our families": family words of the people served, not the candidate's.
    // "many immigrant and refugee families": two describing words joined by and/or; "effective with parents": what works with them.
    static readonly Regex ServedBefore = Re(@"(?:\b(?:help\w*|support\w*|work(?:ed|ing|s)?\s+with|counsel\w*|treat\w*|serv\w*|see|saw|seen|educat\w*|engag\w*|coach\w*|guid\w*|effective\s+(?:with|for))|\b(?:a\s+lot\s+of|lots\s+of|many|most|some|our|these|those|such|other|new|expectant|grieving|foster|adoptive|single))\s+(?:[\w-]+\s+(?:(?:and|or)\s+[\w-]+\s+)?)?$");

    static readonly Regex ThirdPersonPronouns = Re(@"\b(?:she|he|her|hers|him|his|they|them|their|theirs|herself|himself|themselves|themself)\b");

    // The work of a counselor done to a topic: "how do you address race", "discuss medication adherence".
    static readonly Regex PracticeVerbs = Re(@"\b(?:address\w*|discuss\w*|handl\w*|support\w*|work(?:ed|ing|s)?\s+with|approach\w*|assess\w*|screen\w*|respond\w*|help\w*|treat\w*|counsel\w*|adapt\w*|involv\w*|coordinat\w*|manag(?:e|es|ed|ing)\b|explain\w*|incorporat\w*|integrat\w*|navigat\w*|explor\w*|rais\w*|bring\s+up|talk\s+about|teach\w*|train\w*|refer\w*|advocat\w*|serv\w*|respect\w*|validat\w*|engag\w*|educat\w*|document\w*|evaluat\w*|consider\w*|honou?r\w*|attend\s+to|account\s+for|(?:stay|keep)\w*\s+(?:current|up\s+to\s+date)\s+(?:on|with)|mandated\s+report\w*)\b");

    /// <summary>Between "your" and a person it owns only describing words may stand: "your elderly parents", not "your work with clients".</summary>
    static readonly HashSet<string> NotDescribing = ["with", "for", "to", "of", "in", "on", "at", "about", "and", "or", "from", "by", "as", "the", "a", "an"];

    public static IReadOnlyList<Warning> Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        // Same length, so every offset found in the folded text points into the text as written.
        var folded = text.Replace('\u2019', '\'').Replace('\u2018', '\'');
        var warnings = new List<Warning>();
        foreach (var (start, end) in Sentences(folded))
        {
            var sentence = folded[start..end];
            var people = People(sentence);
            // One warning per topic: the first wording that raises it is enough to act on.
            foreach (var topic in ProtectedTopics.All.Where(t => warnings.All(w => w.Rule != t.Rule)))
            {
                if (FindingIn(sentence, people, topic) is not { } finding) continue;
                warnings.Add(new Warning(topic.Rule, text[(start + finding.Start)..(start + finding.End)].Trim(), topic.Hint));
            }
        }
        return warnings;
    }

    public static IReadOnlyList<Warning> Check(params string?[] texts) => texts.SelectMany(Check).ToList();

    public static string Refusal(IReadOnlyList<Warning> warnings) =>
        "Strict compliance mode refuses wording that invites an unlawful interview question: " +
        string.Join(" ", warnings.Select(w => $"'{w.Text}' ({w.Rule}): {w.Hint}"));

    /// <summary>The first topic word of the sentence that is about the candidate, as the span to quote.</summary>
    static (int Start, int End)? FindingIn(string sentence, List<Person> people, ProtectedTopics.Topic topic)
    {
        var exceptions = topic.Exceptions?.Matches(sentence).Select(m => (m.Index, End: m.Index + m.Length)).ToList() ?? [];
        foreach (Match cue in topic.Cues.SelectMany(cues => cues.Matches(sentence)).OrderBy(m => m.Index))
        {
            int from = cue.Index, to = cue.Index + cue.Length;
            if (exceptions.Any(e => e.Index < to && from < e.End)) continue;
            if (AboutTheCandidate(sentence, people, from, to) is { } quoteFrom) return (quoteFrom, to);
        }
        return null;
    }

    /// <summary>Where the quote starts (the candidate's mention before the cue, or the cue) when the cue is about the candidate; null when it is someone else's.</summary>
    static int? AboutTheCandidate(string sentence, List<Person> people, int from, int to)
    {
        // The candidate inside the cue itself ("how old are you", "your back", "your husband") decides alone;
        // someone else inside it ("the kids", "a client's spouse") is the topic, and the people around it decide.
        if (people.Any(p => p.Start >= from && p.End <= to && p.Side == Side.Candidate)) return from;
        // "younger than you", "older than yourself": a comparison with the candidate is about the candidate.
        if (ThanYou.IsMatch(sentence[to..])) return from;
        var others = people.Where(p => p.End <= from || p.Start >= to).ToList();

        // "older adult clients", "the faith of a client": the cue describes the person right after it.
        var next = others.FirstOrDefault(p => p.Start >= to);
        if (next is { Side: Side.Other } && WordsBetween(sentence, to, next.Start) is { } gap && gap <= 2) return null;

        // "Which age groups have you worked with?": the candidate doing the job to the topic, asked after it.
        if (PracticeAfter.IsMatch(sentence[to..])) return null;

        var before = others.LastOrDefault(p => p.End <= from);
        if (before is not null)
        {
            if (before.Side == Side.Other) return null;
            // "How do you address race and ethnicity": the candidate doing the job to the topic.
            var between = sentence[before.End..from];
            if ((before.IsSubjectYou || YourWork.IsMatch(sentence[before.Start..])) && PracticeVerbs.IsMatch(between) && !Passive.IsMatch(between)) return null;
            return before.Start;
        }
        if (next is not null) return next.Side == Side.Candidate ? from : null;
        return from; // no one named: a question put to the person interviewed
    }

    /// <summary>How many describing words stand between a cue and the person after it; null when anything else does ("married with children").</summary>
    static int? WordsBetween(string sentence, int from, int to)
    {
        var between = sentence[from..to];
        if (between.IndexOfAny([',', ';', ':', '?', '!', '(', ')']) >= 0) return null;
        var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "transgender and nonbinary members": a second describing word joined by and/or describes the same people.
        return words.Where((w, i) => !(i == 0 && words.Length == 2 && w.ToLowerInvariant() is "and" or "or"))
            .Any(w => NotAttaching.Contains(w.ToLowerInvariant())) ? null : words.Length;
    }

    static readonly HashSet<string> NotAttaching = ["with", "and", "or", "who", "that", "to", "for", "in", "on", "at", "about", "from", "by", "as",
        "is", "are", "was", "were", "be", "been", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could"];

    static List<Person> People(string sentence)
    {
        var people = new List<Person>();
        foreach (Match m in CandidateWords.Matches(sentence))
        {
            // The texting "u" is the candidate; the U of "U.S." or "U.K." is not.
            if (m.Length == 1 && m.Index + 1 < sentence.Length && sentence[m.Index + 1] == '.') continue;
            people.Add(new Person(m.Index, m.Index + m.Length, Side.Candidate, m.Value.Equals("you", StringComparison.OrdinalIgnoreCase)));
        }
        foreach (Match m in OtherPeople.Matches(sentence))
            // "a couple of years" is a quantity, not a couple in counseling.
            if (!people.Any(p => p.Start < m.Index + m.Length && m.Index < p.End) && !IsQuantity(sentence, m))
                people.Add(new Person(m.Index, m.Index + m.Length,
                    OwnedByTheCandidate(sentence, m.Index) || YouAre.IsMatch(sentence[..m.Index]) ? Side.Candidate : Side.Other, false));
        foreach (Match m in Family.Matches(sentence))
        {
            if (people.Any(p => p.Start < m.Index + m.Length && m.Index < p.End)) continue;
            if (OwnedByTheCandidate(sentence, m.Index)) people.Add(new Person(m.Index, m.Index + m.Length, Side.Candidate, false));
            else if (ServedBefore.IsMatch(sentence[..m.Index])) people.Add(new Person(m.Index, m.Index + m.Length, Side.Other, false));
        }
        // "she", "their" stand for the client when the sentence names one; alone, for the person described.
        var pronounSide = people.Any(p => p.Side == Side.Other) ? Side.Other : Side.Candidate;
        foreach (Match m in ThirdPersonPronouns.Matches(sentence))
            people.Add(new Person(m.Index, m.Index + m.Length, pronounSide, false));
        people.Sort((a, b) => a.Start.CompareTo(b.Start));
        return people;
    }

    static bool IsQuantity(string sentence, Match person) =>
        person.Value.Equals("couple", StringComparison.OrdinalIgnoreCase)
        && sentence.AsSpan(person.Index + person.Length).TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase);

    /// <summary>"your children", "your elderly parents": the candidate's own family speaks for the candidate.</summary>
    static bool OwnedByTheCandidate(string sentence, int nounStart)
    {
        var words = sentence[..nounStart].Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = words.Length - 1, described = 0; i >= 0 && described <= 2; i--, described++)
        {
            var word = words[i].ToLowerInvariant();
            if (word is "your" or "yours" or "candidate's" or "applicant's") return true;
            if (NotDescribing.Contains(word) || word.Any(c => !char.IsLetter(c) && c != '-' && c != '\'')) return false;
        }
        return false;
    }

    /// <summary>
    /// Sentences and clauses: a semicolon, a line break, or a full stop, question or exclamation mark followed
    /// by a capital (so "U.S. citizen" and "7 a.m." stay whole).
    /// </summary>
    static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool end = c is ';' or '\n' || (c is '.' or '?' or '!' && NextStartsSentence(text, i + 1));
            if (!end) continue;
            if (i + 1 > start) yield return (start, i + 1);
            start = i + 1;
        }
        if (start < text.Length) yield return (start, text.Length);
    }

    static bool NextStartsSentence(string text, int at)
    {
        if (at >= text.Length) return true;
        if (!char.IsWhiteSpace(text[at])) return false;
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at >= text.Length || char.IsUpper(text[at]) || char.IsDigit(text[at]) || text[at] is '"' or '\'' or '(';
    }

    // Bounded and linear-time: HR text is short, but a rule must never be a denial-of-service.
    static Regex Re(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
