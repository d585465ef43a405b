using Dapper;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Features.QuestionBank;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Compliance;

public static class GetComplianceReport
{
    public sealed record Query(string Slug) : IRequest<Report>, ICachedQuery;

    /// <summary>Every finding in a term's question bank; an empty list means nothing was flagged.</summary>
    public sealed record Report(string Term, int Checked, IReadOnlyList<Finding> Findings);

    /// <summary>One flagged field of one item.</summary>
    /// <param name="Entity">question, indicator or red-flag.</param>
    /// <param name="Id">The item's id (edit it under its collection).</param>
    /// <param name="Level">The item's level; null for red flags.</param>
    /// <param name="Field">Which field holds the wording.</param>
    /// <param name="Rule">The protected area, e.g. mental-health-history, age, religion.</param>
    /// <param name="Text">The wording that triggered it.</param>
    /// <param name="Hint">What to ask instead.</param>
    public sealed record Finding(string Entity, long Id, string? Level, string Field, string Rule, string Text, string Hint);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, Report>
    {
        const string Sql = """
            SELECT 'question' AS entity, id, level, 'question' AS field, question AS text, position FROM questions WHERE term_id = @termId AND deleted_at IS NULL
            UNION ALL
            SELECT 'question', id, level, 'expectedAnswer', expected_answer, position FROM questions WHERE term_id = @termId AND deleted_at IS NULL
            UNION ALL
            SELECT 'indicator', id, level, 'text', text, position FROM indicators WHERE term_id = @termId AND deleted_at IS NULL
            UNION ALL
            SELECT 'red-flag', id, NULL, 'text', text, position FROM red_flags WHERE term_id = @termId AND deleted_at IS NULL
            UNION ALL
            SELECT 'red-flag', id, NULL, 'probeQuestion', probe_question, position FROM red_flags
            WHERE term_id = @termId AND deleted_at IS NULL AND probe_question IS NOT NULL
            ORDER BY 1, 3 NULLS LAST, 6, 2, 4
            """;

        sealed record Row(string Entity, long Id, string? Level, string Field, string Text, int Position);

        public async Task<Report> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var termId = await TermIds.RequireAsync(conn, query.Slug, ct);
            var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Sql, new { termId }, cancellationToken: ct))).ToList();
            var findings = rows.SelectMany(r => ComplianceRules.Check(r.Text)
                .Select(w => new Finding(r.Entity, r.Id, r.Level, r.Field, w.Rule, w.Text, w.Hint))).ToList();
            return new Report(query.Slug, rows.Count, findings);
        }
    }
}

public static class ComplianceEndpoints
{
    public static void MapCompliance(this IEndpointRouteBuilder api)
    {
        api.MapGet("/terms/{slug}/compliance", GetAsync)
            .WithTags("Compliance")
            .RequireAuthorization(Roles.Reader)
            .WithName("GetComplianceReport")
            .WithSummary("Check a term's whole question bank for wording that invites unlawful questions")
            .Produces<GetComplianceReport.Report>()
            .WithResponseExample(new GetComplianceReport.Report("therapeutic-alliance", 35,
                [new("question", 41, "mid", "question", "medication", "you currently taking any medications",
                    "Do not ask about the candidate's medications; ask whether they can perform the essential functions of the role.")]));
    }

    /// <summary>Every question, expected answer, indicator and red flag of a term, checked against US EEOC guidance.</summary>
    /// <remarks>
    /// Flags wording about the candidate's own health, disability or mental-health history, medications,
    /// age, pregnancy and family plans, religion, national origin, marital status or arrests. Wording about
    /// clients ("difficult clients", "clients with disabilities") is the job and is not flagged. Each
    /// finding says what to ask instead. The same check runs on every write (its `warnings`), and in
    /// strict mode (`Compliance__Strict=true`) such writes are refused with 422.
    /// </remarks>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <response code="200">The findings; an empty list means nothing was flagged.</response>
    static async Task<IResult> GetAsync(IMediator mediator, string slug, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetComplianceReport.Query(slug), ct));
}
