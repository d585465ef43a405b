using System.Text;

namespace HiringKit.Benchmarks;

/// <summary>
/// Random edits of a resume for <c>--digest-mutated</c>: the marks, cue words, dates and headings the scorer's readings and their
/// gates turn on, put where no writer put them, so two builds that agree on the labelled resumes are also compared off them.
/// </summary>
public static class MutatedResumes
{
    static readonly string[] Insertions =
    [
        ":", "?", "\t", " | ", "|", ";", " not ", "not ", "Not ", " but ", "dropped ", "stopped ", " is to ", "Goals\n", "Career break\n",
        "maternity leave ", "(", ")", " \u2014 ", " \u2013 ", "\n", "\n\n", "  ", "\u2022 ", "- ", "No", "never ", "without ", "familiar with ",
        "some exposure to ", "2015 \u2013 2019 ", "Jan 2020 - Present ", "(2018-2021) ", "Counsellor ", "Sales Manager ", "Volunteer ",
        "Intern ", "Skills: ", "SKILLS\n", "EXPERIENCE\n", "Education\n", ", which ", " gave it up ", "I think I ", "would like to ",
        "seeking ", "hoping to ", "Yes", "N/A", "...", "\"", "'",
        "01.09.2019 - 31.03.20", "31.03.20", "1/7/21", "03/2019 -", "2019-", "2019 \u2013 ", "Jan 20", "'19", "12.12.", "01/01/",
        "2020-21", "(2019", "2019)", "Sept. 2019 \u2013 d.d.", "heden", "present", "\u2013 now", "1999\u2013", "99-01",
    ];

    /// <summary>One to five edits of <paramref name="resume"/>, drawn from <paramref name="random"/>; lines may come from <paramref name="others"/>.</summary>
    public static string Edit(string resume, IReadOnlyList<string> others, Random random)
    {
        var text = new StringBuilder(resume);
        int edits = random.Next(1, 6);
        for (int e = 0; e < edits; e++)
        {
            int at = random.Next(text.Length + 1);
            switch (random.Next(7))
            {
                case 0 or 1 or 2:
                    text.Insert(at, Insertions[random.Next(Insertions.Length)]);
                    break;
                case 3:
                    text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at));
                    break;
                case 4:
                    var lines = others[random.Next(others.Count)].Split('\n');
                    text.Insert(at, lines[random.Next(lines.Length)] + "\n");
                    break;
                case 5:
                    // Cut short: a resume pasted or extracted only in part ends wherever it ends, a date's digits included.
                    text.Length = random.Next(text.Length + 1);
                    break;
                default:
                    text.Insert(at, text.ToString(at, Math.Min(random.Next(5, 200), text.Length - at)));
                    break;
            }
        }
        return text.ToString();
    }
}
