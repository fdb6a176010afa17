/*
 * cli.h - what the haykal command's files share: messages, the rules
 * search path, reading inputs and writing outputs safely.  The CLI uses only
 * the public header of libhaykal.
 */
#ifndef HAYKAL_CLI_H
#define HAYKAL_CLI_H

#include "haykal.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Exit statuses (docs/haykal.1). */
enum { EXIT_OK = 0, EXIT_NOTHING = 1, EXIT_ERROR = 2 };

extern const char *cli_prog;

/* "haykal: message" on stderr. */
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "haykal: file:line:column: message" on stderr. */
void cli_report(const hk_error *err);

/* Loads rules from --rules DIR, else $HAYKAL_RULES, else the directory set
   at build time, else rules/ next to the executable (or one level up).
   Prints the error and returns NULL on failure. */
hk_rules *cli_load_rules(const char *dir);

/* One document to extract. */
typedef struct cli_doc {
    char *id;
    char *text;
    size_t len;
    char *date, *title, *url;
    char *path;            /* where it came from (file, or file:line) */
    bool raw;              /* a JSON Lines record still to parse: text
                              holds the line (see cli_doc_cook) */
} cli_doc;

void cli_doc_clear(cli_doc *d);

enum { CLI_INPUT_AUTO, CLI_INPUT_TEXT, CLI_INPUT_JSONL };

/* The default limit on one document (a file, or a JSON line). */
#define CLI_MAX_DOC_BYTES ((size_t)32 << 20)

typedef struct cli_input_opts {
    const char *date;          /* --date: every document's publication date */
    int format;                /* CLI_INPUT_*: --input */
    hk_record_fields fields;   /* --fields: JSON Lines field names */
    char **include;            /* --include globs for folder walks */
    size_t n_include;
    size_t max_bytes;          /* --max-bytes; 0: CLI_MAX_DOC_BYTES */
    bool sizes;                /* sum input sizes first (for an ETA) */
} cli_input_opts;

/* Iterates the documents under the given paths: files, folders (walked
   recursively in name order), JSON Lines, gzip, and "-" for stdin.  Bad
   inputs are reported on stderr, counted by reason, and skipped. */
typedef struct cli_inputs cli_inputs;
cli_inputs *cli_inputs_new(char **paths, size_t n, const cli_input_opts *opt);
/* Returns 1 with *d filled, 0 at the end. */
int cli_inputs_next(cli_inputs *in, cli_doc *d);
/* Parses a raw JSON Lines record into the document, on any thread, with
   that thread's reader (hk_record_reader_parse).  Returns NULL when the
   document is ready, else the reason it cannot be used (a static
   string), with the message to print in msg. */
const char *cli_doc_cook(cli_doc *d, const cli_inputs *in,
                         hk_record_reader *rd, char *msg, size_t size);
/* Takes back n documents counted as read that turned out unusable. */
void cli_inputs_unread(cli_inputs *in, size_t n);
/* Counts a document skipped for `why` (a static string). */
void cli_inputs_skip(cli_inputs *in, const char *why);
size_t cli_inputs_skipped(const cli_inputs *in);
size_t cli_inputs_read(const cli_inputs *in);
/* Bytes of input consumed so far, and the total (0 when unknown). */
void cli_inputs_progress(const cli_inputs *in, unsigned long long *done,
                         unsigned long long *total);
/* "N document(s) read, N extracted, N skipped (n reason, ...)". */
void cli_inputs_report(const cli_inputs *in, size_t extracted, bool quiet);
void cli_inputs_free(cli_inputs *in);

/* The options every command that reads documents shares. */
#define CLI_INPUT_LONG_OPTIONS                                   \
    {"jobs", required_argument, NULL, 'j'},                     \
    {"input", required_argument, NULL, 1001},                   \
    {"include", required_argument, NULL, 1002},                 \
    {"fields", required_argument, NULL, 1003},                  \
    {"max-bytes", required_argument, NULL, 1004},               \
    {"strict", no_argument, NULL, 1005},                        \
    {"date", required_argument, NULL, 'd'}

typedef struct cli_read_opts {
    cli_input_opts in;
    int jobs;                  /* -j: worker threads; 0: every core */
    bool strict;               /* --strict: any skipped document is an error */
    char *fields_copy;         /* storage behind in.fields */
} cli_read_opts;

void cli_read_opts_free(cli_read_opts *o);

/* Handles one of CLI_INPUT_LONG_OPTIONS; returns false (after saying why)
   when its argument is bad, true when handled.  *known says whether c was
   one of them. */
bool cli_read_option(int c, const char *arg, cli_read_opts *o, bool *known);
/* Help lines for those options. */
void cli_read_usage(FILE *f);

/* Extraction over every document, on worker threads, with results handed
   to `consume` (when not NULL) in input order on one thread.  With
   `write`, the workers also serialise each document, and `write` gets
   the JSON lines of those handed to `consume`, in the same order, many
   lines at a time (up to a batch's, about 1 MB), after their documents;
   either returns false to stop the run. */
typedef bool (*cli_consume_fn)(void *user, const cli_doc *d, hk_doc *doc);
typedef bool (*cli_write_fn)(void *user, const char *lines, size_t len);
typedef struct cli_run_stats {
    size_t extracted, failed;
} cli_run_stats;
/* Returns false when consume failed or memory ran out. */
bool cli_run(const hk_rules *rules, cli_inputs *in, int jobs,
             cli_write_fn write, bool progress, cli_consume_fn consume,
             void *user, cli_run_stats *stats);

/* Shows a progress line on stderr: only on a terminal and without -q. */
bool cli_want_progress(bool quiet);

/* An output written to a temporary file beside `path` and renamed into
   place on success, so an interrupted run never leaves half a file.
   path NULL or "-" means stdout.  `blocks` says the caller writes in
   blocks of many kilobytes: they are written as they come, not copied
   into a buffer first (a terminal keeps its line buffering). */
typedef struct cli_out cli_out;
cli_out *cli_out_open(const char *path, bool blocks);
FILE *cli_out_file(cli_out *o);
/* Flushes, checks every write, renames; prints and returns false on error. */
bool cli_out_commit(cli_out *o);
void cli_out_abort(cli_out *o);

/* Subcommands. */
int cmd_extract(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_rules(int argc, char **argv);

#endif
