/*
 * output.c - outputs that are either complete or absent: a regular file is
 * written to a temporary file in its folder, checked (every write, flush
 * and close), then renamed over the target; an interrupted run removes
 * the temporary file and leaves the target as it was.  Standard output,
 * devices and pipes (/dev/full, a FIFO) are written directly, and checked
 * the same way.
 */
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct cli_out {
    FILE *f;
    char *path;     /* NULL for standard output */
    char *tmp;      /* the temporary file, for regular files only */
};

/* The temporary file being written, removed if the run is interrupted
   (Ctrl-C, kill): the previous output stays where it was, complete. */
static char *volatile pending_tmp;

static void on_signal(int sig)
{
    char *tmp = pending_tmp;
    if (tmp)
        unlink(tmp);        /* async-signal-safe */
    signal(sig, SIG_DFL);
    raise(sig);
}

static void guard(char *tmp)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    pending_tmp = tmp;
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = tmp ? on_signal : SIG_DFL;
        sigaction(sigs[i], &sa, NULL);
    }
}

cli_out *cli_out_open(const char *path)
{
    cli_out *o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    if (!path || !strcmp(path, "-")) {
        o->f = stdout;
        return o;
    }
    if (!(o->path = strdup(path))) {
        free(o);
        return NULL;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (!(o->f = fopen(path, "wb"))) {
            cli_warn("%s: cannot write: %s", path, strerror(errno));
            cli_out_abort(o);
            return NULL;
        }
        return o;
    }
    size_t len = strlen(path) + 16;
    if (!(o->tmp = malloc(len))) {
        cli_out_abort(o);
        return NULL;
    }
    snprintf(o->tmp, len, "%s.tmpXXXXXX", path);
    int fd = mkstemp(o->tmp);
    if (fd < 0 || !(o->f = fdopen(fd, "wb"))) {
        cli_warn("%s: cannot write: %s", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlink(o->tmp);
        }
        free(o->tmp);
        o->tmp = NULL;
        cli_out_abort(o);
        return NULL;
    }
    /* mkstemp makes the file private; give it the usual permissions. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    guard(o->tmp);
    return o;
}

FILE *cli_out_file(cli_out *o)
{
    return o->f;
}

bool cli_out_commit(cli_out *o)
{
    bool ok = !ferror(o->f);
    int saved = ok ? 0 : EIO;
    if (fflush(o->f) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (o->path) {
        if (fclose(o->f) != 0 && ok) {
            ok = false;
            saved = errno;
        }
        o->f = NULL;
        if (o->tmp) {
            if (ok && rename(o->tmp, o->path) != 0) {
                ok = false;
                saved = errno;
            }
            if (!ok)
                unlink(o->tmp);
            guard(NULL);
        }
    }
    if (!ok)
        cli_warn("%s: write error: %s",
                 o->path ? o->path : "standard output", strerror(saved));
    free(o->path);
    free(o->tmp);
    free(o);
    return ok;
}

void cli_out_abort(cli_out *o)
{
    if (!o)
        return;
    if (o->path && o->f)
        fclose(o->f);
    if (o->tmp) {
        unlink(o->tmp);
        guard(NULL);
    }
    free(o->path);
    free(o->tmp);
    free(o);
}
