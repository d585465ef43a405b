using System.Net;
using System.Net.Http.Headers;

namespace HiringKit.Tests.Features.QuestionBank;

public sealed class QuestionBankReadTests
{
    const string Term = "/api/v1/terms/therapeutic-alliance";

    [TestCase("questions", null, 6)]
    [TestCase("questions", "mid", 2)]
    [TestCase("indicators", null, 12)]
    [TestCase("indicators", "junior", 4)]
    [TestCase("red-flags", null, 5)]
    [TestCase("red-flags", "senior", 5)]
    public async Task Collections_list_the_seeded_content_by_level(string collection, string? level, int count)
    {
        using var client = TestHost.ClientFor("reader");
        var url = level is null ? $"{Term}/{collection}" : $"{Term}/{collection}?level={level}";
        var items = await (await client.GetAsync(url)).JsonAsync();
        Assert.That(items.GetArrayLength(), Is.EqualTo(count));
        foreach (var item in items.EnumerateArray())
        {
            Assert.That(item.GetProperty("version").GetInt32(), Is.GreaterThanOrEqualTo(1));
            Assert.That(item.GetProperty("updatedBy").GetString(), Is.Not.Empty);
            if (level is not null && collection != "red-flags") Assert.That(item.GetProperty("level").GetString(), Is.EqualTo(level));
        }
    }

    [Test]
    public async Task Questions_carry_their_expected_answers()
    {
        using var client = TestHost.ClientFor("reader");
        var items = await (await client.GetAsync($"{Term}/questions?level=junior")).JsonAsync();
        Assert.That(items[1].GetProperty("question").GetString(), Is.EqualTo("How do you establish initial rapport with clients?"));
        Assert.That(items[1].GetProperty("expectedAnswer").GetString(), Does.Contain("active listening, empathy"));
    }

    [TestCase("questions")]
    [TestCase("indicators")]
    [TestCase("red-flags")]
    public async Task One_item_has_a_version_etag_and_answers_304(string collection)
    {
        using var client = TestHost.ClientFor("reader");
        var first = (await (await client.GetAsync($"{Term}/{collection}")).JsonAsync())[0];
        var id = first.GetProperty("id").GetInt64();

        var response = await client.GetAsync($"{Term}/{collection}/{id}");
        var item = await response.JsonAsync();
        Assert.That(item.GetProperty("id").GetInt64(), Is.EqualTo(id));
        Assert.That(response.Headers.ETag?.Tag, Is.EqualTo($"\"v{first.GetProperty("version").GetInt32()}\""));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Term}/{collection}/{id}");
        request.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.That((await client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [TestCase("questions")]
    [TestCase("indicators")]
    [TestCase("red-flags")]
    public async Task An_item_of_another_term_is_404(string collection)
    {
        var other = await TestData.CreateTermAsync();
        using var client = TestHost.ClientFor("reader");
        var id = (await (await client.GetAsync($"/api/v1/terms/{other}/{collection}")).JsonAsync())[0].GetProperty("id").GetInt64();
        await (await client.GetAsync($"{Term}/{collection}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("questions?level=lead", HttpStatusCode.BadRequest)]
    [TestCase("indicators?level=LEAD", HttpStatusCode.BadRequest)]
    [TestCase("red-flags?level=intern", HttpStatusCode.BadRequest)]
    [TestCase("questions/999999999", HttpStatusCode.NotFound)]
    [TestCase("questions/0", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_are_problems(string path, HttpStatusCode status)
    {
        using var client = TestHost.ClientFor("reader");
        await (await client.GetAsync($"{Term}/{path}")).AssertProblemAsync(status);
    }

    [Test]
    public async Task Unknown_term_is_404_for_every_collection()
    {
        using var client = TestHost.ClientFor("reader");
        foreach (var collection in new[] { "questions", "indicators", "red-flags" })
            await (await client.GetAsync($"/api/v1/terms/no-such-term/{collection}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
