using System.Text.Json.Serialization;
using Dapper;
using HiringKit.Api.Features.Compliance;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

/// <summary>A warning sign to listen for at any level, with an optional question that probes it.</summary>
public sealed record RedFlagItem(long Id, string Text, string? ProbeQuestion, int Version, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    /// <summary>On writes only: wording that may invite an unlawful interview question, with what to ask instead.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ComplianceRules.Warning>? Warnings { get; init; }
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

/// <summary>What HR staff may write in a red flag: the same on adding and on changing it.</summary>
public static class RedFlagRules
{
    public const int Text = 300;
    public const int ProbeQuestion = 500;

    /// <summary>The compliance check of everything a red flag says.</summary>
    public static IReadOnlyList<ComplianceRules.Warning> Warnings(RedFlagBody body) => ComplianceRules.Check(body.Text, body.ProbeQuestion);

    public static void AddRules<T>(AbstractValidator<T> validator, Func<T, RedFlagBody> body)
    {
        validator.RuleFor(c => body(c).Text).HumanText("text", Text).OverridePropertyName("text");
        validator.RuleFor(c => body(c).ProbeQuestion).HumanText("probeQuestion", ProbeQuestion).When(c => body(c).ProbeQuestion is not null)
            .OverridePropertyName("probeQuestion");
    }
}

public static class ListRedFlags
{
    /// <param name="Level">Accepted for symmetry with the other collections; red flags apply at every level.</param>
    public sealed record Query(string Slug, string? Level) : IRequest<IReadOnlyList<RedFlagItem>>, ICachedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Level).Must(Levels.IsKnown).When(q => q.Level is not null).WithMessage(Levels.UnknownMessage);
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, IReadOnlyList<RedFlagItem>>
    {
        const string Sql = """
            SELECT id, text, probe_question, version, updated_at, updated_by FROM red_flags
            WHERE term_id = @termId AND deleted_at IS NULL ORDER BY position, id
            """;

        public async Task<IReadOnlyList<RedFlagItem>> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, query.Slug, ct);
            var rows = await conn.QueryAsync<RedFlagRow>(new CommandDefinition(Sql, new { termId }, cancellationToken: ct));
            return rows.Select(r => r.ToItem()).ToList();
        }
    }
}

public static class GetRedFlag
{
    public sealed record Query(string Slug, long Id) : IRequest<RedFlagItem>, ICachedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Id).GreaterThan(0).WithMessage("id must be a positive number");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, RedFlagItem>
    {
        const string Sql = """
            SELECT id, text, probe_question, version, updated_at, updated_by FROM red_flags
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL
            """;

        public async Task<RedFlagItem> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, query.Slug, ct);
            var row = await conn.QuerySingleOrDefaultAsync<RedFlagRow>(new CommandDefinition(Sql, new { query.Id, termId }, cancellationToken: ct))
                ?? throw new NotFoundException($"Term '{query.Slug}' has no red flag {query.Id}.");
            return row.ToItem();
        }
    }
}

sealed class RedFlagRow : IItemRow<RedFlagItem>
{
    public long Id { get; init; }
    public string Text { get; init; } = "";
    public string? ProbeQuestion { get; init; }
    public int Version { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string UpdatedBy { get; init; } = "";

    public RedFlagItem ToItem() => new(Id, Text, ProbeQuestion, Version, Timestamps.Utc(UpdatedAt), UpdatedBy);
}
