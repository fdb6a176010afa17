# title-heads.lex - the head noun of a title: secretary, coordinator,
# inspector, president, member, deputy ...  Forms cover definite,
# indefinite, accusative (أمينا), feminine, dual and plural.
#   head=    what the post is (secretary, coordinator, ...)
#   def=     the definite form used as the role's text (أمينا → الأمين);
#            applied when the title is a noun with its adjective («كاتبة
#            إقليمية»), not to a head before a genitive («منسقة القيادة»)
#   case=acc accusative: «تعيينه أمينا جهويا», the holder is before it
#   number=  du (dual, عضوي) or pl (plural, الأمناء) for lists
#   gender=f feminine
#   level=   the level a post has when no adjective says it: an inspector
#            (مفتش) of the Istiqlal serves a province
#   pron=1   the head carries a pronoun («كاتبها العام»); the role's text
#            always has the def form («الكاتب العام»)
الأمين	head=secretary
أمين	head=secretary	def=الأمين
أمينا	head=secretary	def=الأمين	case=acc
الأمينة	head=secretary	gender=f
أمينة	head=secretary	gender=f	def=الأمينة
الأمناء	head=secretary	number=pl	def=الأمين
أمناء	head=secretary	number=pl	def=الأمين
الأمينات	head=secretary	number=pl	gender=f	def=الأمينة
أمينات	head=secretary	number=pl	gender=f	def=الأمينة
الكاتب	head=secretary
كاتب	head=secretary	def=الكاتب
كاتبا	head=secretary	def=الكاتب	case=acc
الكاتبة	head=secretary	gender=f
كاتبة	head=secretary	gender=f	def=الكاتبة
كاتبنا	head=secretary	def=الكاتب	pron=1
كاتبتنا	head=secretary	gender=f	def=الكاتبة	pron=1
الكتاب	head=secretary	number=pl	def=الكاتب
كتاب	head=secretary	number=pl	def=الكاتب
الكاتبات	head=secretary	number=pl	gender=f	def=الكاتبة
كاتبات	head=secretary	number=pl	gender=f	def=الكاتبة
المنسق	head=coordinator
منسق	head=coordinator	def=المنسق
منسقا	head=coordinator	def=المنسق	case=acc
المنسقة	head=coordinator	gender=f
منسقة	head=coordinator	gender=f	def=المنسقة
# «وهي اليوم منسقتنا المحلية بتيداس»: «our» in a speaker's quote
منسقنا	head=coordinator	def=المنسق	pron=1
منسقتنا	head=coordinator	gender=f	def=المنسقة	pron=1
المنسقين	head=coordinator	number=pl	def=المنسق
منسقين	head=coordinator	number=pl	def=المنسق
منسقون	head=coordinator	number=pl	def=المنسق
المنسقون	head=coordinator	number=pl	def=المنسق
منسقي	head=coordinator	number=pl	def=المنسق
المنسقات	head=coordinator	number=pl	gender=f	def=المنسقة
منسقات	head=coordinator	number=pl	gender=f	def=المنسقة
المفتش	head=inspector	level=provincial
مفتش	head=inspector	level=provincial	def=المفتش
مفتشا	head=inspector	def=المفتش	case=acc	level=provincial
المفتشة	head=inspector	gender=f	level=provincial
مفتشة	head=inspector	gender=f	level=provincial	def=المفتشة
المفتشين	head=inspector	number=pl	def=المفتش
مفتشين	head=inspector	number=pl	def=المفتش
مفتشي	head=inspector	number=pl	def=المفتش
المفتشات	head=inspector	number=pl	gender=f	level=provincial	def=المفتشة
مفتشات	head=inspector	number=pl	gender=f	level=provincial	def=المفتشة
الرئيس	head=president
رئيس	head=president
رئيسا	head=president	def=رئيس	case=acc
الرئيسة	head=president	gender=f
رئيسة	head=president	gender=f
رؤساء	head=president	number=pl	def=رئيس
الرؤساء	head=president	number=pl	def=الرئيس
العضو	head=member
عضو	head=member
عضوا	head=member	def=عضو	case=acc
عضوة	head=member	gender=f
العضوة	head=member	gender=f
عضوي	head=member	number=du	def=عضو
عضوتي	head=member	number=du	gender=f	def=عضوة
عضوتا	head=member	number=du	gender=f	def=عضوة
أعضاء	head=member	number=pl	def=عضو
الأعضاء	head=member	number=pl	def=العضو
النائب	head=deputy
نائب	head=deputy
نائبا	head=deputy	def=نائب	case=acc
النائبة	head=deputy	gender=f
# «آلت مهام نائبه إلى فلانة»: the deputy of the head named before
نائبه	head=deputy	def=نائب	pron=1
نائبها	head=deputy	def=نائب	pron=1
نائبته	head=deputy	gender=f	def=نائبة	pron=1
# «آل منصب كاتب المجلس إلى فلان ونيابته إلى فلانة»: his deputyship
نيابته	head=deputy	def=نائب	pron=1
نيابتها	head=deputy	def=نائب	pron=1
نائبة	head=deputy	gender=f
النواب	head=deputy	number=pl	def=النائب
نواب	head=deputy	number=pl	def=نائب
النائبات	head=deputy	number=pl	gender=f	def=النائبة
نائبات	head=deputy	number=pl	gender=f	def=النائبة
نائبين	head=deputy	number=du	def=نائب
نائبان	head=deputy	number=du	def=نائب
نائبتين	head=deputy	number=du	gender=f	def=نائبة
نائبتان	head=deputy	number=du	gender=f	def=نائبة
نائبتا	head=deputy	number=du	gender=f	def=نائبة
المسؤول	head=officer
مسؤول	head=officer	def=المسؤول
مسؤولا	head=officer	def=المسؤول	case=acc
المسؤولة	head=officer	gender=f
مسؤولة	head=officer	gender=f	def=المسؤولة
المكلف	head=officer
مكلف	head=officer	def=المكلف
مكلفا	head=officer	def=المكلف	case=acc
المكلفة	head=officer	gender=f
مكلفة	head=officer	gender=f	def=المكلفة
المندوب	head=delegate
مندوب	head=delegate	def=المندوب
المندوبة	head=delegate	gender=f
المقرر	head=rapporteur
مقرر	head=rapporteur	def=المقرر
مقررا	head=rapporteur	def=المقرر	case=acc
المقررة	head=rapporteur	gender=f
مقررة	head=rapporteur	gender=f	def=المقررة
أمين المال	head=treasurer
أمينة المال	head=treasurer	gender=f
# With the organisation's pronoun: «زار كاتبها العام ...», «منسقه الإقليمي»
كاتبها	head=secretary	def=الكاتب	pron=1
كاتبه	head=secretary	def=الكاتب	pron=1
أمينها	head=secretary	def=الأمين	pron=1
أمينه	head=secretary	def=الأمين	pron=1
منسقها	head=coordinator	def=المنسق	pron=1
منسقه	head=coordinator	def=المنسق	pron=1
كاتبته	head=secretary	gender=f	def=الكاتبة	pron=1
كاتبتها	head=secretary	gender=f	def=الكاتبة	pron=1
أمينته	head=secretary	gender=f	def=الأمينة	pron=1
أمينتها	head=secretary	gender=f	def=الأمينة	pron=1
منسقته	head=coordinator	gender=f	def=المنسقة	pron=1
منسقتها	head=coordinator	gender=f	def=المنسقة	pron=1
مفتشها	head=inspector	level=provincial	def=المفتش	pron=1
مفتشه	head=inspector	level=provincial	def=المفتش	pron=1
رئيسها	head=president	def=رئيس	pron=1
رئيسه	head=president	def=رئيس	pron=1
عضوه	head=member	def=عضو	pron=1
عضوها	head=member	def=عضو	pron=1
عضوته	head=member	gender=f	def=عضو	pron=1
# Duals: «الكاتبين المحليين للحزب بتافراوت والمعدر الكبير»
الكاتبين	head=secretary	number=du	def=الكاتب
الكاتبان	head=secretary	number=du	def=الكاتب
الأمينين	head=secretary	number=du	def=الأمين
الأمينان	head=secretary	number=du	def=الأمين
المنسقان	head=coordinator	number=du	def=المنسق
المفتشان	head=inspector	number=du	def=المفتش
العضوين	head=member	number=du	def=العضو
العضوان	head=member	number=du	def=العضو
عضوين	head=member	number=du	def=عضو
# «فلان وفلان كاتبين محليين لفرعي ... على التوالي»
# Construct duals: «بتنسيق مع كاتبي فرعي أرفود والريصاني، فلانة وفلان، على التوالي»
كاتبي	head=secretary	number=du	def=كاتب
كاتبتي	head=secretary	number=du	gender=f	def=كاتبة
أميني	head=secretary	number=du	def=أمين
أمينتي	head=secretary	number=du	gender=f	def=أمينة
منسقتي	head=coordinator	number=du	gender=f	def=منسقة
كاتبين	head=secretary	number=du	def=الكاتب
كاتبان	head=secretary	number=du	def=الكاتب
الكاتبتين	head=secretary	number=du	gender=f	def=الكاتبة
كاتبتين	head=secretary	number=du	gender=f	def=كاتبة
أمينين	head=secretary	number=du	def=أمين
أمينتين	head=secretary	number=du	gender=f	def=أمينة
منسقتين	head=coordinator	number=du	gender=f	def=منسقة
المنسقتين	head=coordinator	number=du	gender=f	def=المنسقة
مفتشتين	head=inspector	number=du	gender=f	level=provincial	def=المفتشة
# «الأمينتين الإقليميتين للمنظمة بخريبكة والفقيه بن صالح»
الأمينتين	head=secretary	number=du	gender=f	def=الأمينة
الأمينتان	head=secretary	number=du	gender=f	def=الأمينة
الكاتبتان	head=secretary	number=du	gender=f	def=الكاتبة
المنسقتان	head=coordinator	number=du	gender=f	def=المنسقة
المفتشتين	head=inspector	number=du	gender=f	level=provincial	def=المفتشة
المفتشتان	head=inspector	number=du	gender=f	level=provincial	def=المفتشة
