using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using HiringKit.Documents;
using Microsoft.Extensions.Options;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// PDFs are read in child processes, as Apache Tika's server does it: PdfPig parses recursively, and a
/// crafted file can overflow its stack (which no .NET code can catch), spin, or swell. In a worker that
/// only ends the worker: the watchdog here kills it past the time limit or the memory cap, the request
/// gets a 422, and the next PDF gets a fresh worker. The API process never runs PdfPig.
/// </summary>
public sealed class PdfWorkers(IOptions<ScoringLimits> options, ILogger<PdfWorkers> log) : IDisposable
{
    readonly ScoringLimits limits = options.Value;
    readonly SemaphoreSlim slots = new(options.Value.PdfWorkers);
    readonly ConcurrentBag<PdfWorker> idle = [];

    public async Task<ExtractedText> ReadAsync(byte[] pdf, CancellationToken ct)
    {
        // Waiting here is bounded: a queue of PDFs behind slow ones is the service being busy, not broken.
        if (!await slots.WaitAsync(TimeSpan.FromSeconds(limits.PdfQueueSeconds), ct))
            throw new Infrastructure.ServiceBusyException("Every PDF reader is busy. Retry after a few seconds.");
        PdfWorker? worker = null;
        try
        {
            JsonElement answer;
            worker = TakeIdle() ?? PdfWorker.Start(limits);
            try
            {
                answer = await worker.ReadAsync(pdf, Timeout, MaxBytes, ct);
            }
            catch (PdfWorkerGoneException)
            {
                // A kept worker can end between documents (one that ran out of memory says so, then exits):
                // the document was never read, so a fresh worker reads it.
                worker.Dispose();
                worker = PdfWorker.Start(limits);
                answer = await worker.ReadAsync(pdf, Timeout, MaxBytes, ct);
            }
            // A worker that answered, even "unreadable", is sound and stays: starting one costs a core for a
            // second, and a stream of broken PDFs must not buy that each time. Recycled now and then, so
            // whatever a parser leaves behind never accumulates.
            if (worker.Documents < 200 && !worker.HasExited) { idle.Add(worker); worker = null; }
            return Answer(answer, limits.MaxTextLength);
        }
        catch (UnreadableDocumentException e) when (e.Reason is UnreadableReason.TimedOut or UnreadableReason.OverLimits)
        {
            log.LogWarning("A PDF worker was stopped: {Reason}", e.Reason);
            throw;
        }
        finally
        {
            worker?.Dispose(); // after any failure the worker's state is unknown: it goes
            slots.Release();
        }
    }

    TimeSpan Timeout => TimeSpan.FromSeconds(limits.PdfTimeoutSeconds);
    long MaxBytes => limits.PdfWorkerMaxMegabytes * 1024L * 1024;

    PdfWorker? TakeIdle()
    {
        while (idle.TryTake(out var warm))
        {
            if (!warm.HasExited) return warm;
            warm.Dispose();
        }
        return null;
    }

    static ExtractedText Answer(JsonElement answer, int maxTextLength)
    {
        if (answer.TryGetProperty("text", out var text))
            return new ExtractedText(text.GetString()!, answer.GetProperty("hiddenCharacters").GetInt32());
        var reason = answer.GetProperty("reason").GetString();
        if (reason == "TooLong") throw new ResumeTextTooLongException(maxTextLength);
        throw new UnreadableDocumentException(Enum.Parse<UnreadableReason>(reason!), answer.GetProperty("message").GetString()!);
    }

    public void Dispose()
    {
        while (idle.TryTake(out var worker)) worker.Dispose();
        slots.Dispose();
    }
}

/// <summary>Every PDF worker stayed busy for the whole wait: 503 with Retry-After, like any overload.</summary>

/// <summary>The worker had ended before it took the document: nothing was read, so another may read it.</summary>
sealed class PdfWorkerGoneException(Exception inner) : Exception("The PDF worker had ended.", inner);

/// <summary>One worker process and the framing of its standard input and output (see HiringKit.DocumentWorker).</summary>
sealed class PdfWorker : IDisposable
{
    readonly Process process;
    public int Documents { get; private set; }
    public bool HasExited => process.HasExited;

    PdfWorker(Process process) => this.process = process;

    public static PdfWorker Start(ScoringLimits limits)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The process that parses hostile files holds none of the API's secrets (admin key, database password).
        var inherited = start.Environment.Where(e => e.Key is "PATH" or "HOME" or "TMPDIR" || e.Key.StartsWith("DOTNET_", StringComparison.Ordinal)).ToList();
        start.Environment.Clear();
        foreach (var (name, value) in inherited) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HiringKit.DocumentWorker.dll"));
        start.ArgumentList.Add("--parent-pid");
        start.ArgumentList.Add(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--max-text-length");
        start.ArgumentList.Add(limits.MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--max-pdf-pages");
        start.ArgumentList.Add(limits.MaxPdfPages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The heap stops at three quarters of the cap, so most swelling ends in the worker's own
        // OutOfMemoryException and a clear answer; the watchdog's kill covers memory outside the heap.
        start.Environment["DOTNET_GCHeapHardLimit"] = (limits.PdfWorkerMaxMegabytes * 1024L * 1024 * 3 / 4).ToString("X");
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The PDF worker could not be started.");
        // A dying worker may print a stack trace; read it so the pipe never fills, and drop it.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new PdfWorker(process);
    }

    /// <summary>The worker's answer as JSON; throws when the worker had to be killed or died.</summary>
    public async Task<JsonElement> ReadAsync(byte[] pdf, TimeSpan timeout, long maxBytes, CancellationToken ct)
    {
        Documents++;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        bool tooBig = false;
        var watchdog = WatchMemoryAsync(maxBytes, () => tooBig = true, deadline.Token);
        byte[] answer;
        try
        {
            var header = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(header, pdf.Length);
            var input = process.StandardInput.BaseStream;
            try
            {
                if (process.HasExited) throw new IOException("The worker has exited.");
                await input.WriteAsync(header, deadline.Token);
                await input.WriteAsync(pdf, deadline.Token);
                await input.FlushAsync(deadline.Token);
            }
            catch (IOException e) when (Documents > 1 && !tooBig) // a kept worker; a fresh one that cannot take input is a failure below
            {
                throw new PdfWorkerGoneException(e);
            }

            var output = process.StandardOutput.BaseStream;
            await output.ReadExactlyAsync(header, deadline.Token);
            var length = BinaryPrimitives.ReadInt32LittleEndian(header);
            if (length is < 2 or > 64 * 1024 * 1024) throw new IOException("The worker's answer is not framed as agreed.");
            answer = new byte[length];
            await output.ReadExactlyAsync(answer, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Kill();
            throw tooBig ? OverMemory() : new UnreadableDocumentException(UnreadableReason.TimedOut,
                $"reading the PDF took longer than the limit of {timeout.TotalSeconds:0} seconds; save it again as PDF, or send the .docx or the text");
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException)
        {
            Kill();
            throw tooBig ? OverMemory() : new UnreadableDocumentException(UnreadableReason.Broken,
                "the PDF made the reader fail (its structure is damaged or built to break readers); save it again as PDF, or send the .docx or the text");
        }
        finally
        {
            await deadline.CancelAsync();
            await watchdog;
        }
        if (tooBig) { Kill(); throw OverMemory(); } // killed just after it answered: the answer stands, the worker goes
        return JsonDocument.Parse(answer).RootElement.Clone();
    }

    /// <summary>Resident memory is checked every 50 ms while a document is read; past the cap the worker is killed.</summary>
    async Task WatchMemoryAsync(long maxBytes, Action overLimit, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(50, ct);
                process.Refresh();
                if (!process.HasExited && process.WorkingSet64 > maxBytes)
                {
                    overLimit();
                    Kill();
                    return;
                }
            }
        }
        catch (OperationCanceledException) { }
        catch (InvalidOperationException) { } // the process ended between the checks
    }

    static UnreadableDocumentException OverMemory() => new(UnreadableReason.OverLimits,
        "reading the PDF needed more memory than the limit; save it again as PDF, or send the .docx or the text");

    void Kill()
    {
        try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    /// <summary>
    /// The `dotnet` host that runs the worker's dll: this process itself when it was started as
    /// `dotnet HiringKit.Api.dll`, otherwise the one three folders above the running runtime.
    /// </summary>
    static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }
}
