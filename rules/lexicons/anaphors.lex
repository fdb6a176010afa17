# anaphors.lex - words that stand for the person named last before them,
# as a surname alone does: «وأكد المتحدث، الذي يرأس أيضا مجلس جماعة
# أولاد يوسف», «ويعد الفقيد، الذي ترأس جماعة الريش ...».  The person is
# the one whose name ends last before the word (resolve.c, anaphors).
# status=former: every post the word is given is a former one (the dead
# hold none now).  A word with a name right after it («خلفا للراحل
# فلان») stands for no one: the name is the person.
المتحدث
المتحدثة
الفقيد	status=former
الفقيدة	status=former
الراحل	status=former
الراحلة	status=former
المرحوم	status=former
المرحومة	status=former
المعني بالأمر
المعنية بالأمر
