H="Jo Smith\nCounsellor\n\nEXPERIENCE\nCounsellor, Open Arms | 2019 - Present\n"
P={
"43":"- Rapport with women in the group is harder for men to build, so I co-facilitate.",
"44":"- Rapport building with new staff is harder for mentees than for me.",
"45":"- Rapport with clients from rural towns that we serve across three districts each week is harder for me.",
"46":"- Rapport with clients • report writing is harder for me",
}
for k,v in P.items(): open(f"p/{k}.txt","w").write(H+v+"\n")
