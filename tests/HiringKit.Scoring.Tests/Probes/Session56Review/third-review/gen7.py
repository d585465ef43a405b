P='/tmp/s56/review3/p/'
R={}
def add(name, text): R[name]=text.strip('\n')+'\n'
hdr = [
 ('Counsellor, HMP Leeds (Forward Trust) | 2017 - present', 'prison'),
]
def cv(name, title, job, bullets, prev='Counsellor, Mind in Salford | 2012 - 2016'):
    b='\n'.join('- '+x for x in bullets)
    return f'''
{name}
{title}

EXPERIENCE
{job}
{b}
{prev}

EDUCATION
PGDip Counselling, University of Manchester (2012)
'''
cases = {
 'o_housing_tenants': ('Housing Association Counsellor','Tenancy Sustainment Counsellor, Clarion Housing | 2017 - present',
   ['Built rapport with housing association tenants facing eviction and debt.','Working alliance with housing officers\' tenants referred for hoarding.','Rapport with housing officers, who then referred tenants to me.']),
 'o_probation_clients': ('Forensic Counsellor','Counsellor, Interventions Alliance (Probation) | 2016 - present',
   ['Built rapport with probation clients on community orders.','Working alliance with parole applicants preparing for oral hearings.','Trust building with probation service users with histories of violence.','Rapport with probation staff as well as their clients.']),
 'o_prison_officers': ('Prison Counsellor','Counsellor, HMP Leeds (Forward Trust) | 2017 - present',
   ['Built rapport with prison officers to gain access to the wings.','Rapport with inmates on the prison wings.','Working alliance with officers and prisoners alike.','Trust building with the prison\'s residents on the therapeutic community wing.']),
 'o_liaison_diversion': ('Liaison & Diversion Practitioner','Counsellor, Liaison and Diversion Service, Leeds Magistrates | 2018 - present',
   ['Rapport with liaison and diversion clients held in police custody.','Rapport with court-ordered clients on Mental Health Treatment Requirements.','Rapport with liaison officers and custody sergeants to improve referrals.']),
 'o_shelter': ('DV Counsellor','Counsellor, Women\'s Aid Refuge | 2019 - present',
   ['Built rapport with the shelter\'s guests, many of whom had fled with children.','Trust building with shelter staff and the women they support.','Rapport with women in the shelter after leaving abusive relationships.']),
 'o_business_employees': ('EAP Counsellor','EAP Counsellor, Health Assured | 2018 - present',
   ['Built rapport with the business\'s employees after a redundancy round.','Working alliance with business leaders, who then promoted the service internally.','Rapport with employees from the business referred through the EAP line.']),
 'o_lab_church_station': ('Chaplaincy Counsellor','Counsellor, Network Rail Trauma Support | 2016 - present',
   ['Rapport with station staff after fatalities on the line.','Rapport with lab staff who witnessed a serious accident.','Trust building with church leaders to host bereavement groups.']),
 'o_ward_mgr': ('Inpatient Counsellor','Counsellor, Bethlem Royal Hospital | 2018 - present',
   ['Rapport with ward managers to protect therapy time.','Rapport with people on the ward, many detained under section.','Working alliance with Ward 7 patients during long admissions.']),
 'o_gloss_variants': ('Counsellor','Counsellor, Caritas Luxembourg | 2017 - present',
   ['Rapport with bénéficiaires (service users) from Syria and Eritrea.','Trust building with éducateurs (residential care staff) across three homes.','Rapport with link workers (social prescribers) in primary care.','Rapport with clients (including probation officers\' referrals) from the courts.']),
 'o_clinic_clients': ('Clinic Counsellor','Counsellor, Brook Sexual Health Clinic | 2018 - present',
   ['Rapport with clients of the clinic attending for pregnancy options counselling.','Rapport with clinic staff, who refer young people for counselling.','Rapport with the clinic\'s young people after a positive test.']),
 'o_schools_counsellor': ('Schools Counsellor','Counsellor, Barnardo\'s Schools Service | 2016 - present',
   ['Built rapport with schools to set up weekly counselling clinics.','Built rapport with school nurses and pastoral leads.','Rapport with pupils and their parents alike.']),
 'o_pharmacy': ('Stop Smoking Counsellor','Stop Smoking Counsellor, Boots Pharmacy | 2018 - present',
   ['Rapport with pharmacy customers trying to quit smoking.','Rapport with pharmacy staff to increase referrals.','Motivational interviewing and treatment planning (NRT).']),
 'o_who_clauses': ('Counsellor','Counsellor, Changes Bristol | 2018 - present',
   ['Rapport with young people, who often come to us after exclusion from school.','Working alliance with adults who come for support after bereavement.','Rapport with mums who attend the group with their babies.','Rapport with volunteers, who run the drop-in on Saturdays.','Rapport with peer mentors, who co-facilitate groups with me.']),
 'o_interp_colead': ('Counsellor','Counsellor, Refugee Therapy Centre | 2018 - present',
   ['Rapport with interpreters, who co-lead the women\'s group with me.','Working alliance with asylum seekers after detention.','Rapport with caseworkers, who call us when a client is at risk.']),
 'o_they_semicolon': ('Counsellor','Counsellor, Leeds Survivor-Led Crisis Service | 2015 - present',
   ['Rapport with GPs; they refer people in crisis out of hours.','Rapport with guests; they come to us at night when the crisis team is closed.','Rapport with the crisis team (they send guests at weekends).']),
 'o_community': ('Community Counsellor','Counsellor, Apna Ghar Community Centre | 2014 - present',
   ['Trust building with the Bangladeshi community to reduce stigma about counselling.','Rapport with community elders, who then encouraged families to attend.','Rapport with women from the community who self-referred.']),
 'o_hospital_staff_also': ('Hospice Counsellor','Counsellor, Marie Curie Hospice | 2014 - present',
   ['Rapport with hospital staff as well as their patients.','Rapport with district nurses and the families they visit.','Rapport with families before and after a death.']),
}
for k,(title,job,bul) in cases.items():
    first=['Jo','Sam','Ali','Kim','Lee','Max','Ruth','Ada','Eve','Ian','Meg','Rob','Zoe','Nia','Ola','Tia','Uma'][len(R)%17]
    add(k, cv(first+' Bennett', title, job, bul))
for k,v in R.items():
    open(P+k+'.txt','w').write(v)
print(len(R))
