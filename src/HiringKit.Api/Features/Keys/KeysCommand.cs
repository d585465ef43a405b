using FluentValidation;
using HiringKit.Api.Infrastructure;
using MediatR;

namespace HiringKit.Api.Features.Keys;

/// <summary>
/// `HiringKit.Api keys create --name NAME --role ROLE | keys list | keys revoke ID`: the same MediatR
/// commands as /api/v1/keys, for the first key on a new install and for automation.
/// </summary>
public static class KeysCommand
{
    const string Usage = """
        usage: keys create --name NAME --role reader|scorer|editor|admin
               keys list
               keys revoke ID
        """;

    /// <summary>Who the keys' history names for what the shell does: whoever can reach the database, not a key.</summary>
    const string Actor = Infrastructure.Auth.ApiKeys.SystemActorPrefix + "keys-command";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await app.Services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        try
        {
            switch (args.FirstOrDefault())
            {
                case "create":
                    var created = await mediator.Send(new CreateKey.Command(Option(args, "--name"), Option(args, "--role")) { Actor = Actor });
                    Console.WriteLine($"id:   {created.Id}\nname: {created.Name}\nrole: {created.Role}\nkey:  {created.Key}");
                    Console.WriteLine("Store the key now: it is not shown again.");
                    return 0;
                case "list":
                    foreach (var key in await mediator.Send(new ListKeys.Query()))
                        Console.WriteLine($"{key.Id,5}  {key.Role,-7}  {key.Name,-30}  created {key.CreatedAt:u}{(key.RevokedAt is { } at ? $"  revoked {at:u}" : "")}");
                    return 0;
                case "revoke" when args.Length == 2 && long.TryParse(args[1], out var id):
                    await mediator.Send(new RevokeKey.Command(id, Actor));
                    Console.WriteLine($"Key {id} revoked.");
                    return 0;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (ValidationException e)
        {
            foreach (var error in e.Errors) Console.Error.WriteLine(error.ErrorMessage);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation)
        {
            Console.Error.WriteLine($"A key named '{Option(args, "--name")}' already exists: key names are unique.");
            return 1;
        }
        catch (NotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
