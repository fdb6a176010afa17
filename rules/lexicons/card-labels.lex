# card-labels.lex - labels of the line that names the person of a card
# («الاسم: فلان», then «المهمة: الكاتب الإقليمي ...», «المسار: ...»):
# the titles on the card's labelled lines below are that person's.
الاسم
الاسم الكامل
الاسم والنسب
الاسم الشخصي والعائلي
الاسم العائلي والشخصي
