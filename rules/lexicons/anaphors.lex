# anaphors.lex - words that stand for the person named last before them,
# as a surname alone does: «وأكد المتحدث، الذي يرأس أيضا مجلس جماعة
# أولاد يوسف», «ويعد الفقيد، الذي ترأس جماعة الريش ...».  The person is
# the one whose name ends last before the word (resolve.c, anaphors).
المتحدث
المتحدثة
الفقيد
الفقيدة
المعني بالأمر
المعنية بالأمر
