/*
 * test_records.c - a record reader (hk_record_reader_parse), which keeps
 * json-c's tokener from one line to the next, reads every line as
 * hk_record_parse does: the same status, message and column, the same
 * record, whatever the lines before it were.  The lines mix good records
 * with every way a line can stop in the middle (half a surrogate pair,
 * a string, a number or a literal cut short, a NUL byte, nesting past
 * the first tokener's depth) and each is read after each.  Reading sets
 * the thread's locale aside for json-c and puts it back: it is the same
 * after every line, good or bad.
 */
#include "haykal.h"
#include "check.h"

#include <locale.h>
#include <stdbool.h>
#include <string.h>

#define L(s) {s, sizeof(s) - 1}
static const struct {
    const char *s;
    size_t n;
} lines[] = {
    L("{\"id\":\"a\",\"text\":\"\xd8\xa3\xd9\x85\xd9\x8a\xd9\x86\"}"),
    L("{\"id\":1,\"text\":\"x\\udc00y\"}"),          /* a lone low half */
    L("{\"text\":\"x\\ud800"),                       /* stops after a high half */
    L("{\"text\":\"x\\ud800\\"),
    L("{\"text\":\"x\\ud800\\u"),
    L("{\"text\":\"x\\ud800\\udc"),
    L("{\"text\":\"x\\ud800\\udc00\"}"),             /* a whole pair */
    L("{\"text\":\"x\\ud800y\"}"),                   /* a high half alone */
    L("{\"text\":\"\\u12"),
    L("{\"text\":\"abc"),
    L("{\"text\":\"a\",\"id\":12"),
    L("{\"text\":\"a\",\"id\":-1.5e"),
    L("{\"text\":\"a\",\"id\":tru"),
    L("{\"text\":\"a\",\"id\":nul"),
    L("{\"text\":\"a\" \"id\""),
    L("{\"text\":\"a\\u0000b\"}"),
    L("{\"text\":\"a\0b\"}"),
    L("{\"text\":\"a\"} {\"text\":\"b\"}"),
    L("[1,2]"),
    L("{\"text\":[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]}"),
    L("{\"x\":[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]],\"text\":\"deep\"}"),
    L("{\"x\":[[[[[[[[[[[[[[[[[[[[[[1"),
    L("{\"text\":\"b\",\"date\":\"14/10/2024\",\"title\":\"t\",\"url\":\"u\"}"),
    L(""),
    L("   "),
};
#undef L
enum { N = sizeof lines / sizeof lines[0] };

static bool same_field(const char *a, const char *b)
{
    return !strcmp(a, b);
}

/* Line i read by rd right after line `after`, against hk_record_parse. */
static bool same(hk_record_reader *rd, size_t after, size_t i)
{
    hk_record *prev = NULL;
    hk_error e0 = {0};
    if (hk_record_reader_parse(rd, lines[after].s, lines[after].n, NULL, &prev,
                               &e0) == HK_OK)
        hk_record_free(prev);
    hk_record *a = NULL, *b = NULL;
    hk_error ea = {0}, eb = {0};
    hk_status sa = hk_record_parse(lines[i].s, lines[i].n, NULL, &a, &ea);
    hk_status sb = hk_record_reader_parse(rd, lines[i].s, lines[i].n, NULL, &b,
                                          &eb);
    bool ok = sa == sb && ea.column == eb.column &&
              !strcmp(ea.message, eb.message) && !a == !b;
    if (ok && a)
        ok = a->len == b->len && !memcmp(a->text, b->text, a->len) &&
             same_field(a->info.id, b->info.id) &&
             same_field(a->info.date, b->info.date) &&
             same_field(a->info.title, b->info.title) &&
             same_field(a->info.url, b->info.url);
    hk_record_free(a);
    hk_record_free(b);
    return ok;
}

int main(void)
{
    hk_record_reader *rd = NULL;
    CHECK(hk_record_reader_new(&rd, NULL) == HK_OK && rd, "a reader");
    CHECK(hk_record_reader_new(NULL, NULL) == HK_ERR_ARG, "no out: HK_ERR_ARG");
    size_t good = 0, pairs = 0;
    for (size_t after = 0; after < N; after++)
        for (size_t i = 0; i < N; i++, pairs++)
            good += same(rd, after, i);
    CHECK(good == pairs, "%zu of %zu lines read after another as alone", good,
          pairs);
    /* A reader NULL is hk_record_parse. */
    hk_record *r = NULL;
    CHECK(hk_record_reader_parse(NULL, lines[0].s, lines[0].n, NULL, &r, NULL) ==
              HK_OK && r && !strcmp(r->info.id, "a"),
          "reader NULL");
    hk_record_free(r);
    /* The thread's locale, global or its own, is left as it was. */
    locale_t own = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
    size_t kept = 0;
    for (int k = 0; k < 2; k++) {
        if (k && own)
            uselocale(own);
        locale_t before = uselocale((locale_t)0);
        for (size_t i = 0; i < N; i++) {
            r = NULL;
            if (hk_record_reader_parse(rd, lines[i].s, lines[i].n, NULL, &r,
                                       NULL) == HK_OK)
                hk_record_free(r);
            kept += uselocale((locale_t)0) == before;
        }
    }
    uselocale(LC_GLOBAL_LOCALE);
    if (own)
        freelocale(own);
    CHECK(own && kept == 2 * N, "the thread's locale kept: %zu of %zu lines",
          kept, (size_t)(2 * N));
    hk_record_reader_free(rd);
    hk_record_reader_free(NULL);
    return check_failures ? 1 : 0;
}
