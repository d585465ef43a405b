using System.Text.Json;
using System.Text.Json.Serialization;
using HiringKit.Scoring;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

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

/// <summary>The document's name for a single score's answer: the score, `omitted`, and an upload's fields when a file was sent.</summary>
public sealed class ResumeScoreResult;

/// <summary>The document's name for a file's score: the score with `extractedText`, `hiddenTextOmitted` and `hiddenCharacters`.</summary>
public sealed class ResumeFileScore;

/// <summary>
/// Describes the flat shapes <see cref="ScoredResumeConverter"/> writes, built from <see cref="ResumeScore"/>'s
/// own schema so a field added to the score appears in all three: a batch item (`id`, then the score or an
/// `error`), a text's score and a file's score.
/// </summary>
public sealed class ScoredResumeSchemas : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        bool batchItem = context.Type == typeof(ScoredResume), file = context.Type == typeof(ResumeFileScore);
        if (!batchItem && !file && context.Type != typeof(ResumeScoreResult) || schema is not OpenApiSchema target) return;

        context.SchemaGenerator.GenerateSchema(typeof(ResumeScore), context.SchemaRepository);
        var score = (OpenApiSchema)context.SchemaRepository.Schemas[nameof(ResumeScore)];
        var properties = new Dictionary<string, IOpenApiSchema>();
        var required = new HashSet<string>();
        if (batchItem)
        {
            // Echoed as sent; an item sent without one is answered with an error and no id.
            properties["id"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Your id for this resume, echoed back." };
        }
        foreach (var (name, property) in score.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            properties[name] = property;
            // A batch item that failed carries only id and error, so none of the score's fields is promised there.
            if (!batchItem && score.Required?.Contains(name) == true) required.Add(name);
        }
        properties["omitted"] = Nullable(context.SchemaGenerator.GenerateSchema(typeof(OmittedEvidence), context.SchemaRepository),
            "Evidence past the answer's caps, counted by phrase, title or reason; absent when nothing was left out.");
        if (batchItem)
            properties["error"] = Nullable(context.SchemaGenerator.GenerateSchema(typeof(ItemProblem), context.SchemaRepository),
                "Why this item could not be scored (a problem, as RFC 9457); then no score fields are present.");
        else
        {
            string when = file ? "" : " Present only when a file was sent here as multipart/form-data.";
            properties["extractedText"] = Text("The text read from the file: the offsets point into it." + when);
            properties["hiddenTextOmitted"] = new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "Whether the file hid text from a reader, which was not scored." + when };
            properties["hiddenCharacters"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "How many hidden characters were left out." + when };
            if (file) required.UnionWith(["extractedText", "hiddenTextOmitted", "hiddenCharacters"]);
        }

        target.Type = JsonSchemaType.Object;
        target.Properties = properties;
        target.Required = required;
        target.AdditionalPropertiesAllowed = false;
        target.Description = batchItem ? "One batch result, in input order: `id` with the score's fields, or `id` with `error`."
            : file ? "The score of the file's visible text, with that text." : "The score, its evidence, the seniority the resume supports and the job titles found.";
    }

    static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    static OpenApiSchema Nullable(IOpenApiSchema reference, string description) =>
        new() { AllOf = [reference], Type = JsonSchemaType.Null, Description = description }; // no type beside allOf: see OpenApi.RequiredFilter
}
