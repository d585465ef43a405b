using System.Reflection;
using System.Text.RegularExpressions;

namespace HiringKit.Tests;

/// <summary>
/// The intended arrows: Composition -> Features -> Infrastructure and Vocabulary; the scoring engine and
/// the document readers pure. A change that points one the other way fails here, not in review.
/// </summary>
public class ArchitectureTests
{
    static string Api => Path.Combine(TestHost.RepoRoot, "src", "HiringKit.Api");

    static readonly string[] FeatureNames = Directory.GetDirectories(Path.Combine(Api, "Features")).Select(Path.GetFileName).ToArray()!;

    /// <summary>Lines of the files under <paramref name="folder"/> that name a feature (its namespace or Features.X).</summary>
    static List<string> NamingFeatures(string folder)
    {
        var names = new Regex($@"HiringKit\.Api\.Features|(?<![\w.])Features\.({string.Join('|', FeatureNames)})\b");
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => names.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Api, x.file)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
    }

    [Test]
    public void Infrastructure_names_no_feature() =>
        Assert.That(NamingFeatures(Path.Combine(Api, "Infrastructure")), Is.Empty);

    [Test]
    public void The_shared_vocabulary_names_no_feature_and_no_infrastructure()
    {
        Assert.That(NamingFeatures(Path.Combine(Api, "Vocabulary")), Is.Empty);
        var text = string.Concat(Directory.EnumerateFiles(Path.Combine(Api, "Vocabulary"), "*.cs").Select(File.ReadAllText));
        Assert.That(text, Does.Not.Contain("HiringKit.Api.Infrastructure"));
    }

    [Test]
    public void The_checker_itself_finds_a_feature_named_in_infrastructure()
    {
        var folder = Directory.CreateTempSubdirectory("hiringkit-arch-").FullName;
        File.WriteAllText(Path.Combine(folder, "Bad.cs"), "var x = new Features.ResumeScoring.ScoringLimits();");
        try { Assert.That(NamingFeatures(folder), Has.Count.EqualTo(1)); }
        finally { Directory.Delete(folder, true); }
    }

    [TestCase("HiringKit.Scoring")]
    [TestCase("HiringKit.Documents")]
    public void The_pure_libraries_reference_no_web_framework_database_or_api(string library)
    {
        var assembly = Assembly.Load(library);
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.That(references, Has.None.StartsWith("HiringKit.Api").And.None.StartsWith("Microsoft.AspNetCore")
            .And.None.StartsWith("Npgsql").And.None.StartsWith("Dapper").And.None.StartsWith("MediatR"), string.Join(", ", references));
    }
}
