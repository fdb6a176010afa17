/*
 * cmd_graph.c - the commands that write the hierarchy graph:
 *   haykal build PATH... -o FILE      extract the documents, then write
 *   haykal graph FILE.jsonl... -o FILE  read saved `haykal extract` output
 * They share the output options (format, filters) and the summary.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f, const char *cmd)
{
    fprintf(f,
        "usage: haykal %s [OPTIONS] %s -o FILE\n"
        "  -o FILE          where the graph goes (- for stdout); replaced only\n"
        "                   when complete\n"
        "  --format F       graphml (default), dot, json or tree; by default\n"
        "                   taken from FILE's extension (.graphml .dot .gv .json .txt)\n"
        "  --party P        only this party (a name or alias)\n"
        "  --region R       only this region (a name or gazetteer code)\n"
        "  --level L        units down to this level (national, regional,\n"
        "                   provincial, local)\n"
        "  --as-of DATE     the hierarchy as it stood on DATE (YYYY-MM-DD)\n"
        "  --rules DIR      the rules directory\n"
        "  -q               no summary on stderr\n",
        cmd, strcmp(cmd, "graph") ? "PATH..." : "FILE.jsonl...");
    if (strcmp(cmd, "graph"))
        cli_read_usage(f);
}

static bool add_doc(void *user, const cli_doc *d, hk_doc *doc)
{
    (void)d;
    hk_error err = {0};
    if (hk_graph_add(user, doc, &err) != HK_OK) {
        cli_report(&err);
        return false;
    }
    return true;
}

static bool parse_format(const char *s, hk_format *f)
{
    static const struct { const char *name; hk_format f; } names[] = {
        {"graphml", HK_FORMAT_GRAPHML}, {"dot", HK_FORMAT_DOT},
        {"gv", HK_FORMAT_DOT}, {"json", HK_FORMAT_JSON},
        {"tree", HK_FORMAT_TREE}, {"txt", HK_FORMAT_TREE}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(s, names[i].name)) {
            *f = names[i].f;
            return true;
        }
    return false;
}

static bool parse_level(const char *s, hk_level *l)
{
    for (int i = HK_LEVEL_NATIONAL; i <= HK_LEVEL_LOCAL; i++)
        if (!strcmp(s, hk_level_name((hk_level)i))) {
            *l = (hk_level)i;
            return true;
        }
    return false;
}

/* Adds every line of saved extract output in `path` to the graph. */
static bool add_jsonl(hk_graph *g, const char *path, size_t *docs,
                      size_t *bad)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        cli_warn("%s: cannot open", path);
        return false;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    unsigned lineno = 0;
    bool ok = true;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (n <= 1)
            continue;
        hk_doc *doc = NULL;
        hk_error err = {0};
        if (hk_doc_from_json(line, (size_t)n, &doc, &err) != HK_OK) {
            cli_warn("%s:%u: %s: skipped", path, lineno, err.message);
            (*bad)++;
            continue;
        }
        if (hk_graph_add(g, doc, &err) != HK_OK) {
            cli_report(&err);
            ok = false;
        }
        (*docs)++;
        hk_doc_free(doc);
    }
    if (ferror(f)) {
        cli_warn("%s: read error", path);
        ok = false;
    }
    free(line);
    if (f != stdin)
        fclose(f);
    return ok;
}

static int run(int argc, char **argv, bool from_jsonl)
{
    const char *cmd = from_jsonl ? "graph" : "build";
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},
        {"format", required_argument, NULL, 'f'},
        {"party", required_argument, NULL, 'p'},
        {"region", required_argument, NULL, 'R'},
        {"level", required_argument, NULL, 'l'},
        {"as-of", required_argument, NULL, 'a'},
        {"rules", required_argument, NULL, 'r'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        CLI_INPUT_LONG_OPTIONS,
        {NULL, 0, NULL, 0}};
    const char *out_path = NULL, *format = NULL, *rules_dir = NULL;
    hk_graph_filter filter = {0};
    cli_read_opts ro = {0};
    bool quiet = false, known;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:f:r:d:j:qh", opts, NULL)) != -1) {
        if (!from_jsonl && !cli_read_option(c, optarg, &ro, &known)) {
            cli_read_opts_free(&ro);
            return EXIT_ERROR;
        }
        if (!from_jsonl && known)
            continue;
        switch (c) {
        case 'o': out_path = optarg; break;
        case 'f': format = optarg; break;
        case 'p': filter.party = optarg; break;
        case 'R': filter.region = optarg; break;
        case 'l':
            if (!parse_level(optarg, &filter.level)) {
                cli_warn("%s: unknown level '%s'", cmd, optarg);
                return EXIT_ERROR;
            }
            break;
        case 'a': filter.as_of = optarg; break;
        case 'r': rules_dir = optarg; break;
        case 'q': quiet = true; break;
        case 'h': usage(stdout, cmd); return EXIT_OK;
        default: usage(stderr, cmd); return EXIT_ERROR;
        }
    }
    if (optind >= argc || !out_path) {
        cli_warn("%s: give the inputs and -o FILE", cmd);
        usage(stderr, cmd);
        return EXIT_ERROR;
    }
    /* The format named, else the one the file's extension says. */
    hk_format fmt = HK_FORMAT_GRAPHML;
    const char *ext = strrchr(out_path, '.');
    if (format && !parse_format(format, &fmt)) {
        cli_warn("%s: unknown format '%s' (graphml, dot, json, tree)", cmd,
                 format);
        return EXIT_ERROR;
    }
    if (!format && ext)
        parse_format(ext + 1, &fmt);
    hk_rules *rules = cli_load_rules(rules_dir);
    if (!rules) {
        cli_read_opts_free(&ro);
        return EXIT_ERROR;
    }
    hk_error err = {0};
    hk_graph *g = NULL;
    int rc = EXIT_OK;
    size_t docs = 0, skipped = 0;
    if (hk_graph_new(rules, &g, &err) != HK_OK) {
        cli_report(&err);
        rc = EXIT_ERROR;
        goto done;
    }
    if (from_jsonl) {
        for (int i = optind; i < argc; i++)
            if (!add_jsonl(g, argv[i], &docs, &skipped))
                rc = EXIT_ERROR;
    } else {
        bool progress = cli_want_progress(quiet);
        ro.in.sizes = progress;
        cli_inputs *in = cli_inputs_new(argv + optind, (size_t)(argc - optind),
                                        &ro.in);
        cli_run_stats stats = {0};
        if (!in || !cli_run(rules, in, ro.jobs, NULL, progress, add_doc, g,
                            &stats))
            rc = EXIT_ERROR;
        if (in) {
            for (size_t i = 0; i < stats.failed; i++)
                cli_inputs_skip(in, "extraction failed");
            cli_inputs_report(in, stats.extracted, quiet);
            skipped = cli_inputs_skipped(in);
            if (ro.strict && skipped)
                rc = EXIT_ERROR;
        }
        docs = stats.extracted;
        cli_inputs_free(in);
    }
    if (rc != EXIT_OK)
        goto done;
    cli_out *out = cli_out_open(out_path, false);
    if (!out) {
        rc = EXIT_ERROR;
        goto done;
    }
    if (hk_graph_write(g, cli_out_file(out), fmt, &filter, &err) != HK_OK) {
        cli_report(&err);
        cli_out_abort(out);
        rc = EXIT_ERROR;
        goto done;
    }
    if (!cli_out_commit(out)) {
        rc = EXIT_ERROR;
        goto done;
    }
    if (!quiet) {
        hk_graph_stats s;
        hk_graph_get_stats(g, &s);
        cli_warn("wrote %s: %zu parties, %zu units, %zu persons, %zu "
                 "territories, %zu edges, from %zu document(s) (%zu skipped)",
                 strcmp(out_path, "-") ? out_path : "standard output",
                 s.parties, s.units, s.persons, s.territories, s.edges,
                 docs, skipped);
    }
    if (!docs)
        rc = EXIT_NOTHING;
done:
    hk_graph_free(g);
    hk_rules_free(rules);
    cli_read_opts_free(&ro);
    return rc;
}

int cmd_build(int argc, char **argv)
{
    return run(argc, argv, false);
}

int cmd_graph(int argc, char **argv)
{
    return run(argc, argv, true);
}
