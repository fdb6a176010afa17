# title-heads.lex - the head noun of a title: secretary, coordinator,
# inspector, president, member, deputy ...  Forms cover definite,
# indefinite, accusative (أمينا), feminine, dual and plural.
#   head=    what the post is (secretary, coordinator, ...)
#   def=     the definite form used as the role's text (أمينا → الأمين),
#            given for accusatives only: «منسقة القيادة» stays as written
#   case=acc accusative: «تعيينه أمينا جهويا», the holder is before it
#   number=  du (dual, عضوي) or pl (plural, الأمناء) for lists
#   gender=f feminine
#   level=   the level a post has when no adjective says it: an inspector
#            (مفتش) of the Istiqlal serves a province
الأمين	head=secretary
أمين	head=secretary
أمينا	head=secretary	def=الأمين	case=acc
الأمينة	head=secretary	gender=f
أمينة	head=secretary	gender=f
الأمناء	head=secretary	number=pl
أمناء	head=secretary	number=pl
الكاتب	head=secretary
كاتب	head=secretary
كاتبا	head=secretary	def=الكاتب	case=acc
الكاتبة	head=secretary	gender=f
كاتبة	head=secretary	gender=f
الكتاب	head=secretary	number=pl
كتاب	head=secretary	number=pl
المنسق	head=coordinator
منسق	head=coordinator
منسقا	head=coordinator	def=المنسق	case=acc
المنسقة	head=coordinator	gender=f
منسقة	head=coordinator	gender=f
المنسقين	head=coordinator	number=pl
المنسقون	head=coordinator	number=pl
منسقي	head=coordinator	number=pl
المفتش	head=inspector	level=provincial
مفتش	head=inspector	level=provincial
مفتشا	head=inspector	def=المفتش	case=acc	level=provincial
المفتشة	head=inspector	gender=f	level=provincial
مفتشة	head=inspector	gender=f	level=provincial
المفتشين	head=inspector	number=pl
مفتشي	head=inspector	number=pl
الرئيس	head=president
رئيس	head=president
رئيسا	head=president	def=رئيس	case=acc
الرئيسة	head=president	gender=f
رئيسة	head=president	gender=f
رؤساء	head=president	number=pl
الرؤساء	head=president	number=pl
العضو	head=member
عضو	head=member
عضوا	head=member	def=عضو	case=acc
عضوة	head=member	gender=f
العضوة	head=member	gender=f
عضوي	head=member	number=du
عضوتي	head=member	number=du	gender=f
أعضاء	head=member	number=pl
الأعضاء	head=member	number=pl
النائب	head=deputy
نائب	head=deputy
نائبا	head=deputy	def=نائب	case=acc
النائبة	head=deputy	gender=f
نائبة	head=deputy	gender=f
نواب	head=deputy	number=pl
المسؤول	head=officer
مسؤول	head=officer
مسؤولا	head=officer	def=المسؤول	case=acc
المسؤولة	head=officer	gender=f
مسؤولة	head=officer	gender=f
المندوب	head=delegate
مندوب	head=delegate
المندوبة	head=delegate	gender=f
المقرر	head=rapporteur
مقرر	head=rapporteur
أمين المال	head=treasurer
أمينة المال	head=treasurer	gender=f
