using System.Text.Json.Serialization;
using FluentValidation;
using HiringKit.Api.Features.Compliance;
using HiringKit.Api.Infrastructure;

namespace HiringKit.Api.Features.QuestionBank;

/// <summary>A warning sign to listen for at any level, with an optional question that probes it.</summary>
public sealed record RedFlagItem(long Id, string Text, string? ProbeQuestion, int Version, DateTimeOffset UpdatedAt, string UpdatedBy)
    : IBankItem<RedFlagItem>
{
    /// <summary>On writes only: wording that may invite an unlawful interview question, with what to ask instead.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ComplianceRules.Warning>? Warnings { get; init; }

    public RedFlagItem WithWarnings(IReadOnlyList<ComplianceRules.Warning> warnings) => this with { Warnings = warnings };

    // Dapper's: Npgsql reads timestamptz as a UTC DateTime.
    RedFlagItem(long id, string text, string? probeQuestion, int version, DateTime updatedAt, string updatedBy)
        : this(id, text, probeQuestion, version, Timestamps.Utc(updatedAt), updatedBy) { }
}

/// <summary>A red flag as HR staff write it.</summary>
/// <param name="Text">The warning sign (up to 300 characters).</param>
/// <param name="ProbeQuestion">Optional: a question that probes it (up to 500 characters).</param>
/// <param name="Id">Read-only: ignored, so a red flag as read can be sent back as is.</param>
/// <param name="Version">Read-only: ignored; send the ETag as If-Match instead.</param>
/// <param name="UpdatedAt">Read-only: ignored.</param>
/// <param name="UpdatedBy">Read-only: ignored.</param>
public sealed record RedFlagBody(string? Text, string? ProbeQuestion,
    long? Id = null, int? Version = null, DateTimeOffset? UpdatedAt = null, string? UpdatedBy = null);

/// <summary>A term's red flags: they apply at every level, so a list's level only validates.</summary>
public sealed class RedFlags() : Collection<RedFlagItem, RedFlagBody>(Table: "red_flags", Columns: "text, probe_question",
    Levelled: false, Route: "red-flags", Entity: "red-flag", Noun: "red flag", Name: "RedFlag", Tag: "Red flags")
{
    public override IReadOnlyDictionary<string, object?> Values(RedFlagBody body) => new Dictionary<string, object?>
    {
        ["text"] = body.Text!.Trim(),
        ["probe_question"] = body.ProbeQuestion?.Trim(),
    };

    public override void AddRules<T>(AbstractValidator<T> validator, Func<T, RedFlagBody> body)
    {
        validator.RuleFor(c => body(c).Text).HumanText("text", maxLength: 300).OverridePropertyName("text");
        validator.RuleFor(c => body(c).ProbeQuestion).HumanText("probeQuestion", maxLength: 500).When(c => body(c).ProbeQuestion is not null)
            .OverridePropertyName("probeQuestion");
    }

    public override IReadOnlyList<ComplianceRules.Warning> Warnings(RedFlagBody body) => ComplianceRules.Check(body.Text, body.ProbeQuestion);

    public override Docs Docs { get; } = new(
        List: "The term's red flags. They apply at every level, so `level` only validates.",
        Get: "One red flag, with an `ETag` naming its version.",
        Create: "Add a red flag.",
        CreateRemarks: "Red flags apply at every level. The same red flag twice is refused with 409.",
        Update: "Replace a red flag's text and probe question.",
        Delete: "Delete a red flag.");

    public override RedFlagBody NewExample { get; } = new("Blames clients when therapy stalls",
        "Tell me about a client who stopped making progress. What did you change?");

    public override RedFlagItem Example => new(44, NewExample.Text!, NewExample.ProbeQuestion, 1,
        new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), "hr-jane");
}
