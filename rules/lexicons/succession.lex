# succession.lex - «انتخاب فلان كاتبا محليا، خلفا للأخ فلان»: the person
# after these words held the same post before (status former).
خلفا
خلفا ل
