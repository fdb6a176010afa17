/*
 * cmd_eval.c - `haykal eval --gold GOLD.jsonl PATH...`: extracts the
 * documents and prints precision, recall and F1 per field against the gold
 * answers; --diff lists every miss and every extra.
 */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
        "usage: haykal eval --gold GOLD.jsonl [--rules DIR] [--diff] PATH...\n"
        "  --gold    answers in the gold format (one JSON object per document)\n"
        "  --diff    list what was missed and what was extra, per document\n");
}

typedef struct scoring {
    hk_eval *ev;
    size_t scored, ungraded;
} scoring;

static bool score(void *user, const cli_doc *d, hk_doc *doc)
{
    (void)d;
    scoring *s = user;
    hk_error err = {0};
    if (hk_eval_add(s->ev, doc, &err) != HK_OK)
        s->ungraded++;
    else
        s->scored++;
    return true;
}

static void print_diff(void *user, const hk_error *e)
{
    (void)user;
    printf("  %s: %s\n", e->file, e->message);
}

int cmd_eval(int argc, char **argv)
{
    static const struct option opts[] = {
        {"gold", required_argument, NULL, 'g'},
        {"rules", required_argument, NULL, 'r'},
        {"diff", no_argument, NULL, 'D'},
        {"help", no_argument, NULL, 'h'},
        CLI_INPUT_LONG_OPTIONS,
        {NULL, 0, NULL, 0}};
    const char *gold = NULL, *rules_dir = NULL;
    cli_read_opts ro = {0};
    bool diff = false, known;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:r:d:j:Dh", opts, NULL)) != -1) {
        if (!cli_read_option(c, optarg, &ro, &known)) {
            cli_read_opts_free(&ro);
            return EXIT_ERROR;
        }
        if (known)
            continue;
        switch (c) {
        case 'g': gold = optarg; break;
        case 'r': rules_dir = optarg; break;
        case 'D': diff = true; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_ERROR;
        }
    }
    if (!gold || optind >= argc) {
        cli_warn("eval: give --gold FILE and the documents");
        usage(stderr);
        return EXIT_ERROR;
    }
    hk_error err = {0};
    hk_eval *ev = NULL;
    if (hk_eval_new(gold, &ev, &err) != HK_OK) {
        cli_report(&err);
        return EXIT_ERROR;
    }
    hk_rules *rules = cli_load_rules(rules_dir);
    if (!rules) {
        hk_eval_free(ev);
        cli_read_opts_free(&ro);
        return EXIT_ERROR;
    }
    cli_inputs *in = cli_inputs_new(argv + optind, (size_t)(argc - optind), &ro.in);
    scoring sc = {.ev = ev};
    cli_run_stats stats = {0};
    int rc = EXIT_OK;
    if (!in || !cli_run(rules, in, ro.jobs, NULL, false, score, &sc, &stats))
        rc = EXIT_ERROR;
    if (stats.failed)
        rc = EXIT_ERROR;
    size_t docs = sc.scored, ungraded = sc.ungraded;
    hk_score s[8];
    size_t n = hk_eval_scores(ev, s, 8);
    printf("%zu documents scored against %s", docs, gold);
    if (ungraded)
        printf(" (%zu without a gold answer, not scored)", ungraded);
    printf("\n%-12s %9s %9s %9s %6s %6s %6s\n", "field", "precision",
           "recall", "F1", "tp", "fp", "fn");
    for (size_t i = 0; i < n; i++)
        printf("%-12s %9.3f %9.3f %9.3f %6zu %6zu %6zu\n", s[i].field,
               s[i].precision, s[i].recall, s[i].f1, s[i].tp, s[i].fp, s[i].fn);
    size_t missing = hk_eval_missing(ev);
    if (missing)
        cli_warn("%zu gold document(s) were not among the inputs: counted "
                 "as missed", missing);
    if (diff) {
        printf("differences:\n");
        hk_eval_diff(ev, print_diff, NULL);
    }
    cli_inputs_free(in);
    hk_rules_free(rules);
    hk_eval_free(ev);
    cli_read_opts_free(&ro);
    return rc;
}
