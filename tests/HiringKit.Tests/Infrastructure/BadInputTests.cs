using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace HiringKit.Tests.Infrastructure;

/// <summary>Hostile and broken input: a clear problem+json with the right status, and nothing changed.</summary>
// Alone: a refused request is checked against every table's row count, which other fixtures change.
[NonParallelizable]
public sealed class BadInputTests
{
    static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Rows and versions of every table an API call can write, and the history's length.</summary>
    static Task<string> DatabaseStateAsync() => TestData.ScalarAsync<string>("""
        SELECT concat_ws(',',
            (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM terms),
            (SELECT count(*) FROM phrases), (SELECT count(*) FROM components), (SELECT count(*) FROM false_friends),
            (SELECT count(*) FROM resume_examples), (SELECT count(*) FROM job_titles), (SELECT count(*) FROM levels),
            (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM questions),
            (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM indicators),
            (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM red_flags),
            (SELECT count(*) FROM api_keys), (SELECT count(*) FROM audit_log))
        """, new { });

    /// <summary>Runs a refused request and checks it changed nothing anywhere (this fixture runs alone).</summary>
    static async Task<System.Text.Json.JsonElement> RefusedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status)
    {
        var before = await DatabaseStateAsync();
        var problem = await (await send()).AssertProblemAsync(status);
        Assert.That(await DatabaseStateAsync(), Is.EqualTo(before), "a refused request changes nothing in the database");
        return problem;
    }

    static async Task<long> QuestionCountAsync(string slug) =>
        await TestData.ScalarAsync<long>("SELECT count(*) FROM questions q JOIN terms t ON t.id = q.term_id WHERE t.slug = @slug", new { slug });

    [TestCase("""{ "level": "mid", "question": "Q?", "expectedAnswer": """, "JSON")]
    [TestCase("""{ "level": "mid", "question": "Q?" "expectedAnswer": "A." }""", "JSON")]
    [TestCase("""[ "not", "an", "object" ]""", "JSON")]
    [TestCase("""{ "level": "mid", "question": "Q?", "expectedAnswer": "A.", "expectedAnwser": "typo" }""", "expectedAnwser")]
    [TestCase("""{ "level": "mid", "question": 42, "expectedAnswer": "A." }""", "$.question")]
    [TestCase("", "")]
    public async Task Broken_json_is_400_and_stores_nothing(string body, string mentioned)
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var problem = await (await editor.PostAsync($"/api/v1/terms/{slug}/questions", Json(body))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(mentioned));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Not.Contain("HiringKit."), "no internal type names");
        Assert.That(await QuestionCountAsync(slug), Is.EqualTo(3));
    }

    [TestCase("/api/v1/terms?q=%00")]
    [TestCase("/api/v1/terms?q=a%1Bb")]
    public async Task Control_characters_in_a_search_are_400(string url)
    {
        using var reader = TestHost.ClientFor("reader");
        var problem = await (await reader.GetAsync(url)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("q", out _), Is.True);
    }

    [Test]
    public async Task A_nul_in_a_key_name_is_400()
    {
        using var admin = TestHost.ClientFor("admin");
        await RefusedAsync(() => admin.PostAsync("/api/v1/keys", Json("{\"name\":\"a\\u0000b\",\"role\":\"reader\"}")), HttpStatusCode.BadRequest);
    }

    [TestCase("""{ "slug": "null-phrase", "name": "N", "industry": "I", "summary": "S", "phrases": [null] }""")]
    [TestCase("""{ "slug": "null-component", "name": "N", "industry": "I", "summary": "S", "components": [null], "phrases": [{ "phrase": "p", "kind": "canonical" }] }""")]
    public async Task Null_list_elements_in_a_term_are_400(string json)
    {
        using var admin = TestHost.ClientFor("admin");
        await RefusedAsync(() => admin.PostAsync("/api/v1/terms", Json(json)), HttpStatusCode.BadRequest);
    }

    [TestCase("x'; DROP TABLE terms; --")]
    [TestCase("<script>alert(1)</script>")]
    [TestCase("UPPER-case")]
    [TestCase("a/../../etc")]
    public async Task Injection_in_a_new_terms_slug_is_400_and_stores_nothing(string slug)
    {
        using var admin = TestHost.ClientFor("admin");
        var problem = await RefusedAsync(() => admin.PostAsJsonAsync("/api/v1/terms",
            new { slug, name = "N", industry = "I", summary = "S", phrases = new[] { new { phrase = "p", kind = "canonical" } } }), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("slug", out _), Is.True, problem.GetRawText());
        Assert.That(await TestData.ScalarAsync<long>("SELECT count(*) FROM terms"), Is.GreaterThan(0), "the table is still there");
    }

    [Test]
    public async Task A_malformed_multipart_upload_is_400()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var body = new StringContent("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.txt\"\r\n\r\ntrunc", Encoding.UTF8);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data");
        await (await scorer.PostAsync("/api/v1/resume-scores", body)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_docx_that_unpacks_to_more_than_the_limit_is_refused_not_read_into_memory()
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var paragraph = new string('a', 100_000);
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                Enumerable.Range(0, 60).Select(_ => new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                    new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(paragraph)))))); // 6 M characters of XML
        }
        using var scorer = TestHost.ClientFor("scorer");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "bomb.docx" } };
        // 6 MB of one letter packs over 1000 to 1: refused from the zip directory, before anything is inflated.
        var problem = await (await scorer.PostAsync("/api/v1/resume-scores", form)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("reason").GetString(), Is.EqualTo("over-limits"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("zip bomb"));
    }

    [Test]
    public async Task Deeply_nested_json_is_400()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var nested = "{\"text\":\"x\",\"terms\":" + new string('[', 200) + new string(']', 200) + "}";
        await (await scorer.PostAsync("/api/v1/resume-scores", Json(nested))).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Wrong_content_type_is_415_and_stores_nothing()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var response = await editor.PostAsync($"/api/v1/terms/{slug}/questions",
            new StringContent("""{ "level": "mid", "question": "Q?", "expectedAnswer": "A." }""", Encoding.UTF8, "text/plain"));
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.That(await QuestionCountAsync(slug), Is.EqualTo(3));
    }

    [Test]
    public async Task Sql_and_html_in_text_are_stored_and_returned_as_data()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        const string hostile = "'); DROP TABLE questions; -- <img src=x onerror=alert(1)>?";
        var created = await (await editor.PostAsJsonAsync($"/api/v1/terms/{slug}/questions", new { level = "mid", question = hostile, expectedAnswer = "A." }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.That(created.GetProperty("question").GetString(), Is.EqualTo(hostile));
        Assert.That(await TestData.ScalarAsync<long>("SELECT count(*) FROM questions"), Is.GreaterThan(0), "the table is still there");
        var html = await (await editor.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=mid&format=html")).Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("&lt;img src=x onerror=alert(1)&gt;").And.Not.Contain("<img"));
    }

    [TestCase("'; DROP TABLE terms; --")]
    [TestCase("%' OR '1'='1")]
    [TestCase("<script>alert(1)</script>")]
    public async Task Injection_in_a_query_string_is_just_a_search(string q)
    {
        using var reader = TestHost.ClientFor("reader");
        var page = await (await reader.GetAsync($"/api/v1/terms?q={Uri.EscapeDataString(q)}")).JsonAsync();
        Assert.That(page.GetProperty("total").GetInt64(), Is.Zero);
        Assert.That(await TestData.ScalarAsync<long>("SELECT count(*) FROM terms WHERE slug = 'therapeutic-alliance'"), Is.EqualTo(1));
    }

    [TestCase("page=-1")]
    [TestCase("page=2147483648")]
    [TestCase("pageSize=-5")]
    [TestCase("page=1e9")]
    public async Task Negative_or_huge_paging_is_400_on_history_too(string query)
    {
        using var reader = TestHost.ClientFor("reader");
        await (await reader.GetAsync($"/api/v1/terms/therapeutic-alliance/history?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_ten_thousand_item_batch_is_413()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var items = Enumerable.Range(0, 10_000).Select(i => new { id = $"c{i}", text = "x" });
        await (await scorer.PostAsJsonAsync("/api/v1/resume-scores/batch", new { items })).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Control_characters_in_guide_text_are_400()
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var problem = await RefusedAsync(() => editor.PostAsJsonAsync($"/api/v1/terms/{slug}/red-flags", new { text = "Bell\u0007 and escape\u001b[31m" }),
            HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("text")[0].GetString(), Does.Contain("control characters"));
    }

    /// <summary>
    /// A lone surrogate escaped in JSON ("\ud800") is not text any ATS can show back. Scoring refuses it with
    /// a 400 naming where it is, rather than answering offsets into a string the caller cannot hold.
    /// </summary>
    [Test]
    public async Task A_lone_surrogate_in_a_resume_is_a_400_problem()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var problem = await (await scorer.PostAsync("/api/v1/resume-scores", Json("{\"text\":\"Built a therapeutic alliance \\ud800 with clients.\"}")))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("$.text"));
        // In a batch it is that item's error, as any other bad item is.
        var batch = await (await scorer.PostAsync("/api/v1/resume-scores/batch",
            Json("{\"items\":[{\"id\":\"a\",\"text\":\"x \\udc00 y\"},{\"id\":\"b\",\"text\":\"Counselor.\"}]}"))).JsonAsync();
        var results = batch.GetProperty("results");
        Assert.That(results[0].GetProperty("error").GetProperty("errors").GetProperty("text")[0].GetString(), Does.Contain("lone UTF-16 surrogate"));
        Assert.That(results[1].GetProperty("id").GetString(), Is.EqualTo("b"));
        Assert.That(results[1].TryGetProperty("error", out _), Is.False);
    }

    [Test]
    public async Task Control_characters_and_noise_in_a_resume_are_scored_not_refused()
    {
        using var scorer = TestHost.ClientFor("scorer");
        var noisy = "Therapeutic\u0000 alliance, then a therapeutic alliance\u0007 with clients\u001b; " + string.Concat(Enumerable.Repeat("\u0001\u0002 noise ", 500));
        var score = await (await scorer.PostAsJsonAsync("/api/v1/resume-scores", new { text = noisy })).JsonAsync();
        // Scored, not refused. "noise" 500 times is not a resume; a control character ends a word like
        // punctuation does, so only the clean mention is the term, and its offsets point into the text as sent.
        Assert.That(score.GetProperty("insufficientText").GetBoolean(), Is.True);
        var matches = score.GetProperty("matches").EnumerateArray().ToList();
        Assert.That(matches, Has.Count.EqualTo(1));
        Assert.That(matches[0].GetProperty("start").GetInt32(), Is.EqualTo(noisy.IndexOf("therapeutic alliance", StringComparison.Ordinal)));
        Assert.That(noisy.Substring(matches[0].GetProperty("start").GetInt32(), matches[0].GetProperty("length").GetInt32()), Is.EqualTo("therapeutic alliance"));
    }

    /// <summary>
    /// Over a raw socket, so nothing but the test decides what is sent: headers announcing more than the
    /// limit and only the first bytes of the body. The 413 must come back while the rest is still unsent;
    /// a server that waited for the whole body would answer nothing and the read would time out.
    /// </summary>
    [TestCase("/api/v1/resume-scores", "scorer", 5 * 1024 * 1024)]
    [TestCase("/api/v1/terms/therapeutic-alliance/questions", "editor", 2 * 1024 * 1024)]
    public async Task A_declared_length_over_the_limit_is_refused_before_the_body_arrives(string path, string role, int declared)
    {
        await using var app = TestHost.CreateKestrelApp();
        using var http = TestHost.CheckedClient(app);
        var (status, head) = await SendPartlyAsync(http.BaseAddress!, path, TestHost.KeysByRole[role],
            $"Content-Length: {declared}\r\n", Encoding.ASCII.GetBytes("{\"text\":\"" + new string('a', 4096)));
        Assert.That(status, Is.EqualTo(413), head);
        Assert.That(head, Does.Contain("application/problem+json"));
    }

    [Test]
    public async Task A_chunked_body_over_the_limit_is_refused_once_it_passes_the_limit()
    {
        await using var app = TestHost.CreateKestrelApp();
        using var http = TestHost.CheckedClient(app);
        // 1.5 MB of a question in 64 KB chunks, past the 1 MB limit for guide content, and no final chunk.
        var chunk = Encoding.ASCII.GetBytes(new string('q', 64 * 1024));
        var body = new MemoryStream();
        body.Write(Encoding.ASCII.GetBytes("{\"level\":\"mid\",\"question\":\""));
        for (int i = 0; i < 24; i++) body.Write(chunk);
        var chunked = new MemoryStream();
        foreach (var piece in body.ToArray().Chunk(64 * 1024))
        {
            chunked.Write(Encoding.ASCII.GetBytes($"{piece.Length:X}\r\n"));
            chunked.Write(piece);
            chunked.Write("\r\n"u8);
        }
        var (status, head) = await SendPartlyAsync(http.BaseAddress!, "/api/v1/terms/therapeutic-alliance/questions",
            TestHost.KeysByRole["editor"], "Transfer-Encoding: chunked\r\n", chunked.ToArray());
        Assert.That(status, Is.EqualTo(413), head);
    }

    /// <summary>Sends a POST's headers and <paramref name="bodyStart"/>, never the rest; returns the status and head of the answer.</summary>
    static async Task<(int Status, string Head)> SendPartlyAsync(Uri server, string path, string key, string lengthHeader, byte[] bodyStart)
    {
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var stream = socket.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nX-Api-Key: {key}\r\nContent-Type: application/json\r\n{lengthHeader}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        // The server may refuse and close while these bytes are still going out: that is the answer, not an error.
        try { await stream.WriteAsync(bodyStart); } catch (IOException) { }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var answer = new MemoryStream();
        var buffer = new byte[8192];
        while (!Encoding.ASCII.GetString(answer.ToArray()).Contains("\r\n\r\n"))
        {
            int read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0) break;
            answer.Write(buffer, 0, read);
        }
        var text = Encoding.ASCII.GetString(answer.ToArray());
        var statusLine = text.Split("\r\n")[0];
        return (statusLine.StartsWith("HTTP/1.1 ") ? int.Parse(statusLine[9..12]) : -1, text.Split("\r\n\r\n")[0]);
    }

    [Test]
    public async Task A_body_over_the_limit_is_413_before_it_is_read()
    {
        await using var app = TestHost.CreateKestrelApp();
        using var editor = TestHost.ClientFor(app, "editor");
        var slug = await TestData.CreateTermAsync();
        var huge = "{\"level\":\"mid\",\"question\":\"" + new string('q', 2 * 1024 * 1024) + "\",\"expectedAnswer\":\"A.\"}";
        // Expect: 100-continue, as well-behaved clients of large uploads send: the 413 arrives before the body goes.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/terms/{slug}/questions") { Content = Json(huge) };
        request.Headers.ExpectContinue = true;
        var response = await editor.SendAsync(request);
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.That(await QuestionCountAsync(slug), Is.EqualTo(3));

        using var scorer = TestHost.ClientFor(app, "scorer");
        using var scoreRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/resume-scores") { Content = Json("{\"text\":\"" + new string('a', 5 * 1024 * 1024) + "\"}") };
        scoreRequest.Headers.ExpectContinue = true;
        var tooBig = await scorer.SendAsync(scoreRequest);
        await tooBig.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task A_client_that_sends_the_whole_large_body_still_reads_the_413()
    {
        // No Expect: 100-continue, as HttpClient and fetch send by default: the body arrives whole, and
        // the answer must still be the 413, not a connection reset the client cannot tell from an outage.
        await using var app = TestHost.CreateKestrelApp();
        using var editor = TestHost.ClientFor(app, "editor");
        using var scorer = TestHost.ClientFor(app, "scorer");
        var slug = await TestData.CreateTermAsync();
        int answered = 0;
        var failures = new List<string>();
        for (int i = 0; i < 10; i++)
        {
            var (client, path, size) = i % 2 == 0 ? (editor, $"/api/v1/terms/{slug}/questions", 3 * 1024 * 1024) : (scorer, "/api/v1/resume-scores", 6 * 1024 * 1024);
            try
            {
                var response = await client.PostAsync(path, Json("{\"text\":\"" + new string('a', size) + "\"}"));
                if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge) answered++;
                else failures.Add(response.StatusCode.ToString());
            }
            catch (HttpRequestException e)
            {
                failures.Add(e.Message);
            }
        }
        Assert.That(answered, Is.GreaterThanOrEqualTo(9), string.Join("; ", failures));
        Assert.That(await QuestionCountAsync(slug), Is.EqualTo(3));
    }
}
