/*
 * fuzz_record.c - libFuzzer target for hk_record_parse, the reader of one
 * line of a JSON Lines dump (`haykal extract`, `.jsonl` or `--input jsonl`).
 *
 * Any bytes, as one line, parsed three times: with the default field names
 * (fields NULL), with every name given as "" (which means the default: the
 * result must be the same), and with a mapping like `--fields
 * text=body,id=id,title=headline,date=published,url=link`.  Each call must
 * either fail cleanly (HK_ERR_INPUT or HK_ERR_NOMEM, *out NULL, err.status
 * the same, a non-empty NUL-terminated message on one line, with no CR or
 * LF, a column >= 1 when the JSON itself is broken) or succeed with nothing
 * written to err: id, title, date, url and text non-NULL and NUL-terminated,
 * text[len] == '\0', text valid UTF-8 over its len bytes (jansson accepts
 * and writes nothing else; U+0000 is kept), date "" or YYYY-MM-DD in range.
 * The text, id, title and url are compared with what jansson itself reads
 * from the line.  The line is parsed from a private copy that is freed
 * before the record is read, so a record that keeps pointers into the
 * caller's buffer is a use after free.  The record is freed (a leak fails
 * under LeakSanitizer).  A failed check traps.
 *
 * HAYKAL_FUZZ_ONE_LINE=0 skips the one-line check of the message (jansson's
 * error text quotes the raw bytes near the error, CR and LF included; see
 * crashes/record-message-newline in README.md) to fuzz past that bug.
 */
#define FUZZ_NAME "fuzz_record"
#include "fuzz.h"

#include <jansson.h>

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

/* What the record must hold for one optional field, as jansson reads it:
   absent or null gives "", a string itself (up to its first NUL, as a C
   string), an integer its decimal form.  Other types make the parse fail,
   so they never reach here. */
static void same_field(json_t *o, const char *name, const char *got)
{
    json_t *v = json_object_get(o, name);
    if (!v || json_is_null(v))
        CHECK(*got == '\0');
    else if (json_is_string(v))
        CHECK(strcmp(got, json_string_value(v)) == 0);
    else if (json_is_integer(v)) {
        char num[64];
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        CHECK(strcmp(got, num) == 0);
    }
}

/* One parse with `fields` (NULL or names, NULL/"" meaning the default).
   Returns the status; when HK_OK and `keep`, the record is left in *keep
   for the caller to compare and free. */
static hk_status one(const uint8_t *data, size_t size,
                     const hk_record_fields *fields, hk_record **keep)
{
    /* A private copy, freed before the record is read. */
    char *line = malloc(size ? size : 1);
    if (!line)
        return HK_ERR_NOMEM;
    memcpy(line, data, size);

    hk_record *rec = (hk_record *)(uintptr_t)1;   /* must be overwritten */
    hk_error err;
    memset(&err, 0, sizeof err);
    hk_status st = hk_record_parse(line, size, fields, &rec, &err);
    free(line);

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

    /* The same values as jansson reads them from the same bytes. */
    json_t *o = json_loadb((const char *)data, size, JSON_ALLOW_NUL, NULL);
    CHECK(o && json_is_object(o));
    const hk_record_fields none = {0};
    const hk_record_fields *f = fields ? fields : &none;
#define NAME(k, d) (f->k && *f->k ? f->k : d)
    json_t *t = json_object_get(o, NAME(text, "text"));
    CHECK(t && json_is_string(t));
    CHECK(json_string_length(t) == rec->len);
    CHECK(memcmp(json_string_value(t), rec->text, rec->len) == 0);
    same_field(o, NAME(id, "id"), rec->info.id);
    same_field(o, NAME(title, "title"), rec->info.title);
    same_field(o, NAME(url, "url"), rec->info.url);
#undef NAME
    json_decref(o);

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

    hk_record *a = NULL, *b = NULL;
    hk_status sa = one(data, size, NULL, &a);
    hk_status sb = one(data, size, &empty, &b);
    if (sa != HK_ERR_NOMEM && sb != HK_ERR_NOMEM) {
        /* "" names are the default names: the same outcome, the same record. */
        CHECK(sa == sb);
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

    one(data, size, &mapped, NULL);
    hk_record_free(NULL);       /* must do nothing */
    return 0;
}
