using Microsoft.Playwright;

namespace HiringKit.Tests.Browser;

/// <summary>
/// HR staff edit the question bank in Swagger UI, so a real headless Chromium does what they do:
/// Authorize with an editor key, "Try it out" on PUT question, Execute, and the API shows the change.
/// </summary>
[NonParallelizable, Category("Operational")]
public sealed class SwaggerEditingTests
{
    // Debian's and Ubuntu's Chromium, or Google Chrome as GitHub's runners have it.
    static readonly string[] ChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    [Test]
    public async Task Hr_staff_change_a_question_through_swagger_ui_try_it_out()
    {
        var chromium = ChromiumPaths.FirstOrDefault(File.Exists);
        if (chromium is null)
            TestHost.SkipForMissingTool("Chromium is not installed (apt-get install chromium); ./scripts/test installs it when it can. Browser test skipped.");

        var slug = await TestData.CreateTermAsync(question: "Question HR will edit in Swagger?");
        await using var app = TestHost.CreateKestrelApp();
        using var api = TestHost.ClientFor(app, "editor");
        var question = (await (await api.GetAsync($"/api/v1/terms/{slug}/questions?level=junior")).JsonAsync())[0];
        var id = question.GetProperty("id").GetInt64();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // This machine has no network beyond loopback: keep Chromium from trying.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(new Uri(api.BaseAddress!, "/swagger/index.html").ToString());

        // Authorize with the editor key.
        await page.ClickAsync("button.authorize");
        await page.FillAsync(".auth-container input", TestHost.KeysByRole["editor"]);
        await page.ClickAsync(".auth-btn-wrapper button.authorize");
        await page.ClickAsync(".auth-btn-wrapper button.btn-done");

        // Open PUT /questions/{id}; "Try it out" is on by default in this Swagger UI.
        var operation = page.Locator("#operations-Questions-UpdateQuestion");
        await operation.Locator(".opblock-summary").First.ClickAsync();
        var tryItOut = operation.Locator("button.try-out__btn:has-text('Try it out')");
        if (await tryItOut.CountAsync() > 0) await tryItOut.ClickAsync();
        await operation.Locator("tr[data-param-name='slug'] input").FillAsync(slug);
        await operation.Locator("tr[data-param-name='id'] input").FillAsync(id.ToString());
        await operation.Locator("tr[data-param-name='If-Match'] input").FillAsync("\"v1\"");
        await operation.Locator("textarea.body-param__text").FillAsync("""
            { "level": "junior", "question": "Edited in Swagger UI?", "expectedAnswer": "Shows the browser path works." }
            """);
        await operation.Locator("button.execute").ClickAsync();
        await operation.Locator(".live-responses-table tbody .response-col_status").First.WaitForAsync();
        var status = (await operation.Locator(".live-responses-table tbody .response-col_status").First.InnerTextAsync()).Trim();
        Assert.That(status, Is.EqualTo("200"), await operation.Locator(".live-responses-table").InnerTextAsync());

        var read = await (await api.GetAsync($"/api/v1/terms/{slug}/questions/{id}")).JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(read.GetProperty("question").GetString(), Is.EqualTo("Edited in Swagger UI?"));
            Assert.That(read.GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(read.GetProperty("updatedBy").GetString(), Is.EqualTo("test-editor"));
        });
    }
}
