using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace HiringKit.Tests.Features.BiasAudits;

public sealed class CreateBiasAuditTests
{
    sealed record Row(int Score, string? Sex, string? RaceEthnicity);

    static readonly string[] Races =
    [
        "hispanic-or-latino", "white", "black-or-african-american", "native-hawaiian-or-pacific-islander",
        "asian", "american-indian-or-alaska-native", "two-or-more-races",
    ];

    /// <summary>
    /// 600 applicants from a fixed seed: some with unknown sex or race/ethnicity (26 of each), one race under 2 % of
    /// rows, and groups whose scores are shifted so some ratios fall under four-fifths.
    /// </summary>
    static List<Row> SixHundredApplicants()
    {
        var random = new Random(18);
        double[] raceWeights = [0.22, 0.34, 0.18, 0.04, 0.10, 0.015, 0.035];
        int[] raceShift = [-6, 4, -12, 0, 6, -4, 2];
        var rows = new List<Row>();
        for (int i = 0; i < 600; i++)
        {
            string? sex = random.NextDouble() < 0.05 ? null : random.NextDouble() < 0.55 ? "female" : "male";
            int race = -1;
            if (random.NextDouble() >= 0.07)
            {
                double pick = random.NextDouble() * raceWeights.Sum();
                for (race = 0; race < Races.Length - 1 && pick >= raceWeights[race]; race++) pick -= raceWeights[race];
            }
            int shift = (race >= 0 ? raceShift[race] : 0) + (sex == "female" ? -3 : 0);
            int score = Math.Clamp((int)Math.Round(50 + shift + 18 * (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5)), 0, 100);
            // Unknowns written the ways records hold them: missing, blank, or the word.
            string? Unknown() => (i % 3) switch { 0 => null, 1 => "", _ => "Unknown" };
            rows.Add(new Row(score, sex ?? Unknown(), race >= 0 ? Races[race] : Unknown()));
        }
        return rows;
    }

    sealed record Expected(string Category, int Count, double Rate, double? Ratio, bool Excluded, bool BelowFourFifths);

    /// <summary>The DCWP arithmetic written out again, the plain way, to hold the API's answer against.</summary>
    static List<Expected> Independently(List<(string Category, int Score)> members, Func<int, bool> counted, int total)
    {
        var categories = members.Select(m => m.Category).Distinct().ToList();
        var rates = new List<(string Category, int Count, int Above, double Rate, bool Excluded)>();
        foreach (var category in categories)
        {
            var scores = members.Where(m => m.Category == category).Select(m => m.Score).ToList();
            int above = scores.Count(counted);
            rates.Add((category, scores.Count, above, above / (double)scores.Count, scores.Count * 100.0 / total < 2.0));
        }
        var best = rates.Where(r => !r.Excluded).OrderByDescending(r => r.Rate).First();
        // Under four-fifths decided on the counts (a/n < 0.8 b/m as 5am < 4bn), as the rule is stated, not on rounded rates.
        return rates.Select(r => r.Excluded
            ? new Expected(r.Category, r.Count, r.Rate, null, true, false)
            : new Expected(r.Category, r.Count, r.Rate, r.Rate / best.Rate, false, 5L * r.Above * best.Count < 4L * best.Above * r.Count)).ToList();
    }

    static bool Known(string? value) => !string.IsNullOrEmpty(value) && value != "Unknown";

    static void AssertDimension(JsonElement actual, List<Expected> expected, string dimension)
    {
        var byCategory = actual.EnumerateArray().ToDictionary(c => c.GetProperty("category").GetString()!);
        Assert.That(byCategory.Keys, Is.EquivalentTo(expected.Select(e => e.Category)), dimension);
        foreach (var e in expected)
        {
            var a = byCategory[e.Category];
            Assert.Multiple(() =>
            {
                Assert.That(a.GetProperty("count").GetInt32(), Is.EqualTo(e.Count), $"{dimension} {e.Category} count");
                Assert.That(a.GetProperty("rate").GetDouble(), Is.EqualTo(e.Rate).Within(0.0005), $"{dimension} {e.Category} rate");
                Assert.That(a.GetProperty("excluded").GetBoolean(), Is.EqualTo(e.Excluded), $"{dimension} {e.Category} excluded");
                Assert.That(a.GetProperty("belowFourFifths").GetBoolean(), Is.EqualTo(e.BelowFourFifths), $"{dimension} {e.Category} belowFourFifths");
                if (e.Ratio is null) Assert.That(a.GetProperty("impactRatio").ValueKind, Is.EqualTo(JsonValueKind.Null), $"{dimension} {e.Category} impactRatio");
                else Assert.That(a.GetProperty("impactRatio").GetDouble(), Is.EqualTo(e.Ratio.Value).Within(0.0005), $"{dimension} {e.Category} impactRatio");
            });
        }
    }

    static void AssertMatchesIndependentComputation(JsonElement audit, List<Row> rows, int? selectedAtOrAbove)
    {
        var sorted = rows.Select(r => r.Score).OrderBy(s => s).ToList();
        double median = sorted.Count % 2 == 0 ? (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0 : sorted[sorted.Count / 2];
        Func<int, bool> counted = selectedAtOrAbove is { } cut ? s => s >= cut : s => s > median;

        var sex = Independently(rows.Where(r => Known(r.Sex)).Select(r => (r.Sex!, r.Score)).ToList(), counted, rows.Count);
        var race = Independently(rows.Where(r => Known(r.RaceEthnicity)).Select(r => (r.RaceEthnicity!, r.Score)).ToList(), counted, rows.Count);
        var both = Independently(rows.Where(r => Known(r.Sex) && Known(r.RaceEthnicity)).Select(r => ($"{r.Sex} / {r.RaceEthnicity}", r.Score)).ToList(), counted, rows.Count);

        // The data must exercise every rule, or matching it would prove less than it seems.
        Assert.That(race.Any(e => e.Excluded) && both.Any(e => e.Excluded), "a category under 2 %");
        Assert.That(race.Any(e => e.BelowFourFifths) || both.Any(e => e.BelowFourFifths), "a ratio under four-fifths");

        Assert.Multiple(() =>
        {
            Assert.That(audit.GetProperty("method").GetString(), Is.EqualTo(selectedAtOrAbove is null ? "scoring-rate" : "selection-rate"));
            Assert.That(audit.GetProperty("total").GetInt32(), Is.EqualTo(rows.Count));
            Assert.That(audit.GetProperty("median").GetDouble(), Is.EqualTo(median).Within(0.0005));
            Assert.That(audit.GetProperty("threshold").GetDouble(), Is.EqualTo(selectedAtOrAbove ?? median).Within(0.0005));
            Assert.That(audit.GetProperty("unknown").GetProperty("sex").GetInt32(), Is.EqualTo(rows.Count(r => !Known(r.Sex))));
            Assert.That(audit.GetProperty("unknown").GetProperty("raceEthnicity").GetInt32(), Is.EqualTo(rows.Count(r => !Known(r.RaceEthnicity))));
        });
        AssertDimension(audit.GetProperty("sex"), sex, "sex");
        AssertDimension(audit.GetProperty("raceEthnicity"), race, "raceEthnicity");
        AssertDimension(audit.GetProperty("intersectional"), both, "intersectional");
    }

    static async Task<JsonElement> PostAsync(object body)
    {
        using var admin = TestHost.ClientFor("admin");
        return await (await admin.PostAsJsonAsync("/api/v1/bias-audits", body)).JsonAsync(HttpStatusCode.Created);
    }

    static string Csv(IEnumerable<Row> rows) =>
        "score,sex,raceEthnicity\n" + string.Concat(rows.Select(r => $"{r.Score},{r.Sex},{r.RaceEthnicity}\n"));

    [Test]
    public async Task An_audit_of_600_applicants_matches_an_independent_computation_to_three_decimals()
    {
        var rows = SixHundredApplicants();
        var audit = await PostAsync(new { rows, source = "Test applicants, seed 18" });
        AssertMatchesIndependentComputation(audit, rows, null);
        Assert.That(audit.GetProperty("scorerVersion").GetString(), Is.EqualTo(HiringKit.Scoring.ScorerInfo.Version));
        var categories = new[] { "sex", "raceEthnicity", "intersectional" }.SelectMany(d => audit.GetProperty(d).EnumerateArray()).ToList();
        TestContext.Out.WriteLine($"600 applicants: median {audit.GetProperty("median")}, unknown sex {audit.GetProperty("unknown").GetProperty("sex")}, " +
            $"unknown race {audit.GetProperty("unknown").GetProperty("raceEthnicity")}; {categories.Count} categories, " +
            $"{categories.Count(c => c.GetProperty("excluded").GetBoolean())} excluded, {categories.Count(c => c.GetProperty("belowFourFifths").GetBoolean())} below four-fifths");
    }

    [Test]
    public async Task With_a_pass_mark_the_audit_uses_selection_rates()
    {
        var rows = SixHundredApplicants();
        var audit = await PostAsync(new { rows, selectedAtOrAbove = 55 });
        AssertMatchesIndependentComputation(audit, rows, 55);
    }

    [Test]
    public async Task The_same_rows_as_csv_give_the_same_tables()
    {
        var rows = SixHundredApplicants();
        using var admin = TestHost.ClientFor("admin");
        // Spelled as an EEO-1 export might: title case with spaces, a byte-order mark, CRLF line ends.
        var csv = "\uFEFF" + Csv(rows).Replace("\n", "\r\n").Replace("hispanic-or-latino", "\"Hispanic or Latino\"").Replace("female", "Female");
        var response = await admin.PostAsync("/api/v1/bias-audits?source=From%20a%20spreadsheet", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var audit = await response.JsonAsync(HttpStatusCode.Created);
        AssertMatchesIndependentComputation(audit, rows, null);
        Assert.That(audit.GetProperty("source").GetString(), Is.EqualTo("From a spreadsheet"));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/bias-audits/{audit.GetProperty("id").GetInt64()}"));
    }

    [Test]
    public async Task Fewer_than_30_applicants_is_400_saying_why()
    {
        using var admin = TestHost.ClientFor("admin");
        var rows = SixHundredApplicants().Take(29);
        var problem = await (await admin.PostAsJsonAsync("/api/v1/bias-audits", new { rows })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("rows")[0].GetString(), Does.Contain("at least 30").And.Contain("29"));
    }

    [TestCase(101)]
    [TestCase(-1)]
    public async Task A_score_outside_0_to_100_is_400_naming_the_row(int score)
    {
        using var admin = TestHost.ClientFor("admin");
        var rows = SixHundredApplicants().Take(40).ToList();
        rows[7] = rows[7] with { Score = score };
        var problem = await (await admin.PostAsJsonAsync("/api/v1/bias-audits", new { rows })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("rows[7].score")[0].GetString(), Does.Contain("from 0 to 100"));
    }

    [Test]
    public async Task A_category_outside_eeo1_is_400_listing_the_categories()
    {
        using var admin = TestHost.ClientFor("admin");
        var rows = SixHundredApplicants().Take(40).ToList();
        rows[3] = rows[3] with { RaceEthnicity = "martian" };
        rows[4] = rows[4] with { Sex = "femal" };
        var problem = await (await admin.PostAsJsonAsync("/api/v1/bias-audits", new { rows })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("rows[3].raceEthnicity")[0].GetString(), Does.Contain("two-or-more-races"));
        Assert.That(problem.GetProperty("errors").GetProperty("rows[4].sex")[0].GetString(), Does.Contain("male, female"));
    }

    [Test]
    public async Task A_csv_without_the_header_or_with_a_bad_score_is_400()
    {
        using var admin = TestHost.ClientFor("admin");
        var noHeader = await admin.PostAsync("/api/v1/bias-audits", new StringContent("72,female,white\n", Encoding.UTF8, "text/csv"));
        Assert.That((await noHeader.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), Does.Contain("score, sex and raceEthnicity"));

        var csv = Csv(SixHundredApplicants().Take(40)).Replace("\n" + SixHundredApplicants()[2].Score + ",", "\nseventy,");
        var badScore = await admin.PostAsync("/api/v1/bias-audits", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.That((await badScore.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), Does.Contain("score must be a number from 0 to 100"));
    }

    [Test]
    public async Task Only_the_aggregate_is_stored_never_a_row()
    {
        var rows = SixHundredApplicants();
        var audit = await PostAsync(new { rows });
        var id = audit.GetProperty("id").GetInt64();
        var columns = await TestData.ScalarAsync<string>(
            "SELECT string_agg(column_name, ',' ORDER BY column_name) FROM information_schema.columns WHERE table_name = 'bias_audits'");
        Assert.That(columns.Split(','), Is.EquivalentTo(new[] { "created_at", "created_by", "created_by_key_id", "id", "method", "result", "scorer_version", "source", "total" }));
        var keys = await TestData.ScalarAsync<string>("SELECT string_agg(k, ',' ORDER BY k) FROM bias_audits, jsonb_object_keys(result) k WHERE id = @id", new { id });
        Assert.That(keys.Split(','), Is.EquivalentTo(new[] { "intersectional", "median", "raceEthnicity", "sex", "threshold", "total", "unknown" }));
        // 600 rows would be tens of kilobytes; the tables are a few.
        Assert.That(await TestData.ScalarAsync<int>("SELECT length(result::text) FROM bias_audits WHERE id = @id", new { id }), Is.LessThan(6000));
    }

    [Test]
    public async Task Past_audits_are_listed_newest_first_and_read_back_as_computed()
    {
        var first = await PostAsync(new { rows = SixHundredApplicants() });
        var second = await PostAsync(new { rows = SixHundredApplicants(), selectedAtOrAbove = 60 });
        using var admin = TestHost.ClientFor("admin");
        var page = await (await admin.GetAsync("/api/v1/bias-audits?pageSize=100")).JsonAsync();
        var ids = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()).ToList();
        Assert.That(ids, Is.Ordered.Descending);
        Assert.That(ids.IndexOf(second.GetProperty("id").GetInt64()), Is.LessThan(ids.IndexOf(first.GetProperty("id").GetInt64())));
        Assert.That(page.GetProperty("total").GetInt64(), Is.GreaterThanOrEqualTo(2));

        var read = await (await admin.GetAsync($"/api/v1/bias-audits/{second.GetProperty("id").GetInt64()}")).JsonAsync();
        Assert.That(read.ToString(), Is.EqualTo(second.ToString()));
    }

    [Test]
    public async Task The_public_summary_is_printable_html_with_date_source_counts_rates_ratios_and_unknowns()
    {
        var rows = SixHundredApplicants();
        var audit = await PostAsync(new { rows, source = "Applicants <2026> & co" });
        using var admin = TestHost.ClientFor("admin");
        admin.DefaultRequestHeaders.Add("Accept", "text/html");
        var response = await admin.GetAsync($"/api/v1/bias-audits/{audit.GetProperty("id").GetInt64()}");
        var html = await response.Content.ReadAsStringAsync();
        var female = audit.GetProperty("sex").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "female");
        var excluded = audit.GetProperty("raceEthnicity").EnumerateArray().First(c => c.GetProperty("excluded").GetBoolean());
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.Contain(audit.GetProperty("createdAt").GetDateTimeOffset().ToString("yyyy-MM-dd")));
            Assert.That(html, Does.Contain("Applicants &lt;2026&gt; &amp; co"), "the source, escaped");
            Assert.That(html, Does.Contain("<td>600</td>"));
            Assert.That(html, Does.Contain($"<td>{rows.Count(r => !Known(r.Sex))} applicants, left out"));
            Assert.That(html, Does.Contain($"<td>female</td><td>{female.GetProperty("count").GetInt32()}</td><td>{female.GetProperty("rate").GetDouble().ToString("0.000", CultureInfo.InvariantCulture)}</td><td>{female.GetProperty("impactRatio").GetDouble().ToString("0.000", CultureInfo.InvariantCulture)}</td>"));
            Assert.That(html, Does.Contain($"<td>{excluded.GetProperty("category").GetString()}</td>").And.Contain("excluded from impact ratios"));
            Assert.That(html, Does.Contain("Local Law 144"));
        });
    }

    [Test]
    public async Task Only_admins_run_or_read_audits()
    {
        using var editor = TestHost.ClientFor("editor");
        await (await editor.PostAsJsonAsync("/api/v1/bias-audits", new { rows = SixHundredApplicants() })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await editor.GetAsync("/api/v1/bias-audits")).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = TestHost.Client(null);
        await (await anonymous.GetAsync("/api/v1/bias-audits")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_unknown_audit_is_404_and_plain_text_is_415()
    {
        using var admin = TestHost.ClientFor("admin");
        await (await admin.GetAsync("/api/v1/bias-audits/987654321")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync("/api/v1/bias-audits", new StringContent("72 female white", Encoding.UTF8, "text/plain"))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Malformed_json_an_unknown_field_a_null_row_or_a_missing_score_is_400()
    {
        using var admin = TestHost.ClientFor("admin");
        await (await admin.PostAsync("/api/v1/bias-audits", new StringContent("{\"rows\": [", Encoding.UTF8, "application/json"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var misspelt = await (await admin.PostAsync("/api/v1/bias-audits", new StringContent("{\"rowz\": []}", Encoding.UTF8, "application/json"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(misspelt.GetProperty("detail").GetString(), Does.Contain("rowz"));

        var rows = SixHundredApplicants().Take(40).Cast<object?>().ToList();
        rows[0] = null;
        rows[1] = new { sex = "male", raceEthnicity = "white" };
        var problem = await (await admin.PostAsJsonAsync("/api/v1/bias-audits", new { rows })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("rows[0]", out _), Is.True, problem.ToString());
        Assert.That(problem.GetProperty("errors").TryGetProperty("rows[1].score", out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task A_pass_mark_outside_0_to_100_a_bad_page_or_an_unknown_format_is_400()
    {
        using var admin = TestHost.ClientFor("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/v1/bias-audits", new { rows = SixHundredApplicants(), selectedAtOrAbove = 150 })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("selectedAtOrAbove", out _), Is.True);
        await (await admin.GetAsync("/api/v1/bias-audits?pageSize=0")).AssertProblemAsync(HttpStatusCode.BadRequest);
        var audit = await PostAsync(new { rows = SixHundredApplicants() });
        await (await admin.GetAsync($"/api/v1/bias-audits/{audit.GetProperty("id").GetInt64()}?format=pdf")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task When_every_score_is_equal_no_one_is_above_the_median_and_no_ratio_is_given()
    {
        var rows = SixHundredApplicants().Take(40).Select(r => r with { Score = 50 }).ToList();
        var audit = await PostAsync(new { rows });
        var categories = new[] { "sex", "raceEthnicity", "intersectional" }.SelectMany(d => audit.GetProperty(d).EnumerateArray()).ToList();
        Assert.That(audit.GetProperty("median").GetDouble(), Is.EqualTo(50));
        Assert.That(categories.Select(c => c.GetProperty("rate").GetDouble()), Is.All.EqualTo(0));
        Assert.That(categories.Select(c => c.GetProperty("impactRatio").ValueKind), Is.All.EqualTo(JsonValueKind.Null));
        Assert.That(categories.Select(c => c.GetProperty("belowFourFifths").GetBoolean()), Is.All.False);
    }

    [Test]
    public async Task The_openapi_document_shows_json_rows_and_says_csv_is_taken_too()
    {
        using var client = TestHost.Client(null);
        var doc = await (await client.GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        var post = doc.GetProperty("paths").GetProperty("/api/v1/bias-audits").GetProperty("post");
        // One body type per operation, for generated clients; the description tells people about CSV.
        Assert.That(post.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name), Is.EqualTo(new[] { "application/json" }));
        Assert.That(post.GetProperty("description").GetString(), Does.Contain("text/csv").And.Contain("score,sex,raceEthnicity"));
    }

    [Test]
    public async Task A_ratio_of_exactly_four_fifths_is_not_below_four_fifths()
    {
        // 10 of 25 men and 8 of 25 women above the median (40): 0.32 / 0.4 is 4/5 exactly, which the EEOC
        // rule does not count as adverse ("less than four-fifths"), though 0.32 / 0.4 in doubles is 0.7999999999999999.
        var rows = Enumerable.Range(0, 25).Select(i => new Row(i < 10 ? 80 : 40, "male", "white"))
            .Concat(Enumerable.Range(0, 25).Select(i => new Row(i < 8 ? 80 : 40, "female", "white"))).ToList();
        var audit = await PostAsync(new { rows });
        var female = audit.GetProperty("sex").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "female");
        Assert.Multiple(() =>
        {
            Assert.That(audit.GetProperty("median").GetDouble(), Is.EqualTo(40));
            Assert.That(female.GetProperty("rate").GetDouble(), Is.EqualTo(0.32));
            Assert.That(female.GetProperty("impactRatio").GetDouble(), Is.EqualTo(0.8));
            Assert.That(female.GetProperty("belowFourFifths").GetBoolean(), Is.False);
        });
    }

    [TestCase("100.0001")]
    [TestCase("-0.5")]
    [TestCase("\"NaN\"")]
    [TestCase("1e400")]
    public async Task A_score_that_is_not_a_number_from_0_to_100_is_400(string score)
    {
        using var admin = TestHost.ClientFor("admin");
        var rows = string.Join(",", Enumerable.Range(0, 40).Select(i => $"{{\"score\": {(i == 5 ? score : "50")}, \"sex\": \"male\", \"raceEthnicity\": \"white\"}}"));
        var response = await admin.PostAsync("/api/v1/bias-audits", new StringContent($"{{\"rows\": [{rows}]}}", Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Categories_are_read_in_any_case_and_unknown_in_any_case_but_lookalike_letters_are_refused()
    {
        var rows = SixHundredApplicants().Take(60).ToList();
        var shouted = rows.Select((r, i) => r with { Sex = r.Sex?.ToUpperInvariant(), RaceEthnicity = i % 2 == 0 ? r.RaceEthnicity?.Replace('-', '_').ToUpperInvariant() : r.RaceEthnicity }).ToList();
        shouted[0] = shouted[0] with { Sex = "UNKNOWN" };
        var audit = await PostAsync(new { rows = shouted });
        Assert.That(audit.GetProperty("unknown").GetProperty("sex").GetInt32(), Is.EqualTo(rows.Skip(1).Count(r => !Known(r.Sex)) + 1));

        using var admin = TestHost.ClientFor("admin");
        var lookalike = rows.ToList();
        lookalike[2] = lookalike[2] with { Sex = "f\u0435male" }; // Cyrillic e
        var problem = await (await admin.PostAsJsonAsync("/api/v1/bias-audits", new { rows = lookalike })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("rows[2].sex", out _), Is.True, problem.ToString());
    }

    [TestCase("Decline to self-identify", "I don't wish to answer")]
    [TestCase("Prefer not to say", "Decline To State")]
    [TestCase("Not specified", "Declined")]
    public async Task An_ats_answer_for_not_self_identifying_counts_as_unknown(string sex, string raceEthnicity)
    {
        // Workday, Greenhouse and iCIMS exports write these where a candidate left self-identification blank.
        var rows = SixHundredApplicants().Take(60).ToList();
        rows[0] = rows[0] with { Sex = sex };
        rows[1] = rows[1] with { RaceEthnicity = raceEthnicity };
        var audit = await PostAsync(new { rows });
        Assert.That(audit.GetProperty("unknown").GetProperty("sex").GetInt32(), Is.EqualTo(rows.Count(r => !Known(r.Sex) || r.Sex == sex)));
        Assert.That(audit.GetProperty("unknown").GetProperty("raceEthnicity").GetInt32(), Is.EqualTo(rows.Count(r => !Known(r.RaceEthnicity) || r.RaceEthnicity == raceEthnicity)));
    }

    [Test]
    public async Task When_every_known_category_is_under_2_percent_none_is_rated_and_the_audit_still_answers()
    {
        // 59 of 60 applicants of unknown sex: the one known is under 2 % of rows, so the sex table has no ratio at all.
        var rows = SixHundredApplicants().Take(60).Select((r, i) => r with { Sex = i == 0 ? "female" : null }).ToList();
        var audit = await PostAsync(new { rows });
        var female = audit.GetProperty("sex").EnumerateArray().Single();
        Assert.That(female.GetProperty("excluded").GetBoolean(), Is.True);
        Assert.That(female.GetProperty("impactRatio").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(audit.GetProperty("intersectional").EnumerateArray().All(c => c.GetProperty("excluded").GetBoolean()), Is.True);
    }
}
