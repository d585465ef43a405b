using System.Reflection;
using System.Text;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 47's shortcuts in reading headings, each checked against the full reading over many lines: a plain line (a post's
/// title, a sentence) read without the marks it cannot hold, and a bullet's dash that is no rule turned down before its left
/// column is read.
/// </summary>
public sealed class Session47HeadingsTests
{
    const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

    delegate ExperienceReader.HeadingKind? Reading(ReadOnlySpan<char> line, Span<char> buffer, bool plain);
    delegate bool SpanTest(ReadOnlySpan<char> text);
    delegate bool CharTest(char c);
    delegate ReadOnlySpan<char> SpanPart(ReadOnlySpan<char> text);

    static TDelegate Method<TDelegate>(string name, params Type[] parameters) where TDelegate : Delegate =>
        typeof(ExperienceReader).GetMethod(name, Private, parameters)!.CreateDelegate<TDelegate>();

    static readonly Reading UnspacedHeadingOf =
        Method<Reading>("UnspacedHeadingOf", typeof(ReadOnlySpan<char>), typeof(Span<char>), typeof(bool));

    static readonly SpanTest IsAPlainLine = Method<SpanTest>("IsAPlainLine", typeof(ReadOnlySpan<char>));

    /// <summary>Heading words, the marks and counts read around them, sentences' and titles' words, in several cases.</summary>
    static readonly string[] Pieces =
    [
        "Experience", "EXPERIENCE", "experience", "Work Experience", "WORK EXPERIENCE", "Education", "EDUCATION", "Skills", "Key Skills",
        "Keywords", "KEYWORDS", "Projects", "PROJECTS", "Key Projects", "Other Experience", "OTHER EXPERIENCE", "Nursing", "NURSING",
        "Earlier Career", "Current Work", "CURRENT WORK", "Selection Criteria", "Key Selection Criteria Response", "KSC ", "ksc",
        "School Counseling Experience", "PSYCHOLOGY EXPERIENCE", "Psychology", "Training", "Certifications", "Goals", "Practicum",
        "Education and Qualifications", "Employment History", "Volunteer Experience", "Qualifications", "Summary", "Profile",
        "Counselor", "Case Manager", "Hill Country Counseling", "Provided", "therapeutic alliance", "with adults", "Banking", "RETAIL",
        "Section 3 - ", "SECTION 4: ", "Part B - ", "part ", "section", "IV. ", "V) ", "I. ", "X",
        " ", " ", "   ", "\t", ", ", ": ", ":", ".", " - ", " \u2013 ", " \u2014 ", "-", "\u2013", " & ", "&", " and ", " AND ", "and",
        " 1 of 2", " 2 of 4", " 1", " 12", "1", "2019", " 2019 - Present", "/", " / ", "|", "(", ")", " (", "[", "]", "\u3010",
        "\u00E9", "\u00C9", "\u017F", "\u212A", "\uFF21", "\u0414\u043E\u0441\u0432\u0456\u0434", "\u5B66\u6B74", "x", "Q",
    ];

    static string RandomLine(Random random)
    {
        var line = new StringBuilder();
        for (int p = random.Next(1, 8); p > 0; p--) line.Append(Pieces[random.Next(Pieces.Length)]);
        return line.ToString();
    }

    /// <summary>Every line of the labelled corpus, whole and as its left column, as FindHeadings and the other callers ask.</summary>
    static IEnumerable<string> CorpusLines()
    {
        var leftColumn = Method<SpanPart>("LeftColumn", typeof(ReadOnlySpan<char>));
        string folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus");
        foreach (var file in Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories))
            foreach (var line in File.ReadAllText(file).Split('\n'))
            {
                yield return line;
                yield return leftColumn(line).ToString();
            }
    }

    [Test]
    public void A_plain_line_read_in_part_is_read_as_in_full()
    {
        var random = new Random(47);
        var buffer = new char[72];
        int plain = 0, plainHeadings = 0;
        foreach (var text in Enumerable.Range(0, 400_000).Select(_ => RandomLine(random)).Concat(CorpusLines()))
        {
            // As HeadingOf asks it: trimmed.
            var line = text.AsSpan().Trim();
            if (!IsAPlainLine(line)) continue;
            plain++;
            var full = UnspacedHeadingOf(line, buffer, plain: false);
            Assert.That(UnspacedHeadingOf(line, buffer, plain: true), Is.EqualTo(full), System.Text.Json.JsonSerializer.Serialize(text));
            if (full is not null) plainHeadings++;
        }
        Assert.That(plain, Is.GreaterThan(100_000));
        Assert.That(plainHeadings, Is.GreaterThan(2_000));
    }

    [Test]
    public void A_line_with_a_mark_read_below_or_in_capitals_is_never_plain()
    {
        foreach (var line in (string[])["Experience (2019)", "Education / Training", "Skills | Keywords", "EARLIER CAREER \u2013 BANKING",
                     "IV. TEACHING", "Section 3 - Employment", "PART B - Experience", "\u00C9ducation", "EDUCATION", ""])
            Assert.That(IsAPlainLine(line), Is.False, line);
        foreach (var line in (string[])["Case Manager, Hill Country Counseling - Jan 2018 - Present", "EDUCATION 1 of 2", "Skills & Keywords",
                     "Professional development and goals", "Key Selection Criteria Response"])
            Assert.That(IsAPlainLine(line), Is.True, line);
    }

    [Test]
    public void A_line_turned_down_by_its_first_two_characters_is_turned_down_as_its_left_column_was_read()
    {
        var startsWithLetter = Method<SpanTest>("StartsWithLetter", typeof(ReadOnlySpan<char>));
        var isRuledHeading = Method<SpanTest>("IsRuledHeading", typeof(ReadOnlySpan<char>));
        var isARuleChar = Method<CharTest>("IsARuleChar", typeof(char));
        var isACapitalsMark = Method<CharTest>("IsACapitalsMark", typeof(char));
        var isAOneCellRow = Method<SpanTest>("IsAOneCellRow", typeof(ReadOnlySpan<char>));
        var leftColumn = Method<SpanPart>("LeftColumn", typeof(ReadOnlySpan<char>));
        var sectionMarks = (string)typeof(ExperienceReader).GetField("SectionMarks", Private)!.GetValue(null)!;
        // The test before session 47: the left column of any line starting with a rule's character read.
        bool before(string text)
        {
            var trimmed = text.AsSpan().TrimStart();
            return trimmed.Length > 0 && (char.IsLetter(trimmed[0]) || trimmed[0] is '[' or '\u3010' or '#' or '>' || isRuledHeading(trimmed.TrimEnd())
                || isARuleChar(trimmed[0]) && isRuledHeading(leftColumn(trimmed).TrimEnd())
                || sectionMarks.Contains(trimmed[0]) || isACapitalsMark(trimmed[0]) || isAOneCellRow(trimmed.TrimEnd()));
        }
        string[] pieces =
        [
            "-", "--", "---", "=", "===", "\u2014", "\u2014\u2014", "\u2500\u2500", "\u2550", "~~", " ", "   ", "\t", "EDUCATION", "Led",
            "in 6 months.", "\u2022", "|", "x", "\u00A0",
        ];
        var random = new Random(4747);
        int ruled = 0;
        for (int trial = 0; trial < 300_000; trial++)
        {
            var text = new StringBuilder();
            // Half the lines open as a ruled heading may, a rule, a space and a word, as those the left column is read for do.
            if (random.Next(2) == 0) text.Append(pieces[random.Next(10)]).Append(' ').Append(pieces[random.Next(13, 15)]).Append(' ');
            for (int p = random.Next(1, 9); p > 0; p--) text.Append(pieces[random.Next(pieces.Length)]);
            string line = text.ToString();
            bool expected = before(line);
            Assert.That(startsWithLetter(line), Is.EqualTo(expected), System.Text.Json.JsonSerializer.Serialize(line));
            var trimmed = line.AsSpan().TrimStart();
            if (trimmed.Length > 0 && isARuleChar(trimmed[0]) && isRuledHeading(leftColumn(trimmed).TrimEnd()) && !isRuledHeading(trimmed.TrimEnd()))
                ruled++;
        }
        Assert.That(ruled, Is.GreaterThan(300));
    }
}
