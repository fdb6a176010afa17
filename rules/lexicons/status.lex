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
الجدد	status=current
الجديدات	status=current
الحالي	status=current
الحالية	status=current
حاليا	status=current
المنتهية ولايته	status=former
المنتهية ولايتها	status=former
المنتهية مهامه	status=former
المنتهية مهامها	status=former
# «فلان، الذي سبق أن شغل مهمة الكاتب الإقليمي»: before the post
الذي سبق أن شغل	status=former
التي سبق أن شغلت	status=former
سبق أن شغل	status=former
سبق أن شغلت	status=former
سبق له أن شغل	status=former
سبق لها أن شغلت	status=former
# «قدم فلان استقالته من مهامه ككاتب إقليمي», «إعفاء فلان من مهامه كأمين
# إقليمي»
من مهامه	status=former
من مهامها	status=former
استقالته من مهامه	status=former
استقالتها من مهامها	status=former
استقالته من	status=former
استقالتها من	status=former
