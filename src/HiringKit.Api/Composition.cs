using System.Text.Json.Serialization;
using HiringKit.Api.Features.ResumeScoring;
using HiringKit.Api.Features.Compliance;
using HiringKit.Api.Features.QuestionBank;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;

namespace HiringKit.Api;

/// <summary>
/// The one place that knows every part: infrastructure first, then each feature's own registrations.
/// Dependencies point one way: Composition -> Features -> Infrastructure (and the shared Vocabulary).
/// </summary>
public static class Composition
{
    public static IServiceCollection AddHiringKit(this IServiceCollection services, IConfiguration config)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.MaxDepth = 32;
            o.SerializerOptions.Converters.Add(new ResumeScoreJson());
        });
        // Bad query strings and bodies throw, so ProblemHandler answers them like every other error.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // On SIGTERM, in-flight requests get this long to finish before the process stops.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(25));
        services.AddProblemResponses();
        services.AddTelemetry(config);
        services.AddProtection();
        services.AddDatabase();
        services.AddApiKeyAuth();
        services.AddMediation(typeof(Composition).Assembly);
        services.AddOpenApiDocument();
        services.AddQuestionBank();
        services.AddResumeScoring();
        services.AddOptions<ComplianceOptions>().BindConfiguration("Compliance");
        services.AddHostedService<IdleMemoryTrimmer>();
        return services;
    }
}
