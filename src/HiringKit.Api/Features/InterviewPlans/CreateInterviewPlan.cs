using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Features.InterviewGuides;
using HiringKit.Api.Features.ResumeScoring;
using HiringKit.Api.Infrastructure;
using HiringKit.Scoring;
using MediatR;
using Microsoft.Extensions.Options;
using Levels = HiringKit.Api.Vocabulary.Levels;

namespace HiringKit.Api.Features.InterviewPlans;

public static class CreateInterviewPlan
{
    /// <summary>A resume and the term to interview for.</summary>
    /// <param name="Text">The resume as plain text; evidence spans are UTF-16 offsets into it.</param>
    /// <param name="Term">The term's slug, e.g. therapeutic-alliance.</param>
    /// <param name="TargetLevel">junior, mid or senior: the level you are hiring for. Omit to plan for the level the resume supports.</param>
    public sealed record Request(string? Text, string? Term, [property: System.Text.Json.Serialization.JsonConverter(typeof(HiringKit.Api.Infrastructure.LowercaseChoice))] string? TargetLevel);

    public sealed record Command(string? Text, string? Term, string? TargetLevel, string? Format = null) : IRequest<InterviewPlan>;

    /// <summary>An interview plan: the guide for one level, reordered and annotated for one resume.</summary>
    /// <param name="Level">The level the plan is for.</param>
    /// <param name="LevelSource">target (you asked for it), resume (the level the resume supports) or default (junior, when the resume tells nothing).</param>
    /// <param name="Resume">What the resume shows for the term.</param>
    /// <param name="Questions">The level's questions, those probing what the resume does not show first, each with why.</param>
    /// <param name="RedFlags">The red flags to listen for.</param>
    /// <param name="IndicatorsToVerify">The level's indicators the resume gives no evidence of.</param>
    /// <param name="IndicatorsShown">The level's indicators the resume does show, with where.</param>
    public sealed record InterviewPlan(
        PlanTerm Term, string Level, string Label, string LevelSource, ResumeEvidence Resume,
        IReadOnlyList<PlannedQuestion> Questions, IReadOnlyList<PlannedRedFlag> RedFlags,
        IReadOnlyList<PlannedIndicator> IndicatorsToVerify, IReadOnlyList<PlannedIndicator> IndicatorsShown);

    public sealed record PlanTerm(string Slug, string Name);

    /// <param name="MissingComponents">Keys of the term's components the resume shows nothing of, as a score gives them (e.g. `tasks`).</param>
    /// <param name="MissingComponentNames">The same components by name, for people (e.g. "Agreement on tasks").</param>
    public sealed record ResumeEvidence(int Score, string Band, bool InsufficientText, string? SupportedLevel, double? YearsOfExperience,
        IReadOnlyList<string> MatchedPhrases, IReadOnlyList<string> MissingComponents, IReadOnlyList<string> MissingComponentNames);

    /// <param name="Focus">gap (the resume shows nothing it probes), negated, hedged, general, or verify (the resume claims it: check depth).</param>
    /// <param name="Why">Why it is here and in this place, in words for the interviewer.</param>
    /// <param name="Evidence">The resume span that triggered it, if any.</param>
    public sealed record PlannedQuestion(long Id, string Question, string ExpectedAnswer, string Focus, string Why, Span? Evidence);

    public sealed record PlannedRedFlag(long Id, string Text, string? ProbeQuestion);

    public sealed record PlannedIndicator(long Id, string Text, Span? Evidence);

    /// <summary>A piece of the resume: `text == resume.Substring(start, length)`.</summary>
    public sealed record Span(string Text, int Start, int Length);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ScoringLimits> limits)
        {
            RuleFor(c => c.Text).NotNull().WithMessage("text is required");
            RuleFor(c => c.Text).Must(t => t is null || t.Length <= limits.Value.MaxTextLength)
                .WithMessage($"text is longer than {limits.Value.MaxTextLength} characters").WithErrorCode(ProblemHandler.PayloadTooLargeCode);
            RuleFor(c => c.Term).NotEmpty().WithMessage("term is required").Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.TargetLevel).Must(Levels.IsKnown).When(c => c.TargetLevel is not null).WithMessage(Levels.UnknownMessage);
            RuleFor(c => c.Format).Must(f => f is "json" or "markdown" or "html").When(c => c.Format is not null)
                .WithMessage("format must be one of: json, markdown, html");
        }
    }

    // Gaps first, then weak claims, then what the resume claims: the interview spends its time where the resume is silent.
    static readonly string[] FocusOrder = ["gap", "negated", "hedged", "general", "verify"];

    public sealed class Handler(IMediator mediator, ScoringDictionaryProvider dictionaries) : IRequestHandler<Command, InterviewPlan>
    {
        public async Task<InterviewPlan> Handle(Command command, CancellationToken ct)
        {
            var slug = command.Term!;
            var entry = await mediator.Send(new GetTerm.Query(slug), ct);
            // The entry may be newer than the compiled dictionary for a moment (or older, in an outage).
            var dictionary = await dictionaries.GetAsync([slug], ct);
            var only = new ScoreOptions([slug]);
            var score = ResumeScorer.Score(command.Text!, dictionary, only);

            var (level, source) = command.TargetLevel is not null ? (command.TargetLevel, "target")
                : score.Level.Level is not null && entry.Levels.Any(l => l.Level == score.Level.Level) ? (score.Level.Level, "resume")
                : (entry.Levels.FirstOrDefault()?.Level ?? "junior", "default");
            var guide = GetInterviewGuide.ForOneLevel(await mediator.Send(new GetInterviewGuide.Query(slug, level), ct));

            var componentOf = entry.Phrases.Where(p => p.Component is not null).ToDictionary(p => p.Phrase, p => p.Component!);
            var componentNames = entry.Components.ToDictionary(c => c.Key, c => c.Name.ToLowerInvariant());
            var termScore = score.Terms.Single();
            var inResume = score.Matches.ToLookup(m => m.Phrase);

            var questions = guide.Questions
                .Select((q, index) => (Planned: Plan(q), Index: index))
                .OrderBy(x => Array.IndexOf(FocusOrder, x.Planned.Focus)).ThenBy(x => x.Index)
                .Select(x => x.Planned).ToList();

            var indicatorEvidence = score.Level.Evidence.Where(e => e.Reason.Contains(" indicator: ", StringComparison.Ordinal)).ToList();
            var indicators = guide.Indicators.Select(i => new PlannedIndicator(i.Id, i.Text, IndicatorSpan(i.Text))).ToList();

            return new InterviewPlan(new PlanTerm(entry.Slug, entry.Name), guide.Level, guide.Label, source,
                new ResumeEvidence(score.Score, score.Band, score.InsufficientText, score.Level.Level, score.Level.YearsOfExperience,
                    termScore.MatchedPhrases, termScore.MissingComponents,
                    termScore.MissingComponents.Select(c => componentNames.GetValueOrDefault(c, c)).ToList()),
                questions,
                guide.RedFlags.Select(f => new PlannedRedFlag(f.Id, f.Text, f.ProbeQuestion)).ToList(),
                indicators.Where(i => i.Evidence is null).ToList(),
                indicators.Where(i => i.Evidence is not null).ToList());

            PlannedQuestion Plan(GetInterviewGuide.GuideQuestion q)
            {
                // What a question probes: the term's phrases in its wording and expected answer, the specific
                // (related) ones when there are any, since nearly every question names the term itself.
                var probed = ResumeScorer.Score(q.Question + "\n" + q.ExpectedAnswer, dictionary, only).Matches
                    .Select(m => (m.Phrase, m.Kind)).Distinct().ToList();
                var specific = probed.Where(p => p.Kind == "related").Select(p => p.Phrase).ToList();
                var phrases = specific.Count > 0 ? specific : probed.Select(p => p.Phrase).ToList();

                var asserted = phrases.SelectMany(p => inResume[p]).FirstOrDefault(m => m.Assertion == Assertions.Asserted);
                if (asserted is not null)
                    return new(q.Id, q.Question, q.ExpectedAnswer, "verify", $"resume claims {asserted.Phrase}: verify depth", SpanOf(asserted));
                var hedged = phrases.SelectMany(p => inResume[p]).FirstOrDefault(m => m.Assertion is Assertions.Hedged or Assertions.Aspirational);
                if (hedged is not null)
                    return new(q.Id, q.Question, q.ExpectedAnswer, "hedged",
                        $"{(hedged.Assertion == Assertions.Hedged ? "hedged" : "aspirational")} claim: '{Clause(command.Text!, hedged)}'", SpanOf(hedged));
                var negated = phrases.SelectMany(p => inResume[p]).FirstOrDefault(m => m.Assertion == Assertions.Negated);
                if (negated is not null)
                    return new(q.Id, q.Question, q.ExpectedAnswer, "negated", $"resume says: '{Clause(command.Text!, negated)}'", SpanOf(negated));
                if (phrases.Count == 0)
                    return new(q.Id, q.Question, q.ExpectedAnswer, "general", "core question for this level", null);

                var missing = phrases.Select(p => componentOf.GetValueOrDefault(p)).OfType<string>()
                    .Where(c => termScore.MissingComponents.Contains(c)).Select(c => componentNames.GetValueOrDefault(c, c)).Distinct().ToList();
                var gap = missing.Count > 0 ? string.Join(" or ", missing) : string.Join(" or ", phrases.Take(3));
                return new(q.Id, q.Question, q.ExpectedAnswer, "gap", $"resume shows no evidence of {gap}", null);
            }

            Span? IndicatorSpan(string text)
            {
                var shown = indicatorEvidence.FirstOrDefault(e => e.Reason.EndsWith(": " + text, StringComparison.Ordinal));
                if (shown is not null) return new Span(shown.Text, shown.Start, shown.Length);
                // Indicators such as "Crisis intervention skills" are also term phrases the resume may assert.
                var phrase = ResumeScorer.Score(text, dictionary, only).Matches.Select(m => m.Phrase)
                    .SelectMany(p => inResume[p]).FirstOrDefault(m => m.Assertion == Assertions.Asserted);
                return phrase is null ? null : SpanOf(phrase);
            }
        }

        static Span SpanOf(Match m) => new(m.Text, m.Start, m.Length);

        // The words around a hedged or negated match, so the interviewer sees the wording that qualifies it.
        static string Clause(string text, Match m)
        {
            var start = m.Start;
            for (var words = 0; start > 0 && words < 5; start--)
            {
                if (".;•\n\r!?".Contains(text[start - 1])) break;
                if (text[start - 1] == ' ' && start - 1 < m.Start) words++;
            }
            return string.Join(' ', text[start..(m.Start + m.Length)].Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
