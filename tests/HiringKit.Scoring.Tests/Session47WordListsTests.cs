using System.Buffers;
using System.Reflection;
using System.Text;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The short-text search of the lines' word lists and the title gates, as it finds its words (all positions' filter read at
/// once, words past their eighth character compared from a second table), against SearchValues, list by list: on texts of
/// the lists' own words cut anywhere, in any case, among characters that fold like letters, across the 64 positions the filter
/// reads at once and the 512 characters past which SearchValues answers.
/// </summary>
public sealed class Session47WordListsTests
{
    /// <summary>The lists <see cref="LineWordLists"/> reads a line for, in its order.</summary>
    static string[][] LinesLists() =>
        [.. ResumeLayout.TitleWordLists, ExperienceReader.DegreeWordList, .. ExperienceReader.PlacementClueLists, ExperienceReader.BreakWordList];

    /// <summary>The title gates' lists, read back from the search itself: each word with the lists it was given for.</summary>
    static string[][] TitleGatesLists()
    {
        var gates = typeof(ResumeLayout).GetField("TitleGateWords", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var words = (string[])typeof(ShortTextSearch).GetField("_bySlot", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(gates)!;
        var heads = (Array)typeof(ShortTextSearch).GetField("_headOf", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(gates)!;
        var listsOf = heads.GetType().GetElementType()!.GetProperty("Lists")!;
        int count = System.Numerics.BitOperations.PopCount(((ShortTextSearch)gates).AllLists);
        var lists = Enumerable.Range(0, count).Select(_ => new HashSet<string>(StringComparer.OrdinalIgnoreCase)).ToArray();
        for (int w = 0; w < words.Length; w++)
        {
            uint bits = (uint)listsOf.GetValue(heads.GetValue(w))!;
            for (int list = 0; list < count; list++)
                if ((bits >> list & 1) != 0) lists[list].Add(words[w]);
        }
        return [.. lists.Select(l => l.Order(StringComparer.Ordinal).ToArray())];
    }

    static IEnumerable<TestCaseData> Lists()
    {
        yield return new TestCaseData((object)LinesLists()).SetArgDisplayNames("lines");
        yield return new TestCaseData((object)TitleGatesLists()).SetArgDisplayNames("title gates");
    }

    [TestCaseSource(nameof(Lists))]
    public void Each_list_is_found_where_search_values_finds_it(string[][] lists)
    {
        Assert.That(lists.Sum(l => l.Length), Is.GreaterThan(300), "the lists read back");
        var together = new ShortTextSearch(lists);
        var alone = lists.Select(words => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase)).ToArray();
        string[] words = [.. lists.SelectMany(w => w)];
        // Characters that fold to an ASCII letter's seven bits or look like one (the long s, the Kelvin sign, the dotless and
        // dotted i, an accented e), line ends of every kind, a tab, a NUL, digits and punctuation.
        string[] noise = [" ", ", ", "-", "\u2013", "é", "ſ", "\u212A", "ı", "\u0130", "\r\n", "\n", "\t", "\0", "2019", "(", "/", "\u00A0", "\u00EF", "\u0153"];
        var random = new Random(47);
        long bits = 0, misses = 0;
        for (int trial = 0; trial < 30_000; trial++)
        {
            var text = new StringBuilder();
            // A run of filler first now and then, so the words stand on either side of the filter's 64 positions.
            if (random.Next(3) == 0) text.Append(new string('a', random.Next(40, 140)));
            for (int p = random.Next(0, 9); p > 0; p--)
            {
                string word = words[random.Next(words.Length)];
                // Cut anywhere, around the head's eight and the tail's sixteen above all.
                int cut = random.Next(4) switch
                {
                    0 => word.Length,
                    1 => Math.Clamp(random.Next(7, 18), 1, word.Length),
                    _ => random.Next(1, word.Length + 1),
                };
                string piece = word[..cut];
                piece = random.Next(4) switch
                {
                    0 => piece.ToUpperInvariant(),
                    1 => new string([.. piece.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c)]),
                    // One character changed for one that folds alike or differs in one bit: a near miss.
                    2 when piece.Length > 0 => Changed(piece, random),
                    _ => piece,
                };
                text.Append(piece);
                if (random.Next(3) != 0) text.Append(noise[random.Next(noise.Length)]);
            }
            if (random.Next(40) == 0) text.Append(new string('y', 520));
            uint expected = SpeedEquivalenceTests.AssertListsAsEachAloneFinds(together, alone, text.ToString());
            bits += System.Numerics.BitOperations.PopCount(expected);
            misses += expected == 0 ? 1 : 0;
        }
        // Both answers are met often enough to mean something.
        Assert.That(bits, Is.GreaterThan(30_000), "texts hold words of several lists at once");
        Assert.That(misses, Is.GreaterThan(1_000), "texts hold none");
    }

    static string Changed(string piece, Random random)
    {
        var chars = piece.ToCharArray();
        int at = random.Next(chars.Length);
        chars[at] = random.Next(4) switch
        {
            0 => (char)(chars[at] ^ 0x20),
            1 => (char)(chars[at] | 0x80),
            2 => (char)(chars[at] + 1),
            _ => (char)(chars[at] ^ 0x40),
        };
        return new string(chars);
    }

    [Test]
    public void A_long_word_is_found_only_whole_at_every_length_it_may_be_cut_to()
    {
        // Words past the head's eight and the tail's sixteen, each as itself, cut one short, and with its last character
        // changed, at every place in a text that crosses the filter's 64 positions.
        string[] words = ["counsellor", "psychotherapist", "counselling psychologist", "abcdefghijklmnop", "abcdefghijklmnopq", "sixteen-chars-ab"];
        var search = new ShortTextSearch(words);
        foreach (var word in words)
            for (int at = 0; at < 80; at++)
            {
                string before = new('x', at);
                Assert.That(search.Occurs(before + word), Is.True, $"{word} at {at}");
                Assert.That(search.Occurs(before + word.ToUpperInvariant() + "."), Is.True, $"{word} in capitals at {at}");
                Assert.That(search.Occurs(before + word[..^1]), Is.EqualTo(words.Any(w => (before + word[..^1]).Contains(w, StringComparison.OrdinalIgnoreCase))), $"{word} cut at {at}");
                string changed = word[..^1] + (char)(word[^1] ^ 0x80);
                Assert.That(search.Occurs(before + changed + " "), Is.EqualTo(words.Any(w => (before + changed).Contains(w, StringComparison.OrdinalIgnoreCase))), $"{word} changed at {at}");
            }
        Assert.That(search.Occurs(""), Is.False);
        Assert.That(search.Occurs("cou"), Is.False);
    }
}
