using Dapper;
using FluentValidation;
using Npgsql;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace HiringKit.Api.Infrastructure;

/// <summary>
/// Loads seed-data/terms/*.yaml. Each item is claimed once by a stable seed key in seed_items, in the
/// same transaction as its insert; a claimed key is never loaded again. That is what makes loading
/// idempotent and keeps it from overwriting or resurrecting anything HR staff edited or deleted.
/// </summary>
public sealed class SeedLoader(NpgsqlDataSource db, IConfiguration config, IHostEnvironment env, ILogger<SeedLoader> log)
{
    const string SeedAuthor = "seed";

    public async Task LoadAsync(CancellationToken ct)
    {
        var folder = SeedFolder();
        if (folder is null)
        {
            log.LogWarning("No seed-data folder found (set Seed__Path); starting without seed content");
            return;
        }

        var files = Directory.GetFiles(Path.Combine(folder, "terms"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        var terms = files.Select(ParseAndValidate).ToList();

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        // Same lock as migrations: two instances starting together must not both claim and insert.
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Key)", new { Key = MigrationRunner.StartupLockKey }, tx, commandTimeout: 0, cancellationToken: ct));
        var inserted = 0;
        foreach (var term in terms)
            inserted += await LoadTermAsync(conn, tx, term);
        await tx.CommitAsync(ct);
        log.LogInformation("Seed data from {Folder}: {Files} term file(s), {Inserted} new item(s)", folder, files.Count, inserted);
    }

    public string? SeedFolder()
    {
        var configured = config["Seed:Path"];
        if (!string.IsNullOrWhiteSpace(configured))
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : throw new InvalidOperationException($"Seed:Path '{configured}' does not exist.");

        // Development convenience: `dotnet run` from any folder of the repository finds the repo's seed-data.
        foreach (var start in new[] { env.ContentRootPath, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed-data");
                if (Directory.Exists(Path.Combine(candidate, "terms"))) return candidate;
            }
        }
        return null;
    }

    static SeedTerm ParseAndValidate(string file)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        SeedTerm term;
        try
        {
            term = yaml.Deserialize<SeedTerm>(File.ReadAllText(file)) ?? throw new InvalidOperationException("the file is empty");
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            throw new InvalidOperationException($"Seed file {file} cannot be read: {e.Message}", e);
        }

        var result = new SeedTermValidator().Validate(term);
        if (!result.IsValid)
            throw new InvalidOperationException($"Seed file {file} is invalid: " + string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
        return term;
    }

    static async Task<int> LoadTermAsync(NpgsqlConnection conn, NpgsqlTransaction tx, SeedTerm term)
    {
        var prefix = $"term:{term.Slug}";
        var inserted = 0;

        async Task<bool> Claim(string key) =>
            await conn.ExecuteAsync("INSERT INTO seed_items (seed_key) VALUES (@key) ON CONFLICT DO NOTHING", new { key }, tx) == 1;

        if (await Claim(prefix))
        {
            inserted += await conn.ExecuteAsync("""
                INSERT INTO terms (slug, name, industry, summary, why_it_matters, updated_by)
                VALUES (@Slug, @Name, @Industry, @Summary, @WhyItMatters, @SeedAuthor)
                ON CONFLICT (slug) DO NOTHING
                """, new { term.Slug, term.Name, term.Industry, Summary = term.Summary.Trim(), WhyItMatters = term.WhyItMatters.Trim(), SeedAuthor }, tx);
        }

        var termRow = await conn.QuerySingleOrDefaultAsync<(long Id, bool Deleted)>(
            "SELECT id, deleted_at IS NOT NULL FROM terms WHERE slug = @Slug", new { term.Slug }, tx);
        // A term deleted through the API stays deleted, and so does everything under it.
        if (termRow.Id == 0 || termRow.Deleted) return inserted;
        var termId = termRow.Id;
        var termCreatedNow = inserted > 0;

        foreach (var (component, position) in term.Components.Select((c, i) => (c, i)))
        {
            if (!await Claim($"{prefix}:component:{component.Key}")) continue;
            inserted += await conn.ExecuteAsync("""
                INSERT INTO components (term_id, key, name, description, position, updated_by)
                VALUES (@termId, @Key, @Name, @Description, @position, @SeedAuthor)
                ON CONFLICT (term_id, key) DO NOTHING
                """, new { termId, component.Key, component.Name, Description = component.Description.Trim(), position, SeedAuthor }, tx);
        }

        foreach (var level in term.Levels)
        {
            if (!await Claim($"{prefix}:level:{level.Level}")) continue;
            inserted += await conn.ExecuteAsync("""
                INSERT INTO levels (term_id, level, label, min_years, max_years, updated_by)
                VALUES (@termId, @Level, @Label, @MinYears, @MaxYears, @SeedAuthor)
                ON CONFLICT (term_id, level) DO NOTHING
                """, new { termId, level.Level, level.Label, level.MinYears, level.MaxYears, SeedAuthor }, tx);
        }

        foreach (var (phrase, position) in term.Phrases.Select((p, i) => (p, i)))
        {
            if (!await Claim($"{prefix}:phrase:{phrase.Phrase}")) continue;
            inserted += await conn.ExecuteAsync("""
                INSERT INTO phrases (term_id, phrase, kind, component_id, position, updated_by)
                SELECT @termId, @Phrase, @Kind, (SELECT id FROM components WHERE term_id = @termId AND key = @Component), @position, @SeedAuthor
                WHERE NOT EXISTS (SELECT 1 FROM phrases WHERE term_id = @termId AND phrase = @Phrase AND deleted_at IS NULL)
                """, new { termId, phrase.Phrase, phrase.Kind, phrase.Component, position, SeedAuthor }, tx);
        }

        foreach (var (phrase, position) in term.FalseFriends.Select((p, i) => (p, i)))
        {
            if (!await Claim($"{prefix}:false-friend:{phrase}")) continue;
            inserted += await conn.ExecuteAsync("""
                INSERT INTO false_friends (term_id, phrase, position, updated_by)
                SELECT @termId, @phrase, @position, @SeedAuthor
                WHERE NOT EXISTS (SELECT 1 FROM false_friends WHERE term_id = @termId AND phrase = @phrase AND deleted_at IS NULL)
                """, new { termId, phrase, position, SeedAuthor }, tx);
        }

        foreach (var (text, position) in term.ResumeExamples.Select((t, i) => (t, i)))
        {
            if (!await Claim($"{prefix}:resume-example:{text}")) continue;
            inserted += await conn.ExecuteAsync("""
                INSERT INTO resume_examples (term_id, text, position, updated_by) VALUES (@termId, @text, @position, @SeedAuthor)
                """, new { termId, text, position, SeedAuthor }, tx);
        }

        var titles = term.TypicalJobTitles.Select(t => (Title: t, Kind: "typical"))
            .Concat(term.RelatedJobTitles.Select(t => (Title: t, Kind: "related")));
        foreach (var ((title, kind), position) in titles.Select((t, i) => (t, i)))
        {
            if (!await Claim($"{prefix}:job-title:{title.ToLowerInvariant()}")) continue;
            inserted += await conn.ExecuteAsync("""
                INSERT INTO job_titles (term_id, title, kind, position, updated_by)
                SELECT @termId, @title, @kind, @position, @SeedAuthor
                WHERE NOT EXISTS (SELECT 1 FROM job_titles WHERE term_id = @termId AND lower(title) = lower(@title) AND deleted_at IS NULL)
                """, new { termId, title, kind, position, SeedAuthor }, tx);
        }

        foreach (var level in term.Levels)
        {
            foreach (var (question, position) in level.Questions.Select((q, i) => (q, i)))
            {
                if (!await Claim($"{prefix}:question:{question.Key}")) continue;
                inserted += await conn.ExecuteAsync("""
                    INSERT INTO questions (term_id, level, question, expected_answer, position, updated_by)
                    SELECT @termId, @Level, @Question, @ExpectedAnswer, @position, @SeedAuthor
                    WHERE NOT EXISTS (SELECT 1 FROM questions WHERE term_id = @termId AND level = @Level
                                      AND lower(question) = lower(@Question) AND deleted_at IS NULL)
                    """, new { termId, level.Level, question.Question, question.ExpectedAnswer, position, SeedAuthor }, tx);
            }

            foreach (var (indicator, position) in level.Indicators.Select((x, i) => (x, i)))
            {
                if (!await Claim($"{prefix}:indicator:{indicator.Key}")) continue;
                inserted += await conn.ExecuteAsync("""
                    INSERT INTO indicators (term_id, level, text, position, updated_by)
                    SELECT @termId, @Level, @Text, @position, @SeedAuthor
                    WHERE NOT EXISTS (SELECT 1 FROM indicators WHERE term_id = @termId AND level = @Level
                                      AND lower(text) = lower(@Text) AND deleted_at IS NULL)
                    """, new { termId, level.Level, indicator.Text, position, SeedAuthor }, tx);
            }
        }

        foreach (var (flag, position) in term.RedFlags.Select((f, i) => (f, i)))
        {
            if (!await Claim($"{prefix}:red-flag:{flag.Key}")) continue;
            inserted += await conn.ExecuteAsync("""
                INSERT INTO red_flags (term_id, text, probe_question, position, updated_by)
                SELECT @termId, @Text, @ProbeQuestion, @position, @SeedAuthor
                WHERE NOT EXISTS (SELECT 1 FROM red_flags WHERE term_id = @termId AND lower(text) = lower(@Text) AND deleted_at IS NULL)
                """, new { termId, flag.Text, flag.ProbeQuestion, position, SeedAuthor }, tx);
        }

        // New seed items under an existing term change its entry: a new version makes ETags and If-Match see that.
        if (inserted > 0 && !termCreatedNow)
            await conn.ExecuteAsync("UPDATE terms SET version = version + 1, updated_at = now() WHERE id = @termId", new { termId }, tx);

        return inserted;
    }
}

// The YAML shape of one term file (seed-data/terms/*.yaml). Mutable because YamlDotNet fills it in.
public sealed class SeedTerm
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Industry { get; set; } = "";
    public string Summary { get; set; } = "";
    public string WhyItMatters { get; set; } = "";
    public List<SeedComponent> Components { get; set; } = [];
    public List<SeedPhrase> Phrases { get; set; } = [];
    public List<string> FalseFriends { get; set; } = [];
    public List<string> ResumeExamples { get; set; } = [];
    public List<string> TypicalJobTitles { get; set; } = [];
    public List<string> RelatedJobTitles { get; set; } = [];
    public List<SeedLevel> Levels { get; set; } = [];
    public List<SeedRedFlag> RedFlags { get; set; } = [];
}

public sealed class SeedComponent { public string Key { get; set; } = ""; public string Name { get; set; } = ""; public string Description { get; set; } = ""; }
public sealed class SeedPhrase { public string Phrase { get; set; } = ""; public string Kind { get; set; } = ""; public string? Component { get; set; } }
public sealed class SeedQuestion { public string Key { get; set; } = ""; public string Question { get; set; } = ""; public string ExpectedAnswer { get; set; } = ""; }
public sealed class SeedIndicator { public string Key { get; set; } = ""; public string Text { get; set; } = ""; }
public sealed class SeedRedFlag { public string Key { get; set; } = ""; public string Text { get; set; } = ""; public string? ProbeQuestion { get; set; } }

public sealed class SeedLevel
{
    public string Level { get; set; } = "";
    public string Label { get; set; } = "";
    public int MinYears { get; set; }
    public int? MaxYears { get; set; }
    public List<SeedQuestion> Questions { get; set; } = [];
    public List<SeedIndicator> Indicators { get; set; } = [];
}

/// <summary>A broken seed file stops start-up with the file and field named, instead of half-loading.</summary>
public sealed class SeedTermValidator : AbstractValidator<SeedTerm>
{
    public SeedTermValidator()
    {
        RuleFor(t => t.Slug).Matches(Slugs.Pattern).WithMessage("slug must be lowercase-kebab, e.g. therapeutic-alliance");
        RuleFor(t => t.Name).NotEmpty();
        RuleFor(t => t.Industry).NotEmpty();
        RuleFor(t => t.Summary).NotEmpty();
        RuleForEach(t => t.Components).ChildRules(c =>
        {
            c.RuleFor(x => x.Key).Matches(Slugs.Pattern);
            c.RuleFor(x => x.Name).NotEmpty();
        });
        RuleForEach(t => t.Phrases).ChildRules(p =>
        {
            p.RuleFor(x => x.Phrase).NotEmpty().Must(x => x == x.ToLowerInvariant()).WithMessage("phrases are stored lowercase").DictionaryEntry("phrase");
            p.RuleFor(x => x.Kind).Must(PhraseKinds.All.Contains).WithMessage($"kind must be one of: {string.Join(", ", PhraseKinds.All)}");
        });
        RuleForEach(t => t.Phrases).Must((term, p) => p.Component is null || term.Components.Any(c => c.Key == p.Component))
            .WithMessage((_, p) => $"phrase '{p.Phrase}' names unknown component '{p.Component}'");
        RuleFor(t => t.Phrases.Select(p => p.Phrase)).Must(p => p.Distinct().Count() == p.Count()).WithMessage("phrases must be unique");
        RuleForEach(t => t.TypicalJobTitles.Concat(t.RelatedJobTitles)).DictionaryEntry("job title").OverridePropertyName("jobTitles");
        RuleForEach(t => t.FalseFriends).NotEmpty().Must(x => x == x.ToLowerInvariant()).WithMessage("false friends are stored lowercase").DictionaryEntry("false friend");
        RuleForEach(t => t.Levels).ChildRules(l =>
        {
            l.RuleFor(x => x.Level).Must(Levels.IsKnown).WithMessage(Levels.UnknownMessage);
            l.RuleFor(x => x.Label).NotEmpty();
            l.RuleForEach(x => x.Questions).ChildRules(q =>
            {
                q.RuleFor(x => x.Key).Matches(Slugs.Pattern);
                q.RuleFor(x => x.Question).NotEmpty();
                q.RuleFor(x => x.ExpectedAnswer).NotEmpty();
            });
            l.RuleForEach(x => x.Indicators).ChildRules(i =>
            {
                i.RuleFor(x => x.Key).Matches(Slugs.Pattern);
                i.RuleFor(x => x.Text).NotEmpty();
            });
        });
        RuleForEach(t => t.RedFlags).ChildRules(f =>
        {
            f.RuleFor(x => x.Key).Matches(Slugs.Pattern);
            f.RuleFor(x => x.Text).NotEmpty();
        });
    }
}
