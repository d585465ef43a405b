using System.Diagnostics;
using System.Diagnostics.Metrics;
using HiringKit.Api.Infrastructure;
using HiringKit.Scoring;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// What scoring costs and what it scores against: how long a resume takes and how long it is, and the
/// compiled dictionary's size and compile time. The figures that say whether a slow score is a long
/// resume or a grown glossary.
/// </summary>
public sealed class ScoringTelemetry
{
    readonly Histogram<double> _duration;
    readonly Histogram<int> _textSize;
    readonly Histogram<double> _compileDuration;
    volatile ScoringDictionary? _compiled;

    public ScoringTelemetry(Telemetry telemetry)
    {
        var meter = telemetry.Meter;
        _duration = meter.CreateHistogram("hiringkit.scoring.duration", "s", "Time to score one resume's text (a batch records each item).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Telemetry.SecondsBuckets });
        // UTF-16 code units, as the text limit (Scoring__MaxTextLength) counts them.
        _textSize = meter.CreateHistogram("hiringkit.scoring.text_size", "{char}", "Length of each scored resume text in UTF-16 code units.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [500, 1000, 2500, 5000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000] });
        _compileDuration = meter.CreateHistogram("hiringkit.dictionary.compile.duration", "s", "Time to compile the scoring dictionary from the glossary (not counting the database read).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Telemetry.SecondsBuckets });
        meter.CreateObservableGauge("hiringkit.dictionary.terms", () => Observe(d => (long)d.Terms.Count), "{term}", "Terms in the current scoring dictionary.");
        meter.CreateObservableGauge("hiringkit.dictionary.phrases", () => Observe(d => (long)d.PhraseCount), "{phrase}", "Phrases of every term in the current scoring dictionary.");
        meter.CreateObservableGauge("hiringkit.dictionary.size", () => Observe(d => d.ApproximateBytes), "By", "Approximate memory of the current scoring dictionary's compiled tables.");
    }

    // Nothing before the first compile: a zero would read as an empty glossary.
    IEnumerable<Measurement<long>> Observe(Func<ScoringDictionary, long> figure) =>
        _compiled is { } dictionary ? [new Measurement<long>(figure(dictionary))] : [];

    /// <summary>Scores <paramref name="text"/>, in a span of its own, recording its time and length.</summary>
    public ResumeScore Score(string text, ScoringDictionary dictionary, ScoreOptions options)
    {
        using var activity = Telemetry.Source.StartActivity("score resume");
        activity?.SetTag("hiringkit.scoring.text_size", text.Length);
        long started = Stopwatch.GetTimestamp();
        var score = ResumeScorer.Score(text, dictionary, options);
        _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        _textSize.Record(text.Length);
        return score;
    }

    /// <summary>Compiles the dictionary, in a span of its own, and makes it the one the gauges describe.</summary>
    public ScoringDictionary Compile(IReadOnlyList<TermDefinition> terms)
    {
        using var activity = Telemetry.Source.StartActivity("compile scoring dictionary");
        long started = Stopwatch.GetTimestamp();
        var dictionary = ScoringDictionary.Compile(terms);
        _compileDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        activity?.SetTag("hiringkit.dictionary.terms", dictionary.Terms.Count);
        activity?.SetTag("hiringkit.dictionary.phrases", dictionary.PhraseCount);
        _compiled = dictionary;
        return dictionary;
    }
}
