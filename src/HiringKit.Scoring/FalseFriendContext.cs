namespace HiringKit.Scoring;

/// <summary>
/// False friends read from context (issue 16). A false friend that holds one of its term's phrases
/// ("rapport with customers", "client retention across accounts") rules that phrase out wherever
/// the false friend's other words stand near it in the same clause, in any order and with other
/// words between: "built rapport with key customers and channel partners" is sales rapport too. The
/// false friends stay plain phrases in the glossary, so HR edits them like any other.
/// </summary>
internal static class FalseFriendContext
{
    /// <summary>How many words from the phrase a context word may stand: "rapport with surgeons, OR staff and hospital buyers".</summary>
    public const int Reach = 8;

    /// <param name="contexts">The phrase's false friend contexts: for each, its context words, all of which must be near.</param>
    /// <param name="contextWords">[word] = where each context word occurs, in the matcher's order.</param>
    /// <param name="wordTexts">[word] = the context word as the false friend spells it.</param>
    public static bool Surrounds(ResumeText resume, PhraseHit hit, int[][] contexts, List<PhraseHit>?[] contextWords, string[] wordTexts)
    {
        if (contexts.Length == 0) return false;
        int clauseStart = -1, clauseEnd = -1;
        foreach (var words in contexts)
        {
            // A context with a word the page never has cannot hold: asked first, it spares the clause's bounds and the walks of
            // the other words' occurrences ("crisis intervention team cit course": "team" is on most pages, "cit" on few).
            if (!AllOccur(words, contextWords)) continue;
            // Once a context, not once a word: it reads every word's text against the employers' and the parties' words.
            bool employers = IsAnEmployers(words, wordTexts);
            bool party = IsAPartyBesideTheWork(words, wordTexts);
            bool all = true;
            foreach (int word in words)
            {
                var occurrences = contextWords[word]!;
                if (clauseStart < 0)
                {
                    clauseStart = resume.ClauseStart(hit.Start);
                    clauseEnd = PastAStrandedWith(resume, resume.ClauseEnd(hit.Start + hit.Length - 1));
                }
                if (!(party ? AnyOwnObject(resume.Span, occurrences, hit, clauseEnd) : AnyNear(resume.Span, occurrences, hit, clauseStart, clauseEnd, employers)))
                { all = false; break; }
            }
            if (all) return true;
        }
        return false;
    }

    static bool AllOccur(int[] words, List<PhraseHit>?[] contextWords)
    {
        foreach (int word in words)
            if (contextWords[word] is null) return false;
        return true;
    }

    /// <summary>
    /// A clause ending on "with" at a line break goes on with the next line for a false friend's context: "built rapport with"
    /// over "C-suite buyers and procurement teams" is sales rapport (a review's case). For a denial the break may end an item of
    /// an unbulleted list (<see cref="Clauses"/>); the people a phrase is practised with are on the next line either way.
    /// </summary>
    static int PastAStrandedWith(ResumeText resume, int clauseEnd)
    {
        var text = resume.Span;
        if (clauseEnd >= text.Length || text[clauseEnd] != '\n') return clauseEnd;
        var before = text[..clauseEnd].TrimEnd(" \t\r");
        return Clauses.EndsOnTheWord(before, "with") ? resume.ClauseEnd(clauseEnd + 1) : clauseEnd;
    }

    static bool AnyNear(ReadOnlySpan<char> text, List<PhraseHit> occurrences, PhraseHit hit, int clauseStart, int clauseEnd, bool employers)
    {
        int hitEnd = hit.Start + hit.Length;
        // The occurrences come by where they end: those ending by the clause's start start before it, and once one ends past the
        // clause's end all the rest do. A page's "team" is met two dozen times, and each phrase walked them all.
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(occurrences);
        int low = 0, high = span.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (span[mid].Start + span[mid].Length <= clauseStart) low = mid + 1;
            else high = mid;
        }
        foreach (var o in span[low..])
        {
            int end = o.Start + o.Length;
            if (end > clauseEnd) break;
            if (o.Start < clauseStart) continue;
            // "Employee assistance" names the trade's own setting, no employees the phrase is practised with: "rapport with clients
            // referred by the employee assistance partner" (Fresh71, t03: a psychotherapist's rapport read as an employer's).
            if (text[end..].StartsWith(" assistance", StringComparison.OrdinalIgnoreCase)) continue;
            bool near = end <= hit.Start ? WordsIn(text, end, hit.Start) < Reach
                : o.Start >= hitEnd && WordsIn(text, hitEnd, o.Start) < Reach && !(employers && NamesThePeopleServed(text[hitEnd..o.Start]));
            if (near) return true;
        }
        return false;
    }

    /// <summary>
    /// Context words naming the parties a clinician works beside, not the people served: commanders, a club's coaching staff, a
    /// project's officials, the police. A counsellor builds rapport with them too ("rapport with commanders and first sergeants
    /// through weekly command consultation", "a close working alliance with the police gender desk": Fresh245), and with her clients
    /// beside them ("rapport with soldiers and their company commanders", "rapport with battalion commanders and the crews they
    /// lead"), which anywhere near in the clause made military and humanitarian clinicians lose their own rapport (a review of
    /// session 51). Such a party rules the phrase out only as its own object (<see cref="AnyOwnObject"/>).
    /// </summary>
    static readonly string[] PartyWords = ["commanders", "commander", "coaching", "officials", "police"];

    /// <summary>Words a party's context may hold beside <see cref="PartyWords"/>: "coaching staff".</summary>
    static readonly string[] PartyNouns = ["staff"];

    /// <summary>
    /// Whether a false friend's context words (its words other than its phrase's and the stop words: ScoringDictionary.ContextsOf)
    /// are a party's alone: "commanders", "coaching staff". Not "union officials": a union's officials are labour relations'
    /// other side wherever they stand near, and stay read so.
    /// </summary>
    public static bool IsAPartysContext(IReadOnlyCollection<string> contextWords) =>
        contextWords.Count > 0 && contextWords.Any(w => Array.IndexOf(PartyWords, w) >= 0)
        && contextWords.All(w => Array.IndexOf(PartyWords, w) >= 0 || Array.IndexOf(PartyNouns, w) >= 0);

    /// <summary><see cref="IsAPartysContext"/> of a compiled context, read without a copy: it is asked of every context a phrase meets.</summary>
    static bool IsAPartyBesideTheWork(int[] words, string[] wordTexts)
    {
        bool party = false;
        foreach (int word in words)
        {
            if (Array.IndexOf(PartyWords, wordTexts[word]) >= 0) party = true;
            else if (Array.IndexOf(PartyNouns, wordTexts[word]) < 0) return false;
        }
        return party;
    }

    /// <summary>
    /// Whether an occurrence stands as the phrase's whole object, the first party named after its "with" ("rapport with the coaching
    /// staff", "working alliance with the barangay officials"), a few words on, no one named before it, and the people served
    /// neither joined after it ("with commanders and troops alike") nor named by it ("commanders' families", "police-referred
    /// clients", "police officers referred through the EAP"): a review found clinicians losing their own rapport to each.
    /// </summary>
    static bool AnyOwnObject(ReadOnlySpan<char> text, List<PhraseHit> occurrences, PhraseHit hit, int clauseEnd)
    {
        const int MaxWordsBefore = 3;
        int hitEnd = hit.Start + hit.Length;
        foreach (var o in occurrences)
        {
            if (o.Start < hitEnd) continue;
            if (o.Start + o.Length > clauseEnd) break;
            var between = text[hitEnd..o.Start].Trim(" \t");
            if (!between.StartsWith("with ", StringComparison.OrdinalIgnoreCase) && !between.Equals("with", StringComparison.OrdinalIgnoreCase)) return false;
            var named = between[4..];
            if (named.IndexOfAny(",;&/(\n") >= 0 || WordsIn(named, 0, named.Length) > MaxWordsBefore || HasWord(named, "and") || HasWord(named, "or"))
                return false;
            // Only the party's own words between: the people served and a preposition make it theirs ("victims of police violence",
            // "women referred by police", "survivors during police interviews", "children of commanders": a review).
            if (NamesThePeopleOrAPreposition(named)) return false;
            int end = o.Start + o.Length;
            // A word the party word only begins, or its people: "police-referred", "policemen", "commanders' families".
            if (end < text.Length && (CharClass.IsWordChar(text[end]) || text[end] == '-' || CharClass.Of(text[end]) == CharClass.Apostrophe)) return false;
            var after = text[end..Math.Min(text.Length, end + MaxReadAfterTheParty)];
            // The police's own people: "police officers with PTSD", "police staff and officers" are a police wellness clinician's clients.
            if (text[o.Start..end].Equals("police", StringComparison.OrdinalIgnoreCase) && ExperienceReader.FirstWord(after) is var person && PolicePeopleLookup.Contains(person))
                return false;
            return !NamesThePeopleServedAfter(after);
        }
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PolicePeopleLookup = new HashSet<string>(
        ["officers", "officer", "staff", "personnel", "families", "family", "spouses", "members", "employees", "recruits", "cadets", "colleagues"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = new HashSet<string>(
        ["of", "by", "during", "on", "in", "at", "from", "under", "alongside", "for", "among", "to", "after", "before", "through", "via"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static bool NamesThePeopleOrAPreposition(ReadOnlySpan<char> words)
    {
        for (int i = 0; i < words.Length;)
        {
            if (!CharClass.IsWordChar(words[i])) { i++; continue; }
            int end = i;
            while (end < words.Length && (CharClass.IsWordChar(words[end]) || words[end] == '-')) end++;
            if (PeopleServedLookup.Contains(words[i..end]) || PrepositionLookup.Contains(words[i..end])) return true;
            i = end;
        }
        return false;
    }

    /// <summary>How far past the party the people served are looked for: a line and its wrap.</summary>
    const int MaxReadAfterTheParty = 160;

    /// <summary>
    /// The people a counsellor serves beside the parties of <see cref="PartyWords"/>, in the trades that work beside them: soldiers
    /// and crews, players, pupils, survivors and families.
    /// </summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleServedLookup = new HashSet<string>(
    [
        "client", "clients", "consumer", "consumers", "patient", "patients", "soldier", "soldiers", "troops", "service", "members",
        "member", "veterans", "veteran", "airmen", "sailors", "marines", "guardians", "crews", "crew", "firefighters", "survivors",
        "survivor", "families", "family", "spouses", "spouse", "players", "player", "athletes", "athlete", "swimmers", "riders",
        "children", "child", "youth", "young", "students", "student", "pupils", "learners", "victims", "victim", "residents", "inmates",
        "prisoners", "offenders", "detainees", "refugees", "combatants", "ex-combatants", "beneficiaries", "couples", "parents",
        "adolescents", "teens", "teenagers", "people", "person", "men", "women", "individuals", "caregivers", "carers", "mothers",
        "fathers", "boys", "girls", "kids", "trainees", "recruits", "cadets", "personnel", "employees", "staff",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether, right after the party, the people served are named: joined to it ("commanders and troops alike", "officials and
    /// displaced families", "police / survivors", "police and with the survivors", over a line's end), or the party said to be
    /// the ones served ("police officers referred through the EAP", "commanders who fear that seeking care ..."). Read to the
    /// clause's end or a sentence's, a few words at a time.
    /// </summary>
    static bool NamesThePeopleServedAfter(ReadOnlySpan<char> after)
    {
        // A joiner's people stand within a few words of it ("and the sexual assault survivors" is at the edge): further on, the
        // words are another clause's ("coaching staff so that referrals come early, not after a player has been dropped").
        const int MaxWords = 12, MaxWordsOfTheParty = 2, MaxWordsAfterAJoiner = 3;
        bool joined = false;
        int words = 0, sinceJoiner = 0;
        for (int i = 0; i < after.Length && words < MaxWords;)
        {
            char c = after[i];
            if (c is '.' or ';' or ':' or '!' or '?') break;
            if (c is ',' or '&' or '/' or '+') { joined = true; sinceJoiner = 0; i++; continue; }
            if (!CharClass.IsWordChar(c)) { i++; continue; }
            int end = i;
            while (end < after.Length && (CharClass.IsWordChar(after[end]) || after[end] == '-')) end++;
            var word = after[i..end];
            words++;
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase)
                || word.Equals("with", StringComparison.OrdinalIgnoreCase) || word.Equals("including", StringComparison.OrdinalIgnoreCase))
                (joined, sinceJoiner) = (true, 0);
            // The party as the ones served: "officers referred by ...", "commanders who fear ...", or its people: "police officers'
            // families".
            else if (!joined && words <= MaxWordsOfTheParty + 1
                     && (PartyServedLookup.Contains(word) || end < after.Length && CharClass.Of(after[end]) == CharClass.Apostrophe)) return true;
            // A possessive names whose officers they are ("the children's officers"); a compound's last part is its person
            // ("student-athletes", "para-athletes").
            else if (joined && !(end < after.Length && CharClass.Of(after[end]) == CharClass.Apostrophe)
                     && (PeopleServedLookup.Contains(word) || word.LastIndexOf('-') is int hyphen and > 0 && PeopleServedLookup.Contains(word[(hyphen + 1)..])))
                return true;
            else if (joined && ++sinceJoiner >= MaxWordsAfterAJoiner) joined = false;
            i = end;
        }
        return false;
    }

    /// <summary>Words after a party that make it the people served: "police officers referred through the EAP", "commanders who ...".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartyServedLookup = new HashSet<string>(
        ["referred", "self-referred", "who", "seeking", "affected", "struggling", "exposed", "involved"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static bool HasWord(ReadOnlySpan<char> text, string word)
    {
        for (int from = 0, found; (found = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase)) >= 0; from += found + 1)
        {
            int at = from + found, end = at + word.Length;
            if ((at == 0 || !CharClass.IsWordChar(text[at - 1])) && (end == text.Length || !CharClass.IsWordChar(text[end]))) return true;
        }
        return false;
    }

    /// <summary>
    /// Context words that make a false friend an employer's: "rapport with employers", "rapport with hiring managers". Only
    /// there do the people served come first: a counselor's clients have employers, and a job developer meets them beside
    /// the clients. Clients beside customers, accounts or buyers are a business's (review finding 7: a customer-success
    /// summary's "rapport with clients and key accounts" went 0 -> 15).
    /// </summary>
    static readonly string[] EmployerWords = ["employer", "employers", "hiring"];

    static bool IsAnEmployers(int[] words, string[] wordTexts)
    {
        foreach (int word in words)
            if (Array.IndexOf(EmployerWords, wordTexts[word]) >= 0) return true;
        return false;
    }

    /// <summary>
    /// The people a counselor serves, as whole words: "patiently", "client-side" and "consumer-facing" name no one, so
    /// "rapport patiently with employers" leaves as "rapport quickly with employers" does.
    /// </summary>
    static readonly string[] PeopleServed = ["client", "clients", "consumer", "consumers", "patient", "patients"];

    /// <summary>
    /// Whether the words between the phrase and a context word after it name the people a counselor serves: the phrase is
    /// with them first, and the context word's people only beside them ("rapport with clients and their employers").
    /// </summary>
    static bool NamesThePeopleServed(ReadOnlySpan<char> between)
    {
        for (int i = 0; i < between.Length; i++)
        {
            if (!CharClass.IsWordChar(between[i]) || (i > 0 && (CharClass.IsWordChar(between[i - 1]) || between[i - 1] == '-'))) continue;
            int end = i;
            while (end < between.Length && CharClass.IsWordChar(between[end])) end++;
            // A hyphen joins the word to the next one: "client-side" is no client.
            if (end < between.Length && between[end] == '-') { i = end; continue; }
            foreach (var people in PeopleServed)
                if (between[i..end].Equals(people, StringComparison.OrdinalIgnoreCase)) return true;
            i = end;
        }
        return false;
    }

    static int WordsIn(ReadOnlySpan<char> text, int from, int to)
    {
        int words = 0;
        bool inWord = false;
        for (int i = from; i < to; i++)
        {
            bool word = CharClass.IsWordChar(text[i]) || (inWord && CharClass.Of(text[i]) == CharClass.Apostrophe);
            if (word && !inWord && ++words >= Reach) return words;
            inWord = word;
        }
        return words;
    }
}
