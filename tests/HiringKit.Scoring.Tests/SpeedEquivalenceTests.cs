using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Speed changes said to give identical answers, checked against the expressions they replaced over many random inputs:
/// a phrase's strength from the ranks it was found at (a bit mask) against the loop over all twenty ranks; a role's
/// cached search for the trade's words against the search of its block; headings turned down by their first character
/// against the full reading of the line; the short-text search of fixed word lists against SearchValues; the look-up of
/// licenses by their initials against the look-up of every short word; a line's items counted in one walk against the
/// count piece by piece.
/// </summary>
public sealed class SpeedEquivalenceTests
{
    const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

    delegate double StrengthOf(ReadOnlySpan<int> countByRank, uint places);
    delegate bool SpanTest(ReadOnlySpan<char> text);
    delegate ReadOnlySpan<char> SpanPart(ReadOnlySpan<char> text);

    static T Field<T>(Type type, string name) => (T)type.GetField(name, Private)!.GetValue(null)!;

    static TDelegate Method<TDelegate>(Type type, string name, params Type[] parameters) where TDelegate : Delegate =>
        type.GetMethod(name, Private, parameters)!.CreateDelegate<TDelegate>();

    [Test]
    public void A_phrase_s_strength_from_its_ranks_mask_equals_the_loop_over_every_rank()
    {
        var scorer = typeof(ResumeScorer);
        var strength = Method<StrengthOf>(scorer, "Strength", typeof(ReadOnlySpan<int>), typeof(uint));
        var weightByRank = Field<double[]>(scorer, "WeightByRank");
        var ranksByWeight = Field<int[]>(scorer, "RanksByWeight");
        var placeByWeight = Field<int[]>(scorer, "PlaceByWeight");
        uint backedPlaces = Field<uint>(scorer, "BackedPlaces");
        double decay = (double)scorer.GetField("RepeatDecay", Private)!.GetRawConstantValue()!;
        double cap = (double)scorer.GetField("MaxPhraseStrength", Private)!.GetRawConstantValue()!;
        int ranks = weightByRank.Length;
        Assert.That(ranks, Is.LessThanOrEqualTo(32), "a rank is a bit of a uint");

        // The loop the mask replaced (scorer 2.1.0), with ranks that do not show the work set to zero when asked.
        double OldStrength(int[] counts, bool backedOnly)
        {
            double sum = 0, factor = 1;
            foreach (int rank in ranksByWeight)
            {
                double w = weightByRank[rank];
                int count = backedOnly && rank % 5 != 0 ? 0 : counts[rank];
                for (int n = 0; n < count; n++)
                {
                    sum += w * factor;
                    factor *= decay;
                    if (factor < 1e-6) return Math.Min(sum, cap);
                }
            }
            return Math.Min(sum, cap);
        }

        var random = new Random(20261101);
        for (int trial = 0; trial < 200_000; trial++)
        {
            var counts = new int[ranks];
            uint places = 0;
            // Mostly one or two ranks, as phrases are found; now and then many, and long runs that reach the decay's floor.
            int found = random.Next(10) == 0 ? random.Next(1, ranks + 1) : random.Next(1, 3);
            for (int f = 0; f < found; f++)
            {
                int rank = random.Next(ranks);
                counts[rank] += random.Next(8) == 0 ? random.Next(1, 40) : random.Next(1, 4);
                places |= 1u << placeByWeight[rank];
            }
            bool backedOnly = random.Next(2) == 0;
            double expected = OldStrength(counts, backedOnly);
            double actual = strength(counts, backedOnly ? places & backedPlaces : places);
            if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
                Assert.Fail($"counts [{string.Join(",", counts)}] backedOnly {backedOnly}: {actual:R} against {expected:R}");
        }
    }

    static readonly string[] Titles =
    [
        "Mental Health Counselor — Hope Center", "Registered Nurse — St. Mary's Hospital", "Platoon Sergeant, U.S. Army",
        "Barista, Blue Cafe", "Account Executive — Acme Behavioral Health", "Clinical Intern, Lakeside Family Services",
        "Camp Counselor — YMCA", "LPC — Brooke Army Medical Center", "Volunteer — Crisis Text Line", "Staff RN",
        "Trabajadora Social — Hospital del Niño", "Psicóloga Clínica", "Hope Center, Dallas, TX", "",
    ];

    static readonly string[] Lines =
    [
        "- Built rapport with clients in every session.", "- Bedside care for cardiac patients.", "- Sold outdoor gear.",
        "- Ran weekly huddles for four staff.", "- Team lead (2021 – 2023): supervised interns.", "- Referred people to mental health services.",
        "- Individual therapy for adults.", "- Case management for residents.", "- Crisis line shifts overnight.", "- thérapie de groupe",
        "Served military families", "Substance Abuse Counselor", "", "", "SKILLS", "Skills: empathy, rapport", "EXPERIENCE",
    ];

    static readonly string[] Dates =
    [
        "2019 – Present", "Jan 2015 – Dec 2018", "2008 – 2014", "03/2012 – 2014", "Fall 2020 to now",
        // Two ranges on a line, the second starting its block above the first's; dates one under another.
        "2015 – 2017 Jan 2018 – Present", "2015 – 2017\n2018 – 2020",
    ];

    static string RandomResume(Random random)
    {
        var text = new StringBuilder("EXPERIENCE\n");
        int roles = random.Next(1, 7);
        for (int r = 0; r < roles; r++)
        {
            string title = Titles[random.Next(Titles.Length)], dates = Dates[random.Next(Dates.Length)];
            switch (random.Next(3))
            {
                case 0: text.Append(title).Append('\n').Append(dates).Append('\n'); break;
                case 1: text.Append(title).Append(" | ").Append(dates).Append('\n'); break;
                default: text.Append(dates).Append('\n').Append(title).Append('\n'); break;
            }
            for (int l = random.Next(0, 5); l > 0; l--) text.Append(Lines[random.Next(Lines.Length)]).Append('\n');
        }
        return text.ToString();
    }

    [Test]
    public void Helping_work_with_the_role_s_cached_search_equals_the_search_of_its_block()
    {
        var layoutType = typeof(ResumeLayout);
        var showsCounseling = Method<SpanTest>(layoutType, "ShowsCounseling", typeof(ReadOnlySpan<char>));
        var tradeInTitles = Field<SearchValues<string>>(layoutType, "TradeInBlocks");
        var helpingWords = Field<Regex>(layoutType, "HelpingWords");
        var random = new Random(7);
        int compared = 0;
        for (int trial = 0; trial < 3000; trial++)
        {
            string text = RandomResume(random);
            var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
            var roles = layout.Roles;
            // Asked in a random order, the cache filled by the level's question or by this one first.
            for (int r = 0; r < roles.Count; r++)
                if (random.Next(2) == 0) layout.ShowsCounseling(r);
            for (int first = 0; first < roles.Count; first++)
                for (int last = first; last < roles.Count; last++)
                {
                    var block = text.AsSpan(roles[first].BlockStart, roles[last].BlockEnd - roles[first].BlockStart);
                    bool expected = (!layout.IsAnotherTrade[first] && (showsCounseling(block) || block.IndexOfAny(tradeInTitles) >= 0))
                        || helpingWords.IsMatch(block);
                    Assert.That(layout.ShowsHelpingWork(first, last), Is.EqualTo(expected), $"roles {first}..{last} of:\n{text}");
                    compared++;
                }
        }
        Assert.That(compared, Is.GreaterThan(5000));
    }

    [Test]
    public void Helping_words_read_by_their_first_letter_and_a_whole_intern_equal_the_regex()
    {
        var layoutType = typeof(ResumeLayout);
        var hasHelpingWords = Method<SpanTest>(layoutType, "HasHelpingWords", typeof(ReadOnlySpan<char>));
        var helpingWords = Field<Regex>(layoutType, "HelpingWords");
        string[] pieces =
        [
            "intern", "Interns", "INTERN", "internship", "internships", "internal", "intern_", "intern2", "interns-", "ıntern", "ſession",
            "session", "sesión", "client", "Clients", "patient", "paciente", "help", "helpline", "help phone", "helped", "crisis", " line",
            "residen", "President", "caseload", "intake", "consumer", "suicide", "nightline", "befrienders", "telephone", " listening",
            "warm", "line", " ", ",", ".", "_", "é", "x", "1", "\u00A0", "\u2022", "\u2013", "\u200D", "\n", "(", "K",
        ];
        var random = new Random(23);
        int found = 0;
        for (int trial = 0; trial < 60_000; trial++)
        {
            string block = PiecesInARow(random, pieces, 1, 6);
            bool expected = helpingWords.IsMatch(block);
            if (expected) found++;
            Assert.That(hasHelpingWords(block), Is.EqualTo(expected), JsonEscaped(block));
        }
        Assert.That(found, Is.GreaterThan(3_000));
    }

    [Test]
    public void A_line_turned_down_by_its_first_character_is_no_heading_read_in_full()
    {
        var reader = typeof(ResumeLayout).Assembly.GetType("HiringKit.Scoring.ExperienceReader")!;
        var startsWithLetter = Method<SpanTest>(reader, "StartsWithLetter", typeof(ReadOnlySpan<char>));
        var leftColumn = Method<SpanPart>(reader, "LeftColumn", typeof(ReadOnlySpan<char>));
        string[] pieces =
        [
            "EXPERIENCE", "Skills", "Certifications & Training", "Training and Certifications", "Education", " ", "   ", "\t",
            "\u00A0", "\u2003", "\r", "-", "•", "1", "2019", "(", "É", "é", "Ａ", "/", "|", "&", " and ", ":", "Work History", "x",
        ];
        var random = new Random(11);
        int headings = 0;
        for (int trial = 0; trial < 200_000; trial++)
        {
            string text = PiecesInARow(random, pieces, 1, 6);
            if (ExperienceReader.HeadingOf(leftColumn(text)) is null) continue;
            headings++;
            Assert.That(startsWithLetter(text), Is.True, JsonEscaped(text));
        }
        Assert.That(headings, Is.GreaterThan(1000));
    }

    /// <summary>Between <paramref name="fewest"/> and <paramref name="fewerThan"/> less one pieces drawn at random, run together.</summary>
    static string PiecesInARow(Random random, string[] pieces, int fewest, int fewerThan)
    {
        var text = new StringBuilder();
        for (int p = random.Next(fewest, fewerThan); p > 0; p--) text.Append(pieces[random.Next(pieces.Length)]);
        return text.ToString();
    }

    static string JsonEscaped(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    delegate ReadOnlySpan<char> Fold(ReadOnlySpan<char> line, Span<char> buffer, bool forLookUp, out int stopped);
    delegate ExperienceReader.HeadingKind? Reading(ReadOnlySpan<char> line, Span<char> buffer);
    delegate bool StopTest(ReadOnlySpan<char> line, int stopped);

    [Test]
    public void Every_name_looked_up_folds_to_itself_for_a_look_up()
    {
        // The look-up's folding gives up at a start no looked-up name has: it must never give up on one of them.
        var reader = typeof(ExperienceReader);
        var fold = Method<Fold>(reader, "HeadingText", typeof(ReadOnlySpan<char>), typeof(Span<char>), typeof(bool), typeof(int).MakeByRefType());
        var names = Field<string[]>(reader, "LookedUpNames");
        var buffer = new char[128];
        int asked = 0;
        foreach (var name in names)
        {
            if (name.Any(c => c is not (>= 'a' and <= 'z' or ' '))) continue;
            asked++;
            Assert.That(fold(name, buffer, true, out int stopped).ToString(), Is.EqualTo(name));
            Assert.That(stopped, Is.EqualTo(name.Length));
        }
        Assert.That(asked, Is.GreaterThan(300));
    }

    [Test]
    public void A_line_read_as_joined_headings_is_never_turned_down_by_where_its_look_up_gave_up()
    {
        var reader = typeof(ExperienceReader);
        var fold = Method<Fold>(reader, "HeadingText", typeof(ReadOnlySpan<char>), typeof(Span<char>), typeof(bool), typeof(int).MakeByRefType());
        var joined = Method<Reading>(reader, "JoinedHeadingOf", typeof(ReadOnlySpan<char>), typeof(Span<char>));
        var mayJoin = Method<StopTest>(reader, "MayJoinHeadings", typeof(ReadOnlySpan<char>), typeof(int));
        string[] pieces =
        [
            "Skills", "KEYWORDS", "Key Skills", "Education", "Training", "Practicum", "Certifications", "Awards", "Goals", "Keywords",
            "Core Competencies", "ATS Keywords", "CURRENT WORK", "current", "work", "Experience", "Presentations", "posts", "Counselor",
            " & ", "&", " and ", " AND ", "and", " (", "(", ")", " [", "]", " ", ":", " - ", "\u2013", "2019", "x", "\u00E9", "/",
        ];
        var random = new Random(46);
        var buffer = new char[128];
        var lookUpBuffer = new char[128];
        int read = 0;
        for (int trial = 0; trial < 300_000; trial++)
        {
            var line = new StringBuilder();
            // Half the lines open with a heading's word, as the lines this reads mostly do.
            if (random.Next(2) == 0) line.Append(pieces[random.Next(13)]);
            for (int p = random.Next(1, 7); p > 0; p--) line.Append(pieces[random.Next(pieces.Length)]);
            string text = line.ToString().Trim();
            // As UnspacedHeadingOf asks it: a line of at most 64 characters, starting with a letter.
            if (text.Length is 0 or > 64 || !char.IsLetter(text[0])) continue;
            if (joined(text, buffer) is null) continue;
            read++;
            fold(text, lookUpBuffer, true, out int stopped);
            Assert.That(mayJoin(text, stopped), Is.True, JsonEscaped(text));
        }
        Assert.That(read, Is.GreaterThan(1000));
    }

    delegate bool PositionTest(int position);

    [Test]
    public void Whether_a_role_holds_a_position_equals_the_walk_from_the_first_role()
    {
        var random = new Random(5);
        int positions = 0;
        for (int trial = 0; trial < 3000; trial++)
        {
            string text = RandomResume(random);
            var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
            PositionTest inRole = layout.InRole;
            var roles = layout.Roles;
            // The walk the search replaced: roles in order, up to the first that starts after the position.
            bool Walk(int position, bool anotherTradeOnly)
            {
                for (int r = 0; r < roles.Count; r++)
                {
                    if (roles[r].BlockStart > position) break;
                    if (position < roles[r].BlockEnd && (!anotherTradeOnly || layout.IsAnotherTrade[r])) return true;
                }
                return false;
            }
            for (int position = 0; position <= text.Length; position++)
            {
                if (inRole(position) != Walk(position, false)) Assert.Fail($"in a role at {position} of:\n{text}");
                if (layout.InAnotherTrade(position) != Walk(position, true)) Assert.Fail($"in another trade at {position} of:\n{text}");
                positions++;
            }
        }
        Assert.That(positions, Is.GreaterThan(100_000));
    }

    [Test]
    public void No_character_outside_ascii_equals_an_ascii_one_without_regard_to_case()
    {
        // What ShortTextSearch folds on: any such character goes to a byte no word holds.
        var equal = new List<string>();
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            string one = ((char)c).ToString();
            for (int a = 0; a < 0x80; a++)
                if (string.Equals(one, ((char)a).ToString(), StringComparison.OrdinalIgnoreCase)) equal.Add($"U+{c:X4} ~ U+{a:X4}");
        }
        Assert.That(equal, Is.Empty);
    }

    /// <summary>Every word list the scorer searches in short texts, read from the classes that hold them.</summary>
    static IEnumerable<string[]> WordLists()
    {
        foreach (var (type, name) in new[]
        {
            (typeof(ResumeLayout), "BusinessTitleNames"), (typeof(ResumeLayout), "LookAlikeNamesWithCounselingWords"),
            (typeof(ResumeLayout), "LookAlikeTitleNames"), (typeof(ResumeLayout), "EmployerNamesWithLookAlikeWords"),
            (typeof(ResumeLayout), "TradeInTitleNames"),
        })
            yield return Field<string[]>(type, name);
        yield return ["bachelor", "m.a.", "ph.d", "gpa", "no-show", "gad-7", "[name]", "insert ", "counselor intern"];
    }

    [Test]
    public void The_short_text_search_finds_a_word_where_search_values_does()
    {
        var random = new Random(11);
        int found = 0, texts = 0;
        foreach (var words in WordLists())
        {
            var search = new ShortTextSearch(words);
            var values = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
            // Pieces of the words in any case, cut short or whole, among letters, separators and characters outside ASCII
            // (accents, dashes, the dotless i, the long s and the Kelvin sign, which fold to nothing here).
            string[] noise = ["a", "e", "r", " ", "-", ".", ",", "\t", "\n", "é", "–", "’", "ı", "ſ", "\u212A", "\u00A0", "0", "[", "\uD83D\uDE00"];
            for (int trial = 0; trial < 4000; trial++)
            {
                var text = new StringBuilder();
                int pieces = random.Next(0, 8);
                for (int p = 0; p < pieces; p++)
                {
                    if (random.Next(3) == 0) { text.Append(noise[random.Next(noise.Length)]); continue; }
                    string word = words[random.Next(words.Length)];
                    word = word[..random.Next(1, word.Length + 1)];
                    text.Append(random.Next(3) switch { 0 => word.ToUpperInvariant(), 1 => word, _ => char.ToUpperInvariant(word[0]) + word[1..] });
                }
                // Now and then longer than the short search reads itself, so the hand-over to SearchValues is checked too.
                if (random.Next(20) == 0) text.Insert(0, new string('x', 600));
                string t = text.ToString();
                bool expected = t.AsSpan().IndexOfAny(values) >= 0;
                if (search.Occurs(t) != expected) Assert.Fail($"'{t}' in [{string.Join(", ", words)}]: expected {expected}");
                Assert.That(search.IndexOf(t), Is.EqualTo(t.AsSpan().IndexOfAny(values)));
                found += expected ? 1 : 0;
                texts++;
            }
        }
        // Both answers are met often enough to mean something.
        Assert.That(found, Is.InRange(texts / 6, texts * 5 / 6));
    }

    /// <summary>
    /// Checks that the lists searched together tell the lists each searched alone (by <see cref="SearchValues"/>) finds in
    /// <paramref name="text"/>, and whether any occurs; returns those lists, list i as bit i.
    /// </summary>
    internal static uint AssertListsAsEachAloneFinds(ShortTextSearch together, SearchValues<string>[] alone, string text)
    {
        uint expected = 0;
        for (int list = 0; list < alone.Length; list++)
            if (text.AsSpan().IndexOfAny(alone[list]) >= 0) expected |= 1u << list;
        uint found = together.ListsIn(text);
        if (found != expected) Assert.Fail($"'{text}': lists {found:b} where each alone finds {expected:b}");
        if (together.Occurs(text) != (expected != 0)) Assert.Fail($"'{text}': occurs {expected == 0} where each alone finds {expected:b}");
        return expected;
    }

    [Test]
    public void Several_lists_read_in_one_walk_are_found_as_each_list_alone_finds_them()
    {
        string[][] lists = [.. WordLists()];
        var together = new ShortTextSearch(lists);
        var alone = lists.Select(words => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase)).ToArray();
        var random = new Random(17);
        string[] words = [.. lists.SelectMany(w => w)];
        string[] noise = [" ", ", ", "-", "\u2013", "é", "II", "Sr.", "\n"];
        int bits = 0;
        for (int trial = 0; trial < 20_000; trial++)
        {
            var text = new StringBuilder();
            for (int p = random.Next(0, 7); p > 0; p--)
            {
                string word = words[random.Next(words.Length)];
                text.Append(random.Next(4) == 0 ? word[..random.Next(1, word.Length + 1)] : random.Next(2) == 0 ? word.ToUpperInvariant() : word);
                text.Append(noise[random.Next(noise.Length)]);
            }
            if (random.Next(25) == 0) text.Append(new string('y', 520));
            uint expected = AssertListsAsEachAloneFinds(together, alone, text.ToString());
            bits += System.Numerics.BitOperations.PopCount(expected);
        }
        Assert.That(bits, Is.GreaterThan(20_000), "texts hold words of several lists at once");
    }

    [Test]
    public void The_short_text_search_takes_only_ascii_words_of_three_characters_or_more()
    {
        Assert.Throws<ArgumentException>(() => new ShortTextSearch(["rn"]));
        Assert.Throws<ArgumentException>(() => new ShortTextSearch(["thérap"]));
        Assert.That(new ShortTextSearch(["coach"]).Occurs("Head COACH"), Is.True);
        Assert.That(new ShortTextSearch(["coach"]).Occurs("Head coac"), Is.False);
    }

    delegate (int Items, int Longest, bool EndsWithSeparator) ItemsOf(ReadOnlySpan<char> line);
    delegate int SpanIndex(ReadOnlySpan<char> text);
    delegate int WordCountOf(ReadOnlySpan<char> text, int enough);

    [Test]
    public void A_line_s_items_counted_in_one_walk_equal_the_count_item_by_item()
    {
        var layoutType = typeof(ResumeLayout);
        var items = Method<ItemsOf>(layoutType, "Items", typeof(ReadOnlySpan<char>));
        var indexOfSeparator = Method<SpanIndex>(layoutType, "IndexOfItemSeparator", typeof(ReadOnlySpan<char>));
        var hasListOnly = Method<SpanTest>(layoutType, "HasListOnlySeparator", typeof(ReadOnlySpan<char>));
        var separators = SearchValues.Create(",;|\u2022\u00B7\u25AA\u25CF\u25E6\u25A0\u2666\u25BA\u2713");
        var listOnly = SearchValues.Create("|\u2022\u00B7\u25AA\u25CF\u25E6\u25A0\u2666\u25BA\u2713");

        // What the walk replaced (scorer 2.2.0): the line cut at each separator, each piece's words counted apart by WordCount.
        var wordCount = Method<WordCountOf>(layoutType, "WordCount", typeof(ReadOnlySpan<char>), typeof(int));
        int WordCount(ReadOnlySpan<char> text, int enough) => wordCount(text, enough);
        (int, int, bool) ItemByItem(ReadOnlySpan<char> line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0) return (0, 0, false);
            bool ends = separators.Contains(trimmed[^1]);
            int count = 0, longest = 0, from = 0;
            while (from <= trimmed.Length)
            {
                int next = trimmed[from..].IndexOfAny(separators);
                int end = next < 0 ? trimmed.Length : from + next;
                int words = WordCount(trimmed[from..end], 6);
                if (words > 5) return (count + 1, words, ends);
                if (words > 0) (count, longest) = (count + 1, Math.Max(longest, words));
                if (next < 0) break;
                from = end + 1;
            }
            return (count, longest, ends);
        }

        var random = new Random(13);
        string[] pieces = ["Empathy", "active listening", "trust-building", "client’s", "a", "b", "CBT", " ", " ", "  ", ",", ";", "|", "\u2022", "\u00B7",
            "\u25CF", "\u2713", "-", "'", "\u2019", "\u2013", "é", "\u00A0", "\t", "Provided weekly groups for adults", "x1", "\u00AD"];
        for (int trial = 0; trial < 50_000; trial++)
        {
            string text = PiecesInARow(random, pieces, 0, 14);
            Assert.That(items(text), Is.EqualTo(ItemByItem(text)), text);
            Assert.That(indexOfSeparator(text), Is.EqualTo(text.AsSpan().IndexOfAny(separators)), text);
            Assert.That(hasListOnly(text), Is.EqualTo(text.AsSpan().IndexOfAny(listOnly) >= 0), text);
        }
    }

    /// <summary>
    /// The whole-word search that jumps between initials gives the answers of the walk a character at a time it replaced (session
    /// 25), kept here as the reference: words of letters and digits, with apostrophes inside them when asked.
    /// </summary>
    [TestCase(false, false)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    public void Whole_words_are_found_where_a_walk_of_every_character_finds_them(bool apostrophes, bool caseSensitive)
    {
        string[] words = apostrophes ? ["don't", "im", "i'm", "ok", "no"] : ["LPC", "LCSW", "RN", "ACT", "GP", "smi", "x1"];
        var search = new ResumeLayout.WholeWords(words, apostrophes, caseSensitive);
        var set = new HashSet<string>(words, caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        bool Walk(string text)
        {
            for (int i = 0; i < text.Length;)
            {
                if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || apostrophes && text[i] is '\'' or '\u2019')) i++;
                if (set.Contains(text[start..i])) return true;
            }
            return false;
        }
        var random = new Random(25);
        string[] noise = ["a", "L", "l", "'", "\u2019", " ", "-", "1", "é", "\u212A", "/", "(", "s"];
        int found = 0;
        for (int trial = 0; trial < 20000; trial++)
        {
            var text = new StringBuilder();
            int pieces = random.Next(0, 7);
            for (int p = 0; p < pieces; p++)
            {
                if (random.Next(2) == 0) { text.Append(noise[random.Next(noise.Length)]); continue; }
                string word = words[random.Next(words.Length)];
                word = word[..random.Next(1, word.Length + 1)];
                text.Append(random.Next(3) switch { 0 => word.ToUpperInvariant(), 1 => word.ToLowerInvariant(), _ => word });
            }
            string t = text.ToString();
            bool expected = Walk(t);
            if (search.In(t) != expected) Assert.Fail($"'{t}': expected {expected}");
            found += expected ? 1 : 0;
        }
        Assert.That(found, Is.InRange(1000, 19000));
    }
}
