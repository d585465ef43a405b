namespace HiringKit.Scoring.Tests;

/// <summary>
/// A copy of seed-data/terms/therapeutic-alliance.yaml as the API hands it to the scorer.
/// Copied rather than parsed so these tests stay pure (no YAML, no files) and fail loudly
/// if someone changes the scorer's behaviour, not when HR edits the glossary.
/// </summary>
public static class SeedTerms
{
    public static readonly TermDefinition TherapeuticAlliance = new(
        Slug: "therapeutic-alliance",
        Name: "Therapeutic Alliance",
        Phrases:
        [
            new("therapeutic alliance", PhraseKind.Canonical, null),
            new("working alliance", PhraseKind.Synonym, null),
            new("therapeutic relationship", PhraseKind.Synonym, "bond"),
            new("therapeutic bond", PhraseKind.Synonym, "bond"),
            new("counselor-client relationship", PhraseKind.Synonym, "bond"),
            new("helping alliance", PhraseKind.Synonym, null),
            new("treatment alliance", PhraseKind.Synonym, null),
            new("counseling relationship", PhraseKind.Synonym, "bond"),
            new("therapist-client relationship", PhraseKind.Synonym, "bond"),
            new("client-therapist relationship", PhraseKind.Synonym, "bond"),
            new("rapport", PhraseKind.Related, "bond"),
            new("rapport building", PhraseKind.Related, "bond"),
            new("active listening", PhraseKind.Related, "bond"),
            new("reflective listening", PhraseKind.Related, "bond"),
            new("empathy", PhraseKind.Related, "bond"),
            new("trust building", PhraseKind.Related, "bond"),
            new("therapeutic presence", PhraseKind.Related, "bond"),
            new("rupture and repair", PhraseKind.Related, "bond"),
            new("alliance rupture", PhraseKind.Related, "bond"),
            new("alliance repair", PhraseKind.Related, "bond"),
            new("countertransference", PhraseKind.Related, "bond"),
            new("professional boundaries", PhraseKind.Related, "bond"),
            new("cultural competency", PhraseKind.Related, "bond"),
            new("cultural humility", PhraseKind.Related, "bond"),
            new("client-centered", PhraseKind.Related, "bond"),
            new("person-centered", PhraseKind.Related, "bond"),
            new("unconditional positive regard", PhraseKind.Related, "bond"),
            new("safe therapeutic environment", PhraseKind.Related, "bond"),
            new("collaborative goal setting", PhraseKind.Related, "goals"),
            new("goal consensus", PhraseKind.Related, "goals"),
            new("treatment planning", PhraseKind.Related, "goals"),
            new("collaborative treatment planning", PhraseKind.Related, "goals"),
            new("treatment goals", PhraseKind.Related, "goals"),
            new("task agreement", PhraseKind.Related, "tasks"),
            new("shared decision making", PhraseKind.Related, "tasks"),
            new("collaborative empiricism", PhraseKind.Related, "tasks"),
            new("treatment adherence", PhraseKind.Related, "tasks"),
            new("motivational interviewing", PhraseKind.Related, null),
            new("client engagement", PhraseKind.Related, null),
            new("client retention", PhraseKind.Related, null),
            new("client feedback", PhraseKind.Related, null),
            new("feedback-informed treatment", PhraseKind.Related, null),
            new("measurement-based care", PhraseKind.Related, null),
            new("session rating scale", PhraseKind.Related, null),
            new("working alliance inventory", PhraseKind.Related, null),
            new("clinical supervision", PhraseKind.Related, null),
            new("crisis intervention", PhraseKind.Related, null),
        ],
        Components: ["bond", "goals", "tasks"],
        FalseFriends:
        [
            "strategic alliance", "business alliance", "alliance manager", "alliance management", "bond trader",
            "bond analyst", "corporate bond", "bond market", "relationship manager", "customer relationship management",
            "investor relations", "working capital", "therapeutic area",
            "rapport with customers", "rapport with buyers", "rapport with accounts", "rapport with prospects",
            "rapport with stakeholders", "rapport with vendors", "rapport with executives", "rapport with procurement",
            "rapport with employees", "rapport with union stewards", "rapport with portfolio managers", "client retention across accounts",
            "client retention and revenue", "client retention in sales", "client engagement for customer success",
            "client feedback on the roadmap", "trust building with customers", "trust building with buyers",
            "trust building with employees", "active listening with customers", "active listening with buyers",
            "active listening training for supervisors", "empathy for customers", "empathy for buyers",
            "empathy training for supervisors", "crisis intervention vendors", "crisis intervention team cit course",
            "crisis intervention team cit training", "cit-certified crisis intervention team",
            "rapport with employers", "rapport with hiring managers",
            "trust building with executives",
            "rapport with passengers", "rapport with guests", "empathy for passengers", "in-flight crisis intervention",
            "par rapport", "rapport annuel", "rapport d'activité", "rédaction des rapports",
            "working alliance between companies", "working alliance with union leadership", "working alliance with union leaders",
            "working alliance with union officials", "working alliance with lenders", "empathy for sellers",
            "working alliance with vendors", "working alliance with borrowers", "working alliance with landlords",
            "nonviolent crisis intervention cpi", "non-violent crisis intervention cpi",
            "working alliance between coach and coachee",
            "client engagement reports", "client engagement report", "des rapports pour", "rédaction des rapports",
            "rédiger des rapports", "therapeutic relationship between nursing teams",
            "therapeutic relationship between nursing staff", "therapeutic relationship between nurses",
            "therapeutic alliance between physiotherapist", "therapeutic alliance between physiotherapists",
            "therapeutic alliance between physical therapist", "therapeutic alliance between physical therapists",
            "therapeutic relationship between physiotherapist", "therapeutic relationship between physiotherapists",
            "therapeutic relationship between physical therapist", "therapeutic relationship between physical therapists",
            "client retention reports", "rapport with respondents", "active listening with respondents", "empathy for respondents",
            "professional boundaries with respondents", "working alliance between offices", "working alliance between organisations",
            "working alliance between organizations", "working alliance between agencies", "therapeutic crisis intervention tci",
            "rapport with tribal elders", "working alliance with partner forces",
            "rapport with admissions officers", "rapport with admission officers", "rapport with union delegates",
            "rapport with brand managers", "rapport with hr directors", "rédaction de rapports",
            "élaboration de rapports", "interdisziplinären rapports", "interdisciplinary rapport",
            "nonviolent crisis intervention refresher", "non-violent crisis intervention refresher",
            "nonviolent crisis intervention certificate", "non-violent crisis intervention certificate",
            "rapport with commanders", "rapport with coaching staff", "working alliance with officials", "working alliance with police",
            "rapport with consultants", "rapport with doctors", "rapport with physicians", "rapport with gps",
            "rapport with nurses", "rapport with providers", "rapport with teachers", "rapport with principals",
            "rapport with deans", "rapport with pastors", "rapport with clergy", "rapport with directors",
            "rapport with managers", "rapport with leaders", "rapport with ministry", "rapport with authorities",
            "rapport with agencies", "rapport with council", "rapport with donors", "rapport with funders",
            "rapport with trainers", "rapport with district", "working alliance with consultants",
            "working alliance with doctors", "working alliance with physicians", "working alliance with gps",
            "working alliance with nurses", "working alliance with providers", "working alliance with teachers",
            "working alliance with principals", "working alliance with deans", "working alliance with pastors",
            "working alliance with clergy", "working alliance with directors", "working alliance with managers",
            "working alliance with leaders", "working alliance with ministry", "working alliance with authorities",
            "working alliance with agencies", "working alliance with council", "working alliance with donors",
            "working alliance with funders", "working alliance with trainers", "working alliance with district",
            "trust building with authorities", "trust building with agencies",
            "trust building with managers", "trust building with leaders", "trust building with donors",
            "trust building with officials", "trust building with council", "trust building with ministry",
        ],
        JobTitles:
        [
            new("Mental Health Counselors", true),
            new("Mental Health Therapist", false),
            new("Licensed Professional Counselor", false),
            new("Clinical Counselor", false),
            new("Psychotherapist", false),
            new("Clinical Therapist", false),
            new("Behavioral Health Counselor", false),
        ],
        Levels:
        [
            new("junior", 0, 2),
            new("mid", 2, 5),
            new("senior", 5, null),
        ],
        Indicators:
        [
            new("junior", "Basic counseling skills"),
            new("junior", "Active listening"),
            new("junior", "Building initial rapport"),
            new("junior", "Understanding boundaries"),
            new("mid", "Managing challenging client relationships"),
            new("mid", "Adapting approach to different client needs"),
            new("mid", "Crisis intervention skills"),
            new("mid", "Cultural competency in relationship building"),
            new("senior", "Training others in relationship building"),
            new("senior", "Complex case management"),
            new("senior", "Program development"),
            new("senior", "Clinical supervision"),
        ]);

    public static readonly ScoringDictionary Dictionary = ScoringDictionary.Compile([TherapeuticAlliance]);

    /// <summary>
    /// The seed widened with the bare words its false friends guard ("alliance", "bond", "relationship",
    /// "relations", "working", "therapeutic"), as HR might add them. The seed itself has none of them, so
    /// only here do the false friends decide whether a trap matches.
    /// </summary>
    public static ScoringDictionary WithBareWords(bool falseFriends = true) => ScoringDictionary.Compile([TherapeuticAlliance with
    {
        Phrases =
        [
            .. TherapeuticAlliance.Phrases,
            new TermPhrase("alliance", PhraseKind.Related, "bond"),
            new TermPhrase("bond", PhraseKind.Related, "bond"),
            new TermPhrase("relationship", PhraseKind.Related, "bond"),
            new TermPhrase("relations", PhraseKind.Related, "bond"),
            new TermPhrase("working", PhraseKind.Related, null),
            new TermPhrase("therapeutic", PhraseKind.Related, null),
        ],
        FalseFriends = falseFriends ? TherapeuticAlliance.FalseFriends : [],
    }]);
}
