# month-days.lex - words for a day of the month written as a word: «فاتح
# مارس», «الفاتح من ماي» (the 1st).  The date rule first-of-month
# (rules/20-dates.rules) is tried where one stands.
فاتح
الفاتح
