/*
 * fuzz_extract.c - libFuzzer target for hk_extract on arbitrary bytes, then
 * the JSON round trip of its result.
 *
 * One hk_extractor (over the in-tree rules) serves every input, as in the
 * command, so state carried from one document to the next is exercised too.
 * Checks, trapping when one fails:
 *  - hk_extract returns HK_OK (any bytes are a document; only running out
 *    of memory may fail);
 *  - entities are sorted by start, and every entity and role has
 *    start < end <= the input's length in code points (counted as the
 *    normaliser counts them: an invalid byte is one code point): spans
 *    are never empty and never leave the text;
 *  - an entity's text is the original's code points [start, end) (compared
 *    up to the first NUL byte, which a C string cannot hold);
 *  - hk_doc_to_json gives one line that json-c parses, and hk_doc_from_json
 *    reads it back with the same entities, roles and units.
 */
#define FUZZ_NAME "fuzz_extract"
#include "fuzz.h"

#include <json-c/json_object.h>
#include <json-c/json_tokener.h>

static hk_rules *rules;
static hk_extractor *ex;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    load_rules(&rules, &ex);
    return 0;
}

static bool same_str(const char *a, const char *b)
{
    return !strcmp(a ? a : "", b ? b : "");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Byte offset of each code point, an invalid byte counting as one. */
    size_t *cpb = malloc((size + 1) * sizeof *cpb);
    if (!cpb)
        return 0;
    size_t ncp = 0;
    bool valid = true;
    for (size_t i = 0; i < size; ncp++) {
        cpb[ncp] = i;
        size_t k = seq_len(data, size, i);
        valid &= k != 0;
        i += k ? k : 1;
    }
    cpb[ncp] = size;

    hk_doc_info info = {.id = "fuzz", .date = "2024-10-14"};
    hk_doc *doc = NULL;
    hk_error err = {0};
    hk_status st = hk_extract(ex, &info, (const char *)data, size, &doc, &err);
    if (st == HK_ERR_NOMEM) {
        free(cpb);
        return 0;
    }
    if (st != HK_OK)
        fprintf(stderr, "fuzz_extract: hk_extract: %s: %s\n",
                hk_status_string(st), err.message);
    CHECK(st == HK_OK && doc);

    for (size_t i = 0; i < doc->n_entities; i++) {
        const hk_entity *e = &doc->entities[i];
        CHECK(e->start < e->end && e->end <= ncp);   /* never empty */
        if (i)
            CHECK(doc->entities[i - 1].start <= e->start);
        CHECK(e->text && e->norm && e->kind && e->code && e->value && e->rule);
        /* text == original[start:end]; a NUL ends a C string early. */
        const char *orig = (const char *)data + cpb[e->start];
        size_t n = cpb[e->end] - cpb[e->start];
        const char *nul = memchr(orig, '\0', n);
        if (nul)
            n = (size_t)(nul - orig);
        if (strlen(e->text) != n || memcmp(e->text, orig, n)) {
            fprintf(stderr, "fuzz_extract: entity %zu [%zu,%zu) %s text «%s» "
                    "is not the original «%.*s» (input %s UTF-8)\n", i,
                    e->start, e->end, hk_entity_type_name(e->type), e->text,
                    (int)n, orig, valid ? "valid" : "invalid");
            CHECK(!"entity text == original[start:end]");
        }
    }
    for (size_t i = 0; i < doc->n_roles; i++) {
        const hk_role *r = &doc->roles[i];
        CHECK(r->start < r->end && r->end <= ncp);
        CHECK(r->person && r->role && r->territory && r->territory_code &&
              r->party);
    }

    char *json = NULL;
    size_t jlen = 0;
    st = hk_doc_to_json(doc, &json, &jlen);
    if (st == HK_ERR_NOMEM) {
        hk_doc_free(doc);
        free(cpb);
        return 0;
    }
    CHECK(st == HK_OK && json);
    CHECK(strlen(json) == jlen && jlen && json[jlen - 1] == '\n');
    CHECK(memchr(json, '\n', jlen) == json + jlen - 1);   /* one line */
    json_tokener *tok = json_tokener_new_ex(2048);
    CHECK(tok != NULL);
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    json_object *parsed = json_tokener_parse_ex(tok, json, (int)jlen);
    if (!parsed) {
        fprintf(stderr, "fuzz_extract: json-c rejects hk_doc_to_json output "
                "(input %s UTF-8): %s at byte %zu\n", valid ? "valid" : "invalid",
                json_tokener_error_desc(json_tokener_get_error(tok)),
                json_tokener_get_parse_end(tok));
        CHECK(!"hk_doc_to_json output parses as JSON");
    }
    json_tokener_free(tok);
    CHECK(json_object_is_type(parsed, json_type_object));
    json_object_put(parsed);

    hk_doc *back = NULL;
    st = hk_doc_from_json(json, jlen, &back, &err);
    if (st != HK_OK)
        fprintf(stderr, "fuzz_extract: hk_doc_from_json: %s: %s\n",
                hk_status_string(st), err.message);
    CHECK(st == HK_OK && back);
    CHECK(back->n_entities == doc->n_entities);
    CHECK(back->n_roles == doc->n_roles);
    CHECK(back->n_units == doc->n_units);
    CHECK(same_str(back->id, doc->id) && same_str(back->date, doc->date));
    for (size_t i = 0; i < doc->n_entities; i++) {
        const hk_entity *a = &doc->entities[i], *b = &back->entities[i];
        CHECK(a->type == b->type && a->start == b->start && a->end == b->end);
        CHECK(same_str(a->text, b->text) && same_str(a->norm, b->norm) &&
              same_str(a->code, b->code) && same_str(a->value, b->value));
    }
    for (size_t i = 0; i < doc->n_roles; i++) {
        const hk_role *a = &doc->roles[i], *b = &back->roles[i];
        CHECK(same_str(a->person, b->person) && a->level == b->level &&
              a->kind == b->kind && a->status == b->status &&
              a->start == b->start && a->end == b->end);
    }

    hk_doc_free(back);
    free(json);
    hk_doc_free(doc);
    free(cpb);
    return 0;
}
