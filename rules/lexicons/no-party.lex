# no-party.lex - what a person says to belong to no party: «رئيس جماعة
# العركوب، فلان، الذي "لا ينتمي لأي حزب"».  Said after the name in its
# sentence, it leaves the person's elected posts with no party, whatever
# party the article is about (link.c no_parties); so does not naming one
# («دون أن يذكر انتماءه»).  A party post the same
# person holds keeps the article's party.
لا ينتمي لأي حزب
لا ينتمي إلى أي حزب
لا تنتمي لأي حزب
لا تنتمي إلى أي حزب
لا ينتمي لأي هيئة سياسية
لا تنتمي لأي هيئة سياسية
لم يترشح باسم أي حزب
لم تترشح باسم أي حزب
ليس باسم أي حزب
غير منتم لأي حزب
غير منتمية لأي حزب
غير منتم إلى أي حزب
غير منتمية إلى أي حزب
بدون انتماء حزبي
دون انتماء حزبي
بلا انتماء حزبي
بدون انتماء سياسي
دون انتماء سياسي
بدون لون سياسي
بلا لون سياسي
دون لون سياسي
مستقل ولا ينتمي
مستقلة ولا تنتمي
دون أن يذكر انتماءه
دون أن تذكر انتماءها
# «منتخبا مستقلا لا يحمل بطاقة أي حزب»
لا يحمل بطاقة أي حزب
لا تحمل بطاقة أي حزب
