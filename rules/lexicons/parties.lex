# parties.lex - Moroccan parties, their aliases and symbols, and their youth
# and women's organisations.  party= the canonical name (without حزب).
# common=1: the form is also an ordinary word (الميزان "the scales"), so it
# names the party only right after «حزب»; a common adjective («الدستوري»,
# «القانون الدستوري») also after a word of address or a title head, or
# before a given name («القيادي الدستوري فلان»).  org= youth|women.
# adjective=1: a party adjective («الاستقلالي», «التجمعية»): it names the
# party and is never part of a person's name.  Not the forms that are
# ordinary words too (استقلالية «independence», اتحادية «federal»,
# البامية «okra»).
# Adding a party is adding lines here.
الأصالة والمعاصرة	party=الأصالة والمعاصرة
البام	party=الأصالة والمعاصرة
البامي	party=الأصالة والمعاصرة	adjective=1
بامي	party=الأصالة والمعاصرة	adjective=1
التراكتور	party=الأصالة والمعاصرة
الجرار	party=الأصالة والمعاصرة	common=1
منظمة شباب الأصالة والمعاصرة	party=الأصالة والمعاصرة	org=youth
شبيبة الأصالة والمعاصرة	party=الأصالة والمعاصرة	org=youth
منظمة نساء الأصالة والمعاصرة	party=الأصالة والمعاصرة	org=women
التجمع الوطني للأحرار	party=التجمع الوطني للأحرار
الأحرار	party=التجمع الوطني للأحرار
التجمعيين	party=التجمع الوطني للأحرار
التجمعي	party=التجمع الوطني للأحرار	adjective=1
التجمعية	party=التجمع الوطني للأحرار	adjective=1
تجمعي	party=التجمع الوطني للأحرار	adjective=1
التجمعيون	party=التجمع الوطني للأحرار
الحمامة	party=التجمع الوطني للأحرار	common=1
الشبيبة التجمعية	party=التجمع الوطني للأحرار	org=youth
الفيدرالية الوطنية للمرأة التجمعية	party=التجمع الوطني للأحرار	org=women
منظمة المرأة التجمعية	party=التجمع الوطني للأحرار	org=women
المرأة التجمعية	party=التجمع الوطني للأحرار	org=women
النساء التجمعيات	party=التجمع الوطني للأحرار	org=women
الاستقلال	party=الاستقلال	common=1
الاستقلاليين	party=الاستقلال
الاستقلاليون	party=الاستقلال
الاستقلالي	party=الاستقلال	adjective=1
الاستقلالية	party=الاستقلال	adjective=1
استقلالي	party=الاستقلال	adjective=1
الميزان	party=الاستقلال	common=1
الشبيبة الاستقلالية	party=الاستقلال	org=youth
منظمة المرأة الاستقلالية	party=الاستقلال	org=women
المرأة الاستقلالية	party=الاستقلال	org=women
النساء الاستقلاليات	party=الاستقلال	org=women
العدالة والتنمية	party=العدالة والتنمية
البيجيدي	party=العدالة والتنمية
المصباح	party=العدالة والتنمية	common=1
شبيبة العدالة والتنمية	party=العدالة والتنمية	org=youth
منظمة نساء العدالة والتنمية	party=العدالة والتنمية	org=women
هيئة نساء العدالة والتنمية	party=العدالة والتنمية	org=women
نساء العدالة والتنمية	party=العدالة والتنمية	org=women
الاتحاد الاشتراكي للقوات الشعبية	party=الاتحاد الاشتراكي للقوات الشعبية
الاتحاد الاشتراكي	party=الاتحاد الاشتراكي للقوات الشعبية
الاتحاديين	party=الاتحاد الاشتراكي للقوات الشعبية
الاتحاديون	party=الاتحاد الاشتراكي للقوات الشعبية
الاتحادي	party=الاتحاد الاشتراكي للقوات الشعبية	adjective=1
الاتحادية	party=الاتحاد الاشتراكي للقوات الشعبية	adjective=1
اتحادي	party=الاتحاد الاشتراكي للقوات الشعبية	adjective=1
الوردة	party=الاتحاد الاشتراكي للقوات الشعبية	common=1
الشبيبة الاتحادية	party=الاتحاد الاشتراكي للقوات الشعبية	org=youth
النساء الاتحاديات	party=الاتحاد الاشتراكي للقوات الشعبية	org=women
الحركة الشعبية	party=الحركة الشعبية
الحركيين	party=الحركة الشعبية
الحركيون	party=الحركة الشعبية
الحركي	party=الحركة الشعبية	adjective=1
الحركية	party=الحركة الشعبية	adjective=1
حركي	party=الحركة الشعبية	adjective=1
السنبلة	party=الحركة الشعبية	common=1
الشبيبة الحركية	party=الحركة الشعبية	org=youth
منظمة النساء الحركيات	party=الحركة الشعبية	org=women
النساء الحركيات	party=الحركة الشعبية	org=women
منظمة النساء الدستوريات	party=الاتحاد الدستوري	org=women
النساء الدستوريات	party=الاتحاد الدستوري	org=women
منظمة النساء التقدميات	party=التقدم والاشتراكية	org=women
النساء التقدميات	party=التقدم والاشتراكية	org=women
التقدم والاشتراكية	party=التقدم والاشتراكية
الكتاب	party=التقدم والاشتراكية	common=1
الشبيبة الاشتراكية	party=التقدم والاشتراكية	org=youth
الاتحاد الدستوري	party=الاتحاد الدستوري
الحصان	party=الاتحاد الدستوري	common=1
الحركة الديمقراطية الاجتماعية	party=الحركة الديمقراطية الاجتماعية
جبهة القوى الديمقراطية	party=جبهة القوى الديمقراطية
فيدرالية اليسار الديمقراطي	party=فيدرالية اليسار الديمقراطي
النهج الديمقراطي	party=النهج الديمقراطي
المغربي الحر	party=المغربي الحر
الحزب المغربي الحر	party=المغربي الحر
النهضة والفضيلة	party=النهضة والفضيلة
الاشتراكي الموحد	party=الاشتراكي الموحد
الحزب الاشتراكي الموحد	party=الاشتراكي الموحد
الشمعة	party=الاشتراكي الموحد	common=1
الزيتونة	party=جبهة القوى الديمقراطية	common=1
الدستوريين	party=الاتحاد الدستوري
الدستوري	party=الاتحاد الدستوري	adjective=1	common=1
