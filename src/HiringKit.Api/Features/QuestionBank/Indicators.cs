using System.Text.Json.Serialization;
using FluentValidation;
using HiringKit.Api.Features.Compliance;
using HiringKit.Api.Infrastructure;

namespace HiringKit.Api.Features.QuestionBank;

/// <summary>Something a candidate at a level typically shows ("Clinical supervision" for senior).</summary>
public sealed record IndicatorItem(long Id, string Level, string Text, int Version, DateTimeOffset UpdatedAt, string UpdatedBy)
    : IBankItem<IndicatorItem>
{
    /// <summary>On writes only: wording that may invite an unlawful interview question, with what to ask instead.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ComplianceRules.Warning>? Warnings { get; init; }

    public IndicatorItem WithWarnings(IReadOnlyList<ComplianceRules.Warning> warnings) => this with { Warnings = warnings };

    // Dapper's: Npgsql reads timestamptz as a UTC DateTime.
    IndicatorItem(long id, string level, string text, int version, DateTime updatedAt, string updatedBy)
        : this(id, level, text, version, Timestamps.Utc(updatedAt), updatedBy) { }
}

/// <summary>An indicator as HR staff write it.</summary>
/// <param name="Level">junior, mid or senior.</param>
/// <param name="Text">What a candidate at this level shows (up to 300 characters).</param>
/// <param name="Id">Read-only: ignored, so an indicator as read can be sent back as is.</param>
/// <param name="Version">Read-only: ignored; send the ETag as If-Match instead.</param>
/// <param name="UpdatedAt">Read-only: ignored.</param>
/// <param name="UpdatedBy">Read-only: ignored.</param>
public sealed record IndicatorBody([property: JsonConverter(typeof(LowercaseChoice))] string? Level, string? Text,
    long? Id = null, int? Version = null, DateTimeOffset? UpdatedAt = null, string? UpdatedBy = null);

/// <summary>A term's experience-level indicators: what a candidate at each level typically shows.</summary>
public sealed class Indicators() : Collection<IndicatorItem, IndicatorBody>(Table: "indicators", Columns: "level, text",
    Levelled: true, Route: "indicators", Entity: "indicator", Noun: "indicator", Name: "Indicator", Tag: "Indicators")
{
    public override IReadOnlyDictionary<string, object?> Values(IndicatorBody body) => new Dictionary<string, object?>
    {
        ["level"] = body.Level,
        ["text"] = body.Text!.Trim(),
    };

    public override void AddRules<T>(AbstractValidator<T> validator, Func<T, IndicatorBody> body)
    {
        validator.RuleFor(c => body(c).Level).Must(Levels.IsKnown).WithMessage(Levels.UnknownMessage).OverridePropertyName("level");
        validator.RuleFor(c => body(c).Text).HumanText("text", maxLength: 300).OverridePropertyName("text");
    }

    public override IReadOnlyList<ComplianceRules.Warning> Warnings(IndicatorBody body) => ComplianceRules.Check(body.Text);

    public override Docs Docs { get; } = new(
        List: "The term's experience-level indicators: what a candidate at each level typically shows.",
        Get: "One indicator, with an `ETag` naming its version.",
        Create: "Add an indicator at a level.",
        CreateRemarks: "It goes last in its level's guide; the same indicator twice at one level is refused with 409.",
        Update: "Replace an indicator's level and text.",
        Delete: "Delete an indicator.");

    public override IndicatorBody NewExample { get; } = new("senior", "Uses alliance measures (e.g. Session Rating Scale) in supervision");

    public override IndicatorItem Example => new(43, "senior", NewExample.Text!, 1, new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), "hr-jane");
}
