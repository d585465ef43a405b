using System.Buffers;

namespace HiringKit.Scoring;

/// <summary>
/// Where words or marks start on a page, in order, found in one search of it: a reading asked of every phrase or role that needs
/// one of them within its reach is answered no, unread, where none starts there.
/// </summary>
internal sealed class Places(int[] starts)
{
    readonly int[] _starts = starts;

    /// <summary>Where any of <paramref name="words"/> starts in <paramref name="text"/>.</summary>
    public static Places Of(ReadOnlySpan<char> text, SearchValues<string> words)
    {
        var starts = new List<int>();
        for (int from = 0, found; from < text.Length && (found = text[from..].IndexOfAny(words)) >= 0; from += found + 1)
            starts.Add(from + found);
        return new([.. starts]);
    }

    /// <summary>Whether one starts at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    public bool AnyIn(int from, int to)
    {
        int i = FirstFrom(from);
        return i < _starts.Length && _starts[i] < to;
    }

    /// <summary>Where the last one before <paramref name="position"/> starts, or -1.</summary>
    public int LastBefore(int position)
    {
        int i = FirstFrom(position);
        return i > 0 ? _starts[i - 1] : -1;
    }

    /// <summary>The index of the first one starting at or after <paramref name="position"/>.</summary>
    int FirstFrom(int position)
    {
        int low = 0, high = _starts.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (_starts[mid] < position) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
