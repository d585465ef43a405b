using System.Text.Json;
using System.Text.Json.Serialization;
using HiringKit.Scoring;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// A score as the API writes it when it carries more than the score: a batch item's `id` (or its
/// `error` instead of a score), an upload's `extractedText` and whether hidden text was left out. The contract puts these beside the score's
/// own fields rather than nesting it, so this writes them flat.
/// </summary>
[JsonConverter(typeof(ScoredResumeConverter))]
public sealed record ScoredResume(string? Id, ResumeScore? Score, ItemProblem? Error = null, string? ExtractedText = null, int HiddenCharacters = 0)
{
    /// <summary>Evidence past the answer's caps, counted (see <see cref="AnswerBounds"/>); null when nothing was left out.</summary>
    public OmittedEvidence? Omitted { get; init; }
}

/// <summary>Why one batch item could not be scored; the other items are unaffected.</summary>
public sealed record ItemProblem(string Type, string Title, int Status, string Detail, string TraceId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string[]>? Errors = null);

public sealed class ScoredResumeConverter : JsonConverter<ScoredResume>
{
    public override ScoredResume Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("ScoredResume is written, not read.");

    public override void Write(Utf8JsonWriter writer, ScoredResume value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Id is not null) writer.WriteString(Name("Id", options), value.Id);
        if (value.Score is not null) ResumeScoreJson.WriteProperties(writer, value.Score);
        if (value.Omitted is not null)
        {
            writer.WritePropertyName(Name("Omitted", options));
            JsonSerializer.Serialize(writer, value.Omitted, options);
        }
        if (value.Error is not null)
        {
            writer.WritePropertyName(Name("Error", options));
            JsonSerializer.Serialize(writer, value.Error, options);
        }
        if (value.ExtractedText is not null)
        {
            writer.WriteString(Name("ExtractedText", options), value.ExtractedText);
            // Said even when false, so an ATS can show "hidden text was left out" without guessing at absence.
            writer.WriteBoolean(Name("HiddenTextOmitted", options), value.HiddenCharacters > 0);
            writer.WriteNumber(Name("HiddenCharacters", options), value.HiddenCharacters);
        }
        writer.WriteEndObject();
    }

    static string Name(string property, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(property) ?? property;
}
