namespace HiringKit.Api.Infrastructure;

/// <summary>
/// Gives memory back after a burst. The server GC sizes its heaps for the load it last saw and only
/// shrinks them when it collects, which an idle process never does: after twelve 4 MB batches at once
/// the API stayed at 660 MB, three and a half times its resting size, for as long as it stayed quiet.
/// Every 5 s, when the process has allocated little since the last look (it is idle) and the GC holds
/// more than 64 MB above what it held at the last trim, one aggressive collection returns the rest.
/// Under load nothing happens here: busy processes collect on their own.
/// </summary>
public sealed class IdleMemoryTrimmer(ILogger<IdleMemoryTrimmer> log) : BackgroundService
{
    const long IdleAllocationBytes = 16L << 20;
    const long SlackBytes = 64L << 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        long allocated = GC.GetTotalAllocatedBytes();
        long baseline = long.MaxValue;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            long now = GC.GetTotalAllocatedBytes();
            bool idle = now - allocated < IdleAllocationBytes;
            allocated = now;
            long committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
            if (baseline == long.MaxValue) { baseline = committed; continue; }
            if (!idle || committed <= baseline + SlackBytes) continue;

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            long after = GC.GetGCMemoryInfo().TotalCommittedBytes;
            log.LogInformation("Idle after a burst: the GC heap went from {Before} MB to {After} MB committed", committed >> 20, after >> 20);
            baseline = after;
            allocated = GC.GetTotalAllocatedBytes();
        }
    }
}
