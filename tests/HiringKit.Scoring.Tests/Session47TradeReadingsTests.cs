using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 47's shortcuts in the per-role trade readings, checked against what they stand in for: the search of a block for
/// the helping words most blocks name first, before the search for every helping word, against the regex both answer for.
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
}
