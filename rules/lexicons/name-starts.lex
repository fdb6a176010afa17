# name-starts.lex - first words of compound given names: «عبد الله»,
# «مولاي إسماعيل», «لالة سلمى», «أبو بكر».
عبد
عبدال
مولاي
سيدي
لالة
أبو
