using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HiringKit.Api.Infrastructure;

/// <summary>
/// Responses that carry a strong ETag and answer 304 when the client's If-None-Match already names
/// them. An editable item's tag is its version; a composed document's (a guide) is a hash of the exact
/// bytes sent, so any change a reader could see changes the tag, with no version bookkeeping across
/// joined rows.
/// </summary>
public static class ETagged
{
    /// <summary>An editable item: its ETag is its version, the value If-Match must name to change it.</summary>
    public static IResult Versioned<T>(T value, int version, int statusCode = StatusCodes.Status200OK, string? location = null) =>
        new JsonBody<T>(value, statusCode, ForVersion(version), location);

    /// <summary>
    /// An editable item as a typed result: 200 with its version as ETag (304 to a GET whose If-None-Match
    /// names it). Typed, so the endpoint's document declares the 200 and its schema from the handler's signature.
    /// </summary>
    public sealed class Item<T>(T value, int version) : IResult, IEndpointMetadataProvider
    {
        public Task ExecuteAsync(HttpContext http) => Versioned(value, version).ExecuteAsync(http);

        public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
            builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }

    /// <summary>A new editable item as a typed result: 201 with its version as ETag and where to read it.</summary>
    public sealed class CreatedItem<T>(T value, int version, string location) : IResult, IEndpointMetadataProvider
    {
        public Task ExecuteAsync(HttpContext http) => Versioned(value, version, StatusCodes.Status201Created, location).ExecuteAsync(http);

        public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
            builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, typeof(T), ["application/json"]));
    }

    public static string ForVersion(int version) => $"\"v{version}\"";

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

    static async Task WriteAsync(HttpContext http, byte[] body, string contentType, int statusCode, string etag)
    {
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

    sealed class JsonBody<T>(T value, int statusCode, string etag, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            if (location is not null) http.Response.Headers.Location = location;
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            return WriteAsync(http, JsonSerializer.SerializeToUtf8Bytes(value, options), "application/json; charset=utf-8", statusCode, etag);
        }
    }

    /// <summary>
    /// A finished 200 body with its tag, built once and served as often as asked: a response shared
    /// through the content cache renders to the same bytes every time, so it is rendered and hashed once.
    /// </summary>
    public sealed class Body : IResult
    {
        readonly byte[] _bytes;
        readonly string _contentType;
        readonly string _etag;

        Body(byte[] bytes, string contentType)
        {
            _bytes = bytes;
            _contentType = contentType;
            _etag = TagFor(bytes);
        }

        public static Body OfText(string text, string contentType) => new(Encoding.UTF8.GetBytes(text), contentType);

        public static Body OfJson<T>(T value, JsonSerializerOptions options) =>
            new(JsonSerializer.SerializeToUtf8Bytes(value, options), "application/json; charset=utf-8");

        public Task ExecuteAsync(HttpContext http) => WriteAsync(http, _bytes, _contentType, StatusCodes.Status200OK, _etag);
    }
}
