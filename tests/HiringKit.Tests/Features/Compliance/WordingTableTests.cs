using HiringKit.Api.Features.Compliance;

namespace HiringKit.Tests.Features.Compliance;

/// <summary>
/// Issue 18: the compliance check against 169 interview wordings labelled before it was written
/// (Wordings/README.md). The tuning part is what it was tuned on; the held-back part is the final check.
/// </summary>
public sealed class WordingTableTests
{
    public sealed record Wording(string Label, string Topic, string Text)
    {
        public bool Unlawful => Label == "unlawful";
        public override string ToString() => $"{Label}/{Topic}: {Text}";
    }

    static List<Wording> Read(string file) => File.ReadAllLines(Path.Combine(TestHost.RepoRoot, "tests", "HiringKit.Tests", "Features", "Compliance", "Wordings", file))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(f => new Wording(f[0], f[1], f[2]))
        .ToList();

    public sealed record Measured(int Unlawful, int Caught, int Lawful, int FalseAlarms, List<string> Missed, List<string> Alarms)
    {
        public double Recall => Unlawful == 0 ? 1 : (double)Caught / Unlawful;
        public double Precision => Caught + FalseAlarms == 0 ? 1 : (double)Caught / (Caught + FalseAlarms);
        public double FalseAlarmRate => (double)FalseAlarms / Lawful;
        public override string ToString() =>
            $"{Unlawful} unlawful, {Lawful} lawful: recall {Caught}/{Unlawful} = {Recall:0.000}, precision {Precision:0.000}, " +
            $"false alarms {FalseAlarms}/{Lawful} = {FalseAlarmRate:0.000}\n  missed: {string.Join("\n          ", Missed)}\n  false alarms: {string.Join("\n          ", Alarms)}";
    }

    public static Measured Measure(List<Wording> wordings)
    {
        var missed = new List<string>();
        var alarms = new List<string>();
        foreach (var w in wordings)
        {
            var warnings = ComplianceRules.Check(w.Text);
            if (w.Unlawful && warnings.Count == 0) missed.Add(w.ToString());
            if (!w.Unlawful && warnings.Count > 0) alarms.Add($"{w} -> {string.Join(", ", warnings.Select(x => $"{x.Rule} '{x.Text}'"))}");
        }
        int unlawful = wordings.Count(w => w.Unlawful), lawful = wordings.Count - unlawful;
        return new Measured(unlawful, unlawful - missed.Count, lawful, alarms.Count, missed, alarms);
    }

    [Test]
    public void The_table_has_150_wordings_two_thirds_unlawful_and_a_third_held_back()
    {
        var tuning = Read("tuning.tsv");
        var heldBack = Read("held-back.tsv");
        var all = tuning.Concat(heldBack).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.GreaterThanOrEqualTo(150));
            Assert.That(all.Count(w => w.Unlawful) / (double)all.Count, Is.InRange(0.6, 0.7));
            Assert.That(heldBack.Count / (double)all.Count, Is.InRange(0.3, 0.36));
            Assert.That(all.Select(w => w.Text).Distinct().Count(), Is.EqualTo(all.Count), "no wording twice");
            Assert.That(all.Where(w => w.Unlawful).Select(w => w.Topic).Distinct(), Is.EquivalentTo(new[]
                { "age", "sex", "pregnancy-family", "religion", "national-origin", "disability-health", "genetic-information", "arrests", "marital-status" }));
        });
    }

    /// <summary>
    /// Issue 18's gate (recall at least 0.9, at most one false alarm in twenty lawful wordings) on the tuning part, the
    /// mechanically held-back third, and the newest blind set: blind-4.tsv, written by someone who had read neither
    /// the checker nor any table, first run after the checker was committed (58/60 recall, 1/30 false alarms) and
    /// never tuned on. When it fails after a change, the change is what to look at; once tuned on, a new set replaces it.
    /// </summary>
    [TestCase("tuning.tsv")]
    [TestCase("held-back.tsv")]
    [TestCase("blind-4.tsv")]
    public void Wordings_meet_the_gate_recall_at_least_0_9_and_at_most_one_false_alarm_in_twenty(string file)
    {
        var measured = Measure(Read(file));
        TestContext.Out.WriteLine($"{file}: {measured}");
        Assert.That(measured.Recall, Is.GreaterThanOrEqualTo(0.9), measured.ToString());
        Assert.That(measured.FalseAlarmRate, Is.LessThanOrEqualTo(0.05), measured.ToString());
    }

    /// <summary>
    /// A reviewer's 34 wordings, written before reading the checker or the tables above. The checker as it stood
    /// caught 18 of 22 unlawful ones (0.818) with 1 false alarm in 12 lawful ones; the misses were fixed by kind
    /// (everyday verbs for finishing school, retirement idioms, "younger than you", where someone grew up,
    /// a 401(k) is not an age), so this set is now tuning data too, not a check of generalisation. So are the
    /// three blind sets once run (figures in the README), and the developer's lawful look-alikes for the everyday lists.
    /// </summary>
    [TestCase("fresh.tsv")]
    [TestCase("fresh-second.tsv")]
    [TestCase("everyday-lawful.tsv")]
    [TestCase("blind.tsv")]
    [TestCase("blind-2.tsv")]
    [TestCase("blind-3.tsv")]
    public void A_reviewers_fresh_wordings_are_caught(string file)
    {
        var measured = Measure(Read(file));
        TestContext.Out.WriteLine($"{file}: {measured}");
        Assert.That(measured.Recall, Is.GreaterThanOrEqualTo(0.9), measured.ToString());
        Assert.That(measured.FalseAlarmRate, Is.LessThanOrEqualTo(0.1), measured.ToString());
    }

    /// <summary>
    /// Blind sets, each written by someone who had not read the checker or the other tables, run once as the final
    /// check and then, their misses seen, tuned on: blind.tsv (30/40 recall, 1/20 false alarms), blind-2.tsv (24/40,
    /// 2/20), blind-3.tsv (54/60, 3/30); blind-4.tsv (58/60, 1/30) is the newest and untouched (README).
    /// </summary>
    [TestCase("blind.tsv", 60)]
    [TestCase("blind-2.tsv", 60)]
    [TestCase("blind-3.tsv", 90)]
    [TestCase("blind-4.tsv", 90)]
    public void A_blind_set_written_before_reading_the_checker_is_reported(string file, int rows)
    {
        var wordings = Read(file);
        var measured = Measure(wordings);
        TestContext.Out.WriteLine($"{file}: {measured}");
        Assert.That(wordings, Has.Count.EqualTo(rows));
    }
}
