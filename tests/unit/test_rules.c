/*
 * test_rules.c - loading rules: a good minimal set loads; each kind of
 * mistake stops loading with the right file, line, column (in characters,
 * so Arabic before the mistake counts one per letter) and message.
 */
#include "haykal.h"
#include "check.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256];

static void write_file(const char *rel, const char *text)
{
    check_write_file(dir, rel, text);
}

static void remove_file(const char *rel)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    unlink(path);
}

/* The minimal rule set every case starts from. */
static void fixture(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/lexicons", dir);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/gazetteer", dir);
    mkdir(path, 0755);
    write_file("lexicons/honorifics.lex", "# test\nالسيد\nالدكتور\tnumber=sg\n");
    write_file("lexicons/given-names.lex", "محمد\tgender=m\nخديجة\tgender=f\n");
    write_file("gazetteer/territories.tsv",
               "# code kind parent name_ar name_fr\n"
               "03\tregion\t\tفاس-مكناس\tFès-Meknès\n"
               "03.171\tprovince\t03\tالحاجب\tEl Hajeb\n");
    write_file("gazetteer/aliases.tsv", "الحاجب الكبير\t03.171\n");
    write_file("gazetteer/common-words.lex", "# none\nالحاجب\n");
    write_file("10-good.rules",
               "define NAME \\p{L}+\n"
               "rule PERSON honorific\n"
               "at @honorifics\n"
               "match (?<hon>@honorifics)\\s+(?<person>{NAME}\\s+{NAME})\n"
               "yes قال السيد محمد علي => محمد علي\n");
}

/* Loads the fixture with `file` holding `text`; checks the error. */
static void expect_error(const char *what, const char *file, const char *text,
                         unsigned line, unsigned column, const char *msg)
{
    write_file(file, text);
    hk_rules *r = NULL;
    hk_error err = {0};
    hk_status st = hk_rules_load(dir, &r, &err);
    char want_file[512];
    snprintf(want_file, sizeof want_file, "%s/%s", dir, file);
    CHECK(st == HK_ERR_RULES && !strcmp(err.file, want_file) &&
              err.line == line && err.column == column &&
              strstr(err.message, msg),
          "%s: %s:%u:%u: %s (want line %u column %u «%s»)", what, err.file,
          err.line, err.column, err.message, line, column, msg);
    hk_rules_free(r);
}

/* Loads the fixture with 20-tests.rules holding `text` (a needs case of
   kind `what`, number c): good, its examples all pass; bad, the rules
   test catches the wrong needs line (two failures). */
static void needs_case(const char *path, const char *what, size_t c,
                       const char *text, bool good)
{
    write_file("20-tests.rules", text);
    hk_rules *r = NULL;
    hk_error err = {0};
    hk_status st = hk_rules_load(path, &r, &err);
    CHECK(st == HK_OK, "%s needs case %zu loads (%s)", what, c, err.message);
    if (r) {
        size_t passed = 0, failed = 0;
        hk_rules_test(r, NULL, NULL, &passed, &failed);
        CHECK(good ? passed > 0 && failed == 0 : failed == 2,
              "%s needs case %zu: %zu passed, %zu failed", what, c, passed,
              failed);
    }
    hk_rules_free(r);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/haykal-test-rules-XXXXXX");
    if (!mkdtemp(dir)) {
        printf("not ok - mkdtemp\n");
        return 1;
    }
    fixture();
    hk_rules *r = NULL;
    hk_error err = {0};
    hk_status st = hk_rules_load(dir, &r, &err);
    CHECK(st == HK_OK, "the minimal rule set loads (%s)", err.message);
    if (r) {
        size_t passed = 0, failed = 0;
        hk_rules_test(r, NULL, NULL, &passed, &failed);
        CHECK(passed == 1 && failed == 0, "its example passes");
        hk_rules_info info;
        hk_rules_get_info(r, &info);
        CHECK(info.rules == 1 && info.territories == 2,
              "counts: %zu rules, %zu territories", info.rules, info.territories);
    }
    hk_rules_free(r);

    /* A needs line: met, the rule matches as before; a wrong one (the
       example matches without the word it claims) is caught by the
       examples check, which tries the rule where its needs rule it out. */
    static const char *const needs_cases[][2] = {
        {"needs @given-names within 1\n", "1"},
        {"needs علي within 2\nneeds @given-names within 1\n", "1"},
        {"needs عمر within 2\n", "0"},
        {"needs @given-names within 0\n", "0"},
        /* Texts of one and two letters, inside a word; a text whose
           first two letters are there and its third is not. */
        {"needs ع within 2\n", "1"},
        {"needs ظ within 2\n", "0"},
        {"needs مد within 1\n", "1"},
        {"needs علا within 2\n", "0"},
    };
    for (size_t c = 0; c < sizeof needs_cases / sizeof *needs_cases; c++) {
        char text[512];
        snprintf(text, sizeof text,
                 "rule PERSON titled\nat @honorifics\n%s"
                 "match (?<hon>@honorifics)\\s+(?<person>{NAME}\\s+{NAME})\n"
                 "yes قال السيد محمد علي => محمد علي\n", needs_cases[c][0]);
        write_file("20-needs.rules", text);
        r = NULL;
        st = hk_rules_load(dir, &r, &err);
        CHECK(st == HK_OK, "needs case %zu loads (%s)", c, err.message);
        if (r) {
            size_t passed = 0, failed = 0;
            hk_rules_test(r, NULL, NULL, &passed, &failed);
            int good = needs_cases[c][1][0] == '1';
            /* Both examples (the same sentence) see the wrong needs. */
            CHECK(good ? passed == 2 && failed == 0 : failed == 2,
                  "needs case %zu: %zu passed, %zu failed", c, passed,
                  failed);
        }
        hk_rules_free(r);
    }
    remove_file("20-needs.rules");

    /* A needed lexicon after «لل»: the pattern takes «لل» whole and
       matches «حزب» and «مجلس المدينة» (the tagger looks up «الحزب»,
       «المجلس...», never the form: needs.c must try the rule there), or
       takes «للمكتب» for «المكتب» (which the tagger finds).  The
       examples check tries the rule also where its needs rule it out,
       and fails if it matches there. */
    write_file("lexicons/orgs.lex", "حزب\nمجلس المدينة\nالمكتب\n");
    write_file("20-needs.rules",
               "rule PERSON before-org\nat @given-names\n"
               "needs @orgs within 1\n"
               "match (?<person>\\p{L}+)"
               "(?=\\s+(?:[وف]?(?:لل|[بلك]))?(?:@orgs|(?<=لل)مكتب))\n"
               "yes قال محمد للحزب => محمد\n"
               "yes قال محمد وللحزب => محمد\n"
               "yes قال محمد للمجلس المدينة => محمد\n"
               "yes قال محمد للمكتب => محمد\n"
               "yes قال محمد لحزب => محمد\n"
               "no  قال محمد للجنة\n"
               "no  قال محمد للمجلس\n");
    r = NULL;
    st = hk_rules_load(dir, &r, &err);
    CHECK(st == HK_OK, "needs after «لل» loads (%s)", err.message);
    if (r) {
        size_t passed = 0, failed = 0;
        hk_rules_test(r, NULL, NULL, &passed, &failed);
        CHECK(passed == 8 && failed == 0,
              "needs after «لل»: %zu passed, %zu failed", passed, failed);
        /* A form of two words split by a line break: the pattern's
           [\n -]* crosses it, the tagger does not read on over it. */
        static const char *const split[] = {
            "قال محمد لمجلس\nالمدينة",
            "قال محمد للمجلس\nالمدينة",
        };
        hk_extractor *ex = NULL;
        CHECK(hk_extractor_new(r, &ex, &err) == HK_OK, "an extractor (%s)",
              err.message);
        for (size_t c = 0; ex && c < sizeof split / sizeof *split; c++) {
            hk_doc *doc = NULL;
            hk_doc_info info = {.id = "split"};
            bool found = false;
            if (hk_extract(ex, &info, split[c], strlen(split[c]), &doc,
                           &err) == HK_OK)
                for (size_t i = 0; i < doc->n_entities; i++)
                    found |= !strcmp(doc->entities[i].rule, "before-org") &&
                             !strcmp(doc->entities[i].text, "محمد");
            CHECK(found, "needs: a form split by a line break (case %zu)", c);
            hk_doc_free(doc);
        }
        hk_extractor_free(ex);
    }
    hk_rules_free(r);
    remove_file("20-needs.rules");
    remove_file("lexicons/orgs.lex");

    /* Word tests back to back are one callout: an entry of the first
       lexicon starts here, and none of the others, at this word. */
    write_file("lexicons/barred.lex", "محمد\nالسيد خديجة\n");
    write_file("20-tests.rules",
               "rule PERSON given-not-barred\nat @given-names\n"
               "match (?<person>=@given-names!@barred!@honorifics\\p{L}+)\n"
               "yes قالت خديجة => خديجة\n"
               "no  قال محمد\n"
               "rule PERSON barred-given\nat @given-names\n"
               "match (?<person>!@honorifics=@given-names!@orgs\\p{L}+)\n"
               "no  قال السيد\n"
               "yes قال محمد => محمد\n");
    write_file("lexicons/orgs.lex", "حزب\n");
    r = NULL;
    st = hk_rules_load(dir, &r, &err);
    CHECK(st == HK_OK, "merged word tests load (%s)", err.message);
    if (r) {
        size_t passed = 0, failed = 0;
        hk_rules_test(r, NULL, NULL, &passed, &failed);
        CHECK(passed == 5 && failed == 0,
              "merged word tests: %zu passed, %zu failed", passed, failed);
    }
    hk_rules_free(r);
    remove_file("20-tests.rules");

    /* Needs items about the word tried, =@ and !@, as the pattern's word
       tests read it: right, the rule matches as before; wrong (the
       pattern tests the lexicon on one way only), the examples check
       catches it. */
    static const char *const word_cases[][3] = {
        {"at @given-names\nneeds =@given-names !@barred within 0\n"
         "match (?<person>=@given-names!@barred!@honorifics\\p{L}+)\n",
         "yes قالت خديجة => خديجة\nno  قال محمد\n", "1"},
        {"at @honorifics\nneeds !@honorifics within 0\n"
         "match (?:!@honorifics\\p{L}+|\\p{L}+)\\s+"
         "(?<person>=@given-names\\p{L}+)\n",
         "yes قال السيد محمد => محمد\n", "0"},
        /* =@ within N: an entry starts at one of the N words after, by
           the tagger's bits; the last word in reach counts, one more
           does not. */
        {"at @honorifics\nneeds =@given-names within 2\n"
         "match (?<hon>@honorifics)\\s+\\p{L}+\\s+"
         "(?<person>=@given-names\\p{L}+)\n",
         "yes قال السيد الاخ محمد => محمد\nno  قال السيد الاخ علي\n", "1"},
        {"at @honorifics\nneeds =@given-names within 1\n"
         "match (?<hon>@honorifics)\\s+\\p{L}+\\s+"
         "(?<person>=@given-names\\p{L}+)\n",
         "yes قال السيد الاخ محمد => محمد\n"
         "yes قالت الدكتور الاخت خديجة => خديجة\n", "0"},
    };
    for (size_t c = 0; c < sizeof word_cases / sizeof *word_cases; c++) {
        char text[512];
        snprintf(text, sizeof text, "rule PERSON word-needs\n%s%s",
                 word_cases[c][0], word_cases[c][1]);
        needs_case(dir, "word", c, text, word_cases[c][2][0] == '1');
    }
    /* A {MACRO} standing for a word item, shared by the needs line and
       the pattern: honoured (the wrong one is caught as inline), and
       refused when it stands for anything else. */
    static const char *const macro_cases[][2] = {
        {"define NOT_BARRED !@barred@honorifics\n"
         "rule PERSON macro-needs\nat @given-names\n"
         "needs =@given-names {NOT_BARRED} within 0\n"
         "match (?<person>=@given-names{NOT_BARRED}\\p{L}+)\n"
         "yes قالت خديجة => خديجة\nno  قال محمد\n", "1"},
        {"define NOT_HON !@honorifics\n"
         "rule PERSON macro-needs\nat @honorifics\n"
         "needs {NOT_HON} within 0\n"
         "match (?:{NOT_HON}\\p{L}+|\\p{L}+)\\s+"
         "(?<person>=@given-names\\p{L}+)\n"
         "yes قال السيد محمد => محمد\n", "0"},
    };
    for (size_t c = 0; c < sizeof macro_cases / sizeof *macro_cases; c++)
        needs_case(dir, "macro", c, macro_cases[c][0],
                   macro_cases[c][1][0] == '1');
    remove_file("20-tests.rules");
    expect_error("needs !@ beyond the word tried", "20-bad.rules",
                 "rule PERSON x\nat @honorifics\nneeds !@barred within 1\n"
                 "match !@barred\\p{L}+\n",
                 3, 7, "about the word tried: within 0");
    expect_error("needs !@ the pattern does not test", "20-bad.rules",
                 "rule PERSON x\nat @honorifics\nneeds !@barred within 0\n"
                 "match !@orgs\\p{L}+\n",
                 1, 1, "no word test of its pattern refuses or wants");
    /* Items of a line are alternatives: two !@ items cannot be one mask
       (none of their lexicons), which would ask for both. */
    expect_error("two !@ items on one needs line", "20-bad.rules",
                 "rule PERSON x\nat @honorifics\n"
                 "needs !@barred !@orgs within 0\n"
                 "match !@barred@orgs\\p{L}+\n",
                 3, 16, "one !@ item per needs line");
    expect_error("needs =@ the pattern does not want", "20-bad.rules",
                 "rule PERSON x\nat @honorifics\nneeds =@barred within 0\n"
                 "match !@barred=@orgs\\p{L}+\n",
                 1, 1, "no word test of its pattern refuses or wants");
    expect_error("needs {MACRO} that is no word item", "20-bad.rules",
                 "define WORD \\p{L}+\nrule PERSON x\nat @honorifics\n"
                 "needs {WORD} within 0\nmatch {WORD}\n",
                 4, 7, "must stand for one word item");
    expect_error("needs an unknown {MACRO}", "20-bad.rules",
                 "rule PERSON x\nat @honorifics\nneeds {NOPE} within 0\n"
                 "match !@barred\\p{L}+\n",
                 3, 7, "unknown macro {NOPE}");
    remove_file("lexicons/orgs.lex");
    remove_file("lexicons/barred.lex");
    expect_error("needs without within", "20-bad.rules",
                 "rule PERSON x\nat @honorifics\nneeds @given-names\n", 3, 7,
                 "expected: needs @lexicon");
    expect_error("needs a word that is not letters", "20-bad.rules",
                 "rule PERSON x\nat @honorifics\nneeds a.b within 1\n", 3, 7,
                 "expected @lexicon or a word of Arabic letters");
    write_file("lexicons/short.lex", "س م\n");
    expect_error("needs a lexicon the tagger may misread", "20-bad.rules",
                 "rule PERSON x\nat @honorifics\nneeds @short within 1\n", 3, 7,
                 "@short cannot be needed");
    remove_file("lexicons/short.lex");
    remove_file("20-bad.rules");

    /* "match " is 6 characters; each Arabic letter counts one. */
    expect_error("bad quantifier after Arabic", "20-bad.rules",
                 "rule PERSON x\nmatch عبد+*\n", 2, 11,
                 "quantifier does not follow a repeatable item");
    expect_error("unclosed group", "20-bad.rules",
                 "rule PERSON x\nmatch (?<a>سيد\n", 2, 15,
                 "missing closing parenthesis");
    expect_error("unknown lexicon", "20-bad.rules",
                 "rule PERSON x\nmatch عبد @nope\n", 2, 11,
                 "unknown lexicon @nope");
    /* The same message, at the name, wherever a lexicon is named. */
    expect_error("unknown lexicon in a word test", "20-bad.rules",
                 "rule PERSON x\nmatch !@honorifics@nope\\p{L}+\n", 2, 19,
                 "unknown lexicon @nope");
    expect_error("unknown lexicon after at", "20-bad.rules",
                 "rule PERSON x\nat @nope\nmatch \\p{L}+\n", 2, 4,
                 "unknown lexicon @nope");
    expect_error("unknown lexicon in needs", "20-bad.rules",
                 "rule PERSON x\nat @honorifics\nneeds @nope within 1\n", 3, 7,
                 "unknown lexicon @nope");
    expect_error("unknown lexicon in a needs word item", "20-bad.rules",
                 "rule PERSON x\nat @honorifics\nneeds !@honorifics@nope within 0\n",
                 3, 19, "unknown lexicon @nope");
    expect_error("unknown macro", "20-bad.rules",
                 "rule PERSON x\nmatch سيد {NOPE}\n", 2, 11,
                 "unknown macro {NOPE}");
    expect_error("empty alternative", "20-bad.rules",
                 "rule PERSON x\nmatch (?:|سيد)\n", 2, 7,
                 "can match the empty string");
    expect_error("rule without a pattern", "20-bad.rules",
                 "rule PERSON x\nset a=b\n", 1, 1, "has no match line");
    expect_error("duplicate rule", "20-bad.rules",
                 "rule PERSON honorific\nmatch سيد\n", 1, 13,
                 "already exists");
    expect_error("borrows= an unknown value", "20-bad.rules",
                 "rule TITLE x\nmatch سيد\nset unit=no borrows=posts\n", 3, 13,
                 "borrows= takes council, post, head or organ");
    expect_error("unknown type", "20-bad.rules", "rule NAME x\n", 1, 6,
                 "expected: rule TYPE name");
    expect_error("unknown keyword", "20-bad.rules",
                 "rule PERSON x\nmatchh سيد\n", 2, 1, "unknown keyword");
    expect_error("nothing after =>", "20-bad.rules",
                 "rule PERSON x\nmatch سيد\nno السيد =>  \n", 3, 12,
                 "nothing after =>");
    expect_error("yes without =>", "20-bad.rules",
                 "rule PERSON x\nmatch سيد\nyes السيد\n", 3, 10,
                 "expected: yes SENTENCE => EXPECTED SPAN");
    {
        /* Macros used 100 times over, three deep, would expand to about
           200 MB (found by fuzz_rules): refused, not expanded. */
        static char big[4096];
        size_t o = (size_t)snprintf(big, sizeof big, "define A0 (?#");
        for (int i = 0; i < 200; i++)
            big[o++] = 'a';
        o += (size_t)snprintf(big + o, sizeof big - o, ")\n");
        for (int d = 1; d <= 3; d++) {
            o += (size_t)snprintf(big + o, sizeof big - o, "define A%d ", d);
            for (int i = 0; i < 100; i++)
                o += (size_t)snprintf(big + o, sizeof big - o, "{A%d}", d - 1);
            o += (size_t)snprintf(big + o, sizeof big - o, "\n");
        }
        /* A2 (line 3) passes 1 MB at its 51st {A1} (column 211). */
        expect_error("macro expansion bounded", "20-bad.rules", big, 3, 211,
                     "pattern longer than 1048576 bytes");
    }
    remove_file("20-bad.rules");

    expect_error("lexicon attribute without =", "lexicons/honorifics.lex",
                 "السيد\tsg\n", 1, 7, "expected key=value");
    write_file("lexicons/honorifics.lex", "السيد\n");
    expect_error("alias of an unknown code", "gazetteer/aliases.tsv",
                 "الحاجب الكبير\t99.999\n", 1, 15, "unknown territory code");
    write_file("gazetteer/aliases.tsv", "الحاجب الكبير\t03.171\n");
    expect_error("unknown territory kind", "gazetteer/territories.tsv",
                 "03\tstate\t\tفاس-مكناس\tFès\n", 1, 4, "unknown territory kind");

    /* A missing directory is an input/output error, not a crash. */
    st = hk_rules_load("/nonexistent/haykal", &r, &err);
    CHECK(st == HK_ERR_IO && r == NULL, "missing directory: %s", err.message);

    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        printf("# could not remove %s\n", dir);
    return check_failures != 0;
}
