# levels.lex - adjectives that place a title or a body at a level of the
# party: national, regional (جهوي), provincial (إقليمي), local (محلي).
# def= gives the definite form of an indefinite or accusative adjective.
الوطني	level=national
الوطنية	level=national
وطني	level=national	def=الوطني
وطنية	level=national	def=الوطنية
وطنيا	level=national	def=الوطني
الوطنيين	level=national	def=الوطني
الجهوي	level=regional
الجهوية	level=regional
جهوي	level=regional	def=الجهوي
جهوية	level=regional	def=الجهوية
جهويا	level=regional	def=الجهوي
الجهويين	level=regional	def=الجهوي
الجهويون	level=regional	def=الجهوي
الجهويات	level=regional	def=الجهوية
جهويين	level=regional	def=الجهوي
جهويون	level=regional	def=الجهوي
الإقليمي	level=provincial
الإقليمية	level=provincial
إقليمي	level=provincial	def=الإقليمي
إقليمية	level=provincial	def=الإقليمية
إقليميا	level=provincial	def=الإقليمي
الإقليميين	level=provincial	def=الإقليمي
الإقليميون	level=provincial	def=الإقليمي
الإقليميات	level=provincial	def=الإقليمية
إقليميين	level=provincial	def=الإقليمي
إقليميون	level=provincial	def=الإقليمي
المحلي	level=local
المحلية	level=local
محلي	level=local	def=المحلي
محلية	level=local	def=المحلية
محليا	level=local	def=المحلي
المحليين	level=local	def=المحلي
المحليون	level=local	def=المحلي
المحليات	level=local	def=المحلية
محليين	level=local	def=المحلي
محليون	level=local	def=المحلي
المحليتين	level=local	def=المحلية
المحليتان	level=local	def=المحلية
الإقليميتين	level=provincial	def=الإقليمية
الإقليميتان	level=provincial	def=الإقليمية
الجهويتين	level=regional	def=الجهوية
الجهويتان	level=regional	def=الجهوية
المحليان	level=local	def=المحلي
الإقليميان	level=provincial	def=الإقليمي
الجهويان	level=regional	def=الجهوي
الوطنيان	level=national	def=الوطني
محليات	level=local	def=المحلية
إقليميات	level=provincial	def=الإقليمية
جهويات	level=regional	def=الجهوية
محليتين	level=local	def=المحلية
محليتان	level=local	def=المحلية
إقليميتين	level=provincial	def=الإقليمية
إقليميتان	level=provincial	def=الإقليمية
جهويتين	level=regional	def=الجهوية
جهويتان	level=regional	def=الجهوية
محليان	level=local	def=المحلي
إقليميان	level=provincial	def=الإقليمي
جهويان	level=regional	def=الجهوي
