using System.Net;

namespace HiringKit.Tests.Features.Glossary;

public sealed class ListTermsTests
{
    [TestCase("working alliance")]
    [TestCase("THERAPEUTIC BOND")]
    [TestCase("Therapeutic")]
    public async Task Search_finds_a_term_by_any_of_its_phrases_or_its_name(string q)
    {
        using var client = TestHost.ClientFor("reader");
        var page = await (await client.GetAsync($"/api/v1/terms?q={Uri.EscapeDataString(q)}")).JsonAsync();
        Assert.That(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()),
            Does.Contain(TestData.SeededSlug));
    }

    [Test]
    public async Task Search_pages_through_matching_terms_with_a_total()
    {
        var marker = "zq" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 5; i++)
            await TestData.CreateTermAsync(name: $"Paging {i}", phrases: [$"{marker} phrase {i}"]);

        using var client = TestHost.ClientFor("reader");
        var first = await (await client.GetAsync($"/api/v1/terms?q={marker}&page=1&pageSize=2")).JsonAsync();
        var third = await (await client.GetAsync($"/api/v1/terms?q={marker}&page=3&pageSize=2")).JsonAsync();
        var beyond = await (await client.GetAsync($"/api/v1/terms?q={marker}&page=9&pageSize=2")).JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("total").GetInt64(), Is.EqualTo(5));
            Assert.That(first.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
            Assert.That(first.GetProperty("items")[0].GetProperty("name").GetString(), Is.EqualTo("Paging 0"));
            Assert.That(third.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
            Assert.That(third.GetProperty("items")[0].GetProperty("name").GetString(), Is.EqualTo("Paging 4"));
            Assert.That(beyond.GetProperty("items").GetArrayLength(), Is.Zero);
            Assert.That(beyond.GetProperty("total").GetInt64(), Is.EqualTo(5));
        });
    }

    [Test]
    public async Task Search_text_is_data_not_a_like_pattern()
    {
        using var client = TestHost.ClientFor("reader");
        var page = await (await client.GetAsync($"/api/v1/terms?q={Uri.EscapeDataString("%_%")}")).JsonAsync();
        Assert.That(page.GetProperty("total").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task Without_a_query_every_live_term_is_listed_with_defaults()
    {
        using var client = TestHost.ClientFor("reader");
        var page = await (await client.GetAsync("/api/v1/terms")).JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(page.GetProperty("page").GetInt32(), Is.EqualTo(1));
            Assert.That(page.GetProperty("pageSize").GetInt32(), Is.EqualTo(20));
            Assert.That(page.GetProperty("total").GetInt64(), Is.GreaterThanOrEqualTo(1));
        });
    }

    [TestCase("page=0", "page")]
    [TestCase("page=-3", "page")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=101", "pageSize")]
    [TestCase("page=abc", "page")]
    [TestCase("pageSize=99999999999999", "pageSize")]
    public async Task Bad_paging_is_400_naming_the_parameter(string query, string field)
    {
        using var client = TestHost.ClientFor("reader");
        var problem = await (await client.GetAsync($"/api/v1/terms?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }
}
