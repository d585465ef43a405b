US="Licensed Professional Counselor, Cedar Grove Counseling, Boise ID | 04/2015 - present\n"
UK="Counsellor (MBACP accred.), Northgate Talking Therapies, Sheffield | 2014 - present\n"
P={
'r1-honestly': US+"- Crisis intervention for the county hotline since 2015 and honestly I am still learning.",
'r1-new-clients': UK+"- Rapport building is my strength, I am still learning with clients from new cultures.",
'r1-min-though': US+"- Empathy, though I am still learning.",
'r1-nn-cover': UK+"I am working with therapeutic relationship since 2010 and still I'm still learning.",
'r1-trainees': US+"- Clinical supervision for practicum students, still learning with trainees each semester.",
'r2-at-it': US+"- Teach motivational interviewing to residents, though I would not call myself an expert at it.",
'r2-min-expert': UK+"- Clinical supervision, but I would not call myself an expert.",
'r2-nn-really': UK+"- Doing crisis intervention 9 years, but I would not really call myself expert, always something new.",
'r2-table': US+"Motivational interviewing | 8 yrs | though I would not call myself an expert",
'r3-intro-wider': UK+"- Working alliance inventory introduction to the wider trust is planned for 2026 (used in my caseload since 2019).",
'r3-audit': US+"- Motivational interviewing implementation audit is scheduled for next fall.",
'r3-launch-event': UK+"- Client feedback launch event for partner agencies is planned for next spring.",
'r3-min-trial': US+"- Crisis intervention trial is planned for 2026.",
'r4-placement': UK+"- I am taking placement students from the diploma course so I can provide clinical supervision in-house.",
'r4-trauma-too': US+"- I am taking a refugee trauma course in 2026 so I can offer crisis intervention to refugees too.",
'r4-min-emdr': UK+"- I am enrolled in EMDR training so I can offer EMDR and motivational interviewing.",
'r4-nn-degree': UK+"- I'm studying degree in psychology in evening so I can also give empathy to more clients.",
'r5-rate': US+"- Our clinical lead suggested the Session Rating Scale in 2019, and clients rate each session with it. I'd like to start reporting it quarterly.",
'r5-in-place': UK+"- Client feedback forms were recommended by our commissioners and have been in place since the service began. I plan to start analysing it by ethnicity.",
'r5-min': US+"- The Session Rating Scale was recommended to me. I plan to start using it.",
'a-in-turn': UK+"- Built rapport with GPs who often refer, and in turn with their patients.",
'a-later-patients': US+"- Built rapport with physicians who refer patients and later the patients in therapy.",
'b-cbt-pract': UK+"- As a CBT practitioner, I use collaborative empiricism and active listening in every session.",
'b-addiction': US+"As an addiction specialist, I use motivational interviewing with court-mandated clients.",
'b-mindfulness': UK+"As a mindfulness teacher I bring empathy and therapeutic presence to my groups.",
'b-chaplain': US+"- As a hospital chaplain I built rapport with families in crisis.",
'b-teacher-turned': UK+"As a teacher turned counsellor, I build rapport with teenagers quickly.",
'b-woman': US+"- As a Black woman I bring cultural humility to my practice.",
}
for k,v in P.items(): open(f"q/{k}.txt","w").write(v+"\n")
print(len(P))
