namespace HiringKit.Scoring;

public enum PhraseKind { Canonical, Synonym, Related }

/// <param name="Phrase">Lowercase, as stored in the glossary.</param>
/// <param name="Component">The component key (bond, goals, tasks) this phrase is evidence of, if any.</param>
public sealed record TermPhrase(string Phrase, PhraseKind Kind, string? Component);

/// <param name="Level">junior | mid | senior.</param>
public sealed record TermIndicator(string Level, string Text);

public sealed record TermLevel(string Level, int MinYears, int? MaxYears);

/// <param name="Title">As stored, e.g. "Licensed Professional Counselor".</param>
/// <param name="Typical">True for the term's typical titles, false for related ones.</param>
public sealed record TermJobTitle(string Title, bool Typical);

/// <summary>What the scorer needs to know about one glossary term.</summary>
public sealed record TermDefinition(
    string Slug,
    string Name,
    IReadOnlyList<TermPhrase> Phrases,
    IReadOnlyList<string> Components,
    IReadOnlyList<string> FalseFriends,
    IReadOnlyList<TermJobTitle> JobTitles,
    IReadOnlyList<TermLevel> Levels,
    IReadOnlyList<TermIndicator> Indicators);
