/*
 * test_normalize.c - the normaliser: each folding, and the map from
 * normalised bytes back to code points of the original text.
 */
#include "internal.h"
#include "check.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static hk_rules *rules;

/* Normalises `in` and checks the result equals `want`. */
static void expect(const char *in, const char *want, const char *what)
{
    char *out = NULL;
    size_t len = 0;
    hk_status st = hk_normalize(rules, in, strlen(in), &out, &len, NULL, NULL);
    bool ok = st == HK_OK && out && !strcmp(out, want);
    /* Values may hold line breaks: show them only on failure, escaped. */
    CHECK(ok, "%s", what);
    if (!ok)
        printf("#   got «%s», want «%s»\n", out ? out : "(null)", want);
    free(out);
}

/* Checks that normalised byte `at` of `in` maps to code point `cp`. */
static void expect_map(const char *in, size_t at, size_t cp, const char *what)
{
    char *out = NULL;
    size_t len = 0, *map = NULL;
    hk_status st = hk_normalize(rules, in, strlen(in), &out, &len, &map, NULL);
    CHECK(st == HK_OK && at <= len && map[at] == cp,
          "%s: byte %zu maps to code point %zu (got %zu)", what, at, cp,
          st == HK_OK && at <= len ? map[at] : (size_t)-1);
    free(out);
    free(map);
}

/* The only white space in normalised text is a space or a newline, which
   rules.c and lexpattern.c rely on when they write \s as [\n ]: every
   code point, between two words, normalises to text where no character
   but those two is \s for PCRE2 (UTF, UCP). */
static void white_space_is_space_or_newline(void)
{
    size_t off;
    char msg[128];
    static const char pat[] = "[^\n ](?<=\\s)";
    hk_regex *re = hk_i_regex_compile(pat, sizeof pat - 1, 0, false, &off,
                                      msg, sizeof msg);
    hk_match_data *md = hk_i_match_data_new();
    unsigned bad = 0, first = 0;
    for (uint32_t cp = 1; re && md && cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char in[8] = "a ";
        size_t k = 2 + hk_i_utf8_put(cp, in + 2);
        in[k++] = ' ';
        in[k++] = 'b';
        char *out = NULL;
        size_t len = 0;
        const size_t *ov;
        if (hk_normalize(rules, in, k, &out, &len, NULL, NULL) != HK_OK ||
            hk_i_regex_match(re, out, len, 0, md, &ov) != HK_M_NONE) {
            if (!bad++)
                first = cp;
        }
        free(out);
    }
    CHECK(re && md && !bad,
          "normalised white space is a space or a newline (%u code points "
          "leave other, the first U+%04X)", bad, first);
    /* The same inside long runs, where the normaliser copies sixteen
       bytes at a time: each white-space code point at every offset of a
       block. */
    unsigned tried = 0;
    bad = 0;
    static const char ws_pat[] = "\\s";
    hk_regex *ws = hk_i_regex_compile(ws_pat, sizeof ws_pat - 1, 0, false,
                                      &off, msg, sizeof msg);
    for (uint32_t cp = 1; re && md && ws && cp <= 0x3000; cp++) {
        char one[4];
        size_t n = hk_i_utf8_put(cp, one);
        const size_t *o;
        if (cp >= 0xD800 || hk_i_regex_match(ws, one, n, 0, md, &o) != HK_M_FOUND)
            continue;
        for (size_t at = 0; at < 40; at++) {
            char in[96];
            memset(in, 'x', at);
            memcpy(in + at, one, n);
            memset(in + at + n, 'y', 40);
            char *out = NULL;
            size_t len = 0;
            tried++;
            if (hk_normalize(rules, in, at + n + 40, &out, &len, NULL, NULL) != HK_OK ||
                hk_i_regex_match(re, out, len, 0, md, &o) != HK_M_NONE)
                bad++;
            free(out);
        }
    }
    CHECK(ws && tried >= 20 * 40 && !bad,
          "white space inside long runs normalises to a space or a newline "
          "(%u of %u tries leave other)", bad, tried);
    hk_i_regex_free(ws);
    /* And the test finds what it looks for. */
    const size_t *ov;
    CHECK(re && md &&
              hk_i_regex_match(re, "a\xC2\xA0" "b", 4, 0, md, &ov) == HK_M_FOUND,
          "a no-break space, not normalised, is other white space");
    hk_i_match_data_free(md);
    hk_i_regex_free(re);
}

int main(int argc, char **argv)
{
    hk_error err = {0};
    if (hk_rules_load(argc > 1 ? argv[1] : "rules", &rules, &err) != HK_OK) {
        printf("not ok - load rules: %s:%u:%u: %s\n", err.file, err.line,
               err.column, err.message);
        return 1;
    }
    expect("مـــــراد", "مراد", "tatweel removed");
    expect("الجھوية", "الجهوية", "heh doachashmee folded");
    expect("أحمد إدريس آمنة ٱلله", "احمد ادريس امنة الله", "alef forms folded");
    expect("١٧ ماي ٢٠٢٠", "17 ماي 2020", "Arabic-Indic digits");
    expect("۱۲۳", "123", "Eastern Arabic-Indic digits");
    expect("مُحَمَّد", "محمد", "diacritics removed");
    expect("\xE2\x80\x8F" "فاس\xE2\x80\x8E", "فاس", "bidi marks removed");
    expect("\xEF\xBB\xBF" "نص", "نص", "byte order mark removed");
    expect("a  \t b", "a b", "spaces collapsed");
    expect("سطر\r\n\r\n  سطر", "سطر\nسطر", "line breaks collapsed to one");
    expect("  حاشية  ", "حاشية", "leading and trailing space dropped");
    /* NFC: alef + hamza above (U+0654) composes to أ, then folds to ا. */
    expect("\xD8\xA7\xD9\x94" "حمد", "احمد", "NFC then alef folding");
    expect("\xEF\xBB\xBB", "لا", "lam-alef ligature decomposed (NFKC)");
    expect("ی ک", "ي ك", "Persian yeh and keheh folded");

    /* Offsets: "مـراد" → "مراد": the ر (normalised byte 2) is code point 2. */
    expect_map("مـراد", 2, 2, "after tatweel");
    expect_map("مـراد", 0, 0, "first letter");
    /* "١٧ ماي": byte 3 ('م' after "17 ") is code point 3. */
    expect_map("١٧ ماي", 3, 3, "after Arabic-Indic digits");
    /* Collapsed spaces keep the first space's position. */
    expect_map("a   b", 2, 4, "after collapsed spaces");
    /* A composed pair maps to the start of its two code points. */
    expect_map("\xD8\xA7\xD9\x94" "ب", 2, 2, "after a composed pair");

    /* HTML character references left by scraping are decoded, once; what
       is not one (no «;», an unknown name, no character) stays text. */
    expect("كاتب&nbsp;الفرع", "كاتب الفرع", "&nbsp; is a space");
    expect("&quot;نص&quot; &laquo;ب&raquo;", "\"نص\" «ب»",
           "named quotes decoded");
    expect("&#1601;&#x627;&#X633;", "فاس", "numeric references decoded");
    expect("&amp;nbsp;", "&nbsp;", "references decoded once");
    expect("R&D &foo; &nbsp &#; &#x; &#0; &#xD800; &#1114112; a&",
           "R&D &foo; &nbsp &#; &#x; &#0; &#xD800; &#1114112; a&",
           "what is not a reference stays text");
    /* "a&nbsp;b" → "a b": the b is code point 7, the space spans 1-7. */
    expect_map("a&nbsp;b", 2, 7, "after a named reference");
    expect_map("a&nbsp;b", 1, 1, "a reference's character");
    expect_map("&#1601;ب&amp;ج", 2, 7, "after a numeric reference");
    expect_map("&#1601;ب&amp;ج", 5, 13, "after two references");

    /* Invalid UTF-8 reads as U+FFFD and does not stop the text. */
    {
        const char bad[] = "ab\xC3(cd";
        char *out = NULL;
        size_t len = 0;
        hk_status st = hk_normalize(rules, bad, sizeof bad - 1, &out, &len,
                                    NULL, NULL);
        CHECK(st == HK_OK && out && strstr(out, "cd"),
              "invalid UTF-8 replaced, text goes on: «%s»", out ? out : "");
        free(out);
    }
    white_space_is_space_or_newline();
    hk_rules_free(rules);
    return check_failures != 0;
}
