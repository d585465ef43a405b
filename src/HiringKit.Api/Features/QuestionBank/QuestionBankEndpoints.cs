using System.ComponentModel;
using System.Security.Claims;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HiringKit.Api.Features.QuestionBank;

public static class QuestionBankEndpoints
{
    /// <summary>The collections of a term's question bank. A new one is its file, a line here and its migration.</summary>
    static readonly ICollection[] Collections = [new Questions(), new Indicators(), new RedFlags()];

    public static IServiceCollection AddQuestionBank(this IServiceCollection services)
    {
        foreach (var collection in Collections) collection.Register(services);
        return services;
    }

    public static void MapQuestionBank(this IEndpointRouteBuilder api)
    {
        var term = api.MapGroup("/terms/{slug}").RequireAuthorization(Roles.Reader);
        foreach (var collection in Collections) collection.Map(term);
    }

    // Every collection is read and edited alike, so its routes, roles, statuses and examples are declared once;
    // the summaries and remarks are the collection's own.
    internal static void MapCollection<TItem, TBody>(this RouteGroupBuilder term, Collection<TItem, TBody> collection)
        where TItem : class, IBankItem<TItem> where TBody : class
    {
        var items = term.MapGroup("/" + collection.Route).WithTags(collection.Tag);
        var docs = collection.Docs;
        // Through variables: ASP.NET's route handler analyzer fails on a method group whose body is a type parameter.
        Delegate create = Handlers<TItem, TBody>.CreateAsync, update = Handlers<TItem, TBody>.UpdateAsync;
        var noun = collection.Noun;
        items.MapGet("", Handlers<TItem, TBody>.ListAsync).WithName($"List{collection.Name}s").WithSummary(docs.List)
            .WithResponseDescription(200, $"The {noun}s, in guide order.");
        items.MapGet("/{id:long}", Handlers<TItem, TBody>.GetAsync).WithName($"Get{collection.Name}").WithSummary(docs.Get)
            .WithResponseDescription(200, $"The {noun}.")
            .Produces(StatusCodes.Status304NotModified).WithResponseDescription(304, "Unchanged since the ETag in If-None-Match.")
            .WithVersionETag(200, 304);
        items.MapPost("", create).WithName($"Create{collection.Name}")
            .WithSummary(docs.Create).WithDescription(docs.CreateRemarks)
            .RequireAuthorization(Roles.Editor)
            .WithResponseDescription(201, $"The {noun} as stored.")
            .WithRequestExample(collection.NewExample).WithResponseExample(collection.Example, 201).WithVersionETag(201)
            .ProducesErrors(409, 422);
        items.MapPut("/{id:long}", update).WithName($"Update{collection.Name}")
            .WithSummary(docs.Update).WithDescription(docs.UpdateRemarks)
            .RequireAuthorization(Roles.Editor)
            .WithResponseDescription(200, $"The {noun} as stored, with its new ETag.")
            .WithRequestExample(collection.NewExample).WithResponseExample(collection.Example).WithVersionETag(200, 412)
            .ProducesErrors(409, 412, 422, 428);
        items.MapDelete("/{id:long}", Handlers<TItem, TBody>.DeleteAsync).WithName($"Delete{collection.Name}")
            .WithSummary(docs.Delete).WithDescription(docs.DeleteRemarks)
            .RequireAuthorization(Roles.Editor)
            .WithResponseDescription(204, "Deleted.")
            .WithVersionETag(412)
            .ProducesErrors(412, 428);
    }

    // One handler per operation for every collection: their parameters are documented here, their answers by their types.
    static class Handlers<TItem, TBody> where TItem : class, IBankItem<TItem> where TBody : class
    {
        const string SlugWithExample = "The term's slug, e.g. `therapeutic-alliance`.";
        const string Slug = "The term's slug.";
        const string Id = "The item's id.";

        public static async Task<Ok<IReadOnlyList<TItem>>> ListAsync(IMediator mediator,
            [Description(SlugWithExample)] string slug, [Description("junior, mid or senior; omit for every level.")] string? level, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListItems<TItem, TBody>.Query(slug, level), ct));

        public static async Task<ETagged.Item<TItem>> GetAsync(IMediator mediator,
            [Description(Slug)] string slug, [Description(Id)] long id, CancellationToken ct)
        {
            var item = await mediator.Send(new GetItem<TItem, TBody>.Query(slug, id), ct);
            return new(item, item.Version);
        }

        public static async Task<ETagged.CreatedItem<TItem>> CreateAsync(IMediator mediator, ClaimsPrincipal user,
            [FromServices] Collection<TItem, TBody> collection, [Description(SlugWithExample)] string slug, TBody body, CancellationToken ct)
        {
            var item = await mediator.Send(new CreateItem<TItem, TBody>.Command(slug, body, Audit.ActorOf(user)), ct);
            return new(item, item.Version, $"/api/v1/terms/{slug}/{collection.Route}/{item.Id}");
        }

        public static async Task<ETagged.Item<TItem>> UpdateAsync(IMediator mediator, ClaimsPrincipal user,
            [Description(Slug)] string slug, [Description(Id)] long id,
            [FromHeader(Name = "If-Match"), Description("The ETag of the version you edited, e.g. \"v1\".")] string? ifMatch,
            TBody body, CancellationToken ct)
        {
            var item = await mediator.Send(new UpdateItem<TItem, TBody>.Command(slug, id, ifMatch, body, Audit.ActorOf(user)), ct);
            return new(item, item.Version);
        }

        public static async Task<NoContent> DeleteAsync(IMediator mediator, ClaimsPrincipal user,
            [Description(Slug)] string slug, [Description(Id)] long id,
            [FromHeader(Name = "If-Match"), Description("The ETag of the version you are deleting, e.g. \"v1\".")] string? ifMatch,
            CancellationToken ct)
        {
            await mediator.Send(new DeleteItem<TItem, TBody>.Command(slug, id, ifMatch, Audit.ActorOf(user)), ct);
            return TypedResults.NoContent();
        }
    }
}
