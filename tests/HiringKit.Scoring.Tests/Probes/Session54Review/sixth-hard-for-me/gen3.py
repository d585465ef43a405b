H="Counsellor, Open Arms | 2019 - Present\n"
P={
"p47":"- Rapport with older clients is easy for me.",
"p48":"- Rapport with teenage boys is not always easy for me.",
"p49":"- Rapport with clients who self-harm is a real challenge for me.",
"p50":"- Rapport with adolescents takes longer for me.",
"m11":"- Rapport made it hard for me to leave.",
"m12":"- Rapport, but filing is harder for me.",
"m14":"- Rapport used to be harder for me.",
"m16":"- Rapport, once difficult for me, is now a strength.",
"m19":"- Empathy is never hard for me.",
"m20":"- Rapport is not harder for me.",
"m29":"- Rapport is no longer a challenge for me.",
"m21":"- Rapport makes it less hard for me.",
"m18":"- Rapport with clients who are hard for me to reach.",
"m46":"- Rapport • filing is harder for me",
"m40":"- Crisis intervention that would be hard for me alone.",
"m27":"- Rapport with clients whose lives are hard for me to imagine.",
}
for k,v in P.items(): open(f"{'p' if k[0]=='p' else 'm'}/{k}.txt","w").write(H+v+"\n")
