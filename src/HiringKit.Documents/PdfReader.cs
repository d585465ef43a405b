using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace HiringKit.Documents;

/// <summary>
/// The text layer of a PDF in reading order: letters grouped into words, words into blocks (Docstrum),
/// blocks ordered column by column, so a two-column resume reads one column, then the other, instead of
/// interleaving lines across the page. PdfPig parses recursively and can be made to spin or swell by a
/// crafted file: the API runs this only in a worker process under a watchdog (see DocumentWorker).
/// </summary>
public static class PdfReader
{
    static readonly NearestNeighbourWordExtractor Words = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });
    static readonly DocstrumBoundingBoxes Blocks = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    public static ExtractedText Read(byte[] content, ExtractionLimits limits)
    {
        try
        {
            using var pdf = PdfDocument.Open(content, new ParsingOptions { SkipMissingFonts = true });
            if (pdf.NumberOfPages > limits.MaxPdfPages)
                throw new UnreadableDocumentException(UnreadableReason.OverLimits,
                    $"the PDF has {pdf.NumberOfPages} pages (limit {limits.MaxPdfPages}); send the resume itself");

            var text = new StringBuilder();
            int hidden = 0, letters = 0;
            bool images = false;
            for (int number = 1; number <= pdf.NumberOfPages; number++)
            {
                var page = pdf.GetPage(number);
                images |= page.GetImages().Any();
                var visible = new List<Letter>(page.Letters.Count);
                foreach (var letter in page.Letters)
                {
                    if (IsHidden(letter, page)) hidden += letter.Value.Length;
                    else visible.Add(letter);
                }
                letters += page.Letters.Count;
                if (letters > 2 * limits.MaxTextLength) throw new ResumeTextTooLongException(limits.MaxTextLength);
                if (visible.Count == 0) continue;

                if (text.Length > 0) text.Append("\n\n");
                var blocks = Blocks.GetBlocks(Words.GetWords(visible));
                AppendInReadingOrder(text, UnsupervisedReadingOrderDetector.Instance.Get(blocks));
            }

            if (letters == 0)
                throw new UnreadableDocumentException(UnreadableReason.NoTextLayer, images
                    ? "the PDF has no text layer: its pages are images, as a scan is; send the .docx or a PDF saved from the document (not scanned), or run it through OCR first"
                    : "the PDF has no text layer: its pages hold no text; send the .docx or a PDF saved from the document");
            var result = text.ToString();
            if (result.Length > limits.MaxTextLength) throw new ResumeTextTooLongException(limits.MaxTextLength);
            return new ExtractedText(result, hidden);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableDocumentException(UnreadableReason.Encrypted,
                "the PDF is password-protected; send it without a password, or send the .docx or the text");
        }
        catch (Exception e) when (e is not (UnreadableDocumentException or ResumeTextTooLongException or OutOfMemoryException))
        {
            throw new UnreadableDocumentException(UnreadableReason.Broken,
                "the PDF is damaged or not built as the PDF standard says, and its text cannot be read; save it again as PDF, or send the .docx or the text");
        }
    }

    /// <summary>Text no reader sees: drawn invisibly (render mode 3 or 7), off the page, or under a point high.</summary>
    static bool IsHidden(Letter letter, Page page)
    {
        if (letter.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip) return true;
        if (letter.PointSize < 1) return true;
        var box = page.CropBox.Bounds;
        var at = letter.Location;
        return at.X < box.Left - 1 || at.X > box.Right + 1 || at.Y < box.Bottom - 1 || at.Y > box.Top + 1;
    }

    static void AppendInReadingOrder(StringBuilder text, IEnumerable<TextBlock> blocks)
    {
        bool first = true;
        foreach (var block in blocks.OrderBy(b => b.ReadingOrder))
        {
            if (!first) text.Append('\n');
            first = false;
            for (int i = 0; i < block.TextLines.Count; i++)
            {
                var line = Unfold(LineText(block.TextLines[i]));
                text.Append(line);
                if (i + 1 == block.TextLines.Count) continue;
                if (EndsInBrokenWord(line, block.TextLines[i + 1].Words[0].Text)) text.Length--; // "thera-" + "peutic": one word again
                else text.Append('\n');
            }
        }
    }

    /// <summary>
    /// The line's words, with a space only where the page shows one. Browsers draw a word in several runs
    /// where it may break (soft hyphens, kerning), and the word extractor then sees "thera" and "peutic",
    /// or "alli" and a separate hyphen, though they touch.
    /// </summary>
    static string LineText(TextLine line)
    {
        var text = new StringBuilder();
        Word? previous = null;
        foreach (var word in line.Words)
        {
            if (previous is not null)
            {
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                var size = previous.Letters.Count > 0 ? previous.Letters[^1].PointSize : 10;
                if (gap > 0.1 * size || word.TextOrientation != TextOrientation.Horizontal) text.Append(' ');
            }
            text.Append(word.Text);
            previous = word;
        }
        return text.ToString();
    }

    /// <summary>A line ending "letter-" before a line starting in lower case is a word the typesetter broke.</summary>
    static bool EndsInBrokenWord(string line, string nextWord) =>
        line.Length >= 2 && line[^1] is '-' or '\u2010' or '\u00AD' && char.IsLetter(line[^2])
        && nextWord.Length > 0 && char.IsLower(nextWord[0]);

    /// <summary>Typographic ligatures back to their letters, so "ﬁ" in "conﬁdentiality" matches "fi".</summary>
    static string Unfold(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uFB00', '\uFB06')) return text;
        return text.Replace("\uFB00", "ff").Replace("\uFB01", "fi").Replace("\uFB02", "fl").Replace("\uFB03", "ffi")
            .Replace("\uFB04", "ffl").Replace("\uFB05", "st").Replace("\uFB06", "st");
    }
}
