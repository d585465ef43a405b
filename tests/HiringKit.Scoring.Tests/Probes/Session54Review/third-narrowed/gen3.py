H="Mental Health Counselor (LPC), Northside Family Services, Tulsa OK | 01/2017 - present\n"
P={
"m1-dash-end": H+"- Person-centered therapy - still learning\n",
"m1-which": H+"- Motivational interviewing, which I am still learning.\n",
"m1-w-sup": H+"- Motivational interviewing: still learning w/ my supervisor\n",
"m2-yet-prof": H+"- Crisis intervention, though I wouldn't yet call myself proficient.\n",
"m2-really-adv": H+"- Motivational interviewing; I would not really call myself confident at it.\n",
"m3-launch": H+"- A motivational interviewing group is planned to launch in spring.\n",
"m3-q2": H+"- Feedback-informed treatment is scheduled to begin in Q2.\n",
"m4-enrolled-then": H+"- I'm enrolled in the LPC-S course so that I can then supervise clinical supervision cases.\n",
"m4-next-year": H+"- Next year I start the approved supervisor course so I can provide clinical supervision.\n",
"m5-id-trial": H+"- Client feedback tools are not used at this agency. I'd like to trial it in my groups.\n",
"m6-not-much": H+"- I have not used motivational interviewing much since 2020.\n",
"ma-commissioners": H+"- Trust building with commissioners who fund the service.\n",
"ma-regularly": H+"- Built rapport with GPs who regularly refer.\n",
"mb-heading": H+"\nPROFILE\nAs a teacher, I built rapport with students and parents.\n",
"mb-hr": H+"\nAs an HR manager, I used active listening daily.\n",
"me-month": "- Counsellor, Riverside Community Health\n- Mar 2022 – Present\n\n- Crisis intervention\n",
}
for k,v in P.items(): open(f"m/{k}.txt","w").write(v)
print(len(P))
