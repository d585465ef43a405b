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
    public sealed record Command(string Slug, QuestionBody Body, string Actor) : IRequest<QuestionItem>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => QuestionRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            QuestionRules.AddRules(this, c => c.Body);
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
            var body = command.Body;
            var created = (await conn.QuerySingleAsync<QuestionRow>(new CommandDefinition(Sql, new
            {
                termId, body.Level, Question = body.Question!.Trim(), ExpectedAnswer = body.ExpectedAnswer!.Trim(), command.Actor,
            }, tx, cancellationToken: ct))).ToItem();
            await audit.RecordAsync(conn, tx, termId, command.Actor, "create", "question", created.Id, null, created, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return created with { Warnings = QuestionRules.Warnings(body) };
        }
    }
}
