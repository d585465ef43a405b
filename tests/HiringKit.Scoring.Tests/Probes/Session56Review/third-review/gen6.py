P='/tmp/s56/review3/p/'
R={}
def add(name, text): R[name]=text.strip('\n')+'\n'
add('n_financial_then_private', '''
Gillian Ross
Counsellor and Financial Counsellor

ABOUT ME
Since January 2019 I have worked as a Financial Counsellor at StepChange Debt Charity. Alongside this I run a private counselling practice two evenings a week, where I build a strong therapeutic alliance with clients. I use the Session Rating Scale and receive monthly clinical supervision.

EDUCATION
PGDip Person-Centred Counselling, University of Strathclyde (2018)
BACP registered member
''')
add('n_careers_then_counsel', '''
Paul Edwards
Careers & Wellbeing

Since September 2017 I have worked as a Careers Counsellor at the University of Kent.
In 2022 I qualified as a psychotherapeutic counsellor and now see clients at Canterbury Counselling Centre, where rapport and the working alliance are central to my work.
''')
add('n_recovery_dated_below', '''
Samira Haddad
Recovery Counsellor

Since March 2018 I have worked as a Recovery Counsellor at Turning Point in Leeds, building a strong therapeutic alliance with clients in early recovery.

EMPLOYMENT
Recovery Counsellor, Turning Point — 03/2018 - present
Drug & Alcohol Practitioner, Forward Leeds — 01/2014 - 02/2018
''')
add('n_since_ive_been', '''
Declan Murphy
Addiction Counsellor — Cork

Since October 2016 I've been an Addiction Counsellor with the HSE Drug & Alcohol Service in Cork.
I build rapport with clients who are often mandated by the courts, and I rely on measurement-based care.
Before that I worked as a barman for ten years, which is where I learned active listening.
''')
add('n_since_trainer', '''
Helen Shaw
Counselling Trainer

Since September 2015 I have worked as a Counselling Trainer at Leeds City College.
I teach trainees about the therapeutic alliance, rapport and clinical supervision.
''')
add('n_since_we', '''
Anya Kowalski
Psychotherapist — Warsaw

Since March 2019 I have worked as a Psychotherapist at Centrum Terapii Dialog, Warsaw.
Since 2014 I have been a Psychologist with the Polish Red Cross.
I build the therapeutic alliance carefully with clients from Ukraine after 2022.
''')
add('n_since_student', '''
Tom Bryant
Student Counsellor

Since September 2024 I have worked as a Student Counsellor at the University of Exeter Wellbeing Service.
I build rapport with students in crisis and use the Session Rating Scale every session.
''')
# Interactions of reading 2 with titled posts in same sentence
add('i_as_a_two_posts', '''
Karen Lowe
Counsellor

PROFILE
As a waitress, I learned to listen; as a counsellor, I now build rapport with every client.
Working as a chef taught me resilience, and working as a counsellor I now build a working alliance with clients.
When I was a cook, empathy was not on the menu; today treatment planning is at the core of my work.

EXPERIENCE
Counsellor, Lancashire Mind | 2020 - present
Waitress / Cook, Various | 2008 - 2018
''')
add('i_as_at_place_counselling', '''
Lucy Grant
Counsellor

PROFILE
As a receptionist at a counselling service, I built rapport with clients before their first session.
As a clerk at a community mental health team, I saw the value of the therapeutic alliance.
As a security guard at a psychiatric hospital, I learned trust building with patients.

EXPERIENCE
Counsellor, Nottingham Counselling Service | 2021 - present
- Working alliance with adults with complex trauma.
''')
add('i_as_a_at_stewardess', '''
Ingrid Larsen
Counsellor — Oslo / London

As a stewardess with SAS for 15 years, I built rapport with frightened passengers and crew.
As a counsellor with the Norwegian Red Cross, I build rapport with refugees after the crossing.
As a cabin crew member, I practised active listening.

Experience
Counsellor, Norwegian Red Cross | 2019 - present
Stewardess, SAS | 2003 - 2018
''')
add('i_back_when_nurse', '''
Joan Whitley
Later Life Counsellor

Back when I was a district nurse, I learned empathy and active listening at the bedside.
Back when I was a trainee counsellor, I built rapport with older adults at Age UK.

Experience
Later Life Counsellor, Age UK Oxfordshire | 2019 - present
District Nurse, Oxford Health | 1995 - 2015
''')
# Reading 3 interactions
add('d_we_dropped_then', '''
Alison Hart
Counselling Service Lead

EXPERIENCE
Counselling Service Lead, Student Minds | 2018 - present
- We dropped the session rating scale in 2019 and then resumed it after staff training.
- We stopped using measurement-based care for six months, then re-introduced it.
- The team stopped using the session rating scale with under-12s only.
- We dropped weekly clinical supervision to fortnightly after budget cuts.
''')
add('d_not_my_job_other', '''
Greg Walsh
Counsellor

PROFILE
Treatment planning is not my job alone, it's a collaboration with each client.
Building rapport isn't my job, it's my calling.
Active listening is not my job description, it's who I am.
Clinical supervision isn't my responsibility any more since I moved to private practice; I buy it in.

EXPERIENCE
Counsellor, Private practice | 2018 - present
''')
add('d_wouldnt_describe', '''
Nina Shah
Counsellor

PROFILE
I wouldn't describe what we do as therapy in the medical sense; the therapeutic alliance is everything.
I wouldn't call what we do counselling, but active listening is at its heart.
I wouldn't call it treatment planning exactly, more shared goal-setting.

EXPERIENCE
Listening Practitioner, The Listening Place | 2019 - present
''')
add('d_will_try_variants', '''
Oliver Stone
Counsellor

EXPERIENCE
Counsellor, Open Door Counselling | 2021 - present
- Clients who were sceptical will try the session rating scale after the first session.
- I always try the session rating scale in session one.
- I'll try the session rating scale with groups next.
- The service will try the working alliance inventory in 2027.
''')
add('d_getting_there_lines', '''
Amelia Ford
Trainee Counsellor (Level 4)

SKILLS & SELF-ASSESSMENT
• Empathy – strong
• Active listening – strong
• Treatment planning – getting there
• Cultural competency - still getting there
• Rapport – getting there fast
• Measurement-based care: getting there

EXPERIENCE
Trainee Counsellor (placement), Bolton Mind | Sep 2025 - present
''')
add('d_repeat_doubt2', '''
Sean Walsh
Counsellor

PROFILE
Rapport? Rapport, maybe.
Empathy is a strength, maybe empathy above all.
Treatment planning... treatment planning, possibly.
Active listening, active listening, I'm not sure?

EXPERIENCE
Counsellor, Cork Counselling Services | 2020 - present
''')
add('d_goals_section', '''
Hannah Webb
Counsellor

EXPERIENCE
Counsellor, Relate Sussex | 2018 - present
- Couples counselling, working alliance with both partners.

GOALS
Accredit as a clinical supervisor in 2027.
Having used the Session Rating Scale since 2019, roll it out service-wide in 2027.
Develop cultural competency training for the service in 2028.
Keep building rapport with couples in 2027, as I have done since 2018.

INTERESTS
Hill walking, choir.
''')
add('d_goals_no_year', '''
Kelly Marsh
Counsellor

GOALS
Complete a diploma in clinical supervision.
Introduce measurement-based care in the service by 2030.
Continue to use the session rating scale in 2027 and beyond.

EXPERIENCE
Counsellor, YMCA Together Liverpool | 2019 - present
''')
for k,v in R.items():
    open(P+k+'.txt','w').write(v)
print(len(R))
