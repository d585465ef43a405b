using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using HiringKit.Scoring;
using Levels = HiringKit.Api.Vocabulary.Levels;
using MediatR;
using Microsoft.Extensions.Options;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HiringKit.Api.Features.ResumeScoring;

public static class ScoreBatch
{
    /// <summary>Many resumes in one call: each item is scored, or answered with its own error, in input order.</summary>
    /// <param name="Items">Up to 100 items (configurable), each `{ id, text }`.</param>
    /// <param name="Terms">Slugs of the terms to score against; omit for every term.</param>
    /// <param name="TargetLevel">junior, mid or senior (optional).</param>
    public sealed record Request([property: JsonConverter(typeof(ItemsJson))] IReadOnlyList<Item?>? Items, IReadOnlyList<string>? Terms, [property: System.Text.Json.Serialization.JsonConverter(typeof(HiringKit.Api.Infrastructure.LowercaseChoice))] string? TargetLevel);

    /// <param name="Id">Your id for this resume (e.g. the ATS candidate id); echoed back.</param>
    /// <param name="Text">The resume as plain text.</param>
    public sealed record Item(string? Id, string? Text)
    {
        /// <summary>What was wrong with the item's JSON (a number for text, an unknown field ...), by field.</summary>
        [JsonIgnore]
        public Dictionary<string, string[]>? ShapeErrors { get; init; }
    }

    /// <summary>
    /// Reads the items one by one and never fails the batch for one item's shape: a wrong type or an
    /// unknown field becomes that item's own 400, as a missing text does. Broken JSON still fails the whole
    /// request, since nothing after the break can be read.
    /// </summary>
    public sealed class ItemsJson : JsonConverter<IReadOnlyList<Item?>>
    {
        public override IReadOnlyList<Item?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("items must be an array of { id, text }");
            var items = new List<Item?>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                items.Add(ReadItem(ref reader));
            return items;
        }

        static Item? ReadItem(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return new Item(null, null) { ShapeErrors = new() { ["items"] = ["an item must be an object { id, text }"] } };
            }
            string? id = null, text = null;
            var errors = new Dictionary<string, string[]>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                // Matched without regard to case, as the serializer matches every other body's fields.
                string name = reader.GetString()!;
                if (name.Equals("id", StringComparison.OrdinalIgnoreCase)) name = "id";
                else if (name.Equals("text", StringComparison.OrdinalIgnoreCase)) name = "text";
                reader.Read();
                switch (name)
                {
                    case "id" or "text" when reader.TokenType is JsonTokenType.String or JsonTokenType.Null:
                        if (!TryGetString(ref reader, out var value)) errors[name] = [$"{name} contains an invalid character (a lone UTF-16 surrogate)"];
                        else if (name == "id") id = value;
                        else text = value;
                        break;
                    case "id" or "text": errors[name] = [$"{name} must be a string"]; break;
                    // Refused, not ignored, as everywhere in the API: a misspelt "txt" must not score an empty resume.
                    default: errors[name] = [$"unknown field '{name}'; an item has id and text"]; break;
                }
                reader.Skip();
            }
            return new Item(id, text) { ShapeErrors = errors.Count > 0 ? errors : null };
        }

        /// <summary>The reader refuses an escaped lone surrogate ("\ud800"); here that fails the item, not the batch.</summary>
        static bool TryGetString(ref Utf8JsonReader reader, out string? value)
        {
            try
            {
                value = reader.GetString();
                return true;
            }
            catch (InvalidOperationException)
            {
                value = null;
                return false;
            }
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<Item?> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToList(), options);
    }

    public sealed record Command(IReadOnlyList<Item?>? Items, IReadOnlyList<string>? Terms, string? TargetLevel) : IRequest<Response>;

    /// <summary>One result per item, in input order: the score with its `id`, or `{ id, error }`.</summary>
    /// <param name="Results">
    /// Scored as the answer is written, one item at a time: the answer streams out and is never held
    /// whole in memory (a 4 MB batch once built an 85 MB answer before sending a byte).
    /// </param>
    public sealed record Response(IEnumerable<ScoredResume> Results);

    public sealed class Validator : AbstractValidator<Command>
    {
        // Only what applies to the whole batch; each item is checked on its own so one bad item fails alone.
        public Validator(IOptions<ScoringLimits> limits)
        {
            RuleFor(c => c.Items).NotEmpty().WithMessage("items must hold at least one resume");
            RuleFor(c => c.Items).Must(i => i is null || i.Count <= limits.Value.MaxBatchItems)
                .WithMessage($"a batch holds at most {limits.Value.MaxBatchItems} items")
                .WithErrorCode(ProblemHandler.PayloadTooLargeCode);
            ScoringRules.AddTermsAndLevel(this, c => c.Terms, c => c.TargetLevel);
        }
    }

    public sealed class Handler(ScoringDictionaryProvider dictionaries, ScoringTelemetry scoring, IValidator<ScoreResume.Command> itemRules, IOptions<ScoringLimits> limits)
        : IRequestHandler<Command, Response>
    {
        public async Task<Response> Handle(Command command, CancellationToken ct)
        {
            var dictionary = await dictionaries.GetAsync(command.Terms, ct);
            var options = new ScoreOptions(command.Terms?.Distinct().ToList(), command.TargetLevel);

            // The items are scored as the answer is written. A batch built to be slow (thousands of one phrase in each of 100
            // texts) once ran past the request timeout, which cut the answer off mid-array: past the budget, each item left is
            // answered on its own instead, and the array closes.
            var budget = TimeSpan.FromSeconds(limits.Value.BatchSeconds);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            return new Response(command.Items!.Select(item => clock.Elapsed < budget ? ScoreOne(item, dictionary, options) : NotReached(item)));
        }

        ScoredResume NotReached(Item? item) =>
            new(item?.Id, null, new ItemProblem(ProblemKinds.Unavailable.Type, ProblemKinds.Unavailable.Title, ProblemKinds.Unavailable.Status,
                $"Not scored: the batch took longer than its {limits.Value.BatchSeconds:0.#} s for scoring; send this resume again, in a smaller batch.",
                TraceId()));

        ScoredResume ScoreOne(Item? item, ScoringDictionary dictionary, ScoreOptions options)
        {
            if (item is null) return new ScoredResume(null, null, Invalid(new() { ["items"] = ["an item must be an object { id, text }"] }));
            var errors = item.ShapeErrors ?? [];
            if (!errors.ContainsKey("id") && string.IsNullOrWhiteSpace(item.Id)) errors["id"] = ["id is required"];
            else if (item.Id?.Length > 200) errors["id"] = ["id must be at most 200 characters"];

            var result = itemRules.Validate(new ScoreResume.Command(item.Text, null, null));
            var tooLarge = result.Errors.FirstOrDefault(e => e.ErrorCode == ProblemHandler.PayloadTooLargeCode);
            if (tooLarge is not null)
                return new ScoredResume(item.Id, null, new ItemProblem(ProblemKinds.TooLarge.Type, ProblemKinds.TooLarge.Title, ProblemKinds.TooLarge.Status, tooLarge.ErrorMessage, TraceId()));
            foreach (var failure in result.Errors) errors.TryAdd("text", [failure.ErrorMessage]);
            if (errors.Count > 0) return new ScoredResume(item.Id, null, Invalid(errors));

            return AnswerBounds.Cap(item.Id, scoring.Score(item.Text!, dictionary, options), limits.Value);
        }

        static ItemProblem Invalid(Dictionary<string, string[]> errors) =>
            new(ProblemKinds.Validation.Type, ProblemKinds.Validation.Title, ProblemKinds.Validation.Status,
                string.Join(" ", errors.Values.SelectMany(v => v)), TraceId(), errors);

        // The request's, as in every problem the API writes: quoting it finds the request in the logs.
        static string TraceId() => System.Diagnostics.Activity.Current?.Id ?? "";
    }
}
