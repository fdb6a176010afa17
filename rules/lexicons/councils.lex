# councils.lex - public (elected) councils and chambers, with their level.
# A head before them makes an elected office: «رئيس مجلس جماعة ...».
مجلس الجهة	level=regional	kind=elected	assembly=1
مجلس جهة	level=regional	kind=elected	assembly=1
جهة	level=regional	kind=elected
مجلس العمالة	level=provincial	kind=elected	assembly=1
مجلس عمالة	level=provincial	kind=elected	assembly=1
مجلس الإقليم	level=provincial	kind=elected	assembly=1
مجلس إقليم	level=provincial	kind=elected	assembly=1
المجلس الإقليمي	level=provincial	kind=elected	assembly=1
المجلس الجهوي	level=regional	kind=elected	assembly=1
مجلس الجماعة	level=local	kind=elected	assembly=1
مجلس جماعة	level=local	kind=elected	assembly=1
المجلس الجماعي	level=local	kind=elected	assembly=1
المجلس البلدي	level=local	kind=elected	assembly=1
جماعة	level=local	kind=elected
الجماعة	level=local	kind=elected
بلدية	level=local	kind=elected
مجلس المقاطعة	level=local	kind=elected	assembly=1
مجلس مقاطعة	level=local	kind=elected	assembly=1
مقاطعة	level=local	kind=elected
# «رئيس المقاطعة»: the arrondissement's council
المقاطعة	level=local	kind=elected
مجلس مدينة	level=local	kind=elected	assembly=1
مجلس النواب	level=national	kind=elected
مجلس المستشارين	level=national	kind=elected
البرلمان	level=national	kind=elected
الحكومة	level=national	kind=elected
# After «ل» a definite council drops its alef («رئيسا للمجلس الجماعي»)
# assembly=1: the entry names the council itself («مجلس جماعة», «المجلس
# الإقليمي»), not only its territory's type word («جماعة»): a bare
# «المجلس» («رئيس المجلس») refers back to one of these.
للمجلس الجماعي	level=local	kind=elected	assembly=1
للمجلس البلدي	level=local	kind=elected	assembly=1
للمجلس الإقليمي	level=provincial	kind=elected	assembly=1
للمجلس الجهوي	level=regional	kind=elected	assembly=1
للجماعة	level=local	kind=elected
للمقاطعة	level=local	kind=elected
