using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace HiringKit.Scoring;

/// <summary>
/// Whether any of a fixed list of ASCII words occurs inside a short text (a job title, a line of dates), in any case:
/// the answer of <c>text.IndexOfAny(SearchValues.Create(words, StringComparison.OrdinalIgnoreCase)) >= 0</c>.
/// </summary>
/// <remarks>
/// SearchValues is built for long text: on a 70-character title its search of a hundred names takes its scalar path,
/// 200-400 ns, and a resume asks a few dozen such questions. Here every four characters are looked up in a bitmap of the
/// words' first four (<see cref="KeysOf"/>), with no chain of dependent loads, and a word compared only where its first four
/// may stand. The four are folded by setting the bit that lowercases ASCII letters and keeping seven bits: a character that equals a
/// word's without regard to case folds as it does, so the bitmap never turns a word down; what else passes is turned
/// down by the comparison. No character outside ASCII equals an ASCII one without regard to case (a test walks them all).
/// </remarks>
internal sealed class ShortTextSearch
{
    /// <summary>Longer texts go to SearchValues, which is fast on them.</summary>
    public const int MaxShortLength = 512;

    /// <summary>The slots a word's first four characters hash to (<see cref="_slotStarts"/>).</summary>
    const int BitmapBits = 4096;

    /// <summary>[list] = its words for SearchValues, which answers for longer texts.</summary>
    readonly SearchValues<string>[] _long;

    /// <summary>
    /// The words' keys (<see cref="KeysOf"/>), hashed to <see cref="FilterBitsFor"/> bits, the slot's bits and more: a title's
    /// lists hold some 1,500 words, whose first three set a ninth of a bitmap of the slots' size, and half the bitmap's hits on a
    /// line were threes of no word, each a walk of a slot's words (a bitmap of more bits lets few of them through).
    /// </summary>
    readonly ulong[] _firstFour;

    /// <summary>How far the hash is shifted down to its bit in <see cref="_firstFour"/>.</summary>
    readonly int _filterShift;

    /// <summary>[slot] = where the words whose keys hash to the slot start in <see cref="_bySlot"/>; a word of three is in each of its keys' slots.</summary>
    readonly int[] _slotStarts = new int[BitmapBits + 1];
    readonly string[] _bySlot;

    /// <summary>
    /// [i] = <see cref="_bySlot"/>[i]'s head and the bits of the lists it comes from. Its head is its first eight characters,
    /// four to a number, each with its mask (<see cref="MaskOf"/>): a letter's lane drops the bit that tells its cases apart, any
    /// other character's keeps all sixteen, and the lanes past a shorter word's end are zero. The text's eight characters masked
    /// so equal the head exactly when they start with the word's eight without regard to case, as
    /// <see cref="StartsWithAsciiWord"/> compares them: a word of eight or fewer needs no other comparison, a longer one only
    /// of its characters past the eighth. Words of one slot mostly share their first three letters ("counselor", "counsellor",
    /// "counseling", "court", "county"), and a title with "cou" in it compared each of them character by character.
    /// </summary>
    readonly Head[] _headOf;

    /// <summary>
    /// [i] = <see cref="_bySlot"/>[i]'s next eight characters after its head, masked as its head is: a word of up to sixteen is
    /// compared from the two arrays, read only where its head matched (the string's characters were a call and a load more).
    /// </summary>
    readonly Head[] _tailOf;

    /// <summary>
    /// A word's head (<see cref="_headOf"/>), its first four characters and their mask, then the next four, and its lists: held
    /// together, a slot's words are compared from one array walked in order, where four arrays were read, each access checked
    /// against its bounds (a scratch loop over the benchmark's dated lines, all the lines' lists: about 9% less time).
    /// </summary>
    /// <remarks>Its length held here too (in the padding the ulongs leave): read from the string, a hit's every head that matched
    /// waited on one more cache line.</remarks>
    readonly record struct Head(ulong Low, ulong LowLanes, ulong High, ulong HighLanes, uint Lists, int Length);

    /// <summary>
    /// A word's character's lane mask: an ASCII letter equals a text's character without regard to case when they differ at most
    /// in the bit 0x20 (the same letter in either case; no other character, ASCII or not, differs from a letter so); any other
    /// ASCII character only when the same.
    /// </summary>
    static ulong MaskOf(char c) => char.IsAsciiLetter(c) ? 0xFFDFUL : 0xFFFFUL;
    readonly uint _allLists;
    readonly int _shortest;

    /// <summary>
    /// The words of every list, as given: a pre-search that stands for a list's words (a clue each of them holds) is checked
    /// against them by the tests, so a word added to the list without its clue fails there, not silently.
    /// </summary>
    internal IReadOnlyList<string> Words { get; }

    /// <summary>One list: <see cref="Occurs"/> and <see cref="IndexOf"/> search it.</summary>
    public ShortTextSearch(IEnumerable<string> words) : this(new[] { words.ToArray() }) { }

    /// <summary>Several lists searched in one walk: <see cref="ListsIn"/> tells which occur, list i as bit i.</summary>
    public ShortTextSearch(params string[][] lists)
    {
        if (lists.Length is 0 or > 32) throw new ArgumentException("One to 32 lists.", nameof(lists));
        Words = [.. lists.SelectMany(words => words)];
        // A word in several lists ("counselor" is a counseling title and one other trades share) is compared once for all of them.
        var all = lists.SelectMany((words, list) => words.Select(word => (Word: word, Bit: 1u << list)))
            .GroupBy(w => w.Word, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Word: g.Key, Bit: g.Aggregate(0u, (bits, w) => bits | w.Bit))).ToArray();
        foreach (var (w, _) in all)
            if (w.Length < 3 || !Ascii.IsValid(w)) throw new ArgumentException($"'{w}': words are ASCII, three characters or more.", nameof(lists));
        _long = [.. lists.Select(words => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase))];
        _shortest = all.Min(w => w.Word.Length);
        var keysOf = all.Select(w => KeysOf(w.Word)).ToArray();
        int filterBits = FilterBitsFor(keysOf.Sum(keys => keys.Length));
        _filterShift = 32 - BitOperations.Log2((uint)filterBits);
        _firstFour = new ulong[filterBits / 64];
        foreach (var keys in keysOf)
            foreach (uint key in keys)
            {
                int bit = (int)(Hash(key) >> _filterShift);
                _firstFour[bit >> 6] |= 1UL << bit;
            }
        // A word of three stands in the slot of each of its keys, once in each (two keys may share a slot).
        var slotsOf = keysOf.Select(keys => keys.Select(SlotOf).Distinct().ToArray()).ToArray();
        foreach (var slots in slotsOf)
            foreach (int slot in slots) _slotStarts[slot + 1]++;
        for (int s = 0; s < BitmapBits; s++) _slotStarts[s + 1] += _slotStarts[s];
        int entries = _slotStarts[BitmapBits];
        _bySlot = new string[entries];
        _headOf = new Head[entries];
        _tailOf = new Head[entries];
        var next = _slotStarts[..BitmapBits];
        Span<ulong> heads = stackalloc ulong[4], lanes = stackalloc ulong[4];
        for (int w = 0; w < all.Length; w++)
        foreach (int slot in slotsOf[w])
        {
            int at = next[slot]++;
            _bySlot[at] = all[w].Word;
            heads.Clear();
            lanes.Clear();
            for (int k = 0; k < Math.Min(16, all[w].Word.Length); k++)
            {
                heads[k / 4] |= (all[w].Word[k] & MaskOf(all[w].Word[k])) << 16 * (k % 4);
                lanes[k / 4] |= MaskOf(all[w].Word[k]) << 16 * (k % 4);
            }
            _headOf[at] = new Head(heads[0], lanes[0], heads[1], lanes[1], all[w].Bit, all[w].Word.Length);
            _tailOf[at] = new Head(heads[2], lanes[2], heads[3], lanes[3], all[w].Bit, all[w].Word.Length);
        }
        _allLists = lists.Length == 32 ? uint.MaxValue : (1u << lists.Length) - 1;
    }

    /// <summary>Three characters folded, seven bits each, the first lowest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint FoldThree(char a, char b, char c) => Fold(a) | Fold(b) << 7 | Fold(c) << 14;

    /// <summary>
    /// A word's keys, which the text's every four characters folded are looked up by: its first four folded, seven bits each,
    /// the first lowest. A word of three has one for each fold a fourth character may have (the bit 0x20 always set: 64),
    /// past the text's end a NUL's included. Keyed by three, a line of dates passed the bitmap at a fifth of its characters,
    /// a title's lists' 477 threes among them the likes of "con", "pro", "man" and "ter", and each pass walked six of a
    /// slot's words; keyed by four, a tenth passed and walked four (the benchmark's lines with digits, all the lines' lists).
    /// </summary>
    static uint[] KeysOf(string word)
    {
        uint three = FoldThree(word[0], word[1], word[2]);
        if (word.Length >= 4) return [three | Fold(word[3]) << 21];
        var keys = new List<uint>();
        for (uint fourth = 0; fourth < 0x80; fourth++)
            if ((fourth & 0x20) != 0) keys.Add(three | fourth << 21);
        return [.. keys];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Fold(char c) => (c | 0x20u) & 0x7F;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Hash(uint key) => key * 0x9E3779B1u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int SlotOf(uint key) => (int)(Hash(key) >> 20);

    /// <summary>
    /// The filter's bits for so many keys: the slots' 4096 for a short list, up to 65,536 (8 KB) for a long one, some sixty-four
    /// bits a key, so that about one in sixty-four fours of no word passes. At sixteen a key, a title of a hundred characters
    /// let through six fours of no word to the title gates' slots, more than it had words, each pass a walk of a slot in a
    /// table the rest of a score has pushed out of the cache (the labelled resumes' titles: 8.4 passes a title, 3.7 of them
    /// words). The lines' lists' 2,100 keys (their words of three 64 each) set a thirty-second of the largest.
    /// </summary>
    static int FilterBitsFor(int keys) => Math.Clamp((int)BitOperations.RoundUpToPowerOf2((uint)keys * 64), BitmapBits, 65536);

    /// <summary>Every list's bit: list i as bit i.</summary>
    public uint AllLists => _allLists;

    /// <summary>Whether a word of any list occurs in <paramref name="text"/>.</summary>
    public bool Occurs(ReadOnlySpan<char> text) => Scan(text, stopAtFirst: true) != 0;

    /// <summary>Which lists have a word in <paramref name="text"/>: list i as bit i, each as <c>IndexOfAny(its words) >= 0</c> answers.</summary>
    public uint ListsIn(ReadOnlySpan<char> text) => Scan(text, stopAtFirst: false);

    /// <summary>
    /// The positions whose four pass the filter are found by <see cref="Passing"/>, 64 at a time, and a slot's words compared
    /// only at them.
    /// </summary>
    /// <remarks>
    /// <para>Not inlined: inside the long methods that ask (the layout's constructor, a range's kind), its loop lost its registers to theirs.</para>
    /// <para>The filter's loop is a method of its own: written in one loop with the slot's walk, it kept its rolling four, the
    /// filter and its bounds on the stack, the walk's values taking the registers, and a position's four waited on a store and
    /// a load of the step before (a replay of the benchmark's searches under cachegrind: some 37% fewer instructions and 59%
    /// fewer data reads, the same misses).</para>
    /// <para>The filter's answer for all 64 positions is read before any slot is walked: a loop that stopped at each passing
    /// position waited there on its bitmap's word, out of the cache, and mispredicted the stop (in the generated corpus's profile,
    /// half the search's samples stood just past that branch).</para>
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    uint Scan(ReadOnlySpan<char> text, bool stopAtFirst)
    {
        if (text.Length < _shortest) return 0;
        if (text.Length > MaxShortLength) return ScanLong(text, stopAtFirst);
        uint found = 0;
        int last = text.Length - _shortest;
        for (int from = 0; from <= last; from += 64)
        {
            ulong passing = Passing(text, from, Math.Min(last, from + 63));
            if (passing == 0) continue;
            Touch(text, from, passing);
            for (; passing != 0; passing &= passing - 1)
            {
                int i = from + BitOperations.TrailingZeroCount(passing);
                found |= ListsAt(text[i..], SlotOf(KeyAt(text, i)), found);
                if (found != 0 && (stopAtFirst || found == _allLists)) return found;
            }
        }
        return found;
    }

    /// <summary>
    /// Reads the slots' starts and first words of every passing position before any slot is walked: a score's other work has
    /// pushed the tables out of the cache, and read walk by walk, each passing position waited for its slot's start and then
    /// for its words, one miss after the other. Read here, the positions' misses overlap.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    void Touch(ReadOnlySpan<char> text, int from, ulong passing)
    {
        ref int starts = ref MemoryMarshal.GetArrayDataReference(_slotStarts);
        ref Head heads = ref MemoryMarshal.GetArrayDataReference(_headOf);
        int entries = _headOf.Length;
        for (; passing != 0; passing &= passing - 1)
        {
            int i = from + BitOperations.TrailingZeroCount(passing);
            int first = Volatile.Read(ref Unsafe.Add(ref starts, SlotOf(KeyAt(text, i))));
            if (first < entries) Volatile.Read(ref Unsafe.As<Head, ulong>(ref Unsafe.Add(ref heads, first)));
        }
    }

    /// <summary>
    /// Which of the positions from <paramref name="from"/> to <paramref name="to"/> (at most 64) have four folded that pass the
    /// filter, as bits (position from + k as bit k), with no branch on any: each character is read and folded once, the four
    /// rolling along the text, one out and one in a step.
    /// </summary>
    ulong Passing(ReadOnlySpan<char> text, int from, int to)
    {
        // The first three characters folded (the shortest word has three, so they stand inside the text); each step folds in the
        // fourth, past the text's end a NUL's fold, which a word of three has a key for (only there: i + 3 stays inside when the
        // shortest word has four).
        ref char start = ref MemoryMarshal.GetReference(text);
        ref ulong bitmap = ref MemoryMarshal.GetArrayDataReference(_firstFour);
        int filterShift = _filterShift;
        uint four = Fold(Unsafe.Add(ref start, from)) | Fold(Unsafe.Add(ref start, from + 1)) << 7 | Fold(Unsafe.Add(ref start, from + 2)) << 14;
        ulong passing = 0;
        for (int i = from; i <= to; i++, four >>= 7)
        {
            four |= Fold(i + 3 < text.Length ? Unsafe.Add(ref start, i + 3) : '\0') << 21;
            int bit = (int)(Hash(four) >> filterShift);
            passing |= (Unsafe.Add(ref bitmap, bit >> 6) >> bit & 1) << (i - from);
        }
        return passing;
    }

    /// <summary>The key of the four characters at <paramref name="i"/> (a NUL's past the text's end), as <see cref="Passing"/> folds them.</summary>
    static uint KeyAt(ReadOnlySpan<char> text, int i) =>
        FoldThree(text[i], text[i + 1], text[i + 2]) | Fold(i + 3 < text.Length ? text[i + 3] : '\0') << 21;

    /// <summary>Longer texts: one SearchValues search per list.</summary>
    uint ScanLong(ReadOnlySpan<char> text, bool stopAtFirst)
    {
        uint lists = 0;
        for (int list = 0; list < _long.Length; list++)
        {
            if (text.IndexOfAny(_long[list]) < 0) continue;
            lists |= 1u << list;
            if (stopAtFirst) break;
        }
        return lists;
    }

    /// <summary>
    /// The lists of the words that start <paramref name="rest"/> among those of its first four's slot; words of lists already
    /// <paramref name="known"/> to occur are not compared.
    /// </summary>
    uint ListsAt(ReadOnlySpan<char> rest, int slot, uint known)
    {
        // The text's next eight characters, four to a number; past a text's end the lanes are zero, which no word's character
        // equals, masked or not (no word holds a NUL).
        var (low, high) = FirstEight(rest);
        ref Head heads = ref MemoryMarshal.GetArrayDataReference(_headOf);
        for (int w = _slotStarts[slot], end = _slotStarts[slot + 1]; w < end; w++)
        {
            ref Head head = ref Unsafe.Add(ref heads, w);
            if ((low & head.LowLanes) == head.Low && (high & head.HighLanes) == head.High
                && (head.Lists & ~known) != 0 && (head.Length <= 8 || TailAlike(rest, w, head.Length))) known |= head.Lists;
        }
        return known;
    }

    /// <summary>
    /// Whether <paramref name="rest"/>, whose first eight characters are word <paramref name="w"/>'s head, goes on as the word
    /// does: its next eight against the word's tail (<see cref="_tailOf"/>), any past the sixteenth one by one.
    /// </summary>
    /// <remarks>Not inlined: in <see cref="Scan"/>'s loop its values were kept on the stack, the registers being Scan's.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    bool TailAlike(ReadOnlySpan<char> rest, int w, int length)
    {
        // The head matched a word of more than eight, whose characters are no NUL: rest holds eight at least.
        var (low, high) = FirstEight(rest[8..]);
        ref Head tail = ref _tailOf[w];
        return (low & tail.LowLanes) == tail.Low && (high & tail.HighLanes) == tail.High
            && (length <= 16 || StartsWithAsciiWord(rest[16..], _bySlot[w].AsSpan(16)));
    }

    /// <summary>
    /// A text's first eight characters, four to a number, as a word's head and tail are held (<see cref="Head"/>); of a text of
    /// fewer, the lanes past its end zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static (ulong Low, ulong High) FirstEight(ReadOnlySpan<char> rest)
    {
        if (rest.Length >= 8)
        {
            ref byte first = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(rest));
            return (Unsafe.ReadUnaligned<ulong>(ref first), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, 8)));
        }
        return FewerThanEight(rest);
    }

    /// <summary><see cref="FirstEight"/> of a text of fewer than eight characters.</summary>
    static (ulong Low, ulong High) FewerThanEight(ReadOnlySpan<char> rest)
    {
        ulong low = 0, high = 0;
        for (int k = 0; k < Math.Min(4, rest.Length); k++) low |= (ulong)rest[k] << 16 * k;
        for (int k = 4; k < rest.Length; k++) high |= (ulong)rest[k] << 16 * (k - 4);
        return (low, high);
    }

    /// <summary>
    /// <c>rest.StartsWith(word, StringComparison.OrdinalIgnoreCase)</c> for an ASCII word, compared here: the words are short,
    /// and the library's comparison, a call that sets up vectors, cost more than the characters it compared. A character of
    /// the text equals the word's without regard to case only if it is ASCII (see the remarks above): the same letter in
    /// either case, or the same character.
    /// </summary>
    static bool StartsWithAsciiWord(ReadOnlySpan<char> rest, ReadOnlySpan<char> word)
    {
        if (rest.Length < word.Length) return false;
        for (int k = 0; k < word.Length; k++)
        {
            char c = rest[k], w = word[k];
            if (c == w) continue;
            if (c >= 0x80 || !char.IsAsciiLetter(w) || (c | 0x20) != (w | 0x20)) return false;
        }
        return true;
    }

    /// <summary>Where the first of the words starts in <paramref name="text"/>, or -1: SearchValues' answer, for the few callers that need the place.</summary>
    /// <remarks>Of the first list.</remarks>
    public int IndexOf(ReadOnlySpan<char> text) => text.IndexOfAny(_long[0]);
}
