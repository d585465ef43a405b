using HiringKit.Api;
using HiringKit.Api.Features.BiasAudits;
using HiringKit.Api.Features.Compliance;
using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Features.Health;
using HiringKit.Api.Features.History;
using HiringKit.Api.Features.InterviewGuides;
using HiringKit.Api.Features.InterviewPlans;
using HiringKit.Api.Features.Keys;
using HiringKit.Api.Features.QuestionBank;
using HiringKit.Api.Features.ResumeScoring;
using HiringKit.Api.Features.ScoringNotice;
using HiringKit.Api.Features.Sourcing;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;

if (args.FirstOrDefault() == "healthcheck") return await HealthProbe.RunAsync(args[1..]);

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(o =>
{
    o.AddServerHeader = false;
    // Guide content and keys are small; scoring raises its own limit (Scoring__MaxRequestBytes). Kestrel
    // refuses a larger body with 413 as it arrives, before reading it all.
    o.Limits.MaxRequestBodySize = 1024 * 1024;
});
// One JSON object per line, with the request's id and trace id from the hosting scope on every line.
builder.Logging.ClearProviders().AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; });
builder.Services.AddHiringKit(builder.Configuration);

if (args.FirstOrDefault() == "keys")
{
    builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Warning); // the command's own output is what the shell wants
    return await KeysCommand.RunAsync(builder.Build(), args[1..]);
}

var app = builder.Build();
// First, so everything after sees the client's address (only from configured proxies; see Protection).
app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseCors(Protection.CorsPolicy);
// Only /swagger paths enter Swagger's middleware: Swagger UI tests every request's path with regexes.
app.UseWhen(http => http.Request.Path.StartsWithSegments("/swagger"), swagger => swagger
    .UseSwagger()
    .UseSwaggerUI(o =>
    {
        o.DocumentTitle = "HiringKit API";
        o.EnableTryItOutByDefault();
        // HR machines are shared: by default the key lives in the page's memory only, gone when the tab
        // closes or reloads. Swagger__PersistAuthorization=true keeps it in localStorage, across restarts.
        if (app.Configuration.GetValue("Swagger:PersistAuthorization", false)) o.EnablePersistAuthorization();
    }));
// Off unless Telemetry__Prometheus__Enabled; before authentication, as a scraper sends no key.
app.UseMetricsEndpoint();
// Authentication limits wrong keys per address itself, before it looks a key up. The per-key limits come
// next, so a known key with too small a role is limited too, and only then authorization's 403.
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseRequestTimeouts();
app.UseJsonCharsetCheck();
app.UseCaseInsensitiveChoices();
app.UseOversizedBodyAnswers();

app.MapHealth();
var api = app.MapGroup("/api/v1").AddEndpointFilter<PreconditionFailedFilter>().RequireRateLimiting(Protection.Reads);
api.MapGlossary();
api.MapInterviewGuides();
api.MapQuestionBank();
api.MapKeys();
api.MapHistory();
api.MapCompliance();
api.MapSourcing();
api.MapInterviewPlans();
api.MapResumeScoring();
api.MapBiasAudits();
api.MapScoringNotice();

app.Run();
return 0;

public partial class Program;
