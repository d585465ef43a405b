using System.Net;
using System.Text.Json;

namespace HiringKit.Tests.Infrastructure;

/// <summary>
/// The log format operators get: the real API process, its real stdout. Every line is one JSON
/// object, and every line written while serving a request names that request, with the same trace
/// id a problem response quotes, so "quote the traceId" finds the lines.
/// </summary>
[NonParallelizable, Category("Operational")]
public sealed class LoggingTests
{
    [Test]
    public async Task Every_line_is_json_and_request_lines_carry_the_request_id_and_the_trace_id_problems_quote()
    {
        string traceId;
        var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            // The framework's own per-request lines (request starting/finished), so there are request lines to check.
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        await using (api)
        {
            using var client = new HttpClient { BaseAddress = api.Address };
            client.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["reader"]);
            var problem = await (await client.GetAsync("/api/v1/terms/no-such-term")).AssertProblemAsync(HttpStatusCode.NotFound);
            traceId = problem.GetProperty("traceId").GetString()!;
            (await client.GetAsync(GuidePath)).EnsureSuccessStatusCode();
        }
        var lines = api.Lines;

        var entries = lines.Select(line =>
        {
            try { return JsonDocument.Parse(line).RootElement; }
            catch (JsonException) { Assert.Fail($"A log line is not JSON: {line}"); throw; }
        }).ToList();
        Assert.That(entries.All(e => e.TryGetProperty("Timestamp", out _) && e.TryGetProperty("LogLevel", out _)
            && e.TryGetProperty("Category", out _) && e.TryGetProperty("Message", out _)), Is.True, "every line has time, level, category and message");

        // Every line the framework writes about a request, and every line written inside one, names it.
        var requestLines = entries.Where(e => e.GetProperty("Category").GetString() == "Microsoft.AspNetCore.Hosting.Diagnostics"
            || Scope(e, "RequestPath") is not null).ToList();
        foreach (var line in requestLines)
        {
            Assert.That(Scope(line, "RequestId"), Is.Not.Null.And.Not.Empty, line.GetRawText());
            Assert.That(Scope(line, "TraceId"), Is.Not.Null.And.Not.Empty, line.GetRawText());
        }
        var guideLines = requestLines.Where(e => Scope(e, "RequestPath") == "/api/v1/terms/therapeutic-alliance/interview-guide").ToList();
        Assert.That(guideLines, Has.Count.GreaterThanOrEqualTo(2), "the guide request's starting and finished lines");
        Assert.That(guideLines.Select(e => Scope(e, "RequestId")).Distinct().Count(), Is.EqualTo(1));

        // A W3C trace parent: 00-<trace id>-<span id>-<flags>.
        var problemTrace = traceId.Split('-')[1];
        var linesOfThe404 = requestLines.Where(e => Scope(e, "TraceId") == problemTrace).ToList();
        Assert.That(linesOfThe404, Is.Not.Empty, $"no log line carries the problem's trace id {traceId}");
        Assert.That(linesOfThe404.Select(e => Scope(e, "RequestPath")).Distinct(), Is.EqualTo(new[] { "/api/v1/terms/no-such-term" }));
        Assert.That(linesOfThe404.Select(e => Scope(e, "RequestId")).Distinct().Count(), Is.EqualTo(1), "one request, one request id");
    }

    static string? Scope(JsonElement entry, string name)
    {
        if (!entry.TryGetProperty("Scopes", out var scopes) || scopes.ValueKind != JsonValueKind.Array) return null;
        foreach (var scope in scopes.EnumerateArray())
            if (scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(name, out var value))
                return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        return null;
    }

    const string GuidePath = "/api/v1/terms/therapeutic-alliance/interview-guide?level=junior";
}
