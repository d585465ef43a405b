namespace HiringKit.Documents;

/// <summary>The kinds of resume file the API reads; anything else is refused with the list of these.</summary>
public enum ResumeFileFormat { Text, Docx, Pdf }

/// <summary>
/// The bounds a resume file is read within. A real resume is a few pages; every limit here is far above
/// that and far below what would hurt the service, so a file over one is refused, never cut short.
/// </summary>
public sealed record ExtractionLimits
{
    /// <summary>Characters of text a resume may hold (the same limit as text sent as JSON).</summary>
    public int MaxTextLength { get; init; } = 200_000;

    /// <summary>Unpacked bytes of a .docx's document part; its markup is many times its text.</summary>
    public long MaxDocumentPartBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Unpacked bytes of any other part that is read (relationships, styles).</summary>
    public long MaxOtherPartBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Entries in a .docx package. Word writes 10-40; a package of thousands is an attack.</summary>
    public int MaxZipEntries { get; init; } = 1_000;

    /// <summary>Unpacked to packed size for entries over 1 MB unpacked. XML packs about 10:1; bombs pack 1000:1.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Nesting of XML elements. A resume with tables in tables and text boxes stays under 40.</summary>
    public int MaxElementDepth { get; init; } = 128;

    /// <summary>Pages of a PDF.</summary>
    public int MaxPdfPages { get; init; } = 50;
}

/// <summary>
/// The text a recruiter would see in the file. Text the file hides from the reader (vanished runs,
/// invisible or off-page PDF text) is left out and counted, so the answer can say someone tried.
/// </summary>
public sealed record ExtractedText(string Text, int HiddenCharacters)
{
    public bool HiddenTextOmitted => HiddenCharacters > 0;
}

/// <summary>Why a file that is a supported format still could not be read; each is a 422 with its own advice.</summary>
public enum UnreadableReason
{
    /// <summary>Damaged, truncated or not what its name says.</summary>
    Broken,
    /// <summary>A password-protected PDF.</summary>
    Encrypted,
    /// <summary>A PDF of page images (a scan) with no text to read.</summary>
    NoTextLayer,
    /// <summary>Over an extraction limit: nesting, entry count, unpacked size, pages, memory.</summary>
    OverLimits,
    /// <summary>Reading took longer than the time limit.</summary>
    TimedOut,
}

/// <summary>A file of a supported format that cannot be read; the message says which and what to send instead.</summary>
public sealed class UnreadableDocumentException(UnreadableReason reason, string message) : Exception(message)
{
    public UnreadableReason Reason { get; } = reason;
}

/// <summary>A file whose text is longer than <see cref="ExtractionLimits.MaxTextLength"/>: too much text, like a JSON text over the limit.</summary>
public sealed class ResumeTextTooLongException(int limit)
    : Exception($"the document holds more than the limit of {limit} characters of text")
{
    public int Limit { get; } = limit;
}

/// <summary>A file of a kind the API does not read (.doc, .rtf, .odt, images, binaries).</summary>
public sealed class UnsupportedResumeFileException(string what, string? advice = null)
    : Exception($"{what} cannot be scored: send a {Accepted} file{(advice is null ? "" : " (" + advice + ")")}.")
{
    public const string Accepted = ".txt (UTF-8), .docx or .pdf";
}
