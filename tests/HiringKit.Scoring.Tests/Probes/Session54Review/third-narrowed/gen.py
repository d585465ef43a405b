import os
H="Mental Health Counselor (LPC), Northside Family Services, Tulsa OK | 01/2017 - present\n"
H2="Licensed Professional Counselor\nHarbor Counseling Group, Portland OR\n06/2015 – present\n"
P={
# Reading 1: still learning
"r1-cover-years": H+"\nCover letter excerpt: After twelve years of crisis intervention with adolescents, I am still learning.\n",
"r1-humble-with": H+"- Active listening and empathy in every session; still learning with each new client.\n",
"r1-after-decade": H2+"- A decade of motivational interviewing, and I'm still learning with every family I meet.\n",
"r1-supervision-together": H+"- Provide clinical supervision to 4 associates, who I am still learning with.\n",
"r1-nonnative": H+"- Make therapeutic relationship with refugee clients, I still learning with them about their culture.\n",
"r1-dash-lang": H+"- Crisis intervention in English - still learning Spanish with a tutor.\n",
"r1-colon-team": H+"- Feedback-informed treatment: the whole clinic still learning together.\n",
"r1-trainer-says": H+"- Train new staff in rapport building, reminding them that I'm still learning too.\n",
# Reading 2
"r2-past-frame": H+"- Crisis intervention: ten years ago I would not call myself confident at it, now I lead the county mobile crisis team.\n",
"r2-expert-dbt-yet": H+"- Use motivational interviewing daily, though I wouldn't call myself an expert yet in DBT.\n",
"r2-modest-but": H2+"- Clinical supervision of 6 associates since 2018; I would not call myself an expert, but all six are now fully licensed.\n",
"r2-lang-and": H+"- Deliver crisis intervention in English; I would not call myself fluent and use an interpreter for Spanish-speaking clients.\n",
"r2-confident-spanish": H+"- Build rapport with Latino families, though I would not really call myself confident in Spanish.\n",
"r2-practitioner-emdr": H+"- Treatment planning for trauma clients; I would not call myself an EMDR practitioner.\n",
"r2-client-quote": H+"- Motivational interviewing with men who say \"I would not call myself confident\" at intake.\n",
# Reading 3
"r3-ensure-sched": H+"- Ensure clinical supervision is scheduled for every associate.\n",
"r3-procedure-start": H+"- Treatment planning sessions are scheduled to start within 7 days of intake.\n",
"r3-next-day": H+"- Crisis intervention appointments are scheduled for next day when a client calls after hours.\n",
"r3-q-nonnative": H+"- Motivational interviewing groups are scheduled for Q1 and Q3 each year, I facilitate both.\n",
"r3-monthly-review": H+"- Treatment goals reviews are scheduled for this purpose every 30 days.\n",
"r3-table": H+"\nService | Frequency\nClinical supervision is scheduled for this team weekly | 1 hr\n",
"r3-bare-end": H+"- Crisis intervention debriefs are scheduled.\n",
"r3-month": H2+"- Client feedback reviews are scheduled for month end with each client.\n",
# Reading 4
"r4-on-call": H+"- Taking the on-call phone each weekend so that I can provide crisis intervention between sessions.\n",
"r4-completing-measures": H+"- Completing ORS and SRS with every client so I can deliver feedback-informed treatment.\n",
"r4-studying-spanish": H+"- Studying Spanish so I can offer motivational interviewing to more of our Latino clients.\n",
"r4-planning-sessions": H+"- Planning each session with the client so I can facilitate collaborative goal setting.\n",
"r4-preparing": H+"- Preparing case notes the night before so that I can give active listening my full attention.\n",
"r4-currently-nights": H+"- Currently doing night shifts so I can run crisis intervention cover for the inpatient unit.\n",
"r4-will-always": H2+"- I will always arrive early so I can build rapport with families before the session.\n",
"r4-hope-clients": H2+"- I hope clients feel safe, so I can then offer a safe therapeutic environment from the first session.\n",
"r4-intended-adverb": H+"- Enrolled in the LPC-S course, so I can eventually provide clinical supervision.\n",
"r4-intended-soon": H+"- I am preparing for the supervisor exam so that I could soon supervise clinical supervision groups.\n",
# Reading 5
"r5-introduce-groups": H+"- Session Rating Scale used at every individual session. I plan to introduce it to the group programme next year.\n",
"r5-start-sharing": H+"- Client feedback collected with the ORS since 2019. I would like to start sharing it with referrers.\n",
"r5-begin-earlier": H+"- Working Alliance Inventory completed at session 3 by all clients. I aim to begin using it at session 1 instead.\n",
"r5-pilot-colleagues": H2+"- Feedback-informed treatment is standard in my caseload. I hope to pilot it with the whole team in 2026.\n",
"r5-intended-want": H+"- Outcome measurement is not used at the clinic yet. I want to try it with my own clients.\n",
"r5-intended-intend": H+"- The Session Rating Scale was recommended in my training. I intend to introduce it next year.\n",
# Reading 6
"r6-not-only-often": H+"- Provided not only crisis intervention but often ongoing counselling after the crisis.\n",
"r6-not-alone-often": H+"- Not doing treatment planning alone but often together with the family.\n",
"r6-nobody-often": H2+"\nFew clinicians in the county have done crisis intervention as often as our team.\n",
"r6-never-much-longer": H+"- Never let rapport suffer even when the caseload grew much larger.\n",
"r6-no-frequent-rupture": H+"- No alliance rupture frequently led to dropout once SRS was in place.\n",
# Context A
"a-parents-kids": "School Counselor, Lincoln Middle School | 08/2018 - present\n- Built rapport with parents who send kids to our after-school counselling group.\n",
"a-clients-friends": H+"- Built strong rapport with clients who refer friends and family to the practice.\n",
"a-gps-and-patients": H+"- Built rapport with GPs who refer patients and with the patients themselves.\n",
"a-nonnative-passive": H+"- Build trust building with youth who referred by the court and their families.\n",
"a-carers-fund": H+"- Working alliance with family carers who fund therapy privately for their relatives.\n",
"a-veterans": H+"- Trust building with veterans who send their buddies our way.\n",
# Context B
"b-former-nurse": H+"\nSUMMARY\nCounselor with 8 years' practice. As a former nurse, I bring empathy and crisis intervention skills to every session.\n",
"b-spanish-speaker": H+"\nAs a native Spanish speaker, I build rapport with Latino clients quickly.\n",
"b-immigrant": H+"\nAs an immigrant myself, I build a therapeutic relationship with refugee clients easily.\n",
"b-grad-student": "Counseling Intern, State University Clinic | 09/2022 - 05/2023\nAs a graduate student, I practised motivational interviewing under clinical supervision.\n",
"b-survivor": H+"\nAs a trauma survivor, I bring genuine empathy and unconditional positive regard to my clients.\n",
"b-mother": H+"\nAs a mother of three, I understand family dynamics and build rapport with parents.\n",
"b-mint-trainer": H+"\nAs a MINT trainer, I deliver motivational interviewing workshops to clinicians statewide.\n",
"b-supervisor": H+"\nAs a clinical supervisor, I provide clinical supervision to five LPC associates.\n",
"b-social-worker": H+"\nAs a social worker, I have used crisis intervention and treatment planning with families for ten years.\n",
"b-veteran": H+"\nAs a veteran, I build rapport with service members and their families.\n",
"b-peer-specialist": H+"\nAs a peer support specialist, I built trust building and rapport with clients in recovery.\n",
"b-case-manager": H+"\nAs a case manager, I led treatment planning with clients at the shelter.\n",
"b-intended-teacher": H+"\nAs a high school teacher, I built rapport with students.\n",
# Context C
"c-gm-counselling": "General Manager, Relate Counselling Centre | 2019 - present\n- Provide clinical supervision to 12 counsellors and keep a caseload of 10 clients.\n",
"c-mall-eap": "Wellbeing Counsellor (EAP for mall operations staff), Westfield | 2020 - present\n- Crisis intervention and rapport with retail workers.\n",
# Context D/E
"d-work-values": H+"\nVALUES\nWORK\nhard, with empathy and rapport as the basis of every session.\n",
"e-lead-bullet": "Jane Doe\nCounsellor\n\n- Lead counsellor, crisis team\n- 2019 – 2023\n\n- Crisis intervention for adults\n- Clinical supervision of two trainees\n",
"e-duty-supervisor": "Jane Doe\n\nEXPERIENCE\n- Supervisor for 3 trainee counsellors in crisis intervention\n- 2020 – 2022\n",
}
for k,v in P.items():
    open(f"p/{k}.txt","w").write(v)
print(len(P))
