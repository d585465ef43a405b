import os
P={
# 1. I try before phrase
"a01":"I try reflective listening with the men, but they rarely open up in the first sessions.",
"a02":"I try to build rapport with every new client in the first session.",
"a03":"I try new approaches to rapport with adolescents who refuse to talk.",
"a04":"Each week I try motivational interviewing with a different group of clients.",
"a05":"I try motivational interviewing with every ambivalent client and document change talk.",
"a06":"What I try first is active listening; it settles most clients within minutes.",
"a07":"Whenever I try empathy with resistant teens, they soften by the third session.",
"a08":"I try hard to keep professional boundaries, and supervision confirms I do.",
"a09":"I try, where possible, trust building with families before the first home visit.",
"a10":"I tried reflective listening with the men's group and attendance doubled.",
"a11":"I try active listening, but it is not always enough with clients in acute crisis.",
"a12":"Skills: I try empathy, rapport, active listening.",
# 2. difficulty after phrase + struggle
"b01":"Professional boundaries - with clients who have nobody else, it is hard. I try, but some weeks I answer messages late at night.",
"b02":"Rapport with adolescents is harder than with adults. I do my best with them.",
"b03":"Rapport with adolescents is harder than with adults; I do my best with limited resources and the outcomes show it.",
"b04":"Therapeutic alliance with court-mandated clients is harder to build. I try to start with their goals, and retention reached 80%.",
"b05":"Active listening - in a noisy ward, it is hard. I try.",
"b06":"Crisis intervention is harder at night. I do my best and call the on-call psychiatrist.",
"b07":"Built rapport with court-mandated clients, which is harder than with voluntary clients, and retained 85% through the programme.",
"b08":"Professional boundaries, it is important. I try, but clients test them.",
"b09":"Empathy - with perpetrators, it is hard. I try new approaches each month and supervision has seen the change.",
"b10":"Motivational interviewing is harder to deliver by phone. I try but the calls drop.",
"b11":"Treatment planning is harder with clients who move often. I do my best with the team and we meet every target.",
"b12":"Empathy comes easily. It is hard work though. I try.",
"b13":"Rapport - with clients in withdrawal, it is hard, and I try motivational interviewing first.",
"b14":"Professional boundaries are harder in a small town where I meet clients at the shop. I try. Supervision helps.",
# 3. will X
"c01":"Will trial feedback-informed treatment with the adolescent caseload next quarter.",
"c02":"Will introduce the session rating scale across the team in 2025.",
"c03":"In 2019 I said I will introduce the session rating scale, and I did: now used in every session.",
"c04":"Introduced the session rating scale across the team in 2020; will roll out the working alliance inventory next.",
"c05":"Clients will start using the app between sessions; I maintain the therapeutic alliance through weekly calls.",
"c06":"Will pilot measurement-based care in the eating disorders clinic.",
"c07":"Piloted measurement-based care in 2019 which management said will introduce better outcomes.",
"c08":"Will start using motivational interviewing once I finish the certification.",
"c09":"The clinic will roll out client feedback forms; I already use client feedback in every session.",
"c10":"Supervisors will trial my rapport-building protocol; I have used rapport building with 300 clients.",
"c11":"Trialled feedback-informed treatment (the team will introduce it clinic-wide).",
# 4. interpreters / mediators / coordinators
"d01":"Working alliance with the interpreters: debrief after hard sessions.",
"d02":"Support interpreters exposed to vicarious trauma; built a working alliance with the interpreters over twelve sessions each.",
"d03":"Counsellor to interpreters and language mediators: rapport with interpreters who had witnessed violence, in weekly sessions.",
"d04":"Rapport with clients and their interpreters in three languages.",
"d05":"Rapport with community coordinators recovering from burnout, in six-session counselling blocks.",
"d06":"Rapport with coordinators of the camp's sectors, to plan referrals.",
"d07":"Working alliance with mediators in family disputes (community mediation service).",
"d08":"Working alliance with the cultural mediators and the families they bring.",
"d09":"Provide counselling to coordinators and volunteers; strong therapeutic alliance with each.",
"d10":"Rapport with the interpreter, so the client feels heard.",
"d11":"Therapeutic alliance with interpreters as clients: 40 interpreters seen after deployment.",
"d12":"Working alliance with language mediators: shared session plans, pre-briefs and debriefs.",
# 5. other trade: geologists etc
"e01":"Employee assistance counsellor to hydrogeologists and drillers at remote sites; rapport with workers on fly-in rosters.",
"e02":"Counselling for mine workers: rapport with drillers and their families after the collapse.",
"e03":"Worked with drilling supervisors to build trust building sessions for crews.",
"e04":"Before counselling I was a geologist; now I build therapeutic alliance with clients in rural areas.",
"e05":"Supported geologists' wellbeing; motivational interviewing with FIFO workers.",
"f01":"Reviewing the product team's client engagement dashboards.",
"f02":"Client engagement, tracked through our dashboards, rose 25%.",
"f03":"Client engagement rose 25%; built dashboards for the board later that year.",
}
ROLES={
"e06":("Hydrogeologist, Aqua Surveys | 2010 - 2017","Built rapport with landholders during borehole surveys.","Counsellor, Riverside Health | 2018 - Present","Built therapeutic alliance with clients in rural areas."),
"e07":("Drilling Supervisor, Deep Rock | 2012 - 2017","Used active listening with crews on night shifts.","Counsellor, Riverside Health | 2018 - Present","Active listening and rapport with clients."),
"e08":("Counsellor, Geologists' Wellbeing Service | 2018 - Present","Therapeutic alliance with clients who are geologists and drillers.",None,None),
"d13":("Counsellor and Interpreter Coordinators' Support, Refugee Health | 2018 - Present","Rapport with clients and families across six languages.",None,None),
"d14":("Counsellor, Riverside Health | 2018 - Present","Rapport with coordinators.",None,None),
"d15":("Care Coordinators Lead Counsellor, Riverside Health | 2018 - Present","Working alliance with clients with complex needs.",None,None),
"e09":("Borehole Technician, Water Authority | 2008 - 2015","Crisis intervention training for site staff.","Counsellor, Riverside Health | 2018 - Present","Crisis intervention with clients at risk."),
"e10":("Counsellor, Riverside Health | 2018 - Present","Empathy for clients; former geologist, drilling supervisor experience helps with FIFO workers.",None,None),
}
for k,v in P.items():
    open(f"p/{k}.txt","w").write(f"Alex Morgan\nCounsellor, Riverside Health | 2018 - Present\n- {v}\n- Provide individual counselling to adults with anxiety and depression.\n")
for k,(t1,b1,t2,b2) in ROLES.items():
    s=f"Alex Morgan\n{t1}\n- {b1}\n"
    if t2: s+=f"{t2}\n- {b2}\n"
    open(f"p/{k}.txt","w").write(s)
print(len(P)+len(ROLES))
