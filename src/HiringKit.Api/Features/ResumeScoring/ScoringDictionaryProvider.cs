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
    // Under _gate. Not _compiling.IsCompleted: the task completes only after its last round has released
    // the gate, and a change arriving in between would be promised a round that never runs.
    bool _running;
    bool _changedWhileCompiling;          // under _gate
    TaskCompletionSource _roundDone = new(TaskCreationOptions.RunContinuationsAsynchronously); // under _gate: the end of the compile running or next
    long _failedWhen = long.MinValue;     // Environment.TickCount64 of the last failed compile, MinValue for never

    // Not TickCount64 - MinValue >= 5000: that subtraction overflows to a negative number.
    bool FailedRecently()
    {
        long failedWhen = Interlocked.Read(ref _failedWhen);
        return failedWhen != long.MinValue && Environment.TickCount64 - failedWhen < RetryAfterFailure.TotalMilliseconds;
    }
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
        // A term created a moment ago: wait for compiles until one has it, or one has read everything
        // committed before this request (then the term does not exist). The first compile after the
        // change usually has it; the change's own notification, a few ms later, makes one more that
        // this request need not wait for.
        long wanted = _cache.Generation;
        while (unknown is not null && _current is { } current && current.Generation < wanted)
        {
            Task round;
            bool running;
            lock (_gate) (round, running) = (_roundDone.Task, _running);
            long failedBefore = Interlocked.Read(ref _failedWhen);
            // A compile failed a moment ago (an outage): starting another here would hold this request for the
            // database's timeout. Answer with what there is; retries keep to the 5 s schedule.
            if (!running && FailedRecently()) break;
            _ = Compile();
            await round.WaitAsync(ct);
            if (Interlocked.Read(ref _failedWhen) != failedBefore) break; // the database is unreachable: answer with what there is
            dictionary = _current.Dictionary;
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
        if (current.Generation != _cache.Generation && !FailedRecently())
            _ = Compile();
        return current.Dictionary;
    }

    /// <summary>Starts a compile unless one is running, in which case it will run once more when done.</summary>
    /// <returns>The compile that will include every change made before this call.</returns>
    Task Compile()
    {
        lock (_gate)
        {
            if (_running)
            {
                _changedWhileCompiling = true;
                return _compiling;
            }
            _running = true;
            return _compiling = Task.Run(CompileUntilCurrentAsync);
        }
    }

    /// <summary>
    /// One commit notifies once per table it touched (a new term: terms, phrases, components, job titles...), and
    /// this instance's own write invalidates before those arrive: waiting this long before reading lets one
    /// compile take the whole burst, where each late notification used to start another round of half a second
    /// at a thousand terms, which a request for the new term then waited out too.
    /// </summary>
    static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(25);

    async Task CompileUntilCurrentAsync()
    {
        while (true)
        {
            await Task.Delay(Coalesce);
            long generation = _cache.Generation;
            try
            {
                var dictionary = _telemetry.Compile(await LoadAsync(CancellationToken.None));
                _current = new Compiled(dictionary, generation);
            }
            catch (Exception e)
            {
                Interlocked.Exchange(ref _failedWhen, Environment.TickCount64);
                lock (_gate)
                {
                    _changedWhileCompiling = false;
                    _running = false;
                    EndRound();
                }
                // With a last good dictionary this is an outage to ride out; without one, the waiting request reports it.
                if (_current is null) throw;
                if (Database.IsUnavailable(e)) _log.LogWarning("Scoring with the last compiled dictionary: the database is unreachable ({Message})", e.Message);
                else _log.LogError(e, "Compiling the scoring dictionary failed; scoring with the last compiled one");
                return;
            }
            lock (_gate)
            {
                EndRound();
                if (!_changedWhileCompiling && _cache.Generation == generation)
                {
                    _running = false;
                    return;
                }
                _changedWhileCompiling = false;
            }
        }
    }

    /// <summary>Wakes whoever waits for this compile; under _gate.</summary>
    void EndRound()
    {
        var done = _roundDone;
        _roundDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
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
