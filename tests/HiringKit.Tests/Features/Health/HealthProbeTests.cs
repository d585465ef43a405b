using System.Diagnostics;

namespace HiringKit.Tests.Features.Health;

/// <summary>
/// `HiringKit.Api healthcheck [url]` is the Docker image's HEALTHCHECK (the image has no curl): it
/// must say 0 for an API that answers and 1 for one that does not, and not hang when nothing listens.
/// </summary>
[NonParallelizable, Category("Operational")]
public sealed class HealthProbeTests
{
    [Test]
    public async Task Healthcheck_mode_exits_0_for_a_live_api_and_1_once_it_is_gone()
    {
        Uri address;
        await using (var api = await ApiProcess.StartAsync())
        {
            address = api.Address;
            Assert.That(await ProbeAsync(new Uri(address, "/health/live")), Is.EqualTo(0));
            Assert.That(await ProbeAsync(new Uri(address, "/no-such-path")), Is.EqualTo(1), "a 404 is not healthy");
        }
        var clock = Stopwatch.StartNew();
        Assert.That(await ProbeAsync(new Uri(address, "/health/live")), Is.EqualTo(1), "nothing listens there any more");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    static async Task<int> ProbeAsync(Uri url)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ApiProcess.DllPath);
        start.ArgumentList.Add("healthcheck");
        start.ArgumentList.Add(url.ToString());
        using var probe = Process.Start(start)!;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await probe.WaitForExitAsync(limit.Token); // the probe's own timeout is 3 s; this only keeps a hang from stalling the run
        return probe.ExitCode;
    }
}
