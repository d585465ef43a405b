using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using HiringKit.Api.Features.Glossary;
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
            o.SchemaFilter<ChoicesFilter>();
            o.SupportNonNullableReferenceTypes();
            // Slices nest their contracts (CreateKey.Request); generic slice names get their slice as prefix.
            o.CustomSchemaIds(t => t.DeclaringType is { } slice && GenericNames.Contains(t.Name) ? slice.Name + t.Name : t.Name);
        });
        return services;
    }

    static readonly HashSet<string> GenericNames = ["Query", "Command", "Request", "Response", "Item"];

    public static RouteHandlerBuilder ProducesErrors(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            if (status == 400) builder.ProducesValidationProblem();
            else builder.ProducesProblem(status);
        }
        return builder;
    }

    public static RouteHandlerBuilder WithResponseExample(this RouteHandlerBuilder builder, object example, int status = 200) =>
        builder.WithMetadata(new ExampleMetadata(example, status, IsRequest: false));

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, object example) =>
        builder.WithMetadata(new ExampleMetadata(example, 0, IsRequest: true));

    public sealed record ExampleMetadata(object Example, int Status, bool IsRequest);

    /// <summary>Describes a multipart/form-data body with one file and some text fields, for Swagger's upload form.</summary>
    public static RouteHandlerBuilder WithMultipartUpload(this RouteHandlerBuilder builder, string fileField, string fileDescription,
        string[] fileContentTypes, params (string Name, string Description)[] fields) =>
        builder.WithMetadata(new MultipartMetadata(fileField, fileDescription, fileContentTypes, fields));

    public sealed record MultipartMetadata(string FileField, string FileDescription, string[] FileContentTypes, (string Name, string Description)[] Fields);

    /// <summary>
    /// Request fields such as level, role and kind are strings (so a wrong value gets a 400 that lists the
    /// right ones), but Swagger should still offer the choices as a drop-down.
    /// </summary>
    sealed class ChoicesFilter : ISchemaFilter
    {
        static readonly Dictionary<string, string[]> Choices = new(StringComparer.OrdinalIgnoreCase)
        {
            ["level"] = Levels.All,
            ["role"] = Roles.All,
            ["kind"] = PhraseKinds.All,
            // Where in the resume a scored phrase stands (issue 16).
            ["section"] = [.. HiringKit.Scoring.Sections.All],
        };

        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type.Namespace?.StartsWith("HiringKit") != true) return;
            foreach (var (name, property) in concrete.Properties)
            {
                if (Choices.TryGetValue(name, out var values) && property is OpenApiSchema target && context.Type.GetProperty(name, System.Reflection.BindingFlags.IgnoreCase | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)?.PropertyType == typeof(string))
                    target.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList();
            }
        }
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
                    properties[name] = new OpenApiSchema { Type = JsonSchemaType.String, Description = description };
                media.Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties, Required = new HashSet<string> { upload.FileField } };
                media.Example = null;
                // The media types the file part may carry, so a generated client and a reader both see PDF is taken.
                media.Encoding = new Dictionary<string, OpenApiEncoding> { [upload.FileField] = new() { ContentType = string.Join(", ", upload.FileContentTypes) } };
            }

            // level is a plain string so an unknown value gets a helpful 400; Swagger still shows the choices.
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter.Name == "level" && parameter.Schema is OpenApiSchema schema)
                    schema.Enum = Levels.All.Select(l => (JsonNode)JsonValue.Create(l)!).ToList();
                if (parameter.Name == "format" && parameter.Schema is OpenApiSchema format)
                    format.Enum = new[] { "json", "markdown", "html" }.Select(l => (JsonNode)JsonValue.Create(l)!).ToList();
            }
        }
    }
}
