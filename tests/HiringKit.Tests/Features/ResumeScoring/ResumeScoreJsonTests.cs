using System.Text.Json;
using HiringKit.Api.Features.ResumeScoring;
using HiringKit.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace HiringKit.Tests.Features.ResumeScoring;

/// <summary>
/// The hand-written score writer must say exactly what the serializer says for the ResumeScore
/// record, which is the contract: any field added to the record and not to the writer fails here.
/// </summary>
public sealed class ResumeScoreJsonTests
{
    static IEnumerable<string> Texts()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestHost.RepoRoot, "tests", "HiringKit.Scoring.Tests", "Corpus"), "*.txt").Order())
            yield return File.ReadAllText(file);
        yield return "";
        yield return "Therapeutic alliance <script>alert('x')</script> & \"quotes\" — café, naïve, 🙂, \u0001\u001f, lone \ud800 surrogate";
        yield return "Senior counselor, 2010 – Present. 12+ years. Supervise junior counselors; no experience with the working alliance inventory.";
    }

    [Test]
    public async Task Writes_every_score_exactly_as_the_serializer_writes_the_record()
    {
        var appOptions = TestHost.App.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        Assert.That(appOptions.Converters.OfType<ResumeScoreJson>(), Is.Not.Empty, "the API writes scores with ResumeScoreJson");
        var reflectionOnly = new JsonSerializerOptions(appOptions);
        reflectionOnly.Converters.Remove(reflectionOnly.Converters.OfType<ResumeScoreJson>().Single());

        var dictionary = await TestHost.App.Services.GetRequiredService<ScoringDictionaryProvider>().GetAsync(CancellationToken.None);
        int compared = 0;
        foreach (var text in Texts())
        {
            var score = ResumeScorer.Score(text, dictionary);
            Assert.That(JsonSerializer.Serialize(score, appOptions), Is.EqualTo(JsonSerializer.Serialize(score, reflectionOnly)), text);
            compared++;
        }
        Assert.That(compared, Is.GreaterThan(30));
    }

    [Test]
    public async Task A_batch_item_is_the_score_with_its_id_beside_its_fields()
    {
        var appOptions = TestHost.App.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var dictionary = await TestHost.App.Services.GetRequiredService<ScoringDictionaryProvider>().GetAsync(CancellationToken.None);
        var score = ResumeScorer.Score("Built a strong therapeutic alliance as an LPC since 2015.", dictionary);

        using var item = JsonDocument.Parse(JsonSerializer.Serialize(new ScoredResume("candidate-7", score), appOptions));
        using var plain = JsonDocument.Parse(JsonSerializer.Serialize(score, appOptions));
        Assert.That(item.RootElement.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "id" }.Concat(plain.RootElement.EnumerateObject().Select(p => p.Name))));
        Assert.That(item.RootElement.GetProperty("matches").GetRawText(), Is.EqualTo(plain.RootElement.GetProperty("matches").GetRawText()));
    }
}
