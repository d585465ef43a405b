using System.Net;
using System.Text.Json;
using Dapper;
using HiringKit.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HiringKit.Tests;

/// <summary>Each test makes the term it needs under a fresh slug, so tests never depend on each other.</summary>
public static class TestData
{
    /// <summary>A senior counselor's resume that shows the alliance well: the scoring tests' and the client flows' resume.</summary>
    public const string StrongResume = """
        Jordan Rivera, LPC
        Licensed Professional Counselor — Riverside Behavioral Health, 2016 – Present
        • Developed strong therapeutic alliance with diverse client population, leading to 85% client retention rate
        • Supervise four junior counselors; run monthly training on rupture and repair and the working alliance
        • Lead collaborative goal setting and treatment planning with every new client; agree session tasks together
        • Use the Session Rating Scale for client feedback; active listening, empathy and cultural competency
        Mental Health Therapist — Lakeside Clinic, Jan 2012 - Dec 2015
        • Crisis intervention for adolescents and families
        """;

    public const string SeededSlug = "therapeutic-alliance";

    public static string NewSlug(string prefix = "term") => $"{prefix}-{Guid.NewGuid():N}"[..30].TrimEnd('-');

    /// <summary>A term with all three levels, one question and one indicator per level, and one red flag.</summary>
    public static async Task<string> CreateTermAsync(string? slug = null, string name = "Test Term", string[]? phrases = null,
        string question = "How do you build rapport?", string redFlag = "Talks over the client")
    {
        slug ??= NewSlug();
        await using var conn = new NpgsqlConnection(TestHost.AppConnectionString);
        await conn.OpenAsync();
        var termId = await conn.QuerySingleAsync<long>("""
            INSERT INTO terms (slug, name, industry, summary, updated_by)
            VALUES (@slug, @name, 'Testing', 'A term made by a test.', 'test') RETURNING id
            """, new { slug, name });
        await conn.ExecuteAsync("""
            INSERT INTO levels (term_id, level, label, min_years, max_years, updated_by) VALUES
              (@termId, 'junior', 'Junior (0-2 years)', 0, 2, 'test'),
              (@termId, 'mid', 'Mid (2-5 years)', 2, 5, 'test'),
              (@termId, 'senior', 'Senior (5+ years)', 5, NULL, 'test');
            INSERT INTO questions (term_id, level, question, expected_answer, updated_by) VALUES
              (@termId, 'junior', @question, 'Listening and empathy.', 'test'),
              (@termId, 'mid', 'Mid question?', 'Mid answer.', 'test'),
              (@termId, 'senior', 'Senior question?', 'Senior answer.', 'test');
            INSERT INTO indicators (term_id, level, text, updated_by) VALUES
              (@termId, 'junior', 'Junior indicator', 'test'),
              (@termId, 'mid', 'Mid indicator', 'test'),
              (@termId, 'senior', 'Senior indicator', 'test');
            INSERT INTO red_flags (term_id, text, updated_by) VALUES (@termId, @redFlag, 'test');
            """, new { termId, question, redFlag });
        foreach (var (phrase, i) in (phrases ?? []).Select((p, i) => (p, i)))
            await conn.ExecuteAsync("INSERT INTO phrases (term_id, phrase, kind, position, updated_by) VALUES (@termId, @phrase, @kind, @i, 'test')",
                new { termId, phrase, kind = i == 0 ? "canonical" : "synonym", i });
        return slug;
    }

    /// <summary>
    /// Changes content behind the API's back (as psql or another instance would) and waits until the
    /// shared app's cache has heard of it through LISTEN/NOTIFY.
    /// </summary>
    /// <remarks>
    /// With fixtures running side by side another test's change may be the one heard. That is still
    /// enough for a term only this test reads: any invalidation after the generation was read here drops
    /// the cached answers for its slug, and the next read of that slug is this test's, after the commit.
    /// </remarks>
    /// <summary>
    /// Runs a content change straight in SQL and waits until the API has heard of it: a marker notification sent after the change
    /// is heard after the change's own (PostgreSQL delivers them in commit order). Waiting for any invalidation instead returned on
    /// another fixture's, fixtures running four at a time, and a read of the old content could be cached before this change's
    /// notification arrived (the ETag test's flake of session 30).
    /// </summary>
    public static async Task ChangeContentAsync(string sql, object? args = null)
    {
        var cache = TestHost.App.Services.GetRequiredService<ContentCache>();
        var marker = $"test-{Guid.NewGuid():N}";
        await using (var conn = new NpgsqlConnection(TestHost.AppConnectionString))
        {
            await conn.ExecuteAsync(sql, args);
            await conn.ExecuteAsync("SELECT pg_notify(@channel, @marker)", new { channel = ContentChangeListener.Channel, marker });
        }
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!cache.HasHeard(marker))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("The API did not hear of the change within 5 s");
            await Task.Delay(10);
        }
    }

    public static async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var conn = new NpgsqlConnection(TestHost.AppConnectionString);
        return await conn.ExecuteScalarAsync<T>(sql, args) ?? throw new InvalidOperationException("no value");
    }
}

public static class Problems
{
    /// <summary>Asserts an RFC 9457 problem with the given status and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        });
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
            Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("detail").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("type").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
            Assert.That(body, Does.Not.Contain("   at "), "no stack trace");
        });
        return problem;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static string[] Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
