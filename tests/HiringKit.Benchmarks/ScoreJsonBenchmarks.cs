using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using HiringKit.Api.Features.ResumeScoring;
using HiringKit.Scoring;
using HiringKit.Scoring.Tests;

namespace HiringKit.Benchmarks;

/// <summary>
/// Issue 19: would System.Text.Json's source generation do as well as the API's hand-written score writer
/// (ResumeScoreJson, compiled in here from the API's own file)? Writes the load script's realistic resume's
/// score three ways into one reused buffer; the setup refuses to measure unless all three write the same bytes.
/// Run alone with: dotnet run -c Release --project tests/HiringKit.Benchmarks -- --filter '*ScoreJson*'
/// </summary>
[MemoryDiagnoser]
public class ScoreJsonBenchmarks
{
    // The API's options as far as a score is concerned: web defaults (camelCase), the default encoder.
    static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web);
    static readonly JsonSerializerOptions HandWritten = new(JsonSerializerDefaults.Web) { Converters = { new ResumeScoreJson() } };

    readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    Utf8JsonWriter _writer = null!;
    ResumeScore _score = null!;

    [GlobalSetup]
    public void Setup()
    {
        var resume = SyntheticGlossary.LoadScriptResume();
        _score = ResumeScorer.Score(resume, SeedTerms.Dictionary);
        _writer = new Utf8JsonWriter(_buffer);
        var hand = Bytes(WriteHandWritten);
        if (!hand.SequenceEqual(Bytes(WriteSourceGenerated)) || !hand.SequenceEqual(Bytes(WriteByReflection)))
            throw new InvalidOperationException("The three writers disagree: a speed comparison would compare different answers.");
        Console.WriteLine($"// score of {resume.Length} chars: {_score.Matches.Count} matches, {_score.JobTitles.Count} job titles, {hand.Length} bytes of JSON");
    }

    byte[] Bytes(Func<int> write)
    {
        write();
        return _buffer.WrittenSpan.ToArray();
    }

    [Benchmark(Baseline = true, Description = "Hand-written (ResumeScoreJson)")]
    public int WriteHandWritten()
    {
        Restart();
        JsonSerializer.Serialize(_writer, _score, HandWritten);
        return Written();
    }

    [Benchmark(Description = "Source-generated (JsonSerializerContext)")]
    public int WriteSourceGenerated()
    {
        Restart();
        JsonSerializer.Serialize(_writer, _score, ScoreJsonContext.Default.ResumeScore);
        return Written();
    }

    [Benchmark(Description = "Reflection (what the hand-written writer replaced)")]
    public int WriteByReflection()
    {
        Restart();
        JsonSerializer.Serialize(_writer, _score, Reflection);
        return Written();
    }

    void Restart()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
    }

    int Written()
    {
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ResumeScore))]
internal partial class ScoreJsonContext : JsonSerializerContext;
