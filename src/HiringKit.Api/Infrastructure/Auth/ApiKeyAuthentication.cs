using System.Security.Claims;
using System.Text.Encodings.Web;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HiringKit.Api.Infrastructure.Auth;

/// <summary>
/// X-Api-Key authentication: the key's SHA-256 is looked up among unrevoked keys. 401 and 403 are
/// written as problem+json like every other error.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KeyCache keys,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
            return AuthenticateResult.NoResult();

        var key = await keys.FindAsync(values.ToString().Trim(), Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("Unknown or revoked API key.");

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, key.Id.ToString()),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ClaimTypes.Role, key.Role),
            ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{ApiKeys.Header}\"";
        var detail = result.Failure is null
            ? $"Send an API key in the {ApiKeys.Header} header."
            : "The API key is unknown or has been revoked.";
        await WriteProblem(StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var role = Context.User.FindFirstValue(ClaimTypes.Role);
        await WriteProblem(StatusCodes.Status403Forbidden, "Forbidden", $"A key with role '{role}' may not do this.");
    }

    Task WriteProblem(int status, string title, string detail) =>
        problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
}

public static class ApiKeyAuthenticationSetup
{
    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services)
    {
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(o =>
        {
            // One policy per role name; roles are cumulative, so "editor" also admits admins.
            foreach (var role in Roles.All)
                o.AddPolicy(role, p => p.RequireAuthenticatedUser().RequireRole(Roles.AtLeast(role)));
        });
        services.AddSingleton<BootstrapKey>();
        services.AddSingleton<KeyCache>();
        return services;
    }
}

/// <summary>
/// Key lookups, remembered for a few minutes and dropped whenever any key changes (LISTEN/NOTIFY, and
/// at once on this instance). While Postgres is unreachable a remembered key keeps working, so scoring
/// and cached guide reads go on; a key never seen before cannot be checked and gets the 503.
/// </summary>
public sealed class KeyCache(NpgsqlDataSource db)
{
    public sealed record KeyRow(long Id, string Name, string Role);

    sealed record Entry(KeyRow? Key, DateTime FetchedAt);

    static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(5);
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _entries = new();
    long _generation;

    public async Task<KeyRow?> FindAsync(string key, CancellationToken ct)
    {
        var hash = ApiKeys.Hash(key);
        var id = Convert.ToHexString(hash);
        if (_entries.TryGetValue(id, out var entry) && DateTime.UtcNow - entry.FetchedAt < FreshFor) return entry.Key;
        var generation = Interlocked.Read(ref _generation);
        try
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var row = await conn.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
                "SELECT id, name, role FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL", new { hash }, cancellationToken: ct));
            // Bound the memory an attacker can fill with made-up keys: unknown keys are not remembered.
            // A revocation that committed while this lookup ran must not be undone by storing what it read.
            if (row is not null && Interlocked.Read(ref _generation) == generation)
            {
                _entries[id] = new Entry(row, DateTime.UtcNow);
                if (Interlocked.Read(ref _generation) != generation) _entries.TryRemove(id, out _);
            }
            return row;
        }
        catch (Exception e) when (entry is not null && Database.IsUnavailable(e))
        {
            return entry.Key;
        }
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }
}

/// <summary>Auth__BootstrapAdminKey: an admin key with exactly this value exists after start-up.</summary>
public sealed class BootstrapKey(NpgsqlDataSource db, IConfiguration config, ILogger<BootstrapKey> log)
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        var key = config["Auth:BootstrapAdminKey"];
        if (string.IsNullOrWhiteSpace(key)) return;
        if (key.Length < 16) throw new InvalidOperationException("Auth:BootstrapAdminKey must be at least 16 characters.");

        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync("""
            INSERT INTO api_keys (name, role, key_hash) VALUES ('bootstrap-admin', 'admin', @hash)
            ON CONFLICT (key_hash) DO UPDATE SET role = 'admin', revoked_at = NULL
            """, new { hash = ApiKeys.Hash(key.Trim()) });
        log.LogInformation("Bootstrap admin key from configuration is active");
    }
}
