# name-starts.lex - first words of compound given names: «عبد الله»,
# «مولاي إسماعيل», «لالة سلمى», «أبو بكر», Hassani «سيد أحمد».
عبد
عبدال
مولاي
سيدي
سيد
لالة
أبو
