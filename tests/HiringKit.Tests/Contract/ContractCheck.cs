using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using NJsonSchema;
using NSwag;

namespace HiringKit.Tests.Contract;

/// <summary>
/// Holds every answer the integration tests receive to the OpenAPI document, as a generated client
/// would: the status must be documented for the operation, the content type documented for that
/// status, a JSON body valid for its schema, and every API header (ETag, Location, ...) declared.
/// A mismatch fails the test that made the call, so the document cannot drift from the API.
/// </summary>
public static class ContractCheck
{
    // Headers a client reads by name; each must be declared where the API sends it.
    static readonly string[] ApiHeaders = ["ETag", "Location", "Retry-After", "X-Total-Count", "Link", "Content-Disposition", "Deprecation"];

    static OpenApiDocument? _document;
    static List<(Regex Pattern, string Path)> _paths = [];

    /// <summary>Every violation seen in this run, for the test that reports them all at once.</summary>
    public static ConcurrentQueue<string> Seen { get; } = new();

    public static async Task LoadAsync(string json)
    {
        _document = await OpenApiDocument.FromJsonAsync(json);
        // Literal paths before templated ones, so /terms/search is not taken for /terms/{slug}.
        _paths = _document.Paths.Keys
            .OrderBy(p => p.Count(c => c == '{'))
            .Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p), @"\\\{[^}]+}", "[^/]+") + "$"), p))
            .ToList();
    }

    public static async Task<IReadOnlyList<string>> CheckAsync(HttpRequestMessage request, HttpResponseMessage response)
    {
        // CORS preflights are answered by the middleware for any path; they are not operations.
        if (_document is null || request.Method == HttpMethod.Options) return [];
        var path = request.RequestUri!.AbsolutePath;
        var template = _paths.FirstOrDefault(p => p.Pattern.IsMatch(path)).Path;
        // A path the API does not serve (probes of unknown routes, Swagger's own files) has no contract.
        if (template is null) return [];
        var method = request.Method.Method.ToLowerInvariant();
        if (!_document.Paths[template].TryGetValue(method == "head" ? "get" : method, out var operation))
            return (int)response.StatusCode == 405 ? [] : [$"{request.Method} {template}: no such operation, yet it answered {(int)response.StatusCode}"];

        var where = $"{request.Method} {template} -> {(int)response.StatusCode}";
        var status = ((int)response.StatusCode).ToString();
        if (!operation.Responses.TryGetValue(status, out var documented) && !operation.Responses.TryGetValue("default", out documented))
            return [$"{where}: status not documented"];

        var violations = new List<string>();
        foreach (var header in ApiHeaders)
        {
            bool sent = response.Headers.NonValidated.Contains(header) || response.Content.Headers.NonValidated.Contains(header);
            if (sent && !documented.Headers.Keys.Any(h => h.Equals(header, StringComparison.OrdinalIgnoreCase)))
                violations.Add($"{where}: header {header} sent but not declared");
        }

        if (method == "head" || response.StatusCode is HttpStatusCode.NotModified or HttpStatusCode.NoContent) return violations;
        await response.Content.LoadIntoBufferAsync();
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length == 0)
        {
            if (documented.Content.Count > 0 && documented.Content.Values.All(c => c.Schema is not null))
                violations.Add($"{where}: empty body where the document promises {string.Join(", ", documented.Content.Keys)}");
            return violations;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!documented.Content.TryGetValue(mediaType, out var media))
        {
            violations.Add($"{where}: content type {mediaType} not documented (documented: {string.Join(", ", documented.Content.Keys)})");
            return violations;
        }
        if (media.Schema is null || !(mediaType.EndsWith("json", StringComparison.Ordinal))) return violations;

        var errors = media.Schema.ActualSchema.Validate(body, SchemaType.OpenApi3);
        foreach (var error in errors.Take(5))
            violations.Add($"{where}: body invalid at {error.Path}: {error.Kind} ({Describe(error)})");
        return violations;
    }

    static string Describe(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? string.Join("; ", child.Errors.SelectMany(e => e.Value).Take(3).Select(e => $"{e.Path}: {e.Kind}"))
            : error.Property ?? "";
}

/// <summary>The test clients' last handler: checks each answer against the document before the test sees it.</summary>
public sealed class ContractCheckingHandler : DelegatingHandler
{
    // HIRINGKIT_CONTRACT=report lists violations in the output instead of failing the calls (for surveying).
    static readonly bool ReportOnly = Environment.GetEnvironmentVariable("HIRINGKIT_CONTRACT") == "report";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        // A call the test itself cancelled gets the in-memory server's 499, which no real client ever reads.
        if (ct.IsCancellationRequested) return response;
        var violations = await ContractCheck.CheckAsync(request, response);
        foreach (var v in violations) ContractCheck.Seen.Enqueue(v);
        if (violations.Count > 0 && !ReportOnly)
            throw new ContractViolationException("The answer does not match the OpenAPI document:\n  " + string.Join("\n  ", violations));
        return response;
    }
}

public sealed class ContractViolationException(string message) : Exception(message);
