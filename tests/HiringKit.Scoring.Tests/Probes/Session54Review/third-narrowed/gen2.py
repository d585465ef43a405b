H="Mental Health Counselor (LPC), Northside Family Services, Tulsa OK | 01/2017 - present\n"
P={
"r1-semicolon-other": H+"- Rapport with teens comes naturally; DBT I am still learning.\n",
"r1-field": H+"- Motivational interviewing for 8 years in addiction services, a field where I am still learning.\n",
"r1-table": H+"\nSkill | Level\nMotivational interviewing | Advanced\nEMDR | still learning\n",
"r1-min-with": H+"- Crisis intervention; still learning with each client.\n",
"r1-from-holds": H+"- Crisis intervention; still learning from each client.\n",
"r3-weekly-holds": H+"- Weekly clinical supervision is scheduled for all associates.\n",
"r3-min-end": H+"- Clinical supervision is scheduled.\n",
"r3-intended": H+"- Feedback-informed treatment rollout is planned for 2027.\n",
"r4-take-late": H+"- I take the late shift so I can offer crisis intervention after work hours.\n",
"r4-min-taking": H+"- Taking late shifts so I can offer crisis intervention.\n",
"r5-report-board": H+"- Working Alliance Inventory scores improved 20% over 2022. I plan to start reporting it to the board.\n",
"r5-keep-we": H+"- Session Rating Scale used at every session. We plan to introduce it to groups.\n",
"r6-without-much": H+"\nI believe that without empathy much of counselling fails.\n",
"r6-intended": H+"- I don't do crisis intervention often in this outpatient role.\n",
"a-po-comma": H+"- Built rapport with probation officers who referred clients, and with the clients themselves.\n",
"a-teachers-students": H+"- Built rapport with teachers who refer students and with the students.\n",
"a-intended": H+"- Built rapport with GPs who refer patients to the service.\n",
"b-facilitator": H+"\nAs a group facilitator, I build rapport quickly in DBT skills groups.\n",
"b-researcher": H+"\nAs a researcher, I used the Working Alliance Inventory with 200 clients.\n",
"b-group-leader": H+"\nAs a DBT group leader, I practise rapport building and active listening.\n",
"b-bullet-teacher": H+"- As a teacher, I built rapport with students.\n",
}
for k,v in P.items(): open(f"q/{k}.txt","w").write(v)
print(len(P))
