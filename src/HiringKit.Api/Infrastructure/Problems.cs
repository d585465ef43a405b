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
