L=["b","pr","pi","tc","pdf"]
def S(pid,t,keys,exp,note=""): specs.append((pid,t,keys if isinstance(keys,list) else [keys],exp,note))
# ---- change 1 SHOULD change (colleague objects)
c1=[
"Established a working alliance with the detox ward of the city hospital to speed admissions.",
"Built rapport with the halfway house in Mowbray so clients could step down smoothly.",
"Led trust building with the drug-testing lab after reporting delays.",
"Built rapport with the ODHS Child Welfare caseworkers to coordinate family plans.",
"Developed rapport with the school coordinators across the district.",
"Maintained a strong working alliance with interpreters for Arabic and Dari sessions.",
"Built rapport with midwives on the labour ward to improve perinatal referrals.",
"Built rapport with probation officers supervising mandated clients.",
"Built rapport with colleagues in the multidisciplinary team.",
"Built rapport with the Spiritual Care team, who refer patients to me after bereavement.",
"Built rapport with Intake & Navigation, who book our first sessions.",
"Built rapport with the NHS liaison staff who text me when a client is admitted.",
"Built rapport with St Mary's Youth Services; they see the boys before they reach me.",
"Built rapport with local pastors who send congregants to our service.",
"Built rapport with the outreach workers who find rough sleepers and walk them in.",
"Built rapport with the CMHT, who co-lead the anxiety group with me.",
"Built a working alliance with the Crisis Resolution Team: they call us when a client is discharged.",
"Built rapport with Riverside High teachers, so they send students our way.",
"Built rapport with the pharmacists at Boots who refer clients on methadone.",
"Built trust with the Salvation Army shelter staff who bring residents to groups.",
]
for k,x in enumerate(c1): S(f"c1_chg{k:02d}",L[k%5],x,"C","colleague/institution object")
# ---- change 1 variants (underreach?)
c1v=[
"Built rapport with the ward sisters on the acute unit.",
"Built rapport with the duty psychiatrists to smooth handovers.",
"Built rapport with police liaison officers in the custody suite.",
"Built rapport with housing officers from the council.",
"Built rapport with social workers in the locality teams.",
"Built rapport with paramedics who bring patients in after overdoses.",
"Built rapport with referrers across primary care.",
"Built rapport with the family court to speed report turnaround.",
"Built rapport with the local authority commissioning team.",
"Built rapport with the GP surgery next door.",
"Built rapport with partner agencies across the borough.",
"Built rapport with key stakeholders, including the police and the council.",
"Built rapport with the nursing staff on Ward 7.",
"Built rapport with the care coordinators in the community teams.",
"Built rapport with the receptionists, who book first appointments for me.",
"Built rapport with the chaplaincy, which refers bereaved families to me.",
"Built rapport with the Department of Corrections, who refer parolees.",
"Built rapport with the youth offending team that refers most of my caseload.",
"Built rapport with the job centre work coaches who refer claimants.",
"Built rapport with the hospital's psychiatric liaison service — they refer patients after A&E attendances.",
"Developed a working alliance with the Red Cross caseworkers who refer asylum seekers.",
"Fostered trust building with the Harbour Police Station, who call us for welfare checks.",
"Built rapport with school counsellors at partner schools.",
"Built rapport with GPs who refer patients to the service.",
"Built rapport with the admin team, who manage my diary.",
]
for k,x in enumerate(c1v): S(f"c1_var{k:02d}",L[k%5],x,"C","colleague variant")
# ---- change 1 SHOULD NOT change
c1n=[
"Built rapport with patients at the hospital during bedside sessions.",
"Built rapport with patients on the detox ward of the city hospital.",
"Built rapport with the lads at the men's shed through walk-and-talk sessions.",
"Built rapport with newcomers at the Welcome Centre, many arriving after trauma.",
"Built rapport with gamers who come to the clinic for help with compulsive gaming.",
"Built rapport with whānau through home visits and hui.",
"Built rapport with survivors at the refuge in weekly sessions.",
"Built rapport with nurses who see me for burnout through the staff wellbeing service.",
"Built rapport with firefighters after critical incidents.",
"Built rapport with midwives after stillbirths, offering up to twelve sessions.",
"Built rapport with police officers on sick leave for PTSD.",
"Built rapport with teachers who are wary of counselling.",
"Built rapport with doctors who attend the staff support service for counselling.",
"Built rapport with the pharmacists I counsel through the EAP contract.",
"Built rapport with the families of residents at Oak House, and with the residents themselves.",
"Built rapport with veterans who text me between sessions.",
"Built rapport with young people who call us at night.",
"Built rapport with Māori and Pasifika rangatahi who attend the Kōkiri Centre.",
"Built rapport with St Vincent's patients, who text me after discharge.",
"Built rapport with farmers who ring me after a bad season.",
"Built rapport with the Tuesday group, who call me by my first name now.",
"Built rapport with residents of Oak House, who text me when things get hard.",
"Built rapport with truckers at the Depot; they call me Doc.",
"Built rapport with the Fire Service crew I counsel after call-outs.",
"Built rapport with workers at the mine, who come to me after night shifts.",
"Built rapport with care leavers who text me.",
"Built rapport with the Year 9 boys, who see me weekly.",
"Built rapport with students at Riverside High, who book their own sessions.",
"Built rapport with inmates at HMP Pentonville, who write to me between sessions.",
"Built rapport with members of the LGBTQ+ Youth Network, who attend weekly drop-ins.",
"Built rapport with the congregation at St Paul's, who come to me for grief counselling.",
"Built rapport with people in the Housing First programme; they call me when in crisis.",
"Built rapport with patients of the Eating Disorders Unit (they see me twice weekly).",
"Built rapport with pupils at Hillcrest School: they text me through the app.",
"Built rapport with families at Ronald McDonald House, so they trust the process.",
"Built rapport with clients referred by the ODHS Child Welfare caseworkers.",
"Built rapport with adolescents in the Youth Justice Service, who often arrive angry.",
"Built rapport with refugees in the Red Cross programme, who see me weekly.",
"Built rapport with nurses and care assistants who book sessions through Occupational Health.",
"Built rapport with the NHS staff who use our staff counselling service.",
"Built rapport with junior doctors, who book our first sessions via the Wellbeing Hub.",
"Built rapport with clients at the halfway house in Mowbray.",
"Built rapport with the men in the Kia Kaha programme, who call me between sessions.",
"Built rapport with frontline workers who see me after traumatic call-outs.",
"Built rapport with the boys at Te Whare Tu Tangata, they call me Whaea.",
"Built rapport with survivors referred by Rape Crisis, who often arrive in acute distress.",
"Built rapport with probation clients, who attend for counselling as part of their orders.",
"Built rapport with people who use drugs at the Safe Injecting Room, who drop in unannounced.",
"Built rapport with the prison officers I counsel after assaults on the wing.",
"Built rapport with Army veterans at the Legion, who text me after bad nights.",
]
for k,x in enumerate(c1n): S(f"c1_keep{k:02d}",L[k%5],x,"S","served people")
# cross-layout
xl={"chg02":c1[2],"chg07":c1[7],"chg00":c1[0],"chg03":c1[3],"chg10":c1[10],"chg11":c1[11],"chg15":c1[15]}
for k,x in xl.items():
    for t in ["b","pi","pdf"]:
        S(f"c1x_{k}_{t}",t,x,"C","cross-layout")
# more keep40-style overreach probes: clients (other professions) acting toward writer with org words
c1n2=[
("Built rapport with junior doctors, who book our first sessions via the Wellbeing Hub.","S"),
("Built rapport with NHS nurses, who book their own sessions through Occupational Health.","S"),
("Built rapport with RAF personnel, who call us after deployments.","S"),
("Built rapport with Year 12 students at St Anne's, who text me before exams.","S"),
("Built rapport with the Ngāti Porou whānau, who call me for support.","S"),
("Built rapport with teachers from Hillcrest School, who see me for stress.","S"),
("Built rapport with MPS officers, who call us after critical incidents.","S"),
("Built rapport with hospital staff, who book sessions with me after traumatic deaths.","S"),
("Built rapport with the Fire Service crews, who call me after fatal incidents.","S"),
("Built rapport with ICU nurses at St James's, who text me after night shifts.","S"),
("Built rapport with the Warriors players, who book sessions before the season.","S"),
("Built rapport with Deliveroo riders, who drop in to the Hub after shifts.","S"),
]
for k,(x,e) in enumerate(c1n2): S(f"c1_keepB{k:02d}",L[k%5],x,e,"served, org word + acting toward writer")
c1t=[
("Built rapport with the drug-testing lab.","C"),
("Built rapport with the drug-testing lab after reporting delays.","C"),
("Built rapport with the detox ward after a run of missed admissions.","C"),
("Built rapport with probation officers.","C"),
("Built rapport with probation officers supervising mandated clients.","C"),
("Built rapport with junior doctors, who book our first sessions.","S"),
("Built rapport with junior doctors who attend the Wellbeing Hub.","S"),
("Built rapport with the whānau of Ngāti Porou, who call me for support.","S"),
("Built rapport with Tongan families in Ōtara, who call me for support.","S"),
("Built rapport with Somali elders, who bring their grandchildren to sessions.","S"),
("Built rapport with the Arabic-speaking mothers at Al-Noor Mosque, who book our first sessions.","S"),
("Built rapport with the St Mungo's outreach team; they walk clients in.","C"),
("Built rapport with the St Mungo's outreach team — they walk clients in.","C"),
("Built rapport with the outreach staff, who walk rough sleepers in.","C"),
("Built rapport with the hostel staff at Centrepoint, who bring residents to sessions.","C"),
("Built rapport with the court liaison officers, who escort defendants to me.","C"),
("Built rapport with the Women's Aid workers who refer survivors.","C"),
("Built rapport with Lifeline volunteers, who take calls overnight.","C"),
]
for k,(x,e) in enumerate(c1t): S(f"c1_t{k:02d}",L[k%5],x,e,"targeted")
c1o=[
"Built rapport with the lads at Ballymun Boxing Club, who text me between sessions.",
"Built rapport with gamers at the Esports Arena, who message me on Discord.",
"Built rapport with newcomers at the Welcome Centre, who call me when housing falls through.",
"Built rapport with survivors at Dove Refuge, who text me after court dates.",
"Built rapport with rangatahi at Kōkiri Marae, who text me after school.",
"Built rapport with the aunties at Ōtara Hall, who bring their nieces to me.",
"Built rapport with the boys from St Kevin's, who call me by my first name.",
"Built rapport with the men at the Kia Kaha Trust, who call me between groups.",
"Built rapport with the whānau at Te Puna Ora, who invite me to hui.",
"Built rapport with punters at the Gambling Help Hub, who ring me after relapses.",
"Built rapport with sex workers at the Ugly Mugs drop-in, who text me for appointments.",
"Built rapport with the men from the Oasis Men's Shed, who book our first sessions themselves.",
"Built rapport with the lads from HMP Wandsworth, who write to me after release.",
"Built rapport with the girls at the Brook Centre, they text me before appointments.",
"Built rapport with Kurdish newcomers at the Refugee Council (they call me for help).",
"Built rapport with the mums at Home-Start, who bring their babies to sessions.",
]
for k,x in enumerate(c1o): S(f"c1_over{k:02d}",L[k%5],x,"S","unlisted served + org name + acting toward writer")
# ---- change 2: As a <trade post>
c2=["chef","cook","waitress","hostess","clerk","guard","agent","barista"]
for k,p in enumerate(c2):
    S(f"c2_chg{k:02d}",L[k%5],f"As a {p} at the Grand Hotel I built rapport with regulars and learned to read people.","C","trade post")
c2v=["waiter","bartender","cashier","receptionist","security guard","travel agent","line cook","sous chef","concierge","call centre agent","retail assistant","bank teller","flight attendant","hairdresser","head chef","sales agent"]
for k,p in enumerate(c2v):
    art="an" if p[0] in "aeiou" else "a"
    S(f"c2_var{k:02d}",L[k%5],f"As {art} {p} at the Grand Hotel I built rapport with regulars and learned to read people.","C","trade post variant")
c2f=[
"While working as a barista I built rapport with regulars.",
"Working as a waitress, I built rapport with regulars.",
"As head chef I built rapport with my kitchen brigade.",
"As an agent I built rapport with clients quickly.",
"As a barista, built rapport with regulars.",
"In my years as a waitress I built rapport with regulars.",
"As a chef and later a counsellor, I built rapport with everyone I worked with.",
]
for k,x in enumerate(c2f): S(f"c2_form{k:02d}",L[k%5],x,"C","trade post form")
c2n=[
"As a counsellor I built rapport with clients from diverse backgrounds.",
"As a trainee I built rapport with clients in a GP surgery.",
"As a volunteer I built rapport with callers in distress.",
"As a result, I built rapport with clients who had disengaged from services.",
"As a team we built rapport with families through home visits.",
"As an agent of change in the service, I built rapport with clients who had been let down before.",
"As a chef-turned-counsellor, I build rapport with clients quickly.",
"As a safeguarding lead I built rapport with children at risk.",
"As a Guardian ad Litem I built rapport with children in care proceedings.",
"As a cook-off judge at the fundraiser? No. As a counsellor I built rapport with clients.",
"As a peer support worker I built rapport with people in early recovery.",
"As a bilingual counsellor I built rapport with Spanish-speaking clients.",
"As a school counsellor I built rapport with pupils who were school-refusing.",
"As a counsellor at the Grand Hotel's staff wellbeing service I built rapport with chefs and waitresses.",
"As a former barista, I know how to talk to anyone; as a counsellor I built rapport with clients.",
"As a crisis line agent for Lifeline I built rapport with callers at risk of suicide.",
]
for k,x in enumerate(c2n): S(f"c2_keep{k:02d}",L[k%5],x,"S","counsellor post / non-post As a")
# bullet after full stop
raw1="""Tama Rewiti
Counsellor | Auckland | tama@mail.co.nz

Experience
Counsellor, Ōtara Family Services, 2021 - Present
- Counselling for whānau affected by family violence.
- Built rapport with rangatahi through sport-based sessions.

Before counselling I worked as a barista at Kōkako Café for four years.
- Built rapport with regulars and trained new staff.

Education
Graduate Diploma in Counselling, AUT, 2020
"""
raw2="""Tama Rewiti
Counsellor | Auckland | tama@mail.co.nz

Experience
Counsellor, Ōtara Family Services, 2021 - Present
I am a registered counsellor with five years' experience.
- Built rapport with rangatahi through sport-based sessions.
- Counselling for whānau affected by family violence.

Earlier I worked as a waitress at Kōkako Café.
I completed my counselling placement at Youthline.
- Built rapport with young callers in crisis.

Education
Graduate Diploma in Counselling, AUT, 2020
"""
raw3="""Tama Rewiti
Counsellor | Auckland | tama@mail.co.nz

Experience
Counsellor, Ōtara Family Services, 2021 - Present
- Counselling for whānau affected by family violence.

Hospitality, Auckland, 2012 - 2016
As a waitress at Kōkako Café.
- Built rapport with regulars and trained new staff.

Education
Graduate Diploma in Counselling, AUT, 2020
"""
raw4="""Tama Rewiti
Counsellor | Auckland | tama@mail.co.nz

Experience
Counsellor, Ōtara Family Services, 2021 - Present
- Counselling for whānau affected by family violence.

Hospitality, Auckland, 2012 - 2016
As a waitress at Kōkako Café, I learned to read people
- Built rapport with regulars and trained new staff.

Education
Graduate Diploma in Counselling, AUT, 2020
"""
raw5="""Tama Rewiti
Counsellor | Auckland | tama@mail.co.nz

Experience
Counsellor, Ōtara Family Services, 2021 - Present
As a counsellor I specialise in family violence.
- Built rapport with whānau through home visits.

Education
Graduate Diploma in Counselling, AUT, 2020
"""
raw6="""Tama Rewiti
Counsellor | Auckland | tama@mail.co.nz

Experience
Counsellor, Ōtara Family Services, 2021 - Present
The service closed its waitlist in 2023.
- Built rapport with whānau through home visits.

Education
Graduate Diploma in Counselling, AUT, 2020
"""
S("c2_bul1","raw",raw1,"?","bullet after full stop, prior hospitality sentence (not As a)")
S("c2_bul2","raw",raw2,"S","bullet after full stop, counsellor lines")
S("c2_bul3","raw",raw3,"C","As a waitress. then bullet")
S("c2_bul4","raw",raw4,"C","As a waitress, no full stop then bullet")
S("c2_bul5","raw",raw5,"S","As a counsellor. then bullet")
S("c2_bul6","raw",raw6,"S","unrelated full stop then bullet")
c2m=[
"As a chef, I built rapport with regulars.",
"As a chef I built rapport with regulars.",
"As a chef, built rapport with regulars.",
"As a waitress, built rapport with diners and handled complaints.",
"As a hostess, I built rapport with guests.",
"As a clerk, built rapport with customers at the counter.",
"As a guard, built rapport with shoppers and staff.",
"As an agent, built rapport with callers.",
"As a cook, built rapport with the front-of-house team.",
"As a barista at Flat White Co., built rapport with regulars.",
"As a waiter, built rapport with diners.",
"As a bartender, built rapport with regulars.",
"As a receptionist, built rapport with patients.",
"As a security guard, built rapport with shoppers.",
"As a travel agent, built rapport with customers.",
"As a counsellor, built rapport with clients.",
"As a trainee, built rapport with clients.",
"As a volunteer, built rapport with callers.",
"As a result, built rapport with hard-to-reach clients.",
"As a team, built rapport with families.",
"As a change agent, built rapport with clients who had disengaged.",
"As a guardian ad litem, built rapport with children.",
"As a chef-turned-counsellor, built rapport with clients quickly.",
"As a student counsellor, built rapport with clients on placement.",
]
for k,x in enumerate(c2m): S(f"c2_min{k:02d}",L[k%5],x,"C" if k<15 else "S","minimal As a form")
c2i=[
("b","As a chef at the Grand Hotel, I built rapport with regulars."),
("b","As a chef I built rapport with regulars and learned to read people."),
("b","As a guard, built rapport with shoppers."),
("b","As an agent, built rapport with callers."),
("b","As a waitress, built rapport with diners and handled complaints."),
("pr","As a waitress I built rapport with diners. Now, as a counsellor, I build rapport with clients."),
("b","As a security guard, built rapport with shoppers."),
("b","As a barista (2014-2016), built rapport with regulars."),
("b","As a kitchen porter, built rapport with regulars."),
("b","As a counsellor at the Grand Hotel staff service, built rapport with chefs."),
]
for k,(t,x) in enumerate(c2i): S(f"c2_iso{k:02d}",t,x,"C" if k not in (9,) else "S","isolation")
# ---- change 3 denials
c3=[
"I wouldn't call what we do therapeutic alliance; it is closer to mentoring.",
"We dropped the session rating scale in 2022 after staff feedback.",
"We stopped using the Session Rating Scale when the service was recommissioned.",
"We discontinued the measurement-based care pilot in 2023.",
"Treatment planning is not my job; the psychiatrist writes the plans.",
"Clinical supervision isn't my job at this service.",
"Treatment planning is not my responsibility in this role.",
]
for k,x in enumerate(c3): S(f"c3_chg{k:02d}",L[k%5],x,"C","denial")
c3v=[
"I would not call what we do therapeutic alliance; it is closer to mentoring.",
"I wouldn't describe what we do as a therapeutic alliance.",
"We abandoned the session rating scale in 2022.",
"We no longer use the Session Rating Scale.",
"We scrapped measurement-based care when funding ended.",
"We ceased using the Session Rating Scale in 2021.",
"Treatment planning was not my job; the psychiatrist wrote the plans.",
"Treatment planning is not part of my role.",
"Treatment planning isn't my responsibility.",
"Clinical supervision is not within my remit.",
"Treatment planning is the psychiatrist's job, not mine.",
"The team dropped the session rating scale in 2022.",
"We've stopped using the Session Rating Scale.",
"We had to drop measurement-based care in 2022.",
"I don't think what we do could be called a therapeutic alliance.",
"Clinical supervision: not my job.",
]
for k,x in enumerate(c3v): S(f"c3_var{k:02d}",L[k%5],x,"C","denial variant")
c3n=[
"We dropped the waitlist from 12 weeks to 3 using the session rating scale to target sessions.",
"Treatment planning is not my job alone — I co-write plans with each client.",
"Treatment planning is not my responsibility alone; I share it with the MDT.",
"We stopped using paper forms and moved the Session Rating Scale online.",
"We discontinued the waitlist and introduced measurement-based care for all clients.",
"We dropped the paper version of the Session Rating Scale for an app, lifting completion to 90%.",
"I wouldn't call what we do therapy in the narrow sense, but the therapeutic alliance is at its centre.",
"Clinical supervision is not my job title, but I supervise two trainees weekly.",
"We never dropped the session rating scale, even during lockdown.",
"We stopped using outcome measures that clients found intrusive and kept the Session Rating Scale.",
"Rushing is not my job; treatment planning is, and I do it collaboratively.",
"We discontinued group sessions but kept treatment planning reviews every six weeks.",
"I stopped using jargon so the therapeutic alliance felt equal.",
"Clients dropped out less once we introduced the Session Rating Scale.",
]
for k,x in enumerate(c3n): S(f"c3_keep{k:02d}",L[k%5],x,"S","denial false-positive check")
# ---- change 4 narrative
c4=[
("n","Since March 2019 I have worked as a counsellor at Avon Counselling Trust.","C"),
("n","Since 2020 I have been a psychotherapist with Relate Bristol.","C"),
("n","Since June 2021, I have worked as an addiction counsellor at Bristol Drugs Project.","C"),
("n","Since 2018 I've worked as a counsellor at Off The Record.","C"),
("n","I have worked as a counsellor at Avon Counselling Trust since March 2019.","C"),
("n","Since March 2019 I have been working as a counsellor at Avon Counselling Trust.","C"),
("n","Since March 2019 I have been employed as a counsellor by Avon Counselling Trust.","C"),
("n","Since January 2026 I have worked as a counsellor at Avon Counselling Trust.","C"),
("n","Since 2010 I have been a counsellor with Cruse Bereavement Support.","C"),
("n","Since March 2019 I have worked as a school counsellor at Clifton High.","C"),
("n","Since March 2019, I have been an accredited counsellor with Relate.","C"),
("n","Since 2017 I have worked as a psychotherapist in private practice.","C"),
("n","Since 2022 I have been a student on the MSc Counselling at UWE.","S"),
("n","Since March 2023 I have been a volunteer at Samaritans Bristol.","S"),
("n","Since 2015 I have worked as a chef at The Pump House.","S"),
("n","Since 2019 I have been a member of BACP.","S"),
("n","Since 2020 I have been a trainee counsellor at Bristol Mind.","?"),
("n","Since 2017 I have worked as a teacher at Clifton High.","S"),
("n","Since 2021 I have been a client of a counsellor myself, which shapes my practice.","S"),
("n","Since March 2023 I have been a volunteer counsellor at Samaritans Bristol.","?"),
("n","Since 2018 I have worked as a support worker at St Mungo's.","S"),
("n","Since 2016 I have been a counselling student, and since 2020 a counsellor.","?"),
("nb","Since March 2019 I have worked as a counsellor at Avon Counselling Trust.","S"),
("nb","Since 2015 I have been a counsellor with Relate.","S"),
("n","Since the pandemic I have worked as a counsellor online.","S"),
("n","Since March 2019 I have worked as a receptionist at a counselling service.","S"),
("n","Since March 2019 I have worked as a counsellor trainer at Bristol College.","?"),
("n","Since March 2019 I have studied to become a counsellor.","S"),
]
for k,(t,x,e) in enumerate(c4): S(f"c4_{k:02d}",t,x,e,"narrative post")
c4b=[
("n","Since March 2019 I have worked as a counsellor's assistant at Avon Counselling Trust.","S"),
("n","Since 2024 I have been a counsellor in training with Bristol Mind.","S"),
("n","Since 2019 I have been a counselling placement student at Bristol Mind.","S"),
("n","Since qualifying in 2019 I have worked as a counsellor at Avon Counselling Trust.","C"),
("n","Since 2019 I have worked as a counsellor at Avon Counselling Trust; it closed in 2022 and I now work in retail.","S"),
("n","From 2012 to 2018 I worked as a counsellor at Relate. Since 2019 I have been a full-time carer for my mother.","S"),
("n","Since 2019 I have been a client-facing counsellor with Relate.","C"),
("n","Since March 2019 I have been a parent, and I hope to work as a counsellor.","S"),
("n","Since 2012 I have been a supervisor of counsellors at Relate.","?"),
]
for k,(t,x,e) in enumerate(c4b): S(f"c4b_{k:02d}",t,x,e,"narrative post 2")
c3b=[
"Clinical supervision is not my job description's focus, yet I provide it to four counsellors.",
"Treatment planning isn't my job alone; clients co-author every plan.",
"We dropped the session rating scale into every session from week one.",
"We discontinued the old intake form; the session rating scale is now used at every session.",
"We stopped using the waitlist model and adopted measurement-based care.",
]
for k,x in enumerate(c3b): S(f"c3b_keep{k:02d}",L[k%5],x,"S","denial FP 2")
