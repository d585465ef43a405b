using System.Text;

namespace HiringKit.Tests.Contract;

/// <summary>
/// The everyday flows of recruiters, ATS integrations and HR staff, run with a client generated from the
/// OpenAPI document at build time and used as generated, without hand edits. `Generated` is the
/// System.Text.Json client here (src/HiringKit.Client); HiringKit.Client.Newtonsoft.Tests compiles this
/// same file against the Newtonsoft.Json client.
/// </summary>
public class ClientFlows
{
    const string Slug = "therapeutic-alliance";

    const string Resume = TestData.StrongResume;


    static Generated.HiringKitClient ClientFor(string role) => new(TestHost.ClientFor(role));

    static string ETagOf(Generated.HiringKitResponse response) =>
        response.Headers.First(h => h.Key.Equals("ETag", StringComparison.OrdinalIgnoreCase)).Value.Single();

    /// <summary>The typed problem a call fails with; fails the test if it succeeds or fails otherwise.</summary>
    static async Task<Generated.HiringKitApiException<Generated.Problem>> ProblemFrom(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Generated.HiringKitApiException<Generated.Problem> problem)
        {
            return problem;
        }
        Assert.Fail("expected the call to fail with a problem");
        throw new InvalidOperationException();
    }

    [Test]
    public async Task A_recruiter_reads_the_senior_guide_and_every_level()
    {
        var client = ClientFor("reader");
        var senior = await client.GetInterviewGuideAsync(Slug, Generated.Level.Senior);
        Assert.Multiple(() =>
        {
            Assert.That(senior.Result.Level, Is.EqualTo(Generated.Level.Senior));
            Assert.That(senior.Result.Questions, Is.Not.Empty);
            Assert.That(ETagOf(senior), Does.StartWith("\""));
        });

        var all = await client.GetInterviewGuideAsync(Slug);
        Assert.That(all.Result.Levels!.Select(l => l.Level), Is.EqualTo(new[] { Generated.Level.Junior, Generated.Level.Mid, Generated.Level.Senior }));
    }

    [Test]
    public async Task An_ats_scores_text_a_file_and_a_batch()
    {
        var client = ClientFor("scorer");
        var text = await client.ScoreResumeAsync(new Generated.ScoreResumeRequest { Text = Resume, Terms = [Slug], TargetLevel = Generated.Level.Senior });
        var match = text.Result.Matches.First();
        Assert.Multiple(() =>
        {
            Assert.That(text.Result.Score, Is.GreaterThan(0));
            Assert.That(Resume.Substring(match.Start, match.Length), Is.EqualTo(match.Text));
            Assert.That(text.Result.Level.Level, Is.EqualTo(Generated.Level.Senior));
        });

        using var file = new MemoryStream(Encoding.UTF8.GetBytes(Resume));
        var upload = await client.ScoreResumeFileAsync(new Generated.FileParameter(file, "resume.txt", "text/plain"), Slug);
        Assert.That(upload.Result.ExtractedText, Is.EqualTo(Resume));
        Assert.That(upload.Result.Score, Is.EqualTo(text.Result.Score));

        var batch = await client.ScoreResumeBatchAsync(new Generated.ScoreBatchRequest
        {
            Items = [new() { Id = "candidate-1", Text = Resume }, new() { Id = "candidate-2" }],
            Terms = [Slug],
        });
        var results = batch.Result.Results.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results[0].Id, Is.EqualTo("candidate-1"));
            Assert.That(results[0].Score, Is.EqualTo(text.Result.Score));
            Assert.That(results[1].Error!.Status, Is.EqualTo(400));
        });
    }

    [Test]
    public async Task An_ats_plans_an_interview_and_a_recruiter_builds_a_search_string()
    {
        var scorer = ClientFor("scorer");
        var plan = await scorer.CreateInterviewPlanAsync(new Generated.CreateInterviewPlanRequest { Text = Resume, Term = Slug });
        Assert.That(plan.Result.Level, Is.EqualTo(Generated.Level.Senior));
        Assert.That(plan.Result.Questions, Is.Not.Empty);
        var evidence = plan.Result.Questions.Select(q => q.Evidence).Concat(plan.Result.IndicatorsToVerify.Select(i => i.Evidence));
        Assert.That(evidence, Has.Some.Null, "what the resume does not show reads as null evidence");

        var search = await ClientFor("reader").BuildSearchStringAsync(Slug);
        Assert.That(search.Result.Query, Does.Contain("\"therapeutic alliance\""));
    }

    [Test]
    public async Task Hr_staff_edit_a_question_with_the_etag_they_read()
    {
        var slug = await TestData.CreateTermAsync();
        var editor = ClientFor("editor");
        var created = await editor.CreateQuestionAsync(slug, new Generated.QuestionBody
        {
            Level = Generated.Level.Mid, Question = "How do you notice a rupture?", ExpectedAnswer = "Names cues and repairs it.",
        });
        Assert.That(created.StatusCode, Is.EqualTo(201));
        Assert.That(created.Result.Level, Is.EqualTo(Generated.Level.Mid));

        var read = await editor.GetQuestionAsync(slug, created.Result.Id);
        var changed = await editor.UpdateQuestionAsync(slug, created.Result.Id, new Generated.QuestionBody
        {
            Level = Generated.Level.Senior, Question = "How do you notice and repair a rupture?", ExpectedAnswer = "Names cues and repairs it.",
        }, ETagOf(read));
        Assert.That(changed.Result.Version, Is.EqualTo(2));
        Assert.That(ETagOf(changed), Is.EqualTo("\"v2\""));

        // Someone else's change in between: 412 with the current tag, as a typed problem.
        var stale = await ProblemFrom(() =>
            editor.UpdateQuestionAsync(slug, created.Result.Id, new Generated.QuestionBody
            {
                Level = Generated.Level.Senior, Question = "Stale edit?", ExpectedAnswer = "-",
            }, ETagOf(read)));
        Assert.That(stale.StatusCode, Is.EqualTo(412));
        Assert.That(stale.Result.CurrentETag, Is.EqualTo("\"v2\""));

        var missing = await ProblemFrom(() => editor.DeleteQuestionAsync(slug, created.Result.Id));
        Assert.That(missing.StatusCode, Is.EqualTo(428));
        var deleted = await editor.DeleteQuestionAsync(slug, created.Result.Id, ETagOf(changed));
        Assert.That(deleted.StatusCode, Is.EqualTo(204));

        var history = await editor.GetHistoryAsync(slug);
        Assert.That(history.Result.Select(c => c.Action).Take(3), Is.EqualTo(new[] { "delete", "update", "create" }));
        Assert.That(history.Result.First().After, Is.Null);
    }

    [Test]
    public async Task Errors_arrive_as_typed_problems()
    {
        var editor = ClientFor("editor");
        var invalid = await ProblemFrom(() =>
            editor.CreateQuestionAsync(Slug, new Generated.QuestionBody { Level = Generated.Level.Junior, Question = "", ExpectedAnswer = "x" }));
        Assert.That(invalid.StatusCode, Is.EqualTo(400));
        Assert.That(invalid.Result.Errors!.Keys, Does.Contain("question"));
        Assert.That(invalid.Result.Type, Is.EqualTo("https://hiringkit.dev/problems/validation"));

        var notFound = await ProblemFrom(() => editor.GetTermAsync("no-such-term"));
        Assert.That(notFound.StatusCode, Is.EqualTo(404));
        Assert.That(notFound.Result.Title, Is.EqualTo("Not found"));

        var anonymous = new Generated.HiringKitClient(TestHost.Client(null));
        var unauthorized = await ProblemFrom(() => anonymous.GetTermAsync(Slug));
        Assert.That(unauthorized.StatusCode, Is.EqualTo(401));
        Assert.That(unauthorized.Result.TraceId, Is.Not.Empty);
    }
}
