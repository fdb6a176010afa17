# speech-verbs.lex - verbs of saying, before their subject: «وقال رشيد
# أوكاس، وهو مهاجر، إنه ...», «أكد عادل العلوي أن ...».  A name whose
# given name is also a word (common=1 in given-names.lex) is a person right
# after one, with «إن», «أن» or a comma after it (link.c, spoken).
قال
قالت
أكد
أكدت
أوضح
أوضحت
أضاف
أضافت
صرح
صرحت
أفاد
أفادت
اعتبر
اعتبرت
أشار
أشارت
ذكر
ذكرت
يقول
تقول
يؤكد
تؤكد
يرى
ترى
