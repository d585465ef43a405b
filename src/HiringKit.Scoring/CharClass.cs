namespace HiringKit.Scoring;

/// <summary>
/// Folds every UTF-16 code unit to one of a few dozen classes, so the automaton matches
/// "Working–Alliance", "working alliance" and "WORKING\u00A0ALLIANCE" with the same transitions
/// instead of normalizing the text first (which would cost a copy and break offsets).
/// The table is fixed in code, not taken from ICU, so invariant-globalization containers fold alike.
/// </summary>
internal static class CharClass
{
    /// <summary>Any character that ends a word and cannot be inside a phrase: punctuation, symbols, controls.</summary>
    public const byte Punctuation = 0;

    /// <summary>Whitespace of any kind, hyphens and dashes, underscore and slash: the gaps between a phrase's words.</summary>
    public const byte Separator = 1;

    /// <summary>Straight and curly apostrophes: end a word ("alliance's") without being punctuation.</summary>
    public const byte Apostrophe = 2;

    /// <summary>Soft hyphens, zero-width joiners, combining accents: invisible, skipped by the automaton.</summary>
    public const byte Ignorable = 3;

    /// <summary>a..z are FirstLetter..FirstLetter+25, whatever their case or accent.</summary>
    public const byte FirstLetter = 4;

    /// <summary>0..9 are FirstDigit..FirstDigit+9.</summary>
    public const byte FirstDigit = FirstLetter + 26;

    /// <summary>Any other letter or digit (Greek, CJK, ß, æ ...): part of a word, never of a phrase.</summary>
    public const byte OtherLetter = FirstDigit + 10;

    public const int Count = OtherLetter + 1;

    internal static readonly byte[] Table = Build();

    public static byte Of(char c) => Table[c];

    public static bool IsWord(byte cls) => cls >= FirstLetter;

    public static bool IsWordChar(char c) => Table[c] >= FirstLetter;

    /// <summary>The folded letter or digit for a class, or '\0' for classes that are not one.</summary>
    public static char FoldedChar(byte cls) => cls switch
    {
        >= FirstLetter and < FirstDigit => (char)('a' + cls - FirstLetter),
        >= FirstDigit and < OtherLetter => (char)('0' + cls - FirstDigit),
        _ => '\0',
    };

    // Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A).
    // '?' is a letter with no single ASCII base (Æ, ß, Þ, Œ ...), '#' is × and ÷.
    const string Latin1Letters =
        "aaaaaa?ceeeeiiiidnooooo#ouuuuy??" +
        "aaaaaa?ceeeeiiiidnooooo#ouuuuy?y";
    const string LatinExtendedA =
        "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "??" +
        "jj" + "kk" + "k" + "llllllllll" + "nnnnnn" + "nnn" + "oooooo" + "??" + "rrrrrr" +
        "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s";

    static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
            table[i] = Classify((char)i);
        return table;
    }

    static byte Classify(char c)
    {
        if (c is >= 'a' and <= 'z') return (byte)(FirstLetter + c - 'a');
        if (c is >= 'A' and <= 'Z') return (byte)(FirstLetter + c - 'A');
        if (c is >= '0' and <= '9') return (byte)(FirstDigit + c - '0');
        if (c is >= '\u00C0' and <= '\u00FF') return FromBase(Latin1Letters[c - '\u00C0']);
        if (c is >= '\u0100' and <= '\u017F') return FromBase(LatinExtendedA[c - '\u0100']);
        if (c is >= '\uFF21' and <= '\uFF3A') return (byte)(FirstLetter + c - '\uFF21');
        if (c is >= '\uFF41' and <= '\uFF5A') return (byte)(FirstLetter + c - '\uFF41');
        if (c is >= '\uFF10' and <= '\uFF19') return (byte)(FirstDigit + c - '\uFF10');

        switch (c)
        {
            case '\'' or '`' or '\u00B4' or '\u02BC' or '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\uFF07':
                return Apostrophe;
            case '-' or '_' or '/' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015'
                or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' or '\u200B':
                return Separator;
            case '\u00AD' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                return Ignorable;
            case '\u0131': // dotless i, from Turkish keyboards
                return (byte)(FirstLetter + 'i' - 'a');
            // Romanian's s and t with a comma below ("EXPERIENȚĂ", "Psihoterapeută în formare"), past Latin Extended-A.
            case '\u0218' or '\u0219':
                return (byte)(FirstLetter + 's' - 'a');
            case '\u021A' or '\u021B':
                return (byte)(FirstLetter + 't' - 'a');
        }

        if (char.IsWhiteSpace(c)) return Separator;
        if (char.IsSurrogate(c)) return Punctuation;
        var category = char.GetUnicodeCategory(c);
        if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark)
            return Ignorable;
        if (char.IsLetterOrDigit(c)) return OtherLetter;
        return Punctuation;
    }

    static byte FromBase(char baseLetter) => baseLetter switch
    {
        '?' => OtherLetter,
        '#' => Punctuation,
        _ => (byte)(FirstLetter + baseLetter - 'a'),
    };
}
