namespace HiringKit.Scoring;

/// <summary>
/// How a resume asserts a phrase: "Built a strong therapeutic alliance" (asserted), "familiar with
/// motivational interviewing" (hedged), "no experience with crisis intervention" (negated),
/// "eager to learn feedback-informed treatment" (aspirational). Read from cue phrases before the
/// phrase in the same clause; the nearest cue wins. The cues are compiled into the dictionary's
/// automaton, so they are found in the same single pass as the phrases.
/// </summary>
internal static class AssertionReader
{
    /// <summary>How far a list-introducing cue reaches: "no experience with DBT, CBT or motivational interviewing".</summary>
    const int LongReach = 12;

    /// <summary>How far a writer's standing ("not licensed to") reaches: its verb and a word or two ("to provide clinical supervision").</summary>
    const int OwnStatusReach = 3;

    /// <summary>How far a bare "not", "no", "never" or "without" reaches, and never across a comma.</summary>
    const int ShortReach = 2;

    /// <summary>"but" and "however" start a new claim: "no CBT training but strong rapport building".</summary>
    public const string Contrast = "contrast";

    /// <param name="Assertion">What the cue makes of the phrases after it, or <see cref="Contrast"/>.</param>
    /// <param name="IsAdjacent">Whether the cue qualifies only a phrase right after it, with nothing but spaces between.</param>
    /// <param name="IsOwnAim">Whether the cue is the writer's aim only when the writer is its subject ("get better at").</param>
    /// <param name="IsOwnLearning">Whether the cue hedges only where no one else is the learner ("more to learn about"; see
    /// NamesAnotherLearner).</param>
    /// <param name="IsOwnAttempt">
    /// Whether the cue is an attempt ("tried to") that hedges only where the writer starts the clause with it, the phrase follows
    /// within a few words and the sentence says it fell short ("I tried to keep client engagement up ..., though no-shows
    /// remained high"); "clients who tried to leave" and an attempt told with its result hedge nothing (independent reviews).
    /// </param>
    /// <param name="IsOwnStatus">
    /// The writer's own standing ("not licensed to", "not accredited to"): it denies only when said of the writer, right after "I'm",
    /// "am" or "was" or opening its clause, and only in its own clause. "Coached volunteers not certified to counsel in active
    /// listening", "asylum seekers not permitted to work" and "Although not licensed to diagnose, I build ..." deny nothing of
    /// the writer's (an independent review).
    /// </param>
    public sealed record Cue(string Assertion, string Text, bool IsShort, bool IsAdjacent = false, bool IsOwnAim = false, bool IsOwnAttempt = false,
        bool IsOwnStatus = false, bool IsOwnLearning = false)
    {
        /// <summary>
        /// The reading <see cref="ByTheNearestCue"/> ties to this cue's own words, told once when the cue is built: it compared each
        /// cue's text with some seventeen others for every cue it read, and most cues have none.
        /// </summary>
        internal CueRule Rule { get; private init; } = RuleOf(Text);

        /// <summary>The cue's words; a copy given others (<c>with</c>) tells its <see cref="Rule"/> again, so it never keeps the old one.</summary>
        public string Text { get; init { field = value; Rule = RuleOf(value); } } = Text;

        /// <summary>Whether <see cref="ByTheNearestCue"/> counts the words between it and the phrase (a short one, a standing, an opinion, an attempt).</summary>
        internal bool ReadsFewerWords => IsShort || IsOwnStatus || IsOwnAttempt || Rule == CueRule.Opinion;
    }

    /// <summary>The readings tied to a cue's own words (<see cref="Cue.Rule"/>); no cue's words have two.</summary>
    internal enum CueRule { None, Opinion, So, Yet, BasicCourseIn, WantsTo, InterestedIn, Not, InsteadOf, BringsOwn, UndoneInPart }

    static CueRule RuleOf(string text) =>
        IsAnOpinionCue(text) ? CueRule.Opinion
        : IsABringsOwnCue(text) ? CueRule.BringsOwn
        : IsGivenUpOrModest(text) ? CueRule.UndoneInPart
        : text switch
        {
            "so" => CueRule.So,
            "yet" => CueRule.Yet,
            "basic course in" => CueRule.BasicCourseIn,
            "wants to" => CueRule.WantsTo,
            "interested in" => CueRule.InterestedIn,
            "not" => CueRule.Not,
            "instead of" or "rather than" => CueRule.InsteadOf,
            _ => CueRule.None,
        };

    /// <summary>A tool given up: "We dropped the Session Rating Scale in 2024: parents scored every session 10/10" (Fresh253, t06).</summary>
    /// <remarks>Declared before <see cref="Cues"/>, which is built from it, as static fields are set in the order they are written.</remarks>
    static readonly string[] MeasuresGivenUp =
        ["we dropped", "we stopped using", "we discontinued", "i dropped", "i stopped using", "i discontinued", "we've stopped using",
         "we\u2019ve stopped using", "we have stopped using", "we scrapped", "we abandoned", "we ceased using", "we had to drop",
         "the team dropped", "the service dropped", "the team stopped using", "the service stopped using", "we phased out", "we ditched"];

    /// <summary>
    /// What the work is not called, right before the phrase: "I wouldn't call what we do measurement-based care; the SRS is a
    /// conversation starter" (Fresh253, t01). "I wouldn't describe what we do as therapy-lite: it is measurement-based care" affirms
    /// (a review), as the phrase is not right after it.
    /// </summary>
    static readonly string[] WorkNotCalledSo =
        ["wouldn't call what we do", "wouldn\u2019t call what we do", "would not call what we do", "wouldn't call what i do",
         "wouldn\u2019t call what i do", "would not call what i do", "wouldn't describe what we do as", "wouldn\u2019t describe what we do as",
         "would not describe what we do as", "wouldn't describe what i do as", "would not describe what i do as"];

    /// <summary>"I wouldn't say I have a working alliance with most of them: it's two or three sessions" (Fresh254, t10).</summary>
    static readonly string[] ModestDenials = ["wouldn't say i have", "wouldn\u2019t say i have", "would not say i have"];

    /// <summary>In order of precedence when two cues end at the same word: negated, aspirational, hedged.</summary>
    public static readonly IReadOnlyList<Cue> Cues = BuildCues();

    /// <summary>
    /// One resume as the reader reads it: its text, its cue hits, and where the few rare words and marks stand that the readings
    /// around a phrase look for (a colon, a semicolon, a question mark, a table's cell, "not" and a dropping's words, a goal's "is
    /// to"), each found in one search of the page the first time a phrase asks. Every phrase is asked about each, and most have none of
    /// them within a sentence: a reading that needs one within its reach is answered no for such a phrase without reading the reach.
    /// </summary>
    /// <param name="cueHits">The resume's cue hits as the matcher reported them, in order of where they end.</param>
    /// <param name="lines">The resume's lines, as the layout found them: a plans heading is looked for among the short ones.</param>
    internal sealed class Page(ResumeText resume, ScoringDictionary dictionary, List<PhraseHit> cueHits, LineBreaks lines)
    {
        public ResumeText Resume { get; } = resume;
        public ScoringDictionary Dictionary { get; } = dictionary;
        public List<PhraseHit> CueHits { get; } = cueHits;
        readonly LineBreaks _lines = lines;

        byte[]? _deniesOfOthers;
        /// <summary>How many of the lines were read for a plans heading, and where the first found starts (int.MaxValue: none yet).</summary>
        int _plansLinesRead, _firstPlansHeading = int.MaxValue;

        /// <summary>
        /// Where <see cref="ByTheNearestCue"/> lowers a word (its first <see cref="MaxLoweredWord"/>) and folds one (the next
        /// <see cref="Words.MaxLength"/>): an array of the page's, not the stack's, as a method that loops and allocates on the
        /// stack is compiled once, fully and without what the runtime profiled, and the reading of a phrase by its cues was one.
        /// </summary>
        public char[] WordBuffers => _wordBuffers ??= new char[MaxLoweredWord + Words.MaxLength];

        char[]? _wordBuffers;

        /// <summary>
        /// [b] = how many cue hits end by b * 64 (<see cref="CueBlockShift"/>), counted once the first phrase asks: the last cue ending
        /// by a position is then its block's count, moved past the few hits that end inside the block. Every phrase asked a binary
        /// search of the hits, each step a branch the processor could not foresee.
        /// </summary>
        int[]? _cuesEndedByBlock;

        const int CueBlockShift = 6;

        /// <summary>The last cue hit ending by <paramref name="position"/>, or -1: what <see cref="LastEndingBy"/> finds of <see cref="CueHits"/>.</summary>
        /// <remarks>The hits come by where they end (as <see cref="LastEndingBy"/>'s search takes them), so those ending by a position are the first ones.</remarks>
        public int LastCueEndingBy(int position)
        {
            var ended = _cuesEndedByBlock ??= CountCuesByBlock();
            int block = position >> CueBlockShift;
            if ((uint)block >= (uint)ended.Length) return LastEndingBy(CueHits, position);
            var hits = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(CueHits);
            int count = ended[block];
            while (count < hits.Length && hits[count].Start + hits[count].Length <= position) count++;
            return count - 1;
        }

        int[] CountCuesByBlock()
        {
            var hits = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(CueHits);
            var ended = new int[(Resume.Length >> CueBlockShift) + 1];
            int count = 0;
            for (int block = 0; block < ended.Length; block++)
            {
                while (count < hits.Length && hits[count].Start + hits[count].Length <= block << CueBlockShift) count++;
                ended[block] = count;
            }
            return ended;
        }

        /// <summary>The page's marks (<see cref="ReadMarks"/>), once a phrase first asks for one.</summary>
        MarkPlaces? _marks;

        /// <summary>The page's denials and goals' words (<see cref="ReadWords"/>), once a phrase first asks for one.</summary>
        WordPlaces? _words;

        sealed record MarkPlaces(Places Colons, Places Semicolons, Places Questions, Places CellBars);

        sealed record WordPlaces(Places Denials, Places GoalsIsTo, Places Doubts, Places Leads);

        public Places Colons => (_marks ??= ReadMarks()).Colons;

        public Places Semicolons => (_marks ??= ReadMarks()).Semicolons;

        public Places Questions => (_marks ??= ReadMarks()).Questions;

        /// <summary>Tabs and bars: a table's cells (<see cref="DeniedInTheNextCell"/>).</summary>
        public Places CellBars => (_marks ??= ReadMarks()).CellBars;

        /// <summary>
        /// Whether the negation of the cue hit at <paramref name="cue"/> says what others do not do (<see cref="AssertionReader.DeniesOfOthers"/>):
        /// it reads only the words before the cue, so it is read once for the cue, not again for each phrase of its clause.
        /// </summary>
        public bool DeniesOfOthers(int cue)
        {
            // [cue] = 0 not read yet, 1 no, 2 yes.
            _deniesOfOthers ??= new byte[CueHits.Count];
            if (_deniesOfOthers[cue] == 0) _deniesOfOthers[cue] = AssertionReader.DeniesOfOthers(Resume.Span, CueHits[cue].Start) ? (byte)2 : (byte)1;
            return _deniesOfOthers[cue] == 2;
        }

        /// <summary>The four kinds of mark found in one search of the page, each by its character.</summary>
        MarkPlaces ReadMarks()
        {
            var text = Resume.Span;
            List<int> colons = [], semicolons = [], questions = [], cellBars = [];
            for (int from = 0, found; from < text.Length && (found = text[from..].IndexOfAny(Marks)) >= 0; from += found + 1)
            {
                int at = from + found;
                (text[at] switch { ':' => colons, ';' => semicolons, '?' => questions, _ => cellBars }).Add(at);
            }
            return new(new([.. colons]), new([.. semicolons]), new([.. questions]), new([.. cellBars]));
        }

        /// <summary>
        /// "not ", " but" and a dropping's words, in any case: every denial <see cref="DoneByOthersNotMe"/> reads holds "not ", and
        /// every sentence <see cref="DroppedAfterATry"/> reads as dropping holds one of <see cref="DroppingWords"/>.
        /// </summary>
        public Places Denials => (_words ??= ReadWords()).Denials;

        /// <summary>" is to ", in any case (<see cref="GoalIsToBefore"/>).</summary>
        public Places GoalsIsTo => (_words ??= ReadWords()).GoalsIsTo;

        /// <summary>"sure" and "think I", in any case (<see cref="DoubtedAsItAfter"/>).</summary>
        public Places Doubts => (_words ??= ReadWords()).Doubts;

        /// <summary>"leading", in any case (<see cref="LedBySomeoneElseAfter"/>).</summary>
        public Places Leads => (_words ??= ReadWords()).Leads;


        /// <summary>
        /// Where the first heading of the writer's plans starts (<see cref="IsAPlansHeadingsLine"/>) if one starts by <paramref
        /// name="position"/>, else int.MaxValue. The lines are read in order, once, and only as far as a phrase asks: those below
        /// the last phrase read as claimed never are (a walk of all of them cost a labelled resume more than its phrases' readings).
        /// </summary>
        public int FirstPlansHeadingBy(int position)
        {
            var text = Resume.Span;
            while (_firstPlansHeading == int.MaxValue && _plansLinesRead < _lines.Count && _lines[_plansLinesRead].Start <= position)
            {
                var line = _lines[_plansLinesRead++];
                if (IsAPlansHeadingsLine(text, line.Start, line.End)) _firstPlansHeading = line.Start;
            }
            return _firstPlansHeading;
        }

        /// <summary>
        /// The denials and the goals' "is to", found in one search of the page, each told by what it starts with: no two of them
        /// match at one place. (The plans headings' words are looked for on the page's short lines alone: searched for here too,
        /// in words as common as "develop" and "plans", they made this search of every page twice as slow.)
        /// </summary>
        WordPlaces ReadWords()
        {
            var text = Resume.Span;
            List<int> denials = [], goals = [], doubts = [], leads = [];
            for (int from = 0, found; from < text.Length && (found = text[from..].IndexOfAny(PageWords)) >= 0; from += found + 1)
            {
                int at = from + found;
                var here = text[at..];
                if (here.StartsWith(IsTo, StringComparison.OrdinalIgnoreCase)) goals.Add(at);
                else if (here.StartsWith("sure", StringComparison.OrdinalIgnoreCase) || here.StartsWith("think i", StringComparison.OrdinalIgnoreCase)) doubts.Add(at);
                else if (here.StartsWith("leading", StringComparison.OrdinalIgnoreCase)) leads.Add(at);
                else denials.Add(at);
            }
            return new(new([.. denials]), new([.. goals]), new([.. doubts]), new([.. leads]));
        }
    }

    /// <summary>Colons, semicolons, question marks, and a table's tabs and bars (<see cref="Page.CellBars"/>).</summary>
    static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(":;?\t|");
    const string IsTo = " is to ";

    /// <summary>The words a plans heading is found by (<see cref="IsAPlansHeadingsLine"/>), in any case.</summary>
    static readonly System.Buffers.SearchValues<string> PlanHeadingWords = System.Buffers.SearchValues.Create(
        ["goal", "plans", "aims", "year plan", "develop", "growth"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The words of <see cref="Page.Denials"/> (a case-insensitive superset of <see cref="DroppingWords"/>), <see cref="IsTo"/>, and the doubts' and leads' words.</summary>
    static readonly System.Buffers.SearchValues<string> PageWords = System.Buffers.SearchValues.Create(
        ["not ", " but", "dropped", "stopped", "gave it up", IsTo, "sure", "think i", "leading"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The words <see cref="QualifiedLaterInItsSentence"/> reads, looked for past each phrase: in the page's one search above they
    /// slowed every page's search by more than the phrases' own looks cost.
    /// </summary>
    static readonly System.Buffers.SearchValues<string> AfterthoughtWords = System.Buffers.SearchValues.Create(
        ["still learning", "planned", "scheduled", "call myself", "claim to be", "for me", "getting there", "not there yet"], StringComparison.OrdinalIgnoreCase);

    /// <summary>What every purpose <see cref="APurposeOfTrainingBefore"/> reads holds: "so that I can", "so I could".</summary>
    static readonly System.Buffers.SearchValues<string> PurposeWords = System.Buffers.SearchValues.Create([" can ", " could "], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string> NotNegating = new(StringComparer.Ordinal)
    {
        "only", "just", "merely", "limited", "necessarily", "simply",
    };
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNegatingLookup = NotNegating.GetAlternateLookup<ReadOnlySpan<char>>();

    static List<Cue> BuildCues()
    {
        string[] negatedLong =
        [
            "no experience", "no prior experience", "no previous experience", "no direct experience",
            "no clinical experience", "no professional experience", "no formal", "no training", "no background",
            "no exposure", "no knowledge", "no familiarity", "not trained", "not experienced", "not familiar",
            // With the training's kind between: "I am not formally trained in motivational interviewing and would like to do the
            // MINT introductory workshop in 2027" (Fresh232, t06).
            "not formally trained", "not specifically trained", "not properly trained",
            "not familiar with", "not exposed to", "not yet", "unfamiliar", "lack", "lacks", "lacking", "lacked",
            "have not", "has not", "had not", "haven't", "hasn't", "hadn't", "did not", "didn't", "do not", "don't",
            "does not", "doesn't", "cannot", "can't", "unable to", "inexperienced",
            // "Have yet to use motivational interviewing with adolescents": not done so far.
            "have yet to", "has yet to", "had yet to", "am yet to",
            .. ModestDenials,
        ];
        // Not entitled to do it: "I'm not currently accredited to provide clinical supervision" (Fresh33, t02), where a bare "not"
        // reaches two words. A credential's word before "to" says the writer may not, so the work is not done; without "to" it
        // is only a status ("Not licensed yet, I built a therapeutic alliance ..."). See Cue.IsOwnStatus.
        string[] ownStatus =
        [
            "not accredited to", "not licensed to", "not qualified to", "not certified to", "not registered to",
            "not authorized to", "not authorised to", "not permitted to", "not approved to", "not allowed to", "not eligible to",
            "not credentialed to", "not currently accredited to", "not currently licensed to", "not currently qualified to",
            "not currently certified to", "not currently registered to", "not currently allowed to", "not currently permitted to",
            // Two standings joined: "Not licensed or certified to provide crisis intervention" (a review's leftover).
            "not licensed or certified to", "not licensed or registered to", "not certified or licensed to", "not qualified or licensed to",
            "not licensed or qualified to", "not trained or certified to", "not trained or qualified to",
            "neither licensed nor certified to", "neither licensed nor qualified to", "not licensed, certified or trained to",
            "not licensed/certified to",
        ];
        // "I no longer provide clinical supervision": short, as a bare "no" is ("sessions no longer than 50 minutes, and built
        // a strong alliance" and "clients no longer on a waitlist after I began motivational interviewing" deny nothing of the
        // phrase), and never the second of two negations that affirm (see NegationBefore's caller).
        // What the work was not: "brief, targeted visits instead of an ongoing therapeutic relationship" (Fresh60, t07, a primary
        // care consultant's model). Short: only the phrase a word or two after it, in its clause.
        // And a tool given up and work not called so (MeasuresGivenUp, WorkNotCalledSo).
        string[] negatedShort = ["no", "not", "never", "without", "nor", "neither", NoLonger, "instead of", "rather than",
            .. MeasuresGivenUp, .. WorkNotCalledSo];
        string[] aspirational =
        [
            "eager to", "eager for", "hope to", "hoping to", "hopes to", "looking to", "look to", "seeking to",
            "seek to", "aspire to", "aspiring", "interested in", "would like to", "would love to", "want to",
            // A change wanted for the team: "Would like our team to move toward measurement-based care" (Fresh186, t07).
            // Supervision wanted in the next post: "I am still building my counseling skills and would like a post with regular
            // clinical supervision" (Fresh224, t11).
            "would like a post", "would like a role", "would like a position", "would like a job",
            "would like our", "would like the team to", "would like us to", "would like my team", "i'd like my team", "i'd like our",
            "i\u2019d like my team", "i\u2019d like our", "would love for our", "would love our team",
            "wants to", "wish to", "keen to", "excited to learn", "goal is to", "aim to", "aiming to", "i plan to",
            "planning to", "working toward", "working towards", "learn more", "to gain", "gain experience",
            "gain exposure", "opportunity to", "opportunities to", "can learn", "develop my", "grow my",
            "to grow", "build my", "strengthen my", "improve my", "pursuing training", "future",
            // "Goal for my first licensed years: deepen my skills in rupture and repair" (Fresh19, t04).
            "deepen my",
            // A skill to widen, not a practice grown ("expand my practice to 40 weekly clients" is done: an independent review).
            "expand my skills", "expand my use", "expand my knowledge", "broaden my skills", "broaden my knowledge",
            "broaden my experience",
            "looking forward to", "look forward to", "excited to", "hoping", "intend to", "intends to", "desire to",
            "eager", "keen on", "willing to learn", "ready to learn", "open to learning", "motivated to learn",
            "would welcome", "seeking training", "next step",
            // "I would like to" as it is written most: contracted.
            "i'd like to", "we'd like to", "i'd love to",
            // (A goal stated as a label, "Goal: to ...", is read by AimLabelledBefore: a colon in these patterns slows every scan.)
            // The wish with its time between: "I would like in time to complete a diploma in clinical supervision" (Fresh166, t10).
            "i would like", "i would love",
            // The post sought, by what the writer could do in it: "a bereavement role where I can build a lasting alliance".
            WhereICan,
        ];
        // Improving at it is the aim, not yet the skill: "I am trying to get better at using client feedback". Only the
        // writer's own: "trainees get better at active listening in my seminar" is what the writer teaches.
        // Or more skilled: "my goal for the next few years is to become much more skilled at building a therapeutic alliance"
        // (Fresh143, t12: the goal's words stood too far apart to be read as one cue).
        string[] ownAim = ["get better at", "become better at", "become more skilled at", "become much more skilled at",
            "become more skilled in", "become more confident in", "become more confident at", "become more confident with"];
        // An attempt the writer says fell short ("I tried to keep client engagement up ..., though no-shows remained high"); see
        // Cue.IsOwnAttempt.
        string[] ownAttempt = ["tried to", "attempted to", "trying to", "attempting to"];
        // A tool the writer has just started trying out: "Have started trying the Session Rating Scale with a few clients this year"
        // (Fresh243, t11). An attempt too, the writer's own a few words before the phrase, but hedged with no shortfall told; one
        // dated ("in 2017", "since", "ago") or told with its result is a practice adopted (see DatesTheTrial).
        string[] ownTrial = ["started trying", "starting to try", "started to try", "begun trying", "begun to try"];
        string[] hedged =
        [
            "familiar with", "familiarity with", "some familiarity", "exposure to", "exposed to", "some exposure",
            // A Spanish, Portuguese or French CV's own words before the glossary's English (Fresh210, t05: "Familiarizada con
            // feedback-informed treatment (webinar and readings)"; Fresh211, t12: "Familiarisée avec le Working Alliance Inventory").
            "familiarizada con", "familiarizado con", "familiarizada com", "familiarizado com", "familiarisée avec", "familiarisé avec",
            // And their inclusive forms ("Familiarizado/a con", "Familiarisé(e) avec": a review of session 40).
            "familiarizado/a con", "familiarizada/o con", "familiarizado/a com", "familiarisé(e) avec",
            // German "basic knowledge of" (Fresh211, t08: "Grundkenntnisse in Motivational Interviewing (Einführungsseminar 2022)").
            "grundkenntnisse in", "grundkenntnisse im", "grundlegende kenntnisse in",
            "some experience", "some knowledge", "basic knowledge", "basic understanding", "basic familiarity",
            "general understanding", "general knowledge", "working knowledge", "limited experience",
            "limited exposure", "introductory", "introduction to", "coursework", "course work", "studied",
            "learned about", "read about", "awareness of", "aware of", "observed", "shadowed",
            "theoretical knowledge", "academic knowledge",
            "some understanding", "basic grasp", "general awareness", "some background", "some training", "introduced to",
            // "Some grounding in person-centred theory ... from the certificate" (Fresh27, t04); in it, not a grounding skill.
            "some grounding in", "basic grounding in", "some grounding of",
            // A first course, as "basic knowledge" is: a counselor intern "escalated to licensed staff" after it.
            "basic training", "basic course in",
            // A course not yet put to use: "(online, 8 hours), 2024 - still to use it regularly in sessions" (Fresh44, t12).
            "still to use",
            "limited knowledge", "limited understanding", "minimal experience", "little experience", "brief exposure",
            // The writer's own opinion of the skill, as every set's writers label it: "I believe I hold a good working alliance"
            // (Fresh167, t10), "I think I build rapport well" (t03), "I feel I build a good working alliance" (Fresh154, t04).
            "i think i", "i believe i", "i feel i",
            // And the same opinion said modestly, no wish in it: "I'd like to think families find it easy to build rapport with me
            // ...; I have never measured it" (Fresh245, t10: read as an aim).
            // Not "I like to think": "I like to think of the therapeutic alliance as the engine of change" is a view (a review).
            "i'd like to think", "i would like to think",
            "beginner", "beginning to", "new to", "acquainted with", "still learning", "still practising", "still practicing",
            "learning to", "conceptual understanding", "theoretical understanding", "some coursework",
            // A peer specialist sits in on the planning the counselor writes.
            "some involvement", "limited involvement", "minor involvement",
            // Confidence still being built: "I am still developing confidence in naming ... an alliance rupture" (Fresh19, t02).
            "still developing", "developing confidence", "building confidence", "still building confidence", "still building my",
            // A small share of someone else's work: "was involved in a small way in piloting the inventory".
            "in a small way", "a small part in",
            // "Newly trained and still finding my feet in feedback-informed treatment" (Fresh29, t11); now, not a senior's past.
            "still finding my feet", "currently finding my feet",
            // A learner's beginnings: "practised basic reflective listening" (Fresh29, t04). Not "basic" alone: "provide basic
            // crisis intervention to 40 callers" and "train clinicians in basic reflective listening" claim the work (a review).
            "practised basic", "practiced basic", "learned basic", "learnt basic",
            // Not yet confident doing it, as every set's writers label it: a hedge, not a denial of the work ("I am not yet confident
            // doing crisis intervention alone", Fresh246, t12, after taking part in two). Only with the doing: "not confident"
            // alone is as often the parents', or about funding ("I was not confident the service would fund it, so I built a
            // session rating scale routine myself": a review).
            // The writer's own: "Parents not yet confident using apps, building rapport with them" is the parents' (a review).
            "i am not yet confident doing", "i am not yet confident leading", "i am not yet confident running", "i am not yet confident using",
            "i am not yet confident to do", "i am not yet confident to lead", "i am not yet confident to run", "i am not yet confident to use",
            "i'm not yet confident doing", "i'm not yet confident leading", "i'm not yet confident running", "i'm not yet confident using",
            "i'm not yet confident to do", "i'm not yet confident to lead", "i'm not yet confident to run", "i'm not yet confident to use",
        ];
        // A new graduate's own measure of her skill: "I have a great deal more to learn about holding a therapeutic relationship"
        // (Fresh37, t07). The writer's only: "new associates, who often have a lot to learn about the therapeutic alliance" is a
        // supervisor's claim (a review).
        string[] ownLearning =
        [
            "more to learn about", "lot to learn about", "much to learn about", "deal to learn about", "plenty to learn about",
            "still to learn about", "need to learn about",
        ];
        // "Some treatment planning", "build some rapport": a bit of it. Only right before the phrase, as "some" before any other
        // word counts clients, times or staff ("for some clients the alliance took months", "trained some 40 interns"). It only
        // turns a claim into a hedge, never a stronger cue's reading (see Of).
        // "I am developing my active listening", a skill still growing (Fresh30, t04): only right before the phrase, as "I enjoy
        // developing my skills through CPD and I am known for ..." grows something else (an independent review).
        // And a skill being learned or tried out: "Learning motivational interviewing in supervision" (Fresh177, t01), "Exploring
        // motivational interviewing for attendance conferences" (t09).
        string[] hedgedAdjacent = ["some", "developing my", "developing our", "learning", "exploring", "currently learning",
            "currently exploring", "still exploring", "currently training in"];
        // ", so" starts what followed: "families did not choose to see me, so building a working alliance came first" builds it
        // (Fresh15, t01). Only after a comma or semicolon (see IsIdleContrast): "have not so far used" still denies.
        string[] contrasts = ["but", "however", "although", "though", "whereas", "yet", "except", "while", "so"];
        return
        [
            .. negatedLong.Select(c => new Cue(Assertions.Negated, c, false)),
            .. negatedShort.Select(c => new Cue(Assertions.Negated, c, true)),
            .. ownStatus.Select(c => new Cue(Assertions.Negated, c, false, IsOwnStatus: true)),
            .. aspirational.Select(c => new Cue(Assertions.Aspirational, c, false)),
            .. ownAim.Select(c => new Cue(Assertions.Aspirational, c, false, IsOwnAim: true)),
            .. hedged.Select(c => new Cue(Assertions.Hedged, c, false)),
            .. ownLearning.Select(c => new Cue(Assertions.Hedged, c, false, IsOwnLearning: true)),
            .. ownAttempt.Select(c => new Cue(Assertions.Hedged, c, false, IsOwnAttempt: true)),
            .. ownTrial.Select(c => new Cue(Assertions.Hedged, c, false, IsOwnAttempt: true)),
            .. hedgedAdjacent.Select(c => new Cue(Assertions.Hedged, c, false, IsAdjacent: true)),
            .. contrasts.Select(c => new Cue(Contrast, c, true)),
        ];
    }

    /// <summary>The writer's opinion of her own skill, a hedge only of the skill it names within <see cref="OpinionReach"/> words.</summary>
    /// <remarks>Compared as constants, where a set hashed the cue's text for every cue read.</remarks>
    static bool IsAnOpinionCue(string cue) => cue is "i think i" or "i believe i" or "i feel i";

    const int OpinionReach = 8;

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StrengthVerbLookup = new HashSet<string>(
        ["add", "bring", "excel", "shine", "thrive", "stand"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the aim's words are of others the writer helps: "I have helped trainees become more confident in building a
    /// therapeutic alliance, which I have modelled since 2012" (an independent review) is the writer's teaching, not her aim.
    /// </summary>
    static bool HelpsOthersTo(ReadOnlySpan<char> text, int clauseStart, int cueStart) => HelpersWords.In(text[clauseStart..cueStart]);

    static readonly ResumeLayout.WholeWords HelpersWords = new(["help", "helped", "helping", "helps", "enable", "enabled", "coach",
        "coached", "train", "trained", "support", "supported", "teach", "taught", "mentor", "mentored"]);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpinionVerbLookup = new HashSet<string>(
        ["think", "believe", "suppose", "imagine", "reckon"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The writer, as the word after an opinion verb: "I don't think I have ..." says what the writer lacks.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WriterLookup = new HashSet<string>(
        ["i", "i'm", "i've", "my", "me", "we", "our"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the negation ending at <paramref name="cueEnd"/> is an opinion ("don't think you can ...") about anyone but the writer.</summary>
    static bool IsOpinionAboutOthers(ReadOnlySpan<char> text, int cueEnd, int phraseStart)
    {
        Span<Range> words = stackalloc Range[2];
        Span<char> lowered = stackalloc char[MaxLoweredWord];
        int count = Words.After(text, cueEnd, phraseStart, words);
        if (count == 0 || !OpinionVerbLookup.Contains(Lower(text[words[0]], lowered))) return false;
        return count < 2 || !WriterLookup.Contains(Lower(text[words[1]], lowered));
    }

    /// <summary>
    /// Whether a negation says what other people do not do ("Why clients do not report alliance rupture to trainee counselors",
    /// "families did not want family therapy"): it denies nothing of the writer, who may have built a career on it (Fresh16,
    /// t12: a counselor educator's paper on rupture read as a denial of it).
    /// </summary>
    static bool DeniesOfOthers(ReadOnlySpan<char> text, int cueStart)
    {
        Span<char> lowered = stackalloc char[MaxLoweredWord];
        var (start, end) = WordBefore(text, cueStart);
        // A bare "not" or "never" stands after its auxiliary ("clients do not report"), and a relative pronoun after the people
        // it speaks of ("families who did not choose therapy"; "Store manager who has no experience with ..." is the writer).
        if (start < end && AuxiliariesLookup.Contains(Lower(text[start..end], lowered))) (start, end) = WordBefore(text, start);
        if (start < end && Lower(text[start..end], lowered) is "who" or "that") (start, end) = WordBefore(text, start);
        return start < end && OthersLookup.Contains(Lower(text[start..end], lowered));
    }

    /// <summary>Whether a cue at <paramref name="cueStart"/> is said of the writer: after "I'm", "am" or "was", or opening its clause.</summary>
    static bool IsSaidOfTheWriter(ReadOnlySpan<char> text, int clauseStart, int cueStart)
    {
        Span<char> lowered = stackalloc char[MaxLoweredWord];
        var (start, end) = WordBefore(text, cueStart);
        if (start >= end || start < clauseStart) return !text[clauseStart..cueStart].ContainsAnyInRange('A', 'Z') && !text[clauseStart..cueStart].ContainsAnyInRange('a', 'z');
        var word = Lower(text[start..end], lowered);
        if (word is "m" or "am" or "i" or "im") return true;
        // "I was not licensed to ...", not "The clinic was not approved to bill ..." (a second review).
        if (word is not "was") return false;
        var (subject, subjectEnd) = WordBefore(text, start);
        return subject < subjectEnd && subject >= clauseStart && Lower(text[subject..subjectEnd], lowered) is "i";
    }

    static (int Start, int End) WordBefore(ReadOnlySpan<char> text, int position)
    {
        int end = position;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '\n' or '\r') end--;
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return (start, end);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliariesLookup = new HashSet<string>(
        ["do", "does", "did", "have", "has", "had", "can", "could", "would", "will", "are", "is", "were", "was"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Other people, as the subject right before a negation. No pronouns: "she", "they" and "who" are the writer in a
    /// third-person bio ("She has no formal training in motivational interviewing": an independent review).
    /// </summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OthersLookup = new HashSet<string>(
        ["clients", "patients", "families", "parents", "students", "people", "participants", "members", "residents", "couples",
         "teens", "adolescents", "children", "kids", "veterans",
         // And one of them: "if the person does not feel the therapeutic bond" (Fresh227, t12: an account of how the alliance works,
         // read as a denial). Not "she" or "he": a CV in the third person speaks of the writer so.
         "person", "client", "patient", "family", "parent", "student", "child", "couple", "resident", "participant", "teen",
         "adolescent", "youth", "veteran"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest word <see cref="Lower"/> lowers: no word it is looked up for is longer.</summary>
    const int MaxLoweredWord = 16;

    /// <summary>
    /// The word in lower case, written into <paramref name="buffer"/> (<see cref="MaxLoweredWord"/> long) when it has a capital:
    /// asked of the words around every negation, where a lowered copy was two strings each time.
    /// </summary>
    static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length <= MaxLoweredWord && word.ContainsAnyInRange('A', 'Z') ? buffer[..word.ToLowerInvariant(buffer)] : word;

    /// <summary>Aims whose object may be what the writer already has: "where I can use my ...", "I'd love to bring my ...".</summary>
    static bool IsABringsOwnCue(string cue) =>
        cue is WhereICan or "would like to" or "i'd like to" or "we'd like to" or "i'd love to" or "i would like" or "i would love";

    /// <summary>Verbs of harm: "without harming the working alliance" keeps the alliance, so the phrase is asserted.</summary>
    static readonly HashSet<string> HarmVerbs = new(StringComparer.Ordinal)
    {
        "harm", "harming", "harmed", "lose", "losing", "lost", "damage", "damaging", "damaged", "compromise", "compromising",
        "compromised", "jeopardize", "jeopardizing", "jeopardized", "jeopardise", "jeopardising", "jeopardised", "sacrifice",
        "sacrificing", "sacrificed", "undermine", "undermining", "undermined", "break", "breaking", "broke", "disrupt",
        "disrupting", "disrupted", "rupture", "rupturing", "ruptured", "hurt", "hurting", "weaken", "weakening", "weakened",
        "strain", "straining", "strained", "risk", "risking", "risked", "endanger", "endangering", "endangered",
    };
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmVerbLookup = HarmVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether another cue ends where this one does and starts before it ("not yet" around "yet").</summary>
    static bool InsideLongerCue(List<PhraseHit> cueHits, int index, PhraseHit hit)
    {
        int end = hit.Start + hit.Length;
        for (int other = index - 1; other >= 0 && cueHits[other].Start + cueHits[other].Length == end; other--)
            if (cueHits[other].Start < hit.Start) return true;
        for (int other = index + 1; other < cueHits.Count && cueHits[other].Start + cueHits[other].Length == end; other++)
            if (cueHits[other].Start < hit.Start) return true;
        return false;
    }

    public static string Of(Page page, PhraseHit phrase)
    {
        var (resume, dictionary, cueHits) = (page.Resume, page.Dictionary, page.CueHits);
        string assertion = OfItsOwn(page, phrase);
        // A claim under a heading of the writer's plans whose sentence opens with an aim beyond a cue's reach is that aim; a denial
        // or a hedge there stays one ("Development Goals" over "I have not had formal training in crisis intervention": Fresh17,
        // t02), and so does work done, results or a method under such a heading (an independent review).
        return assertion == Assertions.Asserted && UnderAPlansHeading(page, phrase.Start) is int paragraph and >= 0
            && SentenceOpensWithAnAim(resume.Span, paragraph, phrase.Start, dictionary, cueHits) ? Assertions.Aspirational : assertion;
    }

    /// <summary>
    /// Whether the phrase's sentence, as far back as its paragraph's start, opens with an aim: an aspiration cue before the phrase,
    /// or a goal's verb in its base form first ("Finish the Level 2 training and bring routine feedback into every session so I
    /// notice ..."), not a past one ("Completed EMDR training in 2024 ...": an independent review).
    /// </summary>
    static bool SentenceOpensWithAnAim(ReadOnlySpan<char> text, int paragraph, int position, ScoringDictionary dictionary, List<PhraseHit> cueHits)
    {
        int sentence = paragraph;
        for (int i = position - 2; i >= paragraph; i--)
            if (text[i] is '.' or ';' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && !EndsAnAbbreviationsLetter(text, i)
                || text[i] == '\n' && IsABulletLine(text, i + 1))
            { sentence = i + 1; break; }
        for (int h = LastEndingBy(cueHits, position); h >= 0 && cueHits[h].Start >= sentence; h--)
            if (Cues[dictionary.PatternOf(cueHits[h].PatternId).Item].Assertion == Assertions.Aspirational) return true;
        // Goals listed as nouns, dated ahead: "Full LPC licensure (hours complete mid-2027), then the Board's approved clinical
        // supervision training" under "GOALS" (Fresh253, t06).
        // Not work told with it: "By 2027, having led clinical supervision for years", "Between 2018 and 2027 (contract end) I
        // deliver ..." (a second review): no past year, no "having", no "I" in the sentence.
        bool dueAhead = false, pastYear = false;
        for (int from = 0, year; (year = ExperienceReader.NextYear(text[sentence..position], ref from)) >= 0;)
            if (year > ScorerInfo.DefaultAsOf.Year) dueAhead = true;
            else pastYear = true;
        if (dueAhead && !pastYear && text[sentence..position].IndexOfAny(WorkToldWords) < 0) return true;
        int first = sentence;
        while (first < position && !char.IsLetter(text[first])) first++;
        int firstEnd = first;
        while (firstEnd < position && char.IsLetter(text[firstEnd])) firstEnd++;
        Span<char> lowered = stackalloc char[MaxLoweredWord];
        if (firstEnd - first > MaxLoweredWord) return false;
        var firstWord = Lower(text[first..firstEnd], lowered);
        if (GoalVerbLookup.Contains(firstWord)) return true;
        // An aim in the infinitive: "To deepen the therapeutic alliance with ..." (a review's probe).
        if (firstWord.SequenceEqual("to")) return GoalVerbAt(text, firstEnd, position, lowered);
        // A goal after the time it is set for: "After full licensure, train as an approved supervisor and provide clinical
        // supervision" (Fresh115, t11), "Once licensed, start ...", "Upon full licensure, offer ...", "After I complete my hours,
        // I will lead ..." (a review's probes).
        if (!WhenWordLookup.Contains(firstWord) || text[firstEnd..position].IndexOf(',') is not (int comma and >= 0)) return false;
        return GoalVerbAt(text, firstEnd + comma + 1, position, lowered);
    }

    /// <summary>Whether the dot at <paramref name="dot"/> ends a letter of "e.g." or "i.e.", and so no sentence (Fresh114, t05).</summary>
    static bool EndsAnAbbreviationsLetter(ReadOnlySpan<char> text, int dot) =>
        text[dot] == '.' && dot >= 2 && char.IsLetter(text[dot - 1]) && text[dot - 2] == '.';

    /// <summary>Whether the first word from <paramref name="from"/>, past "I will", "I'll" or "I", is a goal's verb in its base form.</summary>
    static bool GoalVerbAt(ReadOnlySpan<char> text, int from, int position, Span<char> lowered)
    {
        for (int words = 0; words < 3; words++)
        {
            int first = from;
            while (first < position && !char.IsLetter(text[first])) first++;
            int firstEnd = first;
            while (firstEnd < position && (char.IsLetter(text[firstEnd]) || text[firstEnd] is '\'' or '\u2019')) firstEnd++;
            if (firstEnd == first || firstEnd - first > MaxLoweredWord) return false;
            var word = Lower(text[first..firstEnd], lowered);
            if (GoalVerbLookup.Contains(word)) return true;
            if (!word.SequenceEqual("i") && !word.SequenceEqual("will") && !word.SequenceEqual("i'll") && !word.SequenceEqual("i\u2019ll")) return false;
            from = firstEnd;
        }
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WhenWordLookup = new HashSet<string>(
        ["after", "once", "when", "within", "by", "in", "next", "over", "upon"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the line starting at <paramref name="lineStart"/> is a bullet's: a new sentence, though no full stop ended the last.</summary>
    static bool IsABulletLine(ReadOnlySpan<char> text, int lineStart)
    {
        while (lineStart < text.Length && text[lineStart] is ' ' or '\t') lineStart++;
        return lineStart < text.Length && text[lineStart] is '-' or '*' or '\u2022' or '\u00B7';
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GoalVerbLookup = new HashSet<string>(
        ["finish", "complete", "bring", "start", "begin", "learn", "obtain", "earn", "become", "pursue", "gain", "expand", "deepen",
            "introduce", "get", "achieve", "attend", "apply", "grow", "improve", "strengthen", "train", "develop", "take",
            // A review's probes: "Once licensed, lead ...", "After full licensure, offer ...", "To deepen ...".
            "lead", "offer", "provide", "open", "build", "launch", "establish", "deepen", "supervise",
            // "PROFESSIONAL GOALS" over "- To receive regular clinical supervision in counseling" (Fresh224, t11).
            "receive", "secure", "join", "undertake", "acquire", "master", "attain", "enrol", "enroll", "qualify"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the phrase's sentence says someone else does it, not the writer: "Clinical supervision of the clinicians is provided
    /// by our Clinical Lead, not by me" (Fresh65, t07: a programme manager's denial read as his own supervision).
    /// </summary>
    static bool DoneByOthersNotMe(ReadOnlySpan<char> text, PhraseHit phrase)
    {
        int from = phrase.Start + phrase.Length;
        var rest = text[from..Math.Min(text.Length, from + Clauses.MaxReach)];
        int sentenceEnd = rest.IndexOfAny(".;!?\n");
        if (sentenceEnd >= 0) rest = rest[..sentenceEnd];
        // Every denial below holds "not ": one search turns down nearly every sentence before the four.
        if (!rest.Contains("not ", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var notMe in (ReadOnlySpan<string>)[", not by me", ", not me", " not by me", "not by myself"])
            if (rest.Contains(notMe, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static string OfItsOwn(Page page, PhraseHit phrase)
    {
        var (resume, dictionary, cueHits) = (page.Resume, page.Dictionary, page.CueHits);
        int phraseStart = phrase.Start, phraseEnd = phrase.Start + phrase.Length;
        // A form's question or a line's label stands a few words before the phrase on its line, if at all. The readings gated on
        // the page's places below each need its word or mark within their reach, so a phrase with none there is answered no unread.
        ReadOnlySpan<char> lineBefore = [];
        bool labelled = page.Colons.AnyIn(phraseStart - MaxLabelReach, phraseStart) && LineBefore(resume.Span, phraseStart, out lineBefore);
        if (labelled && AnsweredNo(resume.Span, lineBefore, phrase)) return Assertions.Negated;
        if (page.Questions.AnyIn(phraseEnd, int.MaxValue) && AnsweredNoOnItsLine(resume.Span, phrase) || DeniedOnTheLineUnder(resume.Span, phrase)
            || page.CellBars.AnyIn(phraseEnd, phraseEnd + MaxFirstCell) && DeniedInTheNextCell(resume.Span, phrase))
            return Assertions.Negated;
        // A rating, a hedge in brackets or after a dash, and a label's qualifier each stand in a note opened right after the phrase,
        // past spaces and tabs (OpensANote): most phrases go on with a word or a comma, and none of the four is read for them.
        bool noteAfter = OpensANote(FirstPastSpaces(resume.Span, phraseEnd));
        if (noteAfter && RatedLow(resume.Span, phrase)) return Assertions.Hedged;
        if (TrainingNotYetDone(resume.Span, labelled ? lineBefore : [], phrase) is { } notYet) return notYet;
        if (noteAfter && HedgeInParentheses(resume.Span, phrase, dictionary, cueHits) is { } after) return after;
        if (noteAfter && HedgeInANoteAfter(resume.Span, phrase, dictionary, cueHits) is { } noted) return noted;
        if (noteAfter && QualifierAfterLabel(resume, phrase, dictionary, cueHits) is { } qualified) return qualified;
        // The last cue ending by the phrase's end, found once: the one ending by its start is found from it (a cue rarely ends inside
        // the phrase), where a second search of the cues was made.
        int lastByItsEnd = page.LastCueEndingBy(phraseEnd);
        if (HedgedOfItAfter(resume.Span, phrase, dictionary, cueHits, lastByItsEnd)) return Assertions.Hedged;
        if (page.Denials.AnyIn(phraseEnd, phraseEnd + PartlyDoneReach) && PartlyDoneOfItAfter(resume.Span, phraseEnd)) return Assertions.Hedged;
        if (HedgedByABareNoteAfter(page, phraseStart, phraseEnd)) return Assertions.Hedged;
        if (page.Doubts.AnyIn(phraseEnd, phraseEnd + DoubtReach) && DoubtedAsItAfter(resume.Span, phraseStart, phraseEnd)) return Assertions.Hedged;
        if (page.Denials.AnyIn(phraseEnd, phraseEnd + ItsHedgeReach) && DroppedAfterATry(resume.Span, phraseEnd)) return Assertions.Negated;
        if (NotPartOfTheRoleAfter(resume.Span, phraseEnd)) return Assertions.Negated;
        if (page.Denials.AnyIn(phraseEnd, phraseEnd + Clauses.MaxReach) && DoneByOthersNotMe(resume.Span, phrase)) return Assertions.Negated;
        // Done by someone else, as the words right after it say: "treatment planning is done by the Tier 2 clinical psychologist"
        // (Fresh182, t03), "stays with the licensed clinician".
        if (DoneByAnotherAfter(resume.Span, phraseEnd)) return Assertions.Negated;
        if (page.Leads.AnyIn(phraseEnd, phraseEnd + LedReach) && LedBySomeoneElseAfter(resume.Span, phraseStart, phraseEnd)) return Assertions.Hedged;
        var text = resume.Span;
        var rightBefore = text[Math.Max(0, phraseStart - RightBeforeReach)..phraseStart];
        if (rightBefore.Contains("sure ", StringComparison.OrdinalIgnoreCase) && DoubtedRightBefore(text, phraseStart, phraseEnd)) return Assertions.Hedged;
        if (rightBefore.Contains("plan", StringComparison.OrdinalIgnoreCase) && AServicesPlanRightBefore(text, phraseStart, phraseEnd)) return Assertions.Aspirational;
        if (rightBefore.EndsWith("try ", StringComparison.OrdinalIgnoreCase) && TriedButAfter(text, phraseStart, phraseEnd)) return Assertions.Hedged;
        if (rightBefore.Contains("will ", StringComparison.OrdinalIgnoreCase) && ATrialToComeRightBefore(text, phraseStart, phraseEnd)) return Assertions.Aspirational;
        if (text[phraseEnd..Math.Min(text.Length, phraseEnd + AfterthoughtReach)].IndexOfAny(AfterthoughtWords) >= 0
            && QualifiedLaterInItsSentence(text, phraseStart, phraseEnd) is { } later) return later;
        if (text[phraseEnd..Math.Min(text.Length, phraseEnd + DifficultyReach)].IndexOfAny(DifficultyWords) >= 0 && StruggledWithAfter(text, phraseStart, phraseEnd))
            return Assertions.Hedged;
        if (text[Math.Max(0, phraseStart - PurposeReach)..phraseStart].IndexOfAny(PurposeWords) >= 0 && APurposeOfTrainingBefore(text, phraseStart))
            return Assertions.Aspirational;
        if (AMeasureAimedAtAsItNext(text, phraseStart, phraseEnd)) return Assertions.Aspirational;
        // A goal stated as a label: "Long-term goal: to build a strong therapeutic alliance with the adolescents" (Fresh177, t01).
        // Read here, not as the cues' patterns: a colon in the automaton's patterns slowed every scan by a tenth. Its label's colon
        // stands on the phrase's line: the last colon before the phrase, with no line break after it.
        if (page.Colons.LastBefore(phraseStart) is int colon and >= 0 && resume.Span[colon..phraseStart].IndexOf('\n') < 0
            && AimLabelledBefore(resume.Span, phraseStart)
            || page.GoalsIsTo.AnyIn(phraseStart - MaxGoalSentence, phraseStart) && GoalIsToBefore(resume.Span, phraseStart)) return Assertions.Aspirational;
        // Cues come by where they end: the last ending by the phrase's start is the last ending by its end, or one before it.
        int last = lastByItsEnd;
        while (last >= 0 && cueHits[last].Start + cueHits[last].Length > phraseStart) last--;
        // Most phrases have no cue within a clause's reach: answered without looking for the clause.
        if (last < 0 || cueHits[last].Start + cueHits[last].Length <= phraseStart - Clauses.MaxReach) return Assertions.Asserted;
        // Nor does a cue that ends before the phrase's clause starts (a third of those within reach: a bullet's cue, the phrase on
        // the next bullet): answered here, without the nearest cue's reading and its large frame.
        int clauseStart = resume.ClauseStart(phraseStart);
        if (cueHits[last].Start + cueHits[last].Length <= clauseStart) return Assertions.Asserted;
        var byTheCue = ByTheNearestCue(page, phrase, last, clauseStart);
        // A denial limited by how often: "I do not look at the client feedback very often; maybe two times a year" (Fresh249,
        // t10) tells of a practice kept seldom, not refused.
        return byTheCue == Assertions.Negated && SeldomAfter(resume.Span, phraseEnd) ? Assertions.Hedged : byTheCue;
    }

    /// <summary>
    /// The phrase as the nearest cue before it in its clause reads it, <paramref name="last"/> being the last cue hit ending by its
    /// start, and <paramref name="clauseStart"/> where its clause starts. A method of its own, apart from the readings every phrase is
    /// asked: every phrase paid for its large frame, where fewer than half reach a cue. Its word buffers are the page's (<see
    /// cref="Page.WordBuffers"/>), not the stack's, so that it too is compiled in steps with what the runtime profiled.
    /// </summary>
    static string ByTheNearestCue(Page page, PhraseHit phrase, int last, int clauseStart)
    {
        var (resume, dictionary, cueHits) = (page.Resume, page.Dictionary, page.CueHits);
        int phraseStart = phrase.Start;
        var text = resume.Span;

        // Nearest cue first; of cues ending at the same place, the longest ("not familiar with" over "familiar with"), then by precedence.
        // "some" right before the phrase is set aside: it makes a claim a hedge, but the nearest cue would let it override
        // "hope to gain some ..." or "never received some ...", so it is applied only when no other cue decides.
        Cue? chosen = null;
        bool aBitOf = false, afterASo = false;
        Span<char> lowered = page.WordBuffers.AsSpan(0, MaxLoweredWord);
        int chosenStart = int.MaxValue, chosenEnd = -1;
        for (int h = last; h >= 0; h--)
        {
            var hit = cueHits[h];
            int end = hit.Start + hit.Length;
            if (chosen is not null && end < chosenEnd) break;
            if (end <= clauseStart) break;
            if (hit.Start < clauseStart) continue;
            var cue = Cues[dictionary.PatternOf(hit.PatternId).Item];
            if (IsPartOfCompound(text, hit)) continue;
            if (QuotedApart(text, clauseStart, hit.Start, end, phraseStart)) continue;

            // A word and the character ending it take two at least: a gap of at most 2 * LongReach characters holds at most LongReach
            // words, and is counted only for the cues that read fewer (a short one, a standing, an opinion, an attempt). For the others
            // 0 stands for "no more than LongReach", all they read of it.
            bool readsFewerWords = cue.ReadsFewerWords;
            int between = readsFewerWords || phraseStart - end > 2 * LongReach ? WordsBetween(text, end, phraseStart, LongReach + 1) : 0;
            if (between > LongReach && !(cue.Assertion == Assertions.Aspirational && AimGoesOnAfterAnd(text, end, phraseStart))) break;
            // "yet" inside "not yet" is the negation's, not a contrast starting a new claim.
            if (cue.Assertion == Contrast)
            {
                if (InsideLongerCue(cueHits, h, hit) || IsIdleContrast(text, cue, hit) || EndsANegation(text, cue, cueHits, h, clauseStart, dictionary)) continue;
                // What follows ", so" is done because of what came before: a denial there denies nothing after it, but an aim or a
                // hedge goes on ("I plan to complete MINT training, so I can use motivational interviewing").
                if (cue.Rule == CueRule.So) { afterASo = true; continue; }
                break;
            }
            if (afterASo && cue.Assertion == Assertions.Negated) continue;
            // A relative clause after a comma says what follows from the denied thing, and claims its own: "we do not make custody
            // recommendations, which protects the working alliance with each parent" (Fresh181, t07).
            // A denial inside a relative clause of the item before ends with it at the comma: "rapport building with teenagers who
            // did not ask to see a counsellor, active listening, and a calm presence" (Fresh240, t03).
            if (cue.Assertion == Assertions.Negated && text[end..phraseStart].Contains(',') && InARelativeClause(text, clauseStart, hit.Start)) continue;
            // Each of the three opens with a comma: looked for only where one stands between.
            if (cue.Assertion == Assertions.Negated && text[end..phraseStart].Contains(',') && (text[end..phraseStart].Contains(", which ", StringComparison.OrdinalIgnoreCase)
                || text[end..phraseStart].Contains(", and this ", StringComparison.OrdinalIgnoreCase)
                || text[end..phraseStart].Contains(", as this ", StringComparison.OrdinalIgnoreCase))) continue;
            // A hedge's object ends where a new clause opens after a comma: "Familiar with CBT and systemic therapy, I build rapport
            // easily", and in a CV's own language "Familiarizada con la TCC y con la terapia sistémica, establezco rapport" (a review
            // of session 40: the rapport read as hedged).
            if (cue.Assertion == Assertions.Hedged && OpensAClauseAfterAComma(cue, text[end..phraseStart])) continue;
            // Read for a short cue only, the one it matters to.
            bool deniesAList = cue.IsShort && DeniesAList(text[end..phraseStart]);
            if (cue.IsShort && (between > ShortReach && !(between <= ShortReach + 3 && deniesAList)
                || text[end..phraseStart].IndexOfAny(',', ':') >= 0 && !deniesAList
                // Nor past a spaced dash: "use low scores as an opening, not a verdict - alliance rupture is discussed in
                // supervision every month" (Fresh179, t07).
                || HoldsASpacedDash(text[end..phraseStart]))) continue;
            if (cue.IsAdjacent)
            {
                // A skill being learned or tried out opens its bullet or sentence: "Moving to counselling meant learning professional
                // boundaries" tells what was learned (Fresh49, t12).
                bool learnt = cue.Text is not ("some" or "developing my" or "developing our");
                if (learnt && !OpensItsLine(text, hit.Start)) continue;
                // What is learned may be named by a plural after it: "Learning treatment planning approaches" (a review). Not what
                // is explored: "Exploring therapeutic alliance ruptures with clients" is the work (a review).
                // "Learning the working alliance literature (Bordin) for my accreditation case study" (Fresh192, t09): an article or
                // "about" between a learner's word and what is learnt.
                var learntBetween = text[end..phraseStart].Trim();
                bool nextTo = learntBetween.IsEmpty || learnt && cue.Text.EndsWith("learning", StringComparison.Ordinal)
                    && (learntBetween.Equals("the", StringComparison.OrdinalIgnoreCase) || learntBetween.Equals("about", StringComparison.OrdinalIgnoreCase)
                        || learntBetween.Equals("about the", StringComparison.OrdinalIgnoreCase));
                aBitOf |= nextTo
                    && (learnt && cue.Text.EndsWith("learning", StringComparison.Ordinal) || cue.Text == "currently training in"
                        || !CountsTheWordAfter(text, phraseStart + phrase.Length));
                continue;
            }
            if (cue.IsOwnAim && (!WritersOwn(text, clauseStart, hit.Start) || HelpsOthersTo(text, clauseStart, hit.Start))) continue;
            if (cue.Assertion == Assertions.Aspirational && SaysWhatIsDoneAfterAColon(text[end..phraseStart])) continue;
            // A learner's hedge is the writer's unless someone else learns in its part of the clause: "I supervise new associates,
            // who often have a lot to learn about the therapeutic alliance" (a review).
            if (cue.IsOwnLearning && NamesAnotherLearner(text[AfterLastComma(text, clauseStart, hit.Start)..hit.Start])) continue;
            // A course the writer runs is no first course of hers: "Lead the basic course in motivational interviewing" (a review).
            if (cue.Rule == CueRule.BasicCourseIn && TeachesIt(text[AfterLastComma(text, clauseStart, hit.Start)..hit.Start])) continue;
            // Its object is the work denied, a verb and a word or two from it: "not licensed to practice independently yet and
            // build a therapeutic alliance" denies the practice, not the alliance (a second review).
            if (cue.IsOwnStatus && (between > OwnStatusReach || text[end..phraseStart].IndexOfAny(',', ';') >= 0
                || !IsSaidOfTheWriter(text, clauseStart, hit.Start))) continue;
            // The writer's opinion of a skill named a few words on: "I believe I already bring the core of what makes therapy work:
            // the therapeutic alliance" claims it (Fresh35, t04).
            if (cue.Rule == CueRule.Opinion && (between > OpinionReach || text[end..phraseStart].IndexOfAny(':', ';') >= 0
                // A strength named, not a skill doubted: "Where I feel I add most value is alliance rupture and repair, which I
                // now teach" (an independent review).
                || StrengthVerbLookup.Contains(NextWord(text, end, phraseStart, lowered)))) continue;
            if (cue.Rule == CueRule.WantsTo && WordBefore(text, hit.Start) is var (who, whoEnd) && IsSomeoneServed(text[who..whoEnd])) continue;
            // "interested in how the therapeutic alliance predicts outcome": a question the writer studies, no skill she lacks
            // (Fresh52, t05, a high-intensity therapist who measures the alliance in every session).
            if (cue.Rule == CueRule.InterestedIn && NextWord(text, end, phraseStart, lowered) is "how" && !AsksHowTo(text, end, phraseStart)) continue;
            if (cue.IsOwnAttempt && (between > AttemptReach || (IsATrial(cue)
                    ? !StartsOwnTrial(text, clauseStart, hit.Start) || DatesTheTrial(text, clauseStart, phraseStart + phrase.Length)
                    : !StartsOwnClause(text, clauseStart, hit.Start) || TellsNoShortfall(text, phraseStart + phrase.Length)))) continue;
            if (cue.Rule == CueRule.Not && NotNegatingLookup.Contains(NextWord(text, end, phraseStart, lowered))) continue;
            // "Rather than treating motivational interviewing as an add-on, I made it ...", "Instead of just rapport-building":
            // what replaced is the way of doing it, not the phrase (an independent review).
            if (cue.Rule == CueRule.InsteadOf && NextWord(text, end, phraseStart, lowered) is var next
                && (NotNegatingLookup.Contains(next) || next.EndsWith("ing", StringComparison.Ordinal))) continue;
            // "I don't think you can train people in the therapeutic alliance if ...": an opinion held, nothing denied of the phrase;
            // "I don't think I have much experience with ..." denies the writer's own, and stays.
            if (cue.Assertion == Assertions.Negated && (IsOpinionAboutOthers(text, end, phraseStart) || page.DeniesOfOthers(h))) continue;
            // A denial of anything else affirms the phrase: "I wouldn't call what we do anything other than measurement-based care"
            // (a review of session 56); a measure dropped and resumed is in use: "We dropped the session rating scale for one week
            // ..., then resumed it".
            if (cue.Assertion == Assertions.Negated && (text[end..phraseStart].IndexOfAny(OtherThan) >= 0 || ResumedAfter(text, phraseStart + phrase.Length))) continue;
            // A measure given up in part, or by no one: "stopped using the session rating scale with under-12s only", "dropped weekly
            // clinical supervision to fortnightly", "Nobody on the team stopped using ..."; a modest "I wouldn't say I have a strong
            // rapport with every client, but most stay" (a third review).
            if (cue.Rule == CueRule.UndoneInPart
                && (PartlyAfter(text, phraseStart + phrase.Length) || text[clauseStart..hit.Start].IndexOfAny(NoOne) >= 0)) continue;
            // "a post where I can use my therapeutic alliance skills", "I'd love to bring my 10 years of therapeutic alliance
            // work": what the writer brings there is had, not sought.
            if (cue.Rule == CueRule.BringsOwn && BringsOwn(text, end, phraseStart)) continue;

            bool better = chosen is null || hit.Start < chosenStart
                || (hit.Start == chosenStart && Precedence(cue) < Precedence(chosen));
            if (better)
            {
                chosen = cue;
                chosenStart = hit.Start;
                chosenEnd = end;
            }
        }
        string claimed = aBitOf ? Assertions.Hedged : Assertions.Asserted;
        if (chosen is not { Assertion: Assertions.Negated }) return chosen?.Assertion ?? claimed;

        // "without harming the working alliance": what is denied is the harm, not the alliance.
        Span<char> buffer = page.WordBuffers.AsSpan(MaxLoweredWord, Words.MaxLength);
        if (HarmVerbLookup.Contains(Words.Fold(NextWord(text, chosenEnd, phraseStart, lowered), buffer))) return claimed;
        // "never closed a case without collaborative goal setting": two negations in one clause affirm.
        // "I no longer carry a caseload, and I no longer provide clinical supervision": a "no longer" says what stopped.
        // "no caseload and no direct therapeutic relationship" is a list of denials, each its own (Fresh30, t07).
        // "neither a caseload nor a therapeutic alliance": "nor" goes on denying (an independent review).
        if (chosen.IsShort && chosen.Text != NoLonger && chosen.Text != "nor" && !FollowsACoordinator(text, clauseStart, chosenStart)
            && NegationBefore(text, clauseStart, chosenStart, dictionary, cueHits)) return claimed;
        return Assertions.Negated;
    }

    /// <summary>
    /// Whether "how" after the cue asks how to do something: "interested in how to use MI" is a skill sought, where "interested in
    /// how the alliance predicts outcome" is a question studied (an independent review; "whether" and "why" left the aim too).
    /// </summary>
    static bool AsksHowTo(ReadOnlySpan<char> text, int cueEnd, int phraseStart)
    {
        Span<Range> words = stackalloc Range[3];
        int count = Words.After(text, cueEnd, phraseStart, words);
        if (count < 2) return false;
        var second = text[words[1]];
        // "how to use", "how I can develop", "how best to form" (a second review): a skill sought.
        return second.Equals("to", StringComparison.OrdinalIgnoreCase) || second.Equals("best", StringComparison.OrdinalIgnoreCase)
            || HowOneCanLookup.Contains(second);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HowOneCanLookup = new HashSet<string>(
        ["i", "we", "one", "you"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the words before a course name the writer leading it ("Lead", "Deliver", "Designed and teach").</summary>
    static bool TeachesIt(ReadOnlySpan<char> before) => before.IndexOfAny(TeachingVerbs) >= 0;

    static readonly System.Buffers.SearchValues<string> TeachingVerbs = System.Buffers.SearchValues.Create(
        ["lead", "led ", "deliver", "teach", "taught", "run ", "ran ", "facilitat", "design", "train ", "trained staff", "present"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether an aim goes on in a second infinitive joined to it, the phrase within reach of that: "I hope to develop a stronger
    /// therapeutic alliance with long-term clients through supervised practice, and to train formally in person-centered therapy"
    /// (Fresh46, t03). Only "and to" or "or to": "and I train ..." is a claim of its own.
    /// </summary>
    static bool AimGoesOnAfterAnd(ReadOnlySpan<char> text, int cueEnd, int phraseStart)
    {
        // The last "and" or "or" followed by "to", a line break allowed between the words as a wrapped summary has it.
        for (int at = phraseStart - 1; at > cueEnd; at--)
        {
            if (!char.IsWhiteSpace(text[at - 1]) || !(Words.StandsAt(text, at, "and") || Words.StandsAt(text, at, "or"))) continue;
            int to = at + (text[at] is 'a' or 'A' ? 3 : 2);
            while (to < phraseStart && char.IsWhiteSpace(text[to])) to++;
            if (!Words.StandsAt(text, to, "to")) continue;
            // A verb after it, as an infinitive has: not "and to date I have built", nor "listening to patients and to their
            // families" (a review).
            int verb = to + 2;
            while (verb < phraseStart && char.IsWhiteSpace(text[verb])) verb++;
            int verbEnd = verb;
            while (verbEnd < phraseStart && char.IsLetter(text[verbEnd])) verbEnd++;
            if (verbEnd == verb || NotAVerbLookup.Contains(text[verb..verbEnd])) return false;
            return WordsBetween(text, to + 2, phraseStart, LongReach + 1) <= LongReach;
        }
        return false;
    }

    /// <summary>Words after "to" that make it no infinitive's: a date, an article, a possessive, a pronoun.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAVerbLookup = new HashSet<string>(
        ["date", "the", "a", "an", "their", "his", "her", "my", "our", "your", "its", "them", "him", "me", "us", "each", "all", "other",
            "others", "every", "both", "this", "that", "these", "those", "whom", "which", "families", "clients", "patients"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether "who", "which" or "that" stands within three words before the cue, after the clause's start and no comma.</summary>
    static bool InARelativeClause(ReadOnlySpan<char> text, int clauseStart, int cueStart)
    {
        var before = text[clauseStart..cueStart];
        if (before.LastIndexOf(',') is int comma and >= 0) before = before[(comma + 1)..];
        Span<Range> words = stackalloc Range[3];
        foreach (var word in words[..Words.Before(before, before.Length, 0, words, [])])
            if (before[word] is "who" or "which" or "that") return true;
        return false;
    }

    /// <summary>Whether "and", "or", "nor" or a comma stands right before the cue: it starts an item of a list.</summary>
    static bool FollowsACoordinator(ReadOnlySpan<char> text, int clauseStart, int cueStart)
    {
        var before = text[clauseStart..cueStart].TrimEnd();
        if (before.Length == 0) return false;
        if (before[^1] == ',') return true;
        int wordStart = before.Length;
        while (wordStart > 0 && char.IsAsciiLetter(before[wordStart - 1])) wordStart--;
        if (wordStart > 0 && char.IsLetterOrDigit(before[wordStart - 1])) return false;
        var word = before[wordStart..];
        return word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase)
            || word.Equals("nor", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Nouns a phrase may name the subject of, which "some" before the phrase then counts: "some rapport research" is
    /// a few studies, not a bit of rapport. Experience, work and training with the phrase stay a bit of it ("some
    /// treatment planning experience", as "some experience" is a hedge).
    /// </summary>
    static readonly HashSet<string> CountedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "research", "literature", "data", "curriculum", "content", "material", "programming",
    };
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountedNounLookup = CountedNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether "some" before the phrase counts the word right after it rather than qualifying the phrase: a plural
    /// ("some active listening workshops", "some crisis intervention trainings") or a body of work about the phrase
    /// ("some therapeutic alliance research"). "skills" stays a bit of the phrase, as "some skills" is modest.
    /// </summary>
    static bool CountsTheWordAfter(ReadOnlySpan<char> text, int phraseEnd)
    {
        int start = phraseEnd;
        while (start < text.Length && text[start] is ' ' or '\t') start++;
        int end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
        // Only a word right after the phrase, not one across punctuation or a hyphen ("some rapport-building").
        if (end == start || end == phraseEnd || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '\''))) return false;
        var word = text[start..end];
        if (CountedNounLookup.Contains(word)) return true;
        bool plural = word.Length > 3 && word[^1] is 's' or 'S' && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase);
        return plural && !word.Equals("skills", StringComparison.OrdinalIgnoreCase);
    }

    const string NoLonger = "no longer";
    const string WhereICan = "where i can";

    /// <summary>
    /// Whether the writer's own ("my", "our") stands among the first words after the cue ("where I can use my ...", "where I
    /// can draw on my 10 years of ..."): a skill brought, not an aim.
    /// </summary>
    static bool BringsOwn(ReadOnlySpan<char> text, int cueEnd, int phraseStart)
    {
        Span<Range> words = stackalloc Range[4];
        int count = Words.After(text, cueEnd, phraseStart, words);
        // What the writer brings or uses is hers: "bring my 10 years of therapeutic alliance work". Not what she would help her own
        // do: "I would like to help my clinic move toward measurement-based care" is an aim (Fresh126, t11).
        // Nor her own skills grown: "a team where I can keep growing my skills in building a strong therapeutic alliance"
        // (Fresh179, t03).
        // Only in the phrase's own part of the sentence: "where I can keep building my skills in group work, drawing on six years of
        // motivational interviewing" brings the interviewing (a second review).
        bool sameSpan = text[cueEnd..phraseStart].IndexOf(',') < 0;
        for (int w = 1; w < count; w++)
            if ((text[words[w]].Equals("my", StringComparison.OrdinalIgnoreCase) || text[words[w]].Equals("our", StringComparison.OrdinalIgnoreCase))
                && !text[words[w - 1]].Equals("help", StringComparison.OrdinalIgnoreCase) && !(sameSpan && GrowthVerbLookup.Contains(text[words[w - 1]]))) return true;
        return count > 0 && (text[words[0]].Equals("my", StringComparison.OrdinalIgnoreCase) || text[words[0]].Equals("our", StringComparison.OrdinalIgnoreCase));
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GrowthVerbLookup = new HashSet<string>(
        ["grow", "growing", "develop", "developing", "deepen", "deepening", "improve", "improving", "strengthen", "strengthening",
            "expand", "expanding", "broaden", "broadening", "build", "building", "sharpen", "sharpening", "hone", "honing"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before "get better at" that make it the writer's own aim: the writer as subject, or an aim's frame.</summary>
    static readonly HashSet<string> OwnAimWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'm", "i've", "i'd", "me", "my", "we", "our", "myself",
        "trying", "try", "tries", "want", "wants", "hope", "hoping", "working", "goal", "goals", "aim", "aiming",
        "strive", "striving", "plan", "planning", "continue", "continuing", "learning", "intend",
    };
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnAimLookup = OwnAimWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many words may stand between an attempt and its phrase: "tried to keep client engagement up".</summary>
    const int AttemptReach = 3;

    /// <summary>Whether a label of an aim ("Goal: to", "Aim: to", "Objective: to") stands before the phrase in its line and sentence, a few words before.</summary>
    static bool AimLabelledBefore(ReadOnlySpan<char> text, int phraseStart)
    {
        var line = text[(text[..phraseStart].LastIndexOf('\n') + 1)..phraseStart];
        int colon = line.LastIndexOf(':');
        // Not past a comma, where a result may follow: "Aim: to cut no-shows by 20%, which we achieved by reinforcing the
        // therapeutic alliance" (a third review).
        if (colon < 0 || line[colon..].IndexOfAny(".;!?,") >= 0 || WordsBetween(line, colon, line.Length, LongReach + 1) > LongReach) return false;
        var after = line[(colon + 1)..].TrimStart(' ');
        // Or a bare verb of what is to be done: "Goal for the next year: learn feedback-informed treatment and start using the
        // Session Rating Scale" (Fresh190, t03).
        int verbEnd = after.IndexOf(' ');
        if (!after.StartsWith("to ", StringComparison.OrdinalIgnoreCase) && !(verbEnd > 0 && AimVerbLookup.Contains(after[..verbEnd]))) return false;
        var label = line[..colon].TrimEnd(' ');
        // The aim's time after it: "Goal for the next year", "Aims for 2027", "Objective over the coming months". Not a standing
        // rule: "Goal for each session: build the therapeutic alliance before any technique" is how the writer works (a review).
        foreach (var when in (ReadOnlySpan<string>)[" for ", " over ", " in "])
            if (label.LastIndexOf(when, StringComparison.OrdinalIgnoreCase) is int cut and > 0 && WordsBetween(label, cut, label.Length, 5) < 5)
            {
                var time = label[(cut + when.Length)..].TrimStart(' ');
                if (!(time.StartsWith("the next", StringComparison.OrdinalIgnoreCase) || time.StartsWith("the coming", StringComparison.OrdinalIgnoreCase)
                    || time.StartsWith("next", StringComparison.OrdinalIgnoreCase) || time.StartsWith("this year", StringComparison.OrdinalIgnoreCase)
                    || time.StartsWith("the year", StringComparison.OrdinalIgnoreCase) || time.Length > 0 && char.IsAsciiDigit(time[0]))) return false;
                label = label[..cut];
                break;
            }
        foreach (var aim in (ReadOnlySpan<string>)["goal", "goals", "aim", "aims", "objective", "objectives"])
            if (Clauses.EndsOnTheWord(label, aim)) return true;
        return false;
    }

    /// <summary>
    /// Whether the sentence opens with the writer's goal, its time between, and "is to" before the phrase: "My goal over the next
    /// few years is to develop a strong therapeutic alliance with rural clients ..., and to train in motivational interviewing"
    /// (Fresh193, t05: the words stood too far apart to be one cue). Not past ", which" or ", and we": a result may follow.
    /// </summary>
    static bool GoalIsToBefore(ReadOnlySpan<char> text, int phraseStart)
    {
        int from = Math.Max(0, phraseStart - MaxGoalSentence);
        // Asked of every phrase: most have no " is to " before them (an ordinal search: the writer's "is to" is in small letters).
        if (text[from..phraseStart].IndexOf(" is to ", StringComparison.Ordinal) < 0) return false;
        int start = from;
        for (int i = phraseStart - 1; i > from; i--)
            if (text[i - 1] is '.' or '!' or '?' or ';' && char.IsWhiteSpace(text[i]) || text[i - 1] == '\n' && text[i] == '\n') { start = i; break; }
        var sentence = text[start..phraseStart].TrimStart(" \t\r\n-*\u2022\u2013");
        bool own = false;
        foreach (var opening in (ReadOnlySpan<string>)["my goal ", "my aim ", "my ambition ", "my objective ", "our goal ", "the goal "])
            if (sentence.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) { own = true; break; }
        if (!own) return false;
        int isTo = sentence.IndexOf(" is to ", StringComparison.OrdinalIgnoreCase);
        if (isTo < 0 || WordsBetween(sentence, 0, isTo, 8) >= 8) return false;
        var after = sentence[(isTo + " is to ".Length)..];
        return after.IndexOf(", which", StringComparison.OrdinalIgnoreCase) < 0 && after.IndexOf(", and we ", StringComparison.OrdinalIgnoreCase) < 0
            && after.IndexOf(" achieved", StringComparison.OrdinalIgnoreCase) < 0;
    }

    const int MaxGoalSentence = 240;

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AimVerbLookup = new HashSet<string>(
        ["learn", "start", "begin", "build", "develop", "complete", "introduce", "become", "gain", "get", "strengthen", "improve",
            "deepen", "train", "pursue"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The people of a trade whom work may stay with: "stays with the licensed clinician", "sits with the care team".</summary>
    static readonly System.Buffers.SearchValues<string> TradesPeople = System.Buffers.SearchValues.Create(
        ["clinician", "psychiatrist", "psychologist", "therapist", "counsellor", "counselor", "doctor", "consultant", "social worker",
            "nurse", "team", "gp", "lcsw", "lpc", "lmft", "supervisor", "staff", "colleague",
            // And a service's other posts: "is handled by the intake workers", "sits with the service manager" (a review).
            "workers", "worker", "manager", "coordinator", "co-ordinator", "practitioner"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the word is the first of the phrases below that hand the work over: "is done by", "stays with", "remains with".
    /// By its length first, as nearly every phrase is followed by some other word: cheaper than a case-insensitive hash.
    /// </summary>
    static bool IsAHandingOverVerb(ReadOnlySpan<char> word) => word.Length switch
    {
        2 => word.Equals("is", StringComparison.OrdinalIgnoreCase),
        3 => word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase),
        4 => word.Equals("were", StringComparison.OrdinalIgnoreCase) || word.Equals("sits", StringComparison.OrdinalIgnoreCase),
        5 => word.Equals("stays", StringComparison.OrdinalIgnoreCase),
        7 => word.Equals("remains", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>The text up to its first space (all of it when it has none).</summary>
    static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text) => text.IndexOf(' ') is int space and >= 0 ? text[..space] : text;

    /// <summary>How far past "is done by" its doer is read: across a table cell's wrapped lines.</summary>
    const int WhoReach = 120;

    /// <summary>Whether the words right after the phrase give it to someone else: "treatment planning is done by the psychiatrist".</summary>
    static bool DoneByAnotherAfter(ReadOnlySpan<char> text, int phraseEnd)
    {
        int start = phraseEnd;
        while (start < text.Length && text[start] == ' ') start++;
        // Over a wrapped line, a table's cell bars with it: "crisis intervention" over "|   |   sits with the CMHT duty clinician"
        // (Fresh187, t09); or into the next cell: "| Motivational interviewing | sits with the duty |" (a review).
        if (start < text.Length && text[start] is '\r' or '\n' or '|')
            while (start < text.Length && text[start] is '\r' or '\n' or ' ' or '\t' or '|') start++;
        // The work's noun may follow the phrase: "Therapeutic alliance building is handled by the treating clinician", "Therapeutic
        // alliance work is done by the team psychologist" (a third review of session 37).
        // The verb's first letter is looked at before the four comparisons: most phrases go on with "and", "in" or "with".
        int noun = start;
        while (noun < text.Length && char.IsAsciiLetterLower(text[noun])) noun++;
        if (noun > start && noun + 1 < text.Length && text[noun] == ' ' && text[noun + 1] is 'i' or 'a' or 'w'
            && (text[(noun + 1)..].StartsWith("is ", StringComparison.Ordinal)
            || text[(noun + 1)..].StartsWith("are ", StringComparison.Ordinal) || text[(noun + 1)..].StartsWith("was ", StringComparison.Ordinal)
            || text[(noun + 1)..].StartsWith("were ", StringComparison.Ordinal))) start = noun + 1;
        // Asked of every phrase: its next word's first two letters (each verb below starts with one of seven pairs: "is", "wa",
        // "we", "ar", "si", "st", "re"; no letter outside ASCII matches one in any case), then the word, turn down nearly all
        // before fifteen comparisons. The first letter alone let "with", "and", "in" and "supervision" through.
        if (start + 1 >= text.Length || ((text[start] | 0x20), (text[start + 1] | 0x20)) is not (('i', 's') or ('w', 'a') or ('w', 'e')
            or ('a', 'r') or ('s', 'i') or ('s', 't') or ('r', 'e'))) return false;
        return HandedToAnotherAt(text, start);
    }

    /// <summary>
    /// Whether the words at <paramref name="start"/> give the work to someone else (<see cref="DoneByAnotherAfter"/>): apart from
    /// the turning down that every phrase is asked, so that its buffer on the stack leaves that part compiled with what the
    /// runtime profiled, and its frame small.
    /// </summary>
    static bool HandedToAnotherAt(ReadOnlySpan<char> text, int start)
    {
        var after = text[start..Math.Min(text.Length, start + 40)];
        if (!IsAHandingOverVerb(FirstWord(after))) return false;
        foreach (var byAnother in (ReadOnlySpan<string>)["is done by ", "was done by ", "are done by ", "were done by ", "is handled by ",
            "is provided by ", "is the responsibility of ", "stays with ", "sits with ", "remains with ", "is carried out by ",
            "are carried out by ", "is completed by ", "are completed by ", "is led by "])
        {
            if (!after.StartsWith(byAnother, StringComparison.OrdinalIgnoreCase)) continue;
            var words = text[(start + byAnother.Length)..Math.Min(text.Length, start + byAnother.Length + WhoReach)];
            // A table's cells wrapped over lines are read as the one sentence they hold: "sits with the |" over "| duty clinician,
            // not |" over "| with me |" (a review).
            Span<char> joined = stackalloc char[words.Length];
            ReadOnlySpan<char> who = joined[..JoinWords(words, joined, cellBars: true)];
            // To the sentence's end, across a wrapped line: "is done by the Tier 2 clinical" over "psychologist" (Fresh182, t03).
            int end = who.IndexOfAny(".;");
            if (end >= 0) who = who[..end];
            // Not the writer among them: "is done by me", "by each counsellor, including me" (a second review). The writer set
            // apart is no writer among them: "sits with the CMHT duty clinician, not with me" (Fresh187, t09).
            foreach (var notMe in (ReadOnlySpan<string>)[", not with me", ", not me", " not with me", " rather than me", " rather than with me", " instead of me"])
                if (who.IndexOf(notMe, StringComparison.OrdinalIgnoreCase) is int at and >= 0) { who = who[..at]; break; }
            if (IndexOfTheWord(who.TrimEnd(",) "), "me") >= 0 || who.Contains(" me,", StringComparison.OrdinalIgnoreCase)
                || who.StartsWith("me", StringComparison.OrdinalIgnoreCase) || who.Contains("myself", StringComparison.OrdinalIgnoreCase)) return false;
            // Only a person of a trade: "stays with the licensed clinician", not "the counselling relationship stays with the young
            // person" (Fresh183, t09), nor a means: "is carried out by active listening" (a third review).
            return who.IndexOfAny(TradesPeople) >= 0;
        }
        return false;
    }

    /// <summary>
    /// Copies <paramref name="words"/> into <paramref name="into"/> with each run of white space as one space, so a sentence
    /// wrapped over lines reads as one; with <paramref name="cellBars"/>, over a table's cells: its "|", line breaks and tabs (a
    /// cell's no-break spaces kept as they stand). Returns the length written.
    /// </summary>
    static int JoinWords(ReadOnlySpan<char> words, Span<char> into, bool cellBars)
    {
        int length = 0;
        foreach (char c in words)
        {
            char next = (cellBars ? c is '|' or '\r' or '\n' or '\t' : char.IsWhiteSpace(c)) ? ' ' : c;
            if (next != ' ' || (length > 0 && into[length - 1] != ' ')) into[length++] = next;
        }
        return length;
    }

    /// <summary>
    /// Whether the words between a short denial and the phrase list the things denied, "or" joining the phrase to them: "no
    /// diagnosis or long-term treatment planning" denies both (Fresh177, t09: the planning read as claimed), and so does "no
    /// diagnosis, prescribing, risk assessment or treatment planning" (two reviews).
    /// </summary>
    static bool DeniesAList(ReadOnlySpan<char> between)
    {
        var words = between.Trim();
        // A list, not a clause: "No waitlist or delays: motivational interviewing started at first contact" (a review).
        if (words.IndexOfAny(":;.()") >= 0) return false;
        // Things of a word or two each, commas between, "or" before the last: "diagnosis, prescribing, risk assessment or" (a
        // second review), or "or" and a word of the phrase's own: "diagnosis or long-term".
        int things = 0;
        while (true)
        {
            int comma = words.IndexOf(',');
            var thing = (comma < 0 ? words : words[..comma]).Trim();
            int or = IndexOfTheWord(thing, "or") is var o and >= 0 ? o : IndexOfTheWord(thing, "nor");
            if (or >= 0)
            {
                // What "or" joins: the last thing before it, and the phrase with a word of its own at most after it.
                var before = thing[..or].Trim();
                var after = thing[(or + (thing[or..].StartsWith("nor", StringComparison.OrdinalIgnoreCase) ? 3 : 2))..].Trim();
                return comma < 0 && ++things <= 4 && WordCount(before) is >= 0 and <= 2 && WordCount(after) <= 1
                    && (WordCount(before) > 0 || things > 1);
            }
            if (comma < 0 || WordCount(thing) is < 1 or > 2 || ++things > 3) return false;
            words = words[(comma + 1)..];
        }
    }

    static int IndexOfTheWord(ReadOnlySpan<char> text, string word)
    {
        for (int from = 0, found; (found = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase)) >= 0; from += found + 1)
        {
            int at = from + found, end = at + word.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' ')) return at;
        }
        return -1;
    }

    static int WordCount(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (var _ in text.Trim().Split(' ')) count++;
        return text.Trim().IsEmpty ? 0 : count;
    }

    /// <summary>
    /// Whether the attempt's sentence tells that it fell short: a contrast after the phrase ("I tried to keep client engagement up
    /// with reminder calls and bus passes, though no-shows remained high"). An attempt told with its result, or alone, is the
    /// work claimed: results come after "and", a semicolon, "which", a parenthesis or a participle (independent reviews), and
    /// only a contrast reliably says the attempt failed.
    /// </summary>
    static bool TellsNoShortfall(ReadOnlySpan<char> text, int from)
    {
        var rest = text[from..Math.Min(text.Length, from + 160)];
        int end = rest.IndexOfAny(".;!?");
        if (end >= 0) rest = rest[..end];
        for (int i = 0; i < rest.Length;)
        {
            if (!char.IsLetter(rest[i])) { i++; continue; }
            int start = i;
            while (i < rest.Length && char.IsLetter(rest[i])) i++;
            if (ContrastLookup.Contains(rest[start..i])) return false;
        }
        return true;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContrastLookup = new HashSet<string>(
        ["though", "although", "but", "however", "yet", "unsuccessfully", "despite"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the attempt is a trial begun ("started trying", "begun to try"): hedged without a shortfall told.</summary>
    static bool IsATrial(Cue cue) => cue.Text.StartsWith("start", StringComparison.Ordinal) || cue.Text.StartsWith("begun", StringComparison.Ordinal);

    /// <summary>
    /// Whether the trial starts its clause, or only the writer and the tense's words stand before it ("Have started trying", "I've
    /// just started trying", "I am starting to try"). "Trainees starting to try ...", "clients who have started trying to cut
    /// down" and "Since I started trying ..." tell someone else's trial or a practice since (a review).
    /// </summary>
    static bool StartsOwnTrial(ReadOnlySpan<char> text, int clauseStart, int cueStart)
    {
        var before = WordsBeforeTheCue(text, clauseStart, cueStart);
        foreach (var range in before.Split(' '))
            if (!TrialSubjectLookup.Contains(before[range])) return false;
        return true;
    }

    static readonly System.Buffers.SearchValues<string> TrialAdoptedWords = System.Buffers.SearchValues.Create(
        ["since", " ago", "now every", "now standard", "now routine", "rolled out", "has cut", "has reduced", "has improved", "has raised", "%"],
        StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrialSubjectLookup = new HashSet<string>(
        ["", "i", "we", "have", "has", "i've", "we've", "am", "are", "i'm", "we're", "just", "recently"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the trial's sentence dates it or tells its result, a year, "since", "ago" or what it has done since in it: "I started
    /// trying to measure the working alliance ... in 2017 and it is now standard", "... three years ago and now every clinician
    /// uses it weekly", "..., and it has cut dropout by a third" tell a practice adopted, not a tool being tried (two reviews).
    /// </summary>
    static bool DatesTheTrial(ReadOnlySpan<char> text, int clauseStart, int from)
    {
        var rest = text[from..Math.Min(text.Length, from + 160)];
        int end = rest.IndexOfAny(".;!?");
        var sentence = text[clauseStart..(from + (end >= 0 ? end : rest.Length))];
        return sentence.IndexOfAny(TrialAdoptedWords) >= 0 || ExperienceReader.HasYear(sentence);
    }

    /// <summary>The clause's words before the cue, past its bullet: what an attempt's or a trial's subject is read from.</summary>
    static ReadOnlySpan<char> WordsBeforeTheCue(ReadOnlySpan<char> text, int clauseStart, int cueStart) =>
        text[clauseStart..cueStart].Trim(" \t\r\n-*\u2022\u2013\u00B7\u25AA\u25CF\u25E6");

    /// <summary>Whether the cue starts its clause, or only the writer stands before it ("I tried to ...", "We attempted to ...").</summary>
    static bool StartsOwnClause(ReadOnlySpan<char> text, int clauseStart, int cueStart)
    {
        var before = WordsBeforeTheCue(text, clauseStart, cueStart);
        return before.IsEmpty || before.Equals("I", StringComparison.OrdinalIgnoreCase) || before.Equals("we", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the one who "wants to" is a person the writer serves: "when a veteran wants to stop PE halfway, we use shared
    /// decision making" tells the veteran's wish, not the writer's aim (Fresh27, t05). A third-person profile's "who wants to
    /// deepen her skill" stays the writer's aim (an independent review).
    /// </summary>
    static bool IsSomeoneServed(ReadOnlySpan<char> word) => word.Length > 0 && ServedPersonLookup.Contains(word);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ServedPersonLookup = new HashSet<string>(
        ["client", "veteran", "patient", "student", "family", "parent", "child", "teen", "adolescent", "member", "resident", "caller",
            "person", "someone", "youth", "couple", "partner", "survivor", "participant", "consumer", "individual", "spouse"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether "get better at" is the writer's aim: it starts its clause (a resume's bullet has the writer as subject),
    /// or the writer or an aim's frame stands before it in the clause ("I am trying to", "My goal this year:").
    /// "Trainees get better at ...", "taught trainees to become better at ..." are someone else's improvement.
    /// Reads only the clause before the cue.
    /// </summary>
    /// <summary>
    /// Whether the words before a learner's hedge name someone else learning: "new associates, who often have a lot to learn",
    /// "I teach new associates what they need to learn", "caregivers, many of whom have more to learn". A resume's own subjectless
    /// "Recent MSW graduate with a lot to learn about" and "I have, admittedly, a great deal more to learn" are the writer's (a second
    /// review).
    /// </summary>
    static bool NamesAnotherLearner(ReadOnlySpan<char> before)
    {
        for (int i = 0; i < before.Length;)
        {
            if (!char.IsLetter(before[i])) { i++; continue; }
            int start = i;
            while (i < before.Length && char.IsLetter(before[i])) i++;
            if (OtherLearnerLookup.Contains(before[start..i])) return true;
        }
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLearnerLookup = new HashSet<string>(
        ["who", "whom", "whose", "they", "them", "their", "what", "many", "clients", "families", "parents", "caregivers", "students",
            "interns", "associates", "trainees", "supervisees", "staff", "colleagues", "others", "he", "she", "we"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where the part of the clause the cue stands in starts: after the last comma or semicolon before it.</summary>
    static int AfterLastComma(ReadOnlySpan<char> text, int clauseStart, int cueStart) =>
        clauseStart + text[clauseStart..cueStart].LastIndexOfAny(',', ';') + 1;

    static bool WritersOwn(ReadOnlySpan<char> text, int clauseStart, int cueStart)
    {
        var before = text[clauseStart..cueStart];
        bool anyWord = false;
        int i = 0;
        while (i < before.Length)
        {
            if (!char.IsLetter(before[i])) { i++; continue; }
            int start = i;
            while (i < before.Length && (char.IsLetter(before[i]) || (before[i] is '\'' or '\u2019' && i + 1 < before.Length && char.IsLetter(before[i + 1])))) i++;
            anyWord = true;
            var word = before[start..i];
            if (word.Length <= 16 && (OwnAimLookup.Contains(word) || (word.Contains('\u2019') && OwnAimLookup.Contains(word.ToString().Replace('\u2019', '\''))))) return true;
        }
        return !anyWord;
    }

    /// <summary>
    /// Whether the cue stands inside a quotation that closes before the phrase: a quoted title or someone's words ("I almost
    /// didn't come back": students' accounts of rupture and repair) say nothing of what follows them. Straight quotes open
    /// and close alike, so the cue is inside when an odd number of them stand before it in the clause.
    /// </summary>
    /// <remarks>
    /// So does a title's first part, its subtitle after a colon: "When the client doesn't come back: alliance ruptures in the first
    /// five sessions." (Fresh180, t01: a conference talk's rupture read as denied).
    /// </remarks>
    static bool QuotedApart(ReadOnlySpan<char> text, int clauseStart, int cueStart, int cueEnd, int phraseStart)
    {
        // The few words between the cue and the phrase are read first: mostly no quote or colon stands there, and the clause
        // before the cue (up to Clauses.MaxReach) need not be read three times for every cue.
        var between = text[cueEnd..phraseStart];
        int quote = between.IndexOfAny('"', '\u201D');
        if (quote < 0 && between.IndexOf(':') < 0) return false;
        var before = text[clauseStart..cueStart];
        bool inside = before.Count('"') % 2 == 1 || before.LastIndexOf('\u201C') > before.LastIndexOf('\u201D');
        if (quote >= 0) return inside;
        if (!inside) return false;
        // Inside a quotation that goes on past the phrase, the colon parts a title from its subtitle.
        int close = text[phraseStart..].IndexOfAny('"', '\u201D');
        return close >= 0 && close < TitlesReach;
    }

    /// <summary>How far past the phrase a quoted title may close: a talk's or a paper's title runs a line or two.</summary>
    const int TitlesReach = 160;

    /// <summary>
    /// Whether a new clause opens after a comma between the hedge and the phrase: the writer as its subject (", I build", ", we
    /// use"), or any comma after a hedge in the CV's own language, whose verbs carry their person ("establezco").
    /// </summary>
    static bool OpensAClauseAfterAComma(Cue cue, ReadOnlySpan<char> between)
    {
        int comma = between.IndexOf(',');
        if (comma < 0) return false;
        // A list goes on past its commas: "Familiarizada con TCC, DBT y feedback-informed treatment", "..., feedback-informed
        // treatment": the phrase right after the comma, or a conjunction before it.
        if (HedgesInTheCvsOwnLanguage.Contains(cue.Text))
        {
            var afterLast = between[(between.LastIndexOf(',') + 1)..].Trim();
            if (afterLast.IsEmpty) return false;
            foreach (var word in afterLast.Split(' '))
                if (ListConjunctions.Contains(afterLast[word])) return false;
            return true;
        }
        for (; comma >= 0; comma = between[(comma + 1)..].IndexOf(',') is int next and >= 0 ? comma + 1 + next : -1)
        {
            var after = between[(comma + 1)..].TrimStart();
            if (after.StartsWith("I ", StringComparison.Ordinal) || after.StartsWith("we ", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    static readonly HashSet<string> HedgesInTheCvsOwnLanguage =
        ["familiarizada con", "familiarizado con", "familiarizada com", "familiarizado com", "familiarisée avec", "familiarisé avec",
            "familiarizado/a con", "familiarizada/o con", "familiarizado/a com", "familiarisé(e) avec",
            // "Grundkenntnisse in Türkisch und Arabisch, langjährige Praxis in Motivational Interviewing" (a third review of session 40).
            "grundkenntnisse in", "grundkenntnisse im", "grundlegende kenntnisse in"];

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListConjunctions = new HashSet<string>(
        ["y", "e", "o", "u", "et", "ou", "und", "oder", "and", "or"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A "so" that starts no clause of its own: only after a comma or semicolon does it begin what followed, and never as "so
    /// far" or "so-called" ("I have not, so far, used motivational interviewing" denies it: an independent review).
    /// </summary>
    static bool IsIdleContrast(ReadOnlySpan<char> text, Cue cue, PhraseHit hit)
    {
        if (cue.Rule != CueRule.So) return false;
        int before = hit.Start;
        while (before > 0 && text[before - 1] is ' ' or '\t' or '\n' or '\r') before--;
        if (before == 0 || text[before - 1] is not (',' or ';')) return true;
        int next = hit.Start + hit.Length;
        while (next < text.Length && text[next] is ' ' or '-' or '\u2010' or '\u2011') next++;
        int wordEnd = next;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        return SoFarLookup.Contains(text[next..wordEnd]);
    }

    /// <summary>
    /// Whether a "yet" closes the negation a word or two before it ("What I have not done yet is use the Working Alliance
    /// Inventory", "haven't used it yet"): the denial's adverb, not a contrast starting a new claim. Further off it is the
    /// conjunction ("had no supervisor for the first year yet built ...").
    /// </summary>
    static bool EndsANegation(ReadOnlySpan<char> text, Cue cue, List<PhraseHit> cueHits, int index, int clauseStart, ScoringDictionary dictionary)
    {
        if (cue.Rule != CueRule.Yet) return false;
        int yetStart = cueHits[index].Start;
        for (int h = index - 1; h >= 0; h--)
        {
            var hit = cueHits[h];
            int end = hit.Start + hit.Length;
            if (end <= clauseStart) break;
            if (end > yetStart || hit.Start < clauseStart) continue;
            if (WordsBetween(text, end, yetStart, 3) > 2) break;
            if (Cues[dictionary.PatternOf(hit.PatternId).Item].Assertion == Assertions.Negated) return true;
        }
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SoFarLookup = new HashSet<string>(
        ["far", "called", "much", "many", "long"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static bool NegationBefore(ReadOnlySpan<char> text, int clauseStart, int before, ScoringDictionary dictionary, List<PhraseHit> cueHits)
    {
        for (int h = LastEndingBy(cueHits, before); h >= 0; h--)
        {
            var hit = cueHits[h];
            if (hit.Start + hit.Length <= clauseStart) break;
            if (hit.Start < clauseStart || IsPartOfCompound(text, hit)) continue;
            var cue = Cues[dictionary.PatternOf(hit.PatternId).Item];
            if (cue.Assertion == Contrast) { if (IsIdleContrast(text, cue, hit)) continue; return false; }
            // A dash between sets the second denial apart: "This is not a therapy position – no diagnosis or long-term treatment
            // planning" denies the planning (Fresh177, t09: two denials read as affirming it).
            if (cue.Assertion == Assertions.Negated) return !HoldsASpacedDash(text[(hit.Start + hit.Length)..before]);
        }
        return false;
    }

    /// <summary>Whether the word at <paramref name="at"/> opens its line, bullet or sentence.</summary>
    static bool OpensItsLine(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at].TrimEnd(" \t");
        return before.IsEmpty || before[^1] is '\n' or '\r' or '.' or ';' or '*' or '-' or '\u2013' or '\u2014' or '\u2022' or '\u25AA' or '\u25CF' or '>'
            || !char.IsLetterOrDigit(before[^1]) && !char.IsPunctuation(before[^1]);
    }

    static bool HoldsASpacedDash(ReadOnlySpan<char> text) =>
        text.Contains(" \u2013 ", StringComparison.Ordinal) || text.Contains(" \u2014 ", StringComparison.Ordinal)
        || text.Contains(" - ", StringComparison.Ordinal);

    /// <summary>
    /// Whether the phrase's sentence goes on, past a semicolon or comma, to hedge it by a pronoun: "Used the Working Alliance
    /// Inventory once, for my practicum research project; limited experience with it beyond that" (Fresh143, t12). The hedge is
    /// the clause's first words and names the phrase as "it", so it is of the phrase, though in a clause of its own.
    /// </summary>
    /// <param name="lastByItsEnd">The last cue hit ending by the phrase's end (<see cref="LastEndingBy"/>).</param>
    static bool HedgedOfItAfter(ReadOnlySpan<char> text, PhraseHit phrase, ScoringDictionary dictionary, List<PhraseHit> cueHits, int lastByItsEnd)
    {
        int from = phrase.Start + phrase.Length;
        int first = lastByItsEnd + 1;
        // Asked of every phrase: with no cue starting within the reach, the hits below are not read, nor the sentence's end sought.
        if (first >= cueHits.Count || cueHits[first].Start >= from + ItsHedgeReach) return false;
        var rest = Clauses.SentenceFrom(text, from, ItsHedgeReach);
        int end = from + rest.Length;
        for (int h = first; h < cueHits.Count && cueHits[h].Start < end; h++)
        {
            var hit = cueHits[h];
            if (hit.Start < from || hit.Start + hit.Length > end || Cues[dictionary.PatternOf(hit.PatternId).Item].Assertion != Assertions.Hedged) continue;
            // The clause's first words: a semicolon or comma right before the hedge. Not a dash's note closing the item, some
            // words past the phrase ("... asking for client feedback at the end of sessions - not yet systematic, and I am still
            // learning", Fresh168, t07): read so, fourteen seen sets' claims followed by such notes became hedges.
            int before = hit.Start;
            while (before > from && text[before - 1] is ' ' or '\t' or '\n' or '\r') before--;
            var after = text[(hit.Start + hit.Length)..end].TrimStart(' ');
            // Or a note in brackets that is the hedge whole: "Administered the Session Rating Scale with older teens under my site
            // supervisor's direction (some exposure only; I did not score or interpret it on my own)" (Fresh181, t03).
            // Only a note that says "only", with no other item between: "Crisis Intervention (introductory)" on a skills grid is that
            // item's, not the one before it.
            if (before > from && text[before - 1] == '(' && after.StartsWith("only", StringComparison.OrdinalIgnoreCase)
                && text[from..(before - 1)].IndexOfAny("|,\u00B7\u2022;") < 0)
                return true;
            // The writer may open the clause before the hedge: "Crisis intervention: ... always together with the club doctor; I am
            // still building confidence in this" (Fresh245, t05).
            before = PastTheWriterOpeningTheClause(text, from, before);
            if (before <= from || text[before - 1] is not (';' or ',')) continue;
            // Not across a bullet: "- Crisis intervention for adults" over "- DBT groups co-led ..., I am still learning with it".
            if (CrossesABullet(text, from, hit.Start)) continue;
            foreach (var ofIt in (ReadOnlySpan<string>)["with it", "of it", "in it", "using it", "in this", "with this", "of this"])
                if (after.StartsWith(ofIt, StringComparison.OrdinalIgnoreCase)
                    && (after.Length == ofIt.Length || !char.IsLetter(after[ofIt.Length]))
                    // "this" alone, not "this second language", "this client group" (a review).
                    && (!ofIt.EndsWith("this") || ClosesTheClause(after[ofIt.Length..]))) return true;
        }
        return false;
    }

    /// <summary>
    /// Where the clause opens when the writer is its subject before a hedge at <paramref name="before"/> ("I am", "I'm", "we are"):
    /// the start of those words, past the spaces before them; else <paramref name="before"/>.
    /// </summary>
    static int PastTheWriterOpeningTheClause(ReadOnlySpan<char> text, int from, int before)
    {
        int at = before;
        for (int words = 0; words < 2 && at > from; words++)
        {
            int end = at;
            while (end > from && text[end - 1] is ' ' or '\t') end--;
            int start = end;
            while (start > from && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '\u2019')) start--;
            if (start == end || !WriterAsSubjectLookup.Contains(text[start..end])) break;
            at = start;
            // The subject itself ends the walk back: "I", "we", or a contraction holding it ("I'm", "we're").
            var word = text[start..end];
            if (word.Equals("I", StringComparison.Ordinal) || word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.IndexOfAny('\'', '\u2019') >= 0) break;
        }
        if (at == before) return before;
        while (at > from && text[at - 1] is ' ' or '\t' or '\n' or '\r') at--;
        return at;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WriterAsSubjectLookup = new HashSet<string>(
        ["I", "am", "I'm", "I\u2019m", "we", "are", "we're", "we\u2019re"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How far past the phrase <see cref="PartlyDoneOfItAfter"/> reads: further than a hedge's reach, as who helped and with whom
    /// come between ("for two clients (one with suicidal thoughts, one after a clan conflict incident) together with our clinical
    /// psychologist").
    /// </summary>
    const int PartlyDoneReach = 200;

    /// <summary>Whether a line break between <paramref name="from"/> and <paramref name="to"/> opens a bullet: the next item, not the phrase's.</summary>
    static bool CrossesABullet(ReadOnlySpan<char> text, int from, int to)
    {
        for (int at = text[from..to].IndexOf('\n'); at >= 0; at = text[(from + at + 1)..to].IndexOf('\n') is int next and >= 0 ? at + 1 + next : -1)
            if (OpensAnItem(text[(from + at + 1)..to].TrimStart(" \t"))) return true;
        return false;
    }

    /// <summary>
    /// Whether a line opens an item of its own: a blank line's end, or a mark before its words ("-", "•", "▪", "➢"), not a letter,
    /// a digit, a bracket, a quote or a table's bar.
    /// </summary>
    static bool OpensAnItem(ReadOnlySpan<char> line) =>
        line.IsEmpty || line[0] is '\n' or '\r' || !char.IsLetterOrDigit(line[0]) && line[0] is not ('(' or '"' or '\'' or '\u201C' or '\u2018'
            // A grid table's bar goes on with the cell's wrapped text (Fresh143, t12).
            or '|' or '\u2502');

    /// <summary>Whether only a clause's end follows: a mark, a line's end or the text's.</summary>
    static bool ClosesTheClause(ReadOnlySpan<char> rest)
    {
        var closing = rest.TrimStart(" \t");
        // A line wrapped before its noun goes on in small letters: "still building confidence in this" over "community after ...".
        if (!closing.IsEmpty && closing[0] is '\n' or '\r')
            return closing.TrimStart(" \t\r\n") is var next && (next.IsEmpty || !char.IsLower(next[0]));
        return closing.IsEmpty || closing[0] is '.' or ';' or ',' or ')' or '!' or ':';
    }

    /// <summary>Whether the writer says they used the phrase's tool, as "it": "I used it with some of the men".</summary>
    static bool UsedItBefore(ReadOnlySpan<char> before)
    {
        foreach (var used in (ReadOnlySpan<string>)["i used it", "i tried it", "we used it", "we tried it", "i piloted it", "i trialled it", "i trialed it"])
            if (before.Contains(used, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether the phrase's sentence goes on, in a clause of the writer's own, to say the work is done only with help or was not
    /// kept up: "Assisted in crisis intervention for two clients ... together with our clinical psychologist; I am not yet doing it
    /// alone" (Fresh245, t06), "piloted the Working Alliance Inventory (WAI-SR); I used it with some of the men but I did not keep it
    /// up routinely" (t03). Each names the phrase as "it", as <see cref="HedgedOfItAfter"/>'s hedges do, within its item.
    /// </summary>
    static bool PartlyDoneOfItAfter(ReadOnlySpan<char> text, int phraseEnd)
    {
        var rest = Clauses.SentenceFrom(text, phraseEnd, PartlyDoneReach);
        foreach (var partly in (ReadOnlySpan<string>)["i am not yet doing it ", "i'm not yet doing it ", "i\u2019m not yet doing it ",
                     "i did not keep it up", "i didn't keep it up", "i didn\u2019t keep it up"])
        {
            int at = rest.IndexOf(partly, StringComparison.OrdinalIgnoreCase);
            if (at <= 0 || CrossesABullet(text, phraseEnd, phraseEnd + at)) continue;
            // Not kept up only after the writer's own use of it: "I used it with some of the men but I did not keep it up"; the
            // "it" of "I learned Ukrainian in 2022 but I did not keep it up" is the language (a review).
            if (partly.Contains("keep it up") && !UsedItBefore(rest[..at])) continue;
            // A clause of its own: after a semicolon, a comma or "but".
            var opening = rest[..at].TrimEnd(" \t\n\r");
            if (!(opening.Length > 0 && opening[^1] is ';' or ',' || opening.EndsWith(" but", StringComparison.OrdinalIgnoreCase))) continue;
            if (partly.EndsWith(' '))
            {
                var how = rest[(at + partly.Length)..];
                if (!(how.StartsWith("alone", StringComparison.OrdinalIgnoreCase) || how.StartsWith("independently", StringComparison.OrdinalIgnoreCase)
                      || how.StartsWith("on my own", StringComparison.OrdinalIgnoreCase) || how.StartsWith("unsupervised", StringComparison.OrdinalIgnoreCase)))
                    continue;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the phrase's sentence says a colleague led the work the writer took part in: "I have been part of two crisis
    /// interventions, always with my supervisor leading" (Fresh246, t12), "I have taken part in crisis intervention twice at
    /// headspace, both times with my senior counsellor leading and me supporting the family" (Fresh247, t10). Every set's writers
    /// label such work hedged, as "assisted in" is. A colleague by the trade's or a lead's word, never the clients ("an alliance
    /// with my clients leading to fewer dropouts") nor the writer ("with me leading").
    /// </summary>
    static bool LedBySomeoneElseAfter(ReadOnlySpan<char> text, int phraseStart, int phraseEnd)
    {
        var rest = text[phraseEnd..Math.Min(text.Length, phraseEnd + LedReach)];
        // At a word's start, after a space or a wrapped line's break: "with my supervisor" over "leading."
        int leading = rest.IndexOf("leading", StringComparison.OrdinalIgnoreCase) - 1;
        if (leading < 0 || rest[leading] is not (' ' or '\n' or '\t')) return false;
        var after = rest[(leading + " leading".Length)..];
        // Led, with nothing after it but the clause's end or the writer's own part: "with my supervisor leading;", "... leading
        // and me supporting the family". Not "leading the region in outcomes", "leading the evaluation that followed", "a leading
        // addiction charity" (a review).
        var next = after.TrimStart(" \t");
        if (!(next.IsEmpty || next[0] is '.' or ',' or ';' or ')' or '\n' or '\r'
              || next.StartsWith("and me ", StringComparison.OrdinalIgnoreCase) || next.StartsWith("and I ", StringComparison.Ordinal)
              || next.StartsWith("while I ", StringComparison.Ordinal)))
            return false;
        var before = rest[..leading];
        if (before.IndexOfAny(".!?;") >= 0 || CrossesABullet(text, phraseEnd, phraseEnd + leading + " leading".Length)) return false;
        int with = before.LastIndexOf("with ", StringComparison.OrdinalIgnoreCase);
        if (with < 0 || (with > 0 && char.IsLetter(before[with - 1]))) return false;
        // The lead is the phrase's own work's, a few words on, not another task's joined by "and": "Built rapport with clients and
        // presented at a conference with my manager leading" (a review).
        if (HasTheWord(before[..with], "and") || WordsBetween(before, 0, with, MaxWordsToTheLead + 1) > MaxWordsToTheLead) return false;
        // Nor a denial's: "I do not build a therapeutic alliance with clients, with my manager leading" stays denied.
        if (DeniedBeforeOnItsLine(text, phraseStart)) return false;
        var who = before[(with + "with ".Length)..];
        if (who.IndexOf(',') >= 0) return false;
        int words = 0;
        bool colleague = false, owner = false;
        foreach (var range in who.SplitAny(" \t\r\n"))
        {
            var word = who[range];
            if (word.IsEmpty) continue;
            if (words++ == 0) owner = word.Equals("my", StringComparison.OrdinalIgnoreCase) || word.Equals("our", StringComparison.OrdinalIgnoreCase)
                || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase);
            colleague |= LeadingColleagueLookup.Contains(word);
            // "with my supervisor and me leading jointly": the writer leads too; "with a junior counsellor leading", "with the senior
            // students leading": someone the writer supervises or serves (a review).
            if (word.Equals("me", StringComparison.OrdinalIgnoreCase) || word.Equals("I", StringComparison.Ordinal) || LedByTheWritersLookup.Contains(word)) return false;
        }
        return owner && colleague && words <= 4;
    }

    /// <summary>
    /// Whether the writer doubts the phrase, as "it", in its own sentence (a measure's in the next too), within its item: "Feedback-informed treatment
    /// (ICCE two-day), 2023. I use it with most clients, though I am less sure it suits the first weeks after a traumatic birth",
    /// "I use an easy-read version of the Session Rating Scale with some clients. I'm honestly not sure it captures much"
    /// (Fresh248, t01 and t03), "We ask for client feedback only with one question ... and I am not sure how much it tells"
    /// (t08), "Rapport in a jail is fragile. I think I have it with most of the men" (t10). The writer's own doubt only: "I",
    /// "I'm" or "I am" opens it.
    /// </summary>
    static readonly System.Buffers.SearchValues<string> OtherThan = System.Buffers.SearchValues.Create(
        ["other than", "anything but", "anything less than"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the phrase's sentence goes on to take it up again: "..., then resumed it", "reintroduced it in 2025".</summary>
    static bool ResumedAfter(ReadOnlySpan<char> text, int phraseEnd) =>
        Clauses.SentenceFrom(text, phraseEnd, GivenUpReach).IndexOfAny(ResumedWords) >= 0;

    /// <summary>How far past a measure given up its sentence is read for the part kept or its return.</summary>
    const int GivenUpReach = 160;

    static readonly System.Buffers.SearchValues<string> ResumedWords = System.Buffers.SearchValues.Create(
        ["resumed", "reinstated", "reintroduced", "re-introduced", "restarted", "re-started", "brought it back", "picked it up again",
         "started it again"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The cues of a measure given up, of work not called so and of a modest "I wouldn't say I have", which a part kept or a "but"
    /// undoes: told once, as the cue's <see cref="CueRule.UndoneInPart"/>, not for every cue read.
    /// </summary>
    static bool IsGivenUpOrModest(string cue) =>
        Array.IndexOf(MeasuresGivenUp, cue) >= 0 || Array.IndexOf(WorkNotCalledSo, cue) >= 0 || Array.IndexOf(ModestDenials, cue) >= 0;

    /// <summary>Whether the sentence after the phrase keeps part of it: "with under-12s only", "to fortnightly", ", but most stay".</summary>
    static bool PartlyAfter(ReadOnlySpan<char> text, int phraseEnd) =>
        Clauses.SentenceFrom(text, phraseEnd, GivenUpReach).IndexOfAny(PartWords) >= 0;

    static readonly System.Buffers.SearchValues<string> PartWords = System.Buffers.SearchValues.Create(
        [" only", "to fortnightly", "to monthly", "to weekly", "to quarterly", "to every other", " but ", " alone"], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> NoOne = System.Buffers.SearchValues.Create(
        ["nobody", "no one", "no-one", "none of"], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> WorkToldWords = System.Buffers.SearchValues.Create(
        ["having", " I ", "I've", "I have", "I\u2019ve"], StringComparison.Ordinal);

    static bool EndsItsSentence(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart(" \t");
        return rest.IsEmpty || rest[0] is '.' or '!' or '\n' or '\r';
    }

    /// <summary>Whether the words name the phrase's last word again as a whole word: "whether it's real engagement".</summary>
    static bool NamesThePhrasesHeadAgain(ReadOnlySpan<char> phrase, ReadOnlySpan<char> words)
    {
        int space = phrase.LastIndexOfAny(' ', '-');
        var head = phrase[(space + 1)..];
        if (head.Length < 4) return false;
        for (int from = 0, found; from < words.Length && (found = words[from..].IndexOf(head, StringComparison.OrdinalIgnoreCase)) >= 0; from += found + 1)
        {
            int start = from + found, end = start + head.Length;
            if ((start == 0 || !char.IsLetter(words[start - 1])) && (end == words.Length || !char.IsLetter(words[end]))) return true;
        }
        return false;
    }

    static bool DoubtedAsItAfter(ReadOnlySpan<char> text, int phraseStart, int phraseEnd)
    {
        var rest = text[phraseEnd..Math.Min(text.Length, phraseEnd + DoubtReach)];
        int sure = rest.IndexOf("sure", StringComparison.OrdinalIgnoreCase);
        int think = ThinkIHaveItAt(rest, out int thinkEnd);
        if (sure < 0 && think < 0) return false;
        // Its own sentence, and for a measure the next ("I use an easy-read version of the Session Rating Scale with some clients.
        // I'm honestly not sure it captures much"): the next sentence's "it" is most often that sentence's own drop-in, funding,
        // room or policy (a review), and a skill is doubted so only as "I think I have it".
        int firstEnd = rest.IndexOfAny(".!?");
        int secondEnd = firstEnd < 0 ? -1 : rest[(firstEnd + 1)..].IndexOfAny(".!?") is int next and >= 0 ? firstEnd + 1 + next : -1;
        if (secondEnd >= 0) rest = rest[..secondEnd];
        bool measure = text[phraseStart..phraseEnd].IndexOfAny(MeasureWords) >= 0;
        foreach (int at in (ReadOnlySpan<int>)[sure, think])
        {
            if (at < 0 || at >= rest.Length || CrossesABullet(text, phraseEnd, phraseEnd + at) || (at > 0 && char.IsLetter(rest[at - 1]))) continue;
            if (firstEnd >= 0 && at > firstEnd && !(measure || at == think)) continue;
            // Someone else's words: "They often say "I'm not sure it will help"" (a review).
            if (rest[..at].IndexOfAny(Quotes) >= 0) continue;
            var before = rest[..at].TrimEnd(" \t\r\n");
            if (at == think)
            {
                // The writer has it as a skill, not a task done: "I think I have it ready for the inspectors", "... itemised".
                var had = thinkEnd <= rest.Length ? rest[thinkEnd..] : [];
                bool skill = had.IsEmpty || had[0] is '.' or ',' or ';' or '!' || had.TrimStart(' ').StartsWith("with ", StringComparison.OrdinalIgnoreCase);
                // The wider guess ("I think I catch most of it") only with no other clause's subject between: "; my Welsh is rusty, but
                // I think I catch most of it" is of the Welsh (a second review).
                bool wider = !rest[at..].StartsWith("think i have it", StringComparison.OrdinalIgnoreCase);
                if (skill && (before.EndsWith(" I", StringComparison.Ordinal) || before.EndsWith("\nI", StringComparison.Ordinal) || before.Equals("I", StringComparison.Ordinal))
                    && !(wider && before.Contains(" is ", StringComparison.OrdinalIgnoreCase)))
                    return true;
                continue;
            }
            if (!WritersDoubt(before)) continue;
            // A doubt ending its sentence, the phrase's own word named again before it: "Client engagement looks great on paper
            // here because they can't leave - whether it's real engagement, honestly, I'm not always sure." (Fresh253, t05).
            if (EndsItsSentence(rest[(at + "sure".Length)..]) && NamesThePhrasesHeadAgain(text[phraseStart..phraseEnd], rest[..at])) return true;
            // "sure it", "sure yet how to use it", "sure how much it", "sure whether it": the phrase as "it", a few words on, in
            // the doubt's own clause ("I'm not sure, but it seems ..." is another's).
            var after = rest[(at + "sure".Length)..];
            int clauseEnd = after.IndexOfAny(",;:");
            if (clauseEnd >= 0) after = after[..clauseEnd];
            int words = 0;
            bool afterThat = false;
            foreach (var range in after.SplitAny(" \t\r\n"))
            {
                var word = after[range];
                if (word.IsEmpty) continue;
                if (word.Equals("it", StringComparison.OrdinalIgnoreCase)) return true;
                // Or as "that", of what the writer does with it: "and I'm not sure yet that counts" (Fresh251, t05, of collaborative
                // goal setting with the younger pupils).
                // Only as the skill or the experience: "that counts as a career highlight" is another matter (a review).
                // And with nothing else done between, after a semicolon or a dash: "; also volunteered at a food bank, though I'm not
                // sure that counts" is of the food bank (a second review).
                if (afterThat && word.TrimEnd(".!?").Equals("counts", StringComparison.OrdinalIgnoreCase)
                    && (word.Length > "counts".Length || CountsAsTheSkill(after[(range.End.GetOffset(after.Length))..]))
                    && !AnotherClauseAfterABreak(before)) return true;
                afterThat = word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase);
                if (++words > MaxWordsToIt) break;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether, after the last semicolon or dash before the doubt, another clause comes first: "; also volunteered at a food bank,
    /// though I'm not sure that counts" doubts the food bank; "; I'm not sure yet that counts" the phrase's own use.
    /// </summary>
    static bool AnotherClauseAfterABreak(ReadOnlySpan<char> before)
    {
        int semicolon = before.LastIndexOfAny(";\u2013\u2014");
        int dash = before.LastIndexOf(" - ", StringComparison.Ordinal);
        int breakAt = Math.Max(semicolon, dash);
        return breakAt >= 0 && before[(breakAt + 1)..].Contains(',');
    }

    /// <summary>Whether "counts" ends its clause or goes on as experience or training: "that counts.", "that counts as experience".</summary>
    static bool CountsAsTheSkill(ReadOnlySpan<char> after)
    {
        var next = after.TrimStart(" \t");
        if (next.IsEmpty || next[0] is ',' or ';' or ':' or ')' or '\n' or '\r' or '-' or '\u2013' or '\u2014') return true;
        foreach (var kind in (ReadOnlySpan<string>)["as experience", "as training", "as practice", "as clinical", "as real", "as the real"])
            if (next.StartsWith(kind, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Where "think I have it" starts, or the same modest guess with another verb of holding and a share: "I think I catch most of
    /// it, but not always in the moment" (Fresh251, t08, of countertransference); -1 for none. <paramref name="end"/> is past "it".
    /// </summary>
    static int ThinkIHaveItAt(ReadOnlySpan<char> rest, out int end)
    {
        end = -1;
        for (int from = 0, found; from < rest.Length && (found = rest[from..].IndexOf("think i", StringComparison.OrdinalIgnoreCase)) >= 0; from += found + 1)
        {
            int at = from + found;
            int i = at + "think i".Length;
            // "I think I" and its verb, over a wrapped line too.
            if (i >= rest.Length || rest[i] is not (' ' or '\n' or '\r' or '\t')) continue;
            while (i < rest.Length && rest[i] is ' ' or '\n' or '\r' or '\t') i++;
            int verbEnd = i;
            while (verbEnd < rest.Length && char.IsLetter(rest[verbEnd])) verbEnd++;
            if (!HoldingVerbLookup.Contains(rest[i..verbEnd])) continue;
            var after = rest[verbEnd..].TrimStart(' ');
            foreach (var share in (ReadOnlySpan<string>)["most of ", "much of ", "some of "])
                if (after.StartsWith(share, StringComparison.OrdinalIgnoreCase)) { after = after[share.Length..]; break; }
            if (!after.StartsWith("it", StringComparison.OrdinalIgnoreCase) || after.Length > 2 && char.IsLetter(after[2])) continue;
            end = rest.Length - after.Length + 2;
            return at;
        }
        return -1;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HoldingVerbLookup = new HashSet<string>(
        ["have", "catch", "get", "manage", "hold"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly System.Buffers.SearchValues<string> MeasureWords = System.Buffers.SearchValues.Create(
        ["scale", "inventory", "feedback", "measurement", "srs", "wai", "ors"], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("\"\u201C\u201D");

    /// <summary>Whether the words before "sure" are the writer's doubt: "I am not", "I'm honestly not", "I am less", "I'm not really".</summary>
    static bool WritersDoubt(ReadOnlySpan<char> before)
    {
        // Past the doubt's adverbs: "not really", "not entirely", "not quite".
        int last = before.LastIndexOf(' ');
        var word = before[(last + 1)..];
        while (last > 0 && DoubtAdverbLookup.Contains(word))
        {
            before = before[..last].TrimEnd(' ');
            last = before.LastIndexOf(' ');
            word = before[(last + 1)..];
        }
        if (!(word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("less", StringComparison.OrdinalIgnoreCase))) return false;
        // The writer a few words before: "I am", "I'm", "I'm honestly", "I am still".
        var opening = before[..Math.Max(0, last)];
        int start = Math.Max(0, opening.Length - 24);
        var near = opening[start..];
        return near.Contains("I am", StringComparison.Ordinal) || near.Contains("I'm", StringComparison.Ordinal) || near.Contains("I\u2019m", StringComparison.Ordinal);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DoubtAdverbLookup = new HashSet<string>(
        ["really", "entirely", "quite", "totally", "fully", "completely", "always", "yet"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How far past the phrase <see cref="DoubtedAsItAfter"/> reads, and how many words from "sure" its "it" may stand. Two wrapped
    /// lines and a sidebar's words interleaved in them: Fresh251, t05's doubt stands 197 characters on.
    /// </summary>
    const int DoubtReach = 240, MaxWordsToIt = 4;

    const int MaxWordsToTheLead = 8;

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LedByTheWritersLookup = new HashSet<string>(
        ["junior", "trainee", "trainees", "student", "students", "intern", "interns", "resident", "residents", "client", "clients",
         "apprentice", "volunteer", "volunteers"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static bool HasTheWord(ReadOnlySpan<char> text, string word)
    {
        foreach (var range in text.SplitAny(" \t\r\n,"))
            if (text[range].Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether the phrase's line, before it, denies: "I do not build", "never", "no", "n't".</summary>
    static bool DeniedBeforeOnItsLine(ReadOnlySpan<char> text, int phraseStart)
    {
        int lineStart = text[..phraseStart].LastIndexOf('\n') + 1;
        var before = text[lineStart..phraseStart];
        foreach (var range in before.SplitAny(" \t\r,;:"))
        {
            var word = before[range];
            if (word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("never", StringComparison.OrdinalIgnoreCase)
                || word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>How far past the phrase <see cref="LedBySomeoneElseAfter"/> reads: its sentence, over a wrapped line.</summary>
    const int LedReach = 140;

    /// <summary>How far past the phrase <see cref="QualifiedLaterInItsSentence"/> reads: its sentence, over a wrapped line.</summary>
    const int AfterthoughtReach = 140;

    /// <summary>How many words may stand between the phrase and what qualifies it later in its sentence.</summary>
    const int MaxWordsToAfterthought = 10, MaxWordsToAConcession = 16;

    /// <summary>Where "getting there" stands bare after a dash or a colon right after the phrase, or -1.</summary>
    static int GettingThereAfterADash(ReadOnlySpan<char> rest)
    {
        int at = rest.Length - rest.TrimStart(" \t").Length;
        if (at >= rest.Length || rest[at] is not ('-' or '\u2013' or '\u2014' or ':')) return -1;
        at++;
        while (at < rest.Length && rest[at] is ' ' or '\t') at++;
        var after = rest[at..];
        return after.StartsWith("getting there", StringComparison.OrdinalIgnoreCase) || after.StartsWith("still getting there", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("not there yet", StringComparison.OrdinalIgnoreCase) ? at : -1;
    }

    /// <summary>
    /// What the writer says of the phrase later in its own sentence, within its item: a skill still being learned ("rapport – ok w/
    /// adults, still learning w/ teens", Fresh249, t06; "Professional boundaries are the part I'm still learning", Fresh248, t06),
    /// one the writer "would not call myself proficient" in (Fresh249, t05), both hedged; or a plan ("A measurement-based care pilot
    /// ... is planned for 2027", Fresh249, t01), aspirational. Null when it says none of these. A denial before the phrase on its
    /// line stays the denial.
    /// </summary>
    static string? QualifiedLaterInItsSentence(ReadOnlySpan<char> text, int phraseStart, int phraseEnd)
    {
        var rest = Clauses.SentenceFrom(text, phraseEnd, AfterthoughtReach);
        string? qualified = null;
        int at, reach = MaxWordsToAfterthought;
        if ((at = WordAt(rest, "still learning")) >= 0 && LearnedByTheWriter(rest, at) && NothingElseLearned(rest[(at + "still learning".Length)..])
            && rest[..at].IndexOfAny(HumilityWords) < 0 && text[(text[..phraseStart].LastIndexOf('\n') + 1)..phraseStart].IndexOfAny(HumilityWords) < 0
            // Within the phrase's clause, or bare after a comma or dash ("rapport – ok w/ adults, still learning w/ teens"): "After
            // twelve years of crisis intervention with adolescents, I am still learning" and "DBT I am still learning" after a
            // semicolon are the writer's humility or another skill (a third review).
            && rest[..at].IndexOf(';') < 0 && (rest[..at].IndexOf(',') < 0 || BareAfterAMark(rest, at)))
            qualified = Assertions.Hedged;
        // A skill said to be coming along, bare after a dash: "Cultural competency – getting there, slowly." (Fresh254, t10).
        else if ((at = GettingThereAfterADash(rest)) >= 0) qualified = Assertions.Hedged;
        else if ((at = NotCalledAt(rest, out int cueEnd, out bool claimed)) >= 0 && rest[..at].IndexOfAny(";|") < 0 && !StartsAnotherLine(rest[..at])
                 && !ThenNotNow(rest[..at]) && Concedes(rest[..at]) && ClaimsALevel(rest[cueEnd..], orPractitioner: claimed)
                 && NamesNoOtherApproach(rest[cueEnd..], text[phraseStart..phraseEnd]))
        {
            // A concession answers the whole claim before it, its people and setting included: "I draw on motivational interviewing
            // with some of the men sent by the GP about drink, though I'd not claim to be an MI practitioner" (Fresh251, t01).
            qualified = Assertions.Hedged;
            reach = MaxWordsToAConcession;
        }
        else if ((at = PlannedAt(rest)) >= 0)
            qualified = Assertions.Aspirational;
        else if ((at = HardForMeAt(rest)) >= 0 && rest[..at].IndexOfAny(";|") < 0)
            qualified = Assertions.Hedged;
        if (qualified is null || CrossesABullet(text, phraseEnd, phraseEnd + at)) return null;
        // Said of the phrase itself, a few words on, not of a task further on in a long sentence.
        if (WordsBetween(rest, 0, at, reach + 1) > reach) return null;
        return DeniedBeforeOnItsLine(text, phraseStart) ? null : qualified;
    }

    /// <summary>How far before the phrase <see cref="DoubtedRightBefore"/> and <see cref="AServicesPlanRightBefore"/> read.</summary>
    const int RightBeforeReach = 48;

    /// <summary>
    /// Whether the writer's doubt stands right before the phrase, the phrase its topic: "Sometimes I am not sure the working
    /// alliance is strong enough" (Fresh251, t10: read as denied by its "not"), "I'm not sure if motivational interviewing is the
    /// right label", "Not sure whether feedback-informed treatment is the right name for it". Only a determiner or the writer's
    /// "my"/"our" between: "I am not sure the team knew how much crisis intervention I covered" doubts the team (a review).
    /// </summary>
    static bool DoubtedRightBefore(ReadOnlySpan<char> text, int phraseStart, int phraseEnd)
    {
        var before = text[Math.Max(0, phraseStart - RightBeforeReach)..phraseStart];
        before = before[(before.LastIndexOf('\n') + 1)..];
        var words = before.TrimEnd(' ');
        foreach (var determiner in (ReadOnlySpan<string>)[" the", " my", " our"])
            if (words.EndsWith(determiner, StringComparison.OrdinalIgnoreCase)) { words = words[..^determiner.Length]; break; }
        foreach (var joiner in (ReadOnlySpan<string>)[" if", " whether"])
            if (words.EndsWith(joiner, StringComparison.OrdinalIgnoreCase)) { words = words[..^joiner.Length]; break; }
        if (!words.EndsWith("not sure", StringComparison.OrdinalIgnoreCase) && !words.EndsWith("not always sure", StringComparison.OrdinalIgnoreCase)) return false;
        if (!DoubtedOfItselfAfter(text, phraseEnd)) return false;
        var opening = words[..words.LastIndexOf("not", StringComparison.OrdinalIgnoreCase)].TrimEnd(' ');
        // The writer's own doubt ("I am", "I'm", "Sometimes I am"), or one with no subject opening its sentence or item ("Not sure
        // whether ..."); not someone else's ("Clients are not sure the ...") nor a past doubt since settled ("I was not sure").
        if (opening.IsEmpty || opening[^1] is '-' or '\u2022' or '*' or '.' or ':' or ';' or '(') return true;
        return opening.EndsWith(" am", StringComparison.OrdinalIgnoreCase) && opening[..^3].TrimEnd(' ').EndsWith("I", StringComparison.Ordinal)
            || opening.EndsWith("I'm", StringComparison.Ordinal) || opening.EndsWith("I\u2019m", StringComparison.Ordinal)
            || opening.Equals("I am", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the writer tries the phrase and says it falls short in the same sentence: "I try reflective listening with the men,
    /// but a lot of them would rather talk about football" (Fresh252, t10). Only with "but": "I try motivational interviewing with
    /// every ambivalent client and document change talk" is the practice (a review).
    /// </summary>
    static bool TriedButAfter(ReadOnlySpan<char> text, int phraseStart, int phraseEnd)
    {
        var before = text[Math.Max(0, phraseStart - 8)..phraseStart];
        if (!(before.EndsWith(" I try ", StringComparison.Ordinal) || before.EndsWith("\nI try ", StringComparison.Ordinal) || before.Equals("I try ", StringComparison.Ordinal)
            || before.EndsWith("- I try ", StringComparison.Ordinal))) return false;
        var rest = Clauses.SentenceFrom(text, phraseEnd, AfterthoughtReach);
        if (rest.IndexOf(';') is int semicolon and >= 0) rest = rest[..semicolon];
        int but = rest.IndexOf(" but ", StringComparison.OrdinalIgnoreCase);
        return but >= 0 && !CrossesABullet(text, phraseEnd, phraseEnd + but) && rest[but..].IndexOfAny(OutcomeWords) < 0;
    }

    /// <summary>
    /// Whether a trial to come has the phrase as its object, right before it: "Our team will trial the Working Alliance Inventory
    /// from February 2027" (Fresh252, t05), "Will pilot measurement-based care in the eating disorders clinic". Not "will roll out
    /// my rapport-building protocol" (the writer's work, not adjacent), "(the team will introduce it clinic-wide)" after the
    /// phrase, nor one the writer already practises ("since 2019", "already"): a review.
    /// </summary>
    static bool ATrialToComeRightBefore(ReadOnlySpan<char> text, int phraseStart, int phraseEnd)
    {
        var before = text[Math.Max(0, phraseStart - RightBeforeReach)..phraseStart].TrimEnd(' ');
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4];
        bool trial = false;
        // And "will try": "From the summer semester 2027 we will try the Session Rating Scale in my group" (Fresh254, t05).
        foreach (var verb in (ReadOnlySpan<string>)["will trial", "will pilot", "will introduce", "will roll out", "will start using", "will try"])
            if (before.EndsWith(verb, StringComparison.OrdinalIgnoreCase) && (before.Length == verb.Length || !char.IsLetter(before[^(verb.Length + 1)])))
            { trial = true; break; }
        if (!trial) return false;
        // Whose trial: a service's, a team's or the writer's, or a bullet's own; "the counsellor will introduce treatment planning in
        // session two" tells how the work goes (a review).
        var subject = before[..before.LastIndexOf("will", StringComparison.OrdinalIgnoreCase)].TrimEnd(" \t");
        int space = subject.LastIndexOfAny(" \t\n");
        var who = subject[(space + 1)..];
        if (!(who.IsEmpty || who.Length == 1 && !char.IsLetterOrDigit(who[0]) || who[^1] is ';' or ':' || TrialistLookup.Contains(who))) return false;
        var rest = Clauses.SentenceFrom(text, phraseEnd, AfterthoughtReach);
        return rest.IndexOfAny(WritersOwnPartWords) < 0;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrialistLookup = new HashSet<string>(
        ["team", "service", "clinic", "centre", "center", "practice", "we", "i", "trust", "department", "unit", "organisation",
         "organization", "programme", "program", "agency", "charity", "hospice"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An outcome claimed after a try or a best effort: "and the outcomes show it", "we meet every target", "I always succeed".</summary>
    static readonly System.Buffers.SearchValues<string> OutcomeWords = System.Buffers.SearchValues.Create(
        ["outcome", "target", "succeed", "success", "%", "result", "i always", "show it", "rated", "no client"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether what the doubt asks of the phrase is the phrase itself: "... the working alliance is strong enough", "... is the
    /// right label", "... is what we used", "... is at play". Not whether it "is used at your service", "or the medication made the
    /// difference", whose "forms get read" or whose "hours transfer" (a second review).
    /// </summary>
    static bool DoubtedOfItselfAfter(ReadOnlySpan<char> text, int phraseEnd)
    {
        var (verbStart, verbEnd) = NextWordAfter(text, phraseEnd);
        var verb = text[verbStart..verbEnd];
        if (!(verb.Equals("is", StringComparison.OrdinalIgnoreCase) || verb.Equals("are", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("was", StringComparison.OrdinalIgnoreCase))) return false;
        var (nextStart, nextEnd) = NextWordAfter(text, verbEnd);
        return DoubtedOfItselfLookup.Contains(text[nextStart..nextEnd]);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DoubtedOfItselfLookup = new HashSet<string>(
        ["strong", "enough", "the", "what", "at", "good", "right", "really", "working", "there", "solid", "real", "deep", "happening"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a service's plan has the phrase as its object: "Our Centre plans to introduce measurement-based care (CORE-10 at each
    /// session) in 2027" (Fresh251, t10), "The clinic plans to roll out the session rating scale". The plan a verb ("plans to"), not
    /// a noun ("the trust's plans to", "wrote the plans to", "no plans to", "had plans to"), and not one the writer already does
    /// ("..., which I already deliver"): a review.
    /// </summary>
    static bool AServicesPlanRightBefore(ReadOnlySpan<char> text, int phraseStart, int phraseEnd)
    {
        var before = text[Math.Max(0, phraseStart - RightBeforeReach)..phraseStart].TrimEnd(' ');
        foreach (var determiner in (ReadOnlySpan<string>)[" the", " a"])
            if (before.EndsWith(determiner, StringComparison.OrdinalIgnoreCase)) { before = before[..^determiner.Length]; break; }
        int planAt = -1;
        foreach (var plan in (ReadOnlySpan<string>)["plans to introduce", "plans to implement", "plans to roll out", "plans to adopt",
                     "plans to pilot", "plan to introduce", "plan to implement", "plan to roll out", "plan to adopt", "plan to pilot"])
            if (before.EndsWith(plan, StringComparison.OrdinalIgnoreCase)) { planAt = before.Length - plan.Length; break; }
        if (planAt <= 0 || char.IsLetter(before[planAt - 1])) return false;
        // The plan's subject: a word, not a determiner or a possessive making "plans" a noun, nor "I" (the writer's own plan is read
        // by the aims' cues).
        var subject = before[..planAt].TrimEnd(" \t");
        int space = subject.LastIndexOfAny(" \t\n");
        var word = subject[(space + 1)..];
        // A bullet of the writer's own plans, no subject: "*	Plan to introduce feedback-informed treatment (ORS/SRS) for the
        // A-level students" (Fresh133, t09).
        bool bullet = word.IsEmpty || word.Length == 1 && !char.IsLetterOrDigit(word[0]);
        if (!bullet && (PlansAsANounLookup.Contains(word) || word.EndsWith("'s", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase) || word.Equals("I", StringComparison.Ordinal))) return false;
        // The rest of its sentence: not a practice the writer already has.
        var rest = Clauses.SentenceFrom(text, phraseEnd, AfterthoughtReach);
        if (rest.IndexOfAny(WritersOwnPartWords) >= 0 || subject.Contains("helped", StringComparison.OrdinalIgnoreCase)) return false;
        // A year past: "I piloted it in 2022", "delivered 2021" (a second review).
        for (int from = 0, year; (year = ExperienceReader.NextYear(rest, ref from)) >= 0;)
            if (year is >= 2000 && year < ScorerInfo.DefaultAsOf.Year) return false;
        return true;
    }

    /// <summary>The writer's own part in what the service plans: "already", "which I designed", "after my pilot", "I piloted it".</summary>
    static readonly System.Buffers.SearchValues<string> WritersOwnPartWords = System.Buffers.SearchValues.Create(
        ["already", "i have used", " since ", "i piloted", "i wrote", "i designed", "i developed", "i led", "i built", "i ran", "my pilot",
         "which i ", "that i ", "my team's", "my model", "my own", "and i did", "now used"], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlansAsANounLookup = new HashSet<string>(
        ["the", "no", "any", "our", "their", "its", "his", "her", "my", "your", "had", "has", "have", "wrote", "write", "drafted",
         "implemented", "led", "of", "these", "those", "new", "future", "and", "with", "whose", "-", "\u2013"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How far past the phrase its difficulty may start, over a wrapped and indented line ("Professional boundaries – with clients
    /// who have nobody else, it is" over "hard": Fresh252, t02); the walk to it is bounded by words.</summary>
    const int DifficultyReach = 96;

    /// <summary>How far past the difficulty the writer's own struggle with it may stand, within its item: two sentences or so.</summary>
    const int StruggleReach = 220;

    static readonly System.Buffers.SearchValues<string> DifficultyWords = System.Buffers.SearchValues.Create(
        ["hard", "difficult", "tricky", "challenging", "tough", "not easy"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the phrase is said to come hard and the writer then says they struggle with it, within its item: "rapport — harder
    /// by text than voice. some nights it clicks in 3 msgs, some nights I never get there. still working on it" (Fresh251, t03),
    /// "Professional boundaries is difficult in Deaf community, everybody know everybody. I try my best but ... I am not sure what
    /// is right thing" (t12). The difficulty alone is the work's, not the writer's: "Professional boundaries are hard when the
    /// client's brother sold us our bull. I tell every client at the start ..." (t08) tells how she keeps them.
    /// </summary>
    static bool StruggledWithAfter(ReadOnlySpan<char> text, int phraseStart, int phraseEnd)
    {
        // The difficulty right after the phrase, past a dash or colon ("rapport — harder", "makes rapport harder"), or after a verb
        // of being and a few words of where or how ("Rapport over the phone is harder", "Professional boundaries is difficult").
        int i = phraseEnd;
        int limit = Math.Min(text.Length, phraseEnd + DifficultyReach);
        while (i < limit && (text[i] is ' ' or '\t' or ':' or '-' or '\u2013' or '\u2014')) i++;
        bool present = false;
        for (int words = 0; ; words++)
        {
            if (i >= limit || words > MaxWordsToTheDifficulty) return false;
            int end = i;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            // Past a comma to "it is": "Professional boundaries – with clients who have nobody else, it is hard" (Fresh252, t02).
            if (end == i && text[i] == ',' && text[(i + 1)..limit].TrimStart(' ') is var resumed
                && (resumed.StartsWith("it is", StringComparison.OrdinalIgnoreCase) || resumed.StartsWith("it's", StringComparison.OrdinalIgnoreCase))
                && limit - resumed.Length + 5 < text.Length && char.IsWhiteSpace(text[limit - resumed.Length + (resumed[2] == ' ' ? 5 : 4)]))
            {
                i = limit - resumed.Length + (resumed[2] == ' ' ? 5 : 4);
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                limit = Math.Min(text.Length, i + 24);
                (present, words) = (true, -1);
                continue;
            }
            if (end == i) return false;
            var word = text[i..end];
            // Not a compound's first part: "hard-wired", "hard-won" are boasts (a second review).
            bool hard = (HardLookup.Contains(word) || word.Equals("tough", StringComparison.OrdinalIgnoreCase)) && (end >= text.Length || text[end] != '-')
                || word.Equals("not", StringComparison.OrdinalIgnoreCase) && text[end..].StartsWith(" easy", StringComparison.OrdinalIgnoreCase);
            if (hard && (words == 0 || present)) { i = word.Equals("not", StringComparison.OrdinalIgnoreCase) ? end + " easy".Length : end; break; }
            // Only the present: "was hard at first" is overcome.
            if (PastLookup.Contains(word)) return false;
            present |= DifficultyVerbLookup.Contains(word);
            i = end;
            while (i < limit && text[i] == ' ') i++;
        }
        int difficultyEnd = i;
        // Hard for someone else, hard to do something else, or harder than it looks: "hard for clients with chaotic lives",
        // "difficult to staff at night", "harder for agency staff than for me" (a review).
        if (NextWordAfter(text, difficultyEnd) is var (nextStart, nextEnd) && nextEnd > nextStart)
        {
            var next = text[nextStart..nextEnd];
            if (next.Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
            if (next.Equals("for", StringComparison.OrdinalIgnoreCase) && !(NextWordAfter(text, nextEnd) is var (whoStart, whoEnd)
                && text[whoStart..whoEnd].Equals("me", StringComparison.OrdinalIgnoreCase))) return false;
            if (next.Equals("than", StringComparison.OrdinalIgnoreCase) && NextWordAfter(text, nextEnd) is var (thanStart, thanEnd)
                && text[thanStart..thanEnd] is var than && (than.Equals("it", StringComparison.OrdinalIgnoreCase) || than.Equals("for", StringComparison.OrdinalIgnoreCase)))
                return false;
        }
        var after = text[difficultyEnd..Math.Min(text.Length, difficultyEnd + StruggleReach)];
        // Overcome: "harder at first", "hard until I learned ...".
        var firstWords = after[..Math.Min(after.Length, 24)];
        if (firstWords.Contains("at first", StringComparison.OrdinalIgnoreCase) || firstWords.Contains("until", StringComparison.OrdinalIgnoreCase)
            || firstWords.Contains("early on", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var struggle in (ReadOnlySpan<string>)["still working on it", "still working on this", "i try my best", "i do my best",
                     "i'm trying my best", "i am trying my best", "i am not sure", "i'm not sure", "i\u2019m not sure", "not always sure", "i try"])
        {
            int at = after.IndexOf(struggle, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || at > 0 && char.IsLetter(after[at - 1]) || CrossesABullet(text, phraseEnd, difficultyEnd + at)) continue;
            // Someone else's words in quotes ("new staff often say "I am not sure what to do""), or a thing the writer made in between,
            // which the struggle is then about ("so I wrote our telephone guide; still working on it": a second review).
            if (after[..at].IndexOfAny(Quotes) >= 0 || after[..at].Contains(" '", StringComparison.Ordinal)
                || after[..at].IndexOfAny(MadeInBetween) >= 0) continue;
            // "still working on it" as the writer's own, bare or after "I'm": not "my supervisees are still working on it".
            if (struggle.StartsWith("still", StringComparison.Ordinal) && !StruggledByTheWriter(after[..at])) continue;
            // The struggle itself, not diligence at a task or a doubt of something else: "I do my best work under pressure", "I do
            // my best to keep plans realistic", "I am not sure any other site has one" (a review).
            var (followStart, followEnd) = NextWordAfter(text, difficultyEnd + at + struggle.Length);
            var follow = text[followStart..followEnd];
            // "I do my best" ends its sentence or goes on "but": "I do my best, and clients rate me 4.9" boasts (a second review).
            // "I try" alone only as the attempt itself: "it is hard. I try, but ..." (Fresh252, t02), not "I try to ...".
            int struggleEnd = difficultyEnd + at + struggle.Length;
            bool theStruggle = struggle.Contains("sure", StringComparison.Ordinal)
                ? StruggleDoubtLookup.Contains(follow)
                : struggle.StartsWith("still", StringComparison.Ordinal) || follow.Equals("but", StringComparison.OrdinalIgnoreCase)
                    || IsASentencesEnd(text, struggleEnd)
                    || struggle == "i try" && struggleEnd < text.Length && text[struggleEnd] == ','
                    // "I do my best with a blanket on the window", "I do my best and offer a home visit" (Fresh252, t08 and t05);
                    // not ", and clients rate me 4.9", nor "with limited resources and the outcomes show it" (a review).
                    || struggle != "i try" && (follow.Equals("with", StringComparison.OrdinalIgnoreCase)
                        || follow.Equals("and", StringComparison.OrdinalIgnoreCase) && text[struggleEnd] == ' ');
            // Nor a best effort or a try the sentence after shows paid off: "I try. I always succeed by the fourth session".
            if (theStruggle && !struggle.Contains("sure", StringComparison.Ordinal) && !struggle.StartsWith("still", StringComparison.Ordinal))
            {
                var tail = text[struggleEnd..Math.Min(text.Length, struggleEnd + 90)];
                int first = tail.IndexOfAny(".!?\n");
                int second = first < 0 ? -1 : tail[(first + 1)..].IndexOfAny(".!?\n") is int n and >= 0 ? first + 1 + n : -1;
                if (second >= 0) tail = tail[..second];
                if (tail.IndexOfAny(OutcomeWords) >= 0) theStruggle = false;
            }
            if (theStruggle) return !DeniedBeforeOnItsLine(text, phraseStart);
        }
        return false;
    }

    /// <summary>The next word from <paramref name="from"/> on within its clause, or an empty range.</summary>
    static (int Start, int End) NextWordAfter(ReadOnlySpan<char> text, int from)
    {
        int start = from;
        while (start < text.Length && text[start] is ' ' or '\t' or '\r' or '\n') start++;
        int end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return (start, end);
    }

    static bool IsASentencesEnd(ReadOnlySpan<char> text, int at) => at >= text.Length || text[at] is '.' or ';' or '!' or '\n';

    /// <summary>What the writer made or did in between, which a later "it" is about: "so I wrote", "so I designed", "so I started".</summary>
    static readonly System.Buffers.SearchValues<string> MadeInBetween = System.Buffers.SearchValues.Create(
        ["so i ", "so we ", "which i ", "i wrote", "i designed", "i started", "i built", "i set up"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether "still working on it" is the writer's own, as <see cref="LearnedByTheWriter"/> reads "still learning", or opens a
    /// sentence or follows "and" or "but": not "my supervisees are still working on it".
    /// </summary>
    static bool StruggledByTheWriter(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd(" \t\r\n");
        if (trimmed.IsEmpty || trimmed[^1] == '.') return true;
        var word = trimmed[(trimmed.LastIndexOfAny(" \t\n") + 1)..];
        return word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
            || !word.Equals("I", StringComparison.Ordinal) && LearnedByTheWriter(before, before.Length);
    }

    /// <summary>How many words of where or how may stand between the phrase and its difficulty: "Rapport over the phone is harder".</summary>
    const int MaxWordsToTheDifficulty = 6;

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastLookup = new HashSet<string>(
        ["was", "were", "used", "had", "once", "became", "seemed"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What a doubt of the writer's own handling follows "not sure" with: "what is right thing", "where the line sits", "I get there".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StruggleDoubtLookup = new HashSet<string>(
        ["what", "how", "where", "it"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DifficultyVerbLookup = new HashSet<string>(
        ["is", "are", "can", "gets", "get", "feels", "feel", "remains", "remain", "comes", "come", "seems", "seem"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where <paramref name="words"/> start a word in <paramref name="span"/>, or -1.</summary>
    static int WordAt(ReadOnlySpan<char> span, string words)
    {
        for (int from = 0; from < span.Length;)
        {
            int at = span[from..].IndexOf(words, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return -1;
            at += from;
            if (at == 0 || !char.IsLetter(span[at - 1])) return at;
            from = at + 1;
        }
        return -1;
    }

    /// <summary>
    /// Whether "still learning" is the writer's: after "I", "I'm", "I am", or bare after a mark, not said of someone else ("a
    /// colleague who is still learning"). Its caller turns down a semicolon's and most commas'.
    /// </summary>
    static bool LearnedByTheWriter(ReadOnlySpan<char> rest, int at)
    {
        var before = rest[..at].TrimEnd(" \t\r\n");
        if (before.IsEmpty) return false;
        if (before[^1] is ',' or ';' or ':' or '-' or '\u2013' or '\u2014') return true;
        int space = before.LastIndexOfAny(" \t\n");
        var word = before[(space + 1)..];
        return word.Equals("I'm", StringComparison.OrdinalIgnoreCase) || word.Equals("I\u2019m", StringComparison.OrdinalIgnoreCase)
            || word.Equals("am", StringComparison.OrdinalIgnoreCase) && before[..Math.Max(0, space)].TrimEnd(' ').EndsWith("I", StringComparison.Ordinal)
            || word.Equals("I", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether nothing else is named as the thing learned: the clause ends, or the people it is learned with follow ("w/ teens",
    /// "with teenagers"). "still learning the agency's records system", "still learning Spanish" and "still learning when to
    /// challenge" (Fresh179, t03, after active listening) learn another thing.
    /// </summary>
    static bool NothingElseLearned(ReadOnlySpan<char> after)
    {
        var next = after.TrimStart(" \t");
        if (next.IsEmpty || next[0] is ',' or ';' or ')' or '(' or '\n' or '\r' or '-' or '\u2013' or '\u2014') return true;
        // The people it is learned with, not every client ("still learning with each new client" is a practitioner's humility).
        if (next.StartsWith("w/", StringComparison.OrdinalIgnoreCase)) next = next[2..].TrimStart(' ');
        else if (FirstWord(next) is "with" or "With") next = next[4..].TrimStart(' ');
        else return false;
        // Nor someone else learning with the writer or with their own ("interns, still learning with me", "new graduates, still
        // learning with their first clients": a fourth review).
        return FirstWord(next) is not ("each" or "every" or "all" or "them" or "it" or "me" or "my" or "their" or "his" or "her" or "our"
            or "supervisees" or "trainees" or "peers" or "colleagues" or "interns" or "associates" or "staff" or "the");
    }

    /// <summary>
    /// Whether "still learning" stands bare right after a comma or a dash ("rapport – ok w/ adults, still learning w/ teens"), or
    /// in a contrast after the comma: "I try to bring cultural competency into the work, though as a Norwegian-speaking therapist
    /// I am still learning" (Fresh-set writers label it hedged).
    /// </summary>
    static bool BareAfterAMark(ReadOnlySpan<char> rest, int at)
    {
        var before = rest[..at].TrimEnd(" \t\r\n");
        if (before is [.., ',' or '-' or '\u2013' or '\u2014']) return true;
        var lastClause = before[(before.LastIndexOf(',') + 1)..].TrimStart(" \t\r\n");
        return FirstWord(lastClause) is "though" or "but" or "although" or "even";
    }

    /// <summary>
    /// Whether the doubt is conceded of the claim just made: ", though I ...", ", but I ...". Alone after a label it is the
    /// person-centred stance ("Person-centered: I wouldn't call myself an expert"), after a time the writer's past ("in my
    /// first placement I would not call myself confident, today I lead ..."): a fourth review.
    /// </summary>
    static bool Concedes(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd(" \t\r\n");
        if (!trimmed.EndsWith(" I", StringComparison.Ordinal)) return false;
        var clause = trimmed[..^2].TrimEnd(" \t\r\n");
        // Or after a dash: "Motivational interviewing (two-day course) – I don't claim to be competent yet" (a review).
        if (clause is [.., '-' or '\u2013' or '\u2014']) return true;
        int space = clause.LastIndexOfAny(" \t\n,");
        var word = clause[(space + 1)..];
        return word.Equals("though", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
            || word.Equals("although", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Words before "still learning" that make it a practitioner's humility after long practice: "Nineteen years of crisis
    /// intervention and I am still learning", "since 2015 and honestly I am still learning", "like everyone" (reviews of session 54).
    /// </summary>
    static readonly System.Buffers.SearchValues<string> HumilityWords = System.Buffers.SearchValues.Create(
        ["everyone", "always", "years", "since", "decade", "after", "honestly", "truly", "all of us"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the words before a doubt put it in the past: "ten years ago I would not call myself confident at it, now I lead".</summary>
    static bool ThenNotNow(ReadOnlySpan<char> before) =>
        before.Contains(" ago ", StringComparison.OrdinalIgnoreCase) || before.Contains("at first", StringComparison.OrdinalIgnoreCase)
        || before.Contains("back then", StringComparison.OrdinalIgnoreCase) || before.Contains("when i started", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the sentence says the phrase comes hard to the writer: "Rapport with seniors who speak mainly Hokkien or Teochew is
    /// harder for me" (Fresh248, t11), "Rapport with older men who have lost their wives comes slower for me" (Fresh250, t12). Only
    /// "for me": "rapport with hard-to-reach youth" and "harder cases" say nothing of the writer.
    /// </summary>
    static int HardForMeAt(ReadOnlySpan<char> rest)
    {
        int forMe = WordAt(rest, "for me");
        if (forMe < 0 || forMe + "for me".Length < rest.Length && char.IsLetter(rest[forMe + "for me".Length])) return -1;
        // The phrase itself comes hard now: not "hard for me to leave", another thing after "but" or a bullet, a denial ("never
        // hard for me"), a past overcome ("once difficult for me, is now a strength"), people or a case hard for me ("clients who
        // are hard for me to reach"), nor a supposition ("would be hard for me alone"): a review of session 54.
        var next = rest[(forMe + "for me".Length)..].TrimStart(" \t\r\n");
        if (FirstWord(next) is "to" or "To") return -1;
        bool afterNot = false;
        foreach (var range in rest.SplitAny(" \t\r\n,"))
        {
            var said = rest[range];
            if (said.IsEmpty) continue;
            // "not easy for me" is the difficulty; "not harder for me" its denial.
            if (afterNot && !said.Equals("easy", StringComparison.OrdinalIgnoreCase)) return -1;
            afterNot = said.Equals("not", StringComparison.OrdinalIgnoreCase);
            if (NotHardNowLookup.Contains(said)) return -1;
        }
        if (afterNot || rest.IndexOfAny(NotHardNowMarks) >= 0) return -1;
        var before = rest[..forMe].TrimEnd(" \t\r\n");
        int space = before.LastIndexOfAny(" \t\n");
        var word = before[(space + 1)..];
        if (HardLookup.Contains(word)) return space + 1;
        // "not easy for me", "a challenge for me".
        var two = before[..Math.Max(0, space)].TrimEnd(' ');
        int previous = two.LastIndexOfAny(" \t\n");
        var first = two[(previous + 1)..];
        return (first.Equals("not", StringComparison.OrdinalIgnoreCase) && word.Equals("easy", StringComparison.OrdinalIgnoreCase))
            || (first.Equals("a", StringComparison.OrdinalIgnoreCase) && word.Equals("challenge", StringComparison.OrdinalIgnoreCase)) ? previous + 1 : -1;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotHardNowLookup = new HashSet<string>(
        ["but", "never", "no", "less", "once", "was", "were", "used", "until", "now", "would", "could",
         "isn't", "wasn't", "isn\u2019t", "wasn\u2019t", "longer"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly System.Buffers.SearchValues<char> NotHardNowMarks = System.Buffers.SearchValues.Create("\u2022\u00B7");

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HardLookup = new HashSet<string>(
        ["harder", "hard", "slower", "difficult", "tricky", "challenging", "hardest", "trickier"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where "would not call myself" starts, "yet" or "really" inside it or not, or -1; <paramref name="cueEnd"/> is where it ends.
    /// Also "I'd not call myself" and "would not claim to be" (<paramref name="claimed"/>): "though I'd not claim to be an MI
    /// practitioner – a two-day course in 2019 is all I have" (Fresh251, t01). The contracted "I'd" starts at its apostrophe, so
    /// the concession's "though I" stands before it as before "would".
    /// </summary>
    static int NotCalledAt(ReadOnlySpan<char> rest, out int cueEnd, out bool claimed)
    {
        claimed = false;
        foreach (var notCalled in (ReadOnlySpan<string>)["would not call myself", "wouldn't call myself", "wouldn\u2019t call myself",
                     "would not yet call myself", "wouldn't yet call myself", "wouldn\u2019t yet call myself", "would not really call myself",
                     "wouldn't really call myself", "wouldn\u2019t really call myself"])
            if (WordAt(rest, notCalled) is int at and >= 0) { cueEnd = at + notCalled.Length; claimed = true; return at; }
        foreach (var notClaimed in (ReadOnlySpan<string>)["would not claim to be", "wouldn't claim to be", "wouldn\u2019t claim to be",
                     "don't claim to be", "don\u2019t claim to be", "do not claim to be"])
            if (WordAt(rest, notClaimed) is int at and >= 0) { cueEnd = at + notClaimed.Length; claimed = true; return at; }
        foreach (var contracted in (ReadOnlySpan<string>)["'d not call myself", "\u2019d not call myself", "'d not claim to be", "\u2019d not claim to be"])
        {
            int at = rest.IndexOf(contracted, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && rest[at - 1] == 'I' && (at == 1 || !char.IsLetter(rest[at - 2])))
            {
                cueEnd = at + contracted.Length;
                claimed = true;
                return at;
            }
        }
        cueEnd = -1;
        return -1;
    }

    /// <summary>
    /// Whether what follows "would not call myself" is a level of skill ("proficient", "an expert", "skilled") that ends the
    /// clause, or is said of the phrase as "it": "an expert in DBT" and "fluent in Spanish" rate another skill (a review of
    /// session 54). After "would not claim to be" a practitioner of it counts as well, named in a word or two or not ("an MI
    /// practitioner"); "an expert" stays a senior's modesty.
    /// </summary>
    static bool ClaimsALevel(ReadOnlySpan<char> after, bool orPractitioner = false)
    {
        var next = after.TrimStart(" \t\r\n");
        foreach (var article in (ReadOnlySpan<string>)["an ", "a "])
            if (next.StartsWith(article, StringComparison.OrdinalIgnoreCase)) { next = next[article.Length..]; break; }
        int end = 0;
        while (end < next.Length && char.IsLetter(next[end])) end++;
        if (orPractitioner && !ClaimedLevelLookup.Contains(next[..end]))
        {
            // "an MI practitioner", "a trained practitioner": the practitioner within three words.
            for (int words = 0; words < 3 && !next[..end].Equals("practitioner", StringComparison.OrdinalIgnoreCase); words++)
            {
                next = next[end..].TrimStart(' ');
                end = 0;
                while (end < next.Length && (char.IsLetterOrDigit(next[end]) || next[end] == '-')) end++;
                if (end == 0) return false;
            }
            if (!next[..end].Equals("practitioner", StringComparison.OrdinalIgnoreCase)) return false;
        }
        else if (!ClaimedLevelLookup.Contains(next[..end])) return false;
        var rest = next[end..].TrimStart(" \t\r\n");
        if (rest.StartsWith("yet", StringComparison.OrdinalIgnoreCase)) rest = rest[3..].TrimStart(" \t\r\n");
        return rest.IsEmpty || rest[0] is ',' or ';' or ')' or '-' or '\u2013' or '\u2014'
            || rest.StartsWith("in it", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("at it", StringComparison.OrdinalIgnoreCase)
            // "... proficient and have only done the two-day introduction" (Fresh249, t05).
            || rest.StartsWith("and ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the practitioner conceded is of the phrase's approach or of none named: "an MI practitioner" after motivational
    /// interviewing, "a practitioner", "proficient"; "a DBT practitioner" after it concedes another approach, and "an MI
    /// practitioner" after rapport building says nothing of rapport (a review). An approach is named by its initials.
    /// </summary>
    static bool NamesNoOtherApproach(ReadOnlySpan<char> conceded, ReadOnlySpan<char> phrase)
    {
        int practitioner = conceded.IndexOf("practitioner", StringComparison.OrdinalIgnoreCase);
        if (practitioner < 0) return true;
        foreach (var range in conceded[..practitioner].SplitAny(" \t\r\n"))
        {
            var word = conceded[range];
            if (word.IsEmpty || word is "a" or "an" or "A" or "An") continue;
            // A practitioner of no approach named, or of the phrase's own by its initials; an approach named in words is another
            // one ("a family therapy practitioner" after person-centered counselling: a second review).
            if (word.ContainsAnyInRange('a', 'z')) { if (!PractitionersGradeLookup.Contains(word)) return false; continue; }
            if (word.Length < 2 || word.Length > 5) continue;
            // The phrase's initials: "MI" for motivational interviewing.
            Span<char> initials = stackalloc char[8];
            int n = 0;
            foreach (var part in phrase.SplitAny(" -"))
                if (!phrase[part].IsEmpty && n < initials.Length) initials[n++] = char.ToUpperInvariant(phrase[part][0]);
            return word.SequenceEqual(initials[..n]);
        }
        return true;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PractitionersGradeLookup = new HashSet<string>(
        ["trained", "qualified", "certified", "accredited", "skilled", "proper", "real", "fully", "experienced", "competent"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClaimedLevelLookup = new HashSet<string>(
        ["proficient", "skilled", "competent", "confident", "fluent"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where the sentence says the phrase is planned: "is planned for 2027", "are planned for next year", "is scheduled for the
    /// spring", "is planned." A routine's schedule is no plan: "is scheduled weekly", "is planned with each client".
    /// </summary>
    static int PlannedAt(ReadOnlySpan<char> rest)
    {
        foreach (var plan in (ReadOnlySpan<string>)["is planned", "are planned", "is scheduled", "are scheduled"])
        {
            int at = WordAt(rest, plan);
            if (at < 0) continue;
            // The phrase's own noun is what is planned, a few words on with no clause between: "a refresher course is planned for
            // 2027" after a semicolon, "clients whose surgery is scheduled" and ", and follow-ups are scheduled" plan something
            // else (a review of session 54).
            var subject = rest[..at];
            if (subject.IndexOfAny(",;:()|") >= 0 || WordsBetween(subject, 0, subject.Length, MaxWordsToPlanned + 1) > MaxWordsToPlanned) continue;
            bool another = false;
            foreach (var range in subject.SplitAny(" \t\r\n"))
                another |= OpensAnotherClauseLookup.Contains(subject[range]);
            if (another) continue;
            // The phrase itself, or its introduction, is what is planned: "Feedback-informed treatment is planned for next year",
            // "A measurement-based care pilot across UCC Student Counselling is planned for 2027". Its recertification, a refresher,
            // an audit, a review or an expansion planned is of a practice held now (a fourth review).
            // Right before "is planned": "implementation review", "introduction for new associates", "rollout to the Leeds hub" and
            // "launch event" plan something of a practice held now (a fifth review).
            var head = subject.Trim(" \t\r\n");
            if (!head.IsEmpty && !(PlannedIntroductionLookup.Contains(FirstWord(head)) && !AnotherThingPlanned(head[FirstWord(head).Length..]))) continue;
            var after = rest[(at + plan.Length)..];
            if (after.Length > 0 && char.IsLetter(after[0])) continue;
            var next = after.TrimStart(" \t\r\n");
            // Only for a time ahead, a year or the next: "is planned for 2027", "is scheduled to begin in 2027", "planned for next
            // year". A routine is scheduled too, with no such time ("Clinical supervision is scheduled.", "scheduled for next day",
            // "for Q1 and Q3 each year": a third review).
            foreach (var lead in (ReadOnlySpan<string>)["for ", "to start in ", "to begin in ", "to launch in ", "to start ", "to begin ", "to launch "])
                if (next.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) { next = next[lead.Length..].TrimStart(' '); break; }
            foreach (var season in (ReadOnlySpan<string>)["early ", "late ", "mid-", "mid ", "spring ", "summer ", "autumn ", "fall ", "winter "])
                if (next.StartsWith(season, StringComparison.OrdinalIgnoreCase)) { next = next[season.Length..]; break; }
            if (next.Length >= 4 && next[..4].IndexOfAnyExceptInRange('0', '9') < 0 && next[0] == '2') return at;
            if (next.StartsWith("next year", StringComparison.OrdinalIgnoreCase) || next.StartsWith("later this year", StringComparison.OrdinalIgnoreCase)
                || next.StartsWith("the new year", StringComparison.OrdinalIgnoreCase) || next.StartsWith("next spring", StringComparison.OrdinalIgnoreCase)
                || next.StartsWith("next autumn", StringComparison.OrdinalIgnoreCase) || next.StartsWith("next fall", StringComparison.OrdinalIgnoreCase))
                return at;
        }
        return -1;
    }

    const int MaxWordsToPlanned = 6;

    /// <summary>
    /// Whether the words after a pilot's or rollout's word name another thing planned or another place it goes to: "review",
    /// "evaluation", "phase two", "event", "for new associates", "to the Leeds hub", "in second clinic" (a fifth review). "A
    /// measurement-based care pilot across UCC Student Counselling" is the pilot itself.
    /// </summary>
    static bool AnotherThingPlanned(ReadOnlySpan<char> after)
    {
        foreach (var range in after.SplitAny(" \t\r\n"))
            if (AnotherThingPlannedLookup.Contains(after[range])) return true;
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnotherThingPlannedLookup = new HashSet<string>(
        ["to", "for", "in", "at", "of", "review", "audit", "evaluation", "phase", "event", "sessions", "anniversary", "report", "results"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlannedIntroductionLookup = new HashSet<string>(
        ["pilot", "rollout", "roll-out", "launch", "introduction", "implementation", "trial"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpensAnotherClauseLookup = new HashSet<string>(
        ["whose", "who", "which", "that", "and", "while", "but", "where", "when", "their", "his", "her", "my", "our"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();


    /// <summary>How far before the phrase <see cref="APurposeOfTrainingBefore"/> looks for its "so that I can".</summary>
    const int PurposeReach = 48;

    /// <summary>
    /// Whether the phrase is what the writer trains for, as the purpose "so that I can offer ...": "I am starting a supervision
    /// training in February 2027 so that I can offer clinical supervision" (Fresh249, t05; Fresh247, t08). Only a service the
    /// purpose would offer, right before the phrase: "so that I can see how each session lands" is a measure's use now.
    /// </summary>
    static bool APurposeOfTrainingBefore(ReadOnlySpan<char> text, int phraseStart)
    {
        var before = text[Math.Max(0, phraseStart - PurposeReach)..phraseStart];
        int at = -1, length = 0;
        foreach (var purpose in (ReadOnlySpan<string>)["so that i can ", "so i can ", "so that i could ", "so i could "])
            if (before.LastIndexOf(purpose, StringComparison.OrdinalIgnoreCase) is int found and >= 0 && found > at) (at, length) = (found, purpose.Length);
        if (at < 0 || (at > 0 && char.IsLetter(before[at - 1]))) return false;
        var between = before[(at + length)..].TrimStart(" \t\r\n");
        if (between.IndexOfAny(".!?;") >= 0 || WordsBetween(between, 0, between.Length, 5) > 4) return false;
        // "so I can eventually offer", "so that I can then provide" (a review).
        var verb = FirstWord(between);
        if (verb.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || verb is "then" or "soon")
            verb = FirstWord(between[verb.Length..].TrimStart(" \t\r\n"));
        if (!PurposeVerbLookup.Contains(verb)) return false;
        // The phrase right after the verb ("offer clinical supervision", "move into clinical supervision"), not a second object
        // ("offer EMDR and motivational interviewing": a fifth review).
        var object_ = between[(between.IndexOf(verb) + verb.Length)..];
        if (WordsBetween(object_, 0, object_.Length, 3) > 1 || HasTheWord(object_, "and")) return false;
        // Nor a practice held now taken to more people or places: "... so I can offer crisis intervention to refugees too",
        // "person-centred counselling there also" (a fifth review).
        var after = text[phraseStart..Math.Min(text.Length, phraseStart + PurposeStepReach)];
        after = after[..(after.IndexOfAny(".!?;") is int stop and >= 0 ? stop : after.Length)];
        if (after.IndexOfAny(ExtendedWords) >= 0) return false;
        // The step taken for it is still ahead or under way: "I am starting a supervision training in February 2027", "Working
        // toward the CCPA designation", "I am taking the state's 30-hour supervisor training this winter". One done ("Completed
        // the supervision credential in 2022 so that I can provide ...") or a present habit ("I keep my caseload small so I can
        // offer ...") makes the phrase a claim (a review of session 54).
        int absolute = phraseStart - before.Length + at, sentence = Math.Max(0, absolute - PurposeStepReach);
        for (int i = absolute - 1; i >= sentence; i--)
            if (text[i] is '.' or '!' or '?' or ';' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) || text[i] == '\n' && IsABulletLine(text, i + 1))
            { sentence = i + 1; break; }
        // Bullets open with the duties' participles ("Taking the on-call phone each weekend so I can provide crisis intervention"):
        // the step must be the writer's own, ahead or under way, and a training (a third review).
        // Read across a wrapped line: "I am" over "starting a supervision training in February 2027" (Fresh249, t05).
        Span<char> joined = stackalloc char[absolute - sentence];
        var step = joined[..JoinWords(text[sentence..absolute], joined, cellBars: false)];
        // In the clause right before "so", not one joined on ("I'm completing a doctoral degree ..., and I hold late sessions so
        // I can ..."), and no credential kept ("I will keep my license current so I can ...": a fourth review).
        if (step.IndexOf(", and ", StringComparison.OrdinalIgnoreCase) >= 0 || step.IndexOf(" and I ", StringComparison.Ordinal) >= 0
            || step.IndexOfAny(KeepingWords) >= 0) return false;
        return step.IndexOfAny(StepUnderWayWords) >= 0 && step.IndexOfAny(TrainingStepWords) >= 0;
    }

    /// <summary>How far before its "so that I can" the step taken for a purpose is read.</summary>
    const int PurposeStepReach = 160;

    static readonly System.Buffers.SearchValues<string> StepUnderWayWords = System.Buffers.SearchValues.Create(
        ["am starting", "am taking", "am preparing", "am completing", "am studying", "am enrolled", "i'm starting", "i'm taking",
         "i'm preparing", "i'm completing", "i'm studying", "i\u2019m starting", "i\u2019m taking", "i\u2019m preparing", "working toward",
         "plan to", "planning to", "i will ", "i'll ", "i\u2019ll ", "hope to", "hoping to", "intend", "in time", "enrolled in", "next year"],
        StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> ExtendedWords = System.Buffers.SearchValues.Create(
        [" too", " also", " there", " more ", " as well"], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> KeepingWords = System.Buffers.SearchValues.Create(
        ["keep ", "continue", "maintain", "renew", "current", "spanish", "language", "bsl", "sign language", "french", "arabic",
         "placement", "students", "cpd", "annual", "since 20", "have provided", "already"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A training's words: the step under way before "so that I can" is a course, a credential or a supervisor's training.</summary>
    static readonly System.Buffers.SearchValues<string> TrainingStepWords = System.Buffers.SearchValues.Create(
        ["training", "course", "diploma", "certificat", "credential", "designation", "qualification", "licens", "licenc", "level",
         "degree", "programme", "program", "supervisor", "accreditation", "registration"], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PurposeVerbLookup = new HashSet<string>(
        ["offer", "provide", "deliver", "give", "run", "lead", "practise", "practice", "start", "begin", "become", "move", "take",
         "facilitate", "supervise"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a measure the writer's sentence does not say they use is aimed at, as "it", in the next: "My supervisor suggested
    /// the Session Rating Scale. I hope to start using it next year" (Fresh249, t12). The writer using it already ("I use the
    /// Session Rating Scale every session. I hope to start using it in groups too") keeps the claim.
    /// </summary>
    static bool AMeasureAimedAtAsItNext(ReadOnlySpan<char> text, int phraseStart, int phraseEnd)
    {
        if (text[phraseStart..phraseEnd].IndexOfAny(MeasureWords) < 0) return false;
        var rest = text[phraseEnd..Math.Min(text.Length, phraseEnd + DoubtReach)];
        int end = rest.IndexOfAny(".!?");
        if (end < 0 || rest[..end].IndexOf('\n') >= 0 && CrossesABullet(text, phraseEnd, phraseEnd + end)) return false;
        var next = rest[(end + 1)..].TrimStart(" \t\r\n");
        if (next is not ['I', ' ' or '\'' or '\u2019', ..]) return false;
        int nextEnd = next.IndexOfAny(".!?");
        if (nextEnd >= 0) next = next[..nextEnd];
        int aim = -1;
        foreach (var wish in (ReadOnlySpan<string>)["I hope to ", "I plan to ", "I want to ", "I would like to ", "I'd like to ", "I\u2019d like to ",
                     "I intend to ", "I aim to "])
            if (next.StartsWith(wish, StringComparison.Ordinal)) { aim = wish.Length; break; }
        if (aim < 0) return false;
        // A start aimed at: "start using it", "begin it", "try it". "keep using it" and "expand it" go on with a use (a review).
        int words = 0;
        bool it = false, start = false;
        foreach (var range in next[aim..].SplitAny(" \t\r\n,"))
        {
            var word = next[aim..][range];
            if (word.IsEmpty) continue;
            if (word.Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                // What the aim does with it, to the clause's end: "introduce it to the whole team", "using it in groups too".
                var with = next[aim..][range.End.Value..];
                it = with[..(with.IndexOf(',') is int comma and >= 0 ? comma : with.Length)].IndexOfAny(GoesOnWords) < 0;
                break;
            }
            start |= words == 0 && StartedVerbLookup.Contains(word);
            if (++words > MaxWordsToIt) break;
        }
        if (!it || !start) return false;
        // The phrase's own sentence says someone put it to the writer, and names no use of it by the writer: "My supervisor
        // suggested the Session Rating Scale." A passive use ("Session Rating Scale used at every individual session. I plan to
        // introduce it to the group programme") is the writer's practice going on (a third review).
        int sentenceStart = phraseStart;
        while (sentenceStart > 0 && text[sentenceStart - 1] is not ('.' or '!' or '?' or '\n')) sentenceStart--;
        var own = text[sentenceStart..(phraseEnd + end)];
        if (own.IndexOfAny(SuggestedWords) < 0 || own.IndexOfAny(InUseWords) >= 0) return false;
        foreach (var range in own.SplitAny(" \t\r\n,;:"))
        {
            var word = own[range];
            if (word is "I" or "I'm" or "I've" or "I\u2019m" or "I\u2019ve" || word.Equals("we", StringComparison.OrdinalIgnoreCase)
                || word.Equals("our", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    /// <summary>A measure said in use ("has been used at every session since", "is now part of every intake": a fourth review).</summary>
    static readonly System.Buffers.SearchValues<string> InUseWords = System.Buffers.SearchValues.Create(
        ["used", "given", "collected", "standard", "part of", "since", "every", "now", "routine", "scores", "each", "administered",
         "adopted", "complete", "rate", "weekly", " in 20"], StringComparison.OrdinalIgnoreCase);

    /// <summary>An aim that extends a use: "to the whole team", "in groups too", "at review points also".</summary>
    static readonly System.Buffers.SearchValues<string> GoesOnWords = System.Buffers.SearchValues.Create(
        [" too", " also", "group", "team", "as well", "review points"], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> SuggestedWords = System.Buffers.SearchValues.Create(
        ["suggested", "recommended", "proposed", "mentioned", "told me about", "introduced me to", "pointed me to"], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartedVerbLookup = new HashSet<string>(
        ["start", "begin", "try", "trial", "pilot", "introduce"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How far past the phrase <see cref="SeldomAfter"/> reads, and how many words it may stand past it.</summary>
    const int SeldomReach = 60, MaxWordsToSeldom = 3;

    /// <summary>
    /// Whether the words right after the phrase, in its clause, say how seldom: "very often", "much" (after a denial: "I do not
    /// look at the client feedback very often"). Not "routinely" or "regularly": every set's writers label "I don't use the Working
    /// Alliance Inventory routinely; I ask directly instead" a denial (Fresh102, t11; Fresh138, t12; Fresh203, t07).
    /// </summary>
    static bool SeldomAfter(ReadOnlySpan<char> text, int phraseEnd)
    {
        var rest = text[phraseEnd..Math.Min(text.Length, phraseEnd + SeldomReach)];
        int clauseEnd = rest.IndexOfAny(",;:.!?(");
        if (clauseEnd >= 0) rest = rest[..clauseEnd];
        int words = 0;
        bool afterFor = false;
        foreach (var range in rest.SplitAny(" \t\r\n"))
        {
            var word = rest[range];
            if (word.IsEmpty) continue;
            // "without clinical supervision for much of 2023" says how long, not how seldom (a review); "without empathy much of
            // counselling fails" says how much of something else, and "alone but often together" turns to another claim (a third).
            if (SeldomLookup.Contains(word))
                return !afterFor && !rest[range.End.Value..].TrimStart(' ').StartsWith("of ", StringComparison.OrdinalIgnoreCase);
            if (word is "but" or "and" or "or" or "yet") return false;
            afterFor = word.Equals("for", StringComparison.OrdinalIgnoreCase);
            if (++words > MaxWordsToSeldom) break;
        }
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeldomLookup = new HashSet<string>(
        ["often", "much", "frequently"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingColleagueLookup = new HashSet<string>(
        ["supervisor", "counsellor", "counselor", "clinician", "psychologist", "therapist", "psychiatrist", "worker", "lead", "manager",
         "colleague", "colleagues", "mentor", "consultant", "doctor", "nurse", "coordinator", "facilitator"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether an aim's words are followed by a colon and what the writer does now: "Working towards feedback-informed treatment:
    /// I collect client feedback at the end of each session" (Fresh187, t12) claims the collecting; the aim is the system. What
    /// follows an aim's colon as more of the aim ("Goal: I want to ...", "I hope to ...", "I will ...") stays the aim's.
    /// </summary>
    static bool SaysWhatIsDoneAfterAColon(ReadOnlySpan<char> between)
    {
        int colon = between.LastIndexOf(':');
        if (colon < 0) return false;
        var said = between[(colon + 1)..].TrimStart(" \t");
        int subject = said.StartsWith("I ", StringComparison.Ordinal) ? 2 : said.StartsWith("we ", StringComparison.OrdinalIgnoreCase) ? 3 : -1;
        if (subject < 0) return false;
        var verb = said[subject..];
        int verbEnd = verb.IndexOfAny(' ', '\n', '\r');
        if (verbEnd >= 0) verb = verb[..verbEnd];
        return verb.Length > 0 && char.IsLower(verb[0]) && !AimGoesOnVerbLookup.Contains(verb);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AimGoesOnVerbLookup = new HashSet<string>(
        ["hope", "want", "plan", "aim", "intend", "would", "will", "wish", "look", "am", "are", "need", "should", "could", "might",
            "expect", "seek", "hoped", "wanted", "planned", "aimed", "intended", "can", "shall", "may", "must", "have", "'d", "'ll"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the sentence goes on to say the phrase's tool is not used: "I tried the Working Alliance Inventory in 2020 but we
    /// do not use it: too long and too wordy" (Fresh189, t03). What was tried and dropped is not the writer's practice.
    /// </summary>
    /// <summary>One of these, as written, stands in every sentence <see cref="DroppedAfterATry"/> reads as dropping.</summary>
    static readonly System.Buffers.SearchValues<string> DroppingWords = System.Buffers.SearchValues.Create(
        [" but", " But", "dropped", "stopped", "not using", "gave it up"], StringComparison.Ordinal);

    static bool DroppedAfterATry(ReadOnlySpan<char> text, int phraseEnd)
    {
        var rest = text[phraseEnd..Math.Min(text.Length, phraseEnd + ItsHedgeReach)];
        int end = rest.IndexOfAny(".;!?");
        if (end >= 0) rest = rest[..end];
        // Asked of every phrase: one ordinal search for all of them turns down nearly every sentence, which names no dropping (a
        // case-insensitive search cost the scorer several per cent, and six searches one after another two).
        if (rest.IndexOfAny(DroppingWords) < 0) return false;
        // Its words read across a wrapped line: "but we" over "do not use it", "2020 but" over "we do not".
        Span<char> joined = stackalloc char[rest.Length];
        ReadOnlySpan<char> words = joined[..JoinWords(rest, joined, cellBars: false)];
        int but = words.IndexOf(" but ", StringComparison.OrdinalIgnoreCase);
        // Or "and dropped it": "Tried the Session Rating Scale for a few months in 2024 and dropped it - not using it now" (Fresh193, t10).
        foreach (var dropped in (ReadOnlySpan<string>)[" and dropped it", " then dropped it", " and stopped using it", " then stopped using it",
            " and gave it up", " not using it now"])
            if (words.IndexOf(dropped, StringComparison.OrdinalIgnoreCase) is int at and >= 0 && (but < 0 || at < but)
                && TriedOnItsLine(text, phraseEnd)) return true;
        if (but < 0) return false;
        var after = words[(but + " but ".Length)..];
        foreach (var dropped in (ReadOnlySpan<string>)["we do not use it", "we don't use it", "we don\u2019t use it", "i do not use it",
            "i don't use it", "i don\u2019t use it", "we no longer use it", "i no longer use it", "we stopped using it", "i stopped using it",
            "we dropped it", "i dropped it", "it did not stick", "it didn't stick", "our team no longer uses it", "the team no longer uses it",
            "the service no longer uses it", "we have not used it since", "i have not used it since",
            // The subject left out after "but", only with the time it stopped: "We tried the Working Alliance Inventory in 2020 but don't
            // use it anymore" (a review). "Some familiarity with motivational interviewing from a workshop but do not use it as a
            // model" rates the familiarity (Fresh52, t03).
            "don't use it anymore", "don\u2019t use it anymore", "do not use it anymore", "don't use it any more", "do not use it any more",
            "no longer use it", "stopped using it"])
            if (after.StartsWith(dropped, StringComparison.OrdinalIgnoreCase))
                // "... but we don't use it yet" after "Would like our team to move toward measurement-based care" (Fresh186, t07):
                // not started, not dropped; the sentence's own cue says what it is.
                return !after[dropped.Length..].TrimStart(' ').StartsWith("yet", StringComparison.OrdinalIgnoreCase);
        return false;
    }

    /// <summary>
    /// Whether the phrase's clause is followed, past a semicolon, by a note that is a hedge and nothing else: "Took part in the
    /// ward's 2024 pilot of the Session Rating Scale; basic working knowledge, we did not continue it" (Fresh187, t11), "Basic
    /// crisis intervention skills (ICISF course 2024); so far limited practice, as urgent cases go to the psychiatrist" and
    /// "trialling the Session Rating Scale with some clients this year; early days" (Fresh188, t12 and t07). The note names
    /// nothing of its own, so it rates what came before it. One with an object of its own ("; basic training for new
    /// volunteers", "; working knowledge of DBT") is another item.
    /// </summary>
    /// <remarks>
    /// Asked of every phrase: a note after a semicolon needs one within its reach, or a comma right after a phrase that opens its
    /// line, and the page's places of semicolons turn down most phrases before their reach is read.
    /// </remarks>
    static bool HedgedByABareNoteAfter(Page page, int phraseStart, int phraseEnd)
    {
        var text = page.Resume.Span;
        if ((page.Semicolons.AnyIn(phraseEnd, phraseEnd + ItsHedgeReach)
                || CommaRightAfter(text, phraseEnd, phraseEnd + ItsHedgeReach) && OpensItsLine(text, phraseStart))
            && HedgedByANoteAfterASemicolon(text, phraseStart, phraseEnd)) return true;
        return HedgedByADashNoteAtItsEnd(text[phraseEnd..Math.Min(text.Length, phraseEnd + DashNoteReach)]);
    }

    /// <summary>Whether the first character from <paramref name="from"/> that is no white space, before <paramref name="to"/>, is a comma.</summary>
    static bool CommaRightAfter(ReadOnlySpan<char> text, int from, int to)
    {
        for (int i = from; i < to && i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i])) return text[i] == ',';
        return false;
    }

    static bool HedgedByANoteAfterASemicolon(ReadOnlySpan<char> text, int phraseStart, int phraseEnd)
    {
        var rest = text[phraseEnd..Math.Min(text.Length, phraseEnd + ItsHedgeReach)];
        if (rest.IndexOfAny(';', ',') < 0) return false;
        int semicolon = rest.IndexOf(';');
        bool comma = false;
        // A comma too, right after a phrase that heads its item: "- Motivational interviewing, basic working knowledge" (a review).
        if ((semicolon < 0 || rest[..semicolon].IndexOf(',') >= 0) && rest.IndexOf(',') is int c and >= 0 && rest[..c].IsWhiteSpace()
            && OpensItsLine(text, phraseStart)) (semicolon, comma) = (c, true);
        if (semicolon < 0 || rest[..semicolon].IndexOfAny(".!?") >= 0) return false;
        var note = rest[(semicolon + 1)..].TrimStart(" \t");
        if (IsABareHedge(note, comma)) return true;
        if (note.IsEmpty || note[0] is not ('s' or 'S' or 'a' or 'A' or 'o' or 'O' or 'b' or 'B')) return false;
        foreach (var lead in (ReadOnlySpan<string>)["so far ", "as yet ", "still ", "only ", "but "])
            if (note.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) return IsABareHedge(note[lead.Length..].TrimStart(' '), comma);
        return false;
    }

    /// <summary>
    /// A bare hedge after a spaced dash that ends the phrase's sentence rates it as one after a semicolon does: "Trying out the
    /// Working Alliance Inventory (short form) with my own clients since 2025 to see whether it adds anything to the team's
    /// outcome measures - early days." (Fresh171, t09). The sentence must not end before the dash.
    /// </summary>
    static bool HedgedByADashNoteAtItsEnd(ReadOnlySpan<char> rest)
    {
        // The sentence's end, then its dashes: two searches for three characters each, where one for the six together was a
        // slower search over a set with characters outside ASCII, made again after every hyphen.
        int sentenceEnd = rest.IndexOfAny('.', '!', '?');
        var sentence = sentenceEnd >= 0 ? rest[..sentenceEnd] : rest;
        for (int from = 0; ;)
        {
            int dash = sentence[from..].IndexOfAny(SpacedDashes);
            if (dash < 0) return false;
            dash += from;
            // Only the first spaced dash is read: a line opening with anything but a lower-case word before a hyphen stands
            // before that dash too, so whether one does is asked of it alone.
            if (dash > 0 && rest[dash - 1] == ' ' && dash + 1 < rest.Length && rest[dash + 1] == ' ')
                return !StartsAnotherLine(rest[..dash]) && IsABareHedge(rest[(dash + 1)..].TrimStart(' '), toTheLinesEnd: true);
            from = dash + 1;
        }
    }

    /// <summary>Whether a line in the span opens with anything but a lower-case word: another item, not the sentence wrapped.</summary>
    static bool StartsAnotherLine(ReadOnlySpan<char> span)
    {
        for (int nl = span.IndexOf('\n'); nl >= 0; nl = span[(nl + 1)..].IndexOf('\n') is int next and >= 0 ? nl + 1 + next : -1)
        {
            var line = span[(nl + 1)..].TrimStart(" \t\r");
            if (!line.IsEmpty && !char.IsLower(line[0])) return true;
        }
        return false;
    }

    /// <summary>How far past the phrase a dash's note may end its sentence: two wrapped lines (Fresh171, t09's is 122 characters on).</summary>
    const int DashNoteReach = 200;

    static readonly System.Buffers.SearchValues<char> SpacedDashes = System.Buffers.SearchValues.Create("-\u2013\u2014");

    /// <summary>Whether the note is one of <see cref="BareHedges"/> and nothing more: its clause, or (after a comma) its line, ends there.</summary>
    static bool IsABareHedge(ReadOnlySpan<char> note, bool toTheLinesEnd)
    {
        // Asked of nearly every phrase, whose next clause mostly opens with no hedge's letter.
        if (note.IsEmpty || !BareHedgeInitials.Contains(note[0])) return false;
        foreach (var hedge in BareHedges)
        {
            if (!note.StartsWith(hedge, StringComparison.OrdinalIgnoreCase)) continue;
            var after = note[hedge.Length..].TrimStart(' ');
            // "; limited experience so far", "; beginner level for now".
            foreach (var time in (ReadOnlySpan<string>)["so far", "for now", "at present", "as yet", "yet"])
                if (after.StartsWith(time, StringComparison.OrdinalIgnoreCase) && (after.Length == time.Length || !char.IsLetter(after[time.Length])))
                {
                    after = after[time.Length..].TrimStart(' ');
                    break;
                }
            if (toTheLinesEnd) return after.IsEmpty || after[0] is '\n' or '\r' or '.';
            return after.IsEmpty || after[0] is ',' or ';' or '.' or '\n' or '\r' or ')' or '(' or '-' or '\u2013' or '\u2014';
        }
        return false;
    }

    /// <summary>
    /// Whether the words right after the phrase say it is no part of the writer's role: "crisis intervention is not part of my role"
    /// (Fresh198, t10), "... work is outside my remit", "isn't part of the job".
    /// </summary>
    static bool NotPartOfTheRoleAfter(ReadOnlySpan<char> text, int phraseEnd)
    {
        var rest = text[phraseEnd..Math.Min(text.Length, phraseEnd + NotMyRoleReach)].TrimStart(' ');
        // Asked of every phrase: most go on with no "is" or "are" at all. By the first two letters, as "work " and every verb
        // below start with one of four pairs ("in", "with" and "and" got past the first letter alone).
        if (rest.Length < 3 || ((rest[0] | 0x20), (rest[1] | 0x20)) is not (('i', 's') or ('a', 'r') or ('f', 'a') or ('w', 'o') or ('w', 'a'))) return false;
        if (rest.StartsWith("work ", StringComparison.OrdinalIgnoreCase)) rest = rest["work ".Length..];
        if (!IsAnOutOfTheRoleVerb(FirstWord(rest))) return false;
        foreach (var denial in (ReadOnlySpan<string>)["is not part of my ", "isn't part of my ", "isn\u2019t part of my ", "are not part of my ",
            "is not part of the role", "is not part of the job", "is not part of this role", "is not within my ", "is outside my ",
            "falls outside my ", "is not in my remit", "is not in my role", "is not my role", "is not something i do",
            // "treatment planning is not my job, though I give my notes to the case workers" (Fresh253, t11).
            "is not my job", "isn't my job", "isn\u2019t my job", "are not my job", "is not my responsibility", "isn't my responsibility",
            "isn\u2019t my responsibility", "was not my job", "wasn't my job", "wasn\u2019t my job", "was never my job", "is never my job",
            // Anyone's: "Out-of-hours crisis intervention isn't something the service provides" (Fresh254, t01).
            "isn't something the service provides", "isn't something the service offers", "isn't something we provide",
            "isn't something we offer", "isn't something we do", "isn't something i do", "isn\u2019t something the service provides",
            "isn\u2019t something we offer", "isn\u2019t something we do", "isn\u2019t something i do", "is not something we provide",
            "is not something we offer", "is not something we do", "is not something the service provides"])
            if (rest.StartsWith(denial, StringComparison.OrdinalIgnoreCase))
                // A share denied is no denial: "is not my job alone", "not my job title, but I supervise two trainees" (a review); nor
                // a correction: "Rapport is not my job, it's the foundation of my job" (a second review).
                return (!denial.EndsWith("job", StringComparison.Ordinal) && !denial.EndsWith("responsibility", StringComparison.Ordinal)
                    || !NextWordIs(rest[denial.Length..], ["alone", "title", "description", "only", "solely", "by"])
                    && !CorrectedAfter(rest[denial.Length..]))
                    // Nor a denial narrowed or turned: "is not my job to arrange; the service provides it", "isn't something we offer
                    // to couples, only to individuals", "was not my job at first, but I now lead the training" (a third review).
                    && !NarrowedAfter(rest[denial.Length..]);
        return false;
    }

    const int NotMyRoleReach = 40;

    static bool NarrowedAfter(ReadOnlySpan<char> rest)
    {
        return NextWordIs(rest, ["to", "until"]) || Clauses.SentenceFrom(rest, 0, rest.Length).IndexOfAny(NarrowingWords) >= 0;
    }

    static readonly System.Buffers.SearchValues<string> NarrowingWords = System.Buffers.SearchValues.Create(
        [" only", " but ", "so i ", "at first", "privately", "any more", "anymore"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a correction follows a denial: ", it's my calling", ", it is the foundation of ...".</summary>
    static bool CorrectedAfter(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(" \t");
        if (rest.IsEmpty || rest[0] is not (',' or ';' or '\u2013' or '\u2014' or '-')) return false;
        rest = rest[1..].TrimStart(" \t");
        return rest.StartsWith("it's", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("it\u2019s", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("it is", StringComparison.OrdinalIgnoreCase);
    }

    static bool NextWordIs(ReadOnlySpan<char> rest, ReadOnlySpan<string> words)
    {
        rest = rest.TrimStart(" \t\r\n");
        int end = 0;
        while (end < rest.Length && char.IsLetter(rest[end])) end++;
        foreach (var word in words)
            if (rest[..end].Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether the word is the first of the denials <see cref="NotPartOfTheRoleAfter"/> reads: "is", "isn't", "are", "falls". By its
    /// length first, as most phrases go on with "and", "in" or "with": cheaper than a case-insensitive hash.
    /// </summary>
    static bool IsAnOutOfTheRoleVerb(ReadOnlySpan<char> word) => word.Length switch
    {
        2 => word.Equals("is", StringComparison.OrdinalIgnoreCase),
        3 => word.Equals("are", StringComparison.OrdinalIgnoreCase) || word.Equals("was", StringComparison.OrdinalIgnoreCase),
        6 => word.Equals("wasn't", StringComparison.OrdinalIgnoreCase) || word.Equals("wasn\u2019t", StringComparison.OrdinalIgnoreCase),
        5 => word.Equals("isn't", StringComparison.OrdinalIgnoreCase) || word.Equals("isn\u2019t", StringComparison.OrdinalIgnoreCase)
            || word.Equals("falls", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>
    /// Whether the phrase stands alone on its line, as a LinkedIn skill does, and the line under it denies it: "Motivational
    /// Interviewing" over "Not yet trained - registered for MINT intro workshop, spring 2027" (Fresh226, t03).
    /// </summary>
    static bool DeniedOnTheLineUnder(ReadOnlySpan<char> text, PhraseHit phrase)
    {
        int end = phrase.Start + phrase.Length;
        // Nothing but white space from the line's start to the phrase, and from it to the line's end: a phrase may wrap across
        // lines. Asked of every phrase, most of which have a word right before them: read back from the phrase first.
        for (int i = phrase.Start - 1, low = Math.Max(0, phrase.Start - Clauses.MaxReach); i >= low && text[i] != '\n'; i--)
            if (!char.IsWhiteSpace(text[i])) return false;
        int lineEnd = Clauses.LineAround(text, end).End;
        if (lineEnd >= text.Length || !text[end..lineEnd].IsWhiteSpace()) return false;
        var (belowStart, belowEnd) = Clauses.LineAround(text, lineEnd + 1);
        var below = text[belowStart..belowEnd].TrimStart(" \t");
        foreach (var denial in (ReadOnlySpan<string>)["not yet trained", "not trained", "no training", "no formal training", "no experience",
            "not yet used", "never used", "not used"])
            if (below.StartsWith(denial, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether the phrase stands in a table row's first cell and the next cell, headed by the skill's level or experience, denies
    /// it: "Clinical supervision⇥None⇥No experience providing clinical supervision" under "Skill⇥Level⇥Note", "| Motivational
    /// interviewing | Not yet - course booked |" (Fresh234, t11: a skills-and-limits table). Under another column ("Certification",
    /// "Development gaps") "None" says nothing of the skill (a review's probes).
    /// </summary>
    static bool DeniedInTheNextCell(ReadOnlySpan<char> text, PhraseHit phrase)
    {
        int end = phrase.Start + phrase.Length;
        int cellEnd = text[end..Math.Min(text.Length, end + MaxFirstCell)].IndexOfAny(CellEnds);
        // Asked of every phrase: a cell's end a few characters on turns down nearly all.
        if (cellEnd < 0 || text[end + cellEnd] is '\r' or '\n') return false;
        var (lineStart, lineEnd) = Clauses.LineAround(text, phrase.Start);
        if (!text[lineStart..phrase.Start].TrimStart(" \t|").IsEmpty && text[lineStart..phrase.Start].IndexOfAny('\t', '|') >= 0) return false;
        // A phrase wrapped over a line break, or a line longer than a clause's reach, is no table's cell.
        if (lineEnd < end + cellEnd) return false;
        var cell = NextCell(text[(end + cellEnd)..lineEnd]).Trim(" .");
        bool denies = false;
        foreach (var denial in (ReadOnlySpan<string>)["none", "no experience", "not trained", "never", "not yet"])
            if (cell.StartsWith(denial, StringComparison.OrdinalIgnoreCase)
                && (cell.Length == denial.Length || cell[denial.Length] is ' ' && cell[(denial.Length + 1)..].TrimStart() is [('-' or '\u2013' or '\u2014' or '(' or ';'), ..]
                    || cell[denial.Length] is ',' or ';' or '(')) denies = true;
        return denies && SecondColumnRatesTheSkill(text, lineStart);
    }

    const int MaxFirstCell = 60;

    /// <summary>The cell that starts past the tabs, bars and spaces opening <paramref name="cells"/>, up to the next tab or bar.</summary>
    static ReadOnlySpan<char> NextCell(ReadOnlySpan<char> cells)
    {
        cells = cells.TrimStart(" \t|");
        int next = cells.IndexOfAny('\t', '|');
        return next >= 0 ? cells[..next] : cells;
    }

    static readonly System.Buffers.SearchValues<char> CellEnds = System.Buffers.SearchValues.Create("\t|\r\n");

    /// <summary>Whether the table's head, the first of the rows above the line, names the skill's level or experience in its second column.</summary>
    static bool SecondColumnRatesTheSkill(ReadOnlySpan<char> text, int lineStart)
    {
        const int MaxRowsUp = 20;
        int head = lineStart;
        for (int rows = 0; rows < MaxRowsUp && head > 0; rows++)
        {
            var (above, aboveEnd) = Clauses.LineAround(text, head - 1);
            if (text[above..aboveEnd].IndexOfAny('\t', '|') < 0) break;
            head = above;
        }
        if (head == lineStart) return false;
        var row = text[head..Clauses.LineAround(text, head).End].TrimStart(" \t|");
        int first = row.IndexOfAny('\t', '|');
        if (first < 0) return false;
        var column = NextCell(row[first..]).Trim();
        foreach (var rating in (ReadOnlySpan<string>)["level", "experience", "proficiency", "status", "used", "trained", "training", "competence"])
            if (column.Contains(rating, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether the phrase's line says it was tried before the phrase: "Tried the ...", "We trialled the ...", "Piloted the ...".</summary>
    static bool TriedOnItsLine(ReadOnlySpan<char> text, int phraseEnd)
    {
        int lineStart = text[..phraseEnd].LastIndexOf('\n') + 1;
        var before = text[lineStart..phraseEnd];
        foreach (var tried in (ReadOnlySpan<string>)["tried ", "trialled ", "trialed ", "piloted "])
            if (before.Contains(tried, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static readonly System.Buffers.SearchValues<char> BareHedgeInitials = System.Buffers.SearchValues.Create("ELMBWSNITelmbwsnit");

    static readonly string[] BareHedges =
        ["early days", "limited practice", "limited experience", "limited exposure", "little practice", "little experience",
            "minimal experience", "basic working knowledge", "working knowledge", "basic knowledge", "basic understanding",
            "some exposure", "some experience", "exposure only", "not yet confident", "still learning", "still developing",
            "beginner level", "beginner", "novice", "introductory level", "basic level",
            // After a dash that ends the sentence: "... to see whether it adds anything - still experimenting" (a review of session 39).
            "still experimenting", "too early to say", "too early to tell", "early days yet"];

    /// <summary>How far past the phrase a hedge of it by a pronoun is read (<see cref="HedgedOfItAfter"/>).</summary>
    const int ItsHedgeReach = 120;

    /// <summary>How far into a parenthesis after a phrase a hedge may start: "motivational interviewing (introductory training)".</summary>
    const int ParenthesisReach = 3;

    /// <summary>A hedge or aspiration in parentheses right after the phrase qualifies it, as a cue before it would.</summary>
    static string? HedgeInParentheses(ReadOnlySpan<char> text, PhraseHit phrase, ScoringDictionary dictionary, List<PhraseHit> cueHits)
    {
        int open = phrase.Start + phrase.Length;
        while (open < text.Length && text[open] is ' ' or '\t') open++;
        if (open >= text.Length || text[open] != '(') return null;
        int close = text[open..Math.Min(text.Length, open + 80)].IndexOf(')');
        if (close < 0) return null;
        close += open;
        for (int h = LastEndingBy(cueHits, open) + 1; h < cueHits.Count && cueHits[h].Start + cueHits[h].Length <= close; h++)
        {
            var hit = cueHits[h];
            if (hit.Start <= open || hit.Start + hit.Length > close) continue;
            if (WordsBetween(text, open, hit.Start, ParenthesisReach + 1) >= ParenthesisReach) continue;
            var cue = Cues[dictionary.PatternOf(hit.PatternId).Item];
            // "(some clients ...)": an adjacent cue qualifies the word after it, not the phrase before the parenthesis.
            if (cue.IsAdjacent) continue;
            if (cue.Assertion is Assertions.Hedged or Assertions.Aspirational) return cue.Assertion;
        }
        return null;
    }

    /// <summary>
    /// A skills list item's note after a dash, past a job board's duration in parentheses if any: "Working Alliance Inventory (Less
    /// than 1 year) - basic familiarity only, from a research assistant role" (Fresh40, t09, an Indeed export). A hedge or an
    /// aspiration within the note's first words qualifies the phrase, as one in parentheses does; the note ends at its line or a
    /// list's separator.
    /// </summary>
    static string? HedgeInANoteAfter(ReadOnlySpan<char> text, PhraseHit phrase, ScoringDictionary dictionary, List<PhraseHit> cueHits)
    {
        int i = phrase.Start + phrase.Length;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        int close = i < text.Length && text[i] == '(' ? text[i..Math.Min(text.Length, i + MaxDurationNote)].IndexOf(')') : -1;
        // A job board's duration: "(Less than 1 year)".
        if (close >= 0 && text.Slice(i, close).Contains("year", StringComparison.OrdinalIgnoreCase))
        {
            i += close + 1;
            while (i < text.Length && text[i] is ' ' or '\t') i++;
        }
        else if (i < text.Length && text[i] == '(') i = CoursesNoteAfter(text, i);
        if (i < 0 || i >= text.Length || text[i] is not ('-' or '\u2013' or '\u2014' or ':')) return null;
        int noteStart = i + 1;
        int noteEnd = noteStart;
        while (noteEnd < text.Length && text[noteEnd] is not ('\n' or '\r' or ';' or '|' or '\u2022')) noteEnd++;
        // A course named as a first taste in the note's first words: "Motivational Interviewing - online introduction (Udemy,
        // 2024)" (Fresh53, t09), "- taster session". Not with a higher level beside it.
        if (IntroductionEnd(text[noteStart..noteEnd]) is int introEnd and >= 0 && !NamesAHigherLevelBeside(text[(noteStart + introEnd)..noteEnd])
            // Not one the writer gives or wrote: "intro workshops delivered to 400 staff", "an introduction for school counsellors"
            // (a book's title): an independent review.
            && text[noteStart..noteEnd].IndexOfAny(GivenNotTaken) < 0) return Assertions.Hedged;
        for (int h = LastEndingBy(cueHits, noteStart) + 1; h < cueHits.Count && cueHits[h].Start < noteEnd; h++)
        {
            var hit = cueHits[h];
            if (hit.Start < noteStart || hit.Start + hit.Length > noteEnd) continue;
            if (WordsBetween(text, noteStart, hit.Start, ParenthesisReach + 1) >= ParenthesisReach) break;
            var cue = Cues[dictionary.PatternOf(hit.PatternId).Item];
            if (cue.IsAdjacent) continue;
            // A level's words, not work's: "(5 years) - observed and coached 6 LPC associates", "- introduced to our clinic by me"
            // tell what the writer did (a second review).
            if (cue.Assertion == Assertions.Hedged && cue.Text.AsSpan().IndexOfAny(SkillLevelHedges) < 0) continue;
            // A course's levels passed, the higher named too: "Motivational Interviewing - Introductory + Intermediate (2020)".
            if (cue.Assertion == Assertions.Hedged && NamesAHigherLevelBeside(text[(hit.Start + hit.Length)..noteEnd])) return null;
            if (cue.Assertion is Assertions.Hedged or Assertions.Aspirational) return cue.Assertion;
        }
        return null;
    }

    /// <summary>
    /// Where a course's note starts after its particulars: "Basic course in motivational interviewing (online, 1 day), 2025 - not yet
    /// used much" (Fresh47, t12), "Motivational interviewing (online, 8 hours), 2024 - still to use it regularly". A parenthesis
    /// and a year on the phrase's line, then a dash; -1 when anything else stands between.
    /// </summary>
    /// <remarks>
    /// Not words after the phrase ("Motivational Interviewing basics (online, 8 hours), 2024 - still to use it", Fresh44, t12):
    /// read so, the tuning set's peer specialist's "Motivational interviewing basics (8 hours), 2025 — still practising" is hedged
    /// too, rightly, and his score falls from 36 to 34, under the moderate band his label gives, with the tuning set's bands then
    /// under their gate (21 of 27). Left for the team's question on the bands.
    /// </remarks>
    /// <param name="from">Just past the phrase and its spaces, at an opening parenthesis.</param>
    static int CoursesNoteAfter(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length || text[from] != '(') return -1;
        int close = text[from..Math.Min(text.Length, from + MaxCourseParticulars)].IndexOfAny(')', '\n');
        if (close < 0 || text[from + close] != ')') return -1;
        int i = from + close + 1;
        // ", 2025" or " 2025" after the parenthesis.
        int year = i;
        while (year < text.Length && text[year] is ',' or ' ') year++;
        if (year + 4 <= text.Length && char.IsAsciiDigit(text[year]) && char.IsAsciiDigit(text[year + 1]) && char.IsAsciiDigit(text[year + 2])
            && char.IsAsciiDigit(text[year + 3])) i = year + 4;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i < text.Length && text[i] is '-' or '\u2013' or '\u2014' ? i : -1;
    }

    /// <summary>How long a course's particulars in parentheses may be (<see cref="CoursesNoteAfter"/>).</summary>
    const int MaxCourseParticulars = 40;

    /// <summary>Where the word ends among a note's first three that names an introductory course ("introduction", "intro", "taster"); -1 if none does.</summary>
    static int IntroductionEnd(ReadOnlySpan<char> note)
    {
        Span<Range> words = stackalloc Range[3];
        int count = Words.After(note, 0, note.Length, words);
        for (int w = 0; w < count; w++)
            if (IntroductionLookup.Contains(note[words[w]])) return words[w].End.Value;
        return -1;
    }

    static readonly System.Buffers.SearchValues<string> GivenNotTaken = System.Buffers.SearchValues.Create(
        ["deliver", "facilitat", "trainer", "taught", "teach", "author", "wrote", "written", "publish", "book", "chapter", " for ",
            " run ", " ran "], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IntroductionLookup = new HashSet<string>(
        ["introduction", "intro", "taster"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly System.Buffers.SearchValues<string> SkillLevelHedges = System.Buffers.SearchValues.Create(
        ["basic", "some", "limited", "familiar", "exposure", "exposed", "beginner", "introductory", "minimal", "little", "still",
            "new to", "awareness", "aware", "theoretical", "academic", "general", "working knowledge", "learning"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The longest job board's duration note after a skill: "(Less than 1 year)", "(10+ years)".</summary>
    const int MaxDurationNote = 24;

    /// <summary>
    /// A screening question an application form exports with its answer ("Q: Clinical supervision of others? A: No"): the phrase
    /// asked about and answered no ("No", "Not yet", "None") is denied (Fresh18, t04). Only on a form's labelled question and
    /// answer asking whether the writer has the phrase: the phrase starts the question or follows "Do you have", "Experience
    /// with" and the like, and a few words at most follow it. A summary's rhetorical question, a talk's title, a no to a need
    /// ("Would you need training to use ...?"), to "the only approach", "a new focus" or "besides", and a later question on
    /// the same line ("Q: Willing to relocate? A: No") deny nothing (two independent reviews). A yes, or any other answer,
    /// leaves it to the cues.
    /// </summary>
    static bool AnsweredNo(ReadOnlySpan<char> text, ReadOnlySpan<char> lineBefore, PhraseHit phrase)
    {
        var asked = lineBefore;
        if (!AfterLabel(ref asked, "Q:") && !AfterLabel(ref asked, "Question:")) return false;
        var rest = text[(phrase.Start + phrase.Length)..];
        // The mark and the answer follow within a form's line.
        if (rest.Length > 2 * MaxLabelReach) rest = rest[..(2 * MaxLabelReach)];
        int lineEnd = rest.IndexOfAny('\n', '\r');
        if (lineEnd >= 0) rest = rest[..lineEnd];
        int question = rest.IndexOf('?');
        if (question < 0) return false;
        var after = rest[..question];
        // The question's own mark: not one past another question's label on a line extracted whole.
        if (after.Contains("Q:", StringComparison.OrdinalIgnoreCase) || ExperienceReader.WordsOfLetters(after) > MaxWordsAfterAskedPhrase) return false;
        if (!AsksWhetherTheWriterHasIt(asked, after)) return false;
        var answer = rest[(question + 1)..].TrimStart();
        if (!AfterLabel(ref answer, "A:") && !AfterLabel(ref answer, "Answer:")) return false;
        int word = 0;
        while (word < answer.Length && char.IsLetter(answer[word])) word++;
        return NoAnswerLookup.Contains(answer[..word]);
    }

    /// <summary>How far back a line's label or a form's question may start before the phrase: a few words.</summary>
    const int MaxLabelReach = 64;

    /// <summary>
    /// The phrase's line before it, from its first word, when the line starts at most <see cref="MaxLabelReach"/> back and a
    /// colon stands in that reach; false otherwise. Bounded, so a text pasted as one long line costs each phrase no walk back to its start.
    /// </summary>
    static bool LineBefore(ReadOnlySpan<char> text, int position, out ReadOnlySpan<char> lineBefore)
    {
        int from = Math.Max(0, position - MaxLabelReach);
        lineBefore = [];
        // A question's or a label's colon stands before the phrase, or neither reading has anything to read.
        if (text[from..position].IndexOf(':') < 0) return false;
        int newline = text[from..position].LastIndexOf('\n');
        if (newline < 0 && from > 0) return false;
        lineBefore = text[(newline < 0 ? from : from + newline + 1)..position].TrimStart();
        return true;
    }

    /// <summary>
    /// An application's screening question exported without labels, its answer after it on the line: "Are you able to provide
    /// clinical supervision to students or LADC candidates? - No." (Fresh41, t10). The question opens its line asking the writer
    /// ("Are you", "Do you", "Have you") whether they have the phrase (<see cref="AsksWhetherTheWriterHasIt"/>), the phrase's few
    /// words close it, and the answer is a bare no.
    /// </summary>
    static bool AnsweredNoOnItsLine(ReadOnlySpan<char> text, PhraseHit phrase)
    {
        // The question opens its line a few words before the phrase: looked for that far back only, as a text pasted as one line
        // would otherwise be searched back to its start for every phrase.
        int from = Math.Max(0, phrase.Start - MaxLabelReach - 8);
        int newline = text[from..phrase.Start].LastIndexOf('\n');
        if (newline < 0 && from > 0) return false;
        int lineStart = newline < 0 ? from : from + newline + 1;
        var before = text[lineStart..phrase.Start].TrimStart(" \t-*\u2022");
        // Every opener below starts with one of these pairs of letters: most lines are turned down here, before any comparison.
        if (before.Length < 2 || before.Length > MaxLabelReach
            || (before[0], before[1] | 0x20) is not (('A', 'r') or ('D', 'o') or ('H', 'a') or ('C', 'a') or ('D', 'i'))) return false;
        // A question put to the writer, as a form asks it; "Measured the therapeutic alliance with clients? No." in prose is no
        // form's (an earlier review kept it a claim).
        bool asked = false;
        foreach (var opener in (ReadOnlySpan<string>)["are you ", "do you ", "have you ", "can you ", "did you "])
            asked |= before.StartsWith(opener, StringComparison.OrdinalIgnoreCase);
        if (!asked) return false;
        var rest = text[(phrase.Start + phrase.Length)..];
        int lineEnd = rest.IndexOfAny('\n', '\r');
        if (lineEnd >= 0) rest = rest[..lineEnd];
        int question = rest.IndexOf('?');
        if (question < 0) return false;
        var after = rest[..question];
        if (ExperienceReader.WordsOfLetters(after) > MaxWordsAfterAskedPhrase || !AsksWhetherTheWriterHasIt(before, after)) return false;
        var answer = rest[(question + 1)..].TrimStart(" \t-:\u2013\u2014");
        return answer.StartsWith("no", StringComparison.OrdinalIgnoreCase) && (answer.Length == 2 || !char.IsLetter(answer[2]));
    }

    /// <summary>"Clinical supervision of others?", "Motivational interviewing used in your current role?": a few words at most.</summary>
    const int MaxWordsAfterAskedPhrase = 6;

    /// <summary>
    /// Whether a form's question asks plainly whether the writer has the phrase: the phrase starts it ("Q: Clinical supervision of
    /// others?") or one of a closed list of openings stands before it ("Do you use", "Have you ever used", "Are you trained in",
    /// "Experience with"); no number stands in it and nothing after the phrase narrows it ("with every client", "limited to group
    /// settings", "2+ years of"). Four independent reviews found a "No" to a need, a complaint, a sanction, a count of years, "the
    /// only approach" or "a new focus" read as a denial whenever the question was read more loosely.
    /// </summary>
    static bool AsksWhetherTheWriterHasIt(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        before = before.TrimEnd();
        if (before.ContainsAnyInRange('0', '9') || after.ContainsAnyInRange('0', '9')) return false;
        Span<char> folded = before.Length <= 64 ? stackalloc char[before.Length] : new char[before.Length];
        var frame = folded[..before.ToLowerInvariant(folded)];
        // "Do you track the ...": an article before the phrase is no part of the frame.
        foreach (var article in (ReadOnlySpan<string>)[" the", " a", " an"])
            if (frame.EndsWith(article, StringComparison.Ordinal)) { frame = frame[..^article.Length]; break; }
        if (!AskingFrameLookup.Contains(frame)) return false;
        for (int i = 0; i < after.Length;)
        {
            if (!char.IsLetter(after[i])) { i++; continue; }
            int start = i;
            while (i < after.Length && char.IsLetter(after[i])) i++;
            // A credential's initials name whom it is for: "to students or LADC candidates".
            if (i - start <= 6 && !after[start..i].ContainsAnyInRange('a', 'z')) continue;
            if (!PlainQuestionTailLookup.Contains(after[start..i])) return false;
        }
        return true;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AskingFrameLookup = new HashSet<string>(
        ["", "do you have", "do you use", "do you practice", "do you provide", "do you offer", "do you track", "do you measure",
         "do you currently provide", "do you currently use", "do you currently practice", "have you used", "have you ever used",
         "have you provided", "have you ever provided", "have you practiced", "are you trained in", "have you been trained in",
         "have you received training in", "any experience with", "any experience in", "experience with", "experience in",
         "trained in", "training in", "do you have experience with", "do you have experience in", "do you have training in",
         "do you have formal training in", "familiar with", "are you familiar with", "used", "provided", "practiced", "measured",
         "tracked", "delivered", "offered", "what is your experience with", "what is your experience in", "how many years of",
         "how much experience do you have with", "how much experience do you have in", "are you able to provide",
         "can you provide", "are you qualified to provide", "are you currently providing", "do you currently offer"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What may follow the phrase in a plain question: "of others", "experience", "used in your current role".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlainQuestionTailLookup = new HashSet<string>(
        ["of", "others", "experience", "skills", "training", "used", "in", "your", "current", "role", "practice", "measures",
         "inventory", "techniques", "approach", "with", "clients", "do", "you", "have", "to", "pre", "licensed", "clinicians",
         "staff", "interns", "students", "counselors", "counsellors", "or", "and", "candidates", "supervisees", "trainees",
         "associates"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A skills matrix's low rating right after the phrase, the whole of its item: "Motivational interviewing (basic)",
    /// "Motivational interviewing: novice", "Motivational interviewing – in training". A beginner's level is a hedge, as
    /// "beginner" in a sentence is; "intermediate", "advanced" and "expert" claim the skill.
    /// </summary>
    static bool RatedLow(ReadOnlySpan<char> text, PhraseHit phrase)
    {
        int i = phrase.Start + phrase.Length;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        if (i >= text.Length || !OpensANote(text[i])) return false;
        i++;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        foreach (var rating in LowRatings)
        {
            if (!text[i..].StartsWith(rating, StringComparison.OrdinalIgnoreCase)) continue;
            int end = i + rating.Length;
            while (end < text.Length && text[end] is ' ' or '\t') end++;
            // The rating ends its item: "basic counseling skills" after a dash is another item's words.
            // Nor before a comma: "developing, maintaining and repairing it" lists work done (an independent review).
            if (end == text.Length || text[end] is ')' or ';' or '|' or '.' or '\r' or '\n')
                // "– Basic | Advanced | Training of New Trainers": levels passed, the highest named after (an independent review).
                return !NamesAHigherLevel(text[end..Math.Min(text.Length, end + 120)]);
        }
        return false;
    }

    /// <summary>
    /// Training listed before it is done: a note right after the phrase and its training's word, in parentheses or after a dash
    /// or colon, with the year it comes in ("Motivational interviewing certification (expected 2027)", "training (registered for
    /// March 2027)", "– course begins January 2027") is aspirational, and one that says it is underway and ends there ("(in
    /// progress)", "– currently enrolled") a hedge; so is a line labelled "Upcoming:", "Planned:", "Pending:" or "In progress:",
    /// up to its next label or semicolon. Read as done, a course not yet taken counted as training had. Supervision "(scheduled
    /// weekly)", "planned discharges" and "expected 60%, achieved 78%" are work done (an independent review).
    /// </summary>
    /// <param name="lineBefore">The phrase's line before it (<see cref="LineBefore"/>), or nothing when it starts far back.</param>
    static string? TrainingNotYetDone(ReadOnlySpan<char> text, ReadOnlySpan<char> lineBefore, PhraseHit phrase)
    {
        // Asked of every phrase: the labels are looked for only on a line that starts with a label ("Upcoming:" and the like).
        int colon = lineBefore.Length > MaxNotYetLabel ? lineBefore[..MaxNotYetLabel].IndexOf(':') : lineBefore.IndexOf(':');
        if (colon > 0)
            foreach (var (marker, assertion) in NotYetLabels)
                if (marker.Length == colon + 1 && lineBefore.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
                    return lineBefore[marker.Length..].IndexOfAny(";:|.,") < 0 ? assertion : null;
        if (PlanLabelEnd(lineBefore) is int planEnd and > 0) return lineBefore[planEnd..].IndexOfAny(";:|.") < 0 ? Assertions.Aspirational : null;
        int i = phrase.Start + phrase.Length;
        bool namesTraining = false;
        // The training's own word may stand between: "Motivational interviewing certification (expected 2027)".
        for (int words = 0; words <= 2; words++)
        {
            while (i < text.Length && text[i] is ' ' or '\t') i++;
            if (i >= text.Length) return null;
            if (OpensANote(text[i])) break;
            // Most phrases go on with a word that names no training: told by its first letter before it is read.
            if (words == 2 || (text[i] | 0x20) is not ('t' or 'c' or 'w' or 'i' or 'p')) return null;
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            // The shortest training's word is "course": a shorter one is turned down before the case-insensitive look-up.
            if (i - start < 6 || !TrainingWordLookup.Contains(text[start..i])) return null;
            namesTraining = true;
        }
        i++;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        foreach (var (marker, assertion) in NotYetNotes)
        {
            if (!text[i..].StartsWith(marker, StringComparison.OrdinalIgnoreCase)) continue;
            int end = i + marker.Length;
            if (end < text.Length && char.IsLetter(text[end])) continue;
            if (assertion == Assertions.Hedged)
            {
                // Underway, and nothing more said: "(in progress)".
                while (end < text.Length && text[end] is ' ' or '\t') end++;
                if (end == text.Length || text[end] is ')' or ';' or '.' or '\r' or '\n') return assertion;
                continue;
            }
            bool trainingNamed = namesTraining || marker.StartsWith("course", StringComparison.Ordinal);
            var following = text[end..Math.Min(text.Length, end + 40)];
            int lineBreak = following.IndexOfAny('\r', '\n');
            if (lineBreak >= 0) following = following[..lineBreak];
            if (trainingNamed && ExperienceReader.HasYear(following)) return assertion;
        }
        return null;
    }

    /// <summary>
    /// Just past a line's label of a plan for a time to come ("Plan for 2027:", "Goals for next year:"), or 0: its words are
    /// aims, not work done (Fresh30, t11: "Plan for 2027: introduce measurement-based care"). A plan written for a client starts
    /// with whose plan it is ("Treatment plan for 2025:") and is no label of the writer's aims.
    /// </summary>
    static int PlanLabelEnd(ReadOnlySpan<char> line)
    {
        if (line.Length < 9 || (line[0] | 0x20) is not ('p' or 'g' or 'a' or 'o' or 'd' or 'c' or 'l') && !char.IsAsciiDigit(line[0])) return 0;
        int colon = line[..Math.Min(line.Length, MaxPlanLabel)].IndexOf(':');
        if (colon < 0) return 0;
        var label = line[..colon].TrimEnd();
        // "2027 goals:" (an independent review): a year to come, then the plan's word.
        if (label.Length > 5 && ExperienceReader.HasYear(label[..4]) && label[4] == ' ') return PlanWordLookup.Contains(label[5..].Trim()) ? colon + 1 : 0;
        int space = label.IndexOf(' ');
        if (space < 0) return 0;
        // "Development goals for the coming year:", "Career objectives for 2027:": one word of whose plan it is, the writer's own.
        if (!PlanWordLookup.Contains(label[..space]) && OwnPlanLookup.Contains(label[..space]))
        {
            label = label[(space + 1)..].TrimStart();
            space = label.IndexOf(' ');
            if (space < 0) return 0;
        }
        if (!PlanWordLookup.Contains(label[..space])) return 0;
        var rest = label[space..].TrimStart();
        if (!rest.StartsWith("for ", StringComparison.OrdinalIgnoreCase)) return 0;
        var when = rest[4..].Trim();
        return ExperienceReader.HasYear(when) || when.Equals("next year", StringComparison.OrdinalIgnoreCase)
            || when.Equals("the coming year", StringComparison.OrdinalIgnoreCase) || when.Equals("the year ahead", StringComparison.OrdinalIgnoreCase)
            ? colon + 1 : 0;
    }

    const int MaxPlanLabel = 40;

    /// <summary>
    /// Whether the phrase's paragraph stands right under a heading of the writer's plans ("Goals", "Professional goals", "Goals
    /// for 2027"): its lines are aims however far their own cue stands ("My goal is to finish the systemic qualification in 2026
    /// and to use session-by-session feedback so that I can notice earlier when the therapeutic alliance ... is slipping":
    /// Fresh35, t09). Only a few lines back, to the paragraph's first.
    /// </summary>
    /// <returns>Where the paragraph under the heading starts, or -1.</returns>
    static int UnderAPlansHeading(Page page, int position)
    {
        // Most resumes have no such heading: found once, the first, and only phrases below it walk back.
        if (position < page.FirstPlansHeadingBy(position)) return -1;
        var text = page.Resume.Span;
        int lineStart = text[..position].LastIndexOf('\n') + 1;
        for (int lines = 0; lines < MaxPlanParagraphLines && lineStart > 0; lines++)
        {
            int previousStart = text[..(lineStart - 1)].LastIndexOf('\n') + 1;
            var previous = text[previousStart..(lineStart - 1)].Trim(" \t\r:");
            if (previous.IsEmpty) return -1;
            if (IsAPlansHeading(previous)) return lineStart;
            // Another heading between ("CAREER GOALS" over a line, then "EXPERIENCE" with no blank line: a review's case).
            if (ExperienceReader.HeadingOf(previous) is not null) return -1;
            lineStart = previousStart;
        }
        return -1;
    }

    const int MaxPlanParagraphLines = 8;

    /// <summary>
    /// Whether the line text[start..end) is a plans heading (<see cref="IsAPlansHeading"/>) that holds one of <see
    /// cref="PlanHeadingWords"/>. A heading is no longer than <see cref="MaxPlanLabel"/>, so a line is turned down by its length
    /// first: most are a sentence or a role's, and are neither trimmed nor searched.
    /// </summary>
    static bool IsAPlansHeadingsLine(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start > MaxPlanLabel && !IsTrimmedOffAHeading(text[start]) && !IsTrimmedOffAHeading(text[end - 1])) return false;
        var heading = text[start..end].Trim(HeadingsMargin);
        // Nor is a blank line searched: the shortest of the words ("goal", "aims") has four letters.
        return heading.Length is >= 4 and <= MaxPlanLabel && heading.IndexOfAny(PlanHeadingWords) >= 0 && IsAPlansHeading(heading);
    }

    /// <summary>What a heading's line is trimmed of before it is read: its margins, a line feed's carriage return and a colon.</summary>
    const string HeadingsMargin = " \t\r:";

    /// <remarks>
    /// Asked of both ends of every long line as far as the last phrase read as claimed (some 36 a generated page): <see
    /// cref="HeadingsMargin"/>'s characters as bits, where a search of the string was a call for each.
    /// </remarks>
    static bool IsTrimmedOffAHeading(char c) => c < 64 && (HeadingsMarginBits >> c & 1) != 0;

    static readonly ulong HeadingsMarginBits = HeadingsMargin.Aggregate(0UL,
        (bits, c) => c < 64 ? bits | 1UL << c : throw new InvalidOperationException("a heading's margin character past the bits"));

    static bool IsAPlansHeading(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxPlanLabel) return false;
        // The areas the writer means to grow in: "AREAS I WANT TO DEVELOP" over "Would like to get formal training in measuring the
        // therapeutic alliance (e.g. using session feedback / forms) and in feedback-informed treatment" (Fresh114, t05: the wrapped
        // second aim read as done).
        if (DevelopmentAreasLookup.Contains(line)) return true;
        // A heading in two languages names the section in each: "Objetivos / Goals" over "After full licensure, train as an
        // approved supervisor and provide clinical supervision" (Fresh115, t11: a plan read as supervision given).
        if (line.IndexOf(" / ", StringComparison.Ordinal) is int slash and > 0)
            return IsAPlansHeading(line[..slash].TrimEnd()) || IsAPlansHeading(line[(slash + 3)..].TrimStart());
        int space = line.IndexOf(' ');
        if (space < 0) return PlanWordLookup.Contains(line) && !line.StartsWith("objective", StringComparison.OrdinalIgnoreCase);
        var first = line[..space];
        var rest = line[(space + 1)..].TrimStart();
        // "Professional goals", "Career plans"; "Goals for 2027"; "Five-Year Plan", "Future Goals" (a review's leftovers).
        // And two such words: "Professional Development Goals" (a review's probe).
        if (OwnPlanLookup.Contains(first) || IsAPlansSpan(first))
            return PlanWordLookup.Contains(rest) && !rest.StartsWith("objective", StringComparison.OrdinalIgnoreCase)
                || OwnPlanLookup.Contains(first) && rest.IndexOf(' ') > 0 && OwnPlanLookup.Contains(rest[..rest.IndexOf(' ')]) && IsAPlansHeading(rest);
        return PlanWordLookup.Contains(first) && !first.StartsWith("objective", StringComparison.OrdinalIgnoreCase)
            && rest.StartsWith("for ", StringComparison.OrdinalIgnoreCase) && ExperienceReader.HasYear(rest);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DevelopmentAreasLookup = new HashSet<string>(
        ["areas i want to develop", "areas i would like to develop", "areas to develop", "areas for development", "development areas",
            "areas for growth", "growth areas"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How far ahead the writer's plans look: "Five-Year", "5-year", "Future".</summary>
    static bool IsAPlansSpan(ReadOnlySpan<char> word)
    {
        if (word.Equals("future", StringComparison.OrdinalIgnoreCase)) return true;
        int dash = word.IndexOf('-');
        if (dash <= 0 || !word[(dash + 1)..].Equals("year", StringComparison.OrdinalIgnoreCase)) return false;
        var count = word[..dash];
        if (count.Length <= 2 && !count.ContainsAnyExceptInRange('0', '9')) return true;
        foreach (var number in (ReadOnlySpan<string>)["one", "two", "three", "five", "ten"])
            if (count.Equals(number, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanWordLookup = new HashSet<string>(
        ["plan", "plans", "goal", "goals", "aim", "aims", "objective", "objectives"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that make a plan the writer's own career's, not a client's ("treatment", "care", "service" plans are).</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnPlanLookup = new HashSet<string>(
        ["development", "professional", "personal", "career", "learning"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest of <see cref="NotYetLabels"/>, its colon included.</summary>
    const int MaxNotYetLabel = 14;

    static readonly (string Marker, string Assertion)[] NotYetLabels =
    [
        ("upcoming:", Assertions.Aspirational), ("planned:", Assertions.Aspirational), ("pending:", Assertions.Aspirational),
        ("scheduled:", Assertions.Aspirational), ("in progress:", Assertions.Hedged),
        // "Still to come: Assessment; Treatment Planning and Case Conceptualization (winter 2027)" (Fresh29, t04).
        // Not "to come:" alone: "the weeks / to come: building the alliance" wraps a sentence (a review).
        ("still to come:", Assertions.Aspirational),
    ];

    static readonly (string Marker, string Assertion)[] NotYetNotes =
    [
        ("expected", Assertions.Aspirational), ("anticipated", Assertions.Aspirational), ("registered for", Assertions.Aspirational),
        ("enrolled for", Assertions.Aspirational), ("scheduled for", Assertions.Aspirational), ("planned for", Assertions.Aspirational),
        ("upcoming", Assertions.Aspirational), ("pending", Assertions.Aspirational), ("course begins", Assertions.Aspirational),
        ("in progress", Assertions.Hedged), ("currently enrolled", Assertions.Hedged),
    ];

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrainingWordLookup = new HashSet<string>(
        ["training", "certification", "certificate", "course", "workshop", "intensive", "program", "programme", "credential"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static bool NamesAHigherLevel(ReadOnlySpan<char> rest)
    {
        int lineEnd = rest.IndexOfAny('\r', '\n');
        if (lineEnd >= 0) rest = rest[..lineEnd];
        foreach (var level in (ReadOnlySpan<string>)["advanced", "intermediate", "expert", "proficient", "trainer", "instructor"])
            if (rest.Contains(level, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether a higher level is joined right after a low one, as a course's levels are listed ("Introductory + Intermediate",
    /// "Introductory and Advanced", "Beginner and Practitioner levels", "Introductory + Level 2 Practitioner"). Anywhere in the
    /// clause was too far: "not yet proficient", "run by an advanced practitioner" and "coaching from a MINT trainer" say nothing
    /// of the writer's level (an independent review).
    /// </summary>
    static bool NamesAHigherLevelBeside(ReadOnlySpan<char> rest)
    {
        // Levels listed one after another, each with its year perhaps: "Introductory (2019), Advanced (2021)", "Introductory,
        // Intermediate and Advanced", "Beginner to Advanced" (a second review).
        for (int step = 0; step < 3; step++)
        {
            rest = rest.TrimStart(" \t");
            if (rest.StartsWith("(") && rest.IndexOf(')') is int close and > 0 and < 12) rest = rest[(close + 1)..].TrimStart(" \t");
            if (rest.StartsWith("+") || rest.StartsWith("&") || rest.StartsWith("/") || rest.StartsWith(",")) rest = rest[1..];
            else if (rest.StartsWith("and ", StringComparison.OrdinalIgnoreCase)) rest = rest[4..];
            else if (rest.StartsWith("then ", StringComparison.OrdinalIgnoreCase)) rest = rest[5..];
            else if (rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase)) rest = rest[3..];
            else return false;
            rest = rest.TrimStart(" \t");
            foreach (var level in (ReadOnlySpan<string>)["advanced", "intermediate", "practitioner", "level 2", "level 3", "level ii", "expert"])
                if (rest.StartsWith(level, StringComparison.OrdinalIgnoreCase)) return true;
            // Past one more low level ("Introductory, Foundation and Advanced").
            int word = 0;
            while (word < rest.Length && char.IsLetter(rest[word])) word++;
            if (word == 0) return false;
            rest = rest[word..];
        }
        return false;
    }

    /// <summary>The first character from <paramref name="from"/> that is no space or tab, or '\0' at the text's end.</summary>
    static char FirstPastSpaces(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && text[from] is ' ' or '\t') from++;
        return from < text.Length ? text[from] : '\0';
    }

    /// <summary>What sets a note apart right after a phrase: a parenthesis, a colon, a dash or a pipe.</summary>
    static bool OpensANote(char c) => c is '(' or ':' or '-' or '\u2013' or '\u2014' or '|';

    static readonly string[] LowRatings =
        ["basic", "novice", "beginner", "elementary", "introductory", "foundational", "developing", "emerging", "learning", "in training",
            // A keyword block's "Motivational Interviewing (familiar)" rates itself as "familiar with" does in a sentence (Fresh25, t04).
            // "Awareness" is left out: it is a skill's own name too ("Active listening | Empathy | Awareness").
            "familiar", "some familiarity", "exposure only", "limited", "coursework only"];

    static bool AfterLabel(ref ReadOnlySpan<char> text, string label)
    {
        if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return false;
        text = text[label.Length..].TrimStart();
        return true;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoAnswerLookup = new HashSet<string>(
        ["no", "not", "none"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A phrase that labels its line qualifies itself after the label: "Feedback-Informed Treatment: no formal training yet",
    /// "Motivational interviewing – familiar with the spirit". The first cue within a few words of the colon or dash decides,
    /// as a cue before the phrase would; a contrast first ("strong, but no formal training") leaves the phrase asserted.
    /// </summary>
    static string? QualifierAfterLabel(ResumeText resume, PhraseHit phrase, ScoringDictionary dictionary, List<PhraseHit> cueHits)
    {
        var text = resume.Span;
        int end = phrase.Start + phrase.Length;
        int separator = end;
        while (separator < text.Length && text[separator] is ' ' or '\t') separator++;
        if (separator >= text.Length) return null;
        bool dash = text[separator] is '\u2013' or '\u2014' || (text[separator] == '-' && separator > end);
        if (text[separator] != ':' && !dash) return null;
        // A label starts its line or bullet: "Built the therapeutic alliance: no client left" is a sentence, not a label.
        int clauseStart = resume.ClauseStart(phrase.Start);
        foreach (char c in text[clauseStart..phrase.Start])
            if (char.IsLetterOrDigit(c)) return null;
        int clauseEnd = resume.ClauseEnd(separator);
        Span<char> lowered = stackalloc char[MaxLoweredWord];
        for (int h = LastEndingBy(cueHits, separator + 1) + 1; h < cueHits.Count && cueHits[h].Start < clauseEnd; h++)
        {
            var hit = cueHits[h];
            if (hit.Start <= separator || hit.Start + hit.Length > clauseEnd || IsPartOfCompound(text, hit)) continue;
            int between = WordsBetween(text, separator + 1, hit.Start, ParenthesisReach + 1);
            if (between >= ParenthesisReach) continue;
            var cue = Cues[dictionary.PatternOf(hit.PatternId).Item];
            if (cue.Assertion == Contrast) { if (IsIdleContrast(text, cue, hit)) continue; return null; }
            if (cue.IsShort && between > 0) continue;
            // "Phrase: some clients ...": an adjacent cue qualifies the word after it, not the label.
            if (cue.IsAdjacent) continue;
            if (cue.Text == "not" && NotNegatingLookup.Contains(NextWord(text, hit.Start + hit.Length, clauseEnd, lowered))) continue;
            if (cue.Assertion == Assertions.Negated && DeniesOfOthers(text, hit.Start)) continue;
            // A course's levels, the first of them introductory: "Motivational Interviewing - Introductory + Intermediate
            // (2020)" claims the higher one (Fresh33, t02), as a skills matrix's rating does (RatedLow).
            if (cue.Assertion == Assertions.Hedged && NamesAHigherLevelBeside(text[(hit.Start + hit.Length)..clauseEnd])) return null;
            return cue.Assertion;
        }
        return null;
    }

    static int Precedence(Cue cue) => cue.Assertion switch
    {
        Assertions.Negated => 0,
        Assertions.Aspirational => 1,
        _ => 2,
    };

    static int LastEndingBy(List<PhraseHit> hits, int position)
    {
        // Over the list's span: asked up to three times a phrase, and the list's indexer checked its bounds twice a step.
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(hits);
        int low = 0, high = span.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            ref readonly var hit = ref span[mid];
            if (hit.Start + hit.Length <= position) low = mid + 1;
            else high = mid;
        }
        // Hits come in the matcher's order, by where they end, so this is the last one ending by the position.
        return low - 1;
    }

    /// <summary>"no-show", "non-negotiable": a hyphenated word is not the cue it starts with.</summary>
    static bool IsPartOfCompound(ReadOnlySpan<char> text, PhraseHit hit)
    {
        int end = hit.Start + hit.Length;
        bool hyphenAfter = end + 1 < text.Length && text[end] is '-' or '\u2010' or '\u2011' && CharClass.IsWordChar(text[end + 1]);
        bool hyphenBefore = hit.Start >= 2 && text[hit.Start - 1] is '-' or '\u2010' or '\u2011' && CharClass.IsWordChar(text[hit.Start - 2]);
        return hyphenAfter || hyphenBefore;
    }

    /// <summary>Words in text[from..to), counted up to <paramref name="enough"/>: past it, the exact number no longer matters.</summary>
    static int WordsBetween(ReadOnlySpan<char> text, int from, int to, int enough)
    {
        int words = 0;
        bool inWord = false;
        for (int i = from; i < to; i++)
        {
            bool word = CharClass.IsWordChar(text[i]) || (inWord && text[i] is '-' or '\'' or '\u2019' && i + 1 < to && CharClass.IsWordChar(text[i + 1]));
            if (word && !inWord && ++words >= enough) return words;
            inWord = word;
        }
        return words;
    }

    /// <param name="buffer">Where the word is lowered if need be (<see cref="Lower"/>).</param>
    static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, int from, int to, Span<char> buffer)
    {
        Span<Range> word = stackalloc Range[1];
        return Words.After(text, from, to, word) == 0 ? [] : Lower(text[word[0]], buffer);
    }
}
