using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 47's shortcuts in the per-role trade readings, checked against what they stand in for: the search of a block for
/// the helping words most blocks name first, before the search for every helping word, against the regex both answer for; the
/// denials found in the roles' stretch of the page against those found in the whole page.
/// </summary>
public sealed class Session47TradeReadingsTests
{
    const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

    delegate bool SpanTest(ReadOnlySpan<char> text);

    static T Field<T>(string name) => (T)typeof(ResumeLayout).GetField(name, Private)!.GetValue(null)!;

    [Test]
    public void Each_common_helping_word_starts_with_a_start_the_full_search_finds()
    {
        // A start found by the common words' search is then one the full search finds at the same place: the shortcut reads no
        // place the full search would not.
        var starts = Field<SearchValues<string>>("HelpingWordStarts");
        foreach (var word in Field<string[]>("CommonHelpingWordStartList"))
        {
            Assert.That(word.AsSpan().IndexOfAny(starts), Is.EqualTo(0), word);
            Assert.That(word.ToUpperInvariant().AsSpan().IndexOfAny(starts), Is.EqualTo(0), word);
        }
    }

    [Test]
    public void Helping_words_read_common_ones_first_equal_the_regex()
    {
        var hasHelpingWords = typeof(ResumeLayout).GetMethod("HasHelpingWords", Private, [typeof(ReadOnlySpan<char>)])!.CreateDelegate<SpanTest>();
        var helpingWords = Field<Regex>("HelpingWords");
        // The common words in and out of words, in both cases and run together, beside the rarer words and what the regex reads
        // past them; characters before them that end a word or do not (a letter, a digit, an underscore, letters outside ASCII).
        string[] pieces =
        [
            "client", "Clients", "CLIENT", "clinical", "Clinically", "preclinical", "intake", "Intakes", "session", "Sessions",
            "possession", "caseload", "CaseLoad", "patient", "outpatient", "Patients", "intern", "internship", "internal",
            "crisis line", "crisis", " line", "help", "helpline", "resident", "President", "consumer", "x", "é", "ı", "ſ", "1", "_",
            " ", "\n", "\r\n", "\t", "-", "\u2022", "\u00A0", "(", "/", "K",
        ];
        var random = new Random(47);
        int found = 0, notFound = 0;
        for (int trial = 0; trial < 80_000; trial++)
        {
            var text = new StringBuilder();
            for (int p = random.Next(1, 8); p > 0; p--) text.Append(pieces[random.Next(pieces.Length)]);
            string block = text.ToString();
            bool expected = helpingWords.IsMatch(block);
            if (expected) found++;
            else notFound++;
            Assert.That(hasHelpingWords(block), Is.EqualTo(expected), JsonSerializer.Serialize(block));
        }
        Assert.That(found, Is.GreaterThan(10_000));
        Assert.That(notFound, Is.GreaterThan(10_000));
    }

    delegate Places StretchStarts(ReadOnlySpan<char> text, int from, int to);

    [Test]
    public void Denials_found_in_a_stretch_of_the_page_are_the_page_s_found_there()
    {
        // The roles' blocks are read for denials, not the whole page: every start in the stretch is found, and none outside it,
        // whether a statement runs past the stretch's end or a head of one stands across either end. Read from 0 to the text's
        // end, the loop is the one that read the whole page before.
        var method = typeof(ResumeLayout).GetMethod("DenialStarts", Private, [typeof(ReadOnlySpan<char>), typeof(int), typeof(int)])!;
        var denialStarts = method.CreateDelegate<StretchStarts>();
        string[] pieces =
        [
            "not a counselling role", "not a counseling role", "Non-clinical role", "no caseload", "No clinical work", "research-only",
            "purely research based", "did not involve counselling", "not therapy", "not a th", "no casel", "research", "not ", "non-",
            "NOT A CLINICAL POST", "no counselling in this post", " ", "\n", "\r\n", ".", "(", ")", "x", "é", "ı", "Clients",
        ];
        var random = new Random(4747);
        int found = 0;
        for (int trial = 0; trial < 20_000; trial++)
        {
            var builder = new StringBuilder();
            for (int p = random.Next(1, 10); p > 0; p--) builder.Append(pieces[random.Next(pieces.Length)]);
            string text = builder.ToString();
            int from = random.Next(text.Length + 1), to = random.Next(from, text.Length + 1);
            var page = denialStarts(text, 0, text.Length);
            var stretch = denialStarts(text, from, to);
            for (int ask = 0; ask < 40; ask++)
            {
                // The stretch whole, and stretches in it at random (as each role asks of its own lines).
                int start = ask == 0 ? from : random.Next(from, to + 1), end = ask == 0 ? to : random.Next(start, to + 1);
                bool expected = page.AnyIn(start, end);
                if (expected) found++;
                Assert.That(stretch.AnyIn(start, end), Is.EqualTo(expected), $"{from}..{to} ({start}, {end}) of {JsonSerializer.Serialize(text)}");
            }
        }
        Assert.That(found, Is.GreaterThan(10_000));
    }
}
