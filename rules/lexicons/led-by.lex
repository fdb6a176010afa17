# led-by.lex - words after a party organ that name its head next: «الكتابة
# الجهوية، التي يرأسها فلان», «اجتمعت الكتابة الإقليمية برئاسة فلان».
# post= the post's first word, before the organ: «رئيس الكتابة الجهوية».
# number=du: of two organs, whose heads follow in turn (link.c,
# heads_in_turn): «فرعين ... في X وY، تقودهما على التوالي فلانة وفلانة».
التي يرأسها	post=رئيس
الذي يرأسه	post=رئيس
التي ترأسها	post=رئيس
الذي ترأسه	post=رئيس
التي يقودها	post=رئيس
الذي يقوده	post=رئيس
برئاسة	post=رئيس
تحت رئاسة	post=رئيس
# «فرع حرارة يقوده الشاب فلان»
يقوده	post=رئيس
يقودها	post=رئيس
يرأسه	post=رئيس
يرأسها	post=رئيس
تقوده	post=رئيس
تقودها	post=رئيس
# Of two organs: the verb alone or after the relative of the dual
يقودهما	post=رئيس	number=du
تقودهما	post=رئيس	number=du
يرأسهما	post=رئيس	number=du
ترأسهما	post=رئيس	number=du
يسيرهما	post=رئيس	number=du
تسيرهما	post=رئيس	number=du
اللتان يقودهما	post=رئيس	number=du
اللتان تقودهما	post=رئيس	number=du
اللتان يرأسهما	post=رئيس	number=du
اللتان ترأسهما	post=رئيس	number=du
اللتان يسيرهما	post=رئيس	number=du
اللتان تسيرهما	post=رئيس	number=du
اللتين يقودهما	post=رئيس	number=du
اللتين تقودهما	post=رئيس	number=du
اللتين يرأسهما	post=رئيس	number=du
اللتين ترأسهما	post=رئيس	number=du
اللتين يسيرهما	post=رئيس	number=du
اللتين تسيرهما	post=رئيس	number=du
اللذان يقودهما	post=رئيس	number=du
اللذان تقودهما	post=رئيس	number=du
اللذان يرأسهما	post=رئيس	number=du
اللذان ترأسهما	post=رئيس	number=du
اللذان يسيرهما	post=رئيس	number=du
اللذان تسيرهما	post=رئيس	number=du
اللذين يقودهما	post=رئيس	number=du
اللذين تقودهما	post=رئيس	number=du
اللذين يرأسهما	post=رئيس	number=du
اللذين ترأسهما	post=رئيس	number=du
اللذين يسيرهما	post=رئيس	number=du
اللذين تسيرهما	post=رئيس	number=du
