# hold-verbs.lex - verbs of holding a post, before their subject: «ويشغل
# فلان منذ سنة 2021 منصب رئيس جماعة أكلموس», «تتولى فلانة حاليا مهمة
# الكاتبة المحلية»: the person after the verb holds the post after the
# capacity word, a few words between.
يشغل
تشغل
شغل
شغلت
يتولى
تتولى
تولى
تولت
# «يجمع فلان بين مهمة المنسق المحلي ورئاسة المجلس الجماعي»
يجمع
تجمع
جمع
جمعت
