using Dapper;
using HiringKit.Api.Infrastructure;
using MediatR;
using Npgsql;

namespace HiringKit.Api.Features.Health;

public static class CheckLiveness
{
    public sealed record Query : IRequest<Liveness>;

    public sealed record Liveness(string Status);

    public sealed class Handler : IRequestHandler<Query, Liveness>
    {
        static readonly Task<Liveness> Live = Task.FromResult(new Liveness("live"));
        public Task<Liveness> Handle(Query query, CancellationToken ct) => Live;
    }
}

public static class CheckReadiness
{
    public sealed record Query : IRequest<Readiness>;

    /// <summary>ready: migrations applied and the database answers.</summary>
    public sealed record Readiness(string Status, bool Database);

    public sealed class Handler(NpgsqlDataSource db, StartupState startup) : IRequestHandler<Query, Readiness>
    {
        public async Task<Readiness> Handle(Query query, CancellationToken ct)
        {
            if (!startup.DatabaseReady) return new Readiness("starting", false);
            try
            {
                // A probe must answer quickly even when Postgres hangs rather than refuses.
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(2));
                await using var conn = await db.OpenConnectionAsync(timeout.Token);
                await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: timeout.Token));
                return new Readiness("ready", true);
            }
            catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
            {
                return new Readiness("unavailable", false);
            }
        }
    }
}

public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Operating it").AllowAnonymous();
        health.MapGet("/live", LiveAsync).WithName("Live").WithSummary("Liveness: the process runs")
            .Produces<CheckLiveness.Liveness>();
        health.MapGet("/ready", ReadyAsync).WithName("Ready").WithSummary("Readiness: migrations applied and the database answers")
            .Produces<CheckReadiness.Readiness>()
            .Produces<CheckReadiness.Readiness>(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>200 while the process runs. No key needed.</summary>
    /// <remarks>For liveness probes: it touches nothing but the process, so a database outage does not restart the container.</remarks>
    /// <response code="200">The process is alive.</response>
    static async Task<IResult> LiveAsync(MediatR.IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CheckLiveness.Query(), ct));

    /// <summary>200 once migrations are applied and the database answers; 503 otherwise. No key needed.</summary>
    /// <remarks>For readiness probes and load balancers: route traffic here only while it answers 200.</remarks>
    /// <response code="200">Ready to serve.</response>
    /// <response code="503">Starting up or the database is unreachable; see Retry-After.</response>
    static async Task<IResult> ReadyAsync(MediatR.IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var readiness = await mediator.Send(new CheckReadiness.Query(), ct);
        if (readiness.Database) return TypedResults.Ok(readiness);
        http.Response.Headers.RetryAfter = "5";
        return TypedResults.Json(readiness, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

/// <summary>`HiringKit.Api healthcheck [url]`: the Docker HEALTHCHECK, with no curl needed in the image.</summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.FirstOrDefault() ?? "http://127.0.0.1:8080/health/live";
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
