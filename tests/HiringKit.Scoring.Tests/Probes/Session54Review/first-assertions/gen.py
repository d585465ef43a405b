import os
H="Counsellor, Riverbend Behavioral Health, Columbus OH | 03/2021 - present\n"
P={
# rule 1 false positives / boundaries
"r1-other-skill":"- Strong therapeutic alliance with adults, still learning Spanish\n",
"r1-clients-learning":"- Crisis intervention for refugee teens, still learning English\n",
"r1-intern":"- Supervise an intern in motivational interviewing; she is still learning\n",
"r1-we-all":"- The therapeutic alliance matters most; we are all still learning.\n",
"r1-from-clients":"- Rapport with adolescents is my strength, and I am still learning from every client.\n",
"r1-next-bullet":"- Built rapport with adolescents and families\n- Still learning: EMDR (Level 1, 2026)\n",
"r1-next-line-nopunct":"Key skills\nTherapeutic alliance with adults\nStill learning with teens\n",
"r1-newsent":"- Strong rapport with clients. Still learning.\n",
"r1-wrap":"- Built rapport with veterans and their spouses, still\n  learning couples work (Gottman L1)\n",
"r1-parens-miss":"- Motivational interviewing (still learning)\n",
"r1-ropes-miss":"- Motivational interviewing: still learning the ropes\n",
"r1-which-im":"- Professional boundaries, which I'm still learning to hold with teens\n",
"r1-intended-dash":"- Rapport – ok w/ adults, still learning w/ teens\n",
"r1-intended-part":"- Professional boundaries are the part I’m still learning.\n",
"r1-kids-learning":"- Active listening with children still learning to name feelings\n",
"r1-co-therapist":"- Co-led DBT skills group with a new therapist; modelled rupture and repair - she's still learning\n",
# rule 2
"r2-other-skill":"- Use motivational interviewing daily with clients, though I would not call myself an expert in DBT.\n",
"r2-next-sentence":"- Motivational interviewing with every intake. I would not call myself fluent in Spanish, but I get by.\n",
"r2-curly":"- I use parts of motivational interviewing, though I wouldn’t call myself proficient.\n",
"r2-yet":"- I use parts of motivational interviewing, though I would not yet call myself proficient.\n",
"r2-intended":"- I use parts of motivational interviewing in sessions, though I would not call myself proficient.\n",
"r2-other-person":"- Co-facilitated motivational interviewing groups; my co-lead would not call myself an expert, she'd say I was a quick study.\n",
"r2-supervision-spanish":"- Provide clinical supervision to 3 associates and Spanish-language sessions, though I wouldn't call myself fluent.\n",
# rule 3
"r3-discharge":"- Crisis intervention for inpatients whose discharge is planned for next week\n",
"r3-reviews":"- I provide clinical supervision to two associates, whose reviews are scheduled for next month.\n",
"r3-refresher":"- Delivered crisis intervention for 5 years; a refresher course is planned for 2027.\n",
"r3-surgery":"- Motivational interviewing with pre-op clients whose surgery is scheduled\n",
"r3-intended":"- A measurement-based care pilot in our clinic is planned for 2027.\n",
"r3-early":"- A measurement-based care pilot in our clinic is planned for early 2027.\n",
"r3-to-start":"- Feedback-informed treatment rollout is planned to start in 2027.\n",
"r3-groups":"- Run motivational interviewing groups weekly; two more are scheduled for this spring.\n",
"r3-followups":"- Treatment planning with each client, and follow-ups are scheduled for this month.\n",
# rule 4
"r4-completed":"- Completed the supervision credential in 2022 so that I can provide clinical supervision to associates.\n",
"r4-caseload":"- I keep my caseload small so I can offer a safe therapeutic environment to each client.\n",
"r4-learned-spanish":"- Learned Spanish in 2019 so I can offer motivational interviewing in clients' first language.\n",
"r4-intended":"- I am starting a supervision training in 2027 so that I can offer clinical supervision.\n",
"r4-eventually":"- Enrolled in supervision training (2027) so I can eventually offer clinical supervision.\n",
"r4-be-able":"- Enrolled in supervision training (2027) so I will be able to offer clinical supervision.\n",
"r4-evenings":"- I work evenings so clients can keep appointments, and so I can run crisis intervention cover for the team.\n",
# rule 5
"r5-keep-using":"- The Session Rating Scale is given at the end of every session. I plan to keep using it in private practice.\n",
"r5-expand":"- Session Rating Scale completed by every client since 2022. I would like to expand it to the group programme.\n",
"r5-next-bullet":"- Session Rating Scale at every session\n- I hope to make it to the ACA conference in 2027\n",
"r5-intended":"- My supervisor suggested the Session Rating Scale. I hope to start using it next year.\n",
"r5-id-like":"- My supervisor suggested the Session Rating Scale. I'd like to start using it next year.\n",
"r5-teach":"- ORS and SRS scores charted weekly for all 40 clients. I aim to teach it to our new hires.\n",
# rule 6
"r6-much-less":"- Not trained in motivational interviewing, much less certified.\n",
"r6-much-as":"- No crisis intervention experience, much as I would like it.\n",
"r6-often-other":"- No clinical supervision available, often the only clinician on site.\n",
"r6-intended":"- I do not look at the client feedback very often.\n",
"r6-as-often":"- I haven't done crisis intervention as often as I'd like.\n",
"r6-frequently-cl":"- Never had a therapeutic alliance rupture frequently enough to log it.\n",
"r6-without-much":"- Worked without clinical supervision for much of 2023.\n",
}
for k,v in P.items():
    open(f"p/{k}.txt","w").write(H+v)
print(len(P))
