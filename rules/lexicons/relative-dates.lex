# relative-dates.lex - «13 أكتوبر الجاري»: the year comes from the
# publication date.  rel= current (this month), previous, next.
الجاري	rel=current
الحالي	rel=current
المنصرم	rel=previous
الماضي	rel=previous
المنقضي	rel=previous
المقبل	rel=next
القادم	rel=next
# «مطلع السنة الجارية», «أواخر السنة الماضية»: the feminine, after
# «السنة» (no full date; link.c reads the phrase as a date's words)
الجارية	rel=current
الحالية	rel=current
المنصرمة	rel=previous
الماضية	rel=previous
المقبلة	rel=next
القادمة	rel=next
