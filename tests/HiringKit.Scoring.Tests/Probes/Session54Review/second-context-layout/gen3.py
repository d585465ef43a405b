exec(open('gen.py').read().split("# A: intended")[0])
P={}
C="Mental Health Counselor, Riverbend Behavioral Health"
S=lambda s,t=C: H+"SUMMARY\n"+s+"\n\n"+job(t,"2019 - Present",["Individual therapy"])
P['j01']=S("As a teacher, I built rapport with students.")
P['j02']=S("As a teacher I learned rapport. Now I build empathy with clients.")
P['j03']=S("As a teacher, I built rapport with students. Today I work with adults.")
P['j04']=S("As a teacher, I built rapport with students. As a counsellor, I now build trust.")
P['j05']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n- Mental Health Counselor I\n- Riverbend Behavioral Health\n- Mar 2022 – Present\n- Built rapport with clients\n"
P['j06']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n• Mental Health Counselor I\n• Riverbend Behavioral Health\n• 03/2022 – now\n• Built rapport with clients\n"
P['j07']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n- Mental Health Counselor I\n- Riverbend Behavioral Health\n- 2022 – Present\n- Built rapport with clients\n"
P['j08']=job(C,"2019 - Present",["Built rapport with clients who run their own businesses and with managers who refer staff"])
P['j09']=job("EAP Counselor, ComPsych","2016 - Present",["Working alliance with managers who manage their own stress through counselling"])
for k,v in P.items(): open(k+'.txt','w').write(v)
print(len(P))
