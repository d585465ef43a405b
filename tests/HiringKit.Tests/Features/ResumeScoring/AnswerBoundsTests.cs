using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace HiringKit.Tests.Features.ResumeScoring;

/// <summary>
/// Answers stay in proportion to requests: repeated evidence is listed up to a cap and counted past it,
/// so a batch of texts built to multiply the answer (every title, phrase and date repeated) answers no
/// more than 10 times its own size, and the score is still the engine's, computed from everything.
/// </summary>
public sealed class AnswerBoundsTests
{
    [Test]
    public async Task A_4_mb_batch_of_repeated_titles_answers_less_than_10_times_its_size()
    {
        var text = string.Concat(Enumerable.Repeat("LPC ", 10_400));
        var body = JsonSerializer.SerializeToUtf8Bytes(new { items = Enumerable.Range(0, 100).Select(i => new { id = $"c-{i}", text }) });
        Assert.That(body.Length, Is.GreaterThan(4_100_000), "the batch is the size of the attack");

        using var scorer = TestHost.ClientFor("scorer");
        var response = await scorer.PostAsync("/api/v1/resume-scores/batch", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });
        var answer = await response.Content.ReadAsByteArrayAsync();
        TestContext.Out.WriteLine($"request {body.Length} bytes, answer {answer.Length} bytes");

        Assert.That(answer.Length, Is.LessThan(10L * body.Length));
        var first = JsonDocument.Parse(answer).RootElement.GetProperty("results")[0];
        Assert.That(first.GetProperty("jobTitles").GetArrayLength(), Is.EqualTo(25));
        var omitted = first.GetProperty("omitted").GetProperty("jobTitles")[0];
        Assert.That(omitted.GetProperty("title").GetString(), Is.EqualTo("Licensed Professional Counselor"));
        Assert.That(omitted.GetProperty("count").GetInt32(), Is.EqualTo(10_400 - 25), "every title past the cap is counted");
    }

    [Test]
    public async Task Every_phrase_repeated_is_listed_up_to_the_cap_and_counted_past_it_without_changing_the_score()
    {
        using var admin = TestHost.ClientFor("admin");
        var term = await (await admin.GetAsync("/api/v1/terms/therapeutic-alliance")).JsonAsync();
        var phrases = term.GetProperty("phrases").EnumerateArray().Select(p => p.GetProperty("phrase").GetString()!).ToList();
        var line = "Licensed Professional Counselor, 2016 - Present. " + string.Join(". ", phrases) + ".\n";
        var text = new StringBuilder();
        while (text.Length + line.Length < 190_000) text.Append(line);

        using var scorer = TestHost.ClientFor("scorer");
        // The seeded term only: other tests add terms that share its phrases, and each term counts its own.
        var request = JsonSerializer.SerializeToUtf8Bytes(new { text = text.ToString(), terms = new[] { "therapeutic-alliance" } });
        var response = await scorer.PostAsync("/api/v1/resume-scores", new ByteArrayContent(request) { Headers = { ContentType = new("application/json") } });
        var answer = await response.Content.ReadAsByteArrayAsync();
        var score = JsonDocument.Parse(answer).RootElement;
        TestContext.Out.WriteLine($"request {request.Length} bytes, answer {answer.Length} bytes");

        Assert.That(answer.Length, Is.LessThan(request.Length), "far less than the text itself");
        var perPhrase = score.GetProperty("matches").EnumerateArray().GroupBy(m => (m.GetProperty("term").GetString(), m.GetProperty("phrase").GetString())).ToList();
        Assert.That(perPhrase.Max(g => g.Count()), Is.LessThanOrEqualTo(25));
        Assert.That(score.GetProperty("matches").GetArrayLength(), Is.LessThanOrEqualTo(300));
        var omitted = score.GetProperty("omitted").GetProperty("matches").EnumerateArray().ToList();
        Assert.That(omitted, Is.Not.Empty);
        Assert.That(omitted.All(o => o.GetProperty("count").GetInt32() > 0), Is.True);

        // The score is the engine's over everything it found; only the listing is trimmed.
        var engine = HiringKit.Scoring.ResumeScorer.Score(text.ToString(), HiringKit.Scoring.Tests.SeedTerms.Dictionary, new(["therapeutic-alliance"]));
        Assert.That(score.GetProperty("score").GetInt32(), Is.EqualTo(engine.Score));
        Assert.That(score.GetProperty("matches").GetArrayLength() + omitted.Sum(o => o.GetProperty("count").GetInt32()), Is.EqualTo(engine.Matches.Count),
            "listed plus counted is everything the engine found");
    }

    [Test]
    public async Task An_ordinary_resume_has_no_omitted_field()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var score = await (await scorer.PostAsJsonAsync("/api/v1/resume-scores", new { text = "Licensed Professional Counselor since 2015. Built a strong therapeutic alliance with every client through active listening." })).JsonAsync();
        Assert.That(score.TryGetProperty("omitted", out _), Is.False);
    }
}
