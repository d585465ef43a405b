using Dapper;
using HiringKit.Api.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace HiringKit.Tests.Infrastructure;

public sealed class MigrationRunnerTests
{
    [Test]
    public async Task Fresh_database_gets_every_migration_once_with_its_checksum()
    {
        await using var db = NpgsqlDataSource.Create(await TestHost.CreateDatabaseAsync("migrate"));
        var runner = new MigrationRunner(db, NullLogger<MigrationRunner>.Instance);
        await runner.ApplyAsync(CancellationToken.None);
        await runner.ApplyAsync(CancellationToken.None);

        await using var conn = await db.OpenConnectionAsync();
        var applied = (await conn.QueryAsync<(string Name, string Checksum)>("SELECT name, checksum FROM schema_migrations ORDER BY name")).ToList();
        Assert.That(applied, Is.EqualTo(MigrationRunner.Embedded().Select(m => (m.Name, m.Checksum)).ToList()));
    }

    [Test]
    public async Task Instances_starting_together_apply_each_migration_once()
    {
        await using var db = NpgsqlDataSource.Create(await TestHost.CreateDatabaseAsync("race"));
        var runners = Enumerable.Range(0, 4).Select(_ => new MigrationRunner(db, NullLogger<MigrationRunner>.Instance));
        await Task.WhenAll(runners.Select(r => r.ApplyAsync(CancellationToken.None)));

        await using var conn = await db.OpenConnectionAsync();
        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations"), Is.EqualTo(MigrationRunner.Embedded().Count));
    }

    [Test]
    public async Task A_changed_applied_migration_stops_start_up_naming_the_file()
    {
        await using var db = NpgsqlDataSource.Create(await TestHost.CreateDatabaseAsync("changed"));
        var runner = new MigrationRunner(db, NullLogger<MigrationRunner>.Instance);
        var original = MigrationRunner.Embedded();
        await runner.ApplyAsync(original, CancellationToken.None);

        var edited = original.Select((m, i) => i == 0 ? m with { Sql = m.Sql + "\n-- edited", Checksum = "0000" } : m).ToList();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.ApplyAsync(edited, CancellationToken.None));
        Assert.That(error!.Message, Does.Contain(original[0].Name).And.Contain("changed"));
    }

    [Test]
    public async Task A_failing_migration_rolls_back_whole_and_is_not_recorded()
    {
        await using var db = NpgsqlDataSource.Create(await TestHost.CreateDatabaseAsync("failing"));
        var runner = new MigrationRunner(db, NullLogger<MigrationRunner>.Instance);
        var broken = new MigrationRunner.Migration("0001_broken.sql", "CREATE TABLE half_done (id int); SELECT * FROM no_such_table;", "abc");
        await Assert.ThrowsAsync<PostgresException>(() => runner.ApplyAsync([broken], CancellationToken.None));

        await using var conn = await db.OpenConnectionAsync();
        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations"), Is.Zero);
        Assert.That(await conn.ExecuteScalarAsync<string?>("SELECT to_regclass('half_done')::text"), Is.Null);
    }

    [Test]
    public async Task Schema_enforces_levels_and_natural_keys()
    {
        await using var conn = new NpgsqlConnection(TestHost.AppConnectionString);
        var slug = await TestData.CreateTermAsync();
        var termId = await conn.ExecuteScalarAsync<long>("SELECT id FROM terms WHERE slug = @slug", new { slug });

        await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync(
            "INSERT INTO questions (term_id, level, question, expected_answer, updated_by) VALUES (@termId, 'expert', 'q', 'a', 't')", new { termId }));
        await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync(
            "INSERT INTO questions (term_id, level, question, expected_answer, updated_by) VALUES (@termId, 'junior', 'HOW DO YOU BUILD RAPPORT?', 'a', 't')", new { termId }));
        await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync(
            "INSERT INTO terms (slug, name, industry, summary, updated_by) VALUES (@slug, 'n', 'i', 's', 't')", new { slug }));
        await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync(
            "INSERT INTO terms (slug, name, industry, summary, updated_by) VALUES ('Bad Slug', 'n', 'i', 's', 't')"));
        await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync(
            "INSERT INTO questions (term_id, level, question, expected_answer, updated_by) VALUES (@termId, 'junior', '   ', 'a', 't')", new { termId }));
    }
}
