using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh64's misses (Spanish- and Portuguese-speaking markets; run once on e190256, then read), written
/// by hand, not copied from it: InfoJobs' "Studies" heading unread, so a master's and a degree in psychology were posts; a
/// Spanish "Prácticas" or "en Práctica Profesional" placement read as work; "(before psychology)" on an earlier job's title
/// naming the trade; Computrabajo's "actualmente" unread as an open end; a research group's "Auxiliar de Investigación" read
/// as the trade; a selection psychologist and a tango teacher read as the trade.
/// </summary>
public sealed class Fresh64MissesTests
{
    const string ClinicalPost = """
        Experience

        Psicólogo General Sanitario
        Centro de Psicología Turia · Valencia
        Sep 2022 – present
        - Individual CBT sessions for adults; write up treatment goals with each client at the start of therapy.

        """;

    [TestCase("Studies")]
    [TestCase("Formação acadêmica")]
    public void A_job_board_s_studies_heading_heads_degrees_not_posts(string heading)
    {
        string text = Header + ClinicalPost + $"""
            {heading}

            Máster Universitario en Psicología General Sanitaria
            Universitat de València · 2016 – 2018

            Grado en Psicología
            UNED · 2012 – 2016
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
    }

    [TestCase("Prácticas – Máster en Psicología General Sanitaria")]
    [TestCase("Psicóloga en Práctica Profesional (práctica clínica)")]
    public void A_spanish_placement_is_no_year_of_work(string title)
    {
        string text = Header + ClinicalPost + $"""
            {title}
            Hospital Clínico Universitario · Valencia
            Oct 2019 – Jun 2021
            - Co-led assessment interviews under supervision.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
    }

    [Test]
    public void Good_practices_in_a_post_s_lines_make_no_placement()
    {
        string text = Header + """
            Experience

            Psicóloga Clínica
            Centro de Salud Mental Norte · Madrid
            Sep 2016 – present
            - Individual therapy for adults; introduced buenas prácticas clínicas for treatment goals reviewed with each client.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.3));
    }

    [Test]
    public void A_note_dating_a_job_before_the_field_names_no_post_of_it()
    {
        string text = Header + ClinicalPost + """
            Assistente administrativa (before psychology)
            2014 – 2016 · Loja de móveis, São Paulo
            • Sales support and invoicing in a family-owned furniture shop.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
    }

    [Test]
    public void Actualmente_ends_a_range_held_now()
    {
        string text = Header + """
            Experiencia laboral / Work experience

            Psicóloga de Atención Psicosocial – Línea de Apoyo Emocional
            Fundación Contigo Antioquia (ONG)
            febrero 2024 - actualmente (2 años)
            - Crisis intervention on the support line; follow-up calls at 24 and 72 hours.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.8));
    }

    [Test]
    public void A_spanish_research_assistant_in_a_clinical_psychology_group_is_no_counselor()
    {
        string text = Header + ClinicalPost + """
            Auxiliar de Investigación (monitoría)
            Grupo de Investigación en Psicología Clínica, Universidad de Antioquia
            agosto 2018 - diciembre 2021
            - Data entry and transcription of interviews for a study on adolescent depression.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
    }

    [TestCase("Psicóloga de Selección / Consultora Senior\nSeleccionar Consultores Ltda. - Santiago")]
    [TestCase("Occupational Psychologist\nPeople Science Partners, Leeds")]
    [TestCase("Profesora de Tango (independiente)\nClases grupales y particulares")]
    public void A_work_psychologist_s_or_a_dance_teacher_s_post_is_another_trade(string head)
    {
        string text = Header + ClinicalPost + $"""
            {head}
            Abril 2012 - Abril 2019
            - Psychological interviews, assessment reports and active listening workshops; trust building in every group.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
    }

    [TestCase("Dance Movement Therapist\nArts Therapies Service, Leeds")]
    [TestCase("Counselling Psychologist\nPeople Science Partners, Leeds")]
    public void A_dance_movement_therapist_or_a_counselling_psychologist_stays_in_the_trade(string head)
    {
        string text = Header + $"""
            Experience

            {head}
            Abril 2012 - Abril 2019
            - Individual therapy sessions for adults; built a therapeutic alliance with each client.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.1));
    }
}
