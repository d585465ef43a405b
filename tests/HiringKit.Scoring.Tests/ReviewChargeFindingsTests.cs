using HiringKit.Scoring;
using NUnit.Framework;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Review of 8e3421f (IsAPostsCharge: a placement word naming the people a post is in charge of is no placement).
/// Each case: the answer at 8e3421f ("new"), the parent's answer at 8e3421f~1 ("parent"), and what a careful recruiter
/// would call the role (the expected value asserted). The regressions are mended by narrowing the rule (posts that run
/// placements only, spaces only before them, verbs of charge in the present); the misses are noted at the end.
/// </summary>
public sealed class ReviewChargeFindingsTests
{
    static bool IsPlacement(string line) =>
        new ResumeLayout($"EXPERIENCE\n{line}   01/2012 – 06/2013\n- Individual therapy for adults with anxiety.\n", new DateOnly(2026, 11, 1))
            .Roles.Single().IsPlacement;

    /// <summary>
    /// Regressions: the student's or unpaid volunteer's own placement, read as staff work by the new rule (new: False;
    /// parent: True; should be: True, a placement).
    /// </summary>
    // A participle of charge before the placement word describes the placement itself ("supervised practicum" is the
    // standard name of the counseling student's placement), not the people the role is in charge of.
    [TestCase("Supervised Practicum, Hope Center")]
    [TestCase("Supervised Counseling Practicum, Hope Center")] // through the recursion over "counseling"
    [TestCase("Supervised Counseling Internship, Hope Center")]
    [TestCase("Supervised Internship in Clinical Mental Health Counseling, Hope Center")]
    [TestCase("Mentored Internship, Hope Center")]
    [TestCase("Trained Volunteer, Crisis Text Line")]
    [TestCase("Clinical Training Intern, Hope Center")] // "training" before "intern" taken as a verb of charge
    // An ASCII hyphen is skipped like a space, so the placement's own supervisor named after " - " becomes the role's post
    // (an en dash, a comma or a parenthesis are not skipped and still answer True).
    [TestCase("Counseling Practicum - Site Supervisor: Dr. Jane Lee, Hope Center")]
    [TestCase("Counseling Internship - Site Supervisor Dr. Jane Lee, Hope Center")]
    [TestCase("Counseling Intern - Supervisor: Dr. Jane Lee, Hope Center")]
    [TestCase("Practicum Student - Supervisor: Dr. Lee, Hope Center")]
    // "lead" as a post word: a student who leads a group in the placement is still the student.
    [TestCase("Practicum Student Lead Facilitator, Hope Center")]
    [TestCase("Internship - Lead Therapist for DBT skills group, Hope Center")]
    [TestCase("Graduate Counseling Intern-Lead, Hope Center")]
    // A volunteer who mentors, teaches or leads a shift is still an unpaid volunteer.
    [TestCase("Volunteer Mentor, Big Brothers Big Sisters")]
    [TestCase("Volunteer Educator, NAMI Family-to-Family")]
    [TestCase("Volunteer Instructor, Mental Health First Aid")]
    [TestCase("Volunteer Lead, Crisis Text Line")]
    [TestCase("Peer Support Volunteer Lead, NAMI")]
    // A student's own peer role ("student" + post word).
    [TestCase("Student Mentor, University Counseling Center")]
    [TestCase("Graduate Student Mentor, University Counseling Center")]
    [TestCase("Student Lead, Peer Support Line")]
    public void A_placement_named_with_a_word_of_charge_is_still_a_placement(string line) =>
        Assert.That(IsPlacement(line), Is.True);

    // Still missed, in both the first form and its parent (left, in the README): staff posts the rule does not reach because
    // a list, a number or a qualifier stands between ("Intern/Trainee Supervisor", "Intern & Practicum Supervisor", "Clinical
    // Supervisor for 4 interns", "Staff Therapist (supervises MSW interns)"), "to" or "supervision of" ("supervisor to
    // interns", "clinical supervision of interns"), or the post is named apart by a comma ("Supervisor, Interns and
    // Practicum Students"); and a training director of an internship program ("Training Director, APA-accredited Internship").
}
