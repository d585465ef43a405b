import os, textwrap
P = {}
def r(name, body, layout=0):
    P[name] = body
# ---------- templates
def exp(title, org, dates, bullets, header="EXPERIENCE", name="Alex Morgan", summary=None, extra=""):
    s = f"{name}\n{title}\nalex.morgan@example.com | Leeds\n\n"
    if summary: s += "SUMMARY\n" + summary + "\n\n"
    s += f"{header}\n{title}, {org}, {dates}\n" + "\n".join("- "+b for b in bullets) + "\n"
    s += extra
    s += "\nEDUCATION\nMSc Counselling Psychology, University of Leeds, 2016\n"
    return s
C = "Counsellor"
O = "Northside Wellbeing Service"
D = "2018 - Present"
def c(name, bullets, **kw):
    P[name] = exp(kw.pop("title", C), kw.pop("org", O), kw.pop("dates", D), bullets, **kw)

# ===== 1a institutions heading object (should change -> no claim)
c("a01", ["Built rapport with the ward so referrals came faster.", "Used session rating scale with every client."])
c("a02", ["Developed a working alliance with the pharmacy team on medication reviews.", "Delivered CBT to adults."])
c("a03", ["Trust building with the local mosque to open a referral route.", "Active listening with clients in weekly sessions."])
c("a04", ["Built rapport with the homeless shelter down the road, which now refers to us.", "Treatment planning for 30 clients."])
c("a05", ["Established rapport with the magistrates' court listing office.", "Measurement-based care with all clients."])
c("a06", ["Built rapport with St Mary's Church and its hall committee.", "Clinical supervision monthly."])
c("a07", ["Built a strong working alliance with the GP surgery next door.", "Provided counselling to adults."])
c("a08", ["Built rapport with the fire station for our outreach days.", "Counselling for adults with anxiety."])
c("a09", ["Built rapport with the hostel, the charity and the local prison.", "Counselling for adults with anxiety."])
c("a10", ["Built rapport with the clinic's reception desk.", "Counselling for adults with anxiety."])
# 1a negatives (keep): institution as place
c("a11", ["Built rapport with patients at the hospital during bedside sessions."])
c("a12", ["Formed a working alliance with each resident of the halfway house."])
c("a13", ["Built rapport with the school's students through weekly drop-ins."], title="School Counsellor", org="Oakfield Academy")
c("a14", ["Built rapport with prisoners at HMP Leeds in one-to-one therapy."], title="Prison Counsellor", org="HMP Leeds")
c("a15", ["Trust building with shelter residents who had experienced domestic abuse."])
c("a16", ["Built rapport with ward patients on the acute psychiatric unit."])
c("a17", ["Built rapport with the clinic's clients, many of whom had never had therapy."])
c("a18", ["Built a working alliance with church members attending bereavement counselling."], title="Pastoral Counsellor", org="St Mary's Church")
c("a19", ["Built rapport with the families of the hospice."], title="Bereavement Counsellor", org="Wheatfields Hospice")
c("a20", ["Built rapport with pupils at the school who were refusing to attend."], title="School Counsellor")
c("a21", ["Built rapport with the company's employees through confidential EAP sessions."], title="EAP Counsellor", org="CareFirst EAP")
c("a22", ["Built rapport with hospital staff who self-referred after COVID waves."], title="Staff Support Counsellor", org="Leeds Teaching Hospitals")
c("a23", ["Built rapport with the business owners I counselled through bankruptcy."])
c("a24", ["Built rapport with the charity's service users."])
c("a25", ["Built rapport with the hospital chaplaincy's patients and families."])
# ===== 1b colleague heads
c("b01", ["Built rapport with housing officers to speed up rehousing.", "Counselling for adults."])
c("b02", ["Built a working alliance with interpreters on Farsi and Dari sessions."])
c("b03", ["Built rapport with midwives on the maternity unit."])
c("b04", ["Trust building with probation officers and parole officers."])
c("b05", ["Built rapport with liaison officers at the police station."])
c("b06", ["Built rapport with colleagues across the team."])
c("b07", ["Built rapport with caseworkers, coordinators and social workers."])
c("b08", ["Built rapport with the GPs who referred to us."])  # GP - variant, arguably colleague (underreach?)
c("b09", ["Built rapport with the social workers who refer families."])
c("b10", ["Built rapport with psychiatrists and ward nurses to coordinate care."])
c("b11", ["Built rapport with teachers to support referrals."], title="School Counsellor")
c("b12", ["Built rapport with the key workers at the hostel."])
c("b13", ["Built rapport with case managers at the local authority."])
c("b14", ["Built rapport with care coordinators across the CMHT."])
c("b15", ["Built a working alliance with our peer support workers."])
# 1b keep: staff-support counsellors whose clients are colleagues-type
c("b16", ["Built rapport with midwives after stillbirths in one-to-one debriefs."], title="Staff Support Counsellor", org="Leeds Maternity")
c("b17", ["Built rapport with caseworkers on sick leave for burnout."], title="Staff Wellbeing Counsellor", org="Leeds City Council")
c("b18", ["Built rapport with police officers who call me for support after critical incidents."], title="Occupational Counsellor", org="West Yorkshire Police")
c("b19", ["Built a working alliance with nurses who book their own sessions."], title="Staff Counsellor", org="NHS Trust")
c("b20", ["Built rapport with teachers who are wary of counselling."], title="Staff Wellbeing Counsellor", org="Leeds Schools Trust")
c("b21", ["Built rapport with probation officers experiencing secondary trauma."], title="Staff Counsellor", org="Probation Service")
c("b22", ["Built rapport with interpreters, and with the patients themselves."])
c("b23", ["Built rapport with housing officers, then with young people in their care."])
c("b24", ["Built rapport with caseworkers referred for stress counselling."], title="EAP Counsellor")
c("b25", ["Built rapport with coordinators struggling with burnout."], title="EAP Counsellor")
c("b26", ["Built rapport with colleagues in crisis through peer counselling."], title="Staff Support Counsellor")
c("b27", ["Built rapport with firefighters after traumatic callouts."], title="Trauma Counsellor", org="Fire Service")
c("b28", ["Built rapport with midwives grieving after a baby loss."], title="Staff Support Counsellor")
# ===== 1c clauses
c("c01", ["Built rapport with Leeds Mind, who text me when a client drops out."])
c("c02", ["Built rapport with the Spiritual Care team, who book our first sessions."])
c("c03", ["Built rapport with the CMHT, they call us for urgent assessments."])
c("c04", ["Built rapport with Youth Offending, who send boys to us weekly."])
c("c05", ["Built rapport with the outreach workers, who see the boys before we do."])
c("c06", ["Built rapport with the school nurses (they send pupils to me)."])
c("c07", ["Built rapport with the ward staff: they refer patients every week."])
c("c08", ["Built rapport with the Family Support Team; they refer parents to me."])
c("c09", ["Built rapport with the youth workers, who co-lead our groups."])
c("c10", ["Built rapport with the crew, so they call us after bad jobs."])
c("c11", ["Built rapport with the NSPCC, who send children to us."])
c("c12", ["Built rapport with Age UK Leeds, who refer older adults to us."])
c("c13", ["Built rapport with the drug agency, who send clients."])
c("c14", ["Built rapport with the Chaplaincy, who text me when someone is struggling."])
c("c15", ["Built rapport with the Samaritans, who pass on callers to us."])
c("c16", ["Built rapport with the volunteers, who run our front desk."])
# clauses keep
c("c17", ["Built rapport with the young men, who text me between sessions."])
c("c18", ["Built rapport with parents, who book their own follow-up sessions."])
c("c19", ["Built rapport with veterans, who call me for support at night."])
c("c20", ["Built rapport with refugees, who are wary of counselling."])
c("c21", ["Built rapport with the families, they call us when things get hard."])
c("c22", ["Built rapport with clients (they often text me to rebook)."])
c("c23", ["Built rapport with residents: they book our first sessions themselves."])
c("c24", ["Built rapport with the students, so they call us before exams."])
c("c25", ["Built rapport with survivors, who text me when they feel unsafe."])
c("c26", ["Built rapport with the Travellers, who call me for support."])
c("c27", ["Built rapport with Deaf clients, who text me to book sessions."])
c("c28", ["Built rapport with the boys, who see me weekly."])
c("c29", ["Built rapport with the workers, who text me when they need support after shifts."], title="Workplace Counsellor")
c("c30", ["Built rapport with the crew members, who call me after traumatic jobs for counselling."], title="Trauma Counsellor", org="Ambulance Service")
c("c31", ["Built rapport with Ukrainian Families, who text me to book sessions."])
c("c32", ["Built rapport with older people, who call us for support."])
c("c33", ["Built rapport with LGBTQ+ young people, who text me between sessions."])
c("c34", ["Built rapport with the Sikh Community, who send patients to us."])
c("c35", ["Built rapport with the NHS staff, who book their own sessions with me."], title="Staff Counsellor")

# ===== 2 earlier posts
c("d01", ["As a chef at The Ivy, I built rapport with regulars."], title="Trainee Counsellor")
c("d02", ["While working as a barista, I built rapport with customers.", "Now counselling adults."])
c("d03", ["When I was a waitress I developed active listening and empathy."])
c("d04", ["In my years as a security guard I learned trust building with the public."])
c("d05", ["During my time as a travel agent I built rapport with clients."])
c("d06", ["As a hotel receptionist, I built rapport with guests."])  # variant
c("d07", ["As a bartender, I built rapport with customers every night."])  # variant
c("d08", ["Working as a hairdresser, I built rapport with clients."])  # variant
c("d09", ["As a retail assistant at Next, I built rapport with shoppers."])
c("d10", ["When I worked as a call centre agent I practised active listening."])
c("d11", ["As a sales assistant, I built rapport with customers."])
c("d12", ["As a taxi driver I built rapport with passengers."])
# keep
c("d13", ["As a counsellor at Mind, I built rapport with clients."])
c("d14", ["As a trainee counsellor, I built rapport with clients on placement."], title="Trainee Counsellor")
c("d15", ["As a volunteer listener, I built rapport with callers in distress."])
c("d16", ["As a mother of three, I built rapport easily with young clients."])
c("d17", ["As a result, I built rapport with hard-to-reach clients."])
c("d18", ["As a team, we built a working alliance with every client."])
c("d19", ["While working as a counsellor, I built rapport with young people."])
c("d20", ["During my time as a school counsellor, I built rapport with pupils."])
c("d21", ["In my years as a psychotherapist I built a working alliance with over 300 clients."])
c("d22", ["When I was a support worker I built rapport with residents."])
c("d23", ["As a chef's partner, I built rapport with kitchen staff in couples work."])
c("d24", ["As a counsellor working with chefs and waitresses, I built rapport with hospitality workers."])
c("d25", ["As a former chef, I now build rapport with clients in recovery."])
c("d26", ["Working as a counsellor at a café project, I built rapport with baristas in recovery."])
c("d27", ["As a clerk, I built rapport with customers. Since 2020 I have built rapport with counselling clients."])
# ===== 3 denials
c("e01", ["I wouldn't call what we do a working alliance; it's mostly signposting.", "Delivered CBT."])
c("e02", ["I wouldn't describe what we do as measurement-based care."])
c("e03", ["We dropped the session rating scale in 2022."])
c("e04", ["The team stopped using the session rating scale after the audit."])
c("e05", ["We discontinued measurement-based care last year."])
c("e06", ["We scrapped the session rating scale."])
c("e07", ["Treatment planning is not my job; the psychiatrist does it."])
c("e08", ["Clinical supervision isn't my responsibility."])
c("e09", ["We abandoned the session rating scale after a pilot."])
c("e10", ["I would not call what we do measurement-based care."])  # variant
c("e11", ["We ditched the session rating scale."])  # variant
c("e12", ["The service phased out the session rating scale."])  # variant
c("e13", ["Treatment planning is not part of my role."])  # variant
c("e14", ["Clinical supervision was never my job."])  # variant
c("e15", ["I wouldn't call it rapport, more like tolerance."])  # variant
# keep
c("e16", ["We dropped the waitlist from 12 to 3 weeks using measurement-based care."])
c("e17", ["Treatment planning is not my job alone; I share it with the client."])
c("e18", ["Clinical supervision is not my job title but I provide it weekly."])
c("e19", ["We dropped the paper forms and moved the session rating scale online."])
c("e20", ["We stopped using paper and now use the session rating scale on tablets."])
c("e21", ["I would call what we do a working alliance in the truest sense."])
c("e22", ["We dropped our fees so that clients could access treatment planning sessions."])
c("e23", ["Treatment planning is my job, and I take it seriously."])
c("e24", ["We introduced the session rating scale after we dropped the old intake form."])
c("e25", ["The team dropped in weekly for clinical supervision."])
# goals
def goals(name, lines, extra_bullets=None):
    P[name] = exp(C, O, D, extra_bullets or ["Counselling adults with anxiety and depression."], extra="\nGOALS\n" + "\n".join("- "+l for l in lines) + "\n")
goals("g01", ["By 2027 I will introduce the session rating scale to my practice."])
goals("g02", ["In 2028, complete training in measurement-based care."])
goals("g03", ["2027: begin clinical supervision of trainees."])
goals("g04", ["Next year, introduce the session rating scale."])  # variant, no year
goals("g05", ["By 2030 become an accredited supervisor."])
# keep
goals("g06", ["In 2021 I introduced the session rating scale, and I want to extend it."])
goals("g07", ["Since 2019 I have used measurement-based care; next I want to publish."])
goals("g08", ["Completed 2023: training in clinical supervision. Continue to build rapport with clients."])
goals("g09", ["Having led treatment planning since 2020, I aim to mentor others by 2027."])
goals("g10", ["In 2024 I earned certification in measurement-based care."])
# hedges
c("h01", ["I work on client engagement, though whether it's real engagement, honestly, I'm not always sure."])
c("h02", ["We track rapport each session; whether it's true rapport I can't always tell."])
c("h03", ["I use measurement-based care, but whether it's real care, I'm not sure."])
c("h04", ["Client engagement improved 40% (real engagement, measured by attendance)."])  # keep
c("h05", ["I led client engagement work; whether it helped retention, I'm not always sure."])  # keep-ish? phrase last word not repeated -> stays
c("h06", ["Strong client engagement, with real engagement seen in outcomes."])  # keep

# ===== 4 narrative posts
def narr(name, text, work=None):
    s = "Sam Patel\nsam.patel@example.com\n\nPROFILE\n" + text + "\n"
    if work: s += "\n" + work + "\n"
    s += "\nEDUCATION\nMA Counselling, University of York, 2015\n"
    P[name] = s
narr("n01", "Since March 2019 I have worked as a counsellor at Leeds Mind, building rapport with adults and using the session rating scale.")
narr("n02", "Since June 2021 I have been a psychotherapist with Talking Therapies Leeds. I use measurement-based care.")
narr("n03", "Since January 2017 I've been working as a school counsellor at Oakfield Academy, where I build rapport with pupils.")
narr("n04", "Since September 2020 I have worked as a trainee counsellor at Leeds Mind. I use active listening.")
narr("n05", "Since May 2018 I have been a volunteer counsellor at Samaritans. I practise active listening.")
narr("n06", "Since April 2016 I have worked as a counsellor at Relate, until it closed in 2022. I built rapport with couples.")
narr("n07", "Since March 2019 I have worked as a counsellor at Leeds Mind. I build rapport with clients.",
     "EXPERIENCE\nCounsellor, Leeds Mind, 2019 - Present\n- Built rapport with clients.")
narr("n08", "Since March 2019 I have worked as a barista at Costa while studying counselling. I practise active listening.")
narr("n09", "Since 2019 I have worked as a counsellor at Leeds Mind. I build rapport with clients.")  # variant no month
narr("n10", "I have worked as a counsellor at Leeds Mind since March 2019, building rapport with adults.")  # variant
narr("n11", "Since Sept 2020 I've been a CBT therapist with Leeds Talking Therapies, using measurement-based care.")
narr("n12", "Since March 2019 I have been studying counselling at the University of Leeds. I practise active listening.")
narr("n13", "Since March 2019 I have worked as a counselling placement student at Leeds Mind. Active listening.")
narr("n14", "Since March 2019 I have worked as an assistant psychologist at Leeds Mind, building rapport.")
narr("n15", "Since March 2019 I have worked as a counselling skills trainer at Leeds College. Active listening.")
narr("n16", "Since October 2026 I have worked as a counsellor at Leeds Mind. I build rapport with clients.")
narr("n17", "Since March 2019 I have worked as a family therapist at Leeds Family Service, and left in 2023. Rapport with families.")
narr("n18", "Since March 2019 I have been working as a bereavement counsellor with Cruse. I build rapport with the bereaved.")
narr("n19", "Since March 2019 I have been a counsellor. I build rapport with clients.")  # no at/with
narr("n20", "Since March 2019 I have worked as a mental health nurse at St James's. I build rapport with patients.")
# ===== 5 another trade
def trade(name, title, org, bullets):
    P[name] = exp(title, org, "2017 - Present", bullets)
trade("t01", "Street Cleansing Operative", "Leeds City Council", ["Council street cleansing and removal of drug litter.", "Built rapport with residents."])
trade("t02", "Waste Management Officer", "Biffa Waste Management Services", ["Refuse collection routes.", "Built rapport with the public."])
trade("t03", "Street Sweeper", "Bradford Council", ["Built rapport with shopkeepers.", "Active listening to complaints."])
trade("t04", "Sanitation Supervisor", "City Sanitation", ["Trust building with crews.", "Empathy."])
trade("t05", "Recycling Operative", "Veolia", ["Built rapport with residents.", "Active listening."])  # variant
trade("t06", "Bin Collector", "Leeds City Council", ["Built rapport with residents."])  # variant
trade("t07", "Litter Picker", "Keep Britain Tidy", ["Built rapport with volunteers."])  # variant
# keep
c("t08", ["Counselled refuse collection workers after a fatal accident; built rapport with each man."], title="Trauma Counsellor")
c("t09", ["Built rapport with street sweepers and sanitation staff referred through the council EAP."], title="EAP Counsellor")
c("t10", ["Delivered counselling on the drug litter harm-reduction project; built rapport with people who inject drugs."], title="Substance Misuse Counsellor")
c("t11", ["Built rapport with clients; previously worked in waste management services for 5 years."])
c("t12", ["Counselling for council street cleansing staff; built a working alliance with each client."], title="Staff Counsellor", org="Leeds City Council")

for k,v in P.items():
    open(f"p/{k}.txt","w").write(v)
print(len(P))
