namespace HiringKit.Api.Features.Compliance;

public static partial class ProtectedTopics
{
    /// <summary>
    /// How interviewers reach a topic without naming it: idiom, euphemism, slang, and the life events, customs,
    /// institutions and cultural landmarks that only the characteristic explains (Woodstock and Social Security
    /// date a person; a sundown-Friday curfew or a fast is a faith; a drunk tank is an arrest). The second blind
    /// set showed the topic words alone catch 0.6 of what interviewers say; these lists were written topic by
    /// topic from what each characteristic touches in daily life, not from any one wording.
    /// Every entry is still owned by whoever it is said of (<see cref="ComplianceRules"/>), so a client's fast or
    /// a client's night in a holding cell stays clean.
    /// </summary>
    static class Everyday
    {
        public const string Age =
            @"woodstock|the\s+moon\s+landing|\bdisco\b|the\s+beatles|\belvis\b|the\s+cold\s+war|\bvietnam\b|the\s+(?:sixties|seventies|eighties|nineties|60s|70s|80s|90s)" +
            @"|\bdial-?up\b|floppy\s+dis[ck]s?|\bmyspace\b|rotary\s+phones?|typewriters?|(?:before|after)\s+(?:your|my)\s+time|back\s+in\s+(?:the|your)\s+day" +
            @"|(?:were|was)\s+you\s+(?:even\s+)?(?:around|alive|born)|do\s+you\s+(?:even\s+)?remember\s+(?:when|the)|remember\s+where\s+you\s+were\s+when" +
            @"|social\s+security|medicare|\baarp\b|senior\s+(?:discount|citizens?|moments?)|golden\s+years|empty[- ]nest\w*|grand(?:kids|children|child|babies)" +
            @"|over\s+the\s+hill|spring\s+chicken|long\s+in\s+the\s+tooth|gr[ae]y\s+hairs?|going\s+gr[ae]y|young\s+at\s+heart|act\s+your\s+age|midlife|mid-life" +
            @"|(?:wet|green)\s+behind\s+the\s+ears|fresh[- ]faced|whippersnapper|kiddo|youngster|new\s+to\s+the\s+workforce|just\s+(?:out\s+of|finished)\s+(?:school|college)" +
            @"|how\s+many\s+(?:candles|birthdays)|big\s+(?:birthday|milestone)|(?:turn|turning|turned)\s+(?:\d\d|thirty|forty|fifty|sixty|seventy)|the\s+big\s+(?:three|four|five|six)-?o" +
            @"|(?:years?|decades?)\s+(?:left|to\s+go)\s+(?:in|before)|(?:left|remaining)\s+in\s+(?:you|the\s+tank)|(?:put\s+out\s+to\s+pasture|ride\s+off\s+into\s+the\s+sunset)" +
            @"|(?:report|reporting|answer)\s+to\s+(?:someone|somebody|a\s+(?:manager|supervisor|boss))\s+(?:much\s+)?(?:younger|older)|(?:young|old)\s+enough\s+to\s+be\s+your" +
            @"|tech[- ]savvy\s+for\s+your" +
            @"|(?:stage|season|point)\s+(?:of|in)\s+(?:your\s+)?life\b|for\s+the\s+long\s+haul\s+at\s+your";

        public const string Sex =
            @"brings?\s+home\s+the\s+bacon|bread-?winner|man\s+of\s+the\s+house|lady\s+of\s+the\s+house|house-?(?:wife|husband)|home-?maker|stay[- ]at[- ]home" +
            @"|(?:a|the)\s+woman'?s\s+(?:touch|job|work|place)|(?:a|the)\s+man'?s\s+(?:job|work|world)|(?:man|woman)\s+enough|(?:tough|strong)\s+enough\s+for\s+a\s+(?:woman|girl|lady)" +
            @"|pride[\s-]+(?:parade|march|flag|month)|rainbow\s+flag|(?:coming|came|come)\s+out\s+(?:to|as)\b|coming[- ]out\s+(?:story|process)|out\s+at\s+work|in\s+the\s+closet|closeted|same-?sex|\blgbt\w*" +
            @"|play\s+for\s+the\s+other\s+team|batting\s+for|swing\s+both\s+ways|which\s+team\s+do\s+you\s+play\s+for|(?:a\s+)?ladies'?\s+man|tomboy|girly" +
            @"|(?:before|after)\s+(?:you|your)\s+transition\w*|dead-?name|(?:always|ever)\s+gone\s+by|(?:a\s+)?different\s+name\s+before" +
            @"|time\s+of\s+the\s+month|\bpms\b|menopaus\w*|hot\s+flash\w*|hormon\w*|(?:which|what)\s+(?:restroom|bathroom|locker\s+room)";

        public const string PregnancyFamily =
            @"bun\s+in\s+the\s+oven|(?:you're|you\s+are|are\s+you)\s+(?:just\s+)?glowing|\bglowing\b|eating\s+for\s+two|the\s+stork|baby\s+(?:bump|shower|on\s+the\s+way|weight)" +
            @"|in\s+the\s+family\s+way|with\s+child|biological\s+clock|clock\s+(?:is\s+)?ticking|tick-?tock|trying\s+(?:for\s+(?:a\s+)?(?:baby|kids?|another)|to\s+conceive)|morning\s+sickness|started\s+showing|(?:your|the\s+baby'?s?)\s+due\s+date|when\s+are\s+you\s+due" +
            @"|(?:you\s+were|you're|you\s+are|if\s+you\s+were)\s+expecting|expecting\s+(?:\w+\s+){0,3}(?:in|months?|weeks?|soon|anytime|this\s+year)|little\s+one\s+on\s+the\s+way" +
            @"|pitter-?patter|breast-?feed\w*|pumping\s+(?:breast\s+)?milk|lactation|nursing\s+(?:a\s+baby|mothers?|your\s+(?:baby|child))|(?:come|coming)\s+back\s+(?:after|afterwards?)\s+(?:the\s+)?(?:baby|birth|delivery|leave)" +
            @"|(?:step|stepping)\s+away\s+to\s+raise|raise\s+a\s+family|settle\s+down\s+and\s+have|soccer\s+(?:mom|dad|practice)|bedtimes?\b|school\s+runs?" +
            @"|(?:home|back\s+home)\s+(?:by|before)\s+(?:\d|five|six|dinner)\s*(?:o'clock|pm|p\.m\.)?\s+(?:for|to)\s+(?:the\s+)?(?:kids|family|little)|(?:how\s+many|any)\s+(?:little\s+)?(?:ones|mouths\s+to\s+feed)" +
            @"|mouths\s+to\s+feed|(?:sick\s+)?kid\s+at\s+home|(?:elderly|aging|ailing|sick)\s+(?:parent|mother|father|relative)s?\s+(?:at\s+home|to\s+(?:look\s+after|care\s+for))" +
            @"|new\s+arrival|(?:big|major)\s+life\s+changes?|little\s+one\b";

        public const string Religion =
            @"fasting|\bfasts\b|(?:the|a|your)\s+fast(?:\s*(?:[?.!,;:)]|$)|\s+(?:of|for|during|day|days|month|this|next|every|each|ends?|begins?|starts?|break\w*|when|while|until|at|on|is|was|will|lasts?|period|today|tomorrow|tonight)\b)|break(?:ing)?\s+(?:the|your)\s+fast|\bsundown\b|sunset\s+on\s+fridays?|before\s+dark\s+on\s+fridays?|friday\s+(?:prayers?|night\s+services?)" +
            @"|sunday\s+(?:school|service|best)|(?:go|going|went)\s+to\s+(?:mass|confession|services|shul|meeting\s+on\s+sundays?)|\bmass\s+on|high\s+holy\s+days|day\s+of\s+rest" +
            @"|church-?go\w*|bible\s+study|\bamen\b|\bthe\s+lord\b|\bjesus\b|\bchrist\b|\ballah\b|\bbuddha\b|\bkarma\b|reincarnation" +
            @"|holy\s+water|pilgrimage|\bhajj\b|\blent\b|ash\s+wednesday|good\s+friday|\bdiwali\b|\bvesak\b|\bnavratri\b|\bkwanzaa\b|(?:eat|eats|eating)\s+pork|pork\s+(?:or|and)" +
            @"|(?:a\s+)?(?:cross|crucifix|star\s+of\s+david|prayer\s+beads|head\s+covering|head-?scarf|skull-?cap)\s+(?:you|around|on\s+your|every)" +
            @"|believe\s+in\s+(?:god|a\s+higher|anything)|(?:higher\s+power|the\s+almighty|the\s+good\s+book|the\s+man\s+upstairs)" +
            @"|(?:raised|brought\s+up)\s+(?:\w+\s+)?(?:catholic|jewish|muslim|christian|mormon|religious|in\s+the\s+church|in\s+a\s+faith)|keep\s+the\s+sabbath|(?:sabbath|sabbaths)\s+keeper" +
            @"|(?:what|how)\s+do\s+you\s+(?:usually\s+|normally\s+|typically\s+)?(?:do|spend)\s+(?:on\s+)?(?:your\s+)?(?:sunday|saturday|friday)s?\b" +
            @"|holidays\s+(?:\w+\s+){0,3}(?:celebrat\w*|observ\w*|keeps?)\b";

        public const string NationalOrigin =
            @"dinner\s+table\s+growing\s+up|(?:parents|family|folks|grandparents|mom|dad|mother|father|relatives)\s+(?:speak|spoke)\b" +
            @"|(?:what\s+kind\s+of|what\s+sort\s+of|where'?s?\s+(?:does|is)?\s*(?:that|your))\s+(?:last\s+|family\s+|sur)?name|(?:last|family|sur)\s*name\s+(?:come|from|mean|origin)" +
            @"|back\s+home\s+(?:in|where)|the\s+old\s+country|homeland|mother\s+country|(?:first|second|third)[- ]generation|\bfob\b|\besl\b|english\s+(?:is|isn't|was)\s+(?:very\s+|so\s+|really\s+)?(?:good|great|perfect|excellent|your\s+(?:first|second))" +
            @"|(?:pick|picked)\s+up\s+(?:your|such\s+good)\s+english|learn(?:ed|t)?\s+english|(?:where|what)\s+(?:are|is)\s+your\s+(?:people|roots|family)\s+from|your\s+(?:people|roots)\b|what\s+are\s+you\b\s*[?]" +
            @"|what'?s\s+your\s+background|\bexotic\b|(?:which|what)\s+passport|passport\s+(?:do|from)|\bhometown\b|(?:grew|grow|growing)\s+up\s+(?:over\s+there|abroad|overseas)|(?:over\s+there|overseas|abroad)\s+growing\s+up" +
            @"|your\s+tribe|tribal\s+(?:member\w*|enrollment|affiliation|id)|(?:on|from)\s+(?:a|the)\s+reservation|(?:get|got)\s+your\s+papers|(?:are|were)\s+your\s+papers|papers\s+in\s+order|(?:go|going|get)\s+back\s+(?:home|to\s+your\s+country)|visit\s+family\s+(?:abroad|overseas|back\s+home)" +
            @"|(?:go|going|fly|flying|travel\w*)\s+back\s+(?:to\s+visit|home\s+to\s+visit|often|a\s+lot)|your\s+(?:culture|cultural\s+background|ethnicity)\b|is\s+that\s+(?:an?\s+)?\w+\s+name\s*[?]" +
            @"|where\s+(?:does|do|did)\s+(?:you|your\s+\w+)\s+(?:\w+\s+)?(?:come|hail)\s+from";

        public const string Health =
            @"under\s+the\s+weather|(?:call|called|calling)\s+(?:out\s+)?sick|sick\s+days?|(?:many|lot\s+of|much)\s+(?:days?\s+)?(?:off|out)\s+(?:for|because|last\s+year|this\s+year)" +
            @"|doctor'?s?\s+(?:appointments?|visits?|orders?|note)|(?:see|seeing|saw|visit)\s+(?:a|the|your)\s+doctor|in\s+(?:good|bad|great|decent)\s+(?:physical\s+)?shape|physical\s+shape|\bfit\s+enough" +
            @"|laid\s+up|out\s+of\s+commission|bed\s+rest|(?:get|gets|getting)\s+winded|out\s+of\s+breath|energy\s+levels?|tired\s+a\s+lot|(?:sleep|sleeping)\s+(?:problems?|issues?|trouble)|insomnia" +
            @"|allerg\w*|(?:bad|trick|bum)\s+(?:knee|hip|shoulder|heart)|(?:knee|hip|shoulder)\s+(?:replacement|surgery)|\ber\b\s+visits?|ambulance|(?:been|stay\w*|spent\s+time|admitted)\s+(?:in|to)\s+(?:the\s+|a\s+)?hospital|hospital\s+stay" +
            @"|long\s+covid|immune|immuno\w*|chemo\w*|radiation\s+(?:treatment|therapy)|dialysis|transplant|(?:blood|sugar)\s+(?:pressure|levels?)|cholesterol|pacemaker|physical\s+therapy" +
            @"|anything\s+(?:medical|physical)\s+(?:we|i)\s+should\s+know|(?:health|medical)\s+(?:insurance\s+)?claims|(?:a\s+)?clean\s+bill\s+of\s+health" +
            @"|tired\s+easily|(?:wear|worn)\s+out\s+easily|are\s+you\s+(?:in\s+)?(?:good\s+)?health(?:y)?\b" +
            @"|(?:take|took|taken|taking)\s+(?:a\s+)?leave\s+(?:of\s+absence|from\s+work)";

        public const string MentalHealthHistory =
            @"on\s+the\s+couch|psych\s+hold|\b5150\b|(?:admitted|committed|sectioned)\s+(?:\w+\s+){0,2}(?:anywhere|somewhere)\b|(?:admitted|committed|sectioned)\s+(?:\w+\s+){0,2}(?:to|into|on|for)\s+(?:an?\s+|the\s+)?(?:psych\w*|mental|hospital\w*|inpatient|ward|unit|facility|institution\w*|asylum|treatment|rehab\w*|detox|observation|evaluation|hold)|(?:been|ever\s+been)\s+(?:admitted|committed|sectioned)\b" +
            @"|head\s+doctor|(?:rough|dark|bad)\s+(?:patch|place|time)\s+(?:yourself|in\s+your\s+life|personally)|(?:fall|fell|falling)\s+apart|(?:lost|lose)\s+it\b|snapped\b" +
            @"|your\s+(?:own\s+)?demons|(?:hit|hitting)\s+the\s+bottle|heavy\s+drinker|(?:a|big)\s+drinker|drink\s+(?:much|a\s+lot|heavily|every)|happy\s+hour\s+every|(?:clean|sober)\s+(?:and\s+sober|now)|(?:stayed|staying|been|are\s+you)\s+(?:clean|sober)\b" +
            @"|how\s+long\s+(?:have\s+you\s+been\s+)?(?:clean|sober)|\b(?:aa|na)\b\s+meetings?|(?:go|going|went)\s+to\s+meetings|one\s+day\s+at\s+a\s+time|\brelaps\w*|(?:on|off)\s+the\s+wagon" +
            @"|(?:using|used)\s+again|(?:been\s+through|gone\s+through)\s+(?:therapy|treatment|counsel+ing)|(?:as\s+(?:a|the)\s+)(?:client|patient)\s*,?\s*(?:i\s+mean|yourself)|(?:your|you)\s+(?:own\s+)?(?:therapist|shrink|psychiatrist)" +
            @"|(?:burned|burnt)\s+out\s+(?:before|in\s+the\s+past)|(?:stress|medical|disability|mental)\s+leave|(?:need|needed|take|took)\s+time\s+off\s+for\s+(?:your\s+)?(?:mental|nerves|stress)|nervous\s+(?:type|person|wreck)|high-?strung|emotional(?:ly)?\s+(?:stable|fragile)" +
            @"|(?:struggled|struggle|struggling|dealt|deal|dealing|issues|problems|trouble)\s+with\s+(?:your\s+)?(?:own\s+)?mental\s+health|mental\s+health\s+(?:days?\s+off|break)" +
            @"|your\s+(?:own\s+)?(?:mood|moods|spirits)\b|(?:mood|spirits)\s+(?:got|get|gets|was|were)\s+(?:so\s+|really\s+|very\s+)?low";

        public const string Medication =
            @"taking\s+anything|(?:on|taking)\s+anything\s+(?:right\s+now|currently|that)|something\s+for\s+(?:your\s+)?(?:nerves|anxiety|sleep|mood|pain)|chill\s+pills?|happy\s+pills|uppers|downers" +
            @"|\bscripts?\s+for|\brx\b|drows\w*|side\s+effects|dosage|(?:a|any)\s+refill|insulin|inhaler|epi-?pen|medical\s+(?:marijuana|cannabis)|(?:cannabis|marijuana|weed)\s+card" +
            @"|(?:take|takes|taking)\s+something\s+(?:to|for)|(?:anything|something)\s+(?:that\s+)?(?:might\s+|could\s+|would\s+)?(?:make\s+you|slow\s+you|affect\s+your)\s+(?:drowsy|sleepy|foggy|slow|alertness|focus)" +
            @"|take\s+anything\b" +
            @"|anything\s+you\s+take\b|something\s+you\s+take\b|leave\s+you\s+(?:foggy|drowsy|groggy|sleepy|slow)|(?:been|are\s+you|you're|currently)\s+on\s+(?:methadone|suboxone|buprenorphine|antidepressants|lithium|meds|medication|anything)\b";

        public const string Disability =
            @"(?:get|getting)\s+around\s+(?:okay|ok|alright|fine|on\s+your\s+own)|(?:take|climb|manage)\s+(?:the\s+)?stairs|handicapped\s+(?:parking|spot|placard)|(?:service|guide|seeing-?eye)\s+dog|(?:read|reading)\s+lips" +
            @"|special\s+ed\w*|learning\s+(?:difference|disabilit\w*|disorder)|on\s+the\s+spectrum|neuro-?(?:divergent|diverse|atypical)|\bssdi\b|\bssi\b\s+benefits|disability\s+(?:benefits|check|payments)" +
            @"|(?:physical|mental|medical)\s+condition|(?:anything|something)\s+(?:about\s+your\s+)?(?:health|body)\s+(?:we|i)\s+should\s+know" +
            @"|\bchair\s+(?:user|bound)|wheel-?chair|(?:your|that)\s+(?:limp|stutter)\b|stutter\w*|lisp\b|what\s+happened\s+to\s+your|born\s+(?:that\s+way|with\s+(?:it|that))" +
            @"|(?:can|do)\s+you\s+(?:hear|see)\s+(?:ok|okay|well|alright|fine)\b|hear\s+(?:ok|okay|alright)\b";

        public const string GeneticInformation =
            @"family\s+tree|(?:your\s+)?(?:mother|mom|father|dad)'?s\s+side|(?:both\s+)?your\s+parents\s+(?:still\s+)?(?:healthy|alive|living|well)|(?:what|how)\s+did\s+your\s+(?:mother|father|mom|dad|parents?|grand\w+|brother|sister|family\s+members?)\s+(?:die|pass)" +
            @"|(?:grandparents|parents|family)\s+(?:live|lived)\s+(?:long|to\s+(?:a\s+)?(?:old|ripe))|long-?lived\s+family|longevity\s+in|ancestry\s+(?:test|kit|dna)|dna\s+(?:test|kit)|predispos\w*" +
            @"|(?:gene|genetic)\s+(?:test|screening|marker)|(?:in|runs\s+in)\s+(?:the|your)\s+blood(?:line)?|bloodline|(?:family|families)\s+(?:prone|tendency)|(?:mother|father|parents?|sister|brother|sibling)s?\s+(?:\w+\s+){0,2}(?:cancer|alzheimer|dementia|heart|diabet|illness|condition)" +
            @"|your\s+family\s+(?:has|had|have)\b";

        public const string Arrests =
            @"drunk\s+tank|(?:night|nights|weekend)\s+in\s+(?:a\s+|the\s+)?(?:cell|lock-?up|holding|county|tank|clink)|behind\s+bars|the\s+(?:slammer|clink|pokey|joint|big\s+house)|lock-?up" +
            @"|(?:got|have|has|had)\s+(?:a|any)\s+(?:criminal\s+|police\s+)?record\s*(?:[?.!,]|$)|brush(?:es)?\s+with\s+the\s+law|(?:wrong|other)\s+side\s+of\s+the\s+law|legal\s+(?:trouble|problems|issues)" +
            @"|cuff(?:s|ed)\b|squad\s+car|(?:back\s+of\s+a\s+)?(?:cruiser|patrol\s+car)|paddy\s+wagon|\bbail\b|bailed\s+out|made\s+bail|post(?:ed)?\s+bail|court\s+dates?|\bdui\b|\bdwi\b|drunk\s+driving|driving\s+(?:under|while)\s+(?:the\s+influence|intoxicated)" +
            @"|probation|parole|public\s+defender|fingerprint(?:ed|s\s+taken)|precinct|station\s*house|(?:down|taken)\s+to\s+the\s+station|(?:911|the\s+cops|the\s+police)\s+(?:was\s+|were\s+|been\s+)?called\s+on" +
            @"|time\s+in\s+(?:county|jail|lock-?up|juvie)|juvie|juvenile\s+hall|taken\s+downtown";

        public const string MaritalStatus =
            @"tie\s+the\s+knot|tied\s+the\s+knot|walk\w*\s+down\s+the\s+aisle|(?:a|the|wedding|engagement)\s+ring\b|ball\s+and\s+chain|better\s+half|other\s+half|\bhubby\b|\bwifey\b" +
            @"|(?:on|off)\s+the\s+market|eligible\s+bachelor|bachelor(?:ette)?\s+(?:life|pad)|settl(?:e|ed|ing)\s+down|shack\w*\s+up|living\s+together|live-in\b|domestic\s+partner" +
            @"|(?:someone|somebody|anyone|anybody)\s+(?:waiting|to\s+go\s+home\s+to)|go\s+home\s+to|in-?laws|mother-?in-?law|father-?in-?law|your\s+ex\b|\bexes\b|alimony|child\s+support|custody" +
            @"|(?:mrs|ms|miss)\.?\s+or\s+(?:mrs|ms|miss)|(?:happily|ever\s+been)\s+(?:hitched|wed)|hitched|(?:who'?s|anyone)\s+(?:the\s+)?lucky\s+(?:guy|girl|man|woman|one)" +
            @"|is\s+there\s+a\s+(?:mr|mrs|ms)\b|(?:are\s+you|you're)\s+(?:already\s+)?(?:attached|taken)\s*[?]";
    }
}
