using System.Buffers;

namespace HiringKit.Scoring;

/// <summary>
/// Where a clause begins and ends. Resumes are written in bullets and fragments more than in
/// sentences, so a line break ends a clause too, unless the line was merely wrapped
/// ("...no experience with\nmotivational interviewing").
/// </summary>
internal static class Clauses
{
    /// <summary>Clauses longer than this are cut: cues further away say nothing about a phrase.</summary>
    public const int MaxReach = 240;

    /// <summary>Every character that may end a clause; <see cref="EndsClause"/> decides.</summary>
    public static readonly SearchValues<char> Candidates = SearchValues.Create(
        ".!?;|\n\u2022\u00B7\u2023\u2043\u2219\u25AA\u25AB\u25CF\u25E6\u25A0\u25A1\u25BA\u27A2\u2713\u2714\u2028\u2029\u0085");

    /// <summary>
    /// ASCII characters that never end a clause. Searching for anything else is the fast ASCII-only
    /// search, where the candidate set with its bullets is not; it also stops at every non-ASCII
    /// character, which <see cref="EndsClause"/> then turns down unless it is a candidate.
    /// Declared after <see cref="Candidates"/>, as static fields are set in the order they are written.
    /// </summary>
    internal static readonly SearchValues<char> AsciiNonCandidates = SearchValues.Create(
        Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !Candidates.Contains(c)).ToArray());

    /// <summary>The first character of the clause holding <paramref name="position"/>, at most <see cref="MaxReach"/> back.</summary>
    public static int StartOf(ReadOnlySpan<char> text, int position)
    {
        int limit = Math.Max(0, position - MaxReach);
        int end = position;
        while (end > limit)
        {
            int found = text[limit..end].LastIndexOfAnyExcept(AsciiNonCandidates);
            if (found < 0) break;
            int i = limit + found;
            if (EndsClause(text, i)) return i + 1;
            end = i;
        }
        return limit;
    }

    public static bool EndsClause(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        switch (c)
        {
            case '.' or '!' or '?':
                // "M.A.", "7.5 years" and "e.g." do not end anything.
                return i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]);
            case '\n':
                return !IsWrappedLine(text, i);
            default:
                return Candidates.Contains(c);
        }
    }

    /// <summary>
    /// A line break inside a sentence: the line ends in a word, a number ("at 90\ndays"), a comma or a
    /// word broken by a hyphen ("no experi-\nence with"), and the next begins in lowercase, or with the
    /// pronoun "I" after a comma or a word no sentence ends on ("a role where\nI can build"): a bullet or a
    /// summary line without its full stop, followed by a line of its own starting "I", is two sentences.
    /// </summary>
    static bool IsWrappedLine(ReadOnlySpan<char> text, int newline)
    {
        int before = newline - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r') before--;
        if (before > 0 && text[before] is '-' or '\u2010' or '\u00AD' && char.IsLetter(text[before - 1])) before--;
        int after = newline + 1;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r') after++;
        if (after >= text.Length) return false;
        // A note in parentheses closing the line, the sentence going on after it with a joining word: "Hoping to train in EFT
        // (Level 1 externship booked for spring 2027)" over "and to start measuring the working alliance" (Fresh234, t03).
        if (before >= 0 && text[before] == ')') return StartsWithAJoiningWord(text[after..]);
        if (before < 0 || !(char.IsLetterOrDigit(text[before]) || text[before] == ',')) return false;
        if (char.IsLower(text[after])) return true;
        // No sentence or item ends on "the" or "of": the next line goes on with a name or a measure in capitals ("I have not yet
        // used the\n  Session Rating Scale", Fresh20, t07).
        if (char.IsLetter(text[after]) && EndsOnALeadingWord(text[..(before + 1)])) return true;
        // "with" and "into" end sentences ("the prescribers they consult with"), and an unbulleted list's next item starts in sentence case
        // ("Crisis intervention and safety planning"); a name in title case after it is what the sentence goes on to ("any formal
        // training with\n  Feedback-Informed Treatment": a review's case).
        if (EndsOnWithOrInto(text[..(before + 1)]) && StartsWithATitledName(text[after..])) return true;
        // A CV's hard wrap inside a parenthesis: "weekend seminar on psychodynamic concepts\n    (the treatment alliance, ...)".
        if (text[after] == '(' && after + 1 < text.Length && char.IsLower(text[after + 1])) return true;
        return text[after] == 'I' && (text[before] == ',' || EndsOnAJoiningWord(text[..(before + 1)]))
            && (after + 1 == text.Length || text[after + 1] is ' ' or '\'' or '\u2019');
    }

    /// <summary>Whether the text opens with a lower-case word joining it to a sentence before it ("and", "or", "which").</summary>
    static bool StartsWithAJoiningWord(ReadOnlySpan<char> text)
    {
        int end = 0;
        while (end < text.Length && char.IsAsciiLetterLower(text[end])) end++;
        return end < text.Length && text[end] == ' ' && text[..end] is "and" or "or" or "but" or "which" or "where" or "so" or "then" or "while";
    }

    /// <summary>Whether the text ends in a word that leads into the rest of its sentence ("where", "that", "and").</summary>
    static bool EndsOnAJoiningWord(ReadOnlySpan<char> text)
    {
        int start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return JoiningWordLookup.Contains(text[start..]);
    }

    /// <summary>Whether the text ends in an article, "of" or a possessive, which lead into a noun after them.</summary>
    /// <remarks>
    /// Not "with" (but see <see cref="StartsWithATitledName"/>), "into" or "his" and "her": a sentence ends on them ("the
    /// prescribers they consult with", "families the school could not engage with"), and an unbulleted list's next line starts
    /// an item of its own (a review's cases).
    /// </remarks>
    static bool EndsOnALeadingWord(ReadOnlySpan<char> text)
    {
        int start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < text.Length && LeadingWordLookup.Contains(text[start..]);
    }

    /// <summary>Whether the text ends on "with" or "into", which need an object and may end a sentence all the same.</summary>
    static bool EndsOnWithOrInto(ReadOnlySpan<char> text) => EndsOnTheWord(text, "with") || EndsOnTheWord(text, "into");

    /// <summary>Whether the text's last word is <paramref name="word"/>, in any case.</summary>
    public static bool EndsOnTheWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]));

    /// <summary>
    /// Whether the text starts with a name in title case: its first word and the next that is not a short joining word
    /// ("and", "of", "the", "&amp;") both capitalised ("Motivational Interviewing", "Rupture and Repair", "Feedback-Informed Treatment").
    /// </summary>
    static bool StartsWithATitledName(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0])) return false;
        int i = 0;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-')) i++;
        while (true)
        {
            while (i < text.Length && text[i] is ' ' or '&') i++;
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            if (start == i) return false;
            var word = text[start..i];
            if (char.IsUpper(word[0])) return true;
            if (!(word is "and" or "of" or "the" or "for" or "in")) return false;
        }
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingWordLookup = new HashSet<string>(
        ["the", "an", "of", "my", "our", "their", "your"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoiningWordLookup = new HashSet<string>(
        ["where", "that", "and", "but", "or", "because", "when", "so", "which", "who", "if", "as", "while", "since", "until"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text from <paramref name="from"/> to its sentence's end (".", "!" or "?"), within <paramref name="reach"/> characters.</summary>
    public static ReadOnlySpan<char> SentenceFrom(ReadOnlySpan<char> text, int from, int reach)
    {
        var rest = text[from..Math.Min(text.Length, from + reach)];
        int end = rest.IndexOfAny(".!?");
        return end >= 0 ? rest[..end] : rest;
    }

    /// <summary>The start of the line holding <paramref name="position"/>, at most <see cref="MaxReach"/> back: <see cref="LineAround"/>'s start alone.</summary>
    public static int LineStart(ReadOnlySpan<char> text, int position)
    {
        int low = Math.Max(0, position - MaxReach);
        int before = text[low..position].LastIndexOf('\n');
        return before >= 0 ? low + before + 1 : low;
    }

    /// <summary>The line around a position, without its line break.</summary>
    public static (int Start, int End) LineAround(ReadOnlySpan<char> text, int position)
    {
        // Vectorized searches within MaxReach either side, rather than stepping a character at a time.
        int start = LineStart(text, position);
        int high = Math.Min(text.Length, position + MaxReach);
        int after = text[position..high].IndexOf('\n');
        int end = after >= 0 ? position + after : high;
        return (start, end);
    }
}

/// <summary>
/// A resume being scored: its text, and the clause around a position found by a vectorized search for the
/// few characters that can end one, reaching no further than <see cref="Clauses.MaxReach"/>. Searching near
/// the phrases asked about costs less than finding every clause end of the text: a resume asks about a few
/// dozen clauses, and each search stops at the nearest end.
/// </summary>
internal sealed class ResumeText(string text)
{
    public string Text { get; } = text;

    public ReadOnlySpan<char> Span => Text;

    public int Length => Text.Length;

    /// <summary>The first character of the clause holding <paramref name="position"/>, at most <see cref="Clauses.MaxReach"/> back.</summary>
    public int ClauseStart(int position) => Clauses.StartOf(Span, position);

    /// <summary>The character that ends the clause holding <paramref name="position"/> (exclusive end), at most <see cref="Clauses.MaxReach"/> ahead.</summary>
    public int ClauseEnd(int position)
    {
        var text = Span;
        position = Math.Max(position, 0);
        int limit = Math.Min(Length, position + Clauses.MaxReach);
        int from = position;
        while (from < limit)
        {
            int found = text[from..limit].IndexOfAnyExcept(Clauses.AsciiNonCandidates);
            if (found < 0) break;
            int i = from + found;
            if (Clauses.EndsClause(text, i)) return i;
            from = i + 1;
        }
        return limit;
    }
}

/// <summary>Allocation-free reading of the words around a phrase, folded like the matcher folds them.</summary>
internal static class Words
{
    public const int MaxLength = 32;

    /// <summary>Whether <paramref name="word"/> stands at <paramref name="at"/> as a whole word, in any case.</summary>
    public static bool StandsAt(ReadOnlySpan<char> text, int at, string word) =>
        text[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]))
        && (at == 0 || !char.IsLetter(text[at - 1]));

    /// <summary>
    /// Up to <paramref name="into"/>.Length words ending before <paramref name="position"/> and
    /// starting at or after <paramref name="limit"/>, nearest first. <paramref name="commaAfter"/>
    /// tells, per word, whether a comma or colon stands between it and the position.
    /// Hyphenated and apostrophized words stay whole, so "no-show" is not the negation "no".
    /// </summary>
    public static int Before(ReadOnlySpan<char> text, int position, int limit, Span<Range> into, Span<bool> commaAfter)
    {
        int count = 0;
        bool comma = false;
        int j = position - 1;
        while (count < into.Length)
        {
            while (j >= limit && !CharClass.IsWordChar(text[j]))
            {
                if (text[j] is ',' or ':') comma = true;
                j--;
            }
            if (j < limit) break;
            int end = j + 1;
            while (j >= limit && (CharClass.IsWordChar(text[j]) || IsJoiner(text, j, limit))) j--;
            into[count] = (j + 1)..end;
            if (!commaAfter.IsEmpty) commaAfter[count] = comma;
            count++;
        }
        return count;
    }

    /// <summary>Up to <paramref name="into"/>.Length words from <paramref name="position"/> up to <paramref name="limit"/>, in reading order.</summary>
    public static int After(ReadOnlySpan<char> text, int position, int limit, Span<Range> into)
    {
        int count = 0;
        int i = position;
        while (count < into.Length)
        {
            while (i < limit && !CharClass.IsWordChar(text[i])) i++;
            if (i >= limit) break;
            int start = i;
            while (i < limit && (CharClass.IsWordChar(text[i]) || (IsJoinerChar(text[i]) && i + 1 < limit && CharClass.IsWordChar(text[i + 1]) && i > start))) i++;
            into[count++] = start..i;
        }
        return count;
    }

    static bool IsJoiner(ReadOnlySpan<char> text, int j, int limit) =>
        IsJoinerChar(text[j]) && j > limit && CharClass.IsWordChar(text[j - 1]) && j + 1 < text.Length && CharClass.IsWordChar(text[j + 1]);

    static bool IsJoinerChar(char c) => c is '-' or '\u2010' or '\u2011' || CharClass.Of(c) == CharClass.Apostrophe;

    /// <summary>The word lowercased, accents and curly apostrophes folded; words longer than <see cref="MaxLength"/> come back empty.</summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return [];
        int n = 0;
        foreach (char c in word)
        {
            byte cls = CharClass.Of(c);
            buffer[n++] = cls switch
            {
                CharClass.OtherLetter => char.ToLowerInvariant(c),
                CharClass.Apostrophe => '\'',
                CharClass.Separator => '-',
                _ => CharClass.FoldedChar(cls),
            };
        }
        return buffer[..n];
    }
}
