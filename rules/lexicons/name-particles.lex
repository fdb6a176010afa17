# name-particles.lex - particles inside a family name: «بن الضو»,
# «آيت الطالب», «ولد سيدي», «أهل عبد الله».
بن
ابن
بنت
منت
ولد
آيت
أيت
اولاد
أهل
أوت
# «محمد نايت عدي» (n'Ait, Amazigh)
نايت
ماء
أبو
# «يحيى أبا حازم», «محمد أبا الشيخ» (أبو in the accusative)
أبا
