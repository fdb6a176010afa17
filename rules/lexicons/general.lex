# general.lex - «العام» in «الأمين العام», «الكتابة العامة»: a general
# (national) post, or with a level adjective, the head of that level.
العام
العامة
عاما	def=العام
عامة	def=العامة
