# council-verbs.lex - words before a council that say the post held in it:
# «فلان، الذي يرأس جماعة آيت امحمد», «الذي ترأس المجلس الإقليمي», «الذي
# يشغل مقعدا بمجلس جماعة امسمرير».  The role's text is the def= form with
# the council («رئيس جماعة», «عضو مجلس جماعة»: pron=1); a past tense is a
# former post (status=former).
الذي يرأس	def=رئيس	pron=1
الذي يرأس أيضا	def=رئيس	pron=1
الذي يرأس حاليا	def=رئيس	pron=1
الذي يترأس	def=رئيس	pron=1
الذي يترأس أيضا	def=رئيس	pron=1
الذي يترأس حاليا	def=رئيس	pron=1
التي ترأس	def=رئيسة	pron=1
التي ترأس أيضا	def=رئيسة	pron=1
التي ترأس حاليا	def=رئيسة	pron=1
التي تترأس	def=رئيسة	pron=1
التي تترأس أيضا	def=رئيسة	pron=1
التي تترأس حاليا	def=رئيسة	pron=1
يرأس	def=رئيس	pron=1
يترأس	def=رئيس	pron=1
ترأس	def=رئيس	pron=1	status=former
ترأست	def=رئيسة	pron=1	status=former
الذي ترأس	def=رئيس	pron=1	status=former
التي ترأست	def=رئيسة	pron=1	status=former
الذي يشغل مقعدا	def=عضو	pron=1
التي تشغل مقعدا	def=عضوة	pron=1
الذي يشغل أيضا مقعدا	def=عضو	pron=1
التي تشغل أيضا مقعدا	def=عضوة	pron=1
يشغل مقعدا	def=عضو	pron=1
تشغل مقعدا	def=عضوة	pron=1
# «الذي يرأس في الوقت نفسه المجلس الإقليمي لشيشاوة»
الذي يرأس في الوقت نفسه	def=رئيس	pron=1
الذي يرأس في نفس الوقت	def=رئيس	pron=1
التي ترأس في الوقت نفسه	def=رئيسة	pron=1
التي ترأس في نفس الوقت	def=رئيسة	pron=1
الذي يترأس في الوقت نفسه	def=رئيس	pron=1
التي تترأس في الوقت نفسه	def=رئيسة	pron=1
