using Dapper;
using HiringKit.Api.Features.Compliance;
using Microsoft.Extensions.Options;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

public static class UpdateRedFlag
{
    public sealed record Command(string Slug, long Id, string? IfMatch, RedFlagBody Body, string Actor) : IRequest<RedFlagItem>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ComplianceOptions> compliance)
        {
            ItemRules.LawfulWording(this, compliance, c => RedFlagRules.Warnings(c.Body));
            RuleFor(c => c.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(c => c.Id).GreaterThan(0).WithMessage("id must be a positive number");
            RedFlagRules.AddRules(this, c => c.Body);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, RedFlagItem>
    {
        // FOR UPDATE: the version check and the write happen under one row lock, so two edits cannot both pass the check.
        const string Current = """
            SELECT id, text, probe_question, version, updated_at, updated_by FROM red_flags
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL FOR UPDATE
            """;

        const string Sql = """
            UPDATE red_flags
            SET text = @Text, probe_question = @ProbeQuestion,
                version = version + 1, updated_at = now(), updated_by = @Actor
            WHERE id = @Id
            RETURNING id, text, probe_question, version, updated_at, updated_by
            """;

        public async Task<RedFlagItem> Handle(Command command, CancellationToken ct)
        {
            var expectedVersion = Concurrency.ExpectedVersion(command.IfMatch);
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, command.Slug, ct, tx);
            var before = (await conn.QuerySingleOrDefaultAsync<RedFlagRow>(new CommandDefinition(Current, new { command.Id, termId }, tx, cancellationToken: ct))
                ?? throw new NotFoundException($"Term '{command.Slug}' has no red flag {command.Id}.")).ToItem();
            Concurrency.EnsureCurrent(before.Version, expectedVersion, $"Red flag {command.Id}");

            var body = command.Body;
            var after = (await conn.QuerySingleAsync<RedFlagRow>(new CommandDefinition(Sql, new
            {
                command.Id, Text = body.Text!.Trim(), ProbeQuestion = body.ProbeQuestion?.Trim(), command.Actor,
            }, tx, cancellationToken: ct))).ToItem();
            await audit.RecordAsync(conn, tx, termId, command.Actor, "update", "red-flag", command.Id, before, after, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return after with { Warnings = RedFlagRules.Warnings(body) };
        }
    }
}
