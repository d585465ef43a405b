using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using HiringKit.Benchmarks;

// dotnet run -c Release --project tests/HiringKit.Benchmarks                      full run (about 8 minutes on 2 cores)
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --job short       CI-ish check (fewer iterations)
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --smoke           seconds: Stopwatch timings, no BenchmarkDotNet

if (args.Contains("--smoke"))
{
    Smoke.Run();
    return;
}

// Artifacts next to this project, wherever `dotnet run` is started from.
var config = DefaultConfig.Instance.WithArtifactsPath(
    Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "BenchmarkDotNet.Artifacts")));
if (!args.Any(a => a is "--job" or "-j"))
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).AsDefault());

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ScanBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
foreach (var summary in summaries)
{
    string ratios = Ratios.Describe(summary);
    Console.WriteLine(ratios);
    File.WriteAllText(Path.Combine(summary.ResultsDirectoryPath, "ratios.md"), ratios);
}

/// <summary>The targets, computed from the run's mean times, so nobody has to divide by hand.</summary>
static class Ratios
{
    public static string Describe(Summary summary)
    {
        var text = new StringBuilder();
        text.AppendLine("| corpus | matcher | MB/s ceiling | MB/s matcher | MB/s scorer | matcher vs ceiling (target >= 40%) | matcher vs regex per phrase (target >= 4x) | matcher vs NonBacktracking (target >= 2x) | scorer vs ceiling (target >= 20%) |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var corpus in summary.BenchmarksCases.Select(c => c.Parameters["Corpus"]?.ToString() ?? "").Distinct())
        {
            double Mean(string method) => summary.Reports
                .FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && r.BenchmarkCase.Parameters["Corpus"]?.ToString() == corpus)
                ?.ResultStatistics?.Mean ?? double.NaN;
            var bench = new ScanBenchmarks { Corpus = corpus };
            bench.Setup();
            double megabytes = bench.TotalChars * 2 / 1e6;
            double ceiling = Mean(nameof(ScanBenchmarks.LowercaseCopy)), scorer = Mean(nameof(ScanBenchmarks.WholeScorer));
            double perPhrase = Mean(nameof(ScanBenchmarks.RegexPerPhrase)), alternation = Mean(nameof(ScanBenchmarks.NonBacktrackingAlternation));
            foreach (var (label, method) in new[] { ("full dictionary", nameof(ScanBenchmarks.Matcher)), ("300 phrases only", nameof(ScanBenchmarks.MatcherPhrasesOnly)) })
            {
                double matcher = Mean(method);
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {corpus} ({bench.TotalChars / 1e6:F1} M chars) | {label} | {megabytes / (ceiling / 1e9):F0} | {megabytes / (matcher / 1e9):F0} | {megabytes / (scorer / 1e9):F0} | {ceiling / matcher:P0} | {perPhrase / matcher:F1}x | {alternation / matcher:F1}x | {ceiling / scorer:P0} |"));
            }
        }
        return text.ToString();
    }
}

/// <summary>A few seconds of Stopwatch timings: enough to see a regression, not a measurement to publish.</summary>
static class Smoke
{
    public static void Run()
    {
        foreach (var corpus in new[] { ScanBenchmarks.AllResumes, ScanBenchmarks.AsciiResumes })
        {
            var bench = new ScanBenchmarks { Corpus = corpus };
            bench.Setup();
            double Time(Func<int> run, int repeats)
            {
                run();
                var best = double.MaxValue;
                for (int i = 0; i < repeats; i++)
                {
                    var watch = Stopwatch.StartNew();
                    run();
                    best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                }
                return best;
            }
            double ceiling = Time(bench.LowercaseCopy, 5), matcher = Time(bench.Matcher, 5), scorer = Time(bench.WholeScorer, 3);
            double alternation = Time(bench.NonBacktrackingAlternation, 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{corpus,-5} {bench.TotalChars / 1e6:F1}M chars: ceiling {ceiling:F1} ms, matcher {matcher:F1} ms ({ceiling / matcher:P0} of ceiling), scorer {scorer:F1} ms ({ceiling / scorer:P0}), NonBacktracking {alternation:F1} ms ({alternation / matcher:F1}x)"));
        }
    }
}
