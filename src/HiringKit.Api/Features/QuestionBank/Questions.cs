using System.Text.Json.Serialization;
using FluentValidation;
using HiringKit.Api.Features.Compliance;
using HiringKit.Api.Infrastructure;

namespace HiringKit.Api.Features.QuestionBank;

/// <summary>An interview question in the bank, with what a good answer contains.</summary>
public sealed record QuestionItem(long Id, string Level, string Question, string ExpectedAnswer, int Version, DateTimeOffset UpdatedAt, string UpdatedBy)
    : IBankItem<QuestionItem>
{
    /// <summary>On writes only: wording that may invite an unlawful interview question, with what to ask instead.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ComplianceRules.Warning>? Warnings { get; init; }

    public QuestionItem WithWarnings(IReadOnlyList<ComplianceRules.Warning> warnings) => this with { Warnings = warnings };

    // Dapper's: Npgsql reads timestamptz as a UTC DateTime.
    QuestionItem(long id, string level, string question, string expectedAnswer, int version, DateTime updatedAt, string updatedBy)
        : this(id, level, question, expectedAnswer, version, Timestamps.Utc(updatedAt), updatedBy) { }
}

/// <summary>An interview question as HR staff write it.</summary>
/// <param name="Level">junior, mid or senior.</param>
/// <param name="Question">The question as the interviewer asks it (up to 500 characters).</param>
/// <param name="ExpectedAnswer">What a good answer contains (up to 2000 characters).</param>
/// <param name="Id">Read-only: ignored, so a question as read can be sent back as is.</param>
/// <param name="Version">Read-only: ignored; send the ETag as If-Match instead.</param>
/// <param name="UpdatedAt">Read-only: ignored.</param>
/// <param name="UpdatedBy">Read-only: ignored.</param>
public sealed record QuestionBody([property: JsonConverter(typeof(LowercaseChoice))] string? Level, string? Question, string? ExpectedAnswer,
    long? Id = null, int? Version = null, DateTimeOffset? UpdatedAt = null, string? UpdatedBy = null);

/// <summary>A term's interview questions, by level.</summary>
public sealed class Questions() : Collection<QuestionItem, QuestionBody>(Table: "questions", Columns: "level, question, expected_answer",
    Levelled: true, Route: "questions", Entity: "question", Noun: "question", Name: "Question", Tag: "Questions")
{
    public override IReadOnlyDictionary<string, object?> Values(QuestionBody body) => new Dictionary<string, object?>
    {
        ["level"] = body.Level,
        ["question"] = body.Question!.Trim(),
        ["expected_answer"] = body.ExpectedAnswer!.Trim(),
    };

    public override void AddRules<T>(AbstractValidator<T> validator, Func<T, QuestionBody> body)
    {
        validator.RuleFor(c => body(c).Level).Must(Levels.IsKnown).WithMessage(Levels.UnknownMessage).OverridePropertyName("level");
        validator.RuleFor(c => body(c).Question).HumanText("question", maxLength: 500).OverridePropertyName("question");
        validator.RuleFor(c => body(c).ExpectedAnswer).HumanText("expectedAnswer", maxLength: 2000, multiline: true).OverridePropertyName("expectedAnswer");
    }

    public override IReadOnlyList<ComplianceRules.Warning> Warnings(QuestionBody body) => ComplianceRules.Check(body.Question, body.ExpectedAnswer);

    public override Docs Docs { get; } = new(
        List: "The term's interview questions with expected answers, junior to senior.",
        Get: "One question, with an `ETag` naming its version (send it as `If-Match` to change it).",
        Create: "Add a question to the term's bank at a level.",
        CreateRemarks: """
            The question goes last in its level's guide. The same question twice at one level is refused
            with 409. The answer carries the new question's `ETag` (its version) and `Location`.
            """,
        Update: "Replace a question's level, wording and expected answer.",
        Delete: "Delete a question.")
    {
        UpdateRemarks = """
            Send the ETag you got when you read the question as `If-Match` (e.g. `"v3"`). If someone changed
            it since, the answer is 412 with the current ETag: read it again and reapply your change.
            """,
        DeleteRemarks = "It leaves the guides at once and stays in the term's history. Needs `If-Match` like a change.",
    };

    public override QuestionBody NewExample { get; } = new("mid",
        "Tell me about a time a client disagreed with the goals you proposed. What did you do?",
        "Should describe inviting the client's view, renegotiating goals together and checking agreement in later sessions.");

    public override QuestionItem Example => new(42, "mid", NewExample.Question!, NewExample.ExpectedAnswer!, 1,
        new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), "hr-jane");
}
