using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace HiringKit.Scoring;

/// <summary>
/// Scores a resume against glossary terms. Pure and deterministic: the same text, dictionary and
/// options give the same result, byte for byte once serialized, on any machine.
/// </summary>
/// <remarks>
/// Per term, out of 100:
/// <list type="bullet">
/// <item>core, up to 35: the canonical phrase 20 points, each synonym 12;</item>
/// <item>related competencies, up to 25: 5 points for each different one;</item>
/// <item>components, up to 25: the share of the term's components (bond, goals, tasks) with evidence;</item>
/// <item>outcomes, up to 15: 7.5 for each measured client outcome ("85% client retention"), counted only
/// when the resume shows the term itself (its canonical phrase or a synonym, or two of its components).</item>
/// </list>
/// Each phrase counts by its occurrences weighted by assertion (asserted 1, hedged 0.35,
/// aspirational 0.1, negated 0) times where it stands (a dated role or a resume without sections 1,
/// a summary 0.75, education 0.5, a skills list 0.3, a keyword block 0.15), the strongest first at
/// full weight, each further one half the one before, capped at 1.5 occurrences' worth, so breadth
/// beats repetition. Evidence outside experience (summary, education, skills, keywords) adds at
/// most 15 points to what experience shows, so listing every phrase never outweighs the work
/// (issue 16). The overall score is the best term's when no terms are asked for, the mean of the
/// asked-for terms otherwise. Text too short to judge scores 0 with band none.
/// </remarks>
public static class ResumeScorer
{
    const double CanonicalPoints = 20;
    const double SynonymPoints = 12;
    const double CoreCap = 35;
    const double RelatedPoints = 5;
    const double RelatedCap = 25;
    const double ComponentPoints = 25;
    const double OutcomePoints = 7.5;
    const int MaxOutcomes = 2;

    /// <summary>A phrase said once counts 1; said again and again, never more than this.</summary>
    const double MaxPhraseStrength = 1.5;
    const double RepeatDecay = 0.5;

    /// <summary>
    /// What a summary, education entries, skills and keyword lists can add to the evidence that
    /// experience shows: a mention of a skill is not the work, and a keyword block with no work
    /// behind it must never outscore a resume that shows the work.
    /// </summary>
    const double UnbackedCap = 15;

    /// <summary>Terms without components are covered by this many different phrases instead.</summary>
    const int PhrasesForFullCoverage = 4;

    // The moderate and strong edges are where the labelled corpus's writers put them. Scored by the same scorer, their strong
    // resumes' middle half falls at 57-76 and their moderate ones' at 38-53, so edges of 35 and 65 read a quarter of the strong
    // resumes moderate (2,269 of 2,883 bands agreed). Edges fitted without each fold's own sets, five folds over the sets, agree
    // on 2,415 of the held-out bands; 30 and 55 agree on 2,411 (scripts/band-edges). The weak edge stays at UnbackedCap: a
    // keyword block with nothing behind it is weak, and the reviews read another trade's one soft skill (10-14) as none.
    public const int WeakFrom = 15;
    public const int ModerateFrom = 30;
    public const int StrongFrom = 55;

    public static double WeightOf(string assertion) => assertion switch
    {
        Assertions.Asserted => 1.0,
        Assertions.Hedged => 0.35,
        Assertions.Aspirational => 0.1,
        _ => 0.0,
    };

    /// <summary>How much a phrase counts for where it stands: work shown fully, claims less, lists least.</summary>
    public static double WeightOfSection(string section) => section switch
    {
        Sections.Experience or Sections.Other => 1.0,
        // The writer's own claim in prose, but without the job that would show it.
        Sections.Summary => 0.75,
        Sections.Education => 0.5,
        Sections.Skills => 0.3,
        _ => 0.15,
    };

    public static string BandOf(int score) => score switch
    {
        >= StrongFrom => Bands.Strong,
        >= ModerateFrom => Bands.Moderate,
        >= WeakFrom => Bands.Weak,
        _ => Bands.None,
    };

    public static ResumeScore Score(string text, ScoringDictionary dictionary, ScoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dictionary);
        options ??= new ScoreOptions();
        var terms = SelectTerms(dictionary, options.Terms);
        if (options.TargetLevel is not null && !Levels.All.Contains(options.TargetLevel))
            throw new ArgumentException($"Unknown target level '{options.TargetLevel}'; expected junior, mid or senior.", nameof(options));
        var asOf = options.AsOf ?? ScorerInfo.DefaultAsOf;

        // The matcher's hits only live until they are sorted by kind: a pooled buffer, as every score would otherwise allocate one.
        var sink = new PooledSink(text.Length / 32 + 8);
        dictionary.Matcher.FindAll(text, ref sink);

        var resume = new ResumeText(text);
        var layout = new ResumeLayout(text, asOf);
        var selected = new bool[dictionary.Terms.Count];
        foreach (int t in terms) selected[t] = true;
        var byKind = new HitsByKind(text, dictionary, selected, sink.Hits);
        sink.Return();
        var cueHits = byKind.Cues;
        layout.ReadRunsOfPhrases(byKind.Phrases, byKind.Titles);
        // The assertion reader's page: what it looks up on the whole text is found once, for every phrase and outcome it reads.
        // Its plans headings are read on the resume's own lines: the layout's join a page's running footer to the line above it
        // (RunningHeaders.Blanked blanks the line break before it), and a plans heading over "Page 2 of 3" was read as none (a
        // review of session 46). The layout only ever blanks line breaks, so as many lines are the same lines.
        var planLines = layout.Lines.Count == text.AsSpan().Count('\n') + 1 ? layout.Lines : new LineBreaks(text);
        var page = new AssertionReader.Page(resume, dictionary, cueHits, planLines);
        var (matches, matchesByTerm) = FindMatches(page, layout, dictionary, byKind);
        DropAnotherTradesWork(matches, matchesByTerm, layout);
        DropWorkUnderNotClinicalHeadings(matches, matchesByTerm, layout);
        var jobTitles = FindJobTitles(text, dictionary, byKind.Titles);
        bool careerInAnotherTrade = layout.Roles.Count > 0 && Array.IndexOf(layout.IsAnotherTrade, false) < 0 && !layout.HasAnUndatedPostOfTheTrade();
        if (careerInAnotherTrade)
        {
            DropAnotherCareersSummary(matches, matchesByTerm, layout, text);
            WeighOtherSectionsAsStudy(matchesByTerm, layout);
        }
        else if (layout.LeftTheTrade()) DropTheNewCareersSoftSkills(matches, matchesByTerm, layout);
        bool anotherTrade = layout.Roles.Count > 0 && !ShowsTheTrade(matches, byKind.Titles, dictionary, layout);
        // A counseling degree under way on a page with no job in the trade: a student of it (CounselingStudies). On a page that
        // shows nothing else of the trade, she is read as a student whatever her jobs say; on one that names the term, her jobs
        // are read as anyone's, and only when none counts is she a junior with no years (Fresh28, t04), not a career outside it.
        var degreeUnderWay = layout.Roles.Count > 0 && !layout.AnyJobTitledInTheTrade() ? CounselingStudies.DegreeUnderWay(layout, asOf) : null;
        bool readAsStudent = anotherTrade && degreeUnderWay is not null;
        if (readAsStudent) anotherTrade = false;
        if (anotherTrade || careerInAnotherTrade) DropAnotherTradesDenials(matches, matchesByTerm, resume);
        if (anotherTrade) DropRelatedEvidence(matches, matchesByTerm);
        else
        {
            DropOtherJobsSoftSkills(matches, matchesByTerm, layout);
            if (Array.IndexOf(layout.IsAnotherTrade, true) >= 0)
                RemoveSoftSkillEvidence(matches, matchesByTerm, () => m => layout.TagNamesAnotherTradesRole(m.Start));
        }
        var termEvidence = new List<int>(matches.Count + jobTitles.Count);
        foreach (var m in matches)
            // Soft skills ("rapport", "empathy") turn up in any job with people in it: only the term and its synonyms
            // show that a role without the trade's words was counseling work.
            if (m.Assertion is Assertions.Asserted or Assertions.Hedged && m.Kind != "related") termEvidence.Add(m.Start);
        foreach (var j in jobTitles) termEvidence.Add(j.Start);
        bool insufficient = !TextSufficiency.IsSufficient(text);
        var level = LevelEstimator.Estimate(resume, layout, dictionary, terms, byKind, termEvidence, !anotherTrade, degreeUnderWay, readAsStudent, asOf);
        // A level guessed from one line would be read as a verdict too; and an attorney's eight years are not a
        // senior counselor's: the level is the seniority in the trade the interview guides are written for. A keyword
        // list puts the trade on the page, but when every dated role is titled in another trade (a life coach who sold
        // implants, a store manager) no year of the career is the trade's either.
        if (insufficient || anotherTrade || (careerInAnotherTrade && degreeUnderWay is null)) level = level with { Level = null, Confidence = 0 };
        // A student of the trade whose only show of it is a keyword list (no practicum, no post): the list is the stuffer's, and
        // the degree under way no seniority in the trade yet. Thirty-two seen sets' writers leave such a page's level out, and
        // three keep a junior for a student with no list (Fresh25, t10; Fresh29, t04; Fresh30, t04).
        else if (degreeUnderWay is not null && level.YearsOfExperience is null or 0 && !layout.AnyRoleTitledInTheTrade()
                 && ListedPhrases(matches) >= StuffedListSize && !layout.TellsCounselingDoneAnywhere()) level = level with { Level = null, Confidence = 0 };
        int outcomesInRolesOfTheTrade = 0;
        int outcomes = insufficient ? 0 : Outcomes.Count(page, layout, MaxOutcomes, out outcomesInRolesOfTheTrade);

        // The terms the resume shows, plus those asked for by name: a glossary of a thousand terms must not
        // cost, or list, a thousand scores of zero (issue 17). A term with no match scores zero, so the best
        // score is the same either way.
        // A dated role titled in the trade, on a page that is the trade's: its evidence shows the work (see ScoreTerm's floor).
        // A senior's years in it (the rule is that no keyword block reaches a genuine senior): a retail career with a summer's
        // "Youth Counselor" job, or two years of a "Counselor" who answered calls, is no such career (an independent review).
        bool workInTheTrade = !insufficient && !anotherTrade && !careerInAnotherTrade && level.YearsOfExperience >= MinYearsForTheFloor
            && layout.AnyRoleTitledInTheTrade();
        bool named = options.Terms is { Count: > 0 };
        var termScores = new List<TermScore>(terms.Count);
        foreach (int t in terms)
            if (named || matchesByTerm[t] is { Count: > 0 })
                termScores.Add(ScoreTerm(dictionary.Terms[t], dictionary.PhraseComponents[t], matchesByTerm[t], outcomes, outcomesInRolesOfTheTrade, insufficient, workInTheTrade));

        int score = insufficient || termScores.Count == 0 ? 0
            : named
                ? (int)Math.Round(termScores.Average(s => s.Score), MidpointRounding.AwayFromZero)
                : termScores.Max(s => s.Score);
        // A keyword list with nothing behind it (no phrase in a dated role or an experience section, no post titled in the trade):
        // the page shows no work of the trade, so no seniority or years in it either, whatever the jobs' bullets share with it
        // (Fresh23, t07: a stuffer's 2.8 years; Fresh75, t11: a fire department administrator's 8.4). Every seen set's writers
        // leave a stuffer's level and years out.
        // Not where a post's lines show the work, its title another's: a "Student Assistance Program Specialist" giving individual
        // counseling sessions (an independent review).
        if (level.Level is not null && ListedPhrases(matches) >= StuffedListSize && !layout.AnyRoleTitledInTheTrade() && !AnyInExperience(matches)
            && !AnyRoleShowsCounseling(layout) && !layout.TellsCounselingDoneAnywhere())
            level = level with { Level = null, Confidence = 0, YearsOfExperience = null };

        return new ResumeScore(
            ScorerInfo.Version,
            HashOf(text),
            score,
            insufficient ? Bands.None : BandOf(score),
            insufficient,
            matches,
            termScores,
            level,
            jobTitles);
    }

    /// <summary>How many phrases stand in skills and keyword lists.</summary>
    static int ListedPhrases(List<Match> matches)
    {
        int listed = 0;
        foreach (var m in matches) if (m.Section is Sections.Skills or Sections.Keywords) listed++;
        return listed;
    }

    /// <summary>Whether any dated role's lines tell counselling done (<see cref="ResumeLayout.TellsCounselingDone"/>), a practicum's too.</summary>
    static bool AnyRoleShowsCounseling(ResumeLayout layout)
    {
        for (int r = 0; r < layout.Roles.Count; r++) if (layout.TellsCounselingDone(r)) return true;
        return false;
    }

    /// <summary>Whether any phrase stands in experience: a dated role or an experience section.</summary>
    static bool AnyInExperience(List<Match> matches)
    {
        foreach (var m in matches) if (m.Section == Sections.Experience) return true;
        return false;
    }

    /// <summary>The fewest listed phrases that make a keyword list a stuffer's, not a student's few skills.</summary>
    const int StuffedListSize = 8;

    /// <summary>Lowercase hex SHA-256 of the text as UTF-8.</summary>
    public static string HashOf(string text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 4096 ? System.Buffers.ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> buffer = rented ?? stackalloc byte[4096];
        // Lone surrogates become U+FFFD, as System.Text.Json and ASP.NET encode them.
        int length = Encoding.UTF8.GetBytes(text, buffer);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer[..length], hash);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(hash);
    }

    static List<int> SelectTerms(ScoringDictionary dictionary, IReadOnlyCollection<string>? slugs)
    {
        if (slugs is not { Count: > 0 }) return [.. Enumerable.Range(0, dictionary.Terms.Count)];
        var selected = new SortedSet<int>();
        foreach (var slug in slugs)
        {
            if (slug is null || !dictionary.TryGetTermIndex(slug, out int index))
                throw new ArgumentException($"Unknown term '{slug}'.", "options");
            selected.Add(index);
        }
        return [.. selected];
    }

    /// <param name="Rank">The assertion and section as an index into <see cref="WeightByRank"/>.</param>
    readonly record struct FoundMatch(int Phrase, int Rank, Match Match);

    /// <summary>A term with no false friend's hits: one shared empty list, read only, where each such term made one.</summary>
    static readonly List<PhraseHit> NoHits = [];

    /// <returns>All matches by start, and the same matches by term.</returns>
    static (List<Match> All, List<FoundMatch>?[] ByTerm) FindMatches(AssertionReader.Page page, ResumeLayout layout, ScoringDictionary dictionary, HitsByKind byKind)
    {
        var resume = page.Resume;
        string text = resume.Text;
        int termCount = dictionary.Terms.Count;
        var phraseHits = byKind.Phrases;
        var falseFriends = byKind.FalseFriends;
        var routes = dictionary.HitRoutes;

        // Each term's matches come out by start, no two on one start (the outermost hit keeps it), so
        // merging the terms' runs gives the order by start, length, term without a sort.
        var byTerm = new List<FoundMatch>?[termCount];
        int total = 0;
        for (int t = 0; t < termCount; t++)
        {
            if (phraseHits[t] is not { } termHits) continue;
            var term = dictionary.Terms[t];
            var contexts = dictionary.FalseFriendContexts[t];
            var parties = dictionary.PartyContexts[t];
            var blockers = falseFriends[t] ?? NoHits;
            int longestBlocker = 0;
            foreach (var b in blockers) longestBlocker = Math.Max(longestBlocker, b.Length);
            var run = byTerm[t] = new List<FoundMatch>(termHits.Count);
            foreach (var hit in Overlaps.KeepOutermost(termHits))
            {
                if (Overlaps.Any(blockers, longestBlocker, hit)) continue;
                // The phrase's facts from its route (see there), not from the glossary's records.
                var route = routes[hit.PatternId];
                int p = route.Phrase;
                string phrase = route.PhraseText!;
                if (route.HasFalseFriendContexts && FalseFriendContext.Surrounds(resume, hit, contexts[p], parties[p], byKind.ContextWords, dictionary.ContextWords)) continue;
                if (route.HasFalseFriendContexts && Array.IndexOf(parties[p], true) >= 0
                    && (FalseFriendContext.ObjectNamesReferrers(resume, hit) || FalseFriendContext.ObjectNamesATeam(resume, hit)
                        || FalseFriendContext.ObjectServesAPartnership(resume, hit) || FalseFriendContext.ObjectNamesColleagues(resume, hit))) continue;
                // A related phrase only: an organisation is named for a service it gives ("Crisis Intervention Centre"), and the
                // reading goes by capitals, which a page in capitals alone would give every phrase.
                if (route.PhraseKind == PhraseKind.Related && char.IsUpper(text[hit.Start]) && FalseFriendContext.NamesAReferralPartner(resume, hit)) continue;
                if (route.PhraseKind == PhraseKind.Related && (layout.InAnotherTrade(hit.Start) || layout.UnderAnotherTradesLabel(hit.Start)
                    || layout.InASentenceAsAnotherTradesPost(hit.Start))) continue;
                string assertion = AssertionReader.Of(page, hit);
                string section = layout.SectionOf(hit.Start);
                run.Add(new FoundMatch(p, RankOf(assertion, section), new Match(
                    term.Slug, phrase, KindName(route.PhraseKind), assertion, hit.Start, hit.Length,
                    TextOf(text, hit.Start, hit.Length, phrase), section)));
            }
            total += run.Count;
        }

        return (InTextOrder(byTerm, total), byTerm);
    }

    /// <summary>
    /// All terms' matches by start, then length, then term: the terms' runs merged. Each run's next match is held as one number,
    /// its start above its length, so a pick compares numbers in a span; it compared the runs' heads through the lists'
    /// indexers and a call a comparison.
    /// </summary>
    static List<Match> InTextOrder(List<FoundMatch>?[] byTerm, int total)
    {
        int count = 0;
        foreach (var run in byTerm)
            if (run is { Count: > 0 }) count++;
        // [r] = the r-th run's term, how many of its matches are taken, and its next match's place (long.MaxValue once used up).
        Span<int> termOf = count <= 256 ? stackalloc int[count] : new int[count];
        Span<int> taken = count <= 256 ? stackalloc int[count] : new int[count];
        Span<long> next = count <= 256 ? stackalloc long[count] : new long[count];
        for (int t = 0, r = 0; t < byTerm.Length; t++)
            if (byTerm[t] is { Count: > 0 } run) (termOf[r], taken[r], next[r++]) = (t, 0, PlaceOf(run[0].Match));
        var found = new List<Match>(total);
        for (int left = total; left > 0; left--)
        {
            int best = 0;
            // Strictly earlier only: on a tie the lower term, met first, stays first.
            for (int r = 1; r < count; r++)
                if (next[r] < next[best]) best = r;
            var run = byTerm[termOf[best]]!;
            found.Add(run[taken[best]].Match);
            next[best] = ++taken[best] < run.Count ? PlaceOf(run[taken[best]].Match) : long.MaxValue;
        }
        return found;
    }

    /// <summary>A match's start and length as one number that orders as they do, start first.</summary>
    static long PlaceOf(Match m) => (long)m.Start << 32 | (uint)m.Length;

    /// <summary>
    /// Whether anything on the page puts the resume in the trade: the term or a synonym stated (not denied), a
    /// counseling job title or credential, or a dated role titled counselor, therapist, clinician... A resume
    /// with a career on the page and none of these is another trade's: its "rapport", "empathy" and "active
    /// listening" are a hotel manager's, a lawyer's or a teacher's (issue 16's false friends, as two blind sets
    /// labelled them), not evidence of the alliance. A few lines with no dated role are left to the phrases.
    /// </summary>
    /// <remarks>Credentials are left out: they are matched in capitals only ("ACT" the therapy, not "act"), and what is found must not depend on case.</remarks>
    static bool ShowsTheTrade(List<Match> matches, List<PhraseHit> titleHits, ScoringDictionary dictionary, ResumeLayout layout)
    {
        foreach (var m in matches)
            if (m.Kind != "related" && IsEvidence(m)) return true;
        // A title in another trade's role is that trade's ("Genetic Counselor" holds a counseling title).
        foreach (var hit in titleHits)
            if (dictionary.PatternOf(hit.PatternId).Kind != PatternKind.Credential && !layout.InAnotherTrade(hit.Start)) return true;
        // An employee assistance programme's counselor under a business-sounding title (Fresh47, t12) is in the trade too, and so is a
        // post of the trade whose dates went unread (Fresh230, t12).
        return layout.AnyRoleTitledCounseling() || layout.AnyAssistanceProgrammesCounselor || layout.HasAnUndatedPostOfTheTrade();
    }

    /// <summary>
    /// A counselor's earlier job outside the trade (a recreation centre) built rapport with parents and coaches, not
    /// clients: related phrases in a dated role that shows neither the trade (its words, the term or a synonym
    /// stated in it) nor helping work (clients, patients, sessions, a caseload) leave, when another role shows it.
    /// They leave too when no role is in the trade at all: a keyword block puts the trade's words on the page, but the
    /// pharmacy technician's "treatment adherence" and the hotel manager's rapport with clients stay those trades' work.
    /// </summary>
    static void DropOtherJobsSoftSkills(List<Match> matches, List<FoundMatch>?[] byTerm, ResumeLayout layout)
    {
        var roles = layout.Roles;
        // One role is judged as several are: with none in the trade, its soft skills are its own trade's.
        if (roles.Count == 0) return;
        // One sweep in text order: which roles hold a soft skill as evidence, and which hold the term or a synonym.
        const byte HoldsSoftSkill = 1, HoldsTerm = 2;
        // On the stack: a resume has a few roles, and these three arrays were allocated for every score.
        Span<byte> held = roles.Count <= 128 ? stackalloc byte[roles.Count] : new byte[roles.Count];
        // The roles as a span: the list's indexer copied a role (ten fields) for each field read.
        var roleSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(roles);
        int from = 0;
        bool anySoftSkill = false;
        foreach (var m in matches)
        {
            if (!IsEvidence(m)) continue;
            byte kind = m.Kind == "related" ? HoldsSoftSkill : HoldsTerm;
            int start = m.Start;
            for (int r = FirstRoleNotEndedBy(roleSpan, start, ref from); r < roleSpan.Length && roleSpan[r].BlockStart <= start; r++)
                if (start < roleSpan[r].BlockEnd && layout.InColumnOf(r, start))
                {
                    held[r] |= kind;
                    anySoftSkill |= kind == HoldsSoftSkill;
                }
        }
        // No role holds a soft skill: no role's soft skills can leave (NoRoleInTheTrade needs one held, and otherWork is only
        // ever set for a role holding one), so the roles' words need no reading.
        if (!anySoftSkill) return;
        // A dated bullet ("- Team lead (2021 – 2023): ...") is read as a role whose block takes the rest of the bullets of
        // the role it stands in: those are still that role's, and are judged with it. last[r]: the last role read with r.
        Span<int> head = roles.Count <= 128 ? stackalloc int[roles.Count] : new int[roles.Count];
        Span<int> last = roles.Count <= 128 ? stackalloc int[roles.Count] : new int[roles.Count];
        for (int r = 0; r < roles.Count; r++)
        {
            head[r] = r > 0 && layout.IsDatedBullet(r) ? head[r - 1] : r;
            last[head[r]] = r;
            held[head[r]] |= held[r];
        }
        var otherWork = new bool[roles.Count];
        if (NoRoleInTheTrade(layout, held, head, last, HoldsTerm))
        {
            // Every role's soft skills are its own trade's: the trade on the page is the keyword block's or the summary's.
            Array.Fill(otherWork, true);
            RemoveSoftSkillsInOtherWork(matches, byTerm, layout, otherWork);
            return;
        }
        bool anyOtherWork = false, anyShows = false;
        for (int r = 0; r < roles.Count; r++)
        {
            if (head[r] != r) continue;
            if ((held[r] & HoldsTerm) != 0) anyShows = true;
            else if ((held[r] & HoldsSoftSkill) != 0) anyOtherWork |= otherWork[r] = !layout.ShowsHelpingWork(r, last[r]);
        }
        if (!anyOtherWork) return;
        for (int r = 0; r < roles.Count && !anyShows; r++)
            if (head[r] == r) anyShows = (held[r] & HoldsSoftSkill) != 0 ? !otherWork[r] : layout.ShowsHelpingWork(r, last[r]);
        if (!anyShows) return;
        for (int r = 0; r < roles.Count; r++) otherWork[r] = otherWork[head[r]];
        RemoveSoftSkillsInOtherWork(matches, byTerm, layout, otherWork);
    }

    /// <summary>Removes the soft skills stated as done that stand only in roles marked <paramref name="otherWork"/>.</summary>
    static void RemoveSoftSkillsInOtherWork(List<Match> matches, List<FoundMatch>?[] byTerm, ResumeLayout layout, bool[] otherWork) =>
        RemoveSoftSkillEvidence(matches, byTerm, () =>
        {
            int next = 0; // each list is in text order, and walks the roles afresh
            return m => OnlyInOtherWork(layout, otherWork, m.Start, ref next);
        });

    /// <summary>
    /// Whether no role is in the trade: none titled in it (terse bullets under "Counselor" are still the trade's work), none
    /// holding the term or a synonym, and none showing the trade's words or settings; clients and patients alone do not
    /// tell, as a hotel and a pharmacy have them too.
    /// </summary>
    static bool NoRoleInTheTrade(ResumeLayout layout, ReadOnlySpan<byte> held, ReadOnlySpan<int> head, ReadOnlySpan<int> last, byte holdsTerm)
    {
        // A role holds the term: no need to read the roles' words. (Some role holds a soft skill, passed on to its head: the
        // caller asks only then.)
        for (int r = 0; r < layout.Roles.Count; r++)
            if (head[r] == r && (held[r] & holdsTerm) != 0) return false;
        if (layout.AnyRoleTitledInTheTrade()) return false;
        for (int r = 0; r < layout.Roles.Count; r++)
            if (head[r] == r && layout.ShowsHelpingWorkBeyondItsPeople(r, last[r])) return false;
        return true;
    }

    /// <summary>Roles come in text order: those that ended before a position (asked in text order) are skipped for good.</summary>
    static int FirstRoleNotEndedBy(ReadOnlySpan<ExperienceReader.DatedRole> roles, int position, ref int from)
    {
        while (from < roles.Length && roles[from].BlockEnd <= position) from++;
        return from;
    }

    static bool OnlyInOtherWork(ResumeLayout layout, bool[] otherWork, int position, ref int from)
    {
        var roles = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(layout.Roles);
        bool held = false;
        for (int r = FirstRoleNotEndedBy(roles, position, ref from); r < roles.Length && roles[r].BlockStart <= position; r++)
        {
            if (position >= roles[r].BlockEnd || !layout.InColumnOf(r, position)) continue;
            if (!otherWork[r]) return false;
            held = true;
        }
        return held;
    }

    static bool IsEvidence(Match m) => m.Assertion is Assertions.Asserted or Assertions.Hedged;

    /// <summary>
    /// When every dated role is another trade's, the summary speaks of that career: a mediator's "neutral working alliance
    /// with both parties", a physical therapist's "therapeutic alliance with every patient". Its evidence leaves, the term
    /// included, as the roles' did; what it denies or hopes for stays, as that says what the resume lacks. Asked before the
    /// page is judged for signs of the trade: that career's summary and papers do not put the trade on the page. A genetic
    /// counselor's poster on "holding the therapeutic relationship in post-test genetic counseling" did, and her skills'
    /// "active listening" stood as a counselor's (Fresh13, t09); a keyword list naming the term still puts it there.
    /// </summary>
    /// <remarks>
    /// Only under a summary's heading: the top of the page is read as a summary too, and there a career changer introduces
    /// the new career above the old one ("New counselor (LPC-eligible). In a 600-hour practicum I built a therapeutic
    /// alliance ..."); a teacher turned counselor lost it all (30 -> 0).
    /// </remarks>
    /// <remarks>
    /// Elsewhere on the page, that career's posters, papers and courses leave where their own lines name another trade and
    /// not the counseling trade: a genetic counselor's "Measuring the working alliance in telehealth genetic counseling
    /// sessions". Dropping every publication of such a career took a teacher's counseling thesis on the alliance with it (32
    /// -> 0); a career changer's own research names counseling, or no trade. What such a line denies or hopes for leaves too:
    /// it is that trade's subject either way, and whether a phrase reads as denied can turn on the case the next line starts
    /// in, which must not change what is found. Not in the summary, whose denials say what the writer lacks: "Store manager
    /// looking to move into social services. I have no experience with therapeutic alliance work" (weak-06). Lists are left
    /// alone, as their items are read together and another item naming a trade says nothing of the phrase's. The phrase's own
    /// words are set aside before a line is read for a trade: its "therapeutic" names none.
    /// </remarks>
    static void DropAnotherCareersSummary(List<Match> matches, List<FoundMatch>?[] byTerm, ResumeLayout layout, string text)
    {
        int firstHeading = layout.Headings.Count > 0 ? layout.Headings[0].Position : 0;
        // A writer who says they never practised the trade: the career's papers and talks on the alliance are its research.
        if (layout.WriterSaysTheyNeverPractised())
        {
            Remove(matches, byTerm, () => m => m.Section is not (Sections.Skills or Sections.Keywords));
            return;
        }
        Remove(matches, byTerm, () => m => m.Section == Sections.Summary && IsEvidence(m) && m.Start >= firstHeading
            || m.Section is not (Sections.Skills or Sections.Keywords) && (m.Section != Sections.Summary || IsEvidence(m))
                && (LinesNameAnotherTrade(text, m.Start, m.Length) || NamesARolesWorkAgain(layout, text, m.Start, m.Length)));
    }

    /// <summary>
    /// On a page whose every dated post is another trade's, a phrase under a heading of a kind that holds no work (training given,
    /// talks, publications, interests) has no work of the trade behind it: it counts as a course's does, not as a post's. Read as
    /// backed, a cupping therapist's in-house course "The therapeutic relationship with the cupping client" made him moderate
    /// (Fresh214, t02). Any other heading's lines keep their weight: a career changer's volunteer counselling is work (reviews).
    /// </summary>
    static void WeighOtherSectionsAsStudy(List<FoundMatch>?[] byTerm, ResumeLayout layout)
    {
        foreach (var run in byTerm)
        {
            if (run is null) continue;
            for (int i = 0; i < run.Count; i++)
                if (run[i].Match.Section == Sections.Other && IsBacked(run[i].Rank) && layout.UnderAHeadingWithoutWork(run[i].Match.Start))
                    run[i] = run[i] with { Rank = RankOf(run[i].Match.Assertion, Sections.Education) };
        }
    }

    /// <summary>
    /// Whether the position stands inside a quoted name that a dated role's lines name too: a workshop, a course or a talk that
    /// post gave, listed again under its own heading ("SELECTED WORKSHOPS": "The Working Alliance, Yes-And Edition" ..... a
    /// counselling agency's staff retreat, the improvisation facilitator's games session of Fresh162, t09). Its line names the
    /// agency it was given for, not the writer's trade. Asked only of a career in another trade, whose roles' work left already.
    /// </summary>
    static bool NamesARolesWorkAgain(ResumeLayout layout, string text, int position, int length)
    {
        var (lineStart, lineEnd) = Clauses.LineAround(text, position);
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        int at = position - lineStart;
        int open = line[..at].LastIndexOfAny(OpeningQuotes);
        if (open < 0) return false;
        int close = line[at..].IndexOfAny(ClosingQuotes);
        if (close < 0) return false;
        var name = line[(open + 1)..(at + close)];
        // A quoted phrase alone is no name of a piece of work: "built a "working alliance"" quotes the term.
        if (name.Length < length + MoreThanThePhrase) return false;
        foreach (var role in layout.Roles)
        {
            var block = text.AsSpan(role.BlockStart, role.BlockEnd - role.BlockStart);
            int found = block.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (found >= 0 && role.BlockStart + found != lineStart + open + 1) return true;
        }
        return false;
    }

    /// <summary>How many characters a quoted name holds beyond the phrase inside it: a word or two of its own.</summary>
    const int MoreThanThePhrase = 8;

    static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("\"\u201C");
    static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("\"\u201D");

    /// <summary>
    /// A counselor who left the trade (<see cref="ResumeLayout.LeftTheTrade"/>) introduces the new career in the summary: a UX
    /// researcher's "I build rapport with participants quickly" is the research interview's (Fresh20, t06). The summary's soft
    /// skills leave, as the new career's roles' did; the term and its synonyms stay, as they name the old career's work.
    /// </summary>
    /// <remarks>Only under a summary's heading, as in <see cref="DropAnotherCareersSummary"/>.</remarks>
    static void DropTheNewCareersSoftSkills(List<Match> matches, List<FoundMatch>?[] byTerm, ResumeLayout layout)
    {
        int firstHeading = layout.Headings.Count > 0 ? layout.Headings[0].Position : 0;
        RemoveSoftSkillEvidence(matches, byTerm, () => m => m.Section == Sections.Summary && m.Start >= firstHeading);
    }

    /// <summary>
    /// Whether the line at <paramref name="position"/> names another trade and not the counseling trade, read with the line
    /// above or below where a sentence wraps from one onto the other, as a long title does. Lines, not clauses: whether a
    /// break ends a clause turns on the case the next line starts in, and what is found must not.
    /// </summary>
    static bool LinesNameAnotherTrade(string text, int position, int length)
    {
        var (start, end) = Clauses.LineAround(text, position);
        if (start > 0 && text[start - 1] == '\n' && Wraps(text.AsSpan(0, start - 1), text.AsSpan(start, end - start)))
            start = Clauses.LineAround(text, start - 1).Start;
        if (end < text.Length && text[end] == '\n')
        {
            var (nextStart, nextEnd) = Clauses.LineAround(text, end + 1);
            if (Wraps(text.AsSpan(0, end), text.AsSpan(nextStart, nextEnd - nextStart))) end = nextEnd;
        }
        return NamesAnotherTradeBesideThePhrase(text, start, end, position, length);
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> names another trade, the phrase itself set aside:
    /// its "therapeutic" is no word of the writer's trade ("the therapeutic alliance in ACL rehabilitation: physio-athlete bond",
    /// Fresh191, t02, read as naming the trade by the phrase it holds).
    /// </summary>
    static bool NamesAnotherTradeBesideThePhrase(string text, int start, int end, int phraseStart, int phraseLength)
    {
        int length = end - start;
        Span<char> line = length <= 512 ? stackalloc char[length] : new char[length];
        text.AsSpan(start, length).CopyTo(line);
        int from = Math.Max(0, phraseStart - start), to = Math.Min(length, phraseStart + phraseLength - start);
        if (to > from) line[from..to].Fill(' ');
        return ResumeLayout.NamesAnotherTrade(line);
    }

    /// <summary>
    /// Whether a sentence wraps from the text ending at a line break onto the next line: the text breaks off (it ends in a
    /// letter, a digit or a comma, as nearly every bullet does) and the next line starts no item of its own. A bullet starts
    /// one, and so does a line with a year, an entry's ("B.S. Nursing, University of Dayton, 2011"): joined, a nurse turned
    /// counselor's capstone above her nursing degree, or a teacher's practicum bullet above one naming the teachers, read as
    /// another trade's (review finding 6). Neither test reads case, which must not change what is found.
    /// </summary>
    static bool Wraps(ReadOnlySpan<char> before, ReadOnlySpan<char> next)
    {
        before = before.TrimEnd(" \t\r");
        return before.Length > 0 && (char.IsLetterOrDigit(before[^1]) || before[^1] == ',')
            && !ResumeLayout.IsBulletLine(next) && !ExperienceReader.HasYear(next);
    }

    /// <summary>
    /// On a page that shows no work of the trade, or whose every post is another trade's, what it denies is the other trade's account
    /// of its own limits: an NHS guardian's
    /// "I am not a counsellor and do not offer crisis intervention" (Fresh130, t02), a police peer team's "Peer supporters do not
    /// ... form a therapeutic relationship" (Fresh157, t10), an insurance physician's "no therapeutic relationship between an
    /// insurance physician and the client" (Fresh174, t06), a naprapath's "the therapeutic alliance between naprapath and patient"
    /// (Fresh174, t02). No trap of the trade either.
    /// </summary>
    /// <remarks>
    /// A denial of what the writer lacks stays, as it says so of the writer on the way into the trade: "I have not yet worked with the
    /// session rating scale" (Fresh225, t10: a Swiss addiction counsellor whose two columns hid her post), "No clinical supervision
    /// hours yet" (a sales rep's career change), "I have no experience with therapeutic alliance work".
    /// </remarks>
    static void DropAnotherTradesDenials(List<Match> matches, List<FoundMatch>?[] byTerm, ResumeText resume) =>
        Remove(matches, byTerm, () => m => m.Assertion == Assertions.Negated && !SaysWhatTheWriterLacks(resume, m));

    static bool SaysWhatTheWriterLacks(ResumeText resume, Match m)
    {
        int start = resume.ClauseStart(m.Start), end = resume.ClauseEnd(m.Start + m.Length - 1);
        var clause = resume.Span[start..end];
        for (int from = 0, found; from < clause.Length && (found = clause[from..].IndexOfAny(WritersLacks)) >= 0; from += found + 1)
            if (from + found == 0 || !char.IsLetter(clause[from + found - 1])) return true;
        return false;
    }

    /// <summary>
    /// The words of a lack, each looked for at a word's start: "not yet", "no experience", "not trained", "no training", and a standing
    /// not held: "Not licensed or certified to provide crisis intervention" (a review's wellbeing practitioner), and what the writer
    /// has not done until now: "no clinical supervision hours so far. I have never led crisis intervention" (a review's sales leader
    /// moving into counseling), in its other words too: "I've never held clinical supervision", "I haven't had", "unqualified",
    /// "pre-licensure" (a review of session 49).
    /// </summary>
    static readonly SearchValues<string> WritersLacks = SearchValues.Create(
        ["yet", "experience", "trained", "training", "licensed", "certified", "qualified", "so far", "hours", "never",
            "haven't", "haven\u2019t", "have not", "unqualified", "unlicensed", "registered", "accredited", "pre-licensure"],
        StringComparison.OrdinalIgnoreCase);

    static void DropRelatedEvidence(List<Match> matches, List<FoundMatch>?[] byTerm) =>
        RemoveSoftSkillEvidence(matches, byTerm, () => _ => true);

    /// <summary>
    /// A role titled in another trade is that trade's work: a physical therapist's "therapeutic alliance" with back-pain
    /// patients, a massage therapist's "therapeutic relationship" with spa clients and a youth pastor's "pastoral counseling
    /// relationship" are not a counselor's, however the words read. Its soft skills were left out as they were found; the
    /// term and its synonyms, and whatever it denied or hoped for, leave here too.
    /// </summary>
    static void DropAnotherTradesWork(List<Match> matches, List<FoundMatch>?[] byTerm, ResumeLayout layout)
    {
        var anotherTrade = layout.IsAnotherTrade;
        if (Array.IndexOf(anotherTrade, true) < 0) return;
        Remove(matches, byTerm, () =>
        {
            int next = 0; // each list is in text order, and walks the roles afresh
            return m => OnlyInOtherWork(layout, anotherTrade, m.Start, ref next);
        });
    }

    /// <summary>
    /// A section its heading says was no counselling ("--- TEACHING (2008 – 2018; not counselling) ---") holds another career's work,
    /// dated as a post or not: a teacher's "built rapport with students and whānau" as a pastoral dean (Fresh204, t08).
    /// </summary>
    static void DropWorkUnderNotClinicalHeadings(List<Match> matches, List<FoundMatch>?[] byTerm, ResumeLayout layout)
    {
        if (!layout.AnyNotClinicalHeading()) return;
        Remove(matches, byTerm, () => m => IsEvidence(m) && layout.UnderANotClinicalHeading(m.Start));
    }

    /// <summary>
    /// Removes soft skills stated as done where <paramref name="newFilter"/>'s predicate says so, from the matches and
    /// from each term's run alike; those denied or hoped for stay, as they say what the resume lacks.
    /// </summary>
    /// <param name="newFilter">A fresh predicate for each list, asked in that list's (text) order.</param>
    static void RemoveSoftSkillEvidence(List<Match> matches, List<FoundMatch>?[] byTerm, Func<Predicate<Match>> newFilter) =>
        Remove(matches, byTerm, () =>
        {
            var filter = newFilter();
            return m => m.Kind == "related" && IsEvidence(m) && filter(m);
        });

    /// <summary>Removes the matches <paramref name="newFilter"/>'s predicate picks, from the matches and from each term's run alike.</summary>
    /// <param name="newFilter">A fresh predicate, asked in text order.</param>
    /// <remarks>
    /// Each match stands in the list of all and, the same object, in its term's run: it is judged once, in the list of all, and
    /// the runs drop the very matches that left it. Each run was judged again by a predicate of its own, and a career's lines
    /// read twice for every phrase.
    /// </remarks>
    static void Remove(List<Match> matches, List<FoundMatch>?[] byTerm, Func<Predicate<Match>> newFilter)
    {
        var filter = newFilter();
        HashSet<Match>? removed = null;
        matches.RemoveAll(m => filter(m) && (removed ??= new HashSet<Match>(ReferenceEqualityComparer.Instance)).Add(m));
        if (removed is null) return;
        Predicate<FoundMatch> left = f => removed.Contains(f.Match);
        foreach (var run in byTerm)
            run?.RemoveAll(left);
    }

    static string KindName(PhraseKind kind) => kind switch
    {
        PhraseKind.Canonical => "canonical",
        PhraseKind.Synonym => "synonym",
        _ => "related",
    };

    static List<JobTitleMatch> FindJobTitles(string text, ScoringDictionary dictionary, List<PhraseHit> titleHits)
    {
        var titles = new List<JobTitleMatch>(titleHits.Count);
        foreach (var hit in Overlaps.KeepOutermost(titleHits))
        {
            var pattern = dictionary.PatternOf(hit.PatternId);
            string title = pattern.Kind == PatternKind.Credential
                ? Credentials.All[pattern.Item].Title
                : dictionary.Terms[pattern.Term].JobTitles[pattern.Item].Title;
            titles.Add(new JobTitleMatch(title, hit.Start, hit.Length, text.Substring(hit.Start, hit.Length)));
        }
        return titles;
    }

    static readonly string[] AssertionsByRank = [Assertions.Asserted, Assertions.Hedged, Assertions.Aspirational, Assertions.Negated];

    /// <summary>One section of each weight, strongest first; the first is the one that shows the work.</summary>
    static readonly string[] SectionsByRank = [Sections.Experience, Sections.Summary, Sections.Education, Sections.Skills, Sections.Keywords];

    const int SectionRanks = 5;
    const int Ranks = 4 * SectionRanks;

    /// <summary>An assertion and a section as one index: the assertion's rank times five, plus the section's.</summary>
    static int RankOf(string assertion, string section)
    {
        int assertionRank = assertion switch
        {
            Assertions.Asserted => 0,
            Assertions.Hedged => 1,
            Assertions.Aspirational => 2,
            _ => 3,
        };
        int sectionRank = section switch
        {
            Sections.Experience or Sections.Other => 0,
            Sections.Summary => 1,
            Sections.Education => 2,
            Sections.Skills => 3,
            _ => 4,
        };
        return assertionRank * SectionRanks + sectionRank;
    }

    static bool IsBacked(int rank) => rank % SectionRanks == 0;

    static readonly double[] WeightByRank = [.. Enumerable.Range(0, Ranks)
        .Select(r => WeightOf(AssertionsByRank[r / SectionRanks]) * WeightOfSection(SectionsByRank[r % SectionRanks]))];

    /// <summary>The ranks by weight, strongest first (ties in rank order): the order a descending sort of the weights gives.</summary>
    static readonly int[] RanksByWeight = [.. Enumerable.Range(0, Ranks).OrderByDescending(r => WeightByRank[r]).ThenBy(r => r)];

    /// <summary>[rank] = its place in <see cref="RanksByWeight"/>: a phrase's ranks are kept as bits in that order.</summary>
    static readonly int[] PlaceByWeight = [.. Enumerable.Range(0, Ranks).Select(r => Array.IndexOf(RanksByWeight, r))];

    /// <summary>The bits of the asserted and hedged ranks (the first two assertions' five sections each), in weight order.</summary>
    static readonly uint EvidencePlaces = Enumerable.Range(0, 2 * SectionRanks).Aggregate(0u, (mask, r) => mask | 1u << PlaceByWeight[r]);

    /// <summary>The bits of the ranks that show the work (experience), in weight order.</summary>
    static readonly uint BackedPlaces = Enumerable.Range(0, Ranks).Where(IsBacked).Aggregate(0u, (mask, r) => mask | 1u << PlaceByWeight[r]);

    /// <summary>Years in the trade a career needs before its backed evidence is held above any keyword block: a senior's.</summary>
    const double MinYearsForTheFloor = 5;

    /// <summary>Whether a phrase is asserted of the work: in experience, or the term or a synonym in the summary.</summary>
    /// <remarks>
    /// The summary's prose counts: a counsellor whose CV tells her work in paragraphs ("I work from a person-centred base ... the
    /// therapeutic relationship") with bare duty lines under her posts is a genuine senior too (Fresh50, t02: eight years titled
    /// in the trade scored 15, level with a keyword block). The floor still needs the years and the posts titled in the trade.
    /// </remarks>
    static bool AssertsTheWork(List<FoundMatch>? matches)
    {
        if (matches is null) return false;
        int firstRelated = -1;
        foreach (var m in matches)
        {
            // Asserted, in experience (the strongest rank), or the term or a synonym asserted in the summary (the next): one soft
            // skill there ("rapport") is any support worker's (a review).
            if (m.Rank == 0 || m.Rank == 1 && m.Match.Kind != "related") return true;
            // Two of the term's related phrases asserted in the summary tell the work, as a list of what she does ("Treatment planning
            // with the consulting psychiatrist", "Clinical supervision of M.A. interns": Fresh212, t11, eleven years scored 15).
            if (m.Rank == 1)
                if (firstRelated < 0) firstRelated = m.Phrase;
                else if (m.Phrase != firstRelated) return true;
        }
        return false;
    }

    /// <param name="outcomes">Measured outcomes where work is shown (<see cref="Outcomes.Count"/>), counted up to MaxOutcomes.</param>
    /// <param name="outcomesInRolesOfTheTrade">Those of them in a dated role titled in the trade, counted up to MaxOutcomes.</param>
    /// <param name="workInTheTrade">Whether a dated role is titled in the trade, on a page that is the trade's.</param>
    /// <remarks>
    /// The buffers are made here, not in the count: the runtime compiles a method that loops and allocates on the stack at once in
    /// full, without the profile its tiers gather.
    /// </remarks>
    static TermScore ScoreTerm(TermDefinition term, int[] phraseComponents, List<FoundMatch>? matches, int outcomes, int outcomesInRolesOfTheTrade, bool insufficient, bool workInTheTrade)
    {
        int phrases = term.Phrases.Count, components = term.Components?.Count ?? 0;
        return ScoreTerm(term, phraseComponents, matches, outcomes, outcomesInRolesOfTheTrade, insufficient, workInTheTrade,
            phrases <= 256 ? stackalloc int[phrases] : new int[phrases],
            phrases <= 256 ? stackalloc uint[phrases] : new uint[phrases],
            components <= 64 ? stackalloc double[components] : new double[components],
            components <= 64 ? stackalloc double[components] : new double[components],
            components <= 256 ? stackalloc bool[components] : new bool[components]);
    }

    /// <param name="shown">Room for the phrases the resume shows, in phrase order: summing over them alone adds the same terms in the
    /// same order as summing over all.</param>
    /// <param name="places">[phrase] = which ranks it was found at, as bits in weight order, all 0 to begin with: a phrase not shown keeps 0.</param>
    /// <param name="coverage">Room for each component's evidence, from every mention.</param>
    /// <param name="backedCoverage">Room for each component's evidence, from the mentions in experience.</param>
    /// <param name="hasComponent">[component] = whether a phrase of it is shown, all false.</param>
    static TermScore ScoreTerm(TermDefinition term, int[] phraseComponents, List<FoundMatch>? matches, int outcomes, int outcomesInRolesOfTheTrade,
        bool insufficient, bool workInTheTrade, Span<int> shown, Span<uint> places, Span<double> coverage, Span<double> backedCoverage,
        Span<bool> hasComponent)
    {
        var phrases = term.Phrases;
        var components = term.Components ?? [];
        // Weights only take twenty values, so counting them per phrase replaces a list per phrase and a sort.
        // Only the shown phrases' cells are ever read, so only they are cleared: most of a term's phrases are not in a resume.
        int cells = phrases.Count * Ranks;
        int[] rented = System.Buffers.ArrayPool<int>.Shared.Rent(cells);
        Span<int> byRank = rented.AsSpan(0, cells);
        int shownCount = 0;
        bool allBacked = true;
        foreach (ref readonly var m in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches))
        {
            if (places[m.Phrase] == 0) byRank.Slice(m.Phrase * Ranks, Ranks).Clear();
            places[m.Phrase] |= 1u << PlaceByWeight[m.Rank];
            byRank[m.Phrase * Ranks + m.Rank]++;
            allBacked &= IsBacked(m.Rank);
        }
        // A shown phrase has a place bit set (every found one sets one): the walk gives them in phrase order, as a sort did at more cost
        // than a term's few dozen phrases take to walk.
        for (int p = 0; p < places.Length; p++)
            if (places[p] != 0) shown[shownCount++] = p;
        shown = shown[..shownCount];

        var all = Evidence(phrases, phraseComponents, shown, byRank, places, coverage, backedOnly: false);
        var backed = allBacked ? all : Evidence(phrases, phraseComponents, shown, byRank, places, backedCoverage, backedOnly: true);
        double evidence = backed.Points + Math.Min(all.Points - backed.Points, UnbackedCap);

        // "96% revenue retention" says nothing about alliances unless the resume shows the alliance itself.
        int halfCovered = 0;
        foreach (double c in coverage) if (c >= 0.5) halfCovered++;
        bool showsTheTerm = all.Core > 0 || halfCovered >= 2;
        // Outcomes are the work's results: beside a keyword block and no work (a store's Net Promoter Score under a hidden line
        // of phrases), they are another job's, and made a stuffer weak (23) where the block alone is held to 15. A counselor's
        // results in a role titled in the trade are the trade's, though the phrases stand only in the summary (a review's case).
        int usable = backed.Points > 0 ? outcomes : outcomesInRolesOfTheTrade;
        double total = evidence + (showsTheTerm ? OutcomePoints * Math.Min(usable, MaxOutcomes) : 0);
        // Evidence the work backs, in a career titled in the trade, outranks any that only a summary, skills or a keyword block
        // gives (held to UnbackedCap): a senior clinician who names two of the term's phrases in his jobs and describes the rest in
        // plain words scored 10, below a skills cloud's 15 (Fresh19, t07).
        // Only work claimed, not hoped for or hedged: "Hope to learn motivational interviewing" backs nothing (a review).
        if (workInTheTrade && AssertsTheWork(matches)) total = Math.Max(total, UnbackedCap + 1);
        int score = insufficient ? 0 : (int)Math.Clamp(Math.Round(total, MidpointRounding.AwayFromZero), 0, 100);

        // Sized once: grown from empty, each list was two or three arrays.
        var matchedPhrases = new List<string>(shown.Length);
        foreach (int p in shown)
        {
            // Hedged mentions are weak evidence but evidence; aspirational and negated ones are none. A phrase's place bits are set
            // exactly for the ranks it was counted at: no need to read its counts.
            if ((places[p] & EvidencePlaces) == 0) continue;
            matchedPhrases.Add(phrases[p].Phrase);
            if (phraseComponents[p] >= 0) hasComponent[phraseComponents[p]] = true;
        }
        System.Buffers.ArrayPool<int>.Shared.Return(rented);
        var missing = new List<string>(components.Count);
        for (int c = 0; c < components.Count; c++)
            if (!hasComponent[c]) missing.Add(components[c]);
        return new TermScore(term.Slug, term.Name, score, matchedPhrases, missing);
    }

    readonly record struct TermEvidence(double Points, double Core);

    /// <summary>Core, related and component points from the phrases shown, from every mention or only those in experience.</summary>
    /// <param name="coverage">Filled with each component's evidence.</param>
    static TermEvidence Evidence(IReadOnlyList<TermPhrase> phrases, int[] phraseComponents, ReadOnlySpan<int> shown,
        ReadOnlySpan<int> byRank, ReadOnlySpan<uint> places, Span<double> coverage, bool backedOnly)
    {
        double core = 0, related = 0;
        coverage.Clear();
        int strongPhrases = 0;
        foreach (int p in shown)
        {
            double strength = Strength(byRank.Slice(p * Ranks, Ranks), backedOnly ? places[p] & BackedPlaces : places[p]);
            switch (phrases[p].Kind)
            {
                case PhraseKind.Canonical: core += CanonicalPoints * strength; break;
                case PhraseKind.Synonym: core += SynonymPoints * strength; break;
                default: related += RelatedPoints * strength; break;
            }
            if (phraseComponents[p] >= 0) coverage[phraseComponents[p]] += strength;
            if (strength >= 0.5) strongPhrases++;
        }

        double covered;
        if (coverage.Length > 0)
        {
            // Summed in order and divided by the count, exactly as Enumerable.Average with a selector does.
            double sum = 0;
            foreach (double c in coverage) sum += Math.Min(1.0, c);
            covered = sum / (long)coverage.Length;
        }
        else covered = Math.Min(1.0, strongPhrases / (double)PhrasesForFullCoverage);
        return new TermEvidence(Math.Min(core, CoreCap) + Math.Min(related, RelatedCap) + ComponentPoints * covered, core);
    }

    /// <summary>Strongest occurrence at full weight, each further one at half the one before, capped.</summary>
    /// <param name="countByRank">How many occurrences of each weight: added in the order a descending sort would give.</param>
    /// <param name="places">The ranks to count, as bits in weight order: a phrase is found at one or two of the twenty.</param>
    static double Strength(ReadOnlySpan<int> countByRank, uint places)
    {
        double strength = 0, factor = 1;
        for (; places != 0; places &= places - 1)
        {
            int rank = RanksByWeight[System.Numerics.BitOperations.TrailingZeroCount(places)];
            double w = WeightByRank[rank];
            for (int n = 0; n < countByRank[rank]; n++)
            {
                strength += w * factor;
                factor *= RepeatDecay;
                if (factor < 1e-6) return Math.Min(strength, MaxPhraseStrength);
            }
        }
        return Math.Min(strength, MaxPhraseStrength);
    }

    /// <summary>Hits in an array rented from the pool, grown by renting a larger one.</summary>
    struct PooledSink(int capacity) : IPhraseHitSink
    {
        PhraseHit[] _buffer = System.Buffers.ArrayPool<PhraseHit>.Shared.Rent(capacity);
        int _count;

        public readonly ReadOnlySpan<PhraseHit> Hits => _buffer.AsSpan(0, _count);

        public void Add(PhraseHit hit)
        {
            if (_count == _buffer.Length)
            {
                var larger = System.Buffers.ArrayPool<PhraseHit>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan().CopyTo(larger);
                System.Buffers.ArrayPool<PhraseHit>.Shared.Return(_buffer);
                _buffer = larger;
            }
            _buffer[_count++] = hit;
        }

        public void Return()
        {
            System.Buffers.ArrayPool<PhraseHit>.Shared.Return(_buffer);
            _buffer = [];
            _count = 0;
        }
    }

    /// <summary>
    /// The matched text as sent: mostly the phrase exactly as the glossary spells it, whose string is then shared
    /// rather than copied for each match.
    /// </summary>
    static string TextOf(string text, int start, int length, string phrase) =>
        text.AsSpan(start, length).SequenceEqual(phrase) ? phrase : text.Substring(start, length);
}
