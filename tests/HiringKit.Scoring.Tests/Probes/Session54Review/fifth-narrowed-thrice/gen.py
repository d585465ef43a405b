import os
US="Licensed Professional Counselor, Cedar Grove Counseling, Boise ID | 04/2015 - present\n"
UK="Counsellor (MBACP accred.), Northgate Talking Therapies, Sheffield | 2014 - present\n"
P={
# R1
'r1-duration-end': UK+"- Nineteen years of crisis intervention and I am still learning.",
'r1-any-good': US+"- Rapport with teens comes easily, and like any good therapist I am still learning.",
'r1-colleagues': UK+"- Co-facilitate motivational interviewing groups, I'm still learning with colleagues in peer consultation.",
'r1-peers-dash': US+"- Clinical supervision of 6 associates – still learning with peers in our consult group.",
'r1-families-nn': UK+"- I do family therapy with empathy since 2012, I am still learning with families every week.",
'r1-supervisees': US+"- Provide clinical supervision, still learning with supervisees.",
'r1-cover-truly': US+"I have practised person-centered counseling for over a decade, but truly I am still learning.",
'r1-never-stop': UK+"- Active listening is the core of my work; one never stops, I am still learning.",
'r1-intended': US+"- Feedback-informed treatment, still learning.",
'r1-intended-I': UK+"- Cultural humility I am still learning with refugee clients.",
'r1-though-am': US+"- Motivational interviewing, though after 8 years I am still learning.",
# R2
'r2-mint': US+"- Motivational interviewing trainer (MINT member since 2017), though I would not call myself an expert.",
'r2-pc-client-expert': UK+"- Person-centred practice, but I wouldn't call myself an expert, my clients are.",
'r2-humble-and': US+"- Lead crisis intervention for the county, but I would not call myself an expert and I keep training.",
'r2-nobody': UK+"- Delivered clinical supervision since 2016, though I would not call myself expert; nobody in this field should.",
'r2-intended': US+"- Working alliance inventory in my sessions, though I would not call myself confident at it yet.",
'r2-in-it-other': UK+"- Run empathy-focused groups, although I wouldn't call myself a specialist in it compared to our CFT lead.",
# R3
'r3-impl-review': UK+"- Feedback-informed treatment implementation review is scheduled for 2026.",
'r3-rollout-leeds': UK+"- Clinical supervision rollout to the Leeds hub is planned for next year, after our Sheffield model.",
'r3-pilot-eval': US+"- Session Rating Scale pilot evaluation is planned for next spring.",
'r3-trial-phase2': US+"- Working Alliance Inventory trial phase two is scheduled for 2026.",
'r3-intro-sessions': UK+"- Motivational interviewing introduction sessions for new staff are scheduled for the new year.",
'r3-launch-ann': US+"- Crisis intervention launch anniversary event is planned for later this year (service running since 2016).",
'r3-nn-impl': UK+"- Measurement-based care implementation in second clinic is planned for 2026 (first clinic done 2022).",
'r3-table': US+"Client feedback | pilot 2023 | rollout is planned for 2026",
'r3-intended': UK+"- Feedback-informed treatment rollout is scheduled to begin in early 2027.",
# R4
'r4-training-lead': US+"- I'm the training lead for the practice so I can offer clinical supervision to all interns.",
'r4-im-supervisor': UK+"- I'm a BACP registered supervisor so I can provide clinical supervision to trainees.",
'r4-i-am-qualified': US+"- I am a qualified supervisor (licensed 2018) so that I can provide clinical supervision for LPC-Associates.",
'r4-emdr-plus': UK+"- I am enrolled in EMDR level 2 training so I can offer EMDR and crisis intervention together.",
'r4-cpd-reg': UK+"- I am completing my annual CPD for registration so I can practise person-centred counselling.",
'r4-hope-course': US+"- Through the course I teach at the university, I hope to inspire students so I can then give active listening skills to future counselors.",
'r4-ill-certificate': UK+"- I'll finish the supervision certificate in May, so I can then supervise clinical supervision groups.",
'r4-intended': US+"- I am starting the supervisor training course in 2026 so I can provide clinical supervision.",
# R5
'r5-administered': US+"- The Session Rating Scale was recommended by my supervisor and is administered at each session. I plan to start graphing it for clients.",
'r5-complete': UK+"- My supervisor recommended the WAI in 2018; clients complete it at each review. I would like to start using it online.",
'r5-adopted': US+"- Client feedback tools were suggested by our director and adopted in 2020. I hope to begin publishing it on our website.",
'r5-weekly': UK+"- The ORS was introduced to me by a colleague and clients fill it in weekly. I want to try sending it by text.",
'r5-intended': US+"- A colleague told me about the Working Alliance Inventory. I intend to introduce it next year.",
# R6
'r6-never-rush': UK+"- I never rush rapport, often spending the first two sessions on it alone.",
'r6-not-only': US+"- Not only crisis intervention; often also ongoing counseling afterward.",
'r6-no-waitlist': UK+"- No treatment planning delays, often within the first session.",
'r6-intended': US+"- Haven't done crisis intervention much since moving to private practice.",
# A
'a-the-patients': UK+"- Built rapport with GPs who refer patients, and the patients in counselling.",
'a-their-families': US+"- Trust building with social workers who refer, plus the families.",
'a-then-young': UK+"- Rapport with schools who refer, then with young people in sessions.",
'a-sometimes': US+"- Built rapport with pastors who refer congregants and sometimes come themselves.",
'a-intended': US+"- Built rapport with employers who fund EAP sessions.",
# B
'b-social-worker': UK+"- As a qualified social worker, I build rapport with young people and families.",
'b-rmn': UK+"As a registered mental health nurse I use motivational interviewing and active listening daily.",
'b-psychologist': US+"As a psychologist, I bring empathy and collaborative goal setting to every assessment.",
'b-veteran': US+"- As a veteran, I build rapport with veterans and their spouses.",
'b-spanish-speaker': US+"- As a Spanish speaker I build trust with Latino families.",
'b-mother': UK+"As a mother of three, I bring empathy and active listening to work with parents.",
'b-peer': US+"- As a peer support specialist I used motivational interviewing daily.",
'b-intended': US+"- As a sales manager I used active listening with key accounts.",
}
for k,v in P.items():
    open(f"p/{k}.txt","w").write(v+"\n")
print(len(P))
