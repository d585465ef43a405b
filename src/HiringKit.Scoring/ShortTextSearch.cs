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
/// 200-400 ns, and a resume asks a few dozen such questions. Here the title is folded to lowercase bytes once and every
/// three letters looked up in a bitmap of the words' first three: a few nanoseconds a character, with no chain of
/// dependent loads, and a word compared only where its first three letters stand. No character outside ASCII equals an
/// ASCII one without regard to case (a test walks them all), so such characters fold to a byte no word holds.
/// </remarks>
internal sealed class ShortTextSearch
{
    /// <summary>Longer texts go to SearchValues, which is fast on them.</summary>
    const int MaxShortLength = 512;

    const int BitmapBits = 4096;

    /// <summary>A byte no word holds: what any character outside ASCII folds to.</summary>
    const byte OutsideAscii = 0x80;

    readonly SearchValues<string> _long;
    readonly ulong[] _firstThree = new ulong[BitmapBits / 64];

    /// <summary>[slot] = where the words whose first three letters hash to the slot start in <see cref="_bySlot"/>.</summary>
    readonly int[] _slotStarts = new int[BitmapBits + 1];
    readonly byte[][] _bySlot;
    readonly int _shortest;

    public ShortTextSearch(IEnumerable<string> words)
    {
        var folded = words.Select(w =>
        {
            if (w.Length < 3 || !Ascii.IsValid(w)) throw new ArgumentException($"'{w}': words are ASCII, three characters or more.", nameof(words));
            return Encoding.ASCII.GetBytes(w.ToLowerInvariant());
        }).ToArray();
        _long = SearchValues.Create([.. folded.Select(Encoding.ASCII.GetString)], StringComparison.OrdinalIgnoreCase);
        _shortest = folded.Min(w => w.Length);
        var slots = folded.Select(w => Slot(w[0] | w[1] << 8 | w[2] << 16)).ToArray();
        foreach (int slot in slots)
        {
            _firstThree[slot >> 6] |= 1UL << slot;
            _slotStarts[slot + 1]++;
        }
        for (int s = 0; s < BitmapBits; s++) _slotStarts[s + 1] += _slotStarts[s];
        _bySlot = new byte[folded.Length][];
        var next = _slotStarts[..BitmapBits];
        for (int w = 0; w < folded.Length; w++) _bySlot[next[slots[w]]++] = folded[w];
    }

    /// <summary>Where the first of the words starts in <paramref name="text"/>, or -1: SearchValues' answer, for the few callers that need the place.</summary>
    public int IndexOf(ReadOnlySpan<char> text) => text.IndexOfAny(_long);

    static int Slot(int firstThree) => (int)((uint)firstThree * 0x9E3779B1u >> 20);

    public bool Occurs(ReadOnlySpan<char> text)
    {
        if (text.Length < _shortest) return false;
        if (text.Length > MaxShortLength) return text.IndexOfAny(_long) >= 0;
        // Three zero bytes past the end, so every start reads four bytes without a bounds check; no word holds a zero.
        Span<byte> folded = stackalloc byte[text.Length + 3];
        Fold(text, folded);
        ref byte start = ref MemoryMarshal.GetReference(folded);
        ref ulong bitmap = ref MemoryMarshal.GetArrayDataReference(_firstThree);
        for (int i = 0; i + _shortest <= text.Length; i++)
        {
            int three = Unsafe.ReadUnaligned<int>(ref Unsafe.Add(ref start, i)) & 0xFFFFFF;
            int slot = Slot(three);
            if ((Unsafe.Add(ref bitmap, slot >> 6) & 1UL << slot) != 0 && WordAt(folded[i..text.Length], slot)) return true;
        }
        return false;
    }

    bool WordAt(ReadOnlySpan<byte> rest, int slot)
    {
        for (int w = _slotStarts[slot]; w < _slotStarts[slot + 1]; w++)
            if (rest.StartsWith(_bySlot[w])) return true;
        return false;
    }

    /// <summary>ASCII to lowercase bytes, anything else to <see cref="OutsideAscii"/>.</summary>
    static void Fold(ReadOnlySpan<char> text, Span<byte> folded)
    {
        if (Ascii.ToLower(text, folded, out _) == OperationStatus.Done) return;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            folded[i] = c >= 0x80 ? OutsideAscii : (byte)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c);
        }
    }
}
