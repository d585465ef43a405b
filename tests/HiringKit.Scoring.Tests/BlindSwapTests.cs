using System.Text.RegularExpressions;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Issue 18: the resume score must be blind to who the candidate is. Every genuine resume of the corpus is
/// scored again under other names, other pronouns and equivalent affiliations named for a sex, an ethnicity
/// or a religion; score, band, level and years must not move. A change here is the scorer's bug, not the test's.
/// </summary>
public sealed class BlindSwapTests
{
    sealed record Outcome(int Score, string Band, string? Level, double? Years);

    static Outcome Score(string text)
    {
        var score = ResumeScorer.Score(text, SeedTerms.Dictionary);
        return new Outcome(score.Score, score.Band, score.Level.Level, score.Level.YearsOfExperience);
    }

    /// <summary>The corpus's realistic resumes, counselors and others; the too-short ones have no identity to swap.</summary>
    static IEnumerable<string> GenuineResumes()
    {
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus");
        return Directory.GetFiles(folder, "*.txt").Select(Path.GetFileName).Where(f => !f!.StartsWith("insufficient-")).Order()!;
    }

    static string Read(string file) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus", file));

    // Names read as women's and men's, Black, white, Hispanic, Asian, Arab, South Asian (after Bertrand and
    // Mullainathan's audit study, and its successors).
    static readonly string[] Names =
    [
        "Emily Walsh", "Greg Baker", "Lakisha Washington", "Jamal Jones", "Guadalupe Hernández", "José García",
        "Mei Lin Chen", "Nguyen Van Minh", "Fatima Al-Sayed", "Mohammed Haddad", "Priya Raghunathan", "Sean O'Brien",
    ];

    [TestCaseSource(nameof(GenuineResumes))]
    public void A_different_name_changes_nothing(string file)
    {
        var text = Read(file);
        var original = Score(text);
        var name = NameOf(text);
        Assert.That(name, Is.Not.Empty, "the first line names the candidate");
        foreach (var other in Names)
            Assert.That(Score(WithName(text, name, other)), Is.EqualTo(original), $"{file} as {other}");
    }

    // A header line many resumes now carry, and the same resume retold in the third person (as recruiters'
    // summaries and some CVs are), with each set of pronouns.
    static readonly (string Header, string[] Pronouns)[] PronounSets =
    [
        ("she/her", ["she", "her", "her", "hers", "herself"]),
        ("he/him", ["he", "him", "his", "his", "himself"]),
        ("they/them", ["they", "them", "their", "theirs", "themselves"]),
        ("ze/hir", ["ze", "hir", "hir", "hirs", "hirself"]),
    ];

    [TestCaseSource(nameof(GenuineResumes))]
    public void Other_pronouns_change_nothing(string file)
    {
        var text = Read(file);
        var original = Score(text);
        var outcomes = PronounSets.Select(set => (set.Header, Outcome: Score(WithPronouns(text, set.Header, set.Pronouns)))).ToList();
        foreach (var (header, outcome) in outcomes)
            Assert.That(outcome, Is.EqualTo(outcomes[0].Outcome), $"{file} with {header} against {outcomes[0].Header}");
        // A pronoun header is not evidence of anything, so it leaves the score where the resume put it.
        Assert.That(Score(WithPronounHeader(text, "she/her")), Is.EqualTo(original), $"{file} with a pronoun line");
    }

    // Equivalent affiliations: the same kind of group, named for a sex, an ethnicity or a religion, or for none.
    static readonly string[][] Affiliations =
    [
        [
            "Member, American Psychological Association",
            "Member, Association of Black Psychologists",
            "Member, National Latinx Psychological Association",
            "Member, Asian American Psychological Association",
            "Member, Society of Indian Psychologists",
            "Member, Arab American Psychological Association",
        ],
        [
            "Volunteer facilitator, Downtown Community Center support group",
            "Volunteer facilitator, Women's Resource Center support group",
            "Volunteer facilitator, Men's Resource Center support group",
            "Volunteer facilitator, LGBTQ Community Center support group",
            "Volunteer facilitator, St. Mary's Catholic Church support group",
            "Volunteer facilitator, Temple Beth Israel support group",
            "Volunteer facilitator, Islamic Center of America support group",
            "Volunteer facilitator, Sikh Gurdwara Sahib support group",
        ],
        [
            "M.A. Counseling, University of Maryland",
            "M.A. Counseling, Howard University",
            "M.A. Counseling, Smith College",
            "M.A. Counseling, Morehouse College",
            "M.A. Counseling, Yeshiva University",
            "M.A. Counseling, Brigham Young University",
            "M.A. Counseling, University of Notre Dame",
            "M.A. Counseling, Diné College",
        ],
    ];

    [TestCaseSource(nameof(GenuineResumes))]
    public void Equivalent_affiliations_change_nothing(string file)
    {
        var text = Read(file);
        foreach (var group in Affiliations)
        {
            var baseline = Score(WithAffiliation(text, group[0]));
            foreach (var affiliation in group.Skip(1))
                Assert.That(Score(WithAffiliation(text, affiliation)), Is.EqualTo(baseline), $"{file}: '{affiliation}' against '{group[0]}'");
        }
    }

    [Test]
    public void The_swaps_reach_every_genuine_resume()
    {
        var files = GenuineResumes().ToList();
        Assert.That(files, Has.Count.GreaterThanOrEqualTo(30));
        // Each swap must actually change the text, or the suite would prove nothing.
        foreach (var file in files)
        {
            var text = Read(file);
            Assert.That(WithName(text, NameOf(text), Names[2]), Is.Not.EqualTo(text), file);
            Assert.That(WithPronouns(text, "he/him", PronounSets[1].Pronouns), Is.Not.EqualTo(WithPronouns(text, "she/her", PronounSets[0].Pronouns)), file);
        }
    }

    [Test]
    public void The_comparison_notices_a_change_that_is_evidence()
    {
        // The same appended line with a skill in it must move the score, or equal outcomes would mean nothing.
        // A counselor's resume: an HR partner's sits at the cap on evidence no experience backs, where one more line adds nothing.
        var text = Read("moderate-06-peer-support.txt");
        Assert.That(Score(WithAffiliation(text, "Trained in rupture and repair and the working alliance")),
            Is.Not.EqualTo(Score(WithAffiliation(text, Affiliations[0][0]))));
    }

    /// <summary>The candidate's name: the first line up to its credentials or title ("MARIA ALVAREZ, M.A., LPC").</summary>
    static string NameOf(string text)
    {
        var first = text.Split('\n')[0];
        var end = first.IndexOfAny([',', '—', '–', '|', '·', '\t']);
        return (end < 0 ? first : first[..end]).Trim();
    }

    /// <summary>The name swapped on the first line and in the e-mail address, in the resume's own letter case.</summary>
    static string WithName(string text, string name, string other)
    {
        var replacement = name == name.ToUpperInvariant() ? other.ToUpperInvariant() : other;
        var lines = text.Split('\n');
        lines[0] = lines[0].Replace(name, replacement);
        var handle = Regex.Replace(other.ToLowerInvariant(), "[^a-z]+", ".").Trim('.');
        for (int i = 1; i < Math.Min(lines.Length, 4); i++)
            lines[i] = Regex.Replace(lines[i], @"[\w.+-]+@", handle + "@");
        return string.Join('\n', lines);
    }

    static string WithPronounHeader(string text, string header)
    {
        var lines = text.Split('\n').ToList();
        lines.Insert(1, $"Pronouns: {header}");
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The resume with a pronoun header, its own third-person pronouns swapped, and a reference line in the
    /// third person (most resumes are written in the first person and would otherwise have no pronoun to swap).
    /// </summary>
    static string WithPronouns(string text, string header, string[] p)
    {
        var swapped = Regex.Replace(text, @"\b(she|he|her|him|his|hers|herself|himself)\b", m =>
        {
            var word = m.Value.ToLowerInvariant() switch
            {
                "she" or "he" => p[0],
                "him" => p[1],
                "his" or "her" => p[2],
                "hers" => p[3],
                _ => p[4],
            };
            return char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
        }, RegexOptions.IgnoreCase);
        var reference = $"\nReferences: {Cap(p[2])} former colleagues can speak to {p[2]} work; ask {p[1]} for contacts.\n";
        return WithPronounHeader(swapped, header) + reference;
    }

    static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    static string WithAffiliation(string text, string affiliation) =>
        text.TrimEnd() + "\n\nAFFILIATIONS AND COMMUNITY\n" + affiliation + "\n";
}
