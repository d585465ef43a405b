using System.Net;
using System.Text.Json;

namespace HiringKit.Tests.Features.Health;

public sealed class OperatingTests
{
    [Test]
    public async Task Health_endpoints_need_no_key()
    {
        using var client = TestHost.Client(null);
        var live = await (await client.GetAsync("/health/live")).JsonAsync();
        var ready = await (await client.GetAsync("/health/ready")).JsonAsync();
        Assert.That(live.GetProperty("status").GetString(), Is.EqualTo("live"));
        Assert.That(ready.GetProperty("status").GetString(), Is.EqualTo("ready"));
    }

    [Test]
    public async Task Unknown_routes_are_404_problems_not_html()
    {
        using var client = TestHost.ClientFor("reader");
        await (await client.GetAsync("/api/v1/nothing-here")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>
    /// A failure nobody planned for (here a table gone from under a running API) is a 500 problem+json
    /// with a traceId and nothing of the exception: no stack, no type names, no SQL.
    /// </summary>
    [Test]
    public async Task An_unexpected_failure_is_a_bare_500_problem_without_internals()
    {
        var connection = await TestHost.CreateDatabaseAsync("broken");
        await using var app = TestHost.CreateApp(connection);
        using var reader = TestHost.CheckedClient(app);
        reader.DefaultRequestHeaders.Add("X-Api-Key", TestHost.AdminKey);
        Assert.That((await reader.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await using (var db = new Npgsql.NpgsqlConnection(connection))
        {
            await db.OpenAsync();
            await using var rename = new Npgsql.NpgsqlCommand("ALTER TABLE red_flags RENAME TO red_flags_gone", db);
            await rename.ExecuteNonQueryAsync();
        }

        var response = await reader.GetAsync("/api/v1/terms/therapeutic-alliance/red-flags");
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("traceId"));
            foreach (var leak in new[] { "Npgsql", "PostgresException", "Exception", "red_flags", "SELECT", "HiringKit.", ".cs:line" })
                Assert.That(body, Does.Not.Contain(leak));
        });
    }

    /// <summary>
    /// A tool that asks for a printable guide (text/markdown, text/html) or anything else still gets its
    /// errors as problem+json, the same body a JSON client gets: a 404, a 400 with its errors, a 401, a 403.
    /// </summary>
    [TestCase("text/markdown")]
    [TestCase("text/html")]
    [TestCase("text/plain")]
    [TestCase("application/xml")]
    public async Task Errors_are_problem_json_whatever_the_request_accepts(string accept)
    {
        async Task<System.Text.Json.JsonElement> Ask(string? role, string url, HttpStatusCode status)
        {
            using var client = role is null ? TestHost.Client(null) : TestHost.ClientFor(role);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(accept);
            return await (await client.SendAsync(request)).AssertProblemAsync(status);
        }

        await Ask("reader", "/api/v1/terms/no-such-term/interview-guide?level=senior", HttpStatusCode.NotFound);
        var invalid = await Ask("reader", "/api/v1/terms/therapeutic-alliance/interview-guide?level=expert", HttpStatusCode.BadRequest);
        Assert.That(invalid.GetProperty("errors").GetProperty("level")[0].GetString(), Does.Contain("junior, mid, senior"));
        await Ask(null, "/api/v1/terms/therapeutic-alliance/interview-guide?level=senior", HttpStatusCode.Unauthorized);
        await Ask("reader", "/api/v1/keys", HttpStatusCode.Forbidden);
        await Ask("reader", "/api/v1/nothing-here", HttpStatusCode.NotFound);
    }

    // Through Kestrel: the in-memory test server never writes a Server header, so only a real one can show it is off.
    [Test]
    public async Task No_server_header_is_sent()
    {
        await using var app = TestHost.CreateKestrelApp();
        using var client = TestHost.CheckedClient(app);
        foreach (var path in new[] { "/health/live", "/api/v1/terms", "/api/v1/nothing-here" })
        {
            var response = await client.GetAsync(path);
            Assert.That(response.Headers.Contains("Server"), Is.False, path);
        }
    }

    [Test]
    public async Task Swagger_ui_is_served()
    {
        using var client = TestHost.Client(null);
        var html = await (await client.GetAsync("/swagger/index.html")).Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("swagger-ui"));
    }

    [Test]
    public async Task OpenApi_document_describes_every_operation_with_summary_key_scheme_and_errors()
    {
        using var client = TestHost.Client(null);
        var doc = await (await client.GetAsync("/swagger/v1/swagger.json")).JsonAsync();

        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Multiple(() =>
        {
            Assert.That(scheme.GetProperty("type").GetString(), Is.EqualTo("apiKey"));
            Assert.That(scheme.GetProperty("in").GetString(), Is.EqualTo("header"));
            Assert.That(scheme.GetProperty("name").GetString(), Is.EqualTo("X-Api-Key"));
        });

        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete")
                .Select(o => (Path: path.Name, Method: o.Name, Operation: o.Value)))
            .ToList();
        Assert.That(operations, Has.Count.GreaterThanOrEqualTo(12));
        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            Assert.That(operation.TryGetProperty("summary", out var summary) && summary.GetString()!.Length > 0, Is.True, $"{where} has a summary");
            Assert.That(operation.TryGetProperty("description", out var description) && description.GetString()!.Length > 0, Is.True, $"{where} has a description");
            if (!path.StartsWith("/api/")) continue;
            var responses = operation.GetProperty("responses");
            Assert.That(operation.TryGetProperty("security", out _), Is.True, $"{where} declares the key");
            // An open operation (the candidates' scoring notice) declares an empty requirement and has no 401 or 403.
            if (!operation.GetProperty("security")[0].EnumerateObject().Any()) continue;
            Assert.That(responses.TryGetProperty("401", out _) && responses.TryGetProperty("403", out _), Is.True, $"{where} documents 401 and 403");
        }
    }

    [Test]
    public async Task OpenApi_describes_the_resume_score_with_the_contracts_fields()
    {
        using var client = TestHost.Client(null);
        var doc = await (await client.GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        string[] Properties(string schema) => schemas.GetProperty(schema).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(Properties("ResumeScore"), Is.EqualTo(new[]
                { "scorerVersion", "inputHash", "score", "band", "insufficientText", "matches", "terms", "level", "jobTitles" }));
            Assert.That(Properties("Match"), Is.EqualTo(new[] { "term", "phrase", "kind", "assertion", "start", "length", "text", "section" }));
            Assert.That(Properties("LevelEstimate"), Is.EqualTo(new[] { "level", "confidence", "yearsOfExperience", "evidence" }));
        });
    }

    [Test]
    public async Task OpenApi_shows_levels_as_choices_and_has_examples()
    {
        using var client = TestHost.Client(null);
        var doc = await (await client.GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        var guide = doc.GetProperty("paths").GetProperty("/api/v1/terms/{slug}/interview-guide").GetProperty("get");
        var level = guide.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "level");
        Assert.That(level.GetProperty("schema").GetProperty("$ref").GetString(), Is.EqualTo("#/components/schemas/Level"));
        var example = guide.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.That(example.GetProperty("level").GetString(), Is.EqualTo("senior"));
        Assert.That(guide.GetProperty("responses").GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _), Is.True);

        var schemas = doc.GetProperty("components").GetProperty("schemas");
        // Each set of choices is one enum component that every field using it refers to (one Level enum in a client).
        Assert.That(schemas.GetProperty("Level").GetProperty("enum").Strings(), Is.EqualTo(new[] { "junior", "mid", "senior" }));
        Assert.That(schemas.GetProperty("Role").GetProperty("enum").Strings(), Is.EqualTo(new[] { "reader", "scorer", "editor", "admin" }));
        string RefOf(string schema, string property) =>
            schemas.GetProperty(schema).GetProperty("properties").GetProperty(property).GetProperty("allOf")[0].GetProperty("$ref").GetString()!;
        Assert.That(RefOf("QuestionBody", "level"), Is.EqualTo("#/components/schemas/Level"));
        Assert.That(RefOf("QuestionItem", "level"), Is.EqualTo("#/components/schemas/Level"));
        Assert.That(RefOf("CreateKeyCommand", "role"), Is.EqualTo("#/components/schemas/Role"));
    }

    [Test]
    public async Task Write_operations_document_if_match_and_concurrency_errors_with_working_examples()
    {
        using var client = TestHost.Client(null);
        var doc = await (await client.GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        var put = doc.GetProperty("paths").GetProperty("/api/v1/terms/{slug}/questions/{id}").GetProperty("put");
        Assert.That(put.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString())),
            Does.Contain(("If-Match", "header")));
        foreach (var status in new[] { "400", "401", "403", "404", "409", "412", "428" })
            Assert.That(put.GetProperty("responses").TryGetProperty(status, out _), Is.True, $"PUT question documents {status}");
        var example = put.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.That(example.GetProperty("level").GetString(), Is.EqualTo("mid"));
        Assert.That(put.GetProperty("tags")[0].GetString(), Is.EqualTo("Questions"));
    }

    // Operational: runs npx, which fetches Redocly from the npm registry when it is not cached.
    [Test, Category("Operational")]
    public async Task OpenApi_document_passes_redocly_recommended_lint_with_no_errors()
    {
        if (!File.Exists("/usr/bin/npx") && !File.Exists("/usr/local/bin/npx"))
            TestHost.SkipForMissingTool("npx (Node.js) is not installed: Redocly lint skipped.");
        using var client = TestHost.Client(null);
        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).Content.ReadAsStringAsync();
        var folder = Path.Combine(Path.GetTempPath(), "hiringkit-redocly-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(file, document);

        var start = new System.Diagnostics.ProcessStartInfo("npx") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        // Recommended rules, less one: nullable-type-sibling wants `type` beside `allOf: [$ref], nullable`,
        // which makes generated clients invent a class per property (see OpenApi.RequiredFilter).
        await File.WriteAllTextAsync(Path.Combine(folder, "redocly.yaml"), "extends:\n  - recommended\nrules:\n  nullable-type-sibling: off\n");
        foreach (var arg in new[] { "--yes", "@redocly/cli@2.77.0", "lint", file, "--config", Path.Combine(folder, "redocly.yaml"), "--format", "stylish" })
            start.ArgumentList.Add(arg);
        using var lint = System.Diagnostics.Process.Start(start)!;
        var output = lint.StandardOutput.ReadToEndAsync();
        var errors = lint.StandardError.ReadToEndAsync();
        await lint.WaitForExitAsync();
        var report = output.Result + errors.Result;
        Directory.Delete(folder, recursive: true);
        if (report.Contains("ENOTFOUND") || report.Contains("EAI_AGAIN"))
            TestHost.SkipForMissingTool("The npm registry cannot be reached: Redocly lint skipped.\n" + report);
        Assert.That(lint.ExitCode, Is.Zero, report);
        Assert.That(report, Does.Not.Contain(" error "), report);
    }
}
