using System.Text.Json;
using HiringKit.Scoring;

namespace HiringKit.Benchmarks;

/// <summary>
/// A glossary of any size shaped like a real one (issue 17): each term has a two-word name, 30 phrases
/// of one to three words (1 canonical, 4 synonyms, 25 related) built from a shared stock of heads
/// ("planning", "assessment", ...) and modifiers of its own, three components, two false friends and
/// two job titles, as skills taxonomies like ESCO and Lightcast are. Words are made of syllables from a
/// fixed seed, so every run and the load script see the same glossary; shared heads make terms overlap
/// the way real ones do ("care planning", "discharge planning"), which is what a trie must share.
/// </summary>
public static class SyntheticGlossary
{
    public const int PhrasesPerTerm = 30;

    /// <summary>The load script's realistic 5 KB resume (scripts/load-resume.txt, copied beside the benchmarks).</summary>
    public static string LoadScriptResume() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "load-resume.txt"));

    static readonly string[] Heads =
    [
        "planning", "assessment", "management", "therapy", "intervention", "coordination", "analysis", "support",
        "training", "development", "screening", "documentation", "facilitation", "evaluation", "counseling", "care",
        "strategy", "design", "reporting", "compliance", "outreach", "education", "research", "testing", "operations",
        "leadership", "modeling", "review", "monitoring", "advocacy", "consultation", "integration", "scheduling",
        "safety", "quality", "engagement", "communication", "negotiation", "auditing", "forecasting",
    ];

    static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "br", "cr", "dr", "pl", "st", "tr", "ch", "sh", "th"];
    static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"];
    static readonly string[] Codas = ["", "", "n", "r", "l", "s", "t", "m", "nd", "st", "ct"];

    /// <summary><paramref name="count"/> terms; the first is <paramref name="first"/> when given (the seed term, so real resumes still match).</summary>
    public static List<TermDefinition> Terms(int count, TermDefinition? first = null, int seed = 17)
    {
        var random = new Random(seed);
        var words = new HashSet<string>(StringComparer.Ordinal);
        string Word()
        {
            while (true)
            {
                int syllables = random.Next(2, 5);
                var word = string.Concat(Enumerable.Range(0, syllables).Select(_ =>
                    Onsets[random.Next(Onsets.Length)] + Nuclei[random.Next(Nuclei.Length)] + Codas[random.Next(Codas.Length)]));
                if (words.Add(word)) return word;
            }
        }

        var terms = new List<TermDefinition>(count);
        if (first is not null) terms.Add(first);
        for (int t = terms.Count; t < count; t++)
        {
            string a = Word(), b = Word();
            string head = Heads[random.Next(Heads.Length)];
            var phrases = new List<TermPhrase> { new($"{a} {head}", PhraseKind.Canonical, null) };
            var seen = new HashSet<string>(StringComparer.Ordinal) { phrases[0].Phrase };
            string[] components = ["method", "outcome", "context"];
            while (phrases.Count < PhrasesPerTerm)
            {
                string phrase = random.Next(4) switch
                {
                    0 => $"{a} {Heads[random.Next(Heads.Length)]}",
                    1 => $"{b} {Heads[random.Next(Heads.Length)]}",
                    2 => $"{Word()} {a} {Heads[random.Next(Heads.Length)]}",
                    _ => Word(),
                };
                if (!seen.Add(phrase)) continue;
                var kind = phrases.Count < 5 ? PhraseKind.Synonym : PhraseKind.Related;
                phrases.Add(new TermPhrase(phrase, kind, kind == PhraseKind.Related ? components[phrases.Count % 3] : null));
            }
            terms.Add(new TermDefinition(
                $"{a}-{b}-{t}", $"{Capitalize(a)} {Capitalize(head)}", phrases, components,
                [$"{a} {head} vendor", $"{b} market"],
                [new TermJobTitle($"{Capitalize(a)} Specialist", true), new TermJobTitle($"{Capitalize(b)} Coordinator", false)],
                [new TermLevel(Levels.Junior, 0, 2), new TermLevel(Levels.Mid, 2, 5), new TermLevel(Levels.Senior, 5, null)],
                []));
        }
        return terms;
    }

    static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A term as the body of POST /api/v1/terms, one JSON object per line, for scripts/load.</summary>
    public static string ToCreateBody(TermDefinition term) => JsonSerializer.Serialize(new
    {
        slug = term.Slug,
        name = term.Name,
        industry = "Synthetic",
        summary = $"A generated term for load tests: {term.Name}.",
        whyItMatters = "Load tests need a glossary of realistic size.",
        components = term.Components.Select(c => new { key = c, name = Capitalize(c), description = $"The {c}." }),
        phrases = term.Phrases.Select(p => new { phrase = p.Phrase, kind = p.Kind.ToString().ToLowerInvariant(), component = p.Component }),
        resumeExamples = Array.Empty<string>(),
        typicalJobTitles = term.JobTitles.Where(j => j.Typical).Select(j => j.Title),
        relatedJobTitles = term.JobTitles.Where(j => !j.Typical).Select(j => j.Title),
        falseFriends = term.FalseFriends,
    });
}
