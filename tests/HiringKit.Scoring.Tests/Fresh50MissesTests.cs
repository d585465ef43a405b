using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 25's Fresh50 (run once on 099aece, then read), written by hand, not copied from it: a senior
/// whose CV tells the work in its summary's prose, level with a keyword block; Naukri's "Employment Details" unread under "Key
/// Skills"; "more than six years of total experience" beside a sales post; "Full-time study, Master of Counselling" counted as a
/// post; a peer post told in a sentence; "Career break:" with what it was after a colon.
/// </summary>
public sealed class Fresh50MissesTests
{
    [Test]
    public void A_senior_whose_summary_tells_the_work_outranks_a_keyword_block()
    {
        string text = Header + """
            PROFILE
            I work from a person-centred base, and I see the therapeutic relationship as what helps most.

            EXPERIENCE
            Student Counsellor (0.6 FTE), Northgate College      Sept 2018 – present
            Short-term work with students aged 16-19; duty rota; safeguarding referrals.
            """;
        var stuffed = Score(Header + """
            KEYWORDS
            Therapeutic alliance, working alliance, therapeutic relationship, rupture and repair, client feedback, active listening,
            empathy, rapport building, collaborative goal setting, feedback-informed treatment, session rating scale, motivational
            interviewing, treatment planning, crisis intervention, clinical supervision, cultural humility
            """, AsOf2026);
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
        // A keyword block scores 15 at most, the weak band's floor: the senior must be above it.
        Assert.That(stuffed.Score, Is.EqualTo(15));
        Assert.That(score.Score, Is.GreaterThan(stuffed.Score));
    }

    [Test]
    public void Naukri_s_employment_details_head_the_posts_under_its_key_skills()
    {
        string text = Header + """
            Key Skills
            Counselling, Psychometric Assessment, CBT, Report Writing, MS Office

            Profile Summary
            I am a Counselling Psychologist with more than six years of total experience.

            Employment Details

            Counselling Psychologist
            MindHaven Wellness Pvt. Ltd., Bengaluru
            15/07/2022 to Till Date
            - Conducting one-to-one online counselling sessions; the working alliance is built in the first session.

            Academic Counsellor (Inside Sales)
            LearnSpark Edutech Pvt. Ltd., Bengaluru
            03/02/2020 to 30/06/2022
            - Built rapport with students and parents to close admissions.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.No.Member("rapport"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.4));
    }

    [Test]
    public void A_period_of_study_among_the_posts_is_study()
    {
        string text = Header + """
            EXPERIENCE
            Counsellor, Te Puna Ora Community Counselling, Hamilton
            March 2024 – now
            Counselling with adults; the working alliance is reviewed at every session.

            Full-time study, Master of Counselling
            February 2022 – December 2023
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.8));
    }

    [Test]
    public void A_peer_post_told_in_a_sentence_is_a_peer_s()
    {
        string text = Header + """
            ABOUT ME
            From 2017 to 2021 I was a peer support worker. My job was to use my own lived experience of depression and of the mental health system to walk alongside people.

            EXPERIENCE
            Counsellor, Te Puna Ora Community Counselling, Hamilton      March 2024 – now
            Counselling with adults; the working alliance is reviewed at every session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.8));
    }

    [Test]
    public void A_break_named_with_a_colon_under_its_dates_is_no_post()
    {
        string text = Header + """
            EXPERIENCE
            Jul 2025 – date
            Registered Counsellor, Ikageng Trauma & Wellness Centre
            - Short-term counselling; the therapeutic relationship comes first.

            Dec 2024 – Jun 2025
            Career break: wrote the HPCSA board examination for Registered Counsellors and cared for my grandmother

            Feb 2022 – Nov 2024
            Counsellor, Soweto Community Counselling
            - Counselling for adults and families.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
    }
}
