H="Counsellor, Riverbend Behavioral Health, Columbus OH | 03/2021 - present\n"
P={
"r1-list-other":"- Skills: active listening, treatment planning, EMDR – still learning\n",
"r1-list-mi":"- Active listening, empathy and rapport with teens; EMDR – still learning\n",
"r1-client-quote":"- Motivational interviewing with clients who tell me, still learning, that change is slow\n",
"r1-denial":"- Not yet confident in crisis intervention, still learning\n",
"r1-para-I":"I have built a strong therapeutic alliance with adult clients and I am still learning how to do the same with adolescents.\n",
"r2-bullet-next":"- Motivational interviewing with every intake\n- Would not call myself fluent in Spanish\n",
"r2-fluent-lang":"- Deliver crisis intervention in English and Spanish, though I would not call myself fluent in Spanish.\n",
"r3-bullet-next":"- Clinical supervision of 3 associates\n- Annual audit is scheduled for Q1\n",
"r3-session":"- Weekly therapeutic alliance check-ins with each client; the next session is scheduled for this Friday.\n",
"r3-client-plan":"- Collaborative treatment planning with a client whose move to assisted living is planned for later this year\n",
"r3-denial":"- No measurement-based care yet; a pilot is planned for 2027.\n",
"r4-present":"- I see clients in the evening so that I can offer crisis intervention after school hours.\n",
"r4-since":"- Became a Board-approved supervisor in 2023 so I can provide clinical supervision toward LPC hours.\n",
"r4-bullet":"- Completed supervisor training in 2022, so I could take on clinical supervision of interns\n",
"r5-not-I":"- Working Alliance Inventory administered at sessions 3 and 10. We aim to publish it as a case series.\n",
"r5-hope-it":"- Client feedback collected via the ORS at every session. I hope to keep it that way as the clinic grows.\n",
"r6-often-next":"- No crisis intervention on my caseload, often because referrals go to the mobile team.\n",
"r6-much-time":"- I don't do treatment planning much anymore since moving to the intake role.\n",
"r6-not-just":"- Not just motivational interviewing, often combined with ACT and CBT.\n",
}
for k,v in P.items(): open(f"q/{k}.txt","w").write(H+v)
