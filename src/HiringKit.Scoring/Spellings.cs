using System.Text;

namespace HiringKit.Scoring;

/// <summary>
/// The ways a resume really spells a dictionary phrase: simple plurals and singulars of its last
/// word ("therapeutic alliances", "Mental Health Counselor" for "Mental Health Counselors") and
/// British spellings ("client-centred", "counsellor"). Compiled into the automaton as extra
/// spellings, so matching stays one pass and needs no stemming at run time.
/// </summary>
internal static class Spellings
{
    const int MaxSpellingsPerPhrase = 32;

    static readonly Dictionary<string, string[]> Regional = BuildRegional(
        ("counselor", "counsellor"), ("counselors", "counsellors"), ("counseling", "counselling"),
        ("counseled", "counselled"), ("behavior", "behaviour"), ("behaviors", "behaviours"),
        ("behavioral", "behavioural"), ("center", "centre"), ("centers", "centres"),
        ("centered", "centred"), ("program", "programme"), ("programs", "programmes"),
        ("organization", "organisation"), ("organizational", "organisational"),
        ("individualized", "individualised"), ("specialized", "specialised"),
        ("judgment", "judgement"), ("favor", "favour"), ("humor", "humour"));

    static Dictionary<string, string[]> BuildRegional(params (string Us, string Uk)[] pairs)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (us, uk) in pairs)
        {
            map[us] = [us, uk];
            map[uk] = [uk, us];
        }
        return map;
    }

    /// <summary>Every spelling of <paramref name="phrase"/>, the phrase itself (lowercased) first.</summary>
    public static IReadOnlyList<string> Of(string phrase, bool inflect = true)
    {
        string lower = phrase.ToLowerInvariant();
        var words = SplitWords(lower);
        if (words.Count == 0) return [lower];

        var options = new List<string[]>(words.Count);
        for (int w = 0; w < words.Count; w++)
        {
            var forms = new List<string>(Regional.TryGetValue(words[w].Text, out var regional) ? regional : [words[w].Text]);
            if (inflect && w == words.Count - 1)
                foreach (var form in forms.ToArray())
                    foreach (var inflected in Inflections(form))
                        if (!forms.Contains(inflected)) forms.Add(inflected);
            options.Add([.. forms]);
        }

        var results = new List<string> { lower };
        var indexes = new int[words.Count];
        while (results.Count < MaxSpellingsPerPhrase)
        {
            int w = words.Count - 1;
            while (w >= 0 && ++indexes[w] == options[w].Length) indexes[w--] = 0;
            if (w < 0) break;
            var spelling = new StringBuilder(lower);
            for (int k = words.Count - 1; k >= 0; k--)
                spelling.Remove(words[k].Start, words[k].Text.Length).Insert(words[k].Start, options[k][indexes[k]]);
            string text = spelling.ToString();
            if (!results.Contains(text)) results.Add(text);
        }
        return results;
    }

    /// <summary>Plural and singular of an English word, by the regular rules only; irregular forms simply do not match.</summary>
    internal static IEnumerable<string> Inflections(string word)
    {
        if (word.Length < 3 || !word.All(char.IsAsciiLetterLower)) yield break;

        if (word.EndsWith("ies")) yield return word[..^3] + "y";
        else if (word.EndsWith("sses") || word.EndsWith("xes") || word.EndsWith("ches") || word.EndsWith("shes")) yield return word[..^2];
        else if (word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is")) yield return word[..^1];

        if (word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("is")) yield break; // already plural
        if (word.EndsWith("ed")) yield break; // "client-centered" has no plural
        if (word.EndsWith("ss") || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch") || word.EndsWith("sh") || word.EndsWith("is"))
            yield return word.EndsWith("is") ? word[..^2] + "es" : word + "es";
        else if (word.EndsWith('y') && !"aeiou".Contains(word[^2]))
            yield return word[..^1] + "ies";
        else
            yield return word + "s";
    }

    static List<(int Start, string Text)> SplitWords(string text)
    {
        var words = new List<(int, string)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            words.Add((start, text[start..i]));
        }
        return words;
    }
}
