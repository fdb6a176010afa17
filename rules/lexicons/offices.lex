# offices.lex - public offices named in one or two words (kind=elected).
النائب البرلماني	level=national	kind=elected
نائب برلماني	level=national	kind=elected	def=النائب البرلماني
النائبة البرلمانية	level=national	kind=elected
نائبة برلمانية	level=national	kind=elected	def=النائبة البرلمانية
البرلماني	level=national	kind=elected
برلماني	level=national	kind=elected	def=البرلماني
البرلمانية	level=national	kind=elected
برلمانية	level=national	kind=elected	def=البرلمانية
# «فاز فلان بالمقعد البرلماني»: the seat won names the office
المقعد البرلماني	level=national	kind=elected	def=النائب البرلماني
المستشار البرلماني	level=national	kind=elected
مستشار برلماني	level=national	kind=elected	def=المستشار البرلماني
المستشارة البرلمانية	level=national	kind=elected
# «سألت الرئيس الجماعي، فلان»: the commune council's president
الرئيس الجماعي	level=local	kind=elected
الرئيسة الجماعية	level=local	kind=elected
المستشار الجماعي	level=local	kind=elected
مستشار جماعي	level=local	kind=elected	def=المستشار الجماعي
المستشارة الجماعية	level=local	kind=elected
مستشارة جماعية	level=local	kind=elected	def=المستشارة الجماعية
مستشارا جماعيا	level=local	kind=elected	case=acc	def=المستشار الجماعي
المستشار الجهوي	level=regional	kind=elected
مستشار جهوي	level=regional	kind=elected	def=المستشار الجهوي
مستشارا جهويا	level=regional	kind=elected	case=acc	def=المستشار الجهوي
المستشارة الجهوية	level=regional	kind=elected
مستشارة جهوية	level=regional	kind=elected	def=المستشارة الجهوية
البرلمانيين	level=national	kind=elected	number=pl	def=البرلماني
النائبان البرلمانيان	level=national	kind=elected	number=du	def=النائب البرلماني
النائبين البرلمانيين	level=national	kind=elected	number=du	def=النائب البرلماني
البرلمانيان	level=national	kind=elected	number=du	def=البرلماني
النواب البرلمانيون	level=national	kind=elected	number=pl	def=النائب البرلماني
النواب البرلمانيين	level=national	kind=elected	number=pl	def=النائب البرلماني
النواب الفائزون	level=national	kind=elected	number=pl	def=النائب البرلماني
النواب الفائزين	level=national	kind=elected	number=pl	def=النائب البرلماني
برلمانيي	level=national	kind=elected	number=pl	def=البرلماني
الوزير	level=national	kind=elected
وزير	level=national	kind=elected
الوزيرة	level=national	kind=elected
وزيرة	level=national	kind=elected
الوزير المنتدب	level=national	kind=elected
الوزيرة المنتدبة	level=national	kind=elected
كاتب الدولة	level=national	kind=elected
كاتبة الدولة	level=national	kind=elected
كاتبا للدولة	level=national	kind=elected	case=acc	def=كاتب الدولة
كاتبة للدولة	level=national	kind=elected	case=acc	def=كاتبة الدولة
وزيرا	level=national	kind=elected	case=acc	def=الوزير
رئيس الحكومة	level=national	kind=elected
عمدة	level=local	kind=elected
العمدة	level=local	kind=elected
عمدة مدينة	level=local	kind=elected
