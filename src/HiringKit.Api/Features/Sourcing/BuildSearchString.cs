using System.Text;
using FluentValidation;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;

namespace HiringKit.Api.Features.Sourcing;

public static class BuildSearchString
{
    public static readonly string[] TitleChoices = ["all", "typical", "none"];

    /// <param name="Kinds">Phrase kinds to include, comma-separated (default canonical,synonym).</param>
    /// <param name="Titles">all, typical or none (default all).</param>
    /// <param name="MaxLength">Longest string the board accepts (default 1000).</param>
    public sealed record Query(string Slug, string? Level, string? Kinds, string? Titles, int MaxLength) : IRequest<SearchString>;

    /// <summary>A Boolean search string and the groups it was built from.</summary>
    /// <param name="Query">Paste this into the job board or ATS search.</param>
    /// <param name="Length">Characters in `query`.</param>
    /// <param name="Parts">The groups, in order: phrases AND titles AND level words NOT false friends.</param>
    /// <param name="Omitted">Values dropped to fit `maxLength`, least important first.</param>
    public sealed record SearchString(string Query, int Length, IReadOnlyList<Part> Parts, IReadOnlyList<string> Omitted);

    /// <param name="Group">phrases, titles, level or exclude.</param>
    /// <param name="Operator">How the group joins the ones before it: AND, or NOT for exclusions.</param>
    /// <param name="Values">The values ORed together inside the group.</param>
    /// <param name="Text">The group as it appears in the query.</param>
    public sealed record Part(string Group, string Operator, IReadOnlyList<string> Values, string Text);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Slug).Must(Slugs.IsValid).WithMessage(Slugs.Message);
            RuleFor(q => q.Level).Must(Levels.IsKnown).When(q => q.Level is not null).WithMessage(Levels.UnknownMessage);
            RuleFor(q => q.Kinds).Must(k => k is null || (k.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } kinds && kinds.All(PhraseKinds.All.Contains)))
                .WithMessage($"kinds must be a comma-separated list of: {string.Join(", ", PhraseKinds.All)}");
            RuleFor(q => q.Titles).Must(t => t is null || TitleChoices.Contains(t)).WithMessage($"titles must be one of: {string.Join(", ", TitleChoices)}");
            RuleFor(q => q.MaxLength).InclusiveBetween(40, 10_000).WithMessage("maxLength must be between 40 and 10000");
        }
    }

    // Words recruiters pair with a seniority; mid-level roles rarely say so in their titles.
    static readonly Dictionary<string, string[]> LevelWords = new()
    {
        ["junior"] = ["junior", "associate", "entry level", "resident"],
        ["mid"] = [],
        ["senior"] = ["senior", "lead", "supervisor", "clinical supervisor"],
    };

    // Licensure abbreviations that stand for a title on resumes and profiles.
    static readonly Dictionary<string, string> Credentials = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Licensed Professional Counselor"] = "LPC",
        ["Licensed Mental Health Counselor"] = "LMHC",
        ["Licensed Clinical Social Worker"] = "LCSW",
        ["Licensed Marriage and Family Therapist"] = "LMFT",
        ["Licensed Professional Clinical Counselor"] = "LPCC",
    };

    public sealed class Handler(IMediator mediator) : IRequestHandler<Query, SearchString>
    {
        public async Task<SearchString> Handle(Query query, CancellationToken ct)
        {
            var term = await mediator.Send(new GetTerm.Query(query.Slug), ct);
            var kinds = (query.Kinds ?? "canonical,synonym").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var titlesChoice = query.Titles ?? "all";

            // Each group lists its values most important first, so trimming from the end loses the least.
            var phrases = term.Phrases.Where(p => kinds.Contains(p.Kind))
                .OrderBy(p => Array.IndexOf(PhraseKinds.All, p.Kind)).Select(p => p.Phrase).ToList();
            var titles = titlesChoice == "none" ? [] : term.TypicalJobTitles
                .Concat(titlesChoice == "all" ? term.RelatedJobTitles : [])
                .SelectMany(t => Credentials.TryGetValue(t, out var credential) ? new[] { t, credential } : [t])
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var level = query.Level is null ? [] : LevelWords[query.Level].ToList();
            // A false friend of a phrase left out of the search ("rapport with customers" when only the term and its
            // synonyms are searched for) excludes nothing the search would find (issue 16).
            // The plural counts as the phrase, as the scorer folds it: French "des rapports" is a false friend of "rapport".
            var unsearched = term.Phrases.Where(p => !kinds.Contains(p.Kind))
                .SelectMany(p => new[] { $" {p.Phrase} ", $" {p.Phrase}s " }).ToList();
            // Nor does a searched phrase's context read as one string ("working alliance with lenders"): the scorer reads its
            // words near the phrase, a board only the exact string, and the group's length went to job titles (session 22).
            var searched = phrases.Select(p => p + " ").ToList();
            var exclude = term.FalseFriends.Where(f => !unsearched.Any(p => $" {f} ".Contains(p, StringComparison.Ordinal))
                && !searched.Any(p => f.StartsWith(p, StringComparison.Ordinal))).ToList();

            var omitted = new List<string>();
            while (Compose(phrases, titles, level, exclude).Length > query.MaxLength)
            {
                // Give up breadth before precision: related extras first, exclusions and the canonical phrase last.
                if (titles.Count > 1) Drop(titles, omitted);
                else if (phrases.Count > 1) Drop(phrases, omitted);
                else if (level.Count > 1) Drop(level, omitted);
                else if (exclude.Count > 0) Drop(exclude, omitted);
                else if (titles.Count > 0) Drop(titles, omitted);
                else if (level.Count > 0) Drop(level, omitted);
                else
                    throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("maxLength",
                        $"maxLength {query.MaxLength} is too short for even the canonical phrase: it needs {Compose(phrases, titles, level, exclude).Length}")]);
            }

            var parts = new List<Part>();
            if (phrases.Count > 0) parts.Add(new Part("phrases", "AND", phrases, Group(phrases)));
            if (titles.Count > 0) parts.Add(new Part("titles", "AND", titles, Group(titles)));
            if (level.Count > 0) parts.Add(new Part("level", "AND", level, Group(level)));
            if (exclude.Count > 0) parts.Add(new Part("exclude", "NOT", exclude, Group(exclude)));
            var text = Compose(phrases, titles, level, exclude);
            return new SearchString(text, text.Length, parts, omitted);
        }

        static void Drop(List<string> values, List<string> omitted)
        {
            omitted.Add(values[^1]);
            values.RemoveAt(values.Count - 1);
        }

        static string Compose(List<string> phrases, List<string> titles, List<string> level, List<string> exclude)
        {
            var included = new[] { phrases, titles, level }.Where(g => g.Count > 0).Select(Group);
            var query = new StringBuilder(string.Join(" AND ", included));
            if (exclude.Count > 0) query.Append(query.Length > 0 ? " NOT " : "NOT ").Append(Group(exclude));
            return query.ToString();
        }

        static string Group(List<string> values) =>
            values.Count == 1 ? Quote(values[0]) : "(" + string.Join(" OR ", values.Select(Quote)) + ")";
    }

    /// <summary>
    /// A bare word stays bare (LPC); anything else is quoted as an exact phrase. Boards have no escape for
    /// a quote inside quotes, so quotes and parentheses in a value become spaces rather than break the string.
    /// </summary>
    public static string Quote(string value)
    {
        var clean = string.Join(' ', value.Replace('"', ' ').Replace('(', ' ').Replace(')', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var bare = clean.Length > 0 && clean.All(char.IsLetterOrDigit) && clean is not ("AND" or "OR" or "NOT");
        return bare ? clean : $"\"{clean}\"";
    }
}

public static class SourcingEndpoints
{
    public static void MapSourcing(this IEndpointRouteBuilder api)
    {
        api.MapGet("/terms/{slug}/search-string", GetAsync)
            .WithTags("Sourcing")
            .RequireAuthorization(Roles.Reader)
            .WithName("BuildSearchString")
            .WithSummary("Build a Boolean search string for LinkedIn Recruiter or an ATS")
            .Produces<BuildSearchString.SearchString>()
            .WithResponseExample(new BuildSearchString.SearchString(
                "(\"therapeutic alliance\" OR \"working alliance\") AND (\"Licensed Professional Counselor\" OR LPC) AND (senior OR lead) NOT \"strategic alliance\"",
                134,
                [new("phrases", "AND", ["therapeutic alliance", "working alliance"], "(\"therapeutic alliance\" OR \"working alliance\")"),
                 new("titles", "AND", ["Licensed Professional Counselor", "LPC"], "(\"Licensed Professional Counselor\" OR LPC)"),
                 new("level", "AND", ["senior", "lead"], "(senior OR lead)"),
                 new("exclude", "NOT", ["strategic alliance"], "\"strategic alliance\"")],
                ["Behavioral Health Counselor"]));
    }

    /// <summary>The Boolean string a recruiter pastes into a job board or ATS search, from the term's phrases and titles.</summary>
    /// <remarks>
    /// `(phrases) AND (job titles and credentials) AND (level words) NOT (false friends)`. Multi-word values
    /// are quoted; credentials such as LPC stay bare. When the string would be longer than `maxLength` (some
    /// boards cap it), the least important values are dropped first and listed in `omitted`.
    /// </remarks>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <param name="level">junior, mid or senior: adds words such as senior, lead, supervisor.</param>
    /// <param name="kinds">Phrase kinds, comma-separated: canonical, synonym, related (default canonical,synonym).</param>
    /// <param name="titles">Job titles to require: all (typical and related), typical, or none (default all).</param>
    /// <param name="maxLength">The longest string the board accepts, 40-10000 (default 1000).</param>
    /// <response code="200">The search string and its parts.</response>
    static async Task<IResult> GetAsync(IMediator mediator, string slug, string? level, string? kinds, string? titles, int? maxLength, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new BuildSearchString.Query(slug, level, kinds, titles, maxLength ?? 1000), ct));
}
