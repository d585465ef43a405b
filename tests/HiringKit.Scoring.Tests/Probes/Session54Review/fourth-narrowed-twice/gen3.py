US="Mental Health Counselor (LPC), Lakeview Counseling Center, Madison WI | 06/2016 - present\n"
UK="Counsellor (MBACP), Harbour Wellbeing Service, Leeds | 2015 - present\n"
P={
"r1-cover-but":"I am a trauma-informed counsellor with strong rapport with young people, but like everyone I am still learning.\n"+UK,
"r1-heart-my":US+"Working alliance is at the heart of my practice and I'm still learning with my clients.\n",
"r1-every-hold":US+"- Crisis intervention with teens, still learning with every case.\n",
"r3-cred-table":"Credential | Issued | Status\nCrisis intervention (CIT) | 2018 | renewal is scheduled for 2026\n"+US,
"r3-new-cohort":US+"- Clinical supervision group for the new cohort is scheduled to start in 2026; I have supervised 12 associates since 2019.\n",
"r4-spanish-course":US+"- I'm taking an evening Spanish course so I can offer motivational interviewing to Spanish-speaking families.\n",
"r4-bsl":UK+"- I am completing a Level 3 BSL qualification so I can provide crisis intervention to Deaf clients in their own language.\n",
"r5-introduced-me":UK+"- My supervisor introduced me to the Working Alliance Inventory in 2020 and it is now part of every intake. I hope to start using it at review points too.\n",
"r6-unanswered":US+"- No crisis intervention call goes unanswered, often within minutes.\n",
"r6-never-missed":UK+"- Never missed clinical supervision much in ten years.\n",
"a-as-well-as-their":US+"- Built rapport with GPs who refer, as well as their patients.\n",
"a-hr-themselves":"EAP Counselor, ComPsych | 2016 - present\n- Built rapport with HR managers who refer staff and sometimes themselves.\n",
"b-team-leader":US+"- As a team leader, I provide clinical supervision to five counselors.\n",
"b-lecturer":UK+"- As a lecturer I teach active listening and empathy on the counselling diploma.\n",
"b-coach":US+"- As a coach, I use motivational interviewing with clients in recovery.\n",
"b-mentor":UK+"- As a mentor I built rapport with care leavers before training as a counsellor.\n",
"b-trainer":US+"- As a trainer, I deliver motivational interviewing workshops for clinic staff.\n",
"b-ex-teacher-cover":"Dear Ms Patel,\nI retrained as a counsellor in 2015. As an ex-teacher, I find rapport with adolescents comes easily, and I have used it in counselling for nine years.\n"+UK,
}
for k,v in P.items(): open(f"m/{k}.txt","w").write(v)
print(len(P))
