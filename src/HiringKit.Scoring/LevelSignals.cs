namespace HiringKit.Scoring;

/// <summary>
/// Words in a resume that say how senior the writer is, beyond the years: people who supervise,
/// mentor, train staff or direct programs are senior; interns, trainees and people still under
/// supervision are junior. They apply to every term, on top of each term's own level indicators.
/// </summary>
internal static class LevelSignals
{
    /// <param name="Text">A phrase, or a word start when <paramref name="IsPrefix"/>.</param>
    /// <param name="NeedsStaffNearby">Counts only when the clause also names people being trained (new counselors, staff ...).</param>
    /// <param name="NotAfterReceiving">Does not count after "attended", "received" ...: those describe being supervised.</param>
    public sealed record Signal(string Level, string Text, string Reason, bool IsPrefix = false,
        bool NeedsStaffNearby = false, bool NotAfterReceiving = false);

    public static readonly IReadOnlyList<Signal> All =
    [
        new(Levels.Senior, "supervis", "supervises others", IsPrefix: true, NotAfterReceiving: true),
        new(Levels.Senior, "mentor", "mentors others", IsPrefix: true, NotAfterReceiving: true),
        new(Levels.Senior, "train", "trains staff", IsPrefix: true, NeedsStaffNearby: true, NotAfterReceiving: true),
        new(Levels.Senior, "precept", "precepts new staff", IsPrefix: true, NotAfterReceiving: true),
        new(Levels.Senior, "clinical director", "director title"),
        new(Levels.Senior, "program director", "director title"),
        new(Levels.Senior, "director of", "director title"),
        new(Levels.Senior, "team lead", "leads a team"),
        new(Levels.Senior, "team leader", "leads a team"),
        new(Levels.Senior, "led a team", "leads a team"),
        new(Levels.Senior, "led team", "leads a team"),
        new(Levels.Senior, "managed a team", "leads a team"),
        new(Levels.Senior, "lead clinician", "lead title"),
        new(Levels.Senior, "lead therapist", "lead title"),
        new(Levels.Senior, "lead counselor", "lead title"),
        new(Levels.Senior, "senior therapist", "senior title"),
        new(Levels.Senior, "senior counselor", "senior title"),
        new(Levels.Senior, "senior clinician", "senior title"),

        new(Levels.Junior, "intern", "internship"),
        new(Levels.Junior, "internship", "internship"),
        new(Levels.Junior, "practicum", "practicum"),
        new(Levels.Junior, "trainee", "trainee"),
        new(Levels.Junior, "counselor in training", "trainee"),
        new(Levels.Junior, "therapist in training", "trainee"),
        new(Levels.Junior, "graduate student", "student"),
        new(Levels.Junior, "recent graduate", "recent graduate"),
        new(Levels.Junior, "new graduate", "recent graduate"),
        new(Levels.Junior, "entry level", "entry level"),
        new(Levels.Junior, "provisionally licensed", "provisional license"),
        new(Levels.Junior, "provisional license", "provisional license"),
        new(Levels.Junior, "pre licensed", "provisional license"),
        new(Levels.Junior, "license eligible", "provisional license"),
        new(Levels.Junior, "seeking licensure", "provisional license"),
        new(Levels.Junior, "pursuing licensure", "provisional license"),
        new(Levels.Junior, "associate counselor", "associate license"),
        new(Levels.Junior, "lpc associate", "associate license"),
        new(Levels.Junior, "under supervision", "works under supervision"),
        new(Levels.Junior, "under the supervision", "works under supervision"),
        new(Levels.Junior, "under clinical supervision", "works under supervision"),
        new(Levels.Junior, "supervised by", "works under supervision"),
        new(Levels.Junior, "receiving supervision", "works under supervision"),
        new(Levels.Junior, "received supervision", "works under supervision"),
        new(Levels.Junior, "receive supervision", "works under supervision"),
    ];

    /// <summary>Whom a senior trains; "completed training in DBT" names nobody and stays neutral.</summary>
    public static readonly HashSet<string> Staff = new(StringComparer.Ordinal)
    {
        "staff", "counselor", "counselors", "counsellors", "clinician", "clinicians",
        "therapist", "therapists", "intern", "interns", "trainees", "team", "colleagues", "peers",
        "students", "volunteers", "supervisees", "employees", "hires", "residents", "associates",
    };

    /// <summary>Words before "supervision", "mentoring" or "training" that make the writer the one receiving it, or name someone else ("my site supervisor").</summary>
    public static readonly HashSet<string> Receiving = new(StringComparer.Ordinal)
    {
        "attended", "attend", "attending", "received", "receiving", "receive", "under", "participated",
        "completed", "completing", "undergoing", "obtained", "sought", "by", "required", "my", "our", "site",
        "to", "with", "in",
    };

    /// <summary>Verbs that make the writer the one giving supervision: "provide clinical supervision".</summary>
    public static readonly HashSet<string> Giving = new(StringComparer.Ordinal)
    {
        "provide", "provides", "provided", "providing", "deliver", "delivers", "delivered", "delivering", "offer", "offers",
        "offered", "offering", "lead", "leads", "led", "leading", "conduct", "conducts", "conducted", "conducting", "give",
        "gives", "gave", "giving", "facilitate", "facilitates", "facilitated", "facilitating", "oversee", "oversees",
        "oversaw", "overseeing", "direct", "directs", "directed", "run", "runs", "ran",
    };

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivingLookup = Giving.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StaffLookup = Staff.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReceivingLookup = Receiving.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of a level indicator that carry no meaning of their own.</summary>
    public static readonly HashSet<string> IndicatorStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "the", "of", "in", "to", "for", "with", "on", "at", "by", "or", "others", "different", "other",
    };

    /// <summary>
    /// A crude stem, so an indicator's "program development" is found in "developed a new program":
    /// each indicator word becomes a word start the automaton looks for.
    /// </summary>
    public static string Stem(string word)
    {
        string[] suffixes = ["ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ers", "ors", "er", "or", "ed", "es", "s", "y"];
        foreach (var suffix in suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 4)
            {
                word = word[..^suffix.Length];
                break;
            }
        }
        if (word.EndsWith('e') && word.Length > 4) word = word[..^1];
        return word;
    }
}
