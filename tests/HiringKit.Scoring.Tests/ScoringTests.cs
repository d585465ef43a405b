using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

public sealed class ScoringTests
{
    const string GenuineStrong = """
        Licensed Professional Counselor with 8 years of experience. Developed strong Therapeutic Alliance with a
        diverse client population, leading to 85% client retention rate. Working alliance monitored with the
        Session Rating Scale; client feedback reviewed every session.
        • Rapport building, empathy and active listening with adults in crisis; crisis intervention on call.
        • Collaborative treatment planning and treatment goals agreed with each client.
        • Shared decision making and treatment adherence plans for clients on medication.
        • Motivational interviewing with clients ambivalent about change.
        """;

    [Test]
    public void Repeating_the_canonical_phrase_forty_times_scores_below_a_genuine_strong_resume()
    {
        var genuine = Score(With(GenuineStrong));
        var stuffed = Score(With(string.Join(", ", Enumerable.Repeat("therapeutic alliance", 40))));

        Assert.That(genuine.Band, Is.EqualTo("strong"));
        Assert.That(stuffed.Score, Is.LessThan(genuine.Score));
        Assert.That(stuffed.Band, Is.Not.EqualTo("strong").And.Not.EqualTo("moderate"));
    }

    [Test]
    public void Saying_a_phrase_twice_counts_more_than_once_but_never_much_more()
    {
        int once = Score(With("Therapeutic alliance with clients.")).Score;
        int twice = Score(With("Therapeutic alliance with clients.", "Therapeutic alliance in groups.")).Score;
        int often = Score(With(string.Join("\n", Enumerable.Repeat("Therapeutic alliance with clients.", 20)))).Score;

        Assert.That(twice, Is.GreaterThan(once));
        Assert.That(often, Is.EqualTo(twice));
    }

    [Test]
    public void Varied_evidence_across_components_beats_the_same_amount_of_one_kind()
    {
        int varied = Score(With("Used rapport building, collaborative goal setting and shared decision making with each client.")).Score;
        int oneComponent = Score(With("Used rapport building, empathy and active listening with each client.")).Score;

        Assert.That(varied, Is.GreaterThan(oneComponent));
    }

    [Test]
    public void Measured_client_outcomes_add_to_a_resume_that_shows_the_alliance()
    {
        int without = Score(With("Built a therapeutic alliance with each client; rapport building.")).Score;
        int with = Score(With("Built a therapeutic alliance with each client; rapport building.", "Client retention rose to 85% in 2024.")).Score;

        Assert.That(with, Is.GreaterThan(without));
    }

    [Test]
    public void Business_retention_figures_do_not_lift_a_resume_without_the_alliance()
    {
        int without = Score(With("Empathy with customers.")).Score;
        int with = Score(With("Empathy with customers.", "96% gross revenue retention across 45 accounts.")).Score;

        Assert.That(with, Is.EqualTo(without));
    }

    [TestCase("")]
    [TestCase("   \r\n\t  ")]
    [TestCase("Therapist.")]
    [TestCase("Therapist. Therapeutic alliance, rapport, empathy, active listening, treatment planning.")]
    [TestCase("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit.")]
    public void Too_little_text_is_insufficient_with_band_none_and_score_zero(string text)
    {
        var score = Score(text);

        Assert.That(score.InsufficientText, Is.True);
        Assert.That(score.Band, Is.EqualTo("none"));
        Assert.That(score.Score, Is.Zero);
        Assert.That(score.Terms.Select(t => t.Score), Is.All.Zero);
        Assert.That(score.Level.Level, Is.Null);
    }

    [Test]
    public void The_canonical_phrase_pasted_forty_times_is_not_a_resume()
    {
        var score = Score(string.Join(" ", Enumerable.Repeat("therapeutic alliance", 40)));

        Assert.That(score.InsufficientText, Is.True);
        Assert.That(score.Score, Is.Zero);
        Assert.That(score.Matches, Has.Count.EqualTo(40), "the mentions are still reported");
    }

    [Test]
    public void Template_boilerplate_does_not_count_as_text()
    {
        var template = "[Your Name]\nYour Address · Your Email\nReferences available upon request.\n"
            + string.Join("\n", Enumerable.Repeat("Click here to add text about your experience, education, skills and the roles you held.", 10));

        Assert.That(Score(template).InsufficientText, Is.True);
    }

    /// <summary>The opening of a text is searched for template words at once: a template line anywhere, however far in, still counts as none.</summary>
    [TestCase(0)]
    [TestCase(2030)]
    [TestCase(2046)]
    [TestCase(2047)]
    [TestCase(2048)]
    [TestCase(5000)]
    public void Template_lines_do_not_count_wherever_they_stand(int at)
    {
        // Lines without words up to the position (a rule of dashes), then template lines that alone would make forty words.
        string rule = at == 0 ? "" : new string('-', at - 1) + "\n";
        string template = string.Join("\n", Enumerable.Repeat("Click here to add text about your experience, education, skills and the roles you held.", 10));
        Assert.That(Score(rule + template).InsufficientText, Is.True);
        Assert.That(Score(rule + Filler).InsufficientText, Is.False);
    }

    /// <summary>ATS and PDF extraction often deliver a resume as one line: its template footer must not take the resume with it.</summary>
    [Test]
    public void Template_words_drop_only_their_own_sentence_or_field()
    {
        string oneLine = Filler.ReplaceLineEndings(" ");
        Assert.That(Score(oneLine + " References available upon request.").InsufficientText, Is.False);
        Assert.That(Score("Your Name | Your Email | " + oneLine).InsufficientText, Is.False);
        Assert.That(Score("References available upon request. Your Name | Your Email · Click here to add text.").InsufficientText, Is.True);
    }

    [Test]
    public void Enough_ordinary_prose_is_sufficient() =>
        Assert.That(Score(Filler).InsufficientText, Is.False);

    [Test]
    public void Missing_components_name_what_the_resume_shows_no_evidence_of()
    {
        var bondOnly = Score(With("Rapport building and empathy with clients."));
        var all = Score(With("Rapport building; collaborative goal setting; task agreement on homework."));

        Assert.That(bondOnly.Terms[0].MissingComponents, Is.EqualTo(new[] { "goals", "tasks" }));
        Assert.That(all.Terms[0].MissingComponents, Is.Empty);
    }

    [Test]
    public void Matched_phrases_list_counted_evidence_in_dictionary_order()
    {
        var score = Score(With("Eager to learn motivational interviewing. Treatment planning; therapeutic alliance; familiar with empathy."));

        Assert.That(score.Terms[0].MatchedPhrases, Is.EqualTo(new[] { "therapeutic alliance", "empathy", "treatment planning" }));
    }

    [TestCase(0, "none")]
    [TestCase(14, "none")]
    [TestCase(15, "weak")]
    [TestCase(29, "weak")]
    [TestCase(30, "moderate")]
    [TestCase(54, "moderate")]
    [TestCase(55, "strong")]
    [TestCase(100, "strong")]
    public void Bands_follow_the_score(int score, string band) =>
        Assert.That(ResumeScorer.BandOf(score), Is.EqualTo(band));

    [Test]
    public void Input_hash_is_the_sha256_of_the_utf8_text_in_lowercase_hex()
    {
        string text = With("Résumé — “therapeutic alliance”");
        string expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

        Assert.That(Score(text).InputHash, Is.EqualTo(expected));
        Assert.That(Score(new string('x', 100_000)).InputHash, Is.EqualTo(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(new string('x', 100_000)))).ToLowerInvariant()));
    }

    [Test]
    public void Scorer_reports_its_version() =>
        Assert.That(Score("").ScorerVersion, Is.EqualTo(ScorerInfo.Version).And.EqualTo("2.52.0"));

    [Test]
    public void Same_input_gives_byte_identical_json_even_from_a_freshly_compiled_dictionary()
    {
        string text = With(GenuineStrong, "Mental Health Therapist, Hope Center, Jan 2016 – Present");
        var again = ScoringDictionary.Compile([SeedTerms.TherapeuticAlliance]);

        string first = JsonSerializer.Serialize(Score(text));
        string second = JsonSerializer.Serialize(ResumeScorer.Score(text, again));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Scoring_from_many_threads_at_once_gives_the_same_result()
    {
        string text = With(GenuineStrong);
        string expected = JsonSerializer.Serialize(Score(text));

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = JsonSerializer.Serialize(Score(text)));

        Assert.That(results, Is.All.EqualTo(expected));
    }

    [Test]
    public void Unknown_term_slug_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => Score("text", new ScoreOptions(Terms: ["therapeutic-alliance", "no-such-term"])));

        Assert.That(error!.Message, Does.Contain("no-such-term"));
    }

    [Test]
    public void Unknown_target_level_is_refused() =>
        Assert.Throws<ArgumentException>(() => Score("text", new ScoreOptions(TargetLevel: "principal")));

    [Test]
    public void Target_level_does_not_change_the_score()
    {
        string text = With(GenuineStrong);

        Assert.That(Score(text, new ScoreOptions(TargetLevel: "junior")).Score, Is.EqualTo(Score(text).Score));
    }

    [Test]
    public void Terms_are_scored_in_dictionary_order_and_only_those_asked_for()
    {
        var other = new TermDefinition("motivational-interviewing", "Motivational Interviewing",
            [new("motivational interviewing", PhraseKind.Canonical, null), new("change talk", PhraseKind.Synonym, null)],
            [], [], [], [], []);
        var dictionary = ScoringDictionary.Compile([SeedTerms.TherapeuticAlliance, other]);
        string text = With("Motivational interviewing and change talk; therapeutic alliance.");

        var all = ResumeScorer.Score(text, dictionary);
        var reversedRequest = ResumeScorer.Score(text, dictionary, new ScoreOptions(Terms: ["motivational-interviewing", "therapeutic-alliance"]));
        var one = ResumeScorer.Score(text, dictionary, new ScoreOptions(Terms: ["motivational-interviewing"]));

        Assert.That(all.Terms.Select(t => t.Slug), Is.EqualTo(new[] { "therapeutic-alliance", "motivational-interviewing" }));
        Assert.That(reversedRequest.Terms.Select(t => t.Slug), Is.EqualTo(new[] { "therapeutic-alliance", "motivational-interviewing" }));
        Assert.That(one.Terms.Select(t => t.Slug), Is.EqualTo(new[] { "motivational-interviewing" }));
        Assert.That(one.Matches.Select(m => m.Term), Is.All.EqualTo("motivational-interviewing"));
        Assert.That(all.Matches.Count(m => m.Phrase == "motivational interviewing"), Is.EqualTo(2), "each term reports its own match");
        Assert.That(all.Score, Is.EqualTo(all.Terms.Max(t => t.Score)), "without a term list the best term decides");
        Assert.That(reversedRequest.Score, Is.EqualTo((int)Math.Round(reversedRequest.Terms.Average(t => t.Score), MidpointRounding.AwayFromZero)));
    }

    [Test]
    public void A_dictionary_counts_the_phrases_of_its_terms_and_grows_in_bytes_with_them()
    {
        var other = new TermDefinition("motivational-interviewing", "Motivational Interviewing",
            [new("motivational interviewing", PhraseKind.Canonical, null), new("change talk", PhraseKind.Synonym, null)],
            [], [], [], [], []);
        var one = ScoringDictionary.Compile([SeedTerms.TherapeuticAlliance]);
        var two = ScoringDictionary.Compile([SeedTerms.TherapeuticAlliance, other]);
        var none = ScoringDictionary.Compile([]);

        Assert.That(one.PhraseCount, Is.EqualTo(SeedTerms.TherapeuticAlliance.Phrases.Count));
        Assert.That(two.PhraseCount, Is.EqualTo(SeedTerms.TherapeuticAlliance.Phrases.Count + 2));
        Assert.That(none.PhraseCount, Is.Zero);
        // The built-in cues (credentials, level signals) are compiled even for an empty glossary.
        Assert.That(none.ApproximateBytes, Is.GreaterThan(0));
        Assert.That(one.ApproximateBytes, Is.GreaterThan(none.ApproximateBytes));
        Assert.That(two.ApproximateBytes, Is.GreaterThan(one.ApproximateBytes));
        // At least the transition table: a small glossary keeps a row of 16-bit state numbers per state.
        Assert.That(one.ApproximateBytes, Is.GreaterThanOrEqualTo((long)one.Matcher.StateCount * one.Matcher.ColumnCount * sizeof(ushort)));
    }

    [Test]
    public void Compiling_refuses_duplicate_slugs() =>
        Assert.Throws<ArgumentException>(() => ScoringDictionary.Compile([SeedTerms.TherapeuticAlliance, SeedTerms.TherapeuticAlliance]));

    [TestCase("Senior")]
    [TestCase("lead")]
    [TestCase(null)]
    public void Compiling_refuses_a_year_range_for_a_level_the_scorer_cannot_report(string? level)
    {
        var term = SeedTerms.TherapeuticAlliance with { Levels = [new TermLevel(Levels.Junior, 0, 2), new TermLevel(level!, 2, null)] };
        var refused = Assert.Throws<ArgumentException>(() => ScoringDictionary.Compile([term]));
        Assert.That(refused!.Message, Does.Contain("therapeutic-alliance").And.Contain("expected junior, mid or senior"));
    }

    [Test]
    public void Compiling_an_empty_glossary_scores_nothing()
    {
        var score = ResumeScorer.Score(With(GenuineStrong), ScoringDictionary.Compile([]));

        Assert.That(score.Score, Is.Zero);
        Assert.That(score.Terms, Is.Empty);
        Assert.That(score.Matches, Is.Empty);
    }

    /// <summary>
    /// A career titled in the trade whose jobs name only a couple of the term's phrases, the rest said in plain words, outranks a
    /// skills cloud of every phrase with no job behind it (held to 15): before the floor it scored 10 (Fresh19, t07).
    /// </summary>
    [Test]
    public void Work_in_the_trade_outranks_a_keyword_block_however_few_its_phrases()
    {
        var asOf = new ScoreOptions(AsOf: new DateOnly(2026, 11, 1));
        var clinician = Score("""
            Marcus Okonkwo, LCPC
            Chicago, IL | marcus@example.com

            EXPERIENCE
            Psychotherapist / Clinical Lead, Lakeview Psychotherapy Associates, Chicago, IL
            09/2011 – Present
            Individual and couples psychotherapy, about 26 clients a week. We agree the goals together, in the client's words, and
            revisit them; when a client is angry with me or starts missing sessions, I raise it directly and we repair it.
            Clinical lead since 2016: clinical supervision of six therapists.

            Clinical Counselor, Southwest Youth Shelter, Chicago, IL
            08/2001 – 08/2011
            Counseling for runaway and homeless youth; crisis intervention on overnight on-call rotation.
            """, asOf);
        var stuffer = Score("""
            Jordan Blake
            Denver, CO | jordan@example.com

            PROFILE
            Fitness instructor and wellness enthusiast.

            CORE COMPETENCIES
            therapeutic alliance | working alliance | therapeutic relationship | rapport building | active listening
            empathy | motivational interviewing | crisis intervention | treatment planning | collaborative goal setting
            """, asOf);
        Assert.That(stuffer.Score, Is.LessThanOrEqualTo(15));
        Assert.That(clinician.Score, Is.GreaterThan(stuffer.Score));
        Assert.That(clinician.Band, Is.EqualTo(Bands.Weak));
    }
}
