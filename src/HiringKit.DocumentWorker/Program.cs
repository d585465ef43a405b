using System.Buffers.Binary;
using System.Text.Json;
using HiringKit.Documents;

// A PDF reading worker. The API starts it, writes one request at a time to its standard input and reads
// the answer from its standard output, each framed as a 4-byte little-endian length and its bytes:
//   request:  the PDF's bytes
//   answer:   UTF-8 JSON, { "text", "hiddenCharacters" } or { "reason", "message" }
// Limits come as arguments: --max-text-length N --max-pdf-pages N. The API kills this process when it
// takes too long or grows too large, and starts another; nothing here needs to defend itself.

var limits = new ExtractionLimits
{
    MaxTextLength = Argument("--max-text-length") ?? new ExtractionLimits().MaxTextLength,
    MaxPdfPages = Argument("--max-pdf-pages") ?? new ExtractionLimits().MaxPdfPages,
};
// An API killed outright cannot kill its workers: a worker left behind stops itself when its parent is gone,
// even mid-document, so a PDF that spins a parser never runs unsupervised.
if (Argument("--parent-pid") is { } parent)
{
    _ = Task.Run(async () =>
    {
        while (IsRunning(parent)) await Task.Delay(500);
        Environment.Exit(4);
    });
}
using var input = Console.OpenStandardInput();
using var output = Console.OpenStandardOutput();
var header = new byte[4];

while (true)
{
    if (!await ReadExactlyOrEndAsync(input, header)) return 0; // the API closed our input: stop
    var length = BinaryPrimitives.ReadInt32LittleEndian(header);
    if (length is < 0 or > 256 * 1024 * 1024) return 2;
    var pdf = new byte[length];
    if (!await ReadExactlyOrEndAsync(input, pdf)) return 0;

    byte[] answer;
    try
    {
        var extracted = PdfReader.Read(pdf, limits);
        answer = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["text"] = extracted.Text, ["hiddenCharacters"] = extracted.HiddenCharacters });
    }
    catch (UnreadableDocumentException e)
    {
        answer = Problem(e.Reason.ToString(), e.Message);
    }
    catch (ResumeTextTooLongException e)
    {
        answer = Problem("TooLong", e.Message);
    }
    catch (OutOfMemoryException)
    {
        // The heap limit the API set was reached: say so, then leave, since a heap that ran out may not be sound.
        await WriteAsync(output, Problem(nameof(UnreadableReason.OverLimits), "reading the PDF needed more memory than the limit; save it again as PDF, or send the .docx or the text"));
        return 3;
    }
    await WriteAsync(output, answer);
}

static bool IsRunning(int pid)
{
    try { return !System.Diagnostics.Process.GetProcessById(pid).HasExited; }
    catch (ArgumentException) { return false; }
}

static async Task WriteAsync(Stream output, byte[] answer)
{
    var header = new byte[4];
    BinaryPrimitives.WriteInt32LittleEndian(header, answer.Length);
    await output.WriteAsync(header);
    await output.WriteAsync(answer);
    await output.FlushAsync();
}

static byte[] Problem(string reason, string message) =>
    JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["reason"] = reason, ["message"] = message });

static async Task<bool> ReadExactlyOrEndAsync(Stream input, byte[] buffer)
{
    try
    {
        await input.ReadExactlyAsync(buffer);
        return true;
    }
    catch (EndOfStreamException)
    {
        return false;
    }
}

int? Argument(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : null;
}
