namespace HiringKit.Scoring;

// Headings live with the experience reader because dates under Education are study, not work;
// ResumeLayout reads them too, to weigh a phrase by the section it sits in.
internal static partial class ExperienceReader
{
    /// <summary>What a heading starts: where dates count as work, and how much a phrase under it counts.</summary>
    /// <summary>What a heading heads. Projects: a hybrid resume's dated projects, work described in a counselor's resume and a
    /// list elsewhere (<see cref="ResumeLayout"/> reads which).</summary>
    public enum HeadingKind { Work, Study, Other, Skills, Keywords, Summary, Projects }

    /// <param name="Position">Where the heading's line starts; for a right-hand column's heading, where its text starts.</param>
    /// <param name="Column">For a right-hand column's heading, how far into its line that column starts (a tab eight wide); 0 otherwise.</param>
    /// <param name="KeepsThePagesSections">For a right-hand column's heading, whether the lines under it keep the sections the page
    /// gives them read whole, its pieces read as the column's for their dates only: a profile two-up beside a narrow sidebar's
    /// contact block ("CONTACT           PROFILE", <see cref="NarrowSidebarsPiece"/>), its column read for the posts that follow in
    /// it. Read as a summary, as a page in one column reads it, a counselor's profile weighed less than it did read under the
    /// sidebar's heading, and her band dropped (a review of session 49: 48 moderate, 20 weak).</param>
    public readonly record struct Heading(int Position, HeadingKind Kind, int Column = 0, bool KeepsThePagesSections = false)
    {
        /// <summary>In a right-hand column's list, a heading across the whole page that ends the column's reach: lines below it read whole.</summary>
        public bool EndsRightColumn => Column == 0;
    }

    /// <summary>The writer's aims as a section of their own ("Career goals"), a summary's kind.</summary>
    /// <remarks>Declared before the headings built from it, as static fields are set in the order they are written.</remarks>
    /// Not "goals" alone, which heads a role's own lines too ("Goals:" over a programme's targets); joined to a study's heading it is
    /// one ("Professional development and goals").
    static readonly string[] GoalsHeadings =
        ["career goals", "professional goals", "future goals", "development goals", "career aspirations",
            // A new graduate's own account of her gaps: "WHAT I'M STILL LEARNING" (Fresh221, t03: unread, it ran on in a volunteer
            // helpline's post above it, and its hedges and aims went with that post).
            // Folded as headings are: the apostrophe a space.
            "what i m still learning", "what i am still learning", "still learning", "areas for development",
            "development areas", "learning edges", "my learning edges", "areas of growth", "growth areas"];

    /// <summary>
    /// A second career's first, headed by what came after it: unread, "Before psychotherapy" over a teacher's post made the heading's
    /// word the post's title, and six school years counted (Fresh134, t01). Declared before the list that holds them.
    /// </summary>
    static readonly string[] EarlierCareerHeadings =
    [
        "before psychotherapy", "before counselling", "before counseling", "before therapy", "before training", "previous career",
        "prior career", "first career", "career before counselling", "career before counseling", "career before psychotherapy",
        "earlier career",
        // And said in a sentence's case: "Before becoming a counsellor:" over a police officer's posts (a review of session 40).
        "before becoming a counsellor", "before becoming a counselor", "before becoming a therapist", "before becoming a psychotherapist",
        // "EARLIER WORK (not clinical)" over a behaviour therapist's and a relief residential counsellor's posts (Fresh190, t01).
        "earlier work", "earlier employment", "earlier experience", "earlier posts", "earlier roles",
        // A nurse's career headed by its trade: unread, "NURSING" became the title's first word over "Registered Nurse – Mental
        // Health", and a youth counsellor's four ward years counted (Fresh183, t09).
        "nursing", "nursing experience", "nursing career", "nursing employment", "nursing posts", "nursing roles",
        // And a midwife's (Fresh192, t09: "MIDWIFERY" over a bereavement midwife specialist's twelve years, read as a counsellor's).
        "midwifery", "midwifery experience", "midwifery career", "midwifery employment", "midwifery posts", "midwifery roles",
    ];

    /// <summary>
    /// A section set apart from the trade's posts, with no claim that it came before them: "OTHER EXPERIENCE", "ADDITIONAL
    /// EXPERIENCE" (Fresh167, t09: a memory care director's "rapport with families at move-in" read as a counselor's).
    /// </summary>
    static readonly string[] OtherExperienceHeadings =
    [
        "other experience", "other work experience", "other employment", "non clinical experience", "additional experience",
        "additional work experience",
    ];

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherExperienceLookup =
        new HashSet<string>(OtherExperienceHeadings, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EarlierCareerLookup =
        new HashSet<string>(EarlierCareerHeadings, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the heading on the line at <paramref name="position"/> names the career before the trade ("Before counselling").</summary>
    internal static bool HeadsAnEarlierCareer(ReadOnlySpan<char> text, int position) => HeadingIn(text, position, EarlierCareerLookup);

    /// <summary>Whether the words, a heading's name without its dates, name the career before the trade ("MIDWIFERY").</summary>
    internal static bool NamesAnEarlierCareer(ReadOnlySpan<char> name) => NamedIn(name, EarlierCareerLookup);

    /// <summary>Whether the heading on the line at <paramref name="position"/> sets other experience apart ("OTHER EXPERIENCE").</summary>
    internal static bool HeadsOtherExperience(ReadOnlySpan<char> text, int position) => HeadingIn(text, position, OtherExperienceLookup);

    /// <summary>The heading without a note in parentheses closing it, from its first opening parenthesis: "OTHER EXPERIENCE (senior living)".</summary>
    static ReadOnlySpan<char> WithoutClosingNote(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[^1] == ')' && line.IndexOf('(') is int note and > 0 ? line[..note].TrimEnd(' ') : line;

    /// <summary>Whether the heading's line, a note after it passed over, is one of <paramref name="headings"/>.</summary>
    static bool HeadingIn(ReadOnlySpan<char> text, int position, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> headings)
    {
        var (start, end) = Clauses.LineAround(text, position);
        var line = text[start..end].Trim();
        // Its note is no part of it: "OTHER EXPERIENCE (senior living)" (Fresh167, t09), "OTHER EXPERIENCE – before training".
        line = WithoutClosingNote(line);
        foreach (var dash in (ReadOnlySpan<string>)[" \u2013 ", " \u2014 ", " - "])
            if (line.IndexOf(dash, StringComparison.Ordinal) is int cut and > 0) { line = line[..cut]; break; }
        return NamedIn(line, headings);
    }

    /// <summary>Whether the words, read as a heading's name, are one of <paramref name="headings"/>.</summary>
    static bool NamedIn(ReadOnlySpan<char> name, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> headings)
    {
        if (name.Length > LongestHeading) return false;
        Span<char> buffer = stackalloc char[LongestHeading + 2];
        // Folded for a look-up: each of these names is one of LookedUpNames, so a fold that stops at a start none has is none of them.
        return headings.Contains(HeadingText(name, buffer, forLookUp: true));
    }

    /// <summary>A statement's and the training given's headings (declared before the list that holds them, as statics are set in order).</summary>
    static readonly string[] StatementHeadings =
    [
        "supporting information", "supporting statement", "statement in support", "statement of suitability", "training delivered",
        "trainings delivered", "training provided", "training given", "workshops delivered",
    ];

    static readonly Dictionary<string, HeadingKind> Headings = BuildHeadings(
        (HeadingKind.Work,
        [
            "experience", "professional experience", "work experience", "clinical experience", "relevant experience",
            // West African and Indian CVs' own wording (Fresh144, t03: unread, a new counsellor's job and internship were no posts).
            "working experience", "working experiences", "work experiences", "professional working experience",
            "employment", "employment history", "work history", "career history", "professional history",
            // A British-style CV's name for it (Fresh66: "EMPLOYMENT RECORD"), and East Asian CVs' ("[경력사항 / Career]",
            // "工作经历", "職歴": Fresh74, t07).
            "employment record", "career",
            // An application form's sections ("CURRENT OR MOST RECENT EMPLOYMENT", "PREVIOUS EMPLOYMENT": an independent review's
            // probe, whose current post was no section's).
            "current or most recent employment", "current employment", "most recent employment", "present employment",
            // A doctor's CV in Ireland and the UK: "Current appointment", "Previous appointments" (Fresh206, t04).
            "current appointment", "previous appointments", "previous appointment", "appointments", "appointments held",
            "previous employment", "previous employment history", "current post", "current position", "current role",
            "경력사항", "경력", "工作经历", "工作經歷", "工作经验", "職歴", "職務経歴",
            // A rirekisho's duties written out under their own heading ("■ 職務内容 / Duties (English summary)", Fresh74, t05), and
            // the Chinese and Korean names of the same.
            "職務内容", "職務詳細", "職務経歴詳細", "工作内容", "工作內容", "주요업무", "담당업무",
            // German, Dutch and Nordic CVs' work headings, accents folded (Fresh83).
            "berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang", "berufspraxis", "werkervaring",
            "arbetslivserfarenhet", "arbeidserfaring", "erhvervserfaring", "tyokokemus",
            // "Berufliche Tätigkeit" (Fresh135, t10: a psychotherapist's current post and its alliance read as no section's).
            "berufliche tatigkeit", "berufstatigkeit",
            // LinkedIn's export in those languages heads the jobs with the one word ("Erfaring", "Erfarenhet", "Ervaring",
            // "Kokemus"): unread, a Norwegian addiction therapist's every post was nobody's (Fresh117, t12).
            "erfaring", "erfarenhet", "ervaring", "kokemus",
            // Malay and Indonesian CVs' work headings ("PENGALAMAN KERJA", Fresh196 and a third review of session 39: under the
            // education heading above, a counsellor's posts were study).
            "pengalaman kerja", "pengalaman bekerja", "riwayat pekerjaan", "pengalaman",
            // Italian CVs' and Europass's work headings, accents folded (Fresh122: "ESPERIENZA PROFESSIONALE").
            "esperienza", "esperienze", "esperienza professionale", "esperienze professionali", "esperienza lavorativa",
            "esperienze lavorative",
            // Central and Eastern Europe's, accents folded ("PRACOVNÍ ZKUŠENOSTI", "DOŚWIADCZENIE ZAWODOWE", "RADNO ISKUSTVO"), and in
            // Cyrillic as written, in lower case ("досвід роботи", "опыт работы", "професионален опит"): an independent review.
            "pracovni zkusenosti", "pracovne skusenosti", "doswiadczenie zawodowe", "doswiadczenie", "szakmai tapasztalat",
            "munkatapasztalat", "experienta profesionala", "experienta", "radno iskustvo", "delovne izkusnje",
            "досвід роботи", "професійний досвід", "опыт работы", "трудовой опыт", "професионален опит", "трудов опит", "радно искуство",
            "counseling experience", "counselling experience", "clinical work", "related experience", "experience and work history",
            // A British CV's heading for the trade's posts apart from "Other employment" (Fresh126, t12).
            "counselling work", "counseling work", "therapeutic work", "counselling work history", "counseling work history",
            "therapeutic work experience",
            // Supervision given and training others under a heading of their own after the posts: "SUPERVISION & TRAINING OF
            // OTHERS" (Fresh251, t01: unread, it ran on in a community development worker's post above it, and its clinical
            // supervision, alliance rupture and therapeutic alliance went with that trade's). The trade's work, and a supervisor's
            // dated posts may stand under it ("Clinical Supervisor, Relate | 2012 - 2018": a review).
            "supervision and training of others", "supervision and training", "training and supervision", "supervision of others",
            "training of others", "supervision given", "supervision provided", "supervision training of others", "supervision training",
            "training supervision", "teaching and supervision", "supervision and teaching", "teaching supervision", "supervision teaching",
            // Placements are experience too: supervised clinical work toward a license.
            "clinical training", "internship", "internships", "practicum", "field experience", "clinical placements",
            "supervised clinical experience", "teaching experience", "sales experience", "clinical positions", "employment",
            // A British psychologist's "CLINICAL POSTS" over a table of posts (Fresh219, t10: unread, the posts' bullets stood under
            // her profile and a strong page scored 15).
            "clinical posts", "clinical roles", "psychology posts", "counselling posts", "counselling roles",
            // And the posts after a doctorate, under "DOCTORAL TRAINING" (a third review of session 40: read as study, eight years lost).
            "post qualification experience", "post qualifying experience", "post qualification employment",
            "experiencia profesional", "experiencia", "experience professionnelle", "experience professionnelle",
            // Spanish and Portuguese job boards' headings, accents folded ("Experiência profissional"; Fresh64).
            "experiencia laboral", "experiencia profissional", "historial laboral",
            // Quebec's work headings, accents folded (a second review: after a "FORMATION" table row, a psychologue's posts under
            // "PARCOURS PROFESSIONNEL" stayed study).
            "parcours professionnel", "experience clinique", "experiences de travail", "experience de travail", "emplois",
            "experiences professionnelles",
            "relevant clinical experience", "professional clinical experience", "counseling and clinical experience",
            // An academic CV's names for its jobs: once its numbered headings were read, its clinical jobs under "III. CLINICAL
            // APPOINTMENTS" fell under the education heading above (Fresh11, t02).
            "appointments", "clinical appointments", "professional appointments", "academic appointments",
            // A counseling center director's CV (Fresh108, t01: "CLINICAL & ADMINISTRATIVE APPOINTMENTS" unread, no post was dated).
            "clinical administrative appointments", "clinical and administrative appointments", "administrative appointments",
            "clinical academic appointments", "clinical and academic appointments", "clinical positions held", "positions held",
            // A new graduate's paid jobs apart from the placements, and the jobs outside the trade (Fresh19, t04).
            "paid experience", "other work", "other experience", "other employment", "additional experience",
            "additional work experience", "previous experience", "earlier experience", "previous employment",
            "earlier work", "earlier roles", "other relevant experience", "supervised clinical training", "non clinical experience",
            "other work experience",
            .. EarlierCareerHeadings,
            // A returner's or a portfolio career's current posts, apart from the earlier ones (Fresh24, t07).
            "current posts", "current positions", "current roles", "current employment",
            // Naukri's profile export (India): unread, its posts stood under "Key Skills" and none was dated (Fresh50, t04).
            "employment details",
            // An academic's two lists of posts (Fresh178, t09: under "QUALIFICATIONS" unread, a counsellor's sixteen years were none).
            "clinical employment", "academic employment", "counselling employment", "counseling employment", "professional employment",
            "university employment", "research employment",
            // A returner's post since the break (Fresh34, t02: "Counsellor (0.6 FTE)   since March 2023" under it was unread, and only
            // the summary's "(2019-2023)", her break, read as a post covered it).
            "return to practice", "return to work", "returning to practice", "returning to work", "since returning",
            "since returning to practice", "return to clinical practice", "back in practice",
        ]),
        (HeadingKind.Study,
        [
            "education", "education and training", "education training", "academic background", "training",
            // A British doctorate's programme over its placements (Fresh219, t10: "Professional Doctorate in Counselling Psychology"
            // dated under it read as three years of a post).
            "doctoral training",
            // German, Dutch and Nordic study headings, accents folded: unread, an Austrian psychotherapist's training years under
            // "AUSBILDUNG" were posts of the trade, and her fifteen years read as twenty (Fresh83, t04).
            "ausbildung", "fortbildung", "weiterbildung", "fort und weiterbildung", "bildungsweg", "studium", "opleiding",
            "opleidingen", "cursussen", "utbildning", "uddannelse", "utdanning", "koulutus", "kurser",
            // A German CV's academic path: unread, an Austrian psychotherapist's doctorate and master's under "AKADEMISCHER
            // WERDEGANG" ran on as posts of the trade (an independent review).
            "akademischer werdegang", "akademische ausbildung", "schulischer werdegang", "hochschulbildung", "hochschulstudium", "ausbildung und studium",
            "studium und ausbildung",
            // East Asian CVs' education and licence headings ("【学歴】", "教育背景", "학력"), beside their work headings above.
            "学歴", "学历", "學歷", "教育背景", "教育经历", "教育經歷", "학력", "학력사항", "資格", "免許・資格", "资格证书", "자격증",
            "certifications", "certification", "licensure", "licenses", "license", "licence", "licences", "licensure and certifications",
            "licenses and certifications", "licensure certifications", "certifications and licensure", "credentials",
            // A review's probe: "LICENSES & REGISTRATIONS" unread, a registration ran on into the care coordinator's post above.
            "licenses and registrations", "licences and registrations", "licenses registrations", "licences registrations",
            "registrations", "licensure and registration", "registration and licensure",
            "professional development", "continuing education", "advanced training", "additional training", "registration",
            "licensure certification", "education training", "formation", "educacion", "licencias", "permis", "formation continue",
            "relevant coursework", "coursework", "courses",
            // InfoJobs' "Studies" and "Other training", and their Spanish and Portuguese names, accents folded ("Formação
            // acadêmica"): unread, a master's and a degree in psychology were posts of the trade (Fresh64, t03).
            "studies", "academic studies", "other training", "complementary training", "estudios", "formacion academica",
            // The calques a machine translation leaves (Fresh155, t05: "ACADEMIC FORMATION" unread, a dining-room monitor's post ran
            // on over a psychologist's courses and aims).
            "academic formation", "complementary formation", "professional formation", "academic training", "training courses",
            "practical training",
            "formacion complementaria", "formacao", "formacao academica",
            // Europass's own heading, in Spanish and Portuguese ("EDUCACIÓN Y FORMACIÓN": Fresh93, t01, whose master's and degree
            // ran on as posts of the trade).
            "educacion y formacion", "formacion y educacion", "educacao e formacao", "educacion formacion", "educacao formacao",
            "formacion", "formacion profesional", "formacion universitaria", "estudios realizados",
            // LinkedIn's Portuguese study heading ("Educação": Fresh122, t03, whose integrated master's and Erasmus year were posts of
            // the trade), and Italian CVs' and Europass's ("ISTRUZIONE E FORMAZIONE").
            "educacao", "istruzione", "istruzione e formazione", "formazione", "titoli di studio", "formazione professionale",
            // Quebec's ("FORMATION / SCOLARITÉ", "FORMATION CONTINUE": Fresh99, t12).
            "scolarite", "formation scolarite", "formation academique", "etudes",
            // A British CV's education heading: "qualifications" alone heads skills, and the pair was left unread (Fresh17, t08).
            "education qualifications", "education and qualifications", "qualifications and education", "educational qualifications",
            "academic qualifications", "academic qualification", "training summary",
            // Nigeria's CV heading for schools with their years (Fresh112, t01: a secondary school's years read as a post).
            "educational institutions attended with dates", "educational institutions attended", "institutions attended",
            // Malay and Indonesian CVs' study headings.
            "kelayakan akademik", "pendidikan", "riwayat pendidikan", "kelulusan akademik",
            // And its qualifications "with dates" (Fresh200, t12: an M.Sc. and a B.Sc. read as eight years of posts).
            "educational qualifications with dates", "educational qualification with dates", "academic qualifications with dates",
            "qualifications with dates",
            // Central and Eastern Europe's study headings, accents folded ("VZDĚLÁNÍ", "WYKSZTAŁCENIE"), and in Cyrillic (an independent
            // review: a Czech psychotherapist's degree "2015 – 2020" under "VZDĚLÁNÍ" was a post of the trade).
            "vzdelani", "vzdelanie", "wyksztalcenie", "tanulmanyok", "vegzettseg", "kepzettseg", "studii", "educatie",
            "educatie si formare", "obrazovanje", "izobrazba", "kursy", "szkolenia",
            "освіта", "образование", "образование и обучение", "образовање", "освіта та навчання",
            // And its training first: unread, "TRAINING AND QUALIFICATIONS" ran on in a building society's post above it, and a
            // counsellor's "Feedback-Informed Treatment" workshop left with it (Fresh79, t01).
            "training and qualifications", "training qualifications", "qualifications and training", "qualifications training",
            // And with its professional qualifications (Fresh113, t10: unread, a teacher's post ran on over her degrees).
            "education and professional qualifications", "education professional qualifications",
            // A trainee's own courses: unread in a PDF's right-hand column, a CPCAB Level 3 course's "(Sept 2025 – June 2026)" was a
            // counselling post, and a customer-service team leader's keyword sidebar scored as a junior counsellor's (Fresh88, t06).
            "counselling training", "counseling training", "counselling courses", "counseling courses", "counselling qualifications",
            "counseling qualifications",
            // A coach's or a counsellor's accrediting bodies (ICF, EMCC, BACP): unread in "Education & accreditation", a post-master
            // course's years under it were a post of the trade (Fresh44, t10).
            "accreditation", "accreditations", "professional accreditations",
            // Continuing professional development, as British and Irish CVs head their courses: unread in "TRAINING & CPD", the
            // courses ran on in a research assistant's post above and "rupture and repair" left with it (Fresh57, t04).
            // Not "CPD" alone: as a role's own sub-heading it ended the role and made the next post study (a second review).
            "training cpd", "cpd training", "education cpd", "cpd courses", "continuing professional development",
            "continuing professional development cpd",
        ]),
        (HeadingKind.Other,
        [
            // NHS Jobs' and Trac's statement against the person specification: unread, it ran on in the form's last job, a
            // supermarket's, and the years at the till counted (Fresh52, t01). Neither work nor a summary: under that heading an
            // ordinary CV lists its courses, and read as work (or as a summary, whose dates are posts) their years were posts (an
            // independent review).
            // Courses the writer gave, not took, too: "TRAINING DELIVERED" over a curriculum taught "to 300+ staff and affiliate
            // counselors, 2017 – 2024" (Fresh10, t12: its years were read as an affiliate counselor's post once "affiliate" was the
            // trade's word).
            .. StatementHeadings,
            "publications", "presentations", "awards", "affiliations", "professional affiliations", "memberships",
            "professional memberships", "volunteer", "volunteer experience", "volunteering", "research", "research experience",
            "references", "interests", "community", "activities", "languages", "professional service", "service",
            "selected publications", "publications selected", "presentations selected", "teaching",
            "honors", "honors awards", "honours", "honours awards",
            // Bangladesh's and India's job-board CVs (Fresh106, t04: "Career and Application Information:" and "Specialization:" ran
            // on in the last post, and its keyword list's counselling words made an office assistant's year the trade's).
            // Not "Specialization" alone: a post's own field line on the same boards (a second review: the next post was lost).
            "career and application information", "personal details", "language proficiency",
        ]),
        (HeadingKind.Skills,
        [
            "skills", "key skills", "core skills", "clinical skills", "technical skills", "soft skills", "core competencies",
            "clinical competencies", "core clinical competencies", "competencies", "skills snapshot", "skills at a glance",
            "skills profile", "skills overview", "skills matrix", "skills and competencies", "areas of expertise", "expertise", "skills and abilities", "skills summary", "summary of skills",
            "additional skills", "strengths", "key strengths", "areas of strength", "qualifications", "skills and qualifications",
            "software", "tools", "competences", "habilidades", "core strengths", "key competencies", "professional skills",
            // A functional resume describes its work under its strengths or accomplishments: read so, its work sentences count.
            "clinical strengths", "professional strengths", "areas of strength", "accomplishments", "selected accomplishments",
            "key accomplishments", "professional accomplishments", "achievements", "key achievements", "selected achievements",
            // A LinkedIn export's lists: unread, its "Skills & Endorsements" counted as work done (Fresh15, t07).
            "top skills", "endorsements", "skills endorsements",
            // A functional resume's skills, each bullet tagged with the job it comes from ("[Probation, 2014-2024]"): unread, each
            // tag was a dated role of its own and a probation officer's ten years were a counselor's (Fresh14, t08).
            "relevant skills", "transferable skills",
            // A job board's computer skills with their tenure ("MS Word, MS Excel | Last used: 2026 | Experience: 5 years", Naukri):
            // unread, the tools' five years made a school counsellor of four senior (Fresh47, t04).
            "it skills", "computer skills", "software skills", "digital skills", "it proficiency", "computer proficiency",
            // A South African CV's "SKILLS AND ATTRIBUTES" after a cashier's post: unread, its "Empathy" stood in the till
            // supervisor's duties and was dropped as another trade's soft skill (Fresh76, t06).
            // Not "Key attributes", "Personal qualities" or "Attributes" alone: set inside a post as its own sub-label, or between
            // two posts, read as a list's heading they ended the work section and the posts after them were lost (an independent review).
            "skills and attributes", "skills attributes", "skills and qualities", "personal skills",
            // A counsellor's skills and the way she works (Fresh114, t03: "SKILLS & APPROACH" unread, its "Empathy" stood in the
            // barista's post above and left with it).
            "skills and approach", "skills approach",
        ]),
        // A hybrid resume's dated projects describe work done (Fresh16, t01): read as the skills list above them, a clinical
        // director's intake redesign and rupture-and-repair training counted as listed skills.
        (HeadingKind.Projects,
        [
            "projects", "selected projects", "key projects", "clinical projects", "special projects",
        ]),
        (HeadingKind.Keywords,
        [
            "keywords", "key words", "additional keywords", "clinical keywords", "clinical keywords for ats", "ats keywords",
            "search terms", "tags",
            // A line of terms at a page's foot labelled for the machine: "Resume keywords for ATS: mental health counselor, ..."
            // (Fresh165, t06: read as the references' section, its first phrases backed a stuffer's 56 above a senior's 45).
            "resume keywords", "resume keywords for ats", "cv keywords", "keywords for ats", "keywords for applicant tracking",
        ]),
        (HeadingKind.Summary,
        [
            "summary", "professional summary", "profile", "professional profile", "objective", "career objective", "about",
            "about me", "personal statement", "overview", "career summary", "summary of qualifications", "perfil", "profil",
            "highlights", "career highlights",
            // Naukri's and LinkedIn's one line under the name: "Resume Headline" over "Operations professional ... | Therapeutic
            // Alliance | Empathy" (Fresh224, t04: read as no section, a logistics manager's stuffed headline scored 53).
            "resume headline", "headline", "profile headline", "linkedin headline", "professional headline", "cv headline",
            // A counsellor's account of her practice at the page's foot: "MORE ABOUT MY PRACTICE" (Fresh190, t05: unread, it ran on
            // in a teaching assistant's post above it, and its therapeutic relationship went with that trade's).
            // Not "Approach" or "How I work": under those a therapist's last post goes on describing its work, and counts as it
            // (Fresh149, t01; Fresh130, t08).
            "about my practice", "more about my practice", "more about me",
            // An objective's other names.
            .. GoalsHeadings,
        ]));

    static readonly Dictionary<string, HeadingKind>.AlternateLookup<ReadOnlySpan<char>> HeadingLookup = Headings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Every name a fold for a look-up is asked about (<see cref="HeadingText(ReadOnlySpan{char}, Span{char}, bool)"/> with forLookUp): the headings, and the other
    /// experience's and earlier career's names HeadingOf also asks of such a fold. The fold stops at the first letter that leaves
    /// none of them ("Conducted intake ..." folded its whole line and hashed it, at every line of a resume starting as a heading
    /// may). And "current work", the one heading ParenthesizedHeadingOf reads by its fold alone: so a line's look-up reads on
    /// through every start of the line JoinedHeadingOf may read as a heading (see <see cref="MayJoinHeadings"/>).
    /// Declared before the tables built from it, as static fields are set in the order they are written.
    /// </summary>
    static readonly string[] LookedUpNames = [.. Headings.Keys.Concat(OtherExperienceHeadings).Concat(EarlierCareerHeadings).Append("current work").Distinct()];

    /// <summary>Bit k: whether a looked-up name starts with the letter 'a' + k (a mask, as the fold asks it of a-z only).</summary>
    static readonly uint HeadingInitials = LookedUpNames.Where(h => h[0] is >= 'a' and <= 'z').Aggregate(0u, (mask, h) => mask | 1u << (h[0] - 'a'));

    /// <summary>Folding a line stops once it is longer than any heading.</summary>
    static readonly int LongestHeading = Headings.Keys.Max(h => h.Length);

    /// <summary>
    /// [first * 27 + second] = whether a heading starts with those two folded characters (a letter, then a letter or the space
    /// after a one-letter word; 26 stands for the space): folding for a look-up stops at the second character of most lines.
    /// </summary>
    static readonly bool[] HeadingStarts = BuildHeadingStarts();

    static bool[] BuildHeadingStarts()
    {
        var starts = new bool[27 * 27];
        static int Index(char c) => c == ' ' ? 26 : c - 'a';
        foreach (var heading in LookedUpNames)
        {
            // A heading of other characters than HeadingText writes is never looked up successfully: it needs no start.
            if (heading.Any(c => c is not (>= 'a' and <= 'z' or ' ')) || heading[0] == ' ') continue;
            // A one-letter heading folds to itself, or to itself and a space trimmed off.
            if (heading.Length == 1) starts[Index(heading[0]) * 27 + 26] = true;
            else starts[Index(heading[0]) * 27 + Index(heading[1])] = true;
        }
        return starts;
    }

    /// <summary>
    /// The starts of <see cref="LookedUpNames"/> as a tree of folded characters (a-z, and the space as 26), node 0 the empty start:
    /// node k's next characters are the bits of <see cref="NameStartMasks"/>[k], and their nodes stand together from
    /// <see cref="NameStartChildren"/>[k], in the characters' order. A name's start is read up to its first character a fold never
    /// writes (a Korean or Cyrillic heading's), as a fold can match it no further. It replaced a binary search of the sorted names
    /// at each folded letter, whose reads of the names' characters were most of the fold's time (session 45's profile).
    /// </summary>
    static readonly (uint[] Masks, int[] Children) NameStarts = BuildNameStarts();

    static readonly uint[] NameStartMasks = NameStarts.Masks;

    static readonly int[] NameStartChildren = NameStarts.Children;

    static (uint[] Masks, int[] Children) BuildNameStarts()
    {
        var starts = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var name in LookedUpNames)
            for (int length = 1; length <= name.Length && name[length - 1] is >= 'a' and <= 'z' or ' '; length++)
                starts.Add(name[..length]);
        // Numbered by length, then by their characters as symbols (the space after "z", as its bit is): a node's children share
        // all but their last character, so they are numbered one after another in their bits' order.
        var ordered = starts.OrderBy(start => start.Length).ThenBy(start => start.Replace(' ', '{'), StringComparer.Ordinal).ToList();
        var number = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ordered.Count; i++) number[ordered[i]] = i;
        var masks = new uint[ordered.Count];
        var children = new int[ordered.Count];
        for (int i = ordered.Count - 1; i > 0; i--)
        {
            int parent = number[ordered[i][..^1]];
            masks[parent] |= 1u << NameStartSymbol(ordered[i][^1]);
            // Walked backwards, the last child written is the parent's first.
            children[parent] = i;
        }
        return (masks, children);
    }

    static int NameStartSymbol(char folded) => folded == ' ' ? 26 : folded - 'a';

    /// <summary>The node of <see cref="NameStarts"/> after <paramref name="node"/> and the folded character; -1 when no name starts so.</summary>
    static int NextNameStart(int node, char folded)
    {
        uint bit = 1u << NameStartSymbol(folded), mask = NameStartMasks[node];
        return (mask & bit) == 0 ? -1 : NameStartChildren[node] + System.Numerics.BitOperations.PopCount(mask & (bit - 1));
    }

    static Dictionary<string, HeadingKind> BuildHeadings(params (HeadingKind Kind, string[] Texts)[] groups)
    {
        var headings = new Dictionary<string, HeadingKind>(StringComparer.Ordinal);
        // A heading in two lists keeps the first: work was always asked first.
        foreach (var (kind, texts) in groups)
            foreach (var heading in texts)
                headings.TryAdd(heading, kind);
        return headings;
    }

    /// <summary>Lines that are a heading and nothing else, in order; and apart, the headings of a right-hand column (<see cref="RightColumn"/>).</summary>
    /// <remarks>
    /// A page's headings are the left column's: the right column's are kept apart, as a two-column PDF puts its work under
    /// its own "EXPERIENCE" beside the left column's "LICENSURE", and only dates in that column are read under them.
    /// A heading far right makes the page two columns only when the page shows two (<see cref="ShowsTwoColumns"/>); else it is
    /// a heading across the whole page, as a one-column PDF centres its headings. A heading across the whole line, below which
    /// the right-hand column does not go on, ends that column's reach: it is added to <paramref name="rightColumn"/> with
    /// <see cref="Heading.Column"/> 0 (<see cref="Heading.EndsRightColumn"/>), and lines below it read whole until another
    /// right-hand column's heading.
    /// </remarks>
    public static List<Heading> FindHeadings(ReadOnlySpan<char> text, LineBreaks lines, out List<Heading> rightColumn)
    {
        var sections = new List<Heading>();
        rightColumn = [];
        // The right-hand column's heading whose run onto a page of one column was last asked about: asked once, at the first line
        // across the column below it.
        int runOnAsked = -1;
        for (int line = 0; line < lines.Count; line++)
        {
            var (lineStart, lineEnd) = lines[line];
            // The text's end is no line of its own (a text ending in a line break ends with its last line).
            if (lineStart >= text.Length) break;
            var content = text[lineStart..lineEnd];
            if (rightColumn.Count > 0 && runOnAsked != rightColumn.Count - 1 && !rightColumn[^1].EndsRightColumn
                && rightColumn[^1].Kind == HeadingKind.Work && RunsOnInOneColumn(text, lines, line, rightColumn[^1].Column))
            {
                runOnAsked = rightColumn.Count - 1;
                if (!HeadedSinceTheColumns(text, lines, line, rightColumn[^1].Column))
                {
                    var goesOn = new Heading(lineStart, HeadingKind.Work);
                    sections.Add(goesOn);
                    rightColumn.Add(goesOn with { Column = 0 });
                }
            }
            // A heading starts with a letter: bullets and dates, most of a resume's lines, are turned down before the columns are read.
            if (!StartsWithLetter(content)) continue;
            if (EndsASentenceWrappedFromAbove(text, lines, line, content)) continue;
            // A heading in spaced letters is one line across, its words three spaces apart, no columns.
            if (content.Trim() is var whole && IsLetterSpaced(whole))
            {
                if (SpacedHeadingOf(whole) is { } spacedKind) AddFullWidth(text, lines, line, new Heading(lineStart, spacedKind), sections, rightColumn);
                continue;
            }
            var left = LeftColumn(content);
            int at = 0, column = 0;
            var right = left.Length < content.Length ? RightColumn(content, left.Length, out at, out column) : [];
            bool narrowColumn = false;
            if (right.IsEmpty && NarrowSidebarsPiece(text, lines, line, content, left, sections, rightColumn, out at, out column) is { IsEmpty: false } narrow)
            {
                right = narrow;
                narrowColumn = true;
                if (content[..at].IsWhiteSpace()) left = [];
            }
            HeadingKind? rightKind = StartsWithLetter(right) ? HeadingOf(right) : null;
            // A rirekisho's table head: "年月⇥職歴 Career", its year-and-month column before the section's name across the page
            // (Fresh172, t06: read as no heading, a psychologist's posts stood under her education).
            if (left.Trim().SequenceEqual("\u5E74\u6708") && HeadingOf(content[left.Length..].Trim()) is { } tableHeaded)
            {
                AddFullWidth(text, lines, line, new Heading(lineStart, tableHeaded), sections, rightColumn);
                continue;
            }
            // A heading far right and alone on its line ("                     EXPERIENCE") heads a right-hand column only when
            // the lines below it are set at its column; otherwise a one-column page centred it, and it heads the whole page. Beside
            // the left column's text, they are only when a right-hand column is already read at that column: a centred "CORE
            // SKILLS" over a skills grid heads the grid's two cells of each line, not the right-hand ones alone.
            // So is a page read across two columns above the heading: "MEMBERSHIPS" far right under lines whose right-hand halves
            // start at its column (a scanned two-column CV read across, Fresh120, t01: its "EDUCATION" there headed the whole page,
            // and a counsellor's posts beside it were study).
            if (rightKind is { } centred && left.IsEmpty
                && !ShowsTwoColumns(text, lines, line, column, besideLeft: rightColumn.Count > 0 && !rightColumn[^1].EndsRightColumn
                    && Math.Abs(rightColumn[^1].Column - column) <= ColumnSlack || ReadsAcrossTwoColumnsAbove(text, lines, line, column)))
            {
                AddFullWidth(text, lines, line, new Heading(lineStart, centred), sections, rightColumn);
                continue;
            }
            if (HeadingOf(left) is { } kind && !IsAJobsSubheading(text, lines, line, left))
            {
                // The second half of a bilingual left-hand heading wrapped under it, beside a right-hand column's heading: "PERSÖNLICHE
                // DATEN /   BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE" over "PERSONAL DETAILS" (Fresh238, t07: read across the
                // page, it ended the work column on its first line and none of a psychotherapist's posts was read).
                if (right.Length == 0 && WrapsTheLeftHeadingBesideARightOne(text, lines, line, rightColumn)) continue;
                if (right.Length == 0) AddFullWidth(text, lines, line, new Heading(lineStart, kind), sections, rightColumn);
                else
                {
                    sections.Add(new Heading(lineStart, kind));
                    // The next page's sidebar beside the work column going on: "MEMBERSHIPS      Counsellor (sessional, part-time)"
                    // after the first page's sidebar ended with a heading of its own (Fresh96, t05: the second page's posts fell
                    // under the sidebar's memberships and none was read). Only where the right-hand column had its own work heading
                    // at that column: a page whose left margin heads each section ("EDUCATION      MA, Counselling") has none.
                    if (rightKind is null && (ResumesTheWorkColumn(rightColumn, column) || GoesOnBesideASidebar(text, lines, line, column, sections, rightColumn)))
                        rightColumn.Add(new Heading(lineStart + at, HeadingKind.Work, column));
                }
            }
            if (rightKind is { } headingKind)
                rightColumn.Add(new Heading(lineStart + at, headingKind, column, KeepsThePagesSections: narrowColumn && headingKind == HeadingKind.Summary));
        }
        return sections;
    }

    /// <summary>
    /// The work column's piece of a line beside a sidebar narrower than <see cref="RightColumnIndent"/>: "CONTACT              PROFILE"
    /// over "Swift Current, SK    Grain merchandiser with 12 years ...", the sidebar's contact, licences, skills and languages at the
    /// left margin and the profile and the posts 21 in (Fresh240, t06: read across, no post of a grain merchandiser's was read, and
    /// his bullets stood under the sidebar's licences and education). The column is read where a sidebar's heading stands beside
    /// a heading of the work column, the lines below set in both; then every line's piece at that column is the column's, a
    /// heading alone on its line there ("                     ACHIEVEMENTS") included, as further right. Empty when none.
    /// </summary>
    /// <remarks>Asked of a line with a gap and no right-hand piece at the usual width: a heading's look-up only beside a heading.</remarks>
    static ReadOnlySpan<char> NarrowSidebarsPiece(ReadOnlySpan<char> text, LineBreaks lines, int line, ReadOnlySpan<char> content,
        ReadOnlySpan<char> left, List<Heading> sections, List<Heading> rightColumn, out int at, out int column)
    {
        at = 0;
        while (at < content.Length && content[at] is ' ' or '\t') at++;
        // A line starting in the column: its indent is the gap.
        if (at == 0)
        {
            if (left.Length == content.Length) { column = 0; return []; }
            for (at = left.Length; at < content.Length && content[at] is ' ' or '\t';) at++;
        }
        column = WidthOf(content[..at]);
        if (column < NarrowestSidebar || column >= RightColumnIndent || at == content.Length) return [];
        var piece = content[at..].TrimEnd();
        // The column read already: its heading at that column above, its reach not ended.
        if (rightColumn.Count > 0 && !rightColumn[^1].EndsRightColumn && rightColumn[^1].Column < RightColumnIndent
            && Math.Abs(rightColumn[^1].Column - column) <= ColumnSlack)
            return IsAcrossThePageSince(text, sections, rightColumn[^1].Position) ? [] : piece;
        // Else a sidebar's heading at the margin and the column's heading beside it: one read as a section, or set in the same
        // capitals as the column's ("CONTACT" beside "PROFILE", a sidebar's own heading no section of a resume).
        // The column's heading a work column's, its posts' or its profile's: a sidebar's licences or certificates set two-up with
        // its education ("EDUCATION           LICENSURE") head no column, and a table of posts below, its cells at the same gap, is
        // read across (an independent review: every post of such a counselor's was lost).
        if (content[0] is ' ' or '\t' || !StartsWithLetter(piece) || HeadingOf(piece) is not (HeadingKind.Work or HeadingKind.Summary)) return [];
        if (HeadingOf(left) is null && !(left.Length <= NarrowestSidebar && !left.ContainsAnyInRange('a', 'z') && !piece.ContainsAnyInRange('a', 'z'))) return [];
        return ReadsAcrossTwoColumnsBelow(text, lines, line, column) ? piece : [];
    }

    /// <summary>
    /// Whether a section's heading stood alone across the page after the column's heading: "PROFESSIONAL EXPERIENCE" under a
    /// two-up "EDUCATION           LICENSURE" ends that column, and the table of posts below, its cells at the same gap, is read
    /// across (an independent review: every post of such a counselor's was lost). A sidebar's heading beside the column's lines
    /// ("LICENCES             edge is rapport with growers", Fresh240, t06) does not end it.
    /// </summary>
    static bool IsAcrossThePageSince(ReadOnlySpan<char> text, List<Heading> sections, int columnsHeading)
    {
        if (sections.Count == 0 || sections[^1].Position <= columnsHeading) return false;
        var rest = text[sections[^1].Position..];
        int end = rest.IndexOf('\n');
        var content = (end < 0 ? rest : rest[..end]).TrimEnd();
        return LeftColumn(content).Length >= content.Length;
    }

    /// <summary>How far in a narrow sidebar's work column starts at least (<see cref="NarrowSidebarsPiece"/>): a gap after a sidebar's word, not a date's.</summary>
    internal const int NarrowestSidebar = 16;

    /// <summary>
    /// Whether the line above held a right-hand column's heading at its right and, at its left, a heading's first half ending in
    /// a slash ("PERSÖNLICHE DATEN /"): this line's heading is that left one's other language, and heads nothing across the page.
    /// </summary>
    static bool WrapsTheLeftHeadingBesideARightOne(ReadOnlySpan<char> text, LineBreaks lines, int line, List<Heading> rightColumn)
    {
        if (line == 0 || rightColumn.Count == 0) return false;
        var (aboveStart, aboveEnd) = lines[line - 1];
        if (rightColumn[^1].Position < aboveStart || rightColumn[^1].Position >= aboveEnd) return false;
        return text[aboveStart..rightColumn[^1].Position].TrimEnd().EndsWith('/');
    }

    /// <summary>
    /// Whether the line is the last of a sentence wrapped from the line above: it ends with a full stop, and the line above ends
    /// in a word or a joining mark ("... Professional Standards &amp;" over "  Competencies.": Fresh124, t07, where read as a skills
    /// heading it made a school counseling director's whole career a skills list).
    /// </summary>
    static bool EndsASentenceWrappedFromAbove(ReadOnlySpan<char> text, LineBreaks lines, int line, ReadOnlySpan<char> content)
    {
        if (line == 0 || !content.TrimEnd().EndsWith('.')) return false;
        var above = text[lines[line - 1].Start..lines[line - 1].End].TrimEnd();
        return !above.IsEmpty && (char.IsLetter(above[^1]) || above[^1] is '&' or ',' or '-' or '/');
    }

    /// <summary>
    /// Whether the work headed across the page goes on in the right-hand column beside a sidebar's heading: "HABILIDADES" at the left
    /// margin beside "Consejera / Terapeuta en Adicciones", the sidebar's skills and the post's lines side by side below (Fresh210,
    /// t05: a two-column PDF's earlier post read as skills, and its two and a half years lost). Only where the lines below hold
    /// both: a page whose left margin heads each section ("EDUCATION      MA, Counselling") has nothing beside its entries.
    /// </summary>
    /// <param name="sections">The page's headings so far, this line's sidebar heading included.</param>
    static bool GoesOnBesideASidebar(ReadOnlySpan<char> text, LineBreaks lines, int line, int column, List<Heading> sections, List<Heading> rightColumn)
    {
        if (sections.Count < 2 || sections[^2].Kind != HeadingKind.Work || rightColumn.Count > 0 && !rightColumn[^1].EndsRightColumn) return false;
        return ReadsAcrossTwoColumnsBelow(text, lines, line, column);
    }

    /// <summary>Whether at least two of the <see cref="LinesBelowAsked"/> lines with text below <paramref name="line"/> hold text in the left column and a piece about <paramref name="column"/> in.</summary>
    static bool ReadsAcrossTwoColumnsBelow(ReadOnlySpan<char> text, LineBreaks lines, int line, int column)
    {
        int set = 0, last = line + 3 * LinesBelowAsked;
        for (int next = NextLineWithText(text, lines, line, last), asked = 0; next >= 0 && asked < LinesBelowAsked;
             next = NextLineWithText(text, lines, next, last), asked++)
        {
            var content = text[lines[next].Start..lines[next].End];
            if (HoldsBothColumns(content, column)) set++;
        }
        return set >= 2;
    }

    /// <summary>Whether the line holds text in the left column and a piece starting about <paramref name="column"/> in.</summary>
    static bool HoldsBothColumns(ReadOnlySpan<char> line, int column) =>
        PieceStartsAt(line, column, besideLeft: true) && !PieceStartsAt(line, column, besideLeft: false);

    /// <summary>Whether the right-hand column's reach was ended by a heading across the page, its last heading of its own the work's at <paramref name="column"/>.</summary>
    static bool ResumesTheWorkColumn(List<Heading> rightColumn, int column)
    {
        if (rightColumn.Count == 0 || !rightColumn[^1].EndsRightColumn) return false;
        for (int h = rightColumn.Count - 1; h >= 0; h--)
            if (!rightColumn[h].EndsRightColumn)
                return rightColumn[h].Kind == HeadingKind.Work && Math.Abs(rightColumn[h].Column - column) <= ColumnSlack;
        return false;
    }

    /// <summary>
    /// Whether a heading word in a title's case heads a job's own bullets, not a section: "Accreditation" over "- Led the service
    /// through MHC Quality Framework review in 2023" inside a clinical lead's post (a review: read as the study section, it ended
    /// the work and lost two posts below it). A section of accreditations lists entries, not bullets, under it.
    /// </summary>
    static bool IsAJobsSubheading(ReadOnlySpan<char> text, LineBreaks lines, int line, ReadOnlySpan<char> left)
    {
        // With its colon or without ("Accreditation:", a review).
        var word = left.Trim().TrimEnd(':').TrimEnd();
        // Portuguese "Educação" is the sector as well as the study: it heads study only over a school's or a degree's name
        // ("Faculdade de Psicologia ...", "Mestrado em Psicologia"); over a post or an employer ("Psicóloga escolar — Colégio Santo
        // Agostinho", "Colégio Bandeirantes", "Professora de Ciências") it groups posts by sector under work (two reviews' probes).
        if (word.Length == "educação".Length && word.StartsWith("educa", StringComparison.OrdinalIgnoreCase))
        {
            int below = NextLineWithText(text, lines, line);
            return below < 0 || text[lines[below].Start..lines[below].End].IndexOfAny(SchoolWords) < 0;
        }
        if (!word.Equals("accreditation", StringComparison.OrdinalIgnoreCase) || !word.ContainsAnyInRange('a', 'z')) return false;
        int next = NextLineWithText(text, lines, line);
        return next >= 0 && IsBulleted(text[lines[next].Start..lines[next].End]);
    }

    static readonly System.Buffers.SearchValues<string> SchoolWords = System.Buffers.SearchValues.Create(
        ["faculdade", "universidade", "universidad", "university", "mestrado", "licenciatura", "gradua", "bacharel", "doutorado",
            "instituto superior"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The first line below <paramref name="line"/> with text, up to line <paramref name="last"/>; -1 when there is none.</summary>
    static int NextLineWithText(ReadOnlySpan<char> text, LineBreaks lines, int line, int last = int.MaxValue)
    {
        for (int next = line + 1; next < lines.Count && next <= last; next++)
        {
            var (start, end) = lines[next];
            if (start >= text.Length) return -1;
            if (!text[start..end].IsWhiteSpace()) return next;
        }
        return -1;
    }

    /// <summary>
    /// A heading across the whole line is the page's; and when the right-hand column does not go on below it
    /// (<see cref="ShowsTwoColumns"/>), it ends that column's reach: a skills grid's "Training" cell above "PROFESSIONAL
    /// EXPERIENCE" heads none of the dates set far right below it. A left column's heading alone on its line while the right
    /// column runs on beside the lines below (columns a PDF flattened line by line) ends nothing.
    /// </summary>
    static void AddFullWidth(ReadOnlySpan<char> text, LineBreaks lines, int line, Heading heading, List<Heading> sections, List<Heading> rightColumn)
    {
        sections.Add(heading);
        // A work heading across the page ends a column beside a narrow sidebar (NarrowSidebarsPiece) though the lines below are set
        // in two: its posts' dates at the left, their titles at the column's gap ("EXPERIENCE" over "2019 – Present    Licensed
        // Professional Clinical Counselor"). Run on, a two-up profile's column took the posts' lines, and a counselor's work was
        // scored as her profile (a review of session 49).
        if (rightColumn.Count > 0 && !rightColumn[^1].EndsRightColumn && (!ShowsTwoColumns(text, lines, line, rightColumn[^1].Column, besideLeft: true)
                || heading.Kind == HeadingKind.Work && rightColumn[^1].Column < RightColumnIndent))
            rightColumn.Add(heading with { Column = 0 });
    }

    /// <summary>
    /// Whether, below a right-hand column's work heading, the page is one column again from <paramref name="line"/>: the line and
    /// one of the next three with text run from the left margin across where the column starts (<paramref name="column"/>), with no
    /// gap there, and the lines below it do not go on in two. A PDF's sidebar (contact, languages, skills, registration) fills the first page only; the work in the main column
    /// runs on over the next page's whole width. Read under the sidebar's last heading, a counselling psychologist's posts on her
    /// second page were registration, not work, and a senior scored level with a keyword block (Fresh44, t01).
    /// </summary>
    static bool RunsOnInOneColumn(ReadOnlySpan<char> text, LineBreaks lines, int line, int column)
    {
        if (!CrossesTheColumn(text[lines[line].Start..lines[line].End], column)) return false;
        for (int next = NextLineWithText(text, lines, line), asked = 0; next >= 0 && asked < 3; next = NextLineWithText(text, lines, next), asked++)
            // Not a page's running footer and header across the columns, the next page set in two again (Fresh10, t01).
            if (CrossesTheColumn(text[lines[next].Start..lines[next].End], column)) return !ShowsTwoColumns(text, lines, line, column, besideLeft: true);
        return false;
    }

    /// <summary>
    /// Whether a line in capitals stands between the page in two columns and <paramref name="line"/>: the next page's own section,
    /// read or not ("POST-QUALIFYING TRAINING", "COMMUNITY INVOLVEMENT AND GOVERNANCE", "WELLBEING INTERESTS AND KEYWORDS"), not
    /// the work running on (a review: courses, governors' posts and a keyword list were read as work).
    /// </summary>
    static bool HeadedSinceTheColumns(ReadOnlySpan<char> text, LineBreaks lines, int line, int column)
    {
        for (int above = line - 1; above >= 0; above--)
        {
            var (start, end) = lines[above];
            var content = text[start..end];
            if (content.IsWhiteSpace()) continue;
            if (PieceStartsAt(content, column, besideLeft: true)) return false;
            var trimmed = content.Trim();
            if (trimmed.Length <= 64 && trimmed.ContainsAnyInRange('A', 'Z') && !trimmed.ContainsAnyInRange('a', 'z')
                && !trimmed.ContainsAnyInRange('0', '9') && !IsARunningHeader(text, lines, trimmed)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a line in capitals repeats the name at the top of the page ("TENDAI MOYO" under "DR TENDAI MOYO"), as a second
    /// page's running header does: no section of its own (a review).
    /// </summary>
    static bool IsARunningHeader(ReadOnlySpan<char> text, LineBreaks lines, ReadOnlySpan<char> caps)
    {
        for (int top = 0; top < Math.Min(2, lines.Count); top++)
        {
            var (start, end) = lines[top];
            if (start < text.Length && text[start..end].Contains(caps, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether the line's text starts in the left margin and runs without a gap past <paramref name="column"/>.</summary>
    static bool CrossesTheColumn(ReadOnlySpan<char> line, int column)
    {
        if (line.Length <= column || line[0] is ' ' or '\t') return false;
        var left = LeftColumn(line);
        return left.Length > 0 && WidthOf(left) > column + 2 * ColumnSlack;
    }

    /// <summary>How many of the lines below a heading are asked whether they are set at a right-hand column.</summary>
    const int LinesBelowAsked = 4;

    /// <summary>
    /// Whether the page goes on in two columns below <paramref name="line"/>, the right-hand one <paramref name="column"/> in:
    /// at least two of the next <see cref="LinesBelowAsked"/> lines with text hold a piece that starts there, <see cref="ColumnSlack"/>
    /// either way (a wrapped bullet is indented a little more). A column's heading heads lines set at its column; a one-column
    /// page's centred heading heads lines set from the left margin, their dates far right at no one column.
    /// </summary>
    /// <param name="besideLeft">Whether a piece after the left column's text counts; else only a line's first text does.</param>
    /// <remarks>Asked only of a heading alone on its line: a few lines read, a few times a resume.</remarks>
    static bool ShowsTwoColumns(ReadOnlySpan<char> text, LineBreaks lines, int line, int column, bool besideLeft)
    {
        int set = 0;
        // Blank lines are passed over, but only so many: noise with long runs of them stays cheap to read.
        int last = line + 3 * LinesBelowAsked;
        for (int next = NextLineWithText(text, lines, line, last), asked = 0; next >= 0 && asked < LinesBelowAsked;
             next = NextLineWithText(text, lines, next, last), asked++)
            if (PieceStartsAt(text[lines[next].Start..lines[next].End], column, besideLeft)) set++;
        return set >= 2;
    }

    /// <summary>
    /// Whether at least two of the <see cref="LinesBelowAsked"/> lines with text above <paramref name="line"/> hold text in the left
    /// column and a piece starting about <paramref name="column"/> in: two columns flattened line by line.
    /// </summary>
    static bool ReadsAcrossTwoColumnsAbove(ReadOnlySpan<char> text, LineBreaks lines, int line, int column)
    {
        int set = 0;
        for (int previous = line - 1, asked = 0; previous >= 0 && previous >= line - 3 * LinesBelowAsked && asked < LinesBelowAsked; previous--)
        {
            var content = text[lines[previous].Start..lines[previous].End];
            if (content.IsWhiteSpace()) continue;
            asked++;
            if (HoldsBothColumns(content, column)) set++;
        }
        return set >= 2;
    }

    /// <summary>Whether a piece of the line (its text after its indent, or after a gap of three spaces or a tab) starts about <paramref name="column"/> in.</summary>
    /// <param name="besideLeft">Whether a piece after other text counts; else only the line's first text does.</param>
    static bool PieceStartsAt(ReadOnlySpan<char> line, int column, bool besideLeft)
    {
        int width = 0, spaces = 0;
        bool afterGap = true, text = false;
        foreach (char c in line)
        {
            if (c is ' ' or '\t')
            {
                spaces += c == '\t' ? 3 : 1;
                width += c == '\t' ? 8 : 1;
                if (spaces >= 3) afterGap = true;
                continue;
            }
            if (afterGap && Math.Abs(width - column) <= ColumnSlack) return besideLeft || !text;
            if (width > column + ColumnSlack) return false;
            afterGap = false;
            text = true;
            spaces = 0;
            width++;
        }
        return false;
    }

    /// <summary>
    /// A line ruled on both sides with dashes or equals signs, a space between the rules and the words ("--- EDUCATION ---",
    /// "=== WORK HISTORY ==="). Asterisks are Markdown's bold ("**Highlights**", "** Key Achievements **"), read as its words.
    /// </summary>
    static bool IsRuledHeading(ReadOnlySpan<char> line) =>
        line.Length > 6 && IsARuleChar(line[0]) && line[1] == line[0] && line[^1] == line[0] && line[^2] == line[0]
        && line.TrimStart(line[0]) is [' ', ..] && line.TrimEnd(line[0]) is [.., ' '];

    /// <summary>A rule's character around a heading: hyphens, equals signs, and Canva's and Word's rules ("—— EDUCATION ——", "── SKILLS ──": Fresh104, t08).</summary>
    static bool IsARuleChar(char c) => c is '-' or '=' or '\u2014' or '\u2500' or '\u2550' or '~';

    /// <summary>Whether the first character that is not white space is a letter (or the bracket of "[ATS Keywords]", or a Markdown heading's mark), as <see cref="HeadingOf"/> asks of any left column of the line.</summary>
    /// <summary>A mark that heads a section set in capitals as well as a bullet: a small square, an arrow ("▪ SKILLS", "➢ EDUCATION").</summary>
    static bool IsACapitalsMark(char c) => c is '\u25AA' or '\u25AB' or '\u27A2' or '\u27A4' or '\u25BA' or '\u25B6' or '\u2756';

    static bool StartsWithLetter(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        // Markdown's heading mark ("## Education") is read by HeadingOf.
        // So is a rule around a heading ("--- EDUCATION ---").
        // A ruled heading in a left column, the right column's text beside it ("—— EDUCATION ——      in 6 months.": Fresh104, t08,
        // whose degree's years under it were read as a post beside the right column's bullets).
        return trimmed.Length > 0 && (char.IsLetter(trimmed[0]) || trimmed[0] is '[' or '\u3010' or '#' or '>' || IsRuledHeading(trimmed.TrimEnd())
            // Its first two characters are the rule's: a bullet's dash ("- Led ...") is no rule, and its left column is not read.
            || IsARuleChar(trimmed[0]) && trimmed.Length > 6 && trimmed[1] == trimmed[0] && IsRuledHeading(LeftColumn(trimmed).TrimEnd())
            || SectionMarks.Contains(trimmed[0]) || IsACapitalsMark(trimmed[0]) || IsAOneCellRow(trimmed.TrimEnd()));
    }

    /// <summary>A table's row of one cell: "| FORMATION / SCOLARITÉ |".</summary>
    static bool IsAOneCellRow(ReadOnlySpan<char> line) => line.Length > 2 && line[0] == '|' && line[^1] == '|' && line[1..^1].IndexOf('|') < 0;

    /// <summary>A heading in Chinese, Japanese or Korean script, looked up as written ("職務経歴", "학력"); null for any other.</summary>
    static HeadingKind? HeadingAsWrittenOf(ReadOnlySpan<char> line)
    {
        if (line is [>= '\u2E80', ..]) return HeadingLookup.TryGetValue(line.TrimEnd(" \t:\uFF1A"), out var kind) ? kind : null;
        // Cyrillic, in its lower case: "ОСВІТА", "Досвід роботи".
        if (line is not [>= '\u0400' and <= '\u04FF', ..]) return null;
        line = line.TrimEnd(" \t:");
        if (line.Length > LongestHeading) return null;
        Span<char> lower = stackalloc char[line.Length];
        line.ToLowerInvariant(lower);
        return HeadingLookup.TryGetValue(lower, out var cyrillicKind) ? cyrillicKind : null;
    }

    static readonly System.Buffers.SearchValues<string> OrderNoteWords = System.Buffers.SearchValues.Create(
        ["first", "chronolog", "most recent", "latest",
            // An Irish form's "SECTION 4  EMPLOYMENT RECORD (start with present post)" (Fresh154, t03: read as no heading, a new
            // counsellor's posts stood under her education).
            "start with", "present post", "current post",
            // "EXPERIENCE (not counting my practicum)": what the section leaves out (a second review of session 38).
            "not counting", "not including", "excluding"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The marks a Japanese CV opens its section headings with: squares and diamonds, filled or not.</summary>
    const string SectionMarks = "\u25A0\u25A1\u25C6\u25C7";

    /// <summary>A line this indented is the right-hand column of a page laid out in two.</summary>
    const int RightColumnIndent = 24;

    /// <summary>
    /// The left column of a line that a PDF laid out in two columns ("PROFESSIONAL EXPERIENCE      Motivational
    /// Interviewing"): up to the first gap of three spaces or a tab. A line that starts in the right column
    /// ("                    CORE SKILLS") heads nothing in the left one, where the work is, and gives nothing.
    /// </summary>
    static ReadOnlySpan<char> LeftColumn(ReadOnlySpan<char> line)
    {
        int indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t') indent += 1;
        if (indent >= line.Length) return line;
        if (WidthOf(line[..indent]) >= RightColumnIndent) return [];
        int gap = line[indent..].IndexOf("   ", StringComparison.Ordinal);
        int tab = line[indent..].IndexOf('\t');
        int cut = gap < 0 ? tab : tab < 0 ? gap : Math.Min(gap, tab);
        return cut < 0 ? line : line[..(indent + cut)];
    }

    /// <summary>
    /// What follows a line's left column (<see cref="LeftColumn"/>, <paramref name="leftLength"/> long): the right-hand column of a
    /// page laid out in two, when it starts at least <see cref="RightColumnIndent"/> in; else nothing. Only a heading read here
    /// makes a page two columns: dates set far right on a page of one ("Therapist, Hope Center      2019 – present") are read
    /// under its headings as before.
    /// </summary>
    /// <param name="at">Where the right column's text starts in the line.</param>
    /// <param name="column">How far in that is, a tab eight wide.</param>
    static ReadOnlySpan<char> RightColumn(ReadOnlySpan<char> line, int leftLength, out int at, out int column)
    {
        at = leftLength;
        while (at < line.Length && line[at] is ' ' or '\t') at++;
        column = WidthOf(line[..at]);
        return at < line.Length && column >= RightColumnIndent ? line[at..].TrimEnd() : [];
    }

    /// <summary>How far in the end of <paramref name="before"/> is, as a page shows it: a tab is eight wide.</summary>
    static int WidthOf(ReadOnlySpan<char> before)
    {
        int width = 0;
        foreach (char c in before) width += c == '\t' ? 8 : 1;
        return width;
    }

    /// <summary>"Keywords: ...", "Core competencies - ...": a heading word starting the line, then a colon.</summary>
    /// <returns>Where the colon is in the line, or -1.</returns>
    public static int InlineLabel(ReadOnlySpan<char> line, out HeadingKind kind)
    {
        kind = default;
        int colon = line.IndexOf(':');
        if (colon is <= 0 or > 40) return -1;
        if (HeadingOf(line[..colon]) is not { } found) return -1;
        kind = found;
        return colon;
    }

    /// <summary>What the line heads, if it is a heading; "EXPERIENCIA PROFESIONAL / PROFESSIONAL EXPERIENCE" is one in either language.</summary>
    public static HeadingKind? HeadingOf(ReadOnlySpan<char> line)
    {
        line = MarkdownHeadingText(line.Trim());
        // A terse resume's one word in capitals (Fresh249, t06: "WORK" over bullets of posts was no heading, and its posts were
        // none). Not in the headings' words: "work: the therapeutic alliance" opens a cover letter's wrapped line (Fresh35, t04).
        if (line is "WORK" or "WORK:") return HeadingKind.Work;
        // A heading set in spaced letters, as design templates print them ("E X P E R I E N C E": Fresh104, t02, none of whose
        // headings was read), is read as its words. Here only a known section's: a column's piece may be a spaced title's first
        // word beside its dates ("F A M I L Y"); a whole spaced line is read in FindHeadings (SpacedHeadingOf).
        if (IsLetterSpaced(line))
        {
            Span<char> spaced = stackalloc char[line.Length];
            return HeadingOf(WordsOfSpacedLetters(line, spaced));
        }
        Span<char> buffer = stackalloc char[72];
        return UnspacedHeadingOf(line, buffer);
    }

    /// <summary>
    /// <see cref="HeadingOf"/> of a line trimmed, without its Markdown marks and not in spaced letters, folding into
    /// <paramref name="buffer"/>. Apart from the buffers, as a method that both loops and allocates on the stack is compiled once,
    /// fully, without what the runtime profiles of its run (session 45).
    /// </summary>
    static HeadingKind? UnspacedHeadingOf(ReadOnlySpan<char> line, Span<char> buffer) => UnspacedHeadingOf(line, buffer, IsAPlainLine(line));

    /// <param name="plain">
    /// Whether the line is plain (<see cref="IsAPlainLine"/>), as most lines asked are, a post's title or a sentence: none of the
    /// marks read first stands in it, and only the readings of the line as it stands, after the count of a form's entries, can
    /// find a heading there; the rest are passed over. False reads any line in full.
    /// </param>
    static HeadingKind? UnspacedHeadingOf(ReadOnlySpan<char> line, Span<char> buffer, bool plain)
    {
        int formSection = 0;
        if (!plain)
        {
            // A table's row of one cell heads a section in a Word table flattened with bars: "| FORMATION / SCOLARITÉ |" (Fresh99, t12).
            if (IsAOneCellRow(line)) line = line[1..^1].Trim();
            // A Japanese CV marks its sections with a square or a diamond: "■ 職務経歴 / CAREER HISTORY (newest first)" (Fresh94, t01:
            // unmarked, every post stood under the licences above and none was read).
            if (line.Length > 1 && SectionMarks.Contains(line[0])) line = line[1..].TrimStart(" \u3000");
            // A small square marks a section in capitals as well as a bullet: "▪ SKILLS" heads the skills (Fresh116, t05: read as the
            // last post's bullet, its "Relational therapy" made a program coordinator's three years a counsellor's); "▪ Training" is a
            // bullet. So do the arrows Indian templates set before their headings: "➢ EDUCATION" (Fresh140, t05: unread, a degree's
            // years were a post of the trade).
            else if (line.Length > 2 && IsACapitalsMark(line[0]) && line[1] == ' ' && !line.ContainsAnyInRange('a', 'z'))
                line = line[2..].TrimStart();
            // A note on the section's order after its name: "CAREER HISTORY (newest first)", "EXPERIENCE (reverse chronological)".
            if (line.Length is > 0 and <= 72 && line[^1] == ')' && line.LastIndexOf('(') is int orderNote and > 0
                && line[orderNote..].IndexOfAny(OrderNoteWords) >= 0) line = line[..orderNote].TrimEnd();
            // Or such a note wrapped onto the next line, its bracket left open: "SECTION 4. EMPLOYMENT HISTORY (list most recent first;
            // include field" over "placements if you are a new graduate)" (Fresh125, t03: a hospital form's every post stood under its
            // education).
            else if (line.Length is > 0 and <= 96 && line.LastIndexOf('(') is int openNote and > 0 && line[openNote..].IndexOf(')') < 0
                && line[openNote..].IndexOfAny(OrderNoteWords) >= 0) line = line[..openNote].TrimEnd();
            // A web form's or a plain-text export's rules around a heading ("--- EDUCATION ---", "=== WORK HISTORY ==="): unread, a
            // degree's "From: 08/2012" / "To: 05/2014" was a job (Fresh17, t01). Only with a rule on both sides: "- Education of
            // families" is a bullet.
            if (IsRuledHeading(line))
            {
                line = line.Trim(line[0]).Trim();
                // Ruled, the heading may carry a note on its order ("--- WORK HISTORY (most recent first) ---"); a title in capitals
                // with a parenthesis, not ruled, is a role's ("VOLUNTEER (Crisis Text Line)": an independent review).
                if (line.Length is > 0 and <= 64 && line[^1] == ')' && line.LastIndexOf('(') is int open and > 0
                    && LookUp(line[..open].Trim(), buffer) is { } ruledKind) return ruledKind;
            }
            // A Korean resume's career heading with the career's total after it: "[경력사항 / Career]  총 경력 13년 11개월" (Fresh74, t07:
            // unread, a cosmetic clinic's counseling manager's posts were education).
            // A Japanese CV's lenticular brackets as well: "【職務経歴】 通算 9年" (an independent review).
            if (line.Length > 2 && line[0] is '[' or '\u3010' && line.IndexOfAny(']', '\u3011') is int close and > 1 && TotalsACareer(line[(close + 1)..]))
                line = line[..(close + 1)];
            // A heading in brackets ("[ATS Keywords]", "【学歴】", a colon after it or not) is the heading inside them.
            if (line.Length > 2 && (line[0] == '[' && line.TrimEnd(" \t:").EndsWith(']') || line[0] == '\u3010' && line.TrimEnd(" \t:").EndsWith('\u3011')))
            {
                line = line.TrimEnd(" \t:")[1..^1].Trim();
                // Only in brackets, as a converter marks its tables: "Table 2: Key Achievements" inside a job is the job's own table,
                // and read as a heading it ended the work section (a review).
                line = line[TableCaption(line)..];
            }
            line = line[RomanNumbering(line)..];
            // An application form's numbered sections: "SECTION 3 - EMPLOYMENT HISTORY (most recent first)", "SECTION 4 - KEY
            // COMPETENCIES" (an Irish HSE form, Fresh73, t11: unread, its last job, a shop's, ran on over the competency statements).
            formSection = FormSectionNumbering(line);
            if (formSection > 0)
            {
                line = line[formSection..];
                if (line.Length > 0 && line[^1] == ')' && line.LastIndexOf('(') is int note and > 0
                    && line[note..].Contains("recent", StringComparison.OrdinalIgnoreCase)) line = line[..note].TrimEnd();
            }
        }
        line = WithoutEntryCount(line);
        // Headings start with a letter: bullets, dates and the like are turned down before any folding.
        if (line.Length == 0 || !char.IsLetter(line[0])) return null;
        // Before the length's test: the note that may close it is not counted (IsASelectionCriteriaHeading).
        if (IsASelectionCriteriaHeading(line)) return HeadingKind.Work;
        // A known heading with a long note closing it: "OTHER EXPERIENCE (behavior analysis and teaching – not counseling)"
        // (Fresh190, t10: over its length, the heading was read as none and a BCBA's two years stood among the counselling posts).
        // Only a heading's shape: capitalised, its note without a year ("IV. TEACHING (Big Sky State University, adjunct faculty,
        // 2017-present)" is a post; a bullet's wrapped "service (we provide spiritual care, ...)" no heading).
        if (!plain && line.Length > 64 && char.IsUpper(line[0]) && line.IndexOf('(') <= 64 && WithoutClosingNote(line) is { Length: > 0 } beforeNote
            && beforeNote.Length < line.Length && !line[beforeNote.Length..].ContainsAnyInRange('0', '9')
            && !beforeNote.ContainsAnyInRange('a', 'z') && HeadingText(beforeNote, buffer, forLookUp: true) is { Length: > 0 } named
            && HeadingLookup.TryGetValue(named, out var namedKind)) return namedKind;
        if (line.Length > 64) return null;
        // An earlier career's or other work's heading with its field noted: "PREVIOUS CAREER (EDUCATION)" over a teacher's posts
        // (Fresh234, t03: read by its note as study, the posts were no posts and a teacher's rapport with pupils was the trade's).
        if (line[^1] == ')' && WithoutClosingNote(line) is var noted && noted.Length < line.Length
            && NamesAnEarlierCareerOrOtherExperience(noted, buffer)) return HeadingKind.Work;
        // A heading in Chinese, Japanese or Korean script ("職務経歴", "학력", "教育背景") is looked up as written: the folding
        // below keeps Latin letters only, and such a heading had none (its posts unread: an independent review's Japanese CV).
        // One with an English name beside it ("경력사항 / Career") is read by that name, below.
        if (HeadingAsWrittenOf(line) is { } cjkKind) return cjkKind;
        var heading = HeadingText(line, buffer, forLookUp: true, out int lookedUpTo);
        // A form's competencies are answered in statements, as a statement against the person specification is.
        if (formSection > 0 && heading.Length > 0 && HeadingLookup.TryGetValue(heading, out var formKind))
            return formKind == HeadingKind.Skills ? HeadingKind.Other : formKind;
        if (heading.Length > 0 && HeadingLookup.TryGetValue(heading, out var kind))
            // "Projects" or "Key Projects:" in a title's case is as often a role's own sub-heading, and read as a section it ended
            // the role and every role below it (an independent review): a section of projects is set in capitals.
            return kind == HeadingKind.Projects && line.ContainsAnyInRange('a', 'z') ? null : kind;
        // Folded in full, as the look-up's folding stops at a start no listed heading has: "PSYCHOLOGY EXPERIENCE" (Fresh210's probe:
        // unread, a psychologist's posts stood under her degree above and none was dated).
        if (line.EndsWith("experience", StringComparison.OrdinalIgnoreCase) && IsAFieldsExperienceHeading(line, heading.Length > 0 ? heading : HeadingText(line, buffer)))
            return HeadingKind.Work;
        // One half a heading, the line a post that names its person: "Practicum / Internship Counselor" is a LinkedIn entry's
        // title, and read as a heading its placement's years joined the career (Fresh45, t11).
        // A heading in capitals with its English name in parentheses: "KELAYAKAN AKADEMIK (EDUCATION)", "PENGALAMAN KERJA (WORK
        // EXPERIENCE)" (Fresh129, t09, a Malaysian CV: its degrees were read as posts once the degree's words named the trade).
        // Only where the name before it is no heading of its own: "EARLIER CAREER (TEACHING)" is an earlier career's.
        if (line[^1] == ')' && line.IndexOf('(') is int englishOpen and > 0 && !line[..englishOpen].ContainsAnyInRange('a', 'z')
            && HeadingText(line[..englishOpen].Trim(), buffer, forLookUp: true) is var own
            && !HeadingLookup.ContainsKey(own) && !EarlierCareerLookup.Contains(own) && !OtherExperienceLookup.Contains(own)
            // Nor a post's title in capitals with its kind noted: "MFT TRAINEE (practicum)" (Fresh25, t03).
            && line[..englishOpen].IndexOfAny(PostWordsInCapitals) < 0
            && HeadingText(line[(englishOpen + 1)..^1].Trim(), buffer, forLookUp: true) is { Length: > 0 } english
            && HeadingLookup.TryGetValue(english, out var englishKind)) return englishKind;
        // The post's nouns are searched only once a half is a heading: most lines with a slash have none.
        if (!plain && line.IndexOfAny('/', '|') >= 0 && FirstHalfHeadingOf(line, buffer) is { } halfKind
            && line.IndexOfAny(ResumeLayout.TradesPostNouns) < 0) return halfKind;
        // A bilingual heading in capitals whose English half names the field's experience: "EXPERIÊNCIA EM PSICOLOGIA / PSYCHOLOGY
        // EXPERIENCE" (Fresh210's probe). Its field's words keep it from the halves' look-up above, as a title's would.
        if (!plain && line.IndexOf('/') > 0 && !line.ContainsAnyInRange('a', 'z'))
            foreach (var part in line.Split('/'))
                if (line[part].Trim() is var half && half.EndsWith("EXPERIENCE", StringComparison.Ordinal)
                    && IsAFieldsExperienceHeading(half, HeadingText(half, buffer))) return HeadingKind.Work;
        if (MayJoinHeadings(line, lookedUpTo) && JoinedHeadingOf(line, buffer) is { } joined) return joined;
        // A plain line is in a sentence's case, or was a form's section with its entries' count ("EDUCATION 1 of 2"): no dash in it.
        return plain ? null : HeadingWithItsFieldOf(line, buffer);
    }

    static readonly System.Buffers.SearchValues<char> MarksOfAnUnplainLine = System.Buffers.SearchValues.Create("()/|");

    /// <summary>
    /// Whether the line is plain, as a post's title and a sentence are ("Case Manager, Hill Country Counseling - Jan 2018 - Present"):
    /// it starts with an ASCII letter, and not as a Roman numeral or a form's section may ("IV. ", "Section 3 - "); it holds none of
    /// the marks <see cref="HeadingOf"/> cuts a note at or splits at (parentheses, slashes, bars: a line joined by "&amp;" or
    /// " and " is still read as such); and it has a small letter, as no heading in capitals with its field after a dash has (<see cref="HeadingWithItsFieldOf"/>).
    /// Of such a line only the count of a form's entries is taken off before its look-ups.
    /// </summary>
    static bool IsAPlainLine(ReadOnlySpan<char> line) =>
        line.Length > 0 && char.IsAsciiLetter(line[0]) && line[0] is not ('I' or 'V' or 'X')
        && !((line[0] | 0x20) is 's' or 'p' && FormSectionNumbering(line) > 0)
        && line.IndexOfAny(MarksOfAnUnplainLine) < 0 && line.ContainsAnyInRange('a', 'z');

    /// <summary>
    /// Whether <see cref="JoinedHeadingOf"/> may read the line as a heading, its look-up's folding having given up at
    /// <paramref name="lookedUpTo"/>: each heading it reads is a start of the line looked up ("Skills" in "Skills &amp; Keywords
    /// (ATS)"), up to an "&amp;", an " and " or a parenthesis or bracket after it, or else "current work" before a parenthesis (a
    /// name the look-up reads on through). A start that reaches where the folding gave up is none, so one of those marks stands
    /// before it, or JoinedHeadingOf reads nothing. Most lines give up in their first word ("Conducted ...", "Counselor, ...").
    /// </summary>
    static bool MayJoinHeadings(ReadOnlySpan<char> line, int lookedUpTo)
    {
        // " and " may start just before it; an opening mark may stand at it. A few characters as a rule: read one by one.
        var before = line[..Math.Min(line.Length, lookedUpTo + 5)];
        for (int i = 0; i < before.Length; i++)
        {
            if (before[i] is '&' or '(' or '[') return true;
            // " and " in any case (c | 0x20 is the lower case of an ASCII letter, and no other character's).
            if (before[i] == ' ' && i + 4 < before.Length && (before[i + 1] | 0x20) == 'a' && (before[i + 2] | 0x20) == 'n'
                && (before[i + 3] | 0x20) == 'd' && before[i + 4] == ' ') return true;
        }
        return false;
    }

    /// <summary>What the first of the line's halves (between slashes or bars) that is a heading heads; null when none is.</summary>
    static HeadingKind? FirstHalfHeadingOf(ReadOnlySpan<char> line, Span<char> buffer)
    {
        foreach (var part in line.SplitAny('/', '|'))
        {
            // A half in East Asian script is looked up as written: "■ 職務内容 / Duties (English summary)".
            if (HeadingAsWrittenOf(line[part].Trim()) is { } cjkKind) return cjkKind;
            var heading = HeadingText(line[part].Trim(), buffer, forLookUp: true);
            if (heading.Length > 0 && HeadingLookup.TryGetValue(heading, out var kind)) return kind;
        }
        return null;
    }

    /// <summary>Whether the words name the career before the trade or other experience: NamedIn of each, folded once.</summary>
    static bool NamesAnEarlierCareerOrOtherExperience(ReadOnlySpan<char> name, Span<char> buffer)
    {
        if (name.Length > LongestHeading) return false;
        var folded = HeadingText(name, buffer, forLookUp: true);
        return EarlierCareerLookup.Contains(folded) || OtherExperienceLookup.Contains(folded);
    }

    /// <summary>Words of a post's title, as a heading in another language never holds them (<see cref="HeadingOf"/>).</summary>
    static readonly System.Buffers.SearchValues<string> PostWordsInCapitals = System.Buffers.SearchValues.Create(
        ["trainee", "intern", "therap", "counsel", "psycholog", "worker", "manager", "officer", "assistant", "lead", "coordinator",
            "director", "specialist", "clinician", "student", "volunteer"], StringComparison.OrdinalIgnoreCase);

    const int LongestSpacedHeading = 64;

    /// <summary>
    /// A whole line in spaced letters read as its words: a known section's heading, or a heading of its own unless it names a post (a
    /// designer template sets job titles so too: "F A M I L Y   T H E R A P I S T" over its employer and dates, an independent
    /// review's probe whose two posts were cut out of the work section).
    /// </summary>
    static HeadingKind? SpacedHeadingOf(ReadOnlySpan<char> line)
    {
        Span<char> buffer = stackalloc char[line.Length];
        var words = WordsOfSpacedLetters(line, buffer);
        if (HeadingOf(words) is { } kind) return kind;
        return words.IndexOfAny(ResumeLayout.TradesPostNouns) >= 0 || ResumeLayout.NamesAnotherTrade(words) ? null : HeadingKind.Other;
    }

    /// <summary>Whether every word of the line is set in letters one space apart, words three spaces apart: "W o r k   E x p e r i e n c e".</summary>
    static bool IsLetterSpaced(ReadOnlySpan<char> line)
    {
        if (line.Length is < 5 or > 2 * LongestSpacedHeading) return false;
        int letters = 0;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == ' ') continue;
            // No two characters touch: each stands between spaces (or the line's ends).
            if (i + 1 < line.Length && line[i + 1] != ' ') return false;
            if (char.IsLetter(c)) letters++;
            else if (c is not ('&' or '-' or '/')) return false;
        }
        return letters >= 4;
    }

    /// <summary>The spaced letters' words, a space between words: "w o r k   e x p" is "work exp".</summary>
    static ReadOnlySpan<char> WordsOfSpacedLetters(ReadOnlySpan<char> line, Span<char> words)
    {
        int n = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] != ' ') { words[n++] = line[i]; continue; }
            int run = i;
            while (run < line.Length && line[run] == ' ') run++;
            if (run - i >= 2 && n > 0) words[n++] = ' ';
            i = run - 1;
        }
        return words[..n];
    }

    /// <summary>
    /// A field's own experience, as a heading in capitals or in a title's case: "SCHOOL COUNSELING EXPERIENCE", "Addictions
    /// Treatment Experience" (Fresh101, t11: unread, a school counselor's posts stood under her certifications above and none was
    /// dated). Only a field of the trade: "PRIOR EXPERIENCE", read as work, made a new associate's technician years count (a fifth
    /// review, withdrawn: Review217FindingsTests); the headings the table names (volunteer, research experience) keep their kinds.
    /// </summary>
    static bool IsAFieldsExperienceHeading(ReadOnlySpan<char> line, ReadOnlySpan<char> heading)
    {
        const string Experience = " experience";
        if (!heading.EndsWith(Experience, StringComparison.Ordinal)) return false;
        var field = heading[..^Experience.Length];
        if (field.Count(' ') > 2 || field.IndexOfAny(ResumeLayout.CounselingWords) < 0) return false;
        // Capitals, or each word capitalised: "some experience" ending a wrapped bullet is no heading.
        foreach (var word in line.Split(' '))
            if (line[word].Length > 0 && char.IsLetter(line[word][0]) && !char.IsUpper(line[word][0])) return false;
        return true;
    }

    /// <summary>
    /// A section in capitals named, after a dash, with the field its posts were in, and perhaps their years: "EARLIER CAREER –
    /// BANKING (2009 – 2018)", "PREVIOUS EXPERIENCE - RETAIL". Unread, a career changer's bank posts stood under the volunteering
    /// heading above them, undated, and a banker's "Built rapport with owner-managers" counted as a counsellor's (Fresh43, t03).
    /// The field is a word or three; a longer tail is a title ("EXPERIENCE – SENIOR ACCOUNT MANAGER, ACME FOODS").
    /// </summary>
    static HeadingKind? HeadingWithItsFieldOf(ReadOnlySpan<char> line, Span<char> buffer)
    {
        if (line.ContainsAnyInRange('a', 'z')) return null;
        int dash = line.IndexOfAny('\u2013', '\u2014');
        if (dash < 0) dash = line.IndexOf(" - ", StringComparison.Ordinal) is int hyphen and >= 0 ? hyphen + 1 : -1;
        if (dash <= 0 || LookUp(line[..dash].Trim(), buffer) is not { } kind) return null;
        var field = line[(dash + 1)..].Trim();
        if (field.Length > 0 && field[^1] == ')' && field.LastIndexOf('(') is int open and >= 0)
        {
            // Only years in the parenthesis: "(2009 – 2018)", "(2009-2018)", "(SINCE 2015)" is a note this reading leaves alone.
            foreach (char c in field[(open + 1)..^1])
                if (c is not (>= '0' and <= '9' or ' ' or '-' or '\u2013' or '\u2014')) return null;
            field = field[..open].TrimEnd();
        }
        if (field.Length == 0 || field.ContainsAnyInRange('0', '9') || field.Count(' ') > 2) return null;
        foreach (char c in field)
            if (!char.IsLetter(c) && c is not (' ' or '&' or '/' or '-')) return null;
        return kind;
    }

    /// <summary>Whether the words after a bracketed heading total a career: a number and a word of years ("총 경력 13년 11개월", "Total 12 years").</summary>
    static bool TotalsACareer(ReadOnlySpan<char> rest) =>
        rest.IndexOfAnyInRange('0', '9') >= 0 && rest.Length <= 40
        && (rest.Contains("경력", StringComparison.Ordinal) || rest.Contains('年') || rest.Contains('년')
            || rest.Contains("year", StringComparison.OrdinalIgnoreCase) || rest.Contains("total", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// How long a flattened Word table's caption is at the start of a bracketed line ("Table 3: ", "Table 3 - ", "Table 2 — "),
    /// with the spaces after it; 0 when there is none. A converter captions each table so, and what follows is the section the table holds ("[Table 3:
    /// Clinical Experience]"): unread, a counsellor's table of posts was under no heading and none of its dates were read
    /// (Fresh37, t01).
    /// </summary>
    static int TableCaption(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("Table ", StringComparison.OrdinalIgnoreCase)) return 0;
        int at = 6;
        while (at < line.Length && char.IsAsciiDigit(line[at])) at++;
        if (at == 6 || at > 9) return 0;
        var rest = line[at..].TrimStart(' ');
        if (rest.Length == 0 || rest[0] is not (':' or '-' or '\u2013' or '\u2014' or '.')) return 0;
        rest = rest[1..].TrimStart(' ');
        return rest.Length > 0 && char.IsLetter(rest[0]) ? line.Length - rest.Length : 0;
    }

    /// <summary>
    /// Answers to an application's selection criteria, however the heading words them ("Key Selection Criteria Response",
    /// "Statement of Claims Against the Selection Criteria", "KSC Responses"): examples of the work, each from a post above
    /// (Fresh36, t01). Unread, they joined the last role above, an earlier hotel job's (an independent review of the listed
    /// wordings). A criterion's own line ("KSC 1. Demonstrated ability to ...") is none.
    /// </summary>
    static bool IsASelectionCriteriaHeading(ReadOnlySpan<char> line)
    {
        // As line.TrimEnd(" \t:"), without its search of the three characters at each step, as nearly every line is asked.
        while (line.Length > 0 && line[^1] is ' ' or '\t' or ':') line = line[..^1];
        // A note closing the heading is no part of it: "KEY SELECTION CRITERIA (from my last application – included as
        // requested)" (Fresh167, t05: unread, the answers were read as the degrees above them).
        line = WithoutClosingNote(line);
        if (line.Length > 64 || line.ContainsAnyInRange('0', '9')) return false;
        if (line.Contains("selection criteria", StringComparison.OrdinalIgnoreCase)) return line.Count(' ') <= 7;
        return line.StartsWith("KSC ", StringComparison.OrdinalIgnoreCase) && line.Count(' ') <= 2;
    }

    /// <summary>
    /// A web form's heading without the count of its entries: Workday heads each entry "Work Experience 1 of 4", "Education 1 of
    /// 2", others "Employment (1 of 3)" or "Education (2/2)". Unread, the form's education entries ("School or University:",
    /// "From: 2019  To: 2022") were jobs, and a counsellor's diploma years counted as work (Fresh33, t04). Only the forms' own
    /// sections lose their count: "Training 1 of 2" over two placements is no education heading (an independent review).
    /// </summary>
    static ReadOnlySpan<char> WithoutEntryCount(ReadOnlySpan<char> line)
    {
        // A count ends in a digit, perhaps in parentheses or before spaces: most lines end otherwise, and are left as they are.
        if (line.IsEmpty || line[^1] is not (>= '0' and <= '9' or ')' or ' ')) return line;
        var rest = line.TrimEnd(' ');
        bool closed = rest.Length > 0 && rest[^1] == ')';
        if (closed) rest = rest[..^1];
        int total = rest.Length;
        while (total > 0 && char.IsAsciiDigit(rest[total - 1])) total--;
        if (total == rest.Length) return line;
        // A bare entry number after the section ("Education 1", "Work Experience 4": Fresh42, t01, whose last job took in the form's
        // education entries).
        if (!closed && rest.Length - total <= 2 && total > 1 && rest[total - 1] == ' ' && IsAFormsSection(rest[..(total - 1)].TrimEnd(' ')))
            return rest[..(total - 1)].TrimEnd(' ');
        int count;
        if (rest[..total].EndsWith(" of ", StringComparison.OrdinalIgnoreCase)) count = total - 4;
        else if (rest[..total].EndsWith(" / ", StringComparison.Ordinal)) count = total - 3;
        else if (total > 0 && rest[total - 1] == '/') count = total - 1;
        else return line;
        int countStart = count;
        while (countStart > 0 && char.IsAsciiDigit(rest[countStart - 1])) countStart--;
        if (countStart == count || countStart == 0) return line;
        if (closed)
        {
            if (rest[countStart - 1] != '(') return line;
            countStart--;
        }
        if (countStart == 0 || rest[countStart - 1] != ' ') return line;
        var heading = rest[..countStart].TrimEnd(' ');
        return IsAFormsSection(heading) ? heading : line;
    }

    /// <summary>Whether the heading is one of a web form's own sections, which number their entries.</summary>
    static bool IsAFormsSection(ReadOnlySpan<char> heading)
    {
        foreach (var section in (ReadOnlySpan<string>)["work experience", "experience", "employment", "employment history",
                     "work history", "education", "volunteer experience", "professional experience", "relevant experience",
                     "education and qualifications", "education and training", "qualifications"])
            if (heading.Equals(section, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// A line without an email's quote marks ("> ") and the mark Markdown sets a heading with: "## Education" (one to six "#" and a
    /// space). Unread, a Markdown
    /// resume's "## Education" ended nothing, and its last dated role took in every line to the end of the page. "#1 in the
    /// region" is left as it is, and so is a line in bold: Markdown resumes set a role's own sub-headings so ("**Highlights**",
    /// "**Training**"), and read as sections they ended the role (a review's case).
    /// </summary>
    static ReadOnlySpan<char> MarkdownHeadingText(ReadOnlySpan<char> line)
    {
        // A resume pasted into an email and quoted ("> EXPERIENCE"): the quote marks are no part of the line (Fresh14, t07).
        while (line.Length > 1 && line[0] == '>' && line[1] is ' ' or '>') line = line[1..].TrimStart(' ');
        int hashes = 0;
        while (hashes < line.Length && line[hashes] == '#') hashes++;
        return hashes is >= 1 and <= 6 && hashes < line.Length && line[hashes] == ' ' ? line[hashes..].TrimStart(' ') : line;
    }

    /// <summary>
    /// How long a section's number in capital Roman numerals is at the line's start ("V. ", "IV) "), with the spaces after
    /// it; 0 when there is none. An academic CV numbers its sections so: unread, "V. PUBLICATIONS" was no heading, and the
    /// dated teaching heading above it took in every paper and talk as an adjunct's (another trade's) work. What follows must
    /// still be a heading, in capitals as a CV sets its sections: "I. M. Pei", "V. Smith, counselor" and a role's numbered duty
    /// areas ("I. Research", "II. Supervision", which ended the role in a review's test) are none.
    /// </summary>
    /// <summary>Past a form's "SECTION 3 - ", "Section 4: ", "PART B - " before its heading; 0 where there is none.</summary>
    static int FormSectionNumbering(ReadOnlySpan<char> line)
    {
        int word = 0;
        if (line.StartsWith("section ", StringComparison.OrdinalIgnoreCase)) word = "section ".Length;
        else if (line.StartsWith("part ", StringComparison.OrdinalIgnoreCase)) word = "part ".Length;
        else return 0;
        int end = word;
        while (end < line.Length && char.IsLetterOrDigit(line[end]) && end - word < 3) end++;
        if (end == word) return 0;
        while (end < line.Length && line[end] is ' ' or '\t' or '-' or ':' or '.' or '\u2013' or '\u2014') end++;
        return end < line.Length && end > word + 1 && char.IsLetter(line[end]) ? end : 0;
    }

    static int RomanNumbering(ReadOnlySpan<char> line)
    {
        int n = 0;
        while (n < line.Length && n < 5 && line[n] is 'I' or 'V' or 'X') n++;
        if (n == 0 || n + 1 >= line.Length || line[n] is not ('.' or ')') || line[n + 1] is not (' ' or '\t')) return 0;
        int end = n + 1;
        while (end < line.Length && line[end] is ' ' or '\t') end++;
        if (end >= line.Length || !char.IsLetter(line[end])) return 0;
        // Its first word in capitals, as a CV sets its sections; "(peer-reviewed)" after it may be in any case.
        int wordEnd = end;
        while (wordEnd < line.Length && char.IsLetter(line[wordEnd])) wordEnd++;
        return line[end..wordEnd].ContainsAnyInRange('a', 'z') ? 0 : end;
    }

    /// <summary>
    /// "Certifications &amp; Training", "Training and Certifications": two headings of one kind joined are a heading of that
    /// kind, however the writer paired them. Unread, the last role ran through the certifications below it. Headings of two
    /// kinds ("Skills &amp; Interests") are left unread, as before, but for skills and keywords joined ("Key Skills &amp;
    /// Keywords"): a list that calls itself keywords is a keyword block. Unread, a line of it starting "Helping Alliance, ..."
    /// was taken for work done and counted in full. The second heading in parentheses ("Core Competencies (ATS Keywords)")
    /// joins the two as well: unread, such a keyword block at the top of a page counted as work.
    /// </summary>
    static HeadingKind? JoinedHeadingOf(ReadOnlySpan<char> line, Span<char> buffer)
    {
        // A colon, dashes or spaces after a heading are no part of it: "CORE COMPETENCIES (ATS KEYWORDS):" still closes a parenthesis.
        line = line.TrimEnd(" \t:-\u2013\u2014");
        if (line.Length == 0) return null;
        // The parenthesis is read first, as "and" or "&" may stand inside it or before it ("(SKILLS AND KEYWORDS)", "Skills &
        // Competencies (ATS Keywords)"). Only one closing the line: "Volunteer (Crisis Text Line)" is a role, and no heading.
        if (line[^1] is ')' or ']') return ParenthesizedHeadingOf(line, buffer);
        return TwoJoinedOf(line, buffer);
    }

    /// <summary>Two headings joined by "&amp;" or "and", as <see cref="JoinedHeadingOf"/> reads them, or null.</summary>
    static HeadingKind? TwoJoinedOf(ReadOnlySpan<char> line, Span<char> buffer)
    {
        if (!SplitAtJoin(line, out var first, out var second)) return null;
        if (LookUp(first, buffer) is not { } kind) return null;
        // "Professional development and goals": the courses and the aims they lead to, a section of study. Unread, it ran on in the
        // last job above, a graduate assistant's, and took its hopes for the alliance with it (Fresh60, t03).
        if (kind == HeadingKind.Study && IsAGoalsHeading(second)) return HeadingKind.Study;
        if (LookUp(second, buffer) is not { } secondKind) return null;
        // "Education & Practicum": a master's and the placement it required, and so a study's section. Unread, the degree's
        // lines stood in the job above and its counselling words made a citizen-services officer's four years counselling
        // (Fresh45, t03). Only a placement's heading: "Education &amp; Experience" may hold the jobs.
        if (JoinsStudyAndPlacements(kind, first, secondKind, second, buffer)) return HeadingKind.Study;
        // "Training and presentations", "Education & Awards": study and its honours or talks, a section of study. Unread, the
        // last job above (a council's admin post) ran through a counsellor's workshops and took her counselling words (Fresh52,
        // t09). Not a volunteering half: its posts are read as posts.
        if ((kind, secondKind) is (HeadingKind.Study, HeadingKind.Other) && IsAStudysCompanion(second, buffer)
            || (kind, secondKind) is (HeadingKind.Other, HeadingKind.Study) && IsAStudysCompanion(first, buffer))
            return HeadingKind.Study;
        return Joined(kind, secondKind);
    }

    /// <summary>The two headings "&amp;" or "and" joins, trimmed; false when the line joins none.</summary>
    static bool SplitAtJoin(ReadOnlySpan<char> line, out ReadOnlySpan<char> first, out ReadOnlySpan<char> second)
    {
        int join = line.IndexOf('&'), width = 1;
        if (join < 0)
        {
            join = line.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
            width = " and ".Length;
        }
        first = join <= 0 ? [] : line[..join].Trim();
        second = join <= 0 ? [] : line[(join + width)..].Trim();
        return join > 0;
    }

    static bool JoinsStudyAndPlacements(HeadingKind kind, ReadOnlySpan<char> first, HeadingKind secondKind, ReadOnlySpan<char> second,
        Span<char> buffer) =>
        (kind, secondKind) is (HeadingKind.Study, HeadingKind.Work) && IsAPlacementsHeading(second, buffer)
        || (kind, secondKind) is (HeadingKind.Work, HeadingKind.Study) && IsAPlacementsHeading(first, buffer);

    /// <summary>Whether one half of a joined heading names the writer's aims ("... and Goals", "... &amp; Aspirations").</summary>
    static bool IsAGoalsHeading(ReadOnlySpan<char> text)
    {
        text = text.Trim(" \t:");
        foreach (var aims in (ReadOnlySpan<string>)["goals", "aims", "aspirations", "career goals", "professional goals", "future goals"])
            if (text.Equals(aims, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static bool IsAStudysCompanion(ReadOnlySpan<char> text, Span<char> buffer) =>
        HeadingText(text, buffer) is var heading && heading.Length > 0 && StudysCompanionLookup.Contains(heading);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StudysCompanionLookup = new HashSet<string>(
        ["presentations", "publications", "awards", "honors", "honours", "memberships", "affiliations", "professional memberships",
            "professional affiliations", "conferences"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a heading's line is a statement's or the training given's ("Supporting information", "Training provided").</summary>
    static bool IsAStatementsHeading(ReadOnlySpan<char> line)
    {
        Span<char> buffer = stackalloc char[72];
        line = MarkdownHeadingText(line.Trim()).Trim(" \t:-=\u2013\u2014");
        if (line.Length is 0 or > 64) return false;
        var heading = HeadingText(line, buffer);
        return heading.Length > 0 && StatementHeadingLookup.Contains(heading);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StatementHeadingLookup =
        new HashSet<string>(StatementHeadings, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a heading's line joins a study's heading and a placement's ("Education &amp; Practicum", "Practicum and Training").</summary>
    static bool JoinsStudyAndPlacements(ReadOnlySpan<char> line)
    {
        Span<char> buffer = stackalloc char[72];
        line = MarkdownHeadingText(line.Trim()).TrimEnd(" \t:-\u2013\u2014");
        if (line.Length is 0 or > 64 || !SplitAtJoin(line, out var first, out var second)) return false;
        return LookUp(first, buffer) is { } kind && LookUp(second, buffer) is { } secondKind
            && JoinsStudyAndPlacements(kind, first, secondKind, second, buffer);
    }

    static bool IsAPlacementsHeading(ReadOnlySpan<char> text, Span<char> buffer) =>
        HeadingText(text, buffer) is var heading && heading.Length > 0 && PlacementHeadingLookup.Contains(heading);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacementHeadingLookup = new HashSet<string>(
        ["practicum", "practicums", "practica", "internship", "internships", "clinical training", "field experience", "clinical placements",
            "placements", "placement", "supervised clinical training", "supervised clinical experience"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A heading and a parenthesis or brackets closing the line: two headings joined when the parenthesis names one
    /// ("Core Competencies (ATS Keywords)"); the heading itself when the parenthesis only qualifies it ("KEYWORDS (ATS)",
    /// "PROFESSIONAL AFFILIATIONS (selected)"), a word or two, or the whole line in capitals as headings are written.
    /// Unread, a keyword block under such a heading joined the last role and counted as its work (68, strong). A
    /// parenthesis with digits ("Experience (2019)") or a longer one in a title's case ("Volunteer (Crisis Text Line)") is a
    /// role's, and no heading.
    /// </summary>
    static HeadingKind? ParenthesizedHeadingOf(ReadOnlySpan<char> line, Span<char> buffer)
    {
        int open = line.LastIndexOfAny('(', '[');
        if (open <= 0) return null;
        var head = line[..open].Trim();
        // "CURRENT WORK (three concurrent part-time posts)": a returner's current posts (Fresh24, t07). Only with a note that
        // names posts: an academic's "CURRENT WORK (in progress)" is work in progress, not jobs (a third review).
        if (HeadingText(head, buffer).SequenceEqual("current work")) return line[open..].IndexOfAny(PostWords) >= 0 ? HeadingKind.Work : null;
        if ((LookUp(head, buffer) ?? TwoJoinedOf(head, buffer)) is not { } kind) return null;
        // No role is titled "Core Competencies": whatever else the parenthesis says ("(self-rated, 1 = aware, 5 = expert)"), a
        // list's heading heads the list. Unread, a skills matrix joined the summary above it and counted as an account of work.
        bool headsAList = kind is HeadingKind.Skills or HeadingKind.Keywords;
        var inside = line[(open + 1)..^1].Trim();
        var insideText = HeadingText(inside, buffer);
        if (insideText.Length == 0) return headsAList ? kind : null;
        int words = insideText.Count(' ') + 1;
        if ((LookUp(inside, buffer) ?? TwoJoinedOf(inside, buffer)) is { } secondKind) return Joined(kind, secondKind);
        // A heading of current posts in capitals with a note in small letters ("CURRENT POSITIONS (two part-time, one evening
        // clinic)"), as "CURRENT WORK" above. Not any heading: "TEACHING (eleven years, middle school science)", "VOLUNTEER (crisis
        // line, nights)" and "EXPERIENCE (outside the counseling field)" label groups of roles inside a career (a second review).
        bool noteToAHeading = head.StartsWith("CURRENT ", StringComparison.Ordinal) && !inside.ContainsAnyInRange('A', 'Z');
        return headsAList || words <= 2 || noteToAHeading || !line.ContainsAnyInRange('a', 'z') ? kind : null;
    }

    static readonly System.Buffers.SearchValues<string> PostWords = System.Buffers.SearchValues.Create(
        ["post", "position", "role", "job", "part-time", "full-time", "employ"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The heading the text is, folded as <see cref="HeadingText(ReadOnlySpan{char}, Span{char}, bool)"/> folds it, or null.</summary>
    static HeadingKind? LookUp(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var heading = HeadingText(text, buffer, forLookUp: true);
        return heading.Length > 0 && HeadingLookup.TryGetValue(heading, out var kind) ? kind : null;
    }

    /// <summary>
    /// Two headings of one kind joined are that kind; skills and keywords joined are a keyword block (a list that calls itself
    /// keywords is one); other pairs ("Skills &amp; Interests") are left unread, as before.
    /// </summary>
    static HeadingKind? Joined(HeadingKind kind, HeadingKind secondKind) =>
        secondKind == kind ? kind
        : (kind, secondKind) is (HeadingKind.Skills, HeadingKind.Keywords) or (HeadingKind.Keywords, HeadingKind.Skills) ? HeadingKind.Keywords
        : null;

    /// <summary>"Education &amp; Training:" becomes "education training"; a line with digits is never a heading.</summary>
    /// <param name="forLookUp">
    /// Whether the text is only looked up among the headings: then a start no heading has (<see cref="HeadingStarts"/>) ends the
    /// folding at once, as whatever follows cannot make it one.
    /// </param>
    static ReadOnlySpan<char> HeadingText(ReadOnlySpan<char> line, Span<char> buffer, bool forLookUp = false) =>
        HeadingText(line, buffer, forLookUp, out _);

    /// <param name="stopped">
    /// Where in the line the folding gave up and returned []: at a digit, a start no name has (for a look-up), or past the longest
    /// heading; the line's length when it did not. Folded the same way, any start of the line that holds this character gives up
    /// at it too: only a shorter one can be a heading.
    /// </param>
    static ReadOnlySpan<char> HeadingText(ReadOnlySpan<char> line, Span<char> buffer, bool forLookUp, out int stopped)
    {
        int n = 0;
        // For a look-up, the node of NameStarts that buffer[..narrowed] reaches. A space is narrowed by only once a letter follows
        // it, as a trailing one is trimmed ("Education:" folds to "education ", the name "education").
        int node = 0, narrowed = 0;
        for (stopped = 0; stopped < line.Length; stopped++)
        {
            char f = CharClass.FoldedChar(CharClass.Of(line[stopped]));
            if (f is >= '0' and <= '9') return [];
            if (f is >= 'a' and <= 'z')
            {
                // No heading starts with this letter: nothing after it can make the line one.
                if (n == 0 && (HeadingInitials & 1u << (f - 'a')) == 0) return [];
                buffer[n++] = f;
            }
            else if (n > 0 && buffer[n - 1] != ' ') buffer[n++] = ' ';
            else continue;
            if (forLookUp && n == 2 && !HeadingStarts[(buffer[0] - 'a') * 27 + (buffer[1] == ' ' ? 26 : buffer[1] - 'a')]) return [];
            // No name looked up starts so: whatever follows, the fold is none of them, and [] is looked up as surely in vain.
            if (forLookUp && f is >= 'a' and <= 'z')
            {
                for (; narrowed < n && node >= 0; narrowed++) node = NextNameStart(node, buffer[narrowed]);
                if (node < 0) return [];
            }
            // Too long to be any heading, whatever follows (a trailing space is trimmed, hence the + 1).
            if (n > LongestHeading + 1) return [];
        }
        return buffer[..n].TrimEnd(' ');
    }
}
