# in-place.lex - words after a person that give them the post named just
# before: «بإعفاء المنسق الإقليمي، فلان، وتعيين فلان مكانه» (its holder
# until then is its former holder), «طلب فلان إعفاءه من مهمة المنسق المحلي،
# وانتخب الجمع العام فلانا خلفا له».  Not «محله» (also «his shop»).
مكانه
مكانها
بدلا منه
بدلا منها
خلفا له
خلفا لها
