namespace HiringKit.Scoring;

/// <summary>
/// junior / mid / senior from three kinds of evidence. Years (stated, or added up from
/// employment dates) decide the level through the term's year ranges; signals (the term's level
/// indicators and the built-in ones: supervising, mentoring, training staff, internships) raise
/// or lower the confidence, and decide alone when no years can be told.
/// </summary>
internal static class LevelEstimator
{
    static readonly IReadOnlyList<TermLevel> DefaultLevels =
    [
        new(Levels.Junior, 0, 2),
        new(Levels.Mid, 2, 5),
        new(Levels.Senior, 5, null),
    ];

    readonly record struct Signal(string Level, int Start, int End, string Reason);

    /// <summary>Built once: the evidence text of each built-in signal, not formatted again for every hit.</summary>
    /// <summary><see cref="LevelSignals.All"/> as an array: read for every signal's hit, where the list was read through its interface.</summary>
    static readonly LevelSignals.Signal[] BuiltInSignals = [.. LevelSignals.All];

    static readonly string[] SignalReasons = [.. LevelSignals.All.Select(s => $"{s.Level} signal: {s.Reason}")];

    /// <param name="termEvidence">Where the resume shows the terms (asserted or hedged phrases, job titles), in any order.</param>
    /// <param name="showsTheTrade">Whether anything on the page puts the resume in the trade: the term or a synonym, a title of it.</param>
    /// <param name="degreeUnderWay">The line of a counseling degree under way on a page with no job in the trade (<see cref="CounselingStudies"/>), if any.</param>
    /// <param name="readAsStudent">Whether the page shows nothing else of the trade, so its jobs and stated years are another career's.</param>
    public static LevelEstimate Estimate(ResumeText resume, ResumeLayout layout, ScoringDictionary dictionary, List<int> terms,
        HitsByKind hits, List<int> termEvidence, bool showsTheTrade, (int Start, int Length)? degreeUnderWay, bool readAsStudent, DateOnly asOf)
    {
        var text = resume.Span;
        var evidence = new List<LevelEvidence>();

        // Other trades work beside counselors and name them (a referral to the clinic's social worker, the school counselors'
        // appointments, "benefit counseling sessions"): on a page that shows nothing of the trade, no role's words make it the trade's.
        var (roles, placementsOnly, training) = showsTheTrade ? RelevantRoles(layout, termEvidence, readAsStudent) : ([], false, null);

        // A student of the trade (read so, or with no job that counts) has none of its years yet: the years she states are another
        // career's ("eight years of experience in residence life" made her senior: an independent review).
        bool student = degreeUnderWay is not null && (readAsStudent || roles.Count == 0);
        var stated = student ? [] : ExperienceReader.FindStatedYears(resume);
        // A skills list's tenures ("Microsoft Office (10+ years)", "Salesforce - 8 years", as Indeed exports them) are each
        // skill's, not a career in the trade: read as stated years, a counselor in his second year was senior (Fresh34, t07).
        // So are a skill's of the trade beside another trade's posts, past the trade's dated years: a police officer turned
        // counselor's "Crisis intervention (10+ years)" counts his CIT years on patrol (Fresh226, t11: senior on a skill's tenure,
        // four years into counseling), and so does "10+ years of crisis intervention" in the list (a review's probe).
        bool besideAnotherTrade = roles.Count > 0 && Array.IndexOf(layout.IsAnotherTrade, true) >= 0;
        double tradesDatedYears = besideAnotherTrade ? ExperienceReader.TotalYears(roles) : 0;
        for (int i = stated.Count - 1; i >= 0; i--)
            // The years' own words first: most ("8+ years of experience in ...") close no item, and their line's section is left unread.
            if ((IsASkillsTenure(text, stated[i].Start, stated[i].Start + stated[i].Length)
                    || besideAnotherTrade && stated[i].Years > tradesDatedYears + 1 && !NamesTheTradesWorkOnItsLine(text, stated[i].Start))
                && layout.SectionOf(stated[i].Start) is Sections.Skills or Sections.Keywords)
                stated.RemoveAt(i);
        // A form's "Total Experience: 15 Years 4 Months" counts every job: beside another trade's dated posts it is no career in the
        // trade (Fresh42, t11: a dealership's sales years made an addiction counsellor's 7.3 years 15).
        if (Array.IndexOf(layout.IsAnotherTrade, true) >= 0)
            for (int i = stated.Count - 1; i >= 0; i--)
                if (IsAWholeCareersTotal(text, stated[i].Start)
                    && (!IsAJobBoardsYearsField(text, stated[i].Start) || HoldsAnotherTradesPostApart(layout, roles))) stated.RemoveAt(i);
        // Nor are years that say they hold a break, beside the posts they add up: "Total Experience: 12 Year(s) 5 Month(s) (as per
        // profile; includes career break)" over posts dated 2014-2016 and 2018 to date (Fresh226, t12), "14 years of counselling
        // experience, including two periods of parental leave" (a review's probe).
        if (roles.Count > 0)
            for (int i = stated.Count - 1; i >= 0; i--)
                if (SaysItHoldsABreak(text, stated[i].Start + stated[i].Length)) stated.RemoveAt(i);
        // Years of experience in another trade's field, whether or not a post of the trade is dated ("Around 4 years experience in
        // customer service" of a new graduate: a second review).
        for (int i = stated.Count - 1; i >= 0; i--)
            if (InAnotherTradesField(AfterTheExperienceWord(text, stated[i].Start + stated[i].Length))
                || SaidOfAnotherTradesPost(text, stated[i].Start) || InAFormerCareersNote(text, stated[i].Start)) stated.RemoveAt(i);
        // "I spent six years as a peer support worker": years of another post, which count no more than its dates do (Fresh44, t09:
        // a counsellor in her fourth year was senior on her peer years).
        if (stated.Count > 0 && roles.Count > 0)
            for (int i = stated.Count - 1; i >= 0; i--)
                if (CounselorsShareOfStatedYears(text, stated[i].Start + stated[i].Length, layout, roles) is double share)
                {
                    if (share > 0) stated[i] = stated[i] with { Years = share };
                    else stated.RemoveAt(i);
                }
        double? statedYears = null;
        foreach (var s in stated) statedYears = statedYears is double most ? Math.Max(most, s.Years) : s.Years;
        foreach (var s in stated)
            evidence.Add(new LevelEvidence(text.Slice(s.Start, s.Length).ToString(), s.Start, s.Length, "stated years of experience"));
        // A career on the page with none of it in the trade (a barista's, a call-centre agent's, a nurse's; the trade only in a
        // keyword list) has no seniority in it to read: "6+ years in contact centers" and a graduate's "aspiring" would make one up.
        // Asked before the work after counseling stopped is left out: a director of counselors who no longer counsels is in the trade.
        // A student of the trade is in it, with none of its years yet: a junior.
        // Not beside a post of the trade whose dates went unread (Fresh230, t12).
        bool careerOutsideTheTrade = layout.Roles.Count > 0 && roles.Count == 0 && degreeUnderWay is null && !layout.HasAnUndatedPostOfTheTrade();
        if (!placementsOnly && roles.Count > 0)
            LeaveOutWorkAfterCounselingStopped(layout, roles, ExperienceReader.StopMarkersIn(hits.Cues, dictionary), asOf.Year * 12 + asOf.Month - 1, evidence);
        double? datedYears = roles.Count > 0 ? ExperienceReader.TotalYears(roles) : degreeUnderWay is not null ? 0 : null;
        if (student && degreeUnderWay is (int degreeStart, int degreeLength))
            evidence.Add(new LevelEvidence(text.Slice(degreeStart, degreeLength).ToString(), degreeStart, degreeLength, "degree in the trade under way"));
        // A counselor in the first year of work is a new graduate: the practicum and internship before the job are most of
        // their clinical work, and recruiters count them with it. They never raise the level: placements count toward the
        // first level only, so the level is still read from the job.
        double? countedYears = datedYears;
        if (!placementsOnly && training is not null && datedYears < FirstYearOfWork)
        {
            roles.AddRange(training);
            countedYears = ExperienceReader.TotalYears(roles);
        }
        foreach (var r in roles)
            evidence.Add(new LevelEvidence(text.Slice(r.Start, r.Length).ToString(), r.Start, r.Length,
                r.IsPlacement ? "supervised placement dates" : "employment dates"));

        double? years = careerOutsideTheTrade ? null : Larger(statedYears, countedYears);
        double? levelYears = Larger(statedYears, datedYears);

        var signals = FindSignals(resume, dictionary, terms, hits);
        // "Clinical Supervision" in a list of skills says nothing about whom the writer supervises; nor does another trade's job
        // say how far the writer is in this one (an enrollment advisor's "active listening" was a counselor's junior signal, Fresh21 t02).
        // A loop, not RemoveAll's lambda: capturing the layout made every read of it in this method go through a closure's object.
        int keptSignals = 0;
        bool undatedPostOnly = roles.Count == 0 && layout.Roles.Count > 0 && layout.HasAnUndatedPostOfTheTrade();
        for (int k = 0; k < signals.Count; k++)
        {
            var s = signals[k];
            // The roles first: a search by halves, where a line's section not read yet is read whole.
            // A page in the trade only by a post whose dates went unread: the dated posts are another career's, and their "Managed a
            // team of 25" no senior's sign (a third review of session 50: a newly qualified counsellor after banking read senior).
            if (layout.InAnotherTrade(s.Start) || undatedPostOnly && layout.InRole(s.Start)
                // A trainee's placement is training received: "Supervised practicum for the CADC; co-led groups" (Fresh38, t10).
                || s.Level == Levels.Senior && layout.InAPlacement(s.Start)
                || layout.SectionOf(s.Start) is Sections.Skills or Sections.Keywords) continue;
            signals[keptSignals++] = s;
        }
        signals.RemoveRange(keptSignals, signals.Count - keptSignals);
        foreach (var s in signals)
            evidence.Add(new LevelEvidence(text[s.Start..s.End].ToString(), s.Start, s.End - s.Start, s.Reason));

        var ranges = DefaultLevels;
        foreach (int t in terms)
            if (dictionary.SortedLevels[t] is { Count: > 0 } termLevels) { ranges = termLevels; break; }
        // Signals by level, in the order of Levels.All.
        Span<int> weights = stackalloc int[Levels.All.Count];
        weights.Clear();
        // Signals only ever carry one of Levels.All.
        foreach (var s in signals) weights[LevelIndex(s.Level)]++;

        string? level;
        double confidence;
        if (careerOutsideTheTrade)
        {
            level = null;
            confidence = 0;
        }
        else if (levelYears is double y)
        {
            // Practicum and internship hours are supervised experience toward the first level, whatever their length.
            level = placementsOnly && statedYears is null ? ranges[0].Level : LevelFor(y, ranges);
            confidence = statedYears is not null && datedYears is not null
                ? LevelFor(statedYears.Value, ranges) == LevelFor(datedYears.Value, ranges) ? 0.8 : 0.6
                : statedYears is not null ? 0.7 : 0.6;

            // Compile only lets ranges name junior, mid or senior.
            int agree = weights[LevelIndex(level)];
            int disagree = signals.Count - agree;
            confidence += 0.05 * Math.Min(agree, 3) - 0.05 * Math.Min(disagree, 4);
        }
        else if (signals.Count > 0)
        {
            // Ties go to mid: one "internship" and one "supervised" say little either way.
            int best = LevelIndex(Levels.Mid);
            for (int l = 0; l < weights.Length; l++)
                if (weights[l] > weights[best]) best = l;
            level = Levels.All[best];
            int top = weights[best];
            confidence = Math.Min(0.6, 0.3 + 0.1 * top) - 0.05 * Math.Min(signals.Count - top, 4);
        }
        else
        {
            level = null;
            confidence = 0;
        }

        if (level is not null) confidence = Math.Clamp(confidence, 0.1, 0.95);
        SortEvidence(evidence);

        return new LevelEstimate(level, Math.Round(confidence, 2, MidpointRounding.AwayFromZero),
            years is double v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null, evidence);
    }

    static int CompareEvidence(LevelEvidence a, LevelEvidence b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start)
        : a.Length != b.Length ? a.Length.CompareTo(b.Length)
        : string.CompareOrdinal(a.Reason, b.Reason);

    /// <summary>
    /// The evidence by start, length and reason. Two pieces alike in all three are alike in text too (each is the text at its
    /// place), so any sort gives the same answer: a page's few pieces are put in place one by one, with no delegate called for
    /// each comparison, and mostly they are in order already.
    /// </summary>
    static void SortEvidence(List<LevelEvidence> evidence)
    {
        if (evidence.Count > 32)
        {
            evidence.Sort(CompareEvidence);
            return;
        }
        var pieces = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(evidence);
        for (int k = 1; k < pieces.Length; k++)
        {
            var piece = pieces[k];
            int at = k;
            while (at > 0 && CompareEvidence(pieces[at - 1], piece) > 0)
            {
                pieces[at] = pieces[at - 1];
                at--;
            }
            pieces[at] = piece;
        }
    }

    /// <summary>
    /// How many of the stated years are a counselor's when they are said of a post named right after them ("six years as a peer
    /// support worker", "12 years as a police officer"): none when that post is another trade's, or a peer's beside a counselor's
    /// post on the page (as a peer post's dates are left out, <see cref="PeerToCounselorOverlap"/>); "the last eight" of them when
    /// a counselor's post was held beside it ("as a youth pastor, the last eight of them also as the church's counselor"); null
    /// when the years are not said of another post.
    /// </summary>
    /// <remarks>
    /// The post runs on over a wrapped line: "as a psychiatric nurse and" over "CBT therapist" is a counselor's post too (a
    /// review). A counselor named after a comma is another clause's, and another time's ("20 years as a nurse, now a
    /// psychotherapist", "15 years as a probation officer, training as a counsellor": a second review), unless held beside it.
    /// </remarks>
    static double? CounselorsShareOfStatedYears(ReadOnlySpan<char> text, int yearsEnd, ResumeLayout layout, List<ExperienceReader.DatedRole> roles)
    {
        // "twelve years' experience as a nurse", "ten years of experience as a teacher" (a review's leftover).
        var after = AfterTheExperienceWord(text, yearsEnd);
        if (OfAnEarlierCareersExperience(after) || AcrossOtherFields(after)) return 0;
        if (!after.StartsWith("as ", StringComparison.OrdinalIgnoreCase)) return null;
        int end = after.IndexOfAny(PostEnds);
        var post = end < 0 ? after : after[..end];
        // The post ends where another time begins: "as a nurse before retraining in counselling in 2022".
        foreach (var turn in (ReadOnlySpan<string>)[" before ", " until ", " prior to ", " then ", " and now ", " now "])
            if (post.IndexOf(turn, StringComparison.OrdinalIgnoreCase) is int cut and > 0) post = post[..cut];
        if (ResumeLayout.NamesACounselorsPost(post)) return null;
        int sentenceEnd = after.IndexOfAny(SentenceEnds);
        var sentence = sentenceEnd < 0 ? after : after[..sentenceEnd];
        if (sentence.Contains(" also ", StringComparison.OrdinalIgnoreCase) && ResumeLayout.NamesACounselorsPost(sentence))
            return TheLast(sentence);
        if (ResumeLayout.NamesAnotherTrade(post)) return 0;
        if (!ResumeLayout.NamesAPeerPost(post)) return null;
        for (int r = 0; r < layout.Roles.Count; r++)
            if (!layout.Roles[r].IsPlacement && !layout.IsAPeerPost(r) && layout.IsTitledAsACounselor(r) && roles.Contains(layout.Roles[r])) return 0;
        return null;
    }

    /// <summary>The words after stated years, past "experience" and its kin ("4 years experience in ...", "4 years' experience working in ...").</summary>
    static ReadOnlySpan<char> AfterTheExperienceWord(ReadOnlySpan<char> text, int yearsEnd)
    {
        var after = text[yearsEnd..Math.Min(text.Length, yearsEnd + 160)].TrimStart(" '\u2019");
        foreach (var experience in (ReadOnlySpan<string>)["experience ", "of experience ", "of work experience ", "work experience "])
            if (after.StartsWith(experience, StringComparison.OrdinalIgnoreCase)) return after[experience.Length..];
        return after;
    }

    /// <summary>
    /// Whether the years are said of experience in another trade's field, naming none of the trade's: "Around 4 years experience in
    /// customer service and school administration" (Fresh106, t04: a call-centre agent with a keyword block read as mid).
    /// </summary>
    /// <summary>
    /// Whether the years are said of a post of another trade that opens the sentence: "Independent Reviewing Officer with twelve
    /// years' post-qualifying experience" (Fresh160, t07: a reviewing officer's social work career made her a senior in the trade).
    /// </summary>
    static bool SaidOfAnotherTradesPost(ReadOnlySpan<char> text, int yearsStart)
    {
        int lineStart = text[..yearsStart].LastIndexOf('\n') + 1;
        var before = text[ResumeLayout.SentenceStart(text, lineStart, yearsStart)..yearsStart].TrimEnd(' ');
        if (!before.EndsWith(" with", StringComparison.OrdinalIgnoreCase)) return false;
        var post = before[..^" with".Length];
        return post.Length > 0 && NamesOnlyAnotherTrade(post);
    }

    /// <summary>
    /// Whether the years stand in a note in brackets on a former career: "Former NCAA Division II soccer player (left back, 4
    /// years) who came to counseling through ..." (Fresh191, t03: a new counselor read as mid on her playing years). The sentence
    /// opens "Former" or "Ex-", or the words before the bracket name only another trade.
    /// </summary>
    static bool InAFormerCareersNote(ReadOnlySpan<char> text, int yearsStart)
    {
        int lineStart = text[..yearsStart].LastIndexOf('\n') + 1;
        int open = text[lineStart..yearsStart].LastIndexOf('(');
        if (open < 0 || text[(lineStart + open)..yearsStart].Contains(')')) return false;
        int sentenceStart = ResumeLayout.SentenceStart(text, Math.Max(0, lineStart - 200), lineStart + open);
        // Nor above a heading or a blank line: "PROFILE" over "Former NCAA soccer player (4 years of experience) ..." (a review).
        // Each line up from the bracket's is the sentence's while the line above it has small letters.
        for (int begin = lineStart; begin > sentenceStart; )
        {
            int aboveBegin = text[..(begin - 1)].LastIndexOf('\n') + 1;
            var above = text[Math.Max(aboveBegin, sentenceStart)..(begin - 1)];
            if (above.IsWhiteSpace() || !above.ContainsAnyInRange('a', 'z'))
            {
                sentenceStart = begin;
                break;
            }
            begin = aboveBegin;
        }
        var before = text[sentenceStart..(lineStart + open)].TrimStart(" \t\r\n");
        if (before.StartsWith("former ", StringComparison.OrdinalIgnoreCase) || before.StartsWith("ex-", StringComparison.OrdinalIgnoreCase))
            return !ResumeLayout.NamesACounselorsPost(before) && before.IndexOfAny(ResumeLayout.CounselingWords) < 0;
        return before.Length > 0 && NamesOnlyAnotherTrade(before);
    }

    /// <summary>Whether the words name another trade and nothing of this one: no counselor's post, no word of the trade.</summary>
    /// <remarks>The trade's words are looked for first: one search turns down a counselor's own post ("Mental Health Counselor with 5+ years")
    /// before the walk of every other trade's list.</remarks>
    static bool NamesOnlyAnotherTrade(ReadOnlySpan<char> words) =>
        words.IndexOfAny(ResumeLayout.CounselingWords) < 0 && !ResumeLayout.NamesACounselorsPost(words) && ResumeLayout.NamesAnotherTrade(words);

    static bool InAnotherTradesField(ReadOnlySpan<char> after)
    {
        // "4 years' experience working in hospitality".
        if (after.StartsWith("working ", StringComparison.OrdinalIgnoreCase)) after = after["working ".Length..];
        if (!after.StartsWith("in ", StringComparison.OrdinalIgnoreCase)) return false;
        int end = after.IndexOfAny(PostEnds);
        return NamesOnlyAnotherTrade(end < 0 ? after : after[..end]);
    }

    /// <summary>
    /// Whether the years are said of an earlier career's experience, named between "of" and "experience": "24 years of prior
    /// corporate HR experience" (Fresh71, t05: a counsellor in her first year was senior on her HR career), "of previous sales
    /// experience", "of banking experience". Not the trade's own: "of prior counselling experience".
    /// </summary>
    /// <remarks>
    /// The trade named anywhere in the clause keeps the years the writer's: "of previous experience as a counsellor", "of prior
    /// clinical experience", "of earlier experience in the NHS as a psychological therapist" (an independent review). "Prior"
    /// alone names no field: only a field of its own between it and "experience" is another career's.
    /// </remarks>
    static bool OfAnEarlierCareersExperience(ReadOnlySpan<char> after)
    {
        if (!after.StartsWith("of ", StringComparison.OrdinalIgnoreCase)) return false;
        int end = after.IndexOfAny(PostEnds);
        var clause = end < 0 ? after : after[..end];
        int experience = clause.IndexOf("experience", StringComparison.OrdinalIgnoreCase);
        if (experience < 0) return false;
        // The trade named anywhere in the clause turns down what reads as another career's: asked last, as most years ("8+ years of
        // experience.") name no field at all, and its three searches of the clause cost more than the rest.
        return NamesAnEarlierField(clause, experience) && clause.IndexOfAny(ResumeLayout.CounselingWords) < 0
            && clause.IndexOfAny(TradesOwnExperience) < 0 && !ResumeLayout.NamesACounselorsPost(clause);
    }

    /// <summary>Whether the clause ("of ... experience ...") names a field of another trade, or an earlier one, about its "experience".</summary>
    static bool NamesAnEarlierField(ReadOnlySpan<char> clause, int experience)
    {
        var field = clause[3..experience];
        // Or named after it: "of previous experience in human resources", "of experience as a police officer".
        var named = clause[(experience + "experience".Length)..].TrimStart(' ');
        foreach (var link in (ReadOnlySpan<string>)["in ", "as "])
            if (named.StartsWith(link, StringComparison.OrdinalIgnoreCase) && ResumeLayout.NamesAnotherTrade(named[link.Length..])) return true;
        int earlier = field.IndexOfAny(EarlierWords);
        if (earlier < 0) return ResumeLayout.NamesAnotherTrade(field);
        // The field after "prior", "previous": "corporate HR" in "of prior corporate HR experience".
        var rest = field[earlier..];
        int space = rest.IndexOf(' ');
        return space >= 0 && rest[(space + 1)..].Trim().Length > 0;
    }

    /// <summary>
    /// Whether the years are spread across sectors that name none of the trade's work: "20+ years across government, banking and
    /// consulting" (Fresh81, t09: a change-management lead, a school counsellor for four years two decades ago, was senior on
    /// them). "12 years across NHS and private counselling services" keeps them the trade's.
    /// </summary>
    /// <remarks>
    /// Only sectors named as business's: "across the NHS and the voluntary sector", "across schools, CAMHS and family support" and
    /// "across EAP, corporate wellbeing and university student services" are the trade's settings (an independent review). The
    /// sectors end where another time begins: "across government, banking and consulting, now retraining as a counsellor".
    /// </remarks>
    static bool AcrossOtherFields(ReadOnlySpan<char> after)
    {
        if (!after.StartsWith("across ", StringComparison.OrdinalIgnoreCase)) return false;
        int end = after.IndexOfAny(SentenceEnds);
        var sectors = end < 0 ? after : after[..end];
        int note = sectors.IndexOfAny('(', ')', ':');
        if (note >= 0) sectors = sectors[..note];
        foreach (var turn in (ReadOnlySpan<string>)[", now ", " now ", " before ", " until ", " prior to ", " then "])
            if (sectors.IndexOf(turn, StringComparison.OrdinalIgnoreCase) is int cut and > 0) sectors = sectors[..cut];
        return sectors.IndexOfAny(BusinessSectors) >= 0 && sectors.IndexOfAny(ResumeLayout.CounselingWords) < 0
            && sectors.IndexOfAny(TradesOwnExperience) < 0 && !ResumeLayout.NamesACounselorsPost(sectors);
    }

    static readonly System.Buffers.SearchValues<string> BusinessSectors = System.Buffers.SearchValues.Create(
        ["banking", "government", "consulting", "consultancy", "sales", "retail", "finance", "financial services", "technology",
            "telecom", "manufacturing", "hospitality", "marketing", "insurance", "logistics", "engineering", "legal", "law firm",
            "real estate", "property", "media", "construction", "energy", "aviation", "fmcg", "pharma"],
        StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> EarlierWords = System.Buffers.SearchValues.Create(
        ["prior ", "previous ", "earlier ", "former ", "past "], StringComparison.OrdinalIgnoreCase);

    /// <summary>The trade's own experience in other words than its posts': clinical work, therapy of any kind.</summary>
    static readonly System.Buffers.SearchValues<string> TradesOwnExperience = System.Buffers.SearchValues.Create(
        ["clinic", "therap", "psycho", "helping"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The number of "the last eight of them", "the last 6 years", or null.</summary>
    static double? TheLast(ReadOnlySpan<char> sentence)
    {
        int at = sentence.IndexOf("the last ", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var rest = sentence[(at + "the last ".Length)..];
        int wordEnd = 0;
        while (wordEnd < rest.Length && char.IsLetterOrDigit(rest[wordEnd])) wordEnd++;
        return ExperienceReader.NumberOf(rest[..wordEnd]);
    }

    static readonly System.Buffers.SearchValues<char> PostEnds = System.Buffers.SearchValues.Create(",.;:()");

    static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".;!?");

    /// <summary>Whether the rest of the line after the stated years says the total includes a break ("includes career break", "incl. gap").</summary>
    static bool SaysItHoldsABreak(ReadOnlySpan<char> text, int yearsEnd)
    {
        var rest = text[yearsEnd..];
        if (rest.IndexOfAny('\r', '\n') is int lineEnd and >= 0) rest = rest[..lineEnd];
        int includes = rest.IndexOf("incl", StringComparison.OrdinalIgnoreCase);
        // Not "(not including a 2-year career break)": that total leaves the break out (a review's probe).
        return includes >= 0 && !rest[..includes].TrimEnd().EndsWith("not", StringComparison.OrdinalIgnoreCase)
            && rest[includes..].IndexOfAny(BreakWords) >= 0;
    }

    static readonly System.Buffers.SearchValues<string> BreakWords = System.Buffers.SearchValues.Create(
        ["break", "gap", "leave", "sabbatical"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the stated years follow a label of a whole career's total on their line ("Total Experience:", "Overall experience -").</summary>
    /// <summary>Whether the stated years follow a job board's "Years of Experience:" field on their line.</summary>
    static bool IsAJobBoardsYearsField(ReadOnlySpan<char> text, int start) =>
        LabelBefore(text, start).Contains("years of experience:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The words before the stated years on their line, at most 40 characters of them: where a form's label stands.</summary>
    static ReadOnlySpan<char> LabelBefore(ReadOnlySpan<char> text, int start)
    {
        int reach = Math.Max(0, start - 40);
        int lineStart = text[reach..start].LastIndexOf('\n') is int newline and >= 0 ? reach + newline + 1 : reach;
        return text[lineStart..start];
    }

    /// <summary>
    /// Whether another trade's post stands apart from every post of the trade, so a job board's total holds its years: an HR career
    /// before the counselling (Fresh84, t09). A side job held beside the counselling ("Pilates instructor, evenings") adds nothing
    /// to the total, which stays the counsellor's (a second review).
    /// </summary>
    static bool HoldsAnotherTradesPostApart(ResumeLayout layout, List<ExperienceReader.DatedRole> roles)
    {
        for (int r = 0; r < layout.Roles.Count; r++)
        {
            if (!layout.IsAnotherTrade[r]) continue;
            var other = layout.Roles[r];
            bool beside = false;
            foreach (var role in roles)
                beside |= role.FromMonth < other.ToMonth && other.FromMonth < role.ToMonth;
            if (!beside) return true;
        }
        return false;
    }

    static bool IsAWholeCareersTotal(ReadOnlySpan<char> text, int start)
    {
        var label = LabelBefore(text, start);
        // Bayt's and GulfTalent's profile field "Years of Experience: 9 Years" (Fresh84, t09: an HR career's years in it).
        foreach (var total in (ReadOnlySpan<string>)["total experience", "total work experience", "overall experience", "total years of experience",
                     "years of experience:"])
            if (label.Contains(total, StringComparison.OrdinalIgnoreCase)) return true;
        // Or said after them: "more than six years of total experience" (Fresh50, t04, whose years held an ed-tech sales job).
        int yearsEnd = start;
        while (yearsEnd < text.Length && !char.IsWhiteSpace(text[yearsEnd])) yearsEnd++;
        var after = text[yearsEnd..Math.Min(text.Length, yearsEnd + 40)];
        // "7+ years of overall experience, most of it in retail" (a review's leftover).
        foreach (var total in (ReadOnlySpan<string>)["years of total experience", "years' total experience", "of total experience", "total experience"])
            if (after.TrimStart().StartsWith(total, StringComparison.OrdinalIgnoreCase)) return true;
        // "Overall" or "combined" years are a whole career's unless said of the trade's work: "12 years of combined experience as
        // a counsellor and psychotherapist" is a counsellor's (a second review).
        foreach (var total in (ReadOnlySpan<string>)["years of overall experience", "years' overall experience", "of overall experience",
                     "overall experience", "years of combined experience", "years' combined experience"])
            if (after.TrimStart().StartsWith(total, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[yearsEnd..Math.Min(text.Length, yearsEnd + 100)];
                int sentenceEnd = rest.IndexOfAny(".;\n");
                return (sentenceEnd < 0 ? rest : rest[..sentenceEnd]).IndexOfAny(ResumeLayout.CounselingWords) < 0;
            }
        return false;
    }

    /// <summary>How many months a peer post may run on into the counselor's job it led to: kept part-time through the first year.</summary>
    const int PeerToCounselorOverlap = 12;

    /// <summary>
    /// Ten years of teaching or warehouse work do not make a senior counselor. A role counts when it
    /// shows counseling work: the term's phrases or titles in it, or words of the trade (counselor,
    /// therapist, case manager in behavioral health ...), so counseling titles the glossary lacks keep
    /// their years. When no job shows such work but a practicum or internship does, those placements
    /// count, toward the first level only. When nothing shows it, nothing counts: issue 16 and three
    /// blind label sets give a barista's or a call-centre agent's career no years and no level in the
    /// trade. Leaving a role out never removes another one's months.
    /// </summary>
    /// <returns>
    /// The roles whose months count, whether they are placements only, and beside jobs, the practicum and internship
    /// placements that show the trade, if any (volunteering left out: it is not training toward a license).
    /// </returns>
    /// <param name="student">A student of the trade with no job in it (<see cref="CounselingStudies"/>): only placements may count, as
    /// the jobs held while studying are not yet the trade's work, whatever their bullets name.</param>
    static (List<ExperienceReader.DatedRole> Roles, bool PlacementsOnly, List<ExperienceReader.DatedRole>? Training) RelevantRoles(
        ResumeLayout layout, List<int> termEvidence, bool student)
    {
        var roles = layout.Roles;
        var text = layout.Text.AsSpan();
        Span<bool> works = roles.Count <= 256 ? stackalloc bool[roles.Count] : new bool[roles.Count];
        // The evidence in text order, so each role reads only what stands in its block, found by a binary search: every role
        // walked all of it.
        Span<int> evidence = termEvidence.Count <= 256 ? stackalloc int[termEvidence.Count] : new int[termEvidence.Count];
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(termEvidence).CopyTo(evidence);
        evidence.Sort();
        for (int r = 0; r < roles.Count; r++)
        {
            // A sales or software job at a behavioral-health company names clinics in every bullet and counsels no one; a
            // soldier's or an interpreter's bullets name the substance abuse programme or the psychiatry visits they served in.
            works[r] = false;
            if (layout.IsAnotherTrade[r] || (student && !roles[r].IsPlacement)) continue;
            // Dates in a sentence of a form's one-line description note the post's own work, and add no years: "Refer families to the
            // on-site family therapist and co-host the monthly family night (2021-present)" under a parent educator's post is no
            // therapist's post (the third review of session 38), and "led the youth group (2021-present)" under a counsellor's 2019 -
            // 2023 dates a duty, not the career (a third review of session 39).
            if (layout.IsDatedInThePostsOwnLine(r)) continue;
            int first = evidence.BinarySearch(roles[r].BlockStart);
            for (int e = first >= 0 ? first : ~first; e < evidence.Length && evidence[e] < roles[r].BlockEnd; e++)
                if (layout.InColumnOf(r, evidence[e])) { works[r] = true; break; }
            // A student's campus job names the counseling center it sends students to: her placements count by their titles
            // or the term's evidence in them, not by the trade's words.
            works[r] = (works[r] || (layout.IsTitledInTheTrade(r) || (!student && layout.ShowsCounseling(r))) && !layout.IsACaseManagerOutsideMentalHealth(r))
                && !layout.SaysItIsNotClinical(r);
        }
        // Dates on lines of their own, one under another (columns a PDF pulled apart): they share the text below them. Two ranges
        // read over each other ("2018-2020. janv. 2024 à ce jour") stand on no lines of their own, and have no text between.
        for (int pass = 0; pass < 2; pass++)
            for (int r = 0; r + 1 < roles.Count; r++)
                if (roles[r].Start + roles[r].Length <= roles[r + 1].Start && text[(roles[r].Start + roles[r].Length)..roles[r + 1].Start].IsWhiteSpace())
                    works[r] = works[r + 1] = works[r] || works[r + 1];

        // A peer's post is no counselor's years once the writer went on to a counselor's job (ResumeLayout.IsAPeerPost): one that
        // began as the peer post ended, or after. A counselor's post held beside years of peer work (a part-time overnight
        // residential counselor's) leaves them counted (a review).
        // A post's title is read only when a job that counts began as it ended, or after: the only place its reading can leave it
        // out. Most pages hold no peer post, and their latest job (held now) needs none: every title of the page was read.
        // [r] = whether the job counts, before any peer post is left out: a counselor's post is never left out, and a peer's is
        // never a counselor's, so leaving one out changes no other post's reading.
        Span<bool> job = roles.Count <= 256 ? stackalloc bool[roles.Count] : new bool[roles.Count];
        // The roles read in place: the list's indexer copied a role (ten fields) for each month read.
        ReadOnlySpan<ExperienceReader.DatedRole> dated = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(roles);
        // The two latest starts of jobs that count: whether any job other than a post began after it ended is mostly told by them,
        // where a walk of every job for every post took a page of hundreds of posts a walk of hundreds of thousands.
        int latest = -1, secondLatest = -1;
        for (int r = 0; r < dated.Length; r++)
        {
            job[r] = works[r] && !dated[r].IsPlacement;
            if (!job[r]) continue;
            if (latest < 0 || dated[r].FromMonth > dated[latest].FromMonth) (secondLatest, latest) = (latest, r);
            else if (secondLatest < 0 || dated[r].FromMonth > dated[secondLatest].FromMonth) secondLatest = r;
        }
        // [r] = 0 not read yet, 1 no peer post, 2 a peer post (or a unit technician's or support worker's set apart the same way).
        Span<byte> peerPost = roles.Count <= 256 ? stackalloc byte[roles.Count] : new byte[roles.Count];
        for (int peer = 0; peer < dated.Length; peer++)
        {
            if (!job[peer]) continue;
            // The latest other start tells it: a January start in the post's last year is no earlier than a year before its end,
            // so Followed is a start no earlier than that, for any end past month 0 (the walk stays for one that is not).
            int other = latest != peer ? latest : secondLatest;
            bool anyAfter = other >= 0 && Followed(dated[other], dated[peer]);
            for (int r = 0; r < dated.Length && !anyAfter && dated[peer].ToMonth < 1; r++) anyAfter = r != peer && job[r] && Followed(dated[r], dated[peer]);
            if (!anyAfter || !IsAPeerPost(layout, peerPost, peer)) continue;
            for (int r = 0; r < dated.Length; r++)
                if (r != peer && job[r] && Followed(dated[r], dated[peer]) && !IsAPeerPost(layout, peerPost, r) && layout.IsTitledAsACounselor(r))
                {
                    works[peer] = false;
                    break;
                }
        }

        bool anyJob = false, anyPlacement = false;
        for (int r = 0; r < roles.Count; r++)
        {
            anyJob |= works[r] && !roles[r].IsPlacement;
            anyPlacement |= works[r] && roles[r].IsPlacement;
        }
        // A student's volunteering is no more years than a counselor's is (Fresh11: five years on a crisis line made a
        // first-year counselor's 0.8 years 5.8); it still counts when it is all the page shows of the trade.
        bool anyTraining = false;
        for (int r = 0; r < roles.Count; r++) anyTraining |= works[r] && roles[r].IsPlacement && !layout.IsVolunteering(r);
        var relevant = new List<ExperienceReader.DatedRole>(roles.Count);
        List<ExperienceReader.DatedRole>? training = null;
        bool placementsOnly = !anyJob && anyPlacement;
        for (int r = 0; r < roles.Count; r++)
        {
            bool counts = anyJob ? works[r] && !roles[r].IsPlacement
                : placementsOnly && works[r] && roles[r].IsPlacement && (!anyTraining || !layout.IsVolunteering(r));
            if (counts) relevant.Add(roles[r]);
            else if (anyJob && works[r] && roles[r].IsPlacement && !layout.IsVolunteering(r)) (training ??= []).Add(roles[r]);
        }
        return (relevant, placementsOnly, training);
    }

    /// <summary>Whether the job began as the peer post ended (kept part-time through its first year), or after.</summary>
    static bool Followed(in ExperienceReader.DatedRole job, in ExperienceReader.DatedRole peer) =>
        job.FromMonth >= peer.ToMonth - PeerToCounselorOverlap
        // A start in January may be a year's alone ("2019 - Present"): in the peer post's last year, it followed it.
        || job.FromMonth % 12 == 0 && job.FromMonth / 12 == (peer.ToMonth - 1) / 12;

    /// <summary>
    /// Whether the role is a peer's post (ResumeLayout.IsAPeerPost), a unit technician's set apart from the counseling the same way
    /// (ResumeLayout.IsATechniciansPostSetApart) or a support worker's (ResumeLayout.IsASupportWorkersPost): read once, kept in
    /// <paramref name="read"/>.
    /// </summary>
    static bool IsAPeerPost(ResumeLayout layout, Span<byte> read, int role)
    {
        if (read[role] == 0)
            read[role] = layout.IsAPeerPost(role) || layout.IsATechniciansPostSetApart(role) || layout.IsASupportWorkersPost(role) ? (byte)2 : (byte)1;
        return read[role] == 2;
    }

    /// <summary>
    /// Years are years of counseling work: a role whose holder says they no longer counsel ("I no longer carry a caseload",
    /// <see cref="ExperienceReader.SaysCounselingStopped"/>) counts up to when that stopped, if they say ("since 2023"), or not
    /// at all. Said in the role, it is said of that role (in the present tense if the role is held now: a past tense there
    /// tells of an earlier job). Said in the introduction above the first role, it is said of the jobs held now that manage
    /// (<see cref="ResumeLayout.IsTitledToManage"/>): a therapist's job held beside the directorship is where the writer still
    /// counsels. Counted in full, an EAP director's six years of running operations made 8.5 years of counseling 15.3.
    /// Each statement that cut a role's months is level evidence, so a recruiter sees why the years fell.
    /// </summary>
    /// <remarks>Each counted role's block is searched once, and the introduction once if a job is held now: at most one read of the text.</remarks>
    static void LeaveOutWorkAfterCounselingStopped(ResumeLayout layout, List<ExperienceReader.DatedRole> roles,
        ExperienceReader.StopMarker[] markers, int asOfMonth, List<LevelEvidence> evidence)
    {
        if (roles.Count == 0 || markers.Length == 0) return;
        var text = layout.Text.AsSpan();
        int introductionSince = -1;
        Range introductionStatement = default;
        bool? introductionSays = null;
        bool introductionShown = false; // one piece of evidence for the introduction's statement, whatever it cut
        for (int r = roles.Count - 1; r >= 0; r--)
        {
            var role = roles[r];
            bool heldNow = role.ToMonth > asOfMonth;
            int blockStart = role.BlockStart;
            if (!ExperienceReader.SaysCounselingStopped(text[role.BlockStart..role.BlockEnd], role.BlockStart, markers, pastToo: !heldNow, out int since, out var statement))
            {
                if (!heldNow || !layout.IsTitledToManage(role)) continue;
                introductionSays ??= ExperienceReader.SaysCounselingStopped(text[..layout.Roles[0].BlockStart], 0, markers, pastToo: false,
                    out introductionSince, out introductionStatement);
                if (introductionSays == false) continue;
                since = introductionSince;
                statement = introductionStatement;
                blockStart = 0;
                if (introductionShown) statement = default;
                introductionShown = true;
            }
            if (since > role.FromMonth) roles[r] = role with { ToMonth = Math.Min(role.ToMonth, since) };
            else roles.RemoveAt(r);
            var (offset, length) = statement.GetOffsetAndLength(text.Length);
            if (length > 0)
                evidence.Add(new LevelEvidence(text.Slice(blockStart + offset, length).ToString(), blockStart + offset, length,
                    "no longer counsels: later months not counted"));
        }
    }

    /// <summary>Work in the trade shorter than this is a first year, whose placements count with it.</summary>
    const double FirstYearOfWork = 1.0;

    static double? Larger(double? a, double? b) => (a, b) switch
    {
        (null, null) => null,
        (double x, null) => x,
        (null, double y) => y,
        (double x, double y) => Math.Max(x, y),
    };

    /// <param name="ordered">A term's year ranges by their minimum years.</param>
    static string LevelFor(double years, IReadOnlyList<TermLevel> ordered)
    {
        // By index: a foreach through the interface made an enumerator for every call.
        for (int i = 0; i < ordered.Count; i++)
        {
            var range = ordered[i];
            if (years >= range.MinYears && (range.MaxYears is null || years < range.MaxYears)) return range.Level;
        }
        return years < ordered[0].MinYears ? ordered[0].Level : ordered[^1].Level;
    }

    static List<Signal> FindSignals(ResumeText resume, ScoringDictionary dictionary, List<int> terms, HitsByKind hits)
    {
        var text = resume.Span;
        var found = new List<Signal>();
        var signalHits = hits.LevelSignals;
        // Where each indicator word occurs, in text order, by the word's index.
        var stemHits = hits.IndicatorWords;

        foreach (var hit in Overlaps.KeepOutermost(signalHits))
        {
            var signal = BuiltInSignals[dictionary.PatternOf(hit.PatternId).Item];
            int start = hit.Start, end = WordEnd(text, hit.Start + hit.Length);
            // Both must pass: the staff after a "train" is asked first, as it turns down most of them ("completed training in DBT")
            // and costs less than reading whether the training was received.
            if (signal.NeedsStaffNearby && !NamesStaffAfter(resume, end)) continue;
            if (signal.NotAfterReceiving && IsReceived(resume, start, end)) continue;
            found.Add(new Signal(signal.Level, start, end, SignalReasons[dictionary.PatternOf(hit.PatternId).Item]));
        }

        // Each indicator is found from its anchor word's occurrences, its other words looked up in the
        // anchor's clause (all of them come from the automaton, folded like phrases). Terms sharing an
        // indicator count it once.
        Span<bool> seenIndicators = dictionary.IndicatorKeyCount <= 256 ? stackalloc bool[dictionary.IndicatorKeyCount] : new bool[dictionary.IndicatorKeyCount];
        seenIndicators.Clear();
        foreach (int t in terms)
        {
            var indicators = dictionary.TermIndicatorSignals[t];
            var indicatorStems = dictionary.TermIndicatorStems[t];
            for (int i = 0; i < indicators.Length; i++)
            {
                // Asked first as it is the cheaper question. Marked before its anchor is looked for: another term's indicator of the
                // same level and text has the same words, so it finds what this one finds, anchor or none (the benchmark's terms all
                // share the seed's twelve indicators, and each term looked for every missing anchor again).
                int key = dictionary.TermIndicatorKeys[t][i];
                if (seenIndicators[key]) continue;
                seenIndicators[key] = true;
                var stems = indicatorStems[i];
                if (stems.Length == 0 || stemHits[stems[0]] is not { } anchors) continue;
                // A word of the indicator missing from the whole resume is missing from every clause:
                // no need to visit each of the anchor's occurrences ("counsel" is everywhere in a counselor's resume).
                bool allWordsOccur = true;
                for (int k = 1; k < stems.Length && allWordsOccur; k++) allWordsOccur = stemHits[stems[k]] is not null;
                if (!allWordsOccur) continue;
                int lastClause = -1;
                foreach (var anchor in anchors)
                {
                    // A clause reaches at most Clauses.MaxReach either side of the anchor: a word missing from that reach is
                    // missing from the clause, found without reading the clause's ends (most anchors, "client" among them).
                    if (!AllWithin(stemHits, stems, Math.Max(0, anchor.Start - Clauses.MaxReach), Math.Min(text.Length, anchor.Start + Clauses.MaxReach))) continue;
                    int clauseStart = resume.ClauseStart(anchor.Start);
                    if (clauseStart == lastClause) continue;
                    int clauseEnd = resume.ClauseEnd(anchor.Start);
                    int spanStart = anchor.Start, spanEnd = anchor.Start + anchor.Length;
                    bool all = true;
                    for (int k = 1; k < stems.Length; k++)
                    {
                        var words = stemHits[stems[k]]!; // every word occurs somewhere: checked above
                        int w = FirstWithin(words, clauseStart, clauseEnd);
                        if (w < 0) { all = false; break; }
                        spanStart = Math.Min(spanStart, words[w].Start);
                        spanEnd = Math.Max(spanEnd, words[w].Start + words[w].Length);
                    }
                    if (!all) continue;
                    if (indicators[i].Level is not { } indicatorLevel) continue;
                    if (indicatorLevel == Levels.Senior && IsReceived(resume, spanStart, WordEnd(text, spanEnd))) continue;
                    lastClause = clauseStart;
                    found.Add(new Signal(indicatorLevel, spanStart, WordEnd(text, spanEnd), indicators[i].Reason));
                }
            }
        }

        // "Supervised practicum interns": the interns are someone else.
        // With no senior signal, or no junior one, no clause needs reading. The seniors' clauses are a few numbers, in order for a
        // search by halves, where a set was made for every page with a senior signal.
        int seniors = 0, juniors = 0;
        foreach (var s in found)
            if (s.Level == Levels.Senior) seniors++;
            else if (s.Level == Levels.Junior) juniors++;
        if (seniors > 0 && juniors > 0)
        {
            Span<int> seniorClauses = seniors <= 64 ? stackalloc int[seniors] : new int[seniors];
            int n = 0;
            foreach (var s in found)
                if (s.Level == Levels.Senior) seniorClauses[n++] = resume.ClauseStart(s.Start);
            seniorClauses.Sort();
            int left = 0;
            for (int k = 0; k < found.Count; k++)
                if (found[k].Level != Levels.Junior || seniorClauses.BinarySearch(resume.ClauseStart(found[k].Start)) < 0) found[left++] = found[k];
            found.RemoveRange(left, found.Count - left);
        }

        // One piece of text is one signal, even when an indicator and a built-in signal both see it.
        // The built-in signals come in text order, and mostly nothing follows them: a list already strictly in order (no two
        // alike, so no sort could order it otherwise) is left as it is.
        if (!StrictlyInOrder(found)) found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        // Kept in place: the last one kept is the one before the next kept.
        int kept = 0;
        for (int k = 0; k < found.Count; k++)
        {
            var s = found[k];
            if (kept == 0 || s.Start >= found[kept - 1].End || s.Level != found[kept - 1].Level) found[kept++] = s;
        }
        found.RemoveRange(kept, found.Count - kept);
        return found;
    }

    /// <summary>Whether each signal starts after the one before, or at its start and ends before it: the order the sort gives.</summary>
    static bool StrictlyInOrder(List<Signal> signals)
    {
        for (int k = 1; k < signals.Count; k++)
        {
            var (before, next) = (signals[k - 1], signals[k]);
            if (before.Start > next.Start || before.Start == next.Start && before.End <= next.End) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether each of the indicator's other words has an occurrence that <see cref="FirstWithin"/> finds inside text[from..to).
    /// A word's occurrences are whole words in text order, so each starts and ends after the one before: when the first starting
    /// in a wider reach ends past it, none starting in a clause inside that reach ends inside the clause.
    /// </summary>
    static bool AllWithin(List<PhraseHit>?[] stemHits, int[] stems, int from, int to)
    {
        for (int k = 1; k < stems.Length; k++)
            if (FirstWithin(stemHits[stems[k]]!, from, to) < 0) return false;
        return true;
    }

    /// <summary>The index of the first of <paramref name="words"/> (in text order) inside text[from..to); -1 if none.</summary>
    static int FirstWithin(List<PhraseHit> words, int from, int to)
    {
        int low = 0, high = words.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (words[mid].Start < from) low = mid + 1; else high = mid;
        }
        return low < words.Count && words[low].Start + words[low].Length <= to ? low : -1;
    }

    /// <summary>Where a level stands in Levels.All, or -1 (which no caller passes).</summary>
    static int LevelIndex(string level) => level switch
    {
        Levels.Junior => 0,
        Levels.Mid => 1,
        Levels.Senior => 2,
        _ => -1,
    };

    static int WordEnd(ReadOnlySpan<char> text, int end)
    {
        while (end < text.Length && CharClass.IsWordChar(text[end])) end++;
        return end;
    }

    /// <summary>
    /// Whether the supervision, mentoring or training at text[start..end) is the writer's own
    /// received: "received weekly clinical supervision", "supervision with Dr. Patel",
    /// "Supervisor: J. Lee", "(supervisor)". The noun "supervision" is given only when the clause says
    /// so ("provide clinical supervision", "supervision of four associates"): alone it is the
    /// supervision every pre-licensed counselor receives (issue 16).
    /// </summary>
    static bool IsReceived(ResumeText resume, int start, int end)
    {
        if (FollowsReceiving(resume, start)) return true;
        var text = resume.Span;
        int at = text[start..end].IndexOf("supervis", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        int wordStart = start + at, wordEnd = WordEnd(text, wordStart);
        // The word and the next folded into buffers of their own: read as spans, where two strings were made for every signal.
        Span<char> buffer = stackalloc char[Words.MaxLength];
        Span<char> nextBuffer = stackalloc char[Words.MaxLength];
        ReadOnlySpan<char> word = Words.Fold(text[wordStart..wordEnd], buffer);
        Span<Range> after = stackalloc Range[1];
        ReadOnlySpan<char> next = Words.After(text, wordEnd, resume.ClauseEnd(wordEnd), after) == 1 ? Words.Fold(text[after[0]], nextBuffer) : [];
        int close = wordEnd;
        while (close < text.Length && text[close] is ' ' or '\t') close++;
        if (word.StartsWith("supervisor", StringComparison.Ordinal))
            return close < text.Length && text[close] is ':' or ')' || wordStart > 0 && text[wordStart - 1] == '(';
        if (next is "by" or "from" or "with" or "under") return true;
        // "after a supervised internship", "2,000 supervised hours": the writer's own training (a review's probe). Said as a verb,
        // at the clause's start ("Supervised practicum and internship students", "Supervised fieldwork for MSW students"), it is
        // supervision given (the next review's cases).
        if (word is "supervised" && next is "internship" or "internships" or "practicum" or "placement" or "placements" or "hours"
            or "externship" or "residency" or "fieldwork" or "training" && ReadsAsItsOwnTraining(resume, wordStart, next, after[0].End.Value)
            && !NamesPeopleAfter(resume, after[0].End.Value)) return true;
        if (word is not "supervision") return false;
        if (next is "to" or "for" or "of") return false;
        Span<Range> before = stackalloc Range[4];
        int count = Words.Before(text, start, resume.ClauseStart(start), before, []);
        for (int w = 0; w < count; w++)
            if (LevelSignals.GivingLookup.Contains(Words.Fold(text[before[w]], buffer))) return false;
        return true;
    }

    /// <summary>
    /// Whether "supervised" at <paramref name="start"/> is an adjective of the writer's own training: after "a", "my" or a verb of
    /// completing it ("completed supervised hours"), or after a number before "hours" ("3,000 supervised hours"). "10 supervised
    /// internships a year", "our supervised practicum" and "including supervised practicum orientation" are a programme the
    /// writer runs (a review's cases). After a number the hours may be the training's ("120+ supervised placement hours": Fresh33,
    /// t04, a trainee's placement read as a supervisor's).
    /// </summary>
    static bool ReadsAsItsOwnTraining(ResumeText resume, int start, ReadOnlySpan<char> next, int nextEnd)
    {
        var text = resume.Span;
        Span<Range> before = stackalloc Range[1];
        Span<char> buffer = stackalloc char[Words.MaxLength];
        if (Words.Before(text, start, resume.ClauseStart(start), before, []) == 0) return false;
        var word = text[before[0]];
        if (char.IsAsciiDigit(word[0]))
            return next is "hours" || IsTheWordAfter(resume, nextEnd, "hours") && !IsOverseenByTheWriter(resume, before[0].Start.Value, nextEnd);
        return Words.Fold(word, buffer) is "a" or "an" or "my" or "completed" or "complete" or "completing" or "during" or "through";
    }

    /// <summary>
    /// Whether the hours a number counts are others', overseen by the writer: a verb of overseeing before the number ("Signed off
    /// 2,400 supervised internship hours") or people after the hours ("... hours for 14 interns", "across 6 trainees"): an
    /// independent review's cases, a training director read as a junior.
    /// </summary>
    static bool IsOverseenByTheWriter(ResumeText resume, int numberStart, int nounEnd)
    {
        var text = resume.Span;
        Span<Range> words = stackalloc Range[8];
        Span<char> buffer = stackalloc char[Words.MaxLength];
        // The whole number: "2,400" is read as two words.
        while (numberStart > 0 && (char.IsAsciiDigit(text[numberStart - 1]) || text[numberStart - 1] is ',' or '.')) numberStart--;
        if (Words.Before(text, numberStart, resume.ClauseStart(numberStart), words[..1], []) == 1
            && OverseeingLookup.Contains(Words.Fold(text[words[0]], buffer))) return true;
        int count = Words.After(text, nounEnd, resume.ClauseEnd(nounEnd), words);
        for (int w = 0; w < count; w++)
            if (Words.Fold(text[words[w]], buffer) is "interns" or "trainees" or "students" or "supervisees" or "counselors"
                or "counsellors" or "clinicians" or "staff" or "programs" or "programmes" or "associates" or "therapists"
                or "residents") return true;
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OverseeingLookup = new HashSet<string>(
        ["signed", "off", "oversaw", "oversee", "oversees", "overseeing", "coordinated", "coordinate", "coordinates", "managed", "manage",
            "manages", "approved", "approve", "verified", "verify", "audited", "supervised", "supervise", "supervises", "hosted",
            "host", "hosts", "provided", "provide", "provides", "offered", "offer", "offers"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a stated number of years is a skill's tenure: it closes its item (a parenthesis or the line's end right after it),
    /// and the item before it names a skill of a few words and nothing of the trade or of experience ("Microsoft Office (10+
    /// years)", "Salesforce - 8 years"). "Clinical experience - 9 years", "Psychotherapy (12+ years)", "Licensed clinician, 12+
    /// years" and a headline's "| 15+ years" state a career (an independent review).
    /// </summary>
    static bool IsASkillsTenure(ReadOnlySpan<char> text, int numberStart, int yearsEnd)
    {
        int end = yearsEnd;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        // A full stop closing the line closes the item too ("Data entry - 10+ years.").
        if (end < text.Length && text[end] == '.' && (end + 1 == text.Length || text[end + 1] is '\r' or '\n')) end++;
        if (end < text.Length && text[end] is not (')' or '\r' or '\n' or ';' or ',' or '|')) return false;
        int itemEnd = numberStart;
        while (itemEnd > 0 && text[itemEnd - 1] is ' ' or '\t') itemEnd--;
        if (itemEnd > 0 && text[itemEnd - 1] is '(' or '-' or '\u2013' or '\u2014' or ':') itemEnd--;
        int itemStart = itemEnd;
        // Back to the item's start: the line's, a separator's, or the previous item's close ("Microsoft Office (10+ years) -
        // Customer service (10+ years)").
        while (itemStart > 0 && text[itemStart - 1] is not ('\n' or '\r' or '|' or ';' or ',' or '\u2022' or '\u00B7' or ')')
            && !(itemStart > 1 && text[itemStart - 1] == ' ' && text[itemStart - 2] is '-' or '\u2013' or '\u2014')) itemStart--;
        var item = text[itemStart..itemEnd].Trim(" \t-*\u2022\u00B7");
        if (!item.ContainsAnyInRange('a', 'z') && !item.ContainsAnyInRange('A', 'Z')) return false;
        // A job board's row of tools, its tenure a cell of its own after the tools' "Last used": "MS Word, MS Excel | Last used:
        // 2026 | Experience: 5 years" (Naukri). Not a summary's "Specialties: trauma, grief | Experience: 14+ years" (a review).
        if (item.Equals("experience", StringComparison.OrdinalIgnoreCase) && itemStart > 0 && text[itemStart - 1] == '|'
            && text[Math.Max(0, itemStart - 24)..itemStart].Contains("last used", StringComparison.OrdinalIgnoreCase)) return true;
        if (item.IndexOfAny(CareerWords) >= 0 || item.Count(' ') >= 5) return false;
        return true;
    }

    /// <summary>
    /// Whether the stated years' line names the trade's own work ("11+ years of individual, couple and family counselling"): a
    /// career's years, not a skill's (Fresh212, t11).
    /// </summary>
    static bool NamesTheTradesWorkOnItsLine(ReadOnlySpan<char> text, int position)
    {
        var (start, end) = Clauses.LineAround(text, position);
        return text[start..end].IndexOfAny(TradesWorkWords) >= 0;
    }

    static readonly System.Buffers.SearchValues<string> TradesWorkWords = System.Buffers.SearchValues.Create(
        ["counsel", "therap", "psycho", "social work", "case manag"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Words of a career in the trade, of experience at all, or of a career's size ("over 12 years", "more than 10"), in the item a
    /// tenure closes: with any of them the years are a career's, not a skill's.
    /// </summary>
    static readonly System.Buffers.SearchValues<string> CareerWords = System.Buffers.SearchValues.Create(
        ["experien", "counsel", "therap", "clinic", "psycho", "social work", "case manag", "mental", "behavio", "addiction",
            "substance", "trauma", "crisis", "licensed", "lcsw", "lpc", "lmft", "practice", "career", "over", "more than", "about",
            "nearly", "almost", "approximately", "around", "at least"],
        StringComparison.OrdinalIgnoreCase);

    static bool IsTheWordAfter(ResumeText resume, int end, string word)
    {
        Span<Range> after = stackalloc Range[1];
        Span<char> buffer = stackalloc char[Words.MaxLength];
        return Words.After(resume.Span, end, resume.ClauseEnd(end), after) == 1 && Words.Fold(resume.Span[after[0]], buffer).SequenceEqual(word);
    }

    /// <summary>
    /// Whether the word after a training noun names people or a programme: "supervised practicum students" and "directed a
    /// supervised internship program" give supervision (two reviews' cases).
    /// </summary>
    static bool NamesPeopleAfter(ResumeText resume, int end)
    {
        var text = resume.Span;
        Span<Range> after = stackalloc Range[1];
        Span<char> buffer = stackalloc char[Words.MaxLength];
        if (Words.After(text, end, resume.ClauseEnd(end), after) == 0) return false;
        return Words.Fold(text[after[0]], buffer) is "student" or "students" or "trainee" or "trainees" or "intern" or "interns"
            or "counselor" or "counselors" or "clinician" or "clinicians" or "staff" or "program" or "programs" or "programme"
            or "site" or "sites";
    }

    static bool FollowsReceiving(ResumeText resume, int start)
    {
        var text = resume.Span;
        Span<Range> words = stackalloc Range[3];
        Span<char> buffer = stackalloc char[Words.MaxLength];
        int count = Words.Before(text, start, resume.ClauseStart(start), words, []);
        for (int w = 0; w < count; w++)
            if (LevelSignals.ReceivingLookup.Contains(Words.Fold(text[words[w]], buffer))) return true;
        return false;
    }

    static bool NamesStaffAfter(ResumeText resume, int end)
    {
        var text = resume.Span;
        Span<Range> words = stackalloc Range[5];
        Span<char> buffer = stackalloc char[Words.MaxLength];
        int count = Words.After(text, end, resume.ClauseEnd(end), words);
        for (int w = 0; w < count; w++)
            if (LevelSignals.StaffLookup.Contains(Words.Fold(text[words[w]], buffer))) return true;
        return false;
    }
}
