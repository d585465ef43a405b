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
