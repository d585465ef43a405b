using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;
using System.Security.Claims;

namespace HiringKit.Api.Features.Keys;

public static class KeyEndpoints
{
    public static void MapKeys(this IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/keys").WithTags("API keys").RequireAuthorization(Roles.Admin);

        keys.MapPost("", CreateAsync)
            .WithName("CreateKey")
            .WithSummary("Create an API key")
            .Accepts<CreateKey.Command>("application/json")
            .Produces<CreateKey.CreatedKey>(StatusCodes.Status201Created)
            .WithRequestExample(new CreateKey.Command("ats-integration", Roles.Scorer))
            .WithResponseExample(new CreateKey.CreatedKey(7, "ats-integration", Roles.Scorer,
                new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero), "hk_3q2-7wQxK9mZ0bYt1VfLr8sPzA4nUeGhJcDkXo5iTlM"), 201)
            .ProducesErrors(409);

        keys.MapGet("", ListAsync)
            .WithName("ListKeys")
            .WithSummary("List API keys")
            .Produces<IReadOnlyList<KeyInfo>>();

        keys.MapDelete("/{id:long}", RevokeAsync)
            .WithName("RevokeKey")
            .WithSummary("Revoke an API key")
            .Produces(StatusCodes.Status204NoContent);
    }

    /// <summary>Create an API key with a role.</summary>
    /// <remarks>The plain key is in this response only; HiringKit stores just its SHA-256 hash.</remarks>
    /// <response code="201">The key, shown once.</response>
    /// <response code="409">A key (perhaps revoked) already has that name.</response>
    static async Task<IResult> CreateAsync(IMediator mediator, ClaimsPrincipal user, CreateKey.Command command, CancellationToken ct)
    {
        var created = await mediator.Send(command with { Actor = Audit.ActorOf(user) }, ct);
        return TypedResults.Created($"/api/v1/keys/{created.Id}", created);
    }

    /// <summary>List every API key, revoked ones included, without the keys themselves.</summary>
    /// <response code="200">All keys, oldest first.</response>
    static async Task<IResult> ListAsync(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListKeys.Query(), ct));

    /// <summary>Revoke an API key. Requests with it answer 401 from now on.</summary>
    /// <param name="id">The key's id from the list.</param>
    /// <response code="204">Revoked (or already revoked).</response>
    static async Task<IResult> RevokeAsync(IMediator mediator, ClaimsPrincipal user, long id, CancellationToken ct)
    {
        await mediator.Send(new RevokeKey.Command(id, Audit.ActorOf(user)), ct);
        return TypedResults.NoContent();
    }
}
