/*
 * test_record.c - a record reader (hk_record_read, which keeps json-c's
 * tokener from one record to the next) against hk_record_parse: the same
 * records and the same errors, line after line, through broken JSON, a
 * missing field, nesting deeper than the kept tokener's and texts longer
 * and shorter than the one before.
 */
#include "haykal.h"
#include "check.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool same_str(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

/* One line read both ways, with the reader rd. */
static void both(hk_record_reader *rd, const char *line)
{
    hk_record *a = NULL, *b = NULL;
    hk_error ea = {0}, eb = {0};
    hk_status sa = hk_record_parse(line, strlen(line), NULL, &a, &ea);
    hk_status sb = hk_record_read(rd, line, strlen(line), NULL, &b, &eb);
    bool same = sa == sb && !strcmp(ea.message, eb.message) &&
                ea.column == eb.column && !a == !b;
    if (same && a)
        same = a->len == b->len && !memcmp(a->text, b->text, a->len + 1) &&
               same_str(a->info.id, b->info.id) &&
               same_str(a->info.date, b->info.date) &&
               same_str(a->info.title, b->info.title) &&
               same_str(a->info.url, b->info.url);
    CHECK(same, "read as parsed: %.40s (%s)", line,
          sa == HK_OK ? "ok" : ea.message);
    hk_record_free(a);
    hk_record_free(b);
}

int main(void)
{
    hk_record_reader *rd = NULL;
    CHECK(hk_record_reader_new(&rd, NULL) == HK_OK && rd, "reader made");
    if (!rd)
        return 1;

    /* A long text, then short ones: the kept buffer only grows. */
    size_t n = 5000;
    char *big = malloc(n + 64);
    strcpy(big, "{\"id\":7,\"text\":\"");
    size_t at = strlen(big);
    for (size_t i = 0; i < n; i++)
        big[at++] = "abc\\n"[i % 3];
    strcpy(big + at, "\",\"date\":\"14/10/2024\"}");
    both(rd, big);

    const char *lines[] = {
        "{\"text\":\"\\u0627\\u0644\",\"title\":\"t\",\"url\":\"u\"}",
        "{\"text\":\"x\",\"id\":",                     /* broken */
        "{\"text\":\"after the broken one\",\"id\":\"a\"}",
        "{\"id\":\"no text\"}",                        /* a field missing */
        "[1,2]",                                       /* no object */
        "{\"text\":\"y\"} 1",                          /* trailing */
        "{\"text\":\"bad \\ud800 \\q\"}",              /* bad escape */
        /* Deeper than the kept tokener (16) reads: the deep one takes it. */
        "{\"text\":\"deep\",\"x\":" "[[[[[[[[[[" "[[[[[[[[[["
        "1" "]]]]]]]]]]" "]]]]]]]]]]" "}",
        "{\"text\":\"after the deep one\",\"date\":\"2024-10-14T09:30:00Z\"}",
        "{\"text\":\"\",\"id\":-3}",
        "  {\"text\":\"z\"}  ",
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
        both(rd, lines[i]);
    both(rd, big);
    free(big);

    hk_record *r = NULL;
    hk_error err = {0};
    CHECK(hk_record_read(NULL, "{}", 2, NULL, &r, &err) == HK_ERR_ARG && !r,
          "no reader: HK_ERR_ARG");
    hk_record_reader_free(rd);
    hk_record_reader_free(NULL);
    return check_failures != 0;
}
