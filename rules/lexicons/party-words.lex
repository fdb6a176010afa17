# party-words.lex - «حزب» before a party's name; generic=1 marks «الحزب»
# used alone, which means the party the article is about.
حزب
الحزب	generic=1
أحزاب
حزبي
