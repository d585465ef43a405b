using System.Security.Claims;
using System.Text.Encodings.Web;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Npgsql;
using System.Threading.RateLimiting;

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
    FailedAuthentications failures,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
            return AuthenticateResult.NoResult();

        var hash = ApiKeys.Hash(values.ToString().Trim());
        var client = FailedAuthentications.ClientOf(Context);
        // Before any database work: an address that has sent too many wrong keys is answered at once, except
        // with a key this instance has already found valid, so guessing from a shared address never locks
        // out the people who work there.
        if (!keys.Remembers(hash) && failures.RetryAfter(client) is { } wait)
            return AuthenticateResult.Fail(new TooManyFailedAuthentications(wait));

        var key = await keys.FindAsync(hash, Context.RequestAborted);
        if (key is null)
        {
            failures.Record(client);
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

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
        if (result.Failure is TooManyFailedAuthentications tooMany)
        {
            Context.RequestServices.GetRequiredService<Telemetry>().RateLimitRejected("failed_authentication");
            var seconds = Math.Max(1, (int)Math.Ceiling(tooMany.RetryAfter.TotalSeconds));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteProblem(StatusCodes.Status429TooManyRequests, "Too many requests",
                $"Too many unknown or revoked API keys came from this address. Retry after {seconds} seconds.");
            return;
        }
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
        services.AddOptions<AuthOptions>().BindConfiguration("Auth");
        services.AddSingleton<BootstrapKey>();
        services.AddSingleton<KeyCache>();
        services.AddSingleton<FailedAuthentications>();
        return services;
    }
}

/// <summary>Configurable under "Auth".</summary>
public sealed class AuthOptions
{
    /// <summary>Unknown or revoked keys one client address may send per minute before it is answered 429.</summary>
    public int FailuresPerMinute { get; set; } = 30;

    /// <summary>
    /// How long after its last successful check a remembered key is still trusted while the database is
    /// unreachable (then 503): a revocation made while this instance could not hear of it is applied at
    /// the latest this long after the outage began. Under 300 it also shortens how long a key is remembered
    /// between checks.
    /// </summary>
    public int OutageTrustSeconds { get; set; } = 900;
}

/// <summary>The failure that answers 429 instead of 401: the address is over its budget of wrong keys.</summary>
public sealed class TooManyFailedAuthentications(TimeSpan retryAfter) : Exception("Too many failed authentications from this address.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>
/// Wrong keys per client address, a fixed budget per minute (issue 15: 2,000 guesses in 6 s used to be
/// 2,000 database lookups). The address is the connection's, or the one X-Forwarded-For gives when the
/// connection comes from a configured proxy (ForwardedHeaders__KnownProxies__N / KnownNetworks__N); with
/// none configured the header is ignored, so a client cannot pick a fresh address per guess. An IPv6
/// client counts by its /64, which one host usually holds whole. Idle addresses are forgotten by the
/// limiter itself, so memory follows the addresses active in the last minute or so.
/// </summary>
public sealed class FailedAuthentications : IDisposable
{
    readonly PartitionedRateLimiter<string> _limiter;

    public FailedAuthentications(IOptions<AuthOptions> options)
    {
        var perMinute = Math.Max(1, options.Value.FailuresPerMinute);
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>How long the address must wait, or null while it may still try a key.</summary>
    public TimeSpan? RetryAfter(string client)
    {
        // Zero permits asks whether any are left without spending one.
        using var lease = _limiter.AttemptAcquire(client, 0);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public void Record(string client) => _limiter.AttemptAcquire(client, 1).Dispose();

    public static string ClientOf(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>
/// Key lookups, remembered for a few minutes and dropped whenever any key changes (LISTEN/NOTIFY, and
/// at once on this instance). Unknown keys are remembered too, in a bounded set, so a repeated wrong key
/// costs no database lookup. While Postgres is unreachable a remembered key keeps working for
/// Auth__OutageTrustSeconds after its last check, so scoring and cached guide reads go on; a key never
/// seen before, or not checked for longer, cannot be checked and gets the 503.
/// </summary>
public sealed class KeyCache(NpgsqlDataSource db, IOptions<AuthOptions> options)
{
    public sealed record KeyRow(long Id, string Name, string Role);

    sealed record Entry(KeyRow Key, DateTime FetchedAt);

    static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(5);
    // Made-up keys are endless; this many is far more than a real deployment mistypes in five minutes.
    const int MaxUnknown = 10_000;
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _entries = new();
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTime> _unknown = new();
    int _unknownCount;
    long _generation;

    TimeSpan OutageTrust => TimeSpan.FromSeconds(options.Value.OutageTrustSeconds);

    /// <summary>Whether this instance has found the key valid since keys last changed (however long ago).</summary>
    public bool Remembers(byte[] hash) => _entries.ContainsKey(Convert.ToHexString(hash));

    public async Task<KeyRow?> FindAsync(byte[] hash, CancellationToken ct)
    {
        var id = Convert.ToHexString(hash);
        var now = DateTime.UtcNow;
        // Remembering a key longer than an outage may trust it would trust it in an outage for that long.
        var freshFor = FreshFor < OutageTrust ? FreshFor : OutageTrust;
        if (_entries.TryGetValue(id, out var entry) && now - entry.FetchedAt < freshFor) return entry.Key;
        if (_unknown.TryGetValue(id, out var seenAt) && now - seenAt < FreshFor) return null;
        var generation = Interlocked.Read(ref _generation);
        try
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var row = await conn.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
                "SELECT id, name, role FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL", new { hash }, cancellationToken: ct));
            // A key change that committed while this lookup ran must not be undone by storing what it read.
            if (Interlocked.Read(ref _generation) == generation)
            {
                if (row is not null) _entries[id] = new Entry(row, DateTime.UtcNow);
                else { _entries.TryRemove(id, out _); RememberUnknown(id); }
                if (Interlocked.Read(ref _generation) != generation) Forget(id);
            }
            return row;
        }
        catch (Exception e) when (entry is not null && Database.IsUnavailable(e) && now - entry.FetchedAt < OutageTrust)
        {
            return entry.Key;
        }
    }

    void RememberUnknown(string id)
    {
        // Crude but bounded: past the limit the set starts again, costing one lookup per key it held.
        if (Interlocked.Increment(ref _unknownCount) > MaxUnknown)
        {
            _unknown.Clear();
            Interlocked.Exchange(ref _unknownCount, 1);
        }
        _unknown[id] = DateTime.UtcNow;
    }

    void Forget(string id)
    {
        _entries.TryRemove(id, out _);
        _unknown.TryRemove(id, out _);
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
        _unknown.Clear();
        Interlocked.Exchange(ref _unknownCount, 0);
    }
}
