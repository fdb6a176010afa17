# led-by.lex - words after a party organ that name its head next: «الكتابة
# الجهوية، التي يرأسها فلان», «اجتمعت الكتابة الإقليمية برئاسة فلان».
# post= the post's first word, before the organ: «رئيس الكتابة الجهوية».
# number=du: of two organs, whose heads follow in turn (link.c,
# heads_in_turn): «فرعين ... في X وY، تقودهما على التوالي فلانة وفلانة»;
# the dual's relative before the verb («اللتان») is read there.
التي يرأسها	post=رئيس
الذي يرأسه	post=رئيس
التي ترأسها	post=رئيس
الذي ترأسه	post=رئيس
التي يقودها	post=رئيس
الذي يقوده	post=رئيس
# the head a woman, the organ masculine, or the other way round
الذي تقوده	post=رئيس
التي تقودها	post=رئيس
# «المجلس الجماعي الذي يترأسه فلان»
الذي يترأسه	post=رئيس
التي يترأسها	post=رئيس
الذي تترأسه	post=رئيس
التي تترأسها	post=رئيس
برئاسة	post=رئيس
تحت رئاسة	post=رئيس
# «فرع حرارة يقوده الشاب فلان»
يقوده	post=رئيس
يقودها	post=رئيس
يرأسه	post=رئيس
يرأسها	post=رئيس
تقوده	post=رئيس
تقودها	post=رئيس
يترأسه	post=رئيس
يترأسها	post=رئيس
تترأسه	post=رئيس
تترأسها	post=رئيس
# «منظمة النساء بالإقليم، التي تنسقها فلانة»
التي تنسقها	post=منسق
الذي ينسقه	post=منسق
التي ينسقها	post=منسق
الذي تنسقه	post=منسق
تنسقها	post=منسق
ينسقه	post=منسق
ينسقها	post=منسق
تنسقه	post=منسق
# «الكتابة المحلية، التي يسيرها (بالنيابة) فلان»: a status word right after
# the verb is the head's (link.c)
التي يسيرها	post=مسير
الذي يسيره	post=مسير
الذي تسيره	post=مسير
التي تسيرها	post=مسير
يسيره	post=مسير
يسيرها	post=مسير
تسيره	post=مسير
تسيرها	post=مسير
# Of two organs (after the dual's relative too, «اللتان يقودهما»)
يقودهما	post=رئيس	number=du
تقودهما	post=رئيس	number=du
يرأسهما	post=رئيس	number=du
ترأسهما	post=رئيس	number=du
يسيرهما	post=رئيس	number=du
تسيرهما	post=رئيس	number=du
