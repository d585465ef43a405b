using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Glossary;

public static class GetTerm
{
    public sealed record Query(string Slug) : IRequest<TermEntry>, ICachedQuery;

    /// <summary>A glossary entry: what the term means, how it shows up on resumes, and who has it.</summary>
    public sealed record TermEntry(
        string Slug,
        string Name,
        string Industry,
        string Summary,
        string WhyItMatters,
        IReadOnlyList<TermComponent> Components,
        IReadOnlyList<TermPhrase> Phrases,
        IReadOnlyList<string> ResumeExamples,
        IReadOnlyList<string> TypicalJobTitles,
        IReadOnlyList<string> RelatedJobTitles,
        IReadOnlyList<string> FalseFriends,
        IReadOnlyList<TermLevel> Levels,
        int Version,
        DateTimeOffset UpdatedAt);

    /// <summary>A part of the term a candidate should show evidence of (e.g. bond, goals, tasks).</summary>
    public sealed record TermComponent(string Key, string Name, string Description);

    /// <summary>A way the term is written on resumes. kind: canonical | synonym | related.</summary>
    public sealed record TermPhrase(string Phrase, string Kind, string? Component);

    /// <summary>A seniority level and its years of experience; maxYears is null for the open-ended top level.</summary>
    public sealed record TermLevel(string Level, string Label, int MinYears, int? MaxYears);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, TermEntry>
    {
        const string Sql = """
            SELECT id, slug, name, industry, summary, why_it_matters AS whyitmatters, version, updated_at AS updatedat
            FROM terms WHERE slug = @Slug AND deleted_at IS NULL;

            SELECT c.key, c.name, c.description
            FROM components c JOIN terms t ON t.id = c.term_id
            WHERE t.slug = @Slug AND c.deleted_at IS NULL ORDER BY c.position, c.id;

            SELECT p.phrase, p.kind, c.key AS component
            FROM phrases p JOIN terms t ON t.id = p.term_id LEFT JOIN components c ON c.id = p.component_id
            WHERE t.slug = @Slug AND p.deleted_at IS NULL
            ORDER BY array_position(ARRAY['canonical', 'synonym', 'related'], p.kind), p.position, p.id;

            SELECT r.text FROM resume_examples r JOIN terms t ON t.id = r.term_id
            WHERE t.slug = @Slug AND r.deleted_at IS NULL ORDER BY r.position, r.id;

            SELECT j.title, j.kind FROM job_titles j JOIN terms t ON t.id = j.term_id
            WHERE t.slug = @Slug AND j.deleted_at IS NULL ORDER BY j.position, j.id;

            SELECT f.phrase FROM false_friends f JOIN terms t ON t.id = f.term_id
            WHERE t.slug = @Slug AND f.deleted_at IS NULL ORDER BY f.position, f.id;

            SELECT l.level, l.label, l.min_years AS minyears, l.max_years AS maxyears FROM levels l JOIN terms t ON t.id = l.term_id
            WHERE t.slug = @Slug ORDER BY l.min_years;
            """;

        sealed record TermRow(long Id, string Slug, string Name, string Industry, string Summary, string WhyItMatters, int Version, DateTime UpdatedAt);

        public async Task<TermEntry> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            return await LoadAsync(conn, query.Slug, null, ct) ?? throw new NotFoundException($"There is no term '{query.Slug}'.");
        }

        /// <summary>The live entry, or null. Term writes use it too, for their answer and their history rows.</summary>
        public static async Task<TermEntry?> LoadAsync(NpgsqlConnection conn, string slug, NpgsqlTransaction? tx, CancellationToken ct)
        {
            using var results = await conn.QueryMultipleAsync(new CommandDefinition(Sql, new { Slug = slug }, tx, cancellationToken: ct));
            var term = await results.ReadSingleOrDefaultAsync<TermRow>();
            if (term is null) return null;
            var components = (await results.ReadAsync<TermComponent>()).ToList();
            var phrases = (await results.ReadAsync<TermPhrase>()).ToList();
            var examples = (await results.ReadAsync<string>()).ToList();
            var titles = (await results.ReadAsync<(string Title, string Kind)>()).ToList();
            var falseFriends = (await results.ReadAsync<string>()).ToList();
            var levels = (await results.ReadAsync<TermLevel>()).ToList();

            return new TermEntry(term.Slug, term.Name, term.Industry, term.Summary, term.WhyItMatters,
                components, phrases, examples,
                titles.Where(t => t.Kind == "typical").Select(t => t.Title).ToList(),
                titles.Where(t => t.Kind == "related").Select(t => t.Title).ToList(),
                falseFriends, levels, term.Version, Timestamps.Utc(term.UpdatedAt));
        }
    }
}
