namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 47's speed changes to the assertion reader, checked against what they replaced: each cue's rule told once, against
/// the comparisons of its text the nearest cue's reading made for every cue; a heading's margin told by bits, against the search
/// of its characters.
/// </summary>
public sealed class Session47AssertionReaderTests
{
    [Test]
    public void A_heading_s_margin_by_its_bits_is_every_character_of_the_margin_and_no_other()
    {
        const System.Reflection.BindingFlags Private = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static;
        var trimmedOff = typeof(AssertionReader).GetMethod("IsTrimmedOffAHeading", Private)!.CreateDelegate<Func<char, bool>>();
        string margin = (string)typeof(AssertionReader).GetField("HeadingsMargin", Private)!.GetRawConstantValue()!;
        var wrong = new List<string>();
        for (int c = char.MinValue; c <= char.MaxValue; c++)
            if (trimmedOff((char)c) != margin.Contains((char)c)) wrong.Add($"U+{c:X4}");
        Assert.That(wrong, Is.Empty);
        Assert.That(margin.All(trimmedOff), Is.True);
    }

    [Test]
    public void Each_cue_s_rule_is_the_one_its_text_was_compared_for()
    {
        foreach (var cue in AssertionReader.Cues)
        {
            // The comparisons ByTheNearestCue made of every cue's text before session 47.
            bool opinion = cue.Text is "i think i" or "i believe i" or "i feel i";
            bool bringsOwn = cue.Text is "where i can" or "would like to" or "i'd like to" or "we'd like to" or "i'd love to" or "i would like"
                or "i would love";
            // And the comparisons session 56 first made of every negated cue's text (a measure given up, work not called so, a modest
            // denial), told once since.
            bool undoneInPart = cue.Text is "we dropped" or "we stopped using" or "we discontinued" or "i dropped" or "i stopped using"
                or "i discontinued" or "we've stopped using" or "we\u2019ve stopped using" or "we have stopped using" or "we scrapped"
                or "we abandoned" or "we ceased using" or "we had to drop" or "the team dropped" or "the service dropped"
                or "the team stopped using" or "the service stopped using" or "we phased out" or "we ditched"
                or "wouldn't call what we do" or "wouldn\u2019t call what we do" or "would not call what we do" or "wouldn't call what i do"
                or "wouldn\u2019t call what i do" or "would not call what i do" or "wouldn't describe what we do as"
                or "wouldn\u2019t describe what we do as" or "would not describe what we do as" or "wouldn't describe what i do as"
                or "would not describe what i do as" or "wouldn't say i have" or "wouldn\u2019t say i have" or "would not say i have";
            var expected = (opinion, bringsOwn, cue.Text) switch
            {
                (true, _, _) => AssertionReader.CueRule.Opinion,
                (_, true, _) => AssertionReader.CueRule.BringsOwn,
                (_, _, "so") => AssertionReader.CueRule.So,
                (_, _, "yet") => AssertionReader.CueRule.Yet,
                (_, _, "basic course in") => AssertionReader.CueRule.BasicCourseIn,
                (_, _, "wants to") => AssertionReader.CueRule.WantsTo,
                (_, _, "interested in") => AssertionReader.CueRule.InterestedIn,
                (_, _, "not") => AssertionReader.CueRule.Not,
                (_, _, "instead of" or "rather than") => AssertionReader.CueRule.InsteadOf,
                _ when undoneInPart => AssertionReader.CueRule.UndoneInPart,
                _ => AssertionReader.CueRule.None,
            };
            Assert.That(cue.Rule, Is.EqualTo(expected), cue.Text);
            Assert.That(cue.ReadsFewerWords, Is.EqualTo(cue.IsShort || cue.IsOwnStatus || cue.IsOwnAttempt || opinion), cue.Text);
            Assert.That(opinion && bringsOwn, Is.False, cue.Text);
        }
        // Every rule is some cue's: a cue's text changed in the list and not in its rule would leave the rule with none.
        foreach (var rule in Enum.GetValues<AssertionReader.CueRule>())
            Assert.That(AssertionReader.Cues.Any(cue => cue.Rule == rule), Is.True, rule.ToString());
    }

    [Test]
    public void A_cue_copied_with_other_words_takes_the_rule_of_its_new_words()
    {
        var plain = AssertionReader.Cues.First(cue => cue.Rule == AssertionReader.CueRule.None && !cue.IsShort && !cue.IsOwnStatus && !cue.IsOwnAttempt);
        var so = plain with { Text = "so" };
        Assert.That(so.Rule, Is.EqualTo(AssertionReader.CueRule.So));
        var opinion = plain with { Text = "i think i" };
        Assert.That((opinion.Rule, opinion.ReadsFewerWords), Is.EqualTo((AssertionReader.CueRule.Opinion, true)));
        Assert.That((plain.Rule, plain.ReadsFewerWords), Is.EqualTo((AssertionReader.CueRule.None, false)));
    }
}
