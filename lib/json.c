/*
 * json.c - one JSON text (a line of JSON Lines) read with json-c, or a
 * message saying where it stops being JSON.
 *
 * json-c alone decides what is JSON: its strict tokener must read an
 * object or an array with nothing but white space after it.  What json-c
 * 0.16 takes beyond RFC 8259 (NaN, 1., a raw tab in a string, a lone
 * surrogate ...) is listed in docs/scale.md, "How JSON Lines are read".
 * UTF-8 is checked by the readers of the values (record.c, docjson.c), in
 * the strings they keep: JSON_TOKENER_VALIDATE_UTF8 checks only the shape
 * of the bytes (it lets overlong forms and surrogates through) and would
 * cost json-c half as much again.
 */
#include "internal.h"

#include <json-c/json_object.h>
#include <json-c/json_tokener.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

/* Nesting allowed: 2048 (jansson's limit, kept); a small tokener first,
   since json-c allocates and clears the tokener's stack with it: records
   and results nest three deep at most.  A small tokener reused from one
   line to the next (a record reader's) also keeps its buffer, which json-c
   grows by doubling to the longest string, copying it each time: making
   one for each line cost about 3,500 instructions a record. */
enum { DEPTH_FIRST = 16, DEPTH_MAX = 2048 };

enum { FLAGS = JSON_TOKENER_STRICT | JSON_TOKENER_ALLOW_TRAILING_CHARS };

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* json-c's complaint in a few words (json-c's own where they are clear). */
static const char *what(enum json_tokener_error je)
{
    switch (je) {
    case json_tokener_continue:
        return "premature end of input";
    case json_tokener_error_parse_eof:
        return "NUL byte";      /* json-c stops reading at one */
    case json_tokener_error_parse_string:
        return "invalid escape";
    case json_tokener_error_depth:
        return "maximum parsing depth reached";
    default:
        return json_tokener_error_desc(je);
    }
}

/* Fills err for s[0..n) stopping being JSON at byte `at`: the column of
   that character (of the last one when the line ends first), and the
   character there with up to ten before it quoted, when they hold no NUL
   byte and no invalid UTF-8. */
static hk_status refuse(const char *s, size_t n, size_t at, const char *why,
                        const char *file, unsigned line, hk_error *err)
{
    size_t chars = hk_i_utf8_count(s, at);
    unsigned column = (unsigned)(at < n ? chars + 1 : chars ? chars : 1);
    size_t from = at, to = at;
    if (to < n)
        hk_i_utf8_next(s, n, &to);
    for (int k = 0; k < 10 && from > 0; k++) {
        from--;
        while (from > 0 && ((unsigned char)s[from] & 0xC0) == 0x80)
            from--;
    }
    if (from == to || memchr(s + from, '\0', to - from) ||
        !hk_i_utf8_valid(s + from, to - from))
        return hk_i_fail(err, HK_ERR_INPUT, file, line, column,
                         "invalid JSON: %s", why);
    return hk_i_fail(err, HK_ERR_INPUT, file, line, column,
                     "invalid JSON: %s near '%.*s'", why, (int)(to - from),
                     s + from);
}

/* json-c makes a locale for every text it reads: a copy of the thread's
   with LC_NUMERIC "C" (duplocale, newlocale, freelocale: about 2,000
   instructions, under glibc's global locale lock, which -j2's workers
   took in turn).  With glibc's C locale object in place (what
   newlocale(LC_ALL_MASK, "C", 0) gives: a static object, not an
   allocation) each of those calls returns at once, so the text is read
   with it and the thread's own locale is put back after.  json-c reads
   numbers in "C" either way, and nothing else it does with these flags
   depends on the locale (strict mode compares true, false and null byte
   for byte).  Returns the locale to give back to put_locale. */
static locale_t c_locale(locale_t *old)
{
    locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    *old = c ? uselocale(c) : (locale_t)0;
    return c;
}

static void put_locale(locale_t c, locale_t old)
{
    if (c) {
        uselocale(old);
        freelocale(c);
    }
}

json_tokener *hk_i_json_tokener_new(void)
{
    json_tokener *tok = json_tokener_new_ex(DEPTH_FIRST);
    if (tok)
        json_tokener_set_flags(tok, FLAGS);
    return tok;
}

hk_status hk_i_json_parse(json_tokener **tokp, const char *s, size_t n,
                          const char *file, unsigned line, json_object **out,
                          hk_error *err)
{
    json_tokener *reuse = tokp ? *tokp : NULL;
    *out = NULL;
    size_t at = 0;
    while (at < n && is_ws(s[at]))
        at++;
    /* An object or an array, as jansson required: a bare 42 would read
       as a number json-c waits to see the end of. */
    if (at == n || (s[at] != '{' && s[at] != '['))
        return refuse(s, n, at, "'[' or '{' expected", file, line, err);
    if (n > INT_MAX)
        return refuse(s, n, 0, "line longer than INT_MAX bytes", file, line, err);
    json_object *o = NULL;
    enum json_tokener_error je;
    for (int depth = DEPTH_FIRST;; depth = DEPTH_MAX) {
        json_tokener *tok = depth == DEPTH_FIRST && reuse
                                ? reuse : json_tokener_new_ex(depth);
        if (!tok)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        if (tok == reuse)
            json_tokener_reset(tok);    /* what the last text left */
        else
            json_tokener_set_flags(tok, FLAGS);
        locale_t old, c = c_locale(&old);
        o = json_tokener_parse_ex(tok, s, (int)n);
        put_locale(c, old);
        je = json_tokener_get_error(tok);
        at = json_tokener_get_parse_end(tok);
        if (tok != reuse) {
            json_tokener_free(tok);
        } else if (je != json_tokener_success) {
            /* json_tokener_reset leaves some of what a text stopped in
               the middle of (half a surrogate pair, which json-c would
               join to the next text's \uDC00): a new one. */
            json_tokener_free(reuse);
            *tokp = hk_i_json_tokener_new();
            reuse = NULL;
        }
        if (je != json_tokener_error_depth || depth == DEPTH_MAX)
            break;
    }
    if (!o || je != json_tokener_success) {
        json_object_put(o);
        if (je == json_tokener_error_parse_eof) {
            /* json-c stops at the first NUL byte, or one past it. */
            const char *nul = memchr(s, '\0', n);
            at = nul ? (size_t)(nul - s) : at;
        }
        return refuse(s, n, at < n ? at : n, what(je), file, line, err);
    }
    while (at < n && is_ws(s[at]))
        at++;
    if (at < n) {
        json_object_put(o);
        return refuse(s, n, at, "trailing characters", file, line, err);
    }
    /* Every reader wants an object (a record, a result, a gold line). */
    if (!json_object_is_type(o, json_type_object)) {
        json_object_put(o);
        return hk_i_fail(err, HK_ERR_INPUT, file, line, 1, "not a JSON object");
    }
    *out = o;
    return HK_OK;
}
