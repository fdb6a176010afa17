# this-territory.lex - a type word with the article standing for a place
# of its level: «الكاتب المحلي للحزب بالمقاطعة» is the secretary of the
# arrondissement named last on the post's line, «مفتش الحزب بالإقليم» of
# the article's province when its line names none (link.c, here_places).
# A dual or a plural («بالإقليمين») stands for several places: its post
# takes none, the places written after each holder, or the article's;
# a dual (number=2) after a dual post, the two its paragraph named last
# («لجماعتي تكريكرة وواد إفران ... منسقا الحزب بالجماعتين»).
# level= the level of those places; kind= the one kind it names
# («بالمقاطعة»: with no arrondissement on the post's line, the last the
# article named before).  rules/30-titles.rules
# (head-of-this-territory) lists the same forms as needed words.
الإقليم	level=provincial
العمالة	level=provincial
الجهة	level=regional
المدينة	level=local	town=1
المقاطعة	level=local	kind=arrondissement
الجماعة	level=local
البلدية	level=local
# duals and plurals: «المفتشين الإقليميين للحزب بالإقليمين، فلان بميدلت وفلان بتنغير»
الإقليمين	level=provincial	number=2
العمالتين	level=provincial	number=2
الأقاليم	level=provincial
الجماعتين	level=local	number=2
المقاطعتين	level=local	number=2
# «المستشارة بمقاطعة زواغة والكاتبة المحلية للحزب بها»: a pronoun for the
# place of the post's own level (level=post) named last before it on its
# line; after a post of no level («منسق الحزب بها»), of any level, but not
# one that only locates the place before it («جماعة تيسراس بإقليم تارودانت»)
بها	level=post
به	level=post
فيها	level=post
فيه	level=post
# «جماعتي مزكيتام وأولاد بوريمة ... منسقي الحزب بهما، فلان وفلانة، على
# التوالي»: the two places named last before a dual post
بهما	level=post	number=2
فيهما	level=post	number=2
# «الأمين الإقليمي هناك، الأخ فلان»: the place named last of the post's level
هناك	level=post
هنالك	level=post
