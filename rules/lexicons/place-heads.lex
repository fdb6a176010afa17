# place-heads.lex - the indefinite heads that may name a place's officer
# with the place right after them, no type word between: «منسق وزان»,
# «منسقات تارودانت وتيزنيت», «مفتشا بتاونات», «كاتب فاس».  Only a filter
# (rule head-of-place in 30-titles.rules needs one at the word tried):
# the head's attributes come from title-heads.lex.
منسق
منسقة
منسقا
منسقات
منسقو
منسقي
منسقين
مفتش
مفتشة
مفتشا
مفتشات
مفتشو
مفتشي
مفتشين
كاتب
كاتبة
كاتبا
كاتبات
