using System.Text;
using HiringKit.Scoring;
using HiringKit.Scoring.Tests;

namespace HiringKit.Benchmarks;

/// <summary>
/// The dictionary and resumes every benchmark runs on, generated from a fixed seed so every run
/// and every method sees the same text: the seed term plus six generated counseling terms
/// (about 300 phrases, each with its plural and regional spellings), and 2,000 resumes of 3-8 KB
/// plus one of 200 KB. Half the resumes are typeset the way Word and PDF exports are (bullets,
/// en dashes, curly quotes, the odd non-breaking space), half are plain ASCII as pasted into web forms.
/// </summary>
public static class BenchmarkCorpus
{
    public const int ResumeCount = 2000;
    public const int LargeResumeChars = 200 * 1024;

    // Declared before Terms: static fields initialize in order.
    static readonly (string Name, string[] Modifiers, string[] Heads)[] GeneratedTerms =
    [
        ("Trauma-Informed Care", ["trauma-informed", "trauma-focused", "complex trauma", "developmental trauma", "secondary trauma", "somatic", "grounding", "stabilization"], ["care", "assessment", "screening", "intervention", "treatment", "techniques"]),
        ("Motivational Interviewing", ["motivational", "change", "ambivalence", "readiness", "reflective", "open-ended", "affirmation", "values"], ["interviewing", "talk", "exploration", "ruler", "statements", "questions"]),
        ("Cognitive Behavioral Therapy", ["cognitive", "behavioral", "cognitive behavioral", "exposure", "thought", "behavioral activation", "socratic", "schema"], ["therapy", "restructuring", "records", "hierarchy", "questioning", "formulation"]),
        ("Case Management", ["case", "care", "resource", "discharge", "benefits", "housing", "service", "referral"], ["management", "coordination", "planning", "navigation", "linkage", "advocacy"]),
        ("Group Facilitation", ["group", "psychoeducational", "process", "skills", "support", "multifamily", "peer", "relapse prevention"], ["facilitation", "therapy", "sessions", "curriculum", "dynamics", "leadership"]),
        ("Clinical Documentation", ["clinical", "progress", "intake", "treatment", "risk", "diagnostic", "biopsychosocial", "discharge"], ["documentation", "notes", "summaries", "reports", "records", "audits"]),
    ];

    public static readonly IReadOnlyList<TermDefinition> Terms = BuildTerms();
    public static readonly ScoringDictionary Dictionary = ScoringDictionary.Compile(Terms);

    /// <summary>All phrases of all terms, as stored: what the regex baselines search for.</summary>
    public static readonly IReadOnlyList<string> Phrases = Terms.SelectMany(t => t.Phrases.Select(p => p.Phrase)).ToList();

    static IReadOnlyList<TermDefinition> BuildTerms()
    {
        var terms = new List<TermDefinition> { SeedTerms.TherapeuticAlliance };
        string[] components = ["engagement", "method", "outcome"];
        foreach (var (name, modifiers, heads) in GeneratedTerms)
        {
            var phrases = new List<TermPhrase>();
            foreach (var modifier in modifiers)
                foreach (var head in heads)
                {
                    if (phrases.Count == 43) break;
                    var kind = phrases.Count == 0 ? PhraseKind.Canonical : phrases.Count < 4 ? PhraseKind.Synonym : PhraseKind.Related;
                    phrases.Add(new TermPhrase($"{modifier} {head}", kind, components[phrases.Count % 3]));
                }
            string slug = name.ToLowerInvariant().Replace(' ', '-');
            terms.Add(new TermDefinition(slug, name, phrases, components,
                [$"{heads[0]} consulting", $"{modifiers[0]} portfolio", $"{heads[1]} software", $"{modifiers[1]} fund", $"{heads[2]} analyst"],
                [new($"{name} Specialist", true), new($"{name} Coordinator", false), new($"Lead {name} Clinician", false)],
                SeedTerms.TherapeuticAlliance.Levels, SeedTerms.TherapeuticAlliance.Indicators));
        }
        return terms;
    }

    static readonly Lazy<string[]> AllResumes = new(() => Generate(typeset: null));

    /// <summary>2,000 resumes of 3-8 KB, half typeset, half plain ASCII, then the 200 KB one.</summary>
    public static string[] Resumes => AllResumes.Value;

    /// <summary>Only the plain-ASCII half (and a plain-ASCII 200 KB resume).</summary>
    public static string[] AsciiResumes => AllResumes.Value.Where(r => r.All(char.IsAscii)).ToArray();

    /// <summary>
    /// The labelled resumes of the scoring tests' corpus, as written by people and blind writers rather than generated: every
    /// realistic set and the short first corpus, each file once. Far fewer phrases a resume than the generated corpus (the
    /// generated resumes hold about 50 phrase hits each), so it shows what the scorer costs on resumes as they come.
    /// </summary>
    public static string[] LabelledResumes => Labelled.Value;

    static readonly Lazy<string[]> Labelled = new(() =>
    {
        string corpus = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "HiringKit.Scoring.Tests", "Corpus"));
        return [.. Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    });

    static string[] Generate(bool? typeset)
    {
        var random = new Random(20261101);
        var resumes = new List<string>(ResumeCount + 1);
        for (int i = 0; i < ResumeCount; i++)
            resumes.Add(Resume(random, random.Next(3 * 1024, 8 * 1024), typeset ?? i % 2 == 0));
        resumes.Add(Resume(random, LargeResumeChars, typeset: false));
        return [.. resumes];
    }

    static readonly string[] FirstNames = ["Maria", "Daniel", "Fiona", "Robert", "Priya", "Zoë", "Jamal", "Hannah", "Sofia", "Marcus", "José", "Aisha", "Chloé", "Tyler"];
    static readonly string[] LastNames = ["Alvarez", "Okafor", "MacLeod", "Chen", "Natarajan", "Papadopoulos", "Wright", "Kim", "Russo", "Bell", "Núñez", "Rahman", "Brooks"];
    static readonly string[] Titles = ["Mental Health Counselor", "Clinical Therapist", "Behavioral Health Counselor", "Case Manager", "Psychotherapist", "Substance Use Counselor", "Licensed Professional Counselor", "Program Director", "Clinical Supervisor", "Counseling Intern"];
    static readonly string[] Employers = ["Hill Country Counseling", "Sunset Park Community Clinic", "Lothian Talking Therapies", "Evergreen Family Services", "Bayview Family Institute", "New Day Recovery Center", "Front Range Wellness", "Ocean State Counseling", "Grady Behavioral Health"];
    static readonly string[] Verbs = ["Provided", "Delivered", "Led", "Used", "Applied", "Practiced", "Strengthened", "Coordinated", "Supported", "Built", "Introduced", "Maintained"];
    static readonly string[] Objects = ["with adults and adolescents", "for clients with co-occurring disorders", "in individual and group settings", "across three outpatient sites", "with families referred by schools", "during intake and discharge", "with veterans and their families", "in a 24-bed residential program"];
    static readonly string[] Fillers =
    [
        "Documented sessions in the electronic health record within 24 hours of each appointment.",
        "Coordinated with psychiatrists, primary care providers and school staff on shared cases.",
        "Carried a caseload of 25 to 35 clients with depression, anxiety and substance use concerns.",
        "Completed intake assessments and safety plans and referred clients to community resources.",
        "Participated in weekly team meetings, quality reviews and annual accreditation audits.",
        "Facilitated weekly groups on coping skills, sleep hygiene and relapse prevention.",
    ];
    static readonly string[] Cues = ["", "", "", "", "", "familiar with ", "no experience with ", "eager to learn ", "some exposure to "];
    static readonly string[] Traps = ["strategic alliance", "bond trader", "relationship manager", "working capital", "therapeutic area", "customer relationship management"];
    static readonly string[] Months = ["Jan", "Feb", "March", "Apr", "June", "Aug", "Sept.", "October", "Nov"];

    static string Resume(Random random, int targetChars, bool typeset)
    {
        string bullet = typeset ? "• " : "- ";
        string dash = typeset ? " – " : " - ";
        string apostrophe = typeset ? "’" : "'";
        var text = new StringBuilder(targetChars + 1024);

        string name = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";
        text.Append(typeset ? name : Ascii(name)).Append(", ").Append(random.Next(3) == 0 ? "LPC" : "LMHC").Append('\n');
        text.Append(Pick(random, Titles)).Append(dash).Append("Austin, TX").Append(dash).Append("candidate@example.com\n\n");
        text.Append("SUMMARY\n").Append(Pick(random, Titles)).Append(" with ").Append(random.Next(1, 16)).Append("+ years of experience. ")
            .Append("I build a ").Append(Phrase(random, typeset)).Append(" and ").Append(Phrase(random, typeset)).Append(" with every client").Append(apostrophe).Append("s family.\n\n");
        text.Append("EXPERIENCE\n");

        while (text.Length < targetChars - 400)
        {
            int startYear = random.Next(2005, 2025);
            string end = random.Next(3) == 0 ? "Present" : $"{Pick(random, Months)} {random.Next(startYear, 2026)}";
            text.Append(Pick(random, Titles)).Append(", ").Append(Pick(random, Employers)).Append(dash)
                .Append(Pick(random, Months)).Append(' ').Append(startYear).Append(dash).Append(end).Append('\n');
            int bullets = random.Next(4, 9);
            for (int b = 0; b < bullets; b++)
            {
                text.Append(bullet);
                switch (random.Next(6))
                {
                    case 0:
                        text.Append(Pick(random, Fillers));
                        break;
                    case 1:
                        text.Append(Pick(random, Verbs)).Append(' ').Append(Pick(random, Cues)).Append(Phrase(random, typeset)).Append(", ")
                            .Append(Phrase(random, typeset)).Append(" and ").Append(Phrase(random, typeset)).Append(' ').Append(Pick(random, Objects)).Append('.');
                        break;
                    case 2:
                        text.Append("Advised the ").Append(Pick(random, Traps)).Append(" team on ").Append(Pick(random, Fillers).ToLowerInvariant());
                        break;
                    case 3:
                        text.Append("Client retention rose to ").Append(random.Next(60, 96)).Append("% after introducing ").Append(Phrase(random, typeset)).Append('.');
                        break;
                    default:
                        text.Append(Pick(random, Verbs)).Append(' ').Append(Pick(random, Cues)).Append(Phrase(random, typeset)).Append(' ').Append(Pick(random, Objects)).Append(". ")
                            .Append(Pick(random, Fillers));
                        break;
                }
                text.Append('\n');
            }
            text.Append('\n');
        }

        text.Append("EDUCATION\nM.A. Clinical Mental Health Counseling, University of Texas").Append(dash).Append("2010").Append(dash).Append("2012\n");
        string resume = text.ToString();
        return typeset ? resume : Ascii(resume);
    }

    /// <summary>A dictionary phrase written the way resumes vary it: case, plural, hyphen, a line break.</summary>
    static string Phrase(Random random, bool typeset)
    {
        var term = Terms[random.Next(Terms.Count)];
        string phrase = term.Phrases[random.Next(term.Phrases.Count)].Phrase;
        return random.Next(8) switch
        {
            0 => phrase.ToUpperInvariant(),
            1 => string.Join(' ', phrase.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
            2 => phrase + "s",
            3 => phrase.Replace(' ', '-'),
            4 => phrase.Replace(" ", typeset ? "\u00A0" : "\n"),
            _ => phrase,
        };
    }

    static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
            if (c < 128) builder.Append(c);
        return builder.ToString();
    }

    static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
