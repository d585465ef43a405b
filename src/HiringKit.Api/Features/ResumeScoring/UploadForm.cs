using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// Reads an upload's form straight into memory. The framework's form reader spools any file over 64 KB
/// to a temporary file, and a resume is personal data that must not be left on the server's disk.
/// </summary>
public static class UploadForm
{
    public sealed record Fields(string? FileName, byte[]? Content, IReadOnlyList<string>? Terms, string? TargetLevel);

    /// <summary>Small fields (terms, targetLevel) are read up to this many bytes; more is not a list of slugs.</summary>
    const int MaxFieldBytes = 8 * 1024;

    public static async Task<Fields> ReadAsync(HttpRequest request, long maxFileBytes, CancellationToken ct)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary))
            throw new BadHttpRequestException("The multipart body is malformed (missing boundary or truncated).", StatusCodes.Status400BadRequest);

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxFileBytes, HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        string? fileName = null, targetLevel = null;
        byte[]? content = null;
        var terms = new List<string>();
        try
        {
            for (var section = await reader.ReadNextSectionAsync(ct); section is not null; section = await reader.ReadNextSectionAsync(ct))
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                switch (HeaderUtilities.RemoveQuotes(disposition.Name).Value)
                {
                    case "file" when content is null:
                        fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                        using (var buffer = new MemoryStream())
                        {
                            await section.Body.CopyToAsync(buffer, ct);
                            content = buffer.ToArray();
                        }
                        break;
                    case "terms":
                        terms.AddRange((await ReadFieldAsync(section, ct)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                        break;
                    case "targetLevel":
                        targetLevel = await ReadFieldAsync(section, ct);
                        break;
                    // Anything else is skipped unread by the next ReadNextSectionAsync.
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new BadHttpRequestException("The multipart body is malformed (missing boundary, a header too long, or truncated).", StatusCodes.Status400BadRequest, e);
        }
        catch (IOException e) when (e is not BadHttpRequestException)
        {
            throw new BadHttpRequestException("The multipart body is malformed (missing boundary or truncated).", StatusCodes.Status400BadRequest, e);
        }
        return new Fields(fileName, content, terms.Count == 0 ? null : terms, string.IsNullOrEmpty(targetLevel) ? null : targetLevel);
    }

    static async Task<string> ReadFieldAsync(MultipartSection section, CancellationToken ct)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        int length = 0, n;
        while (length < buffer.Length && (n = await section.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0) length += n;
        if (length > MaxFieldBytes)
            throw new BadHttpRequestException($"A form field other than the file is longer than {MaxFieldBytes} bytes.", StatusCodes.Status400BadRequest);
        return Encoding.UTF8.GetString(buffer, 0, length);
    }
}
