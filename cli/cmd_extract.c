/*
 * cmd_extract.c - `haykal extract`: one JSON object per document, one per
 * line, in input order whatever the number of threads
 * (docs/output-formats.md).  A pure filter: text or JSON Lines in, JSON
 * Lines out, so it runs as a mapper under GNU parallel or Hadoop
 * Streaming (docs/scale.md).
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
        "usage: haykal extract [OPTIONS] PATH...\n"
        "  PATH      a file, a folder, a .jsonl/.ndjson dump (.gz too), or - for stdin\n"
        "  -o FILE   write to FILE (replaced only when complete); default stdout\n"
        "  --rules   the rules directory\n"
        "  -q        no summary or progress on stderr\n");
    cli_read_usage(f);
}

/* Where the lines go, and why writing them stopped (errno, 0 if not). */
typedef struct sink {
    FILE *f;
    int err;
} sink;

/* Lines come many at a time (cli_run), written as they come (the output
   has no buffer of its own: cli_out_open's `blocks`). */
static bool write_lines(void *user, const char *lines, size_t len)
{
    sink *out = user;
    if (fwrite(lines, 1, len, out->f) == len)
        return true;
    out->err = errno ? errno : EIO;
    return false;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {
        {"rules", required_argument, NULL, 'r'},
        {"output", required_argument, NULL, 'o'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        CLI_INPUT_LONG_OPTIONS,
        {NULL, 0, NULL, 0}};
    const char *rules_dir = NULL, *out_path = NULL;
    cli_read_opts ro = {0};
    bool quiet = false, known;
    int c, rc = EXIT_OK;
    optind = 1;
    while ((c = getopt_long(argc, argv, "r:o:d:j:qh", opts, NULL)) != -1) {
        if (!cli_read_option(c, optarg, &ro, &known)) {
            cli_read_opts_free(&ro);
            return EXIT_ERROR;
        }
        if (known)
            continue;
        switch (c) {
        case 'r': rules_dir = optarg; break;
        case 'o': out_path = optarg; break;
        case 'q': quiet = true; break;
        case 'h': usage(stdout); cli_read_opts_free(&ro); return EXIT_OK;
        default: usage(stderr); cli_read_opts_free(&ro); return EXIT_ERROR;
        }
    }
    if (optind >= argc) {
        cli_warn("extract: no input (give files, folders, or - for stdin)");
        usage(stderr);
        cli_read_opts_free(&ro);
        return EXIT_ERROR;
    }
    hk_rules *rules = cli_load_rules(rules_dir);
    if (!rules) {
        cli_read_opts_free(&ro);
        return EXIT_ERROR;
    }
    bool progress = cli_want_progress(quiet);
    ro.in.sizes = progress;
    cli_inputs *in = cli_inputs_new(argv + optind, (size_t)(argc - optind), &ro.in);
    cli_out *out = in ? cli_out_open(out_path, true) : NULL;
    cli_run_stats stats = {0};
    if (!in || !out) {
        rc = EXIT_ERROR;
        cli_out_abort(out);
    } else {
        sink to = {cli_out_file(out), 0};
        bool ok = cli_run(rules, in, ro.jobs, write_lines, progress, NULL,
                          &to, &stats);
        if (!ok) {
            /* A write that failed mid-run (the output buffer full) is
               said here; one at the end, by cli_out_commit. */
            if (to.err)
                cli_warn("%s: write error: %s",
                         out_path && strcmp(out_path, "-") ? out_path
                                                            : "standard output",
                         strerror(to.err));
            cli_out_abort(out);
            rc = EXIT_ERROR;
        } else if (!cli_out_commit(out)) {
            rc = EXIT_ERROR;
        }
    }
    if (in) {
        for (size_t i = 0; i < stats.failed; i++)
            cli_inputs_skip(in, "extraction failed");
        cli_inputs_report(in, stats.extracted, quiet);
        if (ro.strict && cli_inputs_skipped(in))
            rc = EXIT_ERROR;
    }
    cli_inputs_free(in);
    hk_rules_free(rules);
    cli_read_opts_free(&ro);
    return rc;
}
