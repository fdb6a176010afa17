# honorifics.lex - words of address written before a name.  They are not part
# of the person's canonical name.  number=pl for plurals (السادة ...).
# trade=1 for a reporter's trade: «استضاف الصحافي فلان الكاتب الجهوي
# للحزب، فلان» (the post is the name's after the comma).
# form	attributes
السيد
السيدة
سيد
السيدين	number=du
السيدان	number=du
السيدتان	number=du
السيدتين	number=du
السادة	number=pl
السيدات	number=pl
الدكتور
الدكتورة
دكتور
الدكاترة	number=pl
الأستاذ
الأستاذة
الأساتذة	number=pl
الأخ
الأخت
الأخوين	number=du
الأخوان	number=du
الأختين	number=du
الأختان	number=du
الإخوة	number=pl
الأخوات	number=pl
الحاج
الحاجة
# Moroccan «السي» (Si): «السي عبد الإله الشرقاوي»; Darija «خويا» (my brother)
السي
سي
خويا
# «لخويا وصاحبي فلان»: my friend
صاحبي
المهندس
المهندسة
# professions written like a title of address: «إلى المحامي فلان»
المحامي
المحامية
النقيب
الطبيب
الطبيبة
# «الطبيب البيطري فلان», «الطبيبة النفسية فلانة»: a specialty after it
الطبيب البيطري
الطبيبة البيطرية
الطبيب النفسي
الطبيبة النفسية
الصحفي	trade=1
الصحفية	trade=1
الصحافي	trade=1
الصحافية	trade=1
الإعلامي	trade=1
الإعلامية	trade=1
الشيخ
الفقيه
الإمام
المناضل
المناضلة
القيادي
القيادية
الرفيق
الرفيقة
الرفيقان	number=du
الرفيقين	number=du
الرفيقتان	number=du
الرفيقتين	number=du
الرفاق	number=pl
الزميل
الزميلة
الفنان
# scholars, writers, artists, athletes, pupils: «الأستاذ الباحث فلان»,
# «الشاعرة فلانة», «الفنان التشكيلي فلان», «العداءة فلانة», «إلى التلميذة فلانة»
الباحث
الباحثة
الأستاذ الباحث
الأستاذة الباحثة
الشاعر
الشاعرة
الأديب
الأديبة
الروائي
الروائية
الفنانة
الفنان التشكيلي
الفنانة التشكيلية
المخرج
المخرجة
الفاعلة الجمعوية
الناشط
الناشطة
الحقوقي
الحقوقية
العداء
العداءة
اللاعب
اللاعبة
البطل
البطلة
المدرب
المدربة
التلميذ
التلميذة
الفاعل الجمعوي
الملك
جلالة الملك
صاحب الجلالة الملك
صاحب الجلالة
الأمير
الأميرة
صاحب السمو الملكي الأمير
ذ.
د.
