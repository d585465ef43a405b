P='/tmp/s56/review3/p/'
R={}
def add(name, text): R[name]=text.strip('\n')+'\n'
base_tail='''
I build a strong therapeutic alliance with each client and use the Session Rating Scale.
I receive monthly clinical supervision and value cultural competency.
'''
posts = {
 'r4_recovery': 'Since March 2018 I have worked as a Recovery Counsellor at Turning Point in Leeds.',
 'r4_nomonth': 'Since 2018 I have worked as a Recovery Counsellor at Turning Point in Leeds.',
 'r4_comma': 'Since March 2018, I have worked as a Recovery Counsellor at Turning Point in Leeds.',
 'r4_ive': "Since March 2018 I've worked as a Recovery Counsellor at Turning Point in Leeds.",
 'r4_beenworking': 'Since March 2018 I have been working as a Recovery Counsellor at Turning Point in Leeds.',
 'r4_trailing': 'I have worked as a Recovery Counsellor at Turning Point in Leeds since March 2018.',
 'r4_from': 'From March 2018 I have worked as a Recovery Counsellor at Turning Point in Leeds.',
 'r4_financial': 'Since January 2019 I have worked as a Financial Counsellor at StepChange Debt Charity.',
 'r4_debt': 'Since January 2019 I have been a Debt Counsellor with Citizens Advice Bristol.',
 'r4_careers': 'Since September 2017 I have worked as a Careers Counsellor at the University of Kent.',
 'r4_camp': 'Since June 2023 I have been a Camp Counsellor at Camp Wayne.',
 'r4_admissions': 'Since March 2020 I have worked as an Admissions Counsellor at Kings Education.',
 'r4_genetic': "Since April 2016 I have worked as a Genetic Counsellor at Guy's Hospital.",
 'r4_ended': 'Since March 2018 I have worked as a Recovery Counsellor at Turning Point, until the contract ended in 2023.',
 'r4_ended2': 'Since March 2018 I have worked as a Recovery Counsellor at Turning Point; I left in May 2024 to study.',
 'r4_volunteer': 'Since March 2018 I have been a Volunteer Bereavement Counsellor with Cruse.',
 'r4_assistant': 'Since March 2018 I have worked as an Assistant Psychologist at Leeds CAMHS.',
 'r4_senior': 'Since May 2015 I have been a Senior Counsellor at Relate Northern Ireland.',
 'r4_psychologist': 'Since May 2015 I have been a Counselling Psychologist with the HSE in Galway.',
 'r4_bare': 'Since May 2015 I have worked as a counsellor at Relate.',
 'r4_future': 'Since March 2027 I have worked as a Recovery Counsellor at Turning Point.',
 'r4_beauty': 'Since March 2018 I have worked as a Beauty Counsellor for Estee Lauder at Selfridges.',
 'r4_legal': 'Since 2016 I have been a Legal Counsellor at the Ministry of Justice, Riyadh.',
 'r4_lowercase_title': 'Since March 2018 I have worked as a recovery counsellor at Turning Point in Leeds.',
 'r4_school_counsellor': 'Since September 2019 I have worked as a School Counsellor at Methodist College Belfast.',
 'r4_dramatherapist': 'Since October 2020 I have worked as a Dramatherapist with Sussex Partnership NHS Trust.',
 'r4_placement': 'Since October 2025 I have been on placement as a Trainee Counsellor at Leeds Mind.',
 'r4_support_worker': 'Since March 2018 I have worked as a Recovery Support Worker at Turning Point.',
}
for k,s in posts.items():
    name = k.split('_',1)[1].replace('_',' ').title()
    add(k, f'''
Alex Taylor
{name}

ABOUT ME
{s}
{base_tail}
EDUCATION
Diploma in Therapeutic Counselling, CPCAB Level 4, 2017
''')
# with a dated work section below
add('r4_with_section', '''
Alex Taylor
Recovery Counsellor

ABOUT ME
Since March 2018 I have worked as a Recovery Counsellor at Turning Point in Leeds.
I build a strong therapeutic alliance with each client.

WORK HISTORY
Recovery Counsellor, Turning Point | Mar 2018 - present
Support Worker, St Anne's Community Services | 2014 - 2018
''')
add('r4_two_posts', '''
Bronagh Quinn
Later Life Counsellor

Since June 2021 I have worked as a Later Life Counsellor at Age NI, Belfast.
Before that, since 2012 I had been a Cruse volunteer.
I prioritise the therapeutic alliance and use measurement-based care.
Qualifications: MSc Counselling, Ulster University (2011).
''')
# ---------- Reading 5: date ranges ----------
ranges = {
 'r5_up_to_present': 'Jan 2019 - up to present',
 'r5_up_to_now': 'Jan 2019 – up to now',
 'r5_up_to_date': 'Jan 2019 - up to date',
 'r5_till_date': 'Jan 2019 - till date',
 'r5_upto_present': 'Jan 2019 - upto present',
 'r5_up_till_now': 'Jan 2019 - up till now',
 'r5_up_until_now': 'Jan 2019 - up until now',
 'r5_until_present': 'Jan 2019 - until present',
 'r5_to_the_present': 'Jan 2019 - up to the present',
 'r5_to_today': 'Jan 2019 - up to today',
 'r5_tilldate_nodash': 'Jan 2019 till date',
 'r5_uptodate_hyph': 'Jan 2019 - up-to-date',
}
for k,r in ranges.items():
    add(k, f'''
Anjali Sharma
Counsellor | Bengaluru, India

WORK EXPERIENCE
Counselling Psychologist, NIMHANS Centre for Well Being ({r})
- Built therapeutic alliance with adolescents and young adults.
- Treatment planning with psychiatrists; session rating scale.
Counsellor, YourDOST (Jun 2016 - Dec 2018)
- Online counselling for college students.

EDUCATION
M.Sc. Clinical Psychology, Christ University, 2016
''')
add('r5_keep_up_to_date', '''
Sam Patel
Counsellor

EXPERIENCE
Counsellor, Birmingham Mind | 2017 - 2020
- Kept case notes and treatment planning up to date on IAPTus.
Counsellor, Solihull Talking Therapies | 2021
- Session rating scale recorded; records kept up to date
Counsellor, Private practice 2022 up to date CPD in cultural competency.
''')
add('r5_council_counsellor', '''
Jenny Walsh
Employee Counsellor

EXPERIENCE
Staff Counsellor, Leeds City Council Employee Counselling Service | 2016 - present
- Built rapport with refuse collection and street cleansing crews after workplace assaults.
- Working alliance with waste management staff referred by occupational health.
- Session Rating Scale with every client.
''')
add('r5_street_cleansing', '''
Kevin Moss
Operative

EXPERIENCE
Street Cleansing Operative, Manchester City Council | 2015 - present
- Built rapport with residents when clearing drug litter.
- Active listening to resident complaints.
Refuse Collection Driver, Biffa Waste Management Services | 2010 - 2015
- Trust building with new crew members.
''')
add('r5_outreach_drug_litter', '''
Nicola Grant
Outreach Counsellor

EXPERIENCE
Street Outreach Counsellor, Bristol City Council Rough Sleeping Team | 2018 - present
- Built rapport with people sleeping rough, including those injecting in public (drug litter reports).
- Harm reduction counselling and treatment planning with the drug and alcohol service.
''')
for k,v in R.items():
    open(P+k+'.txt','w').write(v)
print(len(R))
