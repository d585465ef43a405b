using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// The scoring routes' bodies, read here rather than bound by the framework because POST /resume-scores takes
/// both JSON and multipart; errors surface like the framework's own (400, 413, 415).
/// </summary>
internal static class ScoreRequestBody
{
    public static Task<ScoreResume.Request> ReadScoreAsync(HttpRequest request, CancellationToken ct) =>
        ReadJsonAsync<ScoreResume.Request>(request, ct, ScoreRequestJson.TryRead);

    public static Task<ScoreBatch.Request> ReadBatchAsync(HttpRequest request, CancellationToken ct) =>
        ReadJsonAsync<ScoreBatch.Request>(request, ct);

    public static async Task<UploadForm.Fields> ReadUploadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw new BadHttpRequestException("Send multipart/form-data with the resume in a field named file.", StatusCodes.Status415UnsupportedMediaType);
        var limits = request.HttpContext.RequestServices.GetRequiredService<IOptions<ScoringLimits>>().Value;
        return await UploadForm.ReadAsync(request, limits.MaxRequestBytes, ct);
    }

    /// <summary>A parser for a body's usual shape that answers false for anything it does not handle.</summary>
    delegate bool FastRead<T>(ReadOnlySpan<byte> json, [NotNullWhen(true)] out T? value);

    static async Task<T> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct, FastRead<T>? fast = null) where T : class
    {
        if (!request.HasJsonContentType())
            throw new BadHttpRequestException("Send application/json (or multipart/form-data with a file for a single resume).", StatusCodes.Status415UnsupportedMediaType);
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var charset = HeaderUtilities.RemoveQuotes(request.GetTypedHeaders().ContentType?.Charset ?? StringSegment.Empty);
            bool utf8 = StringSegment.IsNullOrEmpty(charset)
                || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
            var body = utf8
                ? await ReadWholeBodyAsync(request.BodyReader, options, fast, ct)
                : await request.ReadFromJsonAsync<T>(options, ct); // transcodes other charsets
            return body ?? throw new BadHttpRequestException("The body must be a JSON object.", StatusCodes.Status400BadRequest);
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The body is not valid JSON.", StatusCodes.Status400BadRequest, e);
        }
    }

    /// <summary>
    /// Waits for the whole body (Kestrel still stops it at the size limit) and parses it from one span:
    /// a resume arrives in several network segments, and parsing its long string across segments cost
    /// a scoring request more than twice what the same parse costs on contiguous bytes.
    /// </summary>
    static async Task<T?> ReadWholeBodyAsync<T>(PipeReader reader, JsonSerializerOptions options, FastRead<T>? fast, CancellationToken ct) where T : class
    {
        var read = await reader.ReadAsync(ct);
        while (!read.IsCompleted)
        {
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            read = await reader.ReadAsync(ct);
        }
        var body = read.Buffer;
        try
        {
            if (body.IsSingleSegment) return Parse(WithoutByteOrderMark(body.FirstSpan), options, fast);
            var copy = ArrayPool<byte>.Shared.Rent(checked((int)body.Length));
            try
            {
                body.CopyTo(copy);
                return Parse(WithoutByteOrderMark(copy.AsSpan(0, (int)body.Length)), options, fast);
            }
            finally
            {
                // Resume text is personal data: it must not linger in a pool other code rents from.
                ArrayPool<byte>.Shared.Return(copy, clearArray: true);
            }
        }
        finally
        {
            reader.AdvanceTo(body.End);
        }
    }

    static T? Parse<T>(ReadOnlySpan<byte> json, JsonSerializerOptions options, FastRead<T>? fast) where T : class =>
        fast is not null && fast(json, out var value) ? value : JsonSerializer.Deserialize<T>(json, options);

    // Windows tools often start UTF-8 with a byte-order mark; the stream reader this replaced skipped it too.
    static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> body) =>
        body.StartsWith("\uFEFF"u8) ? body[3..] : body;
}
