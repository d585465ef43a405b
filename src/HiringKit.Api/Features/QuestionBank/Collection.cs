namespace HiringKit.Api.Features.QuestionBank;

/// <summary>The three collections of a term's question bank. HR staff add, change and delete their items alike.</summary>
public enum Collection { Question, Indicator, RedFlag }

/// <summary>What the write steps need to know about a collection besides its own columns.</summary>
static class CollectionExtensions
{
    /// <summary>The table; the only place a table name in composed SQL comes from, never from input.</summary>
    public static string Table(this Collection collection) => collection switch
    {
        Collection.Question => "questions",
        Collection.Indicator => "indicators",
        _ => "red_flags",
    };

    /// <summary>What history calls an item (audit_log.entity).</summary>
    public static string Entity(this Collection collection) => collection switch
    {
        Collection.Question => "question",
        Collection.Indicator => "indicator",
        _ => "red-flag",
    };

    /// <summary>What messages to HR staff call an item.</summary>
    public static string Noun(this Collection collection) => collection switch
    {
        Collection.Question => "question",
        Collection.Indicator => "indicator",
        _ => "red flag",
    };

    /// <summary>An item as a message starts a sentence with it.</summary>
    public static string Named(this Collection collection, long id) => collection switch
    {
        Collection.Question => $"Question {id}",
        Collection.Indicator => $"Indicator {id}",
        _ => $"Red flag {id}",
    };

    /// <summary>
    /// The live item a change or delete starts from. FOR UPDATE: the version check and the write happen
    /// under one row lock, so two edits cannot both pass the check.
    /// </summary>
    public static string LockCurrent(this Collection collection) => collection switch
    {
        Collection.Question => """
            SELECT id, level, question, expected_answer, version, updated_at, updated_by FROM questions
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL FOR UPDATE
            """,
        Collection.Indicator => """
            SELECT id, level, text, version, updated_at, updated_by FROM indicators
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL FOR UPDATE
            """,
        _ => """
            SELECT id, text, probe_question, version, updated_at, updated_by FROM red_flags
            WHERE id = @Id AND term_id = @termId AND deleted_at IS NULL FOR UPDATE
            """,
    };
}

/// <summary>A question, indicator or red flag row as Dapper reads it: what the shared write steps use.</summary>
interface IItemRow<TItem>
{
    long Id { get; }
    int Version { get; }
    TItem ToItem();
}
