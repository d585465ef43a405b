using System.Text.Json.Serialization;
using Dapper;
using HiringKit.Api.Features.Compliance;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

/// <summary>An interview question in the bank, with what a good answer contains.</summary>
public sealed record QuestionItem(long Id, string Level, string Question, string ExpectedAnswer, int Version, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    /// <summary>On writes only: wording that may invite an unlawful interview question, with what to ask instead.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ComplianceRules.Warning>? Warnings { get; init; }
}

/// <summary>An interview question as HR staff write it.</summary>
/// <param name="Level">junior, mid or senior.</param>
/// <param name="Question">The question as the interviewer asks it (up to 500 characters).</param>
/// <param name="ExpectedAnswer">What a good answer contains (up to 2000 characters).</param>
/// <param name="Id">Read-only: ignored, so a question as read can be sent back as is.</param>
/// <param name="Version">Read-only: ignored; send the ETag as If-Match instead.</param>
/// <param name="UpdatedAt">Read-only: ignored.</param>
/// <param name="UpdatedBy">Read-only: ignored.</param>
public sealed record QuestionBody([property: System.Text.Json.Serialization.JsonConverter(typeof(HiringKit.Api.Infrastructure.LowercaseChoice))] string? Level, string? Question, string? ExpectedAnswer,
    long? Id = null, int? Version = null, DateTimeOffset? UpdatedAt = null, string? UpdatedBy = null);

/// <summary>What HR staff may write in a question: the same on adding and on changing it.</summary>
public static class QuestionRules
{
    public const int Question = 500;
    public const int ExpectedAnswer = 2000;

    /// <summary>The compliance check of everything a question says.</summary>
    public static IReadOnlyList<ComplianceRules.Warning> Warnings(QuestionBody body) => ComplianceRules.Check(body.Question, body.ExpectedAnswer);

    public static void AddRules<T>(AbstractValidator<T> validator, Func<T, QuestionBody> body)
    {
        validator.RuleFor(c => body(c).Level).Must(Levels.IsKnown).WithMessage(Levels.UnknownMessage).OverridePropertyName("level");
        validator.RuleFor(c => body(c).Question).HumanText("question", Question).OverridePropertyName("question");
        validator.RuleFor(c => body(c).ExpectedAnswer).HumanText("expectedAnswer", ExpectedAnswer, multiline: true).OverridePropertyName("expectedAnswer");
    }
}

public static class ListQuestions
{
    public sealed record Query(string Slug, string? Level) : IRequest<IReadOnlyList<QuestionItem>>, ICachedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Level).Must(Levels.IsKnown).When(q => q.Level is not null).WithMessage(Levels.UnknownMessage);
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, IReadOnlyList<QuestionItem>>
    {
        const string Sql = """
            SELECT id, level, question, expected_answer, version, updated_at, updated_by FROM questions
            WHERE term_id = @termId AND deleted_at IS NULL AND (@Level IS NULL OR level = @Level)
            ORDER BY array_position(ARRAY['junior', 'mid', 'senior'], level), position, id
            """;

        public async Task<IReadOnlyList<QuestionItem>> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, query.Slug, ct);
            var rows = await conn.QueryAsync<QuestionRow>(new CommandDefinition(Sql, new { termId, query.Level }, cancellationToken: ct));
            return rows.Select(r => r.ToItem()).ToList();
        }
    }
}

public static class GetQuestion
{
    public sealed record Query(string Slug, long Id) : IRequest<QuestionItem>, ICachedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Id).GreaterThan(0).WithMessage("id must be a positive number");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, QuestionItem>
    {
        const string Sql = """
            SELECT id, level, question, expected_answer, version, updated_at, updated_by FROM questions
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL
            """;

        public async Task<QuestionItem> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, query.Slug, ct);
            var row = await conn.QuerySingleOrDefaultAsync<QuestionRow>(new CommandDefinition(Sql, new { query.Id, termId }, cancellationToken: ct))
                ?? throw new NotFoundException($"Term '{query.Slug}' has no question {query.Id}.");
            return row.ToItem();
        }
    }
}

// Dapper fills this by property name (snake_case columns); the API item has UTC offsets.
sealed class QuestionRow : IItemRow<QuestionItem>
{
    public long Id { get; init; }
    public string Level { get; init; } = "";
    public string Question { get; init; } = "";
    public string ExpectedAnswer { get; init; } = "";
    public int Version { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string UpdatedBy { get; init; } = "";

    public QuestionItem ToItem() => new(Id, Level, Question, ExpectedAnswer, Version, Timestamps.Utc(UpdatedAt), UpdatedBy);
}
