using Dapper;
using HiringKit.Api.Features.Compliance;
using Microsoft.Extensions.Options;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

public static class CreateRedFlag
{
    public sealed record Command(string Slug, string? Text, string? ProbeQuestion, string Actor) : IRequest<RedFlagItem>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ComplianceOptions> compliance)
        {
            RuleFor(c => c).Must(c => !compliance.Value.Strict || ComplianceRules.Check(c.Text, c.ProbeQuestion).Count == 0)
                .WithMessage(c => ComplianceRules.Refusal(ComplianceRules.Check(c.Text, c.ProbeQuestion)))
                .WithErrorCode(ProblemHandler.UnlawfulWordingCode).OverridePropertyName("wording");
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.Text).HumanText("text", RedFlagLimits.Text);
            RuleFor(c => c.ProbeQuestion).HumanText("probeQuestion", RedFlagLimits.ProbeQuestion).When(c => c.ProbeQuestion is not null);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, RedFlagItem>
    {
        // New red flags go last; the unique index on live (term, lower(text)) answers 409.
        const string Sql = """
            INSERT INTO red_flags (term_id, text, probe_question, position, updated_by)
            SELECT @termId, @Text, @ProbeQuestion,
                   coalesce((SELECT max(position) + 1 FROM red_flags WHERE term_id = @termId), 0), @Actor
            RETURNING id, text, probe_question, version, updated_at, updated_by
            """;

        public async Task<RedFlagItem> Handle(Command command, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, command.Slug, ct, tx);
            var created = (await conn.QuerySingleAsync<RedFlagRow>(new CommandDefinition(Sql, new
            {
                termId, Text = command.Text!.Trim(), ProbeQuestion = command.ProbeQuestion?.Trim(), command.Actor,
            }, tx, cancellationToken: ct))).ToItem();
            await audit.RecordAsync(conn, tx, termId, command.Actor, "create", "red-flag", created.Id, null, created, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return created with { Warnings = ComplianceRules.Check(command.Text, command.ProbeQuestion) };
        }
    }
}

public static class RedFlagLimits
{
    public const int Text = 300;
    public const int ProbeQuestion = 500;
}
