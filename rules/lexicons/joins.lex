# joins.lex - words of joining a party organ: the person before becomes
# its member («خلفا لفلان الذي التحق بالمكتب السياسي», «فلانة، التي
# انضمت إلى المجلس الوطني»).  The organ follows the word (a clitic or
# «إلى» between).  post= the post's first word, before the organ: «عضو
# المكتب السياسي».
التحق	post=عضو
التحقت	post=عضو
الذي التحق	post=عضو
التي التحقت	post=عضو
انضم	post=عضو
انضمت	post=عضو
الذي انضم	post=عضو
التي انضمت	post=عضو
الذي انضم إلى	post=عضو
التي انضمت إلى	post=عضو
انضم إلى	post=عضو
انضمت إلى	post=عضو
# «خلفت فلانا، الذي انتقل إلى عضوية المكتب السياسي»
انتقل إلى	post=عضو
انتقلت إلى	post=عضو
الذي انتقل إلى	post=عضو
التي انتقلت إلى	post=عضو
# «التحاق كل من فلانة وفلان بعضوية المكتب السياسي»: each named before
بعضوية	post=عضو
# «واحتفظ فلان بعضويته في الأمانة العامة»: kept it
بعضويته	post=عضو
بعضويتها	post=عضو
بعضويته في	post=عضو
بعضويتها في	post=عضو
# «فلان، الذي يشغل أيضا عضوية المجلس الوطني»: an adverb before it
أيضا عضوية	post=عضو
كذلك عضوية	post=عضو
# «ويشغل فلان عضوية المجلس الوطني للحزب»
عضوية	post=عضو
