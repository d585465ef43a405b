using System.Globalization;

namespace HiringKit.Scoring;

// Months given on both sides both count; "Present" is the as-of month; a year alone starts in
// January; years alone on both sides count the years between ("2016-2019" is 3); a start month
// with a year alone at the end runs through that year's December ("Jan 2016 - 2019" is 4).
internal static partial class ExperienceReader
{
    /// <param name="FromMonth">Months since year 0, inclusive.</param>
    /// <param name="ToMonth">Months since year 0, exclusive.</param>
    /// <param name="BlockStart">Where the role's description starts: the line above its dates, which usually holds the job title.</param>
    /// <param name="BlockEnd">Where the next role or section starts.</param>
    /// <param name="IsPlacement">An internship, practicum or volunteer role: it shows where the term was practised, but its months are not years of experience.</param>
    /// <param name="Column">For a role in a page's right-hand column, how far into its lines that column starts (<see cref="InColumn"/>); 0 otherwise.</param>
    /// <param name="LeaveFrom">Where a leave taken inside the post starts (a month, as <paramref name="FromMonth"/>); 0 for none.</param>
    /// <param name="LeaveTo">Where that leave ends, exclusive.</param>
    public readonly record struct DatedRole(int Start, int Length, int FromMonth, int ToMonth, int BlockStart, int BlockEnd, bool IsPlacement, int Column = 0,
        int LeaveFrom = 0, int LeaveTo = 0);

    static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4,
        ["april"] = 4, ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8,
        ["august"] = 8, ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10,
        ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
        ["spring"] = 3, ["summer"] = 6, ["fall"] = 9, ["autumn"] = 9, ["winter"] = 12,
        // Bilingual resumes give their dates in both languages ("septembre 2023 – présent / Sept 2023 – Present"),
        // and some only in Spanish or French: unread, such a range was dropped.
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7,
        ["agosto"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
        // Spain's abbreviations not already spelled so ("ene. 2021 – hoy", "sept. 2019 – dic. 2020": Fresh93, t11).
        ["ene"] = 1, ["dic"] = 12,
        // Italian ("Da gennaio 2024 ad oggi", "Giugno 2022 – dicembre 2023" in the Italian Europass: Fresh239, t10, a consultorio
        // psychologist's four years unread), with the abbreviations no English word spells.
        ["gennaio"] = 1, ["febbraio"] = 2, ["aprile"] = 4, ["maggio"] = 5, ["giugno"] = 6, ["luglio"] = 7, ["settembre"] = 9,
        ["ottobre"] = 10, ["dicembre"] = 12, ["giu"] = 6, ["lug"] = 7, ["ott"] = 10,
        ["janvier"] = 1, ["janv"] = 1, ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["mars"] = 3, ["avril"] = 4,
        // And the Office québécois's "juill." and "avr." (Fresh211, t12: a psychologist's four CLSC years, "janv. 2013 – juill. 2017", unread).
        ["juill"] = 7, ["avr"] = 4,
        ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["juil"] = 7, ["août"] = 8, ["aout"] = 8, ["septembre"] = 9,
        ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12, ["decembre"] = 12, ["déc"] = 12,
        // Brazilian resumes write "mar/2015 – dez/2018" or "março de 2017": their months, with the abbreviations not already
        // English or French ("set", "out", "ago" are English words and "Marco" a name, read only before a slash).
        ["janeiro"] = 1, ["fevereiro"] = 2, ["fev"] = 2, ["março"] = 3, ["abr"] = 4, ["maio"] = 5, ["junho"] = 6,
        ["julho"] = 7, ["setembro"] = 9, ["outubro"] = 10, ["novembro"] = 11, ["dezembro"] = 12, ["dez"] = 12,
        // A German CV's months not already spelled so above ("Mai", "August", "Dez" are).
        ["januar"] = 1, ["februar"] = 2, ["märz"] = 3, ["maerz"] = 3, ["mär"] = 3, ["juni"] = 6, ["juli"] = 7, ["oktober"] = 10,
        ["okt"] = 10, ["dezember"] = 12,
        // Austria's January ("seit Jänner 2017": Fresh225, t05, a salt grotto's owner unread, her guests' feedback counted).
        ["jänner"] = 1, ["jaenner"] = 1, ["jän"] = 1,
        // Malay and Indonesian months not already spelled so above ("Jan 2024 – kini", "Jun 2021 – Dis 2023", "Mei 2021": Fresh74,
        // t04, a Malaysian counsellor's posts all unread).
        ["januari"] = 1, ["februari"] = 2, ["mac"] = 3, ["maret"] = 3, ["mei"] = 5, ["julai"] = 7, ["ogos"] = 8, ["ogo"] = 8,
        ["agustus"] = 8, ["agu"] = 8, ["agt"] = 8, ["des"] = 12, ["dis"] = 12, ["disember"] = 12, ["desember"] = 12,
        // Te reo Māori months, as New Zealand CVs give them beside the English ("Mahuru 2022 (Sep) – Kohi-tātea 2023 (Jan)": Fresh217,
        // t05, an AOD practitioner's posts unread); a hyphenated one by its last part, which the reading takes for the word.
        // Not "rangi", which ends both March's Poutū-te-rangi and November's Whiringa-ā-rangi.
        ["kohitātea"] = 1, ["tātea"] = 1, ["tatea"] = 1, ["huitanguru"] = 2, ["tanguru"] = 2, ["paengawhāwhā"] = 4, ["whāwhā"] = 4,
        ["whawha"] = 4, ["haratua"] = 5, ["pipiri"] = 6, ["hōngongoi"] = 7, ["hongongoi"] = 7, ["hereturikōkā"] = 8, ["kōkā"] = 8,
        ["koka"] = 8, ["mahuru"] = 9, ["nuku"] = 10, ["hakihea"] = 12, ["kohitatea"] = 1, ["poutūterangi"] = 3, ["poututerangi"] = 3,
        ["paengawhawha"] = 4, ["hereturikoka"] = 8, ["whiringaānuku"] = 10, ["whiringaanuku"] = 10, ["whiringaārangi"] = 11,
        ["whiringaarangi"] = 11,
        // And Tongan months ("'Epeleli (Apr) 2022 – Tisema (Dec) 2023": Fresh217, t09, a school counsellor's years unread).
        ["sānuali"] = 1, ["sanuali"] = 1, ["fēpueli"] = 2, ["fepueli"] = 2, ["maʻasi"] = 3, ["maasi"] = 3, ["ʻepeleli"] = 4,
        ["epeleli"] = 4, ["mē"] = 5, ["sune"] = 6, ["siulai"] = 7, ["ʻaokosi"] = 8, ["aokosi"] = 8, ["sepitema"] = 9, ["ʻokatopa"] = 10, ["okatopa"] = 10,
        ["nōvema"] = 11, ["novema"] = 11, ["tīsema"] = 12, ["tisema"] = 12,
        // Dutch and Swedish months not already spelled so above ("maart 2021 – heden": Fresh117, t01, read from January).
        ["maart"] = 3, ["mrt"] = 3, ["augustus"] = 8, ["maj"] = 5, ["augusti"] = 8,
        // Icelandic months with their accents ("mars 2024 – ágúst 2025": Fresh174, t11, an addiction counsellor's posts unread).
        ["janúar"] = 1, ["febrúar"] = 2, ["apríl"] = 4, ["maí"] = 5, ["júní"] = 6, ["júlí"] = 7, ["ágúst"] = 8, ["október"] = 10,
        ["nóvember"] = 11,
        // Czech, Polish and Hungarian months not already spelled so above ("únor 2019 – září 2021", "április 2018 – október 2020":
        // a third review of session 37, posts unread), and Finnish ones, as "nykyään" and "jatkuu" are read already.
        ["leden"] = 1, ["únor"] = 2, ["březen"] = 3, ["duben"] = 4, ["květen"] = 5, ["červen"] = 6, ["červenec"] = 7, ["srpen"] = 8,
        ["září"] = 9, ["říjen"] = 10, ["listopad"] = 11, ["prosinec"] = 12,
        ["styczeń"] = 1, ["luty"] = 2, ["marzec"] = 3, ["kwiecień"] = 4, ["czerwiec"] = 6, ["lipiec"] = 7, ["sierpień"] = 8,
        ["wrzesień"] = 9, ["październik"] = 10, ["grudzień"] = 12,
        ["január"] = 1, ["február"] = 2, ["március"] = 3, ["április"] = 4, ["május"] = 5, ["június"] = 6, ["július"] = 7,
        ["augusztus"] = 8, ["szeptember"] = 9,
        // And the Czech and Polish genitive ("od ledna 2019 – dosud", "od stycznia 2019 do grudnia 2020": a review of session 38).
        ["ledna"] = 1, ["února"] = 2, ["března"] = 3, ["dubna"] = 4, ["května"] = 5, ["června"] = 6, ["července"] = 7, ["srpna"] = 8,
        ["října"] = 10, ["listopadu"] = 11, ["prosince"] = 12,
        ["stycznia"] = 1, ["lutego"] = 2, ["marca"] = 3, ["kwietnia"] = 4, ["maja"] = 5, ["czerwca"] = 6, ["lipca"] = 7,
        ["sierpnia"] = 8, ["września"] = 9, ["października"] = 10, ["listopada"] = 11, ["grudnia"] = 12,
        ["tammikuu"] = 1, ["helmikuu"] = 2, ["maaliskuu"] = 3, ["huhtikuu"] = 4, ["toukokuu"] = 5, ["kesäkuu"] = 6, ["heinäkuu"] = 7,
        ["elokuu"] = 8, ["syyskuu"] = 9, ["lokakuu"] = 10, ["marraskuu"] = 11, ["joulukuu"] = 12,
    };

    /// <summary>
    /// Portuguese abbreviations that are English words or names too: months only right before "/" and a year ("set/2019"); "3
    /// years ago, 2021 – present" began in January, not August.
    /// </summary>
    static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthBeforeSlashLookup =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["set"] = 9, ["out"] = 10, ["ago"] = 8, ["marco"] = 3 }.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The fewest letters of a month's name in ASCII letters alone, either lookup's ("jan", "set"): a word of ASCII letters equals
    /// no name with a letter outside ASCII, without regard to case or not.
    /// </summary>
    static readonly int ShortestAsciiMonth = Months.Keys.Concat(MonthBeforeSlashLookup.Dictionary.Keys).Where(name => System.Text.Ascii.IsValid(name)).Min(name => name.Length);

    /// <summary>Whether the word names a month ("Jan", "September", "Sept").</summary>
    internal static bool IsAMonthsName(ReadOnlySpan<char> word) => MonthLookup.ContainsKey(word);

    static readonly HashSet<string> Ongoing = new(StringComparer.OrdinalIgnoreCase)
    {
        "present", "current", "currently", "now", "today", "date", "ongoing",
        "presente", "actualidad", "actual", "présent", "aujourd'hui", "aujourd’hui", "maintenant", "atual", "atualmente", "heute",
        // A Dutch CV's "01-09-2019 – heden" (Fresh28, t02), and Afrikaans "Aug 2017 - tot hede" (Fresh238, t12: a South African
        // counsellor's current nine years unread).
        "heden", "hede", "huidig",
        // Swedish "ongoing" (Fresh174, t03: "2017-06 –" over "(pågående)", a psychologist's nine current years unread).
        "pågående", "pagaende",
        // Italian "current" (a review's probe: "03/2019 – attuale").
        "attuale",
        // Spanish "currently", as Computrabajo prints a post held now: "febrero 2026 - actualmente (9 meses)" (Fresh64, t06).
        "actualmente", "hoy",
        // Malay and Indonesian "now", "until now" (Fresh74, t04), and Korean, Chinese and Japanese "present" ("2019.06 ~ 현재",
        // "2018.09 – 至今": Fresh74, t07).
        "kini", "sekarang", "현재", "至今", "现在", "現在", "迄今",
        // Slovak and Czech "ongoing" ("I/2021 – trvá", Fresh203, t10: a counselling psychologist's current post unread).
        "trvá", "trva",
        // Icelandic "now", short ("jan. 2023 – nú", Fresh205, t05: a family therapist's current post unread).
        "nú",
        // Korean "currently employed" (an independent review's "2019.03 ~ 재직중").
        "재직중",
        // A table cell short of room: "9/23 – pres." (Fresh92, t12).
        "pres",
        // The Nordic and German "ongoing", "now", "to date" ("2023-09 – pågående": Fresh83, t12, a Swedish counsellor's current
        // post unread), Finnish among them.
        "pågående", "nu", "nå", "nuvarande", "nuværende", "idag", "dato", "jetzt", "aktuell", "laufend", "nykyään", "jatkuu", "nyt",
        // Icelandic "í dag" ("today"), read by its first word where a range's end stands (Fresh174, t11).
        "í",
        // And its "now" ("september 2023 – núna": a third review of session 37).
        "núna",
        // Central and Eastern Europe's "until now", "currently", "present": Czech, Slovak, Polish, Hungarian, Romanian, Croatian and
        // Serbian, and in Cyrillic Ukrainian, Russian, Bulgarian and Serbian ("9/2016 – dosud", "01.2024 – obecnie": Fresh100, t05
        // and t01, a Czech addiction therapist's and a Ukrainian psychotherapist's current posts unread).
        "dosud", "doposud", "současnost", "doteraz", "súčasnosť", "obecnie", "nadal", "teraz", "jelenleg", "napjainkig", "prezent",
        "danas", "trenutno", "sada", "дотепер", "донині", "зараз", "теперь", "сейчас", "сега", "досега", "днес", "данас", "тренутно",
        // Bangladesh's job board prints a post held now so: "( March 1, 2023 - Continuing)" (Fresh106, t04). Only where the entry's
        // dates end ("2019 - continuing education" is a course).
        "continuing",
        // "to date" run together, as Zambian and Indian CVs write it ("02/21 – todate": Fresh144, t12).
        "todate", "tilldate",
        // Greek, Turkish, Hebrew and Arabic "today", "still", "now" ("03/2019 – σήμερα", "09.2018 - halen": Fresh110).
        "σήμερα", "σημερα", "τώρα", "halen", "günümüz", "hâlen", "היום", "כיום", "حاليا", "الآن",
        // Te reo Māori "now", as New Zealand CVs give it beside the English ("2017 – nāianei (present)": Fresh156, t10).
        "nāianei", "naianei", "ināianei", "inaianei",
    };

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OngoingLookup = Ongoing.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word ends a range as the as-of month ("present", "current"): a date, not a word of a title.</summary>
    internal static bool IsOngoingWord(ReadOnlySpan<char> word) => OngoingLookup.Contains(word);

    /// <summary>
    /// What joins a range's dates in words: English, and the French, Spanish and Portuguese words bilingual resumes use
    /// ("janvier 2019 à mars 2021", "2016 hasta 2019", "2018 até 2020").
    /// </summary>
    static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "through", "thru", "until", "till", "à", "a", "au", "hasta", "até", "al", "bis",
        // Russian, Ukrainian and Bulgarian "to": "с 03.2021 по н.в." (a second review).
        "по", "до",
        // Dutch and Flemish "until": "03/2020 - tot nu", "2016 tot heden" (Fresh117, t09: a Flemish counsellor's current post unread).
        "tot",
        // Italian "to" before a vowel: "dal 2019 ad oggi" (a review's probe).
        "ad",
        // Polish, Czech, Slovak and Croatian "to": "od marca 2015 do grudnia 2016" (a review of session 38); only before a date.
        "do",
    };

    /// <summary>
    /// Whether nothing but spaces stands between <paramref name="at"/> and the line's end or the punctuation that closes an entry's
    /// dates (a parenthesis, a colon, a pipe, a comma, a full stop, a semicolon or a dash): not a sentence's next word.
    /// </summary>
    static bool EndsAnEntry(ReadOnlySpan<char> text, int at)
    {
        at = SkipSpaces(text, at);
        return at == text.Length || text[at] is '\r' or '\n' or ')' or '(' or ':' or '|' or ',' or '.' or ';' || IsRangeDash(text[at]);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RankLookup = new HashSet<string>(
        ["senior", "sr", "staff", "lead", "licensed", "chief", "head", "principal", "supervising", "director", "manager"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A note of whom the post supervises, coordinates or trains ("(supervises practicum and internship students)").</summary>
    static bool TellsThePostsCharge(ReadOnlySpan<char> note)
    {
        if (PostsChargeWords.Occurs(note)) return true;
        // "(also supervised practicum students)" is the post's charge; "(practicum, supervised)" and "(supervised by ...)" the trainee's.
        int supervised = note.IndexOf("supervised ", StringComparison.OrdinalIgnoreCase);
        if (supervised < 0) return false;
        var next = note[(supervised + "supervised ".Length)..].TrimStart();
        return next.Length > 0 && char.IsLetter(next[0]) && !next.StartsWith("by", StringComparison.OrdinalIgnoreCase);
    }

    /// <remarks>Active forms only: "(practicum, supervised)" is the trainee's own placement.</remarks>
    static readonly ShortTextSearch PostsChargeWords = new(
        ["supervises", "supervising", "supervisor", "coordinat", "trains", "trainer", "mentoring", "mentors", "manages", "manager", "teaches", "oversee", "oversaw"]);

    static bool StartsWithARank(ReadOnlySpan<char> title)
    {
        title = title.TrimStart();
        int end = 0;
        while (end < title.Length && char.IsLetter(title[end])) end++;
        return RankLookup.Contains(title[..end]);
    }

    /// <summary>
    /// Whether "from" or "since" opens the date inside a sentence: a word stands before it ("improved from 2021 onwards"). In an
    /// entry it follows a comma, a parenthesis or the line's start ("Counsellor, Leeds Mind, from September 2019 onwards": an
    /// independent review).
    /// </summary>
    static bool OpensWithFrom(ReadOnlySpan<char> text, int position)
    {
        var word = WordBefore(text, position, out _, out int before);
        if (!word.Equals("from", StringComparison.OrdinalIgnoreCase) && !word.Equals("since", StringComparison.OrdinalIgnoreCase)) return false;
        return before > 0 && char.IsLetter(text[before - 1]);
    }

    /// <summary>
    /// The word right before <paramref name="position"/>, past spaces and tabs; <paramref name="start"/> is where it starts and
    /// <paramref name="before"/> where the spaces before it start.
    /// </summary>
    static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int position, out int start, out int before)
    {
        int end = position;
        while (end > 0 && text[end - 1] is ' ' or '\t') end--;
        start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        before = start;
        while (before > 0 && text[before - 1] is ' ' or '\t') before--;
        return text[start..end];
    }

    /// <summary>
    /// Whether a sentence opens with "Since" and the date and goes on to name the writer's post of the trade held since: "Since
    /// March 2023 I have worked as a Recovery Counsellor at a 28-bed residential treatment centre" (Fresh253, t11), "Since
    /// September 2022 I have been a Later Life Counsellor with ..." (Fresh252, t10). A narrative CV dates its current post so and
    /// nowhere else, so it is read under any heading; a work section dating posts below it sums them up instead (see the caller).
    /// </summary>
    static bool OpensAPostToldInASentence(ReadOnlySpan<char> text, DateMark start)
    {
        var word = WordBefore(text, start.Start, out _, out int before);
        if (!word.Equals("since", StringComparison.OrdinalIgnoreCase)) return false;
        // Only opening its sentence: with the date last ("I have been a paid counsellor since March 2024. Before that I spent five
        // years as a peer support worker") the profile's sentence was read as another trade's post and lost its therapeutic
        // relationship (Fresh57, t07), and the post is dated again in the entries below.
        if (before > 0 && text[before - 1] is not ('\n' or '\r' or '.' or '!' or '?')) return false;
        var rest = text[start.End..Math.Min(text.Length, start.End + 160)].TrimStart(" ,\t");
        int opened = -1;
        foreach (var opening in NarrativePostOpenings)
            if (rest.StartsWith(opening, StringComparison.Ordinal)) { opened = opening.Length; break; }
        if (opened < 0) return false;
        // A post since ended is no current one: "...; it closed in 2022 and I now work in retail" (a review).
        if (Clauses.SentenceFrom(text, start.End, 240).IndexOfAny(EndedWords) >= 0) return false;
        rest = rest[opened..];
        if (rest.StartsWith("a ", StringComparison.OrdinalIgnoreCase)) rest = rest[2..];
        else if (rest.StartsWith("an ", StringComparison.OrdinalIgnoreCase)) rest = rest[3..];
        else if (rest.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) rest = rest[4..];
        else return false;
        // The post runs to its employer's or its place's preposition, a mark or six words.
        int words = 0, end = 0;
        foreach (var range in rest.SplitAny(" \t\r\n"))
        {
            var w = rest[range];
            if (w.IsEmpty) continue;
            if (PostEndLookup.Contains(w) || ++words > 6) break;
            end = range.End.Value;
            if (w[^1] is ',' or '.' or ';' or ':' or ')') break;
        }
        // A post of the trade in full, not a trainee's, an assistant's or a trainer's (a review: "counsellor's assistant" counted).
        var told = rest.IndexOfAny(".!?\n") is int told_end and >= 0 ? rest[..told_end] : rest;
        // Named as a title, not the bare word: "a counsellor at Leeds Mind" is read as another subject's counsellor, as a
        // career changer's "retraining as a counsellor" is, and its role would take the profile's phrases with it (a second review).
        // Nor another subject's counsellor: "Since 2017 I have been a Careers Counsellor", "a Financial Counsellor at StepChange"
        // (a third review: dated as the trade's, seven years).
        return end > 0 && (words > 1 || rest[..end].Contains("psych", StringComparison.OrdinalIgnoreCase))
            && ResumeLayout.NamesACounselorsPost(rest[..end]) && !ResumeLayout.NamesAnotherSubjectsCounselor(rest[..end])
            && !ResumeLayout.NamesAnotherTrade(rest[..end]) && told.IndexOfAny(NotAFullPostWords) < 0;
    }

    static readonly string[] NarrativePostOpenings = ["I have been working as ", "I have worked as ", "I have been ", "I've been working as ",
        "I've worked as ", "I've been ", "I\u2019ve been working as ", "I\u2019ve worked as ", "I\u2019ve been ", "I have been employed as "];

    static readonly System.Buffers.SearchValues<string> EndedWords = System.Buffers.SearchValues.Create(
        ["closed", " left ", "until", "ended", "no longer", "now work", "retired"], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> NotAFullPostWords = System.Buffers.SearchValues.Create(
        ["trainee", "training", "student", "intern", "assistant", "trainer", "placement", "volunteer", "apprentice"], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PostEndLookup = new HashSet<string>(
        ["at", "with", "in", "for", "on", "within", "of", "and", "to"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether "since" (or a German CV's "seit") opens the date where an entry's dates stand: at the line's start, or after a
    /// dash, a comma, a pipe, a middle dot or a column's gap ("Two Rivers Relational Therapy, Portland — since March 2023"). Not
    /// after a sentence's word ("licensed since 2015") or a parenthesis ("a member of the Network (MINT) since 2023", "in
    /// recovery (since 2014) with seven years of paid work": independent corpora).
    /// </summary>
    static bool OpensWithSince(ReadOnlySpan<char> text, int position)
    {
        var word = WordBefore(text, position, out int start, out int before);
        // And Quebec's and Spain's "depuis sept. 2022", "desde 2020" (Fresh99, t09: a psychoeducator's current post unread).
        // And Romandie's "dès 07.2014" (Fresh109, t05: a couples counsellor's current practice unread), and German Switzerland's
        // "ab 07.2014" (a third review).
        if (!SinceWordLookup.Contains(word)) return false;
        if (before == 0 || text[before - 1] is '\n' or '\r' or ',' or '|' or '\u00B7' || IsRangeDash(text[before - 1])) return true;
        // A bilingual line's second half: "Counselling Therapist      depuis janvier 2025 / since Jan 2025" (Fresh223, t07: the
        // current post unread, its first half followed by the slash and its second after one).
        if (text[before - 1] == '/' && SinceBeforeTheSlash(text, before - 1)) return true;
        // A column's gap: a tab or three spaces. Two spaces are as often a PDF's gap between words ("for 400 families  since
        // 2001" wraps a description: a third review).
        return start - before >= 3 || text[before..start].Contains('\t');
    }

    /// <summary>Whether the words before the slash at <paramref name="slash"/> on its line are a since-word and its date ("depuis janvier 2025").</summary>
    static bool SinceBeforeTheSlash(ReadOnlySpan<char> text, int slash)
    {
        int lineStart = text[..slash].LastIndexOf('\n') + 1;
        var before = text[lineStart..slash].TrimEnd(' ');
        // The since-word stands at most three words back: "depuis janvier 2025", "seit 04/2019", "since Sept. 2022".
        for (int words = 0, end = before.Length; words < 4 && end > 0; words++)
        {
            int start = end;
            while (start > 0 && before[start - 1] is not (' ' or '\t')) start--;
            if (SinceWordLookup.Contains(before[start..end])) return true;
            end = start;
            while (end > 0 && before[end - 1] is ' ' or '\t') end--;
        }
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SinceWordLookup = new HashSet<string>(
        // And Dutch "sinds 15/09/2023" (Fresh117, t09), Swedish "sedan", Danish and Norwegian "siden" (a review's probes).
        ["since", "seit", "depuis", "desde", "dès", "ab", "sinds", "sedan", "siden"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether "W.E.F." (or "w.e.f", "wef") opens the line right before the date.</summary>
    static bool OpensWithWef(ReadOnlySpan<char> text, int position)
    {
        int end = position;
        while (end > 0 && text[end - 1] is ' ' or '\t' or ':') end--;
        foreach (var wef in (ReadOnlySpan<string>)["w.e.f.", "w.e.f", "wef"])
            if (end >= wef.Length && text[(end - wef.Length)..end].Equals(wef, StringComparison.OrdinalIgnoreCase))
            {
                int before = end - wef.Length;
                while (before > 0 && text[before - 1] is ' ' or '\t') before--;
                return before == 0 || text[before - 1] is '\n' or '\r' or '(' or '-' or '|';
            }
        return false;
    }

    /// <summary>
    /// Whether "since" and its date start their line, a column's gap or a dash after them ("since 04/2023   Senior Conversation
    /// Designer"), as a left column of dates heads each entry (Fresh31, t10): the title stands in the right one.
    /// </summary>
    /// <param name="rightColumn">The headings of a right-hand column (<see cref="FindHeadings"/>): "since" opening that column's piece of
    /// the line heads it as it heads a line, the sidebar's text beside it ("thomas.lefebvre.roux@mail.fr   | Depuis sept. 2021
    /// ACHETEUR LEADER": Fresh239, t02, a buyer's current post unread once the rule between the columns was read as one).</param>
    static bool HeadsItsLine(ReadOnlySpan<char> text, DateMark start, List<Heading>? rightColumn = null)
    {
        WordBefore(text, start.Start, out int wordStart, out int before);
        // Or a table row's first cell: "| depuis 03/2019 | Psychothérapeute | ... |" (a third review).
        if (before > 0 && text[before - 1] == '|')
            for (before--; before > 0 && text[before - 1] is ' ' or '\t';) before--;
        if (before > 0 && text[before - 1] is not ('\n' or '\r') && !OpensARightColumnsPiece(text, wordStart, rightColumn)) return false;
        int gap = start.End;
        while (gap < text.Length && text[gap] is ' ' or '\t') gap++;
        // The "since" translated after the date, in brackets: "seit 04/2019 (since)    Psychological Psychotherapist" (Fresh220,
        // t12: a Europass CV's current posts unread).
        // Or Austria's "currently": "seit 01/2003 (dzt.)       Psychotherapeutin in freier Praxis" (Fresh227, t08).
        if (gap < text.Length && text[gap] == '(' && SinceNoteEnd(text, gap + 1) is int noteEnd and >= 0)
            for (gap = noteEnd + 1; gap < text.Length && text[gap] is ' ' or '\t';) gap++;
        // Or a dash or a table's bar between them, as a title follows its dates ("Since 04/2023 – Senior Therapist": a review's miss;
        // "depuis 03/2019 | Psychothérapeute indépendant |": Fresh109, t07).
        if (gap > start.End && gap + 1 < text.Length && (IsRangeDash(text[gap]) || text[gap] == '|') && text[gap + 1] == ' ')
        {
            int title = SkipSpaces(text, gap + 1);
            return title < text.Length && char.IsLetter(text[title]);
        }
        // Or its translation after a slash: "depuis septembre 2019 / since September 2019" (Fresh209, t06: a bilingual CV's current
        // post unread, either half alone is read).
        if (gap < text.Length && text[gap] == '/')
        {
            int next = SkipSpaces(text, gap + 1), end = DateWordEnd(text, next);
            if (end > next && SinceWordLookup.Contains(text[next..end])) return true;
        }
        return gap < text.Length && text[gap] is not ('\r' or '\n') && (gap - start.End >= 3 || text[start.End..gap].Contains('\t'));
    }

    /// <summary>Whether the right-hand column's piece of its line (<see cref="InColumn"/>) starts at <paramref name="position"/>, under its work heading.</summary>
    static bool OpensARightColumnsPiece(ReadOnlySpan<char> text, int position, List<Heading>? rightColumn)
    {
        if (rightColumn is not { Count: > 0 }) return false;
        var (lineStart, lineEnd) = Clauses.LineAround(text, position);
        int heading = RightColumnHeadingOver(text, lineStart, lineEnd, position, rightColumn);
        // Under the column's work heading only, no other heading in capitals between, read as a section or not: beside the
        // sidebar's skills, "MITGLIEDSCHAFTEN" over "seit 2008   Deutsche Gesellschaft für Psychologie" is a membership, and read
        // as a post it added eleven years to a psychotherapist's (a review of session 49).
        if (heading < 0 || rightColumn[heading].Kind != HeadingKind.Work
            || lineEnd - InColumn(text[lineStart..lineEnd], rightColumn[heading].Column).Length != position) return false;
        for (int above = Clauses.LineAround(text, rightColumn[heading].Position).End + 1; above < lineStart;)
        {
            var (start, end) = Clauses.LineAround(text, above);
            var piece = InColumn(text[start..end], rightColumn[heading].Column).Trim();
            // Nor below a dated line: a post held now comes first under the heading, and a "seit 2009" line below the posts stood
            // under a sub-heading in small letters ("Mitgliedschaften", "Berufsverbände", "Engagements": a review of session 49, where
            // a membership added six years to a psychotherapist's).
            if (IsALineInCapitals(piece) || HasYear(piece)) return false;
            above = end + 1;
        }
        return true;
    }

    /// <summary>Whether a line is set in capitals, a heading's way: four letters or more, none lower-case, no digit ("MITGLIEDSCHAFTEN").</summary>
    static bool IsALineInCapitals(ReadOnlySpan<char> line)
    {
        int letters = 0;
        foreach (char c in line)
        {
            if (char.IsLower(c) || char.IsDigit(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 4;
    }

    /// <summary>Where a note in brackets right after a since-date ends (at its ')'), when it says "since" again or "currently" ("(since)", "(dzt.)", "(derzeit)"); -1 otherwise.</summary>
    static int SinceNoteEnd(ReadOnlySpan<char> text, int from)
    {
        int end = DateWordEnd(text, from);
        if (end >= text.Length) return -1;
        var word = text[from..end];
        if (text[end] == ')' && (SinceWordLookup.Contains(word) || word.Equals("derzeit", StringComparison.OrdinalIgnoreCase))) return end;
        if (text[end..].StartsWith(".)", StringComparison.Ordinal) && word.Equals("dzt", StringComparison.OrdinalIgnoreCase)) return end + 1;
        return -1;
    }

    /// <summary>
    /// Whether the date closes a note "(since 2018)" after "Present" at its line's end, as an Indian CV dates a current post
    /// ("Senior Counselling Psychologist          Present (since 2018)": Fresh36, t04, eight years lost), in any of the ongoing
    /// words a range ends with ("Ongoing (since 2018)", "Current (from 2018)": a review's leftovers).
    /// </summary>
    static bool IsPresentSince(ReadOnlySpan<char> text, DateMark start)
    {
        var word = WordBefore(text, start.Start, out int wordStart, out _);
        if (!word.Equals("since", StringComparison.OrdinalIgnoreCase) && !word.Equals("seit", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("from", StringComparison.OrdinalIgnoreCase) && !word.Equals("desde", StringComparison.OrdinalIgnoreCase)) return false;
        int open = wordStart - 1;
        while (open >= 0 && text[open] is ' ') open--;
        if (open < 1 || text[open] != '(') return false;
        var ongoing = WordBefore(text, open, out _, out _);
        if (!IsOngoingWord(ongoing)) return false;
        int close = SkipSpaces(text, start.End);
        // A note after the year inside the parentheses: "Present (since 2018, full-time)", "Ongoing (since 2016; part-time)".
        if (close < text.Length && text[close] is ',' or ';' && text[close..].IndexOfAny(')', '\n') is int noteEnd and > 0 and < 40
            && text[close + noteEnd] == ')') close += noteEnd;
        return close < text.Length && text[close] == ')' && EndsItsLine(text, close + 1);
    }

    /// <summary>
    /// Whether the date heads its line with a dash and nothing after it but a column's gap and the title ("2019-      Senior
    /// Counsellor" above "2016-2019  Counsellor"): a range left open, the post held now (Fresh36, t01: her current post was lost).
    /// </summary>
    static bool OpensAnOpenRange(ReadOnlySpan<char> text, DateMark start)
    {
        int lineStart = start.Start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t') lineStart--;
        if (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r')) return false;
        int dash = start.End;
        if (dash >= text.Length || !IsRangeDash(text[dash])) return false;
        int gap = dash + 1;
        while (gap < text.Length && text[gap] is ' ' or '\t') gap++;
        if (gap - (dash + 1) < 3 || gap >= text.Length || !char.IsLetter(text[gap])) return false;
        // No end year later on the line ("2012-      Counsellor (to 2015)") nor opening the next (a date column wrapped by a PDF:
        // an independent review).
        int lineEnd = text[gap..].IndexOfAny('\r', '\n') is int found and >= 0 ? gap + found : text.Length;
        if (HasYear(text[gap..lineEnd])) return false;
        int next = lineEnd;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        return !(next + 4 <= text.Length && HasYear(text[next..(next + 4)]));
    }

    /// <summary>
    /// Whether only a note in parentheses follows on the line: a German CV's "seit September 2023 (since September 2023)" dates
    /// the post under it as "since March 2023" ending its line does (Fresh35, t09: her current post's three years were lost).
    /// </summary>
    static bool EndsItsLineAfterANote(ReadOnlySpan<char> text, int at)
    {
        at = SkipSpaces(text, at);
        if (at >= text.Length || text[at] != '(') return false;
        int lineEnd = text[at..].IndexOfAny('\r', '\n');
        var rest = lineEnd < 0 ? text[at..] : text[at..(at + lineEnd)];
        int close = rest.IndexOf(')');
        // A note that ends the post ("since 2010 (closed in 2016)") leaves it no ongoing post (an independent review).
        return close > 0 && rest[(close + 1)..].IsWhiteSpace() && rest[..close].IndexOfAny(EndingWords) < 0;
    }

    static readonly System.Buffers.SearchValues<string> EndingWords = System.Buffers.SearchValues.Create(
        ["closed", "ended", "until", "left", "retired", "finished", "stopped", "sold"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether only another labelled field of the form follows on the date's line, past a tab or a wide gap: "Start date:
    /// 03/04/2023⇥Notice period: 2 months" (NHS Jobs, Fresh63, t01: the current post was unread and a senior read as 2.7 years).
    /// </summary>
    static bool OnlyAFieldFollows(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || !(text[at] == '\t' || at + 1 < text.Length && text[at] == ' ' && text[at + 1] == ' ')) return false;
        int lineEnd = text[at..].IndexOfAny('\r', '\n');
        var rest = (lineEnd < 0 ? text[at..] : text[at..(at + lineEnd)]).Trim(" \t");
        int colon = rest.IndexOf(':');
        if (colon <= 0 || rest[..colon].IndexOfAnyInRange('0', '9') >= 0 || rest[..colon].Count(' ') > 3) return false;
        // Not an end's label ("To: 02/04/2023" ends the range, read elsewhere), nor a field telling the post ended or how long it
        // ran: "Salary on leaving:", "Reason for leaving:", "Duration: 18 months", "Contract: Fixed term" (a third review).
        return !TryReadAnEndLabel(rest, 0, out _) && rest[..colon].IndexOfAny(EndingFieldWords) < 0;
    }

    static readonly System.Buffers.SearchValues<string> EndingFieldWords = System.Buffers.SearchValues.Create(
        ["leav", "left", "reason", "duration", "contract", "fixed", "end", "finish", "until", "length"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a month and two-digit year end their line as a post's dates field held now: after a tab or a gap of three spaces
    /// or more behind the title, opened by "since" or closed by a range's dash with nothing after it ("⇥2/24–", "⇥since 2/23").
    /// </summary>
    static bool IsAnOpenShortDateField(ReadOnlySpan<char> text, DateMark start)
    {
        int after = start.End;
        bool dash = after < text.Length && IsRangeDash(text[after]);
        if (dash) after++;
        if (!EndsItsLine(text, after)) return false;
        bool since = OpensWithSince(text, start.Start);
        if (since == dash) return false;
        // "since" read as a field already: after a tab or a column's gap, or opening its line.
        if (since) return true;
        int before = start.Start;
        while (before > 0 && text[before - 1] is ' ') before--;
        bool tab = before > 0 && text[before - 1] == '\t';
        if (!tab && start.Start - before < 3) return false;
        if (tab) before--;
        // A title ends before the gap: a word, or its note's bracket ("Private Practice (Saturdays, part-time)⇥since 2/23").
        return before > 0 && (char.IsLetterOrDigit(text[before - 1]) || text[before - 1] == ')');
    }

    static bool EndsItsLine(ReadOnlySpan<char> text, int at)
    {
        at = SkipSpaces(text, at);
        return at == text.Length || text[at] is '\r' or '\n';
    }

    /// <summary>
    /// Whether a since-line is no post of its own: a bullet inside a job ("- Lead counselor for the IOP, since 2016"), or a
    /// license, a certification, a registration, an accreditation, a board, a membership, recovery or retirement ("Licensed
    /// Clinical Social Worker (LCSW), Virginia Board of Social Work — since 2012", "Retired from full-time practice — since 2023"),
    /// wherever it stands (two independent reviews).
    /// </summary>
    static bool IsNoPostSince(ReadOnlySpan<char> line)
    {
        if (IsBulleted(line)) return true;
        bool supervisedPost = false;
        for (int i = 0; i < line.Length;)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            int start = i;
            while (i < line.Length && char.IsLetter(line[i])) i++;
            var word = line[start..i];
            foreach (var stem in CredentialStems)
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    if (!IsASupervisedPostsTitle(line, word, i)) return true;
                    supervisedPost = true;
                }
        }
        // The post's license named in its title is the post's: "Registered Associate MFT | since 09/2021" (a review's probe), and
        // so is one in brackets after a post: "Outpatient Therapist (LPC)      since April 2025" (Fresh240, t08: a new LPC's
        // current post read as her license, and 19 months lost).
        return !supervisedPost && ResumeLayout.NamesTheTradesLicense(line) && !NamesAPostBeforeItsLicense(line.TrimStart(" \t"));
    }

    /// <summary>Whether the line opens with a counselor's post, not a license's name, before its license in brackets: "Outpatient Therapist (LPC)".</summary>
    static bool NamesAPostBeforeItsLicense(ReadOnlySpan<char> line)
    {
        int open = line.IndexOf('(');
        if (open <= 0) return false;
        var post = line[..open].TrimEnd();
        foreach (var licenseWord in (ReadOnlySpan<string>)["licensed", "licenced", "registered", "certified", "board", "national", "state"])
            if (post.StartsWith(licenseWord, StringComparison.OrdinalIgnoreCase)) return false;
        return ResumeLayout.NamesACounselorsPost(post);
    }

    /// <summary>
    /// Whether "Registered" opens the title of a post held under supervision before licensure, not a registration: "Mental Health
    /// Counselor (Registered Intern) · desde sept. 2021", Florida's "Registered Mental Health Counselor Intern", California's
    /// "Registered Associate MFT" (Fresh115, t06: a counselor's current post of five years read as her registration).
    /// </summary>
    static bool IsASupervisedPostsTitle(ReadOnlySpan<char> line, ReadOnlySpan<char> word, int wordEnd)
    {
        if (!word.Equals("registered", StringComparison.OrdinalIgnoreCase)) return false;
        var rest = line[wordEnd..];
        int cut = rest.IndexOfAny(RegisteredTitlesEnd);
        if (cut >= 0) rest = rest[..cut];
        // And Ontario's "Registered Psychotherapist (Qualifying)" (a review's probe).
        foreach (var post in (ReadOnlySpan<string>)["intern", "associate", "qualifying"])
            for (int from = 0, found; (found = rest[from..].IndexOf(post, StringComparison.OrdinalIgnoreCase)) >= 0;)
            {
                int at = from + found, end = at + post.Length;
                from = end;
                if (at > 0 && char.IsLetter(rest[at - 1]) || end < rest.Length && char.IsLetter(rest[end])) continue;
                return true;
            }
        return false;
    }

    static readonly System.Buffers.SearchValues<char> RegisteredTitlesEnd = System.Buffers.SearchValues.Create("),;·|\u2013\u2014#");

    static readonly string[] CredentialStems =
    [
        "board", "licens", "licenc", "certif", "registered", "registration", "accredit", "member", "recovery", "sober", "sobriety",
        "retire",
    ];

    static bool GoesOnWithAHyphen(ReadOnlySpan<char> text, int wordEnd) =>
        wordEnd + 1 < text.Length && text[wordEnd] == '-' && char.IsLetter(text[wordEnd + 1]);

    /// <summary>
    /// Whether a month (named, or as a number before its year: "06/2023") or an ongoing job ("present", "aujourd'hui", "ce jour")
    /// starts at <paramref name="at"/>: what a range's end wrapped onto the next line starts with; a bare year there is a sentence's.
    /// </summary>
    static bool StartsAMonthOrOngoingWord(ReadOnlySpan<char> text, int at)
    {
        int digits = at;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]) && digits - at < 3) digits++;
        if (digits > at) return digits - at <= 2 && digits < text.Length && text[digits] is '/' or '.';
        int end = DateWordEnd(text, at);
        return end > at && (MonthLookup.ContainsKey(text[at..end]) || OngoingLookup.Contains(text[at..end])) || OngoingPhraseLength(text, at) > 0;
    }

    /// <summary>Where the word of a date starting at <paramref name="at"/> ends: an apostrophe between letters is inside it ("aujourd'hui").</summary>
    /// <summary>The length of an arrow typed at <paramref name="at"/> ("->", "=>", "-->"), a date or a word after it; 0 if none.</summary>
    static int TypedArrowLength(ReadOnlySpan<char> text, int at)
    {
        int length = text[at..].StartsWith("-->", StringComparison.Ordinal) ? 3
            : text[at..].StartsWith("->", StringComparison.Ordinal) || text[at..].StartsWith("=>", StringComparison.Ordinal) ? 2 : 0;
        return length > 0 && at + length < text.Length && (text[at + length] == ' ' || char.IsLetterOrDigit(text[at + length])) ? length : 0;
    }

    /// <summary>Where a month's name at <paramref name="at"/> ends, in hyphenated parts or not, and its month ("Kohi-tātea", "Here-turi-kōkā", "Sep"); null if none.</summary>
    static (int End, int Month)? HyphenatedMonthAt(ReadOnlySpan<char> text, int at)
    {
        Span<char> joined = stackalloc char[24];
        int n = 0, end = at;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1])))
        {
            if (text[end] != '-')
            {
                if (n == joined.Length) return null;
                joined[n++] = text[end];
            }
            end++;
        }
        return MonthLookup.TryGetValue(joined[..n], out int month) ? (end, month) : null;
    }

    static int DateWordEnd(ReadOnlySpan<char> text, int at)
    {
        int end = at;
        while (end < text.Length && (char.IsLetter(text[end])
               || text[end] is '\'' or '\u2019' && end > at && end + 1 < text.Length && char.IsLetter(text[end + 1]))) end++;
        return end;
    }

    /// <summary>The length of the ongoing job said in words at <paramref name="at"/> (<see cref="OngoingAfterAConnector"/>), whole words; 0 if none.</summary>
    static int OngoingPhraseLength(ReadOnlySpan<char> text, int at)
    {
        // Asked at every range's end that starts with a letter: only the phrases with that initial are compared, as comparing
        // Cyrillic ones without regard to case takes the slow path (a profile of session 31's first form).
        if (at >= text.Length) return 0;
        // An ASCII initial (most ends: "Present", "Aug 2021") is looked up in a table by itself, not lowered and hashed.
        char initial = text[at];
        var phrases = initial < AsciiLimit ? OngoingPhrasesByAsciiInitial[initial]
            : OngoingPhrasesByInitial.GetValueOrDefault(char.ToLowerInvariant(initial));
        if (phrases is null) return 0;
        foreach (var (words, wide) in phrases)
            // Only a character outside ASCII equals one outside ASCII without regard to case: "Present" is not compared with
            // "présent" nor "până în prezent", whose comparison took the slow path at most ranges' ends.
            // And an ASCII second character is told apart first ("Present" from "pana in prezent"): the comparison is a call.
            if ((wide < 0 || at + wide >= text.Length || text[at + wide] >= 0x80) && !DiffersInAsciiAt(text, at + 1, words[1])
                && text[at..].StartsWith(words, StringComparison.OrdinalIgnoreCase)
                && (at + words.Length == text.Length || !char.IsLetter(text[at + words.Length]))) return words.Length;
        return 0;
    }

    /// <summary>
    /// Whether the text's character at <paramref name="at"/> differs from an ASCII <paramref name="c"/> without regard to case (a
    /// letter in either case, another character only itself; no character outside ASCII equals one inside it); false for a
    /// character outside ASCII or past the text, which only the full comparison tells.
    /// </summary>
    static bool DiffersInAsciiAt(ReadOnlySpan<char> text, int at, char c) =>
        c < 0x80 && at < text.Length && (char.IsAsciiLetter(c) ? (text[at] | 0x20) != (c | 0x20) : text[at] != c);

    /// <summary>A range's end that is the as-of month: "present", "to date", "à ce jour", "onwards".</summary>
    static bool EndsOngoing(int start, int end, int asOfMonth, out DateMark mark, out int toMonthExclusive)
    {
        mark = new DateMark(start, end, 0, null);
        toMonthExclusive = asOfMonth + 1;
        return true;
    }

    /// <summary>Whether a year, a month's number or a month's name starts at <paramref name="at"/>.</summary>
    static bool StartsADate(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length) return false;
        if (char.IsAsciiDigit(text[at])) return true;
        int end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return MonthLookup.ContainsKey(text[at..end]);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OnwardsLookup =
        new HashSet<string>(["onwards", "onward"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An ongoing job said in words after a connector: "à ce jour" (to date), "hasta la fecha", "até o momento". Unread, a
    /// bilingual counsellor's "septembre 2016 à ce jour" was no range, and ten of her fourteen years were lost (Fresh18, t01).
    /// </summary>
    static readonly string[] OngoingAfterAConnector =
    [
        "ce jour", "aujourd'hui", "aujourd\u2019hui", "présent", "maintenant", "la fecha", "la actualidad", "el presente", "hoy",
        "o momento", "hoje", "o presente",
        // Cyrillic and South Slavic "until the moment", "to this day" (Fresh100: "01.2017 – до момента", "05.2022 – до теперішнього
        // часу"), read right after the dash as well as after a connector.
        "до момента", "до днес", "до теперішнього часу", "по теперішній час", "до цього часу", "по настоящее время",
        "до настоящего времени", "до сих пор", "до данас", "do danas", "do dziś", "do dzisiaj", "do teraz", "do současnosti",
        "do súčasnosti", "do prezent", "până în prezent", "pana in prezent", "do chwili obecnej", "н.в.", "н. в.", "по н.в.",
        "μέχρι σήμερα", "עד כה", "حتى الان",
        "наст. время", "по наст. время", "настоящее время", "devam ediyor", "halen devam", "حتى الآن", "إلى الآن", "עד היום",
        // Italian "to date", "in progress" ("03/2015 → ad oggi", "01/2018 - in corso": Fresh122, t01, a psychotherapist's private
        // practice of eleven years unread).
        "ad oggi", "a oggi", "in corso", "oggi",
        // And French "in progress": "2025 – en cours" (Fresh123, t09: a bilingual psychotherapist's private practice).
        "en cours",
        // Dutch "tot op heden", Portuguese "até ao presente" (a review's probes).
        "op heden", "op hede", "ao presente",
        // Norwegian and Danish "as of today's date" ("01.09.2023 – d.d.": Fresh189, t10, a Sámi family therapist's current post
        // unread).
        "d.d.", "dags dato",
        // Philippine English: "January 2026 – up to present" (Fresh254, t03: a guidance associate's current post unread).
        "up to present", "up to the present", "up to now", "up till now", "up to date", "up until now", "up to today", "upto present",
        "upto date", "upto now",
    ];

    /// <remarks>Declared after its phrases, as static fields are set in the order they are written.</remarks>
    /// <remarks>Each phrase with where its first character outside ASCII stands, or -1.</remarks>
    static readonly System.Collections.Frozen.FrozenDictionary<char, (string Words, int Wide)[]> OngoingPhrasesByInitial =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(
            OngoingAfterAConnector.GroupBy(words => char.ToLowerInvariant(words[0])), group => group.Key,
            group => group.Select(words => (words, words.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F'))).ToArray());

    const int AsciiLimit = 0x80;

    /// <summary>[c] = <see cref="OngoingPhrasesByInitial"/>' phrases for an ASCII character c (lowered as it is there), or null.</summary>
    static readonly (string Words, int Wide)[]?[] OngoingPhrasesByAsciiInitial =
        [.. Enumerable.Range(0, AsciiLimit).Select(c => OngoingPhrasesByInitial.GetValueOrDefault(char.ToLowerInvariant((char)c)))];
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="AloneUntil">For a school year ("AY 2022-23"), the month it ends by (exclusive) when no range follows it.</param>
    readonly record struct DateMark(int Start, int End, int Year, int? Month, int AloneUntil = 0);

    /// <summary>
    /// A range its own line calls time away from work ("Career break 03/2020 - 12/2020 (caring for a parent)"): no post, and
    /// its months no years of experience (Fresh13, t04).
    /// </summary>
    internal static readonly string[] BreakWordList =
    [
        "career break", "career gap", "employment gap", "sabbatical", "parental leave", "maternity leave", "paternity leave",
        "family leave", "medical leave", "caregiving leave", "family caregiver", "full-time caregiver", "full time caregiver",
        // Europass's word for a parent's leave (Fresh68, t06), and leave of any kind said so (an independent review).
        "childcare leave", "child care leave", "leave of absence",
        // Slovak parental leaves: "V/2022 – VIII/2023 materská a rodičovská dovolenka" (Fresh203, t10). ASCII only, as this list
        // is searched.
        "dovolenka",
        // German breaks: "08/2019 – 12/2021 Berufliche Neuorientierung / career break" (Fresh225, t07: a career changer's retraining
        // years counted as her practice's), "Elternzeit", "Auszeit", "Familienzeit", "Pflegezeit".
        "berufliche neuorientierung", "elternzeit", "auszeit", "familienzeit", "pflegezeit", "mutterschutz",
        // A gap told in a bullet: "Left when I moved back to the Midlands (family reasons); not working Jul '20 – Aug '21" (Fresh142,
        // t09: read as a post, a year away from work counted).
        "not working", "out of work",
    ];

    /// <summary>The other name a break is joined with: a retirement, or another break's.</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RetirementOrBreakLookup =
        new HashSet<string>([.. BreakWordList, "retired", "retirement", "travel", "travelling", "traveling"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A break's name alone, in any case ("Career Break").</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakNameLookup =
        new HashSet<string>(BreakWordList, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the line is blank, a bullet or past the text: no title or employer of another entry stands there.</summary>
    /// <summary>
    /// Whether the line is a sentence, not a title wrapped: longer than a title and ending on a full stop. Under "CAREER BREAK" over
    /// its dates, "Family caregiving (parent with end-stage renal disease). Kept my LCPC active with 40 CE hours." tells the break
    /// (Fresh60, t07: read as a post, the license in it made the break's twenty months a counselor's).
    /// </summary>
    static bool IsASentence(ReadOnlySpan<char> text, (int Start, int End) line)
    {
        var content = text[line.Start..line.End].Trim(" \t\r");
        // Not counselling done in the break: "continued as a sessional online counsellor with Turn2Me, seeing eight clients a week"
        // is a post (an independent review).
        return content.EndsWith('.') && WordsOfLetters(content) > MaxWordsOfANotedTitle && !NamesTheTradesWordOutsideACourse(content);
    }

    /// <summary>
    /// Whether a word of the trade stands in the text other than in a course's name: "completed a Certificate in Gambling
    /// Addiction (2021)" in a retirement's sentence is study, no counselling (Fresh71, t08).
    /// </summary>
    static bool NamesTheTradesWordOutsideACourse(ReadOnlySpan<char> text)
    {
        for (int from = 0, found; from < text.Length && (found = text[from..].IndexOfAny(ResumeLayout.CounselingWords)) >= 0; from += found + 1)
        {
            int at = from + found;
            if (at > 0 && char.IsLetter(text[at - 1])) continue;
            var before = text[Math.Max(0, at - 40)..at];
            if (before.IndexOfAny(CourseNames) < 0) return true;
        }
        return false;
    }

    static readonly System.Buffers.SearchValues<string> CourseNames = System.Buffers.SearchValues.Create(
        ["certificate in ", "diploma in ", "course in ", "degree in ", "certification in "], StringComparison.OrdinalIgnoreCase);

    static bool IsBlankOrBulleted(ReadOnlySpan<char> text, (int Start, int End) line)
    {
        var content = text[line.Start..line.End].Trim(" \t\r");
        return content.Length == 0 || IsBulleted(content);
    }

    /// <summary>Whether the line holds a break's name and nothing else but bullets, dashes or a colon ("Career Break").</summary>
    static bool IsABreaksName(ReadOnlySpan<char> text, (int Start, int End) line)
    {
        var name = text[line.Start..line.End].Trim(" \t\r-*\u2022:");
        // Each of its readings needs a break's word in the line: most lines over or under dates alone are a title or an employer,
        // turned down by one short search, not by comparing every break's word with their start.
        return BreakWords.Occurs(name) && ReadsAsABreaksName(name);
    }

    /// <summary>
    /// <see cref="IsABreaksName"/>'s reading of a line's trimmed text, behind its search for a break's word: kept apart so a test
    /// can hold the search to the reading itself.
    /// </summary>
    static bool ReadsAsABreaksName(ReadOnlySpan<char> name)
    {
        if (BreakNameLookup.Contains(name)) return true;
        // Two names joined: "RETIRED / CAREER BREAK" (Fresh71, t08: a retirement's two years read as a counsellor's).
        int slash = name.IndexOf('/');
        if (slash > 0 && name[(slash + 1)..].IndexOf('/') < 0 && name[..slash].Trim() is var left && name[(slash + 1)..].Trim() is var right
            && (BreakNameLookup.Contains(left) && RetirementOrBreakLookup.Contains(right)
                || BreakNameLookup.Contains(right) && RetirementOrBreakLookup.Contains(left))) return true;
        // Its name, then a dash and what it was ("Career break – full-time carer" under "07/2018 – 01/2024": Fresh47, t10, whose five
        // years of caring counted as a counsellor's), as after its dates (NamesABreakAfter); or a colon and what it was ("Career
        // break: wrote the HPCSA board examination for Registered Counsellors and cared for my grandmother": Fresh50, t06), the
        // trade's exam included. Not a cover post named so ("Maternity leave – cover, School Counsellor"), a post of the trade after
        // the dash, nor a practice's ("Career break - private practice two days a week": a review).
        foreach (var word in BreakWordList)
            if (name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && name[word.Length..].TrimStart() is var what
                && what.Length > 1 && what[1] == ' ' && (IsRangeDash(what[0]) && !NamesTheTradesWord(what) || what[0] == ':')
                && what.IndexOf("cover", StringComparison.OrdinalIgnoreCase) < 0
                && what.IndexOf("practice", StringComparison.OrdinalIgnoreCase) < 0) return true;
        return false;
    }

    /// <summary>
    /// A break said after its dates: its name alone up to the clause's end ("2017 - 2019: Family caregiver (full time)", "Jan 2020 –
    /// Dec 2020 — Career break"), or caring for one's own family ("(2017-2019) to care for my father"). Not a name that goes on (a
    /// "Parental Leave Cover" post, a "Family Caregiver Support Program Counselor", the "Family Caregiver Alliance"), nor a leave
    /// noted after a comma inside a job's dates ("March 2014 – Present, parental leave Jun–Dec 2019": an independent review).
    /// </summary>
    /// <param name="words">The lines' word lists: the clause after the dates stands on their end's line, so a line holding no break's
    /// word has no break's name there.</param>
    static bool NamesABreakAfter(ReadOnlySpan<char> text, int rangeEnd, LineWordLists words)
    {
        // Or in brackets: "Paused July 2021 - June 2022 (maternity leave)." (Fresh199, t10).
        var after = text[rangeEnd..Math.Min(text.Length, rangeEnd + 64)].TrimStart(" \t():\u2013\u2014-");
        // Each caring phrase starts with one of these pairs of letters, and only an ASCII letter equals one without regard to case:
        // most dates are followed by a line break or a title, and are not compared with all seven (a title's "Counsellor" or
        // "Therapist" was, its first letter a phrase's).
        if (after.Length > 1 && ((char)(after[0] | 0x20), (char)(after[1] | 0x20)) is ('t', 'o') or ('c', 'a') or ('l', 'o') or ('w', 'h') or ('r', 'a'))
        {
            foreach (var caring in (ReadOnlySpan<string>)["to care for ", "caring for ", "to look after ", "looking after ", "while raising ",
                         "to raise ", "raising "])
                if (after.StartsWith(caring, StringComparison.OrdinalIgnoreCase))
                {
                    // One's own family, however named: "to care for my father", "(2018-2023) to care for a family member" (Fresh38,
                    // t08, a returner's break read as five years of a psychotherapist's), "(2019-2022) to look after my mother". Not
                    // clients: "caring for our veterans", "caring for young children 0-5", "caring for an elderly and dying
                    // population" (a review).
                    var whom = after[caring.Length..];
                    foreach (var family in CaredForFamily)
                        if (whom.StartsWith(family, StringComparison.OrdinalIgnoreCase)) return true;
                }
        }
        // Most dates' lines name no break, and the clause below stands on the line the dates end on: a line holding no break's
        // word names none there (its search, hash and the names' comparisons spared).
        if ((words.OfLineAt(text, rangeEnd) & LineWordLists.Break) == 0) return false;
        // A table's next cell ends the name too: "Aug 2020 – Aug 2023⇥Career break⇥Full-time carer for my father" (Fresh49, t03).
        int clauseEnd = after.IndexOfAny(".,;()\n\r\t");
        var clause = (clauseEnd < 0 ? after : after[..clauseEnd]).TrimEnd(" \t");
        // A date after the name, in its sentence, dates a leave within the job ("Jan 2016 – Present: family leave, Mar–Aug 2021",
        // "Sep 2012 – Jul 2020 – Maternity leave (Mar 2016 – Feb 2017)": a fourth review).
        var rest = after[clause.Length..];
        int sentenceEnd = rest.IndexOfAny(".\n\r");
        if ((sentenceEnd < 0 ? rest : rest[..sentenceEnd]).IndexOfAnyInRange('0', '9') >= 0) return false;
        if (BreakNameLookup.Contains(clause)) return true;
        // Its name, then a dash and what it was ("Career break - full-time parent (twins)": Fresh31, t02).
        foreach (var name in BreakWordList)
            if (clause.StartsWith(name, StringComparison.OrdinalIgnoreCase) && clause[name.Length..].TrimStart() is var what
                && what.Length > 0 && (IsRangeDash(what[0]) || what[0] == ':')) return true;
        return false;
    }

    static readonly ShortTextSearch BreakWords = new(BreakWordList);

    /// <summary>
    /// A break's dates in parentheses after its name in a sentence, over a line end as a summary wraps ("... including a career
    /// break to raise my children (2017-2021).", "returning after a planned career break (2018-2023)": Fresh32, t10, and Fresh38,
    /// t08, where the summary's years were read as a post). Only in the parenthesis's own clause: "returned from parental leave in
    /// 2019; Senior Counsellor (2019-2023)" dates the post.
    /// </summary>
    static bool NamesABreakInItsClause(ReadOnlySpan<char> text, int rangeStart)
    {
        var before = text[Math.Max(0, rangeStart - MaxBreakClause)..rangeStart].TrimEnd(" \t");
        if (before.Length == 0 || before[^1] != '(') return false;
        before = before[..^1];
        // The sentence before the parenthesis, its commas included: "career break to care for my mother through her diagnosis,
        // surgery and two years of chemotherapy (2019-2022)" (a second review).
        int sentenceStart = before.LastIndexOfAny(".;:()");
        int paragraph = before.LastIndexOf("\n\n", StringComparison.Ordinal);
        var sentence = before[(Math.Max(sentenceStart, paragraph) + 1)..];
        int named = -1;
        if (BreakWords.Occurs(sentence))
            foreach (var name in BreakWordList)
                if (sentence.IndexOf(name, StringComparison.OrdinalIgnoreCase) is int at and >= 0 && (named < 0 || at < named)) named = at;
        foreach (var raising in (ReadOnlySpan<string>)["to raise my", "raising my", "to care for my", "caring for my"])
            if (sentence.IndexOf(raising, StringComparison.OrdinalIgnoreCase) is int at and >= 0 && (named < 0 || at < named)) named = at;
        if (named < 0) return false;
        // A post named after the break dates the post: "After a career break to raise my children I returned to practice as school
        // counsellor at ... (2018-present)" (a review).
        // Nor with other dates between: they are the break's or another post's.
        return sentence[named..].IndexOfAny(PostAfterABreak) < 0 && sentence[named..].IndexOfAnyInRange('0', '9') < 0;
    }

    /// <summary>How far back a break's name is looked for before its dates in parentheses (<see cref="NamesABreakInItsClause"/>).</summary>
    const int MaxBreakClause = 160;

    /// <summary>Words that name the post a sentence goes on to after a break: returned, joined, as a counsellor.</summary>
    static readonly System.Buffers.SearchValues<string> PostAfterABreak = System.Buffers.SearchValues.Create(
        ["returned", "returning", "joined", " as a ", " as an ", " as ", "counsel", "therap", "psychother", "clinician", "worked",
            "working", "employed", "hired", "appointed", "practice as", "post at"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whom a break's "to care for" names when it is one's own family (<see cref="NamesABreakAfter"/>).</summary>
    static readonly string[] CaredForFamily =
        ["my ", "a family member", "family members", "a relative", "an elderly parent", "an elderly relative", "elderly parents",
            "a parent", "an ill parent", "a sick parent", "a dying parent", "a new baby", "an ill spouse", "a sick spouse",
            // One's own children and parents as "our" (a second review: "caring for our newborn twins"); not "our veterans".
            "our children", "our newborn", "our twins", "our son", "our daughter", "our baby", "our family", "our parents",
            "our mother", "our father", "our two ", "our three ", "our four ", "our young children"];

    /// <summary>
    /// Whether the range's sentence names a break before its dates, as a title would ("Career break 03/2020 - 12/2020", "...
    /// caseload of 28. Career break, January 2020 - ..."). Only there: a job's own dates may mention one ("March 2016 - Present
    /// (incl. 6 months parental leave, 2019)", "Psychotherapist (maternity leave cover)"), and a job beside it on a flattened
    /// line is a job (an independent review).
    /// </summary>
    /// <param name="words">The lines' word lists: a line holding no break's word has none before its dates.</param>
    static bool IsABreak(ReadOnlySpan<char> text, int lineStart, int rangeStart, int rangeEnd, LineWordLists words)
    {
        // Or named right after its dates ("2017 - 2019: Family caregiver", "(2017-2019) to care for my father": Fresh23, t11).
        // Not after a post of the trade named on the dates' line: "Private Practice Therapist (part-time)   2016 - 2021 while raising
        // my two children" is a post (a second review).
        if (NamesABreakAfter(text, rangeEnd, words) && !NamesTheTradesWord(text[lineStart..rangeStart])) return true;
        if (NamesABreakInItsClause(text, rangeStart)) return true;
        // Dates alone on their line, under or over a break's name alone, as a job's title stands ("Career Break" over "January
        // 2018 – February 2024": an independent review).
        // The break's entry stands apart: nothing but a blank line or its bullets on the dates' other side, and under a name below
        // them nothing but a blank line or bullets (a job's title over its dates with "Parental leave" under them is a leave within
        // the job, "Parental Leave" over "Cover – Youth Counsellor" a cover post wrapped: a fourth review).
        var (ownStart, ownEnd) = Clauses.LineAround(text, rangeStart);
        if (rangeEnd <= ownEnd && !HasLettersOutside(text[ownStart..ownEnd], rangeStart - ownStart, rangeEnd - ownStart, 1))
        {
            (int Start, int End) above = ownStart > 0 ? Clauses.LineAround(text, ownStart - 1) : (0, 0);
            (int Start, int End) below = ownEnd < text.Length ? Clauses.LineAround(text, ownEnd + 1) : (text.Length, text.Length);
            if (ownStart > 0 && IsABreaksName(text, above) && (IsBlankOrBulleted(text, below) || IsASentence(text, below))) return true;
            if (below.Start < text.Length && IsABreaksName(text, below) && (ownStart == 0 || IsBlankOrBulleted(text, above))
                && IsBlankOrBulleted(text, below.End < text.Length ? Clauses.LineAround(text, below.End + 1) : (text.Length, text.Length)))
                return true;
        }
        // Most ranges' lines name no break: one short search of the line before the precise reading.
        if ((words.OfLineAt(text, rangeStart) & LineWordLists.Break) == 0) return false;
        if (!BreakWords.Occurs(text[lineStart..rangeStart])) return false;
        // Every bullet a post's lines use ("◦ Maternity leave (concediu de maternitate) 01/02/2015 – 31/01/2017": Fresh68, t06).
        // A row whose cells dot leaders join is one sentence: "Maternity leave  ......  --  ......  Jul '21 - Jun '22" (Fresh199, t10:
        // cut at its dots, the leave was read as a post under the row above's title).
        int sentenceStart = text[lineStart..rangeStart].Contains("...", StringComparison.Ordinal) ? lineStart
            : ResumeLayout.SentenceStart(text, lineStart, rangeStart);
        var before = text[sentenceStart..rangeStart].TrimStart(BulletsAndSpaces);
        // Or as the whole of a title over its dates, a word before it ("Family career break (07/2012 – 01/2025)": Fresh28, t11).
        var asTitle = before.TrimEnd(" \t(:,\u2013\u2014-|");
        foreach (var name in BreakWordList)
            if (before.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                || (asTitle.EndsWith(name, StringComparison.OrdinalIgnoreCase) && asTitle.Length - name.Length <= MaxWordsBeforeABreak
                    && asTitle[..^name.Length].Trim().Count(' ') <= 1)) return true;
        return false;
    }

    /// <summary>
    /// Whether the words before a leave's dates name the writer's own leave: its name opens them, after the post's own dates if on
    /// their line, and no one else's leave, a cover, a policy or a service stands there ("Acting Clinical Manager during the
    /// manager's maternity leave", "Maternity leave cover for the Clinical Team Lead", "Advised HR on the parental leave policy
    /// review", "Medical leave, absence and return-to-work counselling for 300 staff": an independent review's cases).
    /// </summary>
    static bool IsTheWritersLeave(ReadOnlySpan<char> lineUpToRange)
    {
        // On the post's own line, only the words after its dates: "Sep 2012 – Jul 2020 – Maternity leave (".
        int lastDigit = lineUpToRange.LastIndexOfAnyInRange('0', '9');
        var words = (lastDigit < 0 ? lineUpToRange : lineUpToRange[(lastDigit + 1)..])
            .TrimStart(BulletsAndSpaces).Trim(" \t-*:,(\u2013\u2014");
        if (words.IndexOfAny(NotTheWritersLeave) >= 0 || NamesTheTradesWord(words)) return false;
        foreach (var name in BreakWordList)
            if (words.StartsWith(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether a bullet says the post itself stopped for the break named after its dates: "- Paused July 2021 - June 2022 (maternity
    /// leave)." in a private practice's lines (Fresh199, t10: the year of leave counted as the practice's).
    /// </summary>
    static bool SaysThePostPaused(ReadOnlySpan<char> lineUpToRange)
    {
        var words = lineUpToRange.TrimStart(BulletsAndSpaces).TrimEnd(" \t:");
        // Or a bullet holding the range and its break alone: "- Jul 2019 – Jun 2020 (maternity leave)" (a third review of session 40).
        var bullet = lineUpToRange.TrimStart(" \t");
        if (words.IsEmpty && bullet.Length > 0 && BulletsAndSpaces.Contains(bullet[0])) return true;
        foreach (var paused in (ReadOnlySpan<string>)["paused", "practice paused", "on hold", "practice closed", "closed"])
            if (words.Equals(paused, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The bullets a post's lines open with, and the spaces around them.</summary>
    const string BulletsAndSpaces = " \t-*\u2022\u00B7\u25AA\u25CF\u25E6\u27A2";

    static readonly System.Buffers.SearchValues<string> NotTheWritersLeave = System.Buffers.SearchValues.Create(
        ["cover", "'s ", "\u2019s ", "s' ", "policy", "policies", "staff", "employees", "colleague"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The most a break's title may hold before its name, in two words at most ("Planned family career break").</summary>
    const int MaxWordsBeforeABreak = 20;

    /// <summary>A school year runs from August to July: "AY 2022-23 through AY 2024-25" is three years, and "2025-26 to present" starts in August.</summary>
    const int SchoolYearFirstMonth = 8;

    /// <summary>
    /// A school or academic year written with its second year cut to two digits ("2022-23", "AY 2019/20"), as school counselors
    /// date their posts: unread, every range of such a resume was dropped and its only dated job left a lifeguard's, so the
    /// career read as another trade's (Fresh15, t02). Only the next year: "2019-05" is a month and "2011-12-01" a whole date.
    /// </summary>
    /// <param name="end">Just past the two digits.</param>
    static bool TryReadSchoolYear(ReadOnlySpan<char> text, int yearEnd, int year, out int end)
    {
        end = yearEnd + 3;
        if (end > text.Length || text[yearEnd] is not ('-' or '/' or '\u2013' or '\u2010' or '\u2011')) return false;
        if (!char.IsAsciiDigit(text[yearEnd + 1]) || !char.IsAsciiDigit(text[yearEnd + 2])) return false;
        if (EndsADateNumber(text, end)) return (text[yearEnd + 1] - '0') * 10 + (text[yearEnd + 2] - '0') == (year + 1) % 100;
        // The second year whole, only where the text says it is a school year: "2023-2024 school year - present", "AY 2014-2015
        // through AY 2018-2019" (Fresh124, t02: a school-based clinician's three years read as the one school year), as "2016-2017"
        // alone is a range of years.
        end = yearEnd + 5;
        if (end > text.Length || !char.IsAsciiDigit(text[yearEnd + 3]) || !char.IsAsciiDigit(text[yearEnd + 4]) || !EndsADateNumber(text, end)
            || FourDigits(text.Slice(yearEnd + 1, 4)) != year + 1) return false;
        int yearStart = yearEnd - 4;
        if (yearStart >= 3 && text[yearStart - 1] == ' ' && IsSchoolYearLabel(text[(yearStart - 3)..(yearStart - 1)])
            && (yearStart == 3 || !char.IsLetter(text[yearStart - 4]))) return true;
        var after = text[SkipSpaces(text, end)..];
        return after.StartsWith("school year", StringComparison.OrdinalIgnoreCase) || after.StartsWith("academic year", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Where a range's end stands two lines below its start in a left column of dates: the start opens its line and a gap of
    /// spaces follows it, the next line opens with a dash alone before a gap, and the line after opens with the end. -1 otherwise.
    /// </summary>
    static int? EndInALeftColumnBelow(ReadOnlySpan<char> text, int after)
    {
        const int Gap = LeftColumnGap;
        int lineStart = text[..after].LastIndexOf('\n') + 1;
        if (after - lineStart > MaxLeftColumnDate || text[lineStart..after].Contains("   ", StringComparison.Ordinal)) return null;
        int lineEnd = text[after..].IndexOf('\n') is int n and >= 0 ? after + n : -1;
        if (lineEnd < 0) return null;
        var rest = text[after..lineEnd].TrimEnd('\r');
        if (!rest.IsWhiteSpace() && !rest.StartsWith("   ", StringComparison.Ordinal)) return null;
        int dash = lineEnd + 1;
        if (dash >= text.Length || !IsRangeDash(text[dash])) return null;
        int dashEnd = text[dash..].IndexOf('\n') is int d and >= 0 ? dash + d : -1;
        if (dashEnd < 0) return null;
        var besideDash = text[(dash + 1)..dashEnd].TrimEnd('\r');
        if (!besideDash.IsWhiteSpace() && (besideDash.Length < Gap || !besideDash[..Gap].IsWhiteSpace())) return null;
        int end = dashEnd + 1;
        return end < text.Length && (StartsADate(text, end) || StartsAMonthOrOngoingWord(text, end)) ? end : null;
    }

    /// <summary>
    /// The spaces that set a left column of dates apart from its post (<see cref="EndInALeftColumnBelow"/>): a start followed on
    /// its line by anything but a space within fewer is no such column's.
    /// </summary>
    const int LeftColumnGap = 3;

    /// <summary>How long a left column's start may be: "SEPTEMBER 2021".</summary>
    const int MaxLeftColumnDate = 16;

    /// <summary>A month of one or two digits after a dot, ending there: the ".9" of "'19.9".</summary>
    static bool TryReadDottedMonth(ReadOnlySpan<char> text, int at, out int month, out int end)
    {
        (month, end) = (0, at);
        if (at + 1 >= text.Length || text[at] != '.' || !char.IsAsciiDigit(text[at + 1])) return false;
        int digitsEnd = at + 2;
        if (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd])) digitsEnd++;
        if (!EndsADateNumber(text, digitsEnd)) return false;
        month = int.Parse(text[(at + 1)..digitsEnd], NumberStyles.None, CultureInfo.InvariantCulture);
        end = digitsEnd;
        return month is >= 1 and <= 12;
    }

    /// <summary>
    /// Whether a date's last number ends at <paramref name="at"/>: no letter or digit goes on from it, and no further date part
    /// ("2011-12-01" is a day, "2019/08/B" a form's code).
    /// </summary>
    static bool EndsADateNumber(ReadOnlySpan<char> text, int at) =>
        at >= text.Length || !(char.IsLetterOrDigit(text[at]) || (text[at] is '-' or '/' or '.' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1])));

    /// <summary>
    /// A school year with no range after it dates a post only when it says it is one ("AY 2021-22", "2021-22 school year") or
    /// stands alone as a line's date: "U.S. Army veteran (OIF 2007–08)" is a deployment in a resume's header (Fresh10, t03), and
    /// "41 screenings in AY 2025-26" a bullet's count.
    /// </summary>
    static bool IsASchoolYearAlone(ReadOnlySpan<char> text, DateMark year)
    {
        // The mark starts at its label when it has one (TryReadStart).
        if (InASentence(text, year.Start)) return false;
        if (char.IsLetter(text[year.Start])) return true;
        var after = text[year.End..];
        int lineEnd = after.IndexOfAny('\n', '\r');
        var rest = (lineEnd < 0 ? after : after[..lineEnd]).TrimStart(' ');
        if (rest.StartsWith("school year", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("academic year", StringComparison.OrdinalIgnoreCase)) return true;
        var (lineStart, _) = Clauses.LineAround(text, year.Start);
        return !HasLettersOutside(text[lineStart..(year.End + (lineEnd < 0 ? after.Length : lineEnd))], year.Start - lineStart, year.End - lineStart, 1);
    }

    /// <summary>
    /// Just past "school year" or "academic year" after a school year's number ("2022-23 school year – present"), where its range's
    /// connector follows: read as one school year, a middle-school counselor of four years was a junior of one (Fresh22, t02).
    /// </summary>
    static int AfterSchoolYearWords(ReadOnlySpan<char> text, int yearEnd) =>
        AfterWordsOfTheYear(text, yearEnd, ["school years", "school year", "academic years", "academic year", "SY", "AY"]);

    /// <summary>
    /// Just past "season" after a year, where its range's connector follows: an orchestra's or a club's post dated by its seasons
    /// ("2018 season – present", Fresh229, t09: a conductor's current post unread, so her career was not all another trade's).
    /// </summary>
    static int AfterSeasonWord(ReadOnlySpan<char> text, int yearEnd) => AfterWordsOfTheYear(text, yearEnd, ["seasons", "season"]);

    /// <summary>Just past the first of <paramref name="words"/> standing after the year (spaces between) as a word of its own; the year's end when none does.</summary>
    static int AfterWordsOfTheYear(ReadOnlySpan<char> text, int yearEnd, ReadOnlySpan<string> words)
    {
        int i = SkipSpaces(text, yearEnd);
        foreach (var word in words)
            if (text[i..].StartsWith(word, StringComparison.OrdinalIgnoreCase) && EndsADateNumber(text, i + word.Length))
                return i + word.Length;
        return yearEnd;
    }

    /// <summary>
    /// Whether a school year stands in a sentence, after a word no sentence ends on ("41 screenings in AY 2025-26", "the billing
    /// records of 2016-17 to 2020-21"): counted or described there, not a post's dates.
    /// </summary>
    static bool InASentence(ReadOnlySpan<char> text, int yearStart) => EndsOnAWordThatGoesOn(text[..yearStart].TrimEnd(' '));

    /// <summary>Whether the text ends on a word no sentence ends on (<see cref="SentenceGoesOnLookup"/>): what follows goes on with it.</summary>
    internal static bool EndsOnAWordThatGoesOn(ReadOnlySpan<char> text) => SentenceGoesOnLookup.Contains(ResumeLayout.LastWord(text));

    /// <summary>
    /// A month written as a number after its year ("2021/07", "2019-08"), as ISO-minded templates do: unread, a pediatric
    /// speech-language pathologist's "2021/07 – present" was no role, so her career was no other trade's and her therapy
    /// words a counselor's (Fresh17, t11). One or two digits, 1 to 12, then no digit and no further date ("2011-12-01" is a day).
    /// A school year ("2019/20") is read before this, where the resume writes them.
    /// </summary>
    static bool TryReadMonthAfterYear(ReadOnlySpan<char> text, int yearEnd, out int month, out int end)
    {
        month = 0;
        end = yearEnd;
        if (TryReadCjkMonth(text, yearEnd, out month, out end)) return true;
        // Hungarian CVs write the year first, each part with its dot: "2018. 04. – jelenleg" (Fresh100, t04).
        if (yearEnd + 4 < text.Length && text[yearEnd] == '.' && text[yearEnd + 1] == ' ' && char.IsAsciiDigit(text[yearEnd + 2]))
        {
            int monthEnd = yearEnd + 2;
            while (monthEnd < text.Length && char.IsAsciiDigit(text[monthEnd]) && monthEnd - yearEnd < 4) monthEnd++;
            if (monthEnd < text.Length && text[monthEnd] == '.' && (monthEnd + 1 == text.Length || !char.IsAsciiDigit(text[monthEnd + 1]))
                && int.Parse(text[(yearEnd + 2)..monthEnd], NumberStyles.None, CultureInfo.InvariantCulture) is int hungarianMonth and >= 1 and <= 12)
            {
                (month, end) = (hungarianMonth, monthEnd + 1);
                return true;
            }
        }
        // Or its month named: "2019. január – jelenleg", "2015. március – 2016. december" (a review of session 38).
        if (yearEnd + 3 < text.Length && text[yearEnd] == '.' && text[yearEnd + 1] == ' ' && char.IsLetter(text[yearEnd + 2])
            && DateWordEnd(text, yearEnd + 2) is int namedEnd && MonthLookup.TryGetValue(text[(yearEnd + 2)..namedEnd], out int named))
        {
            (month, end) = (named, namedEnd);
            return true;
        }
        // Or its month's digits after the dot and a space, in a range: "2021. 3 ~ 현재", "2019. 3 ~ 2021. 2" (Fresh196, t11, a
        // Korean CV). Only beside the range's mark: "in 2021. 3 new groups" is a sentence's end.
        if (yearEnd + 3 < text.Length && text[yearEnd] == '.' && text[yearEnd + 1] == ' ' && char.IsAsciiDigit(text[yearEnd + 2]))
        {
            int spacedEnd = yearEnd + 3 < text.Length && char.IsAsciiDigit(text[yearEnd + 3]) ? yearEnd + 4 : yearEnd + 3;
            int spaced = int.Parse(text[(yearEnd + 2)..spacedEnd], NumberStyles.None, CultureInfo.InvariantCulture);
            var after = text[spacedEnd..].TrimStart(' ');
            var before = text[..Math.Max(0, yearEnd - 4)].TrimEnd(' ');
            if (spaced is >= 1 and <= 12 && EndsADateNumber(text, spacedEnd)
                && (after.Length > 0 && after[0] is '~' or '\uFF5E' or '\u2013' or '\u2014' || before.Length > 0 && before[^1] is '~' or '\uFF5E'))
            {
                (month, end) = (spaced, spacedEnd);
                return true;
            }
        }
        // East Asian CVs write "2019.06 ~ 현재" (Fresh74, t07).
        if (yearEnd + 1 >= text.Length || text[yearEnd] is not ('/' or '-' or '.') || !char.IsAsciiDigit(text[yearEnd + 1])) return false;
        int digitsEnd = yearEnd + 1;
        while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]) && digitsEnd - yearEnd <= 2) digitsEnd++;
        // An ISO date's day after its month ("2019-03-01 – 2022-08-31", a review's probe whose posts went unread), and the same
        // with slashes or dots, as South African application forms print it (Fresh134, t06: "From: 2019/03/01   To: Current").
        int dayEnd = digitsEnd;
        if (!EndsADateNumber(text, digitsEnd))
        {
            if (digitsEnd - yearEnd != 3 || text[digitsEnd] != text[yearEnd] || digitsEnd + 3 > text.Length
                || !char.IsAsciiDigit(text[digitsEnd + 1]) || !char.IsAsciiDigit(text[digitsEnd + 2]) || !EndsADateNumber(text, digitsEnd + 3))
                return false;
            dayEnd = digitsEnd + 3;
        }
        month = int.Parse(text[(yearEnd + 1)..digitsEnd], NumberStyles.None, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        end = dayEnd;
        return true;
    }

    /// <summary>
    /// Where the era's name stands before a year or a month of an era date ("平成29年4月", "令和元年5月", "民國111年9月"): right before
    /// the year's digits, or before "元年" ahead of the month's; -1 when none does.
    /// </summary>
    static int EraMarkerBefore(ReadOnlySpan<char> text, int digitsStart)
    {
        int at = digitsStart;
        // "令和元年5月": the month's digits, after the era's first year.
        if (at >= 2 && text[at - 1] == '\u5E74' && text[at - 2] == '\u5143') at -= 2;
        if (at >= 1 && text[at - 1] == ' ') at--;
        return at >= 2 && EraBase(text[(at - 2)..at]) > 0 ? at - 2 : -1;
    }

    /// <summary>The year before an era's first ("平成" 1988, so 平成1年 is 1989), or 0 for no era's name.</summary>
    static int EraBase(ReadOnlySpan<char> name) => name switch
    {
        "\u5E73\u6210" => 1988, // 平成
        "\u4EE4\u548C" => 2018, // 令和
        "\u662D\u548C" => 1925, // 昭和
        "\u6C11\u570B" or "\u6C11\u56FD" => 1911, // 民國, 民国: Taiwan's Republic years
        _ => 0,
    };

    /// <summary>
    /// A Japanese or Taiwanese era date from its era's name at <paramref name="at"/>: "平成29年4月", "令和元年", "民國111年9月" (an
    /// independent review's Japanese CV and Fresh94, t10, a Taiwanese 104 export, whose posts were all unread). The year's digits
    /// or 元 (the first year), 年, and a month if one follows.
    /// </summary>
    static bool TryReadEraDate(ReadOnlySpan<char> text, int at, out DateMark mark)
    {
        mark = default;
        if (at + 2 > text.Length) return false;
        int baseYear = EraBase(text.Slice(at, 2));
        if (baseYear == 0) return false;
        int i = at + 2;
        if (i < text.Length && text[i] == ' ') i++;
        int n;
        int digitsEnd = i;
        if (i < text.Length && text[i] == '\u5143') { n = 1; digitsEnd = i + 1; }
        else
        {
            while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]) && digitsEnd - i < 3) digitsEnd++;
            if (digitsEnd == i) return false;
            n = int.Parse(text[i..digitsEnd], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        if (digitsEnd >= text.Length || text[digitsEnd] != '\u5E74') return false;
        int year = baseYear + n;
        if (year is < 1950 or > 2100) return false;
        mark = TryReadCjkMonth(text, digitsEnd, out int month, out int end)
            ? new DateMark(at, end, year, month)
            : new DateMark(at, digitsEnd + 1, year, null);
        return true;
    }

    /// <summary>
    /// A Japanese era's year and month in Latin letters, as a rirekisho's English translation keeps them: "R3.4 – present",
    /// "R2.4 – R5.3", "H30.4" (Reiwa 3 is 2021, Heisei 30 is 2018; Fresh119, t11: a psychologist's every post unread).
    /// </summary>
    /// <param name="digitsStart">Where the era's year's digits start, right after its letter.</param>
    static bool TryReadRomanizedEraDate(ReadOnlySpan<char> text, int digitsStart, int digitsEnd, out DateMark mark)
    {
        mark = default;
        int letter = digitsStart - 1;
        if (letter < 0 || text[letter] is not ('R' or 'H') || letter > 0 && char.IsLetterOrDigit(text[letter - 1])) return false;
        if (digitsEnd + 1 >= text.Length || text[digitsEnd] != '.' || !char.IsAsciiDigit(text[digitsEnd + 1])) return false;
        int monthEnd = DigitsFrom(text, digitsEnd + 1);
        if (monthEnd - digitsEnd - 1 > 2 || monthEnd < text.Length && char.IsLetterOrDigit(text[monthEnd])) return false;
        int n = int.Parse(text[digitsStart..digitsEnd], NumberStyles.None, CultureInfo.InvariantCulture);
        int month = int.Parse(text[(digitsEnd + 1)..monthEnd], NumberStyles.None, CultureInfo.InvariantCulture);
        if (n < 1 || month is < 1 or > 12) return false;
        mark = new DateMark(letter, monthEnd, (text[letter] == 'R' ? 2018 : 1988) + n, month);
        return true;
    }

    static int DigitsFrom(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsAsciiDigit(text[at])) at++;
        return at;
    }

    /// <summary>
    /// A month after its year in Japanese or Chinese ("2017年4月") or Korean ("2017년 4월"), as a 職務経歴書 or 이력서 dates its posts:
    /// unread, "2017年4月～現在" dated no post (an independent review's Japanese career heading, its posts unread). The year's mark,
    /// one or two digits from 1 to 12, then the month's mark; a space may follow each mark.
    /// </summary>
    static bool TryReadCjkMonth(ReadOnlySpan<char> text, int yearEnd, out int month, out int end)
    {
        month = 0;
        end = yearEnd;
        if (yearEnd >= text.Length || text[yearEnd] is not ('\u5E74' or '\uB144')) return false;
        int digits = yearEnd + 1;
        if (digits < text.Length && text[digits] == ' ') digits++;
        int digitsEnd = digits;
        while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]) && digitsEnd - digits < 2) digitsEnd++;
        if (digitsEnd == digits || digitsEnd >= text.Length || text[digitsEnd] is not ('\u6708' or '\uC6D4')) return false;
        month = int.Parse(text[digits..digitsEnd], NumberStyles.None, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        end = digitsEnd + 1;
        return true;
    }

    /// <summary>
    /// Where the day of a Danish whole date starts, "d/m-yyyy" ("1/9-2019 – d.d.", "1/3-2021 – 31/12-2023": Fresh174, t09, a
    /// psychotherapist's posts read from the year alone or not at all), or -1: one or two digits, a slash, one or two digits, a
    /// hyphen and the year at <paramref name="yearStart"/>, no date before them.
    /// </summary>
    static int DanishDayBefore(ReadOnlySpan<char> text, int yearStart)
    {
        if (yearStart < 4 || text[yearStart - 1] != '-') return -1;
        int month = yearStart - 1;
        while (month > 0 && char.IsAsciiDigit(text[month - 1]) && yearStart - 1 - month < 2) month--;
        if (month == yearStart - 1 || month < 2 || text[month - 1] != '/') return -1;
        int day = month - 1;
        while (day > 0 && char.IsAsciiDigit(text[day - 1]) && month - 1 - day < 2) day--;
        if (day == month - 1 || day > 0 && (char.IsLetterOrDigit(text[day - 1]) || text[day - 1] is '/' or '.' or '-')) return -1;
        return int.Parse(text[day..(month - 1)], NumberStyles.None, CultureInfo.InvariantCulture) is >= 1 and <= 31 ? day : -1;
    }

    /// <summary>
    /// Whether the year at <paramref name="yearStart"/> follows a month and a hyphen, "mm-yyyy" ("09-2015 – 12-2018", "01-2019 –
    /// heden", as Dutch and Indian CVs write them: a review's probe whose posts went unread): one or two digits, no date before them.
    /// </summary>
    static bool IsAMonthYearWithAHyphen(ReadOnlySpan<char> text, int yearStart)
    {
        if (yearStart < 2 || text[yearStart - 1] != '-') return false;
        int first = yearStart - 1;
        while (first > 0 && char.IsAsciiDigit(text[first - 1]) && yearStart - 1 - first < 2) first--;
        if (first == yearStart - 1 || first > 0 && (char.IsLetterOrDigit(text[first - 1]) || text[first - 1] is '-' or '/' or '.')) return false;
        int month = int.Parse(text[first..(yearStart - 1)], NumberStyles.None, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12;
    }

    /// <summary>Letters that name a school or fiscal year before its number ("AY 2024-25"): skipped after a range's connector.</summary>
    static bool IsSchoolYearLabel(ReadOnlySpan<char> word) => word.Length == 2 && word[1] is 'Y' or 'y' && word[0] is 'A' or 'a' or 'S' or 's';

    /// <summary>Date ranges that describe work or placements, with education and licensure left out.</summary>
    /// <param name="sections">The resume's headings, from <see cref="FindHeadings"/>.</param>
    /// <param name="rightColumn">The headings of a right-hand column, from <see cref="FindHeadings"/>.</param>
    /// <param name="lines">The text's lines, from <see cref="LineBreaks"/>.</param>
    /// <param name="words">Which word lists each line holds, kept for the layout's titles; read afresh when none is given.</param>
    public static List<DatedRole> FindDatedRoles(ReadOnlySpan<char> text, DateOnly asOf, List<Heading> sections, List<Heading> rightColumn, LineBreaks lines,
        LineWordLists? words = null)
    {
        words ??= new LineWordLists(lines);
        // Room for a career's posts from the start: grown from four, most resumes' lists were copied once on the way.
        var roles = new List<DatedRole>(8);
        int asOfMonth = asOf.Year * 12 + asOf.Month - 1;
        var style = new DateStyle(text);
        int from = 0;
        int breakFrom = int.MaxValue, breakTo = int.MinValue, rolesAtBreak = -1;
        List<(int From, int To)>? leaves = null;
        List<int>? endedAtTheNextPost = null;
        while (from < text.Length)
        {
            int digit = text[from..].IndexOfAnyInRange('0', '9');
            if (digit < 0) break;
            int runStart = from + digit;
            int runEnd = runStart;
            while (runEnd < text.Length && char.IsAsciiDigit(text[runEnd])) runEnd++;
            from = runEnd;
            DateMark start;
            bool sinceAlone = false, endsAtTheNextPost = false, openRange = false, toldInASentence = false;
            bool monthSlashShortYear = false, shortStart = false;
            if (runEnd - runStart <= 3 && EraMarkerBefore(text, runStart) is int marker and >= 0 && TryReadEraDate(text, marker, out start))
                from = start.End;
            else if (runEnd - runStart <= 2 && TryReadRomanizedEraDate(text, runStart, runEnd, out start)) from = start.End;
            else if (runEnd - runStart == 4) { if (!TryReadStart(text, runStart, runEnd, out start, ref style)) continue; }
            else if (runEnd - runStart != 2) continue;
            else if (!TryReadShortStart(text, runStart, runEnd, asOf.Year, out start))
            {
                if (!TryReadMonthSlashShortYear(text, runStart, asOf.Year, out start)
                    && !TryReadWholeDateWithAShortYear(text, runStart, asOf.Year, ref style, out start)) continue;
                monthSlashShortYear = true;
            }
            else shortStart = true;
            if (start.AloneUntil != 0 && InASentence(text, start.Start)) continue;
            if (!TryReadRangeEnd(text, start.AloneUntil != 0 ? AfterSchoolYearWords(text, start.End) : start.Month is null ? AfterSeasonWord(text, start.End) : start.End,
                    asOfMonth, out var end, out int endMonthExclusive, ref style,
                    // A start cut short ("Aug. '19") may end as a month and a two-digit year ("Aug. '19 - 11/22": Fresh104, t09), and
                    // so may a year alone ("2008 – 03/11": Fresh144, t12, a sales post's bullets ran into the counsellor's post above).
                    monthSlashShortYears: monthSlashShortYear || shortStart || runEnd - runStart == 4 && start.Month is null))
            {
                // A month and a two-digit year are a post's dates only as a range (below), or after "since" heading their line: a
                // German CV's "ab 06/23      Psychologischer Psychotherapeut" (Fresh135, t10: the current post unread).
                // Or set as the title line's dates field, after a tab or a gap, held now: "Licensed Professional Counselor⇥2/24–",
                // "Private Practice (Saturdays, part-time)⇥since 2/23" (Fresh190, t10: an LPC's two current posts unread).
                bool heldNowField = monthSlashShortYear && IsAnOpenShortDateField(text, start);
                if (monthSlashShortYear && !(OpensWithSince(text, start.Start) && HeadsItsLine(text, start, rightColumn)) && !heldNowField) continue;
                if (heldNowField)
                {
                    EndsOngoing(start.End, start.End, asOfMonth, out end, out endMonthExclusive);
                    sinceAlone = true;
                    // A license is held since a date, never "2/24–": the dash makes it a post's, whose title may be its license.
                    openRange = start.End < text.Length && IsRangeDash(text[start.End]);
                }
                else
                // "— since March 2023" ending its line: an ongoing post dated by its start alone (read only under a work heading,
                // below).
                // Or "with effect from", as East and West African and South Asian CVs open a post held now: "W.E.F. 01/01/2024" over
                // "To date" (Fresh98, t09: a Zambian counsellor's current practice was no post).
                if (start.AloneUntil == 0 && (OpensWithSince(text, start.Start)
                    && (EndsItsLine(text, start.End) || HeadsItsLine(text, start, rightColumn) || EndsItsLineAfterANote(text, start.End)) || OpensWithWef(text, start.Start)
                    || IsPresentSince(text, start) || OpensAnOpenRange(text, start) || IsAFormsOpenStart(text, start)
                    || (toldInASentence = OpensAPostToldInASentence(text, start))))
                {
                    EndsOngoing(start.End, start.End, asOfMonth, out end, out endMonthExclusive);
                    sinceAlone = true;
                }
                // A form's start whose entry says the post ended but gives no end ("Start date: 03/2014⇥Reason for leaving: Promotion
                // to management") ran until the next post began: read below, once every post's start is known.
                else if (start.AloneUntil == 0 && IsAFormsStartThatEnded(text, start))
                {
                    EndsOngoing(start.End, start.End, asOfMonth, out end, out endMonthExclusive);
                    sinceAlone = endsAtTheNextPost = true;
                }
                // A school year alone ("AY 2021-22") is a range by itself.
                else if (start.AloneUntil == 0 || !IsASchoolYearAlone(text, start)) continue;
                else
                {
                    end = new DateMark(start.End, start.End, start.Year + 1, SchoolYearFirstMonth - 1);
                    endMonthExclusive = start.AloneUntil;
                }
            }
            // "9/22 - 4/25", "5/25 - now": a post's dates set apart as a field, as a pasted resume sets them; in a sentence such
            // numbers are ratings and scores ("from 8/10 to 3/10", "rose 2/10 - 8/10").
            if (monthSlashShortYear && !sinceAlone && !StandsAsAField(text, start.Start, end.End)) continue;
            // "From 2021 onwards" and "since 2019 onwards" tell when something in a sentence began, not a post.
            if (end.Year == 0 && OnwardsLookup.Contains(text[end.Start..end.End]) && OpensWithFrom(text, start.Start)) continue;
            // A range read across a line break whose end starts a range of its own ("Sep 2022 –" over "2020 – 2022 Clinician II")
            // is no range: the next line's dates are the next role's (an independent review).
            if (text[start.End..end.Start].Contains('\n') && StartsARange(text, end.End)) continue;
            // An arrow between years alone is a before-and-after figure ("No-show rate 2021 → 2023: 30% → 12%"); a post's dates
            // with an arrow carry their months ("2011-09 → present": an independent review).
            if (start.Month is null && text[start.End..end.Start].IndexOfAny('\u2192', '\u27F6') >= 0) continue;
            from = end.End;

            int fromMonth = start.Year * 12 + (start.Month ?? 1) - 1;
            // Winter is December, but a winter still to come is the one the year began with: a play therapist's "Winter 2026 –
            // now" as of November 2026 is a post since January, not one not yet begun (Fresh27, t11).
            // Only for a post held now or ended by then: "Winter 2026 – Winter 2027" is an offer accepted (an independent review).
            if (fromMonth > asOfMonth && start.Month == 12 && start.Year == asOfMonth / 12 && endMonthExclusive <= asOfMonth + 1
                && text[start.Start..start.End].StartsWith("winter", StringComparison.OrdinalIgnoreCase)) fromMonth -= 11;
            int toMonth = end.Month is null && end.Year > 0 && start.Month is not null
                ? end.Year * 12 + 12
                : endMonthExclusive;
            toMonth = Math.Min(toMonth, asOfMonth + 1);
            if (toMonth <= fromMonth || start.Year < 1950) continue;

            var (lineStart, lineEnd) = Clauses.LineAround(text, start.Start);
            // A range over lines (a form's "From:" over "To:", a table's cells) reads as one line from its start's to its end's.
            if (end.End > lineEnd) lineEnd = Clauses.LineAround(text, Math.Max(end.Start, end.End - 1)).End;
            if (IsABreak(text, lineStart, start.Start, end.End, words))
            {
                (breakFrom, breakTo, rolesAtBreak) = (fromMonth, toMonth, roles.Count);
                // A leave inside the post above, in its bullets or on its own line ("◦ Childcare leave 01/02/2015 – 31/01/2017" under
                // a psychologist's "15/09/2012 – 31/08/2019"), is time off that post: its months are taken off the post's, as the
                // blind sets' writers count them (Fresh68, t06: two years of leave counted as a psychologist's).
                if (roles.Count > 0 && roles[^1] is var post && post.LeaveTo == 0 && fromMonth > post.FromMonth && toMonth <= post.ToMonth
                    && (InABullet(text, lineStart) || Clauses.LineAround(text, post.Start).Start == lineStart)
                    && (IsTheWritersLeave(text[lineStart..start.Start]) || SaysThePostPaused(text[lineStart..start.Start])))
                    roles[^1] = post with { LeaveFrom = fromMonth, LeaveTo = toMonth };
                else if (IsTheWritersLeave(text[lineStart..start.Start]) && OpensWithALeave(text[lineStart..start.Start]))
                    (leaves ??= []).Add((fromMonth, toMonth));
                continue;
            }
            // A dated bullet inside a break is the break's ("• Part-time bookkeeper for a family landscaping business (2019–2024)"
            // under "Family career break (07/2012 – 01/2025)": Fresh28, t11), and so is a range in the break's own lines before the
            // next role, a range of years only read by its years ("completed MA in Integrative Psychotherapy (part-time, DCU,
            // 2016–2018)" under "Career break  Aug 2016 – Feb 2019": Fresh32, t01). A post of the trade held in the break stays one
            // ("• Private practice counsellor, two evenings a week (2020–2024)", "2017 – 2018   Psychotherapist (part-time)": two
            // independent reviews); a study of it does not.
            bool inTheBreaksMonths = start.Month is null ? start.Year >= breakFrom / 12 && toMonth <= breakTo + 12 : fromMonth >= breakFrom && toMonth <= breakTo;
            if (inTheBreaksMonths && (InABullet(text, lineStart) || roles.Count == rolesAtBreak)
                && (!NamesTheTradesWord(text[lineStart..lineEnd]) || NamesAStudy(text[ResumeLayout.SentenceStart(text, Clauses.LineAround(text, Math.Max(0, lineStart - 1)).Start, start.Start)..start.Start])))
                continue;
            // A license's validity in a bullet ("- Texas LPC #78901, active June 5, 2019 – June 30, 2027") is no post: read as one, a
            // counselor's license made a store manager's years before it hers (an independent review).
            // The bullet asked first: few dates stand in one, and the words' search (a single "#" among them) costs more.
            if (InABullet(text, lineStart) && text[lineStart..start.Start].IndexOfAny(LicenseValidityWords) >= 0) continue;
            // A pay grade's years inside a post's lines ("Grade S44 (2018–2021); Grade S48 ... from Jan 2022" under "Jan 2018 – kini"):
            // the post's grade, not a post (Fresh94, t12: read as one, it took the post's title and its years were lost).
            if (NamesAGradeRightBefore(text[lineStart..start.Start])) continue;
            // A range in a right-hand column is read under that column's heading, and its lines are that column's pieces of them:
            // the left column beside it (licensure, a degree, skills) is no part of the role.
            int heading = RightColumnHeadingOver(text, lineStart, lineEnd, start.Start, rightColumn);
            int column = heading < 0 ? 0 : rightColumn[heading].Column;
            var (above, aboveEnd) = lineStart == 0 ? (lineStart, lineStart) : Clauses.LineAround(text, lineStart - 1);
            // A table's row holds its role's title, employer and dates: the rows above it are other roles, or the table's head.
            bool rowOfATableOfRoles = IsTableRow(text[lineStart..lineEnd]) && InATableOfRoles(text, lineStart, lineEnd);
            // A line of tab cells is a row only among dated rows: alone, it is an entry's employer and dates under its title
            // ("Counseling Intern" over "Clinic⇥City⇥Sept 2024 – Aug 2026": an independent review).
            bool tableRow = rowOfATableOfRoles || IsMarkdownRow(text[lineStart..lineEnd]);
            int entryStart = tableRow ? lineStart : EntryStart(text, lineStart, above, aboveEnd, column);
            var under = heading < 0 ? HeadingBefore(sections, start.Start) : rightColumn[heading].Kind;
            // A veteran's years of service in the header, above every heading ("USMC Veteran 2012-2018", "U.S. Army veteran (SSG, 42A,
            // 2004-2011)"), are the writer's status: read as a post under the name's "LPC Associate", six years of a Marine's service
            // were a counselor's (Fresh118, t03 and t07). The service dated as a post below a heading stays a post, of its own trade.
            // Only in a header: on a page with no heading every line is above them all ("Veterans Readjustment Counselor, Denver Vet
            // Center, 2012-2018" is a post: a review's probe).
            // The range's own piece of the line decides: "Licensed Mental Health Counselor | USMC Veteran 2012-2018" is service, and
            // "Served in the U.S. Army (1998-2018). Now a licensed ... counselor helping veterans" too (a third review's probes).
            // So is service named in a profile, in either column of the page: "... Op COURAGE. Ex-Royal Signals (2003-2011). My main
            // clinical interest ..." beside a two-column CV's sidebar (Fresh153, t07: eight years of a signaller's service counted).
            if ((under is null && heading < 0 && sections.Count > 0 || under == HeadingKind.Summary)
                && ServicePiece(text[lineStart..lineEnd], start.Start - lineStart) is var piece
                && (piece.Contains("veteran", StringComparison.OrdinalIgnoreCase) || piece.Contains("served in", StringComparison.OrdinalIgnoreCase)
                    || piece.IndexOfAny(ExServiceWords) >= 0)
                // The post named before the dates is the service's: "Served in the RAF (2001-2009) before retraining as a
                // psychotherapist" names the trade after them (a second review's probe: eight years of service counted).
                && !ResumeLayout.NamesACounselorsPost(UpToTheDates(piece, text[start.Start..start.End]))) continue;
            // A post's start alone stands in its entry under a work heading; above the first heading, in a summary or among
            // licenses it tells since when the writer is licensed, certified, a member or in recovery (an independent review).
            if (sinceAlone && !toldInASentence && (under is not HeadingKind.Work || !openRange && IsNoPostSince(text[lineStart..lineEnd]))) continue;
            // A profile's sentence over a work section that dates the posts sums them up: "Since 2021 I have worked as a counsellor,
            // first part-time ..." above "COUNSELLING EXPERIENCE" (Fresh157, t11: read as a post, the profile's HR years made it
            // another trade's and took its therapeutic relationship).
            if (toldInASentence && HeadsPostsBelow(text, sections, start.Start)) continue;
            // Nor is a since-line that starts inside a job above it that has ended: "Senior Therapist — since 2015" under "Wheeler
            // Clinic | 2012 – 2018" is a promotion within it, "Telehealth only — since March 2020" its way of working (a third
            // review). A new post after the job above ended ("Clinical Supervisor — since Jan 2022" under "2015 – Dec 2021") stands.
            if (sinceAlone && roles.Count > 0 && roles[^1].ToMonth <= asOfMonth && fromMonth < roles[^1].ToMonth && fromMonth >= roles[^1].FromMonth) continue;
            // A summary telling the career in a sentence, its years in parentheses ("five years in HR selection (2012-2017), then
            // counselling ...") above a work section that dates the posts: the posts are read there (Fresh100, t09: read as a post of
            // the trade, the summary's HR years were a counsellor's).
            // Or above every heading, where a profile stands unheaded: "Twenty years a police officer (1993-2013) before retraining."
            // (Fresh128, t11: read as a post under the name's "Registered Counselling Therapist", twenty years of policing counted).
            // Only where the sentence goes on after it: a headline's "Licensed Professional Counselor | Private Practice (2009–present)"
            // dates the post (an earlier review's probe).
            if ((under == HeadingKind.Summary || under is null && GoesOnAfterTheNote(text, end.End, lineEnd)
                    // Not an earlier post of the trade told so: "I worked as a school counselor (2010-2016) before ..." (a review's probe).
                    && !ResumeLayout.NamesACounselorsPost(text[ResumeLayout.SentenceStart(text, lineStart, start.Start)..start.Start])) && heading < 0
                && (IsASentencesAside(text, lineStart, start.Start, end.End) || ClosesAFormerPostsSentence(text, lineStart, start.Start, end.End)
                    || StandsInASentencesWords(text, lineStart, start.Start, end.End))
                // A section of the career before the trade dates none of its posts (Fresh11, t05: an internship told in prose above
                // "Before counseling").
                && HeadsPostsBelow(text, sections, start.Start)) continue;
            // Under "Education & Practicum" a degree is study and a dated practicum or internship a placement, which a first-year
            // counselor's years count (an independent review: read as study, a new graduate's internship was dropped).
            bool studyWithPlacements = heading < 0 && under == HeadingKind.Study && HeadsStudyWithPlacements(text, sections, start.Start);
            // Under a statement's or the training given's heading ("Supporting information", "Training provided") a course's years are
            // no post, but a counselor's post dated there is one (a second review: every post under such a heading was lost).
            bool statementWithPosts = heading < 0 && under == HeadingKind.Other && HeadsAStatement(text, sections, start.Start)
                && NamesACounselorsPostAsATitle(text, entryStart, lineStart, start.Start, end.End, lineEnd);
            var kind = KindOfRange(text, lineStart, lineEnd, tableRow ? lineStart : above, entryStart,
                studyWithPlacements || statementWithPosts ? HeadingKind.Work : under, column, start.Start..end.End, words);
            // A Europass entry names its post a few lines under the dates: "Tipo di impiego   Tirocinio post-lauream (1000 ore)" is
            // a placement (Fresh239, t10: a year of an Italian psychologist's practicum counted as a post).
            if (kind != RangeKind.Placement && column == 0 && ResumeLayout.EuropassPostLine(text, lineStart, text.Length) is (int postStart, int postEnd)
                && text[postStart..postEnd].IndexOfAny(EuropassPlacementWords) >= 0) kind = RangeKind.Placement;
            if (studyWithPlacements && kind != RangeKind.Placement) kind = RangeKind.Study;
            if (kind == RangeKind.Study) continue;
            var own = InColumn(text[lineStart..lineEnd], column);
            int ownStart = lineEnd - own.Length;
            // A federal resume's pay grades by date ("Grade Level: GS-0101-11 (04/2019 - 09/2022), GS-0101-12 (10/2022 - present)",
            // "Highest grade held: GS-0101-12, 10/2022 - present") are steps within a post, or a status in the header, no posts:
            // read as posts, they cut a VA counselor's entry off its title and three of his years were lost (Fresh60, t05). A grade
            // line is a step only inside the post's own dates: alone in its entry ("Pay band: Band 7, April 2021 - Present") it
            // dates the post (an independent review: such posts were lost).
            if (IsAPayGradeNote(text[ownStart..start.Start]) is var grade && (grade == PayGradeNote.Status
                || grade == PayGradeNote.Step && roles.Count > 0 && WithinTheYearsOf(roles[^1], start, fromMonth, toMonth))) continue;
            // The years over which supervised hours were gathered, told in a post's bullet: "(3,000 supervised hours completed
            // 2014-2018 across this and the Winnemucca post)" reaches past the post's dates, and read as a post of its own it
            // covered a career break (Fresh78, t10).
            // Only in a bullet or a note: on a post's own title or dates line the range is the post's ("Relationship Counsellor,
            // Relate Cymru – 2,500 client hours completed 2016 - 2023": an independent review).
            // Not a title's closed note before its dates: "Counseling Intern (Master's Internship, 600 hrs)⇥08/2024 – 04/2025" dates
            // the internship (Fresh118, t03: a new counselor's internship unread).
            if (roles.Count > 0 && TalliesHoursOver(text[ownStart..start.Start])
                && (IsBulleted(text[ownStart..start.Start].TrimStart()) || OpensANoteLeftOpen(text[ownStart..start.Start]))) continue;
            // A result's years closing a bullet's sentence of work done, a change from one percentage to another in it, are no post,
            // whatever post stands above or none: "· Introduced a check-in call; client retention beyond session three" over "  rose
            // from 54% to 71% across the region (2021-2023)." under an undated post (Fresh230, t12: read as a post of two years, it
            // made a senior counsellor of eleven a mid). Not a post written as a bullet with its figures: "- Staff therapist at
            // Lakeside Clinic, caseload of 40 adult clients (2015 – 2023)", "- Carried 12 clients a week ... (Oct 2021 – present)",
            // "- Worked 60% FTE delivering open-ended counselling ... (2017 – 2023)" under its title (three reviews of session 50).
            var resultsBullet = BulletUpTo(text, ownStart, start.Start);
            if (TellsAChangeOfPercentages(resultsBullet) && DatesAFigure(resultsBullet) && ResumeLayout.StartsWithWorkDone(resultsBullet[1..].TrimStart())
                && !ResumeLayout.NamesACounselorsPost(resultsBullet)) continue;
            // Only a range inside the role above's own dates ("... students (2024 – present)." under "09/2023 – present"): earlier
            // jobs written as bullets ("- Served as staff therapist at Lakeside Clinic (2009 – 2014)") are roles of their own.
            if (PostHoldingTheYears(roles, fromMonth, toMonth, byYears: start.Month is null) is int holder and >= 0
                && (InABulletsSentence(text, ownStart, start.Start) || InAHoursNote(text[ownStart..start.Start])
                    || (DatesADutyOfTheRoleAbove(text[ownStart..start.Start]) || InAFormsDescription(text[ownStart..start.Start])
                        || DatesADutyInASentence(text[ownStart..start.Start], text[end.End..lineEnd]))
                        && HeadsAnotherTradesPost(text, roles[holder]))) continue;
            // A post's own steps noted in parentheses inside its years, under a title of the trade: "Intervenante de ligne d'écoute
            // (2010–2012), puis conseillère en counselling individuel (2012–2014)" under "Crisis Line Counsellor, then Counsellor ...
            // 2010-09 – 2014-06", "- Crisis intervention on a distress line and the centre's pilot chat (2011–2012):". Read as posts
            // of their own they took the post's bullets, and its phrases, off it, and their years widened it (Fresh62, t08).
            // Never into a placement: "School Counsellor — Place2Be (2018–2021)" inside a trainee's years is a post (an independent
            // review).
            if (roles.Count > 0 && IsInParentheses(text, start.Start) && WithinTheYearsOf(roles[^1], start, fromMonth, toMonth)
                && !roles[^1].IsPlacement && HeadsTheTradesPost(text, roles[^1])) continue;
            // And a step noted on the post's title line under its dates alone: "sept. 2016 – feb. 2021" over "Psycholoog /
            // GZ-psycholoog in opleiding (GZ-opleiding 09-2017 – 08-2019)" (Fresh117, t01: read as a post of its own, it cut the
            // post off its title and four and a half years were lost).
            if (roles.Count > 0 && WithinTheYearsOf(roles[^1], start, fromMonth, toMonth) && !roles[^1].IsPlacement
                && IsANoteOnTheTitleUnder(text, roles[^1], lineStart, start.Start)) continue;
            // "Therapist, Hope Center, 2019 – Present" starts its own block; a line of dates alone belongs to the title above it,
            // but a bullet above is the last of the role before (a PDF that put these dates above their title): taken, it made
            // this role a dated bullet of that one, of its trade.
            bool titledLine = HasLettersOutside(own, start.Start - ownStart, end.End - ownStart, 3);
            // Nor is a grid table's rule line ("+------+------+") above a row holding its dates alone: it only closes the row above,
            // and taken as the title it left the post untitled (Fresh242, t04: "+----+----+ |  2019 – present  |  |" was a senior
            // AOD counsellor's title, no post was of the trade, and the page was read as another trade's).
            int blockStart = Math.Min(entryStart, titledLine || lineStart == 0 || IsBulleted(InColumn(text[above..(lineStart - 1)], column))
                || IsAGridRule(text[above..(lineStart - 1)]) ? lineStart : above);
            int blockEnd = text.Length;
            if (heading >= 0) { if (heading + 1 < rightColumn.Count) blockEnd = rightColumn[heading + 1].Position; }
            else
                foreach (var section in sections)
                    if (section.Position > start.Start) { blockEnd = section.Position; break; }
            // The jobs a table lists are described under it, if at all, each under its own title: no row takes them in. A table of
            // one row heads one role, as a line of title and dates does, and the bullets under it are that role's.
            // A row's own bullets right under it are its own, as a Word table of posts with a row of bullets under each one comes
            // out of its export (Fresh47, t03: a teacher's "strong rapport with pupils" under her row was nobody's, and counted).
            if (rowOfATableOfRoles) blockEnd = Math.Min(blockEnd, EndOfBulletsUnder(text, lineEnd));
            if (endsAtTheNextPost) (endedAtTheNextPost ??= []).Add(roles.Count);
            roles.Add(new DatedRole(start.Start, end.End - start.Start, fromMonth, toMonth, blockStart, blockEnd, kind == RangeKind.Placement, column));
        }

        if (endedAtTheNextPost is not null) EndAtTheNextPost(roles, endedAtTheNextPost);
        if (roles.Count > 1) JoinTitleStepsToThePostBelow(text, roles);

        for (int r = 0; r + 1 < roles.Count; r++)
            roles[r] = roles[r] with { BlockEnd = Math.Min(roles[r].BlockEnd, Math.Max(roles[r + 1].BlockStart, roles[r].Start + roles[r].Length)) };
        CutRowsOfASpacedTable(text, roles);
        // Read once the blocks are cut at the next role, so each block is searched once.
        for (int r = 0; r < roles.Count; r++)
            roles[r] = roles[r] with { BlockEnd = LabelledSectionAfter(text, roles[r].Start + roles[r].Length, roles[r].BlockEnd, roles[r].Column, lines) };
        if (leaves is not null) TakeLeavesOffThePostsPausedForThem(text, roles, leaves);
        return roles;
    }

    /// <summary>
    /// A leave dated as an entry of its own ("Parental leave / Congé parental   Jul 2023 – Jun 2024") inside a post whose own lines
    /// say it paused for it ("Ottawa / Gatineau (virtual and in person; paused during parental leave)") is taken off that post, as a
    /// leave in its bullets is (Fresh85, t04: a music therapist's private practice ran on through the year of leave). A post
    /// that says nothing of it, held beside the leave, keeps its months.
    /// </summary>
    static void TakeLeavesOffThePostsPausedForThem(ReadOnlySpan<char> text, List<DatedRole> roles, List<(int From, int To)> leaves)
    {
        for (int r = 0; r < roles.Count; r++)
        {
            var role = roles[r];
            if (role.LeaveTo > 0) continue;
            foreach (var (from, to) in leaves)
            {
                if (from <= role.FromMonth || to > role.ToMonth) continue;
                var lines = text[(role.Start + role.Length)..Math.Max(role.Start + role.Length, role.BlockEnd)];
                // The pause names the leave: "paused during parental leave", not "paused during the COVID-19 lockdown" (a second review).
                int paused = lines.IndexOfAny(PausedForALeave);
                if (paused < 0 || lines[paused..Math.Min(lines.Length, paused + 40)].IndexOf("leave", StringComparison.OrdinalIgnoreCase) < 0) continue;
                roles[r] = role with { LeaveFrom = from, LeaveTo = to };
                break;
            }
        }
    }

    static readonly System.Buffers.SearchValues<string> PausedForALeave = System.Buffers.SearchValues.Create(
        ["paused during", "paused for", "suspended during", "closed during", "on hold during", "not practising during",
            "not practicing during"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a leave's name opens the words ("parental leave", "maternity leave"), not a break of another kind.</summary>
    static bool OpensWithALeave(ReadOnlySpan<char> lineUpToRange)
    {
        var words = lineUpToRange.TrimStart(BulletsAndSpaces);
        foreach (var name in BreakWordList)
            if (name.Contains("leave", StringComparison.Ordinal) && words.StartsWith(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// A table of roles set with spaces, as a Word table flattens ("Sept. 2022 - present    Registered Psychotherapist    CSCEO"
    /// over "2008 - 2011             Agente de service a la clientele    Caisse populaire"): like a table set with tabs, no row takes
    /// in the descriptions written under the table, each under its own title. Unread, the last row, a bank's customer service
    /// post, took in every post's description (Fresh39, t07). A row is a range opening its line with a title after a gap, next to
    /// another such row with only its cells' wrapped lines between (no bullet, no blank line); the table ends at a blank line.
    /// </summary>
    static void CutRowsOfASpacedTable(ReadOnlySpan<char> text, List<DatedRole> roles)
    {
        for (int r = 0; r < roles.Count; r++)
        {
            if (!OpensASpacedRow(text, roles[r])) continue;
            bool rowBeside = r > 0 && OpensASpacedRow(text, roles[r - 1]) && OnlyWrappedCellsBetween(text, roles[r - 1], roles[r])
                || r + 1 < roles.Count && OpensASpacedRow(text, roles[r + 1]) && OnlyWrappedCellsBetween(text, roles[r], roles[r + 1]);
            if (!rowBeside) continue;
            // The table ends at a blank line: what follows it without one is its last row's (a bullet under it).
            int end = Clauses.LineAround(text, roles[r].Start).End;
            while (end + 1 < text.Length && Clauses.LineAround(text, end + 1) is var (next, nextEnd)
                && (!text[next..nextEnd].IsWhiteSpace()
                    // A description set in the row's own column after a blank line is the row's (a hanging indent: a second review).
                    || nextEnd + 1 < text.Length && Clauses.LineAround(text, nextEnd + 1) is var (after, afterEnd) && IsAWrappedCell(text[after..afterEnd])))
                end = nextEnd;
            if (end < roles[r].BlockEnd) roles[r] = roles[r] with { BlockEnd = end };
        }
    }

    /// <summary>Whether the role's range opens its line, a gap of spaces after it and text after the gap.</summary>
    static bool OpensASpacedRow(ReadOnlySpan<char> text, DatedRole role)
    {
        var (lineStart, lineEnd) = Clauses.LineAround(text, role.Start);
        if (!text[lineStart..role.Start].IsWhiteSpace()) return false;
        int rangeEnd = role.Start + role.Length;
        if (rangeEnd + 2 >= lineEnd || text[rangeEnd] != ' ' || text[rangeEnd + 1] != ' ') return false;
        return !text[rangeEnd..lineEnd].IsWhiteSpace();
    }

    /// <summary>Whether only wrapped cells (<see cref="IsAWrappedCell"/>) stand between the two roles' lines.</summary>
    static bool OnlyWrappedCellsBetween(ReadOnlySpan<char> text, DatedRole first, DatedRole second)
    {
        int at = Clauses.LineAround(text, first.Start).End;
        int secondLine = Clauses.LineAround(text, second.Start).Start;
        while (at + 1 < secondLine)
        {
            var (start, end) = Clauses.LineAround(text, at + 1);
            if (!IsAWrappedCell(text[start..end])) return false;
            at = end;
        }
        return at < secondLine;
    }

    /// <summary>A table cell's wrapped line: set in by a wide gap, no bullet, some text.</summary>
    static bool IsAWrappedCell(ReadOnlySpan<char> line)
    {
        int indent = 0;
        while (indent < line.Length && line[indent] == ' ') indent++;
        if (indent < MinWrappedCellIndent || indent == line.Length) return false;
        return !IsBulleted(line[indent..]);
    }

    /// <summary>How far in a table's wrapped cell starts, at least: further than a bullet or its wrapped text is set.</summary>
    const int MinWrappedCellIndent = 12;

    /// <summary>The kind of the last of the page's headings at or before the position, or null before the first.</summary>
    /// <summary>
    /// Whether the entry's head names a counselor's post as a title does, on a line of its own above the dates or before them on
    /// theirs: not a sentence naming counselors as an audience ("taught to 300+ staff and affiliate counselors, 2017 – 2024").
    /// </summary>
    static bool NamesACounselorsPostAsATitle(ReadOnlySpan<char> text, int entryStart, int lineStart, int rangeStart, int rangeEnd, int lineEnd)
    {
        for (int at = Math.Min(entryStart, lineStart); at < rangeStart;)
        {
            var (start, end) = Clauses.LineAround(text, at);
            if (IsACounselorsTitle(text[start..Math.Min(end, rangeStart)])) return true;
            at = end + 1;
        }
        // Or after the dates on their line: "2019 – present   Counsellor, Jigsaw Cork" (a third review).
        return rangeEnd < lineEnd && IsACounselorsTitle(text[rangeEnd..lineEnd]);
    }

    /// <summary>A title line naming a counselor's, a therapist's or a psychologist's post ("Consultant Counselling Psychologist").</summary>
    static bool IsACounselorsTitle(ReadOnlySpan<char> line)
    {
        line = line.Trim(" \t|,\u2013\u2014-");
        return line.Length > 0 && ResumeLayout.IsTitleLine(line)
            && (ResumeLayout.NamesACounselorsPost(line) || line.Contains("psycholog", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the last heading before the position joins study and placements ("Education &amp; Practicum").</summary>
    static bool HeadsStudyWithPlacements(ReadOnlySpan<char> text, List<Heading> sections, int position) =>
        LastHeadingLine(text, sections, position) is var line && !line.IsEmpty && JoinsStudyAndPlacements(line);

    /// <summary>Whether the last heading before the position is a statement's or the training given's (<see cref="IsAStatementsHeading"/>).</summary>
    static bool HeadsAStatement(ReadOnlySpan<char> text, List<Heading> sections, int position) =>
        LastHeadingLine(text, sections, position) is var line && !line.IsEmpty && IsAStatementsHeading(line);

    static ReadOnlySpan<char> LastHeadingLine(ReadOnlySpan<char> text, List<Heading> sections, int position)
    {
        int at = -1;
        foreach (var section in sections)
        {
            if (section.Position > position) break;
            at = section.Position;
        }
        return at < 0 ? [] : text[at..Clauses.LineAround(text, at).End];
    }

    static HeadingKind? HeadingBefore(List<Heading> sections, int position)
    {
        HeadingKind? kind = null;
        foreach (var section in sections)
        {
            if (section.Position > position) break;
            kind = section.Kind;
        }
        return kind;
    }

    /// <summary>How far left of its heading a right-hand column's piece of a line may start: a PDF's columns are set a little unevenly.</summary>
    const int ColumnSlack = 2;

    /// <summary>
    /// The right-hand column's heading the range at <paramref name="position"/> stands under (an index into
    /// <paramref name="rightColumn"/>), or -1: the last such heading above it, when the range's piece of its line starts in that
    /// heading's column. A range in the left column, or set far right on a page with no right-hand column's heading above it
    /// ("Therapist, Hope Center      2019 – present"), is read under the page's headings, as before.
    /// </summary>
    /// <remarks>Asked once per range, of its own line: a resume has a few right-hand column's headings at most.</remarks>
    static int RightColumnHeadingOver(ReadOnlySpan<char> text, int lineStart, int lineEnd, int position, List<Heading> rightColumn)
    {
        int last = -1;
        while (last + 1 < rightColumn.Count && rightColumn[last + 1].Position < position) last++;
        // Below a heading across the whole page (a skills grid's "Training" cell above "PROFESSIONAL EXPERIENCE"), no right-hand column.
        if (last < 0 || rightColumn[last].EndsRightColumn) return -1;
        var own = InColumn(text[lineStart..lineEnd], rightColumn[last].Column);
        return own.Length > 0 && lineEnd - own.Length <= position ? last : -1;
    }

    /// <summary>
    /// The line's pieces in the right-hand column starting <paramref name="column"/> in (a tab eight wide), <see cref="ColumnSlack"/>
    /// allowed: from the first piece (the line's text after its indent, or after a gap of three spaces or a tab) that starts
    /// there or further right, to the line's end; empty when no piece does. The whole line for column 0, a page of one column.
    /// </summary>
    /// <remarks>The layout cuts each line of a page in two columns where this puts the right-hand column, as the roles read them.</remarks>
    internal static ReadOnlySpan<char> InColumn(ReadOnlySpan<char> line, int column)
    {
        if (column == 0) return line;
        int width = 0, spaces = 0;
        bool afterGap = true;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c is ' ' or '\t')
            {
                width += c == '\t' ? 8 : 1;
                spaces += c == '\t' ? 3 : 1;
                afterGap |= spaces >= 3;
                continue;
            }
            // Beside a narrow sidebar, a gap of two that ends right at the column: the sidebar's line runs up close to it
            // ("Treatment planning  Boston Medical Center, 2020 – Present", a review of session 49: read across, an LCSW's current
            // post was no post, and her two years read were labelled mid).
            if (!afterGap && spaces == 2 && width == column && column < RightColumnIndent) return line[i..];
            if (afterGap && width >= column - ColumnSlack) return line[i..];
            afterGap = false;
            spaces = 0;
            width++;
        }
        return [];
    }

    /// <summary>
    /// Where a line labelled as a section of the resume ("Skills: ...", "Certifications: ...") starts after a blank line
    /// in a role's block, or <paramref name="blockEnd"/>. Such a line is the resume's, not the last role's: read as the
    /// role's, a nurse's or a barista's role ran through the counselor's skills, which were then dropped as that trade's.
    /// A labelled line with no blank line above ("Tools: Epic, Cerner") is the role's own.
    /// </summary>
    /// <param name="column">The role's column (<see cref="DatedRole.Column"/>): only its pieces of the lines are read.</param>
    static int LabelledSectionAfter(ReadOnlySpan<char> text, int from, int blockEnd, int column, LineBreaks lines)
    {
        // From the line after the one holding 'from', to the block's end.
        bool afterBlank = false;
        for (int line = lines.LineOf(from) + 1; line < lines.Count; line++)
        {
            var (lineStart, lineEnd) = lines[line];
            if (lineStart >= blockEnd) break;
            var content = InColumn(text[lineStart..Math.Min(lineEnd, blockEnd)], column);
            if (content.IsWhiteSpace()) afterBlank = true;
            else
            {
                if (afterBlank && LabelsASection(content)) return lineStart;
                afterBlank = false;
            }
        }
        return blockEnd;
    }

    /// <summary>"Skills: ...", "Certifications: ...": a label of a heading other than work's, as a line's label is read for sections.</summary>
    static bool LabelsASection(ReadOnlySpan<char> line) => InlineLabel(line, out var kind) >= 0 && kind != HeadingKind.Work;

    /// <summary>
    /// Whether a range stands inside the sentence of a bullet that tells work done: "– Co-facilitate a group for new
    /// families (2024 – present)." says when that work began, inside the role above. Read as a role of its own, it cut that
    /// role's block in two, and a word on the line above ("international") could make it a placement. The bullet is the
    /// range's line, or the bulleted line a lowercase continuation (after a line ending mid-sentence) belongs to, a few lines
    /// up at most. A bullet titled as a post ("- Team lead (2021 – 2023): ...") is still a dated role, as before.
    /// </summary>
    /// <remarks>Asked once per range, of the range's line and at most three above: no search of the text.</remarks>
    /// <summary>
    /// Whether the range stands in a parenthesis about the hours of the post above ("(full-time; 0.5 FTE 2019–2022)"), whose own
    /// dates hold it: read as a post of its own, a peer worker's half-time years stood apart from her peer post and counted as
    /// a counsellor's (Fresh44, t09).
    /// </summary>
    /// <param name="before">The range's line up to the range.</param>
    /// <remarks>
    /// Not a post's own dates after its title: "Counsellor, Nottingham Counselling Service (part-time, 2016 – 2022)" under a teaching
    /// post is a second post (a review), and a line naming the trade or another trade is such a title.
    /// </remarks>
    static bool InAHoursNote(ReadOnlySpan<char> before)
    {
        int open = before.LastIndexOf('(');
        if (open < 0 || before[open..].IndexOf(')') >= 0 || before[open..].IndexOfAny(HoursWords) < 0) return false;
        var named = before[..open];
        return !NamesTheTradesWord(named) && !ResumeLayout.NamesAnotherTrade(named);
    }

    /// <summary>
    /// Whether the words before a range tally hours gathered over it, in a bullet or a note: "hours completed", "hours accrued
    /// between". A post's own hours before its dates ("Counsellor (20 hours a week) 2016 – 2022") end on no such verb.
    /// </summary>
    static bool TalliesHoursOver(ReadOnlySpan<char> before)
    {
        if (before.IndexOf("hours", StringComparison.OrdinalIgnoreCase) < 0) return false;
        var trimmed = before.TrimEnd(" \t(");
        int start = trimmed.Length;
        while (start > 0 && char.IsLetter(trimmed[start - 1])) start--;
        return HoursTallyVerbsLookup.Contains(trimmed[start..]);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HoursTallyVerbsLookup = new HashSet<string>(
        ["completed", "accrued", "accumulated", "logged", "earned", "gained", "acquired"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the text names a post's hours ("part-time", "0.5 FTE", "20 hours").</summary>
    internal static bool NamesAPostsHours(ReadOnlySpan<char> text) => text.IndexOfAny(HoursWords) >= 0;

    static readonly System.Buffers.SearchValues<string> HoursWords = System.Buffers.SearchValues.Create(
        ["fte", "wte", "full-time", "full time", "part-time", "part time", "half-time", "half time", "job share", "job-share", "hours",
            "hrs", "days a week", "days per week", "sessional"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the range stands in parentheses after three words or more of a sentence: "five years in HR selection (2012-2017)".</summary>
    static bool IsASentencesAside(ReadOnlySpan<char> text, int lineStart, int rangeStart, int rangeEnd)
    {
        var before = text[lineStart..rangeStart].TrimEnd();
        if (before.Length == 0 || before[^1] != '(' || rangeEnd >= text.Length || text[rangeEnd] != ')') return false;
        before = before[..^1].TrimEnd();
        return before.Count(' ') >= 3 && before.Length > 0 && char.IsLower(before[^1]);
    }

    /// <summary>
    /// Whether the range closes a sentence telling a former post: "Former Erzieherin (kindergarten teacher), 2009-2015." in a
    /// profile (Fresh234, t12: read as a post under the profile's psychologist, six years of a kindergarten teacher's counted).
    /// </summary>
    static bool ClosesAFormerPostsSentence(ReadOnlySpan<char> text, int lineStart, int rangeStart, int rangeEnd)
    {
        var before = text[ResumeLayout.SentenceStart(text, lineStart, rangeStart)..rangeStart].Trim();
        if (before.Length == 0 || before[^1] is not (',' or '(')) return false;
        var after = text[rangeEnd..].TrimStart(" )");
        if (!after.IsEmpty && after[0] is not ('.' or ';' or '\r' or '\n')) return false;
        // A former post of the trade stays a post: "Former school counselor, 2005-2013." may be dated nowhere else (a review).
        if (ResumeLayout.NamesACounselorsPost(before)) return false;
        foreach (var former in (ReadOnlySpan<string>)["former ", "formerly ", "previously ", "ex-"])
            if (before.StartsWith(former, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether the range stands among a sentence's words, after three words or more and "in", "from", "between" or "during", the
    /// sentence going on after it: "I retrained as a psychotherapist in 2019-2022 and now work with adults" (Fresh234, t03: read
    /// as a post of the surgical nurse the profile opens with, it took the profile's therapeutic relationship with it).
    /// </summary>
    static bool StandsInASentencesWords(ReadOnlySpan<char> text, int lineStart, int rangeStart, int rangeEnd)
    {
        // A sentence wrapped onto the range's line is read from the line above.
        int from = lineStart > 0 && char.IsLower(text[lineStart]) ? Clauses.LineAround(text, lineStart - 1).Start : lineStart;
        var before = text[ResumeLayout.SentenceStart(text, from, rangeStart)..rangeStart].TrimEnd();
        int lastWord = before.LastIndexOf(' ') + 1;
        if (before.Count(' ') < 3 || before[lastWord..] is not ("in" or "from" or "between" or "during")) return false;
        // A post of the trade told so is one ("I worked as a school counselor from 2005 to 2013 and ..."); trained or retrained
        // for, it is a study (a review's probe).
        if (ResumeLayout.NamesACounselorsPost(before) && before.IndexOfAny(StudyVerbs) < 0) return false;
        var after = text[rangeEnd..].TrimStart(' ');
        return !after.IsEmpty && (char.IsLower(after[0]) || after[0] is '.' or ',' or ';');
    }

    static readonly System.Buffers.SearchValues<string> EuropassPlacementWords = System.Buffers.SearchValues.Create(
        ["tirocinio", "tirocinante", "practicum", "internship", "placement", "pr\u00E1cticas", "practicas", "pasant", "est\u00E1gio", "estagio",
            "trainee", "praktikum", "stage "], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> StudyVerbs = System.Buffers.SearchValues.Create(
        ["retrain", "trained as", "training as", "studied", "studying", "qualified as", "qualifying as"], StringComparison.OrdinalIgnoreCase);

    static bool InABulletsSentence(ReadOnlySpan<char> text, int lineStart, int rangeStart)
    {
        var before = text[lineStart..rangeStart].Trim();
        if (before.Length == 0)
        {
            // The range starts a line the bullet above runs onto ("- Some experience with feedback-informed treatment during a" over
            // "2019-2020 clinic pilot; ..."): read as a role, it took the role's next bullets with it (Fresh14, t05).
            // The line's own start, the column's piece of it indented (Fresh217, t07: a right-hand column's "• Built rapport with
            // farmers and graziers during the" over "2013–2015 drought who would never ...", read as a post of its own).
            lineStart = Clauses.LineAround(text, lineStart).Start;
            if (lineStart == 0) return false;
            var (bulletLine, bulletLineEnd) = Clauses.LineAround(text, lineStart - 1);
            var above = text[bulletLine..bulletLineEnd].Trim();
            if (above.Length < 2 || !IsBulleted(above)) return false;
            // Mid-sentence: the bullet ends on a word that cannot end one ("during a"), or is work done ("Led groups in").
            return char.IsLetter(above[^1]) && (EndsOnAWordThatGoesOn(above) || ResumeLayout.StartsWithWorkDone(above[1..].TrimStart()));
        }
        var bullet = BulletUpTo(text, lineStart, rangeStart);
        return !bullet.IsEmpty && (ResumeLayout.StartsWithWorkDone(bullet[1..].TrimStart()) || InANoteOfWords(bullet) || DatesAFigure(bullet));
    }

    /// <summary>
    /// Whether the text tells a change from one percentage to another: "rose from 54% to 71%", "80%→98%". Not two shares side by
    /// side: "65% were women and 35% men", "50% FTE, then 80% FTE" (a fourth review of session 50).
    /// </summary>
    static bool TellsAChangeOfPercentages(ReadOnlySpan<char> text)
    {
        for (int at = text.IndexOf('%'); at > 0; at = text[(at + 1)..].IndexOf('%') is int next and >= 0 ? at + 1 + next : -1)
        {
            if (!char.IsAsciiDigit(text[at - 1])) continue;
            var after = text[(at + 1)..].TrimStart(' ');
            if (after.StartsWith("to ", StringComparison.OrdinalIgnoreCase)) after = after[3..].TrimStart(' ');
            else if (after.StartsWith("\u2192") || after.StartsWith("->")) after = after[(after[0] == '-' ? 2 : 1)..].TrimStart(' ');
            else continue;
            int digits = 0;
            while (digits < after.Length && (char.IsAsciiDigit(after[digits]) || after[digits] == '.')) digits++;
            if (digits > 0 && digits < after.Length && after[digits] == '%') return true;
        }
        return false;
    }

    /// <summary>
    /// The bullet a range stands in, up to the range, on the range's line or on a line the bullet's sentence runs onto (starting
    /// in lowercase, under a line that ends no sentence); empty when the range's line holds nothing before it or stands in no bullet.
    /// </summary>
    static ReadOnlySpan<char> BulletUpTo(ReadOnlySpan<char> text, int lineStart, int rangeStart)
    {
        const int MaxLinesUp = 3;
        var before = text[lineStart..rangeStart].Trim();
        if (before.IsEmpty) return [];
        int bulletStart = lineStart;
        if (!IsBulleted(before))
        {
            if (!char.IsLower(before[0])) return [];
            for (int up = 0; ; up++)
            {
                if (up == MaxLinesUp || bulletStart == 0) return [];
                var (above, aboveEnd) = Clauses.LineAround(text, bulletStart - 1);
                var line = text[above..aboveEnd].Trim();
                if (line.Length == 0 || (up == 0 && line[^1] is '.' or ';' or ':' or '!' or '?')) return [];
                bulletStart = above;
                if (IsBulleted(line)) break;
            }
        }
        return text[bulletStart..rangeStart].Trim();
    }

    /// <summary>
    /// Whether a bullet's words before a range in parentheses are a sentence about a result, long past any title: "- $2.4M annual
    /// sales, top 5 of 61 counselors in the region three years running (2022-2024)." (Fresh101, t04: read as a post, it took the
    /// travel agency's title line above for its own and named the trade).
    /// </summary>
    static bool DatesAFigure(ReadOnlySpan<char> bulletUpToRange)
    {
        const int MinWords = 10;
        if (bulletUpToRange.Length == 0 || bulletUpToRange[^1] != '(') return false;
        var words = bulletUpToRange[1..^1].Trim();
        return words.ContainsAnyInRange('0', '9') && words.Count(' ') + 1 >= MinWords;
    }

    /// <summary>
    /// Whether the bullet's text up to a range leaves it inside a note in parentheses that opens with words of its own: "referral
    /// rate of 64% (repeat + referred clients / all clients, 2021-2025)" dates a figure (Fresh30, t06), where "Team lead (2021 –
    /// 2023)" dates a post.
    /// </summary>
    static bool InANoteOfWords(ReadOnlySpan<char> bulletUpToRange)
    {
        int open = bulletUpToRange.LastIndexOf('(');
        return open >= 0 && bulletUpToRange[open..].IndexOf(')') < 0 && CountLetters(bulletUpToRange[(open + 1)..], 3) >= 3
            && !IsAPostsTitle(bulletUpToRange[1..open].Trim());
    }

    /// <summary>
    /// Whether a bullet's words before its note can be a post's title: a few words, no figure ("Counsellor (since promotion in
    /// 2021, 2021 – present)", "Acting Family Therapist (maternity cover, 2019 – 2022)": posts at one employer, as UK and Irish
    /// CVs list them; an independent review), where a figure's sentence runs longer or holds numbers.
    /// </summary>
    static bool IsAPostsTitle(ReadOnlySpan<char> words)
    {
        if (words.IsEmpty || words.IndexOfAnyInRange('0', '9') >= 0 || words.Contains('%')) return false;
        int count = 1;
        foreach (char c in words.Trim()) if (c == ' ' && ++count > MaxWordsOfANotedTitle) return false;
        return true;
    }

    const int MaxWordsOfANotedTitle = 4;

    /// <summary>
    /// Whether the role's head (its block's start to the end of its dates' line) names another trade: only there is a dated
    /// duty or a form's dated note that trade's for certain. Under a youth worker's post, a dated "Project leader of the youth
    /// support project" with counselling lines under it is a post of its own (an independent review: folded in, those lines
    /// dated the counselling from the youth work's start).
    /// </summary>
    /// <summary>
    /// The role above whose dates hold the range's, or -1: the last role, or the post it is a dated bullet of (sharing its block's
    /// start), as "-> Department peer support team member (2013-2017)" under "Police Officer / Corporal  '08 - '17" is after that
    /// post's "-> Corporal / field training officer 2014-2017" (Fresh104, t09: read as a post of its own, four police years were a
    /// peer supporter's).
    /// </summary>
    /// <param name="byYears">
    /// Whether the range gives years alone, held by the role's years whatever its months: "2013–2015 drought" in a bullet of "June
    /// 2013 → Dec 2017" (Fresh217, t07: read from January 2013, outside the post, it was a post of its own and took the bullet's
    /// rapport and the post's next lines).
    /// </param>
    static int PostHoldingTheYears(List<DatedRole> roles, int fromMonth, int toMonth, bool byYears)
    {
        for (int r = roles.Count - 1; r >= 0 && roles[r].BlockStart == roles[^1].BlockStart; r--)
            if (byYears ? fromMonth / 12 >= roles[r].FromMonth / 12 && (toMonth - 1) / 12 <= (roles[r].ToMonth - 1) / 12
                : fromMonth >= roles[r].FromMonth && toMonth <= roles[r].ToMonth) return r;
        return -1;
    }

    static bool HeadsAnotherTradesPost(ReadOnlySpan<char> text, DatedRole role) => ResumeLayout.NamesAnotherTrade(HeadOf(text, role));

    /// <summary>
    /// The role's head: its block's start to the end of its dates' line, and the title's line below a line of dates alone
    /// ("January 2015 – August 2022" over "Assistant Teacher, Social Studies": Fresh126, t06, whose teacher's post named no trade
    /// and a committee's years dated in its bullets became a counsellor's); empty when the dates open the block's line and stand
    /// beside nothing.
    /// </summary>
    static ReadOnlySpan<char> HeadOf(ReadOnlySpan<char> text, DatedRole role)
    {
        if (DatesStandAlone(text, role, out int headEnd) && headEnd + 1 < text.Length && text[headEnd] == '\n')
        {
            var (titleStart, titleEnd) = Clauses.LineAround(text, headEnd + 1);
            if (titleEnd <= role.BlockEnd && ResumeLayout.IsTitleLine(text[titleStart..titleEnd])) headEnd = titleEnd;
        }
        return headEnd > role.BlockStart ? text[role.BlockStart..headEnd] : [];
    }

    /// <summary>Whether the role's dates stand alone on their line, no title beside them; <paramref name="lineEnd"/> is where the line ends.</summary>
    static bool DatesStandAlone(ReadOnlySpan<char> text, DatedRole role, out int lineEnd)
    {
        (int lineStart, lineEnd) = Clauses.LineAround(text, role.Start);
        return !HasLettersOutside(text[lineStart..lineEnd], role.Start - lineStart, role.Start + role.Length - lineStart, 3);
    }

    /// <summary>
    /// Joins to the post below it a range in parentheses closing a title's line, when the post's own dates follow within two
    /// lines and hold it: "Police Officer / Patrol, Field Training Officer (2015-2019)" over "Tacoma Police Department" over "June
    /// 2009 to August 2019" dates a step of the post (Fresh226, t11). Read as a post of its own, it took the title off the post
    /// below, and ten years of policing were counted as a counselor's.
    /// </summary>
    static void JoinTitleStepsToThePostBelow(ReadOnlySpan<char> text, List<DatedRole> roles)
    {
        const int MaxLinesToTheDates = 2;
        for (int r = roles.Count - 2; r >= 0; r--)
        {
            var (step, post) = (roles[r], roles[r + 1]);
            if (step.IsPlacement || post.IsPlacement || step.Column != post.Column || !IsInParentheses(text, step.Start)) continue;
            var (lineStart, lineEnd) = Clauses.LineAround(text, step.Start);
            // The note closes its line, and a title stands before it. A range read across a line break is no such note.
            if (step.Start + step.Length > lineEnd || !text[(step.Start + step.Length)..lineEnd].Trim(" \t\r").SequenceEqual(")")
                || CountLetters(text[lineStart..step.Start], 3) < 3) continue;
            if (post.Start < lineEnd || text[lineEnd..post.Start].Count('\n') > MaxLinesToTheDates) continue;
            if (step.FromMonth / 12 < post.FromMonth / 12 || (step.ToMonth - 1) / 12 > (post.ToMonth - 1) / 12) continue;
            // The post's dates alone on their line, under nothing but its employer: a bullet between, or a title of another kind
            // of post, makes the line above a post of its own held beside it ("Part-time Counselor, Hope Community Clinic
            // (2019-2021)" over "High School Teacher, Evanston Township High School" over "2012 - Present": a review's probe).
            if (!DatesStandAlone(text, post, out _)) continue;
            var title = text[lineStart..step.Start];
            var between = text[lineEnd..Clauses.LineAround(text, post.Start).Start];
            bool bulleted = false;
            foreach (var line in between.EnumerateLines()) bulleted |= line.Trim().Length > 0 && IsBulleted(line.Trim());
            if (bulleted
                || ResumeLayout.NamesACounselorsPost(title) && ResumeLayout.NamesAnotherTrade(between)
                || ResumeLayout.NamesAnotherTrade(title) && ResumeLayout.NamesACounselorsPost(between)) continue;
            roles[r + 1] = post with { BlockStart = Math.Min(step.BlockStart, post.BlockStart) };
            roles.RemoveAt(r);
        }
    }

    /// <summary>Whether the range at <paramref name="rangeStart"/> opens a parenthesis: "(2010–2012)", "( 2012 - 2014 )".</summary>
    static bool IsInParentheses(ReadOnlySpan<char> text, int rangeStart) => text[..rangeStart].TrimEnd(' ').EndsWith('(');

    /// <summary>Whether the degree's word ending at <paramref name="end"/> goes on to its placement: "Master's Internship", "MSW practicum".</summary>
    static bool NamesTheDegreesPlacement(ReadOnlySpan<char> line, int end)
    {
        if (end + 1 < line.Length && line[end] is '\'' or '\u2019' && line[end + 1] is 's' or 'S') end += 2;
        int next = end;
        while (next < line.Length && line[next] is ' ' or '-') next++;
        var rest = line[next..];
        foreach (var placement in (ReadOnlySpan<string>)["internship", "practicum", "placement", "field placement", "field practicum"])
            if (rest.StartsWith(placement, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// The piece of a header's line that holds the range at <paramref name="at"/>: between bars, middle dots, semicolons and full
    /// stops ("Licensed Mental Health Counselor | USMC Veteran 2012-2018" gives "USMC Veteran 2012-2018").
    /// </summary>
    static ReadOnlySpan<char> ServicePiece(ReadOnlySpan<char> line, int at)
    {
        int start = line[..at].LastIndexOfAny(ServicePieceEnds) + 1;
        int end = line[at..].IndexOfAny(ServicePieceEnds) is int next and >= 0 ? at + next : line.Length;
        // Full stops close the range's own sentence: "Served in the U.S. Army (1998-2018). Now a licensed ... counselor"; an
        // abbreviation's dot ("U.S.") ends none.
        for (int k = at - 1; k > start + 1; k--)
            if (line[k] == '.' && k + 1 < line.Length && line[k + 1] == ' ' && char.IsLetter(line[k - 1]) && char.IsLetter(line[k - 2])) { start = k + 2; break; }
        for (int k = at; k + 1 < end; k++)
            if (line[k] == '.' && line[k + 1] == ' ' && k > 1 && !char.IsUpper(line[k - 1])) { end = k; break; }
        return line[start..end];
    }

    /// <summary>The piece up to where the dates start in it; the whole piece where they are not found.</summary>
    static ReadOnlySpan<char> UpToTheDates(ReadOnlySpan<char> piece, ReadOnlySpan<char> dates) =>
        piece.IndexOf(dates) is int at and >= 0 ? piece[..at] : piece;

    static readonly System.Buffers.SearchValues<string> ExServiceWords = System.Buffers.SearchValues.Create(
        ["ex-royal", "ex-army", "ex-raf", "ex-navy", "ex-forces", "ex-military", "ex-marine", "ex-soldier", "ex-services",
            "former soldier", "ex-serving"], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<char> ServicePieceEnds = System.Buffers.SearchValues.Create("|\u00B7;\u2022");

    /// <summary>Whether the line goes on in words after the range and its closing parenthesis: "(1993-2013) before retraining."</summary>
    static bool GoesOnAfterTheNote(ReadOnlySpan<char> text, int rangeEnd, int lineEnd)
    {
        var rest = text[rangeEnd..Math.Max(rangeEnd, lineEnd)].TrimStart(" )");
        return rest.Length > 0 && char.IsLetter(rest[0]);
    }

    /// <summary>Whether the text opens a parenthesis it does not close: what follows stands inside the note.</summary>
    static bool OpensANoteLeftOpen(ReadOnlySpan<char> text) => text.LastIndexOf('(') is int open and >= 0 && text[open..].IndexOf(')') < 0;

    /// <summary>
    /// Whether the range at <paramref name="rangeStart"/> stands in a note of a few words in parentheses closing the line right
    /// under the role's dates, a line of dates alone, and the line before the note names a post of the trade: the post's title
    /// with a step of it noted.
    /// </summary>
    static bool IsANoteOnTheTitleUnder(ReadOnlySpan<char> text, DatedRole role, int lineStart, int rangeStart)
    {
        const int MaxWordsBeforeTheRange = 3;
        if (!DatesStandAlone(text, role, out int datesEnd) || datesEnd + 1 != lineStart) return false;
        var upToRange = text[lineStart..rangeStart];
        int open = upToRange.LastIndexOf('(');
        if (open <= 0 || upToRange[open..].Contains(')') || WordsOfLetters(upToRange[(open + 1)..]) > MaxWordsBeforeTheRange) return false;
        return ResumeLayout.IsATitleOfTheTrade(upToRange[..open]);
    }

    /// <summary>
    /// Whether a range lies inside the role's months, or by years when the range gives years only ("2010–2012" inside
    /// "2010-09 – 2014-06").
    /// </summary>
    static bool WithinTheYearsOf(DatedRole role, DateMark start, int fromMonth, int toMonth) =>
        start.Month is null
            ? fromMonth / 12 >= role.FromMonth / 12 && (toMonth - 1) / 12 <= (role.ToMonth - 1) / 12
            : fromMonth >= role.FromMonth && toMonth <= role.ToMonth;

    /// <summary>Whether the role's head (its block's start to the end of its dates' line) names a post of the trade and no other trade.</summary>
    static bool HeadsTheTradesPost(ReadOnlySpan<char> text, DatedRole role)
    {
        var head = HeadOf(text, role);
        return !head.IsEmpty && NamesTheTradesWord(head) && !ResumeLayout.NamesAnotherTrade(head);
    }

    enum PayGradeNote { None, Step, Status }

    /// <summary>
    /// Whether the line up to a range is a pay grade's label: a step within a post ("Grade Level: GS-0101-11 (") or the writer's
    /// status ("Highest grade held: GS-12, "). Not a school's grades ("Grade Level: K-5, ", "Grades: 9-12"), which a school
    /// counselor's entry names (an independent review).
    /// </summary>
    static PayGradeNote IsAPayGradeNote(ReadOnlySpan<char> lineUpToRange)
    {
        var line = lineUpToRange.TrimStart(" \t");
        // Every label ends in a colon: a line without one is turned down before the fourteen comparisons.
        if (!line.Contains(':')) return PayGradeNote.None;
        // A membership's years are no post either: "Professional memberships: Addiction Counsellors of Ireland (2006–2014)" (an
        // Irish form's header, Fresh63, t12: a manager's membership read as eight years of counselling).
        foreach (var label in (ReadOnlySpan<string>)["highest grade held:", "highest grade:", "professional memberships:", "memberships:",
                     "membership:", "professional membership:"])
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return PayGradeNote.Status;
        foreach (var label in (ReadOnlySpan<string>)["grade level:", "grade:", "grade/step:", "pay grade:", "pay plan:", "pay band:",
                     "series:", "series/grade:"])
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                var value = line[label.Length..].TrimStart(" \t");
                // A school's grades run from one to another ("K-5", "9-12", "Pre-K"); a single number is a pay grade ("Grade: 7").
                int digits = 0;
                while (digits < value.Length && char.IsAsciiDigit(value[digits])) digits++;
                var afterDigits = value[digits..].TrimStart(' ');
                bool schoolGrades = value.Length > 0 && (value[0] is 'K' or 'k' && (value.Length == 1 || !char.IsLetter(value[1]))
                    || digits > 0 && afterDigits.Length > 1 && afterDigits[0] is '-' or '\u2013'
                        && afterDigits.TrimStart("-\u2013 ") is var upTo && upTo.Length > 0 && char.IsAsciiDigit(upTo[0])
                    || value.StartsWith("pre-k", StringComparison.OrdinalIgnoreCase));
                return schoolGrades ? PayGradeNote.None : PayGradeNote.Step;
            }
        return PayGradeNote.None;
    }

    /// <summary>
    /// Whether the line up to a range inside the role above's dates is a form's description of that role: "Main responsibilities:
    /// Rotation through delivery suite ... Perinatal bereavement link midwife 2017-2019: cared for families" (NHS Jobs, Fresh56,
    /// t02: read as a post, the midwife's bereavement link years were a counselor's).
    /// </summary>
    static bool InAFormsDescription(ReadOnlySpan<char> lineUpToRange)
    {
        var line = lineUpToRange.TrimStart(" \t");
        if (!line.Contains(':')) return false;
        foreach (var label in (ReadOnlySpan<string>)["main responsibilities:", "responsibilities:", "key responsibilities:", "duties:",
                     "main duties:", "description:", "job description:", "role description:", "duties and responsibilities:"])
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether a sentence of its own, not bulleted, ends on a range inside the role above's dates and tells a duty of that role:
    /// longer than a title and naming no word of the trade ("Suicide prevention co-ordinator for the establishment 2012 - 2017."
    /// under a prison's "Unit Manager, HMP Perth  2009 to 2017": Fresh71, t12, where it was read as a post of its own).
    /// </summary>
    static bool DatesADutyInASentence(ReadOnlySpan<char> lineUpToRange, ReadOnlySpan<char> lineAfterRange)
    {
        var words = lineUpToRange.Trim();
        return !IsBulleted(words) && lineAfterRange.Trim(" \t\r)") is "." && WordsOfLetters(words) > MaxWordsOfANotedTitle
            && !NamesTheTradesWord(words) && words.IndexOfAny(TradesWorkInADuty) < 0;
    }

    /// <summary>
    /// The trade's work in other words than its own: a line naming any of them is counselling done, not another trade's duty
    /// ("Psychodrama co-lead under clinical supervision", "DBT individual and skills groups", "sessional online work for Kooth",
    /// "one-to-one sessions at Mind's Time to Talk", "private practice seeing adult clients": an independent review's cases).
    /// </summary>
    static readonly System.Buffers.SearchValues<string> TradesWorkInADuty = System.Buffers.SearchValues.Create(
        ["psycho", "clinic", "therap", "session", "client", "private practice", "dbt", "cbt", "emdr", "caseload", "kooth",
            "psychosocial", "listening", "support worker", "crisis", "trauma", "recovery"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a bullet's words before a range inside the role above's dates tell a duty of that role, not a post of its own:
    /// longer than a title, and naming no word of the trade ("* Youth Offer lead for my team (2023-2024): 18-24 year olds ...",
    /// "* Mentor for four new Work Coaches (2024-2025)" under a Work Coach's "Apr 2021 - Present"). Read as posts, a job
    /// centre's duties took the bullet above as a title and its "crisis line" made a counselor's year (Fresh52, t02).
    /// </summary>
    static bool DatesADutyOfTheRoleAbove(ReadOnlySpan<char> bulletUpToRange)
    {
        var line = bulletUpToRange.Trim();
        if (!IsBulleted(line)) return false;
        var words = line[1..].TrimEnd(" \t(").Trim();
        // A team the writer sat on is the post's duty whatever it is named for: "-> Department peer support team member (2013-2017)"
        // in a police officer's post (Fresh104, t09).
        if (words.EndsWith("team member", StringComparison.OrdinalIgnoreCase) || words.StartsWith("member of", StringComparison.OrdinalIgnoreCase)) return true;
        return WordsOfLetters(words) > MaxWordsOfANotedTitle && !NamesTheTradesWord(words);
    }

    /// <summary>Words no sentence ends on: a line ending on one goes on below.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceGoesOnLookup = new HashSet<string>(
        ["a", "an", "the", "in", "during", "of", "for", "with", "from", "between", "and", "to", "since", "over", "through"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly System.Buffers.SearchValues<string> LicenseValidityWords = System.Buffers.SearchValues.Create(
        ["#", "license no", "licence no", "active ", "valid ", "validity", "issued", "expires", "expiry", "renewed", "renewal"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the sentence names a degree, in words ("a master's", "diploma") or by its letters ("completed MA in ...").</summary>
    static bool NamesAStudy(ReadOnlySpan<char> sentence)
    {
        if (NamesADegree(sentence)) return true;
        for (int i = 0; i < sentence.Length;)
        {
            if (!char.IsAsciiLetter(sentence[i])) { i++; continue; }
            int start = i;
            while (i < sentence.Length && char.IsAsciiLetter(sentence[i])) i++;
            if (i - start <= LongestDegree && DegreeLookup.Contains(sentence[start..i]) && !IsStateCode(sentence, start, i)) return true;
        }
        return false;
    }

    /// <summary>Whether a word of the trade starts a word of the text ("counsellor", not the "therapy" in "chemotherapy").</summary>
    static bool NamesTheTradesWord(ReadOnlySpan<char> text)
    {
        for (int from = 0, found; from < text.Length && (found = text[from..].IndexOfAny(ResumeLayout.CounselingWords)) >= 0; from += found + 1)
            if (from + found == 0 || !char.IsLetter(text[from + found - 1])) return true;
        return false;
    }

    /// <summary>Whether the line is a bullet, or a lowercase line that goes on from one right above it.</summary>
    static bool InABullet(ReadOnlySpan<char> text, int lineStart)
    {
        var line = text[lineStart..Clauses.LineAround(text, lineStart).End];
        if (IsBulleted(line)) return true;
        var trimmed = line.Trim();
        return trimmed.Length > 0 && char.IsLower(trimmed[0]) && lineStart > 0 && IsBulleted(text[Clauses.LineAround(text, lineStart - 1).Start..(lineStart - 1)]);
    }

    /// <summary>Whether the line is a bullet, as <see cref="EntryStart"/> reads one.</summary>
    /// <summary>Where the bulleted lines right under the line ending at <paramref name="lineEnd"/> end; the line's end when there are none.</summary>
    static int EndOfBulletsUnder(ReadOnlySpan<char> text, int lineEnd)
    {
        int end = lineEnd;
        while (end < text.Length)
        {
            var (next, nextEnd) = Clauses.LineAround(text, end + 1);
            if (next <= end || !IsBulleted(text[next..nextEnd])) break;
            end = nextEnd;
        }
        return end;
    }

    /// <summary>Whether a work section below <paramref name="position"/> dates the trade's posts: not one of the career before it.</summary>
    static bool HeadsPostsBelow(ReadOnlySpan<char> text, List<Heading> sections, int position)
    {
        foreach (var h in sections)
            if (h.Kind == HeadingKind.Work && h.Position > position && !HeadsAnEarlierCareer(text, h.Position)) return true;
        return false;
    }

    internal static bool IsBulleted(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length > 0 && line[0] == '*' && IsMarkdownEmphasis(line)) return false;
        return line.Length > 0 && line[0] is '-' or '*' or '\u2022' or '\u00B7' or '\u25AA' or '\u25CF' or '\u25E6' or '\u2013'
            // Word's second-level bullet as plain text keeps its font's letter: "o  Form teacher; Head of the Pastoral Committee
            // (2019-2022)." (Fresh126, t06: read as a post, a teacher's committee years were a counsellor's).
            || line.Length > 2 && line[0] == 'o' && (line[1] == '\t' || line[1] == ' ' && line[2] == ' ')
            // A tilde as a plain-text export's bullet: " ~ Built the wellbeing strategy for 2,800 staff ... (2018-2020)" (Fresh113,
            // t12: read as a post, an HR manager's project made three years a counsellor's once her "Sept 13" was read).
            || line.Length > 1 && line[0] == '~' && line[1] == ' '
            // A bullet lost to a wrong code page, as an ATS's parse leaves it: "? Crisis intervention on the Trust's after-hours
            // roster (2013-2018)." (Fresh134, t12: read as posts, two bullets' years split a counsellor's entry and hid its words).
            || line.Length > 1 && line[0] is '?' or '\uFFFD' && line[1] == ' '
            // A symbol font's bullet as a private-use character (U+F0B7), or as Windows-1252 mojibake of one ("ï‚§ ": a review's
            // probes).
            || line.Length > 1 && char.GetUnicodeCategory(line[0]) == System.Globalization.UnicodeCategory.PrivateUse
            || line.StartsWith("\u00EF\u201A", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a line opening with "*" is Markdown's bold or italics, not a bullet: "**Senior Regulatory Affairs Manager** — ..."
    /// over "*04/2022 – present*" (Fresh59, t11: read as bullets, the title was no part of its entry and a medtech manager's post
    /// was untitled).
    /// </summary>
    static bool IsMarkdownEmphasis(ReadOnlySpan<char> line) =>
        line.Length > 2 && (line[1] == '*' || (line[1] is not (' ' or '\t') && line[^1] == '*'));

    /// <summary>Whether the line holds at least <paramref name="enough"/> letters outside <paramref name="from"/> to <paramref name="to"/>: a title's first few letters answer.</summary>
    static bool HasLettersOutside(ReadOnlySpan<char> line, int from, int to, int enough) =>
        CountLetters(line[..Math.Clamp(from, 0, line.Length)], enough) + CountLetters(line[Math.Clamp(to, 0, line.Length)..], enough) >= enough;

    /// <summary>The letters in the text, counted up to <paramref name="enough"/>.</summary>
    static int CountLetters(ReadOnlySpan<char> text, int enough)
    {
        int letters = 0;
        for (int i = 0; i < text.Length && letters < enough; i++)
            if (char.IsLetter(text[i])) letters++;
        return letters;
    }

    /// <summary>Total years over merged ranges: two overlapping jobs are one stretch of experience.</summary>
    public static double TotalYears(IReadOnlyList<DatedRole> roles)
    {
        // A handful of roles: an insertion sort by (from, to) without LINQ's buffers and delegates. A post with a leave inside it
        // is two ranges, before and after the leave.
        int ranges = roles.Count;
        for (int r = 0; r < roles.Count; r++) if (roles[r].LeaveTo > 0) ranges++;
        Span<(int FromMonth, int ToMonth)> sorted = ranges <= 64 ? stackalloc (int, int)[ranges] : new (int, int)[ranges];
        for (int r = 0, count = 0; r < roles.Count; r++)
        {
            var role = roles[r];
            if (role.LeaveTo > 0)
            {
                Insert(sorted, count++, (role.FromMonth, role.LeaveFrom));
                Insert(sorted, count++, (role.LeaveTo, role.ToMonth));
            }
            else Insert(sorted, count++, (role.FromMonth, role.ToMonth));
        }
        int total = 0, coveredUntil = int.MinValue;
        foreach (var role in sorted)
        {
            int from = Math.Max(role.FromMonth, coveredUntil);
            if (role.ToMonth > from) total += role.ToMonth - from;
            coveredUntil = Math.Max(coveredUntil, role.ToMonth);
        }
        return total / 12.0;
    }

    /// <summary>Puts <paramref name="range"/> into the first <paramref name="count"/> sorted ranges, in order of (from, to).</summary>
    static void Insert(Span<(int FromMonth, int ToMonth)> sorted, int count, (int FromMonth, int ToMonth) range)
    {
        int at = count;
        while (at > 0 && (sorted[at - 1].FromMonth > range.FromMonth || (sorted[at - 1].FromMonth == range.FromMonth && sorted[at - 1].ToMonth > range.ToMonth)))
        {
            sorted[at] = sorted[at - 1];
            at--;
        }
        sorted[at] = range;
    }

    /// <summary>
    /// The month written in capital Roman numerals ("I" to "XII") that ends at <paramref name="end"/>, a word of its own, and where
    /// it starts; null where there is none.
    /// </summary>
    static (int Start, int Month)? RomanMonthBefore(ReadOnlySpan<char> text, int end)
    {
        int start = end;
        while (start > 0 && end - start < 4 && text[start - 1] is 'I' or 'V' or 'X') start--;
        if (start == end || start > 0 && char.IsLetterOrDigit(text[start - 1])) return null;
        for (int month = 0; month < RomanMonths.Length; month++)
            if (text[start..end].SequenceEqual(RomanMonths[month])) return (start, month + 1);
        return null;
    }

    static readonly string[] RomanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <param name="style">How the resume writes its dates.</param>
    static bool TryReadStart(ReadOnlySpan<char> text, int yearStart, int yearEnd, out DateMark mark, ref DateStyle style)
    {
        mark = default;
        if (yearStart > 0 && char.IsLetter(text[yearStart - 1])) return false;
        int year = FourDigits(text.Slice(yearStart, 4));
        if (year is < 1950 or > 2100) return false;
        if (TryReadSchoolYear(text, yearEnd, year, out int schoolYearEnd) && style.ReadsSchoolYears)
        {
            // The label is part of the date an ATS shows ("AY 2025-26 to present").
            int label = yearStart >= 3 && text[yearStart - 1] == ' ' && IsSchoolYearLabel(text[(yearStart - 3)..(yearStart - 1)])
                && (yearStart == 3 || !char.IsLetter(text[yearStart - 4])) ? yearStart - 3 : yearStart;
            mark = new DateMark(label, schoolYearEnd, year, SchoolYearFirstMonth, (year + 1) * 12 + SchoolYearFirstMonth - 1);
            return true;
        }
        if (TryReadMonthAfterYear(text, yearEnd, out int monthAfterYear, out int monthEnd))
        {
            mark = new DateMark(yearStart, monthEnd, year, monthAfterYear);
            return true;
        }
        if (yearEnd < text.Length && (char.IsLetter(text[yearEnd]) || text[yearEnd] is '/' or '%')) return false;

        // "IX.2014": a month in Roman numerals, as Ukrainian, Polish and other Central European CVs write it (Fresh155, t12: a
        // school psychologist's four years and a bank's HR years both unread).
        // Or with a slash ("IX/2013": a review's probe).
        if (yearStart >= 2 && text[yearStart - 1] is '.' or '/' && RomanMonthBefore(text, yearStart - 1) is (int romanStart, int romanMonth))
        {
            mark = new DateMark(romanStart, yearEnd, year, romanMonth);
            return true;
        }

        // "03/2019" or "3/2019"; hyphens only in a whole date ("01-04-2021", as Dutch and Indian resumes write them: Fresh83, t07,
        // whose every other post was unread), as "05-2019" stays no date.
        int danishDay = DanishDayBefore(text, yearStart);
        bool danish = danishDay >= 0;
        if (yearStart >= 2 && (text[yearStart - 1] is '/' or '.' || IsAWholeDateWithHyphens(text, yearStart) || IsAMonthYearWithAHyphen(text, yearStart) || danish)
            && char.IsAsciiDigit(text[yearStart - 2]))
        {
            int m = yearStart - 2;
            while (m > 0 && char.IsAsciiDigit(text[m - 1]) && yearStart - 1 - m < 2) m--;
            if (!int.TryParse(text[m..(yearStart - 1)], NumberStyles.None, CultureInfo.InvariantCulture, out int month)) return false;
            if (danish && month is >= 1 and <= 12)
            {
                mark = new DateMark(danishDay, yearEnd, year, month);
                return true;
            }
            // A whole date ("14/02/2021", "07/15/2019"): it starts at its first number, and its month is read in the resume's order.
            int d = m - 1;
            if (d >= 1 && text[d] == text[yearStart - 1] && char.IsAsciiDigit(text[d - 1]))
            {
                int first = d - 1;
                while (first > 0 && char.IsAsciiDigit(text[first - 1]) && d - first < 2) first--;
                if ((first == 0 || !char.IsAsciiDigit(text[first - 1]))
                    && int.TryParse(text[first..d], NumberStyles.None, CultureInfo.InvariantCulture, out int firstNumber))
                {
                    month = MonthOfAWholeDate(firstNumber, month, ref style);
                    m = first;
                }
            }
            if (month is < 1 or > 12) return false;
            mark = new DateMark(m, yearEnd, year, month);
            return true;
        }

        if (SchoolTermBefore(text, yearStart, out int termStart) is int term and > 0)
        {
            mark = new DateMark(termStart, yearEnd, year, TermsFirstMonths[term - 1]);
            return true;
        }

        // "Jan 2019", "Sept. 2018", "January, 2019", "Fall 2020", "mar/2015", "março de 2017"
        int j = yearStart - 1;
        bool slash = j >= 0 && text[j] == '/';
        if (slash) j--;
        else
        {
            // "Feb-2012 – Mar-2018", a month joined to its year by a hyphen as SEEK's resumes print it (Fresh134, t12).
            if (j >= 1 && text[j] == '-' && char.IsLetter(text[j - 1])) j--;
            else while (j >= 0 && text[j] is ' ' or '.' or ',' or '\u00A0') j--;
            // "de" between month and year, as Portuguese and Spanish write dates ("septiembre de 2018").
            if (j >= 2 && text[j - 1] is 'd' or 'D' && text[j] is 'e' && text[j - 2] == ' ')
                for (j -= 2; j >= 0 && text[j] == ' ';) j--;
            // "September 2, 2025", "Sept. 2nd, 2019": a US whole date's day between its month and its year.
            else if (DayBefore(text, j) is int beforeDay and >= 0)
                for (j = beforeDay; j >= 0 && text[j] is ' ' or '.' or '\u00A0';) j--;
        }
        int wordEnd = j + 1;
        while (j >= 0 && char.IsLetter(text[j])) j--;
        if (wordEnd > j + 1 && (MonthLookup.TryGetValue(text[(j + 1)..wordEnd], out int named)
            || ((slash || text[wordEnd] == '.') && MonthBeforeSlashLookup.TryGetValue(text[(j + 1)..wordEnd], out named))))
        {
            mark = new DateMark(j + 1, yearEnd, year, named);
            return true;
        }
        // "2020 (Jan) - present": the month in parentheses after its year.
        if (TryReadMonthInParentheses(text, yearEnd, out int monthAfter, out int end))
        {
            mark = new DateMark(yearStart, end, year, monthAfter);
            return true;
        }
        mark = new DateMark(yearStart, yearEnd, year, null);
        return true;
    }

    /// <summary>
    /// Australian and New Zealand schools date their staff's posts by the four school terms: "Term 1 2015 – Term 4 2023" (Fresh114,
    /// t08: a school's post read as neither start nor end). A term starts in February, April, July or October and ends in April,
    /// June, September or December.
    /// </summary>
    /// <returns>The term (1-4) whose name ends at <paramref name="yearStart"/>, or 0; <paramref name="termStart"/> where it starts.</returns>
    /// <remarks>Written "Term 1 2015", "Term 2, 2018" or "T1 2019" (a review's probes).</remarks>
    static int SchoolTermBefore(ReadOnlySpan<char> text, int yearStart, out int termStart)
    {
        termStart = yearStart;
        if (yearStart < 3 || yearStart + 4 > text.Length || text[yearStart - 1] != ' ') return 0;
        int at = yearStart - 2;
        if (text[at] == ',') at--;
        if (text[at] is < '1' or > '4') return 0;
        int term = text[at] - '0';
        int nameStart;
        if (text[at - 1] == 'T') nameStart = at - 1;
        else if (at >= 6 && text[at - 1] == ' ' && text[(at - 5)..(at - 1)].Equals("term", StringComparison.OrdinalIgnoreCase)) nameStart = at - 5;
        else return 0;
        if (nameStart > 0 && char.IsLetterOrDigit(text[nameStart - 1])) return 0;
        termStart = nameStart;
        return term;
    }

    /// <summary>The term a school term's name starting at <paramref name="at"/> names, and where its year starts; 0 when none starts there.</summary>
    static int SchoolTermAt(ReadOnlySpan<char> text, int at, out int yearStart)
    {
        yearStart = at;
        int digit;
        if (at + 2 < text.Length && text[at] == 'T' && text[at + 1] is >= '1' and <= '4') digit = at + 1;
        else if (at + 6 < text.Length && text[at..(at + 5)].Equals("term ", StringComparison.OrdinalIgnoreCase) && text[at + 5] is >= '1' and <= '4') digit = at + 5;
        else return 0;
        int after = digit + 1;
        if (after < text.Length && text[after] == ',') after++;
        if (after >= text.Length || text[after] != ' ') return 0;
        yearStart = after + 1;
        return SchoolTermBefore(text, yearStart, out int start) is int term and > 0 && start == at ? term : 0;
    }

    static readonly int[] TermsFirstMonths = [2, 4, 7, 10];
    static readonly int[] TermsLastMonths = [4, 6, 9, 12];

    /// <summary>
    /// Where the text ends before the day a US whole date puts between its month and year ("2", "2nd", "31st"), the day ending at
    /// <paramref name="last"/>; -1 when no day of 1-31 ends there.
    /// </summary>
    static int DayBefore(ReadOnlySpan<char> text, int last)
    {
        int end = last + 1;
        if (end >= 2 && text[(end - 2)..end] is "st" or "nd" or "rd" or "th") end -= 2;
        int start = end;
        while (start > 0 && end - start < 2 && char.IsAsciiDigit(text[start - 1])) start--;
        if (start == end || (start > 0 && !char.IsWhiteSpace(text[start - 1]))) return -1;
        return DayOf(text[start..end]) is >= 1 and <= 31 ? start - 1 : -1;
    }

    static int DayOf(ReadOnlySpan<char> digits) => digits.Length == 1 ? digits[0] - '0' : (digits[0] - '0') * 10 + (digits[1] - '0');

    /// <summary>Just past the day a US whole date puts after its month ("15", "15th") from <paramref name="at"/>, or -1.</summary>
    static int DayAfter(ReadOnlySpan<char> text, int at)
    {
        int end = at;
        while (end < text.Length && end - at < 2 && char.IsAsciiDigit(text[end])) end++;
        if (end == at || DayOf(text[at..end]) is < 1 or > 31) return -1;
        if (end + 2 <= text.Length && text[end..(end + 2)] is "st" or "nd" or "rd" or "th") end += 2;
        return end;
    }

    /// <summary>
    /// A month in parentheses right after a year ("2016 (Apr)", "2019 (March.)"), as some layouts put it so the years line up
    /// in a column: unread, the range was no range at all and the role's years were lost. Only a month: "2019 (part-time)" is not.
    /// </summary>
    /// <param name="end">Just past the closing parenthesis.</param>
    static bool TryReadMonthInParentheses(ReadOnlySpan<char> text, int yearEnd, out int month, out int end)
    {
        month = 0;
        end = yearEnd;
        int open = SkipSpaces(text, yearEnd);
        if (open >= text.Length || text[open] != '(') return false;
        int wordEnd = open + 1;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd])) wordEnd++;
        int close = wordEnd < text.Length && text[wordEnd] == '.' ? wordEnd + 1 : wordEnd;
        if (close >= text.Length || text[close] != ')' || !MonthLookup.TryGetValue(text[(open + 1)..wordEnd], out month)) return false;
        end = close + 1;
        return true;
    }

    /// <summary>Whether one of <paramref name="words"/> stands at <paramref name="at"/> as a whole word.</summary>
    static bool StartsWithAWord(ReadOnlySpan<char> text, int at, ReadOnlySpan<string> words)
    {
        foreach (var word in words)
            if (Words.StandsAt(text, at, word)) return true;
        return false;
    }

    /// <summary>
    /// Where the end of a range stands when the range's dash closes a column of dates and the title follows past a gap: at the
    /// start of the next line, an end date or an ongoing word in the same column, a gap or the line's end after it. -1 when not.
    /// </summary>
    /// <param name="afterDash">Just past the range's dash.</param>
    /// <param name="next">The first character after the dash that is not a space.</param>
    static int EndInTheDateColumnBelow(ReadOnlySpan<char> text, int afterDash, int next)
    {
        // A box-drawn table's date cell wraps the same way, inside its bars: "| Apr 2024 –       | LMFT, TELEHEALTH THERAPIST |"
        // over "| Present          | Tandem Therapy Group |" (Fresh101, t05: every post of an LMFT's Word-table resume unread).
        bool boxed = IsACellEdge(text[next]) && text[..next].LastIndexOf('\n') is var lineBefore && lineBefore + 1 < text.Length
            && IsACellEdge(text[lineBefore + 1]);
        if (next - afterDash < 3 && !text[afterDash..next].Contains('\t') || !(char.IsLetter(text[next]) || boxed) || StartsAMonthOrOngoingWord(text, next)) return -1;
        int lineEnd = text[next..].IndexOf('\n');
        if (lineEnd < 0) return -1;
        int below = next + lineEnd + 1;
        if (boxed)
        {
            if (below >= text.Length || !IsACellEdge(text[below])) return -1;
            below = SkipSpaces(text, below + 1);
        }
        // In brackets: "2017-06 –" over "(pågående)" (Fresh174, t03).
        if (below + 1 < text.Length && text[below] == '(' && StartsAMonthOrOngoingWord(text, below + 1)) below++;
        if (below >= text.Length || !(char.IsAsciiDigit(text[below]) || StartsAMonthOrOngoingWord(text, below))) return -1;
        // The end's column closes at a gap or the line's end: "present        Fleet ...", "07/2021".
        int tokenEnd = below;
        while (tokenEnd < text.Length && text[tokenEnd] is not (' ' or '\t' or '\r' or '\n')) tokenEnd++;
        // A month's name and its year are one end: "Feb 2020        Employer" (a review).
        if (char.IsLetter(text[below]) && tokenEnd + 5 <= text.Length && text[tokenEnd] == ' ' && TryReadYear(text, tokenEnd + 1, out _)) tokenEnd += 5;
        int gapEnd = SkipSpaces(text, tokenEnd);
        return gapEnd - tokenEnd >= 3 || gapEnd < text.Length && text[gapEnd] is '\r' or '\n' || text[tokenEnd..gapEnd].Contains('\t') ? below : -1;
    }

    /// <summary>A table cell's edge: a bar, or a box-drawn table's single or double line ("│", "║": an independent review).</summary>
    static bool IsACellEdge(char c) => c is '|' or '\u2502' or '\u2551';

    /// <param name="style">How the resume writes its dates.</param>
    /// <param name="monthSlashShortYears">Whether the end may be a month and a two-digit year ("4/25"), as its start was.</param>
    static bool TryReadRangeEnd(ReadOnlySpan<char> text, int after, int asOfMonth, out DateMark mark, out int toMonthExclusive, ref DateStyle style,
        bool monthSlashShortYears = false)
    {
        mark = default;
        toMonthExclusive = 0;
        int i = SkipSpaces(text, after);
        if (i >= text.Length) return false;
        // "June 2015 up to present" with no dash, as Philippine CVs write it (a third review of session 56: the post unread and every
        // phrase of the page with it). Only "up to" an ongoing word: "2015 up to 40 clients a week" is no range.
        // Nor "up to date" naming what follows: "Private practice 2022 up to date CPD in cultural competency" (a third review's probe).
        if ((text[i] | 0x20) == 'u' && i + 1 < text.Length && (text[i + 1] | 0x20) == 'p' && OngoingPhraseLength(text, i) is int upLength and > 0
            && (SkipSpaces(text, i + upLength) is int afterUp && (afterUp >= text.Length || !char.IsLetter(text[afterUp]))))
            return EndsOngoing(i, i + upLength, asOfMonth, out mark, out toMonthExclusive);
        // Most starts are followed on their line by a dash, a connector or a word: such a start ends no line, so no print view's
        // label stands under it (LabelledLineBelow) and no left column's dash follows it two lines down (EndInALeftColumnBelow),
        // and neither is looked for below. Both read the start's line first, its end a search away.
        bool wordFollows = !char.IsWhiteSpace(text[i]) && i - after < LeftColumnGap;
        // The start's month in English after it, in brackets, before the dash: "Mahuru 2022 (Sep) – Kohi-tātea 2023 (Jan)" (Fresh217,
        // t05: a New Zealand CV's te reo Māori months, each post unread).
        if (text[i] == '(' && i + 1 < text.Length && HyphenatedMonthAt(text, i + 1) is (int noteEnd, _) && noteEnd < text.Length && text[noteEnd] == ')'
            && SkipSpaces(text, noteEnd + 1) is int dashAfterNote
            && dashAfterNote < text.Length && IsRangeDash(text[dashAfterNote])) i = dashAfterNote;
        // A start given in brackets after another calendar's date: "W.E.F. 2082/09/17 B.S. (1 January 2026) - to date" (Fresh133,
        // t02: a Nepali counsellor's post unread). Only a bracket closing right after the start, before a dash.
        if (i == after && text[i] == ')' && SkipSpaces(text, i + 1) is int afterBracket && afterBracket < text.Length && IsRangeDash(text[afterBracket])
            && text[..after].LastIndexOf('(') is int open and >= 0 && text[open..after].IndexOf(')') < 0) i = afterBracket;
        // An end given in brackets after another calendar's date: "- 2081/12/30 B.S. (12 April 2025)" (a review's probe: read as the
        // year 2081, the post ran to today).
        if (IsRangeDash(text[i]) && SkipSpaces(text, i + 1) is int calendar && TryReadYear(text, calendar, out int calendarYear)
            && calendarYear > asOfMonth / 12 + 20 && text[calendar..].IndexOf('(') is int gregorian and > 0 and < 24
            && text[calendar..(calendar + gregorian)].Contains("B.S", StringComparison.Ordinal))
        {
            // Past the bracket's day: "12 April 2025".
            int inside = calendar + gregorian + 1;
            while (inside < text.Length && (char.IsAsciiDigit(text[inside]) || text[inside] == ' ')) inside++;
            return ReadsMonthYearAt(text, inside, out mark, out toMonthExclusive);
        }
        // A year written as an ordinal, with its dot, as Croatian, Serbian and Slovene CVs write it: "6/2021. – danas",
        // "1/2023. – 12/2024." (Fresh100, t09: a Zagreb psychotherapist's every post unread). Only right after the year's digit.
        if (i == after && text[i] == '.' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && text[i + 1] is ' ' or '\t'
            && SkipSpaces(text, i + 1) is int afterDot && afterDot < text.Length && IsRangeDash(text[afterDot])) i = afterDot;
        // "since September 2018, until February 2021": a comma before the connector (session 24's review leftover). Only these
        // connectors, which a date must still follow: "2019, to support the team" is no range, and is read as none below.
        if (text[i] == ',' && SkipSpaces(text, i + 1) is int afterComma && StartsWithAWord(text, afterComma, ["until", "till", "through"])) i = afterComma;
        // A form's "From: 03/2019" over "To: Present" (Fresh17, t01): the end is the next line's labelled date, past one blank line
        // under a form's start label ("Start date: 05/2014", "", "End date: 08/2018": a second review's leftover, read as held now).
        // A print view that sets each field's label on a line of its own, its value on the next: "From" / "09/2022" / "To" /
        // "05/2023", or "I currently work here" / "Yes" above "From" / "06/2023" (Fresh154, t07: a Workday application's every
        // post unread).
        bool labelledBelow = false;
        if (!wordFollows && LabelledLineBelow(text, after, out bool heldNow) is int valueLine)
        {
            if (heldNow) return EndsOngoing(after, after, asOfMonth, out mark, out toMonthExclusive);
            (i, labelledBelow) = (valueLine, true);
        }
        int labelAt = SkipALineBreak(text, i);
        if (labelAt != i && labelAt < text.Length && text[labelAt] is '\r' or '\n' && OpensWithFromLabel(text, after)
            && !TryReadAnEndLabel(text, labelAt, out _))
            labelAt = SkipALineBreak(text, labelAt);
        if (labelledBelow) { }
        else if (TryReadAnEndLabel(text, labelAt, out int labelledEnd))
        {
            // An application form leaves "To:" empty for the post held now, under "From: 03/2024" (a Workday export's "I currently
            // work here: Yes": Fresh29, t11, whose post of two and a half years was no range).
            if ((labelledEnd == text.Length || text[labelledEnd] is '\r' or '\n') && OpensWithFromLabel(text, after) && SaysHeldNow(text, after))
                return EndsOngoing(labelAt, labelledEnd, asOfMonth, out mark, out toMonthExclusive);
            i = labelledEnd;
            // "to" before a gap and a title is a date column's connector, its end wrapped below: "09/2019 to     Marriage and Family
            // Therapist" over "present        Rady Children's Hospital" (an independent review).
            int labelWordEnd = labelAt;
            while (labelWordEnd < text.Length && char.IsLetter(text[labelWordEnd])) labelWordEnd++;
            if (i < text.Length && char.IsLetter(text[i]) && EndInTheDateColumnBelow(text, labelWordEnd, i) is int below and >= 0) i = below;
            // A form's ongoing end in parentheses or brackets, as Workday prints it: "From: 09/2017   To: (Current)" (Fresh39, t01),
            // "To: [Current]", "To: (Currently employed)" (a second review).
            if (i < text.Length && text[i] is '(' or '[')
            {
                int wordEnd = i + 1;
                while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
                int close = text[wordEnd..].IndexOfAny(')', ']', '\n');
                if (close is >= 0 and < 16 && text[wordEnd + close] is ')' or ']' && IsOngoingWord(text[(i + 1)..wordEnd]))
                    return EndsOngoing(i + 1, wordEnd, asOfMonth, out mark, out toMonthExclusive);
            }
        }
        // A dash whose UTF-8 was read as Windows-1252 and written back ("Oct 2024 â€“ Present"), as text copied through an old
        // tool comes: unread, a clinical social worker's every post was dropped (Fresh24, t02).
        else if (IsAMisreadDash(text, i)) i = SkipSpaces(text, i + 3);
        // A form's table with "From" and "To" cells: "Addiction Counsellor (Grade VI) | 2016 | Present | Whole-time" (an Irish HSE
        // form, Fresh73, t11: every post unread). Only a cell holding a date alone.
        else if (text[i] == '|' && IsADateCellAfter(text, i + 1)) i = SkipSpaces(text, i + 1);
        // Or a table set in columns of spaces under its head row: "Employer   Position   From   To" over "... 04/2021   Present"
        // (Fresh154, t01: an NHS application form's every post unread). Only a gap of two spaces or more, a cell holding a date
        // alone, and a head row naming "From" and "To" a few lines above.
        // Or in tab-separated cells: "2022-09<TAB>2024-12<TAB>Youth Mental Health Clinician" under "From<TAB>To<TAB>Position"
        // (Fresh213, t12, session 41's closing set: a psychologist's every post unread).
        else if ((i - after >= 2 || i > after && text[after..i].Contains('\t')) && IsADateColumnCell(text, i) && HasFromAndToColumnsAbove(text, after)) { }
        // A slash between spaces joins the dates as a dash does: "2023-10 / actualidad", "2023-01 / 2023-09" (Fresh176, t11: a
        // Colombian counsellor's Vancouver posts unread). Only spaced: "03/2020" is one date.
        else if (text[i] == '/' && i > after && i + 1 < text.Length && text[i + 1] == ' ') i = SkipSpaces(text, i + 1);
        // A designer template's left column of dates, the start, its dash and its end a line each beside the post's column:
        // "MARCH 2023         Youth Connect Ballarat" / "—         • Caseload of 20-24" / "PRESENT        anxiety, low mood"
        // (Fresh207, t05: a youth counsellor's posts unread).
        else if (!wordFollows && EndInALeftColumnBelow(text, after) is int leftColumnEnd) i = leftColumnEnd;
        // An arrow typed as two characters or three: "Sept. 2022 -> present" (Fresh199, t10: a school counsellor's current post
        // unread), "Jan 2022->Present", "2019 --> 2021" (a third review of session 40).
        else if (TypedArrowLength(text, i) is int arrow and > 0) i = SkipSpaces(text, i + arrow);
        // A table extracted cell by cell puts the dash and the end on lines of their own ("Dec 2025" / "–" / "Present"): one
        // line break on either side of a dash, never of a word (Fresh16, t04).
        else if (SkipALineBreak(text, i) is int dash && dash < text.Length && IsRangeDash(text[dash]))
        {
            int afterDash = SkipSpaces(text, dash + 1);
            // Below the start, a dash alone on its line: "- 2021 caseload grew" under a title's year is a bullet.
            if (dash != i && afterDash < text.Length && text[afterDash] is not ('\r' or '\n')) return false;
            // A range left open at its line's end, its dash the last thing on the line and no date on the next: "Readjustment
            // Counselor      2/24 –" over the employer (Fresh153, t11: a counsellor's current post unread). Held now.
            // A dash glued to a year ("KCPA Full Member 2013-") dates a membership, not a post.
            if (dash == i && dash > after && (afterDash >= text.Length || text[afterDash] is '\r' or '\n')
                && SkipALineBreak(text, afterDash) is int nextLine && !StartsADate(text, nextLine) && !StartsAMonthOrOngoingWord(text, nextLine))
                return EndsOngoing(dash, dash + 1, asOfMonth, out mark, out toMonthExclusive);
            i = SkipALineBreak(text, afterDash);
            // A column of dates wrapped under its own start: "08/2021 –      Supervisory Clinical Counselor" over "present        Fleet
            // and Family Support Center" (Fresh95, t12: every post of a navy family counsellor's CV with a date column was unread).
            if (i == afterDash && i < text.Length && EndInTheDateColumnBelow(text, dash + 1, i) is int below and >= 0) i = below;
        }
        else
        {
            int wordEnd = i;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            // "jusqu'à présent": the elided "jusque" before its "à".
            if (text[i..wordEnd].Equals("jusqu", StringComparison.OrdinalIgnoreCase) && wordEnd + 1 < text.Length && text[wordEnd] is '\'' or '\u2019')
                for (i = ++wordEnd; wordEnd < text.Length && char.IsLetter(text[wordEnd]);) wordEnd++;
            // "September 2018 onwards": an ongoing job in one word, where its entry ends ("..., September 2019 onwards, part-time"),
            // not in a sentence ("From 2015 onwards I also led ...", and "from 2021 onwards, once ..." below: independent reviews).
            if (OnwardsLookup.Contains(text[i..wordEnd]) && EndsAnEntry(text, wordEnd))
                return EndsOngoing(i, wordEnd, asOfMonth, out mark, out toMonthExclusive);
            var connector = text[i..wordEnd];
            if (!ConnectorLookup.Contains(connector)) return false;
            i = SkipSpaces(text, wordEnd);
            // A paragraph wraps between the connector and the end ("March 2025 to" over "present.": Fresh19, t05): only before a month
            // or an ongoing word, as "from 2008 to" over "2016, and I returned" is a sentence (an independent review).
            if (SkipALineBreak(text, i) is int wrapped && wrapped != i && StartsAMonthOrOngoingWord(text, wrapped)) i = wrapped;
            // A date column wrapped after its connector: "08/2021 to      Supervisory Clinical Counselor" over "present" (a review).
            else if (i < text.Length && EndInTheDateColumnBelow(text, wordEnd, i) is int below and >= 0) i = below;
            // "à ce jour", "hasta la fecha", "até o momento": an ongoing job said in a few words after the connector.
            int said = SkipSpaces(text, i);
            if (OngoingPhraseLength(text, said) is int saidLength and > 0)
                return EndsOngoing(said, said + saidLength, asOfMonth, out mark, out toMonthExclusive);
            // "a" and "al" are English words too ("In 2010 a now-retired supervisor", "2016 a current member"): connectors only
            // before a date (an independent review).
            if (connector.Length <= 2 && connector[0] is 'a' or 'A' or 'd' or 'D' && !StartsADate(text, said)) return false;
        }
        i = SkipSpaces(text, i);
        if (i + 2 < text.Length && IsSchoolYearLabel(text.Slice(i, 2)) && text[i + 2] == ' ') i = SkipSpaces(text, i + 2);
        if (i >= text.Length) return false;
        // The ongoing word in brackets after the dash: "2017-06 – (pågående)", "juni 2017 – (pågående)" (a third review of session
        // 37: a Swedish psychologist's current post unread). Only the word alone in them: "– (see below)" ends nothing.
        if (text[i] == '(' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && DateWordEnd(text, i + 1) is int bracketed
            && bracketed < text.Length && text[bracketed] == ')' && OngoingLookup.Contains(text[(i + 1)..bracketed]))
            return EndsOngoing(i + 1, bracketed, asOfMonth, out mark, out toMonthExclusive);
        // "14 March 2019 – 31 August 2022": the end's day before its month, as British and Irish CVs write it (an independent review).
        // And with the day's ordinal dot, as Danish, Norwegian, German and Finnish CVs write it: "1. aug. 2011 – 31. dec. 2017"
        // (Fresh117, t07: a psychologist's six years in an MBT team unread).
        if (char.IsAsciiDigit(text[i]) && DayAfter(text, i) is int dayEnd and > 0 && dayEnd + 2 < text.Length)
        {
            int month = text[dayEnd] == '.' && text[dayEnd + 1] == ' ' ? dayEnd + 2 : text[dayEnd] == ' ' ? dayEnd + 1 : -1;
            if (month > 0 && StartsAMonthOrOngoingWord(text, month)) i = month;
        }

        // "до момента", "do danas", "până în prezent": an ongoing job said in a few words right after the dash (Fresh100).
        if (char.IsLetter(text[i]) && OngoingPhraseLength(text, i) is int phraseLength and > 0)
            return EndsOngoing(i, i + phraseLength, asOfMonth, out mark, out toMonthExclusive);
        // The end's first word and whether it is a connector, read once: the month's reading below asks again.
        int endWordEnd = char.IsLetter(text[i]) ? DateWordEnd(text, i) : i;
        bool endWordConnects = endWordEnd > i && ConnectorLookup.Contains(text[i..endWordEnd]);
        // Or after a connector: "sept. 2025 - a la fecha", "julho de 2024 - até hoje" (Fresh122, t02 and t03), "janv. 2024 – à ce
        // jour" (Fresh123, t09).
        if (endWordConnects && SkipSpaces(text, endWordEnd) is int ongoing && ongoing > endWordEnd && OngoingPhraseLength(text, ongoing) is int ongoingLength and > 0)
            return EndsOngoing(ongoing, ongoing + ongoingLength, asOfMonth, out mark, out toMonthExclusive);
        // "Present" in Korean, Chinese or Japanese script: "2019.06 ~ 현재", "2018.09 – 至今" (Fresh74, t07).
        if (!char.IsAscii(text[i]) && char.IsLetter(text[i]))
        {
            int end = i;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (OngoingLookup.Contains(text[i..end])) return EndsOngoing(i, end, asOfMonth, out mark, out toMonthExclusive);
        }

        // A romanized era's end: "R2.4 – R5.3" (Fresh119, t11).
        if (i + 1 < text.Length && text[i] is 'R' or 'H' && char.IsAsciiDigit(text[i + 1])
            && TryReadRomanizedEraDate(text, i + 1, DigitsFrom(text, i + 1), out var romanizedEnd))
        {
            mark = romanizedEnd;
            toMonthExclusive = romanizedEnd.Year * 12 + romanizedEnd.Month!.Value;
            return true;
        }
        // Or a month opening with an accent: Icelandic "mars 2024 – ágúst 2025" (Fresh174, t11).
        if (char.IsAsciiLetter(text[i]) || char.IsLetter(text[i]) && MonthLookup.ContainsKey(text[i..endWordEnd]))
        {
            int wordEnd = endWordEnd;
            var word = text[i..wordEnd];
            // "Sept 2018 – to date", "– till date": a connector after the dash, and the ongoing word after it.
            if (endWordConnects && SkipSpaces(text, wordEnd) is int next && next > wordEnd && next < text.Length)
            {
                int nextEnd = next;
                while (nextEnd < text.Length && char.IsLetter(text[nextEnd])) nextEnd++;
                if (OngoingLookup.Contains(text[next..nextEnd]) && !GoesOnWithAHyphen(text, nextEnd))
                {
                    (i, wordEnd) = (next, nextEnd);
                    word = text[i..wordEnd];
                }
            }
            // "now-retired" is no ongoing job.
            if (OngoingLookup.Contains(word) && !GoesOnWithAHyphen(text, wordEnd)
                && !(word.Equals("continuing", StringComparison.OrdinalIgnoreCase) && !EndsAnEntry(text, wordEnd)))
                return EndsOngoing(i, wordEnd, asOfMonth, out mark, out toMonthExclusive);
            if (SchoolTermAt(text, i, out int termsYearStart) is int term and > 0 && TryReadYear(text, termsYearStart, out int termsYear))
            {
                mark = new DateMark(i, termsYearStart + 4, termsYear, TermsLastMonths[term - 1]);
                toMonthExclusive = termsYear * 12 + TermsLastMonths[term - 1];
                return true;
            }
            // "– VI.2018": the end's month in Roman numerals.
            if (wordEnd + 1 < text.Length && text[wordEnd] is '.' or '/' && TryReadYear(text, wordEnd + 1, out int romanYear)
                && RomanMonthBefore(text, wordEnd) is (int romanAt, int romanMonth) && romanAt == i)
            {
                mark = new DateMark(i, wordEnd + 5, romanYear, romanMonth);
                toMonthExclusive = romanYear * 12 + romanMonth;
                return true;
            }
            bool beforeSlash = wordEnd < text.Length && text[wordEnd] == '/';
            // Or abbreviated with its dot: Spain's "ago. 2019" (Fresh93, t11).
            bool abbreviated = wordEnd + 2 < text.Length && text[wordEnd] == '.' && text[wordEnd + 1] == ' ' && char.IsAsciiDigit(text[wordEnd + 2])
                // Or joined to a two-digit year by a hyphen: Colombia's "mar-20 – ago-22" (Fresh176, t11).
                || wordEnd + 1 < text.Length && text[wordEnd] == '-' && char.IsAsciiDigit(text[wordEnd + 1]);
            int month;
            // A month named in hyphenated parts: te reo Māori "Kohi-tātea 2023" (Fresh217, t05).
            if (wordEnd + 1 < text.Length && text[wordEnd] == '-' && char.IsLetter(text[wordEnd + 1]) && HyphenatedMonthAt(text, i) is (int compoundEnd, int named))
                (wordEnd, month) = (compoundEnd, named);
            else if (!MonthLookup.TryGetValue(word, out month) && !((beforeSlash || abbreviated) && MonthBeforeSlashLookup.TryGetValue(word, out month))) return false;
            int y = wordEnd;
            if (beforeSlash) y++;
            // "Mar-2018", "May-23": a month joined to its year by a hyphen (Fresh134, t12; Fresh142, t12).
            else if (wordEnd + 1 < text.Length && text[wordEnd] == '-' && char.IsAsciiDigit(text[wordEnd + 1])) y++;
            else
            {
                while (y < text.Length && text[y] is ' ' or '.' or ',' or '\u00A0') y++;
                // "novembro de 2019"
                if (y + 2 < text.Length && text[y] is 'd' or 'D' && text[y + 1] == 'e' && text[y + 2] == ' ')
                    for (y += 2; y < text.Length && text[y] == ' ';) y++;
                // "August 15, 2025": a US whole date's day, then its year.
                else if (DayAfter(text, y) is int afterDay and > 0 && afterDay < text.Length
                    && (text[afterDay] == ',' || (text[afterDay] == ' ' && TryReadYear(text, afterDay + 1, out _))))
                    for (y = afterDay + 1; y < text.Length && text[y] is ' ' or '\u00A0';) y++;
            }
            int yearEnd = y + 4;
            if (!TryReadYear(text, y, out int year) && !TryReadShortYear(text, y, asOfMonth / 12, out year, out yearEnd)
                && !(monthSlashShortYears && TryReadBareShortYear(text, y, asOfMonth / 12, out year, out yearEnd) && !YearFollows(text, yearEnd))) return false;
            mark = new DateMark(i, yearEnd, year, month);
            toMonthExclusive = year * 12 + month;
            return true;
        }

        // An era date as the end: "民國111年9月～民國112年12月", "平成29年4月～令和2年3月".
        if (TryReadEraDate(text, i, out var eraEnd))
        {
            mark = eraEnd;
            toMonthExclusive = eraEnd.Month is int eraMonth ? eraEnd.Year * 12 + eraMonth : eraEnd.Year * 12;
            return true;
        }
        // A year cut to two digits alone, as its start was: "'12 – '19" (Fresh92, t12).
        if (text[i] is '\'' or '\u2019' && TryReadShortYear(text, i, asOfMonth / 12, out int shortYear, out int shortEnd))
        {
            // Or with its month after a dot, as Korean CVs write it: "'19.9 – '21.8" (Fresh196, t11).
            if (TryReadDottedMonth(text, shortEnd, out int dottedMonth, out int dottedEnd))
            {
                mark = new DateMark(i, dottedEnd, shortYear, dottedMonth);
                toMonthExclusive = shortYear * 12 + dottedMonth;
                return true;
            }
            mark = new DateMark(i, shortEnd, shortYear, null);
            toMonthExclusive = shortYear * 12;
            return true;
        }
        if (!char.IsAsciiDigit(text[i])) return false;
        if (TryReadYear(text, i, out int plainYear))
        {
            if (TryReadSchoolYear(text, i + 4, plainYear, out int schoolYearEnd) && style.ReadsSchoolYears)
            {
                mark = new DateMark(i, schoolYearEnd, plainYear + 1, SchoolYearFirstMonth - 1);
                toMonthExclusive = (plainYear + 1) * 12 + SchoolYearFirstMonth - 1;
                return true;
            }
            if (TryReadMonthAfterYear(text, i + 4, out int monthAfterYear, out int monthEnd))
            {
                mark = new DateMark(i, monthEnd, plainYear, monthAfterYear);
                toMonthExclusive = plainYear * 12 + monthAfterYear;
                return true;
            }
            if (TryReadMonthInParentheses(text, i + 4, out int endMonth, out int endOfMonth))
            {
                mark = new DateMark(i, endOfMonth, plainYear, endMonth);
                toMonthExclusive = plainYear * 12 + endMonth;
                return true;
            }
            mark = new DateMark(i, i + 4, plainYear, null);
            toMonthExclusive = plainYear * 12;
            return true;
        }
        int slash = i;
        while (slash < text.Length && char.IsAsciiDigit(text[slash]) && slash - i < 2) slash++;
        if (slash < text.Length && (text[slash] is '/' or '.' || text[slash] == '-' && IsAMonthYearWithAHyphen(text, slash + 1))
            && int.TryParse(text[i..slash], NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12
            && TryReadYear(text, slash + 1, out int slashYear))
        {
            mark = new DateMark(i, slash + 5, slashYear, m);
            toMonthExclusive = slashYear * 12 + m;
            return true;
        }
        if (monthSlashShortYears && slash + 1 < text.Length && TryReadMonthSlashShortYear(text, slash + 1, asOfMonth / 12, out var shortMark)
            && shortMark.Start == i)
        {
            mark = shortMark;
            toMonthExclusive = shortMark.Year * 12 + shortMark.Month!.Value;
            return true;
        }
        // A whole date ("13/02/2021", "07/15/2019", "31-03-2021"), its month read in the resume's order. Unread, an Australian or
        // European range ("03/07/2017 - 13/02/2021") was no role, and the role above it took in its years and its bullets.
        if (slash < text.Length && text[slash] is '/' or '.' or '-')
        {
            int second = slash + 1, secondEnd = second;
            while (secondEnd < text.Length && char.IsAsciiDigit(text[secondEnd]) && secondEnd - second < 2) secondEnd++;
            int dateYearEnd = secondEnd + 5;
            // Or Denmark's day, slash, month, hyphen, year: "31/12-2023" (Fresh174, t09).
            bool danish = text[slash] == '/' && secondEnd < text.Length && text[secondEnd] == '-';
            if (secondEnd > second && secondEnd < text.Length && (text[secondEnd] == text[slash] || danish)
                && (TryReadYear(text, secondEnd + 1, out int dateYear)
                    // Its year cut to two digits, as its start's was: "01.04.20 - 31.12.23" (Fresh98, t09).
                    || monthSlashShortYears && ShortYearAt(text, secondEnd + 1, asOfMonth / 12, out dateYear) && (dateYearEnd = secondEnd + 3) > 0)
                && int.TryParse(text[i..slash], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
                && int.TryParse(text[second..secondEnd], NumberStyles.None, CultureInfo.InvariantCulture, out int middle))
            {
                int month = danish ? middle : MonthOfAWholeDate(first, middle, ref style);
                if (month is >= 1 and <= 12)
                {
                    mark = new DateMark(i, dateYearEnd, dateYear, month);
                    toMonthExclusive = dateYear * 12 + month;
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The month of a whole date from its first two numbers: the middle one for a resume that writes day first, else the first;
    /// the other one when the first choice can be no month ("13/02/2021" in a US resume, "07/15/2019" in a European one).
    /// 0 when neither is a month.
    /// </summary>
    /// <remarks>
    /// The resume's order is read (a walk of its whole text, <see cref="WritesDayFirst"/>) only when it decides: two different
    /// numbers that could each be the month. Any other pair reads the same either way ("13/02/2021" is February in both orders,
    /// "05/05/2021" May), and most whole dates, and every two digits the caller tries as a short year, are such pairs.
    /// </remarks>
    static int MonthOfAWholeDate(int first, int middle, ref DateStyle style)
    {
        bool dayFirst = first != middle && first is >= 1 and <= 12 && middle is >= 1 and <= 12 && style.DayFirst;
        var (month, day) = dayFirst ? (middle, first) : (first, middle);
        if (month is >= 1 and <= 12 && day is >= 1 and <= 31) return month;
        return day is >= 1 and <= 12 && month is >= 1 and <= 31 ? day : 0;
    }

    /// <summary>
    /// How a resume writes its dates, read from its whole text the first time a date needs it: most resumes have no whole date
    /// and no school year, and are never read for it.
    /// </summary>
    ref struct DateStyle
    {
        readonly ReadOnlySpan<char> _text;
        bool? _dayFirst, _yearMonths;

        public DateStyle(ReadOnlySpan<char> text) => _text = text;

        /// <summary>US order and school years read: for a clause read alone.</summary>
        public static DateStyle Plain => new() { _dayFirst = false, _yearMonths = false };

        /// <summary>Whether whole dates are written day first (<see cref="WritesDayFirst"/>).</summary>
        public bool DayFirst => _dayFirst ??= WritesDayFirst(_text);

        /// <summary>Whether "2010-11" is a school year: not in a resume that writes months as numbers after years (<see cref="WritesYearMonths"/>).</summary>
        public bool ReadsSchoolYears => !(_yearMonths ??= WritesYearMonths(_text));
    }

    /// <summary>
    /// Whether the resume writes months as numbers after their years ("2012-06 - present", "2016-03 - 2021-06"), as some
    /// exports do: a month that cannot be a school year's second year shows it, and then "2010-11" is November 2010, not a
    /// school year (an independent review: a senior's ISO-dated resume lost its level).
    /// </summary>
    static bool WritesYearMonths(ReadOnlySpan<char> text)
    {
        for (int from = 0, found; (found = text[from..].IndexOfAny('-', '/')) >= 0;)
        {
            int at = from + found;
            from = at + 1;
            if (at < 4 || at + 3 > text.Length || !char.IsAsciiDigit(text[at + 1]) || !char.IsAsciiDigit(text[at + 2])) continue;
            if (at + 3 < text.Length && char.IsAsciiDigit(text[at + 3])) continue;
            if (!TryReadYear(text, at - 4, out int year) || (at > 4 && char.IsAsciiDigit(text[at - 5]))) continue;
            int month = (text[at + 1] - '0') * 10 + (text[at + 2] - '0');
            if (month is >= 1 and <= 12 && month != (year + 1) % 100) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the year at <paramref name="yearStart"/> ends a whole date written with hyphens, "d-m-yyyy" or "dd-mm-yyyy": one or
    /// two digits, a hyphen, one or two digits, a hyphen, the year, with no digit before.
    /// </summary>
    static bool IsAWholeDateWithHyphens(ReadOnlySpan<char> text, int yearStart)
    {
        if (yearStart < 4 || text[yearStart - 1] != '-') return false;
        int middle = yearStart - 1;
        while (middle > 0 && char.IsAsciiDigit(text[middle - 1]) && yearStart - 1 - middle < 2) middle--;
        if (middle == yearStart - 1 || middle < 2 || text[middle - 1] != '-') return false;
        int first = middle - 1;
        while (first > 0 && char.IsAsciiDigit(text[first - 1]) && middle - 1 - first < 2) first--;
        return first < middle - 1 && (first == 0 || !char.IsAsciiDigit(text[first - 1]));
    }

    /// <summary>
    /// Whether the resume writes whole dates day first ("14/02/2021", as in Europe, Australia and most of the world), as its
    /// dates with a number over 12 show: more of them in first place than in the middle. A US date on the first of a month
    /// ("07/01/2019") was read as January when each date was read alone (an independent review); with no such number, US order.
    /// </summary>
    static bool WritesDayFirst(ReadOnlySpan<char> text)
    {
        // "W.E.F." is the Commonwealth's, whose dates are day first ("W.E.F. 01/07/2022": a second review).
        int dayFirst = text.Contains("w.e.f", StringComparison.OrdinalIgnoreCase) ? 1 : 0, monthFirst = 0, ambiguous = 0, from = 0;
        for (int at; (at = NextSeparatorAfterADigit(text, from)) >= 0;)
        {
            from = at + 1;
            // "dd/mm/yyyy": one or two digits, the separator, one or two digits, the same separator, four digits.
            int firstStart = at;
            while (firstStart > 0 && char.IsAsciiDigit(text[firstStart - 1]) && at - firstStart < 2) firstStart--;
            if (firstStart == at || (firstStart > 0 && char.IsAsciiDigit(text[firstStart - 1]))) continue;
            int middleEnd = at + 1;
            while (middleEnd < text.Length && char.IsAsciiDigit(text[middleEnd]) && middleEnd - at - 1 < 2) middleEnd++;
            // Or two digits ("31.03.20", Fresh98, t09), but only for a dot or a slash: "12-05-20" may be an ISO date cut short.
            if (middleEnd == at + 1 || middleEnd >= text.Length || text[middleEnd] != text[at]
                || !TryReadYear(text, middleEnd + 1, out _) && !(text[at] is '.' or '/' && ShortYearAt(text, middleEnd + 1, 2100, out _))) continue;
            int first = int.Parse(text[firstStart..at], NumberStyles.None, CultureInfo.InvariantCulture);
            int middle = int.Parse(text[(at + 1)..middleEnd], NumberStyles.None, CultureInfo.InvariantCulture);
            if (first is > 12 and <= 31 && middle is >= 1 and <= 12) dayFirst++;
            else if (middle is > 12 and <= 31 && first is >= 1 and <= 12) monthFirst++;
            // Dots between a whole date's numbers are Europe's, day first, as no US writer dots them ("01.09.2023 – d.d.": a
            // Norwegian family therapist's post read from January).
            else if (first is >= 1 and <= 12 && middle is >= 1 and <= 12)
            {
                if (text[at] == '.') dayFirst++;
                else ambiguous++;
            }
            // Past its year; a short year may end the text ("31.03.20" last: a resume threw here, and the API answered 500).
            from = Math.Min(text.Length, middleEnd + 5);
        }
        // Every whole date could be either ("1/7/2021"): where the writer lives tells, as Australia, New Zealand, the UK and Ireland
        // write the day first (Fresh102, t12: a Newcastle NSW counsellor's "1/7/2021 – current", 1 July, read as January).
        // Only the header's address and phone tell: an employer named "Ireland Army Health Clinic" (Fort Knox) is in Kentucky (an
        // independent review).
        // Or a form's "Address:" line near the top, below a header of name and credentials ("Address:      Glenview, Carrigaline, Co.
        // Cork": Fresh160, t12, an Irish play therapist's "01/06/2019" read as January).
        if (dayFirst == monthFirst && ambiguous > 0)
            return HeaderOf(text).IndexOfAny(DayFirstCountries) >= 0 || LabelledAddressOf(text).IndexOfAny(DayFirstCountries) >= 0;
        return dayFirst > monthFirst;
    }

    /// <summary>
    /// The first '/', '.' or '-' at or after <paramref name="from"/> right after a digit, or -1: the only separators a whole date's
    /// first number stands before (<see cref="WritesDayFirst"/>). Found from the digits' runs: every sentence's full stop and
    /// every hyphenated word was a search of its own, and a resume has fewer numbers than them.
    /// </summary>
    static int NextSeparatorAfterADigit(ReadOnlySpan<char> text, int from)
    {
        if (from > 0 && from < text.Length && text[from] is '/' or '.' or '-' && char.IsAsciiDigit(text[from - 1])) return from;
        while (from < text.Length)
        {
            int digit = text[from..].IndexOfAnyInRange('0', '9');
            if (digit < 0) return -1;
            int runEnd = from + digit + 1;
            while (runEnd < text.Length && char.IsAsciiDigit(text[runEnd])) runEnd++;
            if (runEnd < text.Length && text[runEnd] is '/' or '.' or '-') return runEnd;
            from = runEnd + 1;
        }
        return -1;
    }

    /// <summary>
    /// The line labelled "Address:" among the resume's first lines, its value only; empty where there is none. Not a referee's
    /// address at the foot of a short page (an independent review: an Irish referee's made a Boston counselor's dates day first).
    /// </summary>
    static ReadOnlySpan<char> LabelledAddressOf(ReadOnlySpan<char> text)
    {
        const int HeaderLines = 10;
        int topEnd = 0;
        for (int line = 0; line < HeaderLines && topEnd < text.Length; line++)
            topEnd = text[topEnd..].IndexOf('\n') is int next and >= 0 ? topEnd + next + 1 : text.Length;
        var top = text[..Math.Min(topEnd, 600)];
        for (int from = 0, found; (found = top[from..].IndexOf("address:", StringComparison.OrdinalIgnoreCase)) >= 0;)
        {
            int at = from + found;
            from = at + 1;
            var (lineStart, lineEnd) = Clauses.LineAround(top, at);
            if (!top[lineStart..at].IsWhiteSpace()) continue;
            return top[(at + "address:".Length)..lineEnd];
        }
        return [];
    }

    /// <summary>The resume's header, its name, address and phone: the lines before its first blank line, a few at most.</summary>
    static ReadOnlySpan<char> HeaderOf(ReadOnlySpan<char> text)
    {
        const int HeaderReach = 400;
        var header = text[..Math.Min(text.Length, HeaderReach)].TrimStart();
        // The name's line is no address ("Kevin Ireland"), and a name alone over a blank line has its address below it
        // ("JANE DOE", "", "Melbourne VIC 3000 | +61 ...": a second review).
        int nameEnd = header.IndexOf('\n');
        if (nameEnd < 0) return [];
        header = header[(nameEnd + 1)..].TrimStart();
        int blank = BlankLineIn(header);
        return blank < 0 ? header : header[..blank];
    }

    static int BlankLineIn(ReadOnlySpan<char> text)
    {
        int blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        int crlf = text.IndexOf("\n\r\n", StringComparison.Ordinal);
        return blank < 0 ? crlf : crlf < 0 ? blank : Math.Min(blank, crlf);
    }

    /// <summary>Countries, states and phone codes that write whole dates day first, as a resume's header names them.</summary>
    static readonly System.Buffers.SearchValues<string> DayFirstCountries = System.Buffers.SearchValues.Create(
        // Not "England": "Portland, Maine (New England)" is in the US (a second review).
        ["australia", "new zealand", "aotearoa", "united kingdom", "ireland", "scotland", "wales", "south africa", ", uk",
            "+61", "+64", "+44", "+353", "+27", "+91", "india", " nsw ", " nsw,", " qld", "queensland", "tasmania", " vic ", " vic,",
            "western australia", "perth", "cape town", "western cape", "gauteng",
            // Ireland's counties as its addresses write them ("Carrigaline, Co. Cork"); not "Co." alone, Colorado's too ("Denver, Co.
            // 80202": an independent review).
            "co. antrim", "co. armagh", "co. carlow", "co. cavan", "co. clare", "co. cork", "co. derry", "co. donegal", "co. down",
            "co. dublin", "co. fermanagh", "co. galway", "co. kerry", "co. kildare", "co. kilkenny", "co. laois", "co. leitrim",
            "co. limerick", "co. longford", "co. louth", "co. mayo", "co. meath", "co. monaghan", "co. offaly", "co. roscommon",
            "co. sligo", "co. tipperary", "co. tyrone", "co. waterford", "co. westmeath", "co. wexford", "co. wicklow"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A month with its year cut to two digits after an apostrophe ("Sep. '25", "Jan ’19"), as resumes short of room write
    /// them. Only after a month: alone, an apostrophe and two digits are a decade or a class ("the '90s", "Class of '19").
    /// </summary>
    static bool TryReadShortStart(ReadOnlySpan<char> text, int digitsStart, int digitsEnd, int asOfYear, out DateMark mark)
    {
        mark = default;
        if (digitsStart == 0) return false;
        if (!TryReadShortYear(text, digitsStart - 1, asOfYear, out int year, out _))
            return TryReadMonthAndBareShortYear(text, digitsStart, digitsEnd, asOfYear, out mark);
        int j = digitsStart - 2;
        while (j >= 0 && text[j] is ' ' or '.' or ',' or '\u00A0') j--;
        int wordEnd = j + 1;
        while (j >= 0 && char.IsAsciiLetter(text[j])) j--;
        if (wordEnd == j + 1 || !MonthLookup.TryGetValue(text[(j + 1)..wordEnd], out int month))
        {
            // A year alone so cut is a post's start only as a table's cell or a line's start, a range's dash after it: "| '24 – pres. |",
            // "'12 – '19" (Fresh92, t12: a counselor's table of posts, every year written so, was unread).
            // Or past a gap after its title, in a date column: "Police Officer / Corporal          '08 - '17" (Fresh104, t09).
            bool afterAGap = digitsStart >= 4 && text.Slice(digitsStart - 4, 3).IndexOfAnyExcept(' ') < 0 || digitsStart >= 2 && text[digitsStart - 2] == '\t';
            // Its month after a dot: "'19.9 – '21.8" (Fresh196, t11).
            bool dotted = TryReadDottedMonth(text, digitsEnd, out int dottedMonth, out int dottedEnd);
            // A gap before it may follow a title's closing note too: "Barracks Life Counselor (contract)        '19.9 – '21.8".
            if (!afterAGap && (wordEnd != j + 1 || j >= 0 && text[j] is not ('|' or '\t' or '\n' or '(' or ' ' or ',' or '\u2014' or '\u2013' or '-'))
                || !StartsARange(text, dotted ? dottedEnd : digitsEnd)) return false;
            mark = dotted ? new DateMark(digitsStart - 1, dottedEnd, year, dottedMonth) : new DateMark(digitsStart - 1, digitsEnd, year, null);
            return true;
        }
        mark = new DateMark(j + 1, digitsEnd, year, month);
        return true;
    }

    /// <summary>
    /// A month and its year cut to two digits with no apostrophe, as a post's start before a range to a month so written or to a
    /// post held now: "Sept 19 - present", "Mar 22 - date", "Nov 17 - Jul 22" (Fresh126, t12: a Birmingham counsellor's seven
    /// years unread). Only so: "Sept 19" alone may be a day.
    /// </summary>
    static bool TryReadMonthAndBareShortYear(ReadOnlySpan<char> text, int digitsStart, int digitsEnd, int asOfYear, out DateMark mark)
    {
        mark = default;
        // Or a month name and a slash: "Feb/23 - now" (Fresh131, t09: an Australian counsellor's private practice unread).
        // Or joined by a hyphen: "Jun-23 – present", "Mar-22 – May-23" (Fresh142, t12: a Derry counsellor's three posts unread).
        bool hyphen = text[digitsStart - 1] == '-' && digitsStart >= 2 && char.IsAsciiLetter(text[digitsStart - 2]);
        if (text[digitsStart - 1] is not (' ' or '/') && !hyphen || digitsEnd < text.Length && char.IsLetterOrDigit(text[digitsEnd])) return false;
        // The month's word before the digits, found with no lookup: most two-digit numbers in a text follow a word too short to be a
        // month ("of 25 to 35 clients", "in a 24-bed unit", "rose to 66%"), and are turned down before the connector's lookup.
        int j = digitsStart - 1;
        bool slash = text[j] == '/';
        if (slash || hyphen) j--;
        else
            while (j >= 0 && text[j] is ' ' or '.') j--;
        int wordEnd = j + 1;
        while (j >= 0 && char.IsAsciiLetter(text[j])) j--;
        if (wordEnd - (j + 1) < ShortestAsciiMonth || j >= 0 && char.IsLetterOrDigit(text[j])) return false;
        // After a dash, or a connector's word ("Sep 19 to present", "Jan 20 to current": a review's probes).
        int joint = SkipSpaces(text, digitsEnd);
        if (joint >= text.Length) return false;
        int jointEnd;
        if (IsRangeDash(text[joint])) jointEnd = joint + 1;
        else
        {
            jointEnd = DateWordEnd(text, joint);
            // Not "a" or "al", which are English words as well.
            if (jointEnd == joint || !ConnectorLookup.Contains(text[joint..jointEnd]) || jointEnd - joint <= 2 && text[joint] is 'a' or 'A') return false;
        }
        if (!(MonthLookup.TryGetValue(text[(j + 1)..wordEnd], out int month)
            || (slash || hyphen) && MonthBeforeSlashLookup.TryGetValue(text[(j + 1)..wordEnd], out month))) return false;
        // What follows the dash: a post held now, or a month and a year, two digits or four; not a day's month and a year after
        // it ("Sept 19 - Nov 21, 2024" are days: a review's probe).
        int after = SkipSpaces(text, jointEnd);
        int endWord = DateWordEnd(text, after);
        if (endWord == after) return false;
        if (!OngoingLookup.Contains(text[after..endWord]))
        {
            // Portuguese and Spanish abbreviations that are English words too ("ago", "set", "out") joined to the year as the start
            // is: "mar-20 – ago-22" (Fresh176, t11).
            bool joinedAsTheStart = hyphen && endWord < text.Length && text[endWord] == '-';
            if (!MonthLookup.ContainsKey(text[after..endWord]) && !(joinedAsTheStart && MonthBeforeSlashLookup.ContainsKey(text[after..endWord])))
                return false;
            int y = endWord;
            if (hyphen && y < text.Length && text[y] == '-') y++;
            else while (y < text.Length && text[y] is ' ' or '.') y++;
            if (!(TryReadYear(text, y, out _) || TryReadBareShortYear(text, y, asOfYear, out _, out int shortEnd) && !YearFollows(text, shortEnd))) return false;
        }
        mark = new DateMark(j + 1, digitsEnd, YearOfTwoDigits(text[digitsStart], text[digitsStart + 1], asOfYear), month);
        return true;
    }

    /// <summary>
    /// Whether the words before a degree say the entry was done as a part of it: "January 2025 - June 2025 (6 months, 480 hours, as
    /// part of M.A. Psychology)" under "Intern (Counselling Psychology)" is the degree's placement (Fresh133, t02: read as study, a new
    /// counsellor's internship was dropped).
    /// </summary>
    static bool IsWhatThePlacementWasPartOf(ReadOnlySpan<char> before)
    {
        var words = before.TrimEnd(" ,(");
        foreach (var part in (ReadOnlySpan<string>)["as part of", "part of", "as part of the", "part of the", "as part of my", "part of my"])
            if (words.EndsWith(part, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether "B.S." at <paramref name="at"/> follows a date: Nepal's Bikram Sambat calendar ("W.E.F. 2082/09/17 B.S. (1 January
    /// 2026) - to date": Fresh133, t02, where read as a Bachelor of Science the line was study and the post unread).
    /// </summary>
    static bool NamesACalendarAfterADate(ReadOnlySpan<char> line, int at)
    {
        var before = line[..at].TrimEnd();
        if (before.IsEmpty || !char.IsAsciiDigit(before[^1])) return false;
        var word = line[at..];
        return word.StartsWith("B.S", StringComparison.Ordinal) || word.StartsWith("BS ", StringComparison.Ordinal);
    }

    /// <summary>A month's name and a four-digit year at <paramref name="at"/> ("April 2025"), as a range's end.</summary>
    static bool ReadsMonthYearAt(ReadOnlySpan<char> text, int at, out DateMark mark, out int toMonthExclusive)
    {
        mark = default;
        toMonthExclusive = 0;
        int wordEnd = DateWordEnd(text, at);
        if (wordEnd == at || !MonthLookup.TryGetValue(text[at..wordEnd], out int month)) return false;
        int y = SkipSpaces(text, wordEnd);
        if (!TryReadYear(text, y, out int year)) return false;
        mark = new DateMark(at, y + 4, year, month);
        toMonthExclusive = year * 12 + month;
        return true;
    }

    /// <summary>Whether a four-digit year follows, after a comma or a space: the two digits before it were a day ("Nov 21, 2024").</summary>
    static bool YearFollows(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] is ',' or ' ') at++;
        return TryReadYear(text, at, out _);
    }

    /// <summary>Two digits standing alone as a year ("Jul 22"), read only after a month whose start was so written.</summary>
    static bool TryReadBareShortYear(ReadOnlySpan<char> text, int at, int asOfYear, out int year, out int end)
    {
        year = 0;
        end = at + 2;
        if (end > text.Length || !char.IsAsciiDigit(text[at]) || !char.IsAsciiDigit(text[at + 1])) return false;
        if (end < text.Length && char.IsLetterOrDigit(text[end])) return false;
        year = YearOfTwoDigits(text[at], text[at + 1], asOfYear);
        return true;
    }

    /// <summary>
    /// A whole date with its year cut to two digits ("01.04.20", "31/12/23"), as East and Southern African CVs write a post's dates
    /// (Fresh98, t09: a Zambian programme manager's four years unread), whose year's two digits start at <paramref name="yearStart"/>;
    /// its month read in the resume's order. The caller reads it only as a range set apart as a field.
    /// </summary>
    static bool TryReadWholeDateWithAShortYear(ReadOnlySpan<char> text, int yearStart, int asOfYear, ref DateStyle style, out DateMark mark)
    {
        mark = default;
        if (yearStart < 4 || !ShortYearAt(text, yearStart, asOfYear, out int year)) return false;
        char separator = text[yearStart - 1];
        if (separator is not ('.' or '/')) return false;
        int middleEnd = yearStart - 1, middle = middleEnd;
        while (middle > 0 && char.IsAsciiDigit(text[middle - 1]) && middleEnd - middle < 2) middle--;
        if (middle == middleEnd || middle < 2 || text[middle - 1] != separator) return false;
        int firstEnd = middle - 1, first = firstEnd;
        while (first > 0 && char.IsAsciiDigit(text[first - 1]) && firstEnd - first < 2) first--;
        if (first == firstEnd || first > 0 && (char.IsLetterOrDigit(text[first - 1]) || text[first - 1] is '.' or '/')) return false;
        int month = MonthOfAWholeDate(int.Parse(text[first..firstEnd], NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(text[middle..middleEnd], NumberStyles.None, CultureInfo.InvariantCulture), ref style);
        if (month is < 1 or > 12) return false;
        mark = new DateMark(first, yearStart + 2, year, month);
        return true;
    }

    /// <summary>Two digits standing alone as a year at <paramref name="at"/> ("23" in "31.12.23"): the century that puts it no later than next year.</summary>
    static bool ShortYearAt(ReadOnlySpan<char> text, int at, int asOfYear, out int year)
    {
        year = 0;
        if (at + 2 > text.Length || !char.IsAsciiDigit(text[at]) || !char.IsAsciiDigit(text[at + 1])
            || at + 2 < text.Length && (char.IsLetterOrDigit(text[at + 2]) || text[at + 2] is '.' or '/' && at + 3 < text.Length && char.IsAsciiDigit(text[at + 3])))
            return false;
        year = YearOfTwoDigits(text[at], text[at + 1], asOfYear);
        return true;
    }

    /// <summary>
    /// A month and a two-digit year ("9/22", "12/24") whose year's two digits start at <paramref name="yearStart"/>, as an email
    /// paste or a short resume writes a post's dates (Fresh38, t10: a substance use counselor's every post was unread, and only a
    /// warehouse job was left). Not a whole date's end ("3/5/22") nor a year of four digits. The caller reads it only as a range
    /// at its line's end.
    /// </summary>
    static bool TryReadMonthSlashShortYear(ReadOnlySpan<char> text, int yearStart, int asOfYear, out DateMark mark)
    {
        mark = default;
        int yearEnd = yearStart + 2;
        if (yearStart < 2 || yearEnd > text.Length || text[yearStart - 1] is not ('/' or '.') || !char.IsAsciiDigit(text[yearStart])
            || !char.IsAsciiDigit(text[yearStart + 1])) return false;
        if (yearEnd < text.Length && (char.IsLetterOrDigit(text[yearEnd]) || text[yearEnd] is '/' or '.' && yearEnd + 1 < text.Length && char.IsAsciiDigit(text[yearEnd + 1]))) return false;
        int monthStart = yearStart - 1;
        while (monthStart > 0 && char.IsAsciiDigit(text[monthStart - 1]) && yearStart - 1 - monthStart < 2) monthStart--;
        if (monthStart == yearStart - 1 || (monthStart > 0 && (char.IsLetterOrDigit(text[monthStart - 1]) || text[monthStart - 1] is '/' or '.'))) return false;
        // With a dot only as two digits and two ("09.21 – now", as Malaysian and Singaporean tables write it: Fresh163, t11): "4.5"
        // is a figure.
        if (text[yearStart - 1] == '.' && yearStart - 1 - monthStart != 2) return false;
        int month = yearStart - 1 - monthStart == 1 ? text[monthStart] - '0' : (text[monthStart] - '0') * 10 + (text[monthStart + 1] - '0');
        if (month is < 1 or > 12) return false;
        int year = 2000 + (text[yearStart] - '0') * 10 + (text[yearStart + 1] - '0');
        if (year > asOfYear + 1) year -= 100;
        mark = new DateMark(monthStart, yearEnd, year, month);
        return true;
    }

    /// <summary>
    /// Whether the dates from <paramref name="start"/> to <paramref name="end"/> stand as a field of their own: opening their line,
    /// after a wide gap, a tab, a pipe or a parenthesis, and closing it, a table's cell or a note ("9/22 - 4/25 (part-time)",
    /// "(9/22 - 4/25)", "| 1/20 - now |", "5/25 - present."). After a word and one space they are a sentence's numbers.
    /// </summary>
    static bool StandsAsAField(ReadOnlySpan<char> text, int start, int end)
    {
        int before = start;
        while (before > 0 && text[before - 1] is ' ') before--;
        // After a word and one space, a score's or a rating's change is no field: "rose 2/10 - 8/10", "up from 4/10 - 8/10". Any
        // other word may end a title or an employer's name ("at Stairways Behavioral Health 9/22 - present": a second review).
        if (start - before == 1 && before > 0 && char.IsLetter(text[before - 1]))
        {
            int wordStart = before;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            if (ScoreChangeLookup.Contains(text[wordStart..before])) return false;
        }
        bool opensItsLine = before == 0 || text[before - 1] is '\n' or '\r';
        int after = SkipSpaces(text, end);
        // A table's row opening with its dates: "9/22 - present     Outpatient Therapist     Portage Path" (a second review).
        if (opensItsLine && (after - end >= 2 || after > end && text[end] == '\t') && after < text.Length && text[after] is not ('\r' or '\n')) return true;
        // Or one space before the title, as a German CV sets its dates column: "01/19 – 05/23 Psychologin, Klinik am Park" (a
        // review's probe under "ab 06/23").
        if (opensItsLine && after == end + 1 && after < text.Length && char.IsUpper(text[after])) return true;
        // A footnote's mark after the end: "3/22 – present*" over "*On parental leave Jan–Aug 2024" (Fresh184, t10).
        while (after < text.Length && text[after] is '*' or '\u2020' or '\u2021') after = SkipSpaces(text, after + 1);
        if (after < text.Length && text[after] is ')' or '.') after = SkipSpaces(text, after + 1);
        if (after < text.Length && text[after] == '(')
        {
            int close = text[after..].IndexOfAny(')', '\n');
            if (close < 0 || text[after + close] != ')') return false;
            after = SkipSpaces(text, after + close + 1);
        }
        return after >= text.Length || text[after] is '\r' or '\n' or '|';
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ScoreChangeLookup = new HashSet<string>(
        ["from", "rose", "up", "to", "improved", "increased", "decreased", "fell", "dropped", "went", "score", "scores", "rating",
            "ratings", "averaged", "of", "by", "between", "grew", "moved", "climbed", "reduced"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An apostrophe and two digits at <paramref name="at"/>, ending there ("'90s" is a decade), as the latest year that
    /// is not past the year after the as-of date: "'25" is 2025 and "'98" 1998.
    /// </summary>
    static bool TryReadShortYear(ReadOnlySpan<char> text, int at, int asOfYear, out int year, out int end)
    {
        year = 0;
        end = at + 3;
        if (end > text.Length || text[at] is not ('\'' or '\u2019') || !char.IsAsciiDigit(text[at + 1]) || !char.IsAsciiDigit(text[at + 2])) return false;
        if (end < text.Length && char.IsLetterOrDigit(text[end])) return false;
        year = YearOfTwoDigits(text[at + 1], text[at + 2], asOfYear);
        return true;
    }

    /// <summary>A year written with two digits, in the century that puts it no later than the year after <paramref name="asOfYear"/>.</summary>
    static int YearOfTwoDigits(char tens, char ones, int asOfYear)
    {
        int year = 2000 + (tens - '0') * 10 + (ones - '0');
        return year > asOfYear + 1 ? year - 100 : year;
    }

    static bool TryReadYear(ReadOnlySpan<char> text, int at, out int year)
    {
        year = 0;
        if (at + 4 > text.Length) return false;
        if (at + 4 < text.Length && char.IsAsciiDigit(text[at + 4])) return false;
        var digits = text.Slice(at, 4);
        if (digits.ContainsAnyExceptInRange('0', '9')) return false;
        year = FourDigits(digits);
        return year is >= 1950 and <= 2100;
    }

    /// <summary>Four ASCII digits as a number: what int.Parse gives, without its culture lookups.</summary>
    static int FourDigits(ReadOnlySpan<char> digits) =>
        (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 + (digits[3] - '0');

    /// <summary>Whether the words before a range end on a pay grade and its opening bracket: "Grade S44 (", "Band 6 (", "Gred DG41 (".</summary>
    static bool NamesAGradeRightBefore(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(' ');
        if (before.Length == 0 || before[^1] != '(') return false;
        before = before[..^1].TrimEnd(' ');
        int tokenStart = before.Length;
        while (tokenStart > 0 && char.IsAsciiLetterOrDigit(before[tokenStart - 1])) tokenStart--;
        if (tokenStart == before.Length || !before[tokenStart..].ContainsAnyInRange('0', '9')) return false;
        var words = before[..tokenStart].TrimEnd(' ');
        foreach (var grade in (ReadOnlySpan<string>)["grade", "band", "gred", "step", "scale", "pay band", "level"])
            if (words.EndsWith(grade, StringComparison.OrdinalIgnoreCase) && (words.Length == grade.Length || !char.IsLetter(words[^(grade.Length + 1)])))
                return true;
        return false;
    }

    /// <summary>Labels a form puts before a range's end on the line under its start ("To: Present", "End Date: 05/2014").</summary>
    static readonly string[] EndLabels = ["to", "end date", "end", "until", "date to", "finish", "finish date", "finished", "ended", "last day",
        // British forms' own words (a second review: "Date left: 03/2024" was read as no end, and the post as held now).
        "date left", "leaving date", "date of leaving", "employed until", "left", "employment ended", "date ended",
        // Spanish and Portuguese job boards' fields ("Fecha desde: 03/2022   Fecha hasta: Actualidad", a ZonaJobs export: Fresh93,
        // t05, whose posts were no ranges).
        "fecha hasta", "fecha de fin", "fecha fin", "fecha de término", "hasta", "data de fim", "data de término", "data fim", "até"];

    /// <summary>
    /// Where a form's <paramref name="label"/> at the start of <paramref name="text"/> ends: after its colon ("From: 02/2021"), or
    /// where the gap after it starts, a tab or two spaces, as a form's printable view aligns its values without colons ("From
    /// 02/2021" over "To          Current": Fresh38, t01, a Workday profile whose posts were none); -1 when the label is not there.
    /// </summary>
    static int FormLabelEnd(ReadOnlySpan<char> text, string label)
    {
        if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return -1;
        int end = label.Length;
        if (end < text.Length && text[end] == ':') return end + 1;
        // The date's format noted before the colon, as a state's application form prints it: "From (mo/yr): 07/2020        To
        // (mo/yr): Present" (Fresh87, t04: a correctional counselor's posts unread, and a bullet's caseload years read as one).
        // Only a format: "Left (reason): N/A - in post" is no date's label (a review of session 50).
        if (end + 2 < text.Length && text[end] == ' ' && text[end + 1] == '(' && text[(end + 2)..].IndexOf(')') is int close and >= 1 and <= 12
            && end + 3 + close < text.Length && text[end + 3 + close] == ':' && IsADateFormatsNote(text.Slice(end + 2, close)))
            return end + 4 + close;
        return end < text.Length && (text[end] == '\t' || end + 1 < text.Length && text[end] == ' ' && text[end + 1] == ' ') ? end : -1;
    }

    /// <summary>A date's format as a form notes it: "mo/yr", "mm/yyyy", "Month/Year", "mm/dd/yyyy", "MM-YY".</summary>
    static bool IsADateFormatsNote(ReadOnlySpan<char> note)
    {
        if (note.IndexOfAny('/', '-', '.') < 0) return false;
        foreach (var part in note.SplitAny('/', '-', '.'))
            if (!DateFormatPartLookup.Contains(note[part])) return false;
        return true;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateFormatPartLookup = new HashSet<string>(
        ["m", "mm", "mo", "mon", "month", "d", "dd", "day", "y", "yy", "yyyy", "yr", "year"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// For a start alone on its line under a label alone on the line above ("From", "Start Date"), where a print view gives the
    /// end: the start of the value under a "To" or "End Date" line below, or, with <paramref name="heldNow"/>, the start's own end
    /// where "I currently work here" over "Yes" stands above (the range ends where its start does). Null when the start is not so
    /// laid out, and the range is read as any other.
    /// </summary>
    static int? LabelledLineBelow(ReadOnlySpan<char> text, int startEnd, out bool heldNow)
    {
        heldNow = false;
        var (lineStart, lineEnd) = Clauses.LineAround(text, Math.Max(0, startEnd - 1));
        if (lineStart == 0 || startEnd > lineEnd || !text[startEnd..lineEnd].IsWhiteSpace()) return null;
        var (aboveStart, aboveEnd) = Clauses.LineAround(text, lineStart - 1);
        if (!IsAStartLabelAlone(text[aboveStart..aboveEnd])) return null;
        if (lineEnd + 1 < text.Length)
        {
            var (labelStart, labelEnd) = Clauses.LineAround(text, lineEnd + 1);
            var label = text[labelStart..labelEnd].Trim();
            if ((label.Equals("To", StringComparison.OrdinalIgnoreCase) || label.Equals("End Date", StringComparison.OrdinalIgnoreCase))
                && labelEnd + 1 < text.Length)
                return SkipSpaces(text, labelEnd + 1);
        }
        // Held now: the question and its answer a few fields above the label.
        int at = aboveStart;
        for (int up = 0; up < MaxFormFieldsAbove && at > 0; up++)
        {
            var (start, end) = Clauses.LineAround(text, at - 1);
            if (text[start..end].Trim().Equals("Yes", StringComparison.OrdinalIgnoreCase) && start > 0
                && text[Clauses.LineAround(text, start - 1).Start..(start - 1)].Contains("currently work here", StringComparison.OrdinalIgnoreCase))
            {
                heldNow = true;
                return startEnd;
            }
            at = start;
        }
        return null;
    }

    /// <summary>Whether the form says the post is held now, a few fields above its "From:" ("I currently work here: Yes").</summary>
    static bool SaysHeldNow(ReadOnlySpan<char> text, int startEnd)
    {
        var (start, _) = Clauses.LineAround(text, Math.Max(0, startEnd - 1));
        for (int up = 0; up < MaxFormFieldsAbove && start > 0; up++)
        {
            (start, int end) = Clauses.LineAround(text, start - 1);
            var line = text[start..end];
            int asked = line.IndexOf("currently work here", StringComparison.OrdinalIgnoreCase);
            if (asked >= 0) return line[asked..].Contains("yes", StringComparison.OrdinalIgnoreCase);
        }
        // Or below the empty end: "Start Date: 2017-09-01" / "End Date:" / "Current: Yes", as an ATS's export lists each post
        // (Fresh110, t05: a Cyprus counselling psychologist's two current posts were no posts).
        var (_, below) = Clauses.LineAround(text, Math.Max(0, startEnd - 1));
        for (int down = 0; down < 2 && below + 1 < text.Length; down++)
        {
            (int lineStart, below) = Clauses.LineAround(text, below + 1);
            var line = text[lineStart..below].Trim();
            if (line.StartsWith("current", StringComparison.OrdinalIgnoreCase) && line.IndexOf(':') is int colon and > 0 && colon <= 20)
                return line[(colon + 1)..].Trim().Equals("yes", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>Whether the line that <paramref name="startEnd"/> ends the start date of opens with a form's "From:" or "Start date:".</summary>
    static bool OpensWithFromLabel(ReadOnlySpan<char> text, int startEnd) =>
        OpensWithAFormsStartLabel(text[Clauses.LineAround(text, Math.Max(0, startEnd - 1)).Start..startEnd]);

    /// <summary>
    /// Whether the date is a form's "Start date:" ending its line, and the entry's next lines give no end: NHS Jobs' "Current
    /// employment" has a start and a notice period (Fresh56, t02: the midwife's current post was unread, and her statement's
    /// phrases stood in no role). The entry ends at a blank line or the next employer's label.
    /// </summary>
    static bool IsAFormsOpenStart(ReadOnlySpan<char> text, DateMark start)
    {
        var (lineStart, lineEnd) = Clauses.LineAround(text, start.Start);
        if (!OpensWithAFormsStartLabel(text[lineStart..start.Start]) || !(EndsItsLine(text, start.End) || OnlyAFieldFollows(text, start.End)))
            return false;
        // Past blank lines, to the next entry's first label; an end under any label ("Date left:", "Leaving date:") or a reason for
        // leaving says the post ended (a second review).
        for (int line = 0, at = lineEnd + 1; line < MaxFormFieldsAbove && at < text.Length; line++)
        {
            var (nextStart, nextEnd) = Clauses.LineAround(text, at);
            var next = text[nextStart..nextEnd].TrimStart(" \t");
            at = nextEnd + 1;
            if (next.IsWhiteSpace()) continue;
            if (StartsAnotherFormEntry(next)) return true;
            // An end label ends it, but for one saying the post goes on: "Left: still in post", "Left: -" (an independent review).
            // An empty one ("To:" under "I currently work here: No") still says it ended.
            if (TryReadAnEndLabel(next, 0, out int valueAt) || next.IndexOfAny(EndedLabels) >= 0)
            {
                if (next.IndexOfAnyInRange('0', '9') < 0 && TryReadAnEndLabel(next, 0, out valueAt) && SaysItGoesOn(next[valueAt..])) continue;
                if (LeavingFieldSaysItGoesOn(next)) continue;
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether the date is a form's "Start date:" whose entry says the post ended, by a field of leaving on its line or below
    /// ("Reason for leaving:", "Salary on leaving:"), and gives no end: a counsellor's post before her promotion to a manager's
    /// (a third review's probe: read as no post, her five years were lost). The post ran until the next one began.
    /// </summary>
    static bool IsAFormsStartThatEnded(ReadOnlySpan<char> text, DateMark start)
    {
        var (lineStart, lineEnd) = Clauses.LineAround(text, start.Start);
        if (!OpensWithAFormsStartLabel(text[lineStart..start.Start])) return false;
        var rest = text[start.End..lineEnd];
        if (!rest.IsWhiteSpace() && !(rest[0] is '\t' || rest.StartsWith("  "))) return false;
        if (TryReadAnEndLabel(rest.TrimStart(" \t"), 0, out _)) return false;
        bool leaving = SaysThePostWasLeft(rest.TrimStart(" \t"));
        for (int line = 0, at = lineEnd + 1; line < MaxFormFieldsAbove && at < text.Length; line++)
        {
            var (nextStart, nextEnd) = Clauses.LineAround(text, at);
            var next = text[nextStart..nextEnd].TrimStart(" \t");
            at = nextEnd + 1;
            if (next.IsWhiteSpace() || StartsAnotherFormEntry(next)) break;
            bool leavingField = next.IndexOfAny(LeavingFields) >= 0;
            if (TryReadAnEndLabel(next, 0, out _) || !leavingField && next.IndexOfAny(EndedLabels) >= 0) return false;
            leaving |= leavingField && !LeavingFieldSaysItGoesOn(next);
        }
        return leaving;
    }

    /// <summary>Whether the line holds a field of leaving that does not say the post goes on.</summary>
    static bool SaysThePostWasLeft(ReadOnlySpan<char> line) => line.IndexOfAny(LeavingFields) >= 0 && !LeavingFieldSaysItGoesOn(line);

    static readonly System.Buffers.SearchValues<string> LeavingFields = System.Buffers.SearchValues.Create(
        ["reason for leaving", "salary on leaving", "on leaving:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Ends each post of <paramref name="ended"/> where the next post began (the earliest later start among the others), or
    /// drops it where none began after it: an end unknown is no years.
    /// </summary>
    static void EndAtTheNextPost(List<DatedRole> roles, List<int> ended)
    {
        for (int i = ended.Count - 1; i >= 0; i--)
        {
            var post = roles[ended[i]];
            int next = int.MaxValue;
            foreach (var other in roles)
                if (other.FromMonth > post.FromMonth) next = Math.Min(next, other.FromMonth);
            if (next == int.MaxValue) roles.RemoveAt(ended[i]);
            else roles[ended[i]] = post with { ToMonth = Math.Min(post.ToMonth, next) };
        }
    }

    /// <summary>
    /// Whether a "Reason for leaving:" field says the post goes on: "N/A - current post", "Not applicable", "Seeking progression to a
    /// senior post" (an independent review's probes: each current post read as left, and its years lost).
    /// </summary>
    static bool LeavingFieldSaysItGoesOn(ReadOnlySpan<char> line)
    {
        int label = line.IndexOfAny(LeavingFields);
        if (label < 0) return false;
        int colon = line[label..].IndexOf(':');
        if (colon < 0) return false;
        var value = line[(label + colon + 1)..].Trim(" \t\r");
        if (value.IsEmpty || SaysItGoesOn(value)) return true;
        foreach (var goesOn in (ReadOnlySpan<string>)["n/a", "na ", "not applicable", "none", "seeking", "wishing", "looking", "hoping", "to progress", "career progression"])
            if (value.StartsWith(goesOn, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static bool SaysItGoesOn(ReadOnlySpan<char> value)
    {
        value = value.Trim(" \t\r");
        if (value is "-" or "\u2013" or "\u2014" || value.Equals("n/a", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var goesOn in (ReadOnlySpan<string>)["still", "current", "present", "ongoing", "not yet"])
            if (value.StartsWith(goesOn, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static bool StartsAnotherFormEntry(ReadOnlySpan<char> line)
    {
        foreach (var label in (ReadOnlySpan<string>)["employer", "job title", "organisation", "organization", "company", "position"])
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static readonly System.Buffers.SearchValues<string> EndedLabels = System.Buffers.SearchValues.Create(
        ["date left", "leaving date", "date of leaving", "finish date", "end date", "reason for leaving"], StringComparison.OrdinalIgnoreCase);

    static bool OpensWithAFormsStartLabel(ReadOnlySpan<char> line)
    {
        line = line.TrimStart(" \t");
        // Each label starts with one of these letters (only an ASCII letter equals one without regard to case): most dates' lines,
        // asked once per range, are not compared with all four.
        if (line.IsEmpty || (line[0] | 0x20) is not ('f' or 's' or 'd')) return false;
        // "Date started: September 2017" (an independent review's probe).
        return FormLabelEnd(line, "from") >= 0 || FormLabelEnd(line, "start date") >= 0 || FormLabelEnd(line, "date started") >= 0
            // Public-sector forms' "Date of appointment:" (a second review's probe).
            || FormLabelEnd(line, "date of appointment") >= 0;
    }

    /// <summary>Whether <paramref name="at"/> starts a line's end label (<see cref="EndLabels"/>); where its date starts if so.</summary>
    static bool TryReadAnEndLabel(ReadOnlySpan<char> text, int at, out int dateStart)
    {
        dateStart = at;
        if (at >= text.Length || text[at] is not ('T' or 't' or 'E' or 'e' or 'U' or 'u' or 'D' or 'd' or 'F' or 'f' or 'L' or 'l' or 'H' or 'h'
            or 'A' or 'a')) return false;
        // A label is letters and single spaces, closed by a colon, a tab or two spaces (FormLabelEnd): the words at most starts
        // run on ("to Present", "2019 to 2021"), and are not compared with every label.
        if (!ClosesALabelsWords(text, at)) return false;
        foreach (var label in EndLabels)
            if (FormLabelEnd(text[at..], label) is int end and >= 0)
            {
                dateStart = SkipSpaces(text, at + end);
                return true;
            }
        return false;
    }

    /// <summary>
    /// Whether the letters and single spaces from <paramref name="at"/> on, no longer than the longest of <see cref="EndLabels"/>,
    /// end at a colon, a tab or two spaces: where any label that starts there would end (<see cref="FormLabelEnd"/>).
    /// </summary>
    static bool ClosesALabelsWords(ReadOnlySpan<char> text, int at)
    {
        int end = at, last = Math.Min(text.Length, at + LongestEndLabel + 1);
        while (end < last && (char.IsLetter(text[end]) || text[end] == ' ' && end + 1 < text.Length && text[end + 1] != ' ')) end++;
        // Or at a format's note before the colon ("To (mo/yr):", FormLabelEnd).
        return end < last && text[end] is ':' or '\t' or ' ' || end > at && end < text.Length && text[end] == '(' && text[end - 1] == ' ';
    }

    static readonly int LongestEndLabel = EndLabels.Max(label => label.Length);

    /// <summary>Whether a dash follows <paramref name="at"/> on its line, as after a range's start.</summary>
    static bool StartsARange(ReadOnlySpan<char> text, int at)
    {
        int next = SkipSpaces(text, at);
        return next < text.Length && IsRangeDash(text[next]);
    }

    /// <summary>Whether an en or em dash stands at <paramref name="i"/> as UTF-8 misread as Windows-1252: "â€“" or "â€”".</summary>
    static bool IsAMisreadDash(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && text[i] == '\u00E2' && text[i + 1] == '\u20AC' && text[i + 2] is '\u201C' or '\u201D';

    /// <summary>What joins a range's dates: dashes, a tilde, or an arrow ("2011-09 → present", Fresh17, t03).</summary>
    // The full-width and wave tildes join a Japanese CV's dates ("2017年4月～現在").
    static bool IsRangeDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '~' or '\u2192' or '\u27F6'
        or '\uFF5E' or '\u301C';

    /// <summary>Whether a date alone stands at <paramref name="start"/> in a column of spaces: a year, a month and year, or an ongoing word, then a gap or the line's end.</summary>
    static bool IsADateColumnCell(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '/' or '.')) end++;
        if (end == start) return false;
        var cell = text[start..end];
        bool date = cell.Length == 4 && cell.IndexOfAnyExceptInRange('0', '9') < 0 || IsOngoingWord(cell)
            || cell.Length is 6 or 7 && char.IsAsciiDigit(cell[0]) && cell[^5] is '/' or '.' && cell[^4..].IndexOfAnyExceptInRange('0', '9') < 0;
        // An ISO month ("2024-12"), whose dash the cell's walk above stopped at.
        if (IsAnIsoMonth(text, start)) (date, end) = (true, start + 7);
        return date && (end == text.Length || text[end] is '\r' or '\n' or '\t' || end + 1 < text.Length && text[end] == ' ' && text[end + 1] == ' ');
    }

    /// <summary>Whether an ISO year and month ("2024-12") stands at <paramref name="start"/>, not inside a longer number or date.</summary>
    static bool IsAnIsoMonth(ReadOnlySpan<char> text, int start)
    {
        if (start + 7 > text.Length || text[start + 4] != '-') return false;
        for (int k = 0; k < 7; k++) if (k != 4 && !char.IsAsciiDigit(text[start + k])) return false;
        return start + 7 == text.Length || !char.IsAsciiDigit(text[start + 7]) && text[start + 7] != '-';
    }

    /// <summary>Whether a head row naming "From" and "To" as columns stands within a few lines above <paramref name="at"/>.</summary>
    static bool HasFromAndToColumnsAbove(ReadOnlySpan<char> text, int at)
    {
        int lineStart = at;
        for (int up = 0; up < ColumnHeadReach && lineStart > 0; up++)
        {
            lineStart = text[..(lineStart - 1)].LastIndexOf('\n') + 1;
            int lineEnd = text[lineStart..].IndexOf('\n') is int n and >= 0 ? lineStart + n : text.Length;
            var line = text[lineStart..lineEnd];
            int from = line.IndexOf("  From ", StringComparison.Ordinal);
            if (from >= 0 && line[(from + 7)..].TrimStart(' ').StartsWith("To", StringComparison.Ordinal)) return true;
            // Or tab-separated: "From<TAB>To<TAB>Position<TAB>Organisation".
            if (line.StartsWith("From\tTo\t", StringComparison.Ordinal) || line.Contains("\tFrom\tTo\t", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>How many lines above its rows a column table's head row is looked for.</summary>
    const int ColumnHeadReach = 8;

    /// <summary>Whether the table cell after <paramref name="from"/> holds a year or an ongoing word alone ("| 2016 |", "| Present |").</summary>
    static bool IsADateCellAfter(ReadOnlySpan<char> text, int from)
    {
        int start = SkipSpaces(text, from);
        int end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '/' or '.')) end++;
        if (end == start) return false;
        var cell = text[start..end];
        bool date = cell.Length == 4 && cell.IndexOfAnyExceptInRange('0', '9') < 0 || IsOngoingWord(cell)
            || cell.Length == 7 && char.IsAsciiDigit(cell[0]) && cell[2] is '/' or '.';
        int next = SkipSpaces(text, end);
        return date && (next == text.Length || text[next] is '|' or '\r' or '\n');
    }

    /// <summary>Past one line break at <paramref name="i"/> and the spaces after it, or <paramref name="i"/> if none is there.</summary>
    static int SkipALineBreak(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        if (j < text.Length && text[j] == '\r') j++;
        if (j >= text.Length || text[j] != '\n') return i;
        return SkipSpaces(text, j + 1);
    }

    static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F') i++;
        return i;
    }

    // ---- which dates are work -----------------------------------------------------------

    /// <summary>Degrees on the line of a date range mark it as study, not work.</summary>
    internal static readonly string[] DegreeWordList =
    [
        "bachelor", "master", "m.a.", "m.s.", "b.a.", "b.s.", "ph.d", "psy.d", "m.ed", "degree", "graduated",
        "gpa", "diploma", "expected", "coursework",
    ];

    static readonly ShortTextSearch DegreeWords = new(DegreeWordList);

    /// <summary>
    /// Whether a degree word on the line (<see cref="DegreeWords"/>, one of which occurs) names a degree studied for, not the
    /// rank of a job (<see cref="RanksAJobTitle"/>). Only lines holding a degree word get here, and only their degree words are read.
    /// </summary>
    static bool NamesADegree(ReadOnlySpan<char> line) => DegreeMentionIn(line) == DegreeMention.Degree;

    enum DegreeMention { None, Degree, Placement }

    /// <summary>
    /// What the line's degree words name: a degree studied for; else the degree's placement (<see cref="NamesTheDegreesPlacement"/>,
    /// not in an earlier post's note: "Family Therapist (hired from Master's Internship)" is no placement, a review's probe); else
    /// nothing (a job's rank, a calendar, what a placement was part of).
    /// </summary>
    static DegreeMention DegreeMentionIn(ReadOnlySpan<char> line)
    {
        bool placement = false;
        for (int from = 0, found; from < line.Length && (found = DegreeWords.IndexOf(line[from..])) >= 0;)
        {
            int at = from + found;
            // The word with its dots ("M.A.") and a possessive ("Master's"), which the rank is read after.
            int end = at + 1;
            while (end < line.Length && (char.IsLetter(line[end]) || line[end] == '.')) end++;
            if (end + 1 < line.Length && line[end] is '\'' or '\u2019' && line[end + 1] is 's' or 'S'
                && (end + 2 == line.Length || !char.IsLetter(line[end + 2]))) end += 2;
            from = end;
            if (NamesTheDegreesPlacement(line, end)) placement |= !IsInAnEarlierTitlesNote(line, at);
            else if (!RanksAJobTitle(line, at, end) && !IsTheIBsDiploma(line, at) && !IsAMastersGrade(line, at, end)
                && !IsWhatThePlacementWasPartOf(line[..at]) && !NamesACalendarAfterADate(line, at) && !FollowsTheDegree(line, at))
                return DegreeMention.Degree;
        }
        return placement ? DegreeMention.Placement : DegreeMention.None;
    }

    /// <summary>
    /// Whether the degree word is what a post came after: "Registered MFT Intern (post-degree; California's title before
    /// 'Associate')" (Fresh153, t09: read as study, a salaried intern's three years were lost). Only the word "degree": a
    /// "Post-Master's Certificate" is a study of its own (a review's probe).
    /// </summary>
    static bool FollowsTheDegree(ReadOnlySpan<char> line, int at) =>
        at >= 5 && line[(at - 5)..at].Equals("post-", StringComparison.OrdinalIgnoreCase)
        && line[at..].StartsWith("degree", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether "Master" grades a rank or a trade, not a degree: "Career Counselor (79S), Master Sergeant      2008 – 2019" (Fresh95,
    /// t10: read as study, an Army career counselor's eleven years went unread), "Master Chief", "Master Trainer".
    /// </summary>
    static bool IsAMastersGrade(ReadOnlySpan<char> line, int at, int end)
    {
        if (end - at != 6 || end >= line.Length || line[end] != ' ' || !line[at..end].Equals("master", StringComparison.OrdinalIgnoreCase)) return false;
        int nextEnd = end + 1;
        while (nextEnd < line.Length && char.IsLetter(line[nextEnd])) nextEnd++;
        var grade = line[(end + 1)..nextEnd];
        // Its plural too, as a trade's association names itself: "EAP Counsellor, Master Builders Association" (a review).
        return MastersGradesLookup.Contains(grade) || grade.Length > 3 && grade[^1] is 's' or 'S' && MastersGradesLookup.Contains(grade[..^1]);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MastersGradesLookup = new HashSet<string>(
        ["sergeant", "chief", "corporal", "gunnery", "trainer", "practitioner", "electrician", "plumber", "mariner", "seaman", "gardener",
            // A credential's or a licence's grade: "Master Addiction Counselor", "Licensed Master Social Worker" (an independent
            // review: an LMSW's eleven years read as study).
            "addiction", "social", "therapist", "counselor", "counsellor", "clinician", "psychotherapist",
            // The crafts' own grade: "Owner / Master Locksmith      Feb 2016 – to date" (Fresh251, t09: read as study, a locksmith's
            // business and its "crisis intervention call-outs" stood under the post before it).
            "locksmith", "mechanic", "builder", "barber", "craftsman", "carpenter", "joiner", "stylist", "technician", "chef", "baker",
            "butcher", "brewer", "jeweller", "jeweler", "watchmaker", "tailor", "painter", "welder", "glazier", "roofer", "mason",
            "upholsterer", "sommelier", "groomer", "farrier", "saddler", "blacksmith"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the degree word at <paramref name="at"/> is the International Baccalaureate's Diploma Programme, which a school's
    /// staff teach or counsel for: "Aug 2023 to now · Grades 9–12 (IB Diploma and IBCP)" (Fresh79, t09: the international school
    /// counsellor's post read as study, and her three years went missing).
    /// </summary>
    static bool IsTheIBsDiploma(ReadOnlySpan<char> line, int at)
    {
        if (!line[at..].StartsWith("diploma", StringComparison.OrdinalIgnoreCase)) return false;
        // "IB" as a word of its own, after a space, a bracket or a table's tab ("2019/08 – present⇥IB Diploma Programme Coordinator":
        // Fresh163, t02, read as study).
        var before = line[..at].TrimEnd(' ');
        return before.EndsWith("IB", StringComparison.Ordinal) && (before.Length == 2 || !char.IsLetterOrDigit(before[^3]));
    }

    /// <summary>
    /// Whether the degree at <paramref name="start"/> to <paramref name="end"/> (its possessive included) is the rank of a job
    /// title, as licensing boards and clinics name the grade of a clinician: after "post" ("Post-Master's Clinician", a graduate
    /// working toward licensure) or before "level" ("Master's-level Therapist", "MSW-Level Clinician"), and followed by a word
    /// that is no course of study. Read as a degree, such a job's dates were taken for study and the job went missing. A
    /// "Post-Master's Certificate", "master's-level coursework" or "MA Level 7" (a qualification's grade) are still study.
    /// </summary>
    static bool RanksAJobTitle(ReadOnlySpan<char> line, int start, int end)
    {
        // "Post-", "Post " or "Post" right before the degree, as a word's start.
        var before = line[..start];
        if (before.Length > 0 && IsRankJoiner(before[^1])) before = before[..^1];
        bool afterPost = before.EndsWith("post", StringComparison.OrdinalIgnoreCase)
            && (before.Length == 4 || !char.IsLetter(before[^5]));
        // "-level" or " level" right after it.
        int next = end;
        bool beforeLevel = next < line.Length && IsRankJoiner(line[next])
            && line[(next + 1)..].StartsWith("level", StringComparison.OrdinalIgnoreCase)
            && (next + 6 == line.Length || !char.IsLetter(line[next + 6]));
        if (beforeLevel) next += 6;
        else if (!afterPost) return false;
        // The word the rank qualifies: a person ("Clinician", "Therapist"), not a course ("Certificate") nor a number ("Level 7").
        while (next < line.Length && IsRankJoiner(line[next])) next++;
        int wordEnd = next;
        while (wordEnd < line.Length && char.IsLetter(line[wordEnd])) wordEnd++;
        if (wordEnd == next && afterPost && next < line.Length && line[next] == ')') return RanksTheTitleBeforeItsBracket(before[..^4]);
        return wordEnd > next && !StudyAfterARankLookup.Contains(line[next..wordEnd]);
    }

    /// <summary>
    /// Whether a "(post-master's)" closing its bracket grades the title before it: "Counselor Resident (post-master's)" is a
    /// resident's post (Fresh77, t01: read as a degree, its two years went missing), "Certificate in Counseling (post-master's)"
    /// is still study.
    /// </summary>
    static bool RanksTheTitleBeforeItsBracket(ReadOnlySpan<char> beforePost)
    {
        var before = beforePost.TrimEnd(' ');
        if (before.Length == 0 || before[^1] != '(') return false;
        before = before[..^1].TrimEnd(' ');
        int start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        // Nor a degree's line: "Ed.S. School Counseling (post-master's) | University of West Georgia", "CAGS, Mental Health
        // Counseling (post-master's)" (an independent review).
        return start < before.Length && !StudyAfterARankLookup.Contains(before[start..]) && before.IndexOfAny(PostMastersStudies) < 0;
    }

    static readonly System.Buffers.SearchValues<string> PostMastersStudies = System.Buffers.SearchValues.Create(
        ["certificate", "ed.s", "eds ", "cags", "specialist", "program", "diploma", "licensure", "degree", "university", "college"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Words after "post-master's" or "master's-level" that make it a course of study, not a job.</summary>
    /// <summary>What joins a degree to the rank it names: a hyphen of any kind or a space ("Post-Master's", "Masters Level").</summary>
    static bool IsRankJoiner(char c) => c is '-' or ' ' or '\u2010' or '\u2011';

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StudyAfterARankLookup = new HashSet<string>(
        ["certificate", "certification", "program", "programme", "degree", "diploma", "coursework", "courses", "studies", "study"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string> DegreeAbbreviations = new(StringComparer.Ordinal)
    {
        "MA", "MS", "BA", "BS", "MSW", "BSW", "MEd", "PhD", "PsyD", "MBA", "MSc", "BSc", "EdD", "MSEd",
    };

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DegreeLookup = DegreeAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly int LongestDegree = DegreeAbbreviations.Max(d => d.Length);
    static readonly System.Buffers.SearchValues<char> DegreeInitials = System.Buffers.SearchValues.Create(string.Concat(DegreeAbbreviations.Select(d => d[0])));

    /// <summary>
    /// Whether an intern or internship is named: "intern" starting a word and ending it, or followed by -s, -ship(s), -ed or
    /// -ing. Searched as part of a word, "International Student Counselor", "Internal Medicine" and a bullet about international
    /// students made a counselor's job a placement.
    /// </summary>
    static bool NamesAnIntern(ReadOnlySpan<char> context)
    {
        for (int from = 0, found; (found = context[from..].IndexOf("intern", StringComparison.OrdinalIgnoreCase)) >= 0;)
        {
            int at = from + found, end = at + "intern".Length;
            from = end;
            if (at > 0 && char.IsLetter(context[at - 1])) continue;
            int wordEnd = end;
            while (wordEnd < context.Length && char.IsLetter(context[wordEnd])) wordEnd++;
            if (InternEndingLookup.Contains(context[end..wordEnd]) && !IsAPostsCharge(context, at, wordEnd) && !IsInAnEarlierTitlesNote(context, at)) return true;
        }
        return false;
    }

    /// <summary>The practicum in German, French and Italian CVs (declared before the list that holds them, as statics are set in order): a school counsellor's "Praktikum (placement)" counted as a year of work (Fresh26, t08).</summary>
    /// <remarks>
    /// And Germany's psychotherapy training, whose "Psychotherapeutin in Ausbildung (PiA)", "Ausbildung zum Psychologischen
    /// Psychotherapeuten" and its "Praktische Tätigkeit" ("praktische", as the search is of ASCII words) are the training's placements, not posts (Fresh135, t01 and t10: four years
    /// of it before an approbated psychotherapist's posts counted as hers; Fresh109, t09: a year and a half of it; every set's writers leave them out).
    /// </remarks>
    static readonly string[] ForeignPlacementWords = ["praktikum", "praktikant", "stagiaire", "tirocinio", "tirocinante", "in ausbildung",
        "ausbildung zum", "ausbildung zur", "praktische"];

    static readonly string[] PlacementWordList = ["practicum", "trainee", "volunteer", "training placement", "clinical placement",
        // A doctorate's placements named in the plural: "Clinical Psychology placements (D.Psych), 2011-2013" (Fresh148, t01).
        "psychology placements",
        // Italy's post-degree practicum: "Tipo di impiego   Tirocinio post-lauream (1000 ore, abilitante)" (Fresh239, t10: a year
        // of it counted as a psychologist's post).
        "tirocinio", "tirocinante",
        "counselling placement", "counseling placement", "student placement",
        // Social work's name for it: "Field placement (MSW, clinical track)" (Fresh110, t03: a year of it read as a post).
        "field placement", "field practicum", "social work placement",
        // Hong Kong's and Australia's name for social work's placements: "Fieldwork placements: (1) Caritas school social work"
        // (Fresh172, t12: a year of them counted as work).
        "fieldwork placement",
        // A title's own note: "Counsellor (Placement)" over a COSCA Diploma's volunteer placement (Fresh88, t09).
        "(placement",
        // Or its volunteering: "Placement Counsellor (voluntary)" during a diploma (Fresh198, t10: two years counted as a post). Not
        // a qualified counsellor's "(voluntary, 1 day a week)" nor a "(voluntary sector)" post (a third review of session 39).
        "placement counsellor (voluntary", "placement counselor (voluntary",
        // Or heading its title: "Placement counsellor - University of Manchester Counselling Service" (Fresh150, t01), a trainee's.
        "placement counsellor -", "placement counselor -", "placement counsellor,", "placement counselor,",
        // And "Counsellor on placement, Govan Youth Counselling Project (Sept 2020 - Dec 2021)" (Fresh222, t12).
        "counsellor on placement", "counselor on placement", "therapist on placement", "psychotherapist on placement",
        // Argentina's unpaid hospital training after the degree: "Concurrente en Psicología Clínica (ad honorem)" (Fresh176, t09:
        // two years of it counted as a psychologist's post).
        "concurrente en", "concurrencia", "ad honorem", "ad-honorem",
        // Ireland's and the UK's hours toward accreditation: "Pre-accreditation placement (unpaid, 150 client hours)" (Fresh185, t04).
        "pre-accreditation placement", "accreditation placement", "placement (unpaid",
        .. ForeignPlacementWords];

    /// <summary>
    /// Whether a foreign practicum word at <paramref name="at"/> is the writer's own placement: the word whole ("Praktikantin" too),
    /// not a compound naming a post over trainees ("Praktikantenanleitung", "Praktikumsleiterin") nor after a charge of them
    /// ("tutor di tirocinio", "encadrement des stagiaires"). Read as placements, senior clinicians who supervise trainees lost
    /// eleven to seventeen years (an independent review).
    /// </summary>
    static bool IsAForeignTraineesOwn(ReadOnlySpan<char> context, int at, int wordEnd)
    {
        var rest = context[wordEnd..];
        if (rest.StartsWith("in", StringComparison.OrdinalIgnoreCase) && context[at..wordEnd].Equals("praktikant", StringComparison.OrdinalIgnoreCase))
            rest = rest[2..];
        if (rest.Length > 0 && char.IsLetter(rest[0])) return false;
        // Austria's "Psychotherapeutin in Ausbildung unter Supervision" is a status a trainee is employed in, her first post's
        // (Fresh135, t02), where Germany's PiA is a training's placement.
        if (rest.TrimStart(' ').StartsWith("unter supervision", StringComparison.OrdinalIgnoreCase)) return false;
        var before = context[Math.Max(0, at - 32)..at];
        // The training's end within a post held on after it: "Psychologische Psychotherapeutin (bis 2016 in Ausbildung)" (Fresh168,
        // t04: read as a placement, three years of a licensed psychotherapist's post were lost).
        // A year the dates go past: "bis 2027 in Ausbildung" in 2026 is a trainee's still (an independent review).
        if (TrainingsEndYear(before) is int ended && LatestYearIn(context) > ended) return false;
        foreach (var charge in (ReadOnlySpan<string>)["tutor", "encadrement", "responsable", "référent", "referente", "supervis", "anleitung",
                     "betreuung", "leitung", "leiter", "coordinat", "coordinamento"])
            if (before.Contains(charge, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>The year of "bis 2016", "until 2016" or "till 2016" ending the text: the year the training ended; null if none.</summary>
    static int? TrainingsEndYear(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(' ');
        if (before.Length < 4 || !int.TryParse(before[^4..], NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return null;
        before = before[..^4].TrimEnd(' ');
        return Clauses.EndsOnTheWord(before, "bis") || Clauses.EndsOnTheWord(before, "until") || Clauses.EndsOnTheWord(before, "till") ? year : null;
    }

    /// <summary>The latest four-digit year from 1900 on written in the text; 0 if none.</summary>
    static int LatestYearIn(ReadOnlySpan<char> text)
    {
        int latest = 0;
        for (int i = 0; i + 4 <= text.Length; i++)
            if ((i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]))
                && int.TryParse(text.Slice(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1900)
                latest = Math.Max(latest, year);
        return latest;
    }

    /// <summary>
    /// Whether the words after "volunteer" say the post became a paid one: "Bereavement Counsellor (sessional, volunteer then
    /// paid)" (Fresh142, t07: read as a placement, five years of a senior's counselling were left out).
    /// </summary>
    static bool BecamePaid(ReadOnlySpan<char> after)
    {
        after = after.TrimStart(", ");
        foreach (var change in (ReadOnlySpan<string>)["then paid", "later paid", "then employed", "later employed", "then staff", "to paid"])
            if (after.StartsWith(change, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether a practicum, trainee or volunteer is named as the role's own (<see cref="IsAPostsCharge"/>), from the start of a word.</summary>
    static bool NamesAPlacementWord(ReadOnlySpan<char> context)
    {
        foreach (var word in PlacementWordList)
            for (int from = 0, found; (found = context[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase)) >= 0;)
            {
                int at = from + found, wordEnd = at + word.Length;
                from = wordEnd;
                if (at > 0 && char.IsLetter(context[at - 1])) continue;
                // A note in brackets after the title is the title's own kind, the post's word beside it or not ("Counsellor (Placement)").
                // A post said to be "on placement" is one wherever it stands ("Counsellor on placement, Govan Youth Counselling Project").
                if (word.EndsWith("placement", StringComparison.Ordinal) && word[0] != '(' && !word.EndsWith(" on placement", StringComparison.Ordinal)
                    && !IsAPlacementsOwnLine(context, at)) continue;
                if (Array.IndexOf(ForeignPlacementWords, word) >= 0 && !IsAForeignTraineesOwn(context, at, wordEnd)) continue;
                while (wordEnd < context.Length && char.IsLetter(context[wordEnd])) wordEnd++;
                if (word == "volunteer" && BecamePaid(context[wordEnd..])) continue;
                if (AreThePostsAudience(context, at, wordEnd)) continue;
                // A trainee year told in the note of a post held on after it: "Psychological Wellbeing Practitioner (trainee 2014-15,
                // qualified 2015-16)" is one salaried post (Fresh148, t12: read as a placement, two years of an NHS therapist's
                // career were dropped).
                if (word == "trainee" && context[wordEnd..Math.Min(context.Length, wordEnd + 40)].Contains("qualified", StringComparison.OrdinalIgnoreCase)) continue;
                if (!IsAPostsCharge(context, at, wordEnd) && !IsInAnEarlierTitlesNote(context, at)) return true;
            }
        return false;
    }

    /// <summary>
    /// Whether the placement word is a plural the post served, after "for", "to" or "with" and a word at most: "Empathy games
    /// for hospital volunteers and front-desk staff (Michael Garron Hospital, 2019–2023)" is a workshop's audience, not the
    /// writer's volunteering (Fresh162, t09: four years of it read as a placement and made an improviser a junior).
    /// </summary>
    static bool AreThePostsAudience(ReadOnlySpan<char> context, int at, int wordEnd)
    {
        if (context[wordEnd - 1] is not ('s' or 'S')) return false;
        var (before, beforeEnd) = ResumeLayout.WordBefore(context[..at]);
        for (int words = 0; words < 2 && beforeEnd > before; words++)
        {
            var word = context[before..beforeEnd];
            if (word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase)
                || word.Equals("with", StringComparison.OrdinalIgnoreCase)) return true;
            (before, beforeEnd) = ResumeLayout.WordBefore(context[..before]);
        }
        return false;
    }

    /// <summary>
    /// Whether the placement word at <paramref name="at"/> stands in a note on the post's title before it, after a title of its
    /// own: "Licensed Professional Counselor (Counselor Trainee until 10/2023)", "Staff Therapist (formerly Intern)". The post
    /// is no placement; read as one, a counselor's three licensed years were a trainee's and his level junior (Fresh45, t07).
    /// </summary>
    static bool IsInAnEarlierTitlesNote(ReadOnlySpan<char> context, int at)
    {
        int lineStart = context[..at].LastIndexOf('\n') + 1;
        int open = context[lineStart..at].LastIndexOf('(');
        if (open <= 0 || context[(lineStart + open)..at].Contains(')')) return false;
        if (!context[lineStart..(lineStart + open)].ContainsAnyInRange('A', 'z')) return false;
        int close = context[at..].IndexOfAny(')', '\n');
        if (close < 0 || context[at + close] != ')') return false;
        // The placement word is the earlier title's: after "formerly" or "previously", or before "until" or "till", with no
        // ";" or "," between. "(Trainee; formerly Volunteer Listener)" is a trainee now (an independent review).
        var before = context[(lineStart + open + 1)..at];
        // And where the post came from: "Family Therapist (hired from Master's Internship)" (a review's probe).
        int earlier = Math.Max(Math.Max(before.LastIndexOf("formerly", StringComparison.OrdinalIgnoreCase), before.LastIndexOf("previously", StringComparison.OrdinalIgnoreCase)),
            before.LastIndexOf("hired from", StringComparison.OrdinalIgnoreCase));
        if (earlier >= 0 && before[earlier..].IndexOfAny(',', ';') < 0) return true;
        // "until" a date gone by: "(Counselor Trainee until 10/2023)", not "(Trainee until licensed)".
        var after = context[at..(at + close)];
        int until = after.IndexOfAny(UntilWords);
        return until > 0 && after[..until].IndexOfAny(',', ';') < 0 && after[until..].IndexOfAnyInRange('0', '9') >= 0;
    }

    static readonly System.Buffers.SearchValues<string> UntilWords = System.Buffers.SearchValues.Create(
        [" until ", " till "], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a training's "placement" stands on a line of its own naming it ("Doctoral training placements (2013 – 2016)",
    /// "Counselling placement (voluntary)"): not a bullet ("- host clinical placements for two colleges" above the next job) nor
    /// a line naming a post ("Head of Clinical Placements", "Counsellor &amp; Counselling Placement Co-ordinator", "Counselor, Job
    /// Training Placement Program": an independent review).
    /// </summary>
    static bool IsAPlacementsOwnLine(ReadOnlySpan<char> context, int at)
    {
        int start = context[..at].LastIndexOf('\n') + 1;
        int end = context[at..].IndexOf('\n') is int next and >= 0 ? at + next : context.Length;
        var line = context[start..end];
        if (IsBulleted(line)) return false;
        // The placement's own piece of the line, between separators: "Counsellor – pre-accreditation placement" and "Pre-accreditation
        // placement – Counsellor" name the post and the placement apart, each its own piece (a third review of session 37: read whole,
        // the counsellor's word made four years of placement a post's).
        int pieceStart = line[..(at - start)].LastIndexOfAny(PieceSeparators) + 1;
        int pieceEnd = line[(at - start)..].IndexOfAny(PieceSeparators) is int stop and >= 0 ? at - start + stop : line.Length;
        var piece = line[pieceStart..pieceEnd];
        // A spaced hyphen may join a name's parts as well as a title's ("Mind - Bristol"): the line is read whole, as before.
        if (piece.Contains(" - ", StringComparison.Ordinal)) piece = line;
        return piece.IndexOfAny(PlacementPostWords) < 0;
    }

    /// <summary>Whether a bullet opens by calling the post a placement: "Pre-accreditation placement (unpaid) while ...", "Unpaid counselling placement for my diploma".</summary>
    static bool OpensWithAPlacement(ReadOnlySpan<char> bullet)
    {
        // Every opening names a placement within its first few words: a bullet without the word there (most first bullets) is not
        // compared with all eighteen, nor searched to its end.
        if (!bullet[..Math.Min(bullet.Length, PlacementOpeningsReach)].Contains("placement", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var opening in PlacementOpenings)
            if (bullet.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (bullet.Length == opening.Length || !char.IsLetter(bullet[opening.Length]))) return true;
        return false;
    }

    static readonly string[] PlacementOpenings =
        ["pre-accreditation placement", "pre accreditation placement", "accreditation placement", "counselling placement",
            "counseling placement", "unpaid placement", "unpaid counselling placement", "unpaid counseling placement", "voluntary placement",
            "student placement", "training placement", "clinical placement", "diploma placement", "placement (unpaid", "placement (voluntary",
            "placement for my", "placement as part of", "placement while"];

    /// <summary>How far into a bullet an opening's "placement" ends, at the furthest (<see cref="OpensWithAPlacement"/>).</summary>
    static readonly int PlacementOpeningsReach = PlacementOpenings.Max(o => o.IndexOf("placement", StringComparison.Ordinal) + "placement".Length);

    static readonly System.Buffers.SearchValues<char> PieceSeparators = System.Buffers.SearchValues.Create(",|;:()\u2013\u2014");

    static readonly System.Buffers.SearchValues<string> PlacementPostWords = System.Buffers.SearchValues.Create(
        ["coordinat", "co-ordinat", "lead", "head", "supervis", "manag", "director", "facilitat", "educator", "counselor", "counsellor",
            "psychologist", "therapist", "specialist", "program", "officer", "tutor", "job"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the placement word at <paramref name="at"/> names the people a post is in charge of, not the role itself: a post
    /// follows it, after spaces only ("Practicum Supervisor", "Intern Supervisor", "Internship Coordinator", "Volunteer
    /// Coordinator"), or leads to it ("Supervisor of Interns", "Coordinator for Practicum Students", "supervising trainees"). Read as placements, a senior
    /// therapist who supervises interns and a clinical director who runs the practicum lost their years (an independent review).
    /// </summary>
    static bool IsAPostsCharge(ReadOnlySpan<char> context, int at, int wordEnd)
    {
        // Spaces only: after " - " a placement names its own supervisor ("Counseling Practicum - Site Supervisor: Dr. Lee").
        var (next, nextEnd) = WordAfterSpaces(context, wordEnd);
        if (PostsInChargeLookup.Contains(context[next..nextEnd])) return true;
        // "Practicum Students", "Internship Site", "Internship Program": one word more, then the post ("Internship Site Supervisor").
        if (ChargeNounsLookup.Contains(context[next..nextEnd]))
        {
            var (post, postEnd) = WordAfterSpaces(context, nextEnd);
            if (PostsInChargeLookup.Contains(context[post..postEnd])) return true;
        }
        var (previousStart, previousEnd) = ResumeLayout.WordBefore(context[..at]);
        if (previousStart == previousEnd) return false;
        var previous = context[previousStart..previousEnd];
        if (LeadsToAChargeLookup.Contains(previous)) return true;
        // "supervising practicum students": the word before a placement word leads to the charge.
        if (PlacementNounsLookup.Contains(previous)) return IsAPostsCharge(context, previousStart, at);
        // "Supervisor of Interns", "Coordinator for Practicum Students": a post, then "of" or "for".
        if (!previous.Equals("of", StringComparison.OrdinalIgnoreCase) && !previous.Equals("for", StringComparison.OrdinalIgnoreCase)) return false;
        var (postStart, postEndBefore) = ResumeLayout.WordBefore(context[..previousStart]);
        return PostsInChargeLookup.Contains(context[postStart..postEndBefore]);
    }

    /// <summary>
    /// Whether the line's first word, past its bullet, is a verb of running something ("Direct", "Coordinated", "Oversee"): under a
    /// student counseling service's post, "- Direct the APA-accredited doctoral internship (4 interns/yr) and the practicum program"
    /// tells what the post runs, not that it is a placement (Fresh124, t01: an associate director for clinical training read as a
    /// trainee, and seven years lost).
    /// </summary>
    static bool OpensWithARunningVerb(ReadOnlySpan<char> line)
    {
        int first = 0;
        while (first < line.Length && !char.IsLetter(line[first])) first++;
        int firstEnd = first;
        while (firstEnd < line.Length && char.IsLetter(line[firstEnd])) firstEnd++;
        return firstEnd > first && RunningVerbLookup.Contains(line[first..firstEnd]);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RunningVerbLookup = new HashSet<string>(
        ["direct", "directs", "directed", "coordinate", "coordinates", "coordinated", "oversee", "oversees", "oversaw", "manage",
            "manages", "managed", "administer", "administers", "administered", "chair", "chairs", "chaired", "recruit", "recruits",
            "recruited"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word of letters after <paramref name="from"/> past spaces only; empty at anything else.</summary>
    static (int Start, int End) WordAfterSpaces(ReadOnlySpan<char> text, int from)
    {
        int start = from;
        while (start < text.Length && text[start] == ' ') start++;
        int end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return (start, end);
    }

    /// <remarks>
    /// Posts that run others' placements, not ones a student or volunteer holds in their own: a "Volunteer Mentor", "Student
    /// Lead" or "Volunteer Instructor" is still unpaid or in training (an independent review of the first form, which read them as staff).
    /// </remarks>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PostsInChargeLookup = new HashSet<string>(
        ["supervisor", "supervisors", "coordinator", "coordinators", "director", "manager"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacementNounsLookup = new HashSet<string>(
        ["practicum", "intern", "internship", "trainee", "graduate", "counseling", "counselling"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChargeNounsLookup = new HashSet<string>(
        ["student", "students", "training", "placement", "placements", "cohort", "site", "program", "programme"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <remarks>
    /// The present only: "Supervised Practicum", "Mentored Internship" and "Trained Volunteer" name the placement itself, and
    /// "Clinical Training Intern" an intern (the review of the first form).
    /// </remarks>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadsToAChargeLookup = new HashSet<string>(
        ["supervise", "supervises", "supervising", "coordinate", "coordinates", "coordinating"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Psicóloga Estagiária", "Estagiário de Psicologia", "Estágio em Psicologia Clínica": the Portuguese intern and internship.</summary>
    static bool NamesAPortugueseIntern(ReadOnlySpan<char> context) =>
        context.Contains("estagi", StringComparison.OrdinalIgnoreCase) || context.Contains("estági", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Practicante de Psicología Clínica", "Pasante de Psicología": the Spanish trainee and intern, leading a line of the entry.
    /// Elsewhere the word names others ("supervisora de practicantes", "Coordinadora de Pasantías") or means practising
    /// ("Psicóloga practicante"), and the post is work.
    /// </summary>
    /// <remarks>
    /// So are "Prácticas" and "Pasantía" leading a line ("Prácticas – Máster en Psicología General Sanitaria"), and a post held
    /// "en práctica(s)" ("Psicóloga en Práctica Profesional"): read as work, a master's placement and a graduate's paid
    /// practicum were years of the trade (Fresh64, t03 and t06). Elsewhere "prácticas" are practices ("buenas prácticas").
    /// </remarks>
    static bool NamesASpanishIntern(ReadOnlySpan<char> context)
    {
        foreach (var line in context.EnumerateLines())
        {
            // Any bullet's glyph before it: "● Prácticas profesionales — Clínica Universitaria" (Fresh212, t06: an undergraduate's
            // practicum read as a year of work).
            var title = line.TrimStart(" \t•·-*–—\u25CF\u25AA\u25E6\u25CB\u25A0\u25BA\u27A2\uF0B7");
            // Or a form's outline number: "4.3 Prácticas pre-profesionales (internado)" in a Peruvian hoja de vida (Fresh237, t07).
            int number = 0;
            while (number < title.Length && (char.IsAsciiDigit(title[number]) || title[number] == '.' && number > 0)) number++;
            if (number > 0 && number < title.Length && title[number] is ' ' or ')') title = title[(number + 1)..].TrimStart(' ');
            // "Práctica privada" is private practice (an independent review).
            if (title.Contains("ctica privada", StringComparison.OrdinalIgnoreCase)) continue;
            // A whole word: a Ukrainian school's "Practical Psychologist" is its counsellor (Fresh68, t12: read as "practica", five
            // and a half years were a placement's).
            if (StartsWithAWord(title, 0, ["practicante", "pasante", "prácticas", "practicas", "práctica", "practica", "pasantía", "internado",
                    "pasantia", "pasantías", "pasantias", "practical placement", "practical training"])) return true;
            foreach (var held in (ReadOnlySpan<string>)[" en práctica", " en practica"])
                if (title.Contains(held, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InternEndingLookup = new HashSet<string>(
        ["", "s", "ship", "ships", "ed", "ing"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Student Therapist" and "graduate student clinician" are placements; "Student Wellness Hub" and
    /// "Student Counseling Services" are where many licensed counselors work.
    /// </summary>
    /// <remarks>A line students call is an employer too (Fresh20, t01: a counsellor's two years on a "Student Helpline" were read as her placement).</remarks>
    static bool NamesAStudentRole(ReadOnlySpan<char> context)
    {
        for (int from = 0; from < context.Length;)
        {
            int found = context[from..].IndexOf("student", StringComparison.OrdinalIgnoreCase);
            if (found < 0) return false;
            from += found + "student".Length;
            // Students counted are the people served: "Aug 2023 to now · ~700 students, counselling team of 3" (Fresh79, t09: an
            // international school counsellor's post read as a placement). Not the writer's cohort: "one of 8 MA students",
            // "staffed by BA Counselling students" (an independent review).
            if (from < context.Length && context[from] is 's' or 'S' && (from + 1 == context.Length || !char.IsLetter(context[from + 1]))
                && (from + 1 < context.Length && context[from + 1] is '\'' or '\u2019' || CountsThePeopleServed(context[..(from - "student".Length)])))
                continue;
            var word = WordAfterStudent(context[from..]);
            // A student of a discipline at a line's end is the writer, whatever service the next line names: "Honorary Therapist,
            // Psychotherapy Student" over "Counselling Service, Leeds Teaching Hospitals" (an independent review).
            if (context[from..].IndexOf('\n') is int lineEnd and >= 0 && word.Length > 0 && lineEnd < context[from..].IndexOf(word)
                && NamesADisciplineLast(context[..(from - "student".Length)])) return true;
            bool service = StudentServiceLookup.Contains(word) || IsAStudentServicesCounselor(context, from, word);
            if (!service && StudentLineLookup.Contains(word))
            {
                // The title before the line's name: "Staff Counselor, Student Hotline & Peer Support Programs" is staff.
                var (lineStart, _) = Clauses.LineAround(context, from);
                service = !NamesAPeerPost(context[lineStart..(from - "student".Length)]);
            }
            if (!service && !IsAPostsCharge(context, from - "student".Length, from)) return true;
        }
        return false;
    }

    /// <summary>Whether a number counts the students right before them ("~700 students", "1,200+ students").</summary>
    /// <remarks>So are students named as a post's charge or an organisation's ("Dean of Students", "Counsellor, Students' Union
    /// Advice Centre": an independent review), the apostrophe after them read by the caller.</remarks>
    static bool CountsThePeopleServed(ReadOnlySpan<char> before)
    {
        var count = before.TrimEnd(' ').TrimEnd("+");
        if (count.Length > 0 && char.IsAsciiDigit(count[^1])) return true;
        return count.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || count.EndsWith(" for", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether "Student Counsellor" names a university counselling service's post for the students it serves: its line names
    /// that service ("Student Counsellor, Centre for Student Wellbeing") and calls it no placement. Read as a trainee's, a
    /// South African counsellor's five years at a university were a placement (Fresh27, t07); "Student Counsellor (Master's
    /// placement)" stays one.
    /// </summary>
    /// <param name="after">Where "student" ends.</param>
    /// <param name="word">The word after it.</param>
    static bool IsAStudentServicesCounselor(ReadOnlySpan<char> context, int after, ReadOnlySpan<char> word)
    {
        if (!word.StartsWith("counsel", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        // A placement said anywhere in the title's lines ("MA course placement" under it: an independent review).
        if (NamesAPlacementNote(context)) return false;
        // A post's hours on the title's own line ("Student Counsellor (0.5 FTE)" over "Student Counselling Service, Shannon
        // Technological College": Fresh47, t10, whose current post was read as a placement; "(0.6 WTE)", "(part-time, 3 days a
        // week)"): no placement is counted so. Only there: a service's "(team of 7.5 FTE)" under a trainee's title, or the service
        // named on the line under it, says nothing of her (a review).
        var (_, ownLineEnd) = Clauses.LineAround(context, after);
        var rest = context[after..ownLineEnd];
        // Not a volunteer's hours ("Student Counsellor (4 hours per week, voluntary)": a review's trainee).
        if (NamesAPostsHours(rest) && rest.IndexOf("volunt", StringComparison.OrdinalIgnoreCase) < 0
            && rest.IndexOf("unpaid", StringComparison.OrdinalIgnoreCase) < 0) return true;
        for (int at; (at = rest.IndexOf("student", StringComparison.OrdinalIgnoreCase)) >= 0; rest = rest[(at + "student".Length)..])
            if (CounsellingServiceLookup.Contains(WordAfterStudent(rest[(at + "student".Length)..]))) return true;
        // The university or college whose students it counsels named in the entry's head ("Glasgow Caledonian University" over
        // "Student Counsellor", as LinkedIn sets them): a British or Irish university's own counsellor, whose five years at one
        // were read as a placement (Fresh52, t11). A student on placement there says so (the note above).
        // Not a student of the course: "Graduate Student Counselor, University Counseling Center".
        var upToStudent = context[..(after - "student".Length)].TrimEnd(' ');
        var (before, beforeEnd) = ResumeLayout.WordBefore(upToStudent);
        // Nor a course's level: "Level 4 Student Counsellor" (an independent review).
        if (upToStudent.Length > 0 && char.IsAsciiDigit(upToStudent[^1])) return false;
        return NamesASchoolOrUniversity(context) && !StudentsOfACourseLookup.Contains(context[before..beforeEnd]);
    }

    /// <summary>
    /// Whether the entry's head names a university, a college or a school: any school whose pupils a counselor serves
    /// ("Greenfield International School, Pune": Fresh55, t04, whose student counsellor's three years were read as a placement),
    /// not a school of the trade that trains its students ("Dublin School of Counselling").
    /// </summary>
    static bool NamesASchoolOrUniversity(ReadOnlySpan<char> context)
    {
        if (context.IndexOfAny(PlacesOfStudy) >= 0) return true;
        for (int from = 0, found; (found = context[from..].IndexOf("school", StringComparison.OrdinalIgnoreCase)) >= 0;)
        {
            int at = from + found, end = at + "school".Length;
            from = end;
            if (at > 0 && char.IsLetter(context[at - 1]) || end < context.Length && char.IsLetter(context[end])) continue;
            if (!context[end..].TrimStart(' ').StartsWith("of ", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StudentsOfACourseLookup = new HashSet<string>(
        ["graduate", "doctoral", "postgraduate", "masters", "master's", "trainee"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly System.Buffers.SearchValues<string> PlacesOfStudy = System.Buffers.SearchValues.Create(
        ["university", "college", "institute of technology",
            // A school's own student counselor, as US and British schools title the post (an independent review).
            "high school", "middle school", "secondary school", "sixth form"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The word after "student" in what follows it (<paramref name="rest"/>): past a plural's or a possessive's "s" and
    /// apostrophe ("students", "student's", "students'") and spaces. Only right after "student": "student services" is a service.
    /// </summary>
    static ReadOnlySpan<char> WordAfterStudent(ReadOnlySpan<char> rest)
    {
        int after = 0;
        if (after < rest.Length && rest[after] == 's') after++;
        while (after < rest.Length && rest[after] is ' ' or '\'' or '’') after++;
        if (after < rest.Length && rest[after] == 's' && after > 0 && rest[after - 1] is '\'' or '’') after++;
        while (after < rest.Length && rest[after] == ' ') after++;
        // A PDF's line may wrap after it: "Counsellor (0.6 WTE), Student" over "Counselling Service, University of Leeds" (Fresh71,
        // t06: six years at a university service read as a placement).
        if (after < rest.Length && rest[after] is '\r' or '\n')
        {
            if (rest[after] == '\r') after++;
            if (after < rest.Length && rest[after] == '\n') after++;
            while (after < rest.Length && rest[after] is ' ' or '\t') after++;
        }
        int wordEnd = after;
        while (wordEnd < rest.Length && char.IsLetter(rest[wordEnd])) wordEnd++;
        return rest[after..wordEnd];
    }

    /// <summary>A counselling or wellbeing service's words: "Student Services" of a study-abroad agency is no such service (an independent review).</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CounsellingServiceLookup = new HashSet<string>(
        ["wellbeing", "well-being", "wellness", "counselling", "counseling", "mental", "health", "psychological"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the title's lines call the post a placement: "placement", "practicum", "trainee", "in training", or "intern" as a word.</summary>
    static bool NamesAPlacementNote(ReadOnlySpan<char> context)
    {
        if (context.IndexOfAny(PlacementNotes) >= 0) return true;
        // Hours toward the writer's own qualification: "150 supervised client hours over three years towards my PG Diploma" (a review).
        foreach (var toward in (ReadOnlySpan<string>)["towards my ", "toward my "])
            for (int from = 0, found; (found = context[from..].IndexOf(toward, StringComparison.OrdinalIgnoreCase)) >= 0;)
            {
                from += found + toward.Length;
                var next = context[from..Math.Min(context.Length, from + 24)];
                if (next.IndexOfAny(QualificationWords) >= 0) return true;
            }
        for (int from = 0, found; (found = context[from..].IndexOf("intern", StringComparison.OrdinalIgnoreCase)) >= 0;)
        {
            int at = from + found, end = at + "intern".Length;
            from = end;
            if ((at == 0 || !char.IsLetter(context[at - 1])) && (end == context.Length || !char.IsLetter(context[end])
                || context[end..].StartsWith("ship", StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    static readonly System.Buffers.SearchValues<string> PlacementNotes = System.Buffers.SearchValues.Create(
        ["placement", "practicum", "trainee", "in training",
            // Hours a course requires: "Course-required client hours (80 of 100 completed)" under a university's "Student
            // Counsellor" (a review's trainee, kept a placement once a university's student counsellor was its own post).
            "course-required", "course required", "required client hours",
            // A student's own words for it (an independent review's trainees): "as part of my Level 8 degree", "completing my
            // 100 supervised hours for the diploma".
            "part of my", "supervised hours", "for the diploma", "for my diploma", "for my degree",
            // A school's trainee counsellor in her own words (an independent review): "while completing my Level 4 Diploma",
            // "hours count towards my IACP accreditation".
            "while completing my", "while training", "count towards", "count toward", "counted towards", "counted toward"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A course of study a trainee's hours count toward: "my PG Diploma", "my MSc", "my degree".</summary>
    static readonly System.Buffers.SearchValues<string> QualificationWords = System.Buffers.SearchValues.Create(
        ["diploma", "degree", "master", "msc", "ma ", "certificate", "qualification", "course", "accreditation"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a student line's title is a peer's: a student on a student-run line ("Peer Counselor, Student Hotline": an
    /// undergraduate's four years counted as work). The title before the line's name on its own line only, and not a post
    /// over the peers ("Crisis Counselor &amp; Peer Listener Supervisor"): a peer supervision group in the bullet above, a
    /// supervisor of peer listeners or a staff counselor of "Student Hotline &amp; Peer Support Programs" is staff (two
    /// reviews' cases).
    /// </summary>
    static bool NamesAPeerPost(ReadOnlySpan<char> line) =>
        line.Contains("peer", StringComparison.OrdinalIgnoreCase) && line.IndexOfAny(PostsOverPeers) < 0;

    static readonly System.Buffers.SearchValues<string> PostsOverPeers = System.Buffers.SearchValues.Create(
        ["supervisor", "coordinator", "manager", "director", "trainer", "lead"], StringComparison.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StudentLineLookup = new HashSet<string>(
        ["helpline", "helplines", "hotline", "hotlines"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string> StudentServices = new(StringComparer.OrdinalIgnoreCase)
    {
        "wellness", "wellbeing", "health", "services", "service", "affairs", "life", "success", "support", "counseling",
        "counselling", "development", "mental", "center", "centre", "body", "population", "populations",
        // "Counsellor, Student Welfare Office" at a Kenyan college (Fresh28, t08); "Student Guidance Centre".
        "welfare", "guidance",
        // A school's Student Assistance Program, its screening and brief counseling staffed by an agency's counselors ("Student
        // Assistance Program (SAP) Counselor (part-time, 0.4 FTE)": Fresh91, t12, a year and a half read as a placement).
        "assistance",
        // "College Psychologist, Student Psychological Services" (Fresh211, t12: a cégep psychologist's nine years read as a placement).
        "psychological", "psychology",
    };
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StudentServiceLookup = StudentServices.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly ShortTextSearch Institutions = new(
        ["university", "college", "institute", "school", "academy"]);

    /// <summary>
    /// "Worcester, MA\t2011 - 2016": two capitals after a place name and a comma are a state
    /// (Massachusetts, Mississippi), not an M.A. or M.S.; "Boston University, MA, 2014" is still a degree.
    /// </summary>
    static bool IsStateCode(ReadOnlySpan<char> line, int start, int end)
    {
        if (end - start != 2 || !char.IsUpper(line[start]) || !char.IsUpper(line[start + 1])) return false;
        if (end < line.Length && char.IsLetter(line[end])) return false;
        int comma = start - 1;
        while (comma >= 0 && line[comma] is ' ' or '\u00A0') comma--;
        if (comma < 1 || line[comma] != ',') return false;
        int placeEnd = comma, placeStart = comma - 1;
        while (placeStart >= 0 && (char.IsLetter(line[placeStart]) || line[placeStart] is '.' or '\'' or '-')) placeStart--;
        var place = line[(placeStart + 1)..placeEnd];
        return place.Length > 0 && char.IsUpper(place[0]) && !Institutions.Occurs(place);
    }

    /// <summary>Titles that name a person of the trade, not a field of study ("counseling", "psychology" are both).</summary>
    static readonly ShortTextSearch PersonTitlesOfTheTrade = new(
        ["counselor", "counsellor", "therapist", "psychologist", "social worker", "clinician", "case manager"]);

    static bool FollowsATitleOfTheTrade(ReadOnlySpan<char> beforeDegree) =>
        PersonTitlesOfTheTrade.Occurs(beforeDegree) && !beforeDegree.Contains("education", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Florida registers graduates working toward licensure as interns ("Registered Intern", "Registered Mental Health
    /// Counselor Intern", "Registered Marriage and Family Therapist Intern"): a post-degree job, not a placement. So did Texas
    /// until 2021, with the license's letters ("LPC-Intern", "LPC Intern", "LMFT-Intern"): read as a placement, a clinical
    /// director's three licensed years before full licensure dropped out of her years (Fresh13, t03).
    /// </summary>
    /// <remarks>
    /// Asked of every intern's entry, and each reading below searches the context again: one short search for the words every
    /// one of them needs (<see cref="RegisteredInternClues"/>) turns down the student's internship first.
    /// </remarks>
    static bool IsRegisteredIntern(ReadOnlySpan<char> context) =>
        RegisteredInternClues.Occurs(context)
        && (context.Contains("registered intern", StringComparison.OrdinalIgnoreCase)
            || (context.Contains("registered", StringComparison.OrdinalIgnoreCase) && LicensureInternTitles.Occurs(context))
            || LicensedInterns.Occurs(context)
            || IsCaliforniasAssociate(context));

    /// <summary>
    /// A word each reading of <see cref="IsRegisteredIntern"/> needs: "registered"; the license's letters of
    /// <see cref="LicensedInterns"/>' titles ("lpc", "mft", "adc intern") or its "intern registration"; California's "mft" (of
    /// "MFT Intern", "MFTI" and "AMFT").
    /// </summary>
    static readonly ShortTextSearch RegisteredInternClues = new(["registered", "intern registration", "lpc", "mft", "adc intern"]);

    static readonly ShortTextSearch LicensedInterns = new(
        ["lpc-intern", "lpc intern", "lmft-intern", "lmft intern", "lpc-i)", "lpci)",
            // New Jersey's alcohol and drug counselor intern registration, worked toward the CADC (Fresh51, t07).
            "intern registration", "adc intern", "cadc intern"]);

    /// <summary>
    /// California registered graduates as "MFT Interns" until 2018 and calls them Associates (AMFT) since: an associate's years
    /// before licensure are post-degree work (Fresh35, t12: four years read as a placement). "AMFT" as a word of its own, not
    /// inside "COAMFTE" or "AAMFT"; and not a student's: "MFT Intern (practicum)" is a school's placement (an independent review).
    /// </summary>
    static bool IsCaliforniasAssociate(ReadOnlySpan<char> context)
    {
        // Registered after the degree, wherever the hours were worked: "Registered MFT Intern (IMF 81234), low-fee training clinic"
        // (an independent review).
        if (context.IndexOfAny(RegisteredAfterTheDegree) >= 0 && CaliforniaInterns.Occurs(context)) return true;
        if (context.IndexOfAny(StudentsWords) >= 0) return false;
        if (CaliforniaInterns.Occurs(context)) return true;
        for (int from = 0, found; from < context.Length && (found = context[from..].IndexOf("amft", StringComparison.OrdinalIgnoreCase)) >= 0;)
        {
            int at = from + found, end = at + 4;
            from = end;
            if ((at == 0 || !char.IsLetter(context[at - 1])) && (end == context.Length || !char.IsLetter(context[end]))) return true;
        }
        return false;
    }

    static readonly ShortTextSearch CaliforniaInterns = new(["mft intern", "mft-intern", "mfti"]);

    static readonly System.Buffers.SearchValues<string> RegisteredAfterTheDegree = System.Buffers.SearchValues.Create(
        ["registered", "imf", "post-degree", "post-master", "postgraduate hours"], StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> StudentsWords = System.Buffers.SearchValues.Create(
        ["practicum", "student intern", "graduate student", "trainee", "degree expected", "coursework",
            // A university programme's own clinic: "MFT Intern — McGill Couple and Family Therapy Clinic (training clinic)" (Fresh72,
            // t08: a Montréal student's internship read as California's registered post-degree intern).
            "training clinic"], StringComparison.OrdinalIgnoreCase);

    static readonly ShortTextSearch LicensureInternTitles = new(
        ["counselor intern", "therapist intern", "social worker intern"]);

    enum RangeKind { Work, Placement, Study }

    /// <summary>Whether the line holds a date and nothing else: a month's name, digits and punctuation ("Dec 2025", "09/2017 -").</summary>
    static bool DatesAlone(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        // Labels and a gap take a form's line to some 40 characters at most: a longer line is no line of dates alone, and is not
        // walked (asked once per range, and a text pasted as one line holds many).
        if (line.Length == 0 || line.Length > MaxFormDatesLine || !line.ContainsAnyInRange('0', '9')) return false;
        // An application form's dates ("From: 08/2001    To: 05/2004") are dates alone, their labels and gap aside: the title,
        // employer and place stand a field each above them (Fresh19, t07).
        int letters = 0, length = 0;
        bool gap = false;
        for (int i = 0; i < line.Length; i++)
        {
            // A label starts a word: a letter inside one is not looked up (IsFormDateLabelAt turns it down too, after a call).
            if (char.IsAsciiLetter(line[i]) && (i == 0 || !char.IsLetter(line[i - 1])) && IsFormDateLabelAt(line, i, out int labelEnd))
            {
                i = labelEnd - 1;
                gap = true;
                continue;
            }
            if (line[i] is ' ' or '\t') { gap = true; continue; }
            if (gap && length > 0) length++;
            gap = false;
            if (++length > 24) return false;
            if (char.IsLetter(line[i]) && ++letters > 9) return false;
        }
        return true;
    }

    const int MaxFormDatesLine = 256;

    /// <summary>
    /// Whether the line is a form's field of a role's description ("Duties: ...", "Responsibilities: ..."), which belongs to the
    /// role above; a title's, employer's or place's field under any name ("Position Title:", "Agency:") heads the entry.
    /// </summary>
    static bool IsAnotherFormField(ReadOnlySpan<char> line)
    {
        int colon = line.IndexOf(':');
        if (colon <= 0) return false;
        var label = line[..colon].Trim();
        foreach (var field in (ReadOnlySpan<string>)["duties", "description", "responsibilities", "summary", "skills", "achievements",
                     "accomplishments", "reason for leaving", "supervisor", "salary", "hours", "may we contact", "details"])
            if (label.Equals(field, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether a form's label for a date ("From:", "To:", "Start Date:", "End Date:") starts at <paramref name="i"/>.</summary>
    static bool IsFormDateLabelAt(ReadOnlySpan<char> line, int i, out int end)
    {
        end = i;
        if (i > 0 && char.IsLetter(line[i - 1])) return false;
        // Every label starts with one of these pairs of letters, and only an ASCII letter equals one without regard to case: a
        // title's other words ("Director", "Specialist") are not compared with all ten labels.
        if (i + 1 >= line.Length
            || ((char)(line[i] | 0x20), (char)(line[i + 1] | 0x20)) is not (('f', 'r') or ('t', 'o') or ('s', 't') or ('e', 'n') or ('f', 'i') or ('d', 'a')))
            return false;
        foreach (var label in FormDateLabels)
            if (FormLabelEnd(line[i..], label) is int labelEnd and >= 0) { end = i + labelEnd; return true; }
        return false;
    }

    static readonly string[] FormDateLabels = ["From", "To", "Start Date", "End Date", "Start", "End", "Finish", "Started", "Finished", "Dates"];

    /// <summary>The fewest words of a sentence describing a role ("Individual and group counseling for adults referred by courts.").</summary>
    const int MinWordsInADescription = 6;

    /// <summary>
    /// A sentence of a role's description: a few words or more, ending with a full stop that ends no abbreviation, most of
    /// them starting in lowercase. "Registered Nurse, Cardiac Step-Down Unit, Wake Forest Baptist Medical Center,
    /// Winston-Salem, N.C." is a title, capitals and all (an independent review).
    /// </summary>
    static bool IsADescriptionSentence(ReadOnlySpan<char> line)
    {
        if (line[^1] != '.' || ResumeLayout.EndsAnAbbreviation(line[..^1])) return false;
        int words = 0, lower = 0;
        for (int i = 0; i < line.Length;)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            words++;
            if (char.IsLower(line[i])) lower++;
            while (i < line.Length && char.IsLetter(line[i])) i++;
        }
        return words >= MinWordsInADescription && lower * 2 > words;
    }

    /// <summary>
    /// Whether a bullet's line tells something done before its dates, a sentence of three words or more ("▸ NATO summits and
    /// ministerials 2023-2025"), not a post's dates set as a bullet under its title and employer ("• 2019 – Present • Austin, TX",
    /// "– Sept 2019 – present", "· 2017 – atual": an independent review, where such posts lost their titles to a rule that read
    /// every dated bullet in a right-hand column as its own entry). Nor a post of the trade marked as a bullet under another post held
    /// at once: "▸ LPC Associate (evenings), Bayou City Counseling 2023 – present" under "▸ HR Business Partner, Memorial Hermann 2013
    /// – present" (a review of session 49: read as the HR post's bullet, a career changer's current post and all her evidence were lost).
    /// </summary>
    internal static bool IsABulletsSentenceDated(ReadOnlySpan<char> bulleted)
    {
        var words = bulleted.TrimStart(" \t")[1..];
        int digit = words.IndexOfAnyInRange('0', '9');
        if (digit >= 0) words = words[..digit];
        words = words.Trim(" \t");
        return words.Count(' ') >= 2 && !ResumeLayout.IsATitleOfTheTrade(words);
    }

    /// <summary>
    /// Whether a right-hand column's piece of a line is a bullet: <see cref="IsBulleted"/>'s marks, or a small triangle, as design
    /// templates set a column's bullets ("▸ NATO summits and ministerials 2023-2025: Swedish booth", Fresh239, t11: read as a post of
    /// its own, a conference interpreter's post lost its bullets to it). Only there: on a page in one column the triangle marks a
    /// post's title as often ("▸ Senior Clinical Psychologist" over "NHS Lanarkshire" and "Sep 2013 – Jul 2018"), and read as a
    /// bullet everywhere it cut such titles off their dates, and psychologists and counselors lost their posts, their years or their
    /// whole score (a review of session 49).
    /// </summary>
    static bool IsBulletedInAColumn(ReadOnlySpan<char> piece) =>
        IsBulleted(piece) || piece.TrimStart(" \t") is ['\u25B8' or '\u25B9', ..];

    /// <summary>
    /// Where an entry's header starts: "Graduate Intern, School Counseling / Holyoke High School /
    /// Holyoke, MA  Sep 2021 - Jun 2022" puts title, employer and dates on three lines. Up to two
    /// lines above the dates (three above a line of dates alone), while they are neither blank, a bullet, a heading nor another
    /// date, in the role's column.
    /// </summary>
    /// <param name="above">Where the line above the dates' starts (<paramref name="lineStart"/> on the first line).</param>
    /// <param name="aboveEnd">Where that line ends, as <see cref="Clauses.LineAround"/> gives.</param>
    static int EntryStart(ReadOnlySpan<char> text, int lineStart, int above, int aboveEnd, int column)
    {
        if (column == 0 && FormEntryStart(text, lineStart) is int formStart and >= 0) return formStart;
        int start = lineStart;
        // A row of a table set apart by bars is its own entry: the row above is another post's, the head row no title.
        var datesLine = text[lineStart..Clauses.LineAround(text, lineStart).End];
        // Both rows need a bar on the dates' line: most have none, and are not searched for the bars' spaces.
        bool barred = column == 0 && lineStart > 0 && datesLine.Contains('|');
        if (barred && datesLine.Count(" | ") >= 2 && !IsMarkdownRow(datesLine)
            && text[above..aboveEnd].Count(" | ") >= 2) return lineStart;
        // So is a row of a two-cell table ("Aug '19 – Mar '23 | Drug & Alcohol Counsellor ..."): the line above whose first cell is
        // empty ("                    | Justice Health & Forensic Mental Health Network") goes on with the row above (Fresh145, t08:
        // read as the next row's title, every title slid one row down and a corrections officer's years were a counsellor's).
        if (barred && text[above..aboveEnd].TrimStart(" \t").StartsWith('|')) return lineStart;
        // A bullet dated on its own line in a right-hand column starts its entry: the lines above are the bullet before it, wrapped,
        // whose indent under its text the column's pieces do not show ("▸ 90-110 working days a year ..." over "for EU institutions
        // ..." and "(pharma, trade unions, automotive)": Fresh239, t11, where they took the dated bullet into the post above's lines
        // and it was no dated bullet of that post). A bullet's mark and a space: "*Spring 2019 to now*" is Markdown's italics.
        if (column > 0 && InColumn(datesLine, column) is [_, ' ' or '\t', ..] own && IsBulletedInAColumn(own) && IsABulletsSentenceDated(own)) return lineStart;
        // A resume written all in bullets, one fact a line, gives title and employer a bullet each over a bullet of dates alone.
        if (column == 0 && BulletedEntryStart(text, lineStart, datesLine) is int bulleted and >= 0) return bulleted;
        // A table extracted cell by cell gives title, employer and place a line each over a line of dates alone: three lines up.
        // Read only once a third line up is asked for, or a ZIP code's line would make it one: most entries stop at a blank
        // line or a heading right above their dates (0 until read).
        int linesUp = 0;
        for (int up = 0; start > 0; up++)
        {
            if (up >= 2 && up >= (linesUp = LinesUpForEntry(text, lineStart, column, linesUp))) break;
            // The line above the dates' is known to the caller; only the one above that is looked for.
            var (lineAbove, lineAboveEnd) = up == 0 ? (above, aboveEnd) : Clauses.LineAround(text, start - 1);
            var line = InColumn(text[lineAbove..lineAboveEnd], column).Trim();
            if (line.Length == 0 || IsBulleted(line) || WrapsABullet(text, lineAbove, line, column)) break;
            // A grid table's rule line closes the row above: the row of the dates starts the entry (Fresh242, t04: "+-----+-----+"
            // was read as a post's title).
            if (barred && IsAGridRule(line)) break;
            // A hanging indent: entries flush with their dates, each description indented under its title. An indented line above
            // a flush line of dates wraps the entry above's description (Fresh197, t03: "⇥trainees/yr; built a supervision model
            // ..." over "Sept 2012-Aug 2016⇥Staff Psychologist" made the staff psychologist's post a trainee's).
            if (column == 0 && IsAHangingIndentAbove(text, lineStart, lineAbove)) break;
            // The cheap test first: a line with a year ends the entry whether or not it is a heading, but for a title's note on an
            // earlier title ("Licensed Professional Counselor (Counselor Trainee until 10/2023)": an independent review, where the
            // title was cut off and the employer's "Riverside Counseling Center" read as another subject's).
            if (line.IndexOfAnyInRange('0', '9') >= 0 && HasYear(line) && !DatesOnlyAnEarlierTitlesNote(line) && !EndsWithAUsZipCode(line)) break;
            if (HeadingOf(line) is not null) break;
            // A sentence two lines up is the last of the role above's description ("Individual and group counseling for adults
            // referred by courts; caseload 24." over "Senior Probation Officer"): taken as this entry's, it put the counselor's
            // words in a probation officer's title.
            if (up >= 1 && IsADescriptionSentence(line)) break;
            // A summary's sentence with a past career's dates inside it ("Former actor (1996-2003); the stage taught me timing.")
            // starts where the sentence before it ended: taken as its title, that sentence's "therapeutic alliance" was the
            // actor's (Fresh187, t07: a psychotherapist's summary lost the term).
            if (up == 0 && line.Length > 0 && IsADescriptionSentence(line) && datesLine.Trim().Length > 0 && IsADescriptionSentence(datesLine.Trim())) break;
            // The third line up heads the entry only as a title does: no full stop ("Co-lead a weekly consultation group for
            // our practicum students and interns." is the role above's last sentence: an independent review).
            if (up == 2 && line[^1] == '.' && !ResumeLayout.EndsAnAbbreviation(line[..^1])) break;
            // A form's field other than the post's or the employer's ("Duties: ...") is the role above's (an independent review).
            if (up == 2 && IsAnotherFormField(line)) break;
            start = lineAbove;
            // A federal resume's entry gives the employer's street address a line of its own ("2113 N Highway 175, Seagoville, TX
            // 75159") between employer and dates: the title stands one line higher (Fresh95, t06, whose "DRUG TREATMENT SPECIALIST"
            // fell into the post above).
            if (up < 2 && EndsWithAUsZipCode(line) && (linesUp = LinesUpForEntry(text, lineStart, column, linesUp)) == 2) linesUp = 3;
        }
        return start;
    }

    /// <summary>
    /// Where an entry written all in bullets starts: "- Mental Health Counselor I" / "- Riverbend Behavioral Health, Columbus" /
    /// "- 03/26–now" under a blank line or a heading (Fresh249, t06: a terse resume's posts had no titles, and a new counselor's
    /// placements no years). Up to two bullets above a bullet of dates alone, none with a year or a full stop, and a blank line
    /// or a heading above the first: a post's last bullets over a dated one ("- Group work" / "- 2019 – 2021") have its other
    /// bullets above them. -1 for any other entry.
    /// </summary>
    static int BulletedEntryStart(ReadOnlySpan<char> text, int lineStart, ReadOnlySpan<char> datesLine)
    {
        var own = datesLine.Trim();
        if (own.Length < 2 || !IsBulleted(own) || !DatesAlone(own[1..])) return -1;
        int start = lineStart;
        for (int up = 0; up < 3 && start > 0; up++)
        {
            var (above, aboveEnd) = Clauses.LineAround(text, start - 1);
            var line = text[above..aboveEnd].Trim();
            if (line.Length == 0 || HeadingOf(line) is not null)
                return up > 0 && NamesAPerson(text[start..Clauses.LineAround(text, start).End].Trim()[1..]) && AllBulletsAbove(text, above, line) ? start : -1;
            if (up == 2 || !IsBulleted(line) || HasYear(line) || line[^1] == '.') return -1;
            start = above;
        }
        return -1;
    }

    /// <summary>
    /// Whether the page above a bulleted entry is bullets too: a heading over it, or a blank line under a bullet or a heading. A
    /// post's title above a blank line ("Barista, Blue Bottle Coffee" over "- Counselled stressed coworkers" / "- Crisis
    /// intervention for customers" / "- 2012 – 2019") makes the bullets its duties (a review of session 54).
    /// </summary>
    static bool AllBulletsAbove(ReadOnlySpan<char> text, int lineAbove, ReadOnlySpan<char> line)
    {
        if (line.Length > 0) return true;
        for (int at = lineAbove; at > 0;)
        {
            var (above, aboveEnd) = Clauses.LineAround(text, at - 1);
            var upper = text[above..aboveEnd].Trim();
            if (upper.Length > 0) return IsBulleted(upper) || HeadingOf(upper) is not null;
            at = above;
        }
        return false;
    }

    /// <summary>Whether a bullet's words name a person in a post: a word ending as posts do ("Counselor", "Teller", "Therapist") or "Intern", "Student".</summary>
    static bool NamesAPerson(ReadOnlySpan<char> words)
    {
        foreach (var range in words.SplitAny(" /,-\t"))
        {
            var word = words[range].TrimEnd(".)");
            if (word.Length < 4) continue;
            foreach (var ending in (ReadOnlySpan<string>)["er", "or", "ist", "ian", "ant", "ent", "intern", "lead", "aide", "trainee", "associate", "officer"])
                if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// How many lines above its dates an entry may start (<see cref="EntryStart"/>): three over a line of dates alone, two
    /// otherwise; <paramref name="known"/> when read already (0 when not).
    /// </summary>
    static int LinesUpForEntry(ReadOnlySpan<char> text, int lineStart, int column, int known) =>
        known > 0 ? known : DatesAlone(InColumn(text[lineStart..(text[lineStart..].IndexOf('\n') is int n and >= 0 ? lineStart + n : text.Length)], column)) ? 3 : 2;

    /// <summary>
    /// Whether the line above a flush line of dates is indented with a tab: a hanging indent's wrapped description of the entry
    /// above (<see cref="EntryStart"/>), neither this entry's title nor its context.
    /// </summary>
    static bool IsAHangingIndentAbove(ReadOnlySpan<char> text, int lineStart, int above)
    {
        if (above >= lineStart || lineStart >= text.Length || !char.IsLetterOrDigit(text[lineStart]) || text[above] != '\t') return false;
        // Only where the dates' line holds its own title after a tab: a title indented over a flush line of dates alone
        // ("⇥Counseling Intern (practicum)" over "Sept 2019 - May 2020") heads that entry (a review of session 39).
        var datesLine = text[lineStart..Clauses.LineAround(text, lineStart).End];
        int tab = datesLine.IndexOf('\t');
        return tab > 0 && !datesLine[tab..].IsWhiteSpace();
    }

    /// <summary>Whether the line ends with a US state and ZIP code ("Seagoville, TX 75159", "TX 78602-1234").</summary>
    static bool EndsWithAUsZipCode(ReadOnlySpan<char> line)
    {
        if (line.Length >= 5 && line[^5] == '-' && line[^4..].IndexOfAnyExceptInRange('0', '9') < 0) line = line[..^5];
        return line.Length >= 9 && line[^5..].IndexOfAnyExceptInRange('0', '9') < 0 && line[^6] == ' '
            && char.IsAsciiLetterUpper(line[^8]) && char.IsAsciiLetterUpper(line[^7]) && line[^9] == ' ';
    }

    /// <summary>
    /// Whether a line's years all stand in a note in parentheses after a title, the note telling of an earlier title ("(Counselor
    /// Trainee until 10/2023)", "(formerly Intern, 2019)", "(promoted 2022)").
    /// </summary>
    static bool DatesOnlyAnEarlierTitlesNote(ReadOnlySpan<char> line)
    {
        int open = line.IndexOf('(');
        if (open <= 0 || HasYear(line[..open]) || !ResumeLayout.IsTitleLine(line[..open])) return false;
        // A membership's year, under any post's title: "Freelance Conference Interpreter (AIIC member since 2019)" over "Brussels |
        // 2015 – to date" (Fresh239, t11: the title was cut off its entry, and an interpreter's post was titled by its city).
        if (line[open..].IndexOf(')') is int memberClose and > 0 && !HasYear(line[(open + memberClose + 1)..])
            && line[open..(open + memberClose)].Contains("member since", StringComparison.OrdinalIgnoreCase)) return true;
        // A pay band's step under any post's title: "Junior Sister / Staff Nurse (Band 5, Band 6 from 2014)" (Fresh125, t11: the
        // nurse's title was cut off her entry, and eleven years of nursing counted as a counsellor's).
        if (line[open..].IndexOf(')') is int bandClose and > 0 && !HasYear(line[(open + bandClose + 1)..])
            && NamesAPayBand(line[open..(open + bandClose + 1)])) return true;
        // Only under a counselor's own title now: "Head of Year (formerly School Counsellor, 2014)" is a teacher's post, and its
        // note's counsellor no title of it (a third review).
        if (!ResumeLayout.NamesACounselorsPost(line[..open]) && !ResumeLayout.NamesTheTradesLicense(line[..open])) return false;
        int close = line[open..].IndexOf(')');
        if (close < 0 || HasYear(line[(open + close + 1)..])) return false;
        var note = line[(open + 1)..(open + close)];
        return note.IndexOfAny(EarlierTitleNoteWords) >= 0;
    }

    static readonly System.Buffers.SearchValues<string> EarlierTitleNoteWords = System.Buffers.SearchValues.Create(
        ["until", "till", "formerly", "previously", "promoted"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where an application form's entry starts above its "From:" line: at its title's field, over the fields between ("Job Title:
    /// Store Manager" / "Company:" / "Location:" / "I currently work here: Yes" / "From: 05/2022"), as a Workday export writes
    /// them; -1 for dates not labelled so, or no title's field within reach. Cut short of it, the entry's title fell into the job
    /// above's block, and a store manager's post took the counselor's title below it (an independent review).
    /// </summary>
    static int FormEntryStart(ReadOnlySpan<char> text, int lineStart)
    {
        if (PrintViewEntryStart(text, lineStart) is int printView and >= 0) return printView;
        if (!OpensWithAFormsStartLabel(text[lineStart..Clauses.LineAround(text, lineStart).End])) return -1;
        int start = lineStart;
        for (int up = 0; up < MaxFormFieldsAbove && start > 0; up++)
        {
            var (lineAbove, lineAboveEnd) = Clauses.LineAround(text, start - 1);
            var line = text[lineAbove..lineAboveEnd].Trim();
            // "Job Title: ..." or, in a printable view, "Job Title      ..." (FormLabelEnd).
            int colon = line.IndexOf(':');
            int gap = line.IndexOf("  ", StringComparison.Ordinal) is int spaces and >= 0 ? spaces : line.IndexOf('\t');
            if (gap > 0 && (colon < 0 || gap < colon)) colon = gap;
            // A field's value wrapped onto an indented line of its own: "Company:       Psychotherapy Process Research Lab, Dept.
            // of Educational &" over "               Counselling Psychology" (Fresh197, t01: the entry was read from "Company:", and
            // a research assistant's title cut off made two years of transcribing a counsellor's).
            if (colon <= 0 && text[lineAbove] is ' ' or '\t' && line.Length > 0)
            {
                start = lineAbove;
                continue;
            }
            if (colon <= 0 || colon > MaxFormLabel) return -1;
            var label = line[..colon].Trim();
            start = lineAbove;
            foreach (var title in LabelledPostLabels)
                if (label.Equals(title, StringComparison.OrdinalIgnoreCase)) return start;
        }
        return -1;
    }

    /// <summary>
    /// Where an entry of a print view that sets each label on a line of its own starts: at its "Job Title" line, over the title,
    /// "Company", the employer, "Location" and the rest, above the "From" line over the start (Fresh154, t07: read from
    /// "Location", a graduate intern's title was no part of her entry); -1 for a start not so laid out.
    /// </summary>
    static int PrintViewEntryStart(ReadOnlySpan<char> text, int lineStart)
    {
        if (lineStart == 0) return -1;
        var (labelStart, labelEnd) = Clauses.LineAround(text, lineStart - 1);
        if (!IsAStartLabelAlone(text[labelStart..labelEnd])) return -1;
        int start = labelStart;
        for (int up = 0; up < 2 * MaxFormFieldsAbove && start > 0; up++)
        {
            var (lineAbove, lineAboveEnd) = Clauses.LineAround(text, start - 1);
            var line = text[lineAbove..lineAboveEnd].Trim();
            if (line.IsEmpty) return -1;
            start = lineAbove;
            foreach (var title in PostLabels)
                if (line.Equals(title, StringComparison.OrdinalIgnoreCase)) return start;
        }
        return -1;
    }

    /// <summary>Whether the line holds a form's start label and nothing else: "From", "Start Date".</summary>
    static bool IsAStartLabelAlone(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Equals("From", StringComparison.OrdinalIgnoreCase) || line.Equals("Start Date", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Where a table's entry heading ends when the dates stand in a row of their own, a Word table pasted as pipes ("| Period |
    /// Jun 2025 – Present |" over "| Organisation | ... |" and "| Position | Counsellor Intern (Master of Counselling practicum) |"):
    /// after the rows naming the employer and the post under the dates' row, before its duties' row; -1 for dates in no such row.
    /// <paramref name="post"/> is the post's cell, empty if no row names it. Read as the dates' row alone, a practicum's "Counsellor
    /// Intern" was no title of its year, and it counted as a job (Fresh143, t12).
    /// </summary>
    internal static int TableEntryRows(ReadOnlySpan<char> text, int lineStart, int lineEnd, int limit, out Range post)
    {
        post = default;
        if (!text[lineStart..lineEnd].TrimStart(' ').StartsWith('|')) return -1;
        int end = -1;
        for (int at = lineEnd; at + 1 < limit && text[at] == '\n';)
        {
            var (rowStart, rowEnd) = Clauses.LineAround(text, at + 1);
            int open = text[rowStart..rowEnd].IndexOf('|');
            if (rowEnd > limit || open < 0 || !text[rowStart..(rowStart + open)].IsWhiteSpace()) break;
            open += rowStart + 1;
            int bar = text[open..rowEnd].IndexOf('|');
            if (bar <= 0) break;
            var label = text[open..(open + bar)].Trim(' ');
            bool names = false, namesThePost = false;
            foreach (var name in EntryRowLabels) names |= label.Equals(name, StringComparison.OrdinalIgnoreCase);
            foreach (var name in PostLabels) namesThePost |= label.Equals(name, StringComparison.OrdinalIgnoreCase);
            if (!names && !namesThePost) break;
            if (namesThePost)
            {
                int cell = open + bar + 1, cellEnd = text[cell..rowEnd].IndexOf('|') is int close and >= 0 ? cell + close : rowEnd;
                post = cell..cellEnd;
            }
            end = at = rowEnd;
        }
        return end;
    }

    /// <summary>
    /// The post's cell in the row under a grid table's row of dates alone: "|  2019 – present      |          |" over "|     |  Senior AOD
    /// Counsellor  |", the employer and the bullets in the rows below it (pandoc's and org's grids). The dates' row holds nothing
    /// but the dates, and the row under it one filled cell, a title's: where that row ends, <paramref name="post"/> its cell; -1
    /// otherwise. Read as the dates' row alone, each post was titled by its dates (and the rule line above them), none was of the
    /// trade, and a senior AOD counsellor's page was read as another trade's (Fresh242, t04).
    /// </summary>
    internal static int TitleRowUnderGridDates(ReadOnlySpan<char> text, int lineStart, int lineEnd, int rangeStart, int rangeEnd, int limit, out Range post)
    {
        post = default;
        // Dates over two rows ("| 07/2021 -  | ..." over "| current  | ...") share their rows with the title's cell.
        if (rangeStart < lineStart || rangeEnd > lineEnd) return -1;
        // Only a row: most dates' lines open with no bar, and are turned down by one look.
        var before = text[lineStart..rangeStart].TrimStart(" \t");
        if (before.IsEmpty || before[0] != '|' || lineEnd + 1 >= limit || text[lineEnd] != '\n') return -1;
        if (before.IndexOfAnyExcept(" \t|") >= 0 || text[rangeEnd..lineEnd].IndexOfAnyExcept(" \t\r|") >= 0) return -1;
        var (rowStart, rowEnd) = Clauses.LineAround(text, lineEnd + 1);
        if (rowEnd > limit) return -1;
        var row = text[rowStart..rowEnd].TrimEnd(" \t\r");
        int open = row.IndexOf('|');
        if (open < 0 || !row[..open].IsWhiteSpace() || row[^1] != '|') return -1;
        int cellStart = -1, cellEnd = -1;
        for (int at = open + 1; at < row.Length;)
        {
            int bar = row[at..].IndexOf('|');
            if (bar < 0) return -1;
            if (!row.Slice(at, bar).IsWhiteSpace())
            {
                // A second filled cell: the row goes on with a table's cells, no title standing alone.
                if (cellStart >= 0) return -1;
                (cellStart, cellEnd) = (at, at + bar);
            }
            at += bar + 1;
        }
        if (cellStart < 0 || !ResumeLayout.IsTitleLine(row[cellStart..cellEnd])) return -1;
        var cell = row[cellStart..cellEnd];
        int lead = cell.Length - cell.TrimStart(' ').Length;
        post = (rowStart + cellStart + lead)..(rowStart + cellStart + cell.TrimEnd(' ').Length);
        return rowEnd;
    }

    /// <summary>A table entry's rows naming its employer or place, beside the post's (<see cref="PostLabels"/>).</summary>
    static readonly string[] EntryRowLabels = ["organisation", "organization", "employer", "company", "agency", "designation", "department", "location"];

    /// <summary>Where the value starts after a post's label and a gap of spaces or a tab ("Position    Counsellor"); -1 for no such label.</summary>
    static int GapLabelledPostEnd(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        // Each label starts with one of these letters, and only an ASCII letter equals one without regard to case: the line under
        // most dates, a bullet or an employer, is not compared with all five.
        if (trimmed.Length == 0 || (trimmed[0] | 0x20) is not ('j' or 't' or 'p' or 'r')) return -1;
        int lead = line.Length - trimmed.Length;
        foreach (var label in PostLabels)
            if (FormLabelEnd(trimmed, label) is int end and > 0 && end < trimmed.Length && trimmed[end] != ':')
                return lead + end + (trimmed[end..].Length - trimmed[end..].TrimStart(" \t").Length);
        return -1;
    }

    /// <summary>A form's labels for the post held: "Job Title", "Position".</summary>
    static readonly string[] PostLabels = ["job title", "title", "position", "position title", "role"];

    /// <summary>The same before a colon or a gap, where "Job:" is one too.</summary>
    static readonly string[] LabelledPostLabels = [.. PostLabels, "job"];

    const int MaxFormFieldsAbove = 6;
    const int MaxFormLabel = 32;

    /// <summary>
    /// Whether the line goes on with a bullet above it: it starts in the middle of a sentence (a word in small letters) and
    /// the lines above it run up to a bullet ("- Completed the CIT course; used de-escalation" over "on mental health calls ...").
    /// Read as the head of the entry below it, a police officer's "mental health calls" titled a dated bullet of his as a
    /// counselor's post (Fresh22, t08). A title written in small letters has no bullet above it.
    /// </summary>
    static bool WrapsABullet(ReadOnlySpan<char> text, int lineStart, ReadOnlySpan<char> line, int column)
    {
        // A bullet's wrapped lines are indented under its text; a title in small letters starts at the margin (a resume written
        // all in small letters, its bullets without full stops: a second review).
        var raw = InColumn(text[lineStart..Clauses.LineAround(text, lineStart).End], column);
        if (raw.Length == 0) return false;
        // At the margin, only under a bullet cut on a word that must go on: "- Built rapport ...; judges cannot be" over "their
        // counsellors, and I referred them ..." (Fresh200, t06: read as the next entry's title, a magistrate's court lists were a
        // counsellor's posts).
        if (raw[0] is not (' ' or '\t' or '\u00A0'))
        {
            if (!StartsWithASmallWord(line) || lineStart == 0) return false;
            var (bulletStart, bulletEnd) = Clauses.LineAround(text, lineStart - 1);
            var bullet = InColumn(text[bulletStart..bulletEnd], column).Trim();
            return IsBulleted(bullet) && (EndsOnAWordThatGoesOn(bullet) || BulletGoesOnLookup.Contains(ResumeLayout.LastWord(bullet)));
        }
        for (int up = 0; up < 3 && StartsWithASmallWord(line) && lineStart > 0; up++)
        {
            (lineStart, int lineEnd) = Clauses.LineAround(text, lineStart - 1);
            line = InColumn(text[lineStart..lineEnd], column).Trim();
            // A sentence ended above: a line in small letters under it starts something new (a resume written all in small
            // letters, its title under the last bullet of the job before: an independent review).
            if (line.Length == 0 || line[^1] is '.' or '!' or '?') return false;
            if (IsBulleted(line)) return true;
        }
        return false;
    }

    /// <summary>Words a bullet cut at the margin cannot end on, beside <see cref="SentenceGoesOnLookup"/>'s: "judges cannot be".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BulletGoesOnLookup = new HashSet<string>(
        ["be", "is", "are", "was", "were", "been", "cannot", "can", "could", "will", "would", "not", "their", "my", "our", "his", "her", "its"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the line's first word is written in small letters only ("on", not "eHealth" nor "iCounsel").</summary>
    static bool StartsWithASmallWord(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || !char.IsLower(line[0])) return false;
        int i = 0;
        while (i < line.Length && char.IsLetter(line[i]) && char.IsLower(line[i])) i++;
        return i == line.Length || !char.IsLetter(line[i]);
    }

    /// <summary>Whether the line holds a year, 1950 to 2100, as four digits of their own.</summary>
    internal static bool HasYear(ReadOnlySpan<char> line)
    {
        for (int i = 0; i + 4 <= line.Length; i++)
            if ((i == 0 || !char.IsAsciiDigit(line[i - 1])) && line.Slice(i, 4).IndexOfAnyExceptInRange('0', '9') < 0
                && (i + 4 == line.Length || !char.IsAsciiDigit(line[i + 4])) && FourDigits(line.Slice(i, 4)) is >= 1950 and <= 2100) return true;
        return false;
    }

    /// <param name="lineStart">Where the range's line starts.</param>
    /// <param name="lineEnd">Where the range's line ends.</param>
    /// <param name="previousStart">Where the line above starts: the job title is often on the line above its dates (in a table, the
    /// row above is another role's, and this is the row's own start).</param>
    /// <param name="under">The heading the range stands under, in its column; null before any.</param>
    /// <param name="column">The range's column (<see cref="InColumn"/>): only its pieces of the lines are read.</param>
    /// <param name="range">Where the dates stand.</param>
    /// <param name="words">The lines' word lists: the line and the context are mostly whole lines, each read once for all the lists.</param>
    static RangeKind KindOfRange(ReadOnlySpan<char> text, int lineStart, int lineEnd, int previousStart, int entryStart, HeadingKind? under, int column, Range range,
        LineWordLists words)
    {
        // Before any heading, and under a summary, dates are taken for work as they always were.
        if (under is not (null or HeadingKind.Work or HeadingKind.Summary)) return RangeKind.Study;

        var line = InColumn(text[lineStart..lineEnd], column);
        var (contextStart, contextEnd) = (column == 0 && IsAHangingIndentAbove(text, lineStart, previousStart) ? entryStart : Math.Min(previousStart, entryStart), lineEnd);
        // A range in a section flattened onto one line is named by its own sentence: the line holds other roles' words.
        int flattened = ResumeLayout.FlattenedTitleStart(text, lineStart, lineEnd, range.Start.Value, range.End.Value);
        if (flattened >= 0) (contextStart, contextEnd) = (flattened, range.End.Value);
        // A title wrapped after "Student" goes on below: "Counsellor (0.6 WTE), Student" over "Counselling Service, University of
        // Leeds" (Fresh71, t06: six years at a university service read as a student's placement).
        else if (contextEnd + 1 < text.Length && text[contextEnd] == '\n'
                 && text[contextStart..contextEnd].TrimEnd(" \t\r") is var upToStudent
                 && upToStudent.EndsWith("student", StringComparison.OrdinalIgnoreCase)
                 // Not a student of a discipline: "Honorary Therapist, Psychotherapy Student" over a hospital's counselling service
                 // is the student's placement (an independent review).
                 && !NamesADisciplineLast(upToStudent[..^"student".Length]))
            contextEnd = Clauses.LineAround(text, contextEnd + 1).End;
        var context = text[contextStart..contextEnd];
        bool degreeWords = column == 0 ? (words.In(text, lineStart, lineEnd, DegreeWords, LineWordLists.DegreeShift) & LineWordLists.Degree) != 0 : DegreeWords.Occurs(line);
        // A page of two columns extracted line by line: past a wide gap after the entry's own words beside its dates stands the other
        // column ("2016 – present   Independent Practice, Harrogate                 MA Integrative": Fresh71, t06, where the
        // sidebar's degree made a psychotherapist's ten years of practice study). Its degrees are no part of this entry.
        if (column == 0) line = UpToTheOtherColumn(line, range.End.Value - lineStart);
        // The degree's placement named by the degree ("Master's placement (counselling), unpaid", "MSW Field Placement"): a
        // placement, whatever else the line names (Fresh131, t09: a year of a master's placement counted as work).
        if (degreeWords && DegreeMentionIn(line) is var mention and not DegreeMention.None)
            return mention == DegreeMention.Degree ? RangeKind.Study : RangeKind.Placement;
        // A period of study written as an entry among the posts: "Full-time study, Master of Counselling" over its dates (Fresh50,
        // t07: two years of study counted as a counsellor's).
        // Not a bullet above ("- Studying part-time for a diploma", the last line of the post before: a review).
        if (column == 0 && (NamesAStudyPeriod(line) || (previousStart < lineStart && !IsBulleted(text[previousStart..lineStart])
            && NamesAStudyPeriod(text[previousStart..lineStart])))) return RangeKind.Study;
        // An entry headed by its degree over its school and dates ("Master of Counselling (full-time study)" / "University of
        // Waikato" / "2021 - 2022"): study, its placement inside it (Fresh90, t08: two years at university read as a counsellor's).
        // Not the degree's placement entered as a post ("Master of Counselling - Supervised Practicum" over "Counselling Intern").
        if (column == 0 && entryStart < previousStart && Clauses.LineAround(text, entryStart) is var (titleStart, titleEnd)
            && OpensWithADegree(text[titleStart..titleEnd]) && !NamesAPlacement(text[titleStart..lineEnd])) return RangeKind.Study;
        // Each word of ASCII letters that starts with a degree's initial, in order: the initials are searched for, not every
        // character of the line stepped over.
        for (int from = 0, found; from < line.Length && (found = line[from..].IndexOfAny(DegreeInitials)) >= 0;)
        {
            int start = from + found, i = start;
            while (i < line.Length && char.IsAsciiLetter(line[i])) i++;
            from = i;
            // An initial inside a word ("IMPACT") starts none.
            if (start > 0 && char.IsAsciiLetter(line[start - 1])) continue;
            // Checking length first spares hashing every longer word.
            if (i - start <= LongestDegree && DegreeLookup.Contains(line[start..i])
                && !IsStateCode(line, start, i) && !RanksAJobTitle(line, start, i) && !NamesACalendarAfterADate(line, start))
            {
                // "Physiotherapist, BSc (Hons) — Royal Free Hospital": another trade's job, whose degree follows the title.
                // Read as study, that trade's work was a counselor's (and only in mixed case, "BSC" being no degree).
                // "Clinical Psychologist, PhD   2012 – Present", "Licensed Clinical Social Worker, MSW": the trade's own job, its
                // degree after the person's title; "PhD, Counseling Psychology" and "Counselor Education, PhD" name a field.
                if (!Institutions.Occurs(line) && (ResumeLayout.NamesAnotherTrade(line) || FollowsATitleOfTheTrade(line[..start]))) break;
                // The degree's placement, not the degree: "Counseling Intern (Master's Internship, 600 hrs)⇥08/2024 – 04/2025"
                // (Fresh118, t03: a new counselor's internship read as study and dropped).
                if (NamesTheDegreesPlacement(line, i)) return RangeKind.Placement;
                return RangeKind.Study;
            }
        }
        if (column == 0)
        {
            uint clues = words.In(text, contextStart, contextEnd, PlacementClues, LineWordLists.PlacementShift) >> LineWordLists.PlacementShift;
            bool placement = NamesAPlacement(context, clues);
            // A student services counsellor's post (IsAStudentServicesCounselor) whose line under the dates calls it a placement
            // ("MA course placement (2 days a week)") is a placement (an independent review).
            // Its "student" is one of the clues read already: most contexts hold none, and are not searched again.
            if (!placement && lineEnd + 1 < text.Length && text[lineEnd] == '\n' && (clues & StudentClue) != 0
                && context.Contains("student counsel", StringComparison.OrdinalIgnoreCase))
            {
                var below = text[(lineEnd + 1)..Clauses.LineAround(text, lineEnd + 1).End];
                placement = !OpensWithARunningVerb(below) && NamesAPlacementNote(below);
            }
            // The post's first bullet calling it a placement: "Counsellor" over "- Pre-accreditation placement (unpaid) while completing
            // my Diploma in Counselling" (a third review of session 37: two years of it read as a post).
            if (!placement && lineEnd + 1 < text.Length && text[lineEnd] == '\n')
            {
                var below = text[(lineEnd + 1)..Clauses.LineAround(text, lineEnd + 1).End];
                placement = IsBulleted(below) && OpensWithAPlacement(below.TrimStart(" \t").TrimStart("-*\u2022\u00B7\u25AA\u25CF\u25E6\u2013~o").TrimStart(" \t"));
            }
            var titleBelow = TitleBelowTheDates(text, lineStart, lineEnd, entryStart, range);
            if ((placement || NamesAPlacement(titleBelow)) && !IsSalaried(text[lineStart..lineEnd]) && !IsSalaried(titleBelow)) return RangeKind.Placement;
            // A degree as the post under its dates, a Europass CV's study among its posts: "Position   MA Psychotherapy (full-time
            // study) with supervised placement" (Fresh169, t12: two years of study counted as a psychotherapist's).
            // The line whole: its note may be cut off the title ("(full-time study) with supervised placement").
            return OpensWithADegree(titleBelow) && text[lineEnd..Clauses.LineAround(text, lineEnd + 1).End].Contains("study", StringComparison.OrdinalIgnoreCase)
                ? RangeKind.Study : RangeKind.Work;
        }
        // A right-hand column's role is named by its pieces of the lines: "Volunteer Work" or "Student Affairs" beside it is the
        // left column's. The pieces are read together, as a left column's lines are: "Student Counsellor" over "Student Wellness
        // Office, Hong Kong Polytechnic University" is the university's counsellor (Fresh188, t01: read a line at a time, two
        // years of her post were a placement).
        var pieces = new System.Text.StringBuilder(context.Length);
        // Pieces left empty (the left column's alone on a line) are passed over: the first piece is the title a pay band is read in.
        foreach (var part in context.Split('\n'))
            if (InColumn(context[part], column).Trim() is { IsEmpty: false } piece) pieces.Append(piece).Append('\n');
        return NamesAPlacement(pieces.ToString().AsSpan()) ? RangeKind.Placement : RangeKind.Work;
    }

    /// <summary>
    /// The line up to a wide gap (<see cref="ColumnGap"/> spaces) that follows the entry's own words after its dates
    /// (<paramref name="rangeEnd"/>, in the line); the whole line where there is none. Dates alone before a gap are a table's
    /// cell, and what follows it this entry's own.
    /// </summary>
    static ReadOnlySpan<char> UpToTheOtherColumn(ReadOnlySpan<char> line, int rangeEnd)
    {
        if (rangeEnd <= 0 || rangeEnd >= line.Length) return line;
        int gap = line[rangeEnd..].IndexOf(ColumnGap, StringComparison.Ordinal);
        if (gap < 0) return line;
        gap += rangeEnd;
        return CountLetters(line[rangeEnd..gap], 1) == 0 ? line : line[..gap];
    }

    const string ColumnGap = "        ";

    /// <summary>Whether the text's last word is a discipline studied, as before "Student" ("Psychotherapy Student").</summary>
    static bool NamesADisciplineLast(ReadOnlySpan<char> text) =>
        ResumeLayout.WordBefore(text) is var (start, end) && StudiedDisciplinesLookup.Contains(text[start..end]);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StudiedDisciplinesLookup = new HashSet<string>(
        ["psychotherapy", "counselling", "counseling", "psychology", "doctoral", "masters", "master's", "ma", "msc", "phd", "trainee",
            "graduate", "postgraduate", "placement"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the line opens with a degree's name: "Master of Counselling", "Master's in Clinical Mental Health Counseling",
    /// "MSc Psychotherapy", "Postgraduate Diploma in Counselling". Not a job graded by one ("Master's-level Therapist").
    /// </summary>
    static bool OpensWithADegree(ReadOnlySpan<char> line)
    {
        line = line.TrimStart(" \t");
        // Every degree's name below starts with one of these letters (only an ASCII letter equals one without regard to case): a
        // title's line is not compared with all eighteen.
        if (line.IsEmpty || (line[0] | 0x20) is not ('m' or 'b' or 'd' or 'p' or 'g')) return false;
        foreach (var degree in (ReadOnlySpan<string>)["master of ", "masters of ", "master's in ", "masters in ", "master\u2019s in ",
                     "bachelor of ", "doctor of ", "postgraduate diploma", "graduate diploma", "postgraduate certificate", "graduate certificate"])
            if (line.StartsWith(degree, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var degree in (ReadOnlySpan<string>)["MA ", "MSc ", "M.A. ", "M.Sc. ", "MCouns ", "PhD ", "PsyD "])
            if (line.StartsWith(degree, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether the line opens with a period of study ("Full-time study", "Studying for", "Postgraduate study").</summary>
    static bool NamesAStudyPeriod(ReadOnlySpan<char> line)
    {
        line = line.TrimStart(" \t-*\u2022");
        // Each opening starts with one of these letters, its second one of the next (only an ASCII letter equals one without regard
        // to case): most lines are not compared with all ten ("Program Director" was, its "P" an opening's).
        if (line.Length < 2 || (line[0] | 0x20) is not ('f' or 'p' or 's' or 'r') || (line[1] | 0x20) is not ('u' or 'a' or 'o' or 't' or 'e'))
            return false;
        foreach (var study in (ReadOnlySpan<string>)["full-time study", "full time study", "part-time study", "part time study", "study,",
                     "study:", "studying ", "studies,", "postgraduate study", "return to study"])
            if (line.StartsWith(study, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether the line is a row of a Markdown table ("| 07/2026 – present | Associate Counselor | Eastside Counseling |"): a role
    /// a row, its jobs described, if at all, under the table. Read as a block, the last row took in every description below it,
    /// and a barista's row made a new graduate's practice another trade's (Fresh12, t04).
    /// </summary>
    /// <remarks>
    /// A Word table flattened to text is the same, its cells between tabs: "Family Counsellor⇥Southern Family Relationship
    /// Centre⇥Mar 2010 – Jan 2013", one row under another. Read as a block, a caseworker's last row took in every job's
    /// description below the table, and an Australian social worker's phrases were child protection's (Fresh29, t08).
    /// </remarks>
    /// <remarks>
    /// And a table whose cells are set apart by bars without the edge bars ("Therapist (LPC) | Catalina Foothills Counseling Group |
    /// 9/23 – pres. | FT"): read as a block, its last row, a bank's, took in every post's description below the table (Fresh92, t12).
    /// </remarks>
    /// <remarks>Each shape needs a bar or a tab: a line with neither (most dates' lines) is turned down by one search, not three.</remarks>
    static bool IsTableRow(ReadOnlySpan<char> line) =>
        line.ContainsAny('|', '\t') && (IsMarkdownRow(line) || TabGaps(line.Trim()) >= 2 || line.Count(" | ") >= 2);

    /// <summary>
    /// Whether the line is a grid table's rule ("+----------+-------------+", "+======+====+", pandoc's and org's grids): the border
    /// between two rows, never part of a post's title (Fresh242, t04).
    /// </summary>
    internal static bool IsAGridRule(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length >= 3 && line[0] == '+' && line[^1] == '+' && line.IndexOfAnyExcept("+-=:") < 0 && line.ContainsAny('-', '=');
    }

    /// <summary>A Markdown table's row: "| 07/2026 – present | Associate Counselor | Eastside Counseling |".</summary>
    static bool IsMarkdownRow(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length > 2 && line[0] == '|' && line[^1] == '|' && line.Count('|') >= 3;
    }

    /// <summary>How many runs of tabs stand in the line: cells, where one run of two tabs only sets the dates apart.</summary>
    static int TabGaps(ReadOnlySpan<char> line)
    {
        int gaps = 0;
        for (int i = 0; i < line.Length; i++)
            if (line[i] == '\t' && (i == 0 || line[i - 1] != '\t')) gaps++;
        return gaps;
    }

    /// <summary>
    /// Whether the table row holding a role has another dated row beside it (above or below, past the "|---|" line under a
    /// table's head): a table listing roles, not one role's heading set as a table ("| Financial Advisor, Edward Jones | Jun
    /// 2014 – Aug 2024 |" over "|:--|--:|" and that role's bullets, as Markdown templates write them).
    /// </summary>
    static bool InATableOfRoles(ReadOnlySpan<char> text, int lineStart, int lineEnd) =>
        DatedRowBeside(text, lineStart, up: true) || DatedRowBeside(text, lineEnd, up: false);

    /// <summary>
    /// Whether the nearest row above (or below) the line that starts (or ends) at <paramref name="edge"/>, past the "|---|" line,
    /// holds a year; false at the table's edge.
    /// </summary>
    static bool DatedRowBeside(ReadOnlySpan<char> text, int edge, bool up)
    {
        for (int at = edge; up ? at > 0 : at + 1 < text.Length && text[at] == '\n';)
        {
            var (start, end) = Clauses.LineAround(text, up ? at - 1 : at + 1);
            var row = text[start..end];
            if (!IsTableRow(row)) return false;
            // A year cut to two digits dates a row too ("| '12 – '19 |").
            if (!IsTableRule(row)) return HasYear(row) || HasAShortYear(row);
            at = up ? start : end;
        }
        return false;
    }

    /// <summary>Whether the row holds a year cut to two digits after an apostrophe ("'19", "’24").</summary>
    static bool HasAShortYear(ReadOnlySpan<char> row)
    {
        for (int at = row.IndexOfAny('\'', '\u2019'); at >= 0; at = row[(at + 1)..].IndexOfAny('\'', '\u2019') is int next and >= 0 ? at + 1 + next : -1)
            if (TryReadShortYear(row, at, 2100, out _, out _)) return true;
        return false;
    }

    /// <summary>The line under a Markdown table's head: pipes, dashes, colons and spaces ("|:--|--:|").</summary>
    static bool IsTableRule(ReadOnlySpan<char> row) => row.Trim().IndexOfAnyExcept("|-: \t") < 0;

    /// <summary>
    /// The line under a line of bare dates ("Dates: 01/09/2020 – 30/06/2022", a label of one word and a colon before them) when it
    /// reads as a title, as a Europass CV puts "Occupation or position held: Trainee Counsellor (clinical placement)" under its
    /// dates; else nothing. Unread, a trainee's placement counted as two years of work once its dates were read (Fresh12, t07).
    /// </summary>
    /// <remarks>
    /// Also under an employer's line with its dates that starts its entry ("Genesee Valley University Counseling Center
    /// (Sept 2021 – Dec 2022)" over "Counseling Intern (practicum and internship, 700 hours)", Fresh14, t12). Where a title
    /// stands above the dates, the line below names the employer or its unit, and is not read.
    /// </remarks>
    /// <summary>
    /// Whether the line's last word is an employer's abbreviation ("... adult psychology dept.", "Acme Co.", "Ltd."), whose full
    /// stop ends no sentence: "MSc student placement (psychotherapy) – Cork University Hospital adult psychology dept." under its
    /// dates is the placement's title (Fresh160, t12: read as no title, a master's placement counted as work).
    /// </summary>
    static bool EndsWithAnEmployersAbbreviation(ReadOnlySpan<char> line)
    {
        var (start, end) = ResumeLayout.WordBefore(line);
        return end == line.Length && EmployersAbbreviationsLookup.Contains(line[start..end]);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EmployersAbbreviationsLookup = new HashSet<string>(
        ["dept", "univ", "assoc", "co", "inc", "ltd", "corp", "hosp", "govt", "svcs", "ctr"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    static ReadOnlySpan<char> TitleBelowTheDates(ReadOnlySpan<char> text, int lineStart, int lineEnd, int entryStart, Range range)
    {
        var (rangeStart, rangeEnd) = (range.Start.Value, range.End.Value);
        if (lineEnd + 1 >= text.Length || text[lineEnd] != '\n') return [];
        if (TableEntryRows(text, lineStart, lineEnd, text.Length, out var post) >= 0) return text[post];
        // A grid's row of dates alone: the post stands in the row below, the rows of its employer and bullets under that (Fresh242, t04).
        if (TitleRowUnderGridDates(text, lineStart, lineEnd, rangeStart, rangeEnd, text.Length, out var gridPost) >= 0) return text[gridPost];
        // A form's label ("Dates:"), or dates that start their entry: under a title ("Licensed Professional Counselor", "Clinical
        // Director") the line below names the employer or its unit ("Volunteers of America", "Doctoral Internship Program"),
        // not the post (two reviews' cases).
        // The label is read only for an entry that starts above its dates: one that starts on their line needs none.
        if (entryStart < lineStart)
        {
            var label = text[lineStart..rangeStart].Trim();
            bool formLabel = label.Length >= 2 && label[^1] == ':' && WordsOfLetters(label) == 1 && WordsOfLetters(text[rangeEnd..lineEnd]) == 0;
            if (!formLabel) return [];
        }
        var (nextStart, nextEnd) = Clauses.LineAround(text, lineEnd + 1);
        var next = text[nextStart..nextEnd];
        // A form's label before the title ("Occupation or position held:") is no part of it, nor a Europass CV's before a gap
        // ("Position                MA Psychotherapy (full-time study)", Fresh169, t12).
        int colon = next.IndexOf(':');
        if (colon is > 0 and < 40) next = next[(colon + 1)..];
        else if (GapLabelledPostEnd(next) is int valueStart and > 0) next = next[valueStart..];
        // A title starts with a letter (ResumeLayout.IsTitleLine): a bullet or a blank line below (most dates' next line) is none,
        // its note and full stop aside, and is not read further.
        var head = next.Trim();
        if (head.IsEmpty || !char.IsLetter(head[0])) return [];
        // A note in parentheses after the title and its employer ("(through Northeastern Illinois Univ.)", Fresh18, t08) is no part of
        // the title: not of its length, nor of what it names ("Staff Therapist (also supervise practicum students)" is no placement),
        // though a line ending a sentence is still none (an independent review).
        var trimmed = next.TrimEnd();
        if (trimmed.Length > 0 && trimmed[^1] is ';' or ':') return [];
        if (trimmed.Length > 0 && trimmed[^1] == '.')
        {
            if (!EndsWithAnEmployersAbbreviation(trimmed[..^1])) return [];
            next = trimmed[..^1];
        }
        int note = next.IndexOf('(');
        // A short title is read whole, its note included ("Counselor (practicum placement)"), unless the post is ranked: a
        // "Senior Therapist (intern and practicum site coordinator)" coordinates placements (independent reviews).
        if (ResumeLayout.IsTitleLine(next)) return note > 0 && (StartsWithARank(next) || TellsThePostsCharge(next[note..])) ? next[..note] : next;
        if (note <= 0 || !ResumeLayout.IsTitleLine(next[..note])) return [];
        // Over the post's own title, such a line names the employer, its practicum words the site's ("Eastside Counseling Center
        // – CACREP practicum and internship site (...)" over "Staff Counselor": an independent review).
        if (nextEnd + 1 < text.Length && text[nextEnd] == '\n')
        {
            var (belowStart, belowEnd) = Clauses.LineAround(text, nextEnd + 1);
            var below = text[belowStart..belowEnd];
            if (ResumeLayout.IsTitleLine(below)) return [];
        }
        return next[..note];
    }

    internal static int WordsOfLetters(ReadOnlySpan<char> text)
    {
        int words = 0;
        for (int i = 0; i < text.Length; i++)
            if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1]))) words++;
        return words;
    }

    /// <summary>A practicum, internship, volunteer or student role named, and no registered intern (<see cref="IsRegisteredIntern"/>).</summary>
    static bool NamesAPlacement(ReadOnlySpan<char> context) => NamesAPlacement(context, PlacementClues.ListsIn(context));

    /// <param name="clues">Which of <see cref="PlacementClues"/>' lists the context holds (higher bits are ignored).</param>
    static bool NamesAPlacement(ReadOnlySpan<char> context, uint clues)
    {
        // One walk tells which of the readings below can answer yes; most entries name none, and each was a search of its own.
        // Asked first: with no clue the answer is no whatever the pay band says, and the band's reading is spared.
        clues &= PlacementClueBits;
        if (clues == 0) return false;
        // A post on a pay band is salaried employment, trainee or not: "Trainee High Intensity Therapist (Band 6)", "Psychological
        // Wellbeing Practitioner (Band 5; Trainee PWP, Band 4 ...)" (NHS Talking Therapies, Fresh63, t01: three and a half years of
        // a therapist's career read as placements).
        if (NamesAPayBand(context) || IsAPsychologistsPostInTraining(context)) return false;
        return ((clues & PlacementWordClue) != 0 && NamesAPlacementWord(context)
                || ((clues & PiaClue) != 0 && NamesAPiA(context))
                || ((clues & InternClue) != 0 && NamesAnIntern(context))
                || ((clues & PortugueseInternClue) != 0 && NamesAPortugueseIntern(context))
                || ((clues & SpanishInternClue) != 0 && NamesASpanishIntern(context))
                || ((clues & StudentClue) != 0 && NamesAStudentRole(context))
                || ((clues & StageClue) != 0 && NamesAStage(context)))
            && !IsRegisteredIntern(context);
    }

    /// <summary>
    /// Whether the title says its training post is paid in words: "Trainee Forensic Psychologist (salaried, supervised practice)",
    /// an employed Stage 2 trainee (Fresh215, t09: two and a half years of a forensic psychologist's career read as a placement).
    /// Not the clinical psychology doctorate's, which is salaried too and left out of the years (<see cref="ExplicitPlacementWords"/>).
    /// </summary>
    /// <remarks>
    /// A British "Trainee Clinical Psychologist" is always the doctorate's, named or not ("(salaried NHS post)": a review of session
    /// 40, three years counted). Said as paid too: "(paid training post)".
    /// </remarks>
    static bool IsSalaried(ReadOnlySpan<char> title) =>
        title.IndexOfAny(SalariedWords) >= 0 && title.IndexOfAny(ExplicitPlacementWords) < 0
        && !title.Contains("trainee clinical psycholog", StringComparison.OrdinalIgnoreCase);

    static readonly System.Buffers.SearchValues<string> SalariedWords = System.Buffers.SearchValues.Create(
        ["salaried", "paid training post", "paid post"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the title is a psychologist's post held during Germany's psychotherapy training: "Psychologin (Vollzeit,
    /// Psychotherapeutin in Ausbildung)" (Fresh225, t01), "Psychologist (M.Sc.), psychotherapist in training (PiA)" (Fresh220,
    /// t12). The clinic employs her as a psychologist; the training is her status. A PiA named alone, or its "Praktische
    /// Tätigkeit", is the training's placement (Fresh135, Fresh109).
    /// </summary>
    static bool IsAPsychologistsPostInTraining(ReadOnlySpan<char> context)
    {
        // Asked of every dated entry: nearly none names a psychologist.
        if (context.IndexOf("psycholog", StringComparison.OrdinalIgnoreCase) < 0) return false;
        // The training's own clinical year named under it: "Psychologin in Ausbildung zur Psychologischen Psychotherapeutin (PiA)"
        // over "Praktische Tätigkeit (1,800 h)" (Fresh197, t12).
        if (context.IndexOf("praktisch", StringComparison.OrdinalIgnoreCase) >= 0) return false;
        foreach (var line in context.EnumerateLines())
            if (IsAPsychologistsPostInTrainingOnItsLine(line)) return true;
        return false;
    }

    static bool IsAPsychologistsPostInTrainingOnItsLine(ReadOnlySpan<char> title)
    {
        if (title.IndexOf("psycholog", StringComparison.OrdinalIgnoreCase) < 0) return false;
        // Or the training by its initials in the note: "Psychologin (Vollzeit, PiA)", "Psychologe (Vollzeit, PiA Tiefenpsychologie)".
        if (title.IndexOf("in ausbildung", StringComparison.OrdinalIgnoreCase) < 0 && title.IndexOf("in training", StringComparison.OrdinalIgnoreCase) < 0
            && title.IndexOf("PiA", StringComparison.Ordinal) < 0)
            return false;
        // "Praktische" was turned down for the whole context already (IsAPsychologistsPostInTraining).
        if (title.IndexOf("praktikum", StringComparison.OrdinalIgnoreCase) >= 0) return false;
        foreach (var post in (ReadOnlySpan<string>)["psychologin", "psychologe", "psychologist"])
            for (int from = 0, found; (found = title[from..].IndexOf(post, StringComparison.OrdinalIgnoreCase)) >= 0; from += found + post.Length)
            {
                // The post's name ends at the noun, the training a status beside it: "Psychologin (Vollzeit, ...)", "Psychologist
                // (M.Sc.), ...". "Psychologin in Ausbildung zur ..." is the trainee's own title.
                int end = from + found + post.Length;
                var after = title[end..].TrimStart(' ');
                if (after.IsEmpty || after[0] is '(' or ',' or '/' or '\t') return true;
            }
        return false;
    }

    static bool NamesAPayBand(ReadOnlySpan<char> context)
    {
        int lineEnd = context.IndexOf('\n');
        var title = lineEnd < 0 ? context : context[..lineEnd];
        // Not a placement said to be one: "Band 6 equivalent (unpaid placement)", "Honorary Band 5 contract (doctoral placement)"
        // (a third review).
        if (title.IndexOfAny(ExplicitPlacementWords) >= 0) return false;
        if (IsSalaried(title)) return true;
        for (int from = 0, found; (found = title[from..].IndexOf("band ", StringComparison.OrdinalIgnoreCase)) >= 0;)
        {
            int at = from + found, digit = at + "band ".Length;
            from = digit;
            if ((at > 0 && char.IsLetter(title[at - 1])) || digit >= title.Length || !char.IsAsciiDigit(title[digit])) continue;
            // The band's number ends the note or its part ("(Band 6)", "Band 8a;", "Band 5, trainee"), not a name ("Band 5 Youth
            // Music Project").
            int end = digit;
            while (end < title.Length && char.IsAsciiDigit(title[end])) end++;
            if (end < title.Length && char.IsAsciiLetterLower(title[end])) end++;
            var after = title[end..].TrimStart(' ');
            if (after.IsEmpty || after[0] is ')' or ';' or ',' or '/' or '(' or '\u2013' or '\u2014' or '-' || char.IsLower(after[0])) return true;
        }
        return false;
    }

    static readonly System.Buffers.SearchValues<string> ExplicitPlacementWords = System.Buffers.SearchValues.Create(
        ["placement", "unpaid", "honorary", "practicum", "student",
            // The clinical psychology doctorate's salaried training post: "Trainee Clinical Psychologist (Band 6, DClinPsy)" is the
            // doctorate's training, which every set's writers leave out of the years (Fresh125, t01: an NHS Jobs form's three years
            // of it counted).
            "dclinpsy", "d.clin.psy", "dclin psy", "doctorate in clinical psychology", "doctoral"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// List 0: placements before licensure, which count as junior signals, not as years. Then what each other reading of
    /// <see cref="NamesAPlacement(ReadOnlySpan{char}, uint)"/> needs in the text: "intern" (read apart, by <see cref="NamesAnIntern"/>), "est" (of
    /// "estagi" and "estági": a character outside ASCII never equals an ASCII one without regard to case), the Spanish
    /// trainee's and intern's words, "student".
    /// </summary>
    /// <remarks>
    /// A British or Australian training's "placements" are practica ("Doctoral training placements (2013 – 2016, part of DPsych)":
    /// Fresh25, t05); only named so, as a vocational counselor's "Job Placement Specialist" is a post.
    /// </remarks>
    internal static readonly string[][] PlacementClueLists = [PlacementWordList, ["intern"], ["est"], ["practicante", "pasant", "ctica"], ["student"], ["stage"], ["pia"]];

    static readonly ShortTextSearch PlacementClues = new(PlacementClueLists);

    const uint PlacementWordClue = 1, InternClue = 2, PortugueseInternClue = 4, SpanishInternClue = 8, StudentClue = 16, StageClue = 32, PiaClue = 64;
    /// <remarks>One bit a list, as the clues above number them.</remarks>
    static readonly uint PlacementClueBits = (1u << PlacementClueLists.Length) - 1;

    /// <summary>
    /// Whether Germany's psychotherapist in training is named by her initials alone, in their own case: "PiA (Verhaltenstherapie)"
    /// (a review's probe, once PiA training was a placement); "Pia" is a name.
    /// </summary>
    static bool NamesAPiA(ReadOnlySpan<char> context)
    {
        for (int from = 0, found; (found = context[from..].IndexOf("PiA", StringComparison.Ordinal)) >= 0; from += found + 3)
        {
            int at = from + found;
            if ((at == 0 || !char.IsLetter(context[at - 1])) && (at + 3 == context.Length || !char.IsLetter(context[at + 3]))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the writer's own post is a "stage", as Dutch, Flemish and French CVs name a placement: "Master stage (klinische
    /// psychologie)" (Fresh117, t01: an MSc placement counted as a year of a psychologist's work), "Stage de Master 2 (500 h)",
    /// "Stage clinique", "Clinical internship (klinische stage)", "Practicum Counsellor (stage)", "Afstudeerstage". The English
    /// word stays a stage: only at a title's start before a placement's words or a date, or after a degree's, a clinic's word, a
    /// bracket or a slash ("Stage manager", "at interview stage", "superviseure de stage" are none).
    /// </summary>
    static bool NamesAStage(ReadOnlySpan<char> context)
    {
        for (int from = 0, found; (found = context[from..].IndexOf("stage", StringComparison.OrdinalIgnoreCase)) >= 0;)
        {
            int at = from + found, end = at + "stage".Length;
            from = end;
            if (end < context.Length && char.IsLetter(context[end])) continue;
            int wordStart = at;
            while (wordStart > 0 && char.IsLetter(context[wordStart - 1])) wordStart--;
            if (wordStart < at)
            {
                // Dutch compounds: "afstudeerstage", "masterstage".
                if (StageCompoundLookup.Contains(context[wordStart..at])) return true;
                continue;
            }
            int lineStart = context[..at].LastIndexOf('\n') + 1;
            var before = context[lineStart..at].TrimEnd(' ');
            if (before.IsEmpty || before.Length <= 2 && !before.ContainsAnyInRange('A', 'z'))
            {
                // A title's first word: "Stage de Master 2", "Stage clinique (600 h)", "Stage: Sept. 2010 - mei 2011".
                var rest = context[end..];
                int lineEnd = rest.IndexOf('\n');
                rest = (lineEnd < 0 ? rest : rest[..lineEnd]).TrimStart(' ');
                if (rest.IsEmpty || rest[0] is '(' or '/' or '\u2013' or '-') return true;
                if (rest[0] == ':')
                {
                    // An ATS header's "Stage: Recruiter Screen" is the application's; a placement's label dates it.
                    rest = rest[1..].TrimStart(" \t");
                    if (rest.IsEmpty || char.IsAsciiDigit(rest[0]) || IsAMonthsName(rest[..DateWordEnd(rest, 0)])) return true;
                    continue;
                }
                int wordEnd = 0;
                while (wordEnd < rest.Length && char.IsLetter(rest[wordEnd])) wordEnd++;
                if (StageFollowerLookup.Contains(rest[..wordEnd]) && !IsAPostsCharge(context, at, end)) return true;
                continue;
            }
            if (before[^1] is '(' or '/') return true;
            var (previousStart, previousEnd) = ResumeLayout.WordBefore(before);
            if (StageQualifierLookup.Contains(before[previousStart..previousEnd])) return true;
        }
        return false;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StageCompoundLookup = new HashSet<string>(
        ["afstudeer", "master", "onderzoeks", "basis"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StageFollowerLookup = new HashSet<string>(
        ["de", "du", "en", "clinique", "pratique", "professionnel", "m1", "m2", "master", "klinische", "psychologie", "obligatoire"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StageQualifierLookup = new HashSet<string>(
        ["master", "masters", "klinische", "klinisk", "clinical", "afstudeer"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
