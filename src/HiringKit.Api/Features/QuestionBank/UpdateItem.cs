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
/// Changing a question, an indicator or a red flag. HR staff send different fields for each, so each has its
/// own command, rules and UPDATE; the steps around the UPDATE (If-Match, row lock, version check, audit row)
/// are the same and written once.
/// </summary>
public static class UpdateItem
{
    public sealed record Question(string Slug, long Id, string? IfMatch, QuestionBody Body, string Actor) : IRequest<QuestionItem>;

    public sealed record Indicator(string Slug, long Id, string? IfMatch, IndicatorBody Body, string Actor) : IRequest<IndicatorItem>;

    public sealed record RedFlag(string Slug, long Id, string? IfMatch, RedFlagBody Body, string Actor) : IRequest<RedFlagItem>;

    public sealed class QuestionValidator : AbstractValidator<Question>
    {
        public QuestionValidator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => QuestionRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.IfMatch).IfMatchTags();
            RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
            QuestionRules.AddRules(this, c => c.Body);
        }
    }

    public sealed class IndicatorValidator : AbstractValidator<Indicator>
    {
        public IndicatorValidator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => IndicatorRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.IfMatch).IfMatchTags();
            RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
            IndicatorRules.AddRules(this, c => c.Body);
        }
    }

    public sealed class RedFlagValidator : AbstractValidator<RedFlag>
    {
        public RedFlagValidator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => RedFlagRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.IfMatch).IfMatchTags();
            RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
            RedFlagRules.AddRules(this, c => c.Body);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache)
        : IRequestHandler<Question, QuestionItem>, IRequestHandler<Indicator, IndicatorItem>, IRequestHandler<RedFlag, RedFlagItem>
    {
        const string UpdateQuestion = """
            UPDATE questions
            SET level = @Level, question = @Question, expected_answer = @ExpectedAnswer,
                version = version + 1, updated_at = now(), updated_by = @Actor
            WHERE id = @Id
            RETURNING id, level, question, expected_answer, version, updated_at, updated_by
            """;

        const string UpdateIndicator = """
            UPDATE indicators
            SET level = @Level, text = @Text,
                version = version + 1, updated_at = now(), updated_by = @Actor
            WHERE id = @Id
            RETURNING id, level, text, version, updated_at, updated_by
            """;

        const string UpdateRedFlag = """
            UPDATE red_flags
            SET text = @Text, probe_question = @ProbeQuestion,
                version = version + 1, updated_at = now(), updated_by = @Actor
            WHERE id = @Id
            RETURNING id, text, probe_question, version, updated_at, updated_by
            """;

        public async Task<QuestionItem> Handle(Question command, CancellationToken ct)
        {
            var body = command.Body;
            var after = await UpdateAsync<QuestionRow, QuestionItem>(Collection.Question, command.Slug, command.Id, command.IfMatch, command.Actor, UpdateQuestion, new
            {
                command.Id, body.Level, Question = body.Question!.Trim(), ExpectedAnswer = body.ExpectedAnswer!.Trim(), command.Actor,
            }, ct);
            return after with { Warnings = QuestionRules.Warnings(body) };
        }

        public async Task<IndicatorItem> Handle(Indicator command, CancellationToken ct)
        {
            var body = command.Body;
            var after = await UpdateAsync<IndicatorRow, IndicatorItem>(Collection.Indicator, command.Slug, command.Id, command.IfMatch, command.Actor, UpdateIndicator, new
            {
                command.Id, body.Level, Text = body.Text!.Trim(), command.Actor,
            }, ct);
            return after with { Warnings = IndicatorRules.Warnings(body) };
        }

        public async Task<RedFlagItem> Handle(RedFlag command, CancellationToken ct)
        {
            var body = command.Body;
            var after = await UpdateAsync<RedFlagRow, RedFlagItem>(Collection.RedFlag, command.Slug, command.Id, command.IfMatch, command.Actor, UpdateRedFlag, new
            {
                command.Id, Text = body.Text!.Trim(), ProbeQuestion = body.ProbeQuestion?.Trim(), command.Actor,
            }, ct);
            return after with { Warnings = RedFlagRules.Warnings(body) };
        }

        // The lock, the version check, the UPDATE and its audit row are one transaction, so two edits cannot
        // both pass the check and no change commits without its history.
        async Task<TItem> UpdateAsync<TRow, TItem>(Collection collection, string slug, long id, string? ifMatch, string actor,
            string update, object values, CancellationToken ct)
            where TRow : class, IItemRow<TItem>
        {
            var expectedVersions = Concurrency.ExpectedVersions(ifMatch);
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, slug, ct, tx);
            var before = await conn.QuerySingleOrDefaultAsync<TRow>(new CommandDefinition(collection.LockCurrent(), new { Id = id, termId }, tx, cancellationToken: ct))
                ?? throw new NotFoundException($"Term '{slug}' has no {collection.Noun()} {id}.");
            Concurrency.EnsureCurrent(before.Version, expectedVersions, collection.Named(id));

            var after = (await conn.QuerySingleAsync<TRow>(new CommandDefinition(update, values, tx, cancellationToken: ct))).ToItem();
            await audit.RecordAsync(conn, tx, termId, actor, "update", collection.Entity(), id, before.ToItem(), after, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return after;
        }
    }
}
