/*
 * cmd_extract.c - `haykal extract`: one JSON object per document, one per
 * line, in input order (docs/output-formats.md).
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
        "usage: haykal extract [--rules DIR] [-o FILE] [--date YYYY-MM-DD] PATH...\n"
        "  PATH      a file, a folder (walked for *.txt), or - for stdin\n"
        "  -o FILE   write to FILE (replaced only when complete); default stdout\n"
        "  --date    publication date, for «الجاري»-style dates\n"
        "  --rules   the rules directory\n"
        "  -q        no summary on stderr\n");
}

int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {
        {"rules", required_argument, NULL, 'r'},
        {"output", required_argument, NULL, 'o'},
        {"date", required_argument, NULL, 'd'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *rules_dir = NULL, *out_path = NULL, *date = NULL;
    bool quiet = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "r:o:d:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'r': rules_dir = optarg; break;
        case 'o': out_path = optarg; break;
        case 'd': date = optarg; break;
        case 'q': quiet = true; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_ERROR;
        }
    }
    if (optind >= argc) {
        cli_warn("extract: no input (give files, folders, or - for stdin)");
        usage(stderr);
        return EXIT_ERROR;
    }
    hk_rules *rules = cli_load_rules(rules_dir);
    if (!rules)
        return EXIT_ERROR;
    hk_extractor *ex = NULL;
    hk_error err = {0};
    if (hk_extractor_new(rules, &ex, &err) != HK_OK) {
        cli_report(&err);
        hk_rules_free(rules);
        return EXIT_ERROR;
    }
    cli_inputs *in = cli_inputs_new(argv + optind, (size_t)(argc - optind), date);
    cli_out *out = cli_out_open(out_path);
    int rc = EXIT_OK;
    size_t docs = 0, failed = 0;
    cli_doc d;
    while (in && out && cli_inputs_next(in, &d)) {
        hk_doc_info info = {.id = d.id, .date = d.date, .title = d.title,
                            .url = d.url};
        hk_doc *doc = NULL;
        if (hk_extract(ex, &info, d.text, d.len, &doc, &err) != HK_OK) {
            cli_warn("%s: %s: skipped", d.id, err.message);
            failed++;
        } else {
            char *json;
            size_t len;
            if (hk_doc_to_json(doc, &json, &len) != HK_OK) {
                cli_warn("out of memory");
                rc = EXIT_ERROR;
            } else {
                fwrite(json, 1, len, cli_out_file(out));
                free(json);
            }
            for (size_t w = 0; w < doc->n_warnings; w++)
                cli_warn("%s: %s", d.id, doc->warnings[w]);
            docs++;
            hk_doc_free(doc);
        }
        cli_doc_clear(&d);
    }
    if (!in || !out) {
        rc = EXIT_ERROR;
        cli_out_abort(out);
    } else if (!cli_out_commit(out)) {
        rc = EXIT_ERROR;
    }
    size_t skipped = (in ? cli_inputs_skipped(in) : 0) + failed;
    if (!quiet)
        cli_warn("%zu document(s) extracted, %zu skipped", docs, skipped);
    cli_inputs_free(in);
    hk_extractor_free(ex);
    hk_rules_free(rules);
    return rc;
}
