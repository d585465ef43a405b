using Dapper;
using HiringKit.Api.Infrastructure;
using HiringKit.Scoring;
using Npgsql;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// The compiled scoring dictionary of every live term. It is rebuilt when content changes (the content
/// cache's generation moves on any commit, seen through LISTEN/NOTIFY) and swapped in whole, so a score
/// never mixes two versions of the glossary. If the database is unreachable when a rebuild is due, the
/// last good dictionary keeps scoring working. Start-up compiles it before the API reports ready, so an
/// outage that begins before the first score does not stop scoring either.
/// </summary>
public sealed class ScoringDictionaryProvider(NpgsqlDataSource db, ContentCache cache, ScoringTelemetry telemetry, ILogger<ScoringDictionaryProvider> log) : IStartupWarmup
{
    sealed record Compiled(ScoringDictionary Dictionary, long Generation);

    // Compiled before ready, so there is a last good dictionary for an outage that starts before anyone
    // scored. (The change listener's first connection moves the content generation, so the first score
    // compiles it again; this copy is the fallback.)
    public Task WarmAsync(CancellationToken ct) => GetAsync(ct);

    readonly SemaphoreSlim _gate = new(1, 1);
    volatile Compiled? _current;
    // The content generation at which a rebuild last found the database unreachable, and when. While the
    // generation stays there, no request waits on the database: the rest
    // score with the last good dictionary at once, and a rebuild is retried in the background at most
    // every 5 s. A database that hangs rather than refuses would otherwise hold scoring requests, one
    // after another, for its timeouts. The generation moves only after a commit or a reconnected
    // listener, so once it moves the database was reachable again, and requests wait for the rebuild as
    // usual (an HR edit is then scored at once).
    long _failedAt = -1;
    long _failedWhen; // Environment.TickCount64 of the last failure
    static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    /// <summary>The current dictionary, or 404 when it lacks a requested term.</summary>
    public async Task<ScoringDictionary> GetAsync(IEnumerable<string>? requiredTerms, CancellationToken ct)
    {
        var dictionary = await GetAsync(ct);
        var unknown = requiredTerms?.FirstOrDefault(slug => !dictionary.HasTerm(slug));
        return unknown is null ? dictionary : throw new NotFoundException($"There is no term '{unknown}' to score against.");
    }

    public async Task<ScoringDictionary> GetAsync(CancellationToken ct)
    {
        var current = _current;
        var generation = cache.Generation;
        if (current is not null && current.Generation == generation) return current.Dictionary;

        if (current is not null && Interlocked.Read(ref _failedAt) == generation)
        {
            if (Environment.TickCount64 - Interlocked.Read(ref _failedWhen) >= RetryAfterFailure.TotalMilliseconds && _gate.Wait(0))
                _ = Task.Run(RetryInBackgroundAsync); // off the request's thread; releases the gate when done
            return current.Dictionary;
        }
        await _gate.WaitAsync(ct);
        try
        {
            current = _current;
            generation = cache.Generation;
            if (current is not null && current.Generation == generation) return current.Dictionary;
            // A request ahead of this one found the database unreachable at this generation while this one
            // waited: do not try again behind it, leave retries to the background.
            if (current is not null && Interlocked.Read(ref _failedAt) == generation) return current.Dictionary;
            return await RebuildAsync(current, generation, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Compiles the live glossary; with the gate held. Falls back to <paramref name="current"/> in an outage.</summary>
    async Task<ScoringDictionary> RebuildAsync(Compiled? current, long generation, CancellationToken ct)
    {
        try
        {
            var dictionary = telemetry.Compile(await LoadAsync(ct));
            _current = new Compiled(dictionary, generation);
            return dictionary;
        }
        catch (Exception e) when (current is not null && Database.IsUnavailable(e))
        {
            Interlocked.Exchange(ref _failedWhen, Environment.TickCount64);
            Interlocked.Exchange(ref _failedAt, generation);
            log.LogWarning("Scoring with the last compiled dictionary: the database is unreachable ({Message})", e.Message);
            return current.Dictionary;
        }
    }

    async Task RetryInBackgroundAsync()
    {
        try
        {
            var current = _current;
            if (current is not null) await RebuildAsync(current, cache.Generation, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Nobody awaits this task: a failure other than an outage ("too many clients" while Postgres
            // recovers, say) must still be seen, and must not make every request start another retry.
            Interlocked.Exchange(ref _failedWhen, Environment.TickCount64);
            log.LogError(e, "Rebuilding the scoring dictionary in the background failed");
        }
        finally
        {
            _gate.Release();
        }
    }

    const string Sql = """
        SELECT id, slug, name FROM terms WHERE deleted_at IS NULL ORDER BY slug;
        SELECT p.term_id, p.phrase, p.kind, c.key AS component FROM phrases p LEFT JOIN components c ON c.id = p.component_id
        WHERE p.deleted_at IS NULL ORDER BY p.term_id, p.position, p.id;
        SELECT term_id, key FROM components WHERE deleted_at IS NULL ORDER BY term_id, position, id;
        SELECT term_id, phrase FROM false_friends WHERE deleted_at IS NULL ORDER BY term_id, position, id;
        SELECT term_id, title, kind FROM job_titles WHERE deleted_at IS NULL ORDER BY term_id, position, id;
        SELECT term_id, level, min_years, max_years FROM levels ORDER BY term_id, min_years;
        SELECT term_id, level, text FROM indicators WHERE deleted_at IS NULL ORDER BY term_id, position, id;
        """;

    async Task<IReadOnlyList<TermDefinition>> LoadAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        using var results = await conn.QueryMultipleAsync(new CommandDefinition(Sql, cancellationToken: ct));
        var terms = (await results.ReadAsync<(long Id, string Slug, string Name)>()).ToList();
        var phrases = (await results.ReadAsync<(long TermId, string Phrase, string Kind, string? Component)>()).ToLookup(r => r.TermId);
        var components = (await results.ReadAsync<(long TermId, string Key)>()).ToLookup(r => r.TermId);
        var falseFriends = (await results.ReadAsync<(long TermId, string Phrase)>()).ToLookup(r => r.TermId);
        var titles = (await results.ReadAsync<(long TermId, string Title, string Kind)>()).ToLookup(r => r.TermId);
        var levels = (await results.ReadAsync<(long TermId, string Level, int MinYears, int? MaxYears)>()).ToLookup(r => r.TermId);
        var indicators = (await results.ReadAsync<(long TermId, string Level, string Text)>()).ToLookup(r => r.TermId);

        return terms.Select(t => new TermDefinition(
            t.Slug, t.Name,
            phrases[t.Id].Select(p => new TermPhrase(p.Phrase, Enum.Parse<PhraseKind>(p.Kind, ignoreCase: true), p.Component)).ToList(),
            components[t.Id].Select(c => c.Key).ToList(),
            falseFriends[t.Id].Select(f => f.Phrase).ToList(),
            titles[t.Id].Select(j => new TermJobTitle(j.Title, j.Kind == "typical")).ToList(),
            levels[t.Id].Select(l => new TermLevel(l.Level, l.MinYears, l.MaxYears)).ToList(),
            indicators[t.Id].Select(i => new TermIndicator(i.Level, i.Text)).ToList())).ToList();
    }
}
