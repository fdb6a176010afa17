/*
 * regex.c - the PCRE2 wrapper: compiling rule patterns (UTF, UCP, JIT) and
 * matching them under match and depth limits.  This is the only file that
 * includes pcre2.h.  A compiled hk_regex is immutable and shared by
 * threads; each thread matches with its own hk_match_data.
 */
#include "internal.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

/* Generous for real text, small enough that a pathological pattern
   reports a limit in milliseconds instead of hanging. */
#define HK_MATCH_LIMIT 200000
#define HK_DEPTH_LIMIT 2000
#define HK_OVECTOR_PAIRS 64

struct hk_regex {
    pcre2_code *code;
    int groups;
    unsigned flags;          /* HK_RE_ANCHORED, HK_RE_BOUNDED */
    bool jit;                /* JIT-compiled: matched by pcre2_jit_match */
    bool has_start;          /* start holds the bytes a match starts with */
    uint8_t start[32];       /* bit b: a match may start at a byte b */
};

struct hk_match_data {
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_match_context *bctx;   /* mctx with an offset limit (bounded) */
    pcre2_jit_stack *stack;
    const hk_word_tests *tests;
};

/* A word test, (?C<n>) in a compiled pattern: the extractor decides. */
static int word_test(pcre2_callout_block *cb, void *data)
{
    const hk_match_data *md = data;
    const hk_word_tests *t = md->tests;
    if (!t || !cb->callout_number)
        return 0;
    return t->test(t->ctx, cb->current_position, cb->callout_number);
}

/* The bytes a match of code may start with, from PCRE2's own start-up
   optimisation (its start bitmap, or its first code unit), which the
   unanchored search uses to skip the other positions: false when PCRE2
   has neither.  Refused for a pattern with a backtracking verb or \G,
   whose result may depend on where the search began (bounded searches
   begin later). */
static bool start_bytes(pcre2_code *code, const char *pattern, size_t len,
                        uint8_t map[32])
{
    for (size_t i = 0; i + 1 < len; i++)
        if ((pattern[i] == '(' && pattern[i + 1] == '*') ||
            (pattern[i] == '\\' && pattern[i + 1] == 'G'))
            return false;
    uint32_t type = 2;
    pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &type);
    if (type == 0) {
        const uint8_t *bits = NULL;
        pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &bits);
        if (!bits)
            return false;
        memcpy(map, bits, 32);
    } else if (type == 1) {
        /* Caseless or not, PCRE2 does not say: take both ASCII cases. */
        uint32_t unit = 0;
        pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODEUNIT, &unit);
        if (unit >= 0x80)
            return false;
        memset(map, 0, 32);
        map[unit / 8] |= (uint8_t)(1u << (unit % 8));
        if ((unit | 0x20) >= 'a' && (unit | 0x20) <= 'z')
            map[(unit ^ 0x20) / 8] |= (uint8_t)(1u << ((unit ^ 0x20) % 8));
    } else {
        return false;
    }
    /* In UTF mode a match never starts inside a character. */
    for (unsigned b = 0x80; b < 0xC0; b += 8)
        map[b / 8] = 0;
    return true;
}

hk_regex *hk_i_regex_compile(const char *pattern, size_t len, unsigned flags,
                             bool jit, size_t *erroffset, char *msg,
                             size_t msgsize)
{
    int errcode;
    PCRE2_SIZE off = 0;
    /* Anchoring is a compile option: JIT code ignores PCRE2_ANCHORED given
       at match time, which would send every match to the interpreter.  So
       is the use of an offset limit. */
    pcre2_code *code = pcre2_compile(
        (PCRE2_SPTR)pattern, len,
        PCRE2_UTF | PCRE2_UCP |
            (flags & HK_RE_ANCHORED ? PCRE2_ANCHORED : 0) |
            (flags & HK_RE_BOUNDED ? PCRE2_USE_OFFSET_LIMIT : 0),
        &errcode, &off, NULL);
    if (!code) {
        pcre2_get_error_message(errcode, (PCRE2_UCHAR *)msg, msgsize);
        *erroffset = off;
        return NULL;
    }
    uint32_t captures = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &captures);
    if (captures + 1 > HK_OVECTOR_PAIRS) {
        snprintf(msg, msgsize, "too many groups (%u, at most %d)", captures,
                 HK_OVECTOR_PAIRS - 1);
        *erroffset = 0;
        pcre2_code_free(code);
        return NULL;
    }
    /* Without JIT support the interpreter still matches correctly. */
    jit = jit && pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    hk_regex *re = malloc(sizeof *re);
    if (!re) {
        snprintf(msg, msgsize, "out of memory");
        *erroffset = 0;
        pcre2_code_free(code);
        return NULL;
    }
    re->code = code;
    re->groups = (int)captures;
    re->flags = flags;
    re->jit = jit;
    re->has_start = (flags & HK_RE_BOUNDED) &&
                    start_bytes(code, pattern, len, re->start);
    return re;
}

bool hk_i_regex_finish(hk_regex *re, const char *pattern, size_t len,
                       unsigned flags, bool jit)
{
    /* The rules compile each pattern once to check it and read its
       groups: with the flags it runs with, that code only lacks its JIT
       (pcre2_compile is about a fifth of loading the rules). */
    if (re->flags != flags || re->jit)
        return false;
    re->jit = jit && pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) == 0;
    re->has_start = (flags & HK_RE_BOUNDED) &&
                    start_bytes(re->code, pattern, len, re->start);
    return true;
}

void hk_i_regex_free(hk_regex *re)
{
    if (!re)
        return;
    pcre2_code_free(re->code);
    free(re);
}

int hk_i_regex_group(const hk_regex *re, const char *name)
{
    int n = pcre2_substring_number_from_name(re->code, (PCRE2_SPTR)name);
    return n > 0 ? n : -1;
}

bool hk_i_regex_matches_empty(const hk_regex *re)
{
    /* PCRE2_INFO_MINLENGTH is only a lower bound on a match's length (no
       text that short need match), so ask directly: does the pattern
       match the empty text? */
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    if (!md)
        return false;
    int rc = pcre2_match(re->code, (PCRE2_SPTR) "", 0, 0, 0, md, NULL);
    pcre2_match_data_free(md);
    return rc >= 0;
}

const uint8_t *hk_i_regex_start_bytes(const hk_regex *re)
{
    return re->has_start ? re->start : NULL;
}

int hk_i_regex_groups(const hk_regex *re)
{
    return re->groups;
}

bool hk_i_regex_name(const hk_regex *re, size_t i, const char **name,
                     int *number)
{
    uint32_t count = 0, entry = 0;
    PCRE2_SPTR table;
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMECOUNT, &count);
    if (i >= count)
        return false;
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMEENTRYSIZE, &entry);
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMETABLE, &table);
    PCRE2_SPTR row = table + i * entry;
    *number = (row[0] << 8) | row[1];
    *name = (const char *)(row + 2);
    return true;
}

void hk_i_jit_settle(void)
{
    /* PCRE2's JIT (sljit) finds the page size the first time a JIT stack
       is made and keeps it in a static variable, unguarded.  Making one
       here, while the rules load on one thread, sets it before threads
       make their extractors (helgrind saw two workers write it at once). */
    pcre2_jit_stack_free(pcre2_jit_stack_create(32 * 1024, 32 * 1024, NULL));
}

hk_match_data *hk_i_match_data_new(void)
{
    hk_match_data *md = calloc(1, sizeof *md);
    if (!md)
        return NULL;
    md->md = pcre2_match_data_create(HK_OVECTOR_PAIRS, NULL);
    md->mctx = pcre2_match_context_create(NULL);
    md->stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    if (!md->md || !md->mctx) {
        hk_i_match_data_free(md);
        return NULL;
    }
    pcre2_set_callout(md->mctx, word_test, md);
    pcre2_set_match_limit(md->mctx, HK_MATCH_LIMIT);
    pcre2_set_depth_limit(md->mctx, HK_DEPTH_LIMIT);
    if (md->stack)
        pcre2_jit_stack_assign(md->mctx, NULL, md->stack);
    md->bctx = pcre2_match_context_copy(md->mctx);
    if (!md->bctx) {
        hk_i_match_data_free(md);
        return NULL;
    }
    return md;
}

void hk_i_match_data_tests(hk_match_data *md, const hk_word_tests *t)
{
    md->tests = t;
}

void hk_i_match_data_free(hk_match_data *md)
{
    if (!md)
        return;
    pcre2_match_data_free(md->md);
    pcre2_match_context_free(md->mctx);
    pcre2_match_context_free(md->bctx);
    pcre2_jit_stack_free(md->stack);
    free(md);
}

static hk_match_rc run(const hk_regex *re, const char *s, size_t len,
                       size_t start, hk_match_data *md,
                       pcre2_match_context *mctx, const size_t **ov)
{
    /* Texts are normalised, hence valid UTF-8: skip PCRE2's check, which
       would otherwise rescan the text at every anchored attempt. */
    uint32_t opts = PCRE2_NO_UTF_CHECK;
    /* pcre2_match would call pcre2_jit_match after checks that cannot fail
       here: call it directly. */
    int rc = re->jit ? pcre2_jit_match(re->code, (PCRE2_SPTR)s, len, start,
                                       opts, md->md, mctx)
                     : pcre2_match(re->code, (PCRE2_SPTR)s, len, start, opts,
                                   md->md, mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return HK_M_NONE;
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
        return HK_M_LIMIT;
    if (rc < 0)
        return HK_M_ERROR;
    *ov = pcre2_get_ovector_pointer(md->md);
    return HK_M_FOUND;
}

hk_match_rc hk_i_regex_match(const hk_regex *re, const char *s, size_t len,
                             size_t start, hk_match_data *md,
                             const size_t **ov)
{
    return run(re, s, len, start, md, md->mctx, ov);
}

hk_match_rc hk_i_regex_match_bounded(const hk_regex *re, const char *s,
                                     size_t len, size_t start, size_t limit,
                                     hk_match_data *md, const size_t **ov)
{
    pcre2_set_offset_limit(md->bctx, limit);
    return run(re, s, len, start, md, md->bctx, ov);
}
