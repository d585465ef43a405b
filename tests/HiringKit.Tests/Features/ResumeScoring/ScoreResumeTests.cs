using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HiringKit.Tests.Features.ResumeScoring;

public sealed class ScoreResumeTests
{
    const string StrongResume = TestData.StrongResume;


    // Tests that compare answers score the seeded term only: the fixtures running beside them add terms,
    // and a term added between two requests changes an answer scored against every term.
    static readonly string[] SeededOnly = [TestData.SeededSlug];

    static async Task<(JsonElement Body, byte[] Bytes)> ScoreAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/resume-scores", request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), Encoding.UTF8.GetString(bytes));
        return (JsonDocument.Parse(bytes).RootElement, bytes);
    }

    [Test]
    public async Task The_body_is_read_alike_with_or_without_a_charset_a_byte_order_mark_or_in_utf16()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var json = JsonSerializer.Serialize(new { text = StrongResume + "Café 🙂", terms = SeededOnly });
        var answers = new List<string>();
        byte[] Bom(byte[] body) => [0xEF, 0xBB, 0xBF, .. body];
        foreach (var (bytes, contentType) in new[]
        {
            (Encoding.UTF8.GetBytes(json), "application/json"),
            (Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8"),
            (Encoding.UTF8.GetBytes(json), "application/json; charset=\"UTF-8\""),
            (Encoding.UTF8.GetBytes(json), "application/json; charset=utf8"),
            (Bom(Encoding.UTF8.GetBytes(json)), "application/json"),
            (Bom(Encoding.UTF8.GetBytes(json)), "application/json; charset=utf-8"),
            (Encoding.Unicode.GetBytes(json), "application/json; charset=utf-16"),
        })
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            var response = await scorer.PostAsync("/api/v1/resume-scores", content);
            answers.Add(await response.Content.ReadAsStringAsync());
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), contentType + ": " + answers[^1]);
        }
        Assert.That(answers.Distinct().Count(), Is.EqualTo(1), "one answer whatever the body's encoding");
        Assert.That(JsonDocument.Parse(answers[0]).RootElement.GetProperty("inputHash").GetString(),
            Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StrongResume + "Café 🙂")))));
    }

    /// <summary>
    /// Over HTTP the API answers exactly what the engine answers with the engine tests' copy of the seeded
    /// term (SeedTerms). That ties seed-data/ to the copy the corpus's recall, trap and tier tests run on
    /// (edit the YAML and this fails until the copy follows), and the HTTP side (body reading, options,
    /// serialization) to the engine.
    /// </summary>
    [TestCase("strong")]
    [TestCase("readme")]
    [TestCase("load")]
    [TestCase("hedged")]
    public async Task The_api_scores_exactly_as_the_engine_does_on_the_seeded_term(string which)
    {
        string text = which switch
        {
            "strong" => StrongResume,
            "load" => await File.ReadAllTextAsync(Path.Combine(TestHost.RepoRoot, "scripts", "load-resume.txt")),
            "hedged" => "Familiar with the working alliance; eager to learn motivational interviewing. No experience with crisis intervention.\n" + StrongResume,
            _ => ReadmeExample().Resume,
        };
        using var scorer = TestHost.ClientFor("scorer");
        // Named, because the shared test database also holds terms other tests create.
        var (_, bytes) = await ScoreAsync(scorer, new { text, terms = new[] { "therapeutic-alliance" } });

        var engine = HiringKit.Scoring.ResumeScorer.Score(text, HiringKit.Scoring.Tests.SeedTerms.Dictionary,
            new HiringKit.Scoring.ScoreOptions(["therapeutic-alliance"], null));
        var expected = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(engine, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var actual = System.Text.Json.Nodes.JsonNode.Parse(bytes);
        Assert.That(System.Text.Json.Nodes.JsonNode.DeepEquals(actual, expected), Is.True, $"API:\n{actual}\nengine:\n{expected}");
    }

    /// <summary>The README's scoring example: the resume it shows, and the answer it says the API gives.</summary>
    static (string Resume, string Answer) ReadmeExample()
    {
        var readme = File.ReadAllText(Path.Combine(TestHost.RepoRoot, "README.md"));
        var example = System.Text.RegularExpressions.Regex.Match(readme, "For this resume:\n\n```\n(.*?)```.*?```json\n(.*?)```",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.That(example.Success, Is.True, "the README's scoring example is where this test looks for it");
        return (example.Groups[1].Value, example.Groups[2].Value);
    }

    [Test]
    public async Task The_readme_example_is_what_the_api_answers()
    {
        var (resume, answer) = ReadmeExample();
        using var scorer = TestHost.ClientFor("scorer");
        var (_, bytes) = await ScoreAsync(scorer, new { text = resume, terms = new[] { "therapeutic-alliance" } });

        var actual = System.Text.Json.Nodes.JsonNode.Parse(bytes);
        Assert.That(System.Text.Json.Nodes.JsonNode.DeepEquals(actual, System.Text.Json.Nodes.JsonNode.Parse(answer)), Is.True, $"the API now answers:\n{actual}");
    }

    [Test]
    public async Task The_openapi_example_is_what_the_api_answers_to_the_example_request()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var doc = await (await scorer.GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        var post = doc.GetProperty("paths").GetProperty("/api/v1/resume-scores").GetProperty("post");
        var request = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        var example = post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");

        var response = await scorer.PostAsync("/api/v1/resume-scores", new StringContent(request.GetRawText(), Encoding.UTF8, "application/json"));
        var actual = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(System.Text.Json.Nodes.JsonNode.DeepEquals(actual, System.Text.Json.Nodes.JsonNode.Parse(example.GetRawText())), Is.True,
            $"Swagger shows:\n{example}\nthe API answers:\n{actual}");
    }

    [Test]
    public async Task The_openapi_document_says_uploads_take_pdf_docx_and_text_and_may_be_422()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var doc = await (await scorer.GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        // One body type per operation, so a generated client's method sends what the operation takes:
        // text scoring documents JSON only (uploads sent there still work), files have their own operation.
        var text = doc.GetProperty("paths").GetProperty("/api/v1/resume-scores").GetProperty("post");
        Assert.That(text.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name), Is.EqualTo(new[] { "application/json" }));
        var post = doc.GetProperty("paths").GetProperty("/api/v1/resume-scores/files").GetProperty("post");
        var form = post.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data");

        Assert.That(form.GetProperty("schema").GetProperty("properties").GetProperty("file").GetProperty("format").GetString(), Is.EqualTo("binary"));
        Assert.That(form.GetProperty("encoding").GetProperty("file").GetProperty("contentType").GetString(),
            Does.Contain("application/pdf").And.Contain("application/vnd.openxmlformats-officedocument.wordprocessingml.document").And.Contain("text/plain"));
        Assert.That(post.GetProperty("responses").TryGetProperty("422", out _), Is.True, "an unreadable document is documented");
        Assert.That(post.GetProperty("responses").TryGetProperty("415", out _), Is.True, "an unsupported kind of file is documented");
    }

    [Test]
    public async Task A_strong_resume_scores_with_evidence_offsets_level_and_titles()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var (score, _) = await ScoreAsync(scorer, new { text = StrongResume, terms = new[] { "therapeutic-alliance" } });

        var matches = score.GetProperty("matches").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(score.GetProperty("insufficientText").GetBoolean(), Is.False);
            // The term itself, both alliance synonyms, all three components and a measured outcome: strong by any reading.
            Assert.That(score.GetProperty("score").GetInt32(), Is.GreaterThanOrEqualTo(65));
            Assert.That(score.GetProperty("band").GetString(), Is.EqualTo("strong"));
            Assert.That(matches.Select(m => m.GetProperty("phrase").GetString()), Does.Contain("therapeutic alliance").And.Contain("working alliance"));
            Assert.That(score.GetProperty("level").GetProperty("level").GetString(), Is.EqualTo("senior"));
            Assert.That(score.GetProperty("level").GetProperty("evidence").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(score.GetProperty("jobTitles").EnumerateArray().Select(t => t.GetProperty("title").GetString()),
                Does.Contain("Licensed Professional Counselor"));
            Assert.That(score.GetProperty("terms")[0].GetProperty("slug").GetString(), Is.EqualTo("therapeutic-alliance"));
        });
        foreach (var span in matches.Concat(score.GetProperty("jobTitles").EnumerateArray()).Concat(score.GetProperty("level").GetProperty("evidence").EnumerateArray()))
            Assert.That(StrongResume.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()), Is.EqualTo(span.GetProperty("text").GetString()));
    }

    [Test]
    public async Task The_same_input_gives_byte_identical_output_and_the_input_hash_is_sha256()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var (first, firstBytes) = await ScoreAsync(scorer, new { text = StrongResume, terms = SeededOnly });
        var (_, secondBytes) = await ScoreAsync(scorer, new { text = StrongResume, terms = SeededOnly });
        Assert.That(secondBytes, Is.EqualTo(firstBytes));
        Assert.That(first.GetProperty("inputHash").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StrongResume)))));
        Assert.That(first.GetProperty("scorerVersion").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task Too_little_text_is_insufficient_not_a_verdict()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var (score, _) = await ScoreAsync(scorer, new { text = "Counselor." });
        Assert.That(score.GetProperty("insufficientText").GetBoolean(), Is.True);
        Assert.That(score.GetProperty("band").GetString(), Is.EqualTo("none"));
    }

    [Test]
    public async Task Negated_mentions_are_marked_and_score_below_asserted_ones()
    {
        using var scorer = TestHost.ClientFor("scorer");
        const string filler = " Worked as a counselor in a community clinic with adults and families, documenting sessions and coordinating care with case managers and psychiatrists every week."
            + " Carried a caseload of thirty clients, wrote progress notes, attended weekly team meetings, and completed continuing education in trauma-informed care and group facilitation.";
        var (negated, _) = await ScoreAsync(scorer, new { text = "No experience with therapeutic alliance or working alliance work." + filler, terms = SeededOnly });
        var (asserted, _) = await ScoreAsync(scorer, new { text = "Built a strong therapeutic alliance and working alliance with clients." + filler, terms = SeededOnly });

        Assert.That(asserted.GetProperty("insufficientText").GetBoolean(), Is.False);
        Assert.That(negated.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("assertion").GetString()), Has.Some.EqualTo("negated"));
        Assert.That(negated.GetProperty("score").GetInt32(), Is.LessThan(asserted.GetProperty("score").GetInt32()));
    }

    [Test]
    public async Task An_hr_edit_to_phrases_reaches_scoring_without_a_restart()
    {
        var slug = TestData.NewSlug("score");
        var marker = "zorbulate" + Guid.NewGuid().ToString("N")[..6];
        using var admin = TestHost.ClientFor("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/terms", new
        {
            slug, name = "Scoring Probe", industry = "Testing", summary = "A term for a scoring test.",
            phrases = new[] { new { phrase = $"{marker} technique", kind = "canonical" } },
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        using var scorer = TestHost.ClientFor("scorer");
        var text = $"Used the {marker} technique with every client for five years in a busy outpatient clinic, alongside case notes, group sessions and family meetings each week.";
        var (before, _) = await ScoreAsync(scorer, new { text, terms = new[] { slug } });
        Assert.That(before.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("phrase").GetString()), Does.Contain($"{marker} technique"));

        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/terms/{slug}")
        {
            Content = JsonContent.Create(new { name = "Scoring Probe", industry = "Testing", summary = "Changed.", phrases = new[] { new { phrase = "something else entirely", kind = "canonical" } } }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        Assert.That((await admin.SendAsync(put)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // The new dictionary is compiled off the request path and swapped in (issue 17): scores in between use
        // the last one. The 1 s target is timed by scripts/load; this bound only fails when the swap never comes.
        int matches;
        do
        {
            var (after, _) = await ScoreAsync(scorer, new { text, terms = new[] { slug } });
            matches = after.GetProperty("matches").GetArrayLength();
            if (matches > 0) await Task.Delay(10);
        }
        while (matches > 0 && clock.Elapsed < TimeSpan.FromSeconds(5));
        TestContext.Out.WriteLine($"the edit reached scoring after {clock.ElapsedMilliseconds} ms");
        Assert.That(matches, Is.Zero, "the edit never reached scoring");
    }

    [Test]
    public async Task Readers_cannot_score_and_no_key_is_401()
    {
        using var reader = TestHost.ClientFor("reader");
        await (await reader.PostAsJsonAsync("/api/v1/resume-scores", new { text = StrongResume })).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = TestHost.Client(null);
        await (await anonymous.PostAsJsonAsync("/api/v1/resume-scores", new { text = StrongResume })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase("""{ "terms": ["therapeutic-alliance"] }""", HttpStatusCode.BadRequest, "text")]
    [TestCase("""{ "text": "x", "targetLevel": "principal" }""", HttpStatusCode.BadRequest, "targetLevel")]
    [TestCase("""{ "text": "x", "terms": ["no-such-term"] }""", HttpStatusCode.NotFound, null)]
    [TestCase("""{ "text": "x", "terms": ["Bad Slug"] }""", HttpStatusCode.BadRequest, "terms[0]")]
    [TestCase("""{ "text": "unterminated """, HttpStatusCode.BadRequest, null)]
    // Around the edge of ScoreRequestJson: read there (an explicit null), or handed to System.Text.Json.
    [TestCase("""{ "text": null, "terms": null, "targetLevel": null }""", HttpStatusCode.BadRequest, "text")]
    [TestCase("""{ "text": "x", "extra": 1 }""", HttpStatusCode.BadRequest, null)]
    [TestCase("""{ "text": "x", "terms": [null] }""", HttpStatusCode.BadRequest, null)]
    [TestCase("""{ "text": "x", }""", HttpStatusCode.BadRequest, null)]
    [TestCase("{ \"text\": \"a\u0001b\" }", HttpStatusCode.BadRequest, null)]
    public async Task Bad_requests_are_problems(string json, HttpStatusCode status, string? field)
    {
        using var scorer = TestHost.ClientFor("scorer");
        var response = await scorer.PostAsync("/api/v1/resume-scores", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(status);
        if (field is not null) Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task Text_over_the_limit_is_413_not_a_truncation()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var response = await scorer.PostAsJsonAsync("/api/v1/resume-scores", new { text = new string('a', 200_001) });
        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("200000"));
    }

    [Test]
    public async Task A_body_that_is_not_json_or_a_form_is_415()
    {
        using var scorer = TestHost.ClientFor("scorer");
        await (await scorer.PostAsync("/api/v1/resume-scores", new StringContent(StrongResume, Encoding.UTF8, "text/plain")))
            .AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task A_txt_upload_is_scored_and_its_text_returned_for_the_offsets()
    {
        using var scorer = TestHost.ClientFor("scorer");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(StrongResume)), "file", "resume.txt");
        form.Add(new StringContent("senior"), "targetLevel");
        var body = await (await scorer.PostAsync("/api/v1/resume-scores", form)).JsonAsync();
        var text = body.GetProperty("extractedText").GetString()!;
        Assert.That(text, Is.EqualTo(StrongResume));
        Assert.That(body.GetProperty("matches").GetArrayLength(), Is.GreaterThan(0));
    }

    /// <summary>An upload's text obeys the same limit as JSON text: over 200,000 characters is a 413, never scored cut short.</summary>
    [Test]
    public async Task A_txt_upload_over_the_text_limit_is_413()
    {
        using var scorer = TestHost.ClientFor("scorer");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', 200_001))), "file", "resume.txt" } };
        var problem = await (await scorer.PostAsync("/api/v1/resume-scores", form)).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("200000"));

        using var atLimit = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', 200_000))), "file", "resume.txt" } };
        var body = await (await scorer.PostAsync("/api/v1/resume-scores", atLimit)).JsonAsync();
        Assert.That(body.GetProperty("extractedText").GetString(), Has.Length.EqualTo(200_000));
    }

    /// <summary>
    /// Plain text over the limit in an ordinary .docx (its XML far under the unpacking cap): the extracted
    /// text is measured like a JSON text, so one paragraph more than the limit is a 413, never a truncation.
    /// </summary>
    [TestCase(199_000, HttpStatusCode.OK)]
    [TestCase(201_000, HttpStatusCode.RequestEntityTooLarge)]
    public async Task A_docx_whose_text_is_over_the_limit_is_413_and_one_under_is_scored_whole(int characters, HttpStatusCode status)
    {
        const string line = "Built a therapeutic alliance with every client through active listening and empathy.";
        var paragraphs = Enumerable.Repeat(line, characters / (line.Length + 1)).ToList();
        paragraphs.Add(new string('x', characters - paragraphs.Count * (line.Length + 1)));
        using var scorer = TestHost.ClientFor("scorer");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Docx(paragraphs)), "file", "long.docx" } };
        var response = await scorer.PostAsync("/api/v1/resume-scores", form);

        if (status == HttpStatusCode.OK)
        {
            var body = await response.JsonAsync();
            Assert.That(body.GetProperty("extractedText").GetString()!.Length, Is.InRange(characters - 2, characters), "all of it, not a cut");
        }
        else
        {
            var problem = await response.AssertProblemAsync(status);
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("200000 characters"));
        }
    }

    [Test]
    public async Task A_docx_upload_is_read_paragraph_by_paragraph()
    {
        using var scorer = TestHost.ClientFor("scorer");
        using var form = new MultipartFormDataContent();
        var docx = new ByteArrayContent(Docx(StrongResume.Split('\n')));
        docx.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(docx, "file", "resume.docx");
        var body = await (await scorer.PostAsync("/api/v1/resume-scores", form)).JsonAsync();
        var text = body.GetProperty("extractedText").GetString()!;

        Assert.That(text, Does.Contain("Developed strong therapeutic alliance with diverse client population"));
        Assert.That(body.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("phrase").GetString()), Does.Contain("therapeutic alliance"));
        foreach (var match in body.GetProperty("matches").EnumerateArray())
            Assert.That(text.Substring(match.GetProperty("start").GetInt32(), match.GetProperty("length").GetInt32()), Is.EqualTo(match.GetProperty("text").GetString()));
    }

    /// <summary>
    /// Word keeps a soft line break, a tab and a non-breaking hyphen as elements between runs, not as
    /// characters; read as text they must still separate words, or "therapeutic" and "alliance" become one.
    /// Deleted tracked changes and field codes are not text anyone sees.
    /// </summary>
    [Test]
    public async Task A_docx_keeps_line_breaks_tabs_and_hyphens_between_words_and_drops_what_word_hides()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("Built a strong therapeutic"), new Break(), new Text("alliance with every client"))),
                new Paragraph(new Run(new Text("Counselor"), new TabChar(), new Text("2016"), new NoBreakHyphen(), new Text("2019"))),
                new Paragraph(
                    new Run(new Text("Used client feedback")),
                    new DeletedRun(new DeletedText(" and no crisis intervention")),
                    new Run(new FieldCode(" HYPERLINK \"https://example.com\" ")),
                    new Run(new Text(" in sessions.") { Space = SpaceProcessingModeValues.Preserve }))));
        }
        using var scorer = TestHost.ClientFor("scorer");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "resume.docx" } };
        var body = await (await scorer.PostAsync("/api/v1/resume-scores", form)).JsonAsync();

        Assert.That(body.GetProperty("extractedText").GetString(), Is.EqualTo(
            "Built a strong therapeutic\nalliance with every client\nCounselor\t2016-2019\nUsed client feedback in sessions."));
        Assert.That(body.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("text").GetString()),
            Does.Contain("therapeutic\nalliance").And.Contain("client feedback"));
    }

    [TestCase("resume.pdf", "%PDF-1.4 not supported", "broken")]
    [TestCase("resume.docx", "this is not a zip file", "broken")]
    public async Task Unreadable_files_of_a_supported_kind_are_422_saying_why(string name, string content, string reason)
    {
        using var scorer = TestHost.ClientFor("scorer");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", name);
        var problem = await (await scorer.PostAsync("/api/v1/resume-scores", form)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("reason").GetString(), Is.EqualTo(reason));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("send"), "the detail says what to send instead");
    }

    [TestCase("resume.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 })]
    [TestCase("resume.rtf", new byte[] { (byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', (byte)'1', (byte)'}' })]
    [TestCase("scan.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F' })]
    [TestCase("resume.odt", new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0 })]
    [TestCase("resume", new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 0, 0, 0 })]
    public async Task Unsupported_kinds_of_file_are_415_naming_the_accepted_ones(string name, byte[] content)
    {
        using var scorer = TestHost.ClientFor("scorer");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        var problem = await (await scorer.PostAsync("/api/v1/resume-scores", form)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(".txt (UTF-8), .docx or .pdf"));
    }

    [Test]
    public async Task A_form_without_a_file_is_400()
    {
        using var scorer = TestHost.ClientFor("scorer");
        using var form = new MultipartFormDataContent { { new StringContent("senior"), "targetLevel" } };
        await (await scorer.PostAsync("/api/v1/resume-scores", form)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return stream.ToArray();
    }
}
