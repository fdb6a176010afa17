/*
 * cmd_rules.c - `haykal rules test` runs the examples written in the rule
 * files; `haykal rules check` only loads the rules and reports what loaded.
 */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static void report(void *user, const hk_error *failure)
{
    (void)user;
    cli_report(failure);
}

int cmd_rules(int argc, char **argv)
{
    static const struct option opts[] = {
        {"rules", required_argument, NULL, 'r'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *dir = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "r:h", opts, NULL)) != -1) {
        if (c == 'r')
            dir = optarg;
        else {
            fprintf(c == 'h' ? stdout : stderr,
                    "usage: haykal rules test|check [--rules DIR]\n");
            return c == 'h' ? EXIT_OK : EXIT_ERROR;
        }
    }
    if (optind >= argc || (strcmp(argv[optind], "test") &&
                           strcmp(argv[optind], "check"))) {
        cli_warn("rules: say 'test' or 'check'");
        return EXIT_ERROR;
    }
    hk_rules *rules = cli_load_rules(dir);
    if (!rules)
        return EXIT_ERROR;
    hk_rules_info info;
    hk_rules_get_info(rules, &info);
    int rc = EXIT_OK;
    if (!strcmp(argv[optind], "check")) {
        printf("%zu rules, %zu lexicons (%zu entries), %zu territories, "
               "%zu examples\n", info.rules, info.lexicons, info.entries,
               info.territories, info.examples);
    } else {
        size_t passed = 0, failed = 0;
        hk_status st = hk_rules_test(rules, report, NULL, &passed, &failed);
        if (st != HK_OK && st != HK_ERR_RULES) {
            cli_warn("rules test could not run: %s", hk_status_string(st));
            rc = EXIT_ERROR;
        } else {
            printf("rule examples: %zu passed, %zu failed\n", passed, failed);
            rc = failed ? EXIT_ERROR : EXIT_OK;
        }
    }
    hk_rules_free(rules);
    return rc;
}
