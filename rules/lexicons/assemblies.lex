# assemblies.lex - a body's meetings that a superior chairs: «الجمع العام
# لفرع الحزب، الذي ترأسه الكاتب الإقليمي» (the chair of the assembly, not
# the head of the branch).
الجمع العام
جمع عام
الجموع العامة
المؤتمر
مؤتمر
# level=: the level of the organs a congress elects (bodies.lex,
# congress=1: «اللجنة التحضيرية» named alone)
المؤتمر الإقليمي	level=provincial
المؤتمر المحلي	level=local
المؤتمر الجهوي	level=regional
المؤتمر الوطني	level=national
مؤتمر إقليمي	level=provincial
مؤتمر محلي	level=local
مؤتمر جهوي	level=regional
مؤتمر وطني	level=national
المؤتمر التأسيسي
الجمع التأسيسي
الجمع العام التأسيسي
