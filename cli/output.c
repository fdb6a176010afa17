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
    char *buf;      /* f's buffer (not standard output's) */
};

/* Outputs are written 1 MB at a time, not stdio's 4 KB: extract writes
   about three bytes for each byte it reads, and 41,000 write calls per
   50 MB of input cost 0.2 s of system time.  A caller that writes in
   blocks that large itself (extract) has them written directly: through
   the buffer, all 3.4 bytes per byte read were copied once more.  A
   terminal keeps its line buffering.  Standard output's buffer lives as
   long as the process. */
enum { OUT_BUFFER = 1 << 20 };

static void buffer_output(cli_out *o, bool blocks)
{
    if (isatty(fileno(o->f)))
        return;
    if (blocks) {
        setvbuf(o->f, NULL, _IONBF, 0);
        return;
    }
    if (o->f == stdout) {
        static char stdout_buf[OUT_BUFFER];
        static bool set;
        if (!set)
            setvbuf(stdout, stdout_buf, _IOFBF, sizeof stdout_buf);
        set = true;
        return;
    }
    /* Without it, stdio's own buffer does. */
    if ((o->buf = malloc(OUT_BUFFER)))
        setvbuf(o->f, o->buf, _IOFBF, OUT_BUFFER);
}

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

cli_out *cli_out_open(const char *path, bool blocks)
{
    cli_out *o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    if (!path || !strcmp(path, "-")) {
        o->f = stdout;
        buffer_output(o, blocks);
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
        buffer_output(o, blocks);
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
    buffer_output(o, blocks);
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
    free(o->buf);
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
    free(o->buf);
    free(o);
}
