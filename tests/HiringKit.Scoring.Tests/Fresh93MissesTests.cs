using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh93 (Spain, Portugal and Latin America; run once in session 30, then read), written
/// by hand, not copied from it.
/// </summary>
public sealed class Fresh93MissesTests
{
    [Test]
    public void A_europass_footer_and_its_education_heading_are_no_posts()
    {
        var score = Score(Header + """
            EXPERIENCIA PROFESIONAL

            09/2012 – 06/2015	Psicóloga / Psychologist, programa de apoyo a familias
            	Asociación de apoyo a familias, Bilbao
            	▪ Atención psicológica individual; a working alliance with each family.

            Page 1 / 2      © Unión Europea, 2002-2020 | europass.cedefop.europa.eu
            --------------------------------------------------------------------------------

            EDUCACIÓN Y FORMACIÓN

            2010 – 2012	Máster en Psicología General Sanitaria (MPGS)
            	Universidad de Deusto, Bilbao
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.8));
    }

    [Test]
    public void Posts_each_bulleted_are_posts_not_bullets_of_the_one_above()
    {
        var score = Score(Header + """
            EXPERIENCIA

            ➢ Psicóloga clínica (contrato de prestación de servicios)        feb. 2026 – actualidad
               IPS Salud Mental Cali
                Psicoterapia individual; the therapeutic alliance with each patient.

            ➢ Auxiliar de investigación (medio tiempo)                      03/2023 – 12/2024
               Grupo de Investigación, Pontificia Universidad Javeriana Cali
                Transcripción y codificación de entrevistas en un estudio de salud mental.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(0.8));
    }

    [Test]
    public void A_job_board_s_spanish_date_fields_date_the_post()
    {
        var score = Score(Header + """
            Experiencia laboral

            Puesto: Psicólogo de planta - Admisión y tratamiento (30 hs semanales)
            Empresa: Centro de Salud Mental Comunitaria Parque Patricios
            Fecha desde: 03/2022   Fecha hasta: Actualidad
            Descripción:
            - Tratamientos individuales de adultos; the treatment alliance as the condition of the work.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.8));
    }

    [Test]
    public void Spain_s_abbreviated_months_and_formacion_are_read()
    {
        var score = Score(Header + """
            EXPERIENCIA PROFESIONAL

            ene. 2021 – hoy	Psicóloga – Programa de Atención Psicosocial a Personas Refugiadas
            	·  Intervención psicológica individual; the therapeutic alliance has to be built slowly.

            sept. 2019 – dic. 2020	Orientadora laboral / Técnica de inserción sociolaboral
            	·  Itinerarios de empleo: CV, entrevistas, cursos.

            may. 2017 – ago. 2019	Psicóloga (media jornada), Centro de Día
            	·  Atención psicológica a personas mayores y sus familias.

            FORMACIÓN
            2013 – 2015	Máster en Psicología General Sanitaria – UNED
            """, AsOf2026);

        // May 2017 to August 2019, then January 2021 to November 2026.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.3));
    }

    [TestCase("Consejero de Seguridad ADR / Responsable de Transporte")]
    [TestCase("FONOAUDIÓLOGA – UNIDAD DE CUIDADO INTENSIVO NEONATAL")]
    [TestCase("Terapeuta de lenguaje (consulta privada)")]
    public void Spanish_look_alikes_named_with_the_trade_s_words_are_other_trades(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCIA

            03/2019 - actualidad    {title}
            - Collaborative goal setting with families; treatment adherence at home; rapport with each client.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }
}
