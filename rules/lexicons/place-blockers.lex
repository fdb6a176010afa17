# place-blockers.lex - words after which a place name is not the territory
# itself: a street, a square, a venue, an electoral district («زنقة فاس»,
# «قاعة المنارة», «الدائرة الانتخابية ورزازات»).  A name right after a
# street's or a venue's word is the place's, not a person («مستشفى محمد
# السادس»); not after an electoral district's (kind=district: «النائب عن
# الدائرة فلان»).
شارع
زنقة
درب
حي
ساحة
قاعة
فندق
مركب
ملعب
مقهى
مطعم
نادي
مدرسة
ثانوية
كلية
جامعة
مستشفى
الدائرة الانتخابية	kind=district
دائرة انتخابية	kind=district
الدائرة التشريعية	kind=district
دائرة	kind=district
الدائرة	kind=district
مطار
# a radio station named after its city: «إذاعة أكادير الجهوية»
إذاعة
باب
دوار
# a cinema or a theatre named after its city: «سينما مراكش»
سينما
مسرح
# the police of a city: «بولاية أمن الدار البيضاء»
ولاية أمن
ولاية الأمن
# a school or a bus station named after a person or a place: «إعدادية موحى
# أوحمو الزياني», «المحطة الطرقية أولاد زيان»
إعدادية
الإعدادية
المحطة الطرقية
محطة طرقية
