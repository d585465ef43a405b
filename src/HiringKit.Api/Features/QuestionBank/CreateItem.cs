using Dapper;
using FluentValidation;
using HiringKit.Api.Features.Compliance;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

/// <summary>
/// Adding a question, an indicator or a red flag. HR staff send different fields for each, so each has its
/// own command, rules and INSERT; the steps around the INSERT are the same and written once.
/// </summary>
public static class CreateItem
{
    public sealed record Question(string Slug, QuestionBody Body, string Actor) : IRequest<QuestionItem>;

    public sealed record Indicator(string Slug, IndicatorBody Body, string Actor) : IRequest<IndicatorItem>;

    public sealed record RedFlag(string Slug, RedFlagBody Body, string Actor) : IRequest<RedFlagItem>;

    public sealed class QuestionValidator : AbstractValidator<Question>
    {
        public QuestionValidator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => QuestionRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            QuestionRules.AddRules(this, c => c.Body);
        }
    }

    public sealed class IndicatorValidator : AbstractValidator<Indicator>
    {
        public IndicatorValidator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => IndicatorRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            IndicatorRules.AddRules(this, c => c.Body);
        }
    }

    public sealed class RedFlagValidator : AbstractValidator<RedFlag>
    {
        public RedFlagValidator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => RedFlagRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RedFlagRules.AddRules(this, c => c.Body);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache)
        : IRequestHandler<Question, QuestionItem>, IRequestHandler<Indicator, IndicatorItem>, IRequestHandler<RedFlag, RedFlagItem>
    {
        // New questions go last in their level; the unique index on live (term, level, lower(question)) answers 409.
        const string InsertQuestion = """
            INSERT INTO questions (term_id, level, question, expected_answer, position, updated_by)
            SELECT @termId, @Level, @Question, @ExpectedAnswer,
                   coalesce((SELECT max(position) + 1 FROM questions WHERE term_id = @termId AND level = @Level), 0), @Actor
            RETURNING id, level, question, expected_answer, version, updated_at, updated_by
            """;

        // New indicators go last in their level; the unique index on live (term, level, lower(text)) answers 409.
        const string InsertIndicator = """
            INSERT INTO indicators (term_id, level, text, position, updated_by)
            SELECT @termId, @Level, @Text,
                   coalesce((SELECT max(position) + 1 FROM indicators WHERE term_id = @termId AND level = @Level), 0), @Actor
            RETURNING id, level, text, version, updated_at, updated_by
            """;

        // New red flags go last; the unique index on live (term, lower(text)) answers 409.
        const string InsertRedFlag = """
            INSERT INTO red_flags (term_id, text, probe_question, position, updated_by)
            SELECT @termId, @Text, @ProbeQuestion,
                   coalesce((SELECT max(position) + 1 FROM red_flags WHERE term_id = @termId), 0), @Actor
            RETURNING id, text, probe_question, version, updated_at, updated_by
            """;

        public async Task<QuestionItem> Handle(Question command, CancellationToken ct)
        {
            var body = command.Body;
            var created = await InsertAsync<QuestionRow, QuestionItem>(Collection.Question, command.Slug, command.Actor, InsertQuestion, termId => new
            {
                termId, body.Level, Question = body.Question!.Trim(), ExpectedAnswer = body.ExpectedAnswer!.Trim(), command.Actor,
            }, ct);
            return created with { Warnings = QuestionRules.Warnings(body) };
        }

        public async Task<IndicatorItem> Handle(Indicator command, CancellationToken ct)
        {
            var body = command.Body;
            var created = await InsertAsync<IndicatorRow, IndicatorItem>(Collection.Indicator, command.Slug, command.Actor, InsertIndicator, termId => new
            {
                termId, body.Level, Text = body.Text!.Trim(), command.Actor,
            }, ct);
            return created with { Warnings = IndicatorRules.Warnings(body) };
        }

        public async Task<RedFlagItem> Handle(RedFlag command, CancellationToken ct)
        {
            var body = command.Body;
            var created = await InsertAsync<RedFlagRow, RedFlagItem>(Collection.RedFlag, command.Slug, command.Actor, InsertRedFlag, termId => new
            {
                termId, Text = body.Text!.Trim(), ProbeQuestion = body.ProbeQuestion?.Trim(), command.Actor,
            }, ct);
            return created with { Warnings = RedFlagRules.Warnings(body) };
        }

        // The INSERT and its audit row commit together or not at all.
        async Task<TItem> InsertAsync<TRow, TItem>(Collection collection, string slug, string actor, string insert, Func<long, object> values, CancellationToken ct)
            where TRow : IItemRow<TItem>
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, slug, ct, tx);
            var row = await conn.QuerySingleAsync<TRow>(new CommandDefinition(insert, values(termId), tx, cancellationToken: ct));
            var created = row.ToItem();
            await audit.RecordAsync(conn, tx, termId, actor, "create", collection.Entity(), row.Id, null, created, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return created;
        }
    }
}
