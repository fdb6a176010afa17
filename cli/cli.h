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
    const char *path;      /* where it came from, for messages */
} cli_doc;

void cli_doc_clear(cli_doc *d);

/* Iterates the documents under the given paths: files, folders (walked
   recursively in name order), and "-" for stdin.  Bad inputs are reported
   on stderr and counted in skipped. */
typedef struct cli_inputs cli_inputs;
cli_inputs *cli_inputs_new(char **paths, size_t n, const char *date);
/* Returns 1 with *d filled, 0 at the end. */
int cli_inputs_next(cli_inputs *in, cli_doc *d);
size_t cli_inputs_skipped(const cli_inputs *in);
void cli_inputs_free(cli_inputs *in);

/* An output written to a temporary file beside `path` and renamed into
   place on success, so an interrupted run never leaves half a file.
   path NULL or "-" means stdout. */
typedef struct cli_out cli_out;
cli_out *cli_out_open(const char *path);
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
