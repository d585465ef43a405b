namespace HiringKit.Scoring.Tests;

/// <summary>
/// The counselor's resume the later reviews of 2.12.0 built their cases on, with one line or block of their own (a bullet under
/// the job, or a section below it), and the check that a case is answered as the review found right.
/// </summary>
internal static class ReviewResumes
{
    const string Contact = "Columbus, OH | dana@email.com\n\nEXPERIENCE\nMental Health Counselor, Lakeside Behavioral Health\n2018 – Present\n";
    const string Bullet = "• Individual and group counseling for adults with depression and anxiety.\n";
    const string Education = "\nEDUCATION\nM.A., Clinical Mental Health Counseling, Ohio State University, 2017";

    const string GrantBefore = """
        Alicia Grant, LPC
        Columbus, OH | alicia.grant@email.com

        EXPERIENCE
        Jan 2016 – Present
        """;

    const string GrantAfter = """

        EDUCATION
        M.A., Clinical Mental Health Counseling, Ohio State University, 2015
        """;

    const string KellyBefore = """
        Siobhan Kelly, MBACP
        Leeds, UK | siobhan.kelly@email.com

        EXPERIENCE
        """;

    const string KellyAfter = """

        EDUCATION
        Diploma in Therapeutic Counselling, Leeds Beckett University, 2016
        """;

    const string ColeBefore = """
        JAMIE COLE
        Tucson, AZ | jamie.cole@mail.example

        EXPERIENCE

        Youth Counselor, Desert Sky Residential Youth Program, Tucson, AZ     2024 - Present
        - Supervise daily routines and recreation for 12 teens in a group home.
        - Write shift notes and incident reports; drive residents to appointments.
        """;

    const string ColeAfter = """

        Barista, Copper Cup Coffee, Tucson, AZ                                2021 - 2024
        - Opened the store, trained new hires.

        EDUCATION
        B.A. Psychology, University of Arizona, 2024
        """;

    const string MorganBefore = """
        ALEX MORGAN
        Springfield, IL | alex.morgan@mail.example

        SUMMARY
        Retail store manager with 8 years leading teams in specialty retail.

        EXPERIENCE

        Store Manager, Bright Home Goods, Springfield, IL                    2019 - Present
        - Lead a team of 14; grew sales 12% in 2023.
        - Hiring, scheduling, inventory and loss prevention.

        """;

    const string MorganAfter = """

        SKILLS
        Team leadership | Inventory | Scheduling | Customer service
        """;

    const string YusufBefore = """
        AMINA YUSUF
        Nairobi, Kenya | amina.yusuf@mail.example

        EXPERIENCE

        """;

    const string YusufAfter = """

        EDUCATION
        M.A. International Relations, University of Nairobi, 2014
        """;

    const string OhioFormBefore = """
        STATE OF OHIO - APPLICATION FOR EMPLOYMENT
        Name: Terry Owens

        WORK HISTORY

        """;

    const string OhioFormAfter = """
        Duties: Register, stocking, customer service, opening and closing
        """;

    /// <param name="kind">
    /// "bullet": the part is a bullet above the job's own; "section": a block below the job; either with "-unlicensed" when the
    /// name carries no license; a family's name: the part is the lines that vary; "raw": the part is the whole resume.
    /// </param>
    public static string Build(string kind, string part)
    {
        string name = kind.EndsWith("-unlicensed", StringComparison.Ordinal) ? "Dana Whitfield\n" : "Dana Whitfield, LPC\n";
        return (kind.EndsWith("-unlicensed", StringComparison.Ordinal) ? kind[..^"-unlicensed".Length] : kind) switch
        {
            "bullet" => name + Contact + part + "\n" + Bullet + Education,
            "section" => name + Contact + Bullet + "\n" + part + "\n" + Education,
            "raw" => part,
            "grant" => GrantBefore + "\n" + part + "\n" + GrantAfter,
            "kelly" => KellyBefore + "\n" + part + "\n" + KellyAfter,
            "cole" => ColeBefore + "\n" + part + "\n" + ColeAfter,
            "morgan" => MorganBefore + "\n" + part + "\n" + MorganAfter,
            "yusuf" => YusufBefore + "\n" + part + "\n" + YusufAfter,
            "ohio-form" => OhioFormBefore + "\n" + part + "\n" + OhioFormAfter,
            _ => throw new ArgumentException($"Unknown kind '{kind}'.", nameof(kind)),
        };
    }

    /// <summary>The top of a counselor educator's resume that two reviews wrote their sabbatical probes under (Review220, Review221).</summary>
    internal const string OseiHeader = """
        Michael T. Osei, PhD, LPC-S, NCC
        Denton, TX | mosei.phd@example.com | 940-555-0114

        Counselor educator and licensed professional counselor supervisor. Clinical work with adults and
        couples; research on help-seeking among Black men; CACREP program leadership.

        ACADEMIC AND CLINICAL APPOINTMENTS

        Associate Professor of Counseling, Department of Counseling & Higher Education
        North Texas State University, Denton, TX
        """;

    public static void AssertAnswered(string text, int score, string band, string level, string years, string matches)
    {
        var answer = Resumes.Score(text, new ScoreOptions(AsOf: new DateOnly(2026, 11, 1)));
        Assert.Multiple(() =>
        {
            Assert.That(answer.Score, Is.EqualTo(score));
            Assert.That(answer.Band, Is.EqualTo(band));
            Assert.That(answer.Level.Level ?? "", Is.EqualTo(level));
            Assert.That(answer.Level.YearsOfExperience?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", Is.EqualTo(years));
            Assert.That(string.Join(";", answer.Matches.Select(m => $"{m.Phrase}={m.Assertion}")), Is.EqualTo(matches));
        });
    }
}
