# place-heads.lex - the indefinite heads that may name a place's officer
# or organ with the place right after them, no type word between: «منسق
# وزان», «منسقات تارودانت وتيزنيت», «مفتشا بتاونات», «كاتب فاس»,
# «منسقيات الحسيمة والدريوش»; and the Istiqlal's inspector with the
# article: «المفتش بالناظور».  Only a filter (rules head-of-place in
# 30-titles.rules and of-place in 40-bodies.rules need one at the word
# tried): the attributes come from title-heads.lex and body-heads.lex.
منسق
منسقة
منسقا
منسقات
منسقو
منسقي
منسقين
مفتش
مفتشة
المفتش
المفتشة
مفتشا
مفتشات
مفتشو
مفتشي
مفتشين
كاتب
كاتبة
كاتبا
كاتبات
منسقية
منسقيات
منسقيتي
تنسيقية
تنسيقيات
تنسيقيتي
تنسيقيتا
مفتشية
مفتشيات
