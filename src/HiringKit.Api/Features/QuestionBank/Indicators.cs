using System.Text.Json.Serialization;
using Dapper;
using HiringKit.Api.Features.Compliance;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

/// <summary>Something a candidate at a level typically shows ("Clinical supervision" for senior).</summary>
public sealed record IndicatorItem(long Id, string Level, string Text, int Version, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    /// <summary>On writes only: wording that may invite an unlawful interview question, with what to ask instead.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ComplianceRules.Warning>? Warnings { get; init; }
}

/// <summary>An indicator as HR staff write it.</summary>
/// <param name="Level">junior, mid or senior.</param>
/// <param name="Text">What a candidate at this level shows (up to 300 characters).</param>
/// <param name="Id">Read-only: ignored, so an indicator as read can be sent back as is.</param>
/// <param name="Version">Read-only: ignored; send the ETag as If-Match instead.</param>
/// <param name="UpdatedAt">Read-only: ignored.</param>
/// <param name="UpdatedBy">Read-only: ignored.</param>
public sealed record IndicatorBody([property: System.Text.Json.Serialization.JsonConverter(typeof(HiringKit.Api.Infrastructure.LowercaseChoice))] string? Level, string? Text,
    long? Id = null, int? Version = null, DateTimeOffset? UpdatedAt = null, string? UpdatedBy = null);

/// <summary>What HR staff may write in an indicator: the same on adding and on changing it.</summary>
public static class IndicatorRules
{
    public const int Text = 300;

    /// <summary>The compliance check of everything an indicator says.</summary>
    public static IReadOnlyList<ComplianceRules.Warning> Warnings(IndicatorBody body) => ComplianceRules.Check(body.Text);

    public static void AddRules<T>(AbstractValidator<T> validator, Func<T, IndicatorBody> body)
    {
        validator.RuleFor(c => body(c).Level).Must(Levels.IsKnown).WithMessage(Levels.UnknownMessage).OverridePropertyName("level");
        validator.RuleFor(c => body(c).Text).HumanText("text", Text).OverridePropertyName("text");
    }
}

public static class ListIndicators
{
    public sealed record Query(string Slug, string? Level) : IRequest<IReadOnlyList<IndicatorItem>>, ICachedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Level).Must(Levels.IsKnown).When(q => q.Level is not null).WithMessage(Levels.UnknownMessage);
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, IReadOnlyList<IndicatorItem>>
    {
        const string Sql = """
            SELECT id, level, text, version, updated_at, updated_by FROM indicators
            WHERE term_id = @termId AND deleted_at IS NULL AND (@Level IS NULL OR level = @Level)
            ORDER BY array_position(ARRAY['junior', 'mid', 'senior'], level), position, id
            """;

        public async Task<IReadOnlyList<IndicatorItem>> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, query.Slug, ct);
            var rows = await conn.QueryAsync<IndicatorRow>(new CommandDefinition(Sql, new { termId, query.Level }, cancellationToken: ct));
            return rows.Select(r => r.ToItem()).ToList();
        }
    }
}

public static class GetIndicator
{
    public sealed record Query(string Slug, long Id) : IRequest<IndicatorItem>, ICachedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Id).GreaterThan(0).WithMessage("id must be a positive number");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, IndicatorItem>
    {
        const string Sql = """
            SELECT id, level, text, version, updated_at, updated_by FROM indicators
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL
            """;

        public async Task<IndicatorItem> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, query.Slug, ct);
            var row = await conn.QuerySingleOrDefaultAsync<IndicatorRow>(new CommandDefinition(Sql, new { query.Id, termId }, cancellationToken: ct))
                ?? throw new NotFoundException($"Term '{query.Slug}' has no indicator {query.Id}.");
            return row.ToItem();
        }
    }
}

sealed class IndicatorRow : IItemRow<IndicatorItem>
{
    public long Id { get; init; }
    public string Level { get; init; } = "";
    public string Text { get; init; } = "";
    public int Version { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string UpdatedBy { get; init; } = "";

    public IndicatorItem ToItem() => new(Id, Level, Text, Version, Timestamps.Utc(UpdatedAt), UpdatedBy);
}
