namespace HiringKit.Scoring;

public static class ScorerInfo
{
    /// <summary>Changes whenever the same input could produce a different score; the API returns it as scorerVersion.</summary>
    /// <remarks>1.1.0: an indicator's words are folded like phrases (case, accents, soft hyphens, full-width letters).</remarks>
    /// <remarks>1.2.0: a line with template words ("References available upon request") drops only that sentence or field from the sufficiency count, not the whole line.</remarks>
    /// <remarks>2.0.0: each match says its section, which weighs it, and evidence outside experience is capped; related phrases have false friends read from context; words a line end hyphenated are joined; roles count only when they show counseling work; more cues (issue 16).</remarks>
    /// <remarks>2.1.0: a resume with dated roles and no sign of the trade (no term or synonym stated, no counseling title or role) keeps none of its soft skills as evidence; in a counselor's resume, a role that shows neither the trade nor helping work (clients, sessions, a caseload) keeps its soft skills to itself; member services and call centres are another trade; another trade's resume gets no level; a role titled in the trade in other words (mental health technician, recovery coach, crisis line, terapeuta) shows it (issue 16, from a second blind set and a review).</remarks>
    /// <remarks>2.2.0: a role titled in a trade that looks like counseling (physical, occupational or massage therapist, nurse, chaplain, pastor, coach, camp counselor, a military rank or unit, interpreter) is another trade's, and nothing found in it counts; a dated career with no role in the trade gives no years and no level; a role titled in the trade keeps its years though its bullets never name it; a first-year counselor's practicum and internship count in the years; "nearly five years" is fewer than five; headings joined by "&amp;"; a degree after a title of the trade on a line of dates ("Clinical Psychologist, PhD") is the job, not study; finance and research roles are another trade; Florida's registered interns are employed (issue 16, from a third blind set and a review).</remarks>
    /// <remarks>2.3.0: mediators, arbitrators, ombudspersons, writers, editors and journalists are other trades; a page that shows nothing of the trade gives no years; "Skills &amp; Keywords" heads a keyword block; "basic training in" hedges; a cue quoted apart from the phrase says nothing of it; a phrase labelling its line is qualified after the colon; when every dated role is another trade's, so is the summary's evidence (issue 16, from the fifth blind set).</remarks>
    /// <remarks>2.4.0: a title whose only counseling words are ones other trades use for their advisers ("Credit Counselor", "Scalp Therapist", "Canine Behavior Counselor"), qualified by a word that is not the trade's, is that trade's unless the role's own text shows mental-health work; teaching roles are another trade unless titled in the trade (issue 16, from the sixth blind set).</remarks>
    /// <remarks>2.5.0: a qualifier of the trade that other trades also put after their own subject ("Cardiac Rehabilitation Therapist", "International Student Counselor") is read with the word before it; investor and public relations are business titles (issue 16, from the seventh blind set).</remarks>
    /// <remarks>2.6.0: with no role in the trade (none titled in it, none holding the term, none showing its words or settings beyond the clients and patients other trades have too), every role's soft skills are that role's own trade's, a keyword block beside them notwithstanding; a month with a two-digit year ("Sep. '25") is a date (issue 16, from the eighth blind set).</remarks>
    public const string Version = "2.6.0";

    /// <summary>
    /// "Present" and "Current" in employment dates are read relative to this date unless
    /// <see cref="ScoreOptions.AsOf"/> says otherwise. It is a constant (the release date of this
    /// scorer version) rather than today's date, so the same resume gives the same years of
    /// experience, byte for byte, next year too.
    /// </summary>
    public static readonly DateOnly DefaultAsOf = new(2026, 11, 1);
}
