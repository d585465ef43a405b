using System.Net;
using System.Text;

namespace HiringKit.Tests.Contract;

/// <summary>The checker itself: it must notice each kind of mismatch, or every other test proves nothing.</summary>
public class ContractCheckTests
{
    static HttpRequestMessage Get(string path) => new(HttpMethod.Get, "http://localhost" + path);

    static HttpResponseMessage Json(HttpStatusCode status, string body, string mediaType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    [Test]
    public async Task A_body_missing_a_required_field_is_a_violation()
    {
        var response = Json(HttpStatusCode.OK, """{ "slug": "x", "name": "X" }""");
        var violations = await ContractCheck.CheckAsync(Get("/api/v1/terms/x"), response);
        Assert.That(violations, Has.Some.Contains("PropertyRequired"));
    }

    [Test]
    public async Task An_undocumented_status_is_a_violation()
    {
        var violations = await ContractCheck.CheckAsync(Get("/api/v1/terms/x"), Json(HttpStatusCode.Gone, "{}"));
        Assert.That(violations, Has.Some.Contains("status not documented"));
    }

    [Test]
    public async Task An_undeclared_header_and_an_undocumented_content_type_are_violations()
    {
        var response = Json(HttpStatusCode.OK, "[]", "text/csv");
        response.Headers.Location = new Uri("/elsewhere", UriKind.Relative);
        var violations = await ContractCheck.CheckAsync(Get("/api/v1/keys"), response);
        Assert.That(violations, Has.Some.Contains("header Location sent but not declared").And.Some.Contains("content type text/csv not documented"));
    }

    [Test]
    public async Task A_problem_with_a_field_the_schema_lacks_is_a_violation()
    {
        var body = """{ "type": "t", "title": "Not found", "status": 404, "detail": "d", "traceId": "x", "stack": "at ..." }""";
        var violations = await ContractCheck.CheckAsync(Get("/api/v1/terms/x"), Json(HttpStatusCode.NotFound, body, "application/problem+json"));
        Assert.That(violations, Has.Some.Contains("NoAdditionalPropertiesAllowed"));
    }

    [Test]
    public async Task A_valid_answer_passes()
    {
        var body = """{ "type": "t", "title": "Not found", "status": 404, "detail": "d", "traceId": "x" }""";
        var violations = await ContractCheck.CheckAsync(Get("/api/v1/terms/x"), Json(HttpStatusCode.NotFound, body, "application/problem+json"));
        Assert.That(violations, Is.Empty);
    }
}
