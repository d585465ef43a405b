using Dapper;
using HiringKit.Api.Infrastructure;
using HiringKit.Scoring;
using Npgsql;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// The compiled scoring dictionary of every live term. A content change (the content cache's generation
/// moves on any commit, seen through LISTEN/NOTIFY) starts a compile in the background, and the new
/// dictionary is swapped in whole when done, so a score never mixes two versions of the glossary and
/// never waits for a compile (issue 17: 0.7 s at a thousand terms, where every scoring request used to
/// wait 2.4 s after each HR edit). Until the swap, scores use the previous dictionary; only a request
/// naming a term that dictionary lacks waits for the compile in flight. Changes arriving during a
/// compile are gathered into one more. If the database is unreachable, the last good dictionary keeps
/// scoring working and a compile is retried at most every 5 s. Start-up compiles it before the API
/// reports ready.
/// </summary>
public sealed class ScoringDictionaryProvider : IStartupWarmup
{
    sealed record Compiled(ScoringDictionary Dictionary, long Generation);

    readonly NpgsqlDataSource _db;
    readonly ContentCache _cache;
    readonly ScoringTelemetry _telemetry;
    readonly ILogger<ScoringDictionaryProvider> _log;
    readonly object _gate = new();
    volatile Compiled? _current;
    Task _compiling = Task.CompletedTask; // under _gate
    bool _changedWhileCompiling;          // under _gate
    long _failedWhen = long.MinValue;     // Environment.TickCount64 of the last failed compile
    static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    public ScoringDictionaryProvider(NpgsqlDataSource db, ContentCache cache, ScoringTelemetry telemetry, ILogger<ScoringDictionaryProvider> log)
    {
        (_db, _cache, _telemetry, _log) = (db, cache, telemetry, log);
        _cache.Changed += () => Compile();
    }

    public Task WarmAsync(CancellationToken ct) => GetAsync(ct);

    /// <summary>The current dictionary, or 404 when it lacks a requested term.</summary>
    public async Task<ScoringDictionary> GetAsync(IEnumerable<string>? requiredTerms, CancellationToken ct)
    {
        var dictionary = await GetAsync(ct);
        var unknown = requiredTerms?.FirstOrDefault(slug => !dictionary.HasTerm(slug));
        if (unknown is not null && _current?.Generation != _cache.Generation)
        {
            // A term created a moment ago: the compile that brings it in is running (or about to).
            await Compile().WaitAsync(ct);
            dictionary = _current?.Dictionary ?? dictionary;
            unknown = requiredTerms!.FirstOrDefault(slug => !dictionary.HasTerm(slug));
        }
        return unknown is null ? dictionary : throw new NotFoundException($"There is no term '{unknown}' to score against.");
    }

    public async Task<ScoringDictionary> GetAsync(CancellationToken ct)
    {
        var current = _current;
        if (current is null)
        {
            // Nothing compiled yet (start-up): this request must wait, and sees the failure if there is one.
            await Compile().WaitAsync(ct);
            return (_current ?? throw new InvalidOperationException("The scoring dictionary could not be compiled.")).Dictionary;
        }
        // A change this instance did not hear of (a lost notification), or a retry after an outage.
        if (current.Generation != _cache.Generation && Environment.TickCount64 - Interlocked.Read(ref _failedWhen) >= RetryAfterFailure.TotalMilliseconds)
            _ = Compile();
        return current.Dictionary;
    }

    /// <summary>Starts a compile unless one is running, in which case it will run once more when done.</summary>
    /// <returns>The compile that will include every change made before this call.</returns>
    Task Compile()
    {
        lock (_gate)
        {
            if (!_compiling.IsCompleted)
            {
                _changedWhileCompiling = true;
                return _compiling;
            }
            return _compiling = Task.Run(CompileUntilCurrentAsync);
        }
    }

    async Task CompileUntilCurrentAsync()
    {
        while (true)
        {
            long generation = _cache.Generation;
            try
            {
                var dictionary = _telemetry.Compile(await LoadAsync(CancellationToken.None));
                _current = new Compiled(dictionary, generation);
            }
            catch (Exception e)
            {
                Interlocked.Exchange(ref _failedWhen, Environment.TickCount64);
                lock (_gate) _changedWhileCompiling = false;
                // With a last good dictionary this is an outage to ride out; without one, the waiting request reports it.
                if (_current is null) throw;
                if (Database.IsUnavailable(e)) _log.LogWarning("Scoring with the last compiled dictionary: the database is unreachable ({Message})", e.Message);
                else _log.LogError(e, "Compiling the scoring dictionary failed; scoring with the last compiled one");
                return;
            }
            lock (_gate)
            {
                if (!_changedWhileCompiling && _cache.Generation == generation) return;
                _changedWhileCompiling = false;
            }
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
        await using var conn = await _db.OpenConnectionAsync(ct);
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
