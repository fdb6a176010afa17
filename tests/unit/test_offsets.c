/*
 * test_offsets.c - for every document given, every entity's text is
 * exactly the original's code points [start, end): the offset contract of
 * haykal.h, checked on real articles with tatweel, ھ and Indic digits.
 */
#include "haykal.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

/* Byte offset of code point `cp` in s. */
static size_t cp_to_byte(const char *s, size_t len, size_t cp)
{
    size_t i = 0;
    for (size_t k = 0; k < cp && i < len; k++) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

int main(int argc, char **argv)
{
    hk_rules *rules = NULL;
    hk_extractor *ex = NULL;
    hk_error err = {0};
    if (argc < 3 || hk_rules_load(argv[1], &rules, &err) != HK_OK ||
        hk_extractor_new(rules, &ex, &err) != HK_OK) {
        printf("not ok - usage: test_offsets RULES FILE... (%s)\n", err.message);
        return 1;
    }
    for (int a = 2; a < argc; a++) {
        size_t len = 0;
        char *text = check_slurp(argv[a], &len);
        hk_doc *doc = NULL;
        hk_doc_info info = {.id = argv[a]};
        if (!text || hk_extract(ex, &info, text, len, &doc, &err) != HK_OK) {
            CHECK(0, "%s: extract", argv[a]);
            free(text);
            continue;
        }
        size_t bad = 0;
        for (size_t i = 0; i < doc->n_entities; i++) {
            const hk_entity *e = &doc->entities[i];
            size_t bs = cp_to_byte(text, len, e->start);
            size_t be = cp_to_byte(text, len, e->end);
            if (be - bs != strlen(e->text) || memcmp(text + bs, e->text, be - bs)) {
                if (!bad)
                    printf("# %s: entity «%s» at %zu-%zu reads «%.*s»\n",
                           argv[a], e->text, e->start, e->end,
                           (int)(be - bs), text + bs);
                bad++;
            }
        }
        CHECK(bad == 0, "%s: %zu entities, text == original[start:end]",
              argv[a], doc->n_entities);
        hk_doc_free(doc);
        free(text);
    }
    hk_extractor_free(ex);
    hk_rules_free(rules);
    return check_failures != 0;
}
