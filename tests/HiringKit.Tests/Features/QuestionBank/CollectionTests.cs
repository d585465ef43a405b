using System.Net;
using System.Text.Json;
using HiringKit.Api.Features.QuestionBank;

namespace HiringKit.Tests.Features.QuestionBank;

/// <summary>
/// What every collection of the question bank must do alike, now that one set of use cases serves them all
/// (issue 19): a collection that read fewer columns than it wrote would write history that loses fields.
/// </summary>
public sealed class CollectionTests
{
    [Test]
    public void Every_collection_writes_exactly_the_columns_it_reads()
    {
        Assert.Multiple(() =>
        {
            Check(new Questions());
            Check(new Indicators());
            Check(new RedFlags());
        });

        static void Check<TItem, TBody>(Collection<TItem, TBody> collection) where TItem : class, IBankItem<TItem> where TBody : class =>
            Assert.That(collection.Values(collection.NewExample).Keys, Is.EqualTo(collection.Columns.Split(", ")), collection.Table);
    }

    [TestCase("questions", """{ "level": "junior", "question": "First wording?", "expectedAnswer": "First answer." }""",
        """{ "level": "mid", "question": "Second wording?", "expectedAnswer": "Second answer." }""")]
    [TestCase("indicators", """{ "level": "junior", "text": "First indicator" }""", """{ "level": "senior", "text": "Second indicator" }""")]
    [TestCase("red-flags", """{ "text": "First flag", "probeQuestion": "First probe?" }""", """{ "text": "Second flag", "probeQuestion": null }""")]
    public async Task History_of_a_change_holds_the_whole_item_before_and_after(string collection, string first, string second)
    {
        var slug = await TestData.CreateTermAsync();
        using var editor = TestHost.ClientFor("editor");
        var created = await editor.PostAsync($"/api/v1/terms/{slug}/{collection}", Json(first));
        var before = await created.JsonAsync(HttpStatusCode.Created);
        var change = new HttpRequestMessage(HttpMethod.Put, created.Headers.Location) { Content = Json(second) };
        change.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        var after = await (await editor.SendAsync(change)).JsonAsync();

        var history = await (await editor.GetAsync($"/api/v1/terms/{slug}/history?pageSize=1")).JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(Stored(history[0].GetProperty("before")), Is.EqualTo(Stored(before)));
            Assert.That(Stored(history[0].GetProperty("after")), Is.EqualTo(Stored(after)));
        });
    }

    static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    // The item as stored, by field (history keeps it as jsonb, which orders keys its own way); the warnings a
    // write answers with are about the request, not part of the item.
    static SortedDictionary<string, string> Stored(JsonElement item) =>
        new(item.EnumerateObject().Where(p => p.Name != "warnings").ToDictionary(p => p.Name, p => p.Value.GetRawText()));
}
