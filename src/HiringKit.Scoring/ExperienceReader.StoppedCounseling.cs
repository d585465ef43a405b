namespace HiringKit.Scoring;

// Years are years of counseling work (Corpus/README.md, "Label conventions to give the writer"): a manager of counselors who says
// they no longer counsel holds a job of the trade, but its months are not counseling.
internal static partial class ExperienceReader
{
    /// <summary>
    /// Whether the writer says they stopped counseling as such: "I no longer carry a caseload", "No longer seeing clients
    /// directly", "I no longer provide therapy myself". "No longer" has the writer as its subject (it starts its clause, or
    /// follows "I", "I'm" or "I am"); a verb of the work follows it (<see cref="StopVerbsLookup"/>; in the past tense only when
    /// <paramref name="pastToo"/>, as a current role's bullet in the past tense tells of an earlier job), then only
    /// <see cref="FillersLookup"/> up to the work (a caseload, clients, therapy), and after it the clause ends or goes on with
    /// <see cref="AfterTheWorkLookup"/>. The independent review (finding 5) found each of these cutting a therapist's current
    /// years: turning clients away ("no longer accepting clients", "taking Medicaid patients"), giving up one kind of the work
    /// ("couples therapy", "in-person therapy", "a full caseload", "patients under 18"), "no longer than 8 sessions", and a
    /// sentence that goes on to say the writer still counsels ("but still see 5 clients a week"; "; I see 15 clients a week").
    /// </summary>
    /// <param name="text">A role's block, or the introduction above the first role.</param>
    /// <param name="pastToo">Whether "no longer carried a caseload" counts: for a role that has ended.</param>
    /// <param name="since">When a date follows "since" in the clause ("since 2023", "since my promotion to lead in 2023"), the
    /// month counseling stopped, as a role's months are counted; else -1.</param>
    /// <param name="statement">"no longer" up to the work it stops, for the level evidence.</param>
    /// <param name="offset">Where <paramref name="text"/> starts in the resume, whose <paramref name="markers"/> it is given.</param>
    /// <param name="markers">Where the resume says each of <see cref="StopMarkers"/> (<see cref="StopMarkersIn"/>).</param>
    /// <remarks>Only the clauses of the markers the matcher found are read: most text has none.</remarks>
    public static bool SaysCounselingStopped(ReadOnlySpan<char> text, int offset, ReadOnlySpan<StopMarker> markers, bool pastToo,
        out int since, out Range statement)
    {
        since = -1;
        statement = default;
        Span<Range> words = stackalloc Range[WordsToTheWork + 2];
        Span<Range> rest = stackalloc Range[WordsInTheSentence];
        Span<char> buffer = stackalloc char[Words.MaxLength];
        foreach (var marker in markers)
        {
            int at = marker.Start - offset, after = at + marker.Length;
            if (at < 0 || after > text.Length) continue;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (after < text.Length && char.IsLetter(text[after]))) continue;
            // "have not", whatever space or line break stands between them: the statement starts at "have".
            if (marker.IsNot)
            {
                if (Words.Before(text, at, Clauses.StartOf(text, at), words[..1], []) == 0
                    || !Words.Fold(text[words[0]], buffer).SequenceEqual("have")) continue;
                at = words[0].Start.Value;
            }
            if (!TheWriterIsTheSubject(text, at, words, buffer)) continue;
            int clauseEnd = ClauseEndAfter(text, after);
            int count = Words.After(text, after, clauseEnd, words);
            if (count == 0 || !StopVerbsLookup.TryGetValue(Words.Fold(text[words[0]], buffer), out var tense)) continue;
            // "I have not carried a client caseload since 2015" says it of now, and only with the date it stopped: "I have not
            // seen clients" alone may be a week off, and "have not carried a caseload of more than 30" a limit.
            bool perfect = !marker.IsNoLonger;
            if (perfect && (tense != Tense.Past || SinceMonth(text[after..clauseEnd]) < 0)) continue;
            if (tense == Tense.Past && !pastToo && !perfect) continue;
            int work = WorkAfterTheVerb(text, words[..count], buffer);
            if (work < 0) continue;
            // "I no longer see patients under 18", "no longer carry a caseload of 30": the clause ends, or goes on with words that leave the work whole.
            if (work + 1 < count && !Apart(text, words[work], words[work + 1])
                && !AfterTheWorkLookup.Contains(Words.Fold(text[words[work + 1]], buffer))) continue;
            int workEnd = words[work].End.Value;
            if (SaysTheWriterStillCounsels(text, workEnd, rest, buffer)) continue;
            since = SinceMonth(text[workEnd..clauseEnd]);
            statement = at..workEnd;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The index in <paramref name="words"/> (the verb first) of the work the verb stops, or -1: the verb itself when it is the
    /// work and no object follows ("no longer counseling", "I no longer practice"), else the first work word, with only
    /// fillers between ("no longer carry a caseload", "no longer work directly with clients").
    /// </summary>
    static int WorkAfterTheVerb(ReadOnlySpan<char> text, ReadOnlySpan<Range> words, Span<char> buffer)
    {
        bool verbIsTheWork = VerbsThatAreTheWorkLookup.Contains(Words.Fold(text[words[0]], buffer));
        for (int w = 1; w < words.Length && w <= WordsToTheWork; w++)
        {
            if (Apart(text, words[w - 1], words[w])) break;
            var word = Words.Fold(text[words[w]], buffer);
            if (CounselingWorkLookup.Contains(word)) return w;
            if (verbIsTheWork && w == 1) return AfterTheWorkLookup.Contains(word) ? 0 : -1;
            if (!FillersLookup.Contains(word)) return -1;
        }
        return verbIsTheWork && (words.Length == 1 || Apart(text, words[0], words[1])) ? 0 : -1;
    }

    /// <summary>Whether punctuation stands between two words: a clause's comma, colon or dash, a parenthesis.</summary>
    static bool Apart(ReadOnlySpan<char> text, Range first, Range second) => !text[first.End..second.Start].IsWhiteSpace();

    /// <summary>
    /// Whether the rest of the sentence says the writer still counsels: a turn ("but", "still", "only", "now", "while") or "I"
    /// and a verb of the work, with the work after it ("but still see 5 clients a week"; "; I see 15 clients a week in my own
    /// practice"), or the work and "only" ("; individual therapy only").
    /// </summary>
    static bool SaysTheWriterStillCounsels(ReadOnlySpan<char> text, int from, Span<Range> words, Span<char> buffer)
    {
        int count = Words.After(text, from, SentenceEndAfter(text, from), words);
        bool turned = false, lastWasWork = false;
        for (int w = 0; w < count; w++)
        {
            var word = Words.Fold(text[words[w]], buffer);
            // "... and I am now looking to return to a senior counselling role" (Fresh30, t07): the work after a turn is sought, not done.
            if (turned && AimsLookup.Contains(word)) return false;
            bool isWork = CounselingWorkLookup.Contains(word) || word is "see" or "seeing" or "session" or "sessions";
            if (isWork && turned) return true;
            if (word is "only" && lastWasWork) return true;
            lastWasWork = isWork;
            if (TurnsLookup.Contains(word)) turned = true;
            else if (word is "i" && w + 1 < count && StopVerbsLookup.TryGetValue(Words.Fold(text[words[w + 1]], buffer), out var tense)
                && tense == Tense.Present) turned = true;
        }
        return false;
    }

    /// <summary>Where the sentence after <paramref name="from"/> ends: a full stop, question or exclamation mark before a space or the end, or a blank line; at most <see cref="Clauses.MaxReach"/> ahead.</summary>
    static int SentenceEndAfter(ReadOnlySpan<char> text, int from)
    {
        int limit = Math.Min(text.Length, from + Clauses.MaxReach);
        for (int i = from; i < limit; i++)
        {
            char c = text[i];
            if (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) return i;
            if (c == '\n' && i + 1 < limit && text[(i + 1)..].TrimStart(' ').StartsWith("\n")) return i;
        }
        return limit;
    }

    /// <summary>The most words between "no longer" and the work it stops ("no longer work directly with clients").</summary>
    const int WordsToTheWork = 5;

    /// <summary>The most words of a sentence read after the work: as many as <see cref="Clauses.MaxReach"/> holds.</summary>
    const int WordsInTheSentence = 48;

    enum Tense { Present, Past }

    /// <summary>
    /// What says the work stopped before its verb: "no longer", or the present perfect denied ("I have not carried a client
    /// caseload since 2015", Fresh13's former counselor now directing a health plan's programs, whose management years counted
    /// as the trade's).
    /// </summary>
    static readonly string[] StopMarkers = ["no longer", "not", "haven't"];

    /// <summary>
    /// Each cue's place in <see cref="StopMarkers"/> (-1 for the others), by its index in <see cref="AssertionReader.Cues"/>: built
    /// once, where every cue hit of every resume compared its text with each marker's.
    /// </summary>
    static readonly int[] StopRankOfCue = [.. AssertionReader.Cues.Select(cue => Array.IndexOf(StopMarkers, cue.Text))];

    /// <summary>Where a resume says one of <see cref="StopMarkers"/>; <see cref="Rank"/> is its place in that list.</summary>
    internal readonly record struct StopMarker(int Start, int Length, int Rank)
    {
        public bool IsNoLonger => Rank == 0;
        public bool IsNot => Rank == 1;
    }

    /// <summary>
    /// The resume's <see cref="StopMarkers"/>, from the cues the matcher found in its one walk (each is a cue of negation), in
    /// the order they are read: by marker, then by place. Searched for in each role's block instead, they were 3% of a score.
    /// </summary>
    internal static StopMarker[] StopMarkersIn(List<PhraseHit> cueHits, ScoringDictionary dictionary)
    {
        List<StopMarker>? found = null;
        foreach (var hit in cueHits)
        {
            int rank = StopRankOfCue[dictionary.PatternOf(hit.PatternId).Item];
            if (rank >= 0) (found ??= []).Add(new StopMarker(hit.Start, hit.Length, rank));
        }
        if (found is null) return [];
        found.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Start.CompareTo(b.Start));
        return [.. found];
    }

    /// <summary>
    /// The verbs of the work right after "no longer", by tense (the past participle after "have not"). Not "accepting" or "taking": turning clients away is not
    /// stopping; nor "than" ("no longer than 8 sessions").
    /// </summary>
    static readonly Dictionary<string, Tense>.AlternateLookup<ReadOnlySpan<char>> StopVerbsLookup = new Dictionary<string, Tense>(
        new[]
        {
            "carry", "carrying", "see", "seeing", "provide", "providing", "offer", "offering", "do", "doing", "have", "having",
            "hold", "holding", "maintain", "maintaining", "conduct", "conducting", "deliver", "delivering", "work", "working",
            "treat", "treating", "counsel", "counseling", "counselling", "practice", "practise", "practicing", "practising",
        }.Select(v => KeyValuePair.Create(v, Tense.Present)).Concat(new[]
        {
            "carried", "saw", "seen", "provided", "offered", "did", "done", "had", "held", "maintained", "conducted", "delivered", "worked",
            "treated", "counseled", "counselled", "practiced", "practised",
        }.Select(v => KeyValuePair.Create(v, Tense.Past))), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that are the work themselves: "I no longer counsel", "no longer practicing".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbsThatAreTheWorkLookup = new HashSet<string>(
    [
        "counsel", "counseling", "counselling", "practice", "practise", "practicing", "practising", "counseled", "counselled",
        "practiced", "practised",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words between the verb and the work that leave the work whole. Any other word qualifies it ("a full caseload",
    /// "couples therapy", "in-person therapy", "new clients", "Medicaid patients"): the writer stopped only part of it.
    /// </summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillersLookup = new HashSet<string>(
    [
        "a", "an", "any", "the", "my", "own", "direct", "directly", "clinical", "active", "with",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words right after the work that leave it whole ("no longer seeing clients directly", "a caseload since 2023", "therapy
    /// myself"). Any other word qualifies it ("patients under 18", "clients in person", "a caseload of 30").
    /// </summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterTheWorkLookup = new HashSet<string>(
    [
        "directly", "myself", "personally", "anymore", "since", "and", "or", "as", "but", "so", "because", "now",
        // "a client caseload" is the whole caseload.
        "caseload", "caseloads",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that turn a sentence to what the writer still does.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TurnsLookup = new HashSet<string>(
    [
        "but", "still", "only", "while", "now", "instead", "yet", "except", "though", "although",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of work wished for: after them, the work a sentence names is not the writer's now.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AimsLookup = new HashSet<string>(
    [
        "looking", "seeking", "return", "returning", "hope", "hoping", "want", "wanting", "plan", "planning", "aim", "aiming", "keen",
        "eager", "wish",
        // "now I would like to get back into client work", "am now applying for clinical counseling positions" (an independent review).
        "like", "applying", "apply",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The work of counseling, as folded: what the writer carries, sees or provides.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CounselingWorkLookup = new HashSet<string>(
    [
        "caseload", "caseloads", "client", "clients", "patient", "patients", "therapy", "psychotherapy", "counseling", "counselling",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the marker ("no longer", "have not") at <paramref name="at"/> starts its clause (a bullet, a resume's subjectless line) or follows "I", "I'm" or "I am".</summary>
    static bool TheWriterIsTheSubject(ReadOnlySpan<char> text, int at, Span<Range> words, Span<char> buffer)
    {
        int count = Words.Before(text, at, Clauses.StartOf(text, at), words[..2], []);
        if (count == 0) return true;
        var last = Words.Fold(text[words[0]], buffer);
        if (last is "i" or "i'm") return true;
        return last is "am" && count == 2 && Words.Fold(text[words[1]], buffer) is "i";
    }

    /// <summary>Where the clause after <paramref name="from"/> ends, as <see cref="Clauses"/> ends one, at most <see cref="Clauses.MaxReach"/> ahead.</summary>
    static int ClauseEndAfter(ReadOnlySpan<char> text, int from)
    {
        int limit = Math.Min(text.Length, from + Clauses.MaxReach);
        for (int i = from; i < limit; i++)
        {
            int found = text[i..limit].IndexOfAny(Clauses.Candidates);
            if (found < 0) break;
            i += found;
            if (Clauses.EndsClause(text, i)) return i;
        }
        return limit;
    }

    /// <summary>
    /// The month of the first year after "since" in the clause names ("since 2023", "since March 2023", "since 03/2023", "since my
    /// promotion to lead in 2023"; January for a year alone), as a role's months are counted; -1 if none. The whole clause is read:
    /// cut at 20 characters, "since my promotion to lead in 2023" found no date and the role lost all its years.
    /// </summary>
    static int SinceMonth(ReadOnlySpan<char> clause)
    {
        int since = clause.IndexOf("since", StringComparison.OrdinalIgnoreCase);
        if (since < 0) return -1;
        int limit = clause.Length;
        var plain = DateStyle.Plain;
        for (int i = since + "since".Length; i < limit; i++)
        {
            if (!char.IsAsciiDigit(clause[i])) continue;
            int end = i;
            while (end < clause.Length && char.IsAsciiDigit(clause[end])) end++;
            if (end - i == 4) return TryReadStart(clause, i, end, out var mark, ref plain) ? mark.Year * 12 + (mark.Month ?? 1) - 1 : -1;
            i = end;
        }
        return -1;
    }
}
