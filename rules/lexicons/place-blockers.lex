# place-blockers.lex - words after which a place name is not the territory
# itself: a street, a square, a venue, an electoral district («زنقة فاس»,
# «قاعة المنارة», «الدائرة الانتخابية ورزازات»).
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
الدائرة الانتخابية
دائرة انتخابية
الدائرة التشريعية
دائرة
الدائرة
