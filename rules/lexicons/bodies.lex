# bodies.lex - party organs known by name, with their level.  Bodies named
# by a head and a level adjective (الأمانة الإقليمية) are composed by the
# rules from body-heads.lex and levels.lex instead.  A branch (فرع) is a
# local organ: «كاتب فرع الحزب بسلوان».  number=pl marks a plural.
المكتب السياسي	level=national
الديوان السياسي	level=national
المكتب التنفيذي	level=national
المكتب الوطني	level=national
المجلس الوطني	level=national
الأمانة العامة	level=national
الأمانة الوطنية	level=national
الكتابة الوطنية	level=national
اللجنة التنفيذية	level=national
# «عضو الهيئة التنفيذية للفيدرالية»: the FGD's
الهيئة التنفيذية	level=national
اللجنة المركزية	level=national
القيادة الجماعية	level=national
القيادة الجماعية للأمانة العامة	level=national
هيئة الرئاسة	level=national
مجلس الرئاسة	level=national
# Ethics and arbitration committees, national unless a level says otherwise
لجنة التحكيم والأخلاقيات	level=national
لجنة الأخلاقيات والتحكيم	level=national
اللجنة الوطنية للتحكيم والأخلاقيات	level=national
اللجنة الوطنية للتحكيم	level=national
لجنة التحكيم الوطنية	level=national
لجنة الأخلاقيات	level=national
هيئة التحكيم	level=national
# A congress's preparatory committee is of the congress's level; named
# alone, of the congress named last before it (congress=1; link.c,
# congress_levels), local when there is none
اللجنة التحضيرية	level=local	congress=1
اللجنة التحضيرية للمؤتمر الوطني	level=national
اللجنة التحضيرية للمؤتمر الجهوي	level=regional
اللجنة التحضيرية للمؤتمر الإقليمي	level=provincial
اللجنة التحضيرية للمؤتمر المحلي	level=local
للجنة التحضيرية للمؤتمر الوطني	level=national
للجنة التحضيرية للمؤتمر الجهوي	level=regional
للجنة التحضيرية للمؤتمر الإقليمي	level=provincial
للجنة التحضيرية للمؤتمر المحلي	level=local
اللجان التحضيرية	level=local	number=pl	congress=1
فرع	level=local
الفرع	level=local
مكتب الفرع	level=local
فرعه	level=local
فرعها	level=local
فرعي	level=local	number=du	def=فرع
فروع	level=local	number=pl
الفروع	level=local	number=pl
فروعها	level=local	number=pl
فروعه	level=local	number=pl
الفيدرالية الوطنية	level=national
# After «ل» a definite organ drops its alef («رئيسة للمجلس الوطني»)
للمكتب السياسي	level=national
لمجلس الرئاسة	level=national
للمجلس الوطني	level=national
للجنة المركزية	level=national
للجنة التنفيذية	level=national
للأمانة العامة	level=national
للديوان السياسي	level=national
للمكتب الوطني	level=national
