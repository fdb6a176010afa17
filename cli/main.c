/*
 * main.c - the haykal command: dispatches to its subcommands.
 */
#include "cli.h"

#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
        "usage: haykal COMMAND [OPTIONS] [PATH...]\n"
        "\n"
        "Reads Arabic news about Moroccan political parties and builds the\n"
        "parties' national, regional, provincial and local hierarchy.\n"
        "\n"
        "commands:\n"
        "  build PATH... -o FILE    extract and write the hierarchy graph\n"
        "  extract PATH...          one JSON line of entities and roles per document\n"
        "  graph FILE.jsonl... -o FILE\n"
        "                           build the graph from saved extract output\n"
        "  eval --gold GOLD PATH... precision, recall and F1 against gold answers\n"
        "  rules test|check         run the examples in the rule files / load them\n"
        "  version                  print the version\n"
        "\n"
        "Run 'haykal COMMAND --help' for a command's options; see haykal(1).\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_ERROR;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "extract"))
        return cmd_extract(argc - 1, argv + 1);
    if (!strcmp(cmd, "build"))
        return cmd_build(argc - 1, argv + 1);
    if (!strcmp(cmd, "graph"))
        return cmd_graph(argc - 1, argv + 1);
    if (!strcmp(cmd, "eval"))
        return cmd_eval(argc - 1, argv + 1);
    if (!strcmp(cmd, "rules"))
        return cmd_rules(argc - 1, argv + 1);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("haykal %s\n", HK_VERSION);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return EXIT_OK;
    }
    cli_warn("unknown command '%s'", cmd);
    usage(stderr);
    return EXIT_ERROR;
}
