using BenchmarkDotNet.Attributes;
using HiringKit.Scoring;
using HiringKit.Scoring.Tests;

namespace HiringKit.Benchmarks;

/// <summary>
/// Issue 17: what a glossary's size costs. Compiling the dictionary (what an HR edit waits for before
/// it scores) and scoring the load script's realistic resume, at 1, 100 and 1,000 terms of 30 phrases.
/// Run alone with: dotnet run -c Release --project tests/HiringKit.Benchmarks -- --filter '*GlossarySize*'
/// </summary>
[MemoryDiagnoser]
public class GlossarySizeBenchmarks
{
    [Params(1, 100, 1000)]
    public int Terms { get; set; }

    List<TermDefinition> _glossary = [];
    ScoringDictionary _dictionary = null!;
    string _resume = "";

    [GlobalSetup]
    public void Setup()
    {
        _glossary = SyntheticGlossary.Terms(Terms, SeedTerms.TherapeuticAlliance);
        _dictionary = ScoringDictionary.Compile(_glossary);
        _resume = SyntheticGlossary.LoadScriptResume();
    }

    [Benchmark(Description = "Compile the dictionary")]
    public int Compile() => ScoringDictionary.Compile(_glossary).PhraseCount;

    [Benchmark(Description = "Score the 5 KB resume")]
    public int Score() => ResumeScorer.Score(_resume, _dictionary).Score;

    [Benchmark(Description = "Match only (the automaton)")]
    public int Match() => _dictionary.Matcher.FindAll(_resume, new PhraseHit[1024]);
}
