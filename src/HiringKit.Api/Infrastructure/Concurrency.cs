using FluentValidation;

namespace HiringKit.Api.Infrastructure;

/// <summary>
/// Optimistic concurrency for editable items: the ETag is "v{version}", and a PUT or DELETE must send
/// the one it last read as If-Match. Two HR staff editing one question cannot silently overwrite each other.
/// </summary>
public static class Concurrency
{
    /// <summary>
    /// More ETags than a client could have read in one editing session: listing 299 versions matched
    /// whatever the item was at, an overwrite without reading it (issue 15).
    /// </summary>
    public const int MaxTags = 8;

    /// <summary>The If-Match rule every PUT and DELETE validator applies: at most <see cref="MaxTags"/> tags.</summary>
    public static IRuleBuilderOptions<T, string?> IfMatchTags<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(h => h is null || h.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length <= MaxTags)
            .WithMessage($"If-Match may list at most {MaxTags} ETags: send the one you last read")
            .OverridePropertyName("ifMatch");

    /// <summary>
    /// The versions If-Match names (RFC 9110 allows a list: "v3", "v4"); 428 when there is none. A tag of
    /// any other shape names no version, so it can never match.
    /// </summary>
    public static IReadOnlyList<int> ExpectedVersions(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
            throw new PreconditionRequiredException("Send If-Match with the ETag you last read (GET the item first), so you never overwrite someone else's change.");
        if (ifMatch.Trim() == "*")
            throw new PreconditionRequiredException("If-Match must name the version you edited (its ETag), not *.");
        var versions = new List<int>();
        // Our tags never hold a comma, so splitting on commas cannot cut one in two.
        foreach (var part in ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches.
            if (part.Length > 3 && part[0] == '"' && part[1] == 'v' && part[^1] == '"' && int.TryParse(part[2..^1], out var version) && version > 0)
                versions.Add(version);
        }
        return versions;
    }

    /// <summary>412 unless the item is still at the version the client edited; the current ETag goes back with it.</summary>
    public static void EnsureCurrent(int currentVersion, IReadOnlyList<int> expectedVersions, string what)
    {
        if (!expectedVersions.Contains(currentVersion))
            throw new PreconditionFailedException(
                $"{what} was changed by someone else (it is now at version {currentVersion}). GET it again, reapply your change and send the new ETag.",
                ETagged.ForVersion(currentVersion));
    }
}
