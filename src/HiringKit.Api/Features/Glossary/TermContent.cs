using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using Npgsql;

namespace HiringKit.Api.Features.Glossary;

/// <summary>A term's glossary content as HR staff write it (PUT replaces all of it).</summary>
/// <param name="Name">The term as recruiters see it, e.g. "Therapeutic Alliance".</param>
/// <param name="Industry">e.g. "Mental Health Counseling".</param>
/// <param name="Summary">The definition, in plain words for a recruiter.</param>
/// <param name="WhyItMatters">Why a recruiter should care and probe it.</param>
/// <param name="Components">The parts of the term a candidate should show evidence of.</param>
/// <param name="Phrases">How the term is written on resumes; at least one canonical. Stored lowercase.</param>
/// <param name="ResumeExamples">Resume lines that show the term in use.</param>
/// <param name="TypicalJobTitles">The job titles that usually carry it.</param>
/// <param name="RelatedJobTitles">Other titles worth searching for.</param>
/// <param name="FalseFriends">Look-alikes that are not the term ("strategic alliance"); never counted by scoring.</param>
/// <param name="Slug">Read-only here: ignored (a term's slug never changes), so an entry as read can be sent back as is.</param>
/// <param name="Levels">Read-only: ignored.</param>
/// <param name="Version">Read-only: ignored; send the ETag as If-Match instead.</param>
/// <param name="UpdatedAt">Read-only: ignored.</param>
public sealed record TermBody(
    string? Name, string? Industry, string? Summary, string? WhyItMatters,
    IReadOnlyList<ComponentBody>? Components, IReadOnlyList<PhraseBody>? Phrases,
    IReadOnlyList<string>? ResumeExamples, IReadOnlyList<string>? TypicalJobTitles,
    IReadOnlyList<string>? RelatedJobTitles, IReadOnlyList<string>? FalseFriends,
    string? Slug = null, IReadOnlyList<System.Text.Json.JsonElement>? Levels = null, int? Version = null, DateTimeOffset? UpdatedAt = null);

/// <param name="Key">Lowercase-kebab key, e.g. "bond".</param>
/// <param name="Name">e.g. "Bond".</param>
/// <param name="Description">One sentence for a recruiter.</param>
public sealed record ComponentBody(string? Key, string? Name, string? Description);

/// <param name="Phrase">The phrase as it appears on resumes.</param>
/// <param name="Kind">canonical, synonym or related.</param>
/// <param name="Component">Optional: the component key this phrase is evidence of.</param>
public sealed record PhraseBody(string? Phrase, [property: System.Text.Json.Serialization.JsonConverter(typeof(HiringKit.Api.Infrastructure.LowercaseChoice))] string? Kind, string? Component);

public static class TermContent
{
    public const int MaxItems = 200;

    /// <summary>The shape rules shared by creating and changing a term.</summary>
    public static void AddRules<T>(AbstractValidator<T> validator, Func<T, TermBody?> body)
    {
        validator.RuleFor(c => body(c)).NotNull().WithMessage("a JSON body is required").DependentRules(() =>
        {
            validator.RuleFor(c => body(c)!.Name).HumanText("name", 100).OverridePropertyName("name");
            validator.RuleFor(c => body(c)!.Industry).HumanText("industry", 100).OverridePropertyName("industry");
            validator.RuleFor(c => body(c)!.Summary).HumanText("summary", 4000, multiline: true).OverridePropertyName("summary");
            // Optional: a term created without it reads back as "", and that must PUT back unchanged.
            validator.RuleFor(c => string.IsNullOrWhiteSpace(body(c)!.WhyItMatters) ? "-" : body(c)!.WhyItMatters)
                .HumanText("whyItMatters", 4000, multiline: true).OverridePropertyName("whyItMatters");

            validator.RuleFor(c => body(c)!.Phrases).NotEmpty().WithMessage("phrases must have at least the canonical phrase")
                .Must(p => p is null || p.Count <= MaxItems).WithMessage($"at most {MaxItems} phrases")
                .Must(p => p is null || p.Count(x => x?.Kind == "canonical") >= 1).WithMessage("phrases must include one of kind canonical")
                .Must(p => p is null || Distinct(p.Select(x => x?.Phrase))).WithMessage("phrases must not repeat")
                .OverridePropertyName("phrases");
            validator.RuleForEach(c => body(c)!.Phrases).NotNull().WithMessage("a phrase must be an object { phrase, kind, component? }").OverridePropertyName("phrases");
            validator.RuleForEach(c => body(c)!.Components).NotNull().WithMessage("a component must be an object { key, name, description }").OverridePropertyName("components");
            validator.RuleForEach(c => body(c)!.Phrases).ChildRules(p =>
            {
                p.RuleFor(x => x.Phrase).HumanText("phrase", 100).DictionaryEntry("phrase");
                p.RuleFor(x => x.Kind).Must(k => PhraseKinds.All.Contains(k)).WithMessage($"kind must be one of: {string.Join(", ", PhraseKinds.All)}");
            }).OverridePropertyName("phrases");
            validator.RuleForEach(c => body(c)!.Phrases)
                .Must((c, p) => p?.Component is null || (body(c)!.Components ?? []).Any(x => x?.Key == p.Component))
                .WithMessage((_, p) => $"phrase '{p?.Phrase}' names a component that is not in components")
                .OverridePropertyName("phrases");

            validator.RuleFor(c => body(c)!.Components).Must(x => x is null || (x.Count <= 20 && Distinct(x.Select(y => y?.Key)))).WithMessage("at most 20 components, with distinct keys")
                .OverridePropertyName("components");
            validator.RuleForEach(c => body(c)!.Components).ChildRules(x =>
            {
                x.RuleFor(y => y.Key).Must(Slugs.IsValid).WithMessage("key must be lowercase-kebab, e.g. goals");
                x.RuleFor(y => y.Name).HumanText("name", 100);
                x.RuleFor(y => y.Description ?? "-").HumanText("description", 1000).OverridePropertyName("description");
            }).OverridePropertyName("components");

            TextList(validator, c => body(c)!.ResumeExamples, "resumeExamples", 500);
            // Job titles and false friends are matched in resumes like phrases: no junk there either.
            TextList(validator, c => body(c)!.TypicalJobTitles, "typicalJobTitles", 150, dictionary: true);
            TextList(validator, c => body(c)!.RelatedJobTitles, "relatedJobTitles", 150, dictionary: true);
            TextList(validator, c => body(c)!.FalseFriends, "falseFriends", 100, dictionary: true);
            validator.RuleFor(c => AllTitles(body(c)!))
                .Must(Distinct).WithMessage("a job title must not appear twice").OverridePropertyName("relatedJobTitles");
        });
    }

    static void TextList<T>(AbstractValidator<T> validator, Func<T, IReadOnlyList<string>?> list, string name, int maxLength, bool dictionary = false)
    {
        validator.RuleFor(c => list(c)).Must(x => x is null || x.Count <= MaxItems).WithMessage($"at most {MaxItems} {name}")
            .Must(x => x is null || Distinct(x)).WithMessage($"{name} must not repeat").OverridePropertyName(name);
        var each = validator.RuleForEach(c => list(c)).HumanText(name, maxLength);
        if (dictionary) each.DictionaryEntry(name);
        each.OverridePropertyName(name);
    }

    static IEnumerable<string> AllTitles(TermBody body) => (body.TypicalJobTitles ?? []).Concat(body.RelatedJobTitles ?? []);

    static bool Distinct(IEnumerable<string?> items)
    {
        var list = items.Select(i => i?.Trim().ToLowerInvariant()).ToList();
        return list.Distinct().Count() == list.Count;
    }

    /// <summary>
    /// Replaces the term's child collections with the body's. Old rows are soft-deleted rather than
    /// overwritten: history keeps them and seed loading, which remembers what it loaded, leaves them alone.
    /// </summary>
    public static async Task ReplaceChildrenAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long termId, TermBody body, string actor, CancellationToken ct)
    {
        const string Retire = """
            UPDATE phrases SET deleted_at = now(), updated_by = @actor WHERE term_id = @termId AND deleted_at IS NULL;
            UPDATE components SET deleted_at = now(), updated_by = @actor WHERE term_id = @termId AND deleted_at IS NULL;
            UPDATE false_friends SET deleted_at = now(), updated_by = @actor WHERE term_id = @termId AND deleted_at IS NULL;
            UPDATE resume_examples SET deleted_at = now(), updated_by = @actor WHERE term_id = @termId AND deleted_at IS NULL;
            UPDATE job_titles SET deleted_at = now(), updated_by = @actor WHERE term_id = @termId AND deleted_at IS NULL;
            """;
        await conn.ExecuteAsync(new CommandDefinition(Retire, new { termId, actor }, tx, cancellationToken: ct));

        // components.key is unique per term even among retired rows, so a kept component is revived, not duplicated.
        foreach (var (component, position) in (body.Components ?? []).Select((c, i) => (c, i)))
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO components (term_id, key, name, description, position, updated_by)
                VALUES (@termId, @Key, @Name, @Description, @position, @actor)
                ON CONFLICT (term_id, key) DO UPDATE
                SET name = excluded.name, description = excluded.description, position = excluded.position,
                    deleted_at = NULL, version = components.version + 1, updated_at = now(), updated_by = excluded.updated_by
                """, new { termId, component.Key, Name = component.Name!.Trim(), Description = component.Description?.Trim() ?? "", position, actor }, tx, cancellationToken: ct));

        foreach (var (phrase, position) in (body.Phrases ?? []).Select((p, i) => (p, i)))
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO phrases (term_id, phrase, kind, component_id, position, updated_by)
                VALUES (@termId, @phrase, @Kind, (SELECT id FROM components WHERE term_id = @termId AND key = @Component), @position, @actor)
                """, new { termId, phrase = phrase.Phrase!.Trim().ToLowerInvariant(), phrase.Kind, phrase.Component, position, actor }, tx, cancellationToken: ct));

        foreach (var (text, position) in (body.ResumeExamples ?? []).Select((t, i) => (t, i)))
            await conn.ExecuteAsync(new CommandDefinition(
                "INSERT INTO resume_examples (term_id, text, position, updated_by) VALUES (@termId, @text, @position, @actor)",
                new { termId, text = text.Trim(), position, actor }, tx, cancellationToken: ct));

        var titles = (body.TypicalJobTitles ?? []).Select(t => (Title: t, Kind: "typical")).Concat((body.RelatedJobTitles ?? []).Select(t => (Title: t, Kind: "related")));
        foreach (var ((title, kind), position) in titles.Select((t, i) => (t, i)))
            await conn.ExecuteAsync(new CommandDefinition(
                "INSERT INTO job_titles (term_id, title, kind, position, updated_by) VALUES (@termId, @title, @kind, @position, @actor)",
                new { termId, title = title.Trim(), kind, position, actor }, tx, cancellationToken: ct));

        foreach (var (phrase, position) in (body.FalseFriends ?? []).Select((p, i) => (p, i)))
            await conn.ExecuteAsync(new CommandDefinition(
                "INSERT INTO false_friends (term_id, phrase, position, updated_by) VALUES (@termId, @phrase, @position, @actor)",
                new { termId, phrase = phrase.Trim().ToLowerInvariant(), position, actor }, tx, cancellationToken: ct));
    }
}
