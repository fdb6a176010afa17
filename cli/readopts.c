/*
 * readopts.c - the input options every reading command shares: -j, --input,
 * --include, --fields, --max-bytes, --strict, --date.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

void cli_read_usage(FILE *f)
{
    fprintf(f,
        "  -j N             worker threads (default: every core)\n"
        "  --input F        text or jsonl (default: .jsonl/.ndjson files are JSON Lines)\n"
        "  --include GLOB   files to take from folders (repeatable; default *.txt)\n"
        "  --fields K=NAME,...  JSON Lines field names (id, text, title, date, url)\n"
        "  --max-bytes N    largest document read (default 32M; K, M, G suffixes)\n"
        "  --strict         any skipped document makes the exit status 2\n"
        "  --date DATE      publication date of every document (YYYY-MM-DD)\n");
}

static bool parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s)
        return false;
    switch (*end) {
    case 'k': case 'K': v <<= 10; end++; break;
    case 'm': case 'M': v <<= 20; end++; break;
    case 'g': case 'G': v <<= 30; end++; break;
    }
    if (*end || !v)
        return false;
    *out = (size_t)v;
    return true;
}

static bool parse_fields(char *arg, hk_record_fields *f)
{
    for (char *tok = strtok(arg, ","); tok; tok = strtok(NULL, ",")) {
        char *eq = strchr(tok, '=');
        if (!eq || !eq[1])
            return false;
        *eq = '\0';
        const char *name = eq + 1;
        if (!strcmp(tok, "id")) f->id = name;
        else if (!strcmp(tok, "text")) f->text = name;
        else if (!strcmp(tok, "title")) f->title = name;
        else if (!strcmp(tok, "date")) f->date = name;
        else if (!strcmp(tok, "url")) f->url = name;
        else return false;
    }
    return true;
}

bool cli_read_option(int c, const char *arg, cli_read_opts *o, bool *known)
{
    *known = true;
    switch (c) {
    case 'j': {
        char *end;
        long v = strtol(arg, &end, 10);
        if (*end || v < 1 || v > 1024) {
            cli_warn("-j wants a number of threads from 1 to 1024, not '%s'", arg);
            return false;
        }
        o->jobs = (int)v;
        return true;
    }
    case 1001:
        if (!strcmp(arg, "text"))
            o->in.format = CLI_INPUT_TEXT;
        else if (!strcmp(arg, "jsonl"))
            o->in.format = CLI_INPUT_JSONL;
        else {
            cli_warn("--input is text or jsonl, not '%s'", arg);
            return false;
        }
        return true;
    case 1002: {
        char **inc = realloc(o->in.include, (o->in.n_include + 1) * sizeof *inc);
        if (!inc)
            return false;
        o->in.include = inc;
        inc[o->in.n_include++] = (char *)arg;
        return true;
    }
    case 1003: {
        /* The names point into a copy that lives as long as the run. */
        char *copy = strdup(arg);
        free(o->fields_copy);
        o->fields_copy = copy;
        if (!copy || !parse_fields(copy, &o->in.fields)) {
            cli_warn("--fields wants KEY=NAME,... with KEY one of id, text, "
                     "title, date, url; not '%s'", arg);
            return false;
        }
        return true;
    }
    case 1004:
        if (!parse_size(arg, &o->in.max_bytes)) {
            cli_warn("--max-bytes wants a size such as 64M, not '%s'", arg);
            return false;
        }
        return true;
    case 1005:
        o->strict = true;
        return true;
    case 'd':
        o->in.date = arg;
        return true;
    }
    *known = false;
    return true;
}

void cli_read_opts_free(cli_read_opts *o)
{
    free(o->in.include);
    free(o->fields_copy);
    o->in.include = NULL;
    o->fields_copy = NULL;
}
