using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 49: a resume whose posts are set in an ASCII grid table (pandoc's and org's "+-----+-----+" rule lines), each post's
/// dates alone in the first cell of a row and its title, employer and bullets in the second cell of the rows below (Fresh242,
/// t04). Each post was titled by the rule line and its row of dates, none was of the trade, and a senior AOD counsellor's page
/// was read as another trade's, all its phrases dropped. A grid's rule line is no part of a title, and under a row of dates
/// alone the title is the next row's one filled cell.
/// </summary>
public sealed class Session49GridTableTests
{
    /// <summary>The same counsellor's page above and below her grid of posts, set two ways below.</summary>
    const string WalshsHeader = """
        ANAHERA WALSH
        Family Counsellor
        Hamilton 3204  |  021 555 0187  |  anahera.walsh@xtra.co.nz

        PROFILE
        Family and relationship counsellor working with parents, couples and young people in the Waikato. I work
        alongside whānau, not around them, and most of my clients come to me through the Family Court or their GP.

        EMPLOYMENT


        """;

    const string WalshsQualifications = """

        QUALIFICATIONS
        Bachelor of Counselling, Wintec, 2012
        Full member, New Zealand Association of Counsellors
        """;

    const string DatesAloneGrid = WalshsHeader + """
        +--------------------+----------------------------------------------------------------------+
        |  2018 – present    |                                                                      |
        |                    |  Family Counsellor                                                   |
        |                    |  Waikato Family Centre, Hamilton                                     |
        |                    |  - Caseload of 20 families; Family Court counselling and parenting   |
        |                    |    plans after separation                                            |
        |                    |  - Motivational interviewing with parents referred for alcohol use    |
        |                    |  - Collaborative treatment planning with each family at intake       |
        +--------------------+----------------------------------------------------------------------+
        |  2013 – 2018       |                                                                      |
        |                    |  Youth Counsellor                                                    |
        |                    |  Rangatahi Support Trust, Hamilton                                   |
        |                    |  - Built rapport with young people through sport and kai before any  |
        |                    |    formal session; crisis intervention on the after-school line      |
        +--------------------+----------------------------------------------------------------------+
        |  2008 – 2013       |                                                                      |
        |                    |  Retail Assistant Manager                                            |
        |                    |  Farmers, Chartwell                                                  |
        |                    |  - Rosters, stock and training for a team of twelve                  |
        +--------------------+----------------------------------------------------------------------+

        """ + WalshsQualifications;

    const string DatesOnTheTitlesRowGrid = WalshsHeader + """
        +--------------------+----------------------------------------------------------------------+
        |  2018 – present    |  Family Counsellor                                                   |
        |                    |  Waikato Family Centre, Hamilton                                     |
        |                    |  - Caseload of 20 families; Family Court counselling and parenting   |
        |                    |    plans after separation                                            |
        |                    |  - Motivational interviewing with parents referred for alcohol use    |
        |                    |  - Collaborative treatment planning with each family at intake       |
        +--------------------+----------------------------------------------------------------------+
        |  2013 – 2018       |  Youth Counsellor                                                    |
        |                    |  Rangatahi Support Trust, Hamilton                                   |
        |                    |  - Built rapport with young people through sport and kai before any  |
        |                    |    formal session; crisis intervention on the after-school line      |
        +--------------------+----------------------------------------------------------------------+
        |  2008 – 2013       |  Retail Assistant Manager                                            |
        |                    |  Farmers, Chartwell                                                  |
        |                    |  - Rosters, stock and training for a team of twelve                  |
        +--------------------+----------------------------------------------------------------------+

        """ + WalshsQualifications;

    static readonly string[] CounsellorsPhrases = ["motivational interviewing", "collaborative treatment planning", "rapport", "crisis intervention"];

    [Test]
    public void A_grid_row_of_dates_alone_is_titled_by_the_row_below_it()
    {
        var score = Score(DatesAloneGrid, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Is.SupersetOf(CounsellorsPhrases));
        Assert.That(score.Band, Is.Not.EqualTo(Bands.None));
        // The family and youth counsellor's posts, 2013 to now: the retail manager's row is another trade's.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(13.9));
        Assert.That(score.Level.Level, Is.EqualTo("senior"));
    }

    [Test]
    public void A_grid_placement_under_a_row_of_dates_alone_is_a_placement()
    {
        var text = DatesAloneGrid
            .Replace("|  2013 – 2018       |", "|  2017 – 2018       |")
            .Replace("Youth Counsellor                                                    |", "Counselling Intern (Bachelor of Counselling placement)              |");

        var score = Score(text, AsOf2026);

        // The family counsellor's post alone: the intern's year is the degree's placement.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.9));
    }

    [Test]
    public void A_grid_with_the_dates_on_the_titles_row_still_reads_its_years()
    {
        var score = Score(DatesOnTheTitlesRowGrid, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Is.SupersetOf(CounsellorsPhrases));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(13.9));
        Assert.That(score.Level.Level, Is.EqualTo("senior"));
    }

    [Test]
    public void Both_grids_read_alike()
    {
        var alone = Score(DatesAloneGrid, AsOf2026);
        var onTheRow = Score(DatesOnTheTitlesRowGrid, AsOf2026);

        Assert.That(alone.Score, Is.EqualTo(onTheRow.Score));
        Assert.That(alone.Matches.Select(m => m.Phrase), Is.EqualTo(onTheRow.Matches.Select(m => m.Phrase)));
    }
}
