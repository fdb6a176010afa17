# body-heads.lex - nouns that name a party organ when a level adjective
# follows: «الأمانة الإقليمية»، «الكتابة الجهوية»، «التنسيقية المحلية».
# def= the definite form, for «للأمانة» read as ل + أمانة, and a dual's
# singular (the post of each: «الكتابتين المحليتين» → «الكتابة المحلية»);
# number= du or pl for the dual and plural («الكتابات المحلية»: several
# units, none named).
الأمانة
أمانة	def=الأمانة
الأمانات	number=pl
الكتابة
كتابة	def=الكتابة
الكتابات	number=pl
التنسيقية
تنسيقية	def=التنسيقية
التنسيقيات	number=pl
تنسيقيات	number=pl	def=التنسيقيات
المنسقية
منسقية	def=المنسقية
المنسقيات	number=pl
منسقيات	number=pl	def=المنسقيات
المفتشية
مفتشية	def=المفتشية
المفتشيات	number=pl
المكتب
مكتب	def=المكتب
مكتبا	def=المكتب
المكاتب	number=pl
المجلس
مجلس	def=المجلس
مجلسا	def=المجلس
المجالس	number=pl
اللجنة
لجنة	def=اللجنة
اللجان	number=pl
الفرع
فرع	def=الفرع
فرعا	def=الفرع
الفروع	number=pl
فروع	number=pl	def=الفروع
الهيئة
هيئة	def=الهيئة
القطاع
# «الفيدرالية الجهوية لشبيبة الأحرار»: a youth organisation's organ
الفيدرالية
فيدرالية	def=الفيدرالية
الفيدراليات	number=pl
الفريق
الأمانتين	number=du	def=الأمانة
الأمانتان	number=du	def=الأمانة
الكتابتين	number=du	def=الكتابة
الكتابتان	number=du	def=الكتابة
التنسيقيتين	number=du	def=التنسيقية
تنسيقيتي	number=du	def=التنسيقية
التنسيقيتان	number=du	def=التنسيقية
المنسقيتين	number=du	def=المنسقية
منسقيتي	number=du	def=المنسقية
المنسقيتان	number=du	def=المنسقية
التنظيمات	number=pl
تنظيمات	number=pl	def=التنظيمات
الهياكل	number=pl
هياكل	number=pl	def=الهياكل
المكتبين	number=du	def=المكتب
المكتبان	number=du	def=المكتب
الفرعين	number=du	def=الفرع
الفرعان	number=du	def=الفرع
# Indefinite and construct: «أسسنا فرعين محليين للمنظمة في ... و...»,
# «تنسيقيتا حد السوالم والدروة»; def= the singular, for the post of each
فرعين	number=du	def=الفرع
فرعان	number=du	def=الفرع
تنسيقيتين	number=du	def=التنسيقية
تنسيقيتان	number=du	def=التنسيقية
تنسيقيتا	number=du	def=التنسيقية
كتابتين	number=du	def=الكتابة
كتابتان	number=du	def=الكتابة
كتابتا	number=du	def=الكتابة
أمانتين	number=du	def=الأمانة
أمانتان	number=du	def=الأمانة
أمانتا	number=du	def=الأمانة
# With the party's pronoun: «على رأس مفتشيته الجهوية», «كتابتها الإقليمية»
أمانته	def=الأمانة
أمانتها	def=الأمانة
كتابته	def=الكتابة
كتابتها	def=الكتابة
تنسيقيته	def=التنسيقية
تنسيقيتها	def=التنسيقية
منسقيته	def=المنسقية
منسقيتها	def=المنسقية
مفتشيته	def=المفتشية
مفتشيتها	def=المفتشية
فرعه	def=الفرع
فرعها	def=الفرع
مجلسه	def=المجلس
مجلسها	def=المجلس
مكتبه	def=المكتب
مكتبها	def=المكتب
