/*
 * pipeline.c - extraction over many documents on worker threads.
 *
 * N workers, each with its own hk_extractor over the shared read-only
 * rules, take turns reading the next batch of documents (up to BATCH_DOCS
 * documents or BATCH_BYTES of text, under the reading lock), extract it,
 * and hand the results, in input order (so the output is the same
 * whatever N is), to the command: writing JSON, adding to the graph,
 * scoring.  A worker that finishes the batch next in line hands over it
 * and every finished batch after it, one worker at a time.  There is no
 * reading thread and no consumer thread: each cost wake-ups that took a
 * core from a worker, and made memory on one core that another read.
 * Threads meet once per batch, not once per document: handing over single
 * documents cost more in locks and context switches than two workers
 * gained.  The ring bounds memory: at most 4 batches per worker are in
 * flight.  Memory is freed by the thread that allocated it, the worker
 * that read and extracted the batch: glibc gives each thread a malloc
 * arena of its own, and frees from other threads fight the owners'
 * mallocs for the arena lock.  So a worker handing over its own batch
 * frees it at once, and another worker's batch goes back to that worker,
 * which frees it before it reads again.  The JSON lines of a batch are
 * written one after another into a buffer that stays with the batch's
 * place in the ring (hk_doc_append_json), so that steady state allocates
 * nothing for them: whichever worker fills the place grows the buffer
 * when a batch needs more (a realloc of a block another thread may have
 * allocated, rare once the buffers have grown to what a batch takes), and
 * the calling thread frees the buffers at the end (one that an outsized
 * document grew past JSON_KEEP is freed after its hand-over).  When the
 * command wants the lines only (extract), a document's line is written
 * straight from the extractor (hk_extract_append_json): no hk_doc is
 * made, and its warnings, rare, are copied for the hand-over.  The lines
 * go to the command a batch at a time, in one block: written a line at a
 * time through stdio they were all copied once more, into its buffer.
 * With one job everything runs on the calling thread, with one such
 * buffer, handed over whenever it holds LINES_BLOCK bytes.  The worker
 * handing over results also draws the progress line.
 */
#include "cli.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* A batch is cut at whichever comes first. */
enum { BATCH_DOCS = 64, BATCH_BYTES = 256 * 1024 };

/* A buffer of JSON lines, kept from one batch to the next, unless an
   outsized document grew it past JSON_KEEP (a batch's lines take about
   1 MB): then it is freed once handed over, not kept for the whole run. */
typedef struct jbuf {
    char *data;
    size_t len, cap;
} jbuf;

enum { JSON_KEEP = 8 << 20 };

/* With one job, lines are handed over once they take this much: short
   of the 256 KB the buffer grows to (a document's room is asked for
   before it is written), so that it never grows to 512 KB, whose fresh
   pages each cost a fault. */
enum { LINES_BLOCK = 192 << 10 };

/* Empties b for the next batch. */
static void jbuf_empty(jbuf *b)
{
    b->len = 0;
    if (b->cap > JSON_KEEP) {
        free(b->data);
        b->data = NULL;
        b->cap = 0;
    }
}

/* A document's warnings, copied (see work): n strings after the
   pointers, in one allocation. */
typedef struct warns {
    size_t n;
    const char *w[];
} warns;

typedef struct slot {
    cli_doc d;
    hk_doc *doc;             /* NULL when only the line was written */
    warns *warns;            /* the warnings then, or NULL for none */
    size_t json_at, json_len; /* its line in the batch's buffer */
    hk_error err;
    hk_status st;
    const char *unusable;    /* why a raw record could not be used */
} slot;

typedef struct batch {
    slot *docs;              /* BATCH_DOCS slots */
    size_t n;
    jbuf json;               /* the slots' JSON lines */
    bool done;               /* extracted, waiting to be handed over */
    size_t worker;           /* who extracted it */
} batch;

/* What a worker allocated for a finished slot, waiting for it to free. */
typedef struct leftover {
    cli_doc d;
    hk_doc *doc;
    warns *warns;
} leftover;

typedef struct trash {
    leftover *items;
    size_t n, cap;
} trash;

typedef struct skip {
    const char *why;
    size_t n;
} skip;

typedef struct run {
    const hk_rules *rules;
    cli_write_fn write;      /* JSON lines wanted: where they go */
    cli_consume_fn consume;
    void *user;
    pthread_mutex_t read_mu;  /* taken before mu, never after it */
    bool eof;                /* under read_mu */
    pthread_mutex_t mu;
    pthread_cond_t empty_cv;
    batch *ring;
    size_t n;
    size_t filled, written;
    bool failed;
    bool handing;            /* a worker is handing batches over */
    /* Progress, updated by the reading worker under mu. */
    unsigned long long bytes_done, bytes_total;
    bool progress;
    struct timespec start, last;
    cli_run_stats stats;
    cli_inputs *in;          /* read under read_mu; its options by anyone */
    skip skips[8];           /* unusable records, by reason (hand_over) */
    size_t n_skips, unusable;
    trash *trash;            /* one per worker, under the lock */
} run;

/* One worker's view of the run. */
typedef struct worker_arg {
    run *r;
    size_t id;
} worker_arg;

bool cli_want_progress(bool quiet)
{
    return !quiet && isatty(STDERR_FILENO);
}

static double since(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* Is it time to draw the progress line again (four times a second)? */
static bool due(const run *r)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return since(&r->last, &now) >= 0.25;
}

/* Draws the progress line (at most four times a second).  Only the thread
   handing results over (or, at -j1 and at the end, the calling thread)
   calls it; the byte counts come as read under the lock. */
static void draw(run *r, unsigned long long bytes_done,
                 unsigned long long bytes_total, bool final)
{
    if (!final && !due(r))
        return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    r->last = now;
    double t = since(&r->start, &now);
    if (t <= 0)
        t = 1e-9;
    size_t docs = r->stats.extracted + r->stats.failed;
    double mb = (double)bytes_done / 1e6;
    char eta[32] = "";
    if (bytes_total && bytes_done && bytes_done < bytes_total) {
        double left = t * (double)(bytes_total - bytes_done) / (double)bytes_done;
        snprintf(eta, sizeof eta, "  ETA %d:%02d:%02d", (int)(left / 3600),
                 (int)(left / 60) % 60, (int)left % 60);
    }
    fprintf(stderr, "\r%s: %zu docs  %.1f MB  %.0f docs/s  %.1f MB/s%s   %s",
            cli_prog, docs, mb, (double)docs / t, mb / t, eta,
            final ? "\n" : "");
    fflush(stderr);
}

/* One thread's scratch space. */
typedef struct tools {
    hk_extractor *ex;
    hk_record_reader *rd;
} tools;

static bool tools_new(const run *r, tools *t, hk_error *err)
{
    t->ex = NULL;
    t->rd = NULL;
    return hk_extractor_new(r->rules, &t->ex, err) == HK_OK &&
           hk_record_reader_new(&t->rd, err) == HK_OK;
}

static void tools_free(tools *t)
{
    hk_extractor_free(t->ex);
    hk_record_reader_free(t->rd);
}

/* A copy of ex's warnings, or NULL when there are none (and when out of
   memory: *ok false). */
static warns *copy_warns(const hk_extractor *ex, bool *ok)
{
    const char *const *w;
    size_t n = hk_extractor_warnings(ex, &w), size = sizeof(warns);
    *ok = true;
    if (!n)
        return NULL;
    for (size_t i = 0; i < n; i++)
        size += sizeof(char *) + strlen(w[i]) + 1;
    warns *c = malloc(size);
    if (!(*ok = c != NULL))
        return NULL;
    c->n = n;
    char *o = (char *)&c->w[n];
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(w[i]) + 1;
        c->w[i] = memcpy(o, w[i], k);
        o += k;
    }
    return c;
}

/* Extracts one slot's document (on a worker, or the calling thread),
   writing its JSON line at the end of json. */
static void work(run *r, tools *t, slot *s, jbuf *json)
{
    s->unusable = s->d.raw ? cli_doc_cook(&s->d, r->in, t->rd, s->err.message,
                                          sizeof s->err.message)
                           : NULL;
    if (s->unusable) {
        s->st = HK_ERR_INPUT;
        return;
    }
    hk_doc_info info = {.id = s->d.id, .date = s->d.date, .title = s->d.title,
                        .url = s->d.url};
    if (r->write && !r->consume) {
        s->json_at = json->len;
        s->st = hk_extract_append_json(t->ex, &info, s->d.text, s->d.len,
                                       &json->data, &json->len, &json->cap,
                                       &s->err);
        s->json_len = json->len - s->json_at;
        bool ok = true;
        if (s->st == HK_OK && !(s->warns = copy_warns(t->ex, &ok)) && !ok) {
            json->len = s->json_at;
            s->json_len = 0;
            s->st = HK_ERR_NOMEM;
        }
        return;
    }
    s->st = hk_extract(t->ex, &info, s->d.text, s->d.len, &s->doc, &s->err);
    if (s->st == HK_OK && r->write) {
        s->json_at = json->len;
        if (hk_doc_append_json(s->doc, &json->data, &json->len,
                               &json->cap) != HK_OK)
            s->st = HK_ERR_NOMEM;
        s->json_len = json->len - s->json_at;
    }
}

/* Hands a finished slot to the command (its JSON line goes with the
   batch's, see lines).  Runs in hand_over (one thread at a time) or on
   the calling thread; returns false when the run must stop. */
static bool finish(run *r, slot *s, bool stopping)
{
    bool ok = true;
    if (s->unusable) {
        /* Reported in input order, counted by reason. */
        cli_warn("%s", s->err.message);
        size_t i = 0;
        while (i < r->n_skips && strcmp(r->skips[i].why, s->unusable))
            i++;
        if (i == r->n_skips && i < 8)
            r->skips[r->n_skips++] = (skip){s->unusable, 0};
        if (i < 8)
            r->skips[i].n++;
        r->unusable++;
        ok = strcmp(s->unusable, "out of memory") != 0;
    } else if (s->st == HK_OK) {
        size_t nw = s->doc ? s->doc->n_warnings : s->warns ? s->warns->n : 0;
        for (size_t w = 0; w < nw; w++)
            cli_warn("%s: %s", s->d.path ? s->d.path : s->d.id,
                     s->doc ? s->doc->warnings[w] : s->warns->w[w]);
        if (!stopping && r->consume && !r->consume(r->user, &s->d, s->doc))
            ok = false;
        r->stats.extracted++;
    } else {
        cli_warn("%s: %s: skipped", s->d.path ? s->d.path : s->d.id,
                 s->err.message[0] ? s->err.message : hk_status_string(s->st));
        r->stats.failed++;
        ok = s->st != HK_ERR_NOMEM;
    }
    return ok;
}

/* Hands the first n bytes of a buffer of JSON lines to the command;
   returns false when the run must stop. */
static bool lines(run *r, const jbuf *json, size_t n)
{
    return !n || r->write(r->user, json->data, n);
}

static void dispose(leftover *l)
{
    hk_doc_free(l->doc);
    free(l->warns);
    cli_doc_clear(&l->d);
}

/* Takes from a finished slot what its worker allocated, and empties it. */
static leftover take(slot *s)
{
    leftover l = {.d = s->d, .doc = s->doc, .warns = s->warns};
    memset(&s->d, 0, sizeof s->d);
    s->doc = NULL;
    s->warns = NULL;
    s->json_at = s->json_len = 0;
    s->unusable = NULL;
    return l;
}

static void trash_empty(trash *t)
{
    for (size_t i = 0; i < t->n; i++)
        dispose(&t->items[i]);
    t->n = 0;
}

/* Moves a batch's finished slots to its worker's trash (under the lock).
   When the trash cannot grow they are freed here instead. */
static void throw_out(run *r, batch *b)
{
    trash *t = &r->trash[b->worker];
    if (t->cap - t->n < b->n) {
        size_t cap = t->cap ? t->cap * 2 : BATCH_DOCS * 4;
        while (cap - t->n < b->n)
            cap *= 2;
        leftover *items = realloc(t->items, cap * sizeof *items);
        if (!items) {
            for (size_t i = 0; i < b->n; i++) {
                leftover l = take(&b->docs[i]);
                dispose(&l);
            }
            return;
        }
        t->items = items;
        t->cap = cap;
    }
    for (size_t i = 0; i < b->n; i++)
        t->items[t->n++] = take(&b->docs[i]);
}

/* Reads the next batch into the ring, for worker `id`: waits for room,
   then fills the slot next in line under read_mu, so that batches enter
   the ring in input order.  Returns NULL at the end or when the run
   stops. */
static batch *read_batch(run *r, size_t id)
{
    batch *b = NULL;
    pthread_mutex_lock(&r->read_mu);
    pthread_mutex_lock(&r->mu);
    while (r->filled - r->written >= r->n && !r->failed)
        pthread_cond_wait(&r->empty_cv, &r->mu);
    bool stop = r->failed || r->eof;
    pthread_mutex_unlock(&r->mu);
    if (!stop) {
        /* Only the holder of read_mu moves `filled`: the slot is ours. */
        b = &r->ring[r->filled % r->n];
        size_t text = 0;
        while (b->n < BATCH_DOCS && text < BATCH_BYTES &&
               cli_inputs_next(r->in, &b->docs[b->n].d) == 1) {
            text += b->docs[b->n].d.len;
            b->n++;
        }
        if (!b->n) {
            r->eof = true;
            b = NULL;
        } else {
            unsigned long long done, total;
            cli_inputs_progress(r->in, &done, &total);
            pthread_mutex_lock(&r->mu);
            r->bytes_done = done;
            r->bytes_total = total;
            b->worker = id;
            r->filled++;
            pthread_mutex_unlock(&r->mu);
        }
    }
    pthread_mutex_unlock(&r->read_mu);
    return b;
}

/* Hands the finished batches next in line to the command, in order, and
   empties them.  Called by a worker with the lock held, returns with it
   held; while one worker hands over, the others go back to extracting
   and it takes their batches too. */
static void hand_over(run *r, size_t self)
{
    if (r->handing)
        return;
    r->handing = true;
    while (r->written < r->filled &&
           r->ring[r->written % r->n].done) {
        batch *b = &r->ring[r->written % r->n];
        bool stopping = r->failed;
        unsigned long long done = r->bytes_done, total = r->bytes_total;
        pthread_mutex_unlock(&r->mu);
        bool ok = true;
        size_t upto = 0;     /* the lines of the slots handed over */
        for (size_t i = 0; i < b->n; i++) {
            slot *s = &b->docs[i];
            ok = finish(r, s, stopping || !ok) && ok;
            if (ok && !stopping && s->st == HK_OK)
                upto = s->json_at + s->json_len;
        }
        if (r->write)
            ok = lines(r, &b->json, upto) && ok;
        /* This worker's own results are freed at once, while they are
           still in its cache; another's go to that worker's trash. */
        bool mine = b->worker == self;
        for (size_t i = 0; mine && i < b->n; i++) {
            leftover l = take(&b->docs[i]);
            dispose(&l);
        }
        if (r->progress)
            draw(r, done, total, false);
        pthread_mutex_lock(&r->mu);
        if (!ok && !r->failed) {
            r->failed = true;
            pthread_cond_broadcast(&r->empty_cv);
        }
        if (!mine)
            throw_out(r, b);
        b->done = false;
        b->n = 0;
        jbuf_empty(&b->json);
        r->written++;
        pthread_cond_signal(&r->empty_cv);
    }
    r->handing = false;
}

static void *worker(void *arg)
{
    run *r = ((worker_arg *)arg)->r;
    size_t id = ((worker_arg *)arg)->id;
    trash mine = {0};        /* swapped with r->trash[id] to empty it */
    tools t;
    hk_error err = {0};
    bool ready = tools_new(r, &t, &err);
    if (!ready) {
        pthread_mutex_lock(&r->mu);
        r->failed = true;
        pthread_cond_broadcast(&r->empty_cv);
        pthread_mutex_unlock(&r->mu);
    }
    for (;;) {
        /* What other workers handed over for us, freed before we read. */
        pthread_mutex_lock(&r->mu);
        trash theirs = r->trash[id];
        r->trash[id] = mine;
        mine = theirs;
        pthread_mutex_unlock(&r->mu);
        trash_empty(&mine);
        batch *b = read_batch(r, id);
        if (!b)
            break;
        for (size_t i = 0; i < b->n; i++) {
            slot *s = &b->docs[i];
            if (ready) {
                work(r, &t, s, &b->json);
            } else {
                s->st = HK_ERR_NOMEM;
                snprintf(s->err.message, sizeof s->err.message, "out of memory");
            }
        }
        pthread_mutex_lock(&r->mu);
        b->done = true;
        hand_over(r, id);
        pthread_mutex_unlock(&r->mu);
    }
    tools_free(&t);
    trash_empty(&mine);
    free(mine.items);
    return NULL;
}

static int cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

bool cli_run(const hk_rules *rules, cli_inputs *in, int jobs,
             cli_write_fn write, bool progress, cli_consume_fn consume,
             void *user, cli_run_stats *stats)
{
    run r = {.rules = rules, .write = write, .consume = consume, .user = user,
             .progress = progress, .in = in};
    clock_gettime(CLOCK_MONOTONIC, &r.start);
    r.last = r.start;
    if (jobs <= 0)
        jobs = cores();
    if (jobs == 1) {
        /* One job: no threads, the simplest and the fairest baseline. */
        tools t;
        hk_error err = {0};
        if (!tools_new(&r, &t, &err)) {
            cli_report(&err);
            tools_free(&t);
            return false;
        }
        slot s = {0};
        jbuf json = {0};
        while (!r.failed && cli_inputs_next(in, &s.d)) {
            size_t before = json.len;
            work(&r, &t, &s, &json);
            r.failed = !finish(&r, &s, false);
            if (r.failed)
                json.len = before;   /* not handed over */
            leftover l = take(&s);
            dispose(&l);
            if (!r.failed && json.len >= LINES_BLOCK) {
                r.failed = !lines(&r, &json, json.len);
                jbuf_empty(&json);
            }
            /* Where the input is costs a system call (gzoffset). */
            if (progress && due(&r)) {
                cli_inputs_progress(in, &r.bytes_done, &r.bytes_total);
                draw(&r, r.bytes_done, r.bytes_total, false);
            }
        }
        /* The lines of the documents handed over before a stop too. */
        if (r.write && json.len && !lines(&r, &json, json.len))
            r.failed = true;
        tools_free(&t);
        free(json.data);
    } else {
        r.n = (size_t)jobs * 4;
        r.ring = calloc(r.n, sizeof *r.ring);
        slot *docs = calloc(r.n * BATCH_DOCS, sizeof *docs);
        pthread_t *th = calloc((size_t)jobs, sizeof *th);
        worker_arg *args = calloc((size_t)jobs, sizeof *args);
        r.trash = calloc((size_t)jobs, sizeof *r.trash);
        if (!r.ring || !docs || !th || !args || !r.trash) {
            free(r.ring);
            free(docs);
            free(th);
            free(args);
            free(r.trash);
            cli_warn("out of memory");
            return false;
        }
        for (size_t i = 0; i < r.n; i++)
            r.ring[i].docs = docs + i * BATCH_DOCS;
        pthread_mutex_init(&r.read_mu, NULL);
        pthread_mutex_init(&r.mu, NULL);
        pthread_cond_init(&r.empty_cv, NULL);
        int started = 0;
        for (int i = 0; i < jobs; i++) {
            args[i] = (worker_arg){&r, (size_t)i};
            started += pthread_create(&th[i], NULL, worker, &args[i]) == 0;
        }
        if (!started) {
            cli_warn("cannot start threads");
            r.failed = true;
        }
        for (int i = 0; i < jobs; i++)
            if (th[i])
                pthread_join(th[i], NULL);
        pthread_mutex_destroy(&r.read_mu);
        pthread_mutex_destroy(&r.mu);
        pthread_cond_destroy(&r.empty_cv);
        /* What was handed over after its worker left. */
        for (int i = 0; i < jobs; i++) {
            trash_empty(&r.trash[i]);
            free(r.trash[i].items);
        }
        free(r.trash);
        for (size_t i = 0; i < r.n * BATCH_DOCS; i++)
            cli_doc_clear(&docs[i].d);
        for (size_t i = 0; i < r.n; i++)
            free(r.ring[i].json.data);
        free(args);
        free(r.ring);
        free(docs);
        free(th);
    }
    if (progress) {
        if (jobs == 1)
            cli_inputs_progress(in, &r.bytes_done, &r.bytes_total);
        draw(&r, r.bytes_done, r.bytes_total, true);
    }
    /* Records found unusable on the workers join the reader's count. */
    cli_inputs_unread(in, r.unusable);
    for (size_t i = 0; i < r.n_skips; i++)
        for (size_t k = 0; k < r.skips[i].n; k++)
            cli_inputs_skip(in, r.skips[i].why);
    if (stats)
        *stats = r.stats;
    return !r.failed;
}
