using System.Reflection;
using System.Text;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 47's shortcuts in reading a dated role's kind, checked against the readings they guard over many random entries: a
/// registered intern's short search of the words every reading needs against the readings themselves, and the placement
/// clues' "student" against the search for a student counsellor's post it spares.
/// </summary>
public sealed class Session47DatedRolesTests
{
    const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

    delegate bool SpanTest(ReadOnlySpan<char> text);

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
}
