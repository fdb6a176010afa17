# succeed-verbs.lex - verbs of succession between two names before a post:
# «ويخلف فلان فلانا على رأس الكتابة الإقليمية», «فلانة تخلف فلانا على رأس
# ...»: the first holds the post now, the second held it before.
يخلف
تخلف
سيخلف
ستخلف
