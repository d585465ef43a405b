import textwrap,os,json
P="p"
names=["Aroha Ngata","Ben Okafor","Clara Jensen","Dev Patel","Erin Walsh","Farid Haddad","Gemma Rossi","Hana Sato","Isla McLeod","Jonah Baptiste"]
orgs=["Harbour Counselling Centre","Northside Recovery Service","Kōwhai Family Support","Riverside Wellbeing Clinic","Lakeside Addiction Service"]
def tpl_bullets(i,keys):
    n=names[i%10];o=orgs[i%5]
    ks="\n".join("- "+k for k in keys)
    return f"""{n}
Counsellor, MBACP (Accred.)
Leeds, UK | {n.split()[0].lower()}@mail.com | 07700 900{i:03d}

PROFILE
Person-centred counsellor working with adults experiencing anxiety, depression and trauma.

EXPERIENCE
Counsellor | {o} | March 2019 - Present
- Deliver 22 one-to-one sessions per week, short- and open-ended contracts.
{ks}
- Complete risk assessments and safeguarding referrals.

Assistant Psychologist | Leeds Community Mental Health Team | 2016 - 2019
- Co-facilitated CBT groups for low mood.

EDUCATION
MA Counselling and Psychotherapy, University of Leeds, 2018
BSc Psychology, University of York, 2015

SKILLS
CBT, person-centred therapy, motivational interviewing, risk assessment
"""
def tpl_prose(i,keys):
    n=names[i%10];o=orgs[i%5]
    ks=" ".join(keys)
    return f"""{n}
Registered Counsellor
Wellington | {n.split()[0].lower()}@mail.co.nz

Work History

Counsellor, {o}, Wellington (February 2018 – present)
I work with adults and young people referred for anxiety, grief and substance use. {ks} I hold a caseload of about twenty and take part in the weekly team meeting.

Support Worker, Te Aro Housing Trust (2014 – 2018)
Supported tenants to sustain tenancies and link with health services.

Qualifications
Master of Counselling, Massey University, 2017
Registered with NZAC
"""
def tpl_pipes(i,keys):
    n=names[i%10];o=orgs[i%5]
    ks="\n".join("• "+k for k in keys)
    return f"""{n} | Addiction Counsellor | Cape Town | {n.split()[0].lower()}@mail.co.za

PROFESSIONAL EXPERIENCE
Addiction Counsellor | {o} | Jan 2020 – Present
• Individual and group counselling for adults in outpatient and residential programmes.
{ks}
• Facilitated relapse-prevention groups of 8-12 clients.

Registered Counsellor | Mowbray Community Clinic | 2015 – 2019
• Brief interventions and psychoeducation for clinic attenders.

EDUCATION
BPsych (Counselling), University of Cape Town | 2014
SKILLS
Motivational interviewing | relapse prevention | group facilitation
"""
def tpl_twocol(i,keys):
    n=names[i%10];o=orgs[i%5]
    left=["SKILLS","CBT","Motivational interviewing","Risk assessment","Group work","","LANGUAGES","English, Spanish","",""]
    right=["EXPERIENCE",f"Mental Health Counsellor, {o}",  "April 2017 - Present"]+keys+["Weekly caseload of 25 adults.","","Intern Counsellor, Portland Clinic 2015-2017"]
    L=max(len(left),len(right))
    rows=[]
    for j in range(L):
        a=left[j] if j<len(left) else ""
        b=right[j] if j<len(right) else ""
        rows.append((a.ljust(32)+b).rstrip())
    return f"""{n}
Licensed Professional Counselor (LPC)
Portland, OR  |  {n.split()[0].lower()}@mail.com

""" + "\n".join(rows) + """

EDUCATION
M.A. Clinical Mental Health Counseling, Portland State University, 2016
"""
def tpl_pdf(i,keys):
    n=names[i%10];o=orgs[i%5]
    body="Provided individual counselling to adults with anxiety and depression. "+" ".join(keys)+" Maintained clinical notes in line with policy."
    wrapped="\n".join(textwrap.wrap(body,64))
    return f"""{n}
Counsellor
Dublin | {n.split()[0].lower()}@mail.ie

Employment
Counsellor — {o}, Dublin
Sept 2018 – Present
{wrapped}

Trainee Counsellor — Pieta House, Dublin
2016 – 2018
Placement hours with adults in suicidal crisis.

Education
MSc Counselling Psychology, Trinity College Dublin, 2018
"""
def tpl_narr(i,keys):
    n=names[i%10]
    body=" ".join(keys)
    return f"""{n}
{n.split()[0].lower()}@mail.com | Bristol

About me
{body} I work with adults facing anxiety, bereavement and relationship difficulties, using an integrative approach.

Training
Diploma in Integrative Counselling, Bristol Counselling College, 2016
Certificate in Supervision, 2021

Interests
Hill walking, choir, allotment
"""
def tpl_narr_below(i,keys):
    n=names[i%10]
    body=" ".join(keys)
    return f"""{n}
{n.split()[0].lower()}@mail.com | Bristol

About me
{body} I work with adults facing anxiety, bereavement and relationship difficulties.

Experience
Counsellor, Avon Counselling Trust, June 2022 - Present
- Short-term counselling for adults.
Trainee Counsellor, Bristol Mind, 2020 - 2022
- Placement counselling.

Training
Diploma in Integrative Counselling, Bristol Counselling College, 2020
"""
T={"b":tpl_bullets,"pr":tpl_prose,"pi":tpl_pipes,"tc":tpl_twocol,"pdf":tpl_pdf,"n":tpl_narr,"nb":tpl_narr_below}
import sys
specs=[]
exec(open("specs.py").read())
meta={}
for i,(pid,t,keys,exp,note) in enumerate(specs):
    txt=T[t](i,keys) if t!="raw" else keys[0]
    open(f"{P}/{pid}.txt","w").write(txt)
    meta[pid+".txt"]=dict(t=t,keys=keys,exp=exp,note=note)
json.dump(meta,open("meta.json","w"),indent=1,ensure_ascii=False)
print(len(specs))
