/*
 * extract.c - one document through the pipeline: normalise, tag, match the
 * rules, resolve, link, build the result.  An hk_extractor keeps its
 * buffers between documents, so a thread extracting many documents
 * allocates little after the first.
 */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

hk_status hk_extractor_new(const hk_rules *rules, hk_extractor **out,
                           hk_error *err)
{
    if (!rules || !out)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    hk_extractor *ex = calloc(1, sizeof *ex);
    if (!ex)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    ex->rules = rules;
    ex->md = hk_i_match_data_new();
    ex->arena = calloc(1, sizeof *ex->arena);
    ex->terr_counts = calloc(rules->n_territories + 1, sizeof *ex->terr_counts);
    ex->terr_written = calloc(rules->n_territories + 1, sizeof *ex->terr_written);
    if (!ex->md || !ex->arena || !ex->terr_counts || !ex->terr_written) {
        hk_extractor_free(ex);
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    ex->tokens.size = sizeof(hk_token);
    ex->keybuf.size = 1;
    ex->tok_of.size = sizeof(uint32_t);
    ex->tag_first.size = sizeof(uint32_t);
    ex->starts.size = sizeof(uint64_t);
    ex->words.size = sizeof(uint64_t);
    ex->tags.size = sizeof(hk_tag);
    ex->tags_by_lex.size = sizeof(uint32_t);
    ex->scan_at.size = sizeof(uint32_t);
    ex->mentions.size = sizeof(hk_mention);
    ex->roles.size = sizeof(hk_role_i);
    ex->units.size = sizeof(hk_unit_i);
    ex->warnings.size = sizeof(char *);
    ex->warned.size = sizeof(size_t);
    *out = ex;
    return HK_OK;
}

void hk_extractor_free(hk_extractor *ex)
{
    if (!ex)
        return;
    hk_i_match_data_free(ex->md);
    hk_i_ntext_free(&ex->nt);
    hk_i_vec_free(&ex->tokens);
    hk_i_vec_free(&ex->tok_of);
    hk_i_vec_free(&ex->tag_first);
    hk_i_vec_free(&ex->starts);
    hk_i_vec_free(&ex->words);
    hk_i_vec_free(&ex->tags);
    hk_i_vec_free(&ex->tags_by_lex);
    hk_i_vec_free(&ex->scan_at);
    hk_i_vec_free(&ex->plain);
    hk_i_vec_free(&ex->needs_win);
    hk_i_vec_free(&ex->mentions);
    hk_i_vec_free(&ex->roles);
    hk_i_vec_free(&ex->units);
    hk_i_vec_free(&ex->warnings);
    hk_i_vec_free(&ex->warned);
    if (ex->arena)
        hk_i_arena_free(ex->arena);
    free(ex->arena);
    hk_i_vec_free(&ex->keybuf);
    free(ex->terr_counts);
    free(ex->terr_written);
    free(ex);
}

static hk_status warn(hk_extractor *ex, const char *msg)
{
    const char *w = hk_i_arena_strdup(ex->arena, msg);
    const char **slot = w ? hk_i_vec_push(&ex->warnings) : NULL;
    if (!slot)
        return HK_ERR_NOMEM;
    *slot = w;
    return HK_OK;
}

static hk_status pipeline(hk_extractor *ex, const char *text, size_t len,
                          hk_error *err)
{
    hk_status st = hk_i_normalize(ex->rules->norm, text, len, &ex->nt, err);
    if (st != HK_OK)
        return st;
    char msg[128];
    msg[0] = '\0';
    if (ex->nt.invalid)
        snprintf(msg, sizeof msg, "%zu invalid UTF-8 sequence(s) read as U+FFFD",
                 ex->nt.invalid);
    if (msg[0] && warn(ex, msg) != HK_OK)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    msg[0] = '\0';
    if (ex->nt.controls)
        snprintf(msg, sizeof msg, "%zu control character(s) (such as NUL; "
                 "not tabs or line breaks) read as spaces", ex->nt.controls);
    if (msg[0] && warn(ex, msg) != HK_OK)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    /* French or English text: nothing to find, and the user should know. */
    if (!ex->nt.arabic && ex->nt.len && warn(ex, "no Arabic text") != HK_OK)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if ((st = hk_i_tag(ex, err)) != HK_OK ||
        (st = hk_i_match_rules(ex, HK_AT_SCAN, err)) != HK_OK ||
        (st = hk_i_match_rules(ex, HK_AT_LEXICON, err)) != HK_OK ||
        (st = hk_i_resolve_lexical(ex, err)) != HK_OK ||
        (st = hk_i_resolve_titles(ex, err)) != HK_OK ||
        (st = hk_i_match_rules(ex, HK_AT_TITLE_END, err)) != HK_OK ||
        (st = hk_i_resolve(ex, err)) != HK_OK ||
        (st = hk_i_link(ex, err)) != HK_OK)
        return st;
    return HK_OK;
}

/* What hk_extract and hk_extract_append_json share: the checks and the
   pipeline, which leaves the results in ex. */
static hk_status extract(hk_extractor *ex, const hk_doc_info *info,
                         const char *text, size_t len, hk_error *err)
{
    if (len > UINT32_MAX / 2)
        return hk_i_fail(err, HK_ERR_LIMIT, NULL, 0, 0,
                         "document too large (%zu bytes)", len);
    hk_i_arena_reset(ex->arena);
    ex->info = info;
    ex->mentions.len = ex->roles.len = ex->units.len = ex->warnings.len = 0;
    ex->warned.len = 0;
    ex->spelled = false;
    return pipeline(ex, text ? text : "", len, err);
}

hk_status hk_extract(hk_extractor *ex, const hk_doc_info *info,
                     const char *text, size_t len, hk_doc **out, hk_error *err)
{
    if (!ex || !out || (!text && len))
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    *out = NULL;
    hk_status st = extract(ex, info, text, len, err);
    if (st != HK_OK)
        return st;
    hk_arena arena = {0};
    st = hk_i_doc_build(ex, &arena, out, err);
    if (st != HK_OK)
        hk_i_arena_free(&arena);
    return st;
}

hk_status hk_extract_append_json(hk_extractor *ex, const hk_doc_info *info,
                                 const char *text, size_t len, char **buf,
                                 size_t *buf_len, size_t *cap, hk_error *err)
{
    if (!ex || (!text && len) || !buf || !buf_len || !cap ||
        *buf_len > *cap || (*cap && !*buf))
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "bad argument");
    hk_status st = extract(ex, info, text, len, err);
    if (st != HK_OK)
        return st;
    hk_buf b = {*buf, *buf_len, *cap};
    st = hk_i_doc_write_json(ex, &b, err);
    /* The buffer may have moved even when writing failed. */
    *buf = b.data;
    *cap = b.cap;
    if (st == HK_OK)
        *buf_len = b.len;
    return st;
}

size_t hk_extractor_warnings(const hk_extractor *ex, const char *const **out)
{
    if (out)
        *out = ex ? (const char *const *)ex->warnings.items : NULL;
    return ex ? ex->warnings.len : 0;
}
