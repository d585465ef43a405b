namespace HiringKit.Scoring.Tests;

public sealed class ScorerInfoTests
{
    [Test]
    public void Scorer_has_a_version() => Assert.That(ScorerInfo.Version, Is.Not.Empty);
}
