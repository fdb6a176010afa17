/*
 * error.c - status strings, the error-filling helper, enum names and the
 * line reader that every rule-file loader shares (so all of them report
 * file:line:column the same way).
 */
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *hk_status_string(hk_status status)
{
    switch (status) {
    case HK_OK: return "ok";
    case HK_ERR_NOMEM: return "out of memory";
    case HK_ERR_IO: return "input/output error";
    case HK_ERR_RULES: return "bad rules";
    case HK_ERR_INPUT: return "bad input";
    case HK_ERR_LIMIT: return "limit reached";
    case HK_ERR_ARG: return "bad argument";
    case HK_ERR_INTERNAL: return "internal error";
    }
    return "unknown status";
}

hk_status hk_i_fail(hk_error *err, hk_status status, const char *file,
                    unsigned line, unsigned column, const char *fmt, ...)
{
    if (!err)
        return status;
    err->status = status;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->column = column;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    /* One line, as the header promises, whatever the message quotes (a
       JSON parser's message quotes the input near the error). */
    for (char *c = err->message; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f)
            *c = ' ';
    return status;
}

/* Each table ends with what an out-of-range value is named. */
const hk_name hk_i_type_names[7] = {
    {0, 6, "PERSON"}, {0, 5, "TITLE"}, {0, 4, "BODY"}, {0, 5, "PARTY"},
    {0, 9, "TERRITORY"}, {0, 4, "DATE"}, {0, 0, ""}};
const hk_name hk_i_level_names[6] = {
    {0, 0, ""}, {0, 8, "national"}, {0, 8, "regional"}, {0, 10, "provincial"},
    {0, 5, "local"}, {0, 0, ""}};
const hk_name hk_i_kind_names[2] = {{0, 5, "party"}, {0, 7, "elected"}};
const hk_name hk_i_status_names[3] = {
    {0, 7, "current"}, {0, 6, "former"}, {0, 7, "interim"}};

const char *hk_entity_type_name(hk_entity_type type)
{
    return hk_i_type_name(type)->s;
}

const char *hk_level_name(hk_level level)
{
    return hk_i_level_name(level)->s;
}

const char *hk_role_kind_name(hk_role_kind kind)
{
    return hk_i_kind_name(kind)->s;
}

const char *hk_role_status_name(hk_role_status status)
{
    return hk_i_status_name(status)->s;
}

hk_status hk_i_read_lines(const char *path, hk_line_fn fn, void *user,
                          hk_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return hk_i_fail(err, HK_ERR_IO, path, 0, 0, "cannot open: %s",
                         strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    unsigned lineno = 0;
    hk_status st = HK_OK;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        size_t len = (size_t)n;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        line[len] = '\0';
        /* A UTF-8 byte order mark at the top is not part of the text. */
        char *p = line;
        if (lineno == 1 && len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) {
            p += 3;
            len -= 3;
        }
        st = fn(user, p, len, lineno, err);
        if (st != HK_OK)
            break;
    }
    if (st == HK_OK && ferror(f))
        st = hk_i_fail(err, HK_ERR_IO, path, lineno, 0, "read error: %s",
                       strerror(errno));
    free(line);
    fclose(f);
    return st;
}

unsigned hk_i_column(const char *line, size_t off)
{
    return (unsigned)hk_i_utf8_count(line, off) + 1;
}
