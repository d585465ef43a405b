using System.Text.RegularExpressions;

namespace HiringKit.Api.Features.Compliance;

/// <summary>
/// What an answer could reveal about a person, by topic (EEOC guidance on pre-employment inquiries; GINA for
/// genetic information; NYC and many states for arrests). Each topic lists words and phrasings whose answer
/// would tell the employer that characteristic, whoever they are about: <see cref="ComplianceRules"/> decides
/// whether they are about the candidate, or about clients and the job. Words are chosen for the topic, not
/// for any one wording, so a paraphrase still lands on them.
/// </summary>
public static partial class ProtectedTopics
{
    /// <param name="Rule">The topic's name in warnings.</param>
    /// <param name="Cues">Words and phrasings whose answer reveals the characteristic: the topic's own words, then its everyday ones (<see cref="Everyday"/>); two patterns, as one would pass the linear-time engine's size limit.</param>
    /// <param name="Exceptions">Lawful uses of a cue (a minimum age of 18, a "blind spot"): a cue inside one is not a finding.</param>
    /// <param name="Hint">What to ask instead.</param>
    public sealed record Topic(string Rule, Regex[] Cues, Regex? Exceptions, string Hint);

    public static readonly IReadOnlyList<Topic> All =
    [
        new("mental-health-history",
            [Re(@"mental[- ]health\s+(?:history|conditions?|diagnos\w*|treatment|problems?|issues?|struggles?)|psychiatric\w*|psych\s+ward|hospitali[sz]\w*|inpatient|institutionali[sz]\w*|(?:nervous\s+)?breakdown|(?:seen|see|seeing|saw|visited|gone\s+to|go\s+to)\s+(?:a\s+)?(?:therapist|counsel+or|psychiatrist|psychologist|shrink)|in\s+(?:therapy|counsel+ing)|(?:therapy|counsel+ing)\s+(?:yourself|personally)|diagnos\w*|depress\w*|anxiety|bipolar|ptsd|post-?traumatic|\badhd\b|\bocd\b|schizo\w*|eating\s+disorder|anorexi\w*|bulimi\w*|suicid\w*|self-?harm|personality\s+disorder|mental\s+illness|mentally\s+ill|in\s+recovery|sober|sobriety|rehab\w*|addict\w*|alcohol\w*|substance\s+(?:use|abuse)|drug\s+(?:use|problems?|abuse|habit)|drinking\s+problem|(?:twelve|12)-?step|your\s+nerves|personal\s+(?:history\s+of\s+)?(?:depression|anxiety|trauma|mental\s+illness)"), Re(Everyday.MentalHealthHistory)],
            // Taking a client's psychiatric or substance-use history at intake is the work itself.
            Re(@"(?:take|takes|taking|took|gather\w*|obtain\w*|collect\w*|document\w*|record\w*|review\w*)\s+(?:a\s+|the\s+)?(?:client'?s?\s+|patient'?s?\s+)?(?:psychiatric|psychosocial|mental[- ]health|substance[- ]use|treatment|trauma)\s+history" +
                // Meetings at a school or with a team are the job's.
                @"|(?:go|going|went)\s+to\s+meetings\s+(?:at|with)\b"),
            "Ask about the job's demands instead, e.g. how the candidate manages their own stress and uses supervision; never about their diagnoses or treatment."),
        new("medication",
            [Re(@"medications?|\bmeds\b|prescri\w*|antidepressants?|anti-?anxiety|\bpills\b|\bssris?\b|lithium|adderall|xanax|zoloft|prozac|(?:on|taking|take)\s+(?:any\s+)?drugs"), Re(Everyday.Medication)],
            // A script for intake calls is words to say.
            Re(@"(?:use|uses|using|used|follow\w*|read\w*|writ\w*|wrote)\s+(?:\w+\s+)?scripts?\b" +
                // "Something you take seriously" is an attitude to the work.
                @"|(?:something|anything)\s+you\s+take\s+(?:seriously|pride|personally|to\s+heart|into\s+account|for\s+granted|part\s+in|care\s+of|responsibility|ownership|on\b|away|from|with\s+you)"),
            "Do not ask about the candidate's medications; ask whether they can perform the essential functions of the role."),
        new("disability",
            [Re(@"disab\w*|handicap\w*|impair\w*|(?:physical|mental|medical|health|bodily)\s+limitations?|wheelchair|crutch\w*|\bcane\b|prosthe\w*|amputee|\bdeaf\w*|hard\s+of\s+hearing|hearing\s+(?:aid|loss|problems?)|your\s+hearing|\bblind\w*|eyesight|vision\s+(?:problems?|impairment|loss)|(?:trouble|difficulty)\s+(?:walking|standing|seeing|hearing)|\blimp\w*|accommodations?\s+(?:will|would|do)\s+you\s+need|need\s+(?:any\s+)?accommodations?|autis\w*|dyslexi\w*"), Re(Everyday.Disability)],
            Re(@"blind\s*spots?|disability\s+claim"),
            "Describe the essential functions of the job and ask whether the candidate can perform them, with or without reasonable accommodation."),
        new("health",
            [Re(@"(?:health|medical)\s+(?:history|conditions?|problems?|issues?|records?|concerns?|status)|(?:your|you're\s+in|you\s+in)\s+(?:own\s+|physical\s+|overall\s+|general\s+|good\s+)?health\b|illness(?:es)?|\bill\b|\bsick\w*|(?:medical|sick)\s+leave|injur\w*|\bhurt\b|surger(?:y|ies)|\bhiv\b|\baids\b|cancer|tumou?r|diabet\w*|heart\s+(?:condition|disease|problems?|attack)|\bstroke\b|seizures?|epilep\w*|asthma|arthritis|chronic\s+(?:pain|illness|condition)|(?:your|bad)\s+back\b|back\s+(?:problems?|pain|injury|trouble)|migraines?|overweight|obes\w*|your\s+weight|workers'?\s*comp\w*|worker's\s+comp\w*|(?:any|a|chronic|medical|pre-?existing)\s+conditions?\b|alzheimer\w*|dementia|parkinson\w*|multiple\s+sclerosis|\blupus\b|hepatitis|how\s+much\s+do\s+you\s+weigh|your\s+(?:height|weight)|how\s+tall"), Re(Everyday.Health)],
            null,
            "Ask about attendance requirements and the ability to do the job, not about the candidate's health."),
        new("age",
            [Re(@"how\s+old|\bages?\b|\baged\b|date\s+of\s+birth|birth\s*date|birthday|\bdob\b|year\s+of\s+birth|born\s+in\s+(?:19|20)\d\d|born\s+in\s+the\s+\w+ies|(?:when|what\s+year|which\s+year|what\s+decade|which\s+decade|how\s+long\s+ago|how\s+many\s+years\s+ago|the\s+year)\b[^.?!;]{0,40}\b(?:graduat\w*|finish\w*|complet\w*|earn\w*|get|got|receiv\w*|start\w*|attend\w*|leave|left|wrap\w*|done|through|out)\b[^.?!;]{0,30}\b(?:degree|diploma|high\s+school|college|school|bachelor\S*|master\S*|ged|university|undergrad\w*|studies)|graduation\s+(?:year|date)|class\s+of\s+(?:19|20)?\d\d|retir\w*|(?:over|under|older\s+than|younger\s+than|above|past|beyond)\s+(?:the\s+age\s+of\s+)?\d\d|in\s+your\s+(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies)|\byoung\w*|\bold(?:er|est)?\b|elderly|\baging\b|\bgeneration|millennials?|boomers?|gen\s*[xyz]\b|digital\s+native|(?:energy|stamina)\s+to\s+keep\s+up|keep\s+up\s+with|overqualified|how\s+(?:much\s+longer|many\s+more\s+years)\b[^.?!;]{0,40}\bwork\w*|hang\s+it\s+up\s+for\s+good|(?:step|stepping|wind|winding|slow|slowing)\s+(?:back|down)\s+from\s+(?:work\w*|your\s+career)|hang\s+up\s+your\s+\w+|stop\s+working\s+(?:for\s+good|altogether|entirely|completely)|(?:start|end|twilight|tail\s+end|late\s+stages?|later\s+stages?)\s+(?:or\s+the\s+end\s+)?of\s+(?:your\s+)?career|young\s+blood|(?:bachelor\S*|master\S*|degree|diploma|high\s+school|college|undergrad\w*|grad\s+school)\b[^.?!;]{0,60}\b(?:what|which)\s+(?:year|decade)|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties)\b|(?:early|mid|late)[- ]?\d0s|(?:closer\s+to|pushing|hitting|nearly|almost|about|around|north\s+of|south\s+of)\s+(?:twenty|thirty|forty|fifty|sixty|seventy)\b"), Re(Everyday.Age)],
            Re(@"(?:at\s+least|over|above|older\s+than|under|minimum\s+age\s+of)\s+(?:the\s+age\s+of\s+)?(?:1[4-9]|2[01])\b(?:\s+years?(?:\s+(?:old|of\s+age))?)?|\b(?:1[4-9]|2[01])\s+(?:years?\s+(?:old|of\s+age)|or\s+older)|minimum\s+age|turn\w*\s+(?:1[4-9]|2[01])\b|retirement\s+(?:accounts?|savings|funds?|benefits?|contributions?|income|portfolios?)|401\(?k\)?" +
                // Keeping up with the work, and a number of minutes or clients, are not an age.
                @"|keep(?:s|ing)?\s+up\s+with\s+(?:(?:the|your|all|our|new|current|latest|recent|changing|changes\s+in|developments\s+in|progress)\s+)*(?:documentation|notes|paperwork|charting|research|literature|evidence|best\s+practices|caseloads?|ceus?|continuing\s+education|licens\w*|trainings?|regulations|billing|emails?|field)\b" +
                @"|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:minutes?|mins?|hours?|clients?|cases?|sessions?|percent|people|patients?|students?|miles?|families|beds|days|weeks|referrals|calls|members|participants|youth|kids|adults|residents|staff)\b" +
                // When the candidate could start is a start date, not a school year; the age of consent is the law on minors.
                @"|when\s+(?:can|could|would|will|might)\s+you\b|age\s+of\s+(?:consent|majority)"),
            "Ask only whether the candidate meets a lawful minimum age, if the role has one; judge experience by what they have done."),
        new("pregnancy-family",
            [Re(@"pregnan\w*|expecting(?:\s*[?.!]|\s*$|\s+(?:a\s+)?(?:baby|child|twins))|maternity|paternity|parental\s+leave|family\s+leave|\bbab(?:y|ies)\b|newborn|\binfant|toddler|little\s+ones|(?:start|starting|have|having|planning|plan)\s+(?:a\s+)?family|family\s+plans|(?:grow|growing|expand\w*|add\s+to|adding\s+to)\s+(?:your\s+|the\s+)?family|plans?\s+(?:for|to\s+have)\s+(?:a\s+)?(?:family|kids|children)|conceive|fertility|\bivf\b|\bchild(?:ren)?\b|\bkids?\b|day\s*care|child\s*care|babysit\w*|\bnanny|(?:school|day-?care)\s+pick-?ups?|(?:single|working|stay-at-home|new)\s+(?:mom|mother|dad|father|parent)|(?:a|an)\s+(?:mom|mother|dad|father|parent|grandparent|grandmother|grandfather|grandma|grandpa)\b|care\s*(?:giver|giving|taker)|care\s+(?:for|of)\s+(?:an?\s+|any\s+|your\s+)?(?:elderly\s+|aging\s+|sick\s+|ill\s+|disabled\s+)?(?:parents?|relatives?|family|mother|father|spouse)|(?:family|home|childcare|caregiving|personal)\s+(?:obligations|responsibilities|commitments|situation|life)|who\s+(?:looks|will\s+look|watches|will\s+watch|minds|takes\s+care|will\s+take\s+care|picks)\b"), Re(Everyday.PregnancyFamily)],
            null,
            "Ask whether the candidate can meet the schedule and travel the job needs; not about pregnancy, children or family plans."),
        new("sex",
            [Re(@"\b(?:man|woman|male|female|guy|girl|lady|boy)\s+or\s+(?:an?\s+)?(?:man|woman|male|female|guy|girl|lady|boy)\b|gender|(?:your|which|what)\s+sex\b|\bsex\s+(?:is|are|listed|on)|sexual(?:ity|\s+orientation|\s+preference)|\bgay\b|lesbian|bisexual|are\s+you\s+straight|\bqueer|transgender|\btrans\b|transition(?:ed|ing)?\s+(?:from|to)\s+(?:male|female|a\s+man|a\s+woman)|have\s+you\s+transitioned|(?:assigned|born)\s+(?:male|female)|(?:only|first|a|as\s+a)\s+(?:woman|man|female|male|girl|guy|lady)\b|masculin\w*|feminin\w*|identify\s+(?:as|yourself\s+as)\s+(?:a\s+)?(?:male|female|man|woman|lgbt\w*|gay|lesbian|bi\w*|trans\w*|queer|non-?binary|straight)"), Re(Everyday.Sex)],
            // Gender-affirming and gender-responsive care are practices, as medication-assisted treatment is.
            Re(@"gender[- ](?:affirming|responsive|sensitive|specific)\b"),
            "Sex, gender identity and sexual orientation are not job-related; ask about the role's requirements instead."),
        new("religion",
            [Re(@"religio\w*|\bfaiths?\b|church\w*|synagogue|mosque|temple|parish|congregation|denomination|worship\w*|\bpray\w*|sabbath|shabbat|shabbos|kosher|halal|ramadan|\blent\b|yom\s+kippur|rosh\s+hashanah|passover|\beid\b|holy\s+days?|observ\w*\s+(?:any\s+|particular\s+|certain\s+)?(?:holidays|holy\s+days)|(?:holidays|holy\s+days)\s+(?:do\s+|would\s+|will\s+)?you\s+(?:observe|celebrate|keep)|(?:religious|church|faith)\s+holidays|(?:go\s+to|attend\w*)\s+(?:religious\s+)?services|religious\s+observances?|headscarf|hijab|niqab|burqa|yarmulke|kippah|turban|crucifix|rosary|believer|atheis\w*|agnostic|\bgod\b|bible|quran|koran|torah|scripture|pastor|priest|rabbi|\bimam\b|clergy|catholic|christian|protestant|baptist|methodist|lutheran|presbyterian|evangelical|mormon|latter-day|jehovah|jewish|\bjew\b|muslim|islam\w*|hindu\w*|buddhis\w*|\bsikh\w*|spiritual\w*|born\s+again|observant|devout|christmas|hanukk?ah|chanukk?ah|diwali|easter|(?:celebrate|spend|observe|keep)\s+(?:the\s+)?holidays"), Re(Everyday.Religion)],
            // Temple University and its hospital are places to study and work.
            Re(@"temple\s+(?:university|univ\b|health|hospital|college)"),
            "Ask whether the candidate can work the required schedule; do not ask about religion or religious observance."),
        new("national-origin",
            [Re(@"\bborn\b|birthplace|place\s+of\s+birth|native\s+(?:language|tongue|country|land)|first\s+language|mother\s+tongue|home\s+language|languages?\s+(?:do|did)\s+your\s+(?:parents|family)\s+speak|language\s+(?:at\s+home|growing\s+up|you\s+grew\s+up)|(?:grow|grew|growing)\s+up\s+(?:speaking|in)|where\s+(?:did|do|does)\s+(?:you|your\s+\w+)\s+grow\s+up|speak\s+at\s+home|(?:at\s+home|growing\s+up)\s+(?:did|do)\s+you\s+speak|accent|nationality|national\s+origin|ethnic\w*|\brace\b|heritage|ancestry|ancestors|descent|immigra\w*|migrant|green\s+card|citizen\w*|naturali[sz]\w*|(?:what|which)\s+country|this\s+country|(?:really|originally)\s+from|where\s+(?:are|is|were|was)\s+(?:you|your\s+\w+)\s+(?:\w+\s+)?from|where's\s+(?:it|that|your\s+\w+)\s+from|what\s+kind\s+of\s+name|name\s+(?:come\s+from|from)|origins?\s+of\s+(?:your|that|the)\s+name|(?:hispanic|latino|latina|asian|african|arab|indian|chinese|mexican|korean|jewish|irish|italian)\s+name|(?:is|was)\s+that\s+name|deport\w*|visa\s+status|(?:been|lived|living|moved)\s+(?:in|to)\s+(?:the\s+)?(?:us|u\.s\.?|usa|states|united\s+states|america)\b"), Re(Everyday.NationalOrigin)],
            null,
            "Ask whether the candidate is authorized to work in the US, and about languages only where the job needs them."),
        new("genetic-information",
            [Re(@"genetic\w*|\bgenes?\b|\bdna\b|brca\w*|hereditary|inherit\w*|carrier\s+of|runs?\s+in\s+(?:your|the)\s+family|family(?:'s)?\s+(?:medical\s+|health\s+)?history|in\s+your\s+family|your\s+" + Relatives + @"\s+(?:have|had|has|die\w*|suffer\w*|get|got|been\s+diagnosed)|the\s+" + Relatives + @"\s+(?:die\w*|suffer\w*|been\s+diagnosed|(?:have|had|has|get|got)\s+(?:any\s+|a\s+)?(?:history|hereditary|genetic|illness\w*|disease\w*|cancer|conditions?|disorders?|diabetes|heart|dementia|alzheimer\w*))|relatives|23andme"), Re(Everyday.GeneticInformation)],
            // Taking a client's family history at intake is the work itself.
            Re(@"(?:take|takes|taking|took|gather\w*|obtain\w*|collect\w*|document\w*|record\w*|explor\w*|review\w*)\s+(?:a\s+|the\s+)?(?:client'?s?\s+|patient'?s?\s+)?family\s+(?:medical\s+|health\s+|psychiatric\s+)?history"),
            "Do not ask about the candidate's family medical history or genetic tests (GINA); ask about the job's requirements."),
        new("marital-status",
            [Re(@"marri\w*|marital|(?:are\s+you|you're|you\s+are|still)\s+single\b|single\s+(?:mom|mother|dad|father|parent)|divorc\w*|legally\s+separated|widow\w*|engaged(?:\s*[?.!]|\s*$|\s+to\b)|spouse|husband|\bwife\b|\bwives\b|partner\b|boyfriend|girlfriend|fianc\w*|significant\s+other|maiden\s+name|\bmiss\s+or\s+m|\bmrs\b|\bmr\.?\s+or\s+ms\b|\bms\.?\s+or\s+mrs|relationship\s+status|seeing\s+(?:anyone|someone|somebody)|dating\s+(?:anyone|someone|somebody)|in\s+a\s+relationship|wedding|name\s+changed?|someone\s+special|special\s+someone|(?:anyone|someone|somebody)\s+(?:\w+\s+){0,3}(?:at|back)\s+home|(?:spoken|taken)\s+for"), Re(Everyday.MaritalStatus)],
            Re(@"(?:business|community|referral|agency|clinical|treatment|practice|care|thought|training|research)\s+partners?|partner\s+(?:agenc\w*|organi[sz]ations?|sites?|schools?)" +
                // Keeping clients or a group engaged is the work.
                @"|(?:keep\w*|kept|stay\w*|remain\w*)\s+(?:\w+\s+){0,3}engaged"),
            "Marital status and a spouse's job are not job-related; ask about the role's requirements instead."),
        new("arrests",
            [Re(@"arrest\w*|police|\bcops?\b|law\s+enforcement|(?:in|into)\s+custody|\bjail\w*|prison|incarcerat\w*|locked\s+up|detain\w*|detention|\bbooked\b|\bcharged\b|(?:pressed|press|filed|bring|brought)\s+charges|criminal\s+(?:charges?|record|history|background)|rap\s+sheet|run-?ins?\s+with|trouble\s+with\s+the\s+(?:law|police)|mug\s*shot|handcuff\w*|\bwarrants?\b|(?:been|get|gets|got|gotten|getting|was|were|ever)\s+(?:\w+\s+)?(?:picked|pulled|hauled|taken|brought)\s+(?:up|in)\b|hauled\s+(?:up|in|off)\b|(?:picked|pulled|taken|brought)\s+(?:up|in)\s+(?:by|for)\s+(?:the\s+)?(?:police|cops|questioning)|for\s+questioning|questioned\s+by"), Re(Everyday.Arrests)],
            // When to call the police during a session is a safety protocol.
            Re(@"(?:call|calling|contact\w*|notify\w*|involv\w*|alert\w*)\s+(?:the\s+)?(?:police|law\s+enforcement|cops|911)\s+(?:during|in\s+(?:a|an|the)\b|about|if|when|regarding|on\s+behalf|after\s+a\s+(?:client|session))"),
            "Do not ask about arrests. Where law and the role allow, ask about convictions relevant to the job, after a conditional offer."),
    ];

    // Bounded and linear-time: HR text is short, but a rule must never be a denial-of-service.
    /// <summary>A relative, or two joined by "or" ("your mother or father"), as the genetic-information cues name them after "your" and "the".</summary>
    const string Relatives = @"(?:mother|father|mom|dad|parents?|folks|relatives?|siblings?|brothers?|sisters?|grandparents?|family\s+members?)(?:\s+or\s+(?:mother|father|mom|dad|parents?|siblings?|brothers?|sisters?|grandparents?))?";

    static Regex Re(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
