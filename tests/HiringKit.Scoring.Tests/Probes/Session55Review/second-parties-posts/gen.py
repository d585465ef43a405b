import os
P='/tmp/s55/review4/p'
os.makedirs(P,exist_ok=True)
names=iter(["Ana Berg","Ben Cole","Cara Diaz","Dev Ede","Eli Fox","Fay Gill","Gus Hart","Hana Ilic","Ian Jory","Jo Kerr","Kai Lund","Lia Moss","Max Nye","Nia Orr","Oli Pratt","Pia Quin","Raj Rao","Sam Sykes","Tia Todd","Uma Vance","Val West","Wes Yip","Xia Zane","Yan Abel","Zoe Bird","Al Cobb","Bo Dunn","Cy Ewan","Di Frost","Ed Gray","Flo Hay","Gil Ivy","Hal Jude","Ida Kemp","Jay Lowe","Kay Mills","Lou Ness","Mo Oakes","Ned Pike","Ola Quay","Pat Reed","Quin Shaw","Roy Tate","Sue Upton","Ted Vale","Una Wade","Vic Yates","Wyn Zorn","Abi Ash","Bea Bell","Cal Cross","Dot Dale","Eve Eade","Fin Ford","Gem Gale","Huw Hale","Isa Ince","Jon Judd","Kit Kane","Len Lamb","Meg Marr","Nat Nash","Ory Oates","Pam Pope","Rex Rudd","Sal Sage","Tam Teal","Ugo Usher","Vi Vine","Wil Wynn","Yas York","Zak Zell","Ada Ames","Bob Bray","Col Cope","Dan Dyer","Ela Enns","Fred Fane","Gwen Gore","Hugo Hoy","Ivo Irwin","Joy Jex","Kim Kyle","Lee Lyle","Mia Munt","Noa Nott","Oz Orme","Pru Pyle"])
import itertools
names=itertools.chain(names,(f"Alex Morgan{i}" for i in range(1000)))
def w(fn, body):
    with open(f'{P}/{fn}.txt','w') as f:
        f.write(f"{next(names)}\nname@example.com | 0400 000 000\n\nEXPERIENCE\n{body.strip()}\n")
def std(fn, line, title="Counsellor, Riverside Health | 2018 - Present", extra="- Weekly sessions with adults facing anxiety and low mood"):
    w(fn, f"{title}\n- {line}\n{extra}")

# ---------- Reading 1 overreach hunts: the served people are named with partner-like words
std("r01-police-eap-officers","Rapport with serving officers for referrals to specialist trauma therapy",title="Counsellor, Police Federation Wellbeing Service | 2016 - Present")
std("r02-staff-support-nurses","Rapport with nurses seen after critical incidents, for referrals to longer-term psychology",title="Staff Support Counsellor, Leeds Teaching Hospitals NHS Trust | 2017 - Present")
std("r03-eap-staff","Working alliance with staff from 12 client organisations for referrals to specialist services",title="EAP Counsellor, Optum Workplace Support | 2015 - Present")
std("r04-fire-firefighters","Trust building with firefighters after fatal incidents, for referrals to trauma-focused therapy",title="Counsellor, Fire Fighters Charity | 2014 - Present")
std("r05-ambulance-paramedics","Rapport with paramedics and call handlers using the staff wellbeing service, for referrals to EMDR",title="Wellbeing Counsellor, North West Ambulance Service | 2016 - Present")
std("r06-prison-officers","Rapport with prison officers after assaults on duty, for welfare checks and referrals",title="Counsellor, Prison Officers' Association Support Line | 2015 - 2023")
std("r07-social-workers-as-clients","Working alliance with social workers in burnout, for referrals into long-term therapy",title="Counsellor, Social Workers' Wellbeing Service | 2017 - Present")
std("r08-dispatchers-as-clients","Rapport with 911 dispatchers after critical calls, for referrals to trauma counselling",title="Peer Support Counselor, County Emergency Communications | 2016 - Present")
std("r09-nhs-staff-hub","Rapport with NHS staff for referrals to psychological therapy",title="Counsellor, Staff Mental Health and Wellbeing Hub | 2020 - Present")
std("r10-interpreters-as-clients","Working alliance with interpreters exposed to vicarious trauma, for referrals to clinical psychology",title="Counsellor, Interpreter Wellbeing Programme | 2019 - Present")
std("r11-army-personnel","Rapport with serving personnel and their unit welfare officers for referrals to Combat Stress",title="Counsellor, Army Welfare Service | 2014 - Present")
std("r12-crew-station","Rapport with the crew at Station 9 for referrals to our trauma service",title="Counsellor, Fire and Rescue Occupational Health | 2016 - Present")
std("r13-officers-families","Rapport with police officers and their families for referrals to couples work",title="Counsellor, Police Care UK | 2016 - Present")
std("r14-therapeutic-alliance-nurses","Therapeutic alliance with frontline nurses for referrals into trauma therapy",title="Staff Counsellor, Royal Free London NHS Trust | 2018 - Present")
std("r15-officers-they-refer","Rapport with officers attending counselling; they refer colleagues to the service",title="Counsellor, Police Federation Wellbeing Service | 2016 - Present")
std("r16-nurses-so-that","Built trust with ward nurses in the staff counselling service so that self-referrals rose 40%",title="Staff Counsellor, Leeds Teaching Hospitals | 2017 - Present")
std("r17-doctors-practitioner-health","Working alliance with junior doctors in crisis for referrals to addiction treatment",title="Counsellor, Practitioner Health | 2018 - Present")
std("r18-team-members-eap","Rapport with team members after the site fatality, for referrals to ongoing counselling",title="Critical Incident Counsellor, Validium EAP | 2019 - Present")
std("r19-coordinators-as-clients","Rapport with care coordinators on long-term sick leave, for referrals to psychiatry",title="Staff Support Counsellor, Mersey Care | 2017 - Present")
std("r20-midwives-after-loss","Working alliance with midwives after stillbirths on shift, for case conferences with the Professional Midwifery Advocate",title="Counsellor, Maternity Staff Support | 2018 - Present")
std("r21-cops-mates","Rapport with cops on my caseload for referrals to the peer support network",title="Counsellor, Blue Line Wellness | 2017 - Present")
std("r22-frontline-workers","Trust building with frontline workers for referrals to specialist PTSD services",title="Counsellor, Frontline19 | 2020 - Present")
std("r23-officers-rapport-plain","Rapport with officers (our clients) for referrals to psychiatry",title="Counsellor, Garda Employee Assistance Service | 2015 - Present")
std("r24-police-staff-eap","Working alliance with police staff for information sharing with occupational health (with consent)",title="Counsellor, Police Scotland Employee Assistance | 2016 - Present")
std("r26-staff-at-care-home-welfare","Rapport with care home staff for welfare checks on residents")

# ---------- Reading 1 natural misses
std("m01-cams-acronym","Rapport with CAMHS and school SENCOs for referrals")
std("m02-to-support-referrals","Trust building with local police and PCSOs to support referrals")
std("m03-safeguarding-referrals","Rapport with the duty team at Adult Social Care for safeguarding referrals")
std("m04-to-facilitate-discharge","Rapport with ward staff to facilitate discharge planning")
std("m05-enabling-referrals","Rapport with probation officers, enabling referrals into the group programme")
std("m06-which-meant-handovers","Strong rapport with the crisis team, which meant quicker handovers")
std("m07-for-joint-working","Working alliance with the community mental health team for joint working on complex cases")
std("m08-for-mdt","Rapport with the hospice nursing team for MDT meetings and referrals")
std("m09-liaison-colon","Rapport with GP surgeries and the crisis team (referrals, handovers)")

# ---------- Reading 2 overreach hunts
std("s01-farmers-saleyards","Rapport with the farmers at the Wagga saleyards, who refer neighbours to us",title="Rural Counsellor, Riverina Wellbeing | 2015 - Present")
std("s02-men-shed","Rapport with the men at the Ballarat Men's Shed, who refer their mates",title="Counsellor, Men's Shed Wellbeing | 2016 - Present")
std("s03-tradies-site","Rapport with the tradies at the Barangaroo site, who refer workmates to us",title="Field Officer Counsellor, MATES in Construction | 2017 - Present")
std("s04-nurses-royal-colleagues","Rapport with the nurses at the Royal Infirmary, who refer colleagues to the staff counselling service",title="Staff Counsellor, NHS Lothian | 2016 - Present")
std("s05-residents-hostel","Rapport with the residents at St Mungo's hostel, who send friends our way")
std("s06-students-halls","Rapport with the students at Hull halls, who refer their flatmates")
std("s07-officers-station-refer","Rapport with the officers at Leeds Central station, who refer colleagues after critical incidents",title="Counsellor, West Yorkshire Police Wellbeing | 2016 - Present")
std("s08-women-refuge-send","Working alliance with the women at the Hope Refuge in Derby, who send other survivors to us")
# Reading 2 misses
std("s10-who-in-turn-refer","Rapport with the GP practice nurses in Harrogate, who in turn refer patients to us")
std("s11-who-now-send","Rapport with the school nurses at Leeds Grammar, who now send pupils to us")
std("s12-who-would-refer","Rapport with the rural financial counsellors at RFCS Victoria, who would refer farmers in crisis")

# ---------- Reading 3 overreach hunts (writer's own CI work)
std("t01-ci-line-referring","Crisis Intervention Line counsellor: answered 20 calls a shift, referring callers to local services",title="Volunteer Counsellor, Lifeline | 2014 - 2018")
std("t02-led-ci-service-referrals","Led the Crisis Intervention Service, taking referrals from GPs and A&E",title="Service Lead, Leeds Survivor-Led Crisis Service | 2016 - Present")
std("t03-set-up-ci-clinic-partnership","Set up the Crisis Intervention Clinic in partnership with Mind and ran its evening sessions")
std("t04-cit-clinician-partnered","Partnered with the police as the embedded Crisis Intervention Team clinician")
w("t05-partnership-heading-own-post","""Counsellor, Riverside Health | 2018 - Present
- Person-centred therapy with adults

PARTNERSHIP AND SECONDMENT POSTS
Counsellor, Crisis Intervention Service (seconded from Mind) | 2015 - 2018
- Crisis intervention for people in acute distress
- Rapport with clients in crisis""")
w("t06-referral-partner-heading-then-own-post","""Counsellor, Riverside Health | 2018 - Present
- Weekly sessions with adults; we refer on to:
Crisis Intervention Team Counsellor, Leeds Mind | 2012 - 2018
- Rapport with clients in crisis""")
std("t07-ci-unit-staffed-referral","Staffed the Crisis Intervention Unit 2 nights a week, accepting police referrals")
std("t08-trained-as-ci-service-refer","Trained 40 volunteers for the Crisis Intervention Service; referred complex callers to me")
# Reading 3 misses
w("t09-partner-agencies-caps-heading","""Counsellor, Riverside Health | 2018 - Present
- Weekly sessions with adults

PARTNER AGENCIES
- Samaritans Crisis Intervention Line
- Leeds Crisis Intervention Centre""")
w("t10-signposting-colon","""Counsellor, Riverside Health | 2018 - Present
- Weekly sessions with adults
- Signposting:
- Hull Crisis Intervention Service (24/7)""")
std("t11-refer-lower-service","Referred high-risk clients to the local Crisis Intervention service for out-of-hours cover")
std("t12-liaised-ci-team","Liaised daily with the Crisis Intervention Team at St James's for out-of-hours cover")

# ---------- Reading 4
std("d01-engagement-tracked-dashboards","Client engagement, tracked through our dashboards, rose 25% in a year")
std("d02-engagement-presented-dashboards","Improved client engagement and presented the gains on quarterly dashboards")
std("d03-dashboards-plural-caps","Owned the Client Engagement Dashboards for the board")
std("d04-engagement-then-dashboards-semicolon","Strong client engagement; dashboards showed 90% attendance")

# ---------- Reading 5 posts
w("h01-former-plumber","""Plumber, self-employed | 2000 - 2012
- Domestic and commercial plumbing; trained two apprentices

Counsellor, MATES in Construction | 2013 - Present
- Rapport with construction workers in crisis
- Therapeutic alliance with clients""")
w("h02-former-plumber-listening","""Plumber, Pimlico Plumbers | 2002 - 2012
- Listened to customers going through hard times; empathy on call-outs

Counsellor, Lighthouse Counselling | 2014 - Present
- Therapeutic alliance with clients""")
std("h03-counsellor-to-plumbers","Therapeutic alliance with tradespeople and their families",title="Counsellor to plumbers and electricians, Incolink | 2015 - Present")
std("h04-plumbing-industry-wellbeing","Rapport with apprentices in crisis",title="Counsellor, Plumbing Industry Wellbeing Service | 2016 - Present")
std("h05-etu-member-assistance","Therapeutic alliance with members and their families",title="Counsellor, Electrical Trades Union Member Assistance | 2014 - Present")
std("h06-barber-collective-counsellor","Therapeutic alliance with men referred by barbers",title="Counsellor, The Lions Barber Collective Mental Health Programme | 2018 - Present")
std("h07-barbertalk-trainer","Trained barbers to spot suicidal distress; active listening workshops",title="BarberTalk Trainer and Counsellor, Lions Barber Collective | 2019 - Present")
std("h08-barbershop-programme-lead","Rapport with men who would never walk into a clinic",title="Counsellor and Programme Lead, Barbershop Mental Health Project | 2017 - Present")
std("h09-not-paid-position","Therapeutic alliance with callers and walk-in clients",title="Counsellor (not a paid position), Lifeline | 2015 - 2019")
std("h10-not-nhs-post","Therapeutic alliance with private clients",title="Counsellor (not an NHS post), Harley Street Therapy | 2016 - Present")
std("h11-not-supervisory-role","Therapeutic alliance with adolescents",title="Counsellor (not a supervisory role), Kooth | 2019 - Present")
std("h13-listening-not-counselling","Active listening on the helpline",title="Listening Volunteer (not a counselling role), Samaritans | 2012 - 2016")
std("h14-mhfa-master-trainer","Taught active listening and empathy to managers",title="Master Trainer, Mental Health First Aid England | 2016 - Present")
w("h15-master-mariner-then-counsellor","""Master Mariner, P&O Ferries | 1995 - 2010
- Command of passenger vessels

Counsellor, Seafarers Hospital Society | 2012 - Present
- Therapeutic alliance with seafarers and their families""")
w("h16-master-chef-then-counsellor","""Master Chef, The Savoy | 1998 - 2010
- Ran a brigade of 30; mentored young cooks in crisis

Counsellor, Hospitality Action | 2012 - Present
- Therapeutic alliance with hospitality workers""")
std("h17-counsellor-master-electricians","Crisis intervention after site accidents",title="EAP Counsellor, Master Electricians Australia | 2016 - Present")
std("h18-counsellor-field-service-techs-employer","Rapport with engineers working away from home",title="Counsellor, Field Service Technicians Wellbeing Line | 2018 - Present")
w("h19-rural-counsellor-financial-bullets","""Rural Counsellor, Rural Financial Counselling Service NSW | 2012 - 2020
- Farm debt mediation, cashflow budgets and bank negotiations
- Rapport with farmers applying for drought assistance""")
w("h20-teaching-and-supervision-supervisor-post","""Counsellor, Riverside Health | 2018 - Present
- Rapport with clients

TEACHING AND SUPERVISION
Clinical Supervisor, Relate Northern | 2012 - 2018
- Clinical supervision for 8 counsellors
- Alliance rupture and repair in supervision""")
w("h21-teaching-training-supervision","""Counsellor, Riverside Health | 2018 - Present
- Rapport with clients

Teaching, Training and Supervision
Clinical Supervisor, Relate Northern | 2010 - 2018
- Clinical supervision for 8 counsellors""")
w("h22-training-amp-supervision-over-post","""Counsellor, Riverside Health | 2018 - Present
- Rapport with clients

Training & Supervision
Clinical Supervisor, Relate Northern | 2010 - 2018
- Clinical supervision for 8 counsellors""")
w("h23-supervisory-experience-heading","""Counsellor, Riverside Health | 2018 - Present
- Rapport with clients

SUPERVISORY EXPERIENCE
Clinical Supervisor, Relate Northern | 2010 - 2018
- Clinical supervision for 8 counsellors""")
w("h24-supervision-provided-bullets-after-post","""Senior Counsellor, Relate | 2014 - Present
- Therapeutic alliance with couples
Supervision provided:
- Clinical supervision of 4 trainee counsellors""")
w("h25-supervision-received-heading","""Counsellor, Riverside Health | 2016 - Present
- Therapeutic alliance with clients

Supervision received
- Monthly clinical supervision with a BACP senior accredited supervisor""")
w("h26-teaching-and-supervision-lecturer","""Counsellor, Riverside Health | 2018 - Present
- Rapport with clients

Teaching and supervision
Lecturer in Counselling, Leeds Beckett University | 2013 - Present
- Taught the therapeutic relationship module""")
w("h27-training-of-others-then-post","""Counsellor, Riverside Health | 2018 - Present
- Rapport with clients
Training of others
- Trained 20 volunteers in active listening
Counsellor, Samaritans Listening Service | 2010 - 2017
- Crisis intervention on the night line""")
w("h28-electrician-then-counsellor-bullet","""Electrician, Balfour Beatty | 2004 - 2012
- Site work; became the informal person colleagues confided in after a site death

Counsellor, MATES in Construction | 2014 - Present
- Crisis intervention with construction workers""")
w("h29-mechanic-in-counsellor-title","""Counsellor & former mechanic, Men's Shed Wellbeing | 2015 - Present
- Rapport with men who would not see a GP
- Therapeutic alliance with clients""")
w("h30-counsellor-locksmith-paren-employer","""Counsellor, Riverside Health | 2018 - Present
- Therapeutic alliance with clients

Locksmith (weekends, not counselling work), City Locks | 2018 - Present
- Emergency lock-outs""")
