using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HiringKit.Tests.Features.InterviewPlans;

public sealed class CreateInterviewPlanTests
{
    const string JuniorResume = """
        Counselor Intern, Hope Community Clinic
        Built rapport with adolescents through active listening and empathy in weekly sessions.
        Familiar with the working alliance from graduate coursework. Co-facilitated groups, kept case notes,
        and supported intake assessments under supervision for families referred by local schools.
        """;

    static async Task<JsonElement> PlanAsync(object body, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var scorer = TestHost.ClientFor("scorer");
        return await (await scorer.PostAsJsonAsync("/api/v1/interview-plans", body)).JsonAsync(status);
    }

    [Test]
    public async Task Questions_probing_what_the_resume_does_not_show_come_first_each_with_why()
    {
        var plan = await PlanAsync(new { text = JuniorResume, term = "therapeutic-alliance", targetLevel = "junior" });
        var questions = plan.GetProperty("questions").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(plan.GetProperty("level").GetString(), Is.EqualTo("junior"));
            Assert.That(plan.GetProperty("levelSource").GetString(), Is.EqualTo("target"));
            Assert.That(questions.Select(q => q.GetProperty("question").GetString()), Is.EqualTo(new[]
            {
                "What is therapeutic alliance and why is it important?",
                "How do you establish initial rapport with clients?",
            }), "the gap first, the claimed skill last");
            Assert.That(questions[0].GetProperty("focus").GetString(), Is.EqualTo("gap"));
            Assert.That(questions[0].GetProperty("why").GetString(), Does.StartWith("resume shows no evidence of"));
            Assert.That(questions[1].GetProperty("focus").GetString(), Is.EqualTo("verify"));
            Assert.That(questions[1].GetProperty("why").GetString(), Does.Match("resume claims (rapport|active listening|empathy): verify depth"));
        });
        var evidence = questions[1].GetProperty("evidence");
        Assert.That(JuniorResume.Substring(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32()),
            Is.EqualTo(evidence.GetProperty("text").GetString()));
    }

    [Test]
    public async Task Indicators_are_split_into_shown_and_still_to_verify_and_red_flags_come_along()
    {
        var plan = await PlanAsync(new { text = JuniorResume, term = "therapeutic-alliance", targetLevel = "junior" });
        Assert.Multiple(() =>
        {
            Assert.That(plan.GetProperty("indicatorsShown").EnumerateArray().Select(i => i.GetProperty("text").GetString()),
                Does.Contain("Active listening").And.Contain("Building initial rapport"));
            Assert.That(plan.GetProperty("indicatorsToVerify").EnumerateArray().Select(i => i.GetProperty("text").GetString()),
                Does.Contain("Understanding boundaries"));
            Assert.That(plan.GetProperty("redFlags").GetArrayLength(), Is.EqualTo(5));
            Assert.That(plan.GetProperty("resume").GetProperty("matchedPhrases").Strings(), Does.Contain("rapport"));
        });
    }

    [Test]
    public async Task A_hedged_claim_is_quoted_in_why()
    {
        const string resume = """
            Mental Health Therapist at Lakeside Clinic, providing individual therapy to adults with anxiety and depression.
            Familiar with client feedback tools. Coordinated care with psychiatrists, wrote treatment summaries,
            and led a weekly skills group for clients leaving inpatient care for the community.
            """;
        var plan = await PlanAsync(new { text = resume, term = "therapeutic-alliance", targetLevel = "mid" });
        var hedged = plan.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("focus").GetString() == "hedged");
        Assert.That(hedged.GetProperty("question").GetString(), Is.EqualTo("How do you measure the strength of therapeutic alliance?"));
        Assert.That(hedged.GetProperty("why").GetString(), Does.Contain("Familiar with client feedback"));
    }

    [Test]
    public async Task Without_a_target_the_plan_follows_the_resume_or_falls_back_to_junior()
    {
        const string senior = """
            Clinical Supervisor, Riverside Behavioral Health, 2012 – Present.
            Supervise six counselors and train junior counselors in building the therapeutic alliance;
            led program development for the adolescent service. Over 12 years of experience in outpatient counseling.
            Carry a small caseload of adults with depression and anxiety, chair the weekly case conference,
            and review treatment plans and documentation for the whole team every month.
            """;
        var fromResume = await PlanAsync(new { text = senior, term = "therapeutic-alliance" });
        Assert.That((fromResume.GetProperty("level").GetString(), fromResume.GetProperty("levelSource").GetString()), Is.EqualTo(("senior", "resume")));

        var fallback = await PlanAsync(new { text = "Hello.", term = "therapeutic-alliance" });
        Assert.That((fallback.GetProperty("level").GetString(), fallback.GetProperty("levelSource").GetString()), Is.EqualTo(("junior", "default")));
        Assert.That(fallback.GetProperty("resume").GetProperty("insufficientText").GetBoolean(), Is.True);
    }

    [Test]
    public async Task The_plan_prints_as_markdown_and_html()
    {
        using var scorer = TestHost.ClientFor("scorer");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/interview-plans")
        {
            Content = JsonContent.Create(new { text = JuniorResume, term = "therapeutic-alliance", targetLevel = "junior" }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        var markdown = await (await scorer.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.That(markdown, Does.StartWith("# Interview plan: Therapeutic Alliance — Junior (0-2 years)"));
        Assert.That(markdown, Does.Contain("*Why:* resume shows no evidence of"));
        Assert.That(markdown, Does.Contain("## Still to verify").And.Contain("- [ ] Understanding boundaries"));

        var html = await (await scorer.PostAsJsonAsync("/api/v1/interview-plans?format=html", new { text = "<script>x</script> " + JuniorResume, term = "therapeutic-alliance", targetLevel = "junior" }))
            .Content.ReadAsStringAsync();
        Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.Contain("class=\"why\"").And.Contain("Red flags to listen for"));
        Assert.That(html, Does.Not.Contain("<script>"));
    }

    [TestCase("""{ "term": "therapeutic-alliance" }""", HttpStatusCode.BadRequest)]
    [TestCase("""{ "text": "x" }""", HttpStatusCode.BadRequest)]
    [TestCase("""{ "text": "x", "term": "therapeutic-alliance", "targetLevel": "expert" }""", HttpStatusCode.BadRequest)]
    [TestCase("""{ "text": "x", "term": "no-such-term" }""", HttpStatusCode.NotFound)]
    public async Task Bad_requests_are_problems(string json, HttpStatusCode status)
    {
        using var scorer = TestHost.ClientFor("scorer");
        await (await scorer.PostAsync("/api/v1/interview-plans", new StringContent(json, System.Text.Encoding.UTF8, "application/json"))).AssertProblemAsync(status);
    }

    [Test]
    public async Task Readers_cannot_make_plans()
    {
        using var reader = TestHost.ClientFor("reader");
        await (await reader.PostAsJsonAsync("/api/v1/interview-plans", new { text = JuniorResume, term = "therapeutic-alliance" })).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_openapi_example_is_what_the_api_answers_to_the_example_request()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var doc = await (await scorer.GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        var post = doc.GetProperty("paths").GetProperty("/api/v1/interview-plans").GetProperty("post");
        var request = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        var example = post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");

        var response = await scorer.PostAsync("/api/v1/interview-plans", new StringContent(request.GetRawText(), System.Text.Encoding.UTF8, "application/json"));
        var actual = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(System.Text.Json.Nodes.JsonNode.DeepEquals(actual, System.Text.Json.Nodes.JsonNode.Parse(example.GetRawText())), Is.True,
            $"Swagger shows:\n{example}\nthe API answers:\n{actual}");
    }
}
