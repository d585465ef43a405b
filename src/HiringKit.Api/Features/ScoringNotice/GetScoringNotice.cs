using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using HiringKit.Scoring;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.ScoringNotice;

/// <summary>
/// The notice an employer gives candidates before a resume score is used on them (NYC Local Law 144 asks
/// for one; the EU AI Act asks recruitment tools to be transparent). Built from the live glossary, so it
/// names exactly the terms the scorer scores, and from the scorer's own version.
/// </summary>
public static class GetScoringNotice
{
    /// <param name="Format">json or html: validated here, rendered by the endpoint.</param>
    public sealed record Query(string? Format) : IRequest<CandidateNotice>, ICachedQuery;

    /// <summary>What a candidate is told about the resume score.</summary>
    /// <param name="Tool">The tool's name.</param>
    /// <param name="ScorerVersion">The version of the score; the same resume gives the same score within one version.</param>
    /// <param name="Purpose">What the score is for, in one paragraph.</param>
    /// <param name="Assesses">The skills the score looks for: every term of the glossary, with its parts.</param>
    /// <param name="Evidence">The kinds of evidence in a resume that count, and how much.</param>
    /// <param name="NeverUses">What the score never uses, and cannot see.</param>
    /// <param name="Kept">What HiringKit keeps of a scored resume.</param>
    /// <param name="YourRights">What a candidate may ask of the employer.</param>
    public sealed record CandidateNotice(string Tool, string ScorerVersion, string Purpose, IReadOnlyList<AssessedTerm> Assesses,
        IReadOnlyList<string> Evidence, IReadOnlyList<string> NeverUses, string Kept, string YourRights);

    /// <param name="Components">The parts of the skill the score looks for evidence of; empty when the term has none.</param>
    public sealed record AssessedTerm(string Slug, string Name, string Summary, IReadOnlyList<string> Components);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Format).Must(f => f is null or "json" or "html").WithMessage("format must be one of: json, html");
    }

    public sealed class Handler(NpgsqlDataSource db) : IRequestHandler<Query, CandidateNotice>
    {
        const string Sql = """
            SELECT slug, name, summary FROM terms WHERE deleted_at IS NULL ORDER BY name, slug;

            SELECT t.slug, c.name FROM components c JOIN terms t ON t.id = c.term_id
            WHERE c.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY c.position, c.id;
            """;

        sealed record TermRow(string Slug, string Name, string Summary);

        sealed record ComponentRow(string Slug, string Name);

        public async Task<CandidateNotice> Handle(Query query, CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var results = await conn.QueryMultipleAsync(new CommandDefinition(Sql, cancellationToken: ct));
            var terms = (await results.ReadAsync<TermRow>()).ToList();
            var components = (await results.ReadAsync<ComponentRow>()).ToLookup(c => c.Slug, c => c.Name);
            return new CandidateNotice("HiringKit resume score", ScorerInfo.Version, Purpose,
                terms.Select(t => new AssessedTerm(t.Slug, t.Name, t.Summary, components[t.Slug].ToList())).ToList(),
                Evidence, NeverUses, Kept, YourRights);
        }
    }

    public const string Purpose =
        "An employer may use a score from 0 to 100 to help decide which resumes a recruiter reads first for mental-health " +
        "counseling roles. The score says how much evidence your resume shows of the skills listed below. It is an aid to " +
        "the recruiter, who reads the resume; it says nothing about you as a person.";

    // Each line is what ResumeScorer and LevelEstimator actually read (see the README's scoring formula); the blind-swap
    // tests show names, pronouns and the groups one belongs to change nothing.
    public static readonly IReadOnlyList<string> Evidence =
    [
        "The skill's own name and its synonyms (for example \"therapeutic alliance\", \"working alliance\"): up to 35 of 100 points.",
        "Related competencies a counselor shows (for example \"rupture and repair\", \"treatment planning\"): up to 25 points.",
        "Evidence of each part of the skill (for example bond, goals, tasks): up to 25 points.",
        "Measured client outcomes stated with the skill (for example \"85% client retention\"): up to 15 points.",
        "How each is said: stated outright counts fully; \"familiar with\" counts about a third; \"eager to learn\" a tenth; \"no experience with\" nothing. Repeating a phrase adds little.",
        "Seniority: years of professional experience from the employment dates of your roles (education, licensure and internships are left out; when some roles show the skill, only those count), and signs such as supervising or training others.",
        "Job titles that match the field (for example Licensed Professional Counselor): shown to the recruiter and used to tell which roles show the skill; they add no points themselves.",
    ];

    public static readonly IReadOnlyList<string> NeverUses =
    [
        "Your name, photo, address or contact details.",
        "Your sex, gender, pronouns, race, ethnicity, national origin, religion, age or date of birth, marital or family status, disability or health.",
        "Whether a school, association or community or faith group on your resume is named for a sex, an ethnicity or a religion: such names are not in the score's vocabulary, and tests check that swapping them changes nothing.",
        "Anything outside the resume text: no social media, no other data about you.",
        "Text hidden in a file (white or tiny text, hidden Word runs) is left out, so it can neither help nor harm.",
    ];

    public const string Kept =
        "Nothing of your resume: HiringKit scores the text in memory and keeps neither the text, nor the file, nor the score. " +
        "The employer keeps what its own records keep, under its own privacy notice.";

    public const string YourRights =
        "You may ask the employer for another way to be assessed, or for an accommodation, instead of this score; the employer's " +
        "job posting says how. The employer publishes a yearly bias audit of this score (NYC Local Law 144).";
}
