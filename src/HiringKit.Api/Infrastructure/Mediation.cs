using System.Reflection;
using FluentValidation;
using MediatR;

namespace HiringKit.Api.Infrastructure;

/// <summary>
/// MediatR 5.1 is the newest version the package mirror restores and has no DI package of its own,
/// so handlers and the pipeline behaviours are registered here by scanning the assembly. Validators
/// come from FluentValidation's own DI package, which scans the same way.
/// </summary>
public static class Mediation
{
    public static IServiceCollection AddMediation(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        // The cache is outermost: it only ever holds answers to queries that passed validation, and an
        // identical query passes again, so a hit need not validate. A miss is validated before the handler.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(CachingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));

        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
            AddHandler(services, type);

        // Singletons, as before: validators hold only rules and options, no per-request state.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton);

        return services;
    }

    /// <summary>
    /// Handlers and validators of generic slices, closed over their type arguments: no scan finds those, so
    /// the feature that closes them registers them.
    /// </summary>
    public static IServiceCollection AddHandlersAndValidators(this IServiceCollection services, IEnumerable<Type> closedTypes)
    {
        foreach (var type in closedTypes)
        {
            AddHandler(services, type);
            foreach (var validator in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
                services.AddSingleton(validator, type);
        }
        return services;
    }

    static void AddHandler(IServiceCollection services, Type type)
    {
        foreach (var handler in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
            services.AddTransient(handler, type);
    }
}

/// <summary>Runs every validator of a request before its handler; failures surface as one 400 problem.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse> where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
            failures.AddRange((await validator.ValidateAsync(request, cancellationToken)).Errors);
        if (failures.Count > 0) throw new ValidationException(failures);
        return await next();
    }
}
