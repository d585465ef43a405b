using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using HiringKit.Scoring;
using Levels = HiringKit.Api.Features.Glossary.Levels;
using MediatR;
using Microsoft.Extensions.Options;

namespace HiringKit.Api.Features.ResumeScoring;

public static class ScoreBatch
{
    /// <summary>Many resumes in one call: each item is scored, or answered with its own error, in input order.</summary>
    /// <param name="Items">Up to 100 items (configurable), each `{ id, text }`.</param>
    /// <param name="Terms">Slugs of the terms to score against; omit for every term.</param>
    /// <param name="TargetLevel">junior, mid or senior (optional).</param>
    public sealed record Request(IReadOnlyList<Item?>? Items, IReadOnlyList<string>? Terms, string? TargetLevel);

    /// <param name="Id">Your id for this resume (e.g. the ATS candidate id); echoed back.</param>
    /// <param name="Text">The resume as plain text.</param>
    public sealed record Item(string? Id, string? Text);

    public sealed record Command(IReadOnlyList<Item?>? Items, IReadOnlyList<string>? Terms, string? TargetLevel) : IRequest<Response>;

    /// <summary>One result per item, in input order: the score with its `id`, or `{ id, error }`.</summary>
    public sealed record Response(IReadOnlyList<ScoredResume> Results);

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

    public sealed class Handler(ScoringDictionaryProvider dictionaries, IValidator<ScoreResume.Command> itemRules)
        : IRequestHandler<Command, Response>
    {
        public async Task<Response> Handle(Command command, CancellationToken ct)
        {
            var dictionary = await dictionaries.GetAsync(command.Terms, ct);
            var options = new ScoreOptions(command.Terms?.Distinct().ToList(), command.TargetLevel);

            var results = command.Items!.Select(item => ScoreOne(item, dictionary, options)).ToList();
            return new Response(results);
        }

        ScoredResume ScoreOne(Item? item, ScoringDictionary dictionary, ScoreOptions options)
        {
            if (item is null) return new ScoredResume(null, null, Invalid(new() { ["items"] = ["an item must be an object { id, text }"] }));
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(item.Id)) errors["id"] = ["id is required"];
            else if (item.Id.Length > 200) errors["id"] = ["id must be at most 200 characters"];

            var result = itemRules.Validate(new ScoreResume.Command(item.Text, null, null));
            var tooLarge = result.Errors.FirstOrDefault(e => e.ErrorCode == ProblemHandler.PayloadTooLargeCode);
            if (tooLarge is not null)
                return new ScoredResume(item.Id, null, new ItemProblem("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14", "Payload too large", 413, tooLarge.ErrorMessage));
            foreach (var failure in result.Errors) errors["text"] = [failure.ErrorMessage];
            if (errors.Count > 0) return new ScoredResume(item.Id, null, Invalid(errors));

            return new ScoredResume(item.Id, ResumeScorer.Score(item.Text!, dictionary, options));
        }

        static ItemProblem Invalid(Dictionary<string, string[]> errors) =>
            new("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1", "The item is invalid", 400,
                string.Join(" ", errors.Values.SelectMany(v => v)), errors);
    }
}
