using FluentValidation;

namespace HiringKit.Api.Infrastructure;

public static class TextRules
{
    /// <summary>
    /// Text people will read in a guide: present, not blank, within a length limit, and free of control
    /// characters and broken UTF-16 that would corrupt documents and JSON downstream.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> HumanText<T>(this IRuleBuilder<T, string?> rule, string name, int maxLength, bool multiline = false) =>
        rule
            .NotNull().WithMessage($"{name} is required")
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage($"{name} must not be blank")
            .MaximumLength(maxLength).WithMessage($"{name} must be at most {maxLength} characters")
            .Must(t => t is null || !HasControlCharacters(t, multiline)).WithMessage($"{name} must not contain control characters")
            .Must(t => t is null || !HasLoneSurrogate(t)).WithMessage($"{name} contains an invalid character (a lone UTF-16 surrogate)");

    /// <summary>
    /// An entry of the scoring dictionary (a phrase, a false friend, a job title), which is looked for in
    /// every resume: "a" or "." would match in all of them (issue 15). The message says why it is refused.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> DictionaryEntry<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Must(entry => entry is null || JunkReason(entry) is null).WithMessage((_, entry) => $"{name} '{entry}' {JunkReason(entry!)}");

    // Words every resume has: an entry made only of them matches everywhere.
    static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into",
        "onto", "over", "under", "about", "after", "before", "between", "through", "during", "without", "within", "per",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had", "it", "its",
        "this", "that", "these", "those", "i", "me", "my", "we", "our", "you", "your", "he", "she", "they", "them", "their",
        "his", "her", "not", "no", "yes", "so", "if", "then", "than", "too", "very", "can", "will", "would", "should",
        "could", "may", "might", "must", "all", "any", "each", "every", "some", "such", "own", "same", "other", "more",
        "most", "also", "just", "only", "up", "down", "out", "off", "there", "here", "when", "where", "why", "how", "what",
        "which", "who", "whom", "whose", "etc",
    };

    // The matcher finds whole words, but a hyphen or an apostrophe splits a word ("non-profit", "pre-licensure",
    // "don't"), so these pieces alone would match inside a great many words.
    static readonly HashSet<string> WordPieces = new(StringComparer.OrdinalIgnoreCase)
    {
        "non", "pre", "post", "pro", "sub", "anti", "semi", "multi", "inter", "mid", "self",
    };

    public static string? JunkReason(string entry)
    {
        var words = System.Text.RegularExpressions.Regex.Split(entry, @"[^\p{L}\p{N}]+").Where(w => w.Length > 0).ToList();
        if (words.Sum(w => w.Length) < 3 || words.All(w => w.Length < 3))
            return "is too short: it needs a word of at least 3 letters or digits, or it matches by accident in most resumes";
        if (!entry.Any(char.IsLetter)) return "has no letters: numbers and punctuation alone match dates and lists in every resume";
        if (words.All(StopWords.Contains)) return "is only common words (the, and, with, ...) that every resume contains";
        if (words.Count == 1 && WordPieces.Contains(words[0]))
            return "is a word piece that stands alone wherever a hyphen or apostrophe splits a word (non-profit, pre-licensure), so it matches inside most words";
        return null;
    }

    static bool HasControlCharacters(string text, bool multiline) =>
        text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'));

    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}

/// <summary>
/// Choices (level, role, kind, ...) are lowercase in the API and accepted in any letter case: a client
/// generated from the document sends its enum's name ("Mid"). Body fields read through this converter;
/// query parameters through <see cref="ChoiceCase.UseCaseInsensitiveChoices"/>.
/// </summary>
public sealed class LowercaseChoice : System.Text.Json.Serialization.JsonConverter<string>
{
    public override string? Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        reader.TokenType == System.Text.Json.JsonTokenType.String
            ? reader.GetString()!.ToLowerInvariant()
            : throw new System.Text.Json.JsonException("expected a string");

    public override void Write(System.Text.Json.Utf8JsonWriter writer, string value, System.Text.Json.JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}

public static class ChoiceCase
{
    // Query parameters whose values are choices from a fixed lowercase list.
    static readonly string[] ChoiceParameters = ["level", "kinds", "format"];

    public static IApplicationBuilder UseCaseInsensitiveChoices(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var query = http.Request.Query;
        if (ChoiceParameters.Any(p => query.TryGetValue(p, out var v) && v.Any(s => s is not null && s != s.ToLowerInvariant())))
        {
            var lowered = query.ToDictionary(q => q.Key,
                q => ChoiceParameters.Contains(q.Key, StringComparer.OrdinalIgnoreCase)
                    ? new Microsoft.Extensions.Primitives.StringValues(q.Value.Select(s => s?.ToLowerInvariant()).ToArray())
                    : q.Value);
            http.Request.QueryString = Microsoft.AspNetCore.Http.QueryString.Create(lowered);
        }
        return next(http);
    });
}
