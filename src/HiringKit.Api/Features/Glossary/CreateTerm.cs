using Dapper;
using FluentValidation;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Glossary;

public static class CreateTerm
{
    /// <summary>A new glossary term: its slug plus everything a PUT takes. It starts with the three standard levels.</summary>
    /// <param name="Slug">Lowercase-kebab, unique for ever (a deleted term's slug is not reused), e.g. "motivational-interviewing".</param>
    public sealed record Body(string? Slug, string? Name, string? Industry, string? Summary, string? WhyItMatters,
        IReadOnlyList<ComponentBody>? Components, IReadOnlyList<PhraseBody>? Phrases,
        IReadOnlyList<string>? ResumeExamples, IReadOnlyList<string>? TypicalJobTitles,
        IReadOnlyList<string>? RelatedJobTitles, IReadOnlyList<string>? FalseFriends)
    {
        // A method, not a property: the body is read from JSON, and a property would appear in it (and in its schema).
        public TermBody ToContent() => new(Name, Industry, Summary, WhyItMatters, Components, Phrases, ResumeExamples, TypicalJobTitles, RelatedJobTitles, FalseFriends);
    }

    public sealed record Command(Body? Body, string Actor) : IRequest<GetTerm.TermEntry>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull().WithMessage("a JSON body is required");
            RuleFor(c => c.Body!.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message).When(c => c.Body is not null).OverridePropertyName("slug");
            TermContent.AddRules(this, c => c.Body?.ToContent());
        }
    }

    public sealed class Handler(NpgsqlDataSource db, Audit audit, ContentCache cache) : IRequestHandler<Command, GetTerm.TermEntry>
    {
        // The unique slug index answers 409 for a taken slug, including one a deleted term used.
        const string Sql = """
            INSERT INTO terms (slug, name, industry, summary, why_it_matters, updated_by)
            VALUES (@Slug, @Name, @Industry, @Summary, @WhyItMatters, @Actor)
            RETURNING id
            """;

        const string StandardLevels = """
            INSERT INTO levels (term_id, level, label, min_years, max_years, updated_by) VALUES
              (@termId, 'junior', 'Junior (0-2 years)', 0, 2, @Actor),
              (@termId, 'mid', 'Mid (2-5 years)', 2, 5, @Actor),
              (@termId, 'senior', 'Senior (5+ years)', 5, NULL, @Actor)
            """;

        public async Task<GetTerm.TermEntry> Handle(Command command, CancellationToken ct)
        {
            var body = command.Body!;
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var termId = await conn.QuerySingleAsync<long>(new CommandDefinition(Sql, new
            {
                body.Slug, Name = body.Name!.Trim(), Industry = body.Industry!.Trim(), Summary = body.Summary!.Trim(),
                WhyItMatters = body.WhyItMatters?.Trim() ?? "", command.Actor,
            }, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(StandardLevels, new { termId, command.Actor }, tx, cancellationToken: ct));
            await TermContent.ReplaceChildrenAsync(conn, tx, termId, body.ToContent(), command.Actor, ct);
            var created = (await GetTerm.Handler.LoadAsync(conn, body.Slug!, tx, ct))!;
            await audit.RecordAsync(conn, tx, termId, command.Actor, "create", "term", termId, null, created, ct);
            await tx.CommitAsync(ct);
            cache.Invalidate();
            return created;
        }
    }
}
