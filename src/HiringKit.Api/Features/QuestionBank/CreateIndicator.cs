using Dapper;
using HiringKit.Api.Features.Compliance;
using Microsoft.Extensions.Options;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

public static class CreateIndicator
{
    public sealed record Command(string Slug, IndicatorBody Body, string Actor) : IRequest<IndicatorItem>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => IndicatorRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            IndicatorRules.AddRules(this, c => c.Body);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, IndicatorItem>
    {
        // New indicators go last in their level; the unique index on live (term, level, lower(text)) answers 409.
        const string Sql = """
            INSERT INTO indicators (term_id, level, text, position, updated_by)
            SELECT @termId, @Level, @Text,
                   coalesce((SELECT max(position) + 1 FROM indicators WHERE term_id = @termId AND level = @Level), 0), @Actor
            RETURNING id, level, text, version, updated_at, updated_by
            """;

        public async Task<IndicatorItem> Handle(Command command, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, command.Slug, ct, tx);
            var body = command.Body;
            var created = (await conn.QuerySingleAsync<IndicatorRow>(new CommandDefinition(Sql, new
            {
                termId, body.Level, Text = body.Text!.Trim(), command.Actor,
            }, tx, cancellationToken: ct))).ToItem();
            await audit.RecordAsync(conn, tx, termId, command.Actor, "create", "indicator", created.Id, null, created, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return created with { Warnings = IndicatorRules.Warnings(body) };
        }
    }
}
