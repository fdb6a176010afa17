/*
 * inputs.c - the documents named on the command line: files, folders walked
 * recursively in name order (symbolic-link loops detected, --include globs),
 * and "-" for standard input; plain text (one document per file) or JSON
 * Lines (one document per line: .jsonl, .ndjson, or --input jsonl); any of
 * them gzipped (zlib reads plain files unchanged).  JSON Lines are read a
 * line at a time, so memory does not grow with the dump.  Inputs that
 * cannot be used are reported with their reason and counted, and the run
 * goes on.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct reason {
    const char *why;
    size_t n;
} reason;

struct cli_inputs {
    cli_input_opts opt;
    char **queue;          /* paths still to visit, as a stack */
    size_t n, cap;
    dir_id *seen;          /* folders visited, against link loops */
    size_t n_seen, cap_seen;
    reason reasons[16];
    size_t n_reasons;
    size_t docs;           /* documents handed out */
    /* The JSON Lines file being read. */
    gzFile gz;
    char *gz_path;
    unsigned gz_line;
    char *buf;             /* read buffer */
    size_t buf_len, buf_pos;
    char *line;            /* the current line */
    size_t line_cap;
    /* Progress: bytes of input files done, and the total when known. */
    unsigned long long bytes_done, bytes_total, file_base;
};

static const char *const default_include[] = {"*.txt", "*.text", "*.txt.gz",
                                              NULL};

#define READ_CHUNK (1 << 16)

/* JSON Lines are read 128 KB at a time, zlib's buffer a quarter of
   that: zlib reads (or inflates) what a request still wants, once its
   buffer is empty, straight into the caller's memory, not through its
   buffer and a copy, when that is twice its buffer or more (with half,
   the first short read put every read after it out of step: all went
   through the buffer). */
#define LINES_CHUNK (1 << 17)

void cli_inputs_skip(cli_inputs *in, const char *why)
{
    for (size_t i = 0; i < in->n_reasons; i++)
        if (!strcmp(in->reasons[i].why, why)) {
            in->reasons[i].n++;
            return;
        }
    if (in->n_reasons < 16)
        in->reasons[in->n_reasons++] = (reason){why, 1};
}

size_t cli_inputs_skipped(const cli_inputs *in)
{
    size_t n = 0;
    for (size_t i = 0; i < in->n_reasons; i++)
        n += in->reasons[i].n;
    return n;
}

size_t cli_inputs_read(const cli_inputs *in)
{
    return in->docs;
}

void cli_inputs_report(const cli_inputs *in, size_t extracted, bool quiet)
{
    size_t skipped = cli_inputs_skipped(in);
    if (quiet && !skipped)
        return;
    char detail[512] = "";
    size_t o = 0;
    for (size_t i = 0; i < in->n_reasons && o < sizeof detail; i++)
        o += (size_t)snprintf(detail + o, sizeof detail - o, "%s%zu %s",
                              i ? ", " : " (", in->reasons[i].n,
                              in->reasons[i].why);
    if (o && o < sizeof detail - 1)
        snprintf(detail + o, sizeof detail - o, ")");
    cli_warn("%zu document(s) read, %zu extracted, %zu skipped%s", in->docs,
             extracted, skipped, detail);
}

void cli_inputs_progress(const cli_inputs *in, unsigned long long *done,
                         unsigned long long *total)
{
    unsigned long long pos = in->file_base;
    if (in->gz)
        pos += (unsigned long long)gzoffset(in->gz);
    *done = pos > in->bytes_done ? pos : in->bytes_done;
    *total = in->bytes_total;
}

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

static bool wanted(const cli_inputs *in, const char *name)
{
    if (in->opt.n_include) {
        for (size_t i = 0; i < in->opt.n_include; i++)
            if (!fnmatch(in->opt.include[i], name, 0))
                return true;
        return false;
    }
    for (size_t i = 0; default_include[i]; i++)
        if (!fnmatch(default_include[i], name, 0))
            return true;
    return false;
}

/* Sizes of everything a walk would read, for the progress line's ETA. */
static unsigned long long size_of(const cli_inputs *in, const char *path,
                                  int depth)
{
    struct stat st;
    if (depth > 64 || stat(path, &st) != 0)
        return 0;
    if (!S_ISDIR(st.st_mode))
        return S_ISREG(st.st_mode) ? (unsigned long long)st.st_size : 0;
    DIR *d = opendir(path);
    if (!d)
        return 0;
    unsigned long long sum = 0;
    struct dirent *de;
    char sub[4096];
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        snprintf(sub, sizeof sub, "%s/%s", path, de->d_name);
        struct stat cst;
        if (stat(sub, &cst) == 0 &&
            (S_ISDIR(cst.st_mode) || wanted(in, de->d_name)))
            sum += size_of(in, sub, depth + 1);
    }
    closedir(d);
    return sum;
}

cli_inputs *cli_inputs_new(char **paths, size_t n, const cli_input_opts *opt)
{
    cli_inputs *in = calloc(1, sizeof *in);
    if (!in)
        return NULL;
    if (opt)
        in->opt = *opt;
    if (!in->opt.max_bytes)
        in->opt.max_bytes = CLI_MAX_DOC_BYTES;
    /* A stack: push in reverse so the first path comes out first. */
    for (size_t i = n; i-- > 0;)
        if (!push(in, paths[i])) {
            cli_inputs_free(in);
            return NULL;
        }
    if (in->opt.sizes)
        for (size_t i = 0; i < n; i++)
            in->bytes_total += strcmp(paths[i], "-") ? size_of(in, paths[i], 0) : 0;
    return in;
}

static void close_gz(cli_inputs *in)
{
    if (in->gz) {
        in->file_base += (unsigned long long)gzoffset(in->gz);
        gzclose(in->gz);
        in->gz = NULL;
    }
    free(in->gz_path);
    in->gz_path = NULL;
    in->buf_len = in->buf_pos = 0;
}

void cli_inputs_free(cli_inputs *in)
{
    if (!in)
        return;
    close_gz(in);
    for (size_t i = 0; i < in->n; i++)
        free(in->queue[i]);
    free(in->queue);
    free(in->seen);
    free(in->buf);
    free(in->line);
    free(in);
}

void cli_doc_clear(cli_doc *d)
{
    free(d->id);
    free(d->text);
    free(d->date);
    free(d->title);
    free(d->url);
    free(d->path);
    memset(d, 0, sizeof *d);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Pushes a folder's entries (sorted, so the walk is reproducible). */
static void expand_dir(cli_inputs *in, const char *path, const struct stat *st)
{
    for (size_t i = 0; i < in->n_seen; i++)
        if (in->seen[i].dev == st->st_dev && in->seen[i].ino == st->st_ino) {
            cli_warn("%s: folder already visited (a symbolic-link loop?): "
                     "skipped", path);
            cli_inputs_skip(in, "link loop");
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
        cli_inputs_skip(in, "unreadable");
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
        if (!(names[n] = malloc(len)))
            break;
        snprintf(names[n], len, "%s/%s", path, de->d_name);
        n++;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = n; i-- > 0;) {
        struct stat cst;
        const char *base = strrchr(names[i], '/') + 1;
        /* In folders, files are taken by name; named files always. */
        if (stat(names[i], &cst) != 0) {
            cli_warn("%s: %s: skipped", names[i], strerror(errno));
            cli_inputs_skip(in, "unreadable");
        } else if (S_ISDIR(cst.st_mode) || wanted(in, base)) {
            push(in, names[i]);
        }
        free(names[i]);
    }
    free(names);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !strcmp(s + n - k, suffix);
}

static bool is_jsonl(const cli_inputs *in, const char *path)
{
    if (in->opt.format == CLI_INPUT_JSONL)
        return true;
    if (in->opt.format == CLI_INPUT_TEXT)
        return false;
    return ends_with(path, ".jsonl") || ends_with(path, ".ndjson") ||
           ends_with(path, ".jsonl.gz") || ends_with(path, ".ndjson.gz");
}

static gzFile open_gz(const char *path)
{
    if (!strcmp(path, "-")) {
        int fd = dup(STDIN_FILENO);
        return fd < 0 ? NULL : gzdopen(fd, "rb");
    }
    return gzopen(path, "rb");
}

static const char *gz_error(gzFile gz)
{
    int code = 0;
    const char *msg = gzerror(gz, &code);
    return code == Z_ERRNO ? strerror(errno) : msg;
}

/* A document id from a path: its name without folder and extensions. */
static char *doc_id(const char *path)
{
    if (!strcmp(path, "-"))
        return strdup("stdin");
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *id = strdup(base);
    if (id) {
        if (ends_with(id, ".gz"))
            id[strlen(id) - 3] = '\0';
        char *dot = strrchr(id, '.');
        if (dot && dot != id)
            *dot = '\0';
    }
    return id;
}

/* How much of a text is not text: NUL and other control bytes. */
static bool looks_binary(const char *s, size_t n)
{
    size_t sample = n < 8192 ? n : 8192, ctrl = 0;
    for (size_t i = 0; i < sample; i++) {
        unsigned char c = (unsigned char)s[i];
        ctrl += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }
    return sample && ctrl * 10 > sample;
}

/* Reads a whole text file; false (with the reason given) when unusable. */
static bool read_text(cli_inputs *in, const char *path, cli_doc *d)
{
    gzFile gz = open_gz(path);
    if (!gz) {
        cli_warn("%s: %s: skipped", path, strerror(errno ? errno : EIO));
        cli_inputs_skip(in, "unreadable");
        return false;
    }
    gzbuffer(gz, READ_CHUNK);
    size_t cap = READ_CHUNK, n = 0;
    char *buf = malloc(cap + 1);
    bool ok = buf != NULL, too_big = false;
    while (ok) {
        if (n == cap) {
            if (cap >= in->opt.max_bytes) {
                too_big = true;
                break;
            }
            char *b = realloc(buf, cap * 2 + 1);
            if (!b) {
                ok = false;
                break;
            }
            buf = b;
            cap *= 2;
        }
        int got = gzread(gz, buf + n, (unsigned)(cap - n));
        if (got < 0) {
            cli_warn("%s: read error: %s: skipped", path, gz_error(gz));
            cli_inputs_skip(in, "unreadable");
            ok = false;
            free(buf);
            gzclose(gz);
            return false;
        }
        if (got == 0)
            break;
        n += (size_t)got;
    }
    in->file_base += (unsigned long long)gzoffset(gz);
    gzclose(gz);
    if (!ok) {
        free(buf);
        cli_warn("%s: out of memory: skipped", path);
        cli_inputs_skip(in, "out of memory");
        return false;
    }
    if (too_big) {
        free(buf);
        cli_warn("%s: larger than %zu bytes (--max-bytes): skipped", path,
                 in->opt.max_bytes);
        cli_inputs_skip(in, "too large");
        return false;
    }
    buf[n] = '\0';
    if (n == 0) {
        free(buf);
        cli_warn("%s: empty: skipped", path);
        cli_inputs_skip(in, "empty");
        return false;
    }
    if (looks_binary(buf, n)) {
        free(buf);
        cli_warn("%s: binary data, not text: skipped", path);
        cli_inputs_skip(in, "binary");
        return false;
    }
    d->text = buf;
    d->len = n;
    d->id = doc_id(path);
    d->path = strdup(path);
    return d->id && d->path;
}

/* The next line of the open JSON Lines file, in *line: in the read
   buffer when it is all there (most lines; valid until the next call),
   else gathered in in->line; lines longer than the limit are passed over
   (*too_long set).  Returns false at end. */
static bool next_line(cli_inputs *in, const char **line, size_t *len,
                      bool *too_long)
{
    size_t n = 0;
    *too_long = false;
    for (;;) {
        if (in->buf_pos == in->buf_len) {
            int got = gzread(in->gz, in->buf, LINES_CHUNK);
            if (got <= 0) {
                if (got < 0) {
                    cli_warn("%s: read error: %s", in->gz_path, gz_error(in->gz));
                    cli_inputs_skip(in, "unreadable");
                }
                if (n || *too_long) {
                    *line = in->line;
                    *len = *too_long ? 0 : n;
                    return true;
                }
                return false;
            }
            in->buf_len = (size_t)got;
            in->buf_pos = 0;
        }
        char *start = in->buf + in->buf_pos;
        char *nl = memchr(start, '\n', in->buf_len - in->buf_pos);
        size_t take = nl ? (size_t)(nl - start) : in->buf_len - in->buf_pos;
        if (!*too_long && n + take > in->opt.max_bytes)
            *too_long = true;
        if (nl && !n && !*too_long) {
            /* All in the buffer: not copied twice. */
            in->buf_pos += take + 1;
            *line = start;
            *len = take;
            return true;
        }
        if (!*too_long) {
            if (n + take + 1 > in->line_cap) {
                size_t cap = in->line_cap ? in->line_cap : 4096;
                while (cap < n + take + 1)
                    cap *= 2;
                char *l = realloc(in->line, cap);
                if (!l) {
                    *too_long = true;
                } else {
                    in->line = l;
                    in->line_cap = cap;
                }
            }
            if (!*too_long) {
                memcpy(in->line + n, start, take);
                n += take;
            }
        }
        in->buf_pos += take + (nl != NULL);
        if (nl) {
            *line = in->line;
            *len = *too_long ? 0 : n;
            return true;
        }
    }
}

static char *dup_or_null(const char *s)
{
    return s && *s ? strdup(s) : NULL;
}

/* The next record of the open JSON Lines file; 0 at its end. */
/* The next line of the open JSON Lines file as a raw document: parsed
   later, on a worker (cli_doc_cook).  Returns 0 at the file's end. */
static int next_record(cli_inputs *in, cli_doc *d)
{
    const char *line;
    size_t len;
    bool too_long;
    while (next_line(in, &line, &len, &too_long)) {
        in->gz_line++;
        if (too_long) {
            cli_warn("%s:%u: line longer than %zu bytes (--max-bytes): skipped",
                     in->gz_path, in->gz_line, in->opt.max_bytes);
            cli_inputs_skip(in, "too large");
            continue;
        }
        while (len && (line[len - 1] == '\r' || line[len - 1] == ' '))
            len--;
        if (!len)
            continue;
        memset(d, 0, sizeof *d);
        d->raw = true;
        d->text = malloc(len + 1);
        /* «dump:12», written by hand: snprintf cost more than the rest of
           the reading. */
        char where[16];
        char *w = where + sizeof where;
        unsigned ln = in->gz_line;
        do {
            *--w = (char)('0' + ln % 10);
            ln /= 10;
        } while (ln);
        *--w = ':';
        size_t wlen = (size_t)(where + sizeof where - w);
        size_t glen = strlen(in->gz_path);
        d->path = malloc(glen + wlen + 1);
        if (!d->text || !d->path) {
            cli_doc_clear(d);
            cli_inputs_skip(in, "out of memory");
            continue;
        }
        memcpy(d->text, line, len);
        d->text[len] = '\0';
        d->len = len;
        memcpy(d->path, in->gz_path, glen);
        memcpy(d->path + glen, w, wlen);
        d->path[glen + wlen] = '\0';
        in->docs++;
        return 1;
    }
    close_gz(in);
    return 0;
}

const char *cli_doc_cook(cli_doc *d, const cli_inputs *in,
                         hk_record_reader *rd, char *msg, size_t size)
{
    if (!d->raw)
        return NULL;
    d->raw = false;
    hk_record *rec = NULL;
    hk_error err = {0};
    if (hk_record_reader_parse(rd, d->text, d->len, &in->opt.fields, &rec,
                               &err) != HK_OK) {
        if (err.column)
            snprintf(msg, size, "%s:%u: %s: skipped", d->path, err.column,
                     err.message);
        else
            snprintf(msg, size, "%s: %s: skipped", d->path, err.message);
        /* Broken JSON, or a record that is no object, vs. a field missing
           or of the wrong type. */
        return strstr(err.message, "JSON") ? "bad JSON" : "bad field";
    }
    /* The text takes the line's place: it is never longer (escapes only
       shorten it). */
    if (rec->len > d->len) {
        free(d->text);
        d->text = malloc(rec->len + 1);
    }
    if (d->text) {
        memcpy(d->text, rec->text, rec->len + 1);
        d->len = rec->len;
    }
    if (*rec->info.id) {
        d->id = strdup(rec->info.id);
    } else {
        /* No id: the dump's name and the line, «dump:12». */
        const char *colon = strrchr(d->path, ':');
        char *base = doc_id(d->path);
        char *bcolon = base ? strrchr(base, ':') : NULL;
        if (bcolon)
            *bcolon = '\0';
        size_t n = (base ? strlen(base) : 5) + strlen(colon ? colon : "") + 1;
        if ((d->id = malloc(n)))
            snprintf(d->id, n, "%s%s", base ? base : "jsonl", colon ? colon : "");
        free(base);
    }
    d->date = dup_or_null(in->opt.date ? in->opt.date : rec->info.date);
    d->title = dup_or_null(rec->info.title);
    d->url = dup_or_null(rec->info.url);
    hk_record_free(rec);
    if (!d->text || !d->id) {
        snprintf(msg, size, "%s: out of memory: skipped", d->path);
        return "out of memory";
    }
    if (!d->len) {
        snprintf(msg, size, "%s: empty text: skipped", d->path);
        return "empty";
    }
    return NULL;
}

void cli_inputs_unread(cli_inputs *in, size_t n)
{
    in->docs -= n < in->docs ? n : in->docs;
}

int cli_inputs_next(cli_inputs *in, cli_doc *d)
{
    memset(d, 0, sizeof *d);
    for (;;) {
        if (in->gz) {
            if (next_record(in, d))
                return 1;
            continue;
        }
        if (!in->n)
            return 0;
        char *path = in->queue[--in->n];
        struct stat st;
        if (strcmp(path, "-") && stat(path, &st) != 0) {
            cli_warn("%s: %s: skipped", path, strerror(errno));
            cli_inputs_skip(in, "unreadable");
        } else if (strcmp(path, "-") && S_ISDIR(st.st_mode)) {
            expand_dir(in, path, &st);
        } else if (is_jsonl(in, path)) {
            if (!(in->gz = open_gz(path))) {
                cli_warn("%s: %s: skipped", path, strerror(errno ? errno : EIO));
                cli_inputs_skip(in, "unreadable");
            } else if (!in->buf && !(in->buf = malloc(LINES_CHUNK))) {
                close_gz(in);
                cli_inputs_skip(in, "out of memory");
            } else {
                gzbuffer(in->gz, LINES_CHUNK / 4);
                in->gz_path = strdup(path);
                in->gz_line = 0;
                in->buf_len = in->buf_pos = 0;
            }
        } else if (read_text(in, path, d)) {
            if (in->opt.date)
                d->date = strdup(in->opt.date);
            in->docs++;
            free(path);
            return 1;
        } else {
            cli_doc_clear(d);
        }
        free(path);
    }
}
