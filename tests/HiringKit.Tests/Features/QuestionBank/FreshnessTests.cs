using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace HiringKit.Tests.Features.QuestionBank;

/// <summary>
/// Two API instances on one database: an edit on one reaches the other through NOTIFY, with no restart
/// and no periodic poll. The one-second figure is a performance target measured by scripts/load; here a
/// generous bound proves the push (nothing else would refresh the cache at all) without failing a run
/// whose machine was busy for a moment. Non-parallel so the measured time printed is this test's own.
/// </summary>
[NonParallelizable]
public sealed class FreshnessTests
{
    // No poll exists: without the push an edit would never show, so any bound proves it; 5 s is far from both.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [Test]
    public async Task An_edit_on_one_instance_is_visible_in_the_other_instances_cached_guide_without_a_restart()
    {
        var slug = await TestData.CreateTermAsync();
        await using var second = TestHost.CreateApp(TestHost.AppConnectionString);
        using var onSecond = TestHost.CheckedClient(second);
        onSecond.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["reader"]);
        using var onFirst = TestHost.ClientFor("editor");

        // Warm the second instance's cache, and prove it is cached: a second read is a 304 on the same ETag.
        var warm = await onSecond.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=senior");
        var etag = warm.Headers.ETag!;
        Assert.That((await (await onSecond.GetAsync($"/api/v1/terms/{slug}/interview-guide?level=senior")).JsonAsync())
            .GetProperty("questions").GetArrayLength(), Is.EqualTo(1));

        var created = await onFirst.PostAsJsonAsync($"/api/v1/terms/{slug}/questions",
            new { level = "senior", question = "How do you supervise alliance repair?", expectedAnswer = "Models it, reviews recordings." });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var clock = Stopwatch.StartNew();

        var seen = false;
        while (clock.Elapsed < Bound)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/terms/{slug}/interview-guide?level=senior");
            request.Headers.IfNoneMatch.Add(etag);
            var response = await onSecond.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var guide = await response.JsonAsync();
                seen = guide.GetProperty("questions").EnumerateArray().Any(q => q.GetProperty("question").GetString() == "How do you supervise alliance repair?");
                if (seen) break;
            }
            await Task.Delay(20);
        }
        clock.Stop();

        Assert.That(seen, Is.True, "the second instance never showed the edit");
        TestContext.Out.WriteLine($"visible on the other instance after {clock.ElapsedMilliseconds} ms");
        Assert.That(clock.Elapsed, Is.LessThan(Bound), $"visible after {clock.ElapsedMilliseconds} ms");
    }

    [Test]
    public async Task A_deletion_on_one_instance_leaves_the_other_instances_listing_without_a_restart()
    {
        var slug = await TestData.CreateTermAsync(redFlag: "Flag that will be deleted");
        await using var second = TestHost.CreateApp(TestHost.AppConnectionString);
        using var onSecond = TestHost.CheckedClient(second);
        onSecond.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["reader"]);
        using var onFirst = TestHost.ClientFor("editor");

        var flags = await (await onSecond.GetAsync($"/api/v1/terms/{slug}/red-flags")).JsonAsync();
        var id = flags[0].GetProperty("id").GetInt64();
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/terms/{slug}/red-flags/{id}");
        delete.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        Assert.That((await onFirst.SendAsync(delete)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var clock = Stopwatch.StartNew();

        while ((await (await onSecond.GetAsync($"/api/v1/terms/{slug}/red-flags")).JsonAsync()).GetArrayLength() != 0)
        {
            if (clock.Elapsed > Bound) break;
            await Task.Delay(20);
        }
        TestContext.Out.WriteLine($"gone from the other instance after {clock.ElapsedMilliseconds} ms");
        Assert.That(clock.Elapsed, Is.LessThan(Bound), $"still listed after {clock.ElapsedMilliseconds} ms");
    }

    [Test]
    public async Task A_phrase_added_on_one_instance_is_scored_by_the_other_without_a_restart()
    {
        var slug = TestData.NewSlug("fresh");
        var marker = "quorbling" + Guid.NewGuid().ToString("N")[..6];
        using var admin = TestHost.ClientFor("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/terms", new
        {
            slug, name = "Freshness Probe", industry = "Testing", summary = "A term for a freshness test.",
            phrases = new[] { new { phrase = "placeholder phrase", kind = "canonical" } },
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        await using var second = TestHost.CreateApp(TestHost.AppConnectionString);
        using var onSecond = TestHost.CheckedClient(second);
        onSecond.DefaultRequestHeaders.Add("X-Api-Key", TestHost.KeysByRole["scorer"]);
        var resume = new { text = $"Applied {marker} methods with every client for six years in outpatient care, running groups, writing notes and coordinating with families and psychiatrists weekly.", terms = new[] { slug } };
        var before = await (await onSecond.PostAsJsonAsync("/api/v1/resume-scores", resume)).JsonAsync();
        Assert.That(before.GetProperty("matches").GetArrayLength(), Is.Zero, "the second instance compiled its dictionary before the edit");

        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/terms/{slug}")
        {
            Content = JsonContent.Create(new { name = "Freshness Probe", industry = "Testing", summary = "Edited.", phrases = new[] { new { phrase = $"{marker} methods", kind = "canonical" } } }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        Assert.That((await admin.SendAsync(put)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var clock = Stopwatch.StartNew();

        var matched = false;
        while (!matched && clock.Elapsed < Bound)
        {
            var score = await (await onSecond.PostAsJsonAsync("/api/v1/resume-scores", resume)).JsonAsync();
            matched = score.GetProperty("matches").GetArrayLength() > 0;
            if (!matched) await Task.Delay(20);
        }
        Assert.That(matched, Is.True, "the second instance never scored the new phrase");
        TestContext.Out.WriteLine($"scored by the other instance after {clock.ElapsedMilliseconds} ms");
        Assert.That(clock.Elapsed, Is.LessThan(Bound), $"scored after {clock.ElapsedMilliseconds} ms");
    }
}
