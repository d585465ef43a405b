using System.Text.Json.Serialization;
using HiringKit.Api.Infrastructure.Auth;

namespace HiringKit.Api.Infrastructure;

public static class Composition
{
    public static IServiceCollection AddHiringKit(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        // Bad query strings and bodies throw, so ProblemHandler answers them like every other error.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemResponses();
        services.AddDatabase();
        services.AddApiKeyAuth();
        services.AddMediation(typeof(Composition).Assembly);
        services.AddOpenApiDocument();
        return services;
    }
}
