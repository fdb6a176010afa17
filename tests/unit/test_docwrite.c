/*
 * test_docwrite.c - writing results as JSON lines: hk_doc_append_json
 * appends to a reused buffer exactly the line hk_doc_to_json gives, one
 * document after another; the lengths kept with a result's strings
 * (hk_i_lstr_len, which the writer uses instead of strlen) are the
 * strings' lengths, for results from hk_extract (a text with NUL bytes
 * inside names too) and from hk_doc_from_json; a line read back and
 * written again is the same line; bad arguments are refused.  The line
 * written straight from the extractor (hk_extract_append_json, what
 * `haykal extract` writes) is the same line, byte for byte, with the same
 * warnings (hk_extractor_warnings).
 */
#include "internal.h"
#include "lstr.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

/* How many of s's strings have a kept length other than strlen. */
static size_t bad_len(const char *s)
{
    return hk_i_lstr_len(s) != strlen(s);
}

static size_t bad_lengths(const hk_doc *d)
{
    size_t bad = bad_len(d->id) + bad_len(d->date) + bad_len(d->title) +
                 bad_len(d->url);
    for (size_t i = 0; i < d->n_entities; i++) {
        const hk_entity *e = &d->entities[i];
        bad += bad_len(e->text) + bad_len(e->norm) + bad_len(e->kind) +
               bad_len(e->code) + bad_len(e->value) + bad_len(e->rule);
    }
    for (size_t i = 0; i < d->n_roles; i++) {
        const hk_role *r = &d->roles[i];
        bad += bad_len(r->person) + bad_len(r->role) + bad_len(r->territory) +
               bad_len(r->territory_code) + bad_len(r->party);
    }
    for (size_t i = 0; i < d->n_units; i++) {
        const hk_unit *u = &d->units[i];
        bad += bad_len(u->territory) + bad_len(u->territory_code) +
               bad_len(u->party) + bad_len(u->name);
    }
    for (size_t i = 0; i < d->n_warnings; i++)
        bad += bad_len(d->warnings[i]);
    return bad;
}

/* Appends doc's line to the shared buffer and checks it against
   hk_doc_to_json's, and the bytes before it against what was there. */
static void check_doc(const char *name, const hk_doc *doc, char **buf,
                      size_t *len, size_t *cap, char **all, size_t *all_len)
{
    CHECK(bad_lengths(doc) == 0, "%s: kept lengths are the strings' lengths",
          name);
    char *line = NULL;
    size_t n = 0;
    if (hk_doc_to_json(doc, &line, &n) != HK_OK) {
        CHECK(0, "%s: hk_doc_to_json", name);
        return;
    }
    CHECK(n == strlen(line) && n && line[n - 1] == '\n' &&
              !memchr(line, '\n', n - 1),
          "%s: hk_doc_to_json gives one line of %zu bytes", name, n);
    size_t before = *len;
    hk_status st = hk_doc_append_json(doc, buf, len, cap);
    CHECK(st == HK_OK && *len == before + n && *cap > *len &&
              (*buf)[*len] == '\0' && !memcmp(*buf + before, line, n),
          "%s: hk_doc_append_json appends the same line after %zu bytes",
          name, before);
    CHECK(!before || !memcmp(*buf, *all, before),
          "%s: the bytes before it are kept", name);
    char *grown = realloc(*all, *all_len + n);
    if (grown) {
        memcpy(grown + *all_len, line, n);
        *all = grown;
        *all_len += n;
    }

    /* Read back, the same line again, but for the warnings, which are
       not read back. */
    size_t keep = n;
    if (doc->n_warnings) {
        const char *w = strstr(line, ",\"warnings\":[");
        keep = w ? (size_t)(w - line) : 0;
    }
    hk_doc *back = NULL;
    hk_error err = {0};
    if (hk_doc_from_json(line, n, &back, &err) != HK_OK) {
        CHECK(0, "%s: hk_doc_from_json: %s", name, err.message);
    } else {
        char *again = NULL;
        size_t m = 0;
        size_t fresh_len = 0, fresh_cap = 0;
        char *fresh = NULL;
        CHECK(bad_lengths(back) == 0,
              "%s: read back, kept lengths are the strings' lengths", name);
        CHECK(hk_doc_to_json(back, &again, &m) == HK_OK &&
                  (keep == n ? m == n && !memcmp(again, line, n)
                             : m == keep + 2 && !memcmp(again, line, keep) &&
                                   !strcmp(again + keep, "}\n")),
              "%s: read back and written again, the same line", name);
        CHECK(hk_doc_append_json(back, &fresh, &fresh_len, &fresh_cap) ==
                      HK_OK &&
                  fresh_len == m && again && !memcmp(fresh, again, m),
              "%s: read back and appended to a new buffer, the same line",
              name);
        free(again);
        free(fresh);
        hk_doc_free(back);
    }
    free(line);
}

/* The same text through hk_extract_append_json, appended to its own
   shared buffer: the line doc gave (line), the same warnings. */
static void check_direct(const char *name, hk_extractor *ex,
                         const hk_doc_info *info, const char *text, size_t n,
                         const hk_doc *doc, char **buf, size_t *len,
                         size_t *cap)
{
    char *line = NULL;
    size_t ln = 0;
    if (hk_doc_to_json(doc, &line, &ln) != HK_OK) {
        CHECK(0, "%s: hk_doc_to_json", name);
        return;
    }
    hk_error err = {0};
    size_t before = *len;
    hk_status st = hk_extract_append_json(ex, info, text, n, buf, len, cap,
                                          &err);
    CHECK(st == HK_OK && *len == before + ln && *cap > *len &&
              (*buf)[*len] == '\0' && !memcmp(*buf + before, line, ln),
          "%s: hk_extract_append_json appends the line of the doc (%s)",
          name, st == HK_OK ? "ok" : err.message);
    const char *const *w = NULL;
    size_t nw = hk_extractor_warnings(ex, &w), same = 0;
    for (size_t i = 0; i < nw && i < doc->n_warnings; i++)
        same += !strcmp(w[i], doc->warnings[i]);
    CHECK(nw == doc->n_warnings && same == nw,
          "%s: the same %zu warning(s)", name, doc->n_warnings);
    free(line);
}

int main(int argc, char **argv)
{
    hk_rules *rules = NULL;
    hk_extractor *ex = NULL;
    hk_error err = {0};
    if (argc < 2 || hk_rules_load(argv[1], &rules, &err) != HK_OK ||
        hk_extractor_new(rules, &ex, &err) != HK_OK) {
        printf("not ok - usage: test_docwrite RULES FILE... (%s)\n",
               err.message);
        return 1;
    }
    char *buf = NULL, *all = NULL, *direct = NULL;
    size_t len = 0, cap = 0, all_len = 0, dlen = 0, dcap = 0;

    /* NUL bytes inside two names: a C string ends there, and so must the
       kept length of the entity's text. */
    static const char nul_text[] =
        "عقد المكتب السياسي لحزب الأصالة والمعاصرة اجتماعه برئاسة الأمين "
        "العام للحزب، السيد عبد\0السلام الوزكاني، وصادق على تعيين السيد "
        "محمد\0 بنعلي منسقا جهويا للحزب بجهة الشرق.";
    hk_doc *doc = NULL;
    hk_doc_info info = {.id = "nul", .date = "2025-02-03", .title = "t"};
    if (hk_extract(ex, &info, nul_text, sizeof nul_text - 1, &doc, &err) !=
        HK_OK) {
        CHECK(0, "NUL text: extract: %s", err.message);
    } else {
        size_t cut = 0;
        for (size_t i = 0; i < doc->n_entities; i++)
            cut += doc->entities[i].end - doc->entities[i].start >
                   hk_i_utf8_count(doc->entities[i].text,
                                   strlen(doc->entities[i].text));
        CHECK(cut == 2, "NUL text: two entities' texts end at a NUL (%zu)",
              cut);
        check_doc("NUL text", doc, &buf, &len, &cap, &all, &all_len);
        check_direct("NUL text", ex, &info, nul_text, sizeof nul_text - 1,
                     doc, &direct, &dlen, &dcap);
        hk_doc_free(doc);
    }

    for (int a = 2; a < argc; a++) {
        size_t n = 0;
        char *text = check_slurp(argv[a], &n);
        doc = NULL;
        info = (hk_doc_info){.id = argv[a]};
        if (!text || hk_extract(ex, &info, text, n, &doc, &err) != HK_OK) {
            CHECK(0, "%s: extract", argv[a]);
            free(text);
            continue;
        }
        check_doc(argv[a], doc, &buf, &len, &cap, &all, &all_len);
        check_direct(argv[a], ex, &info, text, n, doc, &direct, &dlen, &dcap);
        hk_doc_free(doc);
        free(text);
    }
    CHECK(len == all_len && (!len || !memcmp(buf, all, len)),
          "the buffer holds every line, in order (%zu bytes)", len);
    CHECK(dlen == all_len && (!dlen || !memcmp(direct, all, dlen)),
          "hk_extract_append_json's buffer too (%zu bytes)", dlen);

    /* Warnings, and strings to escape, in the line written straight. */
    static const char *const odd[] = {
        "bad \xff\xfe UTF-8, a \x01 control and \"quotes\" \\ in a text",
        "Le secr\xc3\xa9taire g\xc3\xa9n\xc3\xa9ral du parti",
        "",
    };
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        char name[32];
        snprintf(name, sizeof name, "odd text %zu", i);
        hk_doc_info oi = {.id = "a \"quoted\\ id\n", .date = "2024-10-14",
                          .title = "t", .url = "u"};
        doc = NULL;
        if (hk_extract(ex, &oi, odd[i], strlen(odd[i]), &doc, &err) != HK_OK) {
            CHECK(0, "%s: extract: %s", name, err.message);
            continue;
        }
        CHECK(i == 2 || doc->n_warnings, "%s: warned", name);
        check_direct(name, ex, &oi, odd[i], strlen(odd[i]), doc, &direct,
                     &dlen, &dcap);
        hk_doc_free(doc);
    }

    /* Bad arguments, and a buffer left as it was. */
    doc = NULL;
    if (hk_extract(ex, &info, "", 0, &doc, &err) == HK_OK) {
        size_t l = len, c = cap;
        char *b = buf;
        CHECK(hk_doc_append_json(NULL, &buf, &len, &cap) == HK_ERR_ARG &&
                  hk_doc_append_json(doc, NULL, &len, &cap) == HK_ERR_ARG &&
                  hk_doc_append_json(doc, &buf, NULL, &cap) == HK_ERR_ARG &&
                  hk_doc_append_json(doc, &buf, &len, NULL) == HK_ERR_ARG &&
                  buf == b && len == l && cap == c,
              "NULL arguments are refused, the buffer unchanged");
        size_t big = cap + 1;
        CHECK(hk_doc_append_json(doc, &buf, &big, &cap) == HK_ERR_ARG,
              "a length beyond the capacity is refused");
        char *none = NULL;
        size_t zero = 0, some = 16;
        CHECK(hk_doc_append_json(doc, &none, &zero, &some) == HK_ERR_ARG,
              "a capacity without a buffer is refused");
        size_t dl = dlen, dc = dcap;
        char *db = direct;
        CHECK(hk_extract_append_json(NULL, &info, "", 0, &direct, &dlen,
                                     &dcap, &err) == HK_ERR_ARG &&
                  hk_extract_append_json(ex, &info, NULL, 1, &direct, &dlen,
                                         &dcap, &err) == HK_ERR_ARG &&
                  hk_extract_append_json(ex, &info, "", 0, NULL, &dlen,
                                         &dcap, &err) == HK_ERR_ARG &&
                  hk_extract_append_json(ex, &info, "", 0, &direct, NULL,
                                         &dcap, &err) == HK_ERR_ARG &&
                  hk_extract_append_json(ex, &info, "", 0, &direct, &dlen,
                                         NULL, &err) == HK_ERR_ARG &&
                  hk_extract_append_json(ex, &info, "", 0, &none, &zero,
                                         &some, &err) == HK_ERR_ARG &&
                  direct == db && dlen == dl && dcap == dc,
              "hk_extract_append_json refuses bad arguments, the buffer "
              "unchanged");
        CHECK(hk_extractor_warnings(NULL, NULL) == 0,
              "hk_extractor_warnings(NULL) is 0");
        char *line = NULL;
        CHECK(hk_doc_to_json(NULL, &line, NULL) == HK_ERR_ARG &&
                  hk_doc_to_json(doc, NULL, NULL) == HK_ERR_ARG && !line,
              "hk_doc_to_json refuses NULL arguments");
        hk_doc_free(doc);
    } else {
        CHECK(0, "empty text: extract: %s", err.message);
    }
    free(buf);
    free(all);
    free(direct);
    hk_extractor_free(ex);
    hk_rules_free(rules);
    return check_failures != 0;
}
