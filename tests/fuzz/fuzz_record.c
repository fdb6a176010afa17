/*
 * fuzz_record.c - libFuzzer target for hk_record_parse, the reader of one
 * line of a JSON Lines dump (`haykal extract`, `.jsonl` or `--input jsonl`).
 *
 * Any bytes, as one line, parsed three times: with the default field names
 * (fields NULL), with every name given as "" (which means the default: the
 * result must be the same) by a record reader kept from one input to the
 * next (hk_record_reader_parse: the same outcome, message and column as
 * hk_record_parse, whatever the lines before it left in the reader), and
 * with a mapping like `--fields
 * text=body,id=id,title=headline,date=published,url=link`.  Each call must
 * either fail cleanly (HK_ERR_INPUT or HK_ERR_NOMEM, *out NULL, err.status
 * the same, a non-empty NUL-terminated message on one line, with no CR or
 * LF, a column >= 1 when the JSON itself is broken) or succeed with nothing
 * written to err: id, title, date, url and text non-NULL and NUL-terminated,
 * text[len] == '\0', text valid UTF-8 over its len bytes (nothing else is
 * accepted or written; U+0000 is kept), date "" or YYYY-MM-DD in range.
 * The text, id, title and url are compared with what json-c itself reads
 * from the line (lib/json.c reads it with json-c and nothing else; an
 * integer at json-c's clamping bounds must have been refused).  The line
 * is parsed from a private copy that is freed before the record is read,
 * so a record that keeps pointers into the caller's buffer is a use after
 * free.  The record is freed (a leak fails under LeakSanitizer).  A failed
 * check traps.
 *
 * HAYKAL_FUZZ_ONE_LINE=0 skips the one-line check of the message (the
 * error text quotes the raw bytes near the error, CR and LF included; see
 * crashes/record-message-newline in README.md) to fuzz past that bug.
 */
#define FUZZ_NAME "fuzz_record"
#include "fuzz.h"

#include <inttypes.h>
#include <json-c/json_object.h>
#include <json-c/json_tokener.h>

static bool one_line = true;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *v = getenv("HAYKAL_FUZZ_ONE_LINE");
    one_line = !(v && !strcmp(v, "0"));
    return 0;
}

/* "" or YYYY-MM-DD with 1900 <= YYYY < 2200, 01..12, 01..31. */
static bool good_date(const char *d)
{
    if (!*d)
        return true;
    if (strlen(d) != 10 || d[4] != '-' || d[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9'))
            return false;
    int y = atoi(d), m = atoi(d + 5), day = atoi(d + 8);
    return y >= 1900 && y < 2200 && m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

/* What the record must hold for one optional field, as json-c reads it:
   absent or null gives "", a string itself (up to its first NUL, as a C
   string), an integer its decimal form.  Other types make the parse fail,
   so they never reach here. */
static void same_field(json_object *o, const char *name, const char *got)
{
    json_object *v = NULL;
    json_object_object_get_ex(o, name, &v);
    if (!v)
        CHECK(*got == '\0');
    else if (json_object_is_type(v, json_type_string))
        CHECK(strcmp(got, json_object_get_string(v)) == 0);
    else if (json_object_is_type(v, json_type_int)) {
        /* Negative as int64, the rest as uint64 (json-c keeps both); the
           bounds, where json-c clamps, make the parse fail. */
        char num[64];
        int64_t i = json_object_get_int64(v);
        uint64_t u = json_object_get_uint64(v);
        CHECK(i != INT64_MIN && u != UINT64_MAX);
        if (i < 0)
            snprintf(num, sizeof num, "%" PRId64, i);
        else
            snprintf(num, sizeof num, "%" PRIu64, u);
        CHECK(strcmp(got, num) == 0);
    }
}

/* One parse with `fields` (NULL or names, NULL/"" meaning the default),
   by rd (NULL: hk_record_parse).  Returns the status, with the error in
   *e when e is not NULL; when HK_OK and `keep`, the record is left in
   *keep for the caller to compare and free. */
static hk_status one(hk_record_reader *rd, const uint8_t *data, size_t size,
                     const hk_record_fields *fields, hk_record **keep,
                     hk_error *e)
{
    /* A private copy, freed before the record is read. */
    char *line = malloc(size ? size : 1);
    if (!line)
        return HK_ERR_NOMEM;
    memcpy(line, data, size);

    hk_record *rec = (hk_record *)(uintptr_t)1;   /* must be overwritten */
    hk_error err;
    memset(&err, 0, sizeof err);
    hk_status st = rd ? hk_record_reader_parse(rd, line, size, fields, &rec,
                                               &err)
                      : hk_record_parse(line, size, fields, &rec, &err);
    free(line);
    if (e)
        *e = err;

    if (st != HK_OK) {
        CHECK(rec == NULL);
        CHECK(st == HK_ERR_INPUT || st == HK_ERR_NOMEM);
        CHECK(err.status == st);
        CHECK(memchr(err.message, '\0', sizeof err.message) != NULL);
        CHECK(err.message[0] != '\0');
        if (one_line)                   /* "one line" (haykal.h) */
            CHECK(strpbrk(err.message, "\n\r") == NULL);
        if (!strncmp(err.message, "invalid JSON", 12))
            CHECK(err.column >= 1);
        return st;
    }

    /* Success: nothing written to err, every field a C string. */
    CHECK(rec != NULL && rec != (hk_record *)(uintptr_t)1);
    CHECK(err.status == HK_OK && err.message[0] == '\0');
    CHECK(rec->text && rec->info.id && rec->info.title && rec->info.date &&
          rec->info.url);
    CHECK(rec->text[rec->len] == '\0');
    CHECK(strlen(rec->text) <= rec->len);       /* U+0000 may be kept */
    CHECK(valid_utf8((const unsigned char *)rec->text, rec->len));
    CHECK(valid_utf8((const unsigned char *)rec->info.id, strlen(rec->info.id)));
    CHECK(valid_utf8((const unsigned char *)rec->info.title,
                     strlen(rec->info.title)));
    CHECK(valid_utf8((const unsigned char *)rec->info.url,
                     strlen(rec->info.url)));
    CHECK(good_date(rec->info.date));

    /* The same values as json-c, strict, reads them from the same bytes. */
    json_tokener *tok = json_tokener_new_ex(2048);
    CHECK(tok != NULL);
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
    json_object *o = json_tokener_parse_ex(tok, (const char *)data, (int)size);
    json_tokener_free(tok);
    CHECK(o && json_object_is_type(o, json_type_object));
    const hk_record_fields none = {0};
    const hk_record_fields *f = fields ? fields : &none;
#define NAME(k, d) (f->k && *f->k ? f->k : d)
    json_object *t = NULL;
    json_object_object_get_ex(o, NAME(text, "text"), &t);
    CHECK(json_object_is_type(t, json_type_string));
    CHECK((size_t)json_object_get_string_len(t) == rec->len);
    CHECK(memcmp(json_object_get_string(t), rec->text, rec->len) == 0);
    same_field(o, NAME(id, "id"), rec->info.id);
    same_field(o, NAME(title, "title"), rec->info.title);
    same_field(o, NAME(url, "url"), rec->info.url);
#undef NAME
    json_object_put(o);

    if (keep)
        *keep = rec;
    else
        hk_record_free(rec);
    return HK_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const hk_record_fields empty = {"", "", "", "", ""};
    static const hk_record_fields mapped = {
        .id = "id", .text = "body", .title = "headline", .date = "published",
        .url = "link"};

    /* One reader for the whole run, as a worker thread keeps one. */
    static hk_record_reader *rd;
    if (!rd)
        CHECK(hk_record_reader_new(&rd, NULL) == HK_OK);

    hk_record *a = NULL, *b = NULL;
    hk_error ea, eb;
    hk_status sa = one(NULL, data, size, NULL, &a, &ea);
    hk_status sb = one(rd, data, size, &empty, &b, &eb);
    if (sa != HK_ERR_NOMEM && sb != HK_ERR_NOMEM) {
        /* "" names are the default names, and a reader reads as
           hk_record_parse: the same outcome, the same record or error. */
        CHECK(sa == sb);
        CHECK(ea.column == eb.column && !strcmp(ea.message, eb.message));
        if (sa == HK_OK) {
            CHECK(a->len == b->len && !memcmp(a->text, b->text, a->len));
            CHECK(!strcmp(a->info.id, b->info.id));
            CHECK(!strcmp(a->info.title, b->info.title));
            CHECK(!strcmp(a->info.date, b->info.date));
            CHECK(!strcmp(a->info.url, b->info.url));
        }
    }
    hk_record_free(a);
    hk_record_free(b);

    one(NULL, data, size, &mapped, NULL, NULL);
    hk_record_free(NULL);       /* must do nothing */
    return 0;
}
