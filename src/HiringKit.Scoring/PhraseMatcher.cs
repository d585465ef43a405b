using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HiringKit.Scoring;

/// <summary>One occurrence of a pattern: UTF-16 offsets into the text exactly as given.</summary>
public readonly record struct PhraseHit(int PatternId, int Start, int Length);

/// <summary>Receives hits as the matcher finds them, so a caller can match without allocating.</summary>
public interface IPhraseHitSink
{
    void Add(PhraseHit hit);
}

/// <summary>A pattern to compile: its spelling, and whether it must end at a word end.</summary>
/// <param name="PatternId">Reported back in every <see cref="PhraseHit"/> of this pattern.</param>
/// <param name="Text">One spelling; case, accents and separators are folded by <see cref="CharClass"/>.</param>
/// <param name="IsPrefix">True matches any word that starts with the text ("supervis" in "supervisor").</param>
public readonly record struct PatternSpelling(int PatternId, string Text, bool IsPrefix = false);

/// <summary>
/// Aho-Corasick automaton over folded character classes: one pass over the text finds every
/// spelling of every pattern, whole words only, whatever the case, accents, dashes or runs of
/// whitespace between words. Immutable once built, so one instance serves all threads.
/// </summary>
/// <remarks>
/// Whole-word matching lives in the automaton itself: there are two "empty" states, one at a
/// word boundary (a pattern may start here) and one inside a word (nothing may start until
/// the word ends), and failure links only lead to suffixes that start at a boundary. A pattern
/// is reported when the character after it (a separator, punctuation, apostrophe or the end of
/// the text) arrives, so "rapport" is never found inside "rapportage".
/// </remarks>
public sealed class PhraseMatcher
{
    const int AtBoundary = 0;
    const int InsideWord = 1;

    readonly byte[]? _columnOf;      // sparse: UTF-16 code unit -> column of a row
    readonly int _columns;           // a power of two, so a sparse full row starts at state << _columnShift
    readonly int _columnShift;
    readonly int _stateCount;
    // Up to 65,536 states (a glossary of a few dozen terms), every state has a full row of plain
    // 16-bit state numbers: one dependent load per character, and small enough to stay in L2.
    readonly ushort[]? _next16;      // [(state << _rowShift) + _offsetOf[c]] = next state on UTF-16 code unit c
    // Full rows: UTF-16 code unit -> where its column sits from a state's row start. A row holds at most 32 columns, one 64-byte
    // cache line: with more columns, the ones text rarely holds (ignorables, a spelling's third punctuation mark) sit in a
    // second plane after all the rows, so a resume's walk touches one line a state and neighbouring states share none with
    // cold columns (rows of 64 columns doubled what each miss brought in: the scan after the rest of a score had run was 28%
    // slower, 30% of the score's profile against 22%).
    readonly int[]? _offsetOf;
    readonly int _rowShift;
    // More states than that (hundreds of terms), only the states near the root keep full rows and
    // the rest keep just their own edges and a fallback, as a trie does (issue 17): a full row per
    // state was 92 MB at a thousand terms, and the table's cache misses made matching 4x slower.
    readonly SparseTables? _sparse;
    // No spelling holds the punctuation class, so after any such character the automaton is, for all that
    // follows, back at a word boundary: the text can be cut there and the pieces walked at once.
    readonly bool _cutAtPunctuation;
    // UTF-16 code unit -> its class, as CharClass.Table has it but for the punctuation a spelling holds ("(cbt)"): each such
    // character has a class of its own from FirstPatternPunctuation on, so an HR phrase with punctuation keeps the text cuttable.
    readonly byte[] _classOf;
    readonly int _firstReporting;    // full rows: states from here on report at least one spelling
    // What each reporting state reports: the k-th reporting state's first spelling at [k], each one's Next leading to the
    // state's next (0: none), so reporting costs one cache miss, not a miss in a table of offsets first and then another.
    readonly Reported[] _reports;
    readonly int[]? _firstReportOf;  // sparse: [state] = where its reports start in _reports, or -1
    readonly byte[] _symbols;        // every spelling's symbols, back to back
    // [at the last symbol of each word of a spelling] = the word's symbol count (0 beyond 255): a hit of several words finds its
    // start a word at a time, not a character at a time.
    readonly byte[] _wordLengths;
    readonly int _spellingCount;

    sealed record Spelling(int PatternId, byte[] Symbols, bool EndsAfterBoundary);

    /// <summary>
    /// The first class of the punctuation characters spellings hold ("crisis intervention team (cit)", "ph.d."), one class a
    /// character, in the text as in the spellings: a spelling's "(" matches "(" only. When any punctuation stood for all, one
    /// such phrase entered by HR put the punctuation class in the automaton's paths, so no cut was safe and the matcher walked
    /// in one piece, 1.7x slower.
    /// </summary>
    internal const byte FirstPatternPunctuation = CharClass.Count;

    /// <summary>Classes for spellings' punctuation; characters beyond the first this many less one share the last.</summary>
    const int PatternPunctuationClasses = 16;

    /// <summary>A letter or digit: the pattern punctuation classes are numbered after them but end a word as punctuation does.</summary>
    static bool IsWordSymbol(byte symbol) => CharClass.IsWord(symbol) && symbol < FirstPatternPunctuation;

    /// <summary>One spelling as a reporting state reports it, in 16 bytes.</summary>
    readonly struct Reported(int patternId, int symbolsAt, int symbolCount, bool endsAfterBoundary, bool isOneWord, byte firstSymbol, int next = 0)
    {
        public readonly int PatternId = patternId;
        public readonly int SymbolsAt = symbolsAt;
        public readonly short SymbolCount = (short)symbolCount;
        readonly byte _flags = (byte)((endsAfterBoundary ? 1 : 0) | (isOneWord ? 2 : 0));
        public readonly byte FirstSymbol = firstSymbol;
        /// <summary>Where the same state's next spelling is in the reports, or 0 for none (index 0 is always a state's first).</summary>
        public readonly int Next = next;

        public bool EndsAfterBoundary => (_flags & 1) != 0;
        public bool IsOneWord => (_flags & 2) != 0;

        public Reported WithNext(int next) => new(PatternId, SymbolsAt, SymbolCount, EndsAfterBoundary, IsOneWord, FirstSymbol, next);
    }

    /// <summary>
    /// The large automaton's tables. States are numbered with the full-row ones first; a state is
    /// carried as (number &lt;&lt; 1 | reports), so the walk tests one bit to know whether to report.
    /// </summary>
    sealed class SparseTables(int fullRowStates, int[] fullRows, int[] fallback, int[] edgeStart, byte[] edgeColumn, int[] edgeTarget, byte ignorableColumn)
    {
        public readonly int FullRowStates = fullRowStates;
        public readonly int[] FullRows = fullRows;     // [state << shift | column] = carried next state
        public readonly int[] Fallback = fallback;     // [state - FullRowStates] = the longest suffix state (plain number)
        public readonly int[] EdgeStart = edgeStart;   // [state - FullRowStates] .. [+ 1] = its edges
        public readonly byte[] EdgeColumn = edgeColumn;
        public readonly int[] EdgeTarget = edgeTarget; // carried
        public readonly byte IgnorableColumn = ignorableColumn;

        public long Bytes => FullRows.Length * 4L + Fallback.Length * 4L + EdgeStart.Length * 4L + EdgeColumn.Length + EdgeTarget.Length * 4L;
    }

    PhraseMatcher(byte[]? columnOf, int[]? offsetOf, byte[] classOf, int columns, int stateCount, ushort[]? next16, SparseTables? sparse, int firstReporting,
        int[]? firstReportOf, Reported[] reports, byte[] symbols, byte[] wordLengths, int spellingCount)
    {
        _columnOf = columnOf;
        _offsetOf = offsetOf;
        _rowShift = System.Numerics.BitOperations.Log2((uint)Math.Min(columns, RowWidth));
        _classOf = classOf;
        _columns = columns;
        _columnShift = System.Numerics.BitOperations.Log2((uint)columns);
        _stateCount = stateCount;
        _next16 = next16;
        _sparse = sparse;
        _cutAtPunctuation = Array.IndexOf(symbols, CharClass.Punctuation) < 0;
        _firstReporting = firstReporting;
        _firstReportOf = firstReportOf;
        _reports = reports;
        _symbols = symbols;
        _wordLengths = wordLengths;
        _spellingCount = spellingCount;
    }

    public int StateCount => _stateCount;

    /// <summary>Whether long texts are cut after punctuation and walked in four pieces at once: only when no spelling holds punctuation.</summary>
    internal bool CutsAtPunctuation => _cutAtPunctuation;

    /// <summary>Width of a row: the character classes this dictionary tells apart (letters no phrase uses are one), rounded up to a power of two.</summary>
    public int ColumnCount => _columns;

    public int SpellingCount => _spellingCount;

    /// <summary>
    /// Bytes held by the automaton's arrays (object headers left out): transitions, reports and the
    /// spellings' symbols. What a bigger glossary costs in memory, published per phrase and in the metrics.
    /// </summary>
    public long Bytes => (_next16?.Length ?? 0) * 2L + (_sparse?.Bytes ?? 0) + (_columnOf?.Length ?? 0) + (_offsetOf?.Length ?? 0) * 4L + (_firstReportOf?.Length ?? 0) * 4L
        + (ReferenceEquals(_classOf, CharClass.Table) ? 0 : _classOf.Length)
        + (long)_reports.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<Reported>() + _symbols.Length + _wordLengths.Length;

    /// <summary>
    /// Finds every occurrence, in order of where it ends; overlapping occurrences are all reported.
    /// A word a line end broke with a hyphen ("therapeu-\ntic", as PDF text extraction leaves it) is
    /// also read joined, with offsets still into the text as given.
    /// </summary>
    /// <returns>How many hits were passed to the sink.</returns>
    public int FindAll<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        return LineEndHyphens.First(text) < 0 ? FindAllAsGiven(text, ref sink) : FindAllWithJoins(text, ref sink);
    }

    /// <summary>
    /// Walks the text as given, then a copy with every line-end hyphen joined, keeping from the copy
    /// only the hits that cross a join (the rest the first walk found already); both in one order by end.
    /// Rare in real resumes, so this path may allocate.
    /// </summary>
    int FindAllWithJoins<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        var asGiven = new List<PhraseHit>();
        var givenSink = new CollectingSink(asGiven);
        FindAllAsGiven(text, ref givenSink);

        var joined = new char[text.Length];
        var originOf = new int[text.Length + 1];
        int length = LineEndHyphens.Join(text, joined, originOf);
        var crossing = new List<PhraseHit>();
        var joinedSink = new CollectingSink(crossing);
        FindAllAsGiven(joined.AsSpan(0, length), ref joinedSink);

        int found = 0, g = 0;
        foreach (var hit in crossing)
        {
            int start = originOf[hit.Start], end = originOf[hit.Start + hit.Length - 1] + 1;
            if (end - start == hit.Length) continue;
            for (; g < asGiven.Count && asGiven[g].Start + asGiven[g].Length <= end; g++, found++) sink.Add(asGiven[g]);
            sink.Add(new PhraseHit(hit.PatternId, start, end - start));
            found++;
        }
        for (; g < asGiven.Count; g++, found++) sink.Add(asGiven[g]);
        return found;
    }

    sealed class CollectingSink(List<PhraseHit> hits) : IPhraseHitSink
    {
        public void Add(PhraseHit hit) => hits.Add(hit);
    }

    int FindAllAsGiven<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        if (_next16 is not null) return FindAll16(text, ref sink);
        var tables = _sparse!;
        ref byte columns = ref MemoryMarshal.GetArrayDataReference(_columnOf!);
        int state = AtBoundary << 1;
        int found = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int target = Step(tables, state, Unsafe.Add(ref columns, text[i]));
            // A state loops on itself for extra separators and ignorables; it must report only once.
            if ((target & 1) != 0 && target != state)
                found += Report(text, _firstReportOf![target >> 1], i, ref sink);
            state = target;
        }
        // The end of the text ends the last word like a separator would.
        int last = Step(tables, state, _columnOf![' ']);
        if ((last & 1) != 0 && last != state)
            found += Report(text, _firstReportOf![last >> 1], text.Length, ref sink);
        return found;
    }

    /// <summary>The next carried state: a full row answers at once; otherwise the state's own edges, then its fallback's, and so on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int Step(SparseTables tables, int carried, int column)
    {
        int state = carried >> 1;
        if (state < tables.FullRowStates) return tables.FullRows[(state << _columnShift) + column];
        if (column == tables.IgnorableColumn) return carried;
        while (true)
        {
            int k = state - tables.FullRowStates;
            for (int e = tables.EdgeStart[k]; e < tables.EdgeStart[k + 1]; e++)
                if (tables.EdgeColumn[e] == column) return tables.EdgeTarget[e];
            state = tables.Fallback[k];
            if (state < tables.FullRowStates) return tables.FullRows[(state << _columnShift) + column];
        }
    }

    /// <summary>Texts shorter than this are walked in one piece: too short to win back the cuts.</summary>
    const int MinCutLength = 1024;

    /// <summary>
    /// Longer texts are walked a segment of about this many characters at a time, each in four quarters: a quarter of a
    /// 200 KB resume held about ten times <see cref="HeldBackHits"/> and was walked twice.
    /// </summary>
    const int SegmentLength = 8192;

    /// <summary>Hits of a later quarter held back until the ones before are done; more, and that quarter is walked again.</summary>
    const int HeldBackHits = 128;

    int FindAll16<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        int state = AtBoundary;
        if (!_cutAtPunctuation || text.Length < MinCutLength)
            return WalkRange(text, 0, text.Length, ref state, ref sink) + EndOfText(text, state, ref sink);
        // The later quarters' held-back hits, made here and not in the walk: the runtime compiles a method that loops and
        // allocates on the stack at once in full, without the profile its tiers gather, and the walk is the matcher's hot loop.
        return InSegments(text, stackalloc PhraseHit[3 * HeldBackHits], ref sink);
    }

    int InSegments<TSink>(ReadOnlySpan<char> text, scoped Span<PhraseHit> held, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        int state = AtBoundary, found = 0;
        // A segment's first quarter goes on from the state the last one ended in, so a segment may end anywhere.
        for (int start = 0, end; start < text.Length; start = end)
        {
            end = text.Length - start < SegmentLength + MinCutLength ? text.Length : start + SegmentLength;
            found += FourWays(text, start, end, ref state, held, ref sink);
        }
        return found + EndOfText(text, state, ref sink);
    }

    /// <summary>Walks text[start..end) on from <paramref name="state"/>, in four quarters at once when they can be cut.</summary>
    /// <param name="held">Room for the three later quarters' held-back hits, <see cref="HeldBackHits"/> each.</param>
    int FourWays<TSink>(ReadOnlySpan<char> text, int start, int end, ref int state, scoped Span<PhraseHit> held, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        int length = end - start;
        int c1 = CutAfterPunctuation(text, start + length / 4, end);
        int c2 = CutAfterPunctuation(text, Math.Max(start + length / 2, c1), end);
        int c3 = CutAfterPunctuation(text, Math.Max(start + length / 4 * 3, c2), end);
        if (c1 <= start || c2 <= c1 || c3 <= c2)
            return WalkRange(text, start, end, ref state, ref sink);

        // Each character costs one table load that depends on the one before; walking four quarters
        // in one loop gives the CPU four independent chains to overlap.
        ref int offsets = ref MemoryMarshal.GetArrayDataReference(_offsetOf!);
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next16!);
        int shift = _rowShift;
        int firstReporting = _firstReporting;
        var heldB = new SpanSink(held[..HeldBackHits]);
        var heldC = new SpanSink(held.Slice(HeldBackHits, HeldBackHits));
        var heldD = new SpanSink(held.Slice(2 * HeldBackHits, HeldBackHits));
        int steps = Math.Min(Math.Min(c1 - start, c2 - c1), Math.Min(c3 - c2, end - c3));
        int stateA = state, stateB = AtBoundary, stateC = AtBoundary, stateD = AtBoundary, found = 0;
        // Every index below is under its piece's end, so the four bounds checks per step can go.
        ref char chars = ref MemoryMarshal.GetReference(text);
        for (int step = 0; step < steps; step++)
        {
            int a = start + step, b = c1 + step, c = c2 + step, d = c3 + step;
            int targetA = Unsafe.Add(ref next, (stateA << shift) + Unsafe.Add(ref offsets, Unsafe.Add(ref chars, a)));
            int targetB = Unsafe.Add(ref next, (stateB << shift) + Unsafe.Add(ref offsets, Unsafe.Add(ref chars, b)));
            int targetC = Unsafe.Add(ref next, (stateC << shift) + Unsafe.Add(ref offsets, Unsafe.Add(ref chars, c)));
            int targetD = Unsafe.Add(ref next, (stateD << shift) + Unsafe.Add(ref offsets, Unsafe.Add(ref chars, d)));
            if (targetA >= firstReporting && targetA != stateA) found += Report(text, targetA - firstReporting, a, ref sink);
            if (targetB >= firstReporting && targetB != stateB) Report(text, targetB - firstReporting, b, ref heldB);
            if (targetC >= firstReporting && targetC != stateC) Report(text, targetC - firstReporting, c, ref heldC);
            if (targetD >= firstReporting && targetD != stateD) Report(text, targetD - firstReporting, d, ref heldD);
            stateA = targetA;
            stateB = targetB;
            stateC = targetC;
            stateD = targetD;
        }

        found += WalkRange(text, start + steps, c1, ref stateA, ref sink);
        found += Finish(text, c1, c2, c1 + steps, ref stateB, heldB.Hits, heldB.Count, ref sink);
        found += Finish(text, c2, c3, c2 + steps, ref stateC, heldC.Hits, heldC.Count, ref sink);
        found += Finish(text, c3, end, c3 + steps, ref stateD, heldD.Hits, heldD.Count, ref sink);
        state = stateD;
        return found;
    }

    /// <summary>Passes on a quarter's held-back hits and walks the rest of it; walks it all again if too many were held.</summary>
    int Finish<TSink>(ReadOnlySpan<char> text, int start, int end, int walked, ref int state, scoped ReadOnlySpan<PhraseHit> held, int heldCount, ref TSink sink)
        where TSink : IPhraseHitSink, allows ref struct
    {
        if (heldCount > held.Length)
        {
            state = AtBoundary;
            return WalkRange(text, start, end, ref state, ref sink);
        }
        foreach (var hit in held) sink.Add(hit);
        return heldCount + WalkRange(text, walked, end, ref state, ref sink);
    }

    /// <summary>Just after the first punctuation character at or after <paramref name="from"/> and before <paramref name="end"/>' last character, or -1.</summary>
    int CutAfterPunctuation(ReadOnlySpan<char> text, int from, int end)
    {
        ref byte table = ref MemoryMarshal.GetArrayDataReference(_classOf);
        for (int i = from; i < end - 1; i++)
            if (Unsafe.Add(ref table, text[i]) == CharClass.Punctuation) return i + 1;
        return -1;
    }

    /// <summary>Walks text[from..to) on from <paramref name="state"/>.</summary>
    int WalkRange<TSink>(ReadOnlySpan<char> text, int from, int to, ref int state, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        ref int offsets = ref MemoryMarshal.GetArrayDataReference(_offsetOf!);
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next16!);
        int shift = _rowShift;
        int firstReporting = _firstReporting;
        int current = state, found = 0;
        for (int i = from; i < to; i++)
        {
            int target = Unsafe.Add(ref next, (current << shift) + Unsafe.Add(ref offsets, text[i]));
            if (target >= firstReporting && target != current)
                found += Report(text, target - firstReporting, i, ref sink);
            current = target;
        }
        state = current;
        return found;
    }

    /// <summary>The end of the text ends the last word like a separator would.</summary>
    int EndOfText<TSink>(ReadOnlySpan<char> text, int state, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        int last = _next16![(state << _rowShift) + _offsetOf![' ']];
        return last >= _firstReporting && last != state ? Report(text, last - _firstReporting, text.Length, ref sink) : 0;
    }

    /// <summary>Writes hits into <paramref name="buffer"/>; hits beyond its length are counted but dropped.</summary>
    /// <returns>How many hits there were in total (may exceed the buffer's length).</returns>
    public int FindAll(ReadOnlySpan<char> text, Span<PhraseHit> buffer)
    {
        var sink = new SpanSink(buffer);
        return FindAll(text, ref sink);
    }

    ref struct SpanSink(Span<PhraseHit> buffer) : IPhraseHitSink
    {
        readonly Span<PhraseHit> _buffer = buffer;
        int _count;

        public readonly int Count => _count;

        public readonly ReadOnlySpan<PhraseHit> Hits => _buffer[..Math.Min(_count, _buffer.Length)];

        public void Add(PhraseHit hit)
        {
            if (_count < _buffer.Length) _buffer[_count] = hit;
            _count++;
        }
    }

    /// <param name="first">Where the state's reports start: full rows, the state less the first reporting one.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    int Report<TSink>(ReadOnlySpan<char> text, int first, int boundary, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        int found = 0;
        for (int r = first, next; ; r = next)
        {
            ref readonly var report = ref _reports[r];
            next = report.Next;
            int end = report.EndsAfterBoundary ? boundary : boundary + 1;
            int start = report.IsOneWord ? StartOfWord(text, end, report.SymbolCount, report.FirstSymbol, _classOf)
                : StartOfWords(text, end, _symbols.AsSpan(report.SymbolsAt, report.SymbolCount), _wordLengths.AsSpan(report.SymbolsAt, report.SymbolCount), _classOf);
            if (start < 0) start = StartOf(text, end, _symbols.AsSpan(report.SymbolsAt, report.SymbolCount), _classOf);
            if (start >= 0)
            {
                sink.Add(new PhraseHit(report.PatternId, start, end - start));
                found++;
            }
            if (next == 0) return found;
        }
    }

    /// <summary>
    /// A one-word spelling starts exactly its length back, unless an invisible character (soft
    /// hyphen, combining accent) hides inside it: then the character before that guess is part of
    /// the word, and the full walk decides.
    /// </summary>
    /// <returns>The start, or -1 when the full walk must decide.</returns>
    static int StartOfWord(ReadOnlySpan<char> text, int end, int length, byte firstSymbol, byte[] classOf)
    {
        int start = end - length;
        if (start < 0) return -1;
        ref byte table = ref MemoryMarshal.GetArrayDataReference(classOf);
        if (start > 0)
        {
            byte before = Unsafe.Add(ref table, text[start - 1]);
            if (before == CharClass.Ignorable || IsWordSymbol(before)) return -1;
        }
        return Unsafe.Add(ref table, text[start]) == firstSymbol ? start : -1;
    }

    /// <summary>
    /// A spelling of several words, placed a word at a time from its end: a word starts exactly its length back when the
    /// character before that is a separator (or, before the first word, punctuation, a separator or the text's start), as an
    /// invisible character inside the word would put one of its own letters there; the separators between two words are
    /// skipped as <see cref="StartOf"/> skips them. A third of a resume's hits have several words, which the walk went back
    /// over a character at a time (18 on average), a class lookup and a compare each.
    /// </summary>
    /// <returns>Where <see cref="StartOf"/> would say the hit starts, or -1 when it must decide.</returns>
    static int StartOfWords(ReadOnlySpan<char> text, int end, ReadOnlySpan<byte> symbols, ReadOnlySpan<byte> wordLengths, byte[] classOf)
    {
        ref byte table = ref MemoryMarshal.GetArrayDataReference(classOf);
        int last = symbols.Length - 1; // the last symbol of the word being placed
        int after = end;               // just after that word in the text
        while (true)
        {
            int length = wordLengths[last];
            int start = after - length;
            if (length == 0 || start < 0 || Unsafe.Add(ref table, text[start]) != symbols[last - length + 1]) return -1;
            last -= length + 1; // past the word and the separator before it
            byte before = start > 0 ? Unsafe.Add(ref table, text[start - 1]) : CharClass.Punctuation;
            if (last < 0) return before is CharClass.Punctuation or CharClass.Separator ? start : -1;
            if (before != CharClass.Separator) return -1;
            int j = start - 2;
            while (j >= 0 && Unsafe.Add(ref table, text[j]) is CharClass.Separator or CharClass.Ignorable) j--;
            after = j + 1;
        }
    }

    /// <summary>
    /// Walks back over the spelling to find where it starts in the original text: a run of
    /// separators there ("therapeutic \r\n alliance") stands for one separator in the spelling.
    /// </summary>
    static int StartOf(ReadOnlySpan<char> text, int end, ReadOnlySpan<byte> symbols, byte[] classOf)
    {
        ref byte table = ref MemoryMarshal.GetArrayDataReference(classOf);
        int j = end - 1;
        for (int k = symbols.Length - 1; k >= 0; k--)
        {
            if (j < 0) return -1;
            byte cls = Unsafe.Add(ref table, text[j]);
            while (cls == CharClass.Ignorable)
            {
                if (--j < 0) return -1;
                cls = Unsafe.Add(ref table, text[j]);
            }
            if (cls != symbols[k]) return -1;
            j--;
            if (cls == CharClass.Separator)
                while (j >= 0 && Unsafe.Add(ref table, text[j]) is CharClass.Separator or CharClass.Ignorable) j--;
        }
        return j + 1;
    }

    /// <summary>
    /// Folds a spelling into the symbols the automaton walks: separators collapsed and trimmed, ignorables dropped,
    /// punctuation its class in <paramref name="punctuation"/>.
    /// </summary>
    static byte[] Fold(string text, Dictionary<char, byte> punctuation)
    {
        var symbols = new List<byte>(text.Length);
        foreach (char c in text)
        {
            byte cls = CharClass.Of(c);
            if (cls == CharClass.Ignorable) continue;
            if (cls == CharClass.Punctuation) cls = punctuation[c];
            if (cls == CharClass.Separator && (symbols.Count == 0 || symbols[^1] == CharClass.Separator)) continue;
            symbols.Add(cls);
        }
        if (symbols.Count > 0 && symbols[^1] == CharClass.Separator) symbols.RemoveAt(symbols.Count - 1);
        return [.. symbols];
    }

    /// <summary>
    /// A matcher for just these phrases and their plural and regional spellings: each hit's
    /// <see cref="PhraseHit.PatternId"/> is the phrase's index. <see cref="ScoringDictionary"/>
    /// builds a richer one (false friends, titles, cues) for the scorer.
    /// </summary>
    public static PhraseMatcher Build(IReadOnlyList<string> phrases) =>
        Build(phrases.SelectMany((phrase, id) => Spellings.Of(phrase).Select(spelling => new PatternSpelling(id, spelling))));

    public static PhraseMatcher Build(IEnumerable<PatternSpelling> patterns) => Build(patterns, MaxFullRowStates);

    /// <summary>Columns a full row holds: 32 state numbers of 16 bits, one 64-byte cache line.</summary>
    const int RowWidth = 32;

    /// <summary>Automata up to this many states get a full row per state (16-bit state numbers).</summary>
    internal const int MaxFullRowStates = ushort.MaxValue + 1;

    /// <param name="maxFullRowStates">Above this many states, only states near the root get full rows (tests lower it to compare both forms).</param>
    internal static PhraseMatcher Build(IEnumerable<PatternSpelling> patterns, int maxFullRowStates)
    {
        var all = patterns as IReadOnlyCollection<PatternSpelling> ?? [.. patterns];
        // Each punctuation character the spellings hold gets its class, in order of first appearance.
        var punctuation = new Dictionary<char, byte>();
        foreach (var pattern in all)
            foreach (char c in pattern.Text)
                if (CharClass.Of(c) == CharClass.Punctuation && !punctuation.ContainsKey(c))
                    punctuation[c] = (byte)(FirstPatternPunctuation + Math.Min(punctuation.Count, PatternPunctuationClasses - 1));
        var spellings = new List<Spelling>();
        var seen = new HashSet<(int, string, bool)>();
        foreach (var pattern in all)
        {
            byte[] symbols = Fold(pattern.Text, punctuation);
            if (symbols.Length == 0 || symbols.All(s => s == CharClass.Separator)) continue;
            if (!seen.Add((pattern.PatternId, Convert.ToBase64String(symbols), pattern.IsPrefix))) continue;
            bool needsWordEnd = !pattern.IsPrefix && IsWordSymbol(symbols[^1]);
            spellings.Add(new Spelling(pattern.PatternId, symbols, needsWordEnd));
        }
        return new Builder(spellings, punctuation, Math.Min(maxFullRowStates, MaxFullRowStates)).Build();
    }

    /// <summary>
    /// Builds the trie with linked children (a node holds no array of all classes: at a thousand terms
    /// that was 117 MB for the trie and as much again for the transition table while compiling), then
    /// the failure links breadth-first, computing full rows only for the states that keep them.
    /// </summary>
    sealed class Builder(List<Spelling> spellings, Dictionary<char, byte> punctuation, int maxFullRowStates)
    {
        const int K = CharClass.Count + PatternPunctuationClasses;

        /// <summary>What ends a word after a spelling; the spellings' punctuation classes only when they hold some, as each costs a column and a node a spelling.</summary>
        readonly byte[] WordEnds = [CharClass.Separator, CharClass.Punctuation, CharClass.Apostrophe, .. punctuation.Values.Distinct()];

        /// <summary>
        /// In a large automaton, states this close to the root keep full rows: almost every character of
        /// a resume leaves the root for a state this shallow, most never go deeper.
        /// </summary>
        const int FullRowDepth = 4;

        struct Node
        {
            public int FirstChild;
            public int Sibling;
            public int Depth;
            public byte Incoming;
        }

        // Sized once from the sorted spellings (a node per symbol past the common prefix, three word ends
        // per spelling): grown lists of 700,000 nodes were copied about twenty times each.
        Node[] _nodes = [];
        // A node's own spellings as a list threaded through arrays: a List per node was 200,000 allocations.
        int[] _ownHead = [];                  // [node] = first entry, or -1
        readonly List<(int Spelling, int Next)> _ownEntries = [];
        int _count;

        int NewNode(byte incoming, int depth)
        {
            _nodes[_count] = new Node { FirstChild = -1, Sibling = -1, Depth = depth, Incoming = incoming };
            return _count++;
        }

        int FindChild(int node, byte symbol)
        {
            for (int child = _nodes[node].FirstChild; child >= 0; child = _nodes[child].Sibling)
                if (_nodes[child].Incoming == symbol) return child;
            return -1;
        }

        int Child(int node, byte symbol)
        {
            int child = FindChild(node, symbol);
            return child >= 0 ? child : AppendChild(node, symbol);
        }

        /// <summary>A new child, for a node known to have none on this symbol.</summary>
        int AppendChild(int node, byte symbol)
        {
            int child = NewNode(symbol, _nodes[node].Depth + 1);
            _nodes[child].Sibling = _nodes[node].FirstChild;
            _nodes[node].FirstChild = child;
            return child;
        }

        /// <summary>Adds a spelling to a node's own, kept in the order the spellings were given.</summary>
        void AddOutput(int node, int spelling)
        {
            // Indexes, not a ref into the list: adding may move its array, and a link written through a ref
            // into the old one was lost (a spelling shared by two patterns then reported only the first).
            int previous = -1, link = _ownHead[node];
            while (link >= 0 && _ownEntries[link].Spelling < spelling) (previous, link) = (link, _ownEntries[link].Next);
            _ownEntries.Add((spelling, link));
            if (previous < 0) _ownHead[node] = _ownEntries.Count - 1;
            else System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_ownEntries)[previous].Next = _ownEntries.Count - 1;
        }

        bool HasOwn(int node) => _ownHead[node] >= 0;

        public PhraseMatcher Build()
        {

            // In sorted order each spelling shares its predecessor's path up to their common prefix, so only
            // the first new step can meet an existing child (a word end added for a shorter spelling); every
            // step below it makes a new node without searching siblings (searching made 40% of a compile).
            var sorted = new int[spellings.Count];
            for (int s = 0; s < sorted.Length; s++) sorted[s] = s;
            Array.Sort(sorted, (a, b) =>
            {
                int bySymbols = spellings[a].Symbols.AsSpan().SequenceCompareTo(spellings[b].Symbols);
                return bySymbols != 0 ? bySymbols : a.CompareTo(b);
            });
            long capacity = 2;
            byte[] previous = [];
            foreach (int s in sorted)
            {
                capacity += spellings[s].Symbols.Length - spellings[s].Symbols.AsSpan().CommonPrefixLength(previous) + WordEnds.Length;
                previous = spellings[s].Symbols;
            }
            _nodes = new Node[capacity];
            _ownHead = new int[capacity];
            Array.Fill(_ownHead, -1);
            NewNode(CharClass.Punctuation, 0); // AtBoundary
            NewNode(CharClass.Punctuation, 0); // InsideWord

            var path = new List<int> { AtBoundary };
            previous = [];
            foreach (int s in sorted)
            {
                var spelled = spellings[s].Symbols;
                int common = spelled.AsSpan().CommonPrefixLength(previous);
                path.RemoveRange(common + 1, path.Count - common - 1);
                int node = path[common];
                for (int k = common; k < spelled.Length; k++)
                {
                    node = k == common ? Child(node, spelled[k]) : AppendChild(node, spelled[k]);
                    path.Add(node);
                }
                previous = spelled;
                if (spellings[s].EndsAfterBoundary)
                    foreach (byte end in WordEnds) AddOutput(Child(node, end), s);
                else
                    AddOutput(node, s);
            }
            int count = _count;

            // Columns: the four non-word classes and every class a spelling uses have their own; the
            // classes no spelling uses (other letters, digits, other scripts) behave alike everywhere and share one.
            var used = new bool[K];
            for (int c = 0; c < CharClass.FirstLetter; c++) used[c] = true;
            foreach (var spelling in spellings)
                foreach (byte symbol in spelling.Symbols) used[symbol] = true;
            var columnOfClass = new byte[K];
            var representative = new List<byte>();
            int sharedColumn = -1;
            for (int c = 0; c < K; c++)
            {
                if (!used[c] && sharedColumn >= 0) { columnOfClass[c] = (byte)sharedColumn; continue; }
                if (!used[c]) sharedColumn = representative.Count;
                columnOfClass[c] = (byte)representative.Count;
                representative.Add((byte)c);
            }
            int columns = representative.Count;
            int width = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)columns);

            bool allFullRows = count <= maxFullRowStates;
            // [node] = its full row's index, or -1; full rows hold node numbers, one per column.
            var rowOf = new int[count];
            Array.Fill(rowOf, -1);
            var rows = new List<int>(allFullRows ? count * columns : 0);
            int AddRow(int node)
            {
                rowOf[node] = rows.Count / columns;
                for (int col = 0; col < columns; col++) rows.Add(-1);
                return rowOf[node] * columns;
            }

            var fail = new int[count];
            // The nearest node on the failure chain that ends a spelling itself: a node reports its own
            // spellings, then that node's, and so on (a list per node, merged, was 200,000 lists at a thousand terms).
            var outputLink = new int[count];
            Array.Fill(outputLink, -1);
            bool Reports(int node) => HasOwn(node) || outputLink[node] >= 0;

            // The next node from a node on a class: its child, a loop on itself (ignorables, and extra
            // separators after a separator), else its failure node's.
            int Delta(int node, byte cls)
            {
                while (true)
                {
                    if (rowOf[node] >= 0) return rows[rowOf[node] * columns + columnOfClass[cls]];
                    int child = FindChild(node, cls);
                    if (child >= 0) return child;
                    if (cls == CharClass.Ignorable || (cls == CharClass.Separator && _nodes[node].Incoming == CharClass.Separator)) return node;
                    node = fail[node];
                }
            }

            int atBoundary = AddRow(AtBoundary), insideWord = AddRow(InsideWord);
            for (int col = 0; col < columns; col++)
            {
                byte cls = representative[col];
                int child = FindChild(AtBoundary, cls);
                rows[atBoundary + col] = child >= 0 ? child : IsWordSymbol(cls) ? InsideWord : AtBoundary;
            }
            for (int col = 0; col < columns; col++)
            {
                byte cls = representative[col];
                rows[insideWord + col] = IsWordSymbol(cls) || cls == CharClass.Ignorable ? InsideWord : rows[atBoundary + col];
            }

            var breadthFirst = new List<int>(count) { AtBoundary, InsideWord };
            var queue = new Queue<int>();
            for (int child = _nodes[AtBoundary].FirstChild; child >= 0; child = _nodes[child].Sibling)
            {
                // The empty suffix after a letter is inside a word; after anything else, at a boundary.
                fail[child] = IsWordSymbol(_nodes[child].Incoming) ? InsideWord : AtBoundary;
                queue.Enqueue(child);
            }
            while (queue.Count > 0)
            {
                int s = queue.Dequeue();
                breadthFirst.Add(s);
                outputLink[s] = HasOwn(fail[s]) ? fail[s] : outputLink[fail[s]];
                // The row is Delta itself, read before the row is registered; a failure node is shallower, so its
                // row (if it keeps one) is already complete.
                if (allFullRows || _nodes[s].Depth <= FullRowDepth)
                {
                    int row = rows.Count;
                    for (int col = 0; col < columns; col++) rows.Add(Delta(s, representative[col]));
                    rowOf[s] = row / columns;
                }
                for (int child = _nodes[s].FirstChild; child >= 0; child = _nodes[child].Sibling)
                {
                    fail[child] = Delta(fail[s], _nodes[child].Incoming);
                    queue.Enqueue(child);
                }
            }

            var classOf = CharClass.Table;
            if (punctuation.Count > 0)
            {
                classOf = (byte[])CharClass.Table.Clone();
                foreach (var (c, cls) in punctuation) classOf[c] = cls;
            }
            var columnOf = new byte[classOf.Length];
            for (int ch = 0; ch < columnOf.Length; ch++) columnOf[ch] = columnOfClass[classOf[ch]];

            var symbols = new List<byte>();
            var wordLengths = new List<byte>();
            var symbolsAt = new int[spellings.Count];
            for (int s = 0; s < spellings.Count; s++)
            {
                symbolsAt[s] = symbols.Count;
                var spelled = spellings[s].Symbols;
                symbols.AddRange(spelled);
                for (int k = 0, wordStart = 0; k < spelled.Length; k++)
                {
                    if (spelled[k] == CharClass.Separator) { wordLengths.Add(0); wordStart = k + 1; continue; }
                    int length = k + 1 - wordStart;
                    bool endsWord = k + 1 == spelled.Length || spelled[k + 1] == CharClass.Separator;
                    wordLengths.Add(endsWord && length <= byte.MaxValue ? (byte)length : (byte)0);
                }
            }

            var depthFirst = DepthFirst();
            int[] order;
            int firstReporting = 0;
            if (allFullRows)
            {
                // Reporting states go last so the hot loop tests one comparison per character. Within each
                // group depth-first: reading a word walks down one path of the trie, and depth-first order
                // keeps that path on neighbouring cache lines and pages (breadth-first order was 2.5x slower).
                order = [.. depthFirst.Where(s => !Reports(s)), .. depthFirst.Where(Reports)];
                firstReporting = order.Count(s => !Reports(s));
            }
            else
            {
                // The full-row states first (the shallowest, so a prefix of the breadth-first order), then the rest depth-first.
                int fullRowStates = rows.Count / columns;
                order = [.. breadthFirst.Take(fullRowStates), .. depthFirst.Where(s => rowOf[s] < 0)];
            }
            var renumbered = new int[count];
            for (int i = 0; i < count; i++) renumbered[order[i]] = i;

            // The reporting states' reports in state order: the k-th one's first at [k], the rest after all of those.
            var reportingStates = order.Where(Reports).ToList();
            var reports = new Reported[reportingStates.Count];
            var extras = new List<Reported>();
            for (int k = 0; k < reportingStates.Count; k++)
            {
                int node = reportingStates[k], last = -1;
                for (int from = HasOwn(node) ? node : outputLink[node]; from >= 0; from = outputLink[from])
                for (int entry = _ownHead[from]; entry >= 0; entry = _ownEntries[entry].Next)
                {
                    int s = _ownEntries[entry].Spelling;
                    var spelling = spellings[s];
                    var report = new Reported(spelling.PatternId, symbolsAt[s], spelling.Symbols.Length, spelling.EndsAfterBoundary,
                        Array.IndexOf(spelling.Symbols, CharClass.Separator) < 0, spelling.Symbols[0]);
                    if (last < 0) { reports[k] = report; last = k; continue; }
                    int at = reports.Length + extras.Count;
                    extras.Add(report);
                    if (last < reports.Length) reports[last] = reports[last].WithNext(at);
                    else extras[last - reports.Length] = extras[last - reports.Length].WithNext(at);
                    last = at;
                }
            }
            Reported[] allReports = [.. reports, .. extras];

            if (allFullRows)
            {
                var (next16, offsetOf) = PlanarRows(count, columns, width, columnOf, (i, col) => (ushort)renumbered[rows[rowOf[order[i]] * columns + col]]);
                return new PhraseMatcher(null, offsetOf, classOf, width, count, next16, null, firstReporting, null, allReports, [.. symbols], [.. wordLengths], spellings.Count);
            }

            int Carried(int node) => renumbered[node] << 1 | (Reports(node) ? 1 : 0);
            int fullRows = rows.Count / columns;
            var fullRowTable = new int[fullRows * width];
            for (int i = 0; i < fullRows; i++)
                for (int col = 0; col < columns; col++)
                    fullRowTable[i * width + col] = Carried(rows[rowOf[order[i]] * columns + col]);
            var fallback = new int[count - fullRows];
            var edgeStart = new int[count - fullRows + 1];
            var edgeColumn = new List<byte>();
            var edgeTarget = new List<int>();
            for (int i = fullRows; i < count; i++)
            {
                int node = order[i];
                fallback[i - fullRows] = renumbered[fail[node]];
                edgeStart[i - fullRows] = edgeColumn.Count;
                for (int child = _nodes[node].FirstChild; child >= 0; child = _nodes[child].Sibling)
                {
                    edgeColumn.Add(columnOfClass[_nodes[child].Incoming]);
                    edgeTarget.Add(Carried(child));
                }
                if (_nodes[node].Incoming == CharClass.Separator && FindChild(node, CharClass.Separator) < 0)
                {
                    edgeColumn.Add(columnOfClass[CharClass.Separator]);
                    edgeTarget.Add(Carried(node));
                }
            }
            edgeStart[^1] = edgeColumn.Count;
            var firstReportOf = new int[count];
            Array.Fill(firstReportOf, -1);
            for (int k = 0; k < reportingStates.Count; k++) firstReportOf[renumbered[reportingStates[k]]] = k;
            var tables = new SparseTables(fullRows, fullRowTable, fallback, edgeStart, [.. edgeColumn], [.. edgeTarget], columnOfClass[CharClass.Ignorable]);
            return new PhraseMatcher(columnOf, null, classOf, width, count, null, tables, 0, firstReportOf, allReports, [.. symbols], [.. wordLengths], spellings.Count);
        }

        /// <summary>
        /// The full rows' table: each state's first <see cref="RowWidth"/> columns in one aligned 64-byte line, the rest (when a
        /// dictionary tells more classes apart) in a second plane after all of them; and for each UTF-16 code unit where its
        /// column sits from a row's start, so the walk still costs one add and one load a character.
        /// </summary>
        static (ushort[] Table, int[] OffsetOf) PlanarRows(int count, int columns, int width, byte[] columnOf, Func<int, int, ushort> next)
        {
            int rowWidth = Math.Min(width, RowWidth);
            int planeSize = count * rowWidth;
            // Ignorables (soft hyphens, combining accents) are rare in text and loop on every state: their column (the
            // ignorable class's own number, as the four non-word classes are always the first columns) goes last, into the
            // cold plane, and the columns after it move down one.
            int PositionOf(int col) => width <= RowWidth || col < CharClass.Ignorable ? col : col == CharClass.Ignorable ? columns - 1 : col - 1;
            // Pinned, so the address never moves: the table starts on a cache line, and each row is exactly one.
            var table = GC.AllocateArray<ushort>(planeSize * (width / rowWidth) + 32, pinned: true);
            int start = (int)((64 - Marshal.UnsafeAddrOfPinnedArrayElement(table, 0) % 64) % 64) / sizeof(ushort);
            int OffsetOf(int col) => start + PositionOf(col) / rowWidth * planeSize + PositionOf(col) % rowWidth;
            for (int i = 0; i < count; i++)
                for (int col = 0; col < columns; col++)
                    table[(i * rowWidth) + OffsetOf(col)] = next(i, col);
            var offsetOf = new int[columnOf.Length];
            for (int ch = 0; ch < offsetOf.Length; ch++) offsetOf[ch] = OffsetOf(columnOf[ch]);
            return (table, offsetOf);
        }

        List<int> DepthFirst()
        {
            var order = new List<int>(_count) { AtBoundary, InsideWord };
            var stack = new Stack<int>();
            void PushChildren(int node)
            {
                for (int child = _nodes[node].FirstChild; child >= 0; child = _nodes[child].Sibling) stack.Push(child);
            }
            PushChildren(AtBoundary);
            while (stack.Count > 0)
            {
                int node = stack.Pop();
                order.Add(node);
                PushChildren(node);
            }
            return order;
        }
    }
}
