/*
 * messages.c - the CLI's error and warning lines, in one format:
 * "haykal: [file:line:column: ]message".
 */
#include "cli.h"

#include <stdarg.h>

const char *cli_prog = "haykal";

void cli_warn(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", cli_prog);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_report(const hk_error *err)
{
    if (err->file[0] && err->line && err->column)
        cli_warn("%s:%u:%u: %s", err->file, err->line, err->column,
                 err->message);
    else if (err->file[0] && err->line)
        cli_warn("%s:%u: %s", err->file, err->line, err->message);
    else if (err->file[0])
        cli_warn("%s: %s", err->file, err->message);
    else
        cli_warn("%s", err->message);
}
