using Dapper;
using HiringKit.Api.Features.Compliance;
using Microsoft.Extensions.Options;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

public static class CreateQuestion
{
    public sealed record Command(string Slug, string? Level, string? Question, string? ExpectedAnswer, string Actor) : IRequest<QuestionItem>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ComplianceOptions> compliance)
        {
            RuleFor(c => c).Must(c => !compliance.Value.Strict || ComplianceRules.Check(c.Question, c.ExpectedAnswer).Count == 0)
                .WithMessage(c => ComplianceRules.Refusal(ComplianceRules.Check(c.Question, c.ExpectedAnswer)))
                .WithErrorCode(ProblemHandler.UnlawfulWordingCode).OverridePropertyName("wording");
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.Level).Must(Levels.IsKnown).WithMessage(Levels.UnknownMessage);
            RuleFor(c => c.Question).HumanText("question", QuestionLimits.Question);
            RuleFor(c => c.ExpectedAnswer).HumanText("expectedAnswer", QuestionLimits.ExpectedAnswer, multiline: true);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, QuestionItem>
    {
        // New questions go last in their level; the unique index on live (term, level, lower(question)) answers 409.
        const string Sql = """
            INSERT INTO questions (term_id, level, question, expected_answer, position, updated_by)
            SELECT @termId, @Level, @Question, @ExpectedAnswer,
                   coalesce((SELECT max(position) + 1 FROM questions WHERE term_id = @termId AND level = @Level), 0), @Actor
            RETURNING id, level, question, expected_answer, version, updated_at, updated_by
            """;

        public async Task<QuestionItem> Handle(Command command, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, command.Slug, ct, tx);
            var created = (await conn.QuerySingleAsync<QuestionRow>(new CommandDefinition(Sql, new
            {
                termId, command.Level, Question = command.Question!.Trim(), ExpectedAnswer = command.ExpectedAnswer!.Trim(), command.Actor,
            }, tx, cancellationToken: ct))).ToItem();
            await audit.RecordAsync(conn, tx, termId, command.Actor, "create", "question", created.Id, null, created, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return created with { Warnings = ComplianceRules.Check(command.Question, command.ExpectedAnswer) };
        }
    }
}

public static class QuestionLimits
{
    public const int Question = 500;
    public const int ExpectedAnswer = 2000;
}
