using System.Reflection;
using System.Text;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 47's shortcuts in reading a dated role's kind, checked against the readings they guard over many random entries: a
/// registered intern's short search of the words every reading needs against the readings themselves, and the placement
/// clues' "student" against the search for a student counsellor's post it spares, a break's name turned down by the search
/// for a break's word against its full reading, and a range's end label turned down by the words after the start against the
/// comparison with every label.
/// </summary>
public sealed class Session47DatedRolesTests
{
    const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

    delegate bool SpanTest(ReadOnlySpan<char> text);
    delegate bool LineTest(ReadOnlySpan<char> text, (int Start, int End) line);
    delegate bool LabelReading(ReadOnlySpan<char> text, int at, out int dateStart);
    delegate int LabelEnd(ReadOnlySpan<char> text, string label);
    delegate int Skip(ReadOnlySpan<char> text, int at);

    static T Field<T>(string name) => (T)typeof(ExperienceReader).GetField(name, Private)!.GetValue(null)!;

    static SpanTest Method(string name) =>
        typeof(ExperienceReader).GetMethod(name, Private, [typeof(ReadOnlySpan<char>)])!.CreateDelegate<SpanTest>();

    /// <summary>
    /// Pieces of an intern's entry: the words each reading looks for, near misses of them, other cases, and characters outside
    /// ASCII that lower or fold near an ASCII letter (the Kelvin sign, the long s, the dotted and dotless i, a ligature).
    /// </summary>
    static readonly string[] InternPieces =
    [
        "Registered", "registered ", "REGISTERED INTERN", "Registered Intern", "registere", "Registration", "intern registration",
        "Intern Registration ", "LPC-Intern", "lpc intern", "LPC Intern", "LPC-I)", "(LPCI)", "lpc", "LMFT-Intern", "lmft intern",
        "MFT Intern", "mft-intern", "MFTI", "AMFT", "COAMFTE", "AAMFT", "mf", "ft", "CADC Intern", "ADC intern", "adc", "ADC Intern",
        "Counselor Intern", "therapist intern", "Social Worker Intern", "IMF 81234", "post-degree", "Post-Master", "postgraduate hours",
        "practicum", "student intern", "graduate student", "trainee", "training clinic", "coursework", "degree expected",
        "Counseling Intern", "Intern", "intern", "Student Counsellor", "student counsel", "STUDENT COUNSELING", "students",
        "\u017Ftudent counsel", "\u212Aelvin", "\u0130ntern", "\u0131ntern", "\uFB06udent", "r\u00E9gistered", "\u00C9tudiant",
        ", ", " - ", " \u2013 ", "(", ")", " ", "\t", "\r\n", "\n", "Hill Country Counseling", "Jan 2019 \u2013 Present", "2019",
        "a", "L", "P", "C", "M", "F", "T", "-",
    ];

    static string PiecesInARow(Random random, string[] pieces, int fewest, int fewerThan)
    {
        var text = new StringBuilder();
        for (int p = random.Next(fewest, fewerThan); p > 0; p--) text.Append(pieces[random.Next(pieces.Length)]);
        return text.ToString();
    }

    [Test]
    public void Every_word_a_registered_intern_s_reading_needs_holds_one_of_its_clues()
    {
        var clues = Field<ShortTextSearch>("RegisteredInternClues");
        var needed = Field<ShortTextSearch>("LicensedInterns").Words
            .Concat(Field<ShortTextSearch>("CaliforniaInterns").Words)
            .Concat(["registered intern", "registered", "amft"]).ToList();
        Assert.That(needed, Has.Count.GreaterThan(10));
        Assert.That(needed.Where(word => !clues.Occurs(word)), Is.Empty);
    }

    [Test]
    public void Every_break_s_name_holds_one_of_the_break_words_its_reading_searches_for_first()
    {
        var breakWords = Field<ShortTextSearch>("BreakWords");
        // Every reading of the name needs one of these: alone, or one side of two joined ("RETIRED / CAREER BREAK"), whose other
        // side ("retired", "travel") needs none, the first carrying it.
        var names = Field<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>>("BreakNameLookup").Set.ToList();
        Assert.That(names, Has.Count.GreaterThan(5));
        Assert.That(names.Where(name => !breakWords.Occurs(name)), Is.Empty);
    }

    [Test]
    public void The_placement_clues_student_bit_is_set_wherever_a_student_counsellor_s_post_is_named()
    {
        var clues = Field<ShortTextSearch>("PlacementClues");
        uint studentClue = (uint)typeof(ExperienceReader).GetField("StudentClue", Private)!.GetRawConstantValue()!;
        Assert.That(clues.ListsIn("student counsel") & studentClue, Is.EqualTo(studentClue));
        Assert.That(clues.ListsIn("Peer Student Counsellor, Hall B") & studentClue, Is.EqualTo(studentClue));
    }

    [Test]
    public void A_registered_intern_s_clues_turn_down_only_entries_every_reading_turns_down()
    {
        var isRegisteredIntern = Method("IsRegisteredIntern");
        var isCaliforniasAssociate = Method("IsCaliforniasAssociate");
        var licensureInternTitles = Field<ShortTextSearch>("LicensureInternTitles");
        var licensedInterns = Field<ShortTextSearch>("LicensedInterns");
        // The reading before the clues guarded it (session 46).
        bool Before(string context) =>
            context.Contains("registered intern", StringComparison.OrdinalIgnoreCase)
            || (context.Contains("registered", StringComparison.OrdinalIgnoreCase) && licensureInternTitles.Occurs(context))
            || licensedInterns.Occurs(context)
            || isCaliforniasAssociate(context);

        var random = new Random(4701);
        int registered = 0, notRegistered = 0;
        for (int n = 0; n < 40_000; n++)
        {
            string context = PiecesInARow(random, InternPieces, 0, 9);
            bool expected = Before(context);
            Assert.That(isRegisteredIntern(context), Is.EqualTo(expected), System.Text.Json.JsonSerializer.Serialize(context));
            if (expected) registered++;
            else notRegistered++;
        }
        // Both answers drawn often, or the test proves nothing.
        Assert.That(registered, Is.GreaterThan(2000));
        Assert.That(notRegistered, Is.GreaterThan(2000));
    }

    [Test]
    public void A_student_counsellor_s_post_is_named_only_where_the_placement_clues_hold_student()
    {
        var clues = Field<ShortTextSearch>("PlacementClues");
        uint studentClue = (uint)typeof(ExperienceReader).GetField("StudentClue", Private)!.GetRawConstantValue()!;
        var random = new Random(4702);
        int named = 0;
        for (int n = 0; n < 40_000; n++)
        {
            string context = PiecesInARow(random, InternPieces, 0, 9);
            if (!context.Contains("student counsel", StringComparison.OrdinalIgnoreCase)) continue;
            named++;
            Assert.That(clues.ListsIn(context) & studentClue, Is.Not.Zero, System.Text.Json.JsonSerializer.Serialize(context));
        }
        Assert.That(named, Is.GreaterThan(1000));
    }

    static readonly string[] BreakNamePieces =
    [
        "Career Break", "career break", "CAREER BREAK", "Career gap", "Sabbatical", "Parental Leave", "maternity leave",
        "Family Caregiver", "Full-time caregiver", "leave of absence", "Elternzeit", "not working", "dovolenka", "RETIRED",
        "Retirement", "Travel", "travelling", "Career", "Break", "break", "leave", "Leave", "Caregiver", "Parental", "sabbatica",
        " / ", "/", " ", "  ", "\t", "\r", ":", ": ", " - ", " \u2013 ", " \u2014 ", "-", "*", "\u2022 ", "cover", "Cover, School Counsellor",
        "private practice", "practice", "full-time carer", "Counsellor", "Youth Counsellor", "therapist", "wrote the exam",
        "\u0130", "\u017F", "\u212A", "\u00E9", "Caf\u00E9", "Cre\u0300che", "x", "ab",
    ];

    [Test]
    public void A_break_s_name_is_turned_down_by_its_words_search_only_where_its_full_reading_turns_it_down()
    {
        var isABreaksName = typeof(ExperienceReader).GetMethod("IsABreaksName", Private)!.CreateDelegate<LineTest>();
        // The reading the search guards (session 46's, before the search was put in front of it).
        var readsAsABreaksName = Method("ReadsAsABreaksName");
        bool Before(ReadOnlySpan<char> text, (int Start, int End) line) => readsAsABreaksName(text[line.Start..line.End].Trim(" \t\r-*\u2022:"));

        var random = new Random(4703);
        int names = 0, others = 0;
        for (int n = 0; n < 40_000; n++)
        {
            string above = PiecesInARow(random, BreakNamePieces, 0, 3), own = PiecesInARow(random, BreakNamePieces, 0, 6);
            string text = above + "\n" + own + (random.Next(2) == 0 ? "\n" + PiecesInARow(random, BreakNamePieces, 0, 3) : "");
            var line = (above.Length + 1, above.Length + 1 + own.Length);
            bool expected = Before(text, line);
            Assert.That(isABreaksName(text, line), Is.EqualTo(expected), System.Text.Json.JsonSerializer.Serialize(text));
            if (expected) names++;
            else others++;
        }
        Assert.That(names, Is.GreaterThan(1000));
        Assert.That(others, Is.GreaterThan(1000));
    }

    static readonly string[] EndLabelPieces =
    [
        "to", "To", "TO", "end date", "End Date", "end", "until", "Until", "date to", "finish", "finish date", "finished", "ended",
        "last day", "date left", "Date Left", "leaving date", "date of leaving", "employed until", "left", "employment ended",
        "date ended", "fecha hasta", "Fecha de fin", "fecha fin", "fecha de t\u00E9rmino", "FECHA DE T\u00C9RMINO", "hasta", "data de fim",
        "data de t\u00E9rmino", "data fim", "at\u00E9", "AT\u00C9", "at", "e", "d", "date", "fecha", "t\u00E9rmino", "termino",
        ":", ": ", " ", "  ", "   ", "\t", "\r\n", "\n", "-", " \u2013 ", "Present", "present", "2021", "05/2023", "Current", ".",
        "\u212A", "\u017F", "\u0130", "\u00E9", "x",
    ];

    static readonly string[] ClosingsOfALabel = [":", ": ", "\t", "  ", " ", "", "x", " -", "\n", "\u00A0"];

    [Test]
    public void A_range_s_end_label_is_turned_down_by_the_words_after_the_start_only_where_no_label_ends_there()
    {
        var tryReadAnEndLabel = typeof(ExperienceReader).GetMethod("TryReadAnEndLabel", Private)!.CreateDelegate<LabelReading>();
        var formLabelEnd = typeof(ExperienceReader).GetMethod("FormLabelEnd", Private)!.CreateDelegate<LabelEnd>();
        var skipSpaces = typeof(ExperienceReader).GetMethod("SkipSpaces", Private)!.CreateDelegate<Skip>();
        var endLabels = Field<string[]>("EndLabels");
        // The reading before the words were read first (session 46).
        bool Before(ReadOnlySpan<char> text, int at, out int dateStart)
        {
            dateStart = at;
            if (at >= text.Length || text[at] is not ('T' or 't' or 'E' or 'e' or 'U' or 'u' or 'D' or 'd' or 'F' or 'f' or 'L' or 'l' or 'H' or 'h'
                or 'A' or 'a')) return false;
            foreach (var label in endLabels)
                if (formLabelEnd(text[at..], label) is int end and >= 0)
                {
                    dateStart = skipSpaces(text, at + end);
                    return true;
                }
            return false;
        }

        var random = new Random(4704);
        int labelled = 0, unlabelled = 0;
        for (int n = 0; n < 60_000; n++)
        {
            // Half the draws open with a label and what may close it, so that labels are read often.
            string opening = random.Next(2) == 0
                ? endLabels[random.Next(endLabels.Length)] + ClosingsOfALabel[random.Next(ClosingsOfALabel.Length)] : "";
            string text = opening + PiecesInARow(random, EndLabelPieces, 0, 7);
            int at = text.Length == 0 || random.Next(3) > 0 ? 0 : random.Next(Math.Min(text.Length, 6));
            bool expected = Before(text, at, out int expectedStart);
            Assert.That(tryReadAnEndLabel(text, at, out int dateStart), Is.EqualTo(expected), System.Text.Json.JsonSerializer.Serialize(text) + " at " + at);
            if (!expected) { unlabelled++; continue; }
            labelled++;
            Assert.That(dateStart, Is.EqualTo(expectedStart));
        }
        Assert.That(labelled, Is.GreaterThan(2000));
        Assert.That(unlabelled, Is.GreaterThan(2000));
    }
}
