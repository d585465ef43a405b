using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using HiringKit.Scoring;
using Levels = HiringKit.Api.Features.Glossary.Levels;
using MediatR;
using Microsoft.Extensions.Options;

namespace HiringKit.Api.Features.ResumeScoring;

public static class ScoreResume
{
    /// <summary>Resume text to score.</summary>
    /// <param name="Text">The resume as plain text; offsets in the answer are UTF-16 offsets into exactly this string.</param>
    /// <param name="Terms">Slugs of the terms to score against; omit for every term.</param>
    /// <param name="TargetLevel">junior, mid or senior: the level you are hiring for (optional).</param>
    public sealed record Request(string? Text, IReadOnlyList<string>? Terms, string? TargetLevel);

    public sealed record Command(string? Text, IReadOnlyList<string>? Terms, string? TargetLevel) : IRequest<ResumeScore>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ScoringLimits> limits)
        {
            RuleFor(c => c.Text).NotNull().WithMessage("text is required");
            RuleFor(c => c.Text).Must(t => t is null || t.Length <= limits.Value.MaxTextLength)
                .WithMessage($"text is longer than {limits.Value.MaxTextLength} characters")
                .WithErrorCode(ProblemHandler.PayloadTooLargeCode);
            RuleFor(c => c.Terms).Must(t => t is null || t.Count <= 50).WithMessage("at most 50 terms");
            RuleForEach(c => c.Terms).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.TargetLevel).Must(Levels.IsKnown).When(c => c.TargetLevel is not null).WithMessage(Levels.UnknownMessage);
        }
    }

    public sealed class Handler(ScoringDictionaryProvider dictionaries) : IRequestHandler<Command, ResumeScore>
    {
        public async Task<ResumeScore> Handle(Command command, CancellationToken ct)
        {
            var dictionary = await dictionaries.GetAsync(ct);
            var unknown = command.Terms?.FirstOrDefault(slug => dictionary.Terms.All(t => t.Slug != slug));
            if (unknown is not null) throw new NotFoundException($"There is no term '{unknown}'.");
            return ResumeScorer.Score(command.Text!, dictionary, new ScoreOptions(command.Terms?.Distinct().ToList(), command.TargetLevel));
        }
    }
}
