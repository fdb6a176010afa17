# common-words.lex - territory names that are also ordinary Arabic words or phrases.
# Hand-written by the haykal developers after reading every name in territories.tsv
# and aliases.tsv.  A form listed here must NOT be taken as a territory when it stands
# bare in a sentence; it counts only after a type word (lexicons/territory-types.lex
# such as جهة، إقليم، جماعة، مدينة), or, with cue=1, after a clitic or a place cue.
#
# Format: UTF-8; lines starting with '#' and blank lines are ignored; every other line
# holds one form, spelled exactly as in territories.tsv (name_ar) or aliases.tsv (alias).
# By default a listed form needs a territory type word before it («بإقليم الجديدة»).
# cue=1 lets a clitic («بالجديدة») or a place cue («في الجديدة») do as well: for names
# that, after a preposition, are far more often the place than the word.
# Check with: python3 rules/tools/check-lexicons.py rules/gazetteer/common-words.lex

# --- everyday words of political and administrative news
# Most of these follow في، من، على، إلى as ordinary words («في الدورة العادية»,
# «على خلفية», «في حوزة», «صباح اليوم»), so a bare preposition is weak evidence for them.
الدورة
الرتبة
الرتب
المساعدة
المناصرة
الفقراء
المدينة
الجديدة	cue=1
الشرق
الغربية
العيون	cue=1
البيضاء	cue=1
الحمراء
الحاجب	cue=1
الداخلة	cue=1
المضيق	cue=1
الساحل
الفداء
المحمدية	cue=1
المنزل
المنزلة
القلعة	cue=1
البرج
الجرف
خلفية
حوزة
حرارة
صباح
سعادة
كرامة
ملعب
جذور
رياح
ثكنة
مكرس
سلفات	cue=1
بطانة	cue=1
# with ك, a word: «سؤالا كتابيا» (in writing)
تابيا

# --- ordinary words met in news on places, farming, water and housing
المنارة
النخيل
الزيتون
# waterfalls: «يسألون عن الشلالات»
الشلالات	cue=1
# carob: «قرون الخروب», «أشجار الخروب»
الخروب	cue=1
الحمام
الواد
المرسى
الدشرة
السهول
الشعراء
المنصورة	cue=1
# riverside land: «يغمر الماء أراضي الولجة»
الولجة	cue=1
# metres: «على بعد أمتار من مدرسة»
امتار	cue=1
الساحل الشمالي
# a trade: «الزليج والنجارة والحدادة» (ironwork)
الحدادة
الجهة الشرقية	cue=1
# a word once a proclitic is peeled: «وكميات من الملابس» (ك + ميات)
ميات

# --- verbs: «أدرج المجلس النقطة في جدول أعماله» (put on the agenda)
أدرج	cue=1

# --- a region's land, named alone only after «جهة» (aliases.tsv)
سوس
درعة

# --- names that, bare, nearly always mean a place outside the gazetteer
# (مليلة: the Spanish-held enclave of Melilla, not the commune in Benslimane)
مليلة	cue=1
