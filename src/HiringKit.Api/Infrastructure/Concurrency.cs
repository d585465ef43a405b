namespace HiringKit.Api.Infrastructure;

/// <summary>
/// Optimistic concurrency for editable items: the ETag is "v{version}", and a PUT or DELETE must send
/// the one it last read as If-Match. Two HR staff editing one question cannot silently overwrite each other.
/// </summary>
public static class Concurrency
{
    /// <summary>The version named by If-Match; 428 when there is none. A tag of any other shape can never match.</summary>
    public static int ExpectedVersion(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
            throw new PreconditionRequiredException("Send If-Match with the ETag you last read (GET the item first), so you never overwrite someone else's change.");
        var tag = ifMatch.Trim();
        if (tag == "*")
            throw new PreconditionRequiredException("If-Match must name the version you edited (its ETag), not *.");
        // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches.
        return tag.Length > 3 && tag[0] == '"' && tag[1] == 'v' && tag[^1] == '"' && int.TryParse(tag[2..^1], out var version) && version > 0
            ? version
            : -1;
    }

    /// <summary>412 unless the item is still at the version the client edited; the current ETag goes back with it.</summary>
    public static void EnsureCurrent(int currentVersion, int expectedVersion, string what)
    {
        if (currentVersion != expectedVersion)
            throw new PreconditionFailedException(
                $"{what} was changed by someone else (it is now at version {currentVersion}). GET it again, reapply your change and send the new ETag.",
                ETagged.ForVersion(currentVersion));
    }
}
