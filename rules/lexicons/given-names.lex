# given-names.lex - given (first) names common in Morocco, for recognising people in news.
# Compiled by the haykal developers from common knowledge of Moroccan naming; no full names
# of real people, only given names.
#
# Format: UTF-8; lines starting with '#' and blank lines are ignored; every other line is
#     form<TAB>gender=m|f[<TAB>common=1][<TAB>prefix=1]
#  - form: the name as written in Arabic script, without diacritics; a compound given name
#    written as two words (نور الدين، فاطمة الزهراء) is one form with one space.
#  - gender=m / gender=f: the sex the name is usually given to in Morocco.
#  - common=1: the form is also an ordinary word or phrase likely in political news
#    (سعيد "happy", أمين "secretary", صادق "ratified", حياة "life"...), so it needs
#    more evidence than its mere presence to count as a name.
#  - prefix=1: an honorific that stands before a given name (مولاي، سيدي، لالة، للا);
#    not a name by itself.
# Forms built on عبد (عبد الله، عبد الرحمان...) are handled by a rule and are not listed.
# Real spelling variants each have their own line (زكرياء/زكريا، داود/داوود، أكسيل/أكسل).
# Variants that differ only by hamza on alef, spaces, tatweel or diacritics are folded by
# the engine and are mostly not listed (a few, like إلياس/الياس, are kept for other tools).
# Order: prefixes, male names, female names; each block sorted.
# Check with: python3 rules/tools/check-lexicons.py rules/lexicons/given-names.lex

# --- honorific prefixes
مولاي	gender=m	prefix=1
سيدي	gender=m	prefix=1
لالة	gender=f	prefix=1
للا	gender=f	prefix=1

# --- male names: Arabic, Moroccan and Amazigh names common in Morocco
آدم	gender=m
أبوبكر	gender=m
أحمد	gender=m
أدهم	gender=m
أديب	gender=m
أسامة	gender=m
أسعد	gender=m
أشرف	gender=m	common=1
أغيلاس	gender=m
أكرم	gender=m	common=1
أكسل	gender=m
أكسيل	gender=m
أمازيغ	gender=m	common=1
أمجد	gender=m
أمزيان	gender=m
أمناي	gender=m
أمير	gender=m	common=1
أمين	gender=m	common=1
أناس	gender=m
أنزار	gender=m
أنس	gender=m
أنور	gender=m
أنير	gender=m
أنيس	gender=m
أوس	gender=m
أويس	gender=m
أيمن	gender=m
أيوب	gender=m
أيور	gender=m
إبراهيم	gender=m
إدريس	gender=m
إزم	gender=m
إسحاق	gender=m
إسماعيل	gender=m
إلياس	gender=m
إياد	gender=m
إياس	gender=m
إيدر	gender=m
إيدير	gender=m
إيهاب	gender=m
احساين	gender=m
احماد	gender=m
اعمر	gender=m
البشير	gender=m
التهامي	gender=m
الجيلالي	gender=m
الحبيب	gender=m
الحسان	gender=m
الداهي	gender=m
الحسن	gender=m
الحسين	gender=m
الخليل	gender=m
السالك	gender=m
السالم	gender=m
الناجم	gender=m
النعمة	gender=m	common=1
الولي	gender=m	common=1
الزبير	gender=m
السعيد	gender=m	common=1
الشرقي	gender=m	common=1
الصادق	gender=m
الصديق	gender=m	common=1
الصغير	gender=m	common=1
الطاهر	gender=m
الطيب	gender=m	common=1
العباس	gender=m
العربي	gender=m	common=1
العياشي	gender=m
العيد	gender=m	common=1
الغالي	gender=m	common=1
المامون	gender=m
المحجوب	gender=m
المحجوبي	gender=m
المحفوظ	gender=m	common=1
المختار	gender=m
المصطفى	gender=m
المعطي	gender=m
المفضل	gender=m
المكي	gender=m
المهدي	gender=m
الميلودي	gender=m
الميلود	gender=m
الهادي	gender=m
الهاشمي	gender=m
الياس	gender=m
اليزيد	gender=m
امبارك	gender=m
امبيريك	gender=m
امبيركة	gender=m
امحمد	gender=m
امحند	gender=m
باديس	gender=m
باسل	gender=m
باسم	gender=m	common=1
باسو	gender=m
بدر	gender=m
براء	gender=m
براهيم	gender=m
برهان	gender=m
بسام	gender=m
بشار	gender=m
بشير	gender=m
بكر	gender=m
بلال	gender=m
بلخير	gender=m
بلعيد	gender=m
بلقاسم	gender=m
بناصر	gender=m
بنعيسى	gender=m
بهاء	gender=m
بوبكر	gender=m
بوجمعة	gender=m
بوزيد	gender=m
بوسلهام	gender=m
بوشتى	gender=m
بوشعيب	gender=m
بوعزة	gender=m
تاشفين	gender=m
تاكفاريناس	gender=m
تامر	gender=m
تميم	gender=m
توفيق	gender=m	common=1
تيسير	gender=m	common=1
ثابت	gender=m	common=1
جابر	gender=m
جاد	gender=m
جبريل	gender=m
جعفر	gender=m
جلال	gender=m
جلول	gender=m
جليل	gender=m
جمال	gender=m	common=1
جمعة	gender=m	common=1
جميل	gender=m	common=1
جهاد	gender=m	common=1
جواد	gender=m
حاتم	gender=m
حازم	gender=m
حافظ	gender=m	common=1
حامد	gender=m
حبيب	gender=m
حدو	gender=m
حذيفة	gender=m
حسام	gender=m
حسان	gender=m
حسن	gender=m	common=1
حسني	gender=m
حسون	gender=m
حسين	gender=m
حفيظ	gender=m
حكيم	gender=m	common=1
حلمي	gender=m
حليم	gender=m
حماد	gender=m
حمادي	gender=m
حمدان	gender=m
حمدون	gender=m
حمدي	gender=m
حمزة	gender=m
حمو	gender=m
حميد	gender=m	common=1
حميدو	gender=m
خالد	gender=m
خلدون	gender=m
خليفة	gender=m	common=1
خليل	gender=m
خيري	gender=m
داود	gender=m
داوود	gender=m
دحمان	gender=m
رؤوف	gender=m
رائد	gender=m
رابح	gender=m
راشد	gender=m
راضي	gender=m
رامز	gender=m
رامي	gender=m
ربيع	gender=m	common=1
رحال	gender=m
رحو	gender=m
رحيم	gender=m
رشاد	gender=m
رشدي	gender=m
رشيد	gender=m	common=1
رضا	gender=m	common=1
رضوان	gender=m
رضى	gender=m	common=1
رفيق	gender=m	common=1
رمزي	gender=m	common=1
رمضان	gender=m	common=1
رياض	gender=m	common=1
ريان	gender=m
زاهر	gender=m
زايد	gender=m
زبير	gender=m
زكريا	gender=m
زكرياء	gender=m
زكي	gender=m
زهير	gender=m
زياد	gender=m
زيد	gender=m
زيدان	gender=m
زين	gender=m
ساجد	gender=m
سالم	gender=m	common=1
سامر	gender=m
سامي	gender=m	common=1
سراج	gender=m
سعد	gender=m
سعيد	gender=m	common=1
سفيان	gender=m
سلمان	gender=m
سلامة	gender=m	common=1
سليم	gender=m	common=1
سليمان	gender=m
سمير	gender=m
سهيل	gender=m
سوفيان	gender=m
سيف	gender=m
سيفاكس	gender=m
سيفاو	gender=m
شادي	gender=m
شاكر	gender=m
شريف	gender=m	common=1
شعيب	gender=m
شفيق	gender=m
شكري	gender=m
شكيب	gender=m
شهاب	gender=m
شوقي	gender=m
صابر	gender=m
صادق	gender=m	common=1
صالح	gender=m	common=1
الصالح	gender=m	common=1
صبحي	gender=m
صبري	gender=m
صفوان	gender=m
صلاح	gender=m
صهيب	gender=m
ضياء	gender=m
طارق	gender=m
طاهر	gender=m
طلال	gender=m
طلحة	gender=m
طه	gender=m
عابد	gender=m
عادل	gender=m	common=1
عارف	gender=m
عاشور	gender=m
عاصم	gender=m
عاطف	gender=m
عامر	gender=m
عباس	gender=m
عبو	gender=m
عثمان	gender=m
عدنان	gender=m
عدي	gender=m
عزوز	gender=m
عزيز	gender=m	common=1
عسو	gender=m
عصام	gender=m
عقبة	gender=m
عكرمة	gender=m
علاء	gender=m
علال	gender=m
علي	gender=m
عماد	gender=m
عمار	gender=m
عمر	gender=m
عمران	gender=m
عمرو	gender=m
عياد	gender=m
عيسى	gender=m
غازي	gender=m
غالب	gender=m	common=1
غانم	gender=m
غسان	gender=m
غيث	gender=m
فؤاد	gender=m
فاتح	gender=m	common=1
فادي	gender=m
فارس	gender=m
فاروق	gender=m
فاضل	gender=m	common=1
فايز	gender=m
فتحي	gender=m
فراس	gender=m
فرج	gender=m
فريد	gender=m	common=1
فضيل	gender=m
فكري	gender=m	common=1
فهد	gender=m
فوزي	gender=m
فيصل	gender=m
قاسم	gender=m	common=1
قدور	gender=m
قيس	gender=m
كامل	gender=m	common=1
كبور	gender=m
كريم	gender=m	common=1
كسيلة	gender=m
كمال	gender=m	common=1
لؤي	gender=m
لامين	gender=m
لحبيب	gender=m
لحسن	gender=m
لحسين	gender=m
لطفي	gender=m
لطيف	gender=m
لعربي	gender=m
لقمان	gender=m
لكبير	gender=m
لمين	gender=m
ليث	gender=m
مؤمن	gender=m
ماجد	gender=m
مازن	gender=m
ماسين	gender=m
ماسينيسا	gender=m
مالك	gender=m	common=1
ماهر	gender=m
مبارك	gender=m	common=1
مبروك	gender=m	common=1
مجدي	gender=m
مجيد	gender=m	common=1
محجوب	gender=m
محسن	gender=m
محفوظ	gender=m	common=1
محماد	gender=m
محمد	gender=m
محمود	gender=m
محند	gender=m
مختار	gender=m
مراد	gender=m
مرتضى	gender=m
مرزوق	gender=m
مروان	gender=m
مزيان	gender=m
مسعود	gender=m
مصطفى	gender=m
مصعب	gender=m
معاذ	gender=m
معتز	gender=m
معتصم	gender=m
مكي	gender=m
منتصر	gender=m
منذر	gender=m
منصف	gender=m
منصور	gender=m
منير	gender=m	common=1
مهدي	gender=m
مهند	gender=m
موحا	gender=m
موحند	gender=m
موحى	gender=m
موسى	gender=m
مولود	gender=m	common=1
مومن	gender=m
ميلود	gender=m
ميمون	gender=m
ناجي	gender=m
نادر	gender=m
ناصر	gender=m
نبيل	gender=m	common=1
نجيب	gender=m
نجيم	gender=m
نديم	gender=m
نذير	gender=m
نزار	gender=m
نزيه	gender=m	common=1
نسيم	gender=m
نصر	gender=m	common=1
نضال	gender=m	common=1
نعمان	gender=m
نعيم	gender=m
نوح	gender=m
نوفل	gender=m
هادي	gender=m
هارون	gender=m
هاشم	gender=m
هاني	gender=m
هشام	gender=m
هلال	gender=m
همام	gender=m
هيثم	gender=m
وائل	gender=m
وحيد	gender=m	common=1
وديع	gender=m
وسيم	gender=m
وليد	gender=m	common=1
ياسر	gender=m
ياسين	gender=m
يحيى	gender=m
يدير	gender=m	common=1
يزيد	gender=m
يسري	gender=m
يعقوب	gender=m
يوبا	gender=m
يوسف	gender=m
يوغرطة	gender=m
يونس	gender=m

# --- male names less frequent in Morocco (classical or Mashriqi names, and Hebrew or French forms borne by Moroccan Jews, that Moroccans also bear)
أبراهام	gender=m
أصيل	gender=m	common=1
أندري	gender=m
أيهم	gender=m
إدمون	gender=m
تيم	gender=m
جاسم	gender=m
جود	gender=m
حيدر	gender=m
خضر	gender=m
خطاب	gender=m
رأفت	gender=m
رافع	gender=m
رجب	gender=m	common=1
رفعت	gender=m	common=1
زاهي	gender=m
سامح	gender=m
سعود	gender=m
سلطان	gender=m	common=1
سميح	gender=m
سند	gender=m	common=1
سيرج	gender=m
شاهين	gender=m
شعبان	gender=m	common=1
شمعون	gender=m
صفوت	gender=m
طلعت	gender=m
عبادة	gender=m
عبيدة	gender=m
عزام	gender=m
عزت	gender=m
عطية	gender=m
عفيف	gender=m
عمير	gender=m
عوض	gender=m	common=1
غياث	gender=m
فخري	gender=m
فرحان	gender=m
فهمي	gender=m
قتيبة	gender=m
قصي	gender=m
كرم	gender=m	common=1
كنان	gender=m
لبيب	gender=m
مؤيد	gender=m	common=1
مجد	gender=m	common=1
معن	gender=m
ممدوح	gender=m
منيب	gender=m
مهيب	gender=m
نائل	gender=m
ناظم	gender=m
نبيه	gender=m
واثق	gender=m	common=1
وجدي	gender=m
وسام	gender=m	common=1
وضاح	gender=m
يامن	gender=m
يزن	gender=m

# --- female names
آسية	gender=f
آلاء	gender=f
آمال	gender=f	common=1
آمنة	gender=f
آية	gender=f	common=1
أحلام	gender=f	common=1
أروى	gender=f
أريج	gender=f
أسماء	gender=f	common=1
أسمهان	gender=f
أسيل	gender=f
أماني	gender=f	common=1
أمل	gender=f	common=1
أمنية	gender=f	common=1
أميمة	gender=f
أمينة	gender=f	common=1
أنوار	gender=f
أنيسة	gender=f
إحسان	gender=f	common=1
إخلاص	gender=f	common=1
إسراء	gender=f
إشراق	gender=f
إكرام	gender=f
إلهام	gender=f	common=1
إنصاف	gender=f	common=1
إيزة	gender=f
إيطو	gender=f
إيمان	gender=f	common=1
إيناس	gender=f
ابتسام	gender=f
ابتهال	gender=f
الباتول	gender=f
البتول	gender=f
الزهرة	gender=f
الزوهرة	gender=f
السعدية	gender=f
السالمة	gender=f
الضاوية	gender=f
الغالية	gender=f
العالية	gender=f
امباركة	gender=f
انتصار	gender=f	common=1
بثينة	gender=f
بختة	gender=f
بديعة	gender=f
بسمة	gender=f
بسملة	gender=f
بسيمة	gender=f
بشرى	gender=f	common=1
بشيرة	gender=f
بهية	gender=f
بهيجة	gender=f
تانيرت	gender=f
تسنيم	gender=f
تغريد	gender=f
تقوى	gender=f
تلايتماس	gender=f
تودة	gender=f
تورية	gender=f
تيتريت	gender=f
تيزيري	gender=f
تيفاوت	gender=f
تيليلا	gender=f
تينهينان	gender=f
ثريا	gender=f
ثناء	gender=f
ثورية	gender=f
جليلة	gender=f
جمانة	gender=f
جميلة	gender=f	common=1
جنان	gender=f
جنى	gender=f
جيهان	gender=f
حادة	gender=f
حبيبة	gender=f
حجيبة	gender=f
حسناء	gender=f
حسنة	gender=f	common=1
حسنية	gender=f
حسيبة	gender=f
حفصة	gender=f
حفيظة	gender=f
حكيمة	gender=f
حليمة	gender=f
حميدة	gender=f
حنان	gender=f
حنين	gender=f
حواء	gender=f
حورية	gender=f
حياة	gender=f	common=1
خدوج	gender=f
خديجة	gender=f
خلود	gender=f
خولة	gender=f
خيرة	gender=f	common=1
دعاء	gender=f
دلال	gender=f
دليلة	gender=f
دنيا	gender=f	common=1
دهيا	gender=f
دينا	gender=f
ديهيا	gender=f
ذكرى	gender=f	common=1
رانيا	gender=f
رانية	gender=f
رباب	gender=f
ربيعة	gender=f
رجاء	gender=f	common=1
رحاب	gender=f	common=1
رحمة	gender=f	common=1
رحيمة	gender=f
رزان	gender=f
رشا	gender=f
رشيدة	gender=f	common=1
رقية	gender=f
رميساء	gender=f
رنا	gender=f
ريتاج	gender=f
ريحانة	gender=f
ريم	gender=f
زاهية	gender=f
زايدة	gender=f
زبيدة	gender=f
زكية	gender=f
زليخة	gender=f
زهرة	gender=f
زهور	gender=f
زهيرة	gender=f
زينب	gender=f
زينة	gender=f
سارة	gender=f	common=1
سامية	gender=f	common=1
سجى	gender=f
سعاد	gender=f	common=1
سعدية	gender=f
سعيدة	gender=f	common=1
سكينة	gender=f
سلام	gender=f	common=1
سلسبيل	gender=f
سلمى	gender=f
سلوى	gender=f
سليمة	gender=f	common=1
سماح	gender=f	common=1
سمر	gender=f
سمية	gender=f
سميحة	gender=f
سميرة	gender=f
سناء	gender=f
سندس	gender=f
سهام	gender=f	common=1
سهى	gender=f
سهيلة	gender=f
سوسن	gender=f
سيليا	gender=f
شادية	gender=f
شامة	gender=f
شرفات	gender=f
شروق	gender=f
شريفة	gender=f	common=1
شفيقة	gender=f
شهد	gender=f	common=1
شهرزاد	gender=f
شيرين	gender=f
شيماء	gender=f
صابرين	gender=f
صالحة	gender=f	common=1
صباح	gender=f	common=1
صبيحة	gender=f
صفاء	gender=f	common=1
صفية	gender=f
صليحة	gender=f
صوفيا	gender=f
ضحى	gender=f
طامو	gender=f
طاهرة	gender=f
عائشة	gender=f
عالية	gender=f	common=1
عالي	gender=m	common=1
عبلة	gender=f
عبير	gender=f
عتيقة	gender=f
عزة	gender=f	common=1
عزيزة	gender=f
عفاف	gender=f
علياء	gender=f
عواطف	gender=f
عويشة	gender=f
عيشة	gender=f
غادة	gender=f
غالية	gender=f
غزلان	gender=f
غيثة	gender=f
فاتن	gender=f
فاضمة	gender=f
فاطمة	gender=f
فاطنة	gender=f
فايزة	gender=f
فتيحة	gender=f
فدوى	gender=f
فرح	gender=f	common=1
فريدة	gender=f	common=1
فضيلة	gender=f	common=1
فطومة	gender=f
فطيمة	gender=f
فوزية	gender=f
فيروز	gender=f
قمر	gender=f
كبيرة	gender=f	common=1
كريمة	gender=f	common=1
كلثوم	gender=f
كنزة	gender=f
كوثر	gender=f
لبنى	gender=f
لجين	gender=f
لطيفة	gender=f
لمياء	gender=f
لويزة	gender=f
ليان	gender=f
ليلى	gender=f
لينا	gender=f	common=1
ماجدة	gender=f
ماريا	gender=f
مارية	gender=f
مالكة	gender=f
مباركة	gender=f
مبروكة	gender=f	common=1
مجيدة	gender=f
محجوبة	gender=f
مرام	gender=f
مروة	gender=f
مريم	gender=f
ريما	gender=f
مسعودة	gender=f
معزوزة	gender=f
ملاك	gender=f	common=1
مليكة	gender=f
منار	gender=f
منال	gender=f
منانة	gender=f
منى	gender=f
منية	gender=f
منيرة	gender=f
مها	gender=f
مونية	gender=f
ميساء	gender=f
ميلودة	gender=f
ميمونة	gender=f
مينة	gender=f
ناجية	gender=f
نادية	gender=f
نادين	gender=f
نبيلة	gender=f	common=1
نجاة	gender=f	common=1
نجاح	gender=f	common=1
نجلاء	gender=f
نجمة	gender=f
نجوى	gender=f
نجيبة	gender=f
نجية	gender=f
ندى	gender=f
نرجس	gender=f
نزهة	gender=f
نزيهة	gender=f
نسرين	gender=f
نسيبة	gender=f
نسيمة	gender=f
نصيرة	gender=f
نعمة	gender=f	common=1
نعيمة	gender=f
نفيسة	gender=f
نهاد	gender=f
نهى	gender=f
نهيلة	gender=f
نوار	gender=f
نوال	gender=f
نور	gender=f	common=1
نورة	gender=f
نورهان	gender=f
نوميديا	gender=f
هاجر	gender=f	common=1
هالة	gender=f
هبة	gender=f	common=1
هدى	gender=f	common=1
هديل	gender=f
هناء	gender=f
هند	gender=f
هنية	gender=f
هيام	gender=f
هيفاء	gender=f
وئام	gender=f	common=1
وجدان	gender=f
وداد	gender=f	common=1
وردة	gender=f
وسيلة	gender=f	common=1
وصال	gender=f
وفاء	gender=f	common=1
وهيبة	gender=f
ياسمين	gender=f
ياسمينة	gender=f
ياقوت	gender=f
يامنة	gender=f
يسرا	gender=f
يسرى	gender=f
يطو	gender=f
يمنى	gender=f
# Hassani forms (the southern provinces)
أحمدو	gender=m
محمدو	gender=m
سيداتي	gender=m
النانة	gender=f
السالكة	gender=f
الداه	gender=m
الداها	gender=m
خطري	gender=m
اعلي	gender=m
سيداحمد	gender=m
مربيه	gender=m
خديجتو	gender=f
فاطمتو	gender=f
عيشتو	gender=f
مريمتو	gender=f
منتو	gender=f
أمينتو	gender=f
كجمولة	gender=f
اباه	gender=m
حمادة	gender=m
# Names of Moroccans born or raised abroad
كيفن	gender=m
دانيال	gender=m
يانيس	gender=m
رايان	gender=m
نيكولا	gender=m
ميلان	gender=m
ستيفان	gender=m
جيسيكا	gender=f
لورا	gender=f
ميلاني	gender=f
# Foreign given names borne by people in Moroccan news (Spanish, Portuguese,
# Italian, French and West African forms): researchers, investors, migrants
لوكاس	gender=m
لوكا	gender=m
ماركو	gender=m
خوان	gender=m
أنطونيو	gender=m
خوسيه	gender=m
خوسي	gender=m
كارلوس	gender=m
بيدرو	gender=m
ميغيل	gender=m
مانويل	gender=m
فرانسيسكو	gender=m
خافيير	gender=m
فرناندو	gender=m
ألبرتو	gender=m
روبرتو	gender=m
باولو	gender=m
جوزيبي	gender=m
فرانسوا	gender=m
بيير	gender=m
جون	gender=m
ميشيل	gender=m
فيليب	gender=m
باتريك	gender=m
جورج	gender=m
توماس	gender=m
مامادو	gender=m
أمادو	gender=m
إبراهيما	gender=m
كريستوف	gender=m
لوران	gender=m
هانس	gender=m
باباكار	gender=m
جوليان	gender=m
أوليفييه	gender=m
كريستيان	gender=m
فرانك	gender=m
لويس	gender=m
مارك	gender=m
ديفيد	gender=m
هنري	gender=m
ماتيو	gender=m
ماثيو	gender=m
ماركوس	gender=m
أنطوان	gender=m
سيباستيان	gender=m
إيمانويل	gender=m
ماريو	gender=m
جيوفاني	gender=m
رافاييل	gender=m
بيتر	gender=m
ألاسان	gender=m
عبدولاي	gender=m
كارمن	gender=f
ماري	gender=f
كلير	gender=f
نتالي	gender=f
كاترين	gender=f
سيلين	gender=f
إيزابيل	gender=f
صوفي	gender=f
