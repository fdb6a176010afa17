/*
 * lexicon.c - lexicon files (rules/lexicons/NAME.lex) and the word index.
 *
 * A lexicon is a list of forms, one per line, each with optional
 * TAB-separated key=value attributes (rules/README.md).  Every form of every
 * lexicon goes into one hash index keyed by the form's letters and digits
 * with spaces and hyphens removed, so that "الدار البيضاء", "الدار-البيضاء"
 * and "الدارالبيضاء" find the same entry.  Keys of the leading words of a
 * multi-word form are marked as prefixes so the tagger knows to read on.
 */
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ the index */

typedef struct ix_pair {
    const char *key;
    size_t len;
    const hk_entry *entry;   /* NULL for a prefix marker */
} ix_pair;

typedef struct ix_slot {
    const char *key;
    size_t len;
    hk_hits hits;
} ix_slot;

struct hk_index {
    hk_vec pairs;            /* ix_pair, until finish */
    uint32_t *tags;          /* per slot: part of the key's hash, 0 if empty */
    ix_slot *slots;
    size_t mask;
    const hk_entry **all;    /* hit arrays, back to back */
};

/* A hash of the key eight bytes at a time: most lookups are of words that
   are in no lexicon, so the hash is most of their cost. */
static inline uint64_t hash_bytes(const char *s, size_t n)
{
    const uint64_t k = 0x9E3779B97F4A7C15ull;
    uint64_t h = n * k;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * k;
        h ^= h >> 29;
    }
    if (n) {
        uint64_t w = 0;
        unsigned shift = 0;
        if (n & 4) {
            uint32_t x;
            memcpy(&x, s, 4);
            w = x;
            s += 4;
            shift = 32;
        }
        if (n & 2) {
            uint16_t x;
            memcpy(&x, s, 2);
            w |= (uint64_t)x << shift;
            s += 2;
            shift += 16;
        }
        if (n & 1)
            w |= (uint64_t)(unsigned char)*s << shift;
        h = (h ^ w) * k;
    }
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    return h ^ (h >> 32);
}

/* The slot tag of a hash: never 0, which marks an empty slot. */
static inline uint32_t hash_tag(uint64_t h)
{
    return (uint32_t)(h >> 32) | 1;
}

hk_index *hk_i_index_new(void)
{
    hk_index *ix = calloc(1, sizeof *ix);
    if (ix)
        ix->pairs.size = sizeof(ix_pair);
    return ix;
}

void hk_i_index_free(hk_index *ix)
{
    if (!ix)
        return;
    hk_i_vec_free(&ix->pairs);
    free(ix->tags);
    free(ix->slots);
    free(ix->all);
    free(ix);
}

/* The index key of a normalised form: its bytes without separators.
   Forms are normalised, so separators are ASCII space, '-' and the like. */
static char *make_key(hk_arena *a, const char *nform, size_t *len,
                      size_t *word_ends, size_t *n_words, size_t max_words)
{
    size_t n = strlen(nform);
    char *k = hk_i_arena_alloc(a, n + 1);
    if (!k)
        return NULL;
    size_t o = 0, w = 0;
    bool in_word = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)nform[i];
        bool sep = c == ' ' || c == '-' || c == '_' || c == '.' ||
                   c == '\'' || c == 0xE2;   /* leading byte of dashes */
        if (c == 0xE2 && i + 2 < n) {
            i += 2;     /* skip the whole three-byte dash or quote */
        }
        if (sep) {
            if (in_word && w < max_words)
                word_ends[w++] = o;
            in_word = false;
            continue;
        }
        k[o++] = (char)c;
        in_word = true;
    }
    if (in_word && w < max_words)
        word_ends[w++] = o;
    k[o] = '\0';
    *len = o;
    *n_words = w;
    return k;
}

bool hk_i_index_add(hk_index *ix, const hk_entry *e, hk_arena *a)
{
    size_t ends[16], nw = 0, len;
    char *key = make_key(a, e->nform, &len, ends, &nw, 16);
    if (!key || !len)
        return key != NULL;
    ix_pair *p = hk_i_vec_push(&ix->pairs);
    if (!p)
        return false;
    p->key = key;
    p->len = len;
    p->entry = e;
    for (size_t w = 0; w + 1 < nw; w++) {
        p = hk_i_vec_push(&ix->pairs);
        if (!p)
            return false;
        p->key = key;
        p->len = ends[w];
        p->entry = NULL;
    }
    return true;
}

static int pair_cmp(const void *a, const void *b)
{
    const ix_pair *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->key, y->key, n);
    if (c)
        return c;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    /* Entries before markers; entries in load order. */
    if (!x->entry != !y->entry)
        return x->entry ? -1 : 1;
    if (x->entry && y->entry) {
        if (x->entry->lexicon != y->entry->lexicon)
            return x->entry->lexicon < y->entry->lexicon ? -1 : 1;
        return x->entry->line < y->entry->line ? -1 :
               x->entry->line > y->entry->line;
    }
    return 0;
}

bool hk_i_index_finish(hk_index *ix)
{
    size_t n = ix->pairs.len;
    ix_pair *pairs = ix->pairs.items;
    if (n)
        qsort(pairs, n, sizeof *pairs, pair_cmp);
    size_t cap = 64;
    while (cap < n * 2)
        cap *= 2;
    ix->tags = calloc(cap, sizeof *ix->tags);
    ix->slots = calloc(cap, sizeof *ix->slots);
    ix->all = malloc((n ? n : 1) * sizeof *ix->all);
    if (!ix->tags || !ix->slots || !ix->all)
        return false;
    ix->mask = cap - 1;
    size_t used = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        const hk_entry **hits = ix->all + used;
        size_t nh = 0;
        bool prefix = false;
        while (j < n && pairs[j].len == pairs[i].len &&
               !memcmp(pairs[j].key, pairs[i].key, pairs[i].len)) {
            if (pairs[j].entry) {
                /* The same entry twice (two identical forms) counts once. */
                if (!nh || hits[nh - 1] != pairs[j].entry)
                    hits[nh++] = pairs[j].entry;
            } else {
                prefix = true;
            }
            j++;
        }
        used += nh;
        uint64_t h = hash_bytes(pairs[i].key, pairs[i].len);
        size_t s = h & ix->mask;
        while (ix->tags[s])
            s = (s + 1) & ix->mask;
        ix_slot *slot = &ix->slots[s];
        ix->tags[s] = hash_tag(h);
        slot->key = pairs[i].key;
        slot->len = pairs[i].len;
        slot->hits.entries = nh ? hits : NULL;
        slot->hits.n = nh;
        slot->hits.is_prefix = prefix;
        i = j;
    }
    hk_i_vec_free(&ix->pairs);
    return true;
}

/* memcmp(a, b, n) == 0 for the short keys of the index, without a call. */
static inline bool same_key(const char *a, const char *b, size_t n)
{
    for (; n >= 8; a += 8, b += 8, n -= 8) {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        if (x != y)
            return false;
    }
    for (; n; a++, b++, n--)
        if (*a != *b)
            return false;
    return true;
}

const hk_hits *hk_i_index_get(const hk_index *ix, const char *key, size_t len)
{
    uint64_t h = hash_bytes(key, len);
    uint32_t tag = hash_tag(h);
    for (size_t s = h & ix->mask;; s = (s + 1) & ix->mask) {
        uint32_t t = ix->tags[s];
        if (!t)
            return NULL;
        const ix_slot *slot = &ix->slots[s];
        if (t == tag && slot->len == len && same_key(slot->key, key, len))
            return &slot->hits;
    }
}

/* ------------------------------------------------------- lexicon files */

const char *hk_i_entry_attr(const hk_entry *e, const char *key)
{
    for (size_t i = 0; i < e->n_attrs; i++)
        if (!strcmp(e->attrs[i].key, key))
            return e->attrs[i].value;
    return NULL;
}

int hk_i_lexicon_find(const hk_rules *r, const char *name)
{
    for (size_t i = 0; i < r->n_lexicons; i++)
        if (!strcmp(r->lexicons[i].name, name))
            return (int)i;
    return -1;
}

typedef struct lexload {
    hk_rules *r;
    unsigned lex;
    const char *path;
    hk_vec entries;          /* hk_entry * */
} lexload;

static hk_status add_entry_line(void *user, const char *line, size_t len,
                                unsigned lineno, hk_error *err)
{
    lexload *ld = user;
    hk_arena *a = &ld->r->arena;
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (i == len || line[i] == '#')
        return HK_OK;
    /* Fields are TAB-separated: the form, then key=value attributes. */
    const char *fields[32];
    size_t flen[32], foff[32], nf = 0;
    size_t start = i;
    for (size_t k = i; k <= len; k++) {
        if (k == len || line[k] == '\t') {
            if (nf == 32)
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, k), "too many fields");
            size_t s = start, e = k;
            while (s < e && line[s] == ' ')
                s++;
            while (e > s && line[e - 1] == ' ')
                e--;
            if (s < e && line[s] == '#')    /* a trailing comment */
                break;
            if (s < e) {
                fields[nf] = line + s;
                flen[nf] = e - s;
                foff[nf] = s;
                nf++;
            }
            start = k + 1;
        }
    }
    hk_entry *e = hk_i_arena_alloc(a, sizeof *e);
    if (!e)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    e->form = hk_i_arena_strndup(a, fields[0], flen[0]);
    e->nform = hk_i_normalize_str(ld->r->norm, a, fields[0], flen[0]);
    e->lexicon = ld->lex;
    e->line = lineno;
    e->ref = -1;
    if (!e->form || !e->nform)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (!*e->nform)
        return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                         hk_i_column(line, foff[0]),
                         "the form is empty once normalised");
    e->attrs = hk_i_arena_alloc(a, (nf ? nf : 1) * sizeof *e->attrs);
    for (size_t f = 1; f < nf; f++) {
        const char *eq = memchr(fields[f], '=', flen[f]);
        if (!eq || eq == fields[f])
            return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                             hk_i_column(line, foff[f]),
                             "expected key=value, found '%.*s'",
                             (int)flen[f], fields[f]);
        hk_attr *at = &e->attrs[e->n_attrs++];
        at->key = hk_i_arena_strndup(a, fields[f], (size_t)(eq - fields[f]));
        at->value = hk_i_arena_strndup(a, eq + 1,
                                       flen[f] - (size_t)(eq - fields[f]) - 1);
    }
    hk_entry **slot = hk_i_vec_push(&ld->entries);
    if (!slot)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    *slot = e;
    return HK_OK;
}

/* Appends a lexicon (empty) and returns its index, or -1 on no memory. */
int hk_i_lexicon_new(hk_rules *r, const char *name, const char *path)
{
    if (r->n_lexicons >= HK_MAX_LEXICONS)
        return -1;
    hk_lexicon *l = realloc(r->lexicons, (r->n_lexicons + 1) * sizeof *l);
    if (!l)
        return -1;
    r->lexicons = l;
    l = &r->lexicons[r->n_lexicons];
    memset(l, 0, sizeof *l);
    l->name = hk_i_arena_strdup(&r->arena, name);
    l->path = hk_i_arena_strdup(&r->arena, path);
    if (!l->name || !l->path)
        return -1;
    return (int)r->n_lexicons++;
}

hk_status hk_i_lexicon_load_file(hk_rules *r, const char *name,
                                 const char *path, int *index, hk_error *err)
{
    int li = hk_i_lexicon_new(r, name, path);
    if (li < 0)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    lexload ld = {.r = r, .lex = (unsigned)li,
                  .path = r->lexicons[li].path};
    ld.entries.size = sizeof(hk_entry *);
    hk_status st = hk_i_read_lines(path, add_entry_line, &ld, err);
    if (st == HK_OK) {
        hk_lexicon *l = &r->lexicons[li];
        l->n_entries = ld.entries.len;
        l->entries = hk_i_arena_alloc(&r->arena,
                                      (ld.entries.len + 1) * sizeof(hk_entry *));
        if (!l->entries)
            st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        else if (ld.entries.len)
            memcpy(l->entries, ld.entries.items,
                   ld.entries.len * sizeof(hk_entry *));
        for (size_t i = 0; st == HK_OK && i < l->n_entries; i++)
            if (!hk_i_index_add(r->index, l->entries[i], &r->arena))
                st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        r->n_entries += l->n_entries;
    }
    hk_i_vec_free(&ld.entries);
    if (index)
        *index = li;
    return st;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

hk_status hk_i_lexicons_load(hk_rules *r, const char *dir, hk_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/lexicons", dir);
    DIR *d = opendir(path);
    if (!d)
        return hk_i_fail(err, HK_ERR_IO, path, 0, 0, "cannot open: %s",
                         strerror(errno));
    hk_vec names = {.size = sizeof(char *)};
    struct dirent *de;
    hk_status st = HK_OK;
    while ((de = readdir(d))) {
        size_t n = strlen(de->d_name);
        if (n > 4 && !strcmp(de->d_name + n - 4, ".lex")) {
            char **slot = hk_i_vec_push(&names);
            if (!slot || !(*slot = hk_i_arena_strdup(&r->arena, de->d_name))) {
                st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
                break;
            }
        }
    }
    closedir(d);
    /* Sorted, so that the index and every output are reproducible. */
    if (names.len)
        qsort(names.items, names.len, sizeof(char *), name_cmp);
    for (size_t i = 0; st == HK_OK && i < names.len; i++) {
        const char *file = HK_VEC_AT(&names, char *, i);
        char fpath[8192], name[256];
        snprintf(fpath, sizeof fpath, "%s/%s", path, file);
        snprintf(name, sizeof name, "%.*s", (int)(strlen(file) - 4), file);
        st = hk_i_lexicon_load_file(r, name, fpath, NULL, err);
    }
    hk_i_vec_free(&names);
    return st;
}
