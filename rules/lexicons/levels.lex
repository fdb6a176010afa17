# levels.lex - adjectives that place a title or a body at a level of the
# party: national, regional (جهوي), provincial (إقليمي), local (محلي).
# def= gives the definite form of an indefinite or accusative adjective.
الوطني	level=national
الوطنية	level=national
وطني	level=national	def=الوطني
وطنية	level=national	def=الوطنية
وطنيا	level=national	def=الوطني
الوطنيين	level=national
الجهوي	level=regional
الجهوية	level=regional
جهوي	level=regional	def=الجهوي
جهوية	level=regional	def=الجهوية
جهويا	level=regional	def=الجهوي
الجهويين	level=regional
الجهويون	level=regional
الجهويات	level=regional
الإقليمي	level=provincial
الإقليمية	level=provincial
إقليمي	level=provincial	def=الإقليمي
إقليمية	level=provincial	def=الإقليمية
إقليميا	level=provincial	def=الإقليمي
الإقليميين	level=provincial
الإقليميون	level=provincial
الإقليميات	level=provincial
المحلي	level=local
المحلية	level=local
محلي	level=local	def=المحلي
محلية	level=local	def=المحلية
محليا	level=local	def=المحلي
المحليين	level=local
المحليون	level=local
المحليات	level=local
المحليتين	level=local
المحليتان	level=local
الإقليميتين	level=provincial
الإقليميتان	level=provincial
الجهويتين	level=regional
الجهويتان	level=regional
المحليان	level=local
الإقليميان	level=provincial
الجهويان	level=regional
الوطنيان	level=national
