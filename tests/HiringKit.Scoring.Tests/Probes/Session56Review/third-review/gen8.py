P='/tmp/s56/review3/p/'
R={}
def add(name, text): R[name]=text.strip('\n')+'\n'
add('f_phil_dash', '''
Maria Cristina Reyes, RGC
Registered Guidance Counselor — Quezon City

Guidance Counselor, Miriam College High School — June 2015 - up to present
- Establish rapport with students referred by advisers and subject teachers.
- Treatment planning (intervention plans) and parent conferences.
''')
add('f_phil_nodash_present', '''
Jose Santos, RPm
Psychometrician / Counselor — Cebu

Counselor, Cebu Doctors' University Guidance Center — August 2016 to present
- Establish rapport with college students in crisis.
Counselor, Cebu Doctors' University Guidance Center — August 2016 up to present
''')
add('f_staff_variants', '''
Rosie Clarke
Staff Counsellor

Staff Counsellor, Great Ormond Street Hospital | 2017 - present
- Working alliance with colleagues who refer themselves after a child's death.
- Working alliance with colleagues who come for support after a child's death.
- Rapport with staff who self-refer following complaints or investigations.
- Rapport with nurses who self-refer for counselling.
Counsellor, Cruse | 2012 - 2017
''')
add('f_as_well_as', '''
Abdul Karim
Forensic Counsellor

Counsellor, St Mungo's | 2016 - present
- Rapport with hostel staff as well as their residents.
- Rapport with probation officers as well as the men they supervise.
- Rapport with key workers as well as their clients.
- Rapport with housing officers as well as their tenants.
Counsellor, Mind | 2011 - 2016
''')
add('f_plural_institutions', '''
Rhiannon Jones
Counsellor

Counsellor, Gwent Schools Counselling Service | 2015 - present
- Built rapport with schools across Blaenau Gwent so they would host weekly sessions.
- Built rapport with wards and clinics across the health board to secure rooms.
- Built rapport with hospitals and hostels in the area.
Counsellor, Newport Mind | 2010 - 2015
''')
add('f_dropped_variants', '''
Laura Price
Clinical Lead Counsellor

Clinical Lead, Off the Record Bath | 2016 - present
- We stopped using the session rating scale in 2020 but brought it back in 2021.
- We phased out the paper session rating scale and moved it online.
- We dropped the session rating scale for phone sessions only.
- I dropped measurement-based care for a year, then reinstated it.
- We scrapped group clinical supervision and replaced it with individual clinical supervision.
''')
add('f_colead_variants', '''
Ali Rahman
Group Counsellor

Group Counsellor, Recovery Connections | 2017 - present
- Rapport with peer supporters, who co-run the evening group with me.
- Rapport with volunteers, who co-deliver the SMART Recovery sessions.
- Rapport with peer mentors, who co-facilitate the group with me.
- Rapport with members, who co-lead the mutual aid group once they are well.
Counsellor, Turning Point | 2012 - 2017
''')
add('f_earlier_variants', '''
Beth Carter
Counsellor (career changer)

PROFILE
While I was a bartender, I practised active listening every night.
Whilst I was a hairdresser, I built rapport with regulars.
In my previous career as an estate agent, I practised empathy with anxious buyers.
During my career as a teacher, I built rapport with pupils.
When working as a waitress, I developed empathy for customers.
In my former life as a journalist, I learned active listening.

EXPERIENCE
Counsellor, Bath Mind | 2022 - present
''')
add('f_since_variants', '''
Fiona Grant
Bereavement Counsellor

I have been a Bereavement Counsellor at St Columba's Hospice since March 2017.
Since March 2017 I have been employed as a Bereavement Counsellor at St Columba's Hospice.
I build a therapeutic alliance with bereaved adults and use the session rating scale.
''')
add('f_since_student_counsellor', '''
Tom Bryant
University Counsellor

Since September 2018 I have worked as a Student Counsellor at the University of Exeter Wellbeing Service.
I build rapport with students in crisis and use the Session Rating Scale every session.
Since 2015 I have been a Counsellor at Exeter Counselling Service.
''')
add('f_wouldnt_call_it', '''
Grace Liu
Peer Counsellor

I wouldn't call it a therapeutic alliance exactly, but clients trust me.
I wouldn't call what I do treatment planning.
I would not call what we do measurement-based care.
I wouldn't call what we do rapport-building alone; it is genuine relationship.

Peer Counsellor, Mind in Tower Hamlets | 2020 - present
''')
add('f_not_my_job_variants', '''
Dan Hughes
Counsellor

Counsellor, Leeds Counselling | 2018 - present
- Treatment planning is not my job, it's our job: client and counsellor together.
- Clinical supervision is not my job to arrange; the service provides it fortnightly.
- Measurement-based care isn't something we offer to couples, only to individuals.
- Cultural competency was not my job at first, but I now lead the service's training.
''')
for k,v in R.items():
    open(P+k+'.txt','w').write(v)
print(len(R))
