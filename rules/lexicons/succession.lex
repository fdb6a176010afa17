# succession.lex - «انتخاب فلان كاتبا محليا، خلفا للأخ فلان»: the person
# after these words held the same post before (status former): «خلفا ل»،
# «عوض»، «بدلا من».
# takes=ل: a name right after it written with ل has the preposition
# («خلفا لحسن» is حسن; Lahcen would be «خلفا للحسن»)
خلفا	takes=ل
خلفا ل
عوض
بدلا من
عوضا عن
عوضا ل
بدلا عن
بدل
خلفا لسلفه
# Darija: «عوضا على فلان», «فبلاصة فلان»
عوضا على
بلاصة
فبلاصة
# «شكر الكاتب الإقليمي سلفه فلان»: the person after held the post named before
سلفه
سلفها
# «عين فلان منسقا إقليميا، بعد استقالة المنسق السابق فلان»: the name after
# the post's title, bare (titled=1: not «بعد استقالة رئيس الجماعة فلان»)
بعد استقالة	titled=1
إثر استقالة	titled=1
بعد إعفاء	titled=1
إثر إعفاء	titled=1
بعد وفاة	titled=1
إثر وفاة	titled=1
# «انتخبت على رأس الأمانة الجهوية في الربيع الماضي، حيث خلفت فلانا»: a
# past verb of succession after the post (not «خلف» alone: «behind»)
خلفت
حيث خلف
حيث خلفت
إذ خلف
إذ خلفت
ليخلف
لتخلف
