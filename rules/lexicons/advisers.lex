# advisers.lex - the advisers of a party bureau, listed with its posts:
# «المستشارون: فلان، فلانة», «وفلان مستشارا», and the members listed
# with them («الأعضاء: فلان، فلانة»).  def= the role's text;
# the forms with a council after them («المستشار الجماعي») are offices.
المستشار	def=المستشار
المستشارة	gender=f	def=المستشارة
المستشارون	number=pl	def=المستشار
المستشارين	number=pl	def=المستشار
المستشارات	number=pl	gender=f	def=المستشارة
مستشار	def=المستشار
مستشارا	case=acc	def=المستشار
المستشاران	number=du	def=المستشار
المستشارتان	number=du	gender=f	def=المستشارة
مستشاران	number=du	def=المستشار
مستشارتان	number=du	gender=f	def=المستشارة
مستشارة	gender=f	case=acc	def=المستشارة
مستشارين	number=pl	case=acc	def=المستشار
مستشارات	number=pl	gender=f	case=acc	def=المستشارة
# «الأعضاء: فلان، فلانة»: the members of the bureau listed before
الأعضاء	number=pl	def=عضو
العضوات	number=pl	gender=f	def=عضوة
