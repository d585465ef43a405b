namespace HiringKit.Scoring;

/// <summary>
/// A scanned CV's dates as OCR misreads them: the letters O and l (and I) for the digits 0 and 1 ("O2/2Ol9 - Ol/2O22", "Sept 2O24 -
/// current"). Unread, an Australian counsellor's every post went undated (Fresh97, t12).
/// </summary>
internal static class OcrDigits
{
    /// <summary>
    /// The text with such numbers read as digits, each letter replaced in place so every offset still points into the text as
    /// sent; the text itself when it has none. A number of two to four characters counts when a digit stands in it, or when a slash
    /// joins it to one that has ("Ol/2O22"); a word ("Oct", "lol", "I") is never one, being bounded by letters or too short.
    /// </summary>
    public static string Read(string text)
    {
        char[]? read = null;
        // Full-width digits, as a Japanese or Chinese CV types its dates ("平成２９年４月", a second review), are the same digits.
        for (int at = text.AsSpan().IndexOfAnyInRange('\uFF10', '\uFF19'); at >= 0;
             at = text.AsSpan(at + 1).IndexOfAnyInRange('\uFF10', '\uFF19') is int next and >= 0 ? at + 1 + next : -1)
            (read ??= text.ToCharArray())[at] = (char)('0' + (text[at] - '\uFF10'));
        if (read is not null) text = new string(read);
        read = null;
        for (int from = 0; from < text.Length;)
        {
            int digit = text.AsSpan(from).IndexOfAnyInRange('0', '9');
            if (digit < 0) break;
            int start = from + digit, end = start;
            // Whether a letter stands among the digits, told as they are walked: most numbers are digits alone, and were searched again.
            bool lettered = false;
            while (start > 0 && IsDigitLike(text[start - 1])) lettered |= !char.IsAsciiDigit(text[--start]);
            while (end < text.Length && IsDigitLike(text[end])) lettered |= !char.IsAsciiDigit(text[end++]);
            from = end;
            // Whether the run stands alone as a number is asked only when its answer is used: a run of digits alone with no slash
            // before it, most of them, has nothing to fix either way.
            bool afterASlash = start >= 3 && text[start - 1] == '/';
            bool number = (lettered || afterASlash) && IsANumber(text, start, end);
            if (number && lettered) Fix(ref read, text, start, end);
            // The month before a slash: "Ol/2O22".
            if (afterASlash && number)
            {
                int monthEnd = start - 1, monthStart = monthEnd;
                while (monthStart > 0 && IsDigitLike(text[monthStart - 1])) monthStart--;
                if (monthEnd - monthStart == 2 && IsANumber(text, monthStart, monthEnd)) Fix(ref read, text, monthStart, monthEnd);
            }
        }
        return read is null ? text : new string(read);
    }

    static bool IsDigitLike(char c) => char.IsAsciiDigit(c) || c is 'O' or 'o' or 'l' or 'I';

    /// <summary>Two to four characters, not inside a word.</summary>
    static bool IsANumber(string text, int start, int end) =>
        end - start is >= 2 and <= 4 && (start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end]));

    static void Fix(ref char[]? read, string text, int start, int end)
    {
        read ??= text.ToCharArray();
        for (int i = start; i < end; i++)
            read[i] = text[i] switch { 'O' or 'o' => '0', 'l' or 'I' => '1', var c => c };
    }
}
