using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.InterviewGuides;

public static class GetInterviewGuide
{
    /// <param name="Level">junior | mid | senior, or null for every level.</param>
    /// <param name="Format">json | markdown | html, or null to follow the Accept header.</param>
    public sealed record Query(string Slug, string? Level, string? Format = null) : IRequest<InterviewGuide>, ICachedQuery;

    /// <summary>The interview guide for every level of a term (or just the one asked for).</summary>
    public sealed record InterviewGuide(GuideTerm Term, IReadOnlyList<LevelGuide> Levels, IReadOnlyList<GuideRedFlag> RedFlags);

    public sealed record GuideTerm(string Slug, string Name, string Summary);

    /// <summary>
    /// The questions, indicators, red flags and resume keywords for one level. Asked for alone (`?level=`)
    /// it names its term; inside a whole guide's `levels` the guide names the term once, so it is left out.
    /// </summary>
    public sealed record LevelGuide(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GuideTerm? Term,
        string Level, string Label, int MinYears, int? MaxYears,
        IReadOnlyList<GuideQuestion> Questions, IReadOnlyList<GuideIndicator> Indicators,
        IReadOnlyList<GuideRedFlag> RedFlags, IReadOnlyList<string> ResumeKeywords);

    /// <summary>An interview question and what a good answer contains.</summary>
    public sealed record GuideQuestion(long Id, string Question, string ExpectedAnswer);

    /// <summary>Something a candidate at this level typically shows.</summary>
    public sealed record GuideIndicator(long Id, string Text);

    /// <summary>A warning sign, with a question that probes it when the guide has one.</summary>
    public sealed record GuideRedFlag(long Id, string Text, string? ProbeQuestion);

    public static LevelGuide ForOneLevel(InterviewGuide guide) => guide.Levels.Single() with { Term = guide.Term };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Level).Must(Levels.IsKnown).When(q => q.Level is not null).WithMessage(Levels.UnknownMessage);
            RuleFor(q => q.Format).Must(f => f is "json" or "markdown" or "html").When(q => q.Format is not null)
                .WithMessage("format must be one of: json, markdown, html");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, InterviewGuide>
    {
        const string Sql = """
            SELECT id, slug, name, summary FROM terms WHERE slug = @Slug AND deleted_at IS NULL;

            SELECT level, label, min_years AS minyears, max_years AS maxyears FROM levels
            WHERE term_id = (SELECT id FROM terms WHERE slug = @Slug AND deleted_at IS NULL)
              AND (@Level IS NULL OR level = @Level)
            ORDER BY min_years;

            SELECT id, level, question, expected_answer AS expectedanswer FROM questions
            WHERE term_id = (SELECT id FROM terms WHERE slug = @Slug AND deleted_at IS NULL)
              AND deleted_at IS NULL AND (@Level IS NULL OR level = @Level)
            ORDER BY position, id;

            SELECT id, level, text FROM indicators
            WHERE term_id = (SELECT id FROM terms WHERE slug = @Slug AND deleted_at IS NULL)
              AND deleted_at IS NULL AND (@Level IS NULL OR level = @Level)
            ORDER BY position, id;

            SELECT id, text, probe_question AS probequestion FROM red_flags
            WHERE term_id = (SELECT id FROM terms WHERE slug = @Slug AND deleted_at IS NULL) AND deleted_at IS NULL
            ORDER BY position, id;

            SELECT phrase FROM phrases
            WHERE term_id = (SELECT id FROM terms WHERE slug = @Slug AND deleted_at IS NULL) AND deleted_at IS NULL
            ORDER BY array_position(ARRAY['canonical', 'synonym', 'related'], kind), position, id;
            """;

        sealed record TermRow(long Id, string Slug, string Name, string Summary);
        sealed record LevelRow(string Level, string Label, int MinYears, int? MaxYears);
        sealed record QuestionRow(long Id, string Level, string Question, string ExpectedAnswer);
        sealed record IndicatorRow(long Id, string Level, string Text);

        public async Task<InterviewGuide> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            using var results = await conn.QueryMultipleAsync(new CommandDefinition(Sql, new { query.Slug, query.Level }, cancellationToken: ct));
            var term = await results.ReadSingleOrDefaultAsync<TermRow>()
                ?? throw new NotFoundException($"There is no term '{query.Slug}'.");
            var levels = (await results.ReadAsync<LevelRow>()).ToList();
            var questions = (await results.ReadAsync<QuestionRow>()).ToList();
            var indicators = (await results.ReadAsync<IndicatorRow>()).ToList();
            var redFlags = (await results.ReadAsync<GuideRedFlag>()).ToList();
            var keywords = (await results.ReadAsync<string>()).ToList();

            if (query.Level is not null && levels.Count == 0)
                throw new NotFoundException($"Term '{query.Slug}' has no {query.Level} level.");

            // Red flags apply at every level: each level's guide carries them so it prints on its own.
            var guides = levels.Select(l => new LevelGuide(null, l.Level, l.Label, l.MinYears, l.MaxYears,
                questions.Where(q => q.Level == l.Level).Select(q => new GuideQuestion(q.Id, q.Question, q.ExpectedAnswer)).ToList(),
                indicators.Where(i => i.Level == l.Level).Select(i => new GuideIndicator(i.Id, i.Text)).ToList(),
                redFlags, keywords)).ToList();
            return new InterviewGuide(new GuideTerm(term.Slug, term.Name, term.Summary), guides, redFlags);
        }
    }
}
