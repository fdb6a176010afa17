# name-particles.lex - particles inside a family name: «بن الضو»,
# «آيت الطالب», «ولد سيدي».
بن
ابن
بنت
ولد
آيت
أيت
اولاد
