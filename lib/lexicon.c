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
    const hk_entry *of;      /* a marker's entry, whose key goes on */
} ix_pair;

/* What a lookup needs of a key, in the key's slot of the hash table (no
   table of record indexes before them: a found word loads one line of
   the table, not two): the hits first (what it returns), then the words
   to compare.  One cache line on a 64-bit system, so a found word costs
   the caller no second miss.  A key
   of at most 16 bytes has no word c (it is 0): there the record keeps
   its entry when it has one only (most), and hits.entries points to it,
   so the tagger need not read the array of all hits either. */
typedef struct ix_rec {
    hk_hits hits;
    uint64_t a, b;
    union {
        uint64_t c;             /* keys of more than 16 bytes */
        const hk_entry *one;    /* the others */
    } u;
    uint32_t len;
} ix_rec;

struct hk_index {
    hk_index_filter filter;  /* first: hk_i_index_get reads it inline */
    hk_vec pairs;            /* ix_pair, until finish */
    size_t mask;
    unsigned shift;          /* a hash's top bits are its first slot */
    const char **keys;       /* per slot: its key */
    ix_rec *recs;            /* the slots: len 0 if empty */
    const hk_entry **all;    /* hit arrays, back to back, each of more
                                than one entry followed by its entries'
                                lexicons (a byte each, hk_i_hits_lexicons) */
};

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
    free(ix->filter.bits);
    free(ix->keys);
    free(ix->recs);
    free(ix->all);
    free(ix);
}

/* Bytes of the separator at form[i] of n (0 for a letter): a space, a
   hyphen, '_', '.', '\'', or a three-byte dash or quote (E2 ..). */
static size_t sep_len(const char *form, size_t i, size_t n)
{
    unsigned char c = (unsigned char)form[i];
    if (c == 0xE2)
        return i + 2 < n ? 3 : 1;
    return c == ' ' || c == '-' || c == '_' || c == '.' || c == '\'';
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
    for (size_t i = 0; i < n;) {
        size_t sep = sep_len(nform, i, n);
        if (sep) {
            if (in_word && w < max_words)
                word_ends[w++] = o;
            in_word = false;
            i += sep;
            continue;
        }
        k[o++] = nform[i++];
        in_word = true;
    }
    if (in_word && w < max_words)
        word_ends[w++] = o;
    k[o] = '\0';
    *len = o;
    *n_words = w;
    return k;
}

/* The key and the prefix markers of its leading words, for entry e. */
static bool add_pairs(hk_index *ix, const hk_entry *e, const char *key,
                      size_t len, const size_t *ends, size_t nw)
{
    ix_pair *p = hk_i_vec_push(&ix->pairs);
    if (!p)
        return false;
    p->key = key;
    p->len = len;
    p->entry = e;
    p->of = NULL;
    for (size_t w = 0; w + 1 < nw; w++) {
        p = hk_i_vec_push(&ix->pairs);
        if (!p)
            return false;
        p->key = key;
        p->len = ends[w];
        p->entry = NULL;
        p->of = e;
    }
    return true;
}

/* The two bytes of the letters whose confusion at a word's end the press
   writes: ة for ه, ى for ي and the reverse. */
#define AR2(x, y) ((unsigned)(x) << 8 | (unsigned)(y))
enum {
    TA_MARBUTA = AR2(0xD8, 0xA9), HA = AR2(0xD9, 0x87),
    ALEF_MAQSURA = AR2(0xD9, 0x89), YA = AR2(0xD9, 0x8A),
    ALEF = AR2(0xD8, 0xA7), LAM = AR2(0xD9, 0x84),
};

static unsigned ar2(const char *p)
{
    return AR2((unsigned char)p[0], (unsigned char)p[1]);
}

/* The letter a word w[s..e) may end with in the press instead of its own
   (0 for none): «الأمانه» for الأمانة, «المحلى» for المحلي, «مصطفي» for
   مصطفى.  Only where the confusion makes no other word: ة as ه on a
   definite word, a nisba (ـية) or a proper name (hk_entry.proper: not on
   a title, «كاتبه» is "his secretary", nor on a name that is also a word,
   «رحمه الله»); ي as ى on a definite word only («علي» is not «على»); ى
   as ي on words of four letters or more (not «على», «إلى»). */
static unsigned ending_variant(const char *w, size_t s, size_t e,
                               bool proper)
{
    if (e - s < 4)
        return 0;
    size_t letters = 0;
    for (size_t i = s; i < e; i++)
        letters += ((unsigned char)w[i] & 0xC0) != 0x80;
    unsigned first = ar2(w + s);
    bool definite = (first == ALEF || first == LAM) && ar2(w + s + 2) == LAM;
    switch (ar2(w + e - 2)) {
    case TA_MARBUTA:
        return (definite && letters >= 5) ||
                       (letters >= 4 && (proper || ar2(w + e - 4) == YA))
                   ? HA : 0;
    case YA:
        return definite && letters >= 5 ? ALEF_MAQSURA : 0;
    case ALEF_MAQSURA:
        return letters >= 4 ? YA : 0;
    }
    return 0;
}

/* The word endings of e's form that the press may spell otherwise: their
   offsets in at[] and the letters they may be in to[] (at most 16 words;
   none for a longer form). */
static size_t ending_sites(const hk_entry *e, size_t n, size_t at[16],
                           unsigned to[16])
{
    const char *form = e->nform;
    size_t nv = 0, nw = 0;
    for (size_t i = 0; i < n;) {
        size_t k = sep_len(form, i, n);
        if (k) {
            i += k;
            continue;
        }
        size_t s = i;
        while (i < n && !sep_len(form, i, n))
            i++;
        if (++nw > 16)
            return 0;
        unsigned v = ending_variant(form, s, i, e->proper);
        if (v) {
            at[nv] = i - 2;
            to[nv++] = v;
        }
    }
    return nv;
}

/* The spellings of e's form with its varying endings in every
   combination (hk_i_index_add): at most FORM_VARIANTS written to out,
   allocated in a; their count, 0 for none, SIZE_MAX when out of memory. */
enum { FORM_VARIANTS = 7 };
static size_t form_variants(const hk_entry *e, hk_arena *a,
                            const char *out[FORM_VARIANTS])
{
    const char *form = e->nform;
    size_t n = strlen(form), at[16];
    unsigned to[16];
    size_t nv = ending_sites(e, n, at, to);
    if (!nv)
        return 0;
    /* Up to three words vary one by one (seven forms); more, all at once. */
    unsigned all = (1u << nv) - 1, m = nv <= 3 ? 1 : all;
    size_t made = 0;
    for (; m <= all; m++) {
        char *v = hk_i_arena_alloc(a, n + 1);
        if (!v)
            return SIZE_MAX;
        memcpy(v, form, n + 1);
        for (size_t i = 0; i < nv; i++)
            if (m >> i & 1) {
                v[at[i]] = (char)(to[i] >> 8);
                v[at[i] + 1] = (char)(to[i] & 0xFF);
            }
        out[made++] = v;
    }
    return made;
}

const char *hk_i_form_marked(const hk_entry *e, hk_arena *a)
{
    const char *form = e->nform;
    size_t n = strlen(form), at[16];
    unsigned to[16];
    size_t nv = ending_sites(e, n, at, to);
    if (!nv)
        return form;
    char *m = hk_i_arena_alloc(a, n + 1);
    if (!m)
        return NULL;
    size_t o = 0, v = 0;
    for (size_t i = 0; i < n; i++) {
        if (v < nv && i == at[v]) {
            m[o++] = to[v++] == HA ? HK_MARK_HA : HK_MARK_YA;
            i++;
            continue;
        }
        m[o++] = form[i];
    }
    m[o] = '\0';
    return m;
}

bool hk_i_index_add(hk_index *ix, const hk_entry *e, hk_arena *a)
{
    const char *variants[FORM_VARIANTS];
    size_t nvar = form_variants(e, a, variants);
    if (nvar == SIZE_MAX)
        return false;
    for (size_t v = 0; v <= nvar; v++) {
        size_t ends[16], nw = 0, len;
        char *key = make_key(a, v ? variants[v - 1] : e->nform, &len, ends,
                             &nw, 16);
        if (!key)
            return false;
        if (len && !add_pairs(ix, e, key, len, ends, nw))
            return false;
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

static inline bool same_pair(const ix_pair *x, const ix_pair *y)
{
    return x->len == y->len && !memcmp(x->key, y->key, x->len);
}

bool hk_i_index_finish(hk_index *ix)
{
    size_t n = ix->pairs.len;
    ix_pair *pairs = ix->pairs.items;
    if (n)
        qsort(pairs, n, sizeof *pairs, pair_cmp);
    size_t nkeys = 0;
    for (size_t i = 0; i < n; i++)
        nkeys += !i || !same_pair(&pairs[i], &pairs[i - 1]);
    /* Half full at most: the filter turns away most words that are in
       no lexicon, and a key that is in it is seldom far from its first
       slot.  Empty slots cost memory (a record each), not cache: each
       document's lookups load the lines of the keys they find. */
    size_t cap = 64;
    unsigned bits = 6;
    while (cap < nkeys * 2) {
        cap *= 2;
        bits++;
    }
    /* 8 to 16 bits a key (4 KB for the rules' keys): a few words in a
       hundred that are in no lexicon get past it, but each document's
       lookups load half the cache lines that 16 to 32 bits cost, and
       fewer misses of the L1 cache pay for the extra probes (callgrind,
       1 MB: 28 K fewer D1 misses than with 8 KB; 2 KB: none fewer). */
    size_t fwords = 1;
    while (fwords * 8 < nkeys)
        fwords *= 2;
    ix->filter.bits = calloc(fwords, sizeof *ix->filter.bits);
    ix->filter.mask = fwords - 1;
    ix->keys = calloc(cap, sizeof *ix->keys);
    ix->recs = aligned_alloc(64, cap * sizeof *ix->recs);
    /* A key's lexicon bytes take at most as many pointers as its hits. */
    ix->all = malloc((n ? 2 * n : 1) * sizeof *ix->all);
    if (!ix->filter.bits || !ix->keys || !ix->recs || !ix->all)
        return false;
    memset(ix->recs, 0, cap * sizeof *ix->recs);
    ix->mask = cap - 1;
    ix->shift = 64 - bits;
    size_t used = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        const hk_entry **hits = ix->all + used;
        size_t nh = 0;
        uint64_t lexicons = 0, longer = 0;
        bool prefix = false;
        while (j < n && same_pair(&pairs[j], &pairs[i])) {
            if (pairs[j].entry) {
                /* The same entry twice (two identical forms) counts once. */
                if (!nh || hits[nh - 1] != pairs[j].entry)
                    hits[nh++] = pairs[j].entry;
                lexicons |= (uint64_t)1 << pairs[j].entry->lexicon;
            } else {
                prefix = true;
                longer |= (uint64_t)1 << pairs[j].of->lexicon;
            }
            j++;
        }
        used += nh;
        if (nh > 1) {
            /* hk_i_hits_lexicons reads them. */
            unsigned char *lex = (unsigned char *)(hits + nh);
            for (size_t k = 0; k < nh; k++)
                lex[k] = (unsigned char)hits[k]->lexicon;
            used += (nh + sizeof *hits - 1) / sizeof *hits;
        }
        const char *key = pairs[i].key;
        size_t len = pairs[i].len;
        hk_key_words w = hk_i_key_words(key, len);
        uint64_t h = hk_i_key_hash(w, len);
        size_t k = h >> ix->shift;
        while (ix->recs[k].len)
            k = (k + 1) & ix->mask;
        uint64_t g = hk_i_filter_hash(h);
        ix->filter.bits[hk_i_filter_word(&ix->filter, g)] |=
            hk_i_filter_bits(g);
        ix->keys[k] = key;
        ix->recs[k] = (ix_rec){
            .hits = {.entries = nh ? hits : NULL, .n = (uint32_t)nh,
                     .is_prefix = prefix, .lexicons = lexicons,
                     .longer = longer},
            .a = w.a, .b = w.b, .len = (uint32_t)len};
        if (len > 16)
            ix->recs[k].u.c = w.c;
        else if (nh == 1) {
            ix->recs[k].u.one = hits[0];
            ix->recs[k].hits.entries = &ix->recs[k].u.one;
        }
        i = j;
    }
    hk_i_vec_free(&ix->pairs);
    return true;
}

/* Keys of more than 24 bytes: the bytes the words leave out (a loop, not
   memcmp, so that the lookup calls nothing and saves no registers). */
static inline bool same_rest(const char *a, const char *b, size_t len)
{
    for (size_t i = 16; i < len - 8; i += 8)
        if (hk_i_load64(a + i) != hk_i_load64(b + i))
            return false;
    return true;
}

/* The slots from h's first on, for a key that got past the filter (out of
   line: the lookups the filter turns away, most, save no registers). */
const hk_hits *hk_i_index_probe(const hk_index *ix, const char *key,
                                size_t len, uint64_t h)
{
    hk_key_words w = hk_i_key_words(key, len);
    for (size_t s = h >> ix->shift;; s = (s + 1) & ix->mask) {
        const ix_rec *r = &ix->recs[s];
        if (r->a == w.a && r->b == w.b && r->len == len &&
            (len <= 16 ||
             (r->u.c == w.c &&
              (len <= 24 || same_rest(ix->keys[s], key, len)))))
            return &r->hits;
        if (!r->len)
            return NULL;
    }
}

/* ------------------------------------------------------- lexicon files */

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
    bool proper;             /* its entries are hk_entry.proper but those
                                marked common=1 */
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
    enum { MAX_FIELDS = HK_MAX_ENTRY_ATTRS + 1 };
    const char *fields[MAX_FIELDS];
    size_t flen[MAX_FIELDS], foff[MAX_FIELDS], nf = 0;
    size_t start = i;
    for (size_t k = i; k <= len; k++) {
        if (k == len || line[k] == '\t') {
            if (nf == MAX_FIELDS)
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
    /* The entry and its attributes in one block from the start of a
       cache line: a match reads them (match.c) long after the tagger
       found the entry, mostly from memory, and loads one line for an
       entry of one attribute, not two (hk_entry). */
    size_t bytes = sizeof(hk_entry) + (nf - 1) * sizeof(hk_attr);
    char *block = hk_i_arena_alloc(a, bytes + 63);
    if (!block)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    hk_entry *e = (hk_entry *)(block + (-(uintptr_t)block & 63));
    e->form = hk_i_arena_strndup(a, fields[0], flen[0]);
    e->nform = hk_i_normalize_str(ld->r->norm, a, fields[0], flen[0]);
    e->lexicon = (uint8_t)ld->lex;
    e->line = lineno;
    e->ref = -1;
    if (!e->form || !e->nform)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (!*e->nform)
        return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                         hk_i_column(line, foff[0]),
                         "the form is empty once normalised");
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
        if (!at->key || !at->value)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    e->proper = ld->proper;
    for (size_t k = 0; k < e->n_attrs; k++)
        if (!strcmp(e->attrs[k].key, "common") &&
            !strcmp(e->attrs[k].value, "1"))
            e->proper = false;
    hk_entry **slot = hk_i_vec_push(&ld->entries);
    if (!slot)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    *slot = e;
    return HK_OK;
}

_Static_assert(HK_MAX_LEXICONS <= UINT8_MAX + 1,
               "a lexicon's index fits hk_entry.lexicon");
_Static_assert(HK_MAX_ENTRY_ATTRS <= UINT8_MAX,
               "an entry's attributes are counted in hk_entry.n_attrs");

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
    /* Names of people and places, and the words that type a place. */
    static const char *const proper[] = {"given-names", "given-compounds",
                                         "territory-types", "common-places"};
    lexload ld = {.r = r, .lex = (unsigned)li,
                  .path = r->lexicons[li].path};
    for (size_t i = 0; i < sizeof proper / sizeof *proper; i++)
        ld.proper = ld.proper || !strcmp(name, proper[i]);
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
