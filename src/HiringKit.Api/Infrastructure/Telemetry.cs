using System.Diagnostics;
using System.Diagnostics.Metrics;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HiringKit.Api.Infrastructure;

/// <summary>
/// The app's own meter and activity source, and the instruments infrastructure records into. Features
/// add their own instruments to <see cref="Meter"/>. With no exporter configured nothing listens, and
/// recording costs a check of a flag.
/// </summary>
public sealed class Telemetry
{
    public const string Name = "HiringKit";

    /// <summary>Spans around the work a request trace should show beside its SQL: scoring, compiling the dictionary.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>Histogram buckets for work measured in seconds that usually takes milliseconds.</summary>
    public static readonly IReadOnlyList<double> SecondsBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    readonly Counter<long> _cacheLookups;
    readonly Counter<long> _rateLimitRejections;

    // From the host's IMeterFactory, not static: the meter belongs to this host, so a process holding
    // several hosts (the tests do) reports each host's figures on that host's own /metrics.
    public Telemetry(IMeterFactory meters)
    {
        Meter = meters.Create(Name);
        _cacheLookups = Meter.CreateCounter<long>("hiringkit.content_cache.lookups", "{lookup}",
            "Cached reads (glossary, guides) by result: hit, miss, or last_good (served from the last good answer while the database is unreachable).");
        _rateLimitRejections = Meter.CreateCounter<long>("hiringkit.rate_limit.rejections", "{request}",
            "Requests answered 429 by policy: reads and scoring per key, failed_authentication per address.");
    }

    public Meter Meter { get; }

    public void CacheLookup(string result) => _cacheLookups.Add(1, new KeyValuePair<string, object?>("result", result));

    public void RateLimitRejected(string policy) => _rateLimitRejections.Add(1, new KeyValuePair<string, object?>("policy", policy));
}

/// <summary>
/// Settings under "Telemetry". Prometheus scraping is off unless enabled; OTLP export is on when the
/// standard OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads the other OTEL_* variables itself).
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<Telemetry>();
        bool prometheus = config.GetValue("Telemetry:Prometheus:Enabled", false);
        bool otlp = !string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        // Nothing to export to: no SDK, no listeners, nothing measured.
        if (!prometheus && !otlp) return services;

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(config["OTEL_SERVICE_NAME"] ?? "hiringkit"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Telemetry.Name)
                    // http.server.request.duration by http.route, active requests, Kestrel's connections.
                    .AddAspNetCoreInstrumentation()
                    .AddNpgsqlInstrumentation();
                // The SDK listens to meters by name, in the whole process; a host's own meters come from its
                // IMeterFactory. Without this, another host in the process (the tests run many) would add its
                // requests and its dictionary to this host's figures.
                services.ConfigureOpenTelemetryMeterProvider((provider, builder) =>
                {
                    var own = provider.GetRequiredService<IMeterFactory>();
                    builder.AddView(instrument => instrument.Meter.Scope is { } scope && !ReferenceEquals(scope, own)
                        ? MetricStreamConfiguration.Drop : null);
                });
                // Answered fresh on every scrape: one Prometheus asks every few seconds at most, and a cached
                // answer would hide what the last request did from whoever just made it.
                if (prometheus) metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
            });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(Telemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments(MetricsPath))
                .AddNpgsql());
            // Traces, metrics and logs, to where OTEL_EXPORTER_OTLP_ENDPOINT (and _PROTOCOL, _HEADERS) say.
            telemetry.UseOtlpExporter();
        }
        return services;
    }

    /// <summary>
    /// Serves <see cref="MetricsPath"/> for Prometheus when enabled. It needs no key, like the health
    /// probes, and shows counts and timings, never content; with Telemetry__Prometheus__Port set it is
    /// served only on connections that arrive on that local port, one to listen on but not publish.
    /// </summary>
    public static IApplicationBuilder UseMetricsEndpoint(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Telemetry:Prometheus:Enabled", false)) return app;
        int? port = app.Configuration.GetValue<int?>("Telemetry:Prometheus:Port");
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(http =>
            http.Request.Path == MetricsPath && (port is null || http.Connection.LocalPort == port));
    }
}
