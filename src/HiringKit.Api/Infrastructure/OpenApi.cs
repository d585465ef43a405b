using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using HiringKit.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HiringKit.Api.Infrastructure;

/// <summary>
/// Swagger is the HR staff's editor and the ATS developer's reference, so the document carries
/// summaries, XML doc remarks, working examples, every error status and the API-key scheme.
/// </summary>
public static class OpenApi
{
    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "HiringKit API",
                Version = "v1",
                Description = "Glossary entries, interview guides and resume scoring for recruiters hiring mental-health counselors. " +
                              $"Every /api/v1 call needs an API key in the `{ApiKeys.Header}` header: use **Authorize** above.",
                License = new OpenApiLicense { Name = "Proprietary: HiringKit customers only" },
            });
            o.AddServer(new OpenApiServer { Url = "/", Description = "This HiringKit instance" });
            o.DocumentFilter<TagDescriptions>();
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            if (File.Exists(xml)) o.IncludeXmlComments(xml);
            o.AddSecurityDefinition(ApiKeyAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeys.Header,
                Description = "An API key. Roles: reader < scorer < editor < admin.",
            });
            o.OperationFilter<SecurityAndExamplesFilter>();
            o.OperationFilter<StandardResponsesFilter>();
            o.OperationAsyncFilter<LiveExamplesFilter>();
            o.SchemaFilter<ChoicesFilter>();
            o.SchemaFilter<RequiredFilter>();
            o.SchemaFilter<MergedShapeFilter>();
            o.SupportNonNullableReferenceTypes();
            // A nullable reference ("evidence": null) can only say so beside an allOf in OpenAPI 3.0.
            o.UseAllOfToExtendReferenceSchemas();
            // Slices nest their contracts (CreateKey.Request); generic slice names get their slice as prefix.
            o.CustomSchemaIds(SchemaIdOf);
        });
        return services;
    }

    static readonly HashSet<string> GenericNames = ["Query", "Command", "Request", "Response", "Item", "Body", "Fields"];

    /// <summary>
    /// The errors an operation can answer beyond those every operation of its kind can (see
    /// <see cref="StandardResponsesFilter"/>): 404, 409, 412, 422, 428 and the like.
    /// </summary>
    public static RouteHandlerBuilder ProducesErrors(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
            builder.Produces<Problem>(status, ProblemKinds.ContentType);
        return builder;
    }

    /// <summary>Declares a response header, so a generated client can read it (an ETag for If-Match, a Link to the next page).</summary>
    public static TBuilder WithResponseHeader<TBuilder>(this TBuilder builder, string name, string description, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ResponseHeaderMetadata(name, description, statuses));

    public sealed record ResponseHeaderMetadata(string Name, string Description, int[] Statuses);

    /// <summary>An editable item's ETag: its version, which If-Match must name to change it.</summary>
    public static TBuilder WithVersionETag<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder =>
        builder.WithResponseHeader("ETag", "The item's version as a strong entity tag, `\"v{version}\"` (e.g. `\"v3\"`). " +
            "Send it back in `If-Match` to change or delete the item, or in `If-None-Match` to get 304 while it is unchanged.", statuses);

    /// <summary>A composed document's ETag: a hash of the bytes sent.</summary>
    public static TBuilder WithContentETag<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder =>
        builder.WithResponseHeader("ETag", "A strong entity tag: a hash of this exact representation. Send it in `If-None-Match` to get 304 while it is unchanged.", statuses);

    /// <summary>A paged list's total and next page.</summary>
    public static TBuilder WithPaging<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithResponseHeader("X-Total-Count", "How many items there are on all pages.", 200)
            .WithResponseHeader("Link", "`<...>; rel=\"next\"`: the next page, while there is one (RFC 8288).", 200);

    /// <summary>What an answer means, in words: a typed result declares only its status and schema.</summary>
    public static RouteHandlerBuilder WithResponseDescription(this RouteHandlerBuilder builder, int status, string description) =>
        builder.WithMetadata(new ResponseDescriptionMetadata(status, description));

    public sealed record ResponseDescriptionMetadata(int Status, string Description);

    public static RouteHandlerBuilder WithResponseExample(this RouteHandlerBuilder builder, object example, int status = 200) =>
        builder.WithMetadata(new ExampleMetadata(example, status, IsRequest: false));

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, object example) =>
        builder.WithMetadata(new ExampleMetadata(example, 0, IsRequest: true));

    public sealed record ExampleMetadata(object Example, int Status, bool IsRequest);

    /// <summary>
    /// A 200 example produced when the document is built, by running the operation's own use case on its
    /// request example: a change to the scorer or the guide changes the example, which cannot drift.
    /// </summary>
    public static RouteHandlerBuilder WithLiveResponseExample(this RouteHandlerBuilder builder, Func<MediatR.IMediator, CancellationToken, Task<object>> answer) =>
        builder.WithMetadata(new LiveExampleMetadata(answer));

    public sealed record LiveExampleMetadata(Func<MediatR.IMediator, CancellationToken, Task<object>> Answer);

    sealed class LiveExamplesFilter(IServiceScopeFactory scopes, IOptions<JsonOptions> json, ILogger<LiveExamplesFilter> log) : IOperationAsyncFilter
    {
        public async Task ApplyAsync(OpenApiOperation operation, OperationFilterContext context, CancellationToken ct)
        {
            foreach (var live in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<LiveExampleMetadata>())
            {
                if (operation.Responses?.TryGetValue("200", out var response) != true
                    || response?.Content?.TryGetValue("application/json", out var content) != true || content is not OpenApiMediaType media) continue;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var answer = await live.Answer(scope.ServiceProvider.GetRequiredService<MediatR.IMediator>(), ct);
                    media.Example = JsonSerializer.SerializeToNode(answer, answer.GetType(), json.Value.SerializerOptions);
                }
                catch (Exception e) when (Database.IsUnavailable(e))
                {
                    // The document is still served in an outage, without this example.
                    log.LogWarning("No live example for {Operation}: the database is unavailable", operation.OperationId);
                }
            }
        }
    }

    /// <summary>A media type the endpoint still takes but the document leaves out, so generators see one body type per operation.</summary>
    public static RouteHandlerBuilder WithUndocumentedRequestType(this RouteHandlerBuilder builder, string mediaType) =>
        builder.WithMetadata(new UndocumentedRequestType(mediaType));

    public sealed record UndocumentedRequestType(string MediaType);

    /// <summary>Marks a type that documents an answer of several shapes (see <see cref="MergedShapeFilter"/>).</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class MergedShapeAttribute(params Type[] shapes) : Attribute
    {
        public Type[] Shapes { get; } = shapes;
    }

    /// <summary>Describes a multipart/form-data body with one file and some text fields, for Swagger's upload form.</summary>
    public static RouteHandlerBuilder WithMultipartUpload(this RouteHandlerBuilder builder, string fileField, string fileDescription,
        string[] fileContentTypes, params (string Name, string Description)[] fields) =>
        builder.WithMetadata(new MultipartMetadata(fileField, fileDescription, fileContentTypes, fields));

    public sealed record MultipartMetadata(string FileField, string FileDescription, string[] FileContentTypes, (string Name, string Description)[] Fields);

    /// <summary>
    /// Fields such as level, role, kind and band are strings in the code (so a wrong value gets a 400
    /// that lists the right ones), but the document gives their values as enums: Swagger UI offers a
    /// drop-down and a generated client gets a C# enum.
    /// </summary>
    sealed class ChoicesFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type.Namespace?.StartsWith("HiringKit") != true) return;
            foreach (var (name, property) in concrete.Properties.ToList())
            {
                var choice = Choices.FirstOrDefault(c => c.Properties.Contains(name));
                if (choice is null || property is not OpenApiSchema target) continue;
                if (context.Type.GetProperty(name, BindingFlags.IgnoreCase | BindingFlags.Public | BindingFlags.Instance)?.PropertyType != typeof(string)) continue;
                bool nullable = target.Type?.HasFlag(JsonSchemaType.Null) == true;
                concrete.Properties[name] = nullable
                    ? new OpenApiSchema { AllOf = [Reference(choice, context.SchemaRepository)], Type = JsonSchemaType.Null, Description = target.Description }
                    : new OpenApiSchema { AllOf = [Reference(choice, context.SchemaRepository)], Description = target.Description };
            }
        }
    }

    /// <summary>A set of values the API speaks, documented once as an enum component that every use refers to.</summary>
    public sealed record Choice(string SchemaId, string[] Properties, IReadOnlyList<string> Values, string Description);

    // One C# enum per choice in a generated client (Level, not QuestionBodyLevel, IndicatorItemLevel, ...).
    public static readonly Choice[] Choices =
    [
        new("Level", ["level", "targetLevel", "supportedLevel"], Levels.All, "Seniority: junior (0-2 years), mid (2-5), senior (5+). Accepted in any letter case."),
        new("Role", ["role"], Roles.All, "A key's role; each may do what the ones before it may. Accepted in any letter case."),
        new("PhraseKind", ["kind"], PhraseKinds.All, "canonical (the term), synonym, or related (a competency that shows it). Accepted in any letter case."),
        new("Band", ["band"], Scoring.Bands.All, $"How strongly the resume shows the glossary's terms, by score: weak from {Scoring.ResumeScorer.WeakFrom}, moderate from {Scoring.ResumeScorer.ModerateFrom}, strong from {Scoring.ResumeScorer.StrongFrom}."),
        new("Assertion", ["assertion"], Scoring.Assertions.All, "How the resume states a phrase: only asserted evidence counts fully."),
        new("QuestionFocus", ["focus"], ["gap", "negated", "hedged", "general", "verify"], "Why a planned question comes where it does."),
        new("LevelSource", ["levelSource"], ["target", "resume", "default"], "Where a plan's level came from."),
        new("Section", ["section"], Scoring.Sections.All, "Where in the resume a scored phrase stands; experience counts fully, a skills list a little, a keyword block least."),
        new("DocumentFormat", [], ["json", "markdown", "html"], "A representation: JSON, or a printable Markdown or HTML document."),
    ];

    public static OpenApiSchemaReference Reference(Choice choice, SchemaRepository repository)
    {
        if (!repository.Schemas.ContainsKey(choice.SchemaId))
            repository.AddDefinition(choice.SchemaId, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = choice.Description,
                Enum = choice.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
            });
        return new OpenApiSchemaReference(choice.SchemaId);
    }

    /// <summary>
    /// Every property the API always writes is `required`; only those that may be null or absent are not.
    /// A generated client then types them non-nullable and a validator notices a field gone missing.
    /// A nullable reference is `allOf: [$ref]` with `nullable: true` and no `type`: with a type beside it,
    /// NSwag makes a new subclass per property (Evidence2, Omitted3) instead of using the referenced one.
    /// Redocly's nullable-type-sibling rule asks for that type, so the lint test turns that one rule off.
    /// </summary>
    sealed class RequiredFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type.Namespace?.StartsWith("HiringKit") != true) return;
            foreach (var (name, property) in concrete.Properties)
            {
                bool nullable = property switch
                {
                    OpenApiSchema p => p.Type?.HasFlag(JsonSchemaType.Null) == true || (p.Type is null && p.AllOf is not { Count: > 0 } && p.Properties is null),
                    _ => false,
                };
                if (!nullable) (concrete.Required ??= new HashSet<string>()).Add(name);
            }
        }
    }

    /// <summary>
    /// An answer whose shape depends on the request (a guide for one level or for all) is documented as
    /// one object holding the fields of every shape, of which only those all shapes share are required:
    /// generated clients handle that far better than oneOf, and the shapes stay the code's own types.
    /// </summary>
    sealed class MergedShapeFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (context.Type.GetCustomAttribute<MergedShapeAttribute>() is not { } merged || schema is not OpenApiSchema target) return;
            var properties = new Dictionary<string, IOpenApiSchema>();
            HashSet<string>? required = null;
            foreach (var shape in merged.Shapes)
            {
                context.SchemaGenerator.GenerateSchema(shape, context.SchemaRepository);
                var resolved = (OpenApiSchema)context.SchemaRepository.Schemas[context.SchemaRepository.Schemas.Keys.Single(k => k == SchemaIdOf(shape))];
                foreach (var (name, property) in resolved.Properties ?? new Dictionary<string, IOpenApiSchema>()) properties.TryAdd(name, property);
                var shapeRequired = resolved.Required ?? new HashSet<string>();
                required = required is null ? [.. shapeRequired] : [.. required.Intersect(shapeRequired)];
            }
            target.Type = JsonSchemaType.Object;
            target.Properties = properties;
            target.Required = required ?? [];
            target.AdditionalPropertiesAllowed = false;
        }
    }

    static string SchemaIdOf(Type t) => t.DeclaringType is { } slice && GenericNames.Contains(t.Name) ? slice.Name + t.Name : t.Name;

    /// <summary>
    /// What every operation of a kind can answer, declared once: any /api/v1 call can meet a missing key
    /// (401), a small role (403), a rate limit (429), a fault (500) and a database outage (503); a call with a path
    /// parameter an unknown item (404); one with a body a bad body (400), too large a body (413) or
    /// the wrong media type (415). Errors share one schema; headers the API sends are declared.
    /// </summary>
    sealed class StandardResponsesFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var path = "/" + context.ApiDescription.RelativePath;
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            bool authorized = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            bool hasBody = operation.RequestBody is not null;
            bool hasParameters = operation.Parameters is { Count: > 0 } || path.Contains('{');
            operation.Responses ??= new OpenApiResponses();
            foreach (var hidden in metadata.OfType<UndocumentedRequestType>())
                operation.RequestBody?.Content?.Remove(hidden.MediaType);

            var statuses = new List<int>();
            if (authorized) statuses.AddRange([401, 403, 429, 500, 503]);
            if (hasParameters || hasBody) statuses.Add(400);
            if (path.Contains('{') && authorized) statuses.Add(404);
            if (hasBody) statuses.AddRange([413, 415]);
            var problem = context.SchemaGenerator.GenerateSchema(typeof(Problem), context.SchemaRepository);
            foreach (var status in statuses)
                operation.Responses.TryAdd(status.ToString(), new OpenApiResponse());
            // In status order, whichever declared them (the endpoint or this filter), so the document reads well and diffs stably.
            var ordered = new OpenApiResponses();
            foreach (var (code, response) in operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal)) ordered[code] = response;
            operation.Responses = ordered;

            foreach (var (code, response) in operation.Responses.ToList())
            {
                if (response is not OpenApiResponse concrete || !int.TryParse(code, out var status)) continue;
                // The health probes answer with bodies of their own (readiness's 503 says what is not ready).
                foreach (var described in metadata.OfType<ResponseDescriptionMetadata>().Where(d => d.Status == status))
                    concrete.Description = described.Description;
                if (status >= 400 && path.StartsWith("/api/", StringComparison.Ordinal))
                {
                    concrete.Description = ProblemKinds.Describe(status);
                    concrete.Content = new Dictionary<string, IOpenApiMediaType> { [ProblemKinds.ContentType] = new OpenApiMediaType { Schema = problem } };
                }
                // A printable representation is text, whatever schema the JSON one has.
                foreach (var (type, media) in concrete.Content ?? new Dictionary<string, IOpenApiMediaType>())
                    if (type.StartsWith("text/", StringComparison.Ordinal) && media is OpenApiMediaType text) { text.Schema = new OpenApiSchema { Type = JsonSchemaType.String }; text.Example = null; }

                var headers = new Dictionary<string, IOpenApiHeader>();
                if (status is 429 or 503) headers["Retry-After"] = Header("Seconds to wait before trying again.", JsonSchemaType.Integer);
                if (status == 201) headers["Location"] = Header("Where the new item can be read.");
                foreach (var declared in metadata.OfType<ResponseHeaderMetadata>().Where(h => h.Statuses.Contains(status)))
                    headers[declared.Name] = Header(declared.Description, declared.Name == "X-Total-Count" ? JsonSchemaType.Integer : JsonSchemaType.String);
                if (headers.Count > 0) concrete.Headers = headers;
            }
        }

        static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) =>
            new() { Description = description, Schema = new OpenApiSchema { Type = type } };
    }

    /// <summary>The groups Swagger UI shows, each with a line on who uses it for what.</summary>
    sealed class TagDescriptions : IDocumentFilter
    {
        static readonly (string Name, string Description)[] Tags =
        [
            ("Glossary", "Industry terms explained for recruiters: definition, synonyms, resume examples, job titles, false friends."),
            ("Interview guides", "Questions with expected answers, level indicators and red flags by seniority, as JSON or a printable page."),
            ("Questions", "The question bank: HR staff add, change and delete interview questions (editor key, If-Match)."),
            ("Indicators", "What a candidate at each level typically shows; edited like questions."),
            ("Red flags", "Warning signs to listen for at any level, with probe questions; edited like questions."),
            ("History", "Every change made through the API: who, when, before and after."),
            ("Compliance", "Guide wording checked against US EEOC guidance on interview questions."),
            ("Sourcing", "Boolean search strings for job boards and ATS searches."),
            ("Resume scoring", "For ATS integrations: score resume text or files with evidence offsets, seniority and titles."),
            ("Interview plans", "A resume turned into a plan for the interview: what to probe first, and why."),
            ("Fairness", "NYC Local Law 144: bias audits of the resume score (admin) and the notice for candidates (no key)."),
            ("API keys", "Admin only: create, list and revoke the keys callers use."),
            ("Operating it", "Liveness and readiness for load balancers and orchestrators; no key needed."),
        ];

        public void Apply(OpenApiDocument document, DocumentFilterContext context)
        {
            document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        }
    }

    sealed class SecurityAndExamplesFilter(IOptions<JsonOptions> json) : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;

            // Open endpoints say so explicitly (an empty requirement), so no operation is left undeclared.
            if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
                operation.Security = [new OpenApiSecurityRequirement()];
            else
            {
                var role = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [] }];
                if (role is not null)
                    operation.Description = $"{operation.Description}\n\nRequires a key with role **{role}** or higher.".Trim();
            }

            foreach (var example in metadata.OfType<ExampleMetadata>())
            {
                var node = JsonSerializer.SerializeToNode(example.Example, example.Example.GetType(), json.Value.SerializerOptions);
                var content = example.IsRequest
                    ? operation.RequestBody?.Content
                    : operation.Responses?.TryGetValue(example.Status.ToString(), out var response) == true ? response.Content : null;
                if (content is null) continue;
                foreach (var media in content.Values.OfType<OpenApiMediaType>())
                    media.Example = node;
            }

            foreach (var upload in metadata.OfType<MultipartMetadata>())
            {
                if (operation.RequestBody?.Content?.TryGetValue("multipart/form-data", out var form) != true || form is not OpenApiMediaType media) continue;
                var properties = new Dictionary<string, IOpenApiSchema>
                {
                    [upload.FileField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = upload.FileDescription },
                };
                foreach (var (name, description) in upload.Fields)
                    // Optional fields: nullable, so a generated client may leave them out.
                    properties[name] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = description };
                media.Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties, Required = new HashSet<string> { upload.FileField } };
                media.Example = null;
                // The media types the file part may carry, so a generated client and a reader both see PDF is taken.
                media.Encoding = new Dictionary<string, OpenApiEncoding> { [upload.FileField] = new() { ContentType = string.Join(", ", upload.FileContentTypes) } };
            }

            // level is a plain string so an unknown value gets a helpful 400; the document still gives the choices.
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                // Swashbuckle gives a [Description] to the parameter and to its schema too: once is enough.
                if (parameter.Schema is OpenApiSchema schema && schema.Description == parameter.Description) schema.Description = null;
                if (parameter.Name == "level") parameter.Schema = Reference(Choices[0], context.SchemaRepository);
                if (parameter.Name == "format") parameter.Schema = Reference(Choices.Single(c => c.SchemaId == "DocumentFormat"), context.SchemaRepository);
            }
        }
    }
}
