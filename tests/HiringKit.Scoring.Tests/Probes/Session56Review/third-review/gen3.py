P='/tmp/s56/review3/p/'
R={}
def add(name, text): R[name]=text.strip('\n')+'\n'
# ---------- Reading 3: denials / aims ----------
add('r3_wouldnt_call_therapy', '''
Rachel Green
Peer Support Counsellor

PROFILE
I wouldn't call what we do therapy, but rapport is at the centre of every peer session.
I wouldn't describe what we do as treatment planning; it is more like goal-setting with members.
I wouldn't call what we do a therapeutic alliance.

EXPERIENCE
Peer Support Worker, Hearing Voices Network | 2018 - present
''')
add('r3_dropped_other', '''
Michelle Ward
Lead Counsellor

EXPERIENCE
Lead Counsellor, Barnardo's | 2017 - present
- We dropped the paper forms and moved to the Session Rating Scale on tablets.
- We stopped using the waiting list model and built rapport with families by phone first.
- I scrapped the old intake questionnaire in favour of collaborative treatment planning.
''')
add('r3_reinstated', '''
Gemma Holt
Counselling Service Manager

EXPERIENCE
Service Manager, Talking Therapies Southwark | 2016 - present
- We phased out the Session Rating Scale in 2019, then reinstated it in 2021 after feedback.
- The team dropped measurement-based care during lockdown and brought it back in 2022.
- We discontinued clinical supervision groups in 2020 and then restarted them.
- We stopped using the session rating scale and then resumed it a year later.
''')
add('r3_not_just_my_job', '''
Owen Price
Counsellor

PROFILE
Treatment planning isn't only my responsibility; I share it with each client.
Cultural competency is not just my job, it is everyone's job in the service.
Clinical supervision is not my job alone.
Rapport isn't my job title, but it is my job.

EXPERIENCE
Counsellor, Relate Cymru | 2015 - present
''')
add('r3_not_my_job_plain', '''
Sunita Patel
Wellbeing Practitioner

EXPERIENCE
Psychological Wellbeing Practitioner, Lincolnshire Talking Therapies | 2020 - present
- Treatment planning is not my job; step 3 therapists do it.
- Clinical supervision isn't something the service provides to PWPs, so I pay privately.
- Measurement-based care isn't something we offer yet, but I am piloting the PHQ-9 tracker.
- Trust building isn't part of my role.
''')
add('r3_wouldnt_say', '''
Jacob Lee
Counsellor

PROFILE
I wouldn't say I have a strong rapport with every client, but most stay to the end of their contract.
I wouldn't say I have a specialism in treatment planning.
I would say I have a strong working alliance with adolescents.

EXPERIENCE
Counsellor, Youth Access | 2019 - present
''')
add('r3_will_try', '''
Megan Doyle
Counsellor

EXPERIENCE
Counsellor, Mind Cheshire | 2020 - present
- I will try the Session Rating Scale with all new clients from January.
- Clients will try the session rating scale before their first review.
- We will try measurement-based care across the service next year.
- I tried the session rating scale in 2021 and have used it ever since.
''')
add('r3_goals_future', '''
Nadia Rahman
Counsellor

EXPERIENCE
Counsellor, Manchester Mind | 2019 - present
- Individual counselling for adults.

GOALS
Complete a diploma in clinical supervision by 2028.
Introduce measurement-based care across the service in 2027, as I did at Mind in 2022.
Having completed cultural competency training, I aim to lead it by 2027.
I will keep using the Session Rating Scale through 2027.
''')
add('r3_goals_other_heading', '''
Victoria Adams
Counsellor

CAREER GOALS AND ACHIEVEMENTS
Introduced the Session Rating Scale across 3 sites; rollout to all 5 sites planned for 2027.
Clinical supervision diploma to be completed 2028.

EXPERIENCE
Counsellor, Relate Leicestershire | 2017 - present
''')
add('r3_getting_there', '''
Ellie Shaw
Trainee Counsellor

SKILLS
Active listening - strong
Cultural competency – getting there
Treatment planning — getting there with support from my supervisor
Rapport - getting there, slowly but surely
''')
add('r3_repeat_doubt', '''
Chris Morgan
Counsellor

PROFILE
Empathy — empathy, I hope?
Rapport: rapport is my strongest skill, I think.
Active listening, listening always, perhaps.
Treatment planning is treatment planning, no doubt.

EXPERIENCE
Counsellor, Brighton Counselling Centre | 2021 - present
''')
add('r3_dropped_realistic', '''
Hannah Lewis
Senior Counsellor

EXPERIENCE
Senior Counsellor, Off the Record Croydon | 2015 - present
- We dropped the session rating scale because young people found it patronising.
- I stopped using the working alliance inventory after my training ended.
- The team stopped using measurement-based care when funding ended.
- We abandoned the ORS/SRS in 2020.
''')
add('r3_anything_other', '''
Ian Brooks
Counsellor

PROFILE
I wouldn't call what we do anything other than a therapeutic alliance.
I never dropped the Session Rating Scale, even during lockdown.
Nobody on the team stopped using the session rating scale.
We haven't abandoned measurement-based care.

EXPERIENCE
Counsellor, Sheffield Mind | 2016 - present
''')
for k,v in R.items():
    open(P+k+'.txt','w').write(v)
print(len(R))
