using System.Security.Cryptography;
using System.Text;

namespace HiringKit.Api.Infrastructure.Auth;

public static class Roles
{
    public const string Reader = "reader";
    public const string Scorer = "scorer";
    public const string Editor = "editor";
    public const string Admin = "admin";

    // Ordered weakest first: a role may do everything the roles before it may.
    public static readonly string[] All = [Reader, Scorer, Editor, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    /// <summary>The roles that satisfy a minimum: AtLeast("editor") is editor and admin.</summary>
    public static string[] AtLeast(string minimum) => All[Array.IndexOf(All, minimum)..];
}

public static class ApiKeys
{
    public const string Header = "X-Api-Key";
    public const string Prefix = "hk_";

    /// <summary>Changes made by no key (configuration, the shell) are recorded under names no key may have.</summary>
    public const string SystemActorPrefix = "system:";

    public const int MinimumConfiguredLength = 32;

    /// <summary>256 random bits, URL-safe, with a prefix so a leaked key is recognisable in logs and scanners.</summary>
    public static string Generate() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>
    /// Why a configured key (one a person chose, not <see cref="Generate"/>) is guessable, or null when it is
    /// long and random-looking: 32 characters, 12 different ones, no long run of one character and not one
    /// short piece repeated. Random hex or base64 passes; "hk_dev_change_me_0000000000000000" does not.
    /// </summary>
    public static string? Weakness(string key)
    {
        if (key.Length < MinimumConfiguredLength) return $"it has {key.Length} characters, fewer than {MinimumConfiguredLength}";
        if (key.Distinct().Count() < 12) return "it uses fewer than 12 different characters";
        for (int i = 0, run = 1; i + 1 < key.Length; i++)
        {
            run = key[i + 1] == key[i] ? run + 1 : 1;
            // Random hex repeats a character 8 times in a row about once in ten million keys.
            if (run >= 8) return $"it repeats '{key[i]}' {run} times in a row";
        }
        for (var period = 1; period <= key.Length / 2; period++)
            if (key.Length % period == 0 && string.Concat(Enumerable.Repeat(key[..period], key.Length / period)) == key)
                return "it is one short piece repeated";
        return null;
    }

    static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>An API key as listed and as its history shows it: never the key itself, which is stored only as a hash.</summary>
public sealed record KeyInfo(long Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public const string Columns = "id, name, role, created_at, revoked_at";

    /// <summary>Dapper's shape of <see cref="Columns"/>: Npgsql reads timestamptz as DateTime.</summary>
    public sealed record Row(long Id, string Name, string Role, DateTime CreatedAt, DateTime? RevokedAt)
    {
        public KeyInfo ToInfo() => new(Id, Name, Role, Timestamps.Utc(CreatedAt), RevokedAt is { } at ? Timestamps.Utc(at) : null);
    }
}
