# handover.lex - words after a post that hand it to the person after:
# «وآلت مهمة نائب الكاتب الإقليمي إلى فلانة», «أسند منصب المنسق الجهوي
# إلى فلان» (the post follows a capacity word: مهمة، منصب).
إلى
الى
