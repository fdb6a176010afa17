# title-pairs.lex - heads that read as a dual in construct when the party
# follows them without «ل» («منسقا حزب الحركة الشعبية بتنانت وأفورار»: its
# two coordinators; «عين منسقا للحزب» is one).  Only the anchor of
# rules/30-titles.rules pair-of-party-in-place.
منسقا
كاتبا
مفتشا
أمينا
امينا
