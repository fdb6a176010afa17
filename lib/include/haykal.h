/*
 * haykal.h - the public interface of libhaykal.
 *
 * libhaykal reads Arabic news about Moroccan political parties, finds the
 * people, titles, party bodies, parties, territories and dates in them, links
 * them into roles and party units, and builds the party hierarchy as a graph.
 *
 * This header is the contract.  The rules of the house, stated once:
 *
 *  - Ownership.  Every object returned through an `out` pointer belongs to the
 *    caller and is released with its own `_free` function; `_free(NULL)` does
 *    nothing.  Strings inside a result (hk_doc, hk_entity, ...) belong to that
 *    result and live until it is freed.  Functions never keep pointers to the
 *    caller's buffers after they return.
 *  - Errors.  Functions that can fail return an hk_status and, when `err` is
 *    not NULL, fill it with the file, line, column (counted in characters,
 *    not bytes) and a one-line message.  The library never prints and never
 *    ends the process.
 *  - Threads.  A loaded hk_rules is read-only: any number of threads may share
 *    it.  An hk_extractor holds one thread's scratch space: use one per thread.
 *    hk_graph and hk_eval are not thread-safe; use each from one thread.
 *  - Offsets.  Entity offsets count Unicode code points in the ORIGINAL text
 *    given to hk_extract, so text == original[start:end] in Python (an HTML
 *    character reference, read as its character, counts all its code points).
 */
#ifndef HAYKAL_H
#define HAYKAL_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library is compiled with hidden visibility: what this header
   declares is what the shared library exports (lib/haykal.map keeps the
   rest local). */
#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(default)
#endif

#define HK_VERSION "0.1.0"

/* ---------------------------------------------------------------- errors */

typedef enum hk_status {
    HK_OK = 0,
    HK_ERR_NOMEM,   /* out of memory */
    HK_ERR_IO,      /* a file could not be opened, read or written */
    HK_ERR_RULES,   /* a rule or lexicon file is malformed */
    HK_ERR_INPUT,   /* a document or JSON record cannot be used */
    HK_ERR_LIMIT,   /* a match or size limit was reached */
    HK_ERR_ARG,     /* a bad argument from the caller */
    HK_ERR_INTERNAL /* ICU, PCRE2 or igraph failed unexpectedly */
} hk_status;

typedef struct hk_error {
    hk_status status;
    char file[512];     /* the file concerned, or "" */
    unsigned line;      /* 1-based line, or 0 */
    unsigned column;    /* 1-based column in characters, or 0 */
    char message[256];  /* one line, no trailing newline */
} hk_error;

/* A short English name for a status ("out of memory", ...). Never NULL. */
const char *hk_status_string(hk_status status);

/* ----------------------------------------------------------------- rules */

typedef struct hk_rules hk_rules;

/*
 * Loads every lexicon, the territory gazetteer and every pattern rule from
 * the directory `dir` (see rules/README.md) and compiles the patterns.
 * Arguments: dir - the rules directory; out - receives the rule set.
 * Returns HK_OK, or HK_ERR_IO / HK_ERR_RULES with err naming file:line:column.
 */
hk_status hk_rules_load(const char *dir, hk_rules **out, hk_error *err);

/* Flags for hk_rules_load_flags. */
enum {
    HK_RULES_NO_JIT = 1   /* interpret patterns, no JIT: slower, for memory
                             checkers that cannot follow JIT code */
};
/* hk_rules_load with flags (0: the same as hk_rules_load). */
hk_status hk_rules_load_flags(const char *dir, unsigned flags, hk_rules **out,
                              hk_error *err);
void hk_rules_free(hk_rules *rules);

/* Counts of what was loaded, for summaries. */
typedef struct hk_rules_info {
    size_t rules;        /* pattern rules */
    size_t lexicons;     /* lexicon files */
    size_t entries;      /* lexicon entries, all files */
    size_t territories;  /* gazetteer territories */
    size_t examples;     /* yes/no examples carried by the rules */
} hk_rules_info;
void hk_rules_get_info(const hk_rules *rules, hk_rules_info *info);

/*
 * Runs the examples written in the rule files (`yes` and `no` lines) and
 * calls `report` once for each that fails, with err naming the example's
 * file and line.  Returns HK_OK when all pass, HK_ERR_RULES when some fail
 * (their number in *failed), or another status when checking could not run.
 */
typedef void (*hk_report_fn)(void *user, const hk_error *failure);
hk_status hk_rules_test(const hk_rules *rules, hk_report_fn report, void *user,
                        size_t *passed, size_t *failed);

/* -------------------------------------------------------------- results */

typedef enum hk_entity_type {
    HK_PERSON, HK_TITLE, HK_BODY, HK_PARTY, HK_TERRITORY, HK_DATE
} hk_entity_type;

typedef enum hk_level {
    HK_LEVEL_NONE, HK_LEVEL_NATIONAL, HK_LEVEL_REGIONAL,
    HK_LEVEL_PROVINCIAL, HK_LEVEL_LOCAL
} hk_level;

typedef enum hk_role_kind { HK_KIND_PARTY, HK_KIND_ELECTED } hk_role_kind;

typedef enum hk_role_status { HK_CURRENT, HK_FORMER, HK_INTERIM } hk_role_status;

/* Lower-case English names used in JSON and GraphML ("person", "regional"). */
const char *hk_entity_type_name(hk_entity_type type);   /* "PERSON" ... */
const char *hk_level_name(hk_level level);              /* "" for NONE */
const char *hk_role_kind_name(hk_role_kind kind);
const char *hk_role_status_name(hk_role_status status);

typedef struct hk_entity {
    hk_entity_type type;
    size_t start, end;    /* code points in the original text */
    const char *text;     /* the exact original substring */
    const char *norm;     /* canonical form: name without honorifics,
                             a territory's official name, a party's name */
    const char *kind;     /* TERRITORY: region|province|commune|arrondissement,
                             TITLE: party|elected; else "" */
    const char *code;     /* TERRITORY: gazetteer code; else "" */
    const char *value;    /* DATE: YYYY-MM-DD or --MM-DD; else "" */
    const char *rule;     /* the rule or lexicon that found it */
} hk_entity;

typedef struct hk_role {
    const char *person;       /* canonical name */
    const char *role;         /* the title, in its definite form */
    hk_role_kind kind;
    hk_level level;
    const char *territory;    /* official name; "" for national */
    const char *territory_code;
    const char *party;        /* party name without حزب, or "" */
    hk_role_status status;
    size_t start, end;        /* the evidence span, code points */
} hk_role;

typedef struct hk_unit {
    hk_level level;
    const char *territory;    /* "" for national */
    const char *territory_code;
    const char *party;
    const char *name;         /* the body that shows it, e.g. الأمانة الإقليمية */
} hk_unit;

/* What is known of a document besides its text.  Any field may be NULL. */
typedef struct hk_doc_info {
    const char *id;     /* e.g. the file name without extension */
    const char *date;   /* publication date, YYYY-MM-DD: resolves «الجاري» */
    const char *title;
    const char *url;
} hk_doc_info;

/* One document's extraction.  Read-only for the caller. */
typedef struct hk_doc {
    const char *id, *date, *title, *url;   /* never NULL; "" when unknown */
    size_t n_entities;
    const hk_entity *entities;             /* sorted by start offset */
    size_t n_roles;
    const hk_role *roles;
    size_t n_units;
    const hk_unit *units;
    size_t n_warnings;
    const char *const *warnings;           /* e.g. a rule hit a match limit */
} hk_doc;

void hk_doc_free(hk_doc *doc);

/*
 * Writes the document (one that hk_extract or hk_doc_from_json made) as
 * one line of JSON (the `haykal extract` format, docs/output-formats.md),
 * ending in '\n', into a new buffer, NUL-terminated; *len (when len is
 * not NULL) receives its length without the NUL.  Returns HK_OK,
 * HK_ERR_NOMEM, or HK_ERR_ARG for a NULL doc or out.  The caller frees
 * *out with free().
 */
hk_status hk_doc_to_json(const hk_doc *doc, char **out, size_t *len);

/*
 * The same line (of a document from hk_extract or hk_doc_from_json),
 * appended to a buffer the caller owns and reuses, so that writing many
 * documents allocates nothing once the buffer is big enough:
 * *buf holds *cap bytes (NULL and 0 for a new buffer), the first *len of
 * them in use.  The line is written after them and a NUL after it;
 * *len grows by the line's length.  When more room is needed the buffer
 * is grown with realloc (*buf and *cap change, earlier bytes kept); the
 * caller frees it with free().  Returns HK_OK; HK_ERR_NOMEM with *len as
 * it was (the buffer, perhaps grown, is still the caller's); HK_ERR_ARG
 * for a NULL argument, a *len beyond *cap or a *cap without a *buf.
 */
hk_status hk_doc_append_json(const hk_doc *doc, char **buf, size_t *len,
                             size_t *cap);

/*
 * Reads one line of `haykal extract` output back into a document (parsed
 * as hk_record_parse parses; every field of its type, strings UTF-8 and
 * without U+0000).  Returns HK_OK, or HK_ERR_INPUT with err saying what
 * is wrong.
 */
hk_status hk_doc_from_json(const char *line, size_t len, hk_doc **out,
                           hk_error *err);

/* ----------------------------------------------------------- extraction */

typedef struct hk_extractor hk_extractor;

/* One thread's extraction state over a shared, read-only rule set. */
hk_status hk_extractor_new(const hk_rules *rules, hk_extractor **out,
                           hk_error *err);
void hk_extractor_free(hk_extractor *ex);

/*
 * Extracts entities, roles and units from `text` (`len` bytes of UTF-8).
 * Invalid UTF-8 sequences are read as U+FFFD and counted in a warning.
 * Returns HK_OK with *out set, or an error status.
 */
hk_status hk_extract(hk_extractor *ex, const hk_doc_info *info,
                     const char *text, size_t len, hk_doc **out, hk_error *err);

/*
 * hk_extract and hk_doc_append_json in one, for a caller that only wants
 * the JSON line: the same line, appended to the caller's buffer as
 * hk_doc_append_json appends it (*buf, *buf_len and *cap as there),
 * without making an hk_doc.  The extraction's warnings (an hk_doc's
 * warnings, also in the line) are then read with hk_extractor_warnings.
 * Returns HK_OK; an error status as hk_extract does, with *buf_len as it
 * was (the buffer, perhaps grown, is still the caller's); HK_ERR_ARG for
 * a NULL argument, a *buf_len beyond *cap or a *cap without a *buf.
 */
hk_status hk_extract_append_json(hk_extractor *ex, const hk_doc_info *info,
                                 const char *text, size_t len, char **buf,
                                 size_t *buf_len, size_t *cap, hk_error *err);

/*
 * The warnings of ex's last extraction: their number, and in *out (when
 * out is not NULL) the strings, which stay valid until ex extracts again
 * or is freed.  0 for a NULL ex.
 */
size_t hk_extractor_warnings(const hk_extractor *ex, const char *const **out);

/* --------------------------------------------------------- JSON Lines input */

/* The names of a JSON Lines article's fields; NULL means the default
   ("id", "text", "title", "date", "url"). */
typedef struct hk_record_fields {
    const char *id, *text, *title, *date, *url;
} hk_record_fields;

/* One article read from a JSON Lines record. */
typedef struct hk_record {
    hk_doc_info info;   /* id, date (YYYY-MM-DD, from ISO or DD/MM/YYYY
                           forms, "" when none), title, url ("" when absent) */
    const char *text;   /* the article's text, NUL-terminated */
    size_t len;         /* its length in bytes */
} hk_record;

/*
 * Parses one line of a JSON Lines dump: one JSON object, white space
 * around it allowed, as json-c reads it in strict mode (docs/scale.md says
 * what that takes beyond RFC 8259).  The text field is required and must
 * be a string; id, title, date and url must be strings or integers (read
 * in decimal; not at json-c's clamping bounds, -2^63 and 2^64-1) when
 * present; null is the same as absent; strings must be UTF-8.  Returns
 * HK_OK with *out set, HK_ERR_INPUT with err saying what is wrong
 * (err->column: where the JSON breaks), or HK_ERR_NOMEM.  Free *out with
 * hk_record_free.
 */
hk_status hk_record_parse(const char *line, size_t len,
                          const hk_record_fields *fields, hk_record **out,
                          hk_error *err);
void hk_record_free(hk_record *rec);

/*
 * A record reader keeps what hk_record_parse needs from one line to the
 * next (json-c's tokener and its buffer), so that reading many lines
 * allocates and copies less.  Like an hk_extractor it is one thread's:
 * use one per thread.  hk_record_reader_new returns HK_OK, HK_ERR_NOMEM
 * or HK_ERR_ARG; hk_record_reader_parse is hk_record_parse (the same
 * results and errors, for any line), with rd NULL too.  A record it made
 * does not depend on the reader: free each with hk_record_free.
 */
typedef struct hk_record_reader hk_record_reader;
hk_status hk_record_reader_new(hk_record_reader **out, hk_error *err);
void hk_record_reader_free(hk_record_reader *rd);
hk_status hk_record_reader_parse(hk_record_reader *rd, const char *line,
                                 size_t len, const hk_record_fields *fields,
                                 hk_record **out, hk_error *err);

/* ------------------------------------------------------------ normalizer */

/*
 * The normalised form rules match (HTML character references such as
 * «&nbsp;» decoded; NFC; tatweel, diacritics and bidi marks removed;
 * أ إ آ ٱ → ا; ھ → ه; Arabic-Indic digits → ASCII; spaces collapsed),
 * as a new NUL-terminated string.  `map`, when not NULL, receives a new array
 * of *out_len + 1 entries: map[i] is the code point offset in `text` of the
 * character that produced normalised byte i (map[*out_len] = the text's
 * length in code points).  Free both with free().
 */
hk_status hk_normalize(const hk_rules *rules, const char *text, size_t len,
                       char **out, size_t *out_len, size_t **map,
                       hk_error *err);

/* ----------------------------------------------------------------- graph */

typedef struct hk_graph hk_graph;

typedef enum hk_format {
    HK_FORMAT_GRAPHML, HK_FORMAT_DOT, HK_FORMAT_JSON, HK_FORMAT_TREE
} hk_format;

/* Only what matches is written; NULL or zero fields mean "everything". */
typedef struct hk_graph_filter {
    const char *party;   /* a party name or alias */
    const char *region;  /* a region name or gazetteer code */
    hk_level level;      /* deepest unit level kept */
    const char *as_of;   /* YYYY-MM-DD: the hierarchy as it stood that day */
} hk_graph_filter;

typedef struct hk_graph_stats {
    size_t persons, units, territories, parties, edges, documents;
} hk_graph_stats;

/* A graph that documents are added to; `rules` provides the gazetteer and
   must outlive the graph. */
hk_status hk_graph_new(const hk_rules *rules, hk_graph **out, hk_error *err);
void hk_graph_free(hk_graph *graph);

/* Adds a document's persons, roles, units and territories. */
hk_status hk_graph_add(hk_graph *graph, const hk_doc *doc, hk_error *err);

/* Writes the graph to `out` in `format`; checks write errors. */
hk_status hk_graph_write(hk_graph *graph, FILE *out, hk_format format,
                         const hk_graph_filter *filter, hk_error *err);

void hk_graph_get_stats(const hk_graph *graph, hk_graph_stats *stats);

/* ------------------------------------------------------------ evaluation */

typedef struct hk_eval hk_eval;

typedef struct hk_score {
    const char *field;   /* "persons", "territories", "dates", "party roles",
                            "roles", "role parties" (a role matches only
                            with its party too), "units" */
    size_t tp, fp, fn;
    double precision, recall, f1;
} hk_score;

/*
 * Scores extractions against gold answers in the format of the gold README
 * (one JSON object per document: doc, persons, territories, roles, units,
 * dates), comparing folded names as that README says.
 */
hk_status hk_eval_new(const char *gold_path, hk_eval **out, hk_error *err);
void hk_eval_free(hk_eval *ev);
/* Returns HK_ERR_INPUT when the gold has no line for doc->id. */
hk_status hk_eval_add(hk_eval *ev, const hk_doc *doc, hk_error *err);
/* Fills up to `max` scores (7 fields); returns how many were filled. */
size_t hk_eval_scores(const hk_eval *ev, hk_score *scores, size_t max);
/* Gold documents that no hk_eval_add call covered. */
size_t hk_eval_missing(const hk_eval *ev);

/*
 * Calls `report` for each difference between the gold and the extraction
 * (a line saying "missing"/"extra", the field and the value), for debugging
 * rules; err->file holds the document id.
 */
void hk_eval_diff(const hk_eval *ev, hk_report_fn report, void *user);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif
#endif /* HAYKAL_H */
