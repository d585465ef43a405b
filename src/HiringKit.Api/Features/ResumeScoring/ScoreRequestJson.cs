using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// Reads the usual shape of a single-score request, <c>{ "text": "...", "terms": [...], "targetLevel": "..." }</c>,
/// without System.Text.Json's reader. Under scoring load that reader was 6% of a request's CPU: once it
/// meets the first escaped line break of a resume it validates the rest of the string byte by byte,
/// where this looks for the next quote or escape with a vectorized search.
/// Anything else (another member or casing, a number, a null inside the terms, a duplicate, a lone surrogate escape, invalid
/// UTF-8, a control character) makes it answer false, and the caller parses the body with
/// System.Text.Json, which answers or refuses it exactly as before. Tests hold the two to the same result.
/// </summary>
internal static class ScoreRequestJson
{
    /// <summary>What ends a run of plain string bytes: the closing quote, an escape, or a control character JSON forbids.</summary>
    static readonly SearchValues<byte> StringStops = SearchValues.Create([(byte)'"', (byte)'\\', .. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

    public static bool TryRead(ReadOnlySpan<byte> json, [NotNullWhen(true)] out ScoreResume.Request? request)
    {
        request = null;
        string? text = null, targetLevel = null;
        List<string>? terms = null;
        bool hasText = false, hasTerms = false, hasTargetLevel = false;

        int i = SkipWhitespace(json, 0);
        if (i >= json.Length || json[i] != '{') return false;
        i = SkipWhitespace(json, i + 1);
        if (i < json.Length && json[i] == '}') i++;
        else
        {
            while (true)
            {
                if (!TryReadName(json, ref i, out var name)) return false;
                i = SkipWhitespace(json, i);
                if (i >= json.Length || json[i] != ':') return false;
                i = SkipWhitespace(json, i + 1);
                switch (name)
                {
                    case "text" when !hasText:
                        hasText = true;
                        if (!TryReadNull(json, ref i) && !TryReadString(json, ref i, out text)) return false;
                        break;
                    case "targetLevel" when !hasTargetLevel:
                        hasTargetLevel = true;
                        if (!TryReadNull(json, ref i) && !TryReadString(json, ref i, out targetLevel)) return false;
                        break;
                    case "terms" when !hasTerms:
                        hasTerms = true;
                        if (!TryReadNull(json, ref i) && !TryReadStrings(json, ref i, out terms)) return false;
                        break;
                    default:
                        return false;
                }
                i = SkipWhitespace(json, i);
                if (i >= json.Length) return false;
                if (json[i] == '}') { i++; break; }
                if (json[i] != ',') return false;
                i = SkipWhitespace(json, i + 1);
            }
        }
        if (SkipWhitespace(json, i) != json.Length) return false;
        request = new ScoreResume.Request(text, terms, targetLevel?.ToLowerInvariant()); // as LowercaseChoice reads it
        return true;
    }

    /// <summary>A member name without escapes, as one of the three the request has; anything else is left to System.Text.Json.</summary>
    static bool TryReadName(ReadOnlySpan<byte> json, ref int i, out string? name)
    {
        name = null;
        if (i >= json.Length || json[i] != '"') return false;
        int end = json[(i + 1)..].IndexOfAny(StringStops);
        if (end < 0 || json[i + 1 + end] != '"') return false;
        var raw = json.Slice(i + 1, end);
        name = raw.SequenceEqual("text"u8) ? "text"
            : raw.SequenceEqual("terms"u8) ? "terms"
            : raw.SequenceEqual("targetLevel"u8) ? "targetLevel"
            : null;
        i += end + 2;
        return name is not null;
    }

    /// <summary>A member may be null, as serializers that write every property send it.</summary>
    static bool TryReadNull(ReadOnlySpan<byte> json, ref int i)
    {
        if (!json[i..].StartsWith("null"u8)) return false;
        i += 4;
        return true;
    }

    static bool TryReadStrings(ReadOnlySpan<byte> json, ref int i, [NotNullWhen(true)] out List<string>? values)
    {
        values = null;
        if (i >= json.Length || json[i] != '[') return false;
        var list = new List<string>();
        i = SkipWhitespace(json, i + 1);
        if (i < json.Length && json[i] == ']')
        {
            i++;
            values = list;
            return true;
        }
        while (true)
        {
            if (!TryReadString(json, ref i, out var value)) return false;
            list.Add(value);
            i = SkipWhitespace(json, i);
            if (i >= json.Length) return false;
            if (json[i] == ']') { i++; values = list; return true; }
            if (json[i] != ',') return false;
            i = SkipWhitespace(json, i + 1);
        }
    }

    static bool TryReadString(ReadOnlySpan<byte> json, ref int i, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (i >= json.Length || json[i] != '"') return false;
        var rest = json[(i + 1)..];
        int stop = rest.IndexOfAny(StringStops);
        if (stop < 0) return false;
        if (rest[stop] == '"')
        {
            // No escapes: one validating transcode.
            if (!Utf8.IsValid(rest[..stop])) return false;
            value = Encoding.UTF8.GetString(rest[..stop]);
            i += stop + 2;
            return true;
        }

        // Unescaped into UTF-8 first, then validated and transcoded in one go. Escapes only ever shorten
        // the text, so as many bytes as are left is enough. Escapes yield whole UTF-8 sequences and split
        // the raw bytes only at ASCII, so the result is valid exactly when every raw run is.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(rest.Length);
        int written = 0;
        try
        {
            int p = 0;
            while (true)
            {
                rest.Slice(p, stop).CopyTo(buffer.AsSpan(written));
                written += stop;
                p += stop;
                byte b = rest[p];
                if (b == '"')
                {
                    var utf8 = buffer.AsSpan(0, written);
                    if (!Utf8.IsValid(utf8)) return false;
                    value = Encoding.UTF8.GetString(utf8);
                    i += p + 2;
                    return true;
                }
                if (b != '\\' || p + 1 >= rest.Length) return false; // a raw control character, or a truncated escape
                int scalar;
                switch (rest[p + 1])
                {
                    case (byte)'"': scalar = '"'; break;
                    case (byte)'\\': scalar = '\\'; break;
                    case (byte)'/': scalar = '/'; break;
                    case (byte)'b': scalar = '\b'; break;
                    case (byte)'f': scalar = '\f'; break;
                    case (byte)'n': scalar = '\n'; break;
                    case (byte)'r': scalar = '\r'; break;
                    case (byte)'t': scalar = '\t'; break;
                    case (byte)'u':
                        if (!TryReadHex4(rest, p + 2, out int code)) return false;
                        if (char.IsHighSurrogate((char)code))
                        {
                            // An escaped pair, as Python and .NET write emoji; a lone half is left to System.Text.Json.
                            if (p + 7 >= rest.Length || rest[p + 6] != '\\' || rest[p + 7] != 'u'
                                || !TryReadHex4(rest, p + 8, out int low) || !char.IsLowSurrogate((char)low)) return false;
                            scalar = char.ConvertToUtf32((char)code, (char)low);
                            p += 6;
                        }
                        else if (char.IsLowSurrogate((char)code)) return false;
                        else scalar = code;
                        p += 4;
                        break;
                    default:
                        return false;
                }
                written += new Rune(scalar).EncodeToUtf8(buffer.AsSpan(written));
                p += 2;
                stop = rest[p..].IndexOfAny(StringStops);
                if (stop < 0) return false;
            }
        }
        finally
        {
            // Resume text is personal data: it must not linger in a pool other code rents from.
            buffer.AsSpan(0, written).Clear();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    static bool TryReadHex4(ReadOnlySpan<byte> bytes, int at, out int value)
    {
        value = 0;
        if (at + 4 > bytes.Length) return false;
        for (int k = at; k < at + 4; k++)
        {
            int digit = bytes[k] switch
            {
                >= (byte)'0' and <= (byte)'9' => bytes[k] - '0',
                >= (byte)'a' and <= (byte)'f' => bytes[k] - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => bytes[k] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0) return false;
            value = value * 16 + digit;
        }
        return true;
    }

    static int SkipWhitespace(ReadOnlySpan<byte> json, int i)
    {
        while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') i++;
        return i;
    }
}
