using System.Text.Json;
using System.Text.Json.Nodes;

namespace HiringKit.Tests.Contract;

/// <summary>
/// The shipped client (src/HiringKit.Client) is generated at build time from a copy of the document kept
/// beside it. This test keeps that copy equal to what the API serves, so the client cannot drift from
/// the API. HIRINGKIT_UPDATE_OPENAPI=1 rewrites the copy instead (then rebuild, and review the diff).
/// </summary>
public class OpenApiSnapshotTests
{
    public static string SnapshotPath => Path.Combine(TestHost.RepoRoot, "src", "HiringKit.Client", "openapi.json");

    [Test]
    public async Task The_clients_copy_of_the_document_is_the_one_the_api_serves()
    {
        using var client = TestHost.Client(null);
        var served = Canonical(await client.GetStringAsync("/swagger/v1/swagger.json"));
        if (Environment.GetEnvironmentVariable("HIRINGKIT_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath, served);
            Assert.Pass("Snapshot rewritten: rebuild so the client is generated from it.");
        }
        // Examples are left out of the comparison: the live ones follow the glossary's content (which other
        // tests change as they run), and a generated client's code does not depend on them.
        var kept = File.Exists(SnapshotPath) ? Canonical(await File.ReadAllTextAsync(SnapshotPath), withExamples: false) : "";
        Assert.That(kept, Is.EqualTo(Canonical(served, withExamples: false)),
            "src/HiringKit.Client/openapi.json differs from the served document: run the tests with HIRINGKIT_UPDATE_OPENAPI=1, rebuild, and review the diff.");
    }

    // Indented, with a final line break, so the file diffs well in review.
    static string Canonical(string json, bool withExamples = true)
    {
        var node = JsonNode.Parse(json)!;
        if (!withExamples) RemoveExamples(node);
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    static void RemoveExamples(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            obj.Remove("example");
            foreach (var (_, child) in obj.ToList()) RemoveExamples(child);
        }
        else if (node is JsonArray array)
            foreach (var child in array) RemoveExamples(child);
    }
}
