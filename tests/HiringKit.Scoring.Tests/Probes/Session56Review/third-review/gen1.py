import os
P='/tmp/s56/review3/p/'
R={}
def add(name, text): R[name]=text.strip('\n')+'\n'

# ---------- Reading 1: objects (overreach: should keep) ----------
add('r1_ward_patients', '''
Aoife Brennan
Mental Health Counsellor | Dublin, Ireland

PROFILE
Accredited IACP counsellor with nine years in acute psychiatric settings.

EXPERIENCE
Counsellor, St Brigid's Hospital, Acute Psychiatric Unit | Feb 2017 - present
- Built rapport with ward patients during admission, often within the first 48 hours.
- Delivered brief CBT and treatment planning with the multidisciplinary team.
- Introduced the Session Rating Scale for all individual work.

Assistant Psychologist, HSE Community Mental Health | Sep 2015 - Jan 2017
- Ran psychoeducation groups on anxiety and low mood.

EDUCATION
MSc Counselling Psychology, Trinity College Dublin, 2016
''')
add('r1_prison_leavers', '''
Marcus Hale
Substance Misuse Counsellor

EXPERIENCE
Through-the-Gate Counsellor, Nacro | 2019 - present
* Developed a working alliance with prison leavers in the first week after release.
* Case management with approved premises staff.
* Motivational interviewing; relapse prevention; treatment planning.

Drug & Alcohol Worker, Change Grow Live | 2015 - 2019
* Key-worked a caseload of 40 adults in community treatment.

QUALIFICATIONS
FdSc Counselling (BACP accredited course), 2015
''')
add('r1_hostel_residents', '''
Siobhan Kelly - Housing First Counsellor

I am a counsellor working with people who have experienced long-term homelessness.

WORK HISTORY
Counsellor, Simon Community Belfast (Jan 2020 - Present)
Trust building with hostel residents who have been let down by services many times.
Active listening, trauma-informed practice, treatment planning alongside residents.

Support Worker, Simon Community Belfast (Mar 2016 - Dec 2019)
Supported residents with tenancy sustainment.
''')
add('r1_school_pupils', '''
Daniel Okafor
School Counsellor — Lagos / London

Experience
2018–present  School Counsellor, Harris Academy Peckham
  • Established rapport with school pupils referred for anxiety and self-harm.
  • Provided clinical supervision to two trainee counsellors.
2014–2018  Learning Mentor, Harris Academy Peckham
  • Mentored Year 9–11 students.

Education
PGDip Counselling Children and Young People, Metanoia Institute (2018)
''')
add('r1_church_members', '''
Rev. Grace Adeyemi
Pastoral Counsellor

Pastoral Counsellor, Holy Trinity Church, Brixton — 2016 to present
- Built rapport with church members facing bereavement, divorce and unemployment.
- Empathy and active listening training for the lay visiting team.
- Referral pathways to NHS Talking Therapies.

Education
MA Pastoral Counselling, St John's College Nottingham (2015)
BACP registered member
''')
add('r1_station_staff_eap', '''
Tom Gallagher
Staff Support Counsellor, Fire & Rescue

EXPERIENCE
Occupational Counsellor, Greater Manchester Fire & Rescue Service | 2017 - present
- Built rapport with station crews following fatal incidents and trauma exposure.
- Trust building with firefighters reluctant to seek help.
- TRiM practitioner; measurement-based care using PCL-5 and CORE-10.

Firefighter, GMFRS | 2004 - 2016

EDUCATION
PGDip Psychotherapeutic Counselling, University of Salford, 2016
''')
add('r1_probation_officers_served', '''
Helen Marsh
Staff Wellbeing Counsellor

Employee Counsellor, HM Prison & Probation Service (Wellbeing Hub) | Apr 2019 – present
- Developed rapport with probation officers experiencing burnout and vicarious trauma.
- Short-term counselling (6 sessions) using CORE-OM and the Session Rating Scale.
- Clinical supervision: monthly, with an external supervisor.

Counsellor, Relate | 2014 – 2019
- Couples and family counselling.

BACP Senior Accredited
''')
add('r1_colleagues_selfreferred', '''
Priya Nair
Staff Counsellor — NHS

EXPERIENCE
Staff Psychological Wellbeing Counsellor, Leeds Teaching Hospitals NHS Trust (2020 - present)
• Built a working alliance with colleagues who self-refer after difficult shifts.
• Group debriefs for ICU teams after COVID-19 deaths.
• Treatment planning, risk assessment and signposting.

Counsellor, Leeds Mind (2016 - 2020)
• Adult one-to-one counselling.
''')
add('r1_caseworkers_clients', '''
Fatima Zahra
Counsellor (Refugee & Asylum)

EXPERIENCE
Counsellor, Refugee Council, Leeds | 2018 - Present
- Built rapport with the caseworkers' clients, many of whom had never spoken about torture.
- Worked through interpreters; trauma-focused CBT; cultural competency training for staff.

Volunteer Befriender, Refugee Action | 2016 - 2018
''')
add('r1_mothers_midwives_refer', '''
Louise Barrett
Perinatal Counsellor

EXPERIENCE
Perinatal Mental Health Counsellor, Birmingham Women's Hospital | 2019 – present
- Developed rapport with new mothers whom midwives refer after traumatic births.
- Working alliance monitored weekly with the SRS.
- Joint treatment planning with perinatal psychiatry.

Counsellor, Cruse Bereavement Care | 2015 – 2019
''')
add('r1_teens_colead', '''
Jordan Ellis
Youth Counsellor

EXPERIENCE
Youth Counsellor, Off the Record Bristol | Jun 2018 - present
- Built rapport with teenagers, who now co-lead the peer support group with me.
- Active listening and solution-focused brief therapy.
- Measurement-based care with YP-CORE.

EDUCATION
BA (Hons) Counselling, University of the West of England, 2018
''')
add('r1_families_sothey', '''
Maria Santos
Family Therapist — Lisbon / Porto

Family Therapist, Hospital de Santa Maria, Child Psychiatry | 2016 - present
- Built rapport with families so they could stay engaged through long treatment.
- Working alliance with parents, who often arrive angry after years of waiting.
- Clinical supervision of systemic trainees.
''')
add('r1_clients_gloss_probation', '''
Katarzyna Nowak
Psychoterapeutka / Psychotherapist — Kraków

EXPERIENCE
Psychotherapist, Ośrodek Interwencji Kryzysowej, Kraków | 2017 – present
- Built rapport with clients (referred by court probation officers) who attended under court order.
- Crisis intervention, treatment planning, supervision.

Psychologist, Zakład Karny Kraków-Nowa Huta (prison) | 2012 – 2017
- Individual therapy for prisoners.
''')
add('r1_gloss_served', '''
Agnieszka Wójcik
Terapeutka uzależnień / Addiction Therapist

Addiction Therapist, Monar, Warszawa | 2015 – present
- Rapport with podopieczni (residents in recovery) and their families.
- Trust building with wychowankowie (young people in care) during the first month.
- Working alliance with kuratorzy (court probation officers) to coordinate treatment orders.
''')
add('r1_clients_text_me', '''
Ben Whitaker
Counsellor — Online & In-Person

EXPERIENCE
Private Practice Counsellor, Whitaker Counselling | 2019 - present
- Built rapport with clients, who text me between sessions when things get difficult.
- Session Rating Scale at the end of every session.
- Rapport with young adults who call us through the Shout helpline.

Crisis Volunteer, Shout 85258 | 2017 - 2019
''')
add('r1_veterans_call_us', '''
Gareth Price
Veterans' Counsellor, Combat Stress

Counsellor, Combat Stress | 2015 – present
- Developed rapport with veterans who call us on the 24-hour helpline.
- Trust building with service leavers, who often contact us years after discharge.
- Trauma-focused treatment planning; EMDR.

Royal Welsh, Infantry Soldier | 2003 – 2012
''')
add('r1_interpreters_alike', '''
Amina Yusuf
Trauma Counsellor

Counsellor, Freedom from Torture, Manchester | 2017 - present
- Rapport with interpreters and clients alike is the foundation of three-way therapy.
- Built trust with the interpreter first, then with the client.
- Cultural competency; trauma-focused treatment planning.
''')
add('r1_staff_then_young', '''
Chloe Turner
CAMHS Counsellor

CAMHS Counsellor, Sussex Partnership NHS Foundation Trust | 2019 - present
- Building rapport with school staff, then with young people themselves, is key in schools outreach.
- Rapport with teachers and with the pupils they refer.
- Measurement-based care (RCADS, ORS/SRS).
''')
add('r1_hospital_inpatients', '''
Dr. Ahmed Rashid
Clinical Psychologist — Cairo / Dubai

Clinical Psychologist, Rashid Hospital Trauma Centre, Dubai | 2016 – present
- Established working alliance with hospital inpatients after serious road traffic injuries.
- Brief trauma-focused interventions; treatment planning; cultural competency with Arabic- and Urdu-speaking families.
Psychologist, Behman Hospital, Cairo | 2010 – 2016
''')
add('r1_clinic_attendees', '''
Nomvula Dlamini
Registered Counsellor (HPCSA) — Johannesburg

Registered Counsellor, Hillbrow Community Clinic | 2018 - present
- Rapport with clinic attendees living with HIV, including adherence counselling.
- Trust building with shelter residents who had experienced gender-based violence.
- Group counselling; treatment planning; cultural competency in isiZulu and English.
''')
add('r1_business_owners', '''
Liam O'Connor
Employee Assistance Counsellor

EAP Counsellor, Spectrum.Life | 2018 - present
- Built rapport with small business owners struggling after the pandemic.
- Short-term solution-focused counselling by phone and video.
- Session Rating Scale used in every contact.
''')
add('r1_station_police_coord', '''
Sarah Lindqvist
Police Staff Counsellor

Counsellor, Police Scotland Occupational Health | 2016 – present
- Rapport with station sergeants and their officers after critical incidents.
- Working alliance with the welfare coordinators so they can refer early.
- Clinical supervision from a BACP senior accredited supervisor.
''')
add('r1_coordinators_refer', '''
Hannah Price
Counsellor

Counsellor, Age UK Wirral | 2019 – present
- Rapport with the care coordinators, who refer older adults to me.
- Rapport with older adults who book their own sessions through reception.
- Rapport with carers whose sessions the social work department books.
''')
# Reading 1 underreach: colleagues not in list
add('u1_social_workers', '''
Emma Clarke
Counsellor, Children's Services

Counsellor, Kent County Council Children's Services | 2018 - present
- Built rapport with social workers and the family support team to smooth referrals.
- Developed trust with foster carers' link workers.
- Rapport with children in care and their birth families.
''')
add('u1_teachers_gps', '''
Olivia Reid
Counsellor

Counsellor, Place2Be | 2019 - present
- Built rapport with teachers across six primary schools.
- Working alliance with GPs and practice nurses to improve referrals.
- One-to-one counselling for children aged 5-11.
''')
add('u1_institution_variants', '''
Nathan Brooks
Counsellor

Counsellor, Addaction | 2017 - present
- Built rapport with the local police and the council's community safety team.
- Trust building with the university's wellbeing department.
- Rapport with the mosque and synagogue leadership to reach new communities.
- Rapport with the local GP surgery to set up in-house sessions.
''')
add('u1_nurses_keyworkers', '''
Ella Morgan
Counsellor

Counsellor, St Christopher's Hospice | 2016 – present
- Built rapport with the ward nurses and key workers.
- Working alliance with chaplains, doctors and the psychiatrists on call.
- Rapport with patients and families facing end of life.
''')
add('u1_jail_refuge_college', '''
Kofi Mensah
Counsellor

Counsellor, Various | 2014 - present
- Built rapport with the jail so I could run groups on the wings.
- Rapport with the refuge and the college so they would refer earlier.
- Trust building with the academy trust to host school-based counselling.
''')
for k,v in R.items():
    open(P+k+'.txt','w').write(v)
print(len(R))
