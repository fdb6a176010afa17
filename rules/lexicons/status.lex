# status.lex - words after a title that say the post is past or acting.
السابق	status=former
السابقة	status=former
سابقا	status=former
الأسبق	status=former
الأسبقة	status=former
المعزول	status=former
المعزولة	status=former
المقال	status=former
المقالة	status=former
المستقيل	status=former
المستقيلة	status=former
المعفى	status=former
المعفاة	status=former
الراحل	status=former
الراحلة	status=former
الفقيد	status=former
الفقيدة	status=former
المرحوم	status=former
المرحومة	status=former
المتوفى	status=former
المتوفاة	status=former
بالنيابة	status=interim
المؤقت	status=interim
المؤقتة	status=interim
مؤقتا	status=interim
بالإنابة	status=interim
# «الكاتب الإقليمي بالتكليف»: charged with the post until it is filled
بالتكليف	status=interim
الجديد	status=current
الجديدة	status=current
جديدا	status=current
الجدد	status=current
الجديدات	status=current
جديد	status=current
جديدة	status=current
جديدين	status=current
جديدتين	status=current
جديدان	status=current
جديدتان	status=current
جديدات	status=current
الجديدين	status=current
الجديدتين	status=current
الجديدان	status=current
الجديدتان	status=current
جدد	status=current
الحالي	status=current
الحالية	status=current
حاليا	status=current
# «المنسق الإقليمي للحزب، المعين حديثا، فلان»
المعين حديثا	status=current
المعينة حديثا	status=current
المعين مؤخرا	status=current
المعينة مؤخرا	status=current
المنتخب حديثا	status=current
المنتخبة حديثا	status=current
المنتخب مؤخرا	status=current
المنتخبة مؤخرا	status=current
المنتهية ولايته	status=former
المنتهية ولايتها	status=former
المنتهية مهامه	status=former
المنتهية مهامها	status=former
# «فلان، الذي سبق أن شغل مهمة الكاتب الإقليمي»: before the post
الذي سبق أن شغل	status=former
التي سبق أن شغلت	status=former
سبق أن شغل	status=former
سبق أن شغلت	status=former
سبق له أن شغل	status=former
سبق لها أن شغلت	status=former
# «والزغاري، التي كانت تشغل منصب النائبة الثانية ...»
الذي كان يشغل	status=former
التي كانت تشغل	status=former
الذي كان يتولى	status=former
التي كانت تتولى	status=former
# «قدم فلان استقالته من مهامه ككاتب إقليمي», «إعفاء فلان من مهامه كأمين
# إقليمي»
من مهامه	status=former
من مهامها	status=former
# «استقال فلان من منصبه ككاتب محلي»
من منصبه	status=former
من منصبها	status=former
استقالته من مهامه	status=former
استقالتها من مهامها	status=former
استقالته من	status=former
استقالتها من	status=former
# «طلب فلان إعفاءه من مهمة المنسق المحلي»
إعفاءه من	status=former
إعفاءها من	status=former
إعفائه من	status=former
إعفائها من	status=former
# «وكان فلان كاتبا إقليميا للحزب بتازة قبل أن يستقيل سنة 2023», «شغل
# منصب المنسق الإقليمي بتاونات إلى حين استقالته»: the post ended
قبل أن يستقيل	status=former
قبل أن تستقيل	status=former
قبل أن يقدم استقالته	status=former
قبل أن تقدم استقالتها	status=former
قبل أن يعفى	status=former
قبل أن تعفى	status=former
قبل أن ينسحب	status=former
قبل أن تنسحب	status=former
قبل أن يلتحق	status=former
قبل أن تلتحق	status=former
قبل أن ينتخب	status=former
قبل أن تنتخب	status=former
قبل أن يعين	status=former
قبل أن تعين	status=former
قبل استقالته	status=former
قبل استقالتها	status=former
قبل إعفائه	status=former
قبل إعفائها	status=former
إلى حين استقالته	status=former
إلى حين استقالتها	status=former
إلى غاية استقالته	status=former
إلى غاية استقالتها	status=former
حتى استقالته	status=former
حتى استقالتها	status=former
