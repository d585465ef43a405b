using System.Buffers;
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
/// 200-400 ns, and a resume asks a few dozen such questions. Here every three characters are looked up in a bitmap of the
/// words' first three, with no chain of dependent loads, and a word compared only where its first three may stand. The
/// three are folded by setting the bit that lowercases ASCII letters and keeping seven bits: a character that equals a
/// word's without regard to case folds as it does, so the bitmap never turns a word down; what else passes is turned
/// down by the comparison. No character outside ASCII equals an ASCII one without regard to case (a test walks them all).
/// </remarks>
internal sealed class ShortTextSearch
{
    /// <summary>Longer texts go to SearchValues, which is fast on them.</summary>
    const int MaxShortLength = 512;

    const int BitmapBits = 4096;

    readonly SearchValues<string> _long;
    readonly ulong[] _firstThree = new ulong[BitmapBits / 64];

    /// <summary>[slot] = where the words whose first three characters fold to the slot start in <see cref="_bySlot"/>.</summary>
    readonly int[] _slotStarts = new int[BitmapBits + 1];
    readonly string[] _bySlot;
    readonly int _shortest;

    public ShortTextSearch(IEnumerable<string> words)
    {
        string[] all = [.. words];
        foreach (var w in all)
            if (w.Length < 3 || !Ascii.IsValid(w)) throw new ArgumentException($"'{w}': words are ASCII, three characters or more.", nameof(words));
        _long = SearchValues.Create(all, StringComparison.OrdinalIgnoreCase);
        _shortest = all.Min(w => w.Length);
        var slots = all.Select(w => Slot(w[0], w[1], w[2])).ToArray();
        foreach (int slot in slots)
        {
            _firstThree[slot >> 6] |= 1UL << slot;
            _slotStarts[slot + 1]++;
        }
        for (int s = 0; s < BitmapBits; s++) _slotStarts[s + 1] += _slotStarts[s];
        _bySlot = new string[all.Length];
        var next = _slotStarts[..BitmapBits];
        for (int w = 0; w < all.Length; w++) _bySlot[next[slots[w]]++] = all[w];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int Slot(char a, char b, char c)
    {
        uint three = (a | 0x20u) & 0x7F | ((b | 0x20u) & 0x7F) << 7 | ((c | 0x20u) & 0x7F) << 14;
        return (int)(three * 0x9E3779B1u >> 20);
    }

    public bool Occurs(ReadOnlySpan<char> text)
    {
        if (text.Length < _shortest) return false;
        if (text.Length > MaxShortLength) return text.IndexOfAny(_long) >= 0;
        ref char start = ref MemoryMarshal.GetReference(text);
        ref ulong bitmap = ref MemoryMarshal.GetArrayDataReference(_firstThree);
        // i + 2 stays inside the text: the shortest word has three characters.
        for (int i = 0; i + _shortest <= text.Length; i++)
        {
            int slot = Slot(Unsafe.Add(ref start, i), Unsafe.Add(ref start, i + 1), Unsafe.Add(ref start, i + 2));
            if ((Unsafe.Add(ref bitmap, slot >> 6) & 1UL << slot) != 0 && WordAt(text[i..], slot)) return true;
        }
        return false;
    }

    bool WordAt(ReadOnlySpan<char> rest, int slot)
    {
        for (int w = _slotStarts[slot]; w < _slotStarts[slot + 1]; w++)
            if (rest.StartsWith(_bySlot[w], StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Where the first of the words starts in <paramref name="text"/>, or -1: SearchValues' answer, for the few callers that need the place.</summary>
    public int IndexOf(ReadOnlySpan<char> text) => text.IndexOfAny(_long);
}
