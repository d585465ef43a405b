using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using HiringKit.Scoring;
using Levels = HiringKit.Api.Vocabulary.Levels;
using MediatR;
using Microsoft.Extensions.Options;

namespace HiringKit.Api.Features.ResumeScoring;

public static class ScoreResume
{
    /// <summary>Resume text to score.</summary>
    /// <param name="Text">The resume as plain text; offsets in the answer are UTF-16 offsets into exactly this string.</param>
    /// <param name="Terms">Slugs of the terms to score against; omit for every term.</param>
    /// <param name="TargetLevel">junior, mid or senior: the level you are hiring for (optional).</param>
    public sealed record Request(string? Text, IReadOnlyList<string>? Terms, [property: System.Text.Json.Serialization.JsonConverter(typeof(HiringKit.Api.Infrastructure.LowercaseChoice))] string? TargetLevel);

    public sealed record Command(string? Text, IReadOnlyList<string>? Terms, string? TargetLevel) : IRequest<ScoredResume>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ScoringLimits> limits)
        {
            RuleFor(c => c.Text).NotNull().WithMessage("text is required");
            RuleFor(c => c.Text).Must(t => t is null || t.Length <= limits.Value.MaxTextLength)
                .WithMessage($"text is longer than {limits.Value.MaxTextLength} characters")
                .WithErrorCode(ProblemHandler.PayloadTooLargeCode);
            ScoringRules.AddTermsAndLevel(this, c => c.Terms, c => c.TargetLevel);
        }
    }

    public sealed class Handler(ScoringDictionaryProvider dictionaries, ScoringTelemetry scoring, IOptions<ScoringLimits> limits) : IRequestHandler<Command, ScoredResume>
    {
        public async Task<ScoredResume> Handle(Command command, CancellationToken ct)
        {
            var dictionary = await dictionaries.GetAsync(command.Terms, ct);
            var score = scoring.Score(command.Text!, dictionary, new ScoreOptions(command.Terms?.Distinct().ToList(), command.TargetLevel));
            return AnswerBounds.Cap(null, score, limits.Value);
        }
    }
}
