using System.Collections.Concurrent;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Infrastructure;

/// <summary>A read whose response may be cached until guide or glossary content changes.</summary>
public interface ICachedQuery;

/// <summary>
/// Responses of cached queries, keyed by the query itself (records compare by value). Dropped whole on
/// any content change: edits are rare and reads many, so precise invalidation is not worth its bugs.
/// </summary>
public sealed class ContentCache
{
    // Distinct queries are bounded in practice (terms x levels x formats), but searches are not: cap both maps.
    const int MaxEntries = 10_000;

    readonly ConcurrentDictionary<object, object> _entries = new();
    // The last response each query got from the database, kept across invalidations: what is served when
    // the database is unreachable, because a slightly old guide beats none in front of a candidate.
    readonly ConcurrentDictionary<object, object> _lastGood = new();
    long _generation;

    public long Generation => Interlocked.Read(ref _generation);


    public bool TryGet(object query, out object? response) => _entries.TryGetValue(query, out response);

    public bool TryGetLastGood(object query, out object? response) => _lastGood.TryGetValue(query, out response);

    /// <summary>Stores only if nothing changed since the read began, so a slow read never caches stale content.</summary>
    public void Store(object query, object response, long generationAtStart)
    {
        if (_lastGood.Count < MaxEntries || _lastGood.ContainsKey(query)) _lastGood[query] = response;
        if (Generation != generationAtStart || _entries.Count >= MaxEntries) return;
        _entries[query] = response;
        // An invalidation may have slipped in between the check and the store: undo rather than keep stale data.
        if (Generation != generationAtStart) _entries.TryRemove(query, out _);
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
        Changed?.Invoke();
    }

    /// <summary>Raised after every invalidation, on the invalidating thread: subscribers hand work off rather than do it here.</summary>
    public event Action? Changed;

    // The payloads of the last content notifications heard, newest last. PostgreSQL delivers notifications in commit order, so a
    // marker sent after a change and heard here means the change's own notification was heard before it: tests wait on that,
    // where waiting for any invalidation returned early on another fixture's and let a stale read be cached in between.
    readonly ConcurrentQueue<string> _heard = new();
    const int MaxHeard = 256;

    /// <summary>Notes a content notification's payload (<see cref="ContentChangeListener"/>).</summary>
    public void Heard(string payload)
    {
        if (payload.Length == 0) return;
        _heard.Enqueue(payload);
        while (_heard.Count > MaxHeard) _heard.TryDequeue(out _);
    }

    /// <summary>Whether a notification with this payload was heard lately.</summary>
    public bool HasHeard(string payload) => _heard.Contains(payload);
}

public sealed class CachingBehavior<TRequest, TResponse>(ContentCache cache, Telemetry telemetry) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICachedQuery) return await next();
        if (cache.TryGet(request, out var cached))
        {
            telemetry.CacheLookup("hit");
            return (TResponse)cached!;
        }
        telemetry.CacheLookup("miss");
        var generation = cache.Generation;
        TResponse response;
        try
        {
            response = await next();
        }
        catch (Exception e) when (Database.IsUnavailable(e) && cache.TryGetLastGood(request, out var lastGood))
        {
            telemetry.CacheLookup("last_good");
            return (TResponse)lastGood!;
        }
        if (response is not null) cache.Store(request, response, generation);
        return response;
    }
}

/// <summary>
/// LISTENs for content changes committed by any instance (or by seed loading, or psql) and drops
/// this instance's caches within milliseconds. After a lost connection it invalidates too, since
/// notifications sent while it was away are gone.
/// </summary>
public sealed class ContentChangeListener(NpgsqlDataSource db, ContentCache cache, Auth.KeyCache keys, ILogger<ContentChangeListener> log) : BackgroundService
{
    public const string Channel = "hiringkit_content_changed";
    public const string KeysChannel = "hiringkit_keys_changed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = await db.OpenConnectionAsync(stoppingToken);
                conn.Notification += (_, e) =>
                {
                    if (e.Channel == KeysChannel) keys.Invalidate();
                    else
                    {
                        cache.Invalidate();
                        cache.Heard(e.Payload);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}; LISTEN {KeysChannel}", conn))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                cache.Invalidate();
                keys.Invalidate();
                delay = TimeSpan.FromMilliseconds(250);
                while (!stoppingToken.IsCancellationRequested)
                    await conn.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                log.LogWarning("Content change listener lost the database ({Message}); retrying in {Delay}", e.Message, delay);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
    }
}
