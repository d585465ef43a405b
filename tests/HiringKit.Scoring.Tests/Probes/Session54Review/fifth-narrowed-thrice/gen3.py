US="Licensed Professional Counselor, Cedar Grove Counseling, Boise ID | 04/2015 - present\n"
UK="Counsellor (MBACP accred.), Northgate Talking Therapies, Sheffield | 2014 - present\n"
P={
'r1-and-colleagues': UK+"- Co-facilitate motivational interviewing groups and I'm still learning with colleagues.",
'r1-like-all': US+"- Active listening is where I shine, but like all of us I am still learning.",
'r1-min-truly': US+"- Empathy, but truly I am still learning.",
'r1-min-peers': US+"- Clinical supervision – still learning with peers.",
'r3-min-intro': UK+"- Clinical supervision introduction for new associates is scheduled for next year.",
'r3-min-impl-review': US+"- Motivational interviewing implementation review is planned for 2026.",
'r5-routinely': US+"- The Session Rating Scale was recommended by my supervisor and is routinely completed by clients. I plan to start graphing it.",
'r5-each': UK+"- The Session Rating Scale was suggested by my supervisor and clients complete it at each session. I would like to start graphing it.",
'r6-never-skip': UK+"- I never skip treatment planning, often co-writing it with clients.",
'a-two-parties': UK+"- Built rapport with GPs who refer, and commissioners who fund the service.",
'b-fin-adviser': US+"- As a financial adviser I built rapport with clients over ten years.",
'b-hairdresser': UK+"As a hairdresser I built rapport with clients every day.",
'b-now': US+"As a sales manager I now use active listening with key accounts.",
}
for k,v in P.items(): open(f"m/{k}.txt","w").write(v+"\n")
open("m/d-contact-work.txt","w").write("""Priya Nair
CONTACT
HOME
0114 496 0000
WORK
0114 496 0999

SKILLS
Active listening, rapport building, motivational interviewing

EXPERIENCE
Counsellor (MBACP), Northgate Talking Therapies, Sheffield | 2014 - present
- Crisis intervention and clinical supervision for the IAPT step 3 team.
""")
open("m/e-bullets.txt","w").write("""- Priya Nair
- Counsellor, Northgate Talking Therapies
- 2014 - present
- Crisis intervention and clinical supervision for the step 3 team.
- Rapport with adults referred by GPs.
""")
print(len(P)+2)
