# capacity.lex - words between a person and the title they hold: «تكليف
# السيد فلان بمهام الكاتب الإقليمي», «فلان، بصفته منسقا جهويا».
بمهام
مهام
بصفته
بصفتها
بصفة
