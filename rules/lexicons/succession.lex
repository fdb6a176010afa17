# succession.lex - «انتخاب فلان كاتبا محليا، خلفا للأخ فلان»: the person
# after these words held the same post before (status former): «خلفا ل»،
# «عوض»، «بدلا من».
خلفا
خلفا ل
عوض
بدلا من
عوضا عن
عوضا ل
بدلا عن
بدل
خلفا لسلفه
# Darija: «عوضا على فلان», «فبلاصة فلان»
عوضا على
بلاصة
فبلاصة
