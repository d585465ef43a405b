using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Scorer 2.1.0 drops soft skills from another trade's resume and from a counselor's jobs outside the trade
/// (issue 16). These are counselors, written the way many are, whose soft skills must stay evidence.
/// </summary>
public sealed class OtherTradeTests
{
    /// <summary>Contact lines and an education section: enough words to judge, no dated role, no phrase of the term.</summary>
    const string Header = """
        Alex Rivera
        Springfield, IL | alex.rivera@example.com | (555) 201-3344

        EDUCATION
        M.A. Clinical Mental Health Counseling, Sangamon State University, 2023
        B.A. Psychology, Lincoln College, 2019

        Languages: English and Spanish. Interests: hiking, community gardens, choir, volunteering with local food banks and
        neighbourhood youth leagues on weekends throughout the year.

        """;

    static IEnumerable<Match> SoftSkillEvidence(ResumeScore score) =>
        score.Matches.Where(m => m.Kind == "related" && m.Assertion is Assertions.Asserted or Assertions.Hedged);

    // Titles that name the trade without the English words counselor, therapist, clinician, social worker...
    [TestCase("Practicum Student — Riverside Community Mental Health Center", "Sep 2022 – May 2023")]
    [TestCase("Clinical Intern, Lakeside Family Services", "Aug 2022 - May 2023")]
    [TestCase("Mental Health Technician — Bayview Hospital", "2019 – Present")]
    [TestCase("Behavioral Health Specialist — Northside Clinic", "2019 – Present")]
    [TestCase("Recovery Coach — Second Chance Recovery Community", "2019 – Present")]
    [TestCase("Terapeuta Familiar — Centro Esperanza", "septiembre 2018 – presente")]
    [TestCase("Psicóloga Clínica — Clínica San Rafael", "2015 – 2020")]
    [TestCase("Trabajadora Social — Hospital del Niño", "2016 – 2021")]
    [TestCase("Crisis Line Volunteer — Samaritans", "Jan 2021 – Present")]
    public void A_role_titled_in_the_trade_without_an_english_counseling_title_keeps_its_soft_skills_and_a_level(string title, string dates)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            {dates}
            - Built rapport with people new to treatment; active listening and empathy in every contact.
            - Treatment planning and motivational interviewing; crisis intervention when needed.
            """;
        var score = Score(text);
        Assert.That(SoftSkillEvidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "rapport", "active listening", "empathy", "treatment planning" }),
            "the trade is on the page: its title names it, in words the English counseling titles miss");
        Assert.That(score.Level.Level, Is.Not.Null, "a level in the trade the guides are for");
    }

    [TestCase("Volunteer — Crisis Text Line", "- Provided crisis intervention and active listening to texters in distress; trust building in minutes.")]
    [TestCase("Volunteer Listener — Suicide Prevention Hotline", "- Crisis intervention and active listening on overnight shifts; trust building with each caller.")]
    [TestCase("Promotora de Salud — Clínica del Pueblo", "- Visitas a pacientes y sus familias; crisis intervention, active listening and trust building en español.")]
    [TestCase("Recovery Coach — Second Chance Recovery Community", "- Crisis intervention, active listening and trust building with people in early recovery.")]
    [TestCase("Trabajadora Social — Hospital del Niño", "- Crisis intervention, active listening and trust building con familias.")]
    public void A_counselor_s_helping_work_outside_a_counseling_title_keeps_its_soft_skills(string title, string bullet)
    {
        string text = Header + $"""
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Aug 2021 – Present
            - Individual therapy for adults; built rapport with reluctant clients.

            {title}
            2018 – 2021
            {bullet}
            """;
        Assert.That(SoftSkillEvidence(Score(text)).Select(m => m.Phrase), Is.SupersetOf(new[] { "crisis intervention", "active listening", "trust building" }),
            "a crisis line's callers and a clinic's pacientes are the people of helping work");
    }

    [TestCase("Vice President, Guest Experience — Harbor Grand Hotel")]
    [TestCase("Internal Communications Lead — Harbor Grand Hotel")]
    public void Helping_words_are_whole_words_a_vice_president_is_no_resident(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Aug 2021 – Present
            - Individual therapy for adults; built rapport with reluctant clients.

            {title}
            2012 – 2021
            - Built rapport with guests and wedding planners; coached front desk staff on empathy.
            """;
        var hotel = text.IndexOf(title, StringComparison.Ordinal);
        Assert.That(SoftSkillEvidence(Score(text)).Where(m => m.Start > hotel), Is.Empty,
            "'President' holds 'residen' and 'Internal' holds 'intern', but neither is helping work");
    }

    [Test]
    public void A_dated_bullet_inside_a_counselor_s_role_is_part_of_that_role()
    {
        // "- Team lead (2021 – 2023): ..." is read as a dated role of its own, whose block takes the bullets after it.
        string text = Header + """
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Aug 2016 – Present
            - Individual therapy for adults with depression and anxiety.
            - Team lead (2021 – 2023): ran weekly huddles for four staff.
            - Known for rapport building and empathy with adolescents and their families; treatment planning with each family.
            """;
        Assert.That(SoftSkillEvidence(Score(text)).Select(m => m.Phrase), Is.SupersetOf(new[] { "rapport building", "empathy", "treatment planning" }));
    }

    /// <summary>A counselor who left for UX research, and one who is coming back: the summary under their names.</summary>
    static string LeftForResearch(string headline, string current) => $"""
        Jordan Lee
        {headline}
        Portland, OR | jordan.lee@example.com

        SUMMARY
        Mixed-methods researcher and former licensed mental health counselor. I build rapport with participants quickly and teach
        teams active listening; I still hold the therapeutic alliance as the model for every interview.

        EXPERIENCE
        {current}                                       Jun 2020 - Present
        Ledgerline, remote
        - Research lead for the small-business tier; 60+ contextual inquiries and diary studies.

        Mental Health Counselor                                   Jun 2015 - May 2020
        Hope Center, Portland, OR
        - Individual therapy for adults with anxiety and depression; caseload of 30.

        EDUCATION
        M.A. Clinical Mental Health Counseling, Portland State University, 2015
        """;

    /// <summary>
    /// The summary of a counselor now in another trade introduces that trade's work: the rapport and active listening are the
    /// research interview's (Fresh20, t06). The term itself names the old career's and stays.
    /// </summary>
    /// <remarks>The trade named under the name as the one left is no sign of a way back (a review's case).</remarks>
    [TestCase("Senior UX Researcher")]
    [TestCase("Senior UX Researcher  ·  former Licensed Professional Counselor (LPC)")]
    [TestCase("Senior UX Researcher | ex-LMHC")]
    public void The_summary_of_a_counselor_who_left_the_trade_speaks_for_the_new_trade(string headline)
    {
        var score = Score(LeftForResearch(headline, "Senior UX Researcher"));
        Assert.That(SoftSkillEvidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Matches.Where(m => m.Assertion == Assertions.Asserted).Select(m => m.Phrase), Does.Contain("therapeutic alliance"));
    }

    [TestCase("Licensed Mental Health Counselor, returning to practice", "Senior UX Researcher")]
    [TestCase("Senior UX Researcher", "Mental Health Counselor (part-time)")]
    public void The_summary_of_a_counselor_still_in_the_trade_or_coming_back_keeps_its_soft_skills(string headline, string current)
    {
        var score = Score(LeftForResearch(headline, current));
        Assert.That(SoftSkillEvidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "rapport", "active listening" }));
    }
}

public sealed class RoleTitleTests
{
    /// <summary>A resume pasted as one line (a web form that drops line breaks, or CR-only line ends).</summary>
    static string OneLine(string separator) =>
        string.Join(separator,
            "EXPERIENCE", "Shift Lead, Blue Door", "2016 – 2018", "- Built rapport with guests and regulars.",
            string.Concat(Enumerable.Repeat("Opened the store, trained new staff, kept the floor and the register in order. ", 4)),
            "Sales Associate, Acme Outfitters", "2018 – 2020", "- Sold outdoor gear.");

    [TestCase(" ")]
    [TestCase("\r")]
    public void A_role_s_title_ends_within_reach_of_its_dates_when_the_text_has_no_line_breaks(string separator)
    {
        // The title ran to the end of the text: every role "named" whatever any later role is called, and each was
        // searched to the end of the text, quadratic in a 200 KB resume of thousands of roles.
        var layout = new ResumeLayout(OneLine(separator), ScorerInfo.DefaultAsOf);
        Assert.That(layout.Roles, Has.Count.EqualTo(2));
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { false, true }), "the shift lead is not the sales associate");
    }
}
