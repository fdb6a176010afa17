# status.lex - words after a title that say the post is past or acting.
السابق	status=former
السابقة	status=former
سابقا	status=former
الأسبق	status=former
الأسبقة	status=former
بالنيابة	status=interim
المؤقت	status=interim
المؤقتة	status=interim
مؤقتا	status=interim
بالإنابة	status=interim
الجديد	status=current
الجديدة	status=current
الحالي	status=current
الحالية	status=current
