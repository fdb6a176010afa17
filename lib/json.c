/*
 * json.c - one JSON text (a line of JSON Lines) parsed with json-c, as
 * strictly as RFC 8259, or a message in jansson's words and a column in
 * characters saying where it stops being JSON.
 *
 * json-c builds the values; JSON_TOKENER_STRICT makes it refuse comments,
 * trailing commas and single-quoted strings.  It still lets through what
 * check() refuses, looking at the bytes json-c has parsed: invalid UTF-8
 * and control characters in strings, single-quoted keys, NaN and Infinity,
 * numbers such as 01, 1. or -.5, integers beyond 64 bits (clamped), lone
 * UTF-16 surrogates (read as U+FFFD) and \u0000 in keys (cut there).  So
 * haykal refuses exactly the lines it refused when it parsed with jansson.
 * json-c also misreads the escaped surrogate pairs of U+1D800-U+1DFFF and
 * the like (json-c pull request 893): unpair() writes those as UTF-8 first.
 */
#include "internal.h"

#include <json-c/json_object.h>
#include <json-c/json_tokener.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nesting allowed: jansson's limit (2048), which json-c counts the same
   way; a small tokener first, since its stack is allocated per line. */
enum { DEPTH_FIRST = 64, DEPTH_MAX = 2048 };

/* What is wrong, at which byte, and the bytes quoted after "near". */
typedef struct problem {
    size_t at;
    size_t from, to;    /* from == to: nothing quoted */
    bool eof;           /* quote "end of file" instead */
    bool nomem;         /* not the line's fault */
    char what[64];
} problem;

static bool fail(problem *p, size_t at, size_t from, size_t to,
                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static bool fail(problem *p, size_t at, size_t from, size_t to,
                 const char *fmt, ...)
{
    p->at = at;
    p->from = from;
    p->to = to;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->what, sizeof p->what, fmt, ap);
    va_end(ap);
    return false;
}

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t skip_ws(const char *s, size_t n, size_t i)
{
    while (i < n && is_ws((unsigned char)s[i]))
        i++;
    return i;
}

static int hex_digit(unsigned char c)
{
    return is_digit(c) ? c - '0'
           : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                    : -1;
}

/* \uXXXX at s[0..n): its value, or -1 when the four digits are not there. */
static long hex4(const unsigned char *s, size_t n)
{
    if (n < 6 || s[0] != '\\' || s[1] != 'u')
        return -1;
    long v = 0;
    for (int k = 2; k < 6; k++) {
        int d = hex_digit(s[k]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* True when s[0..n) is the start of an escape \uXXXX cut by the end. */
static bool cut_escape(const unsigned char *s, size_t n)
{
    if (n >= 6)
        return false;
    for (size_t k = 0; k < n; k++)
        if (k == 0 ? s[k] != '\\' : k == 1 ? s[k] != 'u' : hex_digit(s[k]) < 0)
            return false;
    return true;
}

/* Bytes of the valid UTF-8 sequence at s[i] (n - i left), 0 when invalid.
   Two-byte sequences (Arabic) are checked here, the rest as utf8.c
   decodes them: an invalid byte is a lone U+FFFD there. */
static size_t utf8_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < n && (u[i + 1] & 0xC0) == 0x80)
        return 2;
    size_t k = i;
    uint32_t cp = hk_i_utf8_next(s, n, &k);
    return cp == 0xFFFD && k == i + 1 ? 0 : k - i;
}

/* The end of the word around s[at] (letters, digits, "+-."), for quoting. */
static bool is_word(unsigned char c)
{
    return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
           c == '+' || c == '-' || c == '.';
}

/* Quotes the string starting at s[at], or the word at or just before
   s[at], else the character at s[at], else "end of file". */
static void quote_at(problem *p, const char *s, size_t n, size_t at)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t from = at, to = at;
    if (at < n && u[at] == '"') {
        for (to = at + 1; to < n && u[to] != '"'; to++)
            if (u[to] == '\\')
                to++;
        to = to < n ? to + 1 : n;
    } else if (at < n && is_word(u[at])) {
        while (from > 0 && is_word(u[from - 1]))
            from--;
        while (to < n && is_word(u[to]))
            to++;
    } else if (at > 0 && at <= n && is_word(u[at - 1])) {
        while (from > 0 && is_word(u[from - 1]))
            from--;
    } else if (at < n) {
        size_t l = u[at] < 0x80 ? 1 : utf8_len(s, n, at);
        to = at + (l ? l : 1);
    }
    p->from = from;
    p->to = to;
    p->eof = from == to;
}

/* Checks the number json-c read at s[i..): its form (no 01, 1., -.5, +1)
   and its range (integers of 64 bits; reals that do not overflow, as
   jansson required).  Returns the offset after it, or 0 with p filled. */
static size_t number(const char *s, size_t n, size_t i, problem *p)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = i;
    while (k < n && (is_digit(u[k]) || u[k] == '+' || u[k] == '-' ||
                     u[k] == '.' || u[k] == 'e' || u[k] == 'E'))
        k++;
    size_t j = i;
    bool neg = u[j] == '-', real = false;
    if (neg)
        j++;
    size_t int_from = j;
    if (j < k && u[j] == '0')
        j++;
    else
        while (j < k && is_digit(u[j]))
            j++;
    size_t int_to = j, frac_from = j, frac_to = j;
    long exp = 0;
    if (int_to == int_from)
        goto bad;
    if (j < k && u[j] == '.') {
        real = true;
        frac_from = ++j;
        while (j < k && is_digit(u[j]))
            j++;
        frac_to = j;
        if (frac_to == frac_from)
            goto bad;
    }
    if (j < k && (u[j] == 'e' || u[j] == 'E')) {
        real = true;
        bool eneg = false;
        if (++j < k && (u[j] == '+' || u[j] == '-'))
            eneg = u[j++] == '-';
        size_t e_from = j;
        while (j < k && is_digit(u[j])) {
            if (exp < 100000)
                exp = exp * 10 + (u[j] - '0');
            j++;
        }
        if (j == e_from)
            goto bad;
        if (eneg)
            exp = -exp;
    }
    if (j != k)
        goto bad;
    if (!real) {
        size_t digits = int_to - int_from;
        const char *max = neg ? "9223372036854775808" : "9223372036854775807";
        if (digits > 19 ||
            (digits == 19 && memcmp(s + int_from, max, 19) > 0)) {
            fail(p, i, i, k,
                 neg ? "too big negative integer" : "too big integer");
            return 0;
        }
        return k;
    }
    /* The value lies in [10^(e-1), 10^e): beyond DBL_MAX (1.8e308) when
       e > 309, never when e < 309; json-c converts the cases between. */
    long e = LONG_MIN;
    for (size_t q = int_from; q < int_to && e == LONG_MIN; q++)
        if (u[q] != '0')
            e = (long)(int_to - q) + exp;
    for (size_t q = frac_from; q < frac_to && e == LONG_MIN; q++)
        if (u[q] != '0')
            e = -(long)(q - frac_from) + exp;
    bool overflow = e != LONG_MIN && e > 309;
    if (e == 309) {
        char buf[512], *t = k - i < sizeof buf ? buf : malloc(k - i + 1);
        if (!t) {
            p->nomem = true;
            fail(p, i, i, i, "out of memory");
            return 0;
        }
        memcpy(t, s + i, k - i);
        t[k - i] = '\0';
        json_object *o = json_tokener_parse(t);
        overflow = o && isinf(json_object_get_double(o));
        json_object_put(o);
        if (t != buf)
            free(t);
    }
    if (!overflow)
        return k;
    fail(p, i, i, k, "real number overflow");
    return 0;
bad:
    fail(p, i, i, k, "invalid token");
    return 0;
}

/* json-c (0.16 to 0.18 at least) takes a pair for a surrogate again, and
   writes U+FFFD, when the character's low 16 bits fall in D800-DFFF
   (U+1D800-U+1DFFF, U+2D800-U+2DFFF ...). */
static uint32_t pair_cp(long hi, long lo)
{
    return 0x10000 + (((uint32_t)hi & 0x3FF) << 10) + ((uint32_t)lo & 0x3FF);
}

static bool misread_pair(long hi, long lo)
{
    return (pair_cp(hi, lo) & 0xF800) == 0xD800;
}

/* A copy of s[0..n), a line check() passed, with the pairs json-c
   misreads written as UTF-8.  Backslashes are then all in strings, each
   starting an escape or escaped by the one before. */
static bool unpair(const char *str, size_t n, hk_buf *b)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t done = 0, i = 0;
    while (i < n) {
        if (s[i] != '\\') {
            i++;
            continue;
        }
        long hi = hex4(s + i, n - i);
        long lo = hi < 0 ? -1 : hex4(s + i + 6, n - i - 6);
        if (hi >= 0xD800 && hi <= 0xDBFF && lo >= 0xDC00 && lo <= 0xDFFF &&
            misread_pair(hi, lo)) {
            char u[4];
            size_t k = hk_i_utf8_put(pair_cp(hi, lo), u);
            if (!hk_i_buf_append(b, s + done, i - done) ||
                !hk_i_buf_append(b, u, k))
                return false;
            done = i += 12;
        } else {
            i += hi < 0 ? 2 : 6;
        }
    }
    return hk_i_buf_append(b, s + done, n - done);
}

/* Bytes a string may hold as they are: 1 for ASCII but the controls, '"'
   and '\\'; 2 for the first of two bytes of UTF-8 (if a continuation byte
   follows); 0 for the rest, which check() looks at closer. */
#define X16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
static const unsigned char plain[256] = {
    X16(0), X16(0),
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,     /* '"' */
    X16(1), X16(1),
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,     /* '\\' */
    X16(1), X16(1),
    X16(0), X16(0), X16(0), X16(0),
    0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,     /* C0, C1: overlong */
    X16(2),
    X16(0), X16(0)};
#undef X16

/* Looks through s[0..n), which json-c has parsed without complaint, for
   what json-c accepts and JSON does not.  Quotes and backslashes are then
   only in strings, so a byte is in a string when an odd number of quotes
   not escaped (by an odd run of backslashes) come before it.  *open is the
   quote of the string still open at n, or n. */
static bool check(const char *str, size_t n, unsigned flags, problem *p,
                  size_t *open, bool *misread)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, from = n;     /* from: the open string's quote */
    size_t nul = n;             /* a \u0000 in the open string */
    *open = n;
    *misread = false;
    while (i < n) {
        unsigned char c = s[i];
        if (from == n) {
            switch (c) {
            case '"':
                from = i++;
                nul = n;
                continue;
            case '\'':
                return fail(p, i, i, i + 1, "string or '}' expected");
            case 'N':
            case 'I':
                quote_at(p, str, n, i);
                return fail(p, i, p->from, p->to, "invalid token");
            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                if (!(i = number(str, n, i, p)))
                    return false;
                continue;
            default:
                i++;
                continue;
            }
        }
        /* In a string: first the bytes that need no closer look (Arabic
           letters are two bytes). */
        for (unsigned k; i < n && (k = plain[s[i]]) != 0; i += k)
            if (k == 2 && (i + 1 == n || (s[i + 1] & 0xC0) != 0x80))
                break;
        if (i == n)
            break;
        c = s[i];
        if (c >= 0x80) {
            size_t l = utf8_len(str, n, i);
            if (!l)
                return fail(p, i, i, i, "unable to decode byte 0x%x", c);
            i += l;
        } else if (c == '"') {
            size_t j = nul < n ? skip_ws(str, n, i + 1) : n;
            if (j < n && s[j] == ':')
                return fail(p, nul, from, i + 1,
                            "NUL byte in object key not supported");
            from = n;
            i++;
        } else if (c == '\\') {
            long v = hex4(s + i, n - i);
            if (v < 0) {
                i += 2;         /* json-c has checked the other escapes */
            } else if (v == 0) {
                if (!(flags & HK_I_JSON_ALLOW_NUL))
                    return fail(p, i, from, i + 6, "\\u0000 is not allowed");
                nul = i;
                i += 6;
            } else if (v >= 0xDC00 && v <= 0xDFFF) {
                return fail(p, i, from, i + 6, "invalid Unicode '\\u%04lX'", v);
            } else if (v >= 0xD800 && v <= 0xDBFF) {
                long lo = hex4(s + i + 6, n - i - 6);
                if (lo < 0xDC00 || lo > 0xDFFF) {
                    if (cut_escape(s + i + 6, n - i - 6))
                        break;  /* the line ends here: json-c says so */
                    return fail(p, i, from, i + 6,
                                "invalid Unicode '\\u%04lX'", v);
                }
                *misread = *misread || misread_pair(v, lo);
                i += 12;
            } else {
                i += 6;
            }
        } else {
            return fail(p, i, from, i, c == '\n' ? "unexpected newline"
                                                 : "control character 0x%x", c);
        }
    }
    *open = from;
    return true;
}

/* json-c's complaint about the byte c in jansson's words. */
static const char *jsonc_what(enum json_tokener_error je, unsigned char c)
{
    if (!c && je != json_tokener_continue)
        return "invalid token";         /* json-c takes a NUL for the end */
    switch (je) {
    case json_tokener_continue:
    case json_tokener_error_parse_eof:
        return "premature end of input";
    case json_tokener_error_depth:
        return "maximum parsing depth reached";
    case json_tokener_error_parse_array:
        return "']' expected";
    case json_tokener_error_parse_object_key_name:
        return "string or '}' expected";
    case json_tokener_error_parse_object_key_sep:
        return "':' expected";
    case json_tokener_error_parse_object_value_sep:
        return "'}' expected";
    case json_tokener_error_parse_string:
        return "invalid escape";
    case json_tokener_error_parse_unexpected:
        return strchr("{}[],:", c) ? "unexpected token" : "invalid token";
    case json_tokener_error_parse_null:
    case json_tokener_error_parse_boolean:
    case json_tokener_error_parse_number:
        return "invalid token";
    default:
        return json_tokener_error_desc(je);
    }
}

/* Where a line is read from, for the error. */
typedef struct place {
    const char *file;
    unsigned line;
    hk_error *err;
} place;

static hk_status nomem(const place *at)
{
    return hk_i_fail(at->err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

/* Fills the error from p: the column of the offending character (of the
   last one when the line ends too soon), and jansson's "near" quote when
   it is short (at most 20 bytes, as jansson quoted). */
static hk_status refuse(const place *at, const char *s, size_t n,
                        const problem *p)
{
    if (p->nomem)
        return nomem(at);
    size_t chars = hk_i_utf8_count(s, p->at < n ? p->at : n);
    unsigned column = (unsigned)(p->at < n ? chars + 1 : chars ? chars : 1);
    if (p->eof)
        return hk_i_fail(at->err, HK_ERR_INPUT, at->file, at->line, column,
                         "invalid JSON: %s near end of file", p->what);
    if (p->to > p->from && p->to - p->from <= 20 &&
        !memchr(s + p->from, '\0', p->to - p->from))
        return hk_i_fail(at->err, HK_ERR_INPUT, at->file, at->line, column,
                         "invalid JSON: %s near '%.*s'", p->what,
                         (int)(p->to - p->from), s + p->from);
    return hk_i_fail(at->err, HK_ERR_INPUT, at->file, at->line, column,
                     "invalid JSON: %s", p->what);
}

/* json-c's reading of s[0..n): the value, or NULL with *je saying why
   and *end where it stopped (*oom: no memory for json-c's tokener). */
static json_object *tokenize(const char *s, size_t n,
                             enum json_tokener_error *je, size_t *end,
                             bool *oom)
{
    json_object *o = NULL;
    *oom = false;
    for (int depth = DEPTH_FIRST; depth;
         depth = depth < DEPTH_MAX ? DEPTH_MAX : 0) {
        json_tokener *tok = json_tokener_new_ex(depth);
        if (!tok) {
            *oom = true;
            return NULL;
        }
        json_tokener_set_flags(tok, JSON_TOKENER_STRICT |
                                        JSON_TOKENER_ALLOW_TRAILING_CHARS);
        o = json_tokener_parse_ex(tok, s, (int)n);
        *je = json_tokener_get_error(tok);
        *end = json_tokener_get_parse_end(tok);
        json_tokener_free(tok);
        if (*je != json_tokener_error_depth)
            break;
    }
    if (o && *je != json_tokener_success) {
        json_object_put(o);
        o = NULL;
    }
    if (*end > n)
        *end = n;
    return o;
}

hk_status hk_i_json_parse(const char *s, size_t n, unsigned flags,
                          const char *file, unsigned line, json_object **out,
                          hk_error *err)
{
    const place e = {file, line, err};
    problem p = {0};
    *out = NULL;
    /* jansson took an object or an array only. */
    size_t i = skip_ws(s, n, 0);
    if (i == n || (s[i] != '{' && s[i] != '[')) {
        quote_at(&p, s, n, i);
        fail(&p, i, p.from, p.to, "'[' or '{' expected");
        return refuse(&e, s, n, &p);
    }
    if (n > INT_MAX) {
        fail(&p, 0, 0, 0, "longer than %d bytes", INT_MAX);
        return refuse(&e, s, n, &p);
    }
    enum json_tokener_error je;
    size_t end;
    bool oom;
    json_object *o = tokenize(s, n, &je, &end, &oom);
    if (oom)
        return nomem(&e);
    /* The first fault wins, as in jansson, which read in one pass: what
       json-c let through before the point where it stopped, if anything. */
    size_t open;
    bool misread;
    if (!check(s, end, flags, &p, &open, &misread)) {
        json_object_put(o);
        return refuse(&e, s, n, &p);
    }
    if (o) {
        size_t j = skip_ws(s, n, end);
        if (j < n) {
            json_object_put(o);
            quote_at(&p, s, n, j);
            fail(&p, j, p.from, p.to, "end of file expected");
            return refuse(&e, s, n, &p);
        }
        if (misread) {
            json_object_put(o);
            hk_buf b = {0};
            o = unpair(s, n, &b) ? tokenize(b.data, b.len, &je, &end, &oom) : NULL;
            hk_i_buf_free(&b);
            if (!o)
                return nomem(&e);
        }
        *out = o;
        return HK_OK;
    }
    if (open < end) {
        /* In a string: quote it up to the offending character. */
        size_t to = end;
        if (to < n) {
            size_t l = (unsigned char)s[to] < 0x80 ? 1 : utf8_len(s, n, to);
            to += l ? l : 1;
        }
        fail(&p, end, open, to, "%s", jsonc_what(je, end < n ? s[end] : ' '));
    } else if (end >= n) {
        fail(&p, n, n, n, "%s", jsonc_what(je, ' '));
    } else {
        quote_at(&p, s, n, end);
        fail(&p, end, p.from, p.to, "%s", jsonc_what(je, s[end]));
    }
    return refuse(&e, s, n, &p);
}
