# led-by.lex - words after a party organ that name its head next: «الكتابة
# الجهوية، التي يرأسها فلان», «اجتمعت الكتابة الإقليمية برئاسة فلان».
# post= the post's first word, before the organ: «رئيس الكتابة الجهوية».
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
