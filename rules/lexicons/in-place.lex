# in-place.lex - words after a person that give them the post named just
# before: «بإعفاء المنسق الإقليمي، فلان، وتعيين فلان مكانه».
مكانه
مكانها
محله
محلها
بدلا منه
بدلا منها
عوضا عنه
عوضا عنها
