exec(open("gen.py").read().split("# ---- Reading 1")[0])
add("u1_01","catch: call myself proficient","Motivational interviewing with clients, though I'd not call myself proficient.")
add("u1_02","catch: call myself a practitioner","Motivational interviewing with clients, though I'd not call myself a practitioner.")
add("u1_03","catch: wouldn't call myself","Motivational interviewing with clients, but I wouldn't call myself an MI practitioner.")
add("u1_04","catch: don't claim to be proficient","Motivational interviewing with clients; I don't claim to be proficient.")
add("u1_05","catch: don't claim to be an MI practitioner","Motivational interviewing with clients; I don't claim to be an MI practitioner.")
add("u2_01","window: struggle ~150 chars after","Rapport is harder by text, especially with young people who use short replies, emojis and voice notes in place of full sentences at night; still working on it.")
add("u2_02","window: struggle ~260 chars after","Rapport is harder by text, especially with young people who use short replies, emojis and voice notes in place of full sentences at night, and with older clients who prefer the phone and expect an answer within the hour on weekdays and weekends alike; still working on it.")
add("u2_03","trap: 'harder' compares others","Rapport is harder for agency staff than for me; I do my best to mentor them.")
add("u5_01","trap: plans to introduce + 'which I already deliver'","The service plans to introduce crisis intervention training for all staff, which I already deliver on my own team.")
add("u5_02","catch: plans to introduce + writer's role","The clinic plans to roll out measurement-based care and I am on the implementation group.")
add("u3_01","trap: I'm not sure the (compliment)","I'm not sure the clinic has a stronger advocate for measurement-based care than me.")
import os,json
for k,(note,bs) in P.items():
    with open(f"p/{k}.txt","w") as f:
        f.write("Alex Morgan\nalex.morgan@example.com\n\nEXPERIENCE\nCounsellor, Riverside Health | 2018 - Present\n")
        for b in bs: f.write(f"- {b}\n")
        f.write("- Caseload of 35 adults with anxiety and depression.\n\nEDUCATION\nMA Counselling, University of Leeds | 2017\n")
n=json.load(open("notes.json")); n.update({k:v[0] for k,v in P.items()}); json.dump(n,open("notes.json","w"),indent=0)
