# relative-dates.lex - «13 أكتوبر الجاري»: the year comes from the
# publication date.  rel= current (this month), previous, next.
الجاري	rel=current
الحالي	rel=current
المنصرم	rel=previous
الماضي	rel=previous
المنقضي	rel=previous
المقبل	rel=next
القادم	rel=next
