/*
 * fuzz_docjson.c - libFuzzer target for hk_doc_from_json, the reader of
 * `haykal extract` lines that `haykal graph` trusts with files from
 * elsewhere.
 *
 * Any bytes: hk_doc_from_json must return HK_OK or an error, never crash.
 * When it accepts the line, the document is written with hk_doc_to_json and
 * read back: the re-read must succeed, and writing it again must give the
 * same line (the written form is a fixed point).  The accepted document is
 * then given to a graph, as `haykal graph` does, and the graph is written
 * in every format to /dev/null (set HAYKAL_FUZZ_NO_GRAPH=1 to skip that
 * stage and fuzz the reader alone).  A failed check traps.
 *
 * Rules (for the graph's gazetteer): $HAYKAL_RULES, else rules/ of the
 * repository (../rules beside the executable's folder, build-fuzz/).
 */
#define FUZZ_NAME "fuzz_docjson"
#include "fuzz.h"

static hk_rules *rules;
static FILE *devnull;
static bool with_graph = true;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *no = getenv("HAYKAL_FUZZ_NO_GRAPH");
    with_graph = !(no && *no && strcmp(no, "0"));
    if (!with_graph)
        return 0;
    load_rules(&rules, NULL);
    if (!(devnull = fopen("/dev/null", "w"))) {
        perror("fuzz_docjson: /dev/null");
        exit(2);
    }
    return 0;
}

static void graph_stage(const hk_doc *doc, const hk_doc *again)
{
    hk_graph *g = NULL;
    hk_error err = {0};
    if (hk_graph_new(rules, &g, &err) != HK_OK)
        return;
    /* The same document twice, as when two files repeat a line. */
    hk_status st = hk_graph_add(g, doc, &err);
    if (st == HK_OK)
        st = hk_graph_add(g, again, &err);
    CHECK(st == HK_OK || st == HK_ERR_NOMEM);
    if (st == HK_OK) {
        static const hk_format formats[] = {HK_FORMAT_GRAPHML, HK_FORMAT_DOT,
                                            HK_FORMAT_JSON, HK_FORMAT_TREE};
        for (size_t i = 0; i < 4; i++)
            hk_graph_write(g, devnull, formats[i], NULL, &err);
        /* Filtered as the command's options would: the document's own
           party, region and date. */
        hk_graph_filter f = {0};
        if (doc->n_roles) {
            f.party = doc->roles[0].party;
            f.region = doc->roles[0].territory_code;
            f.level = doc->roles[0].level;
        }
        if (*doc->date)
            f.as_of = doc->date;
        hk_graph_write(g, devnull, HK_FORMAT_TREE, &f, &err);
        hk_graph_write(g, devnull, HK_FORMAT_GRAPHML, &f, &err);
        hk_graph_stats s;
        hk_graph_get_stats(g, &s);
        CHECK(s.documents == 2);
    }
    hk_graph_free(g);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hk_doc *doc = NULL;
    hk_error err = {0};
    hk_status st = hk_doc_from_json((const char *)data, size, &doc, &err);
    if (st != HK_OK) {
        CHECK(doc == NULL);
        CHECK(st == HK_ERR_INPUT || st == HK_ERR_NOMEM);
        CHECK(memchr(err.message, '\0', sizeof err.message) != NULL);
        return 0;
    }
    CHECK(doc != NULL);
    CHECK(doc->id && doc->date && doc->title && doc->url);

    char *json = NULL;
    size_t jlen = 0;
    st = hk_doc_to_json(doc, &json, &jlen);
    if (st == HK_ERR_NOMEM) {
        hk_doc_free(doc);
        return 0;
    }
    CHECK(st == HK_OK && json && strlen(json) == jlen);

    hk_doc *again = NULL;
    st = hk_doc_from_json(json, jlen, &again, &err);
    if (st != HK_OK)
        fprintf(stderr, "fuzz_docjson: re-reading hk_doc_to_json output "
                "failed: %s: %s\n", hk_status_string(st), err.message);
    CHECK(st == HK_OK && again);
    CHECK(again->n_entities == doc->n_entities);
    CHECK(again->n_roles == doc->n_roles);
    CHECK(again->n_units == doc->n_units);

    char *json2 = NULL;
    size_t jlen2 = 0;
    if (hk_doc_to_json(again, &json2, &jlen2) == HK_OK) {
        if (jlen2 != jlen || memcmp(json, json2, jlen))
            fprintf(stderr, "fuzz_docjson: written form changed:\n%s%s",
                    json, json2);
        CHECK(jlen2 == jlen && !memcmp(json, json2, jlen));
        free(json2);
    }

    if (with_graph)
        graph_stage(doc, again);

    hk_doc_free(again);
    free(json);
    hk_doc_free(doc);
    return 0;
}
