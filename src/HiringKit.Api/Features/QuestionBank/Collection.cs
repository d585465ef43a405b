using FluentValidation;
using HiringKit.Api.Features.Compliance;
using HiringKit.Api.Infrastructure;

namespace HiringKit.Api.Features.QuestionBank;

/// <summary>
/// One collection of a term's question bank (questions, indicators, red flags): what its items are called,
/// where they are stored, what HR staff may write in them and how Swagger presents them. Everything else
/// (the five use cases in Items.cs and their routes) is the same for every collection and written once.
/// </summary>
/// <param name="Table">The table; the only place a table name in composed SQL comes from, never from input.</param>
/// <param name="Columns">
/// The item's own columns, in the order of its record's parameters (Dapper builds the record from them);
/// id, version, updated_at and updated_by come around them. <see cref="Values"/> writes the same columns.
/// </param>
/// <param name="Levelled">Whether items belong to a level (listed junior to senior, positioned per level) or to every level.</param>
/// <param name="Route">The path segment under /terms/{slug}.</param>
/// <param name="Entity">What history calls an item (audit_log.entity).</param>
/// <param name="Noun">What messages to HR staff call an item.</param>
/// <param name="Name">The operation ids' noun: ListQuestions, GetQuestion, ...</param>
/// <param name="Tag">Swagger's group.</param>
public abstract class Collection<TItem, TBody>(string Table, string Columns, bool Levelled,
    string Route, string Entity, string Noun, string Name, string Tag) : ICollection
    where TItem : class, IBankItem<TItem>
    where TBody : class
{
    public string Table { get; } = Table;
    public string Columns { get; } = Columns;
    public bool Levelled { get; } = Levelled;
    public string Route { get; } = Route;
    public string Entity { get; } = Entity;
    public string Noun { get; } = Noun;
    public string Name { get; } = Name;
    public string Tag { get; } = Tag;

    /// <summary>An item as a message starts a sentence with it: "Red flag 7".</summary>
    public string Named(long id) => $"{char.ToUpperInvariant(Noun[0])}{Noun[1..]} {id}";

    /// <summary>What the SQL reads of an item: its columns between those every item has.</summary>
    public string ItemColumns => $"id, {Columns}, version, updated_at, updated_by";

    /// <summary>The columns' parameters, named as the columns (see <see cref="Values"/>).</summary>
    public string Parameters => string.Join(", ", ColumnNames.Select(c => "@" + c));

    /// <summary>An UPDATE's SET list of the columns.</summary>
    public string Assignments => string.Join(", ", ColumnNames.Select(c => $"{c} = @{c}"));

    IEnumerable<string> ColumnNames => Columns.Split(',', StringSplitOptions.TrimEntries);

    /// <summary>The columns' values as HR staff sent them, trimmed, keyed by column name (and so by SQL parameter).</summary>
    public abstract IReadOnlyDictionary<string, object?> Values(TBody body);

    /// <summary>What HR staff may write in an item: the same on adding and on changing it.</summary>
    public abstract void AddRules<T>(AbstractValidator<T> validator, Func<T, TBody> body);

    /// <summary>The compliance check of everything an item says.</summary>
    public abstract IReadOnlyList<ComplianceRules.Warning> Warnings(TBody body);

    /// <summary>Swagger's summary of each operation, and remarks where HR staff need more.</summary>
    public abstract Docs Docs { get; }

    /// <summary>Swagger's example of a body to send, and of the item it becomes.</summary>
    public abstract TBody NewExample { get; }
    public abstract TItem Example { get; }

    public void Register(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddHandlersAndValidators(ItemUseCases.Of<TItem, TBody>());
    }

    public void Map(RouteGroupBuilder term) => term.MapCollection(this);
}

/// <summary>A collection whatever its item: what the feature's registration and mapping go through.</summary>
public interface ICollection
{
    void Register(IServiceCollection services);
    void Map(RouteGroupBuilder term);
}

/// <summary>What the shared steps read of every item, and the warnings they add to it on a write.</summary>
public interface IBankItem<TItem>
{
    long Id { get; }
    int Version { get; }
    TItem WithWarnings(IReadOnlyList<ComplianceRules.Warning> warnings);
}

/// <summary>A collection's operations as Swagger shows them: a summary each, remarks where HR staff need more.</summary>
public sealed record Docs(string List, string Get, string Create, string CreateRemarks, string Update, string Delete)
{
    public string UpdateRemarks { get; init; } = "Send the ETag you read as `If-Match`; 412 with the current ETag when someone changed it since.";
    public string DeleteRemarks { get; init; } = "It leaves the guides at once and stays in the term's history. Needs `If-Match`.";
}
