#!/usr/bin/env python3
"""Sanity checks for a gold answer file (tests/dev/gold.jsonl, examples/gold.jsonl).

usage: check-gold.py GOLD.jsonl DIR [--admin ADMIN_DIR]

Each line of GOLD.jsonl is checked against DIR/<doc>.txt: the file exists,
every person is written in the text, every role's person is listed, the
enumerated values are valid, every non-national territory of a role or unit
is among the article's territories (or is a region containing one of them),
every date is a real calendar date whose year is written in the text, and
every DIR/*.txt has exactly one gold line.  Names are folded the way the
scorer folds them (see shared/gold/README.md) before comparing.

ADMIN_DIR is the morocco-admin reference folder; without --admin it is looked
for at ../shared/reference/morocco-admin beside the repository.  With it,
region containment is checked exactly and territory names missing from the
gazetteer are reported as warnings.  Exit status: 0 ok, 1 problems, 2 usage.
Python 3 standard library only.
"""
import csv, datetime, json, os, re, sys

LEVELS = {"national", "regional", "provincial", "local"}
KINDS = {"party", "elected"}
STATUSES = {"current", "former", "interim"}
TTYPES = {"region", "province", "commune", "arrondissement"}
PARTIES = {"الأصالة والمعاصرة", "التجمع الوطني للأحرار", "الاستقلال", "العدالة والتنمية",
           "الاتحاد الاشتراكي للقوات الشعبية", "الحركة الشعبية", "التقدم والاشتراكية",
           # smaller parties (tests/dev2)
           "الاتحاد الدستوري", "جبهة القوى الديمقراطية", "الاشتراكي الموحد",
           "المغربي الحر", "النهضة والفضيلة",
           # tests/dev14
           "فيدرالية اليسار الديمقراطي", "الحركة الديمقراطية الاجتماعية"}
KEYS = {"doc", "persons", "territories", "roles", "units", "dates"}
ROLE_KEYS = {"person", "role", "kind", "level", "territory", "party", "status"}
# The 12 regions of 2015, used when the gazetteer is not at hand.
REGIONS_2015 = ["طنجة تطوان الحسيمة", "الشرق", "فاس مكناس", "الرباط سلا القنيطرة",
                "بني ملال خنيفرة", "الدار البيضاء سطات", "مراكش آسفي", "درعة تافيلالت",
                "سوس ماسة", "كلميم واد نون", "العيون الساقية الحمراء", "الداخلة وادي الذهب"]
# The 16 regions of 1997-2015, named in archived news; not in the census gazetteer.
REGIONS_1997 = ["وادي الذهب الكويرة", "العيون بوجدور الساقية الحمراء", "كلميم السمارة",
                "سوس ماسة درعة", "الغرب الشراردة بني احسن", "الشاوية ورديغة",
                "مراكش تانسيفت الحوز", "الجهة الشرقية", "الدار البيضاء الكبرى",
                "الرباط سلا زمور زعير", "دكالة عبدة", "تادلة أزيلال", "مكناس تافيلالت",
                "فاس بولمان", "تازة الحسيمة تاونات", "طنجة تطوان"]

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                         "ھ": "ه", "ی": "ي", "ک": "ك", "ـ": None})
DIACRITICS = re.compile("[\u064b-\u0652\u0670]")


def fold_text(s):
    """Spelling-folded text with single spaces: for finding a name in an article."""
    s = DIACRITICS.sub("", s.translate(DIGITS).translate(LETTERS))
    return re.sub(r"\s+", " ", s)


def fold_name(s):
    """Folded name with spaces and punctuation dropped: for comparing names."""
    s = fold_text(s)
    return re.sub(r"[\s\-\u2010-\u2015_.,،:;'\"()]+", "", s)


MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "ماي": 5, "مايو": 5, "يونيو": 6,
    "يوليوز": 7, "يوليو": 7, "غشت": 8, "اغسطس": 8, "شتنبر": 9, "سبتمبر": 9,
    "اكتوبر": 10, "نونبر": 11, "نوفمبر": 11, "دجنبر": 12, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
    "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11,
    "كانون الاول": 12,
}
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
            "السبت": 5, "الاحد": 6}
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(WEEKDAYS)
DATE_PATTERNS = [  # on fold_text() output; groups named y, m (number or name), d, w
    re.compile(r"(?:(?P<w>%s)\s*،?\s*)?\b(?P<d>\d{1,2})\s+(?:من\s+)?(?:شهر\s+)?(?P<m>%s)\s+(?:سنه\s+|عام\s+)?(?P<y>\d{4})\b" % (_W, _M)),
    re.compile(r"(?:(?P<w>%s)\s*،?\s*)?\b(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})\b" % _W),
    re.compile(r"\b(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})\b"),
    re.compile(r"(?<!\d\s)\b(?P<m>%s)\s+(?P<d>\d{1,2})\s*[،,]\s*(?P<y>\d{4})\b" % _M),
]


def text_dates(text):
    """Full dates written in folded text: {iso: weekday name or None}, plus bad weekdays."""
    found, bad = {}, []
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            mo = m.group("m")
            mo = int(mo) if mo.isdigit() else MONTHS[mo]
            try:
                dt = datetime.date(int(m.group("y")), mo, int(m.group("d")))
            except ValueError:
                continue
            iso = dt.isoformat()
            found.setdefault(iso, None)
            w = m.groupdict().get("w")
            if w:
                if WEEKDAYS[w] != dt.weekday():
                    bad.append("%s is not a %s" % (iso, w))
    return found, bad


def find_admin(argv_admin, gold_path):
    if argv_admin:
        return argv_admin
    here = os.path.abspath(os.path.dirname(__file__))
    for base in (here, os.path.abspath(os.path.dirname(gold_path))):
        d = base
        for _ in range(6):
            cand = os.path.join(d, "..", "shared", "reference", "morocco-admin")
            if os.path.isfile(os.path.join(cand, "regions.csv")):
                return os.path.normpath(cand)
            d = os.path.dirname(d)
    return None


def load_admin(d):
    """Returns (names: folded name -> set of types, region_of: folded name -> set of folded regions)."""
    def rows(f):
        with open(os.path.join(d, f), encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    names, region_of = {}, {}
    reg = {}
    for r in rows("regions.csv"):
        reg[r["code"]] = fold_name(r["name_ar"])
        names.setdefault(fold_name(r["name_ar"]), set()).add("region")
    prov = {}
    for r in rows("provinces.csv"):
        n = fold_name(r["name_ar"])
        prov[r["code"]] = r["region_code"]
        names.setdefault(n, set()).add("province")
        region_of.setdefault(n, set()).add(reg[r["region_code"]])
    comm = {}
    for r in rows("communes.csv"):
        n = fold_name(r["name_ar"])
        rc = prov.get(r["province_code"])
        comm[r["code"]] = rc
        names.setdefault(n, set()).add("commune")
        if rc:
            region_of.setdefault(n, set()).add(reg[rc])
    for r in rows("arrondissements.csv"):
        n = fold_name(r["name_ar"])
        names.setdefault(n, set()).add("arrondissement")
        rc = comm.get(r["commune_code"])
        if rc:
            region_of.setdefault(n, set()).add(reg[rc])
    return names, region_of


def main(argv):
    args, admin_dir = [], None
    i = 1
    while i < len(argv):
        if argv[i] == "--admin" and i + 1 < len(argv):
            admin_dir = argv[i + 1]; i += 2
        elif argv[i] in ("-h", "--help"):
            print(__doc__); return 0
        else:
            args.append(argv[i]); i += 1
    if len(args) != 2:
        sys.stderr.write("usage: check-gold.py GOLD.jsonl DIR [--admin ADMIN_DIR]\n")
        return 2
    gold_path, docdir = args
    if admin_dir and not os.path.isfile(os.path.join(admin_dir, "regions.csv")):
        sys.stderr.write("check-gold.py: %s: no regions.csv there\n" % admin_dir)
        return 2
    admin_dir = find_admin(admin_dir, gold_path)
    names, region_of = (load_admin(admin_dir) if admin_dir else ({}, {}))
    old_regions = {fold_name(x) for x in REGIONS_1997}
    new_regions = {fold_name(x) for x in REGIONS_2015}
    errors, warnings = [], []

    def err(doc, msg): errors.append("%s: %s" % (doc, msg))
    def warn(doc, msg): warnings.append("%s: %s" % (doc, msg))

    seen = set()
    with open(gold_path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except ValueError as e:
            err("line %d" % lineno, "bad JSON: %s" % e); continue
        doc = g.get("doc", "line %d" % lineno)
        if set(g) != KEYS:
            err(doc, "keys are %s, want %s" % (sorted(g), sorted(KEYS)))
        if doc in seen:
            err(doc, "two gold lines")
        seen.add(doc)
        path = os.path.join(docdir, doc + ".txt")
        if not os.path.isfile(path):
            err(doc, "no file %s" % path); continue
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        text = fold_text(raw)
        text_ns = fold_name(raw)

        persons = g.get("persons", [])
        pset = {fold_name(p) for p in persons}
        if len(pset) != len(persons):
            err(doc, "a person is listed twice")
        for p in persons:
            if fold_text(p).strip() in text:
                continue
            if fold_name(p) in text_ns:
                warn(doc, "person %r found only when spaces are ignored" % p)
            else:
                err(doc, "person %r is not written in the text" % p)

        terrs = g.get("territories", [])
        tnames = {}
        for t in terrs:
            n, ty = t.get("name", ""), t.get("type")
            if ty not in TTYPES:
                err(doc, "territory %r has type %r" % (n, ty))
            f = fold_name(n)
            if not f:
                err(doc, "territory with an empty name")
            if f in tnames:
                err(doc, "territory %r listed twice" % n)
            tnames[f] = ty
            if names:
                if ty == "region" and f in old_regions:
                    pass
                elif f not in names:
                    warn(doc, "territory %r (%s) not in the gazetteer" % (n, ty))
                elif ty not in names[f] and not (ty == "commune" and "arrondissement" in names[f]):
                    warn(doc, "territory %r is typed %s, gazetteer has %s" % (n, ty, "/".join(sorted(names[f]))))

        def territory_ok(ter, level):
            f = fold_name(ter)
            if f in tnames:
                return True
            if level != "regional":
                return False
            if names:
                return any(f in region_of.get(x, ()) for x in tnames)
            return f in new_regions or f in old_regions

        for r in g.get("roles", []):
            who = r.get("person", "?")
            if set(r) != ROLE_KEYS:
                err(doc, "role of %r has keys %s" % (who, sorted(r)))
            if fold_name(who) not in pset:
                err(doc, "role person %r not in persons" % who)
            if not r.get("role"):
                err(doc, "role of %r has no title" % who)
            if r.get("kind") not in KINDS:
                err(doc, "role of %r: kind %r" % (who, r.get("kind")))
            if r.get("level") not in LEVELS:
                err(doc, "role of %r: level %r" % (who, r.get("level")))
            if r.get("status") not in STATUSES:
                err(doc, "role of %r: status %r" % (who, r.get("status")))
            party = r.get("party", "")
            if party not in PARTIES and not (party == "" and r.get("kind") == "elected"):
                err(doc, "role of %r: party %r" % (who, party))
            ter = r.get("territory", "")
            if r.get("level") == "national":
                if ter:
                    err(doc, "national role of %r has territory %r" % (who, ter))
            elif r.get("level") not in LEVELS:
                pass
            elif not ter:
                err(doc, "%s role of %r has no territory" % (r.get("level"), who))
            elif not territory_ok(ter, r.get("level")):
                err(doc, "role of %r: territory %r is not among the article's territories" % (who, ter))

        useen = set()
        for u in g.get("units", []):
            lv, ter, party = u.get("level"), u.get("territory", ""), u.get("party")
            key = (lv, fold_name(ter), party)
            if key in useen:
                err(doc, "unit %r listed twice" % (u,))
            useen.add(key)
            if lv not in LEVELS:
                err(doc, "unit level %r" % lv)
            if party not in PARTIES:
                err(doc, "unit party %r" % party)
            if lv == "national":
                if ter:
                    err(doc, "national unit has territory %r" % ter)
            elif not ter:
                err(doc, "%s unit has no territory" % lv)
            elif not territory_ok(ter, lv):
                err(doc, "unit %s %r is not among the article's territories" % (lv, ter))

        dates = g.get("dates", [])
        tdates, badw = text_dates(text)
        for b in badw:
            warn(doc, "weekday in text: " + b)
        for d in sorted(set(tdates) - set(dates)):
            warn(doc, "text seems to write the date %s, which gold does not list" % d)
        for d in sorted(set(dates) - set(tdates)):
            warn(doc, "gold date %s not recognised in the text (check it by hand)" % d)
        if len(set(dates)) != len(dates):
            err(doc, "a date is listed twice")
        for d in dates:
            m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", d)
            if not m:
                err(doc, "date %r is not YYYY-MM-DD" % d); continue
            y, mo, da = map(int, m.groups())
            try:
                datetime.date(y, mo, da)
            except ValueError:
                err(doc, "date %r does not exist" % d); continue
            if not 1956 <= y <= 2030:
                err(doc, "date %r: implausible year" % d)
            if str(y) not in text:
                err(doc, "date %r: year not written in the text" % d)

    for f in sorted(os.listdir(docdir)):
        if f.endswith(".txt") and f[:-4] not in seen:
            err(f[:-4], "no gold line")

    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    print("%s: %d documents, %d errors, %d warnings%s" % (
        gold_path, len(seen), len(errors), len(warnings),
        "" if admin_dir else " (gazetteer not found: region containment checked by name only)"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
