import os
US="Mental Health Counselor (LPC), Lakeview Counseling Center, Madison WI | 06/2016 - present\n"
UK="Counsellor (MBACP), Harbour Wellbeing Service, Leeds | 2015 - present\n"
P={
# R1 still learning
"r1-grads-their":US+"- Clinical supervision of new graduates, still learning with their first clients.\n",
"r1-interns-me":US+"- Clinical supervision for two interns – still learning with me this year.\n",
"r1-cover-always":"Dear Hiring Manager,\nOver nine years I have built a strong therapeutic alliance with more than 300 clients, though I am always still learning.\n"+US,
"r1-but-tell":US+"- Provide clinical supervision to 4 associates, but as I tell them I am still learning too.\n",
"r1-nonnative-colleague":UK+"- Doing crisis intervention many years, I am still learning with colleagues from other teams.\n",
"r1-although-new":US+"- Motivational interviewing with adolescents, although I am still learning with parents in family sessions.\n",
"r1-control-legit":US+"- Feedback-informed treatment, which I am still learning.\n",
"r1-trainees-dash":UK+"- Clinical supervision of trainee counsellors - still learning with supervisees how to use video review.\n",
# R2
"r2-person-centred-expert":UK+"Person-centred practice: I would not call myself the expert, the client is the expert on their own life.\n",
"r2-pc-dash":US+"- Client-centered: I wouldn't call myself an expert - clients are the experts in their own lives.\n",
"r2-first-placement":UK+"- Crisis intervention: in my first placement I would not call myself confident, today I lead the out-of-hours team.\n",
"r2-as-trainee":US+"- Motivational interviewing - as a trainee I wouldn't call myself skilled, now I am a MINT member and train staff.\n",
"r2-2015":US+"- Treatment planning: in 2015 I would not call myself competent at it, since 2018 I audit plans for the whole clinic.\n",
"r2-and-yet":US+"- Motivational interviewing daily for 8 years; I would not call myself an expert and yet colleagues ask me to train them.\n",
"r2-control-legit":US+"- Motivational interviewing, though I would not yet call myself proficient.\n",
# R3
"r3-recert":US+"- Motivational interviewing recertification is scheduled for 2026.\n",
"r3-audit":UK+"- Clinical supervision audit is planned for next spring.\n",
"r3-renewal":US+"- Crisis intervention certification renewal is scheduled for early 2026.\n",
"r3-i-deliver":UK+"- Trust building workshops I deliver are planned for 2026 in three more schools.\n",
"r3-nonnative":UK+"- Crisis intervention certificate renew is planned for next year.\n",
"r3-rota":US+"- Crisis intervention on-call is scheduled for next year as well, same rotation as now.\n",
"r3-fit-review":UK+"- Feedback-informed treatment review is scheduled for the new year with our service manager.\n",
"r3-table":"Skill | Since | Next step\nMotivational interviewing | 2016 | refresher is scheduled for 2026\n"+US,
"r3-control-legit":US+"- Feedback-informed treatment rollout is planned to start in 2027.\n",
# R4
"r4-im-licensed-oncall":"Cover letter\nI'm a licensed counselor and I carry the on-call phone every weekend so I can provide crisis intervention to our clients.\n"+US,
"r4-level2":UK+"- I'm a Level 4 qualified counsellor and keep Fridays free so I can run crisis intervention cover for the team.\n",
"r4-degree-late":"I'm completing a part-time doctoral degree alongside a full caseload, and I hold late sessions so I can offer crisis intervention to shift workers.\n"+US,
"r4-registered-room":UK+"- I'm registered with the BACP and work from a ground-floor room so I can offer a safe therapeutic environment to wheelchair users.\n",
"r4-ill-continue":US+"- I'll keep my supervisor training current so I can provide clinical supervision to our associates as I do now.\n",
"r4-nonnative":UK+"- I am working in evenings and I am qualified by diploma so I can give crisis intervention for workers after job.\n",
"r4-will-continue":US+"- I will continue to hold my CCS credential so that I can supervise clinical supervision groups for LPC-Associates.\n",
"r4-control-legit":US+"- I am enrolled in the supervisor training course so I can eventually provide clinical supervision.\n",
# R5
"r5-in-use":US+"- SRS and ORS recommended by my supervisor in 2019 and in use ever since. I'd like to introduce it to the whole team.\n",
"r5-nice":UK+"- Feedback-informed treatment, as recommended by NICE, is standard in my caseload. I aim to trial it in groups next.\n",
"r5-manager-mentioned":US+"- Client feedback scores were mentioned by the clinic director as the highest in the team. I want to start sharing it with referrers.\n",
"r5-duncan":US+"The Session Rating Scale, recommended by Duncan and Miller, is given at every session. I plan to start using it in groups too.\n",
"r5-table":"Measure | Status\nWorking Alliance Inventory | recommended by supervisor, used since 2020\nI hope to begin reporting it to the board.\n"+US,
"r5-control-legit":UK+"- My supervisor recommended the Session Rating Scale. I would like to start using it next year.\n",
# R6
"r6-no-one":US+"- No other counselor in the service delivers crisis intervention as often as I do.\n",
"r6-not-only":US+"- Not only do I use motivational interviewing often, I train new staff in it.\n",
"r6-never-rush":UK+"- Never rush rapport building, often the most important part of the first session.\n",
"r6-without-often":US+"- Not a week goes by without crisis intervention, often two or three calls.\n",
"r6-templates":US+"- I don't rely on treatment planning templates much; every plan is written with the client.\n",
"r6-control-legit":US+"- I don't do crisis intervention often these days.\n",
# A
"a-staff-nurses":"Staff Counsellor, St James's NHS Trust Staff Support, Leeds | 2018 - present\n- Built rapport with nurses who refer colleagues after critical incidents and later attend sessions themselves.\n",
"a-as-well-as":"EAP Counselor, Workplace Options | 2017 - present\n- Developed a working alliance with supervisors who refer staff as well as the staff themselves.\n",
"a-parents-send":"School-Based Therapist, Eastside Middle School | 2019 - present\n- Built rapport with parents who send kids in crisis, and family sessions with both.\n",
"a-officers":"Police Wellbeing Counsellor, West Yorkshire Police | 2016 - present\n- Trust building with officers who signpost victims to us; I also counsel officers after trauma.\n",
"a-managers-later":"EAP Counselor, ComPsych | 2016 - present\n- Trust building with managers who frequently refer, many of whom later came to counselling.\n",
"a-control-legit":US+"- Built rapport with probation officers who refer clients.\n",
# B
"b-substance":UK+"As a substance misuse worker, I used motivational interviewing with every client for six years.\n",
"b-samaritans":UK+"- As a Samaritans listening volunteer, I used active listening on night shifts before training.\n",
"b-crisis-worker":US+"- As a crisis worker I provided crisis intervention on the mobile team for three years.\n",
"b-former-teacher":US+"As a former teacher, I now build rapport with adolescent clients in weekly counselling.\n",
"b-care-coord":UK+"- As a care coordinator, I led collaborative treatment planning with service users.\n",
"b-recovery-coach":US+"- As a recovery coach I used motivational interviewing with people in early recovery.\n",
"b-control-legit":US+"As a bank teller, I built rapport with customers.\n",
# C
"c-salvation":"Crisis Counsellor, Shopping Centre Outreach Team, Salvation Army | 2019 - present\n- Crisis intervention and active listening with people in distress.\n",
"c-mall-chaplain-gm":"Chaplain and Counselor, Mall of America Chaplaincy (reports to General Manager) | 2018 - present\n- Crisis intervention for staff and shoppers.\n",
# D
"d-work-inline":"SKILLS\nCrisis intervention\nWORK\nMental Health Counselor, Lakeview Counseling Center | 2016 - present\n- Therapeutic alliance with adults.\n",
# E
"e-month":"- Jane Doe, LPC\n- Mental Health Counselor, Lakeview Counseling Center\n- Jun 2016 - present\n- Therapeutic alliance with adults\n",
}
for k,v in P.items(): open(f"p/{k}.txt","w").write(v)
print(len(P))
