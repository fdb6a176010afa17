# joins.lex - words of joining a party organ: the person before becomes
# its member («خلفا لفلان الذي التحق بالمكتب السياسي», «فلانة، التي
# انضمت إلى المجلس الوطني»).  The organ follows the word (a clitic or
# «إلى» between).
التحق
التحقت
الذي التحق
التي التحقت
انضم
انضمت
الذي انضم
التي انضمت
الذي انضم إلى
التي انضمت إلى
انضم إلى
انضمت إلى
