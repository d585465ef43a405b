using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HiringKit.Scoring;

/// <summary>
/// Where each line of a text starts and ends, found once. The headings, the roles' blocks and each phrase's section all
/// walk lines; a search for the next line break from every line start, by each of them, cost more than what they read.
/// </summary>
internal sealed class LineBreaks
{
    /// <summary>The position of every '\n', then the text's length as the end of the last line.</summary>
    readonly int[] _ends;

    public LineBreaks(ReadOnlySpan<char> text)
    {
        _ends = new int[text.Count('\n') + 1];
        int found = 0, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var newline = Vector256.Create((ushort)'\n');
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
                for (uint mask = Vector256.Equals(Vector256.LoadUnsafe(ref chars, (nuint)i), newline).ExtractMostSignificantBits(); mask != 0; mask &= mask - 1)
                    _ends[found++] = i + BitOperations.TrailingZeroCount(mask);
        }
        for (; i < text.Length; i++)
            if (text[i] == '\n') _ends[found++] = i;
        _ends[found] = text.Length;

        // Asked for every phrase hit's line: a search by halves took a few percent of a score, as its branches are a coin toss.
        _lineAtBlock = new int[(text.Length >> BlockShift) + 1];
        for (int block = 0, line = 0; block < _lineAtBlock.Length; block++)
        {
            while (_ends[line] < block << BlockShift) line++;
            _lineAtBlock[block] = line;
        }
    }

    const int BlockShift = 6;

    /// <summary>[block] = the first line whose end is at or after the block's first position.</summary>
    readonly int[] _lineAtBlock;

    public int Count => _ends.Length;

    /// <summary>The line's first character and its end (its '\n', or the text's end), as <c>IndexOf('\n')</c> from the start gives.</summary>
    public (int Start, int End) this[int line] => (line == 0 ? 0 : _ends[line - 1] + 1, _ends[line]);

    /// <summary>The line holding <paramref name="position"/>: a line's '\n' belongs to it.</summary>
    public int LineOf(int position)
    {
        // From the first line reaching the position's block of 64 characters, on: lines are rarely shorter than that.
        int line = _lineAtBlock[position >> BlockShift];
        while (_ends[line] < position) line++;
        return line;
    }
}
