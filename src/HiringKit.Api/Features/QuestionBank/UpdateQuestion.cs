using Dapper;
using HiringKit.Api.Features.Compliance;
using Microsoft.Extensions.Options;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

public static class UpdateQuestion
{
    public sealed record Command(string Slug, long Id, string? IfMatch, QuestionBody Body, string Actor) : IRequest<QuestionItem>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => QuestionRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
            QuestionRules.AddRules(this, c => c.Body);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, QuestionItem>
    {
        // FOR UPDATE: the version check and the write happen under one row lock, so two edits cannot both pass the check.
        const string Current = """
            SELECT id, level, question, expected_answer, version, updated_at, updated_by FROM questions
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL FOR UPDATE
            """;

        const string Sql = """
            UPDATE questions
            SET level = @Level, question = @Question, expected_answer = @ExpectedAnswer,
                version = version + 1, updated_at = now(), updated_by = @Actor
            WHERE id = @Id
            RETURNING id, level, question, expected_answer, version, updated_at, updated_by
            """;

        public async Task<QuestionItem> Handle(Command command, CancellationToken ct)
        {
            var expectedVersion = Concurrency.ExpectedVersion(command.IfMatch);
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, command.Slug, ct, tx);
            var before = (await conn.QuerySingleOrDefaultAsync<QuestionRow>(new CommandDefinition(Current, new { command.Id, termId }, tx, cancellationToken: ct))
                ?? throw new NotFoundException($"Term '{command.Slug}' has no question {command.Id}.")).ToItem();
            Concurrency.EnsureCurrent(before.Version, expectedVersion, $"Question {command.Id}");

            var body = command.Body;
            var after = (await conn.QuerySingleAsync<QuestionRow>(new CommandDefinition(Sql, new
            {
                command.Id, body.Level, Question = body.Question!.Trim(), ExpectedAnswer = body.ExpectedAnswer!.Trim(), command.Actor,
            }, tx, cancellationToken: ct))).ToItem();
            await audit.RecordAsync(conn, tx, termId, command.Actor, "update", "question", command.Id, before, after, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return after with { Warnings = QuestionRules.Warnings(body) };
        }
    }
}
