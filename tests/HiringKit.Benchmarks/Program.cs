using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using HiringKit.Benchmarks;

// dotnet run -c Release --project tests/HiringKit.Benchmarks                      full run (about 6 minutes on 2 cores; --filter "*ScanBenchmarks*" about 3)
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --job short       CI-ish check (fewer iterations)
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --smoke           seconds: Stopwatch timings, no BenchmarkDotNet
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --paired [rounds] about a minute: the same methods taking turns, ratios per round
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --sizes            the automaton and a score at 1, 100 and 1,000 terms (issue 17)
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --loop N [--terms T] the scorer N times over the corpus (or the load resume at T terms), for perf
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --stages [N]       the matcher, layout and sections each timed against the whole score
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --digest           one hash of every answer, to show a speed-up changed none
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --digest-mutated [N] [SEED]  the same over N edited copies of each labelled resume
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --explain FILE...  the answer for each resume against the seed term, to read a miss
// dotnet run -c Release --project tests/HiringKit.Benchmarks -- --punctuated [N]  the 300 phrases' matcher with and without one phrase holding punctuation

if (args.Contains("--explain"))
{
    // Each match with its section and assertion, the level's evidence and the roles as read: what a miss needs read.
    foreach (var file in args.SkipWhile(a => a != "--explain").Skip(1))
    {
        string text = File.ReadAllText(file);
        var answer = HiringKit.Scoring.ResumeScorer.Score(text, HiringKit.Scoring.Tests.SeedTerms.Dictionary);
        Console.WriteLine($"{Path.GetFileName(file)}: {answer.Score} {answer.Band}, level {answer.Level.Level} ({answer.Level.YearsOfExperience} years)");
        foreach (var m in answer.Matches)
            Console.WriteLine($"  {m.Kind,-9} {m.Assertion,-12} {m.Section,-10} {m.Phrase} @{m.Start}: {text.Substring(Math.Max(0, m.Start - 30), Math.Min(text.Length, m.Start + m.Length + 30) - Math.Max(0, m.Start - 30)).ReplaceLineEndings(" ")}");
        var layout = new HiringKit.Scoring.ResumeLayout(text, HiringKit.Scoring.ScorerInfo.DefaultAsOf);
        for (int r = 0; r < layout.Roles.Count; r++)
        {
            var role = layout.Roles[r];
            Console.WriteLine($"  role {r}: {text.Substring(role.Start, role.Length)} block {role.BlockStart}-{role.BlockEnd} another trade {layout.IsAnotherTrade[r]} placement {role.IsPlacement} titled in the trade {layout.IsTitledInTheTrade(r)} shows counseling {layout.ShowsCounseling(r)} title \"{layout.Title(r).ToString().ReplaceLineEndings(" ")}\": {text.Substring(role.BlockStart, Math.Min(60, role.BlockEnd - role.BlockStart)).ReplaceLineEndings(" ")}");
        }
        foreach (var e in answer.Level.Evidence) Console.WriteLine($"  level evidence: {e}");
    }
    return;
}
if (args.Contains("--punctuated"))
{
    // An HR phrase with punctuation in it ("... (CBT)") once turned off the four-way walk: the 300 phrases' matcher against
    // the same with that phrase added, taking turns N rounds (default 9) over the corpus, as the median ratio of their times.
    int rounds = Math.Max(1, NumberAfter(args, "--punctuated"));
    var plain = HiringKit.Scoring.PhraseMatcher.Build(BenchmarkCorpus.Phrases);
    var punctuated = HiringKit.Scoring.PhraseMatcher.Build([.. BenchmarkCorpus.Phrases, "cognitive behavioral therapy (cbt)"]);
    var resumes = BenchmarkCorpus.Resumes;
    var hits = new HiringKit.Scoring.PhraseHit[1 << 16];
    double Pass(HiringKit.Scoring.PhraseMatcher matcher)
    {
        long start = Stopwatch.GetTimestamp();
        foreach (var resume in resumes) matcher.FindAll(resume, hits);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    for (int warm = 0; warm < 3; warm++) { Pass(plain); Pass(punctuated); }
    var ratios = new List<double>();
    for (int round = 0; round < rounds; round++) ratios.Add(Pass(punctuated) / Pass(plain));
    ratios.Sort();
    Console.WriteLine($"cuts at punctuation: plain {plain.CutsAtPunctuation}, with the punctuated phrase {punctuated.CutsAtPunctuation}; " +
        $"time with it / without, median of {rounds} rounds: {ratios[rounds / 2]:F2}x ({ratios[0]:F2}-{ratios[^1]:F2}x)");
    return;
}
if (args.Contains("--smoke"))
{
    Smoke.Run();
    return;
}
if (args.Contains("--loop"))
{
    // For a profiler (perf record, or perf stat -e instructions to compare builds under load; with DOTNET_PerfMapEnabled=1):
    // the whole scorer over the benchmark corpus N times.
    int passes = NumberAfter(args, "--loop");
    // --terms N: the load script's resume against a synthetic glossary of N terms instead (issue 17).
    int terms = NumberAfter(args, "--terms");
    var dictionary = terms > 0 ? HiringKit.Scoring.ScoringDictionary.Compile(SyntheticGlossary.Terms(terms, HiringKit.Scoring.Tests.SeedTerms.TherapeuticAlliance)) : BenchmarkCorpus.Dictionary;
    // --labelled: the scoring tests' labelled resumes instead of the generated corpus.
    IReadOnlyList<string> resumes = terms > 0 ? Enumerable.Repeat(SyntheticGlossary.LoadScriptResume(), 1000).ToList()
        : args.Contains("--labelled") ? BenchmarkCorpus.LabelledResumes : BenchmarkCorpus.Resumes;
    // Two passes first, untimed: methods the runtime compiles again with what it profiled run slowly until then, and a
    // short loop that timed them would favour code compiled once, without the profile.
    for (int pass = 0; pass < 2; pass++)
        foreach (var resume in resumes) HiringKit.Scoring.ResumeScorer.Score(resume, dictionary);
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var pausedBefore = GC.GetTotalPauseDuration();
    long chars = 0, allocatedBefore = GC.GetAllocatedBytesForCurrentThread(), scores = 0;
    for (int pass = 0; pass < (passes > 0 ? passes : 100); pass++)
        foreach (var resume in resumes) { HiringKit.Scoring.ResumeScorer.Score(resume, dictionary); chars += resume.Length; scores++; }
    long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
    // What the garbage collector's pauses took of the time: the share fewer allocations a score could win back.
    double paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds / clock.Elapsed.TotalMilliseconds;
    Console.WriteLine($"{clock.Elapsed.TotalMilliseconds * 1e6 / chars:F1} ns a char, {allocated / 1024.0 / scores:F1} KB allocated a score, GC pauses {paused:P1} of the time");
    return;
}
if (args.Contains("--by-size"))
{
    // Where the scorer's time goes by resume size: the 200 KB resume against the 2,000 of 3-8 KB, as a share of the
    // characters and of the time, so an answer that grows faster than the text shows up.
    var dictionary = BenchmarkCorpus.Dictionary;
    var resumes = BenchmarkCorpus.Resumes.ToList();
    for (int pass = 0; pass < 2; pass++) foreach (var resume in resumes) HiringKit.Scoring.ResumeScorer.Score(resume, dictionary);
    long small = 0, large = 0, smallChars = 0, largeChars = 0;
    for (int pass = 0; pass < Math.Max(1, NumberAfter(args, "--by-size")); pass++)
        foreach (var resume in resumes)
        {
            long t0 = Stopwatch.GetTimestamp();
            HiringKit.Scoring.ResumeScorer.Score(resume, dictionary);
            long t = Stopwatch.GetTimestamp() - t0;
            if (resume.Length > 100_000) (large, largeChars) = (large + t, largeChars + resume.Length);
            else (small, smallChars) = (small + t, smallChars + resume.Length);
        }
    Console.WriteLine($"large resume: {100.0 * largeChars / (largeChars + smallChars):F1}% of the characters, {100.0 * large / (large + small):F1}% of the time");
    return;
}
if (args.Contains("--latency"))
{
    // What an ATS waits for one resume: each resume of 3-8 KB scored alone, its time kept, over PASSES passes after a warm-up;
    // the median, the 90th and 99th percentiles and the longest, in microseconds (the 200 KB resume left out).
    var dictionary = BenchmarkCorpus.Dictionary;
    var resumes = (args.Contains("--labelled") ? BenchmarkCorpus.LabelledResumes : BenchmarkCorpus.Resumes)
        .Where(r => r.Length is >= 3_000 and <= 8_192).ToList();
    for (int pass = 0; pass < 2; pass++) foreach (var resume in resumes) HiringKit.Scoring.ResumeScorer.Score(resume, dictionary);
    var times = new List<double>();
    var slowest = new double[resumes.Count];
    for (int pass = 0; pass < Math.Max(1, NumberAfter(args, "--latency")); pass++)
        for (int r = 0; r < resumes.Count; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            HiringKit.Scoring.ResumeScorer.Score(resumes[r], dictionary);
            double us = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
            times.Add(us);
            // Each resume's fastest pass too: a slow pass that the resume's other passes do not repeat is the host's, not the text's.
            slowest[r] = pass == 0 ? us : Math.Min(slowest[r], us);
        }
    times.Sort();
    var byBest = Enumerable.Range(0, resumes.Count).OrderByDescending(r => slowest[r]).Take(3)
        .Select(r => $"{slowest[r]:F0} us ({resumes[r].Length} chars: {resumes[r][..Math.Min(40, resumes[r].Length)].ReplaceLineEndings(" ")})");
    Console.WriteLine("slowest at their fastest pass: " + string.Join("; ", byBest));
    double At(double share) => times[Math.Min(times.Count - 1, (int)(share * times.Count))];
    Console.WriteLine($"{resumes.Count} resumes of 3-8 KB x {times.Count / resumes.Count} passes: median {At(0.5):F0} us, p90 {At(0.9):F0} us, " +
        $"p99 {At(0.99):F0} us, longest {times[^1]:F0} us");
    return;
}
if (args.Contains("--hits"))
{
    // What the matcher reports a resume over the benchmark corpus, by kind: each hit is a report in the walk and a place in a
    // bucket, read or not.
    var dictionary = BenchmarkCorpus.Dictionary;
    var hits = new HiringKit.Scoring.PhraseHit[1 << 16];
    var byKind = new Dictionary<HiringKit.Scoring.PatternKind, long>();
    var byItem = new Dictionary<string, long>();
    foreach (var resume in BenchmarkCorpus.Resumes)
    {
        int found = Math.Min(dictionary.Matcher.FindAll(resume, hits), hits.Length);
        for (int h = 0; h < found; h++)
        {
            var pattern = dictionary.PatternOf(hits[h].PatternId);
            byKind[pattern.Kind] = byKind.GetValueOrDefault(pattern.Kind) + 1;
            string key = $"{pattern.Kind} {resume.Substring(hits[h].Start, hits[h].Length).ToLowerInvariant()}";
            byItem[key] = byItem.GetValueOrDefault(key) + 1;
        }
    }
    double n = BenchmarkCorpus.Resumes.Count();
    foreach (var (kind, count) in byKind.OrderByDescending(k => k.Value)) Console.WriteLine($"{kind}: {count / n:F1} a resume");
    foreach (var (item, count) in byItem.OrderByDescending(k => k.Value).Take(25)) Console.WriteLine($"  {item}: {count / n:F1}");
    return;
}
if (args.Contains("--stages"))
{
    // Where a score's time goes, stage by stage, each timed alone over the benchmark corpus N times (default 10) against
    // the whole score: the matcher's walk, the layout (headings, dated roles, their trades) and the section of each phrase hit.
    int passes = Math.Max(1, NumberAfter(args, "--stages"));
    var dictionary = BenchmarkCorpus.Dictionary;
    var hits = new HiringKit.Scoring.PhraseHit[1 << 16];
    long matcher = 0, layout = 0, headings = 0, datedRoles = 0, sections = 0, score = 0, scores = 0;
    for (int pass = 0; pass <= passes; pass++)
        foreach (var resume in BenchmarkCorpus.Resumes)
        {
            long t0 = Stopwatch.GetTimestamp();
            int found = Math.Min(dictionary.Matcher.FindAll(resume, hits), hits.Length);
            long t1 = Stopwatch.GetTimestamp();
            var resumeLayout = new HiringKit.Scoring.ResumeLayout(resume, HiringKit.Scoring.ScorerInfo.DefaultAsOf);
            long t2 = Stopwatch.GetTimestamp();
            var lineBreaks = new HiringKit.Scoring.LineBreaks(resume);
            var headingList = HiringKit.Scoring.ExperienceReader.FindHeadings(resume, lineBreaks, out var rightColumn);
            long th = Stopwatch.GetTimestamp();
            HiringKit.Scoring.ExperienceReader.FindDatedRoles(resume, HiringKit.Scoring.ScorerInfo.DefaultAsOf, headingList, rightColumn, lineBreaks);
            long tr = Stopwatch.GetTimestamp();
            if (pass > 0) (layout, headings, datedRoles) = (layout + t2 - t1, headings + th - t2, datedRoles + tr - th);
            long t2b = Stopwatch.GetTimestamp();
            for (int h = 0; h < found; h++)
                if (dictionary.PatternOf(hits[h].PatternId).Kind == HiringKit.Scoring.PatternKind.Phrase) resumeLayout.SectionOf(hits[h].Start);
            long t3 = Stopwatch.GetTimestamp();
            HiringKit.Scoring.ResumeScorer.Score(resume, dictionary);
            long t4 = Stopwatch.GetTimestamp();
            if (pass == 0) continue; // warming up
            (matcher, sections, score, scores) = (matcher + t1 - t0, sections + t3 - t2b, score + t4 - t3, scores + 1);
        }
    double perScore = score * 1e9 / Stopwatch.Frequency / scores;
    Console.WriteLine($"score {perScore:F0} ns; matcher {100.0 * matcher / score:F1}%, layout {100.0 * layout / score:F1}% (headings {100.0 * headings / score:F1}%, dated roles {100.0 * datedRoles / score:F1}%, the rest their trades), sections of phrase hits {100.0 * sections / score:F1}%");
    return;
}
if (args.Contains("--digest-mutated"))
{
    // A speed-up's gates are right only if they hold on text nobody wrote yet: each labelled resume edited N times at random
    // (marks, cue words, dates, headings and lines of other resumes inserted; spans cut, repeated, or the text cut short), the
    // same edits for any build, one hash per build to compare. A throw stops it: a text the scorer cannot answer is a defect.
    int copies = Math.Max(1, NumberAfter(args, "--digest-mutated"));
    int seed = args.SkipWhile(a => a != "--digest-mutated").Skip(2).Select(a => int.TryParse(a, out int n) ? n : 0).FirstOrDefault();
    string[] labelled = BenchmarkCorpus.LabelledResumes;
    using var digest = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
    var random = new Random(seed);
    foreach (var resume in labelled)
        for (int copy = 0; copy < copies; copy++)
        {
            string text = MutatedResumes.Edit(resume, labelled, random);
            digest.AppendData(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(HiringKit.Scoring.ResumeScorer.Score(text, HiringKit.Scoring.Tests.SeedTerms.Dictionary)));
        }
    Console.WriteLine($"{labelled.Length} resumes x {copies} edited copies (seed {seed}): {Convert.ToHexStringLower(digest.GetHashAndReset())}");
    return;
}
if (args.Contains("--digest"))
{
    // Before and after a speed-up: one SHA-256 over every answer (the benchmark corpus, and the labelled corpora when the
    // repo is at hand, each against the benchmark's dictionary and the seed term), so "the same answers" is checked, not assumed.
    var resumes = new List<string>(BenchmarkCorpus.Resumes);
    string corpus = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "HiringKit.Scoring.Tests", "Corpus"));
    if (Directory.Exists(corpus)) resumes.AddRange(Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));
    using var digest = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
    foreach (var resume in resumes)
        foreach (var dictionary in new[] { BenchmarkCorpus.Dictionary, HiringKit.Scoring.Tests.SeedTerms.Dictionary })
            digest.AppendData(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(HiringKit.Scoring.ResumeScorer.Score(resume, dictionary)));
    Console.WriteLine($"{resumes.Count} resumes: {Convert.ToHexStringLower(digest.GetHashAndReset())}");
    return;
}
if (args.Contains("--synthetic-terms"))
{
    // For scripts/load's glossary mode: N - 1 generated terms as POST /api/v1/terms bodies, one a line (the seed term is the first).
    int count = NumberAfter(args, "--synthetic-terms");
    foreach (var term in SyntheticGlossary.Terms(count, HiringKit.Scoring.Tests.SeedTerms.TherapeuticAlliance).Skip(1))
        Console.WriteLine(SyntheticGlossary.ToCreateBody(term));
    return;
}
if (args.Contains("--compile-loop"))
{
    // For a profiler: compiling a glossary of 1,000 synthetic terms ten times.
    var glossary = SyntheticGlossary.Terms(1000, HiringKit.Scoring.Tests.SeedTerms.TherapeuticAlliance);
    for (int i = 0; i < 10; i++)
    {
        var clock = Stopwatch.StartNew();
        HiringKit.Scoring.ScoringDictionary.Compile(glossary);
        Console.WriteLine($"compiled in {clock.ElapsedMilliseconds} ms");
    }
    return;
}
if (args.Contains("--sizes"))
{
    // Issue 17: the automaton and a realistic resume's scoring at glossary sizes (terms of 30 phrases).
    var resume = SyntheticGlossary.LoadScriptResume();
    // Warm the JIT first, or the first size pays for tiering.
    var warm = System.Diagnostics.Stopwatch.StartNew();
    while (warm.ElapsedMilliseconds < 3000) HiringKit.Scoring.ResumeScorer.Score(resume, BenchmarkCorpus.Dictionary);
    foreach (int size in new[] { 1, 100, 1000 })
    {
        var terms = SyntheticGlossary.Terms(size, HiringKit.Scoring.Tests.SeedTerms.TherapeuticAlliance);
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        var compileClock = System.Diagnostics.Stopwatch.StartNew();
        var dictionary = HiringKit.Scoring.ScoringDictionary.Compile(terms);
        double compileMs = compileClock.Elapsed.TotalMilliseconds;
        long bytes = GC.GetTotalMemory(true) - before;
        int rounds = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        HiringKit.Scoring.ResumeScore? last = null;
        while (clock.ElapsedMilliseconds < 3000) { last = HiringKit.Scoring.ResumeScorer.Score(resume, dictionary); rounds++; }
        int matches = 0;
        var matchClock = System.Diagnostics.Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++) matches += dictionary.Matcher.FindAll(resume, new HiringKit.Scoring.PhraseHit[4096]);
        double matchUs = matchClock.Elapsed.TotalMicroseconds / rounds;
        Console.WriteLine($"{size,5} terms: matcher {matchUs:F0} us; {dictionary.Matcher.SpellingCount} spellings, {dictionary.Matcher.StateCount} states x {dictionary.Matcher.ColumnCount} columns, " +
            $"{bytes / 1048576.0:F1} MB ({(double)bytes / dictionary.Matcher.SpellingCount:F0} B a spelling), compiled in {compileMs:F0} ms; " +
            $"score {clock.Elapsed.TotalMicroseconds / rounds:F0} us, {last!.Terms.Count} terms in the answer");
        GC.KeepAlive(dictionary);
    }
    return;
}
if (args.Contains("--paired"))
{
    int rounds = NumberAfter(args, "--paired");
    Paired.Run(rounds > 0 ? rounds : Paired.DefaultRounds);
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
    // Its Ratio column against the hand-written writer is the whole answer.
    if (summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(ScoreJsonBenchmarks))) continue;
    string ratios = summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(GlossarySizeBenchmarks))
        ? Ratios.DescribeSizes(summary)
        : Ratios.Describe(summary);
    Console.WriteLine(ratios);
    File.WriteAllText(Path.Combine(summary.ResultsDirectoryPath, "ratios.md"), ratios);
}

/// <summary>The number given after an option ("--loop 60"), or 0.</summary>
static int NumberAfter(string[] args, string option) =>
    args.SkipWhile(a => a != option).Skip(1).Select(a => int.TryParse(a, out int n) ? n : 0).FirstOrDefault();

/// <summary>The targets, computed from the run's mean times, so nobody has to divide by hand.</summary>
static class Ratios
{
    /// <summary>Issue 17: compile time, and scoring at each size against scoring at one term, from the same run.</summary>
    public static string DescribeSizes(Summary summary)
    {
        var text = new StringBuilder();
        text.AppendLine("| terms | compile | score the 5 KB resume | of that at 1 term | match only | allocated per score |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|");
        BenchmarkReport? Report(int terms, string method) => summary.Reports.FirstOrDefault(r =>
            r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && (int)r.BenchmarkCase.Parameters["Terms"] == terms);
        double Mean(int terms, string method) => Report(terms, method)?.ResultStatistics?.Mean ?? double.NaN;
        double oneTerm = Mean(1, nameof(GlossarySizeBenchmarks.Score));
        foreach (int terms in summary.BenchmarksCases.Select(c => (int)c.Parameters["Terms"]).Distinct().Order())
        {
            double score = Mean(terms, nameof(GlossarySizeBenchmarks.Score));
            long? allocated = Report(terms, nameof(GlossarySizeBenchmarks.Score))?.GcStats.GetBytesAllocatedPerOperation(Report(terms, nameof(GlossarySizeBenchmarks.Score))!.BenchmarkCase);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {terms} | {Mean(terms, nameof(GlossarySizeBenchmarks.Compile)) / 1e6:F1} ms | {score / 1e3:F1} us | {score / oneTerm:F2}x | {Mean(terms, nameof(GlossarySizeBenchmarks.Match)) / 1e3:F1} us | {allocated / 1024.0:F1} KB |"));
        }
        return text.ToString();
    }

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

/// <summary>
/// The ratios from methods that take turns: each round runs every method once, in an order that
/// rotates from round to round, and each ratio is taken within its round. BenchmarkDotNet runs one
/// method's iterations, then the next method's, minutes later; on a shared VM whose speed drifts
/// by a third within a quarter of an hour, that drift lands in the ratio. Here it cancels out.
/// </summary>
static class Paired
{
    public const int DefaultRounds = 21;

    static readonly (string Name, Func<ScanBenchmarks, Func<int>> Method)[] Methods =
    [
        ("ceiling", b => b.LowercaseCopy),
        ("matcher", b => b.Matcher),
        ("matcher300", b => b.MatcherPhrasesOnly),
        ("scorer", b => b.WholeScorer),
        ("perPhrase", b => b.RegexPerPhrase),
        ("alternation", b => b.NonBacktrackingAlternation),
    ];

    public static void Run(int rounds)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Paired run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {rounds} rounds per corpus, each method once per round in rotating order; every cell is the median of the per-round ratios, with the lowest and highest round in brackets."));
        text.AppendLine();
        text.AppendLine("| corpus | matcher | matcher vs ceiling (target >= 40%) | matcher vs regex per phrase (target >= 4x) | matcher vs NonBacktracking (target >= 2x) | scorer vs ceiling (target >= 20%) |");
        text.AppendLine("|---|---|---|---|---|---|");
        // The targets are the generated corpus's; the labelled resumes show the same ratios on resumes as they come.
        foreach (var corpus in new[] { ScanBenchmarks.AllResumes, ScanBenchmarks.AsciiResumes, ScanBenchmarks.LabelledResumes })
        {
            var bench = new ScanBenchmarks { Corpus = corpus };
            bench.Setup();
            var methods = Methods.Select(m => m.Method(bench)).ToArray();
            // Past tiering: every method at its final code before anything is timed.
            for (int warm = 0; warm < 3; warm++)
                foreach (var method in methods) method();
            var times = new double[methods.Length][];
            for (int m = 0; m < methods.Length; m++) times[m] = new double[rounds];
            for (int round = 0; round < rounds; round++)
            {
                for (int k = 0; k < methods.Length; k++)
                {
                    int m = (round + k) % methods.Length;
                    // The scorer's garbage is collected before the next method's clock starts, not during it.
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var watch = Stopwatch.StartNew();
                    methods[m]();
                    times[m][round] = watch.Elapsed.TotalMilliseconds;
                }
            }
            double[] Per(int numerator, int denominator) => [.. Enumerable.Range(0, rounds).Select(r => times[numerator][r] / times[denominator][r])];
            const int ceiling = 0, scorer = 3, perPhrase = 4, alternation = 5;
            foreach (var (label, matcher) in new[] { ("full dictionary", 1), ("300 phrases only", 2) })
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {corpus} ({bench.TotalChars / 1e6:F1} M chars) | {label} | {Spread(Per(ceiling, matcher), "P0")} | {Spread(Per(perPhrase, matcher), "F1", "x")} | {Spread(Per(alternation, matcher), "F1", "x")} | {Spread(Per(ceiling, scorer), "P0")} |"));
            }
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"|   | median ms per pass | {string.Join(", ", Methods.Select((m, i) => $"{m.Name} {Median(times[i]):F1}"))} | | | |"));
            Console.WriteLine($"{corpus}: done");
        }
        Console.WriteLine(text);
        string results = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "BenchmarkDotNet.Artifacts", "results"));
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "paired.md"), text.ToString());
    }

    static string Spread(double[] ratios, string format, string unit = "") =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Median(ratios).ToString(format, CultureInfo.InvariantCulture)}{unit} ({ratios.Min().ToString(format, CultureInfo.InvariantCulture)}{unit}-{ratios.Max().ToString(format, CultureInfo.InvariantCulture)}{unit})");

    static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
