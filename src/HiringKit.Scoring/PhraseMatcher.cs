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

    readonly byte[] _columnOf;       // UTF-16 code unit -> column of _next
    readonly int _columns;           // a power of two, so a premultiplied state divides by shifting
    readonly int _columnShift;
    readonly int[] _next;            // [state * _columns + column] = next state * _columns
    // The same table holding plain state numbers, when they fit in 16 bits: half the bytes, so far
    // more of it stays in L2, which matters more than the extra shift per character.
    readonly ushort[]? _next16;
    // No spelling holds punctuation, so after any punctuation character the automaton is, for all
    // that follows, back at a word boundary: the text can be cut there and the pieces walked at once.
    readonly bool _cutAtPunctuation;
    readonly int _firstReporting;    // states from here on report at least one spelling (premultiplied)
    readonly int[] _reportOffsets;   // per reporting state, its range in _reports
    readonly Reported[] _reports;      // what each reporting state reports, flattened: reporting touches two cache lines, not five
    readonly byte[] _symbols;        // every spelling's symbols, back to back
    readonly int _spellingCount;

    sealed record Spelling(int PatternId, byte[] Symbols, bool EndsAfterBoundary);

    /// <summary>One spelling as a reporting state reports it.</summary>
    readonly struct Reported(int patternId, int symbolsAt, int symbolCount, bool endsAfterBoundary, bool isOneWord, byte firstSymbol)
    {
        public readonly int PatternId = patternId;
        public readonly int SymbolsAt = symbolsAt;
        public readonly short SymbolCount = (short)symbolCount;
        public readonly bool EndsAfterBoundary = endsAfterBoundary;
        public readonly bool IsOneWord = isOneWord;
        public readonly byte FirstSymbol = firstSymbol;
    }

    PhraseMatcher(byte[] columnOf, int columns, int[] next, int firstReporting, int[] reportOffsets, Reported[] reports, byte[] symbols, int spellingCount)
    {
        _columnOf = columnOf;
        _columns = columns;
        _columnShift = System.Numerics.BitOperations.Log2((uint)columns);
        _next = next;
        if (next.Length / columns <= ushort.MaxValue + 1)
        {
            _next16 = new ushort[next.Length];
            for (int i = 0; i < next.Length; i++) _next16[i] = (ushort)(next[i] >> _columnShift);
        }
        _cutAtPunctuation = Array.IndexOf(symbols, CharClass.Punctuation) < 0;
        _firstReporting = firstReporting;
        _reportOffsets = reportOffsets;
        _reports = reports;
        _symbols = symbols;
        _spellingCount = spellingCount;
    }

    public int StateCount => _next.Length / _columns;

    /// <summary>Width of a row: the character classes this dictionary tells apart (letters no phrase uses are one), rounded up to a power of two.</summary>
    public int ColumnCount => _columns;

    public int SpellingCount => _spellingCount;

    /// <summary>
    /// Bytes held by the automaton's arrays (object headers left out): what a bigger glossary costs in
    /// memory, for the API's metrics. The transition table is most of it.
    /// </summary>
    public long TableBytes =>
        _columnOf.Length + (long)_next.Length * sizeof(int) + (_next16?.Length ?? 0L) * sizeof(ushort)
        + (long)_reportOffsets.Length * sizeof(int) + (long)_reports.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<Reported>()
        + _symbols.Length;

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
        ref byte columns = ref MemoryMarshal.GetArrayDataReference(_columnOf);
        ref int next = ref MemoryMarshal.GetArrayDataReference(_next);
        int firstReporting = _firstReporting;
        int state = AtBoundary;
        int found = 0;

        for (int i = 0; i < text.Length; i++)
        {
            int target = Unsafe.Add(ref next, state + Unsafe.Add(ref columns, text[i]));
            // A state loops on itself for extra separators and ignorables; it must report only once.
            if (target >= firstReporting && target != state)
                found += Report(text, target, i, ref sink);
            state = target;
        }

        // The end of the text ends the last word like a separator would.
        int last = Unsafe.Add(ref next, state + Unsafe.Add(ref columns, ' '));
        if (last >= firstReporting && last != state)
            found += Report(text, last, text.Length, ref sink);
        return found;
    }

    /// <summary>Texts shorter than this are walked in one piece: too short to win back the cuts.</summary>
    const int MinCutLength = 1024;

    /// <summary>Hits of a later quarter held back until the ones before are done; more, and that quarter is walked again.</summary>
    const int HeldBackHits = 128;

    int FindAll16<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        int state = AtBoundary;
        int c1 = -1, c2 = -1, c3 = -1;
        if (_cutAtPunctuation && text.Length >= MinCutLength)
        {
            c1 = CutAfterPunctuation(text, text.Length / 4);
            c2 = CutAfterPunctuation(text, Math.Max(text.Length / 2, c1));
            c3 = CutAfterPunctuation(text, Math.Max(text.Length / 4 * 3, c2));
        }
        if (c1 <= 0 || c2 <= c1 || c3 <= c2)
            return WalkRange(text, 0, text.Length, ref state, ref sink) + EndOfText(text, state, ref sink);

        // Each character costs one table load that depends on the one before; walking four quarters
        // in one loop gives the CPU four independent chains to overlap.
        ref byte columns = ref MemoryMarshal.GetArrayDataReference(_columnOf);
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next16!);
        int shift = _columnShift;
        int firstReporting = _firstReporting >> shift;
        var heldB = new SpanSink(stackalloc PhraseHit[HeldBackHits]);
        var heldC = new SpanSink(stackalloc PhraseHit[HeldBackHits]);
        var heldD = new SpanSink(stackalloc PhraseHit[HeldBackHits]);
        int steps = Math.Min(Math.Min(c1, c2 - c1), Math.Min(c3 - c2, text.Length - c3));
        int stateA = AtBoundary, stateB = AtBoundary, stateC = AtBoundary, stateD = AtBoundary, found = 0;
        // Every index below is under its piece's end, so the four bounds checks per step can go.
        ref char chars = ref MemoryMarshal.GetReference(text);
        for (int a = 0; a < steps; a++)
        {
            int b = c1 + a, c = c2 + a, d = c3 + a;
            int targetA = Unsafe.Add(ref next, (stateA << shift) + Unsafe.Add(ref columns, Unsafe.Add(ref chars, a)));
            int targetB = Unsafe.Add(ref next, (stateB << shift) + Unsafe.Add(ref columns, Unsafe.Add(ref chars, b)));
            int targetC = Unsafe.Add(ref next, (stateC << shift) + Unsafe.Add(ref columns, Unsafe.Add(ref chars, c)));
            int targetD = Unsafe.Add(ref next, (stateD << shift) + Unsafe.Add(ref columns, Unsafe.Add(ref chars, d)));
            if (targetA >= firstReporting && targetA != stateA) found += Report(text, targetA << shift, a, ref sink);
            if (targetB >= firstReporting && targetB != stateB) Report(text, targetB << shift, b, ref heldB);
            if (targetC >= firstReporting && targetC != stateC) Report(text, targetC << shift, c, ref heldC);
            if (targetD >= firstReporting && targetD != stateD) Report(text, targetD << shift, d, ref heldD);
            stateA = targetA;
            stateB = targetB;
            stateC = targetC;
            stateD = targetD;
        }

        found += WalkRange(text, steps, c1, ref stateA, ref sink);
        found += Finish(text, c1, c2, c1 + steps, ref stateB, heldB.Hits, heldB.Count, ref sink);
        found += Finish(text, c2, c3, c2 + steps, ref stateC, heldC.Hits, heldC.Count, ref sink);
        found += Finish(text, c3, text.Length, c3 + steps, ref stateD, heldD.Hits, heldD.Count, ref sink);
        return found + EndOfText(text, stateD, ref sink);
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

    /// <summary>Just after the first punctuation character at or after <paramref name="from"/>, or -1.</summary>
    static int CutAfterPunctuation(ReadOnlySpan<char> text, int from)
    {
        ref byte table = ref MemoryMarshal.GetArrayDataReference(CharClass.Table);
        for (int i = from; i < text.Length - 1; i++)
            if (Unsafe.Add(ref table, text[i]) == CharClass.Punctuation) return i + 1;
        return -1;
    }

    /// <summary>Walks text[from..to) on from <paramref name="state"/>.</summary>
    int WalkRange<TSink>(ReadOnlySpan<char> text, int from, int to, ref int state, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        ref byte columns = ref MemoryMarshal.GetArrayDataReference(_columnOf);
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next16!);
        int shift = _columnShift;
        int firstReporting = _firstReporting >> shift;
        int current = state, found = 0;
        for (int i = from; i < to; i++)
        {
            int target = Unsafe.Add(ref next, (current << shift) + Unsafe.Add(ref columns, text[i]));
            if (target >= firstReporting && target != current)
                found += Report(text, target << shift, i, ref sink);
            current = target;
        }
        state = current;
        return found;
    }

    /// <summary>The end of the text ends the last word like a separator would.</summary>
    int EndOfText<TSink>(ReadOnlySpan<char> text, int state, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        int shift = _columnShift;
        int last = _next16![(state << shift) + _columnOf[' ']];
        return last >= _firstReporting >> shift && last != state ? Report(text, last << shift, text.Length, ref sink) : 0;
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

    [MethodImpl(MethodImplOptions.NoInlining)]
    int Report<TSink>(ReadOnlySpan<char> text, int state, int boundary, ref TSink sink) where TSink : IPhraseHitSink, allows ref struct
    {
        int reporting = (state - _firstReporting) >> _columnShift;
        int found = 0;
        for (int r = _reportOffsets[reporting]; r < _reportOffsets[reporting + 1]; r++)
        {
            ref readonly var report = ref _reports[r];
            int end = report.EndsAfterBoundary ? boundary : boundary + 1;
            int start = report.IsOneWord ? StartOfWord(text, end, report.SymbolCount, report.FirstSymbol) : -1;
            if (start < 0) start = StartOf(text, end, _symbols.AsSpan(report.SymbolsAt, report.SymbolCount));
            if (start < 0) continue;
            sink.Add(new PhraseHit(report.PatternId, start, end - start));
            found++;
        }
        return found;
    }

    /// <summary>
    /// A one-word spelling starts exactly its length back, unless an invisible character (soft
    /// hyphen, combining accent) hides inside it: then the character before that guess is part of
    /// the word, and the full walk decides.
    /// </summary>
    /// <returns>The start, or -1 when the full walk must decide.</returns>
    static int StartOfWord(ReadOnlySpan<char> text, int end, int length, byte firstSymbol)
    {
        int start = end - length;
        if (start < 0) return -1;
        ref byte table = ref MemoryMarshal.GetArrayDataReference(CharClass.Table);
        if (start > 0)
        {
            byte before = Unsafe.Add(ref table, text[start - 1]);
            if (before == CharClass.Ignorable || CharClass.IsWord(before)) return -1;
        }
        return Unsafe.Add(ref table, text[start]) == firstSymbol ? start : -1;
    }

    /// <summary>
    /// Walks back over the spelling to find where it starts in the original text: a run of
    /// separators there ("therapeutic \r\n alliance") stands for one separator in the spelling.
    /// </summary>
    static int StartOf(ReadOnlySpan<char> text, int end, ReadOnlySpan<byte> symbols)
    {
        ref byte table = ref MemoryMarshal.GetArrayDataReference(CharClass.Table);
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

    /// <summary>Folds a spelling into the symbols the automaton walks: separators collapsed and trimmed, ignorables dropped.</summary>
    public static byte[] Fold(string text)
    {
        var symbols = new List<byte>(text.Length);
        foreach (char c in text)
        {
            byte cls = CharClass.Of(c);
            if (cls == CharClass.Ignorable) continue;
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

    public static PhraseMatcher Build(IEnumerable<PatternSpelling> patterns)
    {
        var spellings = new List<Spelling>();
        var seen = new HashSet<(int, string, bool)>();
        foreach (var pattern in patterns)
        {
            byte[] symbols = Fold(pattern.Text);
            if (symbols.Length == 0 || symbols.All(s => s == CharClass.Separator)) continue;
            if (!seen.Add((pattern.PatternId, Convert.ToBase64String(symbols), pattern.IsPrefix))) continue;
            bool needsWordEnd = !pattern.IsPrefix && CharClass.IsWord(symbols[^1]);
            spellings.Add(new Spelling(pattern.PatternId, symbols, needsWordEnd));
        }
        return new Builder(spellings).Build();
    }

    sealed class Builder(List<Spelling> spellings)
    {
        const int K = CharClass.Count;
        static readonly byte[] WordEnds = [CharClass.Separator, CharClass.Punctuation, CharClass.Apostrophe];

        readonly List<int[]> _children = [];
        readonly List<byte> _incoming = [];
        readonly List<List<int>?> _own = [];

        int NewNode(byte incoming)
        {
            var children = new int[K];
            Array.Fill(children, -1);
            _children.Add(children);
            _incoming.Add(incoming);
            _own.Add(null);
            return _children.Count - 1;
        }

        int Child(int node, byte symbol)
        {
            int child = _children[node][symbol];
            if (child < 0)
            {
                child = NewNode(symbol);
                _children[node][symbol] = child;
            }
            return child;
        }

        void AddOutput(int node, int spelling) => (_own[node] ??= []).Add(spelling);

        public PhraseMatcher Build()
        {
            NewNode(CharClass.Punctuation); // AtBoundary
            NewNode(CharClass.Punctuation); // InsideWord

            for (int s = 0; s < spellings.Count; s++)
            {
                int node = AtBoundary;
                foreach (byte symbol in spellings[s].Symbols) node = Child(node, symbol);
                if (spellings[s].EndsAfterBoundary)
                    foreach (byte end in WordEnds) AddOutput(Child(node, end), s);
                else
                    AddOutput(node, s);
            }

            int count = _children.Count;
            var delta = new int[count * K];
            var fail = new int[count];
            var outputs = new List<int>?[count];

            for (int c = 0; c < K; c++)
            {
                byte cls = (byte)c;
                int child = _children[AtBoundary][c];
                delta[AtBoundary * K + c] = child >= 0 ? child
                    : CharClass.IsWord(cls) ? InsideWord
                    : AtBoundary;
            }
            for (int c = 0; c < K; c++)
            {
                byte cls = (byte)c;
                delta[InsideWord * K + c] = CharClass.IsWord(cls) || cls == CharClass.Ignorable ? InsideWord : delta[AtBoundary * K + c];
            }

            var queue = new Queue<int>();
            for (int c = 0; c < K; c++)
            {
                int child = _children[AtBoundary][c];
                if (child < 0) continue;
                // The empty suffix after a letter is inside a word; after anything else, at a boundary.
                fail[child] = CharClass.IsWord((byte)c) ? InsideWord : AtBoundary;
                queue.Enqueue(child);
            }

            while (queue.Count > 0)
            {
                int s = queue.Dequeue();
                outputs[s] = Merge(_own[s], outputs[fail[s]]);
                for (int c = 0; c < K; c++)
                {
                    int child = _children[s][c];
                    if (child >= 0)
                    {
                        fail[child] = delta[fail[s] * K + c];
                        queue.Enqueue(child);
                        delta[s * K + c] = child;
                    }
                    else if (c == CharClass.Ignorable || (c == CharClass.Separator && _incoming[s] == CharClass.Separator))
                        delta[s * K + c] = s;
                    else
                        delta[s * K + c] = delta[fail[s] * K + c];
                }
            }

            // Reporting states go last so the hot loop tests one comparison per character. Within each
            // group depth-first: reading a word walks down one path of the trie, and depth-first order
            // keeps that path on neighbouring cache lines and pages (breadth-first order was 2.5x slower).
            var depthFirst = DepthFirst();
            var order = depthFirst.Where(s => outputs[s] is null).Concat(depthFirst.Where(s => outputs[s] is not null)).ToArray();
            var renumbered = new int[count];
            for (int i = 0; i < count; i++) renumbered[order[i]] = i;
            int firstReporting = order.Count(s => outputs[s] is null);

            // Classes no pattern tells apart (letters no phrase uses, digits, other scripts) share a column.
            var columnOfClass = new byte[K];
            var columns = new List<int>();
            for (int c = 0; c < K; c++)
            {
                int same = columns.FindIndex(other => Enumerable.Range(0, count).All(s => delta[s * K + c] == delta[s * K + other]));
                if (same < 0)
                {
                    columns.Add(c);
                    same = columns.Count - 1;
                }
                columnOfClass[c] = (byte)same;
            }
            int width = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)columns.Count);

            var next = new int[count * width];
            for (int i = 0; i < count; i++)
                for (int column = 0; column < columns.Count; column++)
                    next[i * width + column] = renumbered[delta[order[i] * K + columns[column]]] * width;

            var columnOf = new byte[CharClass.Table.Length];
            for (int ch = 0; ch < columnOf.Length; ch++) columnOf[ch] = columnOfClass[CharClass.Table[ch]];

            var symbols = new List<byte>();
            var symbolsAt = new int[spellings.Count];
            for (int s = 0; s < spellings.Count; s++)
            {
                symbolsAt[s] = symbols.Count;
                symbols.AddRange(spellings[s].Symbols);
            }

            var offsets = new int[count - firstReporting + 1];
            var reports = new List<Reported>();
            for (int i = firstReporting; i < count; i++)
            {
                offsets[i - firstReporting] = reports.Count;
                foreach (int s in outputs[order[i]]!)
                {
                    var spelling = spellings[s];
                    reports.Add(new Reported(spelling.PatternId, symbolsAt[s], spelling.Symbols.Length, spelling.EndsAfterBoundary,
                        Array.IndexOf(spelling.Symbols, CharClass.Separator) < 0, spelling.Symbols[0]));
                }
            }
            offsets[^1] = reports.Count;

            return new PhraseMatcher(columnOf, width, next, firstReporting * width, offsets, [.. reports], [.. symbols], spellings.Count);
        }

        List<int> DepthFirst()
        {
            var order = new List<int>(_children.Count) { AtBoundary, InsideWord };
            var stack = new Stack<int>();
            for (int c = K - 1; c >= 0; c--)
                if (_children[AtBoundary][c] >= 0) stack.Push(_children[AtBoundary][c]);
            while (stack.Count > 0)
            {
                int node = stack.Pop();
                order.Add(node);
                for (int c = K - 1; c >= 0; c--)
                    if (_children[node][c] >= 0) stack.Push(_children[node][c]);
            }
            return order;
        }

        static List<int>? Merge(List<int>? own, List<int>? inherited)
        {
            if (own is null) return inherited;
            if (inherited is null) return own;
            return [.. own, .. inherited];
        }
    }
}
