import os
P={}
H="Jordan Lee\nLicensed Professional Counselor\njordan.lee@example.com\n\n"
def job(title, dates, bullets, head="EXPERIENCE"):
    return H+f"{head}\n{title}    {dates}\n"+"".join(f"- {b}\n" for b in bullets)
C="Mental Health Counselor, Riverbend Behavioral Health"
# A: intended + regressions
P['a01']=job(C,"2019 - Present",["Built rapport with the teachers and school counselors who refer students to our clinic","Provided individual therapy to adolescents"])
P['a02']=job(C,"2019 - Present",["Built rapport with clients who refer themselves through our walk-in service"])
P['a03']=job("Family Therapist, Oakview Child and Family Services","2018 - Present",["Built strong rapport with families who bring their children for play therapy"])
P['a04']=job("Family Therapist, Oakview Child and Family Services","2018 - Present",["Established trust building with parents who run single-income households under stress"])
P['a05']=job(C,"2019 - Present",["Built rapport with clients and the GPs who refer them"])
P['a06']=job("Peer Support Counselor, Metro Police Wellness Unit","2017 - Present",["Built a working alliance with police officers who manage repeated trauma exposure"])
P['a07']=job("Staff Counsellor, St Mary's Hospital Employee Wellbeing","2020 - Present",["Built rapport with nurses and doctors who manage burnout and moral injury"])
P['a08']=job("EAP Counselor, ComPsych","2016 - 2022",["Built rapport with managers who refer employees to the EAP"])
P['a09']=job("Clinical Counselor, Veterans Center","2015 - Present",["Rapport with commanders who send soldiers to us for counselling"])
P['a10']=job("School Counselor, Lincoln High School","2019 - Present",["Built rapport with students who manage anxiety, and with teachers"])
P['a11']=job("Pastoral Counsellor, Diocese Care Service","2014 - Present",["Developed a working alliance with pastors who oversee large congregations and seek counselling for burnout"])
P['a12']=job("Development Officer, Hope Foundation","2017 - 2021",["Built rapport with donors who fund our counselling programs","Trust building with officials who commission services"])
P['a13']=job("Clinical Liaison, Sunrise Recovery","2018 - 2021",["Built rapport with physicians, nurses and case managers who refer patients to residential treatment"])
P['a14']=job(C,"2019 - Present",["Rapport building with GPs who refer patients, and a strong therapeutic alliance with clients"])
P['a15']=job(C,"2019 - Present",["Built rapport with teachers, who often struggle with stress, in weekly staff counselling sessions"])
P['a16']=job(C,"2019 - Present",["Built rapport with the referring GPs and teachers that send students to us"])
P['a17']=job("Youth Counselor, Bright Futures","2019 - Present",["Built rapport with youth and the social workers who refer them"])
P['a18']=job("Couples Therapist, Private Practice","2015 - Present",["Built rapport with couples who run businesses together"])
P['a19']=job("Grief Counselor, Hospice of the Valley","2016 - Present",["Built trust with families; rapport with the nurses who refer bereaved relatives"])
# B
P['b01']="Why I left teaching. As a teacher I worked hard at rapport with the students in my class.\n\n"+job(C,"2021 - Present",["Individual therapy"])
P['b02']=H+"SUMMARY\nAs a counsellor, I build rapport and a strong working alliance with every client.\n\n"+job(C,"2019 - Present",["Individual therapy"])
P['b03']=H+"SUMMARY\nAs a nurse therapist, I use empathy and active listening to build rapport with patients.\n\n"+job("Nurse Therapist, NHS Mental Health Trust","2019 - Present",["CBT for anxiety"])
P['b04']=H+"SUMMARY\nAs a school counselor I build rapport with students and practice active listening.\n\n"+job("School Counselor, Lincoln High School","2019 - Present",["Individual counselling"])
P['b05']=H+"SUMMARY\nAs a bank teller, I built rapport with customers and practised active listening.\n\n"+job(C,"2021 - Present",["Individual therapy"])
P['b06']=H+"SUMMARY\nAs a former classroom teacher, I bring rapport building and empathy to my work with adolescents.\n\n"+job(C,"2021 - Present",["Individual therapy"])
P['b07']=H+"SUMMARY\nAs a psychiatric nurse, I built therapeutic rapport and practised motivational interviewing.\n\n"+job("Psychiatric Nurse, County Hospital","2019 - Present",["Medication management"])
P['b08']=H+"SUMMARY\nAs a clinical team manager, I provide clinical supervision and model rapport building for counsellors.\n\n"+job("Clinical Team Manager, Riverbend Behavioral Health","2019 - Present",["Supervise 8 counsellors"])
P['b09']=H+"SUMMARY\nAs an LPC, I build rapport and use motivational interviewing with clients.\n\n"+job(C,"2019 - Present",["Individual therapy"])
P['b10']=H+"SUMMARY\nAs a teacher I learned rapport. Now as a counsellor I build rapport and empathy with clients.\n\n"+job(C,"2019 - Present",["Individual therapy"])
P['b11']=H+"SUMMARY\nAs a case manager, I built rapport with clients and used motivational interviewing.\n\n"+job("Case Manager, Hope Housing","2019 - Present",["Caseload of 30"])
P['b12']=H+"SUMMARY\nAs an addiction counselor and former teacher, I build rapport with clients.\n\n"+job("Addiction Counselor, Sunrise Recovery","2019 - Present",["Group therapy"])
P['b13']=H+"SUMMARY\nAs a retail manager I built rapport with customers and staff.\n\n"+job(C,"2022 - Present",["Individual therapy"])
P['b14']=H+"SUMMARY\nAs a 5th grade teacher, I built rapport with students and families.\n\n"+job(C,"2022 - Present",["Individual therapy"])
P['b15']=H+"SUMMARY\nAs a teacher and now a therapist, I build rapport with young people.\n\n"+job(C,"2022 - Present",["Individual therapy"])
P['b16']=job(C,"2019 - Present",["As a teacher I built rapport with students","Now provide CBT; rapport building with clients"])
P['b17']=H+"SUMMARY\nAs a therapist, I value empathy.\nAs a teacher I built rapport with students.\n\n"+job(C,"2022 - Present",["Individual therapy"])
P['b18']=H+"SUMMARY\nAs a social worker, I build rapport and trust with families in crisis.\n\n"+job("Clinical Social Worker, County DCFS","2019 - Present",["Crisis intervention"])
# C
P['c01']=job("EAP Counsellor, General Manager's Office, City Transit Authority","2020 - Present",["Built rapport with staff clients; short-term counselling"])
P['c02']=job("EAP Counsellor at Westfield Shopping Centre","2020 - Present",["Built rapport with clients; crisis intervention"])
P['c03']=job("General Manager, Westfield Shopping Centre","2012 - 2019",["Built rapport with tenants and shoppers"])
P['c04']=job("Counselor, Wellness Clinic at Eastgate Mall","2018 - Present",["Built rapport with clients"])
P['c05']=job("Psicóloga Clínica, Clínica Centro Comercial Andino","2018 - Present",["Rapport con pacientes; alianza terapéutica"])
P['c06']=job("Gerente General, Plaza Comercial del Norte","2010 - 2018",["Rapport with tenants"])
P['c07']=job("Leasing Analyst, Simon Property Group","2012 - 2016",["Built rapport with retail tenants"])
P['c08']=job("Assistant General Manager, Macerich Mall","2010 - 2015",["Rapport with tenants"])
P['c09']=job("Counselor, Office of the General Manager – Employee Support","2019 - Present",["Rapport with employees"])
P['c10']=job("Therapist, Mall Road Counselling Centre","2018 - Present",["Built rapport with clients"])
P['c11']=job("Mall Operations Supervisor, Northpark Mall","2014 - 2018",["Rapport with vendors"])
P['c12']=job("General Manager / Clinical Director, Mindful Counselling Group","2016 - Present",["Clinical supervision; rapport with clients"])
P['c13']=job("Leasing Director, Brookfield Properties","2010 - 2016",["Trust building with tenants"])
# D
P['d01']=H+"WORK\nMental Health Counselor, Riverbend Behavioral Health    2019 - Present\n- Built rapport with clients\n\nEDUCATION\nMA Counseling, 2018\n"
P['d02']=H+"WORK:\nMental Health Counselor, Riverbend Behavioral Health    2019 - Present\n- Built rapport with clients\n\nEDUCATION\nMA Counseling, 2018\n"
P['d03']=H+"Work\nMental Health Counselor, Riverbend Behavioral Health    2019 - Present\n- Built rapport with clients\n"
P['d04']=H+"WORK\n\nCounsellor | Riverside Community Health | 2019 – 2024\nProvided CBT and built rapport with clients.\n\nEDUCATION\nMSc Counselling Psychology, 2018\n"
P['d05']=H+"EDUCATION\nMA Counseling, 2018\n\nWORK\nSchool Counselor, Lincoln High    2019 - Present\n- Rapport with students\n"
# E
P['e01']="Jordan Lee\nCounsellor\n\n- Mental Health Counselor I\n- Riverbend Behavioral Health\n- 03/26–now\n- Built rapport with clients\n"
P['e02']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n- Mental Health Counselor I\n- Riverbend Behavioral Health\n- 03/2022–now\n- Built rapport with clients\n\n- Barista\n- Blue Bottle Coffee\n- 2019–2022\n- Customer rapport\n"
P['e03']="Jordan Lee\nCounsellor\n\nEXPERIENCE\nCounsellor, Riverside Community Health\n\n- Individual counselling for adults\n- Crisis intervention\n- 2019 – 2021\n"
P['e04']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n- Counsellor, Riverside Community Health\n- 2019 – 2021\n\n- Group work\n- Crisis intervention\n- 2017 – 2019\n"
P['e05']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n- Mental Health Counselor I\n- 2022–now\n- Built rapport with clients\n"
P['e06']="Jordan Lee\nCounsellor\n\nEXPERIENCE\n- Retail Sales Associate\n- Target\n- 2016 - 2019\n- Built rapport with customers\n"
P['e07']="Jordan Lee\nCounsellor\n\nEXPERIENCE\nTeacher, Lincoln Elementary    2012 - 2018\n- Built rapport with students\n\n- Mental Health Counselor\n- Riverbend Behavioral Health\n- Jan 2019 - Present\n- Therapeutic alliance with clients\n"
P['e08']="Jordan Lee\nCounsellor\n\nSKILLS\n- Crisis intervention\n- Motivational interviewing\n- 2019 – 2021\n"
for k,v in P.items(): open(k+'.txt','w').write(v)
print(len(P))
