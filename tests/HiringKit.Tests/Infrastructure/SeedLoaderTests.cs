using Dapper;
using HiringKit.Api.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace HiringKit.Tests.Infrastructure;

public sealed class SeedLoaderTests
{
    static async Task<NpgsqlDataSource> FreshDatabaseAsync(string purpose)
    {
        var db = NpgsqlDataSource.Create(await TestHost.CreateDatabaseAsync(purpose));
        await new MigrationRunner(db, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None);
        return db;
    }

    static SeedLoader Loader(NpgsqlDataSource db, string? seedPath = null) => new(db,
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Seed:Path"] = seedPath ?? Path.Combine(TestHost.RepoRoot, "seed-data") }).Build(),
        new TestEnvironment(), NullLogger<SeedLoader>.Instance);

    const string Counts = """
        SELECT (SELECT count(*) FROM terms) || '/' || (SELECT count(*) FROM phrases) || '/' || (SELECT count(*) FROM questions)
            || '/' || (SELECT count(*) FROM indicators) || '/' || (SELECT count(*) FROM red_flags) || '/' || (SELECT count(*) FROM job_titles)
            || '/' || (SELECT count(*) FROM resume_examples) || '/' || (SELECT count(*) FROM components) || '/' || (SELECT count(*) FROM levels)
            || '/' || (SELECT count(*) FROM false_friends)
        """;

    [Test]
    public async Task Loading_twice_changes_nothing()
    {
        await using var db = await FreshDatabaseAsync("seed_twice");
        await Loader(db).LoadAsync(CancellationToken.None);
        await using var conn = await db.OpenConnectionAsync();
        var once = await conn.ExecuteScalarAsync<string>(Counts);
        var updatedAt = await conn.ExecuteScalarAsync<DateTime>("SELECT max(updated_at) FROM questions");

        await Loader(db).LoadAsync(CancellationToken.None);
        Assert.That(await conn.ExecuteScalarAsync<string>(Counts), Is.EqualTo(once));
        Assert.That(await conn.ExecuteScalarAsync<DateTime>("SELECT max(updated_at) FROM questions"), Is.EqualTo(updatedAt));
        Assert.That(once, Does.StartWith("1/").And.Contain("/6/12/5/7/3/3/3/"), "term/phrases/questions/indicators/red flags/titles/examples/components/levels");
    }

    [Test]
    public async Task Loading_never_overwrites_an_edit_or_resurrects_a_deletion()
    {
        await using var db = await FreshDatabaseAsync("seed_edits");
        await Loader(db).LoadAsync(CancellationToken.None);
        await using var conn = await db.OpenConnectionAsync();
        await conn.ExecuteAsync("""
            UPDATE questions SET question = 'Edited by HR?', version = version + 1, updated_by = 'hr'
            WHERE question = 'How do you establish initial rapport with clients?';
            UPDATE red_flags SET deleted_at = now() WHERE text = 'Resistance to client feedback';
            UPDATE phrases SET deleted_at = now() WHERE phrase = 'empathy';
            UPDATE terms SET summary = 'Rewritten by HR.' WHERE slug = 'therapeutic-alliance';
            """);

        await Loader(db).LoadAsync(CancellationToken.None);

        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM questions WHERE question = 'How do you establish initial rapport with clients?'"), Is.Zero);
        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM questions WHERE question = 'Edited by HR?'"), Is.EqualTo(1));
        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM red_flags WHERE text = 'Resistance to client feedback' AND deleted_at IS NULL"), Is.Zero);
        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM phrases WHERE phrase = 'empathy' AND deleted_at IS NULL"), Is.Zero);
        Assert.That(await conn.ExecuteScalarAsync<string>("SELECT summary FROM terms WHERE slug = 'therapeutic-alliance'"), Is.EqualTo("Rewritten by HR."));
    }

    [Test]
    public async Task A_deleted_term_stays_deleted_with_everything_under_it()
    {
        await using var db = await FreshDatabaseAsync("seed_term_deleted");
        await Loader(db).LoadAsync(CancellationToken.None);
        await using var conn = await db.OpenConnectionAsync();
        await conn.ExecuteAsync("UPDATE terms SET deleted_at = now() WHERE slug = 'therapeutic-alliance'");
        var counts = await conn.ExecuteScalarAsync<string>(Counts);

        await Loader(db).LoadAsync(CancellationToken.None);
        Assert.That(await conn.ExecuteScalarAsync<string>(Counts), Is.EqualTo(counts));
        Assert.That(await conn.ExecuteScalarAsync<bool>("SELECT deleted_at IS NOT NULL FROM terms WHERE slug = 'therapeutic-alliance'"), Is.True);
    }

    [Test]
    public async Task New_items_added_to_the_seed_later_are_loaded()
    {
        await using var db = await FreshDatabaseAsync("seed_new_items");
        var folder = Path.Combine(Path.GetTempPath(), "seed-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "terms"));
        var original = await File.ReadAllTextAsync(Path.Combine(TestHost.RepoRoot, "seed-data", "terms", "therapeutic-alliance.yaml"));
        await File.WriteAllTextAsync(Path.Combine(folder, "terms", "therapeutic-alliance.yaml"), original);
        await Loader(db, folder).LoadAsync(CancellationToken.None);

        await File.WriteAllTextAsync(Path.Combine(folder, "terms", "therapeutic-alliance.yaml"),
            original + "\n  - key: new-flag-added-later\n    text: Dismisses supervision feedback\n");
        await Loader(db, folder).LoadAsync(CancellationToken.None);

        await using var conn = await db.OpenConnectionAsync();
        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM red_flags WHERE text = 'Dismisses supervision feedback'"), Is.EqualTo(1));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task An_invalid_seed_file_stops_loading_with_the_file_and_field_named()
    {
        await using var db = await FreshDatabaseAsync("seed_invalid");
        var folder = Path.Combine(Path.GetTempPath(), "seed-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "terms"));
        await File.WriteAllTextAsync(Path.Combine(folder, "terms", "broken.yaml"), """
            slug: broken-term
            name: Broken
            industry: Testing
            summary: A term with a bad level.
            levels:
              - level: expert
                label: Expert
                minYears: 10
            """);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Loader(db, folder).LoadAsync(CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("broken.yaml").And.Contain("junior, mid, senior"));
        await using var conn = await db.OpenConnectionAsync();
        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM terms"), Is.Zero);
        Directory.Delete(folder, recursive: true);
    }

    sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "HiringKit.Tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
