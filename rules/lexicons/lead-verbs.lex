# lead-verbs.lex - verbs of leading an organ, with its subject after the
# verb, before the organ («يقود سعيد الشابي الكتابة الإقليمية») or after
# it («يسير الكتابة الجهوية للحزب منذ 2021 فلان»): the subject heads the
# organ.  post= is the head's word for the role's text; status= a past
# verb's («قاد فلان الكتابة الإقليمية بين 2009 و2017»).
يقود	post=رئيس
تقود	post=رئيس
يسير	post=رئيس
تسير	post=رئيس
يدير	post=رئيس
تدير	post=رئيس
يرأس	post=رئيس
ترأس	post=رئيس
يترأس	post=رئيس
تترأس	post=رئيس
قاد	post=رئيس	status=former
قادت	post=رئيس	status=former
سير	post=رئيس	status=former
سيرت	post=رئيس	status=former
أدار	post=رئيس	status=former
أدارت	post=رئيس	status=former
ترأست	post=رئيس	status=former
# «تولت الكتابة المحلية», «تولت كتابة فرع جيليز», «تولى تنسيق الحزب
# بالإقليم»: taking on an organ, or the head's charge of it, the charge
# naming the post
تولى	post=رئيس
تولت	post=رئيس
يتولى	post=رئيس
تتولى	post=رئيس
تولى كتابة	post=كاتب
تولت كتابة	post=كاتبة
يتولى كتابة	post=كاتب
تتولى كتابة	post=كاتبة
تولى رئاسة	post=رئيس
تولت رئاسة	post=رئيسة
يتولى رئاسة	post=رئيس
تتولى رئاسة	post=رئيسة
تولى تنسيق	post=منسق
تولت تنسيق	post=منسقة
يتولى تنسيق	post=منسق
تتولى تنسيق	post=منسقة
تولى قيادة	post=رئيس
تولت قيادة	post=رئيسة
يتولى قيادة	post=رئيس
تتولى قيادة	post=رئيسة
