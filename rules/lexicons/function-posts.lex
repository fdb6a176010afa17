# function-posts.lex - the verbal noun of a post, a post only after «مهمة»
# or «مهام»: «أسندت إليه مهمة التنسيق الإقليمي» (المنسق الإقليمي), «عهد
# إليه بمهمة تنسيق عمل فروع الحزب بالإقليم».  head= and def= as in
# title-heads.lex.  rules/30-titles.rules (function-post).
التنسيق	head=coordinator	def=المنسق
تنسيق	head=coordinator	def=المنسق
التفتيش	head=inspector	def=المفتش
