using HiringKit.Api.Features.Glossary;
using HiringKit.Api.Features.Health;
using HiringKit.Api.Features.History;
using HiringKit.Api.Features.InterviewGuides;
using HiringKit.Api.Features.Keys;
using HiringKit.Api.Features.QuestionBank;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;

if (args.FirstOrDefault() == "healthcheck") return await HealthProbe.RunAsync(args[1..]);

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddHiringKit();

if (args.FirstOrDefault() == "keys") return await KeysCommand.RunAsync(builder.Build(), args[1..]);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSwagger();
app.UseSwaggerUI(o => { o.DocumentTitle = "HiringKit API"; o.EnablePersistAuthorization(); o.EnableTryItOutByDefault(); });
app.UseAuthentication();
app.UseAuthorization();

app.MapHealth();
var api = app.MapGroup("/api/v1").AddEndpointFilter<PreconditionFailedFilter>();
api.MapGlossary();
api.MapInterviewGuides();
api.MapQuestionBank();
api.MapKeys();
api.MapHistory();

app.Run();
return 0;

public partial class Program;
