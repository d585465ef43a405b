P={
"k01":"Used feedback-informed treatment with all clients; the team will introduce it clinic-wide.",
"k02":"Support interpreters exposed to vicarious trauma. Working alliance with the interpreters over twelve sessions each.",
"k03":"I try and keep professional boundaries clear from the first session.",
"k04":"Counselling for coordinators: rapport with coordinators after the evacuation, six sessions each.",
"k05":"I try motivational interviewing with clients who are ambivalent about drinking; 70% reduce use by week 8.",
"k06":"Feedback-informed treatment - will roll out to the whole team after my pilot showed 30% fewer dropouts.",
"k07":"Therapeutic alliance with coordinators of volunteer programmes I counsel.",
"k08":"Rapport with mediators who sought counselling after the court case.",
}
for k,v in P.items():
    open(f"p/{k}.txt","w").write(f"Alex Morgan\nCounsellor, Riverside Health | 2018 - Present\n- {v}\n- Provide individual counselling to adults with anxiety and depression.\n")
