using System.Net;
using System.Text;

namespace HiringKit.Api.Infrastructure;

/// <summary>Escaping for the printable documents: their text is HR-edited or resume text, never markup.</summary>
public static class DocumentText
{
    public static string Html(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Print styles shared by guides and interview plans: paper first, screen second.</summary>
    public const string PrintCss = """
        @page { margin: 18mm 16mm; }
        body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 18pt; margin: 0 0 .3rem; }
        h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: .2rem; margin-top: 1.6rem; }
        h3 { font-size: 11.5pt; margin: 1rem 0 .4rem; }
        .summary { color: #333; font-style: italic; }
        .meta { display: flex; gap: 1.5rem; margin: 1rem 0; }
        .meta span { flex: 1; border-bottom: 1px solid #555; padding-top: 1rem; font-size: 9pt; color: #555; }
        ol.questions > li { margin-bottom: 1rem; break-inside: avoid; page-break-inside: avoid; }
        .question { font-weight: bold; }
        .answer { margin: .3rem 0; }
        .answer b { font-weight: normal; text-transform: uppercase; font-size: 8.5pt; letter-spacing: .05em; color: #555; }
        .notes { height: 5.5rem; border: 1px solid #bbb; border-radius: 3px; margin-top: .3rem;
                 background: repeating-linear-gradient(transparent, transparent 1.35rem, #ddd 1.35rem, #ddd calc(1.35rem + 1px)); }
        .notes::before { content: "Notes"; font-size: 8.5pt; color: #777; padding: .1rem .3rem; }
        ul.check { list-style: none; padding-left: 0; }
        ul.check li { margin: .25rem 0; break-inside: avoid; }
        ul.check li::before { content: "\2610\00a0\00a0"; }
        .probe { display: block; padding-left: 1.45rem; color: #444; font-size: 10pt; }
        .level { break-before: page; }
        .level:first-of-type { break-before: auto; }
        .why { font-size: 9.5pt; color: #6b4a00; margin: .15rem 0 .3rem; }
        .why q { font-style: italic; }
        footer { margin-top: 2rem; font-size: 8.5pt; color: #777; }
        @media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
        """;

    /// <summary>The start of a printable page, up to and including &lt;body&gt;.</summary>
    public static string HtmlHead(string title) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Html(title)}}</title>
        <style>
        {{PrintCss}}
        </style>
        </head>
        <body>
        """;

    /// <summary>Characters Markdown would read as formatting are escaped, and line breaks folded.</summary>
    public static string Markdown(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (@"\`*_{}[]<>#|".Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The format a client asked for: ?format= wins, then the first of html/markdown/json in Accept.</summary>
    public static string RequestedFormat(HttpRequest request, string? format)
    {
        if (format is not null) return format;
        foreach (var media in request.GetTypedHeaders().Accept.OrderByDescending(m => m.Quality ?? 1.0))
        {
            if (media.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)) return "html";
            if (media.MediaType.Equals("text/markdown", StringComparison.OrdinalIgnoreCase)) return "markdown";
            if (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)) return "json";
        }
        return "json";
    }
}
