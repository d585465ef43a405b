using Dapper;
using HiringKit.Api.Features.Compliance;
using Microsoft.Extensions.Options;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

public static class UpdateIndicator
{
    public sealed record Command(string Slug, long Id, string? IfMatch, IndicatorBody Body, string Actor) : IRequest<IndicatorItem>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => IndicatorRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
            IndicatorRules.AddRules(this, c => c.Body);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, IndicatorItem>
    {
        // FOR UPDATE: the version check and the write happen under one row lock, so two edits cannot both pass the check.
        const string Current = """
            SELECT id, level, text, version, updated_at, updated_by FROM indicators
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL FOR UPDATE
            """;

        const string Sql = """
            UPDATE indicators
            SET level = @Level, text = @Text,
                version = version + 1, updated_at = now(), updated_by = @Actor
            WHERE id = @Id
            RETURNING id, level, text, version, updated_at, updated_by
            """;

        public async Task<IndicatorItem> Handle(Command command, CancellationToken ct)
        {
            var expectedVersion = Concurrency.ExpectedVersion(command.IfMatch);
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, command.Slug, ct, tx);
            var before = (await conn.QuerySingleOrDefaultAsync<IndicatorRow>(new CommandDefinition(Current, new { command.Id, termId }, tx, cancellationToken: ct))
                ?? throw new NotFoundException($"Term '{command.Slug}' has no indicator {command.Id}.")).ToItem();
            Concurrency.EnsureCurrent(before.Version, expectedVersion, $"Indicator {command.Id}");

            var body = command.Body;
            var after = (await conn.QuerySingleAsync<IndicatorRow>(new CommandDefinition(Sql, new
            {
                command.Id, body.Level, Text = body.Text!.Trim(), command.Actor,
            }, tx, cancellationToken: ct))).ToItem();
            await audit.RecordAsync(conn, tx, termId, command.Actor, "update", "indicator", command.Id, before, after, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return after with { Warnings = IndicatorRules.Warnings(body) };
        }
    }
}
