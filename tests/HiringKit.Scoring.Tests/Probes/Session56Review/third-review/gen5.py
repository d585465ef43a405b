P='/tmp/s56/review3/p/'
R={}
def add(name, text): R[name]=text.strip('\n')+'\n'
add('s_staff_nurses_burnout', '''
Deborah Mills
Staff Support Counsellor, NHS

EXPERIENCE
Staff Counsellor, Royal Liverpool University Hospital | 2018 - present
- Built rapport with nurses experiencing burnout and moral injury after the pandemic.
- Trust building with hospital staff who come to us for support after serious incidents.
- Working alliance with ward staff, who book their own sessions through the staff app.
- Rapport with colleagues after the Manchester Arena attack.
Counsellor, Liverpool Mind | 2012 - 2018
''')
add('s_staff_police', '''
Craig Bennett
Police Welfare Counsellor

Counsellor, Metropolitan Police Occupational Health & Wellbeing | 2015 – present
• Built rapport with custody officers and detention staff after deaths in custody.
• Working alliance with liaison officers following the Grenfell Tower response.
• Trust building with probation staff who self-refer for trauma counselling.
• Clinical supervision monthly; EMDR; measurement-based care (PCL-5).
''')
add('s_staff_colleagues_generic', '''
Anna Petrova
Workplace Counsellor

EXPERIENCE
In-house Counsellor, Deloitte UK | 2020 – present
- Rapport with colleagues is the foundation of an in-house service; I see around 200 staff a year.
- Built a working alliance with colleagues referred by HR.
- Built rapport with colleagues across the business.
Counsellor, Workplace Options | 2016 – 2020
''')
add('s_parents_send', '''
Rebecca Stone
Child & Adolescent Counsellor

EXPERIENCE
Child Counsellor, Kids Company successor (Chance UK) | 2017 - present
- Built rapport with parents, who send their children to weekly play therapy.
- Working alliance with foster carers, who see the boys every day and notice changes first.
- Rapport with adolescents who refer their friends to the drop-in.
- Rapport with young carers who refer their siblings.
''')
add('s_gps_send', '''
Sarah Collins
Primary Care Counsellor

Counsellor, Hampshire Primary Care Network | 2016 - present
- Rapport with GPs who send patients for six-session counselling.
- Working alliance with patients with long-term conditions such as diabetes and COPD.
- Built trust with practice managers so they would host weekly clinics.
''')
add('s_halfway_house', '''
Terrence Jackson
Licensed Professional Counselor (LPC), LCDC — Houston, TX

PROFESSIONAL EXPERIENCE
Substance Abuse Counselor | Santa Maria Hostel, Houston, TX | 03/2017 – Present
• Establish therapeutic rapport with halfway house residents in early recovery.
• Build working alliance with the halfway house's residents and their families.
• Built rapport with the halfway house to secure placement beds for clients.
• Treatment planning, ASAM placement, and measurement-based care (BAM).
Counselor Intern | Harris Center for Mental Health | 01/2016 – 02/2017
• Individual and group counseling under supervision.
EDUCATION
M.A. Clinical Mental Health Counseling, University of Houston–Clear Lake, 2016
''')
add('s_us_lpc_court', '''
Maria Gonzalez, LPC-S
San Antonio, TX

EXPERIENCE
Clinical Therapist, Bexar County Juvenile Probation Department (2015–present)
- Build rapport with court-involved youth and their families.
- Working alliance with probation officers' caseloads of juveniles on intensive supervision.
- Rapport with the court so that treatment recommendations are followed.
- Clinical supervision of LPC Associates.
Counselor, Communities in Schools (2011–2015)
''')
add('s_aus_headspace', '''
Mia Nguyen
Mental Health Clinician (Counsellor) — headspace Parramatta, NSW

Employment
headspace Parramatta | Youth Mental Health Clinician | Feb 2019 – up to present
 - Rapport with young people aged 12–25 presenting with anxiety, depression and self-harm.
 - Working alliance monitored using the K10 and SRS (measurement-based care).
 - Cultural competency with Vietnamese, Arabic and Aboriginal and Torres Strait Islander young people.
Lifeline Australia | Crisis Supporter (volunteer) | 2016 – 2019

Education
Master of Counselling, Western Sydney University (2018)
Registered member, ACA Level 2
''')
add('s_canada_ccc', '''
Jean-Luc Tremblay, CCC, RCC
Counsellor — Vancouver, BC

Since May 2016 I have worked as a Clinical Counsellor at Foundry Vancouver-Granville.
I build a collaborative therapeutic alliance with youth aged 12-24 and their families.
Before that, I was a high school teacher for eight years, which taught me a great deal about empathy.
I use measurement-based care (ORS/SRS) and receive regular clinical supervision.
Education: MA Counselling Psychology, UBC (2016).
''')
add('s_india_narrative', '''
Priyanka Iyer
Counselling Psychologist, Mumbai

Summary
Working as a counselling psychologist at Mpower, I build rapport with adolescents and young adults.
As a school counsellor at Dhirubhai Ambani International School, I developed trust with students and parents.
As an HR executive at Infosys, I practised active listening with employees.

Work Experience
Counselling Psychologist — Mpower, Mumbai (Jun 2020 - upto present)
School Counsellor — DAIS, Mumbai (Jul 2016 - May 2020)
HR Executive — Infosys, Pune (Jul 2013 - Jun 2016)
''')
add('s_kenya', '''
Wanjiru Kamau
Counselling Psychologist — Nairobi

EXPERIENCE
Counsellor, Amani Counselling Centre, Nairobi | Jan 2017 - to date
- Built rapport with survivors of gender-based violence after referral from police gender desks.
- Rapport with the police gender desk officers to improve referral quality.
- Trust building with refugees from South Sudan at Kakuma (with interpreters).
Guidance Counsellor, Alliance Girls High School | 2012 - 2016
''')
add('s_philippines_guidance', '''
Maria Cristina Reyes, RGC
Registered Guidance Counselor — Quezon City

Guidance Counselor, Miriam College High School — June 2015 up to present
- Establish rapport with students referred by advisers and subject teachers.
- Rapport with advisers and subject teachers during case conferences.
- Treatment planning (intervention plans) and parent conferences.
Call Center Agent, Convergys Manila — 2011 - 2014
- As a call center agent, I practised active listening with irate customers.
''')
add('s_singapore', '''
Tan Wei Ling
Counsellor (Singapore Association for Counselling, Registered)

Experience
Counsellor, Care Corner Counselling Centre | Apr 2018 - Present
- Built working alliance with Mandarin-speaking elderly clients and their caregivers.
- Rapport with the family service centre caseworkers to coordinate support.
- Rapport with caseworkers and clients alike during joint case reviews.
Customer Service Officer, DBS Bank | 2012 - 2017
''')
add('s_career_changer_police', '''
Stuart McLeod
Trauma Counsellor (former police officer)

PROFILE
Twenty years as a police officer, then retrained as a counsellor in 2019.
As a detective sergeant, I built rapport with victims of serious sexual offences.
As a counsellor at Rape Crisis Scotland, I build rapport with survivors of sexual violence.

EXPERIENCE
Counsellor, Rape Crisis Scotland | 2020 - present
- Trauma-informed practice; working alliance; clinical supervision.
Detective Sergeant, Police Scotland | 1999 - 2019
- Specialist interviewer for vulnerable witnesses.
''')
add('s_career_changer_teacher', '''
Emily Carter
Counsellor (career changer from teaching)

PROFILE
When I was a teacher, I built rapport with pupils who were struggling at home, which led me into counselling.
I now build a therapeutic alliance with young people through Kooth and in schools.

EXPERIENCE
Counsellor, Kooth plc | 2021 - present
Secondary Teacher (English), Ark Academy | 2010 - 2020
''')
add('s_hr_lookalike', '''
Sophie Turner
HR Business Partner

EXPERIENCE
HR Business Partner, Tesco | 2017 - present
- Built rapport with store managers and union reps.
- Active listening during grievance and disciplinary hearings.
- Empathy in managing long-term sickness absence; signposting to the EAP counselling service.
HR Advisor, Sainsbury's | 2013 - 2017
''')
add('s_sales_lookalike', '''
Daniel Price
Account Executive — SaaS

EXPERIENCE
Account Executive, Salesforce | 2019 - present
- Trust building with C-level stakeholders; built rapport quickly with new prospects.
- Active listening on discovery calls; empathy mapping of buyer personas.
- Treatment planning? No — pipeline planning and forecasting.
''')
add('s_vet_lookalike', '''
Dr. Harriet Lyle
Veterinary Surgeon

Vet, Medivet Clapham | 2016 - present
- Built rapport with pet owners during difficult euthanasia conversations.
- Treatment planning for complex orthopaedic cases.
- Clinical supervision of new graduate vets.
''')
add('s_nurse_lookalike', '''
Olga Ivanova
Mental Health Nurse (RMN)

Staff Nurse, Oxleas NHS Foundation Trust, Acute Ward | 2015 - present
- Built a therapeutic alliance with patients detained under the Mental Health Act.
- Rapport with the ward's patients and their families.
- Treatment planning through care plans; clinical supervision monthly.
''')
add('s_dental_lookalike', '''
Rachel Owens
Dental Nurse

Dental Nurse, Bupa Dental Care | 2018 - present
- Rapport with anxious patients; treatment planning support for the dentist.
- Clinical supervision of trainee dental nurses.
''')
for k,v in R.items():
    open(P+k+'.txt','w').write(v)
print(len(R))
