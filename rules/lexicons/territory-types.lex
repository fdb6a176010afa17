# territory-types.lex - words that say what kind of territory the name after
# them is: «بإقليم الحاجب», «جهة فاس مكناس», «عمالة طنجة-أصيلة».
# plural=1: a plural («مقاطعات المدينة») does not make an ordinary word a
# place (gazetteer/common-words.lex).  Only indefinite forms: a type word
# stands in construct before the name («مدينة مكناس»); «المدينة الحمراء»
# is an adjective phrase.
# loose=1: a town, not the commune as an institution: «مدينة مكناس» in an
# article that names the province of Meknès is the province; «جماعة
# تيزنيت» stays the commune.
جهة	kind=region
جهات	plural=1	kind=region
إقليم	kind=province
أقاليم	plural=1	kind=province
عمالة	kind=province
عمالة مقاطعات	kind=province
عمالات	plural=1	kind=province
جماعة	kind=commune
الجماعة الترابية	kind=commune
جماعة ترابية	kind=commune
الجماعة القروية	kind=commune
جماعة قروية	kind=commune
الجماعة الحضرية	kind=commune
جماعة حضرية	kind=commune
بلدية	kind=commune
مدينة	kind=commune	loose=1
بلدة	kind=commune	loose=1
مدينتي	plural=1	kind=commune	loose=1
مركز	kind=commune	loose=1
مقاطعة	kind=arrondissement
مقاطعات	plural=1	kind=arrondissement
مقاطعتي	plural=1	kind=arrondissement
جماعتي	plural=1	kind=commune
جماعات	plural=1	kind=commune
عمالتي	plural=1	kind=province
إقليمي	plural=1	kind=province
جهتي	plural=1	kind=region
