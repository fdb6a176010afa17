# councils.lex - public (elected) councils and chambers, with their level.
# A head before them makes an elected office: «رئيس مجلس جماعة ...».
مجلس الجهة	level=regional	kind=elected
مجلس جهة	level=regional	kind=elected
جهة	level=regional	kind=elected
مجلس العمالة	level=provincial	kind=elected
مجلس عمالة	level=provincial	kind=elected
مجلس الإقليم	level=provincial	kind=elected
مجلس إقليم	level=provincial	kind=elected
المجلس الإقليمي	level=provincial	kind=elected
المجلس الجهوي	level=regional	kind=elected
مجلس الجماعة	level=local	kind=elected
مجلس جماعة	level=local	kind=elected
المجلس الجماعي	level=local	kind=elected
المجلس البلدي	level=local	kind=elected
جماعة	level=local	kind=elected
الجماعة	level=local	kind=elected
بلدية	level=local	kind=elected
مجلس المقاطعة	level=local	kind=elected
مجلس مقاطعة	level=local	kind=elected
مقاطعة	level=local	kind=elected
# «رئيس المقاطعة»: the arrondissement's council
المقاطعة	level=local	kind=elected
مجلس مدينة	level=local	kind=elected
مجلس النواب	level=national	kind=elected
مجلس المستشارين	level=national	kind=elected
البرلمان	level=national	kind=elected
الحكومة	level=national	kind=elected
# After «ل» a definite council drops its alef («رئيسا للمجلس الجماعي»)
للمجلس الجماعي	level=local	kind=elected
للمجلس البلدي	level=local	kind=elected
للمجلس الإقليمي	level=provincial	kind=elected
للمجلس الجهوي	level=regional	kind=elected
للجماعة	level=local	kind=elected
للمقاطعة	level=local	kind=elected
