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
    /// <param name="parties">[context] = whether that context names a party beside the work, read only as the phrase's object.</param>
    /// <param name="contextWords">[word] = where each context word occurs, in the matcher's order.</param>
    /// <param name="wordTexts">[word] = the context word as the false friend spells it.</param>
    public static bool Surrounds(ResumeText resume, PhraseHit hit, int[][] contexts, bool[] parties, List<PhraseHit>?[] contextWords, string[] wordTexts)
    {
        if (contexts.Length == 0) return false;
        int clauseStart = -1, clauseEnd = -1;
        for (int c = 0; c < contexts.Length; c++)
        {
            var words = contexts[c];
            // A context with a word the page never has cannot hold: asked first, it spares the clause's bounds and the walks of
            // the other words' occurrences ("crisis intervention team cit course": "team" is on most pages, "cit" on few).
            if (!AllOccur(words, contextWords)) continue;
            // Once a context, not once a word: it reads every word's text against the employers' and the parties' words.
            bool employers = IsAnEmployers(words, wordTexts);
            bool party = parties[c];
            bool all = true;
            foreach (int word in words)
            {
                var occurrences = contextWords[word]!;
                if (clauseStart < 0)
                {
                    clauseStart = resume.ClauseStart(hit.Start);
                    clauseEnd = PastAStrandedWith(resume, resume.ClauseEnd(hit.Start + hit.Length - 1));
                }
                if (!(party ? AnyOwnObject(resume, occurrences, hit, clauseEnd) : AnyNear(resume.Span, occurrences, hit, clauseStart, clauseEnd, employers)))
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
    /// project's officials, the police (Fresh245); the doctors, nurses, teachers, pastors, managers and agencies who refer to her
    /// or fund her work (Fresh246, Fresh247). A counsellor builds rapport with them too ("rapport with the GPs and practice
    /// nurses", "a working alliance with deans, teachers and the school nurse"), and with her clients beside them ("rapport with
    /// soldiers and their company commanders", "rapport with adolescents, their parents and teachers"), which anywhere near in the
    /// clause made clinicians lose their own rapport (a review of session 51). Such a party rules the phrase out only when the
    /// phrase's whole object names parties and no one served (<see cref="AnyOwnObject"/>). Singulars and plurals alike.
    /// </summary>
    static readonly HashSet<string> PartyWords = WithInflections(
        "commanders", "coaching", "officials", "police", "consultants", "doctors", "physicians", "gps", "nurses", "providers",
        "teachers", "principals", "deans", "pastors", "clergy", "directors", "managers", "leaders", "ministry", "authorities",
        "agencies", "council", "donors", "funders", "trainers", "district",
        // The colleagues a humanitarian or hospital counsellor works through: "the interpreters", "our language mediators", "the
        // site's WASH coordinators" (Fresh252, t12, t02 and t04; Fresh250, t09): parties, so read only as the phrase's object.
        "interpreters", "mediators", "coordinators");

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartyLookup = PartyWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words a party's context may hold beside <see cref="PartyWords"/>: "coaching staff".</summary>
    static readonly string[] PartyNouns = ["staff"];

    static HashSet<string> WithInflections(params string[] words)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            set.Add(word);
            foreach (var form in Spellings.Inflections(word)) set.Add(form);
        }
        return set;
    }

    /// <summary>
    /// Whether a false friend's context words (its words other than its phrase's and the stop words: ScoringDictionary.ContextsOf)
    /// are a party's alone: "commanders", "coaching staff". Not "union officials": a union's officials are labour relations'
    /// other side wherever they stand near, and stay read so.
    /// </summary>
    public static bool IsAPartysContext(IReadOnlyCollection<string> contextWords) =>
        contextWords.Count > 0 && contextWords.Any(PartyWords.Contains)
        && contextWords.All(w => PartyWords.Contains(w) || Array.IndexOf(PartyNouns, w) >= 0);

    /// <summary>
    /// Whether the party word stands in the phrase's whole object, the words after its "with" up to the clause's end or the first
    /// word that opens another part of the sentence ("through daily huddles", "so that referrals come early", "who fear ..."),
    /// and that object names only parties: each of its parts ("the haematology and renal consultants", "the GPs and practice
    /// nurses", "deans, teachers and the school nurse") a party or a word of no one, and none the people served ("soldiers and
    /// their company commanders", "commanders' families", "police-referred clients", "police officers with PTSD", "victims of
    /// police violence"): a review found clinicians losing their own rapport to each.
    /// </summary>
    static bool AnyOwnObject(ResumeText resume, List<PhraseHit> occurrences, PhraseHit hit, int clauseEnd)
    {
        var text = resume.Span;
        int hitEnd = hit.Start + hit.Length;
        // A list of parties and people wraps after its comma or "and": "rapport with Commanders," over "Soldiers and families".
        if (clauseEnd < text.Length && text[clauseEnd] == '\n' && EndsOnAJoiner(text[..clauseEnd].TrimEnd(" \t\r"))) clauseEnd = resume.ClauseEnd(clauseEnd + 1);
        // A table's bar ends a clause, and parts an object's cells: "Rapport with GPs | patients" (a review).
        for (int cells = 0; cells < MaxCells && clauseEnd < text.Length && text[clauseEnd] == '|'; cells++) clauseEnd = resume.ClauseEnd(clauseEnd + 1);
        int limit = Math.Min(Math.Min(clauseEnd, text.Length), hitEnd + MaxReadOfTheObject);
        int objectStart = ObjectStart(text, hitEnd, limit);
        if (objectStart < 0 || !NamesOnlyParties(text, objectStart, limit, out int objectEnd)) return false;
        foreach (var o in occurrences)
        {
            if (o.Start < objectStart) continue;
            if (o.Start + o.Length > objectEnd) break;
            return true;
        }
        return false;
    }

    const int MaxCells = 4;

    /// <summary>
    /// Whether the phrase's whole object names people by the referrals they make, and no one served: "Built rapport with the
    /// residence dons and faculty advisors who refer students" (Fresh250, t04), whose words for them no party list holds. Asked
    /// of the phrases read for parties (rapport, a working alliance, trust building), and only where "who" follows the phrase.
    /// </summary>
    public static bool ObjectNamesReferrers(ResumeText resume, PhraseHit hit)
    {
        var text = resume.Span;
        int hitEnd = hit.Start + hit.Length;
        int reach = Math.Min(text.Length, hitEnd + MaxReadOfTheObject);
        if (text[hitEnd..reach].IndexOf(" who ", StringComparison.OrdinalIgnoreCase) < 0) return false;
        int limit = Math.Min(reach, PastAStrandedWith(resume, resume.ClauseEnd(hitEnd - 1)));
        int objectStart = ObjectStart(text, hitEnd, limit);
        return objectStart >= 0 && NamesOnlyParties(text, objectStart, limit, out _, byTheirReferrals: true, byTheirTeams: false);
    }

    /// <summary>Where the phrase's object starts, past its "with" right after it (spaces aside), or -1 for no "with" there.</summary>
    static int ObjectStart(ReadOnlySpan<char> text, int hitEnd, int limit)
    {
        int with = hitEnd;
        while (with < limit && text[with] is ' ' or '\t' or '\u00A0') with++;
        if (limit - with < 5 || !text.Slice(with, 4).Equals("with", StringComparison.OrdinalIgnoreCase) || CharClass.IsWordChar(text[with + 4])) return -1;
        return with + 4;
    }

    /// <summary>
    /// Whether the phrase's whole object names a team or unit of colleagues, with or beside other parties, and no one served:
    /// "a working alliance with the Offender Management Unit", "rapport with the wing officers and the Safer Custody team", "trust
    /// building with the chaplaincy team and the ward nurses" (Fresh250, t01 and t12). A team is the people a counsellor works
    /// beside by any name; "the family unit", "the crisis team's clients" and "young people on the unit" name the people served.
    /// </summary>
    public static bool ObjectNamesATeam(ResumeText resume, PhraseHit hit)
    {
        var text = resume.Span;
        int hitEnd = hit.Start + hit.Length;
        int reach = Math.Min(text.Length, hitEnd + MaxReadOfTheObject);
        if (text[hitEnd..reach].IndexOfAny(TeamWords) < 0) return false;
        int limit = Math.Min(reach, PastAStrandedWith(resume, resume.ClauseEnd(hitEnd - 1)));
        int objectStart = ObjectStart(text, hitEnd, limit);
        return objectStart >= 0 && NamesOnlyParties(text, objectStart, limit, out _, byTheirReferrals: false, byTheirTeams: true);
    }

    /// <summary>
    /// Whether the phrase's object is named by the partnership it serves, and no one served stands in it: "Rapport with the
    /// county's CSU and the ER social workers for after-hours handoffs", "good working alliance with police dispatch in 3 counties
    /// for welfare checks", "Good rapport with the NHS Deaf mental health team in Glasgow, they refer many clients to us"
    /// (Fresh251, t06, t03 and t12). No party list holds a crisis unit's initials or a dispatch desk; what the bond is for says
    /// they are partners, as handoffs, referrals and welfare checks are made with colleagues, never with the people served.
    /// </summary>
    public static bool ObjectServesAPartnership(ResumeText resume, PhraseHit hit)
    {
        var text = resume.Span;
        int hitEnd = hit.Start + hit.Length;
        int reach = Math.Min(text.Length, hitEnd + MaxReadOfTheObject);
        if (text[hitEnd..reach].IndexOfAny(PartnershipWords) < 0) return false;
        int objectStart = ObjectStart(text, hitEnd, reach);
        if (objectStart < 0) return false;
        const int MaxWords = 16;
        int words = 0;
        bool afterComma = false, partner = false;
        for (int i = objectStart; i < reach;)
        {
            char c = text[i];
            // Its sentence, within its item: a bullet under it is another duty.
            if (c is '.' or ';' or '!' or '?' or ':' or '(' || c == '\n' && StartsABullet(text[(i + 1)..reach])) return false;
            if (c == ',') afterComma = true;
            if (!CharClass.IsWordChar(c)) { i++; continue; }
            int end = HyphenatedWordEnd(text[..reach], i);
            var word = text[i..end];
            var head = word.LastIndexOf('-') is int hyphen and > 0 && hyphen < word.Length - 1 ? word[(hyphen + 1)..] : word;
            // The people served in the object keep the phrase: "rapport with the families for referrals on". A workforce's words
            // ("social workers", "staff") name colleagues as often as clients: they neither keep the phrase nor make a partner.
            if (PeopleServedLookup.Contains(head) && !WorkforceLookup.Contains(head) || ClientUnitLookup.Contains(head)
                || PartyServedLookup.Contains(word)) return false;
            // A partner only by a word of an agency or a team ending its part ("police dispatch", "the NHS ... team"), an agency's
            // initials ("the county's CSU"), or colleagues no counsellor serves in the same words (midwives, interpreters). The
            // people served come in words no list holds ("whānau", "a diverse clientele", "those in our care": a review), and a
            // profession or workforce is a staff-support counsellor's clients as often ("serving officers", "NHS staff": a second
            // review), so what the bond is for alone would take them.
            partner |= (TeamLookup.Contains(head) || AgencyWordLookup.Contains(head)) && EndsThePart(text[..reach], end)
                || ColleagueWordLookup.Contains(head) || IsInitials(word) && !NamesPeopleNext(text[..reach], end);
            // The purpose said with "so": "Built rapport with the community midwives and health visitors so that referrals arrive
            // with consent" (Fresh247, t01).
            if (words > 0 && word.Equals("so", StringComparison.OrdinalIgnoreCase)) return partner && ReferralsFollow(text[end..reach]);
            // Another clause's purpose: "a working alliance with survivors while coordinating with protection officers on safe
            // referrals" (a review of session 51's probe).
            if (ClauseOpenerLookup.Contains(word)) return false;
            if (words > 0 && (word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("on", StringComparison.OrdinalIgnoreCase)))
                return partner && ForAPartnersWork(text[end..reach]);
            // ", they refer many clients to us": the object's people are the referrers.
            if (words > 0 && afterComma && word.Equals("they", StringComparison.OrdinalIgnoreCase) && NextWord(text[..reach], end, out int verbStart, out int verbEnd))
            {
                if (text[verbStart..verbEnd].Equals("now", StringComparison.OrdinalIgnoreCase) || text[verbStart..verbEnd].Equals("often", StringComparison.OrdinalIgnoreCase))
                    NextWord(text[..reach], verbEnd, out verbStart, out verbEnd);
                return partner && ReferringVerbLookup.Contains(text[verbStart..verbEnd]);
            }
            if (++words > MaxWords) return false;
            i = end;
        }
        return false;
    }

    /// <summary>
    /// Whether the phrase's object names colleagues by their structure rather than by any list's word for them (Fresh253, seven
    /// of its traps; Fresh252's "Spiritual Care, who co-lead the memorial services"). The people served are never a ward, a lab
    /// or a house, never the writer's caseworkers, and they do not act on the writer's clients or share her work:
    /// <list type="bullet">
    /// <item>an institution is the object's head: "a working alliance with the detox ward of the city hospital", "with the halfway
    /// house in Mowbray";</item>
    /// <item>colleagues no counsellor serves in the same words head it: "the ODHS Child Welfare caseworkers";</item>
    /// <item>the object is followed by what its people do ("who", "they", "she", "so they"), with an organisation named: for the
    /// writer, by the object's own department, team or agency name or word ("Intake &amp; Navigation, who triage the helpline
    /// calls and book our first sessions"), or a party's with a purpose ("the pharmacists of the OST unit, so they call us"); to
    /// the people served, beside her or as a department's own work, by any organisation's mark or a workforce ("the detention
    /// youth workers on each unit (they see the boys 24/7", "Spiritual Care, who co-lead", "the Disability Service, who put the
    /// exam adjustments in place").</item>
    /// </list>
    /// A word of the people served in the object keeps the phrase, as do people in words no list holds acting on the writer at a
    /// named place ("the lads at Ballymun Boxing Club, who text me": a review), what they go through, and the sentence going on to
    /// the people served. Fresh253 t11's "the Sisters at the detox clinic in Observatory who phone me" stays a claim so.
    /// </summary>
    public static bool ObjectNamesColleagues(ResumeText resume, PhraseHit hit)
    {
        var text = resume.Span;
        int hitEnd = hit.Start + hit.Length;
        int reach = Math.Min(text.Length, hitEnd + MaxReadOfTheObject);
        int objectStart = ObjectStart(text, hitEnd, reach);
        if (objectStart < 0) return false;
        const int MaxWords = 12;
        int words = 0, partWords = 0;
        bool inPlace = false, colleagues = false, institution = false, organisation = false, workforce = false, partNamesClients = false,
            peopleOfAWorkplace = false;
        bool previousCapitalised = false, ownName = false;
        int link = -1, parts = 0;
        // "so they call us", "so that they ...": the bond kept for what they then do for the writer, a partner's purpose.
        bool purpose = false;
        ReadOnlySpan<char> previousWord = default;
        // The part's head decides what it names: the last word before a place ("the pharmacists of the OST unit" are pharmacists).
        bool hasHead = false, headServed = false, headColleague = false, headInstitution = false, headWorkforce = false,
            headOrganisation = false, headUnit = false, headName = false, departmentNamed = false, ownOrganisation = false, headAgency = false;
        bool ClosePart()
        {
            if (!hasHead) return true;
            if (headServed) return false;
            // A ward or a team named after the people it serves is theirs: "the adolescent ward", "the youth team".
            if (partNamesClients && headUnit) return false;
            colleagues |= headColleague;
            peopleOfAWorkplace |= headWorkforce || headOrganisation && !headName && !headUnit && !headAgency;
            institution |= headInstitution;
            workforce |= headWorkforce;
            organisation |= headOrganisation;
            ownOrganisation |= headOrganisation;
            departmentNamed |= headName || headUnit || headAgency;
            hasHead = headServed = false;
            partWords = 0;
            inPlace = partNamesClients = false;
            return true;
        }
        int stop = reach;
        bool servedAfter = false;
        for (int i = objectStart; i < reach && link < 0;)
        {
            char c = text[i];
            // "St Mary's Youth Services; they see the boys": a semicolon before "they" goes on to what they do (a review).
            if (c == ';' && NextWord(text[..reach], i + 1, out int semiStart, out int semiEnd) && text[semiStart..semiEnd].Equals("they", StringComparison.OrdinalIgnoreCase))
            { link = semiEnd; break; }
            // A gloss's close ends its part; what follows it may still be the object's.
            if (c == ')' && text[objectStart..i].IndexOf('(') >= 0) { if (!ClosePart()) return false; i++; continue; }
            if (c is '.' or ';' or '!' or '?' or ')') { stop = i; break; }
            // The object wraps onto the next line, but a blank line, a bullet or a dated line starts another item: "strong working
            // alliance with families" over a blank line and "Staff Psychologist, Nicklaus Children's Hospital" (a probe).
            if (c == '\n' && StartsAnotherItem(text[(i + 1)..])) { stop = i; break; }
            if (c is ':' or '(' or ',' or '\u2013' or '\u2014' || c == '-' && i + 1 < reach && text[i + 1] is ' ' or '\n')
            {
                // ": they", "(they", ", who", ", so they", " - they": what the object's people do comes next.
                if (NextWord(text[..reach], i + 1, out int linkStart, out int linkWordEnd) && IsALink(text[..reach], linkStart, linkWordEnd, out int linkEnd))
                { link = linkEnd; purpose = linkEnd > linkWordEnd; break; }
                // A word glossed in parentheses right after it: "Rapport with kuratorzy (court probation officers) is important"
                // (Fresh253, t02): the gloss is read as a part of the object.
                if (c == '(' && words <= 2 && text[(i + 1)..reach].IndexOf(')') is int close and > 0
                    && text.Slice(i + 1, close).IndexOfAny(".;:,") < 0)
                {
                    if (!ClosePart()) return false;
                    i++;
                    continue;
                }
                if (c != ',') break;
                if (!ClosePart()) return false;
                i++;
                continue;
            }
            if (c is '&' or '/' or '+' or '|') { if (!ClosePart()) return false; i++; continue; }
            if (!CharClass.IsWordChar(c)) { i++; continue; }
            int end = HyphenatedWordEnd(text[..reach], i);
            var word = text[i..end];
            if (++words > MaxWords) return false;
            if (IsALink(text[..reach], i, end, out int wordLinkEnd)) { link = wordLinkEnd; purpose = wordLinkEnd > end; break; }
            if (ObjectJoinerLookup.Contains(word)) { if (!ClosePart()) return false; parts++; i = end; continue; }
            // A party owned by the part before it names the people served first: "sergeants and their company commanders, who now
            // refer early" (an earlier review's probe).
            if (parts > 0 && !hasHead && OwnerLookup.Contains(word)) return false;
            partNamesClients |= ClientUnitLookup.Contains(word);
            bool capitalised = char.IsUpper(word[0]) && word.Length > 1;
            // Initials or two capitalised words name an organisation: "the ODHS Child Welfare caseworkers", "the Credit Counselling folks".
            // In the object's own words, its own name; in a place's ("the lads at Ballymun Boxing Club") only where they work.
            if (IsInitials(word) || capitalised && previousCapitalised)
            {
                organisation = true;
                ownName |= !inPlace;
            }
            previousCapitalised = capitalised;
            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) || PlaceLookup.Contains(word)) { inPlace = true; i = end; continue; }
            // What befalls colleagues makes them the people served: "midwives after stillbirths on shift" (a review's probe).
            if (ObjectEndLookup.Contains(word))
            {
                // Not a ward's or a lab's: "the drug-testing lab after reporting delays" (a review).
                servedAfter = hasHead && !headUnit && (word.Equals("after", StringComparison.OrdinalIgnoreCase) || word.Equals("following", StringComparison.OrdinalIgnoreCase));
                stop = i;
                break;
            }
            // "nurses attending our wellbeing clinic", "outpatients attending the pain clinic": people who come for the service.
            if (hasHead && !inPlace && GoingThroughLookup.Contains(word)) return false;
            if (inPlace)
            {
                // A place's institution or team marks an organisation: "the Sisters at the detox clinic".
                organisation |= InstitutionLookup.Contains(word) || TeamLookup.Contains(word);
                if (PeopleServedLookup.Contains(word) && !WorkforceLookup.Contains(word) && EndsThePart(text[..reach], end)) return false;
            }
            else
            {
                var last = word.LastIndexOf('-') is int hyphen and > 0 && hyphen < word.Length - 1 ? word[(hyphen + 1)..] : word;
                hasHead = true;
                partWords++;
                headWorkforce = WorkforceLookup.Contains(last);
                headColleague = ColleagueWordLookup.Contains(last)
                    // "probation officers", "case workers", "housing officers": a colleague's compound (a review).
                    || CompoundColleagueHeadLookup.Contains(last) && !previousWord.IsEmpty && CompoundColleagueLookup.Contains(previousWord);
                headUnit = InstitutionLookup.Contains(last) || TeamLookup.Contains(last);
                headAgency = AgencyWordLookup.Contains(last);
                headOrganisation = TeamLookup.Contains(last) || headAgency || OtherPartyLookup.Contains(last) || PartyLookup.Contains(last);
                // "Service" heading its part is an agency's ("the Disability Service"), "service members" the people served.
                headServed = PeopleServedLookup.Contains(last) && !headWorkforce && !headAgency || PartyServedLookup.Contains(last)
                    || last.Equals("community", StringComparison.OrdinalIgnoreCase);
                // "the house" alone may be a residential service's residents; "the halfway house" is a place.
                headInstitution = InstitutionLookup.Contains(last) && (partWords > 2 || !last.StartsWith("house", StringComparison.OrdinalIgnoreCase));
                headName = char.IsUpper(last[0]) && !char.IsUpper(last[^1]) && !last.EndsWith('s');
                headOrganisation |= headName;
            }
            previousWord = word;
            i = end;
        }
        if (!ClosePart()) return false;
        if (link >= 0) stop = link;
        // What they go through, said in the object ("care coordinators on long-term sick leave") or after it ("interpreters who had
        // witnessed violence", "staff who attend the staff support service for counselling"): the people served (reviews' probes).
        if (servedAfter || NamesACondition(text[objectStart..Math.Min(stop, reach)]) || link >= 0 && ServedInTheClause(text[..reach], link)
            // "colleagues in crisis through peer counselling", and the object going on to the people served after it: "... and with
            // the patients themselves", "..., then with young people in their care" (a second review).
            || text[objectStart..Math.Min(stop + 24, reach)].IndexOfAny(InCrisis) >= 0
            || link < 0 && (ClauseFrom(text[..reach], objectStart).IndexOfAny(ServedInAClause) >= 0
                || text[..reach][objectStart..].IndexOf(" as well as ", StringComparison.OrdinalIgnoreCase) is int asWell and >= 0
                   && GoesOnToThePeopleServed(ClauseFrom(text[..reach], objectStart + asWell)))) return false;
        var act = link >= 0 ? ActOf(text[..reach], link) : ColleaguesAct.None;
        // They come to the writer for what they go through: "the nurses of the ICU, who see me for burnout after deaths", or book
        // their own sessions ("junior doctors, who book our first sessions via the Wellbeing Hub": a review), unless a department
        // books them ("Intake & Navigation, who ... book our first sessions").
        if (act == ColleaguesAct.OnTheWriter && (NamesACondition(ClauseFrom(text[..reach], link))
            || ClauseFrom(text[..reach], link).IndexOfAny(ComingForHelp) >= 0
            || !departmentNamed && ClauseFrom(text[..reach], link).IndexOfAny(SessionsWords) >= 0)) return false;
        if (colleagues || institution) return true;
        // People in words no list holds act on the writer too ("the lads at Ballymun Boxing Club, who text me between sessions",
        // "newcomers at the Refugee Council (they call me for help)": a review): for that act the organisation must be the
        // object's own name or word, not a place's.
        // A staff-support counsellor's clients act on her too: "NHS staff, who text me after night shifts", "NHS nurses, who text
        // me" (a second review): people of a workforce or a profession need a department's name, not an employer's initials.
        return act is ColleaguesAct.OnTheWriter && (departmentNamed || (ownOrganisation || ownName) && (!peopleOfAWorkplace || purpose))
            || act is ColleaguesAct.Shared && (organisation || workforce)
            // A department named as the object does its own work: "the Disability Service, who put the exam adjustments in place",
            // "Doktorandombudet (the PhD ombudsperson), who takes the formal complaints" (Fresh254, t01 and t07).
            || act is ColleaguesAct.Other && departmentNamed && !peopleOfAWorkplace
            || act is ColleaguesAct.OnThePeopleServed && (organisation || workforce);
    }

    /// <summary>
    /// Whether the word opens what the object's people do: "who", "they", "she", "he", "so (that) they", "because they". On success
    /// <paramref name="linkEnd"/> is where their verb's search starts.
    /// </summary>
    static bool IsALink(ReadOnlySpan<char> text, int start, int end, out int linkEnd)
    {
        linkEnd = end;
        var word = text[start..end];
        // And one colleague: "Ma'am Cel of the Athletics Office, she handles eligibility and scholarships" (Fresh254, t03).
        if (word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("they", StringComparison.OrdinalIgnoreCase)
            || word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("he", StringComparison.OrdinalIgnoreCase)) return true;
        if (!word.Equals("so", StringComparison.OrdinalIgnoreCase) && !word.Equals("because", StringComparison.OrdinalIgnoreCase)) return false;
        if (!NextWord(text, end, out int s, out int e)) return false;
        if (text[s..e].Equals("that", StringComparison.OrdinalIgnoreCase) && !NextWord(text, e, out s, out e)) return false;
        linkEnd = e;
        return text[s..e].Equals("they", StringComparison.OrdinalIgnoreCase);
    }

    enum ColleaguesAct { None, OnTheWriter, OnThePeopleServed, Shared, Other }

    /// <summary>
    /// What the object's people do, in the next few words of their clause: something for the writer ("text me", "book our
    /// first sessions", "call us"), something to the people served ("see the boys", "send patients"), or a work shared with
    /// her ("co-lead", "co-facilitate"). What they are or feel says nothing ("who are", "who trust me" is the people served's).
    /// </summary>
    static ColleaguesAct ActOf(ReadOnlySpan<char> text, int from)
    {
        const int MaxWords = 8;
        bool verbRead = false;
        for (int n = 0; n < MaxWords && NextWord(text, from, out int start, out int end); n++)
        {
            var word = text[start..end];
            from = end;
            if (!verbRead)
            {
                if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || AdverbLookup.Contains(word)) continue;
                if (StateVerbLookup.Contains(word)) return ColleaguesAct.None;
                verbRead = true;
                if (word.StartsWith("co-", StringComparison.OrdinalIgnoreCase)) return ColleaguesAct.Shared;
                // Referring and sending are done to the people served, whoever they are sent to: "the GPs who referred to us". Not
                // word of mouth among the people served: "the officers at Leeds Central station, who refer colleagues after critical
                // incidents" are a police wellbeing counsellor's clients (an earlier review).
                if (PartysActLookup.Contains(word))
                    return NextWord(text, end, out int whomStart, out int whomEnd) && WordOfMouthLookup.Contains(text[whomStart..whomEnd])
                        ? ColleaguesAct.None : ColleaguesAct.OnThePeopleServed;
                continue;
            }
            if (WriterLookup.Contains(word)) return ColleaguesAct.OnTheWriter;
            if (PeopleServedLookup.Contains(word) && !WorkforceLookup.Contains(word)) return ColleaguesAct.OnThePeopleServed;
        }
        // Some other work of theirs: "the Disability Service, who put the exam adjustments in place" (Fresh254, t01).
        return verbRead ? ColleaguesAct.Other : ColleaguesAct.None;
    }

    /// <summary>
    /// Whether the clause after the object's "who" or "they" says its people are the ones served: what they are or feel ("who had
    /// witnessed violence", "who are wary of counseling"), the writer's work with them ("seek counselling for burnout"), or the
    /// object going on to the people served ("GPs who refer patients and with the patients themselves"): earlier reviews' cases.
    /// </summary>
    static bool ServedInTheClause(ReadOnlySpan<char> text, int from)
    {
        var clause = ClauseFrom(text, from);
        if (clause.IndexOfAny(ServedInAClause) >= 0 || GoesOnToThePeopleServed(clause)) return true;
        for (int i = 0; NextWordOf(clause, i, out int start, out int wordEnd); i = wordEnd)
        {
            var word = clause[start..wordEnd];
            if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || AdverbLookup.Contains(word)) continue;
            // "colleagues who self-refer after difficult shifts" are a staff counsellor's clients (a third review).
            return StateVerbLookup.Contains(word) || word.StartsWith("self-", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>
    /// The clause of the object's people from their "who" or "they": to the sentence's end or the writer's own clause ("they
    /// hold the order, I hold the therapy").
    /// </summary>
    static ReadOnlySpan<char> ClauseFrom(ReadOnlySpan<char> text, int from)
    {
        var clause = text[from..];
        if (clause.IndexOfAny(".;!?") is int end and >= 0) clause = clause[..end];
        if (clause.IndexOfAny(WritersOwnClause) is int own and >= 0) clause = clause[..own];
        return clause;
    }

    static readonly System.Buffers.SearchValues<string> WritersOwnClause = System.Buffers.SearchValues.Create(
        [", I ", ", we ", " and I ", " and we ", " - I ", " \u2013 I "], StringComparison.Ordinal);

    static readonly System.Buffers.SearchValues<string> ServedInAClause = System.Buffers.SearchValues.Create(
        ["themselves", " whom", "counselling", "counseling", "therapy", " and with ", ", and with ", "as well as with", " then with ",
         " alike"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the line starts another item than the object's: blank, a bullet, or dated.</summary>
    static bool StartsAnotherItem(ReadOnlySpan<char> rest)
    {
        var line = rest.IndexOf('\n') is int nl and >= 0 ? rest[..nl] : rest;
        return line.Trim(" \t\r").IsEmpty || ResumeLayout.IsBulletLine(line) || ExperienceReader.HasYear(line);
    }

    /// <summary>Whether the words name a condition, a name's capitalised words aside ("the Credit Counselling folks", "Spiritual Care").</summary>
    static bool NamesACondition(ReadOnlySpan<char> words)
    {
        for (int i = 0; NextWordOf(words, i, out int start, out int end); i = end)
            if (!char.IsUpper(words[start]) && ConditionLookup.Contains(words[start..end])
                // A care home is a place: "staff at the care home, who send residents to me" (a second review).
                && !(words[start..end].Equals("care", StringComparison.OrdinalIgnoreCase) && NextWordOf(words, end, out int nextStart, out int nextEnd)
                     && CareNounLookup.Contains(words[nextStart..nextEnd]))) return true;
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CareNounLookup = new HashSet<string>(
        ["home", "homes", "team", "teams", "unit", "units", "staff", "workers", "worker", "provider", "providers", "coordinator",
         "coordinators", "agency", "agencies", "facility", "facilities", "service", "services"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The next word from <paramref name="from"/> on, marks and all passed.</summary>
    static bool NextWordOf(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        start = from;
        while (start < text.Length && !CharClass.IsWordChar(text[start])) start++;
        end = start < text.Length ? HyphenatedWordEnd(text, start) : start;
        return start < text.Length;
    }

    /// <summary>What the people served come to the writer for: "who call me for support" (a review).</summary>
    static readonly System.Buffers.SearchValues<string> ComingForHelp = System.Buffers.SearchValues.Create(
        ["for support", "for help", "for advice", "for a chat", "for a talk", "crisis", "crises"], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordOfMouthLookup = new HashSet<string>(
        ["colleagues", "peers", "friends", "neighbours", "neighbors", "mates", "relatives", "workmates", "teammates", "each"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the words go on past a joiner to the people served: "GPs who refer, as well as their patients" (an earlier review),
    /// "probation officers as well as the men they supervise" (a third).
    /// </summary>
    static bool GoesOnToThePeopleServed(ReadOnlySpan<char> clause)
    {
        if (clause.IndexOfAny(ObjectGoesOn) is not (int join and >= 0)) return false;
        for (int i = join; NextWordOf(clause, i, out int start, out int end); i = end)
            if (PeopleServedLookup.Contains(clause[start..end]) && !WorkforceLookup.Contains(clause[start..end])) return true;
        return false;
    }

    static readonly System.Buffers.SearchValues<string> InCrisis = System.Buffers.SearchValues.Create(
        ["in crisis", "in distress"], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> SessionsWords = System.Buffers.SearchValues.Create(
        ["session", "appointment"], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundColleagueHeadLookup = new HashSet<string>(
        ["officers", "officer", "workers", "worker", "staff"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundColleagueLookup = new HashSet<string>(
        ["probation", "parole", "housing", "case", "liaison"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbLookup = new HashSet<string>(
        ["often", "now", "also", "always", "then", "all", "both", "usually", "sometimes", "still", "will", "can", "would", "do",
         "don't", "dont"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What the people served are or feel toward the writer, not what colleagues do for her.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateVerbLookup = new HashSet<string>(
        ["are", "were", "is", "was", "have", "had", "feel", "felt", "trust", "trusted", "need", "needed", "come", "came", "attend",
         "attended", "struggle", "struggled", "find", "found", "open", "opened", "use", "used", "live", "lived", "want", "wanted",
         "say", "said", "seek", "sought", "face", "faced", "left", "leave", "arrive", "arrived", "stay", "stayed", "return",
         "returned", "engage", "engaged", "may", "might", "rarely", "never", "not"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WriterLookup = new HashSet<string>(
        ["me", "us", "our", "my"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prepositions of place within an object: "the Sisters at the detox clinic in Observatory".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceLookup = new HashSet<string>(
        ["at", "in", "on", "from"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Places that are institutions, never the people served: a ward, a lab, a halfway house, a pharmacy.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionLookup = WithInflections(
        "ward", "lab", "laboratory", "clinic", "hospital", "house", "shelter", "pharmacy", "station", "court", "prison", "hostel",
        "surgery", "charity", "ngo", "section", "registry", "helpdesk", "dispensary", "precinct",
        // Businesses and schools are partners too: "rapport with the businesses on the quays: they ring me" (Fresh253, t12),
        // "rapport with schools and pediatric clinics".
        "business", "company", "school", "church", "mosque")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the phrase, capitalised, names an organisation the writer refers to: "Referral partner: Ośrodek Interwencji
    /// Kryzysowej (Crisis Intervention Centre)" (Fresh251, t10: the city's crisis centre read as the counsellor's own crisis
    /// intervention, beside her "The Centre does not provide crisis intervention"). Only a name ("Crisis Intervention" and a
    /// centre's, service's or team's noun) on a line that refers or partners; an employer's line names where the work was done.
    /// </summary>
    public static bool NamesAReferralPartner(ResumeText resume, PhraseHit hit)
    {
        var text = resume.Span;
        int hitEnd = hit.Start + hit.Length;
        // The organisation's noun first: most capitalised phrases open a bullet and name none.
        if (!NextWord(text, hitEnd, out int nounStart, out int nounEnd) || !OrganisationNounLookup.Contains(text[nounStart..nounEnd])) return false;
        for (int i = hit.Start; i < hitEnd; i++)
            if ((i == hit.Start || text[i - 1] is ' ' or '\n' or '\t' or '-') && !char.IsUpper(text[i])) return false;
        // Capitalised as a name, not a line in capitals.
        if (!text[hit.Start..hitEnd].ContainsAnyInRange('a', 'z')) return false;
        int lineStart = text[..hit.Start].LastIndexOf('\n') + 1;
        // Not the writer's own post: a dated post's line, or the name followed by the writer's role in it ("as the embedded Crisis
        // Intervention Team clinician": a second review).
        int lineEnd = text[hit.Start..].IndexOf('\n') is int nl and >= 0 ? hit.Start + nl : text.Length;
        int yearFrom = 0;
        if (ExperienceReader.NextYear(text[lineStart..lineEnd], ref yearFrom) >= 0
            || NextWord(text, nounEnd, out int roleStart, out int roleEnd) && OwnRoleLookup.Contains(text[roleStart..roleEnd])) return false;
        if (SaysItRefers(text[lineStart..hit.Start])) return true;
        // Or the line above introduces the list it stands in: "- Referral partners for out-of-hours risk:" over "(Crisis
        // Intervention Centre, Samaritans)", a "REFERRAL PARTNERS" heading (a review).
        if (lineStart < 2) return false;
        int aboveStart = text[..(lineStart - 1)].LastIndexOf('\n') + 1;
        var above = text[aboveStart..(lineStart - 1)].TrimEnd(" \t\r");
        return (above.EndsWith(':') || !above.ContainsAnyInRange('a', 'z')) && SaysItRefers(above);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnRoleLookup = new HashSet<string>(
        ["clinician", "counsellor", "counselor", "therapist", "worker", "lead", "manager", "coordinator", "practitioner", "member",
         "volunteer", "supervisor"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static bool SaysItRefers(ReadOnlySpan<char> line) =>
        line.Contains("refer", StringComparison.OrdinalIgnoreCase) || line.Contains("partner", StringComparison.OrdinalIgnoreCase)
        || line.Contains("signpost", StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationNounLookup = new HashSet<string>(
        ["centre", "center", "service", "services", "unit", "team", "clinic", "hotline", "line", "programme", "program"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether referrals follow "so" (and "that"): "so that referrals arrive", "so referrals move quickly".</summary>
    static bool ReferralsFollow(ReadOnlySpan<char> after)
    {
        if (!NextWord(after, 0, out int start, out int end)) return false;
        if (after[start..end].Equals("that", StringComparison.OrdinalIgnoreCase) && !NextWord(after, end, out start, out end)) return false;
        return after[start..end].Equals("referrals", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the words after "for" or "on" name a partner's work within two words: "after-hours handoffs", "welfare checks".</summary>
    static bool ForAPartnersWork(ReadOnlySpan<char> after)
    {
        int from = 0;
        for (int n = 0; n < 3 && NextWord(after, from, out int start, out int end); n++)
        {
            var word = after[start..end];
            if (PartnersWorkLookup.Contains(word)) return true;
            // "welfare checks", "joint visits", "information sharing", "case conferences": the noun after its qualifier.
            if (PartnersWorkQualifierLookup.Contains(word))
                return NextWord(after, end, out int nounStart, out int nounEnd) && PartnersWorkNounLookup.Contains(after[nounStart..nounEnd]);
            from = end;
        }
        return false;
    }

    static bool StartsABullet(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(" \t");
        return trimmed.Length > 0 && trimmed[0] is '-' or '\u2022' or '*' or '\u25AA' or '\u2023' or '\u25E6' or '\u2013' or '\n';
    }

    static readonly System.Buffers.SearchValues<string> PartnershipWords = System.Buffers.SearchValues.Create(
        ["referral", "handoff", "hand-off", "handover", "hand-over", "welfare check", "joint visit", "case conference", "they refer",
         "they now refer", "they often refer", "they send", "information sharing", "information-sharing", "release planning",
         "discharge planning", "med review", "medication review"], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartnersWorkLookup = new HashSet<string>(
        ["referral", "referrals", "handoff", "handoffs", "hand-off", "hand-offs", "handover", "handovers", "hand-over", "hand-overs"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartnersWorkQualifierLookup = new HashSet<string>(
        ["welfare", "joint", "case", "information", "release", "discharge", "med", "medication"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartnersWorkNounLookup = new HashSet<string>(
        ["check", "checks", "visit", "visits", "conference", "conferences", "sharing", "planning", "review", "reviews"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReferringVerbLookup = new HashSet<string>(
        ["refer", "send", "signpost"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The people served's words that a workforce shares: "the ER social workers", "ward staff".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkforceLookup = new HashSet<string>(
        ["workers", "worker", "staff", "personnel", "crew", "crews"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Agencies' words, a part's last word where what the bond is for names partners: "police dispatch", "the sheriff's office".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgencyWordLookup = WithInflections(
        "dispatch", "office", "service", "agency", "authority", "department", "desk", "centre", "center", "trust")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Colleagues no counsellor serves as clients in the same words: "community midwives and health visitors", "interpreters".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ColleagueWordLookup = WithInflections(
        "coordinators", "caseworkers", "interpreters", "midwives", "visitors", "call-takers", "colleagues", "probation", "parole")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Colleagues and parties who may refer, read where "who refer" stands past a place: "the rural financial counsellors at RFCS, who refer".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReferrerWordLookup = WithInflections(
        "coordinators", "caseworkers", "interpreters", "midwives", "visitors", "advisers", "advisors", "counsellors", "counselors",
        "practitioners", "clinicians", "therapists", "psychologists", "coaches")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word ending at <paramref name="end"/> ends its part: a mark, a joiner or a preposition follows.</summary>
    static bool EndsThePart(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        if (i >= text.Length || !CharClass.IsWordChar(text[i])) return true;
        int next = HyphenatedWordEnd(text, i);
        var word = text[i..next];
        return ObjectJoinerLookup.Contains(word) || ObjectEndLookup.Contains(word);
    }

    /// <summary>Whether people follow an organisation's initials: "NHS staff", "EAP members", "NHS nurses".</summary>
    static bool NamesPeopleNext(ReadOnlySpan<char> text, int end) =>
        NextWord(text, end, out int start, out int nextEnd) && (PeopleServedLookup.Contains(text[start..nextEnd]) || PartyLookup.Contains(text[start..nextEnd])
            || OtherPartyLookup.Contains(text[start..nextEnd]) || text[start..nextEnd].StartsWith("officer", StringComparison.OrdinalIgnoreCase));

    /// <summary>Words a ward or a team takes from the people it serves: "the adolescent unit", "the perinatal team".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClientUnitLookup = new HashSet<string>(
        ["adolescent", "child", "youth", "perinatal", "maternity", "mother", "baby", "women", "men", "eating", "addiction", "addictions",
         "inpatient", "outpatient", "camhs", "dementia", "elderly", "veteran", "student", "family", "families", "kids", "boys", "girls"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly System.Buffers.SearchValues<string> TeamWords = System.Buffers.SearchValues.Create(
        ["team", "unit", "department", "directorate"], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TeamLookup = new HashSet<string>(
        ["team", "teams", "unit", "units", "department", "departments", "directorate"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    static bool EndsOnAJoiner(ReadOnlySpan<char> text) =>
        text.Length > 0 && (text[^1] is ',' or '&' or '/' or '+' || Clauses.EndsOnTheWord(text, "and") || Clauses.EndsOnTheWord(text, "or"));

    /// <summary>How far past the phrase its object is read: a line and its wrap.</summary>
    const int MaxReadOfTheObject = 160;

    /// <summary>
    /// Whether the words from <paramref name="from"/> to the first word or mark that ends an object name at least one party and no
    /// one served. The object's parts are parted by commas, bars, slashes, "&amp;", "and", "or", "as well as" and "including"; a
    /// part names the people served when one of its words does (a possessive aside: "the principal's children" are children), a
    /// party when one of its words is a party's or a workplace's ("the nursing station"), or its people ("staff", "personnel")
    /// are a party's ("the sports medicine staff", "police liaison staff"); staff with no such word are an employee assistance
    /// counsellor's clients, and the police's own people ("police officers", "police staff") a police wellness clinician's. A
    /// part owned by the one before it ("participants and their GPs"), a party said to be the ones served ("commanders who fear
    /// ...", "doctors facing burnout", "doctors I counsel") and the people named past a preposition (<see cref="TheyAreServedAfter"/>)
    /// keep the phrase too.
    /// </summary>
    static bool NamesOnlyParties(ReadOnlySpan<char> text, int from, int limit, out int end) =>
        NamesOnlyParties(text, from, limit, out end, byTheirReferrals: false, byTheirTeams: false);

    /// <param name="byTheirReferrals">
    /// Whether the object is read for referrers named by what they do, whatever the words for them: "the residence dons and
    /// faculty advisors who refer students" (Fresh250, t04). True only when such a "who" clause ends the object.
    /// </param>
    /// <param name="byTheirTeams">
    /// Whether the object is read for a team or unit named as a party ("the Safer Custody team", "the Offender Management Unit",
    /// "the chaplaincy team": Fresh250), whatever its words: true only when such a part stands in the object.
    /// </param>
    static bool NamesOnlyParties(ReadOnlySpan<char> text, int from, int limit, out int end, bool byTheirReferrals, bool byTheirTeams)
    {
        // A team is a part's head, its last word: "the Safer Custody team" is one, "unit commanders" commanders.
        bool sawTeam = false, partEndsOnATeam = false, partNamesClients = false, partManages = false;
        // A longer object is read as no party's: the people served come late in a long list ("the consultants, nurses, ward
        // managers, ... and the students": a review).
        const int MaxWords = 16;
        // Past a place only a colleague or a party refers: "the farmers at the Wagga saleyards, who refer neighbours" are clients
        // (a second review).
        bool referrerNamed = false;
        bool anyParty = false, partParty = false, partPeople = false, partStaff = false, partStaffsParty = false, afterParty = false,
            previousWasPolice = false, partOwned = false, anyOther = false, partOrganisation = false, previousGives = false, partOfWhom = false;
        int words = 0, partWords = 0;
        end = from;
        bool ClosePart()
        {
            if (partWords == 0) return true;
            // A team or unit named after the people it serves is theirs: "the adolescent unit", "the mother and baby unit", "the
            // veterans' unit", "the under-12s team" (a review of session 54). A unit is a party's only as one that manages ("the
            // Offender Management Unit"); most units are wards.
            if (partEndsOnATeam && !partNamesClients) { partOrganisation = sawTeam = true; }
            partEndsOnATeam = partNamesClients = partManages = false;
            // A workplace's people are a party's by a party's or a workplace's word: "the coaching staff", "police liaison staff",
            // "ward staff"; staff alone are an employee assistance counsellor's clients ("rapport with branch staff after robberies").
            if (partPeople || (partStaff && !partParty && !partStaffsParty)) return false;
            bool party = partParty || partStaff || partStaffsParty || partOrganisation;
            // The party as someone's: "participants and their GPs", "NCOs and their commanders", "probationers and their offender
            // managers" name the people served first, in words the lists lack (a review). A name or a word of no one before a
            // party alone is read as the party's ("the Refugee Welfare Council leaders", "Majhis (block leaders) and imams").
            if (party && partOwned && anyOther) return false;
            if (!party) anyOther = true;
            anyParty |= party;
            partParty = partPeople = partStaff = partStaffsParty = afterParty = partOwned = partOrganisation = partOfWhom = false;
            partWords = 0;
            return true;
        }
        for (int i = from; i < limit;)
        {
            char c = text[i];
            if (c is '.' or ';' or ':' or '!' or '?' or '[' or ']' or '"' or '\u201C' or '\u201D') break;
            // A table's bar parts the cells as a comma parts a list: "Rapport with GPs | Active listening" (a review).
            if (c is ',' or '&' or '/' or '+' or '|')
            {
                if (!ClosePart()) return false;
                i++;
                continue;
            }
            if (!CharClass.IsWordChar(c)) { i++; continue; }
            int wordEnd = HyphenatedWordEnd(text[..limit], i);
            var word = text[i..wordEnd];
            // A compound's last part is what it is: "student-athletes", "police-referred", "co-teachers".
            var head = word.LastIndexOf('-') is int hyphen and > 0 && hyphen < word.Length - 1 ? word[(hyphen + 1)..] : word;
            // "who" and the party's own work with the people served: "the teachers and school counselors who refer students to our
            // clinic" (Fresh249, t03) name referrers, whoever they send. Any other "who" may say they are served ("managers who
            // were referred").
            if (word.Equals("who", StringComparison.OrdinalIgnoreCase) && (partParty || anyParty || byTheirReferrals) && !partPeople
                && RefersOthers(text[..limit], wordEnd))
            {
                end = i;
                return ClosePart() && (anyParty || byTheirReferrals);
            }
            if (byTheirReferrals && word.Equals("who", StringComparison.OrdinalIgnoreCase)) return false;
            if (PartyServedLookup.Contains(head)) return false;
            // "as well as" joins; "as" alone ends the object ("rapport with teachers as a team").
            bool asWellAs = word.Equals("as", StringComparison.OrdinalIgnoreCase) && text[wordEnd..limit].StartsWith(" well as ", StringComparison.OrdinalIgnoreCase);
            if (ObjectJoinerLookup.Contains(word) || asWellAs)
            {
                if (!ClosePart()) return false;
                i = asWellAs ? wordEnd + " well as".Length : wordEnd;
                continue;
            }
            bool participle = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !PartyLookup.Contains(word) && !StaffsPartyLookup.Contains(word)
                && !ObjectEndLookup.Contains(word);
            // A participle right after the party may say what they go through: "nurses experiencing burnout", "teachers calling
            // the helpline", "physicians returning to work", "doctors facing burnout" are the clients (a review); "election
            // officials facing threats" are the parties at work. One before a noun is the noun's: "boarding students", "grieving
            // relatives".
            if (participle && afterParty && (GoingThroughLookup.Contains(word) || ConditionWithin(text[wordEnd..limit]))) return false;
            // The writer's own work with them: "doctors I counsel after complaints", "nurses we support" (a review).
            if (afterParty && (word.Equals("I", StringComparison.Ordinal) || word.Equals("we", StringComparison.OrdinalIgnoreCase))
                && NextWord(text[..limit], wordEnd, out int verbStart, out int verbEnd) && ServingVerbLookup.Contains(text[verbStart..verbEnd]))
                return false;
            // Where the referrers work, between them and their referrals: "the rural financial counsellors at RFCS, who refer most of
            // our families" (Fresh251, t08).
            if (byTheirReferrals && referrerNamed && PlacePrepositionLookup.Contains(word) && WhoAfterAPlace(text[wordEnd..limit]) is int who and > 0)
            {
                i = wordEnd + who;
                continue;
            }
            if (ObjectEndLookup.Contains(word))
                return !byTheirReferrals && !TheyAreServedAfter(text[i..limit], PrepositionLookup.Contains(word)) && ClosePart() && anyParty
                    && (sawTeam || !byTheirTeams);
            if (++words > MaxWords) return false;
            referrerNamed |= ReferrerWordLookup.Contains(head) || PartyLookup.Contains(head) || OtherPartyLookup.Contains(head);
            if (partWords == 0 && OwnerLookup.Contains(word)) partOwned = true;
            partWords++;
            // Past "of" the words say whose or which the part's people are: "the pastors of the four congregations" are pastors,
            // "victims of police violence" victims.
            if (word.Equals("of", StringComparison.OrdinalIgnoreCase)) partOfWhom = true;
            bool possessive = wordEnd < text.Length && CharClass.Of(text[wordEnd]) == CharClass.Apostrophe;
            bool afterPolice = previousWasPolice, previousWasGiving = previousGives;
            previousWasPolice = head.Equals("police", StringComparison.OrdinalIgnoreCase);
            previousGives = GivingLookup.Contains(head);
            afterParty = false;
            // Past "of" only a party's word counts: "the Army Corps of Engineers' Walla Walla District" is a party's (Fresh247, t11),
            // "the pastors of the four congregations" pastors.
            if (partOfWhom && !participle && (PartyLookup.Contains(head) || OtherPartyLookup.Contains(head))) partParty = true;
            if (byTheirTeams)
            {
                bool unit = head.StartsWith("unit", StringComparison.OrdinalIgnoreCase);
                partEndsOnATeam = !possessive && TeamLookup.Contains(head) && (!unit || partManages);
                partManages |= head.Equals("management", StringComparison.OrdinalIgnoreCase);
                partNamesClients |= PeopleServedLookup.Contains(head) || ClientUnitLookup.Contains(head)
                    || word.StartsWith("under-", StringComparison.OrdinalIgnoreCase);
            }
            if (!possessive && !participle && !partOfWhom)
            {
                // The police's own people: "police officers with PTSD", "police staff" are a police wellness clinician's clients.
                if (afterPolice && PolicePeopleLookup.Contains(head)) partPeople = true;
                else if (StaffLookup.Contains(head)) partStaff = true;
                else if (PeopleServedLookup.Contains(head)) partPeople = true;
                // A fertility or transplant service's donors are its clients: "egg donors, recipients and surrogates" (a review).
                else if (previousWasGiving && head.StartsWith("donor", StringComparison.OrdinalIgnoreCase)) partPeople = true;
                else if (PartyLookup.Contains(head) || OtherPartyLookup.Contains(head)) partParty = afterParty = true;
                // An organisation by its initials: "the police gender desk and the ODPP", "OPM, UNHCR and the health partners".
                else if (IsInitials(word)) partOrganisation = true;

                if (StaffsPartyLookup.Contains(head)) partStaffsParty = true;
            }
            end = wordEnd;
            i = wordEnd;
        }
        return !byTheirReferrals && ClosePart() && anyParty && (sawTeam || !byTheirTeams);
    }

    /// <summary>
    /// Whether the words right after an object say its people are the ones served: "commanders in treatment who fear career
    /// consequences", "police and with the survivors they bring", "managers who were referred". A few words on, as "who" and
    /// "referred" are read in the object.
    /// </summary>
    static bool TheyAreServedAfter(ReadOnlySpan<char> after, bool afterAPreposition)
    {
        if (!afterAPreposition) return false;
        const int MaxWords = 9, MaxWordsToWhoTheyAre = 3;
        // "with" names what the party lives with ("nurses with substance use disorders") or joins the people served ("police and
        // with the survivors"); another preposition names a place or a task, and only a list going on past it names people
        // ("on each unit and the patients"), never the place ("across the national squad").
        bool with = after.StartsWith("with", StringComparison.OrdinalIgnoreCase), joined = with, afterOurs = false,
            afterAfter = after.StartsWith("after", StringComparison.OrdinalIgnoreCase) || after.StartsWith("following", StringComparison.OrdinalIgnoreCase);
        int words = 0;
        for (int i = 0; i < after.Length && words < MaxWords;)
        {
            char c = after[i];
            if (c is '.' or ';' or ':' or '!' or '?') break;
            if (c is ',' or '&' or '/' or '+') { joined = true; i++; continue; }
            if (!CharClass.IsWordChar(c)) { i++; continue; }
            int end = HyphenatedWordEnd(after, i);
            var word = after[i..end];
            if (words > 0 && ClauseOpenerLookup.Contains(word)) break;
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase)) joined = true;
            bool possessive = end < after.Length && CharClass.Of(after[end]) == CharClass.Apostrophe;
            if ((words <= MaxWordsToWhoTheyAre && PartyServedLookup.Contains(word)) || (joined && !possessive && PeopleServedLookup.Contains(word))) return true;
            // The writer's own service to them: "nurses in our staff support service", "emerging leaders in our youth programme";
            // not "officials across the service", "before every new programme" (a review).
            if (afterOurs && OwnServiceLookup.Contains(word)) return true;
            if (word.Equals("our", StringComparison.OrdinalIgnoreCase) || word.Equals("my", StringComparison.OrdinalIgnoreCase)) afterOurs = true;
            // Incidents befall the people served only after them: "nurses after critical incidents"; "the police during incidents"
            // are at work (a review).
            if (ConditionLookup.Contains(word) && !(word.StartsWith("incident", StringComparison.OrdinalIgnoreCase) && !afterAfter))
            {
                // What they go through, not a task's name: "officials in crisis coordination", "police in crisis response
                // planning" are the parties at work (a review). The condition ends the clause or is followed by who they are.
                int runEnd = end;
                while (NextWord(after, runEnd, out int nextStart, out int nextEnd) && (ConditionLookup.Contains(after[nextStart..nextEnd]) || ConditionGoesOnLookup.Contains(after[nextStart..nextEnd])))
                    runEnd = nextEnd;
                if (with || !NextWord(after, runEnd, out int afterStart, out int afterEnd) || AfterAConditionLookup.Contains(after[afterStart..afterEnd])) return true;
            }
            words++;
            i = end;
        }
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PolicePeopleLookup = new HashSet<string>(
        ["officers", "officer", "constables", "staff", "personnel", "members", "employees", "families", "family", "spouses", "recruits",
         "cadets", "colleagues"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivingLookup = new HashSet<string>(
        ["egg", "sperm", "oocyte", "embryo", "organ", "kidney", "liver", "living", "blood", "marrow"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (char c in word)
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnerLookup = new HashSet<string>(
        ["their", "his", "her"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Parties beside the work that no false friend names but a list of parties holds: "district principals and superintendents",
    /// "the GPs, midwives and health visitors". They never rule a phrase out alone (the glossary's false friends do).
    /// </summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherPartyLookup = WithInflections(
        "superintendents", "headteachers", "administrators", "psychiatrists", "physios", "physiotherapists", "midwives", "visitors",
        "paediatricians", "pediatricians", "surgeons", "pharmacists", "coaches", "chaplains", "chiefs", "inspectors", "commissioners",
        "trustees", "sponsors", "regulators", "stakeholders", "executives", "supervisors", "prescribers", "referrers", "governors",
        "lecturers", "tutors", "magistrates", "judges", "prosecutors", "attorneys", "lawyers", "solicitors", "sergeants", "scientists",
        "analysts", "nutritionists", "dietitians", "dieticians", "caseworkers")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Participles that make the party the people served on their own: "nurses experiencing ...", "doctors recovering ...".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GoingThroughLookup = new HashSet<string>(
        ["experiencing", "struggling", "suffering", "recovering", "returning", "coping", "grieving", "calling", "using", "living",
         "accessing", "contacting", "attending"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a condition the people served go through is named in the next few words: "facing burnout", "dealing with grief".</summary>
    static bool ConditionWithin(ReadOnlySpan<char> after)
    {
        const int MaxWords = 3;
        for (int i = 0, words = 0; i < after.Length && words < MaxWords;)
        {
            if (!CharClass.IsWordChar(after[i]))
            {
                if (after[i] is '.' or ';' or ':' or ',' or '!' or '?') return false;
                i++;
                continue;
            }
            int end = HyphenatedWordEnd(after, i);
            if (ConditionLookup.Contains(after[i..end])) return true;
            words++;
            i = end;
        }
        return false;
    }

    /// <summary>What a counsellor does with the people she serves: "doctors I counsel", "the nurses we support".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ServingVerbLookup = new HashSet<string>(
        ["counsel", "counselled", "counseled", "treat", "treated", "see", "saw", "support", "supported", "serve", "served", "help",
         "helped", "coach", "coached", "assess", "assessed"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnServiceLookup = new HashSet<string>(
        ["service", "services", "eap", "helpline", "session", "sessions", "caseload", "programme", "program", "clinic", "practice"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that go on naming a condition: "substance use disorders", "alcohol misuse", "mental health problems".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConditionGoesOnLookup = new HashSet<string>(
        ["use", "misuse", "disorder", "disorders", "problems", "issues", "dependence", "related"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The next word from <paramref name="from"/> on, if one follows before a mark that ends a clause.</summary>
    static bool NextWord(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        start = end = from;
        while (start < text.Length && !CharClass.IsWordChar(text[start]))
        {
            if (text[start] is '.' or ';' or ':' or '!' or '?' or ',' or '(' or ')') return false;
            start++;
        }
        if (start >= text.Length) return false;
        end = HyphenatedWordEnd(text, start);
        return true;
    }

    /// <summary>Where the word starting at <paramref name="start"/> ends, a hyphen joining its parts: "police-referred", "co-teachers".</summary>
    static int HyphenatedWordEnd(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && (CharClass.IsWordChar(text[end]) || text[end] == '-')) end++;
        return end;
    }

    /// <summary>Words that may follow what the people served go through: "in treatment who fear ...", "on stress leave and their families".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterAConditionLookup = new HashSet<string>(
        ["and", "or", "who", "whose", "since", "after", "for", "from", "with", "at", "in", "on", "to", "through", "across", "during"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The prepositions of <see cref="ObjectEndLookup"/>: past them an object's list may go on.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = new HashSet<string>(
        ["by", "during", "on", "in", "at", "from", "under", "alongside", "for", "among", "after", "before", "through", "via", "across",
         "over", "into", "within", "about", "around", "beyond", "without", "throughout", "toward", "towards", "with", "following",
         "regarding", "concerning"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open another clause, where a preposition's phrase ends: "through daily huddles so that ...".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpenerLookup = new HashSet<string>(
        ["so", "that", "which", "because", "when", "while", "where", "to", "as", "whose", "whom", "than", "until", "since"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// What the people served go through, said right after the object: "commanders in treatment", "nurses after critical incidents",
    /// "teachers on stress leave", "doctors and nurses with addiction" (a review).
    /// </summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConditionLookup = new HashSet<string>(
        ["treatment", "therapy", "care", "recovery", "counselling", "counseling", "distress", "stress", "burnout", "leave",
         "trauma", "ptsd", "addiction", "addictions", "depression", "anxiety", "grief", "bereavement", "incident", "incidents", "illness",
         "injury", "injuries", "sick", "substance", "alcohol", "suicide", "suicidal", "fatigue", "harassment", "abuse", "loss",
         "deployment", "deployments", "redundancy", "diagnosis", "bereavements", "suicides", "assaults", "redundancies", "deaths",
         "losses", "miscarriages", "diagnoses", "traumas"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that join the parts of an object: "the GPs and practice nurses", "commanders including ...".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectJoinerLookup = new HashSet<string>(
        ["and", "or", "including", "plus"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words that open another part of the sentence after an object: its prepositions ("through daily huddles", "in each community"),
    /// "so", "to", "that" and their kin. Not "of": "the pastors of the four congregations", "the Army Corps of Engineers".
    /// </summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectEndLookup = new HashSet<string>(
    [
        "by", "during", "on", "in", "at", "from", "under", "alongside", "for", "among", "to", "after", "before", "through", "via",
        "across", "over", "into", "within", "about", "around", "since", "until", "while", "when", "where", "which", "that", "as",
        "because", "so", "like", "beyond", "without", "than", "whose", "whom", "throughout", "toward", "towards", "despite",
        "following", "regarding", "concerning",
        // Read past by TheyAreServedAfter: "nurses with addiction", "police and with the survivors they bring".
        "with",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The people of a workplace, who are a party's only when a party's word says whose: "the coaching staff", "clinic staff".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StaffLookup = new HashSet<string>(
        ["staff", "personnel", "employees", "members", "member", "service", "workforce", "colleagues"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that make a workplace's people a party's: "the sports medicine staff", "ward staff", "the school's support staff".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StaffsPartyLookup = new HashSet<string>(
        ["coaching", "medical", "medicine", "nursing", "hospital", "clinic", "school", "ward", "practice", "agency", "office", "club",
         "faculty", "support", "administrative", "admin", "reception", "front-desk"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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
        // The people a review found served beside the parties of session 53: the forces', the police's and the sports' own,
        // students, workers and older adults, the bereaved and the displaced.
        // Not "officers", "constables" or "dispatchers" alone: "a working alliance with the police liaison officers" is a fan
        // liaison officer's (Fresh244, t09); the police's own people right after "police" are read by PolicePeopleLookup.
        // Nor "team": "the local police neighbourhood teams" are the police's (a session 52 probe).
        "servicemen", "servicewomen", "aircrew", "squad", "teammates", "rowers", "gymnasts", "cyclists", "runners", "dancers", "undergraduates",
        "workers", "worker", "apprentices", "volunteers", "tenants", "adults", "adult", "elderly", "seniors", "bereaved",
        "seekers", "relatives", "widows", "orphans", "callers", "users", "babies", "infants", "inpatients", "outpatients",
        "parishioners", "congregants", "scholars", "plhiv", "elders", "persons", "peoples", "childrens", "addicts", "sick", "dying",
        "participants", "mums", "moms", "idps", "returnees", "migrants", "whanau", "wh\u0101nau", "probationers", "freshmen", "congregation",
        "drinkers", "ncos", "enlisted", "trainee", "communities", "congregations", "recipients", "surrogates",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after a party that make it the people served: "police officers referred through the EAP", "commanders who ...".</summary>
    /// <summary>Where "who" stands after a place of up to four words ("at RFCS, who", "at the Royal Infirmary who"), or -1.</summary>
    static int WhoAfterAPlace(ReadOnlySpan<char> after)
    {
        int who = after.IndexOf(" who ", StringComparison.OrdinalIgnoreCase);
        if (who < 0 || after[..who].IndexOfAny(".;:!?") >= 0) return -1;
        var place = after[..who].TrimEnd(" ,");
        int words = 0;
        foreach (var range in place.SplitAny(" \t\r\n"))
            if (!place[range].IsEmpty && ++words > 4) return -1;
        // A place, not the people served: "at HMP Leeds" yes, "at the clinic, clients who ..." no.
        foreach (var range in place.SplitAny(" \t\r\n,"))
            if (PeopleServedLookup.Contains(place[range])) return -1;
        return who + 1;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositionLookup = new HashSet<string>(
        ["at", "in", "from"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the words after a party's "who" say the party refers, sends or funds others: "who refer students", "who regularly
    /// refer", "who referred 40 clients". Not the party itself referred or helped: "managers who refer themselves", "nurses who
    /// manage burnout" are the clients (a review of session 54).
    /// </summary>
    static bool RefersOthers(ReadOnlySpan<char> text, int whoEnd)
    {
        if (!NextWord(text, whoEnd, out int actStart, out int actEnd)) return false;
        // "who regularly refer", "who often send".
        if (text[actStart..actEnd].EndsWith("ly", StringComparison.OrdinalIgnoreCase) || text[actStart..actEnd].Equals("often", StringComparison.OrdinalIgnoreCase))
            if (!NextWord(text, actEnd, out actStart, out actEnd)) return false;
        if (!PartysActLookup.Contains(text[actStart..actEnd])) return false;
        if (NextWord(text, actEnd, out int whomStart, out int whomEnd) && SelfLookup.Contains(text[whomStart..whomEnd])) return false;
        // The object going on past the party's clause to the people served, or the party served in the end: "GPs who refer
        // patients and with the patients themselves" (a third review), "GPs who refer, as well as their patients", "nurses who
        // refer colleagues ... and later attend sessions themselves", "managers who frequently refer, many of whom later came to
        // counselling" (a fourth).
        var after = text[actEnd..];
        int clauseEnd = after.IndexOfAny(".;!?");
        if (clauseEnd >= 0) after = after[..clauseEnd];
        int join = after.IndexOfAny(ObjectGoesOn);
        if (join < 0) return true;
        var rest = after[join..];
        if (rest.IndexOfAny(ServedAfterAll) >= 0) return false;
        foreach (var range in rest.SplitAny(" \t\r\n,"))
            if (PeopleServedLookup.Contains(rest[range])) return false;
        return true;
    }

    static readonly System.Buffers.SearchValues<string> ObjectGoesOn = System.Buffers.SearchValues.Create(
        [" and ", ", ", " as well as "], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> ServedAfterAll = System.Buffers.SearchValues.Create(
        ["themselves", "whom", "counselling", "counseling", "sessions", "therapy"], StringComparison.OrdinalIgnoreCase);

    /// <summary>What a party does with the people served, after "who": refers, sends or funds them.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartysActLookup = new HashSet<string>(
        ["refer", "refers", "referred", "send", "sends", "sent", "fund", "funds", "funded", "commission", "commissions", "commissioned",
         "signpost", "signposts", "signposted"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfLookup = new HashSet<string>(
        ["themselves", "himself", "herself", "their", "for", "to", "in"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartyServedLookup = new HashSet<string>(
        ["referred", "self-referred", "who", "seeking", "affected", "struggling", "exposed", "involved"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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
