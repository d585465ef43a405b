using System.Diagnostics;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HiringKit.Api.Infrastructure;

/// <summary>
/// The one place exceptions become RFC 9457 problem+json. Anything unexpected is a bare 500:
/// no stack trace or exception text leaves the process.
/// </summary>
public sealed class ProblemHandler(IProblemDetailsService problems, ILogger<ProblemHandler> log) : IExceptionHandler
{
    /// <summary>A validator's error code for "over a size limit": answered 413, not 400.</summary>
    public const string PayloadTooLargeCode = "PayloadTooLarge";

    /// <summary>A validator's error code for wording refused in strict compliance mode: answered 422.</summary>
    public const string UnlawfulWordingCode = "UnlawfulWording";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            ValidationException v when v.Errors.Any(e => e.ErrorCode == PayloadTooLargeCode) =>
                Problem(ProblemKinds.TooLarge,
                    string.Join(" ", v.Errors.Where(e => e.ErrorCode == PayloadTooLargeCode).Select(e => e.ErrorMessage))),
            ValidationException v when v.Errors.Any(e => e.ErrorCode == UnlawfulWordingCode) => UnlawfulWording(v),
            ValidationException v => ValidationProblem(v),
            NotFoundException e => Problem(ProblemKinds.NotFound, e.Message),
            ConflictException e => Problem(ProblemKinds.Conflict, e.Message),
            PreconditionFailedException e => PreconditionFailed(e),
            PreconditionRequiredException e => Problem(ProblemKinds.PreconditionRequired, e.Message),
            var e when Database.IsUnavailable(e) => Unavailable(http),
            Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } e => Problem(ProblemKinds.Conflict, DuplicateMessage(e.ConstraintName)),
            // The database refused a value the validators let through: the caller's data, so 4xx, never 500.
            Npgsql.PostgresException e when e.SqlState.StartsWith("22", StringComparison.Ordinal) || e.SqlState == Npgsql.PostgresErrorCodes.CheckViolation =>
                Validation("body", "A value in the request cannot be stored (for example a NUL character or a value out of range)."),
            Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.ForeignKeyViolation } =>
                Problem(ProblemKinds.Conflict, "The item refers to something that does not exist (for example a level the term does not have)."),
            Documents.UnsupportedResumeFileException e => Problem(ProblemKinds.UnsupportedMediaType, e.Message),
            Documents.ResumeTextTooLongException e => Problem(ProblemKinds.TooLarge, e.Message),
            Documents.UnreadableDocumentException e => UnreadableDocument(e),
            ServiceBusyException e => Busy(http, e.Message),
            InvalidDataException => Validation("body", "The multipart body is malformed (missing boundary or truncated)."),
            BadHttpRequestException e when UnparsableParameter(e) is { } p => BindingProblem(p.Name, p.Value),
            BadHttpRequestException e when e.StatusCode == StatusCodes.Status400BadRequest => Validation("body", DescribeBadRequest(e)),
            BadHttpRequestException e => Problem(ProblemKinds.Of(e.StatusCode, null), DescribeBadRequest(e)),
            _ => null
        };

        if (problem is null)
        {
            log.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = Problem(ProblemKinds.Internal,
                "The server could not complete the request. Quote the traceId when reporting it.");
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A file of a supported kind that could not be read; `reason` says which kind of failure, for an ATS to act on.</summary>
    static ProblemDetails UnreadableDocument(Documents.UnreadableDocumentException e)
    {
        var problem = Problem(ProblemKinds.UnreadableDocument, char.ToUpperInvariant(e.Message[0]) + e.Message[1..] + ".");
        problem.Extensions["reason"] = e.Reason switch
        {
            Documents.UnreadableReason.NoTextLayer => "no-text-layer",
            Documents.UnreadableReason.Encrypted => "encrypted",
            Documents.UnreadableReason.OverLimits => "over-limits",
            Documents.UnreadableReason.TimedOut => "timed-out",
            _ => "broken",
        };
        return problem;
    }

    static ProblemDetails Busy(HttpContext http, string detail)
    {
        http.Response.Headers.RetryAfter = "5";
        return Problem(ProblemKinds.Unavailable, detail);
    }

    static ProblemDetails UnlawfulWording(ValidationException v)
    {
        var problem = ValidationProblem(v);
        problem.Status = ProblemKinds.UnlawfulWording.Status;
        problem.Title = ProblemKinds.UnlawfulWording.Title;
        problem.Type = ProblemKinds.UnlawfulWording.Type;
        return problem;
    }

    static ProblemDetails ValidationProblem(ValidationException v)
    {
        var errors = v.Errors
            .GroupBy(e => Camel(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ProblemKinds.Validation.Title,
            Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
            Type = ProblemKinds.Validation.Type,
        };
    }

    // "Failed to bind parameter "Nullable<int> page" from "abc"." becomes errors.page, like any validation failure.
    static (string Name, string Value)? UnparsableParameter(BadHttpRequestException e)
    {
        var match = System.Text.RegularExpressions.Regex.Match(e.Message, "^Failed to bind parameter \"[^\"]* (\\w+)\" from \"(.*)\"\\.$");
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value) : null;
    }

    static ProblemDetails BindingProblem(string name, string value)
    {
        return Validation(name, $"{name} must be a whole number, not '{value}'");
    }

    /// <summary>Every 400 is a validation problem with `errors`, whether a validator or the framework found it.</summary>
    static ProblemDetails Validation(string field, string message) =>
        new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = ProblemKinds.Validation.Status,
            Title = ProblemKinds.Validation.Title,
            Detail = message,
            Type = ProblemKinds.Validation.Type,
        };

    static ProblemDetails Unavailable(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "5";
        // A connection lost during COMMIT may still have committed: a write must be re-read, not assumed undone.
        var detail = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? "The database is unreachable. Retry after a few seconds: the service recovers by itself."
            : "The database is unreachable, so the change is not confirmed. Read the item again before retrying: the service recovers by itself.";
        return Problem(ProblemKinds.Unavailable, detail);
    }

    // The database's unique indexes are the truth about duplicates; this names them for people.
    static string DuplicateMessage(string? constraint) => constraint switch
    {
        "questions_term_level_text_live" => "This term already has that question at that level.",
        "indicators_term_level_text_live" => "This term already has that indicator at that level.",
        "red_flags_term_text_live" => "This term already has that red flag.",
        "phrases_term_phrase_live" => "A phrase appears twice for this term.",
        "job_titles_term_title_live" => "A job title appears twice for this term.",
        "false_friends_term_phrase_live" => "A false friend appears twice for this term.",
        "api_keys_name_unique" => "A key with that name already exists (names are unique ignoring case, revoked keys included, so the history never confuses two holders).",
        "terms_slug_key" => "A term with that slug already exists (or existed and was deleted).",
        _ => "An item with the same key already exists.",
    };

    public static ProblemDetails PreconditionFailed(PreconditionFailedException e)
    {
        var problem = Problem(ProblemKinds.PreconditionFailed, e.Message);
        if (e.CurrentETag is not null) problem.Extensions["currentETag"] = e.CurrentETag;
        return problem;
    }

    static ProblemDetails Problem(ProblemKinds.Kind kind, string detail) =>
        new() { Status = kind.Status, Title = kind.Title, Type = kind.Type, Detail = detail };

    // The framework's messages name the parameter ("Failed to bind parameter \"int page\" ...") which is
    // what a caller needs; JSON errors get the reader's position without echoing type names.
    static string DescribeBadRequest(BadHttpRequestException e) => e.InnerException switch
    {
        // An unknown field is refused rather than ignored: a misspelt "expectedAnwser" must not silently drop an edit.
        System.Text.Json.JsonException json when json.Message.Contains("could not be mapped", StringComparison.Ordinal) =>
            $"Unknown field '{json.Message.Split('\'')[1]}' at {json.Path}. Check the field names against the schema.",
        // Type and member names in the reader's messages are ours, not the caller's: say where, in JSON terms.
        System.Text.Json.JsonException json => "The body is not valid JSON for this request" +
            (json.Path is { Length: > 0 } path ? $" at {path}" : "") +
            (json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})." : "."),
        _ => e.Message,
    };

    // FluentValidation names properties in PascalCase; the API speaks camelCase JSON.
    static string Camel(string name) =>
        string.Join('.', name.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}

/// <summary>
/// 412 answers must carry the current ETag header, but the exception-handler middleware strips ETag
/// from error responses; this filter answers them before the exception gets that far.
/// </summary>
public sealed class PreconditionFailedFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (PreconditionFailedException e)
        {
            if (e.CurrentETag is not null) context.HttpContext.Response.Headers.ETag = e.CurrentETag;
            var problem = ProblemHandler.PreconditionFailed(e);
            return TypedResults.Problem(problem);
        }
    }
}

/// <summary>
/// Every error is problem+json whatever the request's Accept says: a tool asking for text/markdown
/// still needs a readable 404. The framework's writer declines when Accept names no JSON type, which
/// left the exception handler nothing to write (a bare 500, or a stack trace in Development). This
/// writer comes after it and answers those requests through it, as if they had asked for
/// problem+json, so the body is the one every other error gets.
/// </summary>
public sealed class AnyAcceptProblemWriter(IServiceProvider services) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var framework = services.GetServices<IProblemDetailsWriter>().First(w => w is not AnyAcceptProblemWriter);
        context.HttpContext.Request.Headers.Accept = "application/problem+json";
        return framework.WriteAsync(context);
    }
}

public static class ProblemDetailsSetup
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services) =>
        services
            .AddExceptionHandler<ProblemHandler>()
            .AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            {
                c.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? c.HttpContext.TraceIdentifier;
                // Whoever raised it (a handler, authentication, the rate limiter, the framework's status
                // pages), a problem leaves with the type and title of its kind: one vocabulary for clients.
                var status = c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode;
                var kind = ProblemKinds.Of(status, c.ProblemDetails.Type);
                c.ProblemDetails.Status = status;
                c.ProblemDetails.Type = kind.Type;
                c.ProblemDetails.Title = kind.Title;
                c.ProblemDetails.Detail ??= kind.When;
                if (status == StatusCodes.Status400BadRequest && c.ProblemDetails is not HttpValidationProblemDetails && !c.ProblemDetails.Extensions.ContainsKey("errors"))
                    c.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { ["request"] = [c.ProblemDetails.Detail] };
            })
            // After AddProblemDetails, so the framework's writer is asked first.
            .AddSingleton<IProblemDetailsWriter, AnyAcceptProblemWriter>();
}
