# weekdays.lex - days of the week, which often stand before a date.
الأحد
الاثنين
الإثنين
الثلاثاء
الأربعاء
الخميس
الجمعة
السبت
