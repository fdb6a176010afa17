# connectors.lex - words that may stand between a title and its party or
# territory: «الأمين المحلي على مستوى جماعة ...», «لكل من».
على
مستوى
صعيد
في
عن
لكل
بكل
كل
من
داخل
تراب
ل
ب
التابعة
التابع
باسم
# Darija genitive: «الأمين المحلي ديال الحزب فمقاطعة حسان»
ديال
ديالو
ديالها
المنتمي
المنتمية
المنتمين
