namespace HiringKit.Scoring;

/// <summary>
/// Whether there is enough real text to judge: at least <see cref="MinWords"/> words, of which
/// <see cref="MinDistinctWords"/> different, outside template boilerplate. A line of keywords
/// or "therapeutic alliance" pasted forty times is not a resume, and any score of it would be
/// read as a verdict.
/// </summary>
internal static class TextSufficiency
{
    public const int MinWords = 40;
    public const int MinDistinctWords = 20;

    /// <summary>Lines containing these are template text, not the candidate's.</summary>
    static readonly string[] BoilerplateMarkerList =
    [
        "lorem ipsum", "references available", "available upon request", "available on request", "your name",
        "your address", "your email", "your phone", "[name]", "insert ", "page 1 of", "click here", "type here",
        "resume template", "add text", "sample text", "placeholder",
    ];

    static readonly ShortTextSearch BoilerplateMarkers = new(BoilerplateMarkerList);

    /// <summary>
    /// The markers for the lines that made the words enough, hundreds of characters: SearchValues' vectorised search of so few words
    /// reads them in blocks, where the short search looked each character up (a replay of the scorer's searches under cachegrind:
    /// this one was some 11,500 of their 71,500 instructions a score). Its answer is the short search's (<see cref="ShortTextSearch"/>).
    /// </summary>
    static readonly System.Buffers.SearchValues<string> BoilerplateMarkersInLines =
        System.Buffers.SearchValues.Create(BoilerplateMarkerList, StringComparison.OrdinalIgnoreCase);

    /// <summary>Hashes of the lorem ipsum words, in an open-addressing table probed like the distinct-word one.</summary>
    static readonly ulong[] LoremWords = new ulong[DistinctSlots];
    static readonly bool[] LoremUsed = new bool[DistinctSlots];

    static TextSufficiency()
    {
        const string lorem = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum";
        foreach (var word in lorem.Split(' ')) AddDistinct(LoremWords, LoremUsed, Hash(word));
    }

    public static bool IsSufficient(ReadOnlySpan<char> text)
    {
        // The words counted first as if no line were a template's, and the lines that took asked once whether any holds a marker:
        // mostly none does, and one search of them costs less than one a line. No marker spans a line break, so none in them means
        // none in any one of them, and the count line by line below would answer the same. Where one does, they are read again.
        if (EnoughWords(text, out int linesEnd) && text[..linesEnd].IndexOfAny(BoilerplateMarkersInLines) < 0) return true;
        var count = new WordCount();
        // The answer comes by the 40th word with 20 different ones at the latest after that, so at most
        // MinWords distinct hashes are ever held: a small open-addressing table on the stack will do.
        Span<ulong> seen = stackalloc ulong[DistinctSlots];
        Span<bool> used = stackalloc bool[DistinctSlots];
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int newline = text[lineStart..].IndexOf('\n');
            int lineEnd = newline < 0 ? text.Length : lineStart + newline;
            var line = text[lineStart..lineEnd];
            lineStart = lineEnd + 1;
            if (!IsBoilerplate(line))
            {
                if (Add(line, ref count, seen, used)) return true;
                continue;
            }
            // Only the template's own sentence or field is dropped: a resume pasted as one line that ends
            // in "References available upon request." is still a resume.
            while (line.Length > 0)
            {
                int end = line.IndexOfAny(Clauses.Candidates);
                var piece = end < 0 ? line : line[..end];
                line = end < 0 ? [] : line[(end + 1)..];
                if (!IsBoilerplate(piece) && Add(piece, ref count, seen, used)) return true;
            }
        }
        return false;
    }

    /// <summary>Whether the text's lines hold enough words, none set aside; <paramref name="linesEnd"/>: where the line that made them enough ends.</summary>
    /// <remarks>A line break is no letter, so one walk of the whole text counts what a walk line by line would.</remarks>
    static bool EnoughWords(ReadOnlySpan<char> text, out int linesEnd)
    {
        var count = new WordCount();
        Span<ulong> seen = stackalloc ulong[DistinctSlots];
        Span<bool> used = stackalloc bool[DistinctSlots];
        int enoughAt = EnoughAt(text, ref count, seen, used);
        int newline = enoughAt < 0 ? -1 : text[enoughAt..].IndexOf('\n');
        linesEnd = newline < 0 ? text.Length : enoughAt + newline;
        return enoughAt >= 0;
    }

    struct WordCount
    {
        public int Words;
        public int Distinct;
    }

    /// <summary>Counts the words of <paramref name="text"/>; true as soon as there are enough.</summary>
    static bool Add(ReadOnlySpan<char> text, ref WordCount count, Span<ulong> seen, Span<bool> used) => EnoughAt(text, ref count, seen, used) >= 0;

    /// <summary>Counts the words of <paramref name="text"/>; where the word that made them enough ends, or -1.</summary>
    static int EnoughAt(ReadOnlySpan<char> text, ref WordCount count, Span<ulong> seen, Span<bool> used)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsLetter(CharClass.Of(text[i]))) { i++; continue; }
            // Hashed as it is read: the word is walked once.
            int start = i;
            ulong hash = FnvOffset;
            for (byte cls; i < text.Length && IsLetter(cls = CharClass.Of(text[i])); i++)
                hash = Step(hash, text[i], cls);
            if (i - start < 2) continue;
            if (IsLorem(hash)) continue;
            count.Words++;
            if (AddDistinct(seen, used, hash)) count.Distinct++;
            if (count.Words >= MinWords && count.Distinct >= MinDistinctWords) return i;
        }
        return -1;
    }

    /// <summary>A power of two well above <see cref="MinWords"/>, so probes stay short.</summary>
    const int DistinctSlots = 256;

    static bool AddDistinct(Span<ulong> seen, Span<bool> used, ulong hash)
    {
        int slot = SlotOf(seen, used, hash);
        if (used[slot]) return false;
        used[slot] = true;
        seen[slot] = hash;
        return true;
    }

    static bool IsLorem(ulong hash) => LoremUsed[SlotOf(LoremWords, LoremUsed, hash)];

    /// <summary>The slot holding <paramref name="hash"/>, or the free slot where it would go (linear probing).</summary>
    static int SlotOf(ReadOnlySpan<ulong> seen, ReadOnlySpan<bool> used, ulong hash)
    {
        int slot = (int)(hash ^ (hash >> 32)) & (DistinctSlots - 1);
        while (used[slot] && seen[slot] != hash) slot = (slot + 1) & (DistinctSlots - 1);
        return slot;
    }

    static bool IsLetter(byte cls) => cls is >= CharClass.FirstLetter and < CharClass.FirstDigit or CharClass.OtherLetter;

    static bool IsBoilerplate(ReadOnlySpan<char> line) => BoilerplateMarkers.Occurs(line);

    const ulong FnvOffset = 14695981039346656037UL;

    /// <summary>FNV-1a over folded letters, so "Counseling" and "counseling" are one distinct word.</summary>
    static ulong Step(ulong hash, char c, byte cls)
    {
        char folded = cls == CharClass.OtherLetter ? char.ToLowerInvariant(c) : CharClass.FoldedChar(cls);
        return (hash ^ folded) * 1099511628211UL;
    }

    static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong hash = FnvOffset;
        foreach (char c in word) hash = Step(hash, c, CharClass.Of(c));
        return hash;
    }
}
