P='/tmp/s56/review3/p/'
R={}
def add(name, text): R[name]=text.strip('\n')+'\n'
# ---------- Reading 2: earlier posts ----------
add('r2_chef_turned', '''
Luca Bianchi
Integrative Counsellor (career changer)

PROFILE
As a chef turned counsellor, I build rapport quickly with clients who distrust "talking therapy".
Twelve years in professional kitchens taught me how stress and addiction show up at work.

EXPERIENCE
Counsellor, Hospitality Action | 2021 - present
- Working alliance with hospitality workers in recovery.
- Measurement-based care using CORE-10.
Head Chef, The Ivy | 2008 - 2019

EDUCATION
Diploma in Integrative Counselling, CPCAB Level 4, 2021
''')
add('r2_former_police_now', '''
Mark Dalton
Addiction Counsellor

PROFILE
As a former police officer, I now build rapport with clients in recovery who have criminal records.
As a counsellor at Kaleidoscope, I use the Session Rating Scale with every client.

EXPERIENCE
Addiction Counsellor, Kaleidoscope Plus | 2018 - present
Police Constable, South Wales Police | 2002 - 2016
''')
add('r2_nurse_learned', '''
Ruth Abara
Counsellor

PROFILE
When I was a nurse, I learned active listening, and I now use it every day as a counsellor.
Working as a counsellor in primary care, I build a working alliance with patients facing long-term illness.

EXPERIENCE
Primary Care Counsellor, Lewisham GP Federation | 2017 - present
Staff Nurse, King's College Hospital | 2005 - 2016
''')
add('r2_as_trainee_counsellor', '''
Ifeoma Eze
Trainee Counsellor

As a trainee counsellor at Mind in Camden, I built rapport with adult clients over 12-session contracts.
As a placement counsellor at a hospice, I offered empathy and active listening to bereaved families.
As a student counsellor I received fortnightly clinical supervision.

EDUCATION
MA Counselling & Psychotherapy, University of Roehampton (in progress, 2027)
''')
add('r2_as_psychologist', '''
Dr. Sofia Rossi
Sports Psychologist

As a sports psychologist at Juventus Academy, I build rapport with young athletes under selection pressure.
As a school psychologist in Milan, I developed a working alliance with adolescents and parents.

Experience
Sports Psychologist, Juventus Academy | 2019 - present
School Psychologist, Comune di Milano | 2013 - 2019
''')
add('r2_whilst_working', '''
Claire Hughes
Counsellor (career changer)

PROFILE
Whilst working as a cabin crew member, I built rapport with anxious passengers every day.
In my previous career as an account manager, I practised active listening with clients.
Before retraining, as a solicitor, I developed empathy for families in crisis.

EXPERIENCE
Counsellor, Cruse Bereavement Support | 2022 - present
Cabin Crew, British Airways | 2010 - 2020
''')
add('r2_listed_trades', '''
Daisy Fletcher
Counsellor

PROFILE
As a waitress at Pizza Express, I built rapport with regulars.
When I worked as a barista, I learned active listening.
Back when I was a security guard, trust building with shoppers was part of the job.
During my years as a clerk at the county court, I showed empathy to litigants in person.

EXPERIENCE
Counsellor, Harrogate Mind | 2023 - present
- Working alliance with adults experiencing anxiety and depression.
''')
add('r2_other_trades_unlisted', '''
Amy Parker
Counsellor

PROFILE
As a flight attendant, I built rapport with nervous flyers.
While I was a bartender, I practised active listening every night.
As a hairdresser, I built trust with regular clients who told me everything.
Having worked as an estate agent, I know how to build rapport with anxious buyers.
As a receptionist at a GP surgery, I used empathy with distressed patients.

EXPERIENCE
Counsellor, Derby Counselling Centre | 2022 - present
''')
add('r2_as_counsellor_at_school', '''
Jamal Hussain
School Counsellor

As a school counsellor at Oasis Academy, I built rapport with pupils who self-harm.
As a counsellor at a prison, I developed a working alliance with men serving long sentences.
As a therapist with the NHS, I delivered measurement-based care.
Working as an addiction counsellor, I use the Session Rating Scale.

EXPERIENCE
School Counsellor, Oasis Academy | 2020 - present
Counsellor, HMP Wandsworth (Forward Trust) | 2015 - 2020
''')
add('r2_chaplain_coach', '''
Fr. Michael Doyle
Chaplain and Counsellor

As a hospital chaplain, I built rapport with patients and families at the end of life.
As a life coach, I offered active listening and goal-setting.
As a youth worker, I built trust with young people excluded from school.

EXPERIENCE
Counsellor, Marie Curie | 2019 - present
Chaplain, Royal Free Hospital | 2010 - 2019
''')
add('r2_as_a_mother', '''
Joanna Kim
Counsellor

As a mother of three, I understand the importance of empathy and active listening.
As a counsellor I build a strong therapeutic alliance with each client.
As a volunteer at Samaritans, I built rapport with callers in crisis.

EXPERIENCE
Counsellor, Seoul Family Counselling Centre | 2018 - present
Listening Volunteer, Samaritans | 2014 - 2018
''')
add('r2_in_my_time_ward', '''
Peter Nolan
Mental Health Counsellor

In my years as a psychiatric nurse, I built rapport with patients on acute wards.
During my time as a care assistant, I learned empathy from residents with dementia.
In my time as a police call handler, I practised active listening under pressure.

Experience
Counsellor, Nottinghamshire Healthcare | 2018 - present
Mental Health Nurse, Nottinghamshire Healthcare | 2004 - 2018
''')
add('r2_midsentence', '''
Lena Fischer
Counsellor — Berlin

Experience
Counsellor, Berliner Krisendienst | 2017 - present
- Rapport with clients in acute crisis; I learned it as a waitress, and I use it every day now.
- I started building rapport with strangers as a cook on cruise ships.
- Working alliance with clients in long-term therapy.
''')
add('r2_salesperson', '''
Tom Reeves
Sales Manager

Experience
Regional Sales Manager, Vodafone | 2015 - present
- As a sales manager, I build rapport with key accounts and practise active listening.
- When I was a retail assistant, I built trust with customers.
- Empathy-led coaching of a team of 12.
''')
add('r2_as_a_at_place_chef', '''
Sam Ortiz
Counsellor

As a Sous Chef at Dishoom, I built rapport across a team of 40 under pressure.
As a Hostess at The Savoy, I practised empathy with guests.
As a Stewardess with Emirates, I built trust with frightened passengers.
As a Counsellor at Mind, I build a working alliance with adults.
''')
for k,v in R.items():
    open(P+k+'.txt','w').write(v)
print(len(R))
