P='/tmp/s55/review4/p2'
def w(fn, title, line):
    open(f'{P}/{fn}.txt','w').write(f"Sam Lee\nname@example.com | 0400 000 000\n\nEXPERIENCE\n{title}\n- {line}\n- Weekly sessions with adults facing anxiety and low mood\n")
w("x01-farmers-plain-title","Counsellor, Riverina Wellbeing | 2015 - Present","Rapport with the farmers at the Wagga saleyards, who refer neighbours to us")
w("x02-tradies-plain-title","Counsellor, MATES in Construction | 2017 - Present","Rapport with the tradies at the Barangaroo site, who refer workmates to us")
w("x03-prison-officers-for-referrals","Counsellor, Prison Officers' Association Support Line | 2015 - 2023","Rapport with prison officers for referrals to trauma therapy")
w("x04-not-paid-role","Counsellor (not a paid role), Samaritans | 2012 - 2016","Therapeutic alliance with callers")
w("x05-engagement-shown-dashboards","Counsellor, Riverside Health | 2018 - Present","Improved client engagement, shown on our dashboards")
w("x06-firefighters-for-referrals","Counsellor, Fire Fighters Charity | 2014 - Present","Rapport with firefighters for referrals to trauma-focused therapy")
w("x07-employees-eap","EAP Counsellor, Optum | 2015 - Present","Rapport with staff at client sites for referrals to specialist services")
