# this-territory.lex - a type word with the article standing for the place
# the article is about: «مفتش الحزب بالإقليم» is the inspector of the
# article's province.  level= the level of that place.
الإقليم	level=provincial
العمالة	level=provincial
الجهة	level=regional
المدينة	level=local
المقاطعة	level=local
الجماعة	level=local
البلدية	level=local
# duals and plurals: «المفتشين الإقليميين للحزب بالإقليمين، فلان بميدلت وفلان بتنغير»
الإقليمين	level=provincial
العمالتين	level=provincial
الأقاليم	level=provincial
الجماعتين	level=local
المقاطعتين	level=local
