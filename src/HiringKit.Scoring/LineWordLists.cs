namespace HiringKit.Scoring;

/// <summary>
/// Which of the short word lists a dated role's lines are read for each line holds, found in one walk of the line and kept:
/// the line of a role's dates was walked for a break's name, once for degree words and once more, with the line above, for
/// placement clues (<see cref="ExperienceReader"/>'s range kinds), then again for its title's lists (<see cref="ResumeLayout"/>'s
/// trades), each walk a <see cref="ShortTextSearch"/> of its own.
/// </summary>
/// <remarks>
/// No word of these lists holds a line break, so a text of whole lines holds a list's word just when one of its lines does: its
/// lists are its lines' lists together. Any other text (a column's piece of a line, a sentence in a flattened section) is
/// walked as it comes.
/// </remarks>
internal sealed class LineWordLists(LineBreaks lines)
{
    /// <summary>Bits 0 to 7: the title's lists, as <see cref="ResumeLayout"/>'s title words number them.</summary>
    public const uint TitleLists = 0xFF;

    /// <summary>Degree words (a range on their line is study).</summary>
    public const uint Degree = 1u << DegreeShift;

    public const int DegreeShift = 8;

    /// <summary>The placement clues' lists, as <see cref="ExperienceReader"/> numbers them, from this bit up (one bit a list).</summary>
    public const int PlacementShift = 9;

    /// <summary>The names of career breaks (parental leave, a sabbatical): the list after the placement clues', its bit counted from them.</summary>
    public static readonly uint Break = 1u << (PlacementShift + ExperienceReader.PlacementClueLists.Length);

    static readonly ShortTextSearch Words = new(
        [.. ResumeLayout.TitleWordLists, ExperienceReader.DegreeWordList, .. ExperienceReader.PlacementClueLists, ExperienceReader.BreakWordList]);

    /// <summary>[line] = its lists, with <see cref="Read"/> set once it is read: most lines are never asked about.</summary>
    readonly uint[] _byLine = new uint[lines.Count];

    const uint Read = 1u << 31;

    /// <summary>
    /// The lists with a word in text[start..end), list i as bit i: its lines' lists when it is whole lines, each short enough for
    /// one walk; otherwise <paramref name="own"/>'s lists in it, shifted to their bits here.
    /// </summary>
    /// <remarks>
    /// A line longer than <see cref="ShortTextSearch.MaxShortLength"/> (a flattened section) would be searched list by list,
    /// and every list here is more searches than the asker's own.
    /// </remarks>
    public uint In(ReadOnlySpan<char> text, int start, int end, ShortTextSearch own, int shift)
    {
        int first = lines.LineOf(start), last = lines.LineOf(end);
        if (lines[first].Start != start || lines[last].End != end) return own.ListsIn(text[start..end]) << shift;
        uint lists = 0;
        for (int line = first; line <= last; line++)
        {
            if (!IsShort(line)) return own.ListsIn(text[start..end]) << shift;
            lists |= OfLine(text, line);
        }
        return lists;
    }

    /// <summary>The lists of the whole line holding <paramref name="position"/>, or every list for a long line (not read here).</summary>
    public uint OfLineAt(ReadOnlySpan<char> text, int position)
    {
        int line = lines.LineOf(position);
        return IsShort(line) ? OfLine(text, line) : uint.MaxValue;
    }

    bool IsShort(int line) => lines[line].End - lines[line].Start <= ShortTextSearch.MaxShortLength;

    uint OfLine(ReadOnlySpan<char> text, int line)
    {
        ref uint known = ref _byLine[line];
        if (known == 0) known = Words.ListsIn(text[lines[line].Start..lines[line].End]) | Read;
        return known & ~Read;
    }
}
