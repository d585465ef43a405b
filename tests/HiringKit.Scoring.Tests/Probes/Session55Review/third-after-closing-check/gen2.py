P={
"g01":"Motivational interviewing is harder by phone. I try but the calls drop.",
"g02":"Rapport with adolescents - with those in care, it is hard. I try, and 90% stay for the full programme.",
"g03":"Professional boundaries are harder in rural practice. I do my best and have had no complaints in six years.",
"g04":"Trust building is harder with veterans. I try. I always succeed by the fourth session.",
"g05":"The service will roll out my rapport-building protocol, developed with 300 clients, across all sites.",
"g06":"Designed the session rating scale workflow the clinic will introduce in 2026.",
"g07":"Led the team that will roll out feedback-informed treatment; have used it with my own caseload since 2019.",
"g08":"Used motivational interviewing for five years; the agency will start using it too.",
"g09":"Working alliance with interpreters referred for counselling after deployment.",
"g10":"Rapport with interpreters and their families, who are seen as clients of the service.",
"g11":"Rapport with coordinators and staff who attend the staff support service for counselling.",
"g12":"Rapport with interpreters, whom I counsel after distressing assignments.",
"g13":"I try empathy first, then problem-solving, with every client in the first session.",
"g14":"I try reflective listening techniques from my MI training in every session.",
"g15":"Where I try rapport building early, clients stay longer (retention 85%).",
"g16":"Crisis intervention - with clients on the ward at night, it is hard. I do my best with the on-call team, and no client has come to harm.",
"g17":"Therapeutic alliance with mandated clients is harder; I try, but some disengage.",
"g18":"Will introduce myself and build rapport with each new client within the first five minutes.",
"g19":"Will pilot new groups; rapport with clients is my strength.",
"g20":"Clients are told the counsellor will introduce treatment planning in session two; I lead treatment planning with 40 clients a year.",
"g21":"Working alliance with the interpreters and the clients they interpret for.",
"g22":"Rapport with interpreters - the service's 12 staff interpreters, each offered 6 counselling sessions after the flood.",
"g23":"Empathy for drillers and geologists at remote mine sites, as their EAP counsellor.",
}
ROLES={
"h01":("Geologist and Peer Support Counsellor, Pilbara Mining | 2010 - 2017","Provided peer counselling to miners; built rapport with clients after incidents.","Counsellor, Riverside Health | 2018 - Present","Therapeutic alliance with adults."),
"h02":("Counsellor, Drilling Services Wellbeing Program | 2018 - Present","Counselling for drilling crews; therapeutic alliance with clients on rotation.",None,None),
"h03":("EAP Counsellor to Geologists and Drillers, MineCare | 2018 - Present","Working alliance with clients on fly-in rosters.",None,None),
"h04":("Drilling Supervisor, Deep Rock | 2012 - 2017","Counselled crew members after incidents; empathy for clients of the site's support programme.","Counsellor, Riverside Health | 2018 - Present","Active listening and rapport with clients."),
"h05":("Hydrogeologist (career change) and Trainee Counsellor, Riverside Health | 2016 - 2018","Counselling placement: rapport with clients in the anxiety clinic.","Counsellor, Riverside Health | 2018 - Present","Treatment planning with adults."),
"h06":("Counsellor, Riverside Health | 2018 - Present","Clients include drilling supervisors and geologists; therapeutic alliance with each.",None,None),
"h07":("Counsellor and Coordinator, Riverside Health | 2018 - Present","Rapport with clients in crisis.",None,None),
"h08":("Interpreter, Refugee Health | 2010 - 2016","Active listening with clients in sessions, interpreting for counsellors.","Counsellor, Refugee Health | 2017 - Present","Therapeutic alliance with refugee clients."),
}
for k,v in P.items():
    open(f"p/{k}.txt","w").write(f"Alex Morgan\nCounsellor, Riverside Health | 2018 - Present\n- {v}\n- Provide individual counselling to adults with anxiety and depression.\n")
for k,(t1,b1,t2,b2) in ROLES.items():
    s=f"Alex Morgan\n{t1}\n- {b1}\n"
    if t2: s+=f"{t2}\n- {b2}\n"
    open(f"p/{k}.txt","w").write(s)
