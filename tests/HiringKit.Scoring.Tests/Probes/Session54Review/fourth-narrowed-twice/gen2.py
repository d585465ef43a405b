US="Mental Health Counselor (LPC), Lakeview Counseling Center, Madison WI | 06/2016 - present\n"
UK="Counsellor (MBACP), Harbour Wellbeing Service, Leeds | 2015 - present\n"
P={
"r1-min-interns":US+"- Clinical supervision of interns, still learning with me.\n",
"r1-fostercarers":UK+"- Run active listening workshops for foster carers, still learning with their children.\n",
"r1-associates-caseload":US+"- Clinical supervision for LPC-Associates, still learning with their first caseloads.\n",
"r2-during-training":US+"- Motivational interviewing: during my training I wouldn't call myself confident, now I supervise MI practice.\n",
"r2-first-year-nn":UK+"- Crisis intervention: first year I would not call myself confident, now I am team lead.\n",
"r2-min-pc":US+"- Person-centered: I wouldn't call myself an expert.\n",
"r2-pc-bare":US+"- Person-centered: I would not call myself expert, the client knows best.\n",
"r3-expansion":US+"- Crisis intervention service expansion to two more counties is planned for 2026.\n",
"r3-booster":UK+"- Motivational interviewing booster training is scheduled for next year.\n",
"r3-wai-paper":US+"- Working Alliance Inventory data paper is scheduled for 2026.\n",
"r3-and-block":US+"- Lead crisis intervention and weekend cover is planned for next year.\n",
"r4-spanish-level":US+"- I am studying Spanish at level B2 so I can offer motivational interviewing in Spanish.\n",
"r4-im-certified":US+"- I'm certified in QPR and I'm on call Tuesdays so I can provide crisis intervention after hours.\n",
"r4-min-continue":US+"- I will keep my license current so I can provide crisis intervention.\n",
"r5-srs-since":UK+"- The Session Rating Scale was recommended by my supervisor in 2019 and has been used at every session since. I'd like to introduce it to the whole team.\n",
"r5-cf-publish":US+"- Client feedback, as my supervisor suggested, is collected at every session. I hope to start publishing it in our annual report.\n",
"a-teachers-pupils":"School Counsellor, Oakfield Academy | 2018 - present\n- Built rapport with teachers who refer pupils, and the pupils themselves.\n",
"a-gps-clients":US+"- Built rapport with GPs who refer clients.\n",
"a-employers-fund":"EAP Counselor, ComPsych | 2016 - present\n- Trust building with employers who fund places, and with their staff in sessions.\n",
"b-former-hr":"EAP Counselor, ComPsych | 2016 - present\nAs a former HR manager, I bring empathy and active listening to EAP counselling.\n",
"b-ex-police":US+"As an ex-police officer, I build rapport with first responders in therapy.\n",
"b-retired-teacher-bullet":US+"- As a retired teacher I use empathy and rapport daily with adolescent clients.\n",
"e-person-first":"- Dr. Ann Lee, clinical supervisor\n- Crisis intervention\n- 2019 - 2021\n- Counsellor, Harbour Wellbeing Service\n- 2021 - present\n- Therapeutic alliance with adults\n",
}
for k,v in P.items(): open(f"q/{k}.txt","w").write(v)
print(len(P))
