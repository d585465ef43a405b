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
    public sealed record Command(string Slug, RedFlagBody Body, string Actor) : IRequest<RedFlagItem>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => RedFlagRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RedFlagRules.AddRules(this, c => c.Body);
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
            var body = command.Body;
            var created = (await conn.QuerySingleAsync<RedFlagRow>(new CommandDefinition(Sql, new
            {
                termId, Text = body.Text!.Trim(), ProbeQuestion = body.ProbeQuestion?.Trim(), command.Actor,
            }, tx, cancellationToken: ct))).ToItem();
            await audit.RecordAsync(conn, tx, termId, command.Actor, "create", "red-flag", created.Id, null, created, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return created with { Warnings = RedFlagRules.Warnings(body) };
        }
    }
}
