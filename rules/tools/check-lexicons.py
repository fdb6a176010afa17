#!/usr/bin/env python3
"""check-lexicons.py - lint haykal's lexicon (.lex) and gazetteer (.tsv) files.

Checks every data line (lines starting with '#' and blank lines are skipped)
for: empty forms, stray spaces (leading/trailing, doubled, around tabs or
hyphens, non-breaking or zero-width spaces), characters that are not plain
Arabic letters in a form (Latin, digits, Persian letters, tatweel, dashes
other than '-' in gazetteer names; a final '.' of an abbreviation and a
form of ASCII digits alone are allowed),
duplicate forms, and malformed fields.  Per file:

  territories.tsv   5 or 6 columns, known kinds, unique codes, parents exist
                    (names are copied from the HCP source, so odd characters
                    there are reported as warnings, not errors)
  aliases.tsv       alias<TAB>code; code must exist in territories.tsv
                    (found beside it, or given with --territories)
  common-words.lex  each form must be a name in territories.tsv or an alias
  other .lex        form<TAB>key=value...; given-names.lex needs gender=m|f

Errors make the exit status 1.  Warnings are printed but do not fail.
Notes (forms made redundant by the engine's folding of spaces, hyphens,
hamza-alef variants, heh, tatweel and diacritics) are shown with -v.

Usage: python3 rules/tools/check-lexicons.py [-v] [--territories FILE] FILE...
Python 3 stdlib only.
"""

import os
import re
import sys
import unicodedata

ARABIC_LETTERS = set(chr(c) for c in range(0x0621, 0x063B)) | \
    set(chr(c) for c in range(0x0641, 0x064B))
DIACRITICS = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670"}
TATWEEL = "\u0640"
KINDS = ("region", "province", "commune", "arrondissement")
LEX_KEYS = {
    "gender": {"m", "f"},
    "common": {"1"},
    "prefix": {"1"},
}


def fold(s):
    """The engine's folding: what two spellings count as the same."""
    out = []
    for c in s:
        if c in DIACRITICS or c == TATWEEL or c in " -":
            continue
        if c in "أإآٱ":
            c = "ا"
        elif c == "ھ":
            c = "ه"
        out.append(c)
    return "".join(out)


class Report:
    def __init__(self, verbose):
        self.verbose = verbose
        self.errors = 0
        self.warnings = 0
        self.notes = 0

    def error(self, path, line, msg):
        self.errors += 1
        print("%s:%d: error: %s" % (path, line, msg))

    def warning(self, path, line, msg):
        self.warnings += 1
        print("%s:%d: warning: %s" % (path, line, msg))

    def note(self, path, line, msg):
        self.notes += 1
        if self.verbose:
            print("%s:%d: note: %s" % (path, line, msg))


def data_lines(path, rep):
    """Yields (line number, fields) for every data line of path."""
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if raw.startswith("\ufeff"):
        rep.error(path, 1, "byte-order mark at start of file")
        raw = raw[1:]
    if "\r" in raw:
        rep.error(path, 1, "carriage return (CRLF line ends?)")
    if raw and not raw.endswith("\n"):
        rep.error(path, raw.count("\n") + 1, "no newline at end of file")
    for n, line in enumerate(raw.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            if line:
                rep.error(path, n, "line of only whitespace")
            continue
        if line.startswith("#"):
            continue
        yield n, line.split("\t")


def check_form(path, n, form, rep, what="form", hyphen_ok=False,
               soft=False):
    """Checks one Arabic form; soft=True downgrades letter problems."""
    complain = rep.warning if soft else rep.error
    if form == "":
        rep.error(path, n, "empty %s" % what)
        return False
    if form != form.strip():
        rep.error(path, n, "leading or trailing space in %s %r" % (what, form))
    if "  " in form:
        rep.error(path, n, "doubled space in %s %r" % (what, form))
    if " -" in form or "- " in form:
        complain(path, n, "space next to hyphen in %s %r" % (what, form))
    if form.isascii() and form.isdigit():
        return True  # a number, as the normaliser writes it («أكادير 24»)
    for i, c in enumerate(form):
        if c == " ":
            continue
        if c == "-" and hyphen_ok:
            continue
        if c == "." and i == len(form) - 1 and i > 0:
            continue  # an abbreviation such as «د.»
        if c in ARABIC_LETTERS:
            continue
        if c in DIACRITICS:
            complain(path, n, "diacritic U+%04X in %s %r" % (ord(c), what,
                                                             form))
        else:
            name = unicodedata.name(c, "?")
            complain(path, n, "not a plain Arabic letter: U+%04X %s in %s %r"
                     % (ord(c), name, what, form))
        break
    return True


def load_territories(path, rep, check):
    """Returns {code: (kind, parent, name_ar)}; checks the file if asked."""
    terr = {}
    names = {}
    for n, fields in data_lines(path, rep):
        if len(fields) not in (5, 6):
            if check:
                rep.error(path, n, "expected 5 or 6 columns, got %d"
                          % len(fields))
            continue
        code, kind, parent, name_ar, name_fr = fields[:5]
        if check:
            for f in fields:
                if f != f.strip():
                    rep.error(path, n, "stray space in field %r" % f)
            if kind not in KINDS:
                rep.error(path, n, "unknown kind %r" % kind)
            if code in terr:
                rep.error(path, n, "duplicate code %s" % code)
            if not name_fr:
                rep.warning(path, n, "no French name")
            check_form(path, n, name_ar, rep, "name_ar", hyphen_ok=True,
                       soft=True)
            if len(fields) == 6 and not re.fullmatch(r"successor=\d\d",
                                                     fields[5]):
                rep.error(path, n, "bad 6th column %r" % fields[5])
            if (kind, parent) in names.get(name_ar, ()):
                rep.warning(path, n, "same name %s twice under %s"
                            % (name_ar, parent or "the root"))
            names.setdefault(name_ar, set()).add((kind, parent))
        successor = fields[5][len("successor="):] if len(fields) == 6 else ""
        terr[code] = (kind, parent, name_ar, n, successor)
    if check:
        parent_kinds = {"province": ("region", "province"),
                        "commune": ("province",),
                        "arrondissement": ("commune",)}
        for code, (kind, parent, name_ar, n, _) in terr.items():
            if kind == "region":
                if parent:
                    rep.error(path, n, "region %s has a parent" % code)
                continue
            if kind not in parent_kinds:
                continue
            if parent not in terr:
                rep.error(path, n, "%s: parent %r does not exist"
                          % (code, parent))
            elif terr[parent][0] not in parent_kinds[kind]:
                rep.error(path, n, "%s: parent %s is a %s" % (code, parent,
                                                              terr[parent][0]))
    return terr


def check_aliases(path, terr, rep):
    seen = {}
    folded_seen = {}
    official = {}
    for code, (kind, parent, name_ar, n, _) in terr.items():
        official.setdefault(fold(name_ar), set()).add(code)
    aliases = set()
    for n, fields in data_lines(path, rep):
        if len(fields) == 3 and fields[2] in ("preferred", "official"):
            fields = fields[:2]
        if len(fields) != 2:
            rep.error(path, n, "expected alias<TAB>code[<TAB>preferred|official], got %d fields"
                      % len(fields))
            continue
        alias, code = fields
        if code != code.strip():
            rep.error(path, n, "stray space around code %r" % code)
            code = code.strip()
        if not check_form(path, n, alias, rep, "alias", hyphen_ok=True):
            continue
        aliases.add(alias)
        if terr and code not in terr:
            rep.error(path, n, "code %s is not in territories.tsv" % code)
        if alias in seen:
            rep.error(path, n, "duplicate alias %s (also line %d)"
                      % (alias, seen[alias]))
            continue
        seen[alias] = n
        f = fold(alias)
        if f in folded_seen:
            prev_n, prev_code = folded_seen[f]
            if prev_code != code:
                rep.error(path, n, "alias %s folds like line %d but maps to "
                          "%s, not %s" % (alias, prev_n, code, prev_code))
            else:
                rep.note(path, n, "alias %s folds like line %d" % (alias,
                                                                   prev_n))
        else:
            folded_seen[f] = (n, code)
        codes = official.get(f, set())
        if code in codes:
            rep.note(path, n, "alias %s folds to the official name of %s "
                     "(redundant)" % (alias, code))
        elif codes and all(terr[c][4] == code for c in codes):
            rep.note(path, n, "alias %s names the old region %s and maps to "
                     "its successor %s" % (alias, ", ".join(sorted(codes)),
                                           code))
        elif codes:
            rep.warning(path, n, "alias %s (-> %s) folds to the official "
                        "name of %s" % (alias, code, ", ".join(sorted(codes))))
    return aliases


def check_lex(path, rep, known_names=None):
    base = os.path.basename(path)
    seen = {}
    folded_seen = {}
    for n, fields in data_lines(path, rep):
        form = fields[0]
        if not check_form(path, n, form, rep):
            continue
        if form in seen:
            rep.error(path, n, "duplicate form %s (also line %d)"
                      % (form, seen[form]))
            continue
        seen[form] = n
        f = fold(form)
        if f in folded_seen:
            rep.note(path, n, "%s folds like line %d" % (form, folded_seen[f]))
        else:
            folded_seen[f] = n
        keys = {}
        for field in fields[1:]:
            if field != field.strip() or not field:
                rep.error(path, n, "empty field or stray space in %r" % field)
                continue
            k, eq, v = field.partition("=")
            if not eq:
                rep.error(path, n, "field %r is not key=value" % field)
                continue
            if k in keys:
                rep.error(path, n, "key %s given twice" % k)
            keys[k] = v
            if k in LEX_KEYS and v not in LEX_KEYS[k]:
                rep.error(path, n, "bad value %r for %s" % (v, k))
        if base == "given-names.lex":
            if "gender" not in keys:
                rep.error(path, n, "%s has no gender=" % form)
            for k in keys:
                if k not in LEX_KEYS:
                    rep.error(path, n, "unknown key %s" % k)
        if base == "common-words.lex":
            if len(fields) != 1 and fields[1:] != ["cue=1"]:
                rep.error(path, n, "common-words.lex takes one form per line")
            if known_names is not None and form not in known_names:
                rep.error(path, n, "%s is neither a territory name nor an "
                          "alias" % form)
    return seen


def main(argv):
    verbose = False
    terr_path = None
    files = []
    args = argv[1:]
    while args:
        a = args.pop(0)
        if a == "-v":
            verbose = True
        elif a == "--territories":
            terr_path = args.pop(0)
        elif a.startswith("-"):
            sys.exit(__doc__)
        else:
            files.append(a)
    if not files:
        sys.exit(__doc__)
    rep = Report(verbose)

    def territories_for(path):
        p = terr_path or os.path.join(os.path.dirname(path),
                                      "territories.tsv")
        if not os.path.exists(p):
            rep.error(path, 0, "cannot find territories.tsv (use "
                      "--territories)")
            return {}
        quiet = Report(False)
        quiet.error = quiet.warning = quiet.note = lambda *a: None
        return load_territories(p, quiet, check=False)

    for path in files:
        base = os.path.basename(path)
        if base == "territories.tsv":
            load_territories(path, rep, check=True)
        elif base == "aliases.tsv":
            check_aliases(path, territories_for(path), rep)
        elif base == "common-words.lex":
            terr = territories_for(path)
            names = {v[2] for v in terr.values()}
            apath = os.path.join(os.path.dirname(path), "aliases.tsv")
            if os.path.exists(apath):
                quiet = Report(False)
                quiet.error = quiet.warning = quiet.note = lambda *a: None
                names |= check_aliases(apath, terr, quiet)
            check_lex(path, rep, names)
        elif path.endswith(".lex") or path.endswith(".tsv"):
            check_lex(path, rep)
        else:
            rep.error(path, 0, "not a .lex or .tsv file")
    print("check-lexicons: %d file(s), %d error(s), %d warning(s), %d note(s)%s"
          % (len(files), rep.errors, rep.warnings, rep.notes,
             "" if verbose or not rep.notes else " (-v to list notes)"))
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    sys.exit(main(sys.argv))
