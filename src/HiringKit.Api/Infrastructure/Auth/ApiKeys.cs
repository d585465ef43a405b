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

    /// <summary>256 random bits, URL-safe, with a prefix so a leaked key is recognisable in logs and scanners.</summary>
    public static string Generate() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
