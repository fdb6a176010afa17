/*
 * inputs.c - the documents named on the command line: files, folders walked
 * recursively in name order (symbolic-link loops detected), and "-" for
 * standard input.  A file's document id is its name without directory and
 * extension.  Unreadable inputs are reported, counted and skipped.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

struct cli_inputs {
    char **queue;          /* paths still to visit, as a stack */
    size_t n, cap;
    dir_id *seen;          /* folders visited, against link loops */
    size_t n_seen, cap_seen;
    size_t skipped;
    const char *date;
};

static const char *const default_include[] = {"*.txt", "*.text", NULL};

static bool push(cli_inputs *in, const char *path)
{
    if (in->n == in->cap) {
        size_t cap = in->cap ? in->cap * 2 : 64;
        char **q = realloc(in->queue, cap * sizeof *q);
        if (!q)
            return false;
        in->queue = q;
        in->cap = cap;
    }
    return (in->queue[in->n++] = strdup(path)) != NULL;
}

cli_inputs *cli_inputs_new(char **paths, size_t n, const char *date)
{
    cli_inputs *in = calloc(1, sizeof *in);
    if (!in)
        return NULL;
    in->date = date;
    /* A stack: push in reverse so the first path comes out first. */
    for (size_t i = n; i-- > 0;)
        if (!push(in, paths[i])) {
            cli_inputs_free(in);
            return NULL;
        }
    return in;
}

size_t cli_inputs_skipped(const cli_inputs *in)
{
    return in->skipped;
}

void cli_inputs_free(cli_inputs *in)
{
    if (!in)
        return;
    for (size_t i = 0; i < in->n; i++)
        free(in->queue[i]);
    free(in->queue);
    free(in->seen);
    free(in);
}

void cli_doc_clear(cli_doc *d)
{
    free(d->id);
    free(d->text);
    free(d->date);
    free(d->title);
    free(d->url);
    memset(d, 0, sizeof *d);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool wanted(const char *name)
{
    for (size_t i = 0; default_include[i]; i++)
        if (!fnmatch(default_include[i], name, 0))
            return true;
    return false;
}

/* Pushes a folder's entries (sorted, so the walk is reproducible). */
static void expand_dir(cli_inputs *in, const char *path, const struct stat *st)
{
    for (size_t i = 0; i < in->n_seen; i++)
        if (in->seen[i].dev == st->st_dev && in->seen[i].ino == st->st_ino) {
            cli_warn("%s: folder already visited (a symbolic-link loop?): "
                     "skipped", path);
            in->skipped++;
            return;
        }
    if (in->n_seen == in->cap_seen) {
        size_t cap = in->cap_seen ? in->cap_seen * 2 : 16;
        dir_id *s = realloc(in->seen, cap * sizeof *s);
        if (!s)
            return;
        in->seen = s;
        in->cap_seen = cap;
    }
    in->seen[in->n_seen++] = (dir_id){st->st_dev, st->st_ino};
    DIR *d = opendir(path);
    if (!d) {
        cli_warn("%s: %s: skipped", path, strerror(errno));
        in->skipped++;
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *p);
            if (!p)
                break;
            names = p;
        }
        size_t len = strlen(path) + strlen(de->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n])
            break;
        snprintf(names[n], len, "%s/%s", path, de->d_name);
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = n; i-- > 0;) {
        struct stat cst;
        const char *base = strrchr(names[i], '/') + 1;
        /* Files in folders are taken by name; named files always. */
        if (stat(names[i], &cst) == 0 && (S_ISDIR(cst.st_mode) || wanted(base)))
            push(in, names[i]);
        free(names[i]);
    }
    free(names);
}

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf)
        return NULL;
    for (;;) {
        if (n == cap) {
            char *b = realloc(buf, cap * 2 + 1);
            if (!b) {
                free(buf);
                return NULL;
            }
            buf = b;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static char *doc_id(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *id = strdup(base);
    if (id) {
        char *dot = strrchr(id, '.');
        if (dot && dot != id)
            *dot = '\0';
    }
    return id;
}

int cli_inputs_next(cli_inputs *in, cli_doc *d)
{
    while (in->n) {
        char *path = in->queue[--in->n];
        memset(d, 0, sizeof *d);
        if (!strcmp(path, "-")) {
            d->text = read_all(stdin, &d->len);
            d->id = strdup("stdin");
            if (!d->text || !d->id) {
                cli_warn("standard input: read error: skipped");
                in->skipped++;
                cli_doc_clear(d);
                free(path);
                continue;
            }
        } else {
            struct stat st;
            if (stat(path, &st) != 0) {
                cli_warn("%s: %s: skipped", path, strerror(errno));
                in->skipped++;
                free(path);
                continue;
            }
            if (S_ISDIR(st.st_mode)) {
                expand_dir(in, path, &st);
                free(path);
                continue;
            }
            FILE *f = fopen(path, "rb");
            if (!f) {
                cli_warn("%s: %s: skipped", path, strerror(errno));
                in->skipped++;
                free(path);
                continue;
            }
            d->text = read_all(f, &d->len);
            fclose(f);
            d->id = doc_id(path);
            if (!d->text || !d->id) {
                cli_warn("%s: read error: skipped", path);
                in->skipped++;
                cli_doc_clear(d);
                free(path);
                continue;
            }
        }
        if (in->date)
            d->date = strdup(in->date);
        free(path);
        return 1;
    }
    return 0;
}
