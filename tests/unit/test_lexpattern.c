/*
 * test_lexpattern.c - a lexicon's factored alternation (lexpattern.c)
 * matches exactly as the flat one, form after form, would: the same match,
 * the same end, whatever follows in the pattern, at every offset of many
 * texts, with and without (?i), marked endings (hk_i_form_marked) too.
 */
#include "internal.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

/* The flat alternation, as rules.c wrote it before factoring: the oracle. */
static void flat(hk_buf *b, const char **forms, size_t n)
{
    hk_i_buf_append(b, "(?:", 3);
    for (size_t i = 0; i < n; i++) {
        if (i)
            hk_i_buf_append(b, "|", 1);
        for (const char *p = forms[i]; *p; p++) {
            if (*p == ' ' || *p == '-')
                hk_i_buf_append(b, "[\\s-]*", 6);
            else if (*p == HK_MARK_HA)
                hk_i_buf_append(b, "(?:ة|ه)", strlen("(?:ة|ه)"));
            else if (*p == HK_MARK_YA)
                hk_i_buf_append(b, "(?:ي|ى)", strlen("(?:ي|ى)"));
            else if (strchr("\\^$.|?*+()[]{}/#", *p))
                hk_i_buf_append(b, "\\", 1), hk_i_buf_append(b, p, 1);
            else
                hk_i_buf_append(b, p, 1);
        }
    }
    hk_i_buf_append(b, ")", 1);
}

/* pre + (?<w>ALT + word end) + post, compiled anchored. */
static hk_regex *build(const char *pre, const hk_buf *alt, const char *post)
{
    hk_buf p = {0};
    hk_i_buf_printf(&p, "%s(?<w>%.*s(?![\\p{L}\\p{N}]))%s", pre,
                    (int)alt->len, alt->data, post);
    size_t off;
    char msg[256];
    hk_regex *re = hk_i_regex_compile(p.data, p.len, HK_RE_ANCHORED, true,
                                      &off, msg, sizeof msg);
    if (!re)
        printf("# %s: %s\n", p.data, msg);
    hk_i_buf_free(&p);
    return re;
}

static unsigned long rng = 12345;
static unsigned next_rand(void)
{
    rng = rng * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)(rng >> 33);
}

/* Compares flat and factored on texts made of the forms' own pieces. */
static void compare(const char *what, const char **forms, size_t n)
{
    static const char *const pres[] = {"", "(?i)"};
    static const char *const posts[] = {"", "$", "\\s", "[\\s-]+\\S",
                                        "(.*)X", "\\s+ب", "(?=ي)|\\.$"};
    static const char *const bits[] = {" ", "-", "  ", "X", "ي", "ب", ".",
                                       "A", "a", "ال", "\n", "1",
                                       "ة", "ه", "ى"};
    const size_t nbits = sizeof bits / sizeof *bits;
    hk_buf a = {0}, f = {0};
    flat(&a, forms, n);
    bool built = hk_i_lexicon_pattern(&f, forms, n);
    hk_match_data *md = hk_i_match_data_new();
    size_t mismatches = 0, tries = 0;
    for (size_t pi = 0; built && pi < 2; pi++)
        for (size_t qi = 0; qi < sizeof posts / sizeof *posts; qi++) {
            hk_regex *ra = build(pres[pi], &a, posts[qi]);
            hk_regex *rf = build(pres[pi], &f, posts[qi]);
            if (!ra || !rf) {
                mismatches++;
                continue;
            }
            for (int t = 0; t < 400; t++) {
                char text[512];
                size_t len = 0;
                int parts = 1 + (int)(next_rand() % 5);
                for (int k = 0; k < parts; k++) {
                    const char *piece = next_rand() % 2
                                            ? forms[next_rand() % n]
                                            : bits[next_rand() % nbits];
                    size_t pl = strlen(piece);
                    if (len + pl < sizeof text) {
                        memcpy(text + len, piece, pl);
                        len += pl;
                    }
                }
                text[len] = '\0';
                for (size_t s = 0; s <= len; s++) {
                    if (s < len && ((unsigned char)text[s] & 0xC0) == 0x80)
                        continue;
                    const size_t *oa, *of;
                    size_t ea[4] = {0}, ef[4] = {0};
                    hk_match_rc ca = hk_i_regex_match(ra, text, len, s, md, &oa);
                    if (ca == HK_M_FOUND)
                        memcpy(ea, oa, sizeof ea);
                    hk_match_rc cf = hk_i_regex_match(rf, text, len, s, md, &of);
                    if (cf == HK_M_FOUND)
                        memcpy(ef, of, sizeof ef);
                    tries++;
                    if (ca != cf || memcmp(ea, ef, sizeof ea)) {
                        if (!mismatches)
                            printf("# %s%s: «%s» at %zu\n", pres[pi],
                                   posts[qi], text, s);
                        mismatches++;
                    }
                }
            }
            hk_i_regex_free(ra);
            hk_i_regex_free(rf);
        }
    CHECK(built && tries && !mismatches, "%s: factored = flat (%zu tries)",
          what, tries);
    hk_i_match_data_free(md);
    hk_i_buf_free(&a);
    hk_i_buf_free(&f);
}

int main(void)
{
    /* Longest first, as rules.c orders them. */
    const char *months[] = {"تشرين الثاني", "كانون الثاني", "تشرين الاول",
                            "اكتوبر", "ابريل", "يوليوز", "يوليو", "مايو",
                            "مارس", "ماي", "اب"};
    compare("months", months, sizeof months / sizeof *months);
    const char *prefixes[] = {"الامين العام", "الامين-العام", "الامينة",
                              "الامين", "الام", "ال"};
    compare("forms that are prefixes of others", prefixes, 6);
    const char *seps[] = {"عبد الله", "عبدالله", "عبد", "عبد-ال", "عبدل"};
    compare("a separator beside letters", seps, 5);
    const char *latin[] = {"pzzz", "PA.", "PAM", "Pam", "pam", "pa", "P.A.M",
                           "PJD"};
    compare("Latin letters, case and dots", latin, 8);
    /* Not longest first: a form ends where a longer one goes on. */
    const char *punct[] = {"ب", "ب.", "ب-ج", "1", "1.2", "12"};
    compare("a form that ends beside punctuation", punct, 6);
    /* Endings the press may spell otherwise (hk_i_form_marked), beside
       forms that go on with the letters they stand for.  The texts are
       made of these marked forms, so each marker is also put in a text
       as itself: no text letter ever matches it there, as in a real
       document. */
    const char *marked[] = {"الامان\x01 العام\x01", "المحليه", "المحلية",
                            "الامان\x01", "المحل\x02", "مصطف\x02",
                            "مصطفيه"};
    compare("endings marked as classes", marked, 7);
    const char *one[] = {"الرباط"};
    compare("one form", one, 1);
    return check_failures ? 1 : 0;
}
