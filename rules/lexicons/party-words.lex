# party-words.lex - «حزب» before a party's name; generic=1 marks «الحزب»
# used alone, which means the party the article is about.  def= the
# definite form, for titles («رئيس حزب ...» is the post «رئيس الحزب»).
حزب	def=الحزب
الحزب	generic=1
أحزاب
حزبي
# «الأمين الإقليمي لحزبها بميدلت»: the party of the one the sentence is
# about, taken as the article's
# «الكاتب المحلي لهذا الحزب»: the party named last before it
هذا الحزب	generic=1
حزبه	generic=1
حزبها	generic=1
# The party's organisation the article is about («المنسقة الجهوية للمنظمة»)
المنظمة	generic=1
الرابطة	generic=1
الشبيبة	generic=1
منظمة الشباب	generic=1
منظمة الشبيبة	generic=1
منظمة النساء	generic=1
منظمة المرأة	generic=1
# «الكاتبة الجهوية لشبيبة الحزب بجهة فاس مكناس»: the youth or women of
# the party the article is about
شبيبة الحزب	generic=1
منظمة شبيبة الحزب	generic=1
نساء الحزب	generic=1
# «كاتبة فرع الفيدرالية بمغوغة»: the federation the article is about
# (فيدرالية اليسار الديمقراطي when the article names it, else a party's
# federation of women)
الفيدرالية	generic=1	party=فيدرالية اليسار الديمقراطي
