# place-cues.lex - words after which a name that is also an ordinary word
# (see gazetteer/common-words.lex) is read as a place: «في الجديدة».
في
من
إلى
الى
نحو
داخل
ساكنة
أبناء
