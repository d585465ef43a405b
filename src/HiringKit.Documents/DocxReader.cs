using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace HiringKit.Documents;

/// <summary>
/// Reads the text of a .docx as Word shows it, one line per paragraph, with a streaming XML reader.
/// The Open XML SDK builds the whole element tree recursively: 60,000 nested hyperlinks in a 4 KB file
/// overflowed the stack and took the process down, and nested runs cost seconds of CPU each. Here
/// nothing recurses, nesting is capped, every part is bounded in bytes before and while it is unpacked,
/// and only the parts needed for text (relationships, styles, the document) are ever inflated.
/// </summary>
public static class DocxReader
{
    const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    const string MarkupCompatibilityNs = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static readonly HashSet<string> WordNs = ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"];

    public static ExtractedText Read(byte[] content, ExtractionLimits limits, CancellationToken ct = default)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw Broken("the .docx package is damaged or truncated (its zip directory cannot be read)");
        }
        using (zip)
        {
            try
            {
                CheckEntries(zip, limits);
                var main = MainDocument(zip, limits);
                var styles = ReadStyles(zip, StylesPath(zip, main, limits), limits);
                return ReadBody(Part(main, limits.MaxDocumentPartBytes), styles, limits, ct);
            }
            catch (InvalidDataException)
            {
                // The zip's directory can be damaged past its first record: still the file's fault, never "malformed multipart".
                throw Broken("the .docx package is damaged (a zip directory record cannot be read)");
            }
        }
    }

    /// <summary>Every entry is judged by its directory record before any byte of any entry is inflated.</summary>
    static void CheckEntries(ZipArchive zip, ExtractionLimits limits)
    {
        if (zip.Entries.Count > limits.MaxZipEntries)
            throw OverLimits($"the .docx package holds {zip.Entries.Count} entries; a Word document has a few dozen (limit {limits.MaxZipEntries})");
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > limits.MaxDocumentPartBytes)
                throw OverLimits($"the .docx entry {entry.FullName} unpacks to {entry.Length} bytes (limit {limits.MaxDocumentPartBytes})");
            if (entry.Length > 1024 * 1024 && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                throw OverLimits($"the .docx entry {entry.FullName} is packed {entry.Length / Math.Max(1, entry.CompressedLength)} to 1, as a zip bomb is (limit {limits.MaxCompressionRatio} to 1)");
        }
    }

    /// <summary>The main part named by the package's relationships; Word always calls it word/document.xml.</summary>
    static ZipArchiveEntry MainDocument(ZipArchive zip, ExtractionLimits limits)
    {
        var target = zip.GetEntry("_rels/.rels") is { } rels ? RelationshipTarget(rels, "/officeDocument", "", limits) : null;
        // The part the relationships name, or none: falling back to word/document.xml when they name another
        // would score a decoy while Word shows the real document.
        if (target is not null)
            return zip.GetEntry(target) ?? throw Broken($"the .docx names its document {target}, which the package does not hold");
        if (zip.GetEntry("word/document.xml") is { } entry) return entry;
        if (zip.GetEntry("mimetype") is not null || zip.GetEntry("content.xml") is not null)
            throw new UnsupportedResumeFileException("An OpenDocument (.odt) file", "save it as .docx or PDF");
        throw Broken("the zip file holds no Word document (no word/document.xml)");
    }

    static string StylesPath(ZipArchive zip, ZipArchiveEntry main, ExtractionLimits limits)
    {
        var folder = main.FullName[..(main.FullName.LastIndexOf('/') + 1)];
        var target = zip.GetEntry($"{folder}_rels/{main.Name}.rels") is { } rels ? RelationshipTarget(rels, "/styles", folder, limits) : null;
        return target ?? $"{folder}styles.xml";
    }

    static string? RelationshipTarget(ZipArchiveEntry rels, string typeSuffix, string folder, ExtractionLimits limits) => Guard(() =>
    {
        using var xml = XmlReader.Create(Part(rels, limits.MaxOtherPartBytes), Settings(limits.MaxOtherPartBytes));
        while (xml.Read())
        {
            CheckDepth(xml, limits);
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship" || xml.NamespaceURI != RelationshipsNs) continue;
            if (xml.GetAttribute("Type")?.EndsWith(typeSuffix, StringComparison.Ordinal) != true || xml.GetAttribute("TargetMode") == "External") continue;
            var target = xml.GetAttribute("Target");
            return string.IsNullOrEmpty(target) ? null : PartName(target.StartsWith('/') ? target[1..] : folder + target);
        }
        return null;
    });

    /// <summary>How each style shows its text, as far as hiding goes: a style can vanish a whole paragraph.</summary>
    static StyleSheet ReadStyles(ZipArchive zip, string path, ExtractionLimits limits)
    {
        if (zip.GetEntry(path) is not { } entry) return new StyleSheet();
        return Guard(() =>
        {
            var sheet = new StyleSheet();
            var own = new Dictionary<string, (Look Look, string? BasedOn)>(StringComparer.Ordinal);
            using var xml = XmlReader.Create(Part(entry, limits.MaxOtherPartBytes), Settings(limits.MaxOtherPartBytes));
            string? styleId = null, basedOn = null;
            bool inDefaults = false;
            var look = new Look();
            while (xml.Read())
            {
                CheckDepth(xml, limits);
                if (!WordNs.Contains(xml.NamespaceURI)) continue;
                if (xml.NodeType == XmlNodeType.EndElement)
                {
                    if (xml.LocalName == "style" && styleId is not null) own[styleId] = (look, basedOn);
                    if (xml.LocalName == "rPrDefault") { sheet.Defaults = look; inDefaults = false; }
                    continue;
                }
                if (xml.NodeType != XmlNodeType.Element) continue;
                switch (xml.LocalName)
                {
                    case "rPrDefault":
                        inDefaults = true;
                        look = new Look();
                        break;
                    case "style":
                        styleId = xml.GetAttribute("styleId", xml.NamespaceURI);
                        basedOn = null;
                        look = new Look();
                        if (styleId is not null && xml.GetAttribute("type", xml.NamespaceURI) == "paragraph" && OnOff(xml.GetAttribute("default", xml.NamespaceURI)) == true)
                            sheet.DefaultParagraphStyle = styleId;
                        if (xml.IsEmptyElement) styleId = null;
                        break;
                    case "basedOn" when styleId is not null:
                        basedOn = xml.GetAttribute("val", xml.NamespaceURI);
                        break;
                    case "rPr" when styleId is not null || inDefaults:
                        look = ReadLook(xml, limits);
                        break;
                }
            }
            // A style inherits what its own run properties leave unsaid; chains are short, loops are cut.
            foreach (var id in own.Keys)
            {
                var (merged, parent) = own[id];
                for (int hops = 0; parent is not null && hops < 16 && own.TryGetValue(parent, out var up); hops++)
                    (merged, parent) = (merged.Over(up.Look), up.BasedOn);
                sheet.Styles[id] = merged;
            }
            return sheet;
        });
    }

    /// <summary>The run properties that decide whether a reader can see the text: vanish, white colour, a 1-point size, shading.</summary>
    static Look ReadLook(XmlReader xml, ExtractionLimits limits, StyleSheet? styles = null)
    {
        var look = new Look();
        if (xml.IsEmptyElement) return look;
        int depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            CheckDepth(xml, limits);
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1 || !WordNs.Contains(xml.NamespaceURI)) continue;
            var value = xml.GetAttribute("val", xml.NamespaceURI);
            switch (xml.LocalName)
            {
                case "rStyle" when styles is not null && value is not null && styles.Styles.TryGetValue(value, out var style):
                    look = look.Over(style); // direct properties, read after, override it
                    break;
                case "vanish" or "specVanish":
                    look = look with { Vanish = OnOff(value) ?? true };
                    break;
                case "color":
                    look = look with { White = value is not null && Colors.IsNearWhite(value) };
                    break;
                case "sz" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var halfPoints):
                    look = look with { Tiny = halfPoints <= 2 };
                    break;
                case "shd":
                    look = look with { Shaded = !Colors.IsLight(xml.GetAttribute("fill", xml.NamespaceURI)) };
                    break;
                case "highlight":
                    look = look with { Shaded = value is not null and not "none" and not "white" };
                    break;
            }
        }
        return look;
    }

    /// <summary>A relationship target as the zip names it: "./" and "../" resolved, %-escapes decoded.</summary>
    static string PartName(string path)
    {
        var parts = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    /// <summary>The document body's text. Hidden runs are counted, not kept.</summary>
    static ExtractedText ReadBody(Stream part, StyleSheet styles, ExtractionLimits limits, CancellationToken ct) => Guard(() =>
    {
        using var xml = XmlReader.Create(part, Settings(limits.MaxDocumentPartBytes));
        var text = new StringBuilder();
        int hidden = 0, nodes = 0;
        var paragraphs = new Stack<Look>();     // text boxes put paragraphs inside paragraphs
        var backgrounds = new Stack<int>();     // depths of shaded cells and paragraphs and of text boxes
        bool inBody = false, darkPage = false, advance = true;
        Look? run = null;
        var defaultParagraph = styles.DefaultParagraphStyle is { } d && styles.Styles.TryGetValue(d, out var dl) ? dl : new Look();

        while (!advance || xml.Read())
        {
            advance = true;
            if (xml.EOF) break;
            if (++nodes % 4096 == 0) ct.ThrowIfCancellationRequested();
            CheckDepth(xml, limits);

            if (xml.NodeType == XmlNodeType.EndElement)
            {
                if (backgrounds.Count > 0 && backgrounds.Peek() == xml.Depth) backgrounds.Pop();
                if (!WordNs.Contains(xml.NamespaceURI)) continue;
                switch (xml.LocalName)
                {
                    case "p" when paragraphs.Count > 0: paragraphs.Pop(); text.Append('\n'); break;
                    case "r": run = null; break;
                    case "body": inBody = false; break;
                }
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.NamespaceURI == MarkupCompatibilityNs && xml.LocalName == "Fallback")
            {
                xml.Skip(); // Word writes a text box twice: as DrawingML (Choice) and as VML (Fallback)
                advance = false;
                continue;
            }
            if (!WordNs.Contains(xml.NamespaceURI)) continue;

            switch (xml.LocalName)
            {
                case "background" when !inBody:
                    darkPage = !Colors.IsLight(xml.GetAttribute("color", xml.NamespaceURI));
                    break;
                case "body":
                    inBody = true;
                    break;
                case "p" when inBody:
                    if (paragraphs.Count > 0 && text.Length > 0 && text[^1] != '\n') text.Append('\n');
                    if (xml.IsEmptyElement) text.Append('\n');
                    else paragraphs.Push(defaultParagraph);
                    break;
                case "pPr" when paragraphs.Count > 0 && run is null && !xml.IsEmptyElement:
                    ReadParagraphProperties(xml, paragraphs, styles, backgrounds, limits);
                    break;
                case "tcPr" when !xml.IsEmptyElement:
                    if (ReadLook(xml, limits).Shaded == true) backgrounds.Push(xml.Depth - 1);
                    break;
                case "txbxContent" when !xml.IsEmptyElement:
                    backgrounds.Push(xml.Depth); // a shape may be filled: its white text is not presumed hidden
                    break;
                case "r" when !xml.IsEmptyElement:
                    run = new Look();
                    break;
                case "rPr" when run is not null:
                    run = ReadLook(xml, limits, styles);
                    break;
                case "t" when run is not null && inBody:
                    Append(xml.ReadElementContentAsString(), run.Value);
                    advance = false; // the reader already stands on the node after </w:t>
                    break;
                case "tab" or "ptab" when run is not null: Append("\t", run.Value); break;
                case "br" or "cr" when run is not null: Append("\n", run.Value); break;
                case "noBreakHyphen" when run is not null: Append("-", run.Value); break;
                case "instrText" or "delText" or "del" or "moveFrom" or "fldData" or "rPrChange" or "pPrChange":
                    xml.Skip(); // field codes and deleted tracked changes are not text anyone sees
                    advance = false;
                    break;
            }
        }

        void Append(string value, Look direct)
        {
            var look = direct.Over(paragraphs.Count > 0 ? paragraphs.Peek() : defaultParagraph).Over(styles.Defaults);
            bool onBackground = look.Shaded == true || backgrounds.Count > 0 || darkPage;
            if (look.Vanish == true || look.Tiny == true || (look.White == true && !onBackground)) hidden += value.Length;
            else text.Append(value);
            if (text.Length > limits.MaxTextLength + 1) throw new ResumeTextTooLongException(limits.MaxTextLength);
        }

        if (text.Length > 0 && text[^1] == '\n') text.Length--;
        if (text.Length > limits.MaxTextLength) throw new ResumeTextTooLongException(limits.MaxTextLength);
        return new ExtractedText(text.ToString(), hidden);
    });

    /// <summary>A paragraph's style decides how its runs look; its shading is a background for white text.</summary>
    static void ReadParagraphProperties(XmlReader xml, Stack<Look> paragraphs, StyleSheet styles, Stack<int> backgrounds, ExtractionLimits limits)
    {
        int depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            CheckDepth(xml, limits);
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1 || !WordNs.Contains(xml.NamespaceURI)) continue;
            if (xml.LocalName == "pStyle" && xml.GetAttribute("val", xml.NamespaceURI) is { } id && styles.Styles.TryGetValue(id, out var look))
            {
                paragraphs.Pop();
                paragraphs.Push(look);
            }
            else if (xml.LocalName == "shd" && !Colors.IsLight(xml.GetAttribute("fill", xml.NamespaceURI))
                     && (backgrounds.Count == 0 || backgrounds.Peek() != depth - 1))
            {
                backgrounds.Push(depth - 1); // once per paragraph, however many shd elements it repeats
            }
        }
    }

    /// <summary>An entry's bytes as they inflate, refused once past the limit whatever its directory record claimed.</summary>
    static Stream Part(ZipArchiveEntry entry, long maxBytes)
    {
        if (entry.Length > maxBytes) throw OverLimits($"the .docx part {entry.FullName} unpacks to {entry.Length} bytes (limit {maxBytes})");
        try
        {
            return new BoundedStream(entry.Open(), Math.Min(maxBytes, entry.Length), entry.FullName);
        }
        catch (InvalidDataException)
        {
            throw Broken($"the .docx part {entry.FullName} cannot be unpacked");
        }
    }

    static XmlReaderSettings Settings(long maxBytes) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit, // no entity expansion: Word never writes a DTD
        XmlResolver = null,
        MaxCharactersInDocument = maxBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    static void CheckDepth(XmlReader xml, ExtractionLimits limits)
    {
        if (xml.Depth > limits.MaxElementDepth)
            throw OverLimits($"the document nests its content more than {limits.MaxElementDepth} levels deep; no resume needs that");
    }

    /// <summary>XML and zip failures are the file's fault: a clear refusal, never a 500.</summary>
    static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw OverLimits("a part of the .docx is larger than the extraction limit");
        }
        catch (XmlException)
        {
            throw Broken("the .docx holds XML that cannot be read");
        }
        catch (InvalidDataException)
        {
            throw Broken("a part of the .docx is damaged and cannot be unpacked");
        }
    }

    static UnreadableDocumentException Broken(string why) =>
        new(UnreadableReason.Broken, $"{why}; send the .docx as Word saved it, a PDF or the text");

    static UnreadableDocumentException OverLimits(string why) =>
        new(UnreadableReason.OverLimits, $"{why}; send the resume as Word saved it, a PDF or the text");

    static bool? OnOff(string? value) => value switch
    {
        null => null,
        "0" or "false" or "off" => false,
        _ => true,
    };

    sealed class StyleSheet
    {
        public Dictionary<string, Look> Styles { get; } = new(StringComparer.Ordinal);
        public Look Defaults { get; set; }
        public string? DefaultParagraphStyle { get; set; }
    }

    /// <summary>What a run's formatting says about its visibility; null where it says nothing and a style decides.</summary>
    readonly record struct Look(bool? Vanish = null, bool? White = null, bool? Tiny = null, bool? Shaded = null)
    {
        public Look Over(Look under) => new(Vanish ?? under.Vanish, White ?? under.White, Tiny ?? under.Tiny, Shaded ?? under.Shaded);
    }

    static class Colors
    {
        /// <summary>"auto", absent or "clear" fills are the page's own white.</summary>
        public static bool IsLight(string? hex) => hex is null or "auto" or "clear" || Luminance(hex) is not { } l || l > 0.85;

        public static bool IsNearWhite(string hex) => hex != "auto" && Luminance(hex) > 0.92;

        static double? Luminance(string hex)
        {
            if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)) return null;
            return (0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF)) / 255;
        }
    }
}
