using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HiringKit.Tests.Infrastructure;

public sealed class TelemetryTests
{
    static readonly Dictionary<string, string> PrometheusOn = new() { ["Telemetry:Prometheus:Enabled"] = "true" };

    [Test]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        using var client = TestHost.Client(null);
        Assert.That((await client.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_metrics_endpoint_is_not_in_the_openapi_document()
    {
        using var client = TestHost.Client(null);
        var document = await client.GetStringAsync("/swagger/v1/swagger.json");
        Assert.That(document, Does.Not.Contain("/metrics"));
    }

    /// <summary>
    /// The content cache counts its hits and misses, and a read over the key's budget is counted as a
    /// rejection of the reads policy, on a host of its own so the counts are this test's alone.
    /// </summary>
    [Test]
    public async Task Cache_lookups_and_rate_limit_rejections_are_counted()
    {
        var settings = new Dictionary<string, string>(PrometheusOn) { ["RateLimits:ReadsPerMinute"] = "2" };
        await using var app = TestHost.CreateApp(await TestHost.CreateDatabaseAsync("metrics"), settings);
        using var client = TestHost.CheckedClient(app);
        client.DefaultRequestHeaders.Add("X-Api-Key", TestHost.AdminKey);

        Assert.That((await client.GetAsync($"/api/v1/terms/{TestData.SeededSlug}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync($"/api/v1/terms/{TestData.SeededSlug}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync($"/api/v1/terms/{TestData.SeededSlug}")).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));

        var metrics = await Metrics.ScrapeAsync(client);
        Assert.Multiple(() =>
        {
            Assert.That(metrics.Value("hiringkit_content_cache_lookups_total", ("result", "miss")), Is.GreaterThanOrEqualTo(1), metrics.Text);
            Assert.That(metrics.Value("hiringkit_content_cache_lookups_total", ("result", "hit")), Is.GreaterThanOrEqualTo(1), metrics.Text);
            Assert.That(metrics.Value("hiringkit_rate_limit_rejections_total", ("policy", "reads")), Is.EqualTo(1), metrics.Text);
        });
    }

    /// <summary>
    /// With Telemetry__Prometheus__Port the figures are served only to connections made to that port, so
    /// the API's public port can stay as it is while the metrics port is not published.
    /// </summary>
    [Test]
    public async Task With_a_metrics_port_the_endpoint_answers_only_on_that_port()
    {
        int metricsPort = FreePort();
        var settings = new Dictionary<string, string>(PrometheusOn) { ["Telemetry:Prometheus:Port"] = metricsPort.ToString(CultureInfo.InvariantCulture) };
        await using var app = TestHost.CreateApp(TestHost.AppConnectionString, settings);
        app.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, metricsPort);
        });
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var api = addresses.Single(a => !a.EndsWith($":{metricsPort}", StringComparison.Ordinal));

        using var http = new HttpClient();
        var onMetricsPort = await http.GetAsync($"http://127.0.0.1:{metricsPort}/metrics");
        var onApiPort = await http.GetAsync($"{api}/metrics");
        Assert.Multiple(async () =>
        {
            Assert.That(onMetricsPort.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await onMetricsPort.Content.ReadAsStringAsync(), Does.Contain("# TYPE"));
            Assert.That(onApiPort.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    /// <summary>
    /// With OTEL_EXPORTER_OTLP_ENDPOINT set, spans and metrics go to that collector over OTLP: here a
    /// listener that keeps what it is sent. Scoring and the dictionary's compile are spans of their own.
    /// </summary>
    [Test]
    public async Task With_an_otlp_endpoint_traces_and_metrics_are_sent_there()
    {
        int port = FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var receiving = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                HttpListenerContext context;
                try { context = await collector.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                // Protobuf keeps names as UTF-8 bytes; reading the body as Latin-1 finds them without a decoder.
                received.AddOrUpdate(context.Request.Url!.AbsolutePath, System.Text.Encoding.Latin1.GetString(body.ToArray()), (_, seen) => seen + System.Text.Encoding.Latin1.GetString(body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });

        var app = TestHost.CreateApp(TestHost.AppConnectionString, new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Exported while the host runs, not only in the flush at its stop: in the full CI run, with both test projects and
            // the operational tests loading the machine, that flush alone twice delivered nothing to the collector.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        });
        await using (app)
        {
            using var client = TestHost.ClientFor(app, "scorer");
            var scored = await client.PostAsJsonAsync("/api/v1/resume-scores", new { text = TestData.StrongResume, terms = new[] { TestData.SeededSlug } });
            Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await client.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "OTLP alone serves no scrape endpoint");
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(20) && !AllSent(received)) await Task.Delay(100);
        } // stopping the host flushes what was not yet sent

        collector.Stop();
        await receiving;
        Assert.Multiple(() =>
        {
            Assert.That(received.Keys, Is.SupersetOf(new[] { "/v1/traces", "/v1/metrics" }));
            Assert.That(received.GetValueOrDefault("/v1/traces"), Does.Contain("score resume").And.Contain("compile scoring dictionary").And.Contain("/api/v1/resume-scores/"));
            Assert.That(received.GetValueOrDefault("/v1/metrics"), Does.Contain("hiringkit.scoring.duration").And.Contain("http.server.request.duration"));
        });
    }

    /// <summary>Whether the collector has both signals with what the test looks for in them.</summary>
    static bool AllSent(System.Collections.Concurrent.ConcurrentDictionary<string, string> received) =>
        received.TryGetValue("/v1/traces", out var traces) && traces.Contains("score resume") && traces.Contains("compile scoring dictionary")
        && received.TryGetValue("/v1/metrics", out var metrics) && metrics.Contains("hiringkit.scoring.duration") && metrics.Contains("http.server.request.duration");

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One scrape of /metrics in the Prometheus text format, read by metric name and labels.</summary>
public sealed partial class Metrics(string text)
{
    public string Text { get; } = text;

    public static async Task<Metrics> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return new Metrics(text);
    }

    /// <summary>The sum of the samples of <paramref name="name"/> that carry all these labels; 0 when there are none.</summary>
    public double Value(string name, params (string Label, string Value)[] labels) =>
        Samples(name).Where(s => labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value)).Sum(s => s.Value);

    public bool Has(string name) => Samples(name).Any();

    IEnumerable<(Dictionary<string, string> Labels, double Value)> Samples(string name)
    {
        foreach (var line in Text.Split('\n'))
        {
            var match = Sample().Match(line);
            if (!match.Success || match.Groups["name"].Value != name) continue;
            var labels = Label().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            yield return (labels, match.Groups["value"].Value switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                var value => double.Parse(value, CultureInfo.InvariantCulture),
            });
        }
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)")]
    private static partial Regex Sample();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Label();
}
