/*
 * record.c - one article from a JSON Lines dump: the text and what is known
 * of it, read (lib/json.c) from fields whose names the caller chooses.
 */
#include "internal.h"

#include <inttypes.h>
#include <json-c/json_object.h>
#include <json-c/json_tokener.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A record and what it points into: the JSON object its strings belong to
   (json-c's copies, NUL-terminated, kept until hk_record_free rather than
   copied again), and room for fields written anew (integers, the date). */
enum { NUM = 24 };      /* "-9223372036854775807" and its NUL fit */
typedef struct record_mem {
    hk_record rec;
    json_object *o;
    char num[4][NUM];   /* id, title, date, url as integers */
    char date[16];      /* YYYY-MM-DD */
} record_mem;

static const char *pick(const char *name, const char *dflt)
{
    return name && *name ? name : dflt;
}

/* A field as a string: absent or null gives "", a string must be valid
   UTF-8 (json-c checks only the shape of its bytes), an integer is printed
   in decimal (ids often are numbers) unless the field is required;
   anything else is an error. */
static hk_status field(json_object *o, const char *name, bool required,
                       char num[NUM], const char **out, size_t *len,
                       hk_error *err)
{
    json_object *v = NULL;
    json_object_object_get_ex(o, name, &v);
    const char *s;
    size_t n;
    if (!v) {
        if (required)
            return hk_i_fail(err, HK_ERR_INPUT, NULL, 0, 0,
                             "no \"%s\" field", name);
        s = "";
        n = 0;
    } else if (json_object_is_type(v, json_type_string)) {
        s = json_object_get_string(v);
        n = (size_t)json_object_get_string_len(v);
        if (!hk_i_utf8_valid(s, n))
            return hk_i_fail(err, HK_ERR_INPUT, NULL, 0, 0,
                             "field \"%s\" is not valid UTF-8", name);
    } else if (json_object_is_type(v, json_type_int) && !required) {
        /* json-c keeps integers in [INT64_MIN, UINT64_MAX] and clamps the
           others to those bounds, without a word: an id at a bound may
           be another one, so it is refused rather than printed wrong. */
        int64_t i = json_object_get_int64(v);
        uint64_t u = json_object_get_uint64(v);
        if (i == INT64_MIN || u == UINT64_MAX)
            return hk_i_fail(err, HK_ERR_INPUT, NULL, 0, 0,
                             "field \"%s\" is an integer at or beyond the "
                             "64-bit limit (write it as a string)", name);
        if (i < 0)
            snprintf(num, NUM, "%" PRId64, i);
        else
            snprintf(num, NUM, "%" PRIu64, u);
        s = num;
        n = strlen(num);
    } else {
        return hk_i_fail(err, HK_ERR_INPUT, NULL, 0, 0,
                         required ? "field \"%s\" is not a string"
                                  : "field \"%s\" is not a string or an integer",
                         name);
    }
    *out = s;
    if (len)
        *len = n;
    return HK_OK;
}

/* Dates come as "2024-10-14", "2024-10-14T09:30:00Z" or "14/10/2024": keep
   YYYY-MM-DD, or "" when the field is no date. */
static const char *iso_date(char buf[16], const char *s)
{
    int y, m, d;
    char tail;
    if (!*s)
        return "";      /* no date (most dumps): no sscanf */
    if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 ||
        (sscanf(s, "%2d/%2d/%4d%c", &d, &m, &y, &tail) >= 3 && y > 31)) {
        if (y >= 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
            snprintf(buf, 16, "%04d-%02d-%02d", y, m, d);
            return buf;
        }
    }
    return "";
}

/* What reading one line leaves for the next: json-c's tokener (NULL
   after memory ran out for a new one). */
struct hk_record_reader {
    json_tokener *tok;
};

hk_status hk_record_reader_new(hk_record_reader **out, hk_error *err)
{
    if (!out)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    hk_record_reader *rd = malloc(sizeof *rd);
    if (rd && !(rd->tok = hk_i_json_tokener_new())) {
        free(rd);
        rd = NULL;
    }
    *out = rd;
    return rd ? HK_OK : hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

void hk_record_reader_free(hk_record_reader *rd)
{
    if (!rd)
        return;
    json_tokener_free(rd->tok);
    free(rd);
}

hk_status hk_record_parse(const char *line, size_t len,
                          const hk_record_fields *fields, hk_record **out,
                          hk_error *err)
{
    return hk_record_reader_parse(NULL, line, len, fields, out, err);
}

hk_status hk_record_reader_parse(hk_record_reader *rd, const char *line,
                                 size_t len, const hk_record_fields *fields,
                                 hk_record **out, hk_error *err)
{
    if (!line || !out)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    *out = NULL;
    /* Texts may hold U+0000 escapes; they are kept and read as spaces. */
    json_object *o;
    hk_status st = hk_i_json_parse(rd ? &rd->tok : NULL, line, len, NULL, 0,
                                   &o, err);
    if (st != HK_OK)
        return st;
    record_mem *m = malloc(sizeof *m);
    if (!m) {
        json_object_put(o);
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    m->o = o;
    const hk_record_fields none = {0};
    const hk_record_fields *f = fields ? fields : &none;
    if ((st = field(o, pick(f->text, "text"), true, NULL, &m->rec.text,
                    &m->rec.len, err)) != HK_OK ||
        (st = field(o, pick(f->id, "id"), false, m->num[0], &m->rec.info.id,
                    NULL, err)) != HK_OK ||
        (st = field(o, pick(f->title, "title"), false, m->num[1],
                    &m->rec.info.title, NULL, err)) != HK_OK ||
        (st = field(o, pick(f->date, "date"), false, m->num[2],
                    &m->rec.info.date, NULL, err)) != HK_OK ||
        (st = field(o, pick(f->url, "url"), false, m->num[3], &m->rec.info.url,
                    NULL, err)) != HK_OK) {
        hk_record_free(&m->rec);
        return st;
    }
    m->rec.info.date = iso_date(m->date, m->rec.info.date);
    *out = &m->rec;
    return HK_OK;
}

void hk_record_free(hk_record *rec)
{
    if (!rec)
        return;
    record_mem *m = (record_mem *)rec;
    json_object_put(m->o);
    free(m);
}
