namespace HiringKit.Scoring.Tests;

/// <summary>
/// Matching reads a phrase's facts (its index, kind, whether it has false friends read from context, its text) from the
/// pattern's route rather than from the glossary's records (session 47): they must be the glossary's, pattern for pattern,
/// for any glossary, and a phrase whose route says it has no context must be one <see cref="FalseFriendContext.Surrounds"/>
/// would never rule out.
/// </summary>
public sealed class Session47MatchingTests
{
    static IEnumerable<ScoringDictionary> Glossaries()
    {
        yield return SeedTerms.Dictionary;
        yield return SeedTerms.WithBareWords();
        yield return SeedTerms.WithBareWords(falseFriends: false);
        var other = new TermDefinition("motivational-interviewing", "Motivational Interviewing",
            [new("motivational interviewing", PhraseKind.Canonical, null), new("change talk", PhraseKind.Synonym, null),
                new("rapport", PhraseKind.Related, null)],
            [], ["rapport with customers"], [], [], []);
        yield return ScoringDictionary.Compile([SeedTerms.TherapeuticAlliance, other]);
        yield return ScoringDictionary.Compile([other, SeedTerms.TherapeuticAlliance]);
    }

    [Test]
    public void A_phrase_s_route_holds_the_glossary_s_facts_of_it()
    {
        int phrases = 0, withContexts = 0;
        foreach (var dictionary in Glossaries())
            for (int id = 0; id < dictionary.PatternCount; id++)
            {
                var pattern = dictionary.PatternOf(id);
                if (pattern.Kind != PatternKind.Phrase) continue;
                var route = dictionary.HitRoutes[id];
                var phrase = dictionary.Terms[pattern.Term].Phrases[pattern.Item];
                var contexts = dictionary.FalseFriendContexts[pattern.Term][pattern.Item];
                Assert.Multiple(() =>
                {
                    Assert.That(route.Bucket, Is.EqualTo(pattern.Term));
                    Assert.That(route.Phrase, Is.EqualTo(pattern.Item));
                    Assert.That(route.PhraseKind, Is.EqualTo(phrase.Kind));
                    Assert.That(route.PhraseText, Is.SameAs(phrase.Phrase));
                    Assert.That(route.HasFalseFriendContexts, Is.EqualTo(contexts.Length > 0));
                });
                phrases++;
                if (route.HasFalseFriendContexts) withContexts++;
            }
        // Both ways are met: phrases with false friends read from context and phrases without.
        Assert.That(phrases, Is.GreaterThan(withContexts));
        Assert.That(withContexts, Is.GreaterThan(0));
    }

    [Test]
    public void A_phrase_without_false_friend_contexts_is_never_ruled_out_by_them()
    {
        var resume = new ResumeText("Built rapport with customers and clients; therapeutic alliance with key accounts.");
        var none = new List<PhraseHit>?[] { null };
        Assert.That(FalseFriendContext.Surrounds(resume, new PhraseHit(0, 6, 7), [], [], none, ["customers"]), Is.False);
    }
}
