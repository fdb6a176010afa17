# in-place.lex - words after a person that give them the post named just
# before: «بإعفاء المنسق الإقليمي، فلان، وتعيين فلان مكانه» (its holder
# until then is its former holder).  Not «محله» (also «his shop»).
مكانه
مكانها
بدلا منه
بدلا منها
