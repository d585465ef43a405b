using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HiringKit.Api.Infrastructure;

/// <summary>
/// Responses that carry a strong ETag computed from the exact bytes sent, and answer 304 when the
/// client's If-None-Match already names them. Hashing the body means any change a reader could see
/// changes the tag, with no version bookkeeping across joined rows.
/// </summary>
public static class ETagged
{
    public static IResult Json<T>(T value, int statusCode = StatusCodes.Status200OK) => new JsonBody<T>(value, statusCode, null, null);

    /// <summary>An editable item: its ETag is its version, the value If-Match must name to change it.</summary>
    public static IResult Versioned<T>(T value, int version, int statusCode = StatusCodes.Status200OK, string? location = null) =>
        new JsonBody<T>(value, statusCode, ForVersion(version), location);

    public static string ForVersion(int version) => $"\"v{version}\"";

    public static IResult Text(string body, string contentType) => new TextBody(body, contentType);

    public static string TagFor(ReadOnlySpan<byte> body) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"";

    /// <summary>RFC 9110 13.1.2: a list of tags or "*", compared weakly (W/ prefixes ignored).</summary>
    public static bool NoneMatch(HttpRequest request, string etag)
    {
        if (!request.Headers.TryGetValue(HeaderNames.IfNoneMatch, out var values)) return false;
        foreach (var value in values)
        {
            if (value is null) continue;
            foreach (var candidate in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (candidate == "*") return true;
                var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
                if (tag == etag) return true;
            }
        }
        return false;
    }

    static async Task WriteAsync(HttpContext http, byte[] body, string contentType, int statusCode, string? etag = null)
    {
        etag ??= TagFor(body);
        http.Response.Headers.ETag = etag;
        // Guides change when HR edits them: caches must revalidate, which the ETag makes cheap.
        http.Response.Headers.CacheControl = "private, no-cache";
        if (statusCode == StatusCodes.Status200OK && HttpMethods.IsGet(http.Request.Method) && NoneMatch(http.Request, etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    sealed class JsonBody<T>(T value, int statusCode, string? etag, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            if (location is not null) http.Response.Headers.Location = location;
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            return WriteAsync(http, JsonSerializer.SerializeToUtf8Bytes(value, options), "application/json; charset=utf-8", statusCode, etag);
        }
    }

    sealed class TextBody(string body, string contentType) : IResult
    {
        public Task ExecuteAsync(HttpContext http) =>
            WriteAsync(http, Encoding.UTF8.GetBytes(body), contentType, StatusCodes.Status200OK);
    }
}
