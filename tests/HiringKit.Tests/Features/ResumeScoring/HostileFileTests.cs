using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace HiringKit.Tests.Features.ResumeScoring;

/// <summary>
/// Every file of scripts/hostile-files, sent to the built API running as its own process, as an attacker
/// with a scorer key would: each must be answered below 500 within 10 s, with the statuses the manifest
/// allows, the process must still answer afterwards, and the API with its PDF workers must stay under
/// 1 GB of resident memory throughout (sampled every 50 ms while the files go in).
/// </summary>
[NonParallelizable, Category("Operational")]
public sealed class HostileFileTests
{
    const long OneGigabyte = 1L << 30;

    [Test]
    public async Task No_hostile_file_crashes_stalls_or_bloats_the_API()
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"hk-hostile-{Guid.NewGuid():N}");
        try
        {
            TestHost.Run("python3", Path.Combine(TestHost.RepoRoot, "scripts", "hostile-files"), corpus);
            var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(corpus, "manifest.json"))).RootElement;
            Assert.That(manifest.GetArrayLength(), Is.GreaterThan(40));

            await using var api = await ApiProcess.StartAsync(new Dictionary<string, string> { ["RateLimits__ScoringPerMinute"] = "100000" });
            using var client = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["scorer"]);

            long peakApi = 0, peakAll = 0;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    var (own, all) = api.ResidentBytes();
                    peakApi = Math.Max(peakApi, own);
                    peakAll = Math.Max(peakAll, all);
                    try { await Task.Delay(50, sampling.Token); } catch (OperationCanceledException) { }
                }
            });
            var (startApi, _) = api.ResidentBytes();

            var report = new List<string>();
            Assert.Multiple(async () =>
            {
                foreach (var entry in manifest.EnumerateArray())
                {
                    var name = entry.GetProperty("file").GetString()!;
                    var expected = entry.GetProperty("expect").EnumerateArray().Select(e => e.GetInt32()).ToList();
                    using var form = new MultipartFormDataContent();
                    var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(corpus, name)));
                    file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                    form.Add(file, "file", name);

                    var clock = Stopwatch.StartNew();
                    HttpResponseMessage response;
                    try
                    {
                        response = await client.PostAsync("/api/v1/resume-scores", form);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        Assert.Fail($"{name}: no answer ({e.GetType().Name}: {e.Message}); the API {(api.ExitCode is { } code ? $"exited with {code}" : "is still running")}");
                        continue;
                    }
                    clock.Stop();
                    var status = (int)response.StatusCode;
                    var body = await response.Content.ReadAsStringAsync();
                    report.Add($"{name,-40} {status} {clock.ElapsedMilliseconds,6} ms  {Detail(body)}");

                    Assert.That(status, Is.LessThan(500), $"{name}: {body}");
                    Assert.That(expected, Does.Contain(status), $"{name} ({entry.GetProperty("why").GetString()}): {body}");
                    Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), $"{name} took {clock.Elapsed}");
                    if (status >= 400)
                        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), name);
                    var live = await client.GetAsync("/health/live");
                    Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"the API stopped answering after {name}");
                }
            });

            await sampling.CancelAsync();
            await sampler;
            // The workers that parse hostile files hold none of the API's secrets.
            var workers = api.ChildProcessIds().ToList();
            Assert.That(workers, Is.Not.Empty, "the control PDF left a warm worker");
            foreach (var worker in workers)
            {
                var environment = await File.ReadAllTextAsync($"/proc/{worker}/environ");
                Assert.That(environment, Does.Not.Contain("ConnectionStrings__Postgres").And.Not.Contain("Auth__"), "a PDF worker's environment");
            }
            TestContext.Out.WriteLine(string.Join("\n", report));
            TestContext.Out.WriteLine($"Resident memory: API {startApi >> 20} MB at start, peak {peakApi >> 20} MB; with PDF workers peak {peakAll >> 20} MB");
            Assert.That(api.ExitCode, Is.Null, "the API process is still running");
            Assert.That(peakAll, Is.LessThan(OneGigabyte), "the API and its workers stayed under 1 GB");
        }
        finally
        {
            try { Directory.Delete(corpus, recursive: true); } catch (IOException) { }
        }
    }

    static string Detail(string body)
    {
        try
        {
            var json = JsonDocument.Parse(body).RootElement;
            return json.TryGetProperty("detail", out var detail) ? detail.GetString()! : $"score {json.GetProperty("score")}";
        }
        catch (JsonException)
        {
            return body.Length > 80 ? body[..80] : body;
        }
    }
}
