# negations.lex - words that deny the title right after them: «ليس عضوا
# بالمكتب السياسي», «نفى أن يكون منسقا للحزب».  Such a title is held by
# nobody (resolve.c drops it).  «لم يعد» (no longer) is a status, not a
# negation.
ليس
ليست
ليسا
ليستا
ليسوا
لست
لسنا
لم يكن
لم تكن
لم يكونوا
نفى أن يكون
نفت أن تكون
ينفي أن يكون
تنفي أن تكون
