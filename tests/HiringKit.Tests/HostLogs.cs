using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NUnit.Framework.Interfaces;

[assembly: HiringKit.Tests.ShowHostLogsOnFailure]

namespace HiringKit.Tests;

/// <summary>
/// What one test host (an in-process app or an <see cref="ApiProcess"/>) logged, kept in memory instead
/// of printed: printed, a run's hosts wrote hundreds of JSON lines that buried the results (issue 19).
/// A test that checks log lines reads its host's; a failing test gets its hosts' lines in its own output
/// (<see cref="ShowHostLogsOnFailureAttribute"/>), which is when someone needs them.
/// </summary>
public sealed class HostLogs
{
    // Far more than any test reads; it keeps the shared app's capture bounded over a whole run.
    const int MaxLines = 20_000;

    // Hosts made inside a test belong to it and are let go when it ends; hosts made in a set-up (the
    // shared app) serve many tests, so a failing test is shown their lines from its own start on.
    static readonly ConcurrentDictionary<string, ConcurrentBag<HostLogs>> ByTest = new();
    static readonly ConcurrentBag<HostLogs> Shared = [];
    static readonly ConcurrentDictionary<string, DateTime> TestStarts = new();

    readonly ConcurrentQueue<(DateTime At, string Text)> _lines = new();

    public string Name { get; }

    public IEnumerable<string> Lines => _lines.Select(l => l.Text);

    HostLogs(string name) => Name = name;

    /// <summary>A capture for a new host, owned by the test that is running (if any).</summary>
    public static HostLogs ForNewHost(string name)
    {
        var logs = new HostLogs(name);
        var test = TestContext.CurrentContext.Test;
        if (test.MethodName is not null) ByTest.GetOrAdd(test.ID, _ => []).Add(logs);
        else Shared.Add(logs);
        return logs;
    }

    public void Add(string line)
    {
        _lines.Enqueue((DateTime.UtcNow, line));
        while (_lines.Count > MaxLines) _lines.TryDequeue(out _);
    }

    internal static void TestStarted(string testId) => TestStarts[testId] = DateTime.UtcNow;

    internal static void TestFinished(string testId, bool failed)
    {
        TestStarts.TryRemove(testId, out var started);
        ByTest.TryRemove(testId, out var own);
        if (!failed) return;

        // In a parallel run the shared app's lines from this window include other tests' requests too.
        var lines = (own ?? []).SelectMany(h => h._lines.Select(l => (h.Name, l.At, l.Text)))
            .Concat(Shared.SelectMany(h => h._lines.Where(l => l.At >= started).Select(l => (h.Name, l.At, l.Text))))
            .OrderBy(l => l.At).ToList();
        if (lines.Count == 0) return;
        TestContext.Out.WriteLine($"--- {lines.Count} host log lines written while this test ran ---");
        foreach (var (host, _, text) in lines) TestContext.Out.WriteLine($"[{host}] {text}");
    }

    /// <summary>Routes an in-process host's logging here instead of the console.</summary>
    public sealed class Provider(HostLogs logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(logs, categoryName);

        public void Dispose() { }
    }

    // Levels are filtered by the logging configuration before a provider's logger is called, as for the console.
    sealed class Logger(HostLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}";
            logs.Add(exception is null ? line : line + Environment.NewLine + exception);
        }
    }
}

/// <summary>Writes a failing test's host log lines into that test's output; passing tests show none.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ShowHostLogsOnFailureAttribute : Attribute, ITestAction
{
    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(ITest test) => HostLogs.TestStarted(test.Id);

    public void AfterTest(ITest test) =>
        HostLogs.TestFinished(test.Id, TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed);
}
