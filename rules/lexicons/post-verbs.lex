# post-verbs.lex - a verb that names the post its subject held: «فلان،
# الذي نسق الحزب بالإقليم ما بين 2016 و2021» (the party's coordinator
# there).  head= and def= as in title-heads.lex; status= a past verb's.
# rules/30-titles.rules (post-verb).
نسق	head=coordinator	def=المنسق	status=former
نسقت	head=coordinator	gender=f	def=المنسقة	status=former
ينسق	head=coordinator	def=المنسق
تنسق	head=coordinator	gender=f	def=المنسقة
