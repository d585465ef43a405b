exec(open('gen.py').read().split("# A: intended")[0])
P={}
C="Mental Health Counselor, Riverbend Behavioral Health"
P['f01']=job("EAP Counselor, ComPsych","2016 - Present",["Built rapport with managers who refer themselves for confidential counselling"])
P['f02']=job("Staff Counsellor, County Hospital","2016 - Present",["Built rapport with nurses who self-refer after critical incidents"])
P['f03']=job("Family Therapist, Oakview Family Services","2016 - Present",["Built rapport with parents who bring their teenagers to sessions"])
P['f04']=job(C,"2016 - Present",["Built rapport with physicians who referred patients to our clinic"])
P['f05']=job(C,"2016 - Present",["Built rapport with school staff who refer students for counselling"])
P['f06']=job(C,"2016 - Present",["Built rapport with probation officers who refer court-mandated clients"])
P['f07']=job(C,"2016 - Present",["Built rapport with GPs and practice nurses, who regularly refer patients to the service"])
P['f08']=job("Clergy Care Counselor, Methodist Conference","2016 - Present",["Built a working alliance with ministers who run small rural churches and face isolation"])
P['f09']=job("Veterans Counselor, Vet Center","2016 - Present",["Built trust building with veterans who manage PTSD symptoms and with commanders"])
P['f10']=job("Executive Therapist, Private Practice","2016 - Present",["Built rapport with managers who oversee large teams and struggle with anxiety"])
P['f11']=job(C,"2016 - Present",["Built rapport with doctors who refer, and a working alliance with each client"])
P['f12']=job("School Counselor, Lincoln High","2016 - Present",["Built rapport with teachers who bring concerns about students to me"])
# B
S=lambda s,t=C: H+"SUMMARY\n"+s+"\n\n"+job(t,"2019 - Present",["Individual therapy"])
P['g01']=S("As a trainee counsellor, I build rapport with clients through active listening.")
P['g02']=S("As a nurse, I built rapport with patients and families.")
P['g03']=S("As a mental health nurse, I build therapeutic rapport with service users.","Mental Health Nurse, NHS Trust")
P['g04']=S("As an HR manager, I built rapport with employees.")
P['g05']=S("As a clinical manager, I model rapport building and empathy for my counselling team.","Clinical Manager, Riverbend Behavioral Health")
P['g06']=S("As a counselling manager, I model rapport building for my team.","Counselling Manager, Riverbend Behavioral Health")
P['g07']=S("As a former bank teller, I built rapport with customers.")
P['g08']=S("As a teacher I built rapport with students; now I build rapport with clients as a counsellor.")
P['g09']=S("As a high school English teacher, I built rapport with students.")
P['g10']=S("As a youth worker, I build rapport with young people.","Youth Worker, City Youth Service")
P['g11']=S("As a teacher's aide, I built rapport with children.")
P['g12']=S("As a sales manager, rapport building was central to my role.")
P['g13']=S("As an RN and psychotherapist, I build a strong therapeutic alliance and rapport with patients.")
P['g14']=S("As a bilingual therapist I build rapport with Spanish-speaking families.")
P['g15']=S("As a clinician, I prioritise rapport and empathy.")
P['g16']=S("As a teacher, I built rapport with students. As a counsellor, I now build rapport with clients.")
P['g17']=S("As a counselor and teacher, I build rapport with adolescents.")
P['g18']=S("As a manager, I also carry a small caseload and build rapport with clients.","Clinical Services Manager, Riverbend Behavioral Health")
# C
P['h01']=H+"EXPERIENCE\nCounsellor\nWestfield Shopping Centre Wellbeing Hub\n2019 - 2023\n- Built rapport with clients\n"
P['h02']=job("Mall Chaplain and Crisis Counselor, Shopping Mall Ministries","2018 - Present",["Crisis intervention and rapport with distressed shoppers"])
P['h03']=job("General Manager, Riverbend Counseling Center","2015 - Present",["Clinical supervision and rapport with clients"])
P['h04']=job("Westfield Shopping Centre — Counsellor (EAP)","2019 - Present",["Built rapport with clients"])
P['h05']=job("Therapist, Centro Comercial Santafe Wellness Clinic","2019 - Present",["Built rapport with clients"])
P['h06']=job("Property Manager, Eastgate Shopping Center","2010 - 2016",["Rapport with tenants"])
P['h07']=job("Counsellor to the General Manager's staff, Metro Rail","2019 - Present",["Built rapport with employees"])
P['h08']=job("Leasing Director (now Counselor)","2019 - Present",["Built rapport with clients"])
P['h09']=H+"EXPERIENCE\nCounselor | Plaza Comercial Las Américas Clinic | 2019 - Present\n- Built rapport with clients\n"
# E
P['i01']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n- Mental Health Counselor, Riverbend\n- Conducted intakes\n- Wrote treatment plans\n- 2019 – 2021\n"
P['i02']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n\n- Barista, Blue Bottle Coffee\n- Customer service\n- Cash handling\n- 2012 – 2019\n"
P['i03']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n• Mental Health Counselor I\n• Riverbend Behavioral Health\n• Mar 2022 – Present\n• Built rapport with clients\n"
P['i04']="Jordan Lee\nCounsellor\n\nEXPERIENCE\nTeacher, Lincoln Elementary    2012 - 2018\n- Built rapport with students\n\n- Mental Health Counselor\n- Riverbend Behavioral Health\n- 01/2019 – now\n- Rapport with clients\n"
P['i05']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n- Mental Health Counselor I, Riverbend Behavioral Health\n- 2022 – present\n- Built rapport with clients\n"
P['i06']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n- Counsellor\n- Riverside Health\n- 2019 – 2021\n- Individual counselling\n- Crisis intervention\n\n- Barista\n- Blue Bottle\n- 2012 – 2019\n- Built rapport with customers\n"
P['i07']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n- Barista\n- Blue Bottle\n- 2012 – 2019\n- Customer rapport\n\n- Individual counselling\n- Crisis intervention\n- 2019 – 2021\n"
P['i08']="Jordan Lee\nCounsellor\n\nEXPERIENCE\nBarista, Blue Bottle Coffee\n\n- Counselled stressed coworkers\n- Crisis intervention for customers\n- 2012 – 2019\n"
P['i09']="Jordan Lee\nCounsellor\n\nVOLUNTEER\n- Crisis Line Counselor\n- Samaritans\n- 2018 – 2020\n"
P['i10']="Jordan Lee\nCounsellor\n\nEDUCATION\n- MA Clinical Mental Health Counseling\n- Northwestern University\n- 2016 – 2018\n"
for k,v in P.items(): open(k+'.txt','w').write(v)
print(len(P))
