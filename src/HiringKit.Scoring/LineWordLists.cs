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
    /// <paramref name="own"/>'s lists with a word in text[start..end), shifted to their bits here (its list i as bit
    /// <paramref name="shift"/> + i): read from its lines' lists when it is whole lines, each short enough for one walk.
    /// </summary>
    /// <remarks>
    /// <para>A line longer than <see cref="ShortTextSearch.MaxShortLength"/> (a flattened section) would be searched list by list,
    /// and every list here is more searches than the asker's own.</para>
    /// <para>Only its last line is read for every list and kept: that is a range's own line (the line of its dates, the end of
    /// its title), which the break's reading, the degree's and the layout's title each ask about. The lines above it are the
    /// context a range's kind reads for placement clues, and nothing else asks about them (on the benchmark's resumes, 6.4 of the
    /// 14.3 lines read a score): searched for every list, each was a walk of the titles' fifteen hundred words for the clues'
    /// forty, which takes about half the time (a scratch loop over the benchmark's dated lines). The asker's lists are the same
    /// words either way, so each line holds the same of them.</para>
    /// </remarks>
    public uint In(ReadOnlySpan<char> text, int start, int end, ShortTextSearch own, int shift)
    {
        int first = lines.LineOf(start), last = lines.LineOf(end);
        if (lines[first].Start != start || lines[last].End != end) return own.ListsIn(text[start..end]) << shift;
        for (int line = first; line <= last; line++)
            if (!IsShort(line)) return own.ListsIn(text[start..end]) << shift;
        uint lists = OfLine(text, last) >> shift;
        for (int line = first; line < last; line++) lists |= own.ListsIn(text[lines[line].Start..lines[line].End]);
        return (lists & own.AllLists) << shift;
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
