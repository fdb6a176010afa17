/*
 * internal.h - types shared by libhaykal's own files, not part of the API.
 *
 * Every internal symbol is named hk_i_... (or is static) so that nothing
 * without the hk_ prefix leaks from the shared library.
 */
#ifndef HAYKAL_INTERNAL_H
#define HAYKAL_INTERNAL_H

#include "haykal.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define HK_I_UNUSED(x) ((void)(x))

/* ------------------------------------------------------------ errors */

/* Fills err (when not NULL) and returns status. */
hk_status hk_i_fail(hk_error *err, hk_status status, const char *file,
                    unsigned line, unsigned column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* --------------------------------------------------------- enum names */

/* The names hk_entity_type_name, hk_level_name, hk_role_kind_name and
   hk_role_status_name give (lib/error.c), and territory kinds', with their
   lengths, for the JSON writer: s is sixteen bytes, so that one copy of
   sixteen bytes writes any of them, and each is a string as a result keeps
   them (lib/lstr.h: its length in the eight bytes before it, sixteen-byte
   aligned, zeros to the end of its block), so that a result points to
   them instead of copying them. */
typedef struct hk_name {
    _Alignas(16) size_t unused;
    size_t n;
    char s[16];
} hk_name;
extern const hk_name hk_i_type_names[7], hk_i_level_names[6],
    hk_i_kind_names[2], hk_i_status_names[3];

static inline const hk_name *hk_i_type_name(hk_entity_type t)
{
    return &hk_i_type_names[(unsigned)t < 6 ? (unsigned)t : 6];
}

static inline const hk_name *hk_i_level_name(hk_level l)
{
    return &hk_i_level_names[(unsigned)l < 5 ? (unsigned)l : 5];
}

static inline const hk_name *hk_i_kind_name(hk_role_kind k)
{
    return &hk_i_kind_names[k == HK_KIND_ELECTED];
}

static inline const hk_name *hk_i_status_name(hk_role_status s)
{
    return &hk_i_status_names[(unsigned)s < 3 ? (unsigned)s : 0];
}

/* ------------------------------------------------------------- arena */

/* A bump allocator: many small allocations freed at once. */
typedef struct hk_arena {
    struct hk_arena_block *head;
} hk_arena;

void *hk_i_arena_alloc(hk_arena *a, size_t size);          /* zeroed */
/* Not cleared: for arrays whose items the caller writes whole. */
void *hk_i_arena_alloc_raw(hk_arena *a, size_t size);
/* Forgets everything allocated but keeps the largest block for reuse. */
void hk_i_arena_reset(hk_arena *a);
char *hk_i_arena_strndup(hk_arena *a, const char *s, size_t n);
char *hk_i_arena_strdup(hk_arena *a, const char *s);
/* x then y, in the arena (NULL when out of memory). */
char *hk_i_arena_concat(hk_arena *a, const char *x, const char *y);
/* The strings of a result (hk_doc), which keep their length: see lstr.h. */
char *hk_i_arena_lstr(hk_arena *a, const char *s, size_t n);
void hk_i_arena_free(hk_arena *a);

/* --------------------------------------------------------- byte buffer */

typedef struct hk_buf {
    char *data;
    size_t len, cap;
} hk_buf;

bool hk_i_buf_reserve(hk_buf *b, size_t extra);

/* Appends n bytes, checking the room inline (a JSON line is a few hundred
   short pieces); room for a NUL after them is left, none written. */
static inline __attribute__((always_inline)) bool hk_i_buf_add(hk_buf *b,
                                                             const void *data,
                                                             size_t n)
{
    if (b->cap - b->len <= n && !hk_i_buf_reserve(b, n))
        return false;
    memcpy(b->data + b->len, data, n);
    b->len += n;
    return true;
}

/* Appends n bytes and a NUL. */
static inline bool hk_i_buf_append(hk_buf *b, const void *data, size_t n)
{
    if (!hk_i_buf_add(b, data, n))
        return false;
    b->data[b->len] = '\0';
    return true;
}

bool hk_i_buf_puts(hk_buf *b, const char *s);
bool hk_i_buf_printf(hk_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends an unsigned number in decimal. */
bool hk_i_buf_uint(hk_buf *b, size_t v);
/* Appends s as a JSON string literal, quotes included. */
bool hk_i_buf_json_string(hk_buf *b, const char *s);
/* Writers that check no room, for a caller that reserved it for several
   pieces at once; each returns the end of what it wrote.  hk_i_json_put
   writes s[0, n) as a JSON string literal and needs 6 * n + 2 bytes at o
   (bytes past its end may be written too, within those); hk_i_uint_put
   writes v in decimal and needs 20. */
char *hk_i_json_put(char *o, const char *s, size_t n);
/* The rest of hk_i_json_put from s[i] (the first i bytes written before
   o), closing quote included. */
char *hk_i_json_put_from(char *o, const char *s, size_t i, size_t n);

/* How many decimal digits v takes: four at a time, offsets have few. */
static inline unsigned hk_i_uint_digits(size_t v)
{
    for (unsigned n = 1;; n += 4, v /= 10000) {
        if (v < 10)
            return n;
        if (v < 100)
            return n + 1;
        if (v < 1000)
            return n + 2;
        if (v < 10000)
            return n + 3;
    }
}

/* Inline: the JSON writer puts two numbers in every entity and role. */
static inline char *hk_i_uint_put(char *o, size_t v)
{
    /* The digits of 0 to 99 in pairs: two digits per division. */
    static const char pairs[201] =
        "00010203040506070809101112131415161718192021222324252627282930313233"
        "34353637383940414243444546474849505152535455565758596061626364656667"
        "6869707172737475767778798081828384858687888990919293949596979899";
    char *end = o + hk_i_uint_digits(v);
    o = end;
    for (; v >= 100; v /= 100) {
        o -= 2;
        memcpy(o, pairs + 2 * (v % 100), 2);
    }
    if (v >= 10)
        memcpy(o - 2, pairs + 2 * v, 2);
    else
        o[-1] = (char)('0' + v);
    return end;
}

/* Appends s with XML's five special characters escaped. */
bool hk_i_buf_xml_text(hk_buf *b, const char *s);
void hk_i_buf_free(hk_buf *b);

/* Growable array of fixed-size items. */
typedef struct hk_vec {
    void *items;
    size_t len, cap, size;
} hk_vec;

void *hk_i_vec_push(hk_vec *v);        /* a zeroed new item, or NULL */
bool hk_i_vec_reserve(hk_vec *v, size_t n);   /* room for n items */
void hk_i_vec_free(hk_vec *v);
#define HK_VEC_AT(v, type, i) (((type *)(v)->items)[i])

/* Equal strings; one pointer (a name shared, a value of one entry) needs
   no call. */
static inline bool hk_i_same(const char *a, const char *b)
{
    return a == b || !strcmp(a, b);
}

/* --------------------------------------------------------------- UTF-8 */

/* The general case of hk_i_utf8_next: 3- and 4-byte and invalid forms. */
uint32_t hk_i_utf8_next_slow(const char *s, size_t n, size_t *i);
/* Decodes one code point at s[*i] (bytes left: n - *i), advancing *i.
   Invalid sequences decode as U+FFFD, one byte at a time.  Inline for
   ASCII and the 2-byte forms (Arabic), which are most of every text. */
static inline uint32_t hk_i_utf8_next(const char *s, size_t n, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s + *i;
    if (u[0] < 0x80) {
        *i += 1;
        return u[0];
    }
    /* 0xC0 and 0xC1 would be overlong: left to the general case. */
    if (u[0] >= 0xC2 && u[0] <= 0xDF && n - *i >= 2 &&
        (u[1] & 0xC0) == 0x80) {
        *i += 2;
        return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    /* A copy, so that the caller's index can stay in a register. */
    size_t k = *i;
    uint32_t c = hk_i_utf8_next_slow(s, n, &k);
    *i = k;
    return c;
}
/* Encodes c into out (4 bytes room); returns the byte count. */
size_t hk_i_utf8_put(uint32_t c, char *out);
/* Code points in s[0..n). */
size_t hk_i_utf8_count(const char *s, size_t n);
/* True when s[0..n) is all valid UTF-8 (no overlong form, surrogate or
   code point beyond U+10FFFF; U+0000 is valid). */
bool hk_i_utf8_valid(const char *s, size_t n);

/* ---------------------------------------------------------------- JSON */

struct json_object;
struct json_tokener;

/* Parses s[0..n) with json-c (lib/json.c): an object, strict JSON as
   json-c 0.16 reads it (docs/scale.md says what it takes beyond RFC 8259),
   nothing after it but white space.  Returns HK_OK with *out set (release
   it with json_object_put), or HK_ERR_INPUT with err saying "not a JSON
   object" (an array, column 1), or "invalid JSON: " and what is wrong ("premature end of input"), quoting
   up to ten characters from there ("near '...'"), the column in
   characters (from 1), file and line as given; or HK_ERR_NOMEM.
   *tok: a tokener from hk_i_json_tokener_new, reused from one text to the
   next (one thread's), and replaced (by a new one, or NULL when memory
   runs out) after a text that was not JSON; tok NULL or *tok NULL: one
   made for this text alone.  Thread-safe. */
hk_status hk_i_json_parse(struct json_tokener **tok, const char *s, size_t n,
                          const char *file, unsigned line,
                          struct json_object **out, hk_error *err);
/* A tokener for hk_i_json_parse to reuse (free it with json_tokener_free),
   or NULL when memory runs out. */
struct json_tokener *hk_i_json_tokener_new(void);

/* -------------------------------------------------------- normalizer */

typedef struct hk_normalizer hk_normalizer;

/* A normalised text and its map back to the original. */
typedef struct hk_ntext {
    char *s;            /* normalised, NUL-terminated */
    size_t len;
    uint32_t *from;     /* from[i]: original code point where byte i begins
                           (with cp_ready, HK_MAP_TO may be set in it:
                           read it with hk_i_map_from) */
    uint32_t *to;       /* to[i]: original code point after that character;
                           with cp_ready, only where from[i] has HK_MAP_TO
                           (else it is from[i] + 1: read hk_i_map_to) */
    size_t cap;
    size_t orig_cps;    /* original length in code points */
    size_t invalid;     /* invalid UTF-8 sequences replaced */
    size_t controls;    /* control characters (such as NUL) read as spaces */
    size_t arabic;      /* Arabic letters in the text */
    const char *orig;   /* the original, for substrings */
    size_t orig_len;
    uint32_t *cp_byte;  /* original byte offset of each code point and of
                           the end (cp_byte[orig_cps] = orig_len) */
    bool cp_ready;      /* cp_byte describes this text */
    size_t cp_byte_cap;
    size_t refs;        /* HTML character references decoded */
    char *dec;          /* the text with them decoded (htmlref.c) */
    struct hk_href *ref_at;
    size_t dec_cap;
} hk_ntext;

/* In an extraction's map (cp_ready), the mark of a byte whose character
   does not end one code point after it begins (white space that
   collapsed, a sequence ICU recomposed): only those have their to[]
   written, which spares the common case a store per byte.  Documents are
   under 2^31 code points (hk_extract refuses longer ones). */
#define HK_MAP_TO 0x80000000u

static inline uint32_t hk_i_map_from(const hk_ntext *nt, size_t i)
{
    return nt->from[i] & ~HK_MAP_TO;
}

static inline uint32_t hk_i_map_to(const hk_ntext *nt, size_t i)
{
    uint32_t f = nt->from[i];
    return f & HK_MAP_TO ? nt->to[i] : f + 1;
}

hk_status hk_i_normalizer_new(hk_normalizer **out, hk_error *err);
/* The same, with the block paths up to `blocks` only (a hk_simd of
   simd.h: SSE2, sixteen bytes at a time, then AVX2, 32; 0, none; 1 or
   true, SSE2): the output is the same, and tests/unit/test_blocks.c
   checks that it is. */
hk_status hk_i_normalizer_new_blocks(hk_normalizer **out, int blocks,
                                     hk_error *err);
void hk_i_normalizer_free(hk_normalizer *n);
/* Normalises text into nt (whose buffers are reused between calls), with
   its code point offsets (cp_ready) and a sparse to[] (HK_MAP_TO). */
hk_status hk_i_normalize(const hk_normalizer *n, const char *text, size_t len,
                         hk_ntext *nt, hk_error *err);
/* The same without code point offsets, with every to[] written and no
   HK_MAP_TO: what hk_normalize returns. */
hk_status hk_i_normalize_full(const hk_normalizer *n, const char *text,
                              size_t len, hk_ntext *nt, hk_error *err);
void hk_i_ntext_free(hk_ntext *nt);
/* Normalises a short string (a lexicon form, a pattern) into the arena:
   the same folding, no map. */
char *hk_i_normalize_str(const hk_normalizer *n, hk_arena *a, const char *s,
                         size_t len);
/* A display form of original text: NFC, tatweel, diacritics and bidi marks
   removed, ھ → ه, spaces collapsed and trimmed; hamza forms kept. */
char *hk_i_display_form(const hk_normalizer *n, hk_arena *a, const char *s,
                        size_t len);
/* A comparison key: display form folded further (أ إ آ ٱ → ا, ى → ي,
   ة → ه, ی → ي, ک → ك) with spaces and punctuation removed. */
char *hk_i_fold_key(const hk_normalizer *n, hk_arena *a, const char *s,
                    size_t len);
/* An HTML character reference decoded: the code point of its character in
   the decoded text, and the original code points skipped up to it
   (its own length, less one, added to those of the references before). */
typedef struct hk_href {
    uint32_t at, shift;
} hk_href;
/* Decodes the character references of text (htmlref.c) into out (room
   for len bytes: a reference is never shorter than its character), its
   length in *out_len, with each reference in refs (room for len / 4 + 1;
   NULL when no map is wanted); returns how many. */
size_t hk_i_html_decode(const char *text, size_t len, char *out,
                        size_t *out_len, hk_href *refs);
/* The original code point of code point cp of the decoded text (or of its
   end, for the end of a span).  *hint (0 at first) is kept between calls:
   they are quickest with cp in order. */
uint32_t hk_i_html_orig_cp_slow(const hk_href *refs, size_t n,
                               size_t *hint, uint32_t cp);
static inline uint32_t hk_i_html_orig_cp(const hk_href *refs, size_t n,
                                         size_t *hint, uint32_t cp)
{
    /* Commonly between the same two references as the last. */
    size_t j = *hint;
    if (j <= n && (j == n || cp <= refs[j].at) && (!j || refs[j - 1].at < cp))
        return cp + (j ? refs[j - 1].shift : 0);
    return hk_i_html_orig_cp_slow(refs, n, hint, cp);
}

/* True for a letter or digit code point, as ICU classifies it. */
bool hk_i_is_word_cp(const hk_normalizer *n, uint32_t c);
/* For each code point below U+0800, 1 when it belongs in a token: an ASCII
   letter or digit, else hk_i_is_word_cp (the tagger's inner loop). */
const uint8_t *hk_i_word_table(const hk_normalizer *n);
/* True when the tagger may find words sixteen bytes at a time: every
   letter of simd.h's set is a word character in hk_i_word_table, and the
   Arabic comma is not (checked when the normaliser is made). */
bool hk_i_word_run_ok(const hk_normalizer *n);
/* For each byte, the places of its bits set, lowest first (the rest 0):
   the block paths write the places a mask marks eight at a time. */
const uint8_t (*hk_i_bit_places(const hk_normalizer *n))[8];

/* ---------------------------------------------------------- lexicons */

typedef struct hk_attr {
    const char *key, *value;
} hk_attr;

/* A bit of 64 for an interned key (hk_rules.keys): an entry's key_bits
   or a mention's attr_bits that lacks it has no attribute of that key. */
static inline uint64_t hk_i_key_bit(const char *key)
{
    return (uint64_t)1 << (((uintptr_t)key * 0x9E3779B97F4A7C15u) >> 58);
}

/* An entry is read long after the tagger found it, mostly from memory:
   what the stages read of it comes first, so that a lexicon's entry
   (from the start of a cache line, its attributes right after it, see
   lexicon.c) loads one line for its fields and its first attribute, and
   a territory's (16-byte aligned) finds ref and written in one line. */
typedef struct hk_entry {
    uint8_t n_attrs;         /* at most HK_MAX_ENTRY_ATTRS */
    uint8_t lexicon;         /* index of its lexicon (< HK_MAX_LEXICONS) */
    bool proper;             /* a place, a given name or a territory's type
                                word: the press may write its ة as ه even
                                where the word is indefinite */
    int ref;                 /* territories: index in hk_rules.territories */
    const char *written;     /* territories: the name an article that uses
                                this spelling is given in the output (an
                                alias's own form), NULL for the official */
    uint64_t key_bits;       /* hk_i_key_bit of each attribute's key, set
                                when the keys are interned (rules.c) */
    const char *form;        /* as written in the file */
    const char *nform;       /* normalised form */
    unsigned line;           /* line in its file */
    hk_attr attrs[];         /* n_attrs of them */
} hk_entry;

/* A lexicon line has at most 32 fields: the form and its attributes. */
#define HK_MAX_ENTRY_ATTRS 31

typedef struct hk_lexicon {
    const char *name;        /* file name without .lex, e.g. "title-heads" */
    const char *path;
    hk_entry **entries;
    size_t n_entries;
    bool inline_ok;          /* small enough to inline into a pattern */
} hk_lexicon;

/* The first attribute of an entry with this key, NULL when absent.  Keys
   are interned (hk_rules.keys): pointers are compared, and a NULL key (no
   entry has it) finds nothing.  Inline: most keys asked for are not the
   entry's, and its key_bits say so without a call or a look at its
   attributes. */
static inline const char *hk_i_entry_key(const hk_entry *e, const char *key)
{
    if (!(e->key_bits & hk_i_key_bit(key)))
        return NULL;
    for (size_t i = 0; i < e->n_attrs; i++)
        if (e->attrs[i].key == key)
            return e->attrs[i].value;
    return NULL;
}

/* The word index: every entry's key (normalised form with spaces and
   hyphens removed) mapped to the entries that have it; prefixes of
   multi-word keys are marked so that matching can extend. */
typedef struct hk_index hk_index;

typedef struct hk_hits {
    const hk_entry *const *entries;  /* more than one: their lexicons
                                        follow (hk_i_hits_lexicons) */
    uint32_t n;
    bool is_prefix;          /* a longer key starts with this one */
    uint64_t lexicons;       /* the entries' lexicons, as bits */
    uint64_t longer;         /* the lexicons of those longer keys */
} hk_hits;

/* The lexicons of h's entries, a byte each, when there are more than one
   (one entry's is the bit of h->lexicons): they follow the entries'
   pointers, in the line those fill, so that the tagger need not read the
   entries (seldom in the cache when a word is tagged). */
static inline const unsigned char *hk_i_hits_lexicons(const hk_hits *h)
{
    return (const unsigned char *)(h->entries + h->n);
}

hk_index *hk_i_index_new(void);
void hk_i_index_free(hk_index *ix);
/* Adds entry e under its key and under the keys of the spellings the
   press gives its words' endings where they make no other word (ة as ه,
   ي as ى and back; lexicon.c says where). */
bool hk_i_index_add(hk_index *ix, const hk_entry *e, hk_arena *a);
/* The same spellings in one string, for a pattern: e's normalised form
   with each ending that may vary written as a byte that lexpattern.c
   turns into a class, HK_MARK_HA for [ةه] and HK_MARK_YA for [يى] (the
   form itself when none varies; NULL when out of memory). */
enum { HK_MARK_HA = 1, HK_MARK_YA = 2 };
const char *hk_i_form_marked(const hk_entry *e, hk_arena *a);
bool hk_i_index_finish(hk_index *ix);

/* What hk_i_index_get reads before it calls lexicon.c: a lookup starts in
   its caller (the tagger makes one or two a word, and most of them end
   here), so that the caller keeps its state in registers.  Every index
   begins with its filter: a small bit table with two bits of one word set
   for each key, which turns away most words that are in no lexicon. */
typedef struct hk_index_filter {
    uint64_t *bits;
    size_t mask;             /* words - 1 */
} hk_index_filter;

/* A key's bytes as three words: with its length they are the whole key
   when it is at most 24 bytes long (the overlapping loads cover every
   byte, and for a given length they are distinct for distinct keys);
   longer keys are told apart by their bytes from 16 on too. */
typedef struct hk_key_words {
    uint64_t a, b, c;
} hk_key_words;

static inline uint64_t hk_i_load64(const char *s)
{
    uint64_t w;
    memcpy(&w, s, 8);
    return w;
}

static inline uint64_t hk_i_load32(const char *s)
{
    uint32_t w;
    memcpy(&w, s, 4);
    return w;
}

static inline hk_key_words hk_i_key_words(const char *s, size_t n)
{
    if (n >= 8)
        return (hk_key_words){hk_i_load64(s), hk_i_load64(s + n - 8),
                              n > 16 ? hk_i_load64(s + 8) : 0};
    if (n >= 4)
        return (hk_key_words){hk_i_load32(s) | hk_i_load32(s + n - 4) << 32,
                              0, 0};
    if (n)
        return (hk_key_words){(uint64_t)(unsigned char)s[0] |
                              (uint64_t)(unsigned char)s[n / 2] << 8 |
                              (uint64_t)(unsigned char)s[n - 1] << 16, 0, 0};
    return (hk_key_words){0, 0, 0};
}

/* A hash of the key's words: most lookups are of words that are in no
   lexicon, so the hash is most of their cost.  Slots take its top bits. */
static inline uint64_t hk_i_key_hash(hk_key_words w, size_t n)
{
    uint64_t h = (w.a ^ n) * 0x9E3779B97F4A7C15ull;
    h ^= w.b * 0xD6E8FEB86659FD93ull;
    h ^= w.c * 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 29);
}

/* The filter's bits come from a product of the hash (the hash's low bits
   vary little between Arabic words, their first bytes): the word at
   hk_i_filter_word, the two bits of hk_i_filter_bits. */
static inline uint64_t hk_i_filter_hash(uint64_t h)
{
    return h * 0xC2B2AE3D27D4EB4Full;
}

static inline uint64_t hk_i_filter_bits(uint64_t g)
{
    return (uint64_t)1 << (g >> 52 & 63) | (uint64_t)1 << (g >> 58);
}

static inline size_t hk_i_filter_word(const hk_index_filter *f, uint64_t g)
{
    return (g >> 32) & f->mask;
}

/* hk_i_index_get past the filter: the slots of the table from hash h's
   first on. */
const hk_hits *hk_i_index_probe(const hk_index *ix, const char *key,
                                size_t len, uint64_t h);

/* Entries whose key is exactly key[0..len); NULL when none (and no prefix). */
static inline const hk_hits *hk_i_index_get(const hk_index *ix,
                                            const char *key, size_t len)
{
    const hk_index_filter *f = (const hk_index_filter *)ix;
    uint64_t h = hk_i_key_hash(hk_i_key_words(key, len), len);
    uint64_t g = hk_i_filter_hash(h), bits = hk_i_filter_bits(g);
    if ((f->bits[hk_i_filter_word(f, g)] & bits) != bits)
        return NULL;
    return hk_i_index_probe(ix, key, len, h);
}

/* --------------------------------------------------------- gazetteer */

typedef enum hk_tkind {
    HK_T_REGION = 1, HK_T_PROVINCE, HK_T_COMMUNE, HK_T_ARRONDISSEMENT
} hk_tkind;

typedef struct hk_territory {
    const char *code;
    const char *name;        /* official Arabic name */
    const char *name_fr;
    const char *successor;   /* pre-2015 regions: the modern region's code */
    hk_tkind kind;
    int parent;              /* index, or -1 */
    int region;              /* index of its region (itself for a region) */
    bool like_province;      /* a commune named as its parent province
                                (folded names equal: Taounate, Taounate) */
    int city;                /* a province: its town (the commune of its
                                name, or of its first name: «وجدة» for
                                «وجدة-أنجاد»), or -1 */
    int twin;                /* a prefecture of arrondissements: the
                                arrondissement of its name in its region
                                («مولاي رشيد»), or -1 */
    int prefecture;          /* an arrondissement of Casablanca: its
                                prefecture of arrondissements (HCP code
                                with the last digit 0: 06.141.01.73 in
                                06.141.01.70), or -1 */
} hk_territory;

/* The name of a territory kind ("" out of range): s of an hk_name. */
const char *hk_i_tkind_name(hk_tkind k);
hk_level hk_i_tkind_level(hk_tkind k);
/* The kind named s[0, n) ("region", "province"...), 0 for none. */
hk_tkind hk_i_parse_tkind(const char *s, size_t n);

/* ------------------------------------------------------------ regexes */

typedef struct hk_regex hk_regex;
typedef struct hk_match_data hk_match_data;

/* Compile flags: HK_RE_ANCHORED, it matches only at the start offset;
   HK_RE_BOUNDED, hk_i_regex_match_bounded may limit where a match starts
   (and hk_i_regex_start_bytes tells where it may). */
enum { HK_RE_ANCHORED = 1, HK_RE_BOUNDED = 2 };
/* Compiles a UTF-8 pattern with UTF, UCP and JIT.  On error, *erroffset
   is the byte offset in the pattern and msg holds PCRE2's message. */
hk_regex *hk_i_regex_compile(const char *pattern, size_t len, unsigned flags,
                             bool jit, size_t *erroffset, char *msg,
                             size_t msgsize);
/* Makes re, compiled without JIT, the one that runs: JIT-compiled (when
   jit) in place.  False, and re unchanged, when it was compiled with other
   flags than these: compile the pattern again. */
bool hk_i_regex_finish(hk_regex *re, const char *pattern, size_t len,
                       unsigned flags, bool jit);
void hk_i_regex_free(hk_regex *re);
/* Group number of a named group, or -1. */
int hk_i_regex_group(const hk_regex *re, const char *name);
/* Iterates the named groups: returns false past the last. */
bool hk_i_regex_name(const hk_regex *re, size_t i, const char **name,
                     int *number);
int hk_i_regex_groups(const hk_regex *re);
/* For a pattern compiled HK_RE_BOUNDED: a 256-bit map (bit b of byte
   b / 8) of the bytes a match may start at, as PCRE2's unanchored search
   knows them; NULL when it knows none. */
const uint8_t *hk_i_regex_start_bytes(const hk_regex *re);
/* True when the pattern matches the empty string. */
bool hk_i_regex_matches_empty(const hk_regex *re);

/* A rule's word tests («!@lexicon», «=@lexicon»), compiled as PCRE2
   callouts, ask the extractor about the word at a position: the callback
   returns 0 when test n passes there, 1 when it fails (PCRE2 backtracks). */
typedef struct hk_word_tests {
    int (*test)(void *ctx, size_t pos, unsigned n);
    void *ctx;
} hk_word_tests;

/* Sets what PCRE2's JIT keeps in static memory on first use (the page
   size), so that threads making match data later only read it. */
void hk_i_jit_settle(void);
hk_match_data *hk_i_match_data_new(void);
void hk_i_match_data_free(hk_match_data *md);
/* Where the word tests of the next matches look (NULL: they all pass). */
void hk_i_match_data_tests(hk_match_data *md, const hk_word_tests *t);

typedef enum hk_match_rc { HK_M_NONE, HK_M_FOUND, HK_M_LIMIT, HK_M_ERROR } hk_match_rc;

/* Matches from `start` (only there for an anchored pattern); on
   HK_M_FOUND, ov[2*g], ov[2*g+1] are group g's byte offsets (SIZE_MAX when
   unset). */
hk_match_rc hk_i_regex_match(const hk_regex *re, const char *s, size_t len,
                             size_t start, hk_match_data *md,
                             const size_t **ov);
/* The same, for a pattern compiled HK_RE_BOUNDED, where the match must
   start at or before offset `limit`. */
hk_match_rc hk_i_regex_match_bounded(const hk_regex *re, const char *s,
                                     size_t len, size_t start, size_t limit,
                                     hk_match_data *md, const size_t **ov);

/* -------------------------------------------------------------- rules */

typedef enum hk_rule_emit {
    HK_EMIT_PERSON, HK_EMIT_TITLE, HK_EMIT_BODY, HK_EMIT_PARTY,
    HK_EMIT_DATE, HK_EMIT_TERRITORY
} hk_rule_emit;

/* Where a rule is tried. */
typedef enum hk_rule_at {
    HK_AT_SCAN,        /* everywhere: unanchored search */
    HK_AT_LEXICON,     /* anchored at tokens tagged with a lexicon */
    HK_AT_TITLE_END    /* anchored right after each title found */
} hk_rule_at;

typedef struct hk_group_lex {
    int group;               /* group number */
    const char *name;        /* group name */
    int lexicon;             /* lexicon whose attributes apply, or -1 */
    bool span;               /* named after the rule's type (person,
                                title...): the entity's span */
} hk_group_lex;

typedef struct hk_example {
    bool yes;                /* yes: must find; no: must not */
    const char *text;        /* the sentence */
    const char *expect;      /* yes: the span text it must yield */
    unsigned line;
} hk_example;

/* A rule's `needs` line (rules/README.md): a match at an anchor is
   impossible unless an entry of one of `lexicons` starts at, or one of
   `texts` lies in, the anchor's word or one of the `within` words after
   it. */
#define HK_MAX_NEEDS 4

/* The slot of hk_rules.needs_pair for the two letters (four bytes) at p. */
#define HK_NEEDS_PAIR_BITS 9
static inline size_t hk_i_needs_pair(const unsigned char *p)
{
    uint32_t k;
    memcpy(&k, p, 4);
    return (k * 0x9E3779B1u) >> (32 - HK_NEEDS_PAIR_BITS);
}
typedef struct hk_need {
    uint64_t lexicons;
    uint64_t texts;          /* bits of hk_rules.needs_texts */
    /* Items about the word tried (within 0) as the pattern's own word
       tests read it, from the tagger's bits alone: =@a, an entry of a
       starts there; !@a@b, no entry of these does. */
    uint64_t tested, none;
    /* =@a items within N > 0: an entry of a starts, by the tagger's bits,
       at one of the words in reach.  The pattern reads a there with a
       word test, which sees those bits: no allowance for what the tagger
       may miss (needs.c). */
    uint64_t seen;
    unsigned within;
    unsigned reach;          /* within + the lexicons' longest form in
                                words - 1: the words the tagger must read
                                as the pattern does (needs.c) */
} hk_need;

typedef struct hk_rule {
    /* What matching reads at every anchor first (match.c, needs.c): a
       pass over a document's tags reads these of each rule, in the
       rule's first cache line, and the needs after them. */
    hk_rule_at at;
    int at_lexicon;
    hk_rule_emit emit;
    uint32_t scan_bit;       /* a scan rule's bit in hk_rules.scan_bytes,
                                0 when PCRE2 knows no start bytes */
    bool before;             /* tried from the word before the tagged one */
    bool needs_words;        /* some needs line has a =@ or !@ item */
    bool needs_words_only;   /* every needs line has only such items */
    bool shares_re;          /* re is an earlier rule's (same pattern, same
                                anchoring): its code is in the cache once */
    size_t n_needs;
    hk_regex *re;
    hk_group_lex *groups;
    size_t n_groups;
    const char *name;
    hk_attr *set;            /* attributes every match gets */
    size_t n_set;
    hk_need needs[HK_MAX_NEEDS];
    const char *file;
    unsigned line;
    const char *pattern;     /* the expanded, normalised pattern */
    hk_example *examples;
    size_t n_examples;
} hk_rule;

/* lexpattern.c: forms[0..n) (normalised, distinct, in the order PCRE2
   must try them) as one alternation, appended to out. */
bool hk_i_lexicon_pattern(hk_buf *out, const char **forms, size_t n);

/* Well-known lexicons the C code consults by name (indexes, -1 if absent). */
typedef struct hk_known {
    int honorifics, given_names, title_heads, levels, bodies, offices,
        parties, status, months, weekdays, stopwords, territory_types,
        territories, common_places, name_particles, relative_dates,
        connectors, party_words, place_cues, list_intro, capacity,
        succession, place_blockers, this_territory, handover, councils, joins,
        in_place, led_by, anaphors, assemblies, organisations, hold_verbs,
        succeed_verbs, ordinals, negations, card_labels, lead_verbs,
        public_sectors, outlet_marks, no_party, speech_verbs;
} hk_known;

#define HK_MAX_LEXICONS 64   /* lexicon bits fit a uint64_t */
#define HK_MAX_WORD_TESTS 255  /* PCRE2 callout numbers 1..255 */

struct hk_rules {
    hk_arena arena;
    /* Word test n (callout n): no entry of word_tests[n] starts at the
       word, and, unless word_test_starts[n] is 0, an entry of it starts
       exactly here (rules.c merges back-to-back tests into one). */
    uint64_t word_tests[HK_MAX_WORD_TESTS + 1];
    uint64_t word_test_starts[HK_MAX_WORD_TESTS + 1];
    size_t n_word_tests;
    bool jit;                /* compile patterns with PCRE2's JIT */
    hk_normalizer *norm;
    hk_lexicon *lexicons;
    size_t n_lexicons;
    hk_index *index;
    hk_territory *territories;
    size_t n_territories;
    int *terr_by_code;       /* territory indexes sorted by code */
    hk_rule *rules;
    size_t n_rules;
    /* The rules tried at each hk_rule_at, in file order: rules[by_at[k]]
       for k from at_off[at] to at_off[at + 1]. */
    uint32_t *by_at;
    size_t at_off[HK_AT_TITLE_END + 2];
    /* The texts of all needs lines (normalised Arabic letters); those of
       two letters or more by their first two (hk_i_needs_pair: a hash of
       the four bytes, so a slot may hold others too), those of one by
       their letter (lead byte D8..DB, second byte); for each third
       letter, those it comes third in. */
    const char *needs_texts[64];
    size_t needs_text_len[64];
    size_t n_needs_texts;
    uint64_t needs_pair[1 << HK_NEEDS_PAIR_BITS];
    uint64_t needs_single[4][64];
    uint64_t needs_one;      /* the texts of one letter */
    uint64_t needs_third[4][64];    /* by their third letter */
    uint64_t needs_short;    /* the texts of one or two letters (or whose
                                third is no Arabic letter) */
    unsigned needs_span;     /* the largest reach of a needs line */
    uint64_t needs_multi;    /* needed lexicons with forms of two words or
                                more (hyphenated too) */
    /* Per byte, the scan rules (their scan_bit) whose matches may start
       there. */
    uint32_t scan_bytes[256];
    unsigned n_scan_bits;
    /* The same bytes as at most four ranges [lo, lo + span], for
       match.c's sixteen-bytes-at-a-time pass; 0 ranges when they take
       more (that pass then reads scan_bytes a byte at a time). */
    uint8_t scan_lo[4], scan_span[4];
    unsigned n_scan_ranges;
    hk_known known;
    /* Attribute keys (lexicon entries', rules' `set`, group names) are
       interned when the set is loaded: equal keys are one pointer.  The
       keys match.c reads, NULL when no rule or entry has them. */
    struct hk_keys {
        const char *def, *level, *kind, *status, *number, *party, *common;
        const char *pron, *unit, *gcase /* "case" */, *day, *day2, *plural,
            *loose, *cue, *adjective, *generic, *num, *mnum, *year, *rel,
            *borrows, *council, *org, *post, *takes, *assembly, *town, *head, *trade,
            *congress, *placename, *setoff, *titled, *speaker;
    } keys;
    size_t n_examples;
    size_t n_entries;
};

int hk_i_lexicon_find(const hk_rules *r, const char *name);
/* The territory with this gazetteer code, or -1. */
int hk_i_territory_find(const hk_rules *r, const char *code);
/* The province or prefecture territory t lies in (itself for one; an
   arrondissement of Casablanca: its prefecture of arrondissements), or -1. */
int hk_i_territory_province(const hk_rules *r, int t);

/* Loaders, called by hk_rules_load in this order. */
hk_status hk_i_lexicons_load(hk_rules *r, const char *dir, hk_error *err);
/* Appends an empty lexicon; returns its index or -1 when out of memory. */
int hk_i_lexicon_new(hk_rules *r, const char *name, const char *path);
/* Loads one lexicon file under `name`; *index receives its number. */
hk_status hk_i_lexicon_load_file(hk_rules *r, const char *name,
                                 const char *path, int *index, hk_error *err);
hk_status hk_i_gazetteer_load(hk_rules *r, const char *dir, hk_error *err);
hk_status hk_i_rulefiles_load(hk_rules *r, const char *dir, hk_error *err);

/* Splits a file into lines; calls fn for each with its 1-based number.
   Stops at the first non-OK status. */
typedef hk_status (*hk_line_fn)(void *user, const char *line, size_t len,
                                unsigned lineno, hk_error *err);
hk_status hk_i_read_lines(const char *path, hk_line_fn fn, void *user,
                          hk_error *err);
/* Column (1-based, in characters) of byte offset `off` in line. */
unsigned hk_i_column(const char *line, size_t off);

#endif /* HAYKAL_INTERNAL_H */
