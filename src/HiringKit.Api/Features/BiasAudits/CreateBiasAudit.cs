using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using HiringKit.Scoring;
using MediatR;
using Npgsql;
using static HiringKit.Api.Features.BiasAudits.AdverseImpact;

namespace HiringKit.Api.Features.BiasAudits;

public static class CreateBiasAudit
{
    /// <summary>The employer's own applicant records for one audit period. HiringKit never asks candidates for sex or race/ethnicity.</summary>
    /// <param name="Rows">One row per applicant scored: at least 30.</param>
    /// <param name="SelectedAtOrAbove">For pass/fail use of the score: the cut (0-100). Rates are then selection rates (share at or above it). Omit to audit the score itself (scoring rates).</param>
    /// <param name="Source">Where the data comes from, shown on the public summary, e.g. "Applicants to counselor roles, Jan-Dec 2026, from our ATS".</param>
    /// <param name="ScorerVersion">The scorerVersion the scores came from; omit for the current one.</param>
    public sealed record Request(IReadOnlyList<ApplicantRow>? Rows, double? SelectedAtOrAbove = null, string? Source = null, string? ScorerVersion = null);

    /// <param name="Score">The resume score, 0-100.</param>
    /// <param name="Sex">male or female; null, empty, "unknown" or "Decline to self-identify" (and its kin) when the records do not say.</param>
    /// <param name="RaceEthnicity">An EEO-1 category: hispanic-or-latino, white, black-or-african-american, native-hawaiian-or-pacific-islander, asian, american-indian-or-alaska-native, two-or-more-races; null, empty, "unknown" or "Decline to self-identify" (and its kin) when the records do not say.</param>
    public sealed record ApplicantRow(double? Score, string? Sex, string? RaceEthnicity);

    public sealed record Command(IReadOnlyList<ApplicantRow>? Rows, double? SelectedAtOrAbove, string? Source, string? ScorerVersion, string Actor) : IRequest<BiasAudit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        /// <summary>A spreadsheet with one bad column would otherwise answer with thousands of messages.</summary>
        const int MaxRowErrors = 10;

        public Validator()
        {
            RuleFor(c => c.Rows).NotNull().WithMessage("rows is required");
            RuleFor(c => c.Rows!.Count).GreaterThanOrEqualTo(MinimumRows).When(c => c.Rows is not null).OverridePropertyName("rows")
                .WithMessage(c => $"A bias audit needs at least {MinimumRows} applicants; this one has {c.Rows!.Count}. Rates over fewer people say nothing about the tool.");
            RuleFor(c => c.Rows).Custom((rows, context) =>
            {
                int errors = 0;
                for (int i = 0; rows is not null && i < rows.Count && errors < MaxRowErrors; i++)
                {
                    var row = rows[i];
                    if (row is null) { context.AddFailure($"rows[{i}]", $"rows[{i}] is empty"); errors++; continue; }
                    if (row.Score is not { } score || double.IsNaN(score) || score < 0 || score > 100)
                    { context.AddFailure($"rows[{i}].score", $"rows[{i}].score must be a number from 0 to 100 (a resume score)"); errors++; }
                    if (Category(row.Sex, Sexes) is null)
                    { context.AddFailure($"rows[{i}].sex", $"rows[{i}].sex '{row.Sex}' must be one of: {string.Join(", ", Sexes)}, or unknown"); errors++; }
                    if (Category(row.RaceEthnicity, RacesEthnicities) is null)
                    { context.AddFailure($"rows[{i}].raceEthnicity", $"rows[{i}].raceEthnicity '{row.RaceEthnicity}' must be one of: {string.Join(", ", RacesEthnicities)}, or unknown"); errors++; }
                }
            });
            RuleFor(c => c.SelectedAtOrAbove).InclusiveBetween(0, 100).WithMessage("selectedAtOrAbove must be a score from 0 to 100");
            RuleFor(c => c.Source).HumanText("source", 500).When(c => c.Source is not null);
            RuleFor(c => c.ScorerVersion).Matches(@"^\d+\.\d+\.\d+$").WithMessage("scorerVersion must look like 1.2.0");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Command, BiasAudit>
    {
        const string Sql = $"""
            INSERT INTO bias_audits (created_by, created_by_key_id, source, method, scorer_version, total, result)
            VALUES (@Actor, (SELECT id FROM api_keys WHERE name = @Actor), @Source, @Method, @ScorerVersion, @Total, @Result::jsonb)
            RETURNING {BiasAudit.Columns}
            """;

        public async Task<BiasAudit> Handle(Command command, CancellationToken ct)
        {
            var applicants = command.Rows!
                .Select(r => new Applicant(r.Score!.Value, Category(r.Sex, Sexes), Category(r.RaceEthnicity, RacesEthnicities)))
                .ToList();
            var tables = Compute(applicants, command.SelectedAtOrAbove);
            await using var conn = await db.OpenConnectionAsync(ct);
            var row = await conn.QuerySingleAsync<BiasAudit.Row>(new CommandDefinition(Sql, new
            {
                command.Actor,
                Source = string.IsNullOrWhiteSpace(command.Source) ? null : command.Source.Trim(),
                tables.Method,
                ScorerVersion = command.ScorerVersion ?? ScorerInfo.Version,
                tables.Total,
                Result = BiasAudit.StoredResultOf(tables),
            }, cancellationToken: ct));
            return row.ToAudit();
        }
    }
}
