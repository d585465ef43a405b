using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.HttpOverrides;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HiringKit.Api.Infrastructure;

/// <summary>Configurable under "RateLimits": requests per key per minute, one budget for reads and one for scoring.</summary>
public sealed class RateLimitOptions
{
    public int ReadsPerMinute { get; set; } = 1200;
    public int ScoringPerMinute { get; set; } = 300;
}

/// <summary>
/// What keeps one caller from hurting the others: per-key rate limits (429 with Retry-After), a request
/// timeout, security headers, and CORS closed unless origins are configured.
/// </summary>
public static class Protection
{
    public const string Reads = "reads";
    public const string Scoring = "scoring";
    public const string CorsPolicy = "configured-origins";

    public static IServiceCollection AddProtection(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Reads, http => PerKey(http, Limits(http).ReadsPerMinute));
            o.AddPolicy(Scoring, http => PerKey(http, Limits(http).ScoringPerMinute));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<Telemetry>().RateLimitRejected(
                    context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "unknown");
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This key has used its requests for this minute. Retry after {retryAfter} seconds.",
                    },
                });
            };
        });

        services.AddRequestTimeouts();
        services.AddOptions<Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutOptions>().Configure<IConfiguration>((o, config) =>
            o.DefaultPolicy = new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
            {
                // RequestTimeout__Seconds: a request still running after this is cancelled (its transaction rolled back) and answered 503.
                Timeout = TimeSpan.FromSeconds(config.GetValue("RequestTimeout:Seconds", 30.0)),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = async http =>
                {
                    http.Response.Headers.RetryAfter = "5";
                    await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = http,
                        ProblemDetails = new ProblemDetails
                        {
                            Status = StatusCodes.Status503ServiceUnavailable,
                            Title = "Service unavailable",
                            Detail = "The request took too long and was cancelled; nothing it would have changed was saved. Retry after a few seconds.",
                        },
                    });
                },
            });

        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>(TrustConfiguredProxies).ValidateOnStart();

        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IConfiguration>((o, config) => o.AddPolicy(CorsPolicy, policy =>
        {
            // Closed by default: other origins get no CORS headers unless Cors__AllowedOrigins__0=https://... is set.
            var origins = config.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
            if (origins.Length > 0)
                policy.WithOrigins(origins).WithHeaders("X-Api-Key", "Content-Type", "If-Match", "If-None-Match")
                    .WithMethods("GET", "POST", "PUT", "DELETE").WithExposedHeaders("ETag", "Location", "Retry-After");
        }));
        return services;
    }

    /// <summary>
    /// X-Forwarded-For names the client only when the connection comes from a proxy in
    /// ForwardedHeaders__KnownProxies__N (addresses) or ForwardedHeaders__KnownNetworks__N (CIDR); nothing
    /// is trusted by default, not even loopback, since anyone can send the header. Through a chain of known
    /// proxies the client is the last address no known proxy added.
    /// </summary>
    static void TrustConfiguredProxies(ForwardedHeadersOptions o, IConfiguration config)
    {
        o.ForwardLimit = null;
        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        // The obsolete list still holds 127.0.0.0/8 by default, and the middleware still trusts it.
#pragma warning disable ASPDEPR005
        o.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
        foreach (var proxy in config.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
        foreach (var network in config.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network like 10.0.0.0/8."));
        // With both lists empty the middleware would trust every sender, so then it reads no header at all.
        o.ForwardedHeaders = o.KnownProxies.Count + o.KnownIPNetworks.Count > 0 ? ForwardedHeaders.XForwardedFor : ForwardedHeaders.None;
    }

    static RateLimitOptions Limits(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    // One budget per API key; callers without a key share one per address (they only get 401s anyway).
    static RateLimitPartition<string> PerKey(HttpContext http, int perMinute)
    {
        var key = http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? "key:" + id : "ip:" + http.Connection.RemoteIpAddress;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    /// <summary>Headers every answer carries: no sniffing, no framing, no referrer, and a CSP fit for what is served.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/swagger")
                ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"
                // Printable guides use inline styles and nothing else.
                : "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
            return Task.CompletedTask;
        });
        await next();
    });

    /// <summary>
    /// A JSON body in a charset no decoder exists for ("application/json; charset=foo") is 415 before any
    /// endpoint reads it; the body readers threw on it, a 500 with a stack trace in the log (issue 15).
    /// </summary>
    public static IApplicationBuilder UseJsonCharsetCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
            && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
            && type.Charset.HasValue && !IsKnownCharset(type.Charset.Value!))
            throw new BadHttpRequestException($"The charset '{type.Charset.Value}' is not one this API can read: send JSON as UTF-8.", StatusCodes.Status415UnsupportedMediaType);
        await next();
    });

    static bool IsKnownCharset(string name)
    {
        // The framework's JSON reader takes "utf8" for UTF-8 too, though Encoding does not know that name.
        if (name.Trim('"').Equals("utf8", StringComparison.OrdinalIgnoreCase)) return true;
        try { return Encoding.GetEncoding(name.Trim('"')) is not null; }
        catch (ArgumentException) { return false; }
    }
}
