using System.Text;

namespace HiringKit.Documents;

/// <summary>
/// Tells what a file is from its first bytes, not from its name: candidates rename files, and an ATS
/// often sends "resume" or "attachment.bin". The name only decides between "broken" and "not supported"
/// when the bytes say nothing.
/// </summary>
public static class ResumeFiles
{
    public static ResumeFileFormat Detect(ReadOnlySpan<byte> content, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (IsPdf(content)) return ResumeFileFormat.Pdf;
        if (content.StartsWith("PK\x03\x04"u8) || content.StartsWith("PK\x05\x06"u8))
            return extension is ".odt" or ".ods" or ".odp" or ".pages" or ".xlsx" or ".pptx" or ".epub"
                ? throw new UnsupportedResumeFileException($"A {extension} file") : ResumeFileFormat.Docx;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            throw new UnsupportedResumeFileException("A Word 97-2003 (.doc) or other legacy Office file", "in Word, Save As .docx or PDF");
        if (content.StartsWith(@"{\rtf"u8)) throw new UnsupportedResumeFileException("An RTF file", "in Word, Save As .docx or PDF");
        if (ImageKind(content) is { } image) throw new UnsupportedResumeFileException($"An image ({image})", "an image holds no text to read; ask for the resume itself");

        switch (extension)
        {
            case ".pdf": throw new UnreadableDocumentException(UnreadableReason.Broken, "the file is named .pdf but is not a PDF (it does not start with %PDF-); send the PDF itself, a .docx or the text");
            case ".docx": throw new UnreadableDocumentException(UnreadableReason.Broken, "the file is named .docx but is not a .docx package (not a zip file); send the .docx itself, a PDF or the text");
            case ".doc": case ".rtf": case ".odt": case ".pages": case ".wpd": case ".wps":
            case ".png": case ".jpg": case ".jpeg": case ".gif": case ".tif": case ".tiff": case ".bmp": case ".heic": case ".webp":
                throw new UnsupportedResumeFileException($"A {extension} file");
        }
        // Text files carry no NUL; a binary of an unknown kind does, almost always within its first bytes.
        if (content[..Math.Min(content.Length, 8192)].IndexOf((byte)0) >= 0 && !HasUtf16Bom(content))
            throw new UnsupportedResumeFileException("A binary file that is not a .docx or PDF");
        return ResumeFileFormat.Text;
    }

    /// <summary>UTF-8 unless a byte-order mark says UTF-16; bytes that are not UTF-8 become U+FFFD rather than a refusal.</summary>
    public static ExtractedText ReadText(byte[] content, ExtractionLimits limits)
    {
        using var reader = new StreamReader(new MemoryStream(content, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        if (text.Length > limits.MaxTextLength) throw new ResumeTextTooLongException(limits.MaxTextLength);
        return new ExtractedText(text, 0);
    }

    // Some writers put a few bytes (a BOM, whitespace) before the header; readers accept it within the first KB.
    static bool IsPdf(ReadOnlySpan<byte> content) => content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    static bool HasUtf16Bom(ReadOnlySpan<byte> content) => content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    static string? ImageKind(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "PNG"
        : content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "JPEG"
        : content.StartsWith("GIF8"u8) ? "GIF"
        : content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8) ? "TIFF"
        : content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8) ? "WebP"
        : content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8) && (content[8..12].SequenceEqual("heic"u8) || content[8..12].SequenceEqual("mif1"u8)) ? "HEIC"
        : null;
}
