using System.Text.Json;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Realistic 3-8 KB resumes (Corpus/Realistic, Corpus/Fresh, Corpus/Fresh2): PDF artefacts, several layouts,
/// bilingual, career changers, keyword dumps. Labels were written before the scorer first saw them
/// (issue 16). Realistic is what the scorer was tuned on and must pass its gates: 18 written first,
/// and the 9 held back until session 7, tuned on in session 8 once their misses were seen. Fresh
/// holds 12 written in session 8 by someone who had not read the scorer; it was held back once, then
/// its misses were seen and general causes fixed, so it is reported, not gated (one of its labels, rapport
/// in a counselor's earlier recreation job, disagrees with Realistic's convention for soft skills in other jobs).
/// Fresh2 holds 12 more, written blind in session 9 and labelled first, run once, then its misses seen and
/// general causes fixed (scorer 2.1.0). Fresh3 holds 12 more, written blind at the end of session 9 and run
/// first in session 10, then its misses seen and general causes fixed (look-alike trades, titles in the trade,
/// joined headings, "nearly" years, a first-year counselor's placements): seen now, reported only. Fresh4 holds 12
/// more, written blind in session 10 and first run at its end with scorer 2.2.0, then three general causes of its
/// misses fixed (finance, research roles, Florida's registered interns): seen too, reported only. Fresh5 holds 12
/// more, written blind at the end of session 10 and first run in session 11, then general causes of its misses fixed
/// (mediators and writers are other trades, a page without the trade gives no years, "Skills &amp; Keywords" heads a keyword
/// block, three cue readings): seen now. Fresh6 holds 12 more, written blind in session 11 and first run after those fixes, then
/// its misses' general causes fixed (another trade's counselor named by its subject, teaching roles): seen now. Fresh7 holds 12
/// more, written blind in session 11, first run with 2.4.0, then two general causes of its misses fixed (2.5.0): seen now.
/// Fresh8 holds 12 more, written blind in session 11, run once with 2.5.0 as the held-back check, then two general causes
/// fixed (2.6.0): seen now. Fresh9 holds 12 more, the first written to Corpus/README.md's conventions, run once in session 12
/// with 2.6.0 as the held-back check, then general causes of its misses fixed and an independent review's findings on those
/// fixes mended (2.7.0): seen now. Fresh10 holds 12 more, written blind in session 12, run once with 2.7.0 after every other
/// change of the session, then general causes of its misses fixed (still 2.7.0, unreleased): seen now. Fresh11 holds 12 more,
/// written blind in session 12 (LinkedIn exports, flattened tables, dates first, prose) and committed unread, run once in
/// session 13 with 2.8.0 after every other change of the session, then general causes of its misses fixed: seen now. Fresh12
/// holds 12 more (federal, Europass, Markdown tables, an academic CV, Spanish months), written blind in session 13 and committed
/// unread, run once in session 14 with 2.8.0 after the session's speed-ups (same answers) as the held-back check, then general
/// causes of its misses fixed (2.9.0): seen now. Fresh13 holds 12 more (Canadian and Australian resumes, a PDF with page
/// headers, interleaved columns, seasons and years-only dates), written blind in session 14 and committed unread, run once the
/// same session with 2.9.0 after every other change of it, then general causes of its misses fixed (2.10.0): seen now. Fresh14
/// holds 12 more (an email paste, dates in parentheses, a German CV, flattened lines, an ATS export in capitals), written blind in
/// session 14 and committed unread, run once the same session with 2.10.0 after every other change of it, then general causes
/// of its misses fixed: seen now. Fresh15 holds 12 more (a timeline, academic years, license dates, a two-page PDF, a bilingual
/// French-English resume, paragraph jobs, an endorsements export, a skills matrix, a Word header table, a sidebar extraction, a
/// skills-based career change), written blind in session 14 and committed unread, run once in session 15 with 2.10.0 as the
/// held-back check, then general causes of its misses fixed (2.11.0): seen now. Fresh16 holds 12 more (a hybrid resume with
/// projects, a PDF with page footers, a rehabilitation counselor, a table extracted cell by cell, stuffers with an ATS footer and
/// a summary of claimed years, look-alikes from credit counseling, biopharma alliances, physiotherapy, admissions and camps),
/// written blind in session 15 and committed unread, run once in session 15 with 2.11.0 as the held-back check, then general
/// causes of its misses fixed: seen now. Fresh17 holds 12 more (a web form pasted as fields, a Google Docs export, promotions
/// under one employer, a New Zealand counsellor, concurrent part-time roles and a gap year, a hidden keyword paragraph, a
/// competency grid, look-alikes from veterinary behaviour, swim coaching, banking and speech-language pathology, a counselor
/// turned HR), written blind in session 15 and committed unread, run once in session 15 with 2.11.0 as the held-back check,
/// then general causes of its misses fixed: seen now. Fresh18 holds 12 more (a bilingual Ottawa counsellor, an oldest-first
/// school-based therapist, an ATS export with screening answers, a stuffer hiding phrases in parentheses, look-alikes from
/// massage, finance, dog training and clinical research), written blind in session 15 and committed unread, run once in
/// session 16 with 2.11.0 as the held-back check, then general causes of its misses fixed (2.12.0): seen now. Fresh19 holds 12
/// more (a paginated PDF extraction, a UK CV with placements, employer-first entries, an applicant-profile export, prose paragraphs,
/// a skills cloud, look-alikes from hotels, materials, NGO coalitions, dental hygiene and coaching), written blind in session 16
/// and committed unread, run once at its end with 2.12.0 as the held-back check, then general causes fixed: seen now. Fresh20 holds
/// 12 more (Indian, Australian, ATS-flattened, military-to-civilian, school-year and career-changer resumes, look-alikes), written
/// blind in session 16 and committed unread, run once in session 17 with 2.12.0 as the held-back check, then general causes of its
/// misses fixed (2.13.0, narrowed by a review): seen now. Fresh21 holds 12 more, written blind in session 17 and committed unread, run once in session
/// 18 with 2.13.0 (its review's mends in) as the held-back check, then general causes of its misses fixed (2.14.0): seen now.
/// Fresh22 holds 12 more, written blind in session 18 and committed unread, run once at its end with 2.14.0 (five reviews'
/// mends in) as the held-back check, then general causes of its misses fixed (2.15.0, narrowed by a review): seen now. Fresh23
/// holds 12 more (a two-column PDF, a LinkedIn export, a Canadian new graduate, an ATS export, a career told only in a group
/// heading and a summary, look-alikes from veterinary practice, physiotherapy, chaplaincy and mediation), written blind in
/// session 19 and committed unread, run once as the held-back check, then general causes of its misses fixed: seen now. Fresh24
/// holds 12 more (UK, Irish or Australian CVs, a flattened Word table, an ATS export, a counselor who names the alliance in plain
/// words, a keyword stuffer, look-alikes from neighbouring trades), written blind in session 19 and committed unread, run once
/// at its end on the final 2.15.0 as the held-back check, then general causes of its misses fixed (2.16.0, narrowed by two
/// reviews): seen now. Fresh25 holds 12 more (a PDF extraction, a UK NHS CV, academic-year dates, a career changer, concurrent
/// posts and a career break, look-alikes from pharmacy, software and interpreting), written blind in session 20 and committed
/// unread, run once on the session's final 2.16.0 as the held-back check, then general causes of its misses fixed (2.17.0):
/// seen now. Fresh26 holds 12 more (an Irish Europass CV, New Zealand, Indian, German, Canadian and Australian resumes, a flattened
/// table, a two-column page, look-alikes from fitness, medical affairs and special education, a front-desk keyword stuffer),
/// written blind in session 20 and committed unread, run once on 2.17.0 in session 21 as the held-back check, then general
/// causes of its misses fixed (narrowed by a review): seen now. Fresh27 holds 12 more (a hospital social worker's PDF, a
/// Singapore counsellor, an Irish counselling student, a Vet Center counselor, a South African counsellor, a Markdown resume,
/// a play therapist, a counselor turned customer success manager; look-alikes from UX research, speech-language pathology and
/// fundraising; a LinkedIn keyword stuffer), written blind in session 21 and committed unread, run once as the held-back check,
/// then general causes of its misses fixed (narrowed by a review): seen now. Fresh28 holds 12 more (a New Zealand university
/// counselling head's PDF, a school-year-dated school counselor, a Manitoba counselling student, a Canadian perinatal new
/// graduate, a Kenyan counsellor in plain words, a jail recovery unit's substance use counselor, a returner titled "Clinician
/// II", a Philippine guidance counselor; look-alikes from occupational therapy, funeral service and probation; a live-event
/// technician's keyword block), written blind in session 21 and committed unread, run once as the held-back check, then general
/// causes of its misses fixed (narrowed by a review): seen now. Fresh29 holds 12 more (an Oakland family therapist with a private
/// practice beside, a UK Talking Therapies therapist after a break, a Winnipeg counselling student, a rural Texas new graduate, an
/// Australian social worker's flattened table, an EAP counselor's e-mail paste, a returner titled "Clinician II" and "Wellbeing
/// Practitioner", a college counseling director's CV; look-alikes from audiology, claims adjusting and wedding planning; a
/// dispatcher's endorsements), written blind in session 21 and committed unread, run once as the held-back check, then general
/// causes of its misses fixed (narrowed by a review): seen now. Fresh30 holds 12 more (an adolescent inpatient therapist with a
/// private practice beside, a Scottish NHS counsellor after a break, an Irish counselling diploma student, a methadone clinic's
/// counselor in plain words, an Australian counsellor now in management, a new-graduate couples therapist, a Berlin refugee
/// NGO's trauma therapist, a peer counselor turned associate; look-alikes from dietetics, real estate and respiratory therapy; a
/// fleet dispatcher's LinkedIn skills), written blind in session 21 and committed unread, run once on the session's final
/// 2.17.0 as the held-back check, then general causes of its misses fixed (2.18.0, narrowed by a review): seen now. Fresh31
/// holds 12 more (a clinical director's PDF, an Irish psychotherapist after a break, a peer worker turned counselor, a
/// bilingual Canadian psychotherapist, a South African counsellor's Word tables, a new graduate, a Welsh trainee; look-alikes
/// from orthodontics, tattooing, conversational design and professional organizing; a print coordinator's keyword block),
/// written blind in session 22 and committed unread, run once on 2.18.0 as the held-back check, then general causes of its
/// misses fixed: seen now. Fresh32 holds 12 more (an Irish psychotherapist's two-column PDF, a Canadian bilingual LinkedIn
/// export, a Workday export of a program director who still sees clients, a new graduate, a Singapore career changer, an
/// Australian ATS resume in capitals, a UK trainee wellbeing practitioner; look-alikes from medical dosimetry, game narrative
/// design, market research and crisis communications; a teletherapy app's operations keyword block), written blind in session
/// 22 and committed unread, run once on 2.18.0 as the held-back check, then general causes of its misses fixed: seen now.
/// Fresh33 holds 12 more (an Irish clinical lead's LinkedIn export, an Australian clinician after a bank and peer work, a
/// bilingual Canadian psychotherapist in Markdown, a UK counsellor's Workday export, a South African counsellor's PDF, a US new
/// graduate, a Philippine trainee; look-alikes from diplomacy, journalism, painting conservation and union organising; an
/// arborist's ATS tags), written blind in session 22 and committed unread, run once on the session's final 2.18.0 as the
/// closing held-back check, then general causes of its misses fixed (2.19.0, narrowed by two reviews): seen now. Fresh34 holds
/// 12 more (a US LinkedIn export, a Scottish returner, a Kenyan two-column CV, a Canadian bilingual career changer in Markdown, a
/// Singapore counsellor in a Greenhouse export, an Irish new graduate, a US career changer's Indeed export; look-alikes from
/// driving instruction, therapy-dog handling, flight instruction and probate; a medical biller's keywords in a PDF's
/// properties), written blind in session 23 and committed unread, run once on 2.19.0 (1ae2ec8) as the held-back check, then
/// general causes of its misses fixed (narrowed by a review): seen now. Fresh35 holds 12 more (a US LinkedIn export, a veteran's
/// Vet Center CV, a German counsellor writing in English after parental leave, a California LMFT's flattened PDF, an Ontario school
/// counsellor after teaching; look-alikes from outplacement and elsewhere; a cafe supervisor's cover letter), written blind in
/// session 23 and committed unread, run once on 2.19.0 (5e790aa) as the held-back check, then general causes of its misses fixed
/// (narrowed by a review): seen now. Fresh36 holds 12 more (an Australian counsellor's selection criteria, an Indian counselling
/// psychologist's CV, look-alikes from lactation consulting and prosthetics, a stuffer's quoted recommendations), written blind in
/// session 23 and committed unread, run once on 2.19.0 (cfdfdbb) as the held-back check, then general causes of its misses fixed
/// (narrowed by a review): seen now. Fresh37 holds 12 more (an Irish psychotherapist's flattened Word tables, a Malaysian
/// counsellor after banking; look-alikes from doula work, prosthetics, cosmetic surgery and negotiation training), written blind
/// in session 23 and committed unread, run once on the session's final 2.19.0 as the closing held-back check, then general
/// causes of its misses fixed: seen now. Fresh38 holds 12 more (a Workday printable profile without colons, a CADC's email paste
/// with "9/22 - 4/25" dates, a Canadian returner; look-alikes from veterinary medicine, interpreting, 911 dispatch, sleep labs and
/// sound recording), written blind in session 24 and committed unread, run once on 2.19.0 with Fresh37's fixes (20b5f3c) as the
/// held-back check, then general causes of its misses fixed: seen now. Fresh39 holds 12 more (a Workday "To: (Current)", a
/// bilingual Ontario psychotherapist's table of posts set with spaces; look-alikes from ASL interpreting, ambulance dispatch,
/// clinical research, veterinary practice and exercise referral), written blind in session 24 and committed unread (its README's
/// table of kinds was seen when it was copied in), run once on 3b0526c as the held-back check, then general causes of its misses
/// fixed: seen now. Fresh40 holds 12 more (an advertising director turned therapist, an Indeed export's skill notes; look-alikes
/// and a library assistant's keyword block in a PDF's properties), written blind in session 24 and committed unread, run once on
/// 21fac18 as the held-back check, then general causes of its misses fixed: seen now. Fresh41 holds 12 more (an agency recruiter
/// who places counsellors, a screening question answered on its line), written blind in session 24 and committed unread, run once
/// on d614dcb as the held-back check, then general causes of its misses fixed: seen now. Fresh42 holds 12 more (a dental hygienist
/// and therapist, a GP, a Workday form's numbered entries, an Indian resume's total experience), written blind in session 24 and
/// committed unread, run once on 9ac3457 as the held-back check, then general causes of its misses fixed: seen now. Fresh43 holds
/// 12 more (a banker turned counsellor whose earlier career is headed with its field, a psychotherapist's research assistant post
/// in a counselling psychology department), written blind in session 24 and committed unread, run once on the session's final
/// scorer 2.20.0 (4e7e14e) as the closing held-back check, then general causes of its misses fixed in session 25: seen now.
/// Fresh44 holds 12 more (a two-column PDF whose second page runs on in one column, a peer worker turned counsellor, an executive
/// coach), written blind in session 25 and committed unread, run once on 2.21.0 (ef3fa61) before its misses were read, then
/// general causes of its misses fixed: seen now. Fresh47 holds 12 more (early-career and non-traditional routes), written blind in
/// session 25 and committed unread, run once on e58bbbb before its misses were read, then general causes of its misses fixed:
/// seen now. Fresh46 holds 12 more (dense senior and supervisor resumes), written blind in session 25 and committed unread, run
/// once on 5e63d10 before its misses were read, then general causes of its misses fixed: seen now. Fresh48 holds 12 more
/// (mental-health-adjacent look-alikes, counsellors in adjacent settings), written blind in session 25 and committed unread, run
/// once on fe4a5cc before its misses were read, then general causes of its misses fixed: seen now. Fresh49 holds 12 more
/// (resumes as ATS parsers receive them), written blind in session 25 and committed unread, run once on 6cf9550 before its
/// misses were read, then general causes of its misses fixed: seen now. Fresh50 holds 12 more (prose resumes and relationship-heavy
/// look-alikes), written blind in session 25 and committed unread, run once on 099aece before its misses were read, then general
/// causes of its misses fixed: seen now. Fresh51 holds 12 more (the US market's variety), written blind in session 25 and
/// committed unread, run once on 04845fa before its misses were read, then general causes of its misses fixed: seen now. Fresh45
/// holds 12 more, written blind in session 25 and committed unread, run once on the session's final scorer (1bfe6ec) as its
/// closing held-back check, its misses read in session 26: seen now. Fresh52 (the UK, Ireland and New Zealand) and Fresh53
/// (Asia-Pacific, the Gulf and Africa) hold 12 more each, written blind in session 26 and committed unread, each run once
/// before its misses were read. Fresh54 holds 12 more (second careers and portfolio working lives), written blind in session 26
/// and committed unread as the closing check, but its scores were shown by a report script's error mid-session: run once as a
/// seen set on a22de84 before its misses were read, then tuned on. Fresh55 holds 12 more (the settings beside the counselling
/// room), written blind in session 26 and committed unread, run once on the session's final scorer (2af3be4) as its closing
/// held-back check. Fresh56 holds 12 more
/// (resumes as parsers and exports mangle them) and Fresh57 12 more (seniority at its edges), written blind in session 26 and
/// committed unread, each run once before its misses were read. Fresh59 holds 12 more (ATS-optimised modern resumes) and Fresh58
/// 12 more (Canada, Australia and New Zealand), the same way. Fresh55's misses were read in session 27: seen now. Fresh60 (the
/// US's less common counseling paths) and Fresh61 (Europe, bilingual) hold 12 more each, written blind at the end of session 26
/// and committed unread: Fresh60 was run once in session 27 before its misses were read, Fresh61 is that session's held-back
/// closing check, untouched while tuning. Fresh62 holds 12 more (online and portfolio careers), written blind in session 27 and
/// committed unread, run once before its misses were read; Fresh64 (Spanish- and Portuguese-speaking markets) and Fresh65
/// (seniority and leadership edges) the same way, and Fresh63 (public and third-sector services). Fresh61 was run once as a
/// held-back check on b426410, then read and tuned on; Fresh67 (resumes written under time pressure), written blind in session 27
/// and committed unread, is that session's closing held-back check, untouched while tuning. Fresh66 (Africa, the Caribbean and
/// South Asia beyond India), written beside it, was run once before its misses were read. Fresh67's misses were read in
/// session 28: seen now. Fresh68 (the Middle East, North Africa, Central and Eastern Europe) and Fresh69 (specialist and niche
/// counselling), written blind at the end of session 27 and committed unread: Fresh68 was run once in session 28 before its
/// misses were read, Fresh69 is that session's held-back closing check, untouched while tuning. Fresh70 (early careers and the
/// edges of junior) and Fresh71 (long careers of 20-35 years), written blind in session 28 and committed unread, were each run
/// once before their misses were read. Fresh69 was run once as a held-back check on 15b8fbd (scorer 2.29.0), then read and tuned
/// on; Fresh73 (addiction, criminal justice and forensic settings), written blind in session 28 and committed unread, is that
/// session's closing held-back check, untouched while tuning. Fresh72 (couples, family, child and adolescent counselling), written
/// beside it, was run once before its misses were read, and so was Fresh74 (East and South-East Asia). Fresh73 was then run once
/// as a held-back check on f719e0c and read; Fresh75 (military, veteran, first-responder and workplace counselling), written blind
/// at the session's end and committed unread, was its closing held-back check, run once on 037e0d8 and then read; Fresh76
/// (hospital and health settings), written beside it and committed unread, became the closing check, untouched while tuning.
/// Fresh76 was read in session 29; Fresh77 (faith-based and community settings), written blind at session 28's end and committed
/// unread, was run once on 3116d1b before its misses were read. Fresh78 to Fresh81 and Fresh83 to Fresh89, written blind in session
/// 29 and committed unread, were each run once before their misses were read; Fresh82 (adjacent licensed professions), written
/// beside them, was that session's planned closing check, run once on 48c112f and then read; Fresh90 (a general sample), written
/// blind at the session's end and committed unread, was its closing check on ec15afe (not yet read); Fresh91 (dates and layouts
/// as real CVs write them), written after it and committed unread, was the final closing check on 372a148. Both were read in
/// session 30; Fresh92 to Fresh95 and Fresh97 to Fresh99, written blind in session 30 and committed unread, were each run once
/// before their misses were read; Fresh96 (a general sample of a recruiter's inbox), written beside them and committed unread, was
/// that session's closing held-back check, read in session 31. Fresh100 and Fresh101 (written at session 30's end), and Fresh102,
/// Fresh104 to Fresh110, written blind in session 31 and committed unread, were each run once before their misses were read;
/// Fresh103 (a week of a recruiter's inbox, US and UK), written beside them and committed unread, is session 31's closing held-back
/// check, untouched while tuning.
/// </summary>
public sealed class RealisticCorpusTests
{
    public const string Tuning = "Realistic";
    public const string Seen = "Fresh";
    public const string SeenSecond = "Fresh2";
    public const string SeenThird = "Fresh3";
    public const string SeenFourth = "Fresh4";
    public const string SeenFifth = "Fresh5";
    public const string SeenSixth = "Fresh6";
    public const string SeenSeventh = "Fresh7";
    public const string SeenEighth = "Fresh8";
    public const string SeenNinth = "Fresh9";
    public const string SeenTenth = "Fresh10";
    public const string SeenEleventh = "Fresh11";
    public const string SeenTwelfth = "Fresh12";
    public const string SeenThirteenth = "Fresh13";
    public const string SeenFourteenth = "Fresh14";
    public const string SeenFifteenth = "Fresh15";
    public const string SeenSixteenth = "Fresh16";
    public const string SeenSeventeenth = "Fresh17";
    public const string SeenEighteenth = "Fresh18";
    public const string SeenNineteenth = "Fresh19";
    public const string SeenTwentieth = "Fresh20";
    public const string SeenTwentyFirst = "Fresh21";
    public const string SeenTwentySecond = "Fresh22";
    public const string SeenTwentyThird = "Fresh23";
    public const string SeenTwentyFourth = "Fresh24";
    public const string SeenTwentyFifth = "Fresh25";
    public const string SeenTwentySixth = "Fresh26";
    public const string SeenTwentySeventh = "Fresh27";
    public const string SeenTwentyEighth = "Fresh28";
    public const string SeenTwentyNinth = "Fresh29";
    public const string SeenThirtieth = "Fresh30";
    public const string SeenThirtyFirst = "Fresh31";
    public const string SeenThirtySecond = "Fresh32";
    public const string SeenThirtyThird = "Fresh33";
    public const string SeenThirtyFourth = "Fresh34";
    public const string SeenThirtyFifth = "Fresh35";
    public const string SeenThirtySixth = "Fresh36";
    public const string SeenThirtySeventh = "Fresh37";
    public const string SeenThirtyEighth = "Fresh38";
    public const string SeenThirtyNinth = "Fresh39";
    public const string SeenFortieth = "Fresh40";
    public const string SeenFortyFirst = "Fresh41";
    public const string SeenFortySecond = "Fresh42";
    public const string SeenFortyThird = "Fresh43";
    public const string SeenFortyFourth = "Fresh44";
    public const string SeenFortySeventh = "Fresh47";
    public const string SeenFortySixth = "Fresh46";
    public const string SeenFortyEighth = "Fresh48";
    public const string SeenFortyNinth = "Fresh49";
    public const string SeenFiftieth = "Fresh50";
    public const string SeenFiftyFirst = "Fresh51";
    public const string SeenFiftySecond = "Fresh52";
    public const string SeenFiftyThird = "Fresh53";
    public const string SeenFortyFifth = "Fresh45";
    public const string SeenFiftyFourth = "Fresh54";
    public const string SeenFiftySixth = "Fresh56";
    public const string SeenFiftySeventh = "Fresh57";
    public const string SeenFiftyNinth = "Fresh59";
    public const string SeenFiftyEighth = "Fresh58";
    public const string SeenFiftyFifth = "Fresh55";
    public const string SeenSixtieth = "Fresh60";
    public const string SeenSixtySecond = "Fresh62";
    public const string SeenSixtyFourth = "Fresh64";
    public const string SeenSixtyFifth = "Fresh65";
    public const string SeenSixtyThird = "Fresh63";
    public const string SeenSixtyFirst = "Fresh61";
    public const string SeenSixtySixth = "Fresh66";
    public const string SeenSixtySeventh = "Fresh67";
    public const string SeenSixtyEighth = "Fresh68";
    public const string SeenSeventieth = "Fresh70";
    public const string SeenSeventyFirst = "Fresh71";
    public const string SeenSixtyNinth = "Fresh69";
    public const string SeenSeventySecond = "Fresh72";
    public const string SeenSeventyFourth = "Fresh74";
    public const string SeenSeventyThird = "Fresh73";
    public const string SeenSeventyFifth = "Fresh75";
    public const string SeenSeventySixth = "Fresh76";
    public const string SeenSeventySeventh = "Fresh77";
    public const string SeenSeventyEighth = "Fresh78";
    public const string SeenSeventyNinth = "Fresh79";
    public const string SeenEightieth = "Fresh80";
    public const string SeenEightyFirst = "Fresh81";
    public const string SeenEightyThird = "Fresh83";
    public const string SeenEightyFourth = "Fresh84";
    public const string SeenEightyFifth = "Fresh85";
    public const string SeenEightySixth = "Fresh86";
    public const string SeenEightySeventh = "Fresh87";
    public const string SeenEightyEighth = "Fresh88";
    public const string SeenEightyNinth = "Fresh89";
    public const string SeenEightySecond = "Fresh82";
    public const string SeenNinetieth = "Fresh90";
    public const string SeenNinetyFirst = "Fresh91";
    public const string SeenNinetySecond = "Fresh92";
    public const string SeenNinetyThird = "Fresh93";
    public const string SeenNinetyFourth = "Fresh94";
    public const string SeenNinetyFifth = "Fresh95";
    public const string SeenNinetySeventh = "Fresh97";
    public const string SeenNinetyEighth = "Fresh98";
    public const string SeenNinetyNinth = "Fresh99";
    public const string SeenHundredth = "Fresh100";
    public const string SeenHundredFirst = "Fresh101";
    public const string SeenHundredSecond = "Fresh102";
    public const string SeenHundredFourth = "Fresh104";
    public const string SeenHundredFifth = "Fresh105";
    public const string SeenHundredSixth = "Fresh106";
    public const string SeenHundredSeventh = "Fresh107";
    public const string SeenHundredEighth = "Fresh108";
    public const string SeenHundredNinth = "Fresh109";
    public const string SeenHundredTenth = "Fresh110";
    public const string SeenHundredEleventh = "Fresh111";
    public const string SeenHundredTwelfth = "Fresh112";
    public const string SeenHundredThirteenth = "Fresh113";
    public const string SeenHundredFifteenth = "Fresh115";
    public const string SeenHundredSixteenth = "Fresh116";
    public const string SeenHundredSeventeenth = "Fresh117";
    public const string SeenHundredEighteenth = "Fresh118";
    public const string SeenHundredNineteenth = "Fresh119";
    public const string SeenHundredTwentieth = "Fresh120";
    public const string SeenHundredTwentyFirst = "Fresh121";
    public const string SeenHundredTwentySecond = "Fresh122";
    public const string SeenHundredTwentyThird = "Fresh123";
    public const string SeenHundredTwentyFourth = "Fresh124";
    public const string SeenHundredTwentyFifth = "Fresh125";
    public const string SeenHundredTwentySixth = "Fresh126";
    public const string SeenHundredTwentySeventh = "Fresh127";
    public const string SeenHundredTwentyEighth = "Fresh128";
    public const string SeenHundredTwentyNinth = "Fresh129";
    public const string SeenHundredThirtieth = "Fresh130";
    public const string SeenHundredThirtyFirst = "Fresh131";
    public const string SeenHundredThirtySecond = "Fresh132";
    public const string SeenHundredThirtyThird = "Fresh133";
    public const string SeenHundredFourteenth = "Fresh114";
    public const string SeenHundredThirtyFifth = "Fresh135";
    public const string SeenHundredThirtySixth = "Fresh136";
    public const string SeenHundredThirtyEighth = "Fresh138";
    public const string SeenHundredThirtyNinth = "Fresh139";
    public const string SeenHundredFortieth = "Fresh140";
    public const string SeenHundredFortyFirst = "Fresh141";
    public const string SeenHundredFortySecond = "Fresh142";
    public const string SeenHundredFortyFourth = "Fresh144";
    public const string SeenHundredFortyFifth = "Fresh145";
    public const string SeenHundredFortySixth = "Fresh146";
    public const string SeenHundredFortySeventh = "Fresh147";
    public const string SeenHundredFortyEighth = "Fresh148";
    public const string SeenHundredFortyNinth = "Fresh149";
    public const string SeenHundredFiftieth = "Fresh150";
    public const string SeenHundredFiftyFirst = "Fresh151";
    public const string SeenHundredFiftyThird = "Fresh153";
    public const string SeenHundredFiftyFourth = "Fresh154";
    public const string SeenHundredFiftyFifth = "Fresh155";
    public const string SeenHundredFiftySixth = "Fresh156";
    public const string SeenHundredFiftySeventh = "Fresh157";
    public const string SeenHundredFiftyEighth = "Fresh158";
    public const string SeenHundredFiftyNinth = "Fresh159";
    public const string SeenHundredSixtyFirst = "Fresh161";
    public const string SeenHundredSixtieth = "Fresh160";
    public const string SeenHundredSixtyThird = "Fresh163";
    public const string SeenHundredSixtyFourth = "Fresh164";
    public const string SeenHundredSixtyFifth = "Fresh165";
    public const string SeenHundredSixtySixth = "Fresh166";
    public const string SeenHundredSixtySeventh = "Fresh167";
    public const string SeenHundredSixtyEighth = "Fresh168";
    public const string SeenHundredSixtyNinth = "Fresh169";
    public const string SeenHundredSeventieth = "Fresh170";
    public const string SeenHundredSeventySecond = "Fresh172";
    public const string SeenHundredSeventyThird = "Fresh173";
    public const string SeenHundredSeventyFourth = "Fresh174";
    public const string SeenHundredSeventyFifth = "Fresh175";
    public const string SeenHundredSeventySixth = "Fresh176";
    public const string SeenHundredSeventySeventh = "Fresh177";
    public const string SeenHundredSeventyEighth = "Fresh178";
    public const string SeenHundredSeventyNinth = "Fresh179";
    public const string SeenHundredEightyFirst = "Fresh181";
    public const string SeenHundredEightySecond = "Fresh182";
    public const string SeenHundredEightyThird = "Fresh183";
    public const string SeenHundredEightyFourth = "Fresh184";
    public const string SeenHundredEightyFifth = "Fresh185";
    public const string SeenHundredEightySeventh = "Fresh187";
    public const string SeenHundredEightyEighth = "Fresh188";
    public const string SeenHundredEightyNinth = "Fresh189";
    public const string SeenHundredNinetieth = "Fresh190";
    public const string SeenHundredNinetyFirst = "Fresh191";
    public const string SeenHundredNinetySecond = "Fresh192";
    public const string SeenHundredNinetyThird = "Fresh193";
    public const string SeenHundredNinetyFourth = "Fresh194";
    public const string SeenHundredNinetyFifth = "Fresh195";
    public const string SeenHundredNinetySixth = "Fresh196";
    public const string SeenHundredNinetySeventh = "Fresh197";
    public const string SeenHundredNinetyEighth = "Fresh198";
    public const string SeenHundredNinetyNinth = "Fresh199";
    public const string SeenTwoHundredth = "Fresh200";
    public const string SeenTwoHundredFirst = "Fresh201";
    public const string SeenTwoHundredSecond = "Fresh202";
    public const string SeenTwoHundredThird = "Fresh203";
    public const string SeenTwoHundredFourth = "Fresh204";
    public const string SeenTwoHundredFifth = "Fresh205";
    public const string SeenTwoHundredSixth = "Fresh206";
    public const string SeenTwoHundredSeventh = "Fresh207";
    public const string SeenTwoHundredEighth = "Fresh208";
    public const string SeenTwoHundredNinth = "Fresh209";
    public const string SeenTwoHundredTenth = "Fresh210";
    public const string SeenTwoHundredEleventh = "Fresh211";
    public const string SeenTwoHundredTwelfth = "Fresh212";
    public const string SeenTwoHundredFifteenth = "Fresh215";
    public const string SeenTwoHundredSixteenth = "Fresh216";
    public const string SeenTwoHundredSeventeenth = "Fresh217";
    public const string SeenTwoHundredEighteenth = "Fresh218";
    public const string SeenTwoHundredNineteenth = "Fresh219";
    public const string SeenTwoHundredTwentieth = "Fresh220";
    public const string SeenTwoHundredTwentySecond = "Fresh222";
    public const string SeenTwoHundredTwentyThird = "Fresh223";
    public const string SeenTwoHundredTwentyFourth = "Fresh224";
    public const string SeenTwoHundredTwentyFifth = "Fresh225";
    public const string SeenTwoHundredTwentySeventh = "Fresh227";
    public const string SeenTwoHundredTwentyEighth = "Fresh228";
    public const string SeenTwoHundredTwentyFirst = "Fresh221";
    public const string SeenTwoHundredTwentySixth = "Fresh226";
    public const string SeenHundredEightySixth = "Fresh186";
    public const string SeenTwoHundredThirtyThird = "Fresh233";
    public const string SeenTwoHundredThirtyFourth = "Fresh234";
    public const string SeenTwoHundredThirtyFifth = "Fresh235";
    public const string SeenTwoHundredThirtySixth = "Fresh236";
    public const string SeenTwoHundredThirtySeventh = "Fresh237";
    public const string SeenTwoHundredThirtyEighth = "Fresh238";
    public const string SeenTwoHundredThirtyNinth = "Fresh239";
    public const string SeenTwoHundredFortieth = "Fresh240";
    public const string SeenTwoHundredFortyFirst = "Fresh241";
    public const string SeenTwoHundredFortySecond = "Fresh242";
    public const string SeenTwoHundredTwentyNinth = "Fresh229";
    public const string SeenTwoHundredThirtieth = "Fresh230";
    public const string SeenTwoHundredFortyThird = "Fresh243";
    public const string SeenTwoHundredFourteenth = "Fresh214";
    public const string SeenTwoHundredThirtySecond = "Fresh232";
    public const string SeenTwoHundredFortyFourth = "Fresh244";
    public const string SeenTwoHundredFortyFifth = "Fresh245";
    public const string SeenTwoHundredFortySixth = "Fresh246";
    public const string SeenTwoHundredFortySeventh = "Fresh247";
    public const string SeenTwoHundredFortyEighth = "Fresh248";
    public const string SeenTwoHundredFortyNinth = "Fresh249";
    public const string SeenTwoHundredFiftieth = "Fresh250";
    public const string SeenTwoHundredFiftyFirst = "Fresh251";
    public const string SeenTwoHundredFiftySecond = "Fresh252";
    public const string SeenTwoHundredFiftyThird = "Fresh253";
    public const string SeenTwoHundredFiftyFourth = "Fresh254";
    public const string SeenTwoHundredThirteenth = "Fresh213";
    public const string SeenNinetySixth = "Fresh96";
    public const string SeenHundredThird = "Fresh103";
    public const string SeenHundredThirtyFourth = "Fresh134";
    public const string SeenHundredThirtySeventh = "Fresh137";
    public const string SeenHundredFortyThird = "Fresh143";
    public const string SeenHundredFiftySecond = "Fresh152";
    public const string SeenHundredSixtySecond = "Fresh162";
    public const string SeenHundredSeventyFirst = "Fresh171";
    public const string SeenHundredEightieth = "Fresh180";
    public const string HeldBack = "Fresh231";

    public static List<CorpusTests.Resume> Load(string folder)
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus", folder);
        var labels = JsonSerializer.Deserialize<List<CorpusTests.Label>>(File.ReadAllText(Path.Combine(path, "labels.json")),
            new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })!;
        return labels.Select(l =>
        {
            string text = File.ReadAllText(Path.Combine(path, l.File));
            return new CorpusTests.Resume(l, text, ResumeScorer.Score(text, SeedTerms.Dictionary));
        }).ToList();
    }

    static readonly Lazy<List<CorpusTests.Resume>> TuningResumes = new(() => Load(Tuning));

    /// <summary>Years count as right within a year, or a tenth of the labelled years for long careers.</summary>
    public static bool YearsWithinTolerance(double expected, double? actual) =>
        actual is double a && Math.Abs(a - expected) <= Math.Max(1.0, expected * 0.1);

    /// <summary>What issue 16 measures, computed the same way for both halves.</summary>
    public sealed record Figures(
        int Resumes, double Recall, List<string> Missed, List<string> SprungTraps, int TrapCount,
        int? BestStuffed, string? BestStuffedFile, int? WorstGenuineSenior, string? WorstGenuineSeniorFile,
        int YearsRight, int YearsLabelled, List<string> YearsWrong,
        int AssertionsRight, int AssertionsLabelled, List<string> AssertionsWrong,
        int LevelsRight, List<string> LevelsWrong, int BandsRight, List<string> BandsWrong, List<string> OffsetErrors)
    {
        public bool StuffingGateHolds => BestStuffed is null || WorstGenuineSenior is null || BestStuffed < WorstGenuineSenior;

        public override string ToString() => string.Join("\n",
            $"resumes {Resumes}; recall {Recall:P1}; missed: {string.Join("; ", Missed)}",
            $"false friends: {SprungTraps.Count} of {TrapCount} traps matched: {string.Join("; ", SprungTraps)}",
            $"stuffing: best keyword block/skills dump {BestStuffed} ({BestStuffedFile}), lowest genuine senior {WorstGenuineSenior} ({WorstGenuineSeniorFile})",
            $"years within tolerance {YearsRight}/{YearsLabelled}; wrong: {string.Join("; ", YearsWrong)}",
            $"assertions {AssertionsRight}/{AssertionsLabelled}; wrong: {string.Join("; ", AssertionsWrong)}",
            $"levels {LevelsRight}/{Resumes}; wrong: {string.Join("; ", LevelsWrong)}",
            $"bands {BandsRight}/{Resumes}; wrong: {string.Join("; ", BandsWrong)}",
            $"offset errors: {OffsetErrors.Count}");
    }

    public static Figures Measure(List<CorpusTests.Resume> resumes)
    {
        var (expected, found, missed) = CorpusTests.PhrasesFound(resumes);
        int traps = 0;
        var sprung = new List<string>();
        var yearsWrong = new List<string>();
        var assertionsWrong = new List<string>();
        var offsetErrors = new List<string>();
        int yearsRight = 0, yearsLabelled = 0, assertionsRight = 0, assertionsLabelled = 0;
        foreach (var r in resumes)
        {
            foreach (var trap in r.Label.Traps)
                for (int at = r.Text.IndexOf(trap, StringComparison.Ordinal); at >= 0; at = r.Text.IndexOf(trap, at + 1, StringComparison.Ordinal))
                {
                    traps++;
                    foreach (var m in r.Score.Matches)
                        if (m.Start < at + trap.Length && at < m.Start + m.Length)
                            sprung.Add($"{r.Label.File}: '{trap}' matched as '{m.Phrase}'");
                }
            if (r.Label.Years is double years)
            {
                yearsLabelled++;
                if (YearsWithinTolerance(years, r.Score.Level.YearsOfExperience)) yearsRight++;
                else yearsWrong.Add($"{r.Label.File}: {r.Score.Level.YearsOfExperience?.ToString() ?? "null"} (expected {years})");
            }
            foreach (var (assertion, phrases) in r.Label.Assertions)
                foreach (var phrase in phrases)
                {
                    assertionsLabelled++;
                    var read = r.Score.Matches.Where(m => m.Phrase == phrase).Select(m => m.Assertion).ToList();
                    if (read.Count > 0 && read.All(a => a == assertion)) assertionsRight++;
                    else assertionsWrong.Add($"{r.Label.File}: {phrase} read [{string.Join(",", read)}], labelled {assertion}");
                }
            foreach (var m in r.Score.Matches)
                if (r.Text.Substring(m.Start, m.Length) != m.Text) offsetErrors.Add($"{r.Label.File}: {m.Phrase} at {m.Start}");
        }

        var stuffed = resumes.Where(r => r.Label.Stuffed).MaxBy(r => r.Score.Score);
        var genuineSeniors = resumes.Where(r => !r.Label.Stuffed && r.Label.Level == Levels.Senior && r.Label.Tier is "strong" or "moderate");
        var worstSenior = genuineSeniors.MinBy(r => r.Score.Score);
        var levelsWrong = resumes.Where(r => r.Score.Level.Level != r.Label.Level)
            .Select(r => $"{r.Label.File}: {r.Score.Level.Level ?? "null"} (expected {r.Label.Level ?? "null"})").ToList();
        var bandsWrong = resumes.Where(r => r.Score.Band != r.Label.Tier).Select(r => $"{r.Label.File}: {r.Score.Band} {r.Score.Score} (labelled {r.Label.Tier})").ToList();
        return new Figures(resumes.Count, expected == 0 ? 1 : (double)found / expected, missed, sprung, traps,
            stuffed?.Score.Score, stuffed?.Label.File, worstSenior?.Score.Score, worstSenior?.Label.File,
            yearsRight, yearsLabelled, yearsWrong, assertionsRight, assertionsLabelled, assertionsWrong,
            resumes.Count - levelsWrong.Count, levelsWrong, resumes.Count - bandsWrong.Count, bandsWrong, offsetErrors);
    }

    static Figures TuningFigures => TuningFiguresLazy.Value;
    static readonly Lazy<Figures> TuningFiguresLazy = new(() => Measure(TuningResumes.Value));

    [Test]
    public void Corpus_has_sixty_resumes_of_which_twenty_five_are_realistic_three_to_eight_kilobytes()
    {
        string corpus = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus");
        string[] realisticFolders = [Tuning, Seen, SeenSecond, SeenThird, SeenFourth, SeenFifth, SeenSixth, SeenSeventh, SeenEighth, SeenNinth, SeenTenth, SeenEleventh, SeenTwelfth, SeenThirteenth, SeenFourteenth, SeenFifteenth, SeenSixteenth, SeenSeventeenth, SeenEighteenth, SeenNineteenth, SeenTwentieth, SeenTwentyFirst, SeenTwentySecond, SeenTwentyThird, SeenTwentyFourth, SeenTwentyFifth, SeenTwentySixth, SeenTwentySeventh, SeenTwentyEighth, SeenTwentyNinth, HeldBack];
        int labelled = CountLabels(corpus) + realisticFolders.Sum(f => CountLabels(Path.Combine(corpus, f)));
        var realistic = realisticFolders.SelectMany(f => Directory.GetFiles(Path.Combine(corpus, f), "*.txt"))
            .Count(f => new FileInfo(f).Length is >= 3000 and <= 8192);

        Assert.That(labelled, Is.GreaterThanOrEqualTo(60));
        Assert.That(realistic, Is.GreaterThanOrEqualTo(25));
    }

    static int CountLabels(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "labels.json"))).RootElement.GetArrayLength();

    [Test]
    public void Tuning_half_report()
    {
        TestContext.Out.WriteLine(TuningFigures);
        foreach (var r in TuningResumes.Value)
            TestContext.Out.WriteLine($"{r.Label.File}: {r.Score.Score} {r.Score.Band} level {r.Score.Level.Level} years {r.Score.Level.YearsOfExperience}");
    }

    [Test]
    public void Tuning_half_no_keyword_block_or_skills_dump_reaches_a_genuine_senior()
    {
        Assert.That(TuningFigures.BestStuffed, Is.Not.Null);
        Assert.That(TuningFigures.WorstGenuineSenior, Is.Not.Null);
        Assert.That(TuningFigures.StuffingGateHolds, Is.True, TuningFigures.ToString());
    }

    [Test]
    public void Tuning_half_no_false_friend_of_a_related_phrase_matches()
    {
        Assert.That(TuningFigures.TrapCount, Is.GreaterThanOrEqualTo(10), "every labelled trap occurs in its resume");
        Assert.That(TuningFigures.SprungTraps, Is.Empty);
    }

    [Test]
    public void Tuning_half_years_are_within_tolerance_on_ninety_percent_of_dated_resumes() =>
        Assert.That((double)TuningFigures.YearsRight / TuningFigures.YearsLabelled, Is.GreaterThanOrEqualTo(0.9), TuningFigures.ToString());

    [Test]
    public void Tuning_half_assertion_accuracy_is_at_least_ninety_percent() =>
        Assert.That((double)TuningFigures.AssertionsRight / TuningFigures.AssertionsLabelled, Is.GreaterThanOrEqualTo(0.9), TuningFigures.ToString());

    [Test]
    public void Tuning_half_recall_is_at_least_95_percent_and_offsets_are_exact()
    {
        Assert.That(TuningFigures.Recall, Is.GreaterThanOrEqualTo(0.95), TuningFigures.ToString());
        Assert.That(TuningFigures.OffsetErrors, Is.Empty);
    }

    [Test]
    public void Tuning_half_level_accuracy_is_at_least_80_percent() =>
        Assert.That((double)TuningFigures.LevelsRight / TuningFigures.Resumes, Is.GreaterThanOrEqualTo(0.8), TuningFigures.ToString());

    [Test]
    public void Tuning_half_bands_agree_with_labels_for_at_least_80_percent() =>
        Assert.That((double)TuningFigures.BandsRight / TuningFigures.Resumes, Is.GreaterThanOrEqualTo(0.8), TuningFigures.ToString());

    /// <summary>
    /// The held-back half, never tuned on: first run once tuning was over, its figures are in the
    /// README as measured. Only what must hold for any text is asserted (exact offsets); gates here
    /// would invite tuning on it.
    /// </summary>
    [TestCase(Seen)]
    [TestCase(SeenSecond)]
    [TestCase(SeenThird)]
    [TestCase(SeenFourth)]
    [TestCase(SeenFifth)]
    [TestCase(SeenSixth)]
    [TestCase(SeenSeventh)]
    [TestCase(SeenEighth)]
    [TestCase(SeenNinth)]
    [TestCase(SeenTenth)]
    [TestCase(SeenEleventh)]
    [TestCase(SeenTwelfth)]
    [TestCase(SeenThirteenth)]
    [TestCase(SeenFourteenth)]
    [TestCase(SeenFifteenth)]
    [TestCase(SeenSixteenth)]
    [TestCase(SeenSeventeenth)]
    [TestCase(SeenEighteenth)]
    [TestCase(SeenNineteenth)]
    [TestCase(SeenTwentieth)]
    [TestCase(SeenTwentyFirst)]
    [TestCase(SeenTwentySecond)]
    [TestCase(SeenTwentyThird)]
    [TestCase(SeenTwentyFourth)]
    [TestCase(SeenTwentyFifth)]
    [TestCase(SeenTwentySixth)]
    [TestCase(SeenTwentySeventh)]
    [TestCase(SeenTwentyEighth)]
    [TestCase(SeenTwentyNinth)]
    [TestCase(SeenThirtieth)]
    [TestCase(SeenThirtyFirst)]
    [TestCase(SeenThirtySecond)]
    [TestCase(SeenThirtyThird)]
    [TestCase(SeenThirtyFourth)]
    [TestCase(SeenThirtyFifth)]
    [TestCase(SeenThirtySixth)]
    [TestCase(SeenThirtySeventh)]
    [TestCase(SeenThirtyEighth)]
    [TestCase(SeenThirtyNinth)]
    [TestCase(SeenFortieth)]
    [TestCase(SeenFortyFirst)]
    [TestCase(SeenFortySecond)]
    [TestCase(SeenFortyThird)]
    [TestCase(SeenFortyFourth)]
    [TestCase(SeenFortySeventh)]
    [TestCase(SeenFortySixth)]
    [TestCase(SeenFortyEighth)]
    [TestCase(SeenFortyNinth)]
    [TestCase(SeenFiftieth)]
    [TestCase(SeenFiftyFirst)]
    [TestCase(SeenFiftySecond)]
    [TestCase(SeenFiftyThird)]
    [TestCase(SeenFortyFifth)]
    [TestCase(SeenFiftyFourth)]
    [TestCase(SeenFiftySixth)]
    [TestCase(SeenFiftySeventh)]
    [TestCase(SeenFiftyNinth)]
    [TestCase(SeenFiftyEighth)]
    [TestCase(SeenFiftyFifth)]
    [TestCase(SeenSixtieth)]
    [TestCase(SeenSixtySecond)]
    [TestCase(SeenSixtyFourth)]
    [TestCase(SeenSixtyFifth)]
    [TestCase(SeenSixtyThird)]
    [TestCase(SeenSixtyFirst)]
    [TestCase(SeenSixtySixth)]
    [TestCase(SeenSixtySeventh)]
    [TestCase(SeenSixtyEighth)]
    [TestCase(SeenSeventieth)]
    [TestCase(SeenSeventyFirst)]
    [TestCase(SeenSixtyNinth)]
    [TestCase(SeenSeventySecond)]
    [TestCase(SeenSeventyFourth)]
    [TestCase(SeenSeventyThird)]
    [TestCase(SeenSeventyFifth)]
    [TestCase(SeenSeventySixth)]
    [TestCase(SeenSeventySeventh)]
    [TestCase(SeenSeventyEighth)]
    [TestCase(SeenSeventyNinth)]
    [TestCase(SeenEightieth)]
    [TestCase(SeenEightyFirst)]
    [TestCase(SeenEightyThird)]
    [TestCase(SeenEightyFourth)]
    [TestCase(SeenEightyFifth)]
    [TestCase(SeenEightySixth)]
    [TestCase(SeenEightySeventh)]
    [TestCase(SeenEightyEighth)]
    [TestCase(SeenEightyNinth)]
    [TestCase(SeenEightySecond)]
    [TestCase(SeenNinetieth)]
    [TestCase(SeenNinetyFirst)]
    [TestCase(SeenNinetySecond)]
    [TestCase(SeenNinetyThird)]
    [TestCase(SeenNinetyFourth)]
    [TestCase(SeenNinetyFifth)]
    [TestCase(SeenNinetySixth)]
    [TestCase(SeenNinetySeventh)]
    [TestCase(SeenNinetyEighth)]
    [TestCase(SeenNinetyNinth)]
    [TestCase(SeenHundredth)]
    [TestCase(SeenHundredFirst)]
    [TestCase(SeenHundredSecond)]
    [TestCase(SeenHundredFourth)]
    [TestCase(SeenHundredFifth)]
    [TestCase(SeenHundredSixth)]
    [TestCase(SeenHundredSeventh)]
    [TestCase(SeenHundredEighth)]
    [TestCase(SeenHundredNinth)]
    [TestCase(SeenHundredTenth)]
    [TestCase(SeenHundredEleventh)]
    [TestCase(SeenHundredTwelfth)]
    [TestCase(SeenHundredThirteenth)]
    [TestCase(SeenHundredFifteenth)]
    [TestCase(SeenHundredSixteenth)]
    [TestCase(SeenHundredSeventeenth)]
    [TestCase(SeenHundredEighteenth)]
    [TestCase(SeenHundredNineteenth)]
    [TestCase(SeenHundredTwentieth)]
    [TestCase(SeenHundredTwentyFirst)]
    [TestCase(SeenHundredTwentySecond)]
    [TestCase(SeenHundredTwentyThird)]
    [TestCase(SeenHundredTwentyFourth)]
    [TestCase(SeenHundredTwentyFifth)]
    [TestCase(SeenHundredTwentySixth)]
    [TestCase(SeenHundredTwentySeventh)]
    [TestCase(SeenHundredTwentyEighth)]
    [TestCase(SeenHundredTwentyNinth)]
    [TestCase(SeenHundredThirtieth)]
    [TestCase(SeenHundredThirtyFirst)]
    [TestCase(SeenHundredThirtySecond)]
    [TestCase(SeenHundredThirtyThird)]
    [TestCase(SeenHundredThird)]
    [TestCase(SeenHundredFourteenth)]
    [TestCase(SeenHundredThirtyFifth)]
    [TestCase(SeenHundredThirtySixth)]
    [TestCase(SeenHundredThirtyEighth)]
    [TestCase(SeenHundredThirtyNinth)]
    [TestCase(SeenHundredFortieth)]
    [TestCase(SeenHundredFortyFirst)]
    [TestCase(SeenHundredFortySecond)]
    [TestCase(SeenHundredFortyFourth)]
    [TestCase(SeenHundredFortyFifth)]
    [TestCase(SeenHundredFortySixth)]
    [TestCase(SeenHundredFortySeventh)]
    [TestCase(SeenHundredFortyEighth)]
    [TestCase(SeenHundredFortyNinth)]
    [TestCase(SeenHundredFiftieth)]
    [TestCase(SeenHundredFiftyFirst)]
    [TestCase(SeenHundredFiftyThird)]
    [TestCase(SeenHundredFiftyFourth)]
    [TestCase(SeenHundredFiftyFifth)]
    [TestCase(SeenHundredFiftySixth)]
    [TestCase(SeenHundredFiftySeventh)]
    [TestCase(SeenHundredFiftyEighth)]
    [TestCase(SeenHundredFiftyNinth)]
    [TestCase(SeenHundredSixtyFirst)]
    [TestCase(SeenHundredSixtieth)]
    [TestCase(SeenHundredSixtyThird)]
    [TestCase(SeenHundredSixtyFourth)]
    [TestCase(SeenHundredSixtyFifth)]
    [TestCase(SeenHundredSixtySixth)]
    [TestCase(SeenHundredSixtySeventh)]
    [TestCase(SeenHundredSixtyEighth)]
    [TestCase(SeenHundredSixtyNinth)]
    [TestCase(SeenHundredSeventieth)]
    [TestCase(SeenHundredSeventySecond)]
    [TestCase(SeenHundredSeventyThird)]
    [TestCase(SeenHundredSeventyFourth)]
    [TestCase(SeenHundredSeventyFifth)]
    [TestCase(SeenHundredSeventySixth)]
    [TestCase(SeenHundredSeventySeventh)]
    [TestCase(SeenHundredSeventyEighth)]
    [TestCase(SeenHundredSeventyNinth)]
    [TestCase(SeenHundredEightyFirst)]
    [TestCase(SeenHundredEightySecond)]
    [TestCase(SeenHundredEightyThird)]
    [TestCase(SeenHundredEightyFourth)]
    [TestCase(SeenHundredEightyFifth)]
    [TestCase(SeenHundredEightySeventh)]
    [TestCase(SeenHundredEightyEighth)]
    [TestCase(SeenHundredEightyNinth)]
    [TestCase(SeenHundredNinetieth)]
    [TestCase(SeenHundredNinetyFirst)]
    [TestCase(SeenHundredNinetySecond)]
    [TestCase(SeenHundredNinetyThird)]
    [TestCase(SeenHundredNinetyFourth)]
    [TestCase(SeenHundredNinetyFifth)]
    [TestCase(SeenHundredNinetySixth)]
    [TestCase(SeenHundredNinetySeventh)]
    [TestCase(SeenHundredNinetyEighth)]
    [TestCase(SeenHundredNinetyNinth)]
    [TestCase(SeenTwoHundredth)]
    [TestCase(SeenTwoHundredFirst)]
    [TestCase(SeenTwoHundredSecond)]
    [TestCase(SeenTwoHundredThird)]
    [TestCase(SeenTwoHundredFourth)]
    [TestCase(SeenTwoHundredFifth)]
    [TestCase(SeenTwoHundredSixth)]
    [TestCase(SeenTwoHundredSeventh)]
    [TestCase(SeenTwoHundredEighth)]
    [TestCase(SeenTwoHundredNinth)]
    [TestCase(SeenTwoHundredTenth)]
    [TestCase(SeenTwoHundredEleventh)]
    [TestCase(SeenTwoHundredTwelfth)]
    [TestCase(SeenTwoHundredFifteenth)]
    [TestCase(SeenTwoHundredSixteenth)]
    [TestCase(SeenTwoHundredSeventeenth)]
    [TestCase(SeenTwoHundredEighteenth)]
    [TestCase(SeenTwoHundredNineteenth)]
    [TestCase(SeenTwoHundredTwentieth)]
    [TestCase(SeenTwoHundredTwentySecond)]
    [TestCase(SeenTwoHundredTwentyThird)]
    [TestCase(SeenTwoHundredTwentyFourth)]
    [TestCase(SeenTwoHundredTwentyFifth)]
    [TestCase(SeenTwoHundredTwentySeventh)]
    [TestCase(SeenTwoHundredTwentyEighth)]
    [TestCase(SeenTwoHundredTwentyFirst)]
    [TestCase(SeenTwoHundredTwentySixth)]
    [TestCase(SeenHundredEightySixth)]
    [TestCase(SeenTwoHundredThirtyThird)]
    [TestCase(SeenTwoHundredThirtyFourth)]
    [TestCase(SeenTwoHundredThirtyFifth)]
    [TestCase(SeenTwoHundredThirtySixth)]
    [TestCase(SeenTwoHundredThirtySeventh)]
    [TestCase(SeenTwoHundredThirtyEighth)]
    [TestCase(SeenTwoHundredThirtyNinth)]
    [TestCase(SeenTwoHundredFortieth)]
    [TestCase(SeenTwoHundredFortyFirst)]
    [TestCase(SeenTwoHundredFortySecond)]
    [TestCase(SeenTwoHundredTwentyNinth)]
    [TestCase(SeenTwoHundredThirtieth)]
    [TestCase(SeenTwoHundredFortyThird)]
    [TestCase(SeenTwoHundredFourteenth)]
    [TestCase(SeenTwoHundredThirtySecond)]
    [TestCase(SeenTwoHundredFortyFourth)]
    [TestCase(SeenTwoHundredFortyFifth)]
    [TestCase(SeenTwoHundredFortySixth)]
    [TestCase(SeenTwoHundredFortySeventh)]
    [TestCase(SeenTwoHundredFortyEighth)]
    [TestCase(SeenTwoHundredFortyNinth)]
    [TestCase(SeenTwoHundredFiftieth)]
    [TestCase(SeenTwoHundredFiftyFirst)]
    [TestCase(SeenTwoHundredFiftySecond)]
    [TestCase(SeenTwoHundredFiftyThird)]
    [TestCase(SeenTwoHundredFiftyFourth)]
    [TestCase(SeenTwoHundredThirteenth)]
    [TestCase(SeenHundredFiftySecond)]
    [TestCase(SeenHundredSixtySecond)]
    [TestCase(SeenHundredThirtyFourth)]
    [TestCase(SeenHundredThirtySeventh)]
    [TestCase(SeenHundredFortyThird)]
    [TestCase(SeenHundredSeventyFirst)]
    [TestCase(SeenHundredEightieth)]
    [TestCase(HeldBack)]
    public void Held_back_half_report(string folder)
    {
        var resumes = Load(folder);
        var figures = Measure(resumes);
        TestContext.Out.WriteLine(figures);
        foreach (var r in resumes)
            TestContext.Out.WriteLine($"{r.Label.File}: {r.Score.Score} {r.Score.Band} level {r.Score.Level.Level} years {r.Score.Level.YearsOfExperience}");
        Assert.That(figures.OffsetErrors, Is.Empty);
        // Issue 16's first gate, on every set read: no keyword block reaches a genuine senior (Fresh165, t06: a stuffer's ATS
        // keyword line read as its references' section scored 56 above a senior's 45, and only the report said so). The set
        // held back for a closing check is reported, not gated: its answer is what the closing note says.
        if (folder != HeldBack) Assert.That(figures.StuffingGateHolds, Is.True, figures.ToString());
    }
}
