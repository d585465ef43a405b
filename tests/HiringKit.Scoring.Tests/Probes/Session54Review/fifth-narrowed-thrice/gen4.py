US="Licensed Professional Counselor, Cedar Grove Counseling, Boise ID | 04/2015 - present\n"
UK="Counsellor (MBACP accred.), Northgate Talking Therapies, Sheffield | 2014 - present\n"
P={
'r4-and-nocomma': US+"- I'm completing my CCS credential and I run late clinics so I can offer crisis intervention to shift workers.",
'r4-cover-years': US+"I have provided clinical supervision since 2018 and am completing the ACS credential so I can offer clinical supervision to out-of-state associates.",
'r4-nn-licence': UK+"- I am preparing for the licence of Spain so I can offer person-centred counselling there also, like I do here 10 years.",
'r4-min-will-level': UK+"- I will take Level 5 next year so I can run clinical supervision groups.",
'r2-table-empathy': US+"Crisis intervention | 10 yrs | lead | 2015-now\nClinical supervision | 4 yrs | though I would not call myself an expert",
'r2-cover-long': UK+"I have offered clinical supervision for nine years, and although I wouldn't call myself an expert, my supervisees tell me it helps.",
'r3-nn-pilot-done': UK+"- Session rating scale pilot finish in 2023 with success, the rollout is planned next year.",
'r3-rollout-done': US+"- Measurement-based care rollout is scheduled for completion in 2026 (active since 2023).",
'r3-trial-results': UK+"- Crisis intervention trial results are scheduled for publication in 2026.",
'r5-colleague-every': US+"- Working alliance inventory was mentioned by a colleague years ago; it is on every intake pack. I hope to try it in Spanish.",
'r5-nn': UK+"- Session Rating Scale was suggested by supervisor, clients do it after each session. I want to start to pilot it in couples work.",
'r1-wslash': US+"- Motivational interviewing for 12 years and I am still learning w/ clients.",
'e-title-first': "- Counsellor\n- Northgate Talking Therapies\n- 2014 - present\n- Crisis intervention and clinical supervision for the step 3 team.\n",
}
for k,v in P.items(): open(f"n/{k}.txt","w").write(v+"\n")
print(len(P))
