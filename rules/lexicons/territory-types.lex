# territory-types.lex - words that say what kind of territory the name after
# them is: «بإقليم الحاجب», «جهة فاس مكناس», «عمالة طنجة-أصيلة».
جهة	kind=region
الجهة	kind=region
جهات	kind=region
إقليم	kind=province
الإقليم	kind=province
أقاليم	kind=province
عمالة	kind=province
العمالة	kind=province
عمالة مقاطعات	kind=province
عمالات	kind=province
جماعة	kind=commune
الجماعة	kind=commune
الجماعة الترابية	kind=commune
جماعة ترابية	kind=commune
الجماعة القروية	kind=commune
جماعة قروية	kind=commune
الجماعة الحضرية	kind=commune
جماعة حضرية	kind=commune
بلدية	kind=commune
مدينة	kind=commune
المدينة	kind=commune
بلدة	kind=commune
مركز	kind=commune
مقاطعة	kind=arrondissement
المقاطعة	kind=arrondissement
مقاطعات	kind=arrondissement
