using HiringKit.Api.Features.Compliance;

namespace HiringKit.Tests.Features.Compliance;

public sealed class ComplianceRulesTests
{
    // Wordings that invite an unlawful or unfair question about the candidate, and the rule each trips.
    [TestCase("Have you ever been diagnosed with a mental illness?", "mental-health-history")]
    [TestCase("Tell me about your own mental health history.", "mental-health-history")]
    [TestCase("Have you been in therapy yourself?", "mental-health-history")]
    [TestCase("Candidate's personal history of depression may affect work.", "mental-health-history")]
    [TestCase("Are you currently taking any medications?", "medication")]
    [TestCase("Are you on antidepressants?", "medication")]
    [TestCase("Do you have any disabilities we should know about?", "disability")]
    [TestCase("What disabilities do you have?", "disability")]
    [TestCase("How would you describe your health?", "health")]
    [TestCase("Have you had any serious illness in the last five years?", "health")]
    [TestCase("How many sick days did you take last year?", "health")]
    [TestCase("How old are you?", "age")]
    [TestCase("When did you graduate from high school?", "age")]
    [TestCase("Are you close to retirement?", "age")]
    [TestCase("Are you pregnant?", "pregnancy-family")]
    [TestCase("Do you plan to have children soon?", "pregnancy-family")]
    [TestCase("Do you have kids at home?", "pregnancy-family")]
    [TestCase("Who will take care of your children when you work evenings?", "pregnancy-family")]
    [TestCase("What religion do you practice?", "religion")]
    [TestCase("Which religious holidays do you observe?", "religion")]
    [TestCase("Do you attend church regularly?", "religion")]
    [TestCase("Where were you born?", "national-origin")]
    [TestCase("Are you a U.S. citizen?", "national-origin")]
    [TestCase("What is your native language?", "national-origin")]
    [TestCase("Are you married?", "marital-status")]
    [TestCase("What does your husband do for a living?", "marital-status")]
    [TestCase("Have you ever been arrested?", "arrests")]
    [TestCase("Tell us about your arrest record.", "arrests")]
    // Wordings a black-box review found slipping through.
    [TestCase("Which church do you attend?", "religion")]
    [TestCase("Are you over 50?", "age")]
    [TestCase("What year did you graduate from high school?", "age")]
    [TestCase("Where are you from originally?", "national-origin")]
    [TestCase("Have you ever been treated for depression?", "mental-health-history")]
    [TestCase("Have you ever been treated for a serious illness?", "health")]
    [TestCase("Is married with children and attends church", "marital-status")]
    [TestCase("Is married with children and attends church", "religion")]
    public void Wording_about_the_candidate_is_flagged(string text, string rule)
    {
        var warnings = ComplianceRules.Check(text);
        Assert.That(warnings.Select(w => w.Rule), Does.Contain(rule));
        var warning = warnings.First(w => w.Rule == rule);
        Assert.That(text, Does.Contain(warning.Text), "the warning quotes the wording as written");
        Assert.That(warning.Hint, Is.Not.Empty);
    }

    // Wordings about clients, the job or the work: lawful, and in this field, the point of the interview.
    [TestCase("How do you handle challenges in maintaining therapeutic alliance with difficult clients?")]
    [TestCase("How do you support clients with disabilities in building trust?")]
    [TestCase("How do you discuss medication adherence with a client?")]
    [TestCase("Describe how you adapt your approach to a client's religious beliefs.")]
    [TestCase("How do you work with clients whose mental health history includes hospitalization?")]
    [TestCase("How do you address cultural factors such as race, ethnicity and national origin in session?")]
    [TestCase("Tell me about a time you worked with a pregnant client in crisis.")]
    [TestCase("How do you involve a client's spouse or family in treatment planning?")]
    [TestCase("Are you authorized to work in the United States?")]
    [TestCase("Can you work evenings and weekends as this schedule requires?")]
    [TestCase("How do you manage your own stress and prevent burnout?")]
    [TestCase("What languages do you speak that would help you serve our clients?")]
    [TestCase("How do you train junior counselors in building therapeutic alliance?")]
    [TestCase("Clients with an arrest history are referred by the court; how do you build rapport with them?")]
    [TestCase("Limited understanding of cultural factors in relationship building")]
    [TestCase("Inability to demonstrate empathy")]
    [TestCase("Are you over 18?")]
    [TestCase("How do you respect the faith of a client who attends church every week?")]
    [TestCase("How do you work with a couple when one partner is married to their job?")]
    [TestCase("Tell me about treating a client for depression with a strong alliance.")]
    public void Wording_about_clients_and_the_job_is_not_flagged(string text) =>
        Assert.That(ComplianceRules.Check(text), Is.Empty, string.Join("; ", ComplianceRules.Check(text).Select(w => $"{w.Rule}: {w.Text}")));

    // Review of session 9: cue patterns that match ordinary words of the job, whoever they are said of.
    [TestCase("Are you a fast learner?")]
    [TestCase("Are you comfortable with the fast pace of crisis work?")]
    [TestCase("Are you committed to working two evenings a week?")]
    [TestCase("How have you stayed committed to evidence-based practice?")]
    [TestCase("Have you picked up extra shifts to cover the crisis line?")]
    [TestCase("Have you brought in new referral sources at a previous job?")]
    [TestCase("What do you know about sundowning?")]
    [TestCase("Did you complete your degree at Temple University?")]
    [TestCase("Do you use scripts for intake phone calls?")]
    [TestCase("Are you willing to go to meetings at partner schools?")]
    public void A_cue_that_is_an_ordinary_word_of_the_job_is_not_flagged(string text) =>
        Assert.That(ComplianceRules.Check(text), Is.Empty, string.Join("; ", ComplianceRules.Check(text).Select(w => $"{w.Rule}: {w.Text}")));

    // The same cues, said of the candidate: still flagged.
    [TestCase("Will you be keeping the fast this month?", "religion")]
    [TestCase("Do you break the fast at sunset?", "religion")]
    [TestCase("Have you ever been committed to a psychiatric hospital?", "mental-health-history")]
    [TestCase("Were you ever committed anywhere?", "mental-health-history")]
    [TestCase("Have you ever been admitted to a psych ward?", "mental-health-history")]
    [TestCase("Have you ever been picked up by the police?", "arrests")]
    [TestCase("Were you ever hauled in for anything?", "arrests")]
    [TestCase("Have you been taken in before?", "arrests")]
    [TestCase("Do you need to be home before sundown on Fridays?", "religion")]
    [TestCase("Which temple do you attend?", "religion")]
    [TestCase("Do you have scripts for anything?", "medication")]
    [TestCase("Do you still go to meetings?", "mental-health-history")]
    public void The_same_cues_said_of_the_candidate_are_still_flagged(string text, string rule) =>
        Assert.That(ComplianceRules.Check(text).Select(w => w.Rule), Does.Contain(rule));

    // Review of session 9: cues whose lawful uses name the work, its size or its people right after them.
    [TestCase("How do you keep up with documentation when your caseload is full?")]
    [TestCase("How do you keep up with new research in trauma treatment?")]
    [TestCase("How do you keep up with your progress notes on busy days?")]
    [TestCase("Sessions are about fifty minutes long; how do you pace them?")]
    [TestCase("Can you carry around forty cases at once?")]
    [TestCase("Is client confidentiality something you take seriously?")]
    [TestCase("Is documentation something you take pride in?")]
    [TestCase("How do you keep a group engaged?")]
    [TestCase("When would you call the police during a session?")]
    [TestCase("At what point would you contact law enforcement about a client's threat?")]
    [TestCase("What do you do when the parents have conflicting goals for their teen?")]
    public void A_cue_followed_by_the_work_it_is_about_is_not_flagged(string text) =>
        Assert.That(ComplianceRules.Check(text), Is.Empty, string.Join("; ", ComplianceRules.Check(text).Select(w => $"{w.Rule}: {w.Text}")));

    [TestCase("Do you think you have the energy to keep up with a younger team?", "age")]
    [TestCase("Would you say you're closer to thirty or closer to fifty?", "age")]
    [TestCase("Are you pushing fifty?", "age")]
    [TestCase("Is there anything you take every morning that might leave you foggy in sessions?", "medication")]
    [TestCase("Is that something you take daily?", "medication")]
    [TestCase("Are you engaged?", "marital-status")]
    [TestCase("Are you engaged to anyone?", "marital-status")]
    [TestCase("Has anyone ever called the police on you?", "arrests")]
    [TestCase("Have you ever had to call the police on someone at home?", "arrests")]
    [TestCase("Do your parents have any hereditary conditions?", "genetic-information")]
    [TestCase("Did the parents have any history of cancer?", "genetic-information")]
    public void The_same_cues_with_the_candidate_s_life_after_them_are_still_flagged(string text, string rule) =>
        Assert.That(ComplianceRules.Check(text).Select(w => w.Rule), Does.Contain(rule));

    // Review of session 9: the people served and the work done, in wordings the owner rules missed.
    [TestCase("What approaches have you found effective with parents grieving the loss of a child?")]
    [TestCase("Our clinic serves many immigrant and refugee families; how would you make your services culturally responsive?")]
    [TestCase("Describe your experience with mandated reporting when a child discloses abuse in session.")]
    [TestCase("How do you stay current on medication-assisted treatment for opioid use disorder?")]
    [TestCase("What experience do you have providing gender-affirming care?")]
    [TestCase("How do you make your groups welcoming to transgender and nonbinary members?")]
    [TestCase("Tell me about running a group for older or younger adults with chronic pain.")]
    public void The_people_served_and_the_work_done_are_not_the_candidate(string text) =>
        Assert.That(ComplianceRules.Check(text), Is.Empty, string.Join("; ", ComplianceRules.Check(text).Select(w => $"{w.Rule}: {w.Text}")));

    [TestCase("Do you come from an immigrant and refugee family?", "national-origin")]
    [TestCase("Have you ever reported your pregnancy to an employer?", "pregnancy-family")]
    [TestCase("Are you staying current on your medications?", "medication")]
    [TestCase("What gender do you identify with?", "sex")]
    [TestCase("Have you found it hard with your own child?", "pregnancy-family")]
    [TestCase("Are you transgender or nonbinary?", "sex")]
    [TestCase("Are you married and with clients all day?", "marital-status")]
    public void The_candidate_s_own_life_in_the_same_wordings_is_still_flagged(string text, string rule) =>
        Assert.That(ComplianceRules.Check(text).Select(w => w.Rule), Does.Contain(rule));

    // Review of session 9: the texting "u" for "you" matched the U of "U.S.", which then owned what followed.
    [TestCase("How do you help clients navigate U.S. immigration court?")]
    [TestCase("How do you support clients through the U.S. citizenship process?")]
    public void The_u_of_u_s_is_not_the_candidate(string text) =>
        Assert.That(ComplianceRules.Check(text), Is.Empty, string.Join("; ", ComplianceRules.Check(text).Select(w => $"{w.Rule}: {w.Text}")));

    [TestCase("Are u a U.S. citizen?", "national-origin")]
    [TestCase("r u married?", "marital-status")]
    public void The_texting_u_is_still_the_candidate(string text, string rule) =>
        Assert.That(ComplianceRules.Check(text).Select(w => w.Rule), Does.Contain(rule));

    // Review of session 9: age cues in a start date, the law on minors, and intergenerational trauma.
    [TestCase("When could you start working at the school?")]
    [TestCase("When can you start at the school sites in August?")]
    [TestCase("At what age can a minor consent to outpatient counseling in this state?")]
    [TestCase("What is the age of consent for treatment here?")]
    [TestCase("What do you know about intergenerational trauma?")]
    public void A_start_date_the_law_on_minors_and_intergenerational_trauma_are_not_an_age(string text) =>
        Assert.That(ComplianceRules.Check(text), Is.Empty, string.Join("; ", ComplianceRules.Check(text).Select(w => $"{w.Rule}: {w.Text}")));

    [TestCase("When did you start high school?", "age")]
    [TestCase("When did you finish college?", "age")]
    [TestCase("What generation are you?", "age")]
    [TestCase("What age are you?", "age")]
    public void The_candidate_s_age_is_still_flagged(string text, string rule) =>
        Assert.That(ComplianceRules.Check(text).Select(w => w.Rule), Does.Contain(rule));

    [Test]
    public void The_seeded_question_bank_raises_no_false_alarm()
    {
        var seed = File.ReadAllText(Path.Combine(TestHost.RepoRoot, "seed-data", "terms", "therapeutic-alliance.yaml"));
        var texts = seed.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("question:") || l.StartsWith("expectedAnswer:") || l.StartsWith("text:") || l.StartsWith("probeQuestion:"))
            .Select(l => l[(l.IndexOf(':') + 1)..].Trim().Trim('"'))
            .ToList();
        Assert.That(texts, Has.Count.GreaterThanOrEqualTo(6 + 6 + 12 + 5 + 5));
        foreach (var text in texts)
            Assert.That(ComplianceRules.Check(text), Is.Empty, text);
    }
}
