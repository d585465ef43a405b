using System.Diagnostics;
using System.Text.RegularExpressions;

namespace HiringKit.Tests;

/// <summary>
/// The built API as operators run it: a process of its own on a port it picks, with its stdout and
/// stderr collected line by line, never printed (a failing test shows them). For what only a real
/// process shows: its log lines, signals, exit codes.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly HostLogs _logs = HostLogs.ForNewHost("api process");

    /// <summary>Everything it wrote to stdout and stderr so far, one entry a line.</summary>
    public IEnumerable<string> Lines => _logs.Lines;

    /// <summary>Where it listens, once /health/ready answered 200 there.</summary>
    public Uri Address { get; private set; } = null!;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Resident memory of the API and every process it started (its PDF workers), from /proc.</summary>
    public (long Api, long WithChildren) ResidentBytes()
    {
        long api = Rss(_process.Id), all = api;
        foreach (var child in ChildProcessIds()) all += Rss(child);
        return (api, all);

        static long Rss(int pid)
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
            catch (IOException) { return 0; } // it ended between the listing and the read
        }

    }

    /// <summary>The processes the API started (its PDF workers), from /proc.</summary>
    public IEnumerable<int> ChildProcessIds()
    {
        foreach (var task in Directory.EnumerateDirectories($"/proc/{_process.Id}/task"))
        {
            string children;
            try { children = File.ReadAllText(Path.Combine(task, "children")); }
            catch (IOException) { continue; }
            foreach (var child in children.Split(' ', StringSplitOptions.RemoveEmptyEntries)) yield return int.Parse(child);
        }
    }

    ApiProcess(Process process) => _process = process;

    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "HiringKit.Api.dll");

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(DllPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0"); // the port it got is in its "Now listening on" line
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Postgres"] = TestHost.AppConnectionString;
        start.Environment["Seed__Path"] = Path.Combine(TestHost.RepoRoot, "seed-data");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        var api = new ApiProcess(new Process { StartInfo = start });
        api._process.OutputDataReceived += (_, e) => { if (!string.IsNullOrEmpty(e.Data)) api._logs.Add(e.Data); };
        api._process.ErrorDataReceived += (_, e) => { if (!string.IsNullOrEmpty(e.Data)) api._logs.Add(e.Data); };
        api._process.Start();
        api._process.BeginOutputReadLine();
        api._process.BeginErrorReadLine();
        try
        {
            api.Address = await api.WaitUntilReadyAsync();
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
        return api;
    }

    async Task<Uri> WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        using var client = new HttpClient();
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) Assert.Fail("The API exited at start-up:\n" + string.Join("\n", Lines));
            var listening = Lines.Select(l => Regex.Match(l, @"Now listening on: (http://127\.0\.0\.1:\d+)")).FirstOrDefault(m => m.Success);
            if (listening is not null)
            {
                var address = new Uri(listening.Groups[1].Value);
                if ((await client.GetAsync(new Uri(address, "/health/ready"))).IsSuccessStatusCode) return address;
            }
            await Task.Delay(200);
        }
        Assert.Fail("The API was not ready within 60 s:\n" + string.Join("\n", Lines));
        throw new UnreachableException();
    }

    /// <summary>SIGTERM, as Docker, systemd and Kubernetes stop a process; does not wait.</summary>
    public void Terminate()
    {
        using var term = Process.Start("kill", ["-TERM", _process.Id.ToString()]);
        term.WaitForExit();
        if (term.ExitCode != 0) throw new InvalidOperationException("kill -TERM failed");
    }

    /// <returns>False when it did not exit within <paramref name="timeout"/>.</returns>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var stopped = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(stopped.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGTERM, so the console logger flushes its queue; killed outright if that takes too long.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try { Terminate(); } catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
            if (!await WaitForExitAsync(TimeSpan.FromSeconds(30)))
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }
}
