using Microsoft.AspNetCore.WebUtilities;

namespace HiringKit.Api.Infrastructure;

// Handlers throw these; ProblemHandler turns each into one problem+json status. No try/catch in slices.
public sealed class NotFoundException(string detail) : Exception(detail);

public sealed class ConflictException(string detail) : Exception(detail);

/// <summary>If-Match named a version that is no longer current; carries the current ETag so the client can refetch.</summary>
public sealed class PreconditionFailedException(string detail, string? currentETag) : Exception(detail)
{
    public string? CurrentETag { get; } = currentETag;
}

public sealed class PreconditionRequiredException(string detail) : Exception(detail);

/// <summary>Every worker for this kind of request is busy: 503 with Retry-After, so the caller backs off.</summary>
public sealed class ServiceBusyException(string detail) : Exception(detail);

/// <summary>
/// The one vocabulary of errors: each kind of problem has a stable `type` URI, and every problem of one
/// status has the same `title`, whoever raised it (a validator, the framework, the rate limiter).
/// Clients branch on `type` (or status); `detail` is for people.
/// </summary>
public static class ProblemKinds
{
    public const string ContentType = "application/problem+json";
    const string Base = "https://hiringkit.dev/problems/";

    public sealed record Kind(string Type, int Status, string Title, string When);

    public static readonly Kind Validation = new(Base + "validation", 400, "The request is invalid", "A field, parameter or the body is invalid; `errors` says which and why.");
    public static readonly Kind Unauthorized = new(Base + "unauthorized", 401, "Unauthorized", "No API key, or an unknown or revoked one.");
    public static readonly Kind Forbidden = new(Base + "forbidden", 403, "Forbidden", "The key's role does not allow this.");
    public static readonly Kind NotFound = new(Base + "not-found", 404, "Not found", "No such term or item.");
    public static readonly Kind MethodNotAllowed = new(Base + "method-not-allowed", 405, "Method not allowed", "The path does not take this method.");
    public static readonly Kind NotAcceptable = new(Base + "not-acceptable", 406, "Not acceptable", "None of the representations asked for in Accept is served here.");
    public static readonly Kind Conflict = new(Base + "conflict", 409, "Conflict", "The item duplicates an existing one, or refers to one that does not exist.");
    public static readonly Kind PreconditionFailed = new(Base + "precondition-failed", 412, "Precondition failed", "If-Match names a version that is no longer current; `currentETag` (and the ETag header) give the current one.");
    public static readonly Kind TooLarge = new(Base + "too-large", 413, "Payload too large", "The body or the resume text is over the configured limit.");
    public static readonly Kind UnsupportedMediaType = new(Base + "unsupported-media-type", 415, "Unsupported media type", "The body's media type, charset or file type is not accepted.");
    public static readonly Kind UnreadableDocument = new(Base + "unreadable-document", 422, "Unprocessable content", "An uploaded document cannot be read; `reason` says why.");
    public static readonly Kind UnlawfulWording = new(Base + "unlawful-wording", 422, "Unprocessable content", "In strict compliance mode, wording that invites an unlawful interview question.");
    public static readonly Kind PreconditionRequired = new(Base + "precondition-required", 428, "Precondition required", "A change or delete without If-Match.");
    public static readonly Kind RateLimited = new(Base + "rate-limited", 429, "Too many requests", "A rate limit is exceeded; retry after `Retry-After` seconds.");
    public static readonly Kind Internal = new(Base + "internal", 500, "Internal server error", "Unexpected; quote the traceId when reporting it.");
    public static readonly Kind Unavailable = new(Base + "unavailable", 503, "Service unavailable", "The database or the document readers are unavailable; retry after `Retry-After` seconds.");
    public static readonly Kind Timeout = new(Base + "timeout", 504, "Gateway timeout", "The request took longer than the configured limit.");

    public static readonly IReadOnlyList<Kind> All =
    [
        Validation, Unauthorized, Forbidden, NotFound, MethodNotAllowed, NotAcceptable, Conflict, PreconditionFailed, TooLarge,
        UnsupportedMediaType, UnreadableDocument, UnlawfulWording, PreconditionRequired, RateLimited, Internal, Unavailable, Timeout,
    ];

    /// <summary>The kind a problem is: the one its type names, else the usual kind of its status.</summary>
    public static Kind Of(int status, string? type) =>
        All.FirstOrDefault(k => k.Type == type && k.Status == status)
        ?? All.FirstOrDefault(k => k.Status == status)
        ?? new Kind("about:blank", status, ReasonPhrases.GetReasonPhrase(status), "");

    public static string TitleFor(int status) => Of(status, null).Title;

    /// <summary>A response's description in the document: the kinds of problem that status carries.</summary>
    public static string Describe(int status)
    {
        var kinds = All.Where(k => k.Status == status).ToList();
        return kinds.Count == 0 ? ReasonPhrases.GetReasonPhrase(status)
            : string.Join(" ", kinds.Select(k => $"{k.When} (`type`: {k.Type})"));
    }
}

/// <summary>An error, as RFC 9457 problem details (`application/problem+json`).</summary>
/// <param name="Type">The kind of problem, a stable URI (https://hiringkit.dev/problems/validation, .../not-found, ...).</param>
/// <param name="Title">The same for every problem of one status.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">What went wrong this time, for people.</param>
/// <param name="TraceId">Quote it when reporting a problem.</param>
public sealed record Problem(string Type, string Title, int Status, string Detail, string TraceId)
{
    /// <summary>400: the messages for each field, parameter or part of the body that is wrong.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>
    /// 422 for an unreadable document: broken, encrypted, no-text-layer, over-limits or timed-out. A
    /// string, not an enum, in the document: generated System.Text.Json clients cannot read hyphenated enum values.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>412: the item's current ETag, to read it again before retrying.</summary>
    public string? CurrentETag { get; init; }
}
