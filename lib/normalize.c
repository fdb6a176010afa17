/*
 * normalize.c - the text rules match, and the map back to the original.
 *
 * Rules see a normalised copy of each document: NFC first, then tatweel,
 * Arabic diacritics, format and bidi marks removed, أ إ آ ٱ folded to ا,
 * ھ to ه, Arabic-Indic digits to ASCII, Arabic presentation forms
 * decomposed (NFKC), and runs of white space collapsed to one space (or one
 * newline when the run holds a line break).  Every output byte remembers the
 * original code points it came from, so entities report original offsets.
 *
 * This is the only file that includes ICU.  All ICU knowledge needed per
 * character (boundaries, quick checks, categories) is read once into a
 * 64K-entry table when the rules load, so the per-document loop makes no
 * ICU call except for the rare combining sequence that NFC must recompose
 * or presentation form that NFKC must decompose.  For the characters below
 * U+0800 (ASCII and Arabic), what each does in each mode (dropped, white
 * space, or which folded bytes) is also in a table, read by the loop's
 * common case: a character that stands alone, decoded once.  Runs of
 * printable ASCII, single spaces, Arabic letters and commas, which map to
 * themselves (or to ا), go 16 bytes at a time with SSE2 (plain_run, and
 * for a short string all_plain or key_plain), once the tables are checked
 * to agree with them, and long runs 32 at a time first when the CPU has
 * AVX2 (plain_blocks32).
 */
#include "internal.h"
#include "simd.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

enum {
    NF_BB = 1,      /* NFC boundary before this character */
    NF_SAFE = 2,    /* alone, the character is already NFC */
    NF_DROP = 4,    /* removed: tatweel, diacritics, format marks */
    NF_SPACE = 8,   /* horizontal white space (or a control character) */
    NF_NL = 16,     /* a line break */
    NF_WORD = 32,   /* letter or digit */
    NF_NFKC = 64,   /* presentation form: decompose with NFKC */
    NF_FAST = 128,  /* in a per-mode table entry: the rest of it is valid */
};

typedef enum nmode { MODE_MATCH, MODE_DISPLAY, MODE_KEY, MODE_COUNT } nmode;

/* What one NFC character of the output does in one mode (see put). */
enum {
    FA_DROP = 0,        /* nothing written */
    FA_SPACE = 1,       /* white space: one space */
    FA_NL = 2,          /* white space with a line break: one newline */
    FA_EMIT = 3,        /* the bytes b[0..nb) written */
};

/* What it counts as, for hk_ntext's arabic and controls. */
enum { CNT_NONE, CNT_ARABIC, CNT_CONTROL, CNT_N };

typedef struct nact {
    uint8_t act;        /* FA_ */
    uint8_t nb;
    uint8_t count;      /* CNT_ */
    char b[4];
} nact;

/* A decoded character as run reads it, packed in 64 bits so that the loop
   holds it in one register and takes its fields with shifts: for a
   character below FAST_END, its nact in the mode (at most 2 bytes, first
   byte lowest), its code point and its flags, with NF_FAST; for any other,
   only the code point and the flags. */
typedef uint64_t nent;
#define NE_NB(e) ((unsigned)((e) >> 16) & 0xFF)
#define NE_ACT(e) ((unsigned)((e) >> 24) & 0xFF)
#define NE_CP(e) ((uint32_t)((e) >> 32) & 0x1FFFFF)
#define NE_COUNT(e) ((unsigned)((e) >> 53) & 3)
#define NE_FLAGS(e) ((unsigned)((e) >> 56))
#define NE_CHAR(c, flags) ((nent)(c) << 32 | (nent)(flags) << 56)
/* In a table entry: the character is one that plain_run takes (see there)
   and what the table says it does is what plain_run does. */
#define NE_PLAIN ((nent)1 << 55)

/* Characters below this have their action read from a table per mode:
   ASCII and the 2-byte forms, Arabic among them. */
#define FAST_END 0x800

struct hk_normalizer {
    const UNormalizer2 *nfc, *nfkc;
    uint8_t flags[0x10000];
    nent fast[MODE_COUNT][FAST_END];
    uint8_t word[0x800];     /* see hk_i_word_table */
    uint8_t bitpos[256][8];  /* the bits set in a byte, lowest first */
    uint8_t bitcount[256];
    bool plain[MODE_COUNT];  /* the mode's table has NE_PLAIN marks: its
                                short strings may be all_plain (a flag
                                beside the others, not a table entry,
                                which each string would load) */
    bool key_plain;          /* key_plain agrees with fast[MODE_KEY] */
    bool word_run;           /* word[] holds every plain letter (simd.h) */
    bool nl_pair;            /* plain_run may take "\n\n" (see there) */
    bool wide;               /* plain_run32 may take plain runs first */
};

static bool in_arabic_block(UChar32 c)
{
    UBlockCode b = ublock_getCode(c);
    return b == UBLOCK_ARABIC || b == UBLOCK_ARABIC_SUPPLEMENT ||
           b == UBLOCK_ARABIC_EXTENDED_A ||
           b == UBLOCK_ARABIC_PRESENTATION_FORMS_A ||
           b == UBLOCK_ARABIC_PRESENTATION_FORMS_B;
}

static uint8_t compute_flags(const hk_normalizer *n, UChar32 c)
{
    uint8_t f = 0;
    if (c >= 0xD800 && c <= 0xDFFF)
        return NF_BB | NF_SPACE;
    if (unorm2_hasBoundaryBefore(n->nfc, c))
        f |= NF_BB;
    /* Alone, a character is NFC when its NFC_Quick_Check property is Yes:
       the property unorm2_quickCheck reads for a one-character string
       (the same answer for every code point with ICU 72), without building
       the string. */
    if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES)
        f |= NF_SAFE;
    int8_t type = u_charType(c);
    if (c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x85 ||
        c == 0x2028 || c == 0x2029)
        f |= NF_NL;
    else if (u_isUWhiteSpace(c) || type == U_CONTROL_CHAR)
        f |= NF_SPACE;
    else if (c == 0x0640 || type == U_FORMAT_CHAR ||
             ((type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) &&
              in_arabic_block(c)))
        f |= NF_DROP;
    else if (u_isalnum(c) || type == U_NON_SPACING_MARK ||
             type == U_COMBINING_SPACING_MARK)
        f |= NF_WORD;
    if (!(f & (NF_DROP | NF_SPACE | NF_NL)) &&
        ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE)))
        f |= NF_NFKC;
    return f;
}

static inline uint8_t flags_of(const hk_normalizer *n, uint32_t c)
{
    return c < 0x10000 ? n->flags[c] : compute_flags(n, (UChar32)c);
}

/* The letter foldings that matching applies after NFC. */
static uint32_t fold(uint32_t c, nmode mode)
{
    if (c >= 0x0660 && c <= 0x0669)
        return '0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9)
        return '0' + (c - 0x06F0);
    switch (c) {
    case 0x06BE: case 0x06C1: return 0x0647;   /* ھ ہ → ه */
    case 0x06CC: return 0x064A;                 /* ی → ي */
    case 0x06A9: return 0x0643;                 /* ک → ك */
    case 0x066B: return '.';
    case 0x066C: return ',';
    }
    if (mode == MODE_DISPLAY)
        return c;
    switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672:
    case 0x0673:
        return 0x0627;                          /* أ إ آ ٱ → ا */
    }
    if (mode == MODE_KEY) {
        if (c == 0x0649) return 0x064A;         /* ى → ي */
        if (c == 0x0629) return 0x0647;         /* ة → ه */
        if (c >= 'A' && c <= 'Z') return c + 32;
    }
    return c;
}

/* What an NFC character of the output does in a mode: dropped (tatweel,
   diacritics, format marks; in a key also white space and punctuation),
   white space that collapses, or its folded bytes.  Arabic letters and
   control characters are counted whatever happens to them, except when
   dropped as marks. */
static nact classify(const hk_normalizer *n, uint32_t c, nmode mode)
{
    nact a = {0};
    uint8_t f = flags_of(n, c);
    if (f & NF_DROP)
        return a;
    if (c >= 0x0620 && c <= 0x06FF)
        a.count = CNT_ARABIC;
    else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
              c != '\v') || c == 0x7F)
        a.count = CNT_CONTROL;
    /* A key never writes white space, so it is dropped there; a display
       form writes a space for a line break too. */
    if (f & (NF_SPACE | NF_NL)) {
        if (mode == MODE_MATCH && (f & NF_NL))
            a.act = FA_NL;
        else if (mode != MODE_KEY)
            a.act = FA_SPACE;
        return a;
    }
    if (mode == MODE_KEY && !(f & NF_WORD))
        return a;
    a.act = FA_EMIT;
    a.nb = (uint8_t)hk_i_utf8_put(fold(c, mode), a.b);
    return a;
}

/* The table entry of c (below FAST_END, so at most 2 bytes) in a mode. */
static nent table_entry(const hk_normalizer *n, uint32_t c, nmode mode)
{
    nact a = classify(n, c, mode);
    return (nent)(unsigned char)a.b[0] | (nent)(unsigned char)a.b[1] << 8 |
           (nent)a.nb << 16 | (nent)a.act << 24 | (nent)a.count << 53 |
           NE_CHAR(c, flags_of(n, c) | NF_FAST);
}

#ifdef __SSE2__
/* Printable ASCII, the space, and the Arabic letters of simd.h, and
   but in a key the Arabic comma: the characters plain_run (all_plain,
   key_plain) takes 16 bytes at a time. */
static bool is_plain(uint32_t c, nmode mode)
{
    return (c >= 0x20 && c < 0x7F) || hk_i_plain_letter(c) ||
           (c == HK_ARABIC_COMMA && mode != MODE_KEY);
}

/* What the block paths do with a plain character c in a mode: the bytes
   written (their count returned), none when dropped (in a key, a space
   and any ASCII character but a letter or digit), or -1 for white space
   (a space elsewhere). */
static int plain_form(uint32_t c, nmode mode, char *b)
{
    if (c == ' ' && mode != MODE_KEY)
        return -1;
    uint32_t w = c;
    if (mode != MODE_DISPLAY && (c == 0x0622 || c == 0x0623 || c == 0x0625))
        w = 0x0627;                             /* أ إ آ → ا */
    if (mode == MODE_KEY) {
        if (c < 0x80 && !(c >= '0' && c <= '9') &&
            !((c | 32) >= 'a' && (c | 32) <= 'z'))
            return 0;
        if (c >= 'A' && c <= 'Z')
            w = c + 32;
        else if (c == 0x0629)
            w = 0x0647;                         /* ة → ه */
        else if (c == 0x0649)
            w = 0x064A;                         /* ى → ي */
    }
    return hk_i_utf8_put(w, b);
}

/* Whether a mode's table has each plain character do what plain_form
   says, stand alone, be NFC and count as Arabic when it is a letter: if
   not, the mode never uses the block paths. */
static bool plain_matches(const nent *fast, nmode mode)
{
    for (uint32_t c = 0; c < FAST_END; c++) {
        if (!is_plain(c, mode))
            continue;
        nent e = fast[c];
        char b[4] = {0};
        int nb = plain_form(c, mode, b);
        unsigned need = NF_BB | NF_SAFE | NF_FAST;
        bool ok = (NE_FLAGS(e) & (need | NF_NFKC)) == need &&
                  NE_COUNT(e) == (c >= 0x0620 ? CNT_ARABIC : CNT_NONE);
        if (nb < 0)
            ok = ok && NE_ACT(e) == FA_SPACE && NE_NB(e) == 0;
        else if (nb == 0)
            ok = ok && NE_ACT(e) == FA_DROP && NE_NB(e) == 0;
        else
            ok = ok && NE_ACT(e) == FA_EMIT && NE_NB(e) == (unsigned)nb &&
                 (char)e == b[0] && (nb < 2 || (char)(e >> 8) == b[1]);
        if (!ok)
            return false;
    }
    return true;
}

/* Marks the plain characters NE_PLAIN in a mode's table (matching or
   display form), for plain_run, when the table agrees with it (and says
   whether it did). */
static bool mark_plain(nent *fast, nmode mode)
{
    if (!plain_matches(fast, mode))
        return false;
    for (uint32_t c = 0; c < FAST_END; c++)
        if (is_plain(c, mode))
            fast[c] |= NE_PLAIN;
    return true;
}

#endif

hk_status hk_i_normalizer_new(hk_normalizer **out, hk_error *err)
{
    return hk_i_normalizer_new_blocks(out, hk_i_simd_best(), err);
}

hk_status hk_i_normalizer_new_blocks(hk_normalizer **out, int blocks,
                                     hk_error *err)
{
    UErrorCode ec = U_ZERO_ERROR;
    hk_normalizer *n = calloc(1, sizeof *n);
    if (!n)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    n->nfc = unorm2_getNFCInstance(&ec);
    if (U_SUCCESS(ec))
        n->nfkc = unorm2_getNFKCInstance(&ec);
    if (U_FAILURE(ec)) {
        free(n);
        return hk_i_fail(err, HK_ERR_INTERNAL, NULL, 0, 0,
                         "ICU normaliser unavailable: %s", u_errorName(ec));
    }
    for (UChar32 c = 0; c < 0x10000; c++)
        n->flags[c] = compute_flags(n, c);
    for (int m = 0; m < MODE_COUNT; m++)
        for (uint32_t c = 0; c < FAST_END; c++) {
            n->fast[m][c] = table_entry(n, c, (nmode)m);
        }
    for (unsigned x = 0; x < 256; x++)
        for (unsigned b = 0; b < 8; b++)
            if (x >> b & 1)
                n->bitpos[x][n->bitcount[x]++] = (uint8_t)b;
#ifdef __SSE2__
    if (blocks) {
#ifdef HK_AVX2
        n->wide = blocks >= HK_SIMD_AVX2;
#endif
        n->plain[MODE_MATCH] = mark_plain(n->fast[MODE_MATCH], MODE_MATCH);
        n->plain[MODE_DISPLAY] =
            mark_plain(n->fast[MODE_DISPLAY], MODE_DISPLAY);
        /* Two line breaks are white space with a line break in matching,
           each alone and NFC, like the characters plain_run takes. */
        nent nl = n->fast[MODE_MATCH]['\n'];
        n->nl_pair = (n->fast[MODE_MATCH]['a'] & NE_PLAIN) &&
                     NE_ACT(nl) == FA_NL && NE_NB(nl) == 0 &&
                     NE_COUNT(nl) == CNT_NONE &&
                     (NE_FLAGS(nl) & (NF_BB | NF_SAFE | NF_NFKC)) ==
                         (NF_BB | NF_SAFE);
        n->key_plain = plain_matches(n->fast[MODE_KEY], MODE_KEY);
    }
#endif
    for (uint32_t c = 0; c < 0x800; c++)
        n->word[c] = c < 0x80 ? (c >= '0' && c <= '9') ||
                                    ((c | 32) >= 'a' && (c | 32) <= 'z')
                              : hk_i_is_word_cp(n, c);
    /* The tagger's classify16 takes ASCII letters and digits (word[] has
       them by definition) and the plain letters as word characters, and
       the other ASCII characters and the Arabic comma as separators. */
    n->word_run = blocks && !n->word[HK_ARABIC_COMMA];
    for (uint32_t c = 0x80; c < 0x800; c++)
        if (hk_i_plain_letter(c) && !n->word[c])
            n->word_run = false;
    *out = n;
    return HK_OK;
}

void hk_i_normalizer_free(hk_normalizer *n)
{
    free(n);
}

bool hk_i_is_word_cp(const hk_normalizer *n, uint32_t c)
{
    return (flags_of(n, c) & NF_WORD) != 0;
}

const uint8_t *hk_i_word_table(const hk_normalizer *n)
{
    return n->word;
}

bool hk_i_word_run_ok(const hk_normalizer *n)
{
    return n->word_run;
}

const uint8_t (*hk_i_bit_places(const hk_normalizer *n))[8]
{
    return n->bitpos;
}

/* Output state while normalising one text: the buffers of nt, which for a
   short string start as arrays on the caller's stack. */
typedef struct nstate {
    const hk_normalizer *n;
    const nent *fast;    /* n->fast[mode] */
    nmode mode;
    hk_ntext *nt;
    bool on_stack;       /* nt's buffers are the caller's, not malloc'd */
    size_t pad;          /* bytes that may be read past the text's end */
    int ws;              /* pending white space: 0, FA_SPACE, FA_NL */
    uint32_t ws_from, ws_to;
    bool oom;
    bool sparse_to;      /* to[] only where from[] has HK_MAP_TO */
} nstate;

static bool grow_maps(hk_ntext *nt, size_t need)
{
    if (nt->cap >= need)
        return true;
    size_t cap = nt->cap ? nt->cap : 1024;
    while (cap < need)
        cap *= 2;
    char *s = realloc(nt->s, cap + 1);
    if (!s)
        return false;
    nt->s = s;
    uint32_t *from = realloc(nt->from, (cap + 1) * sizeof *from);
    if (!from)
        return false;
    nt->from = from;
    uint32_t *to = realloc(nt->to, (cap + 1) * sizeof *to);
    if (!to)
        return false;
    nt->to = to;
    nt->cap = cap;
    return true;
}

static bool grow(nstate *st, size_t need)
{
    hk_ntext *nt = st->nt;
    if (!st->on_stack)
        return grow_maps(nt, need);
    /* The first growth of a short string: off the stack, to the heap. */
    hk_ntext heap = {0};
    if (!grow_maps(&heap, need > 2 * nt->cap ? need : 2 * nt->cap)) {
        hk_i_ntext_free(&heap);
        return false;
    }
    memcpy(heap.s, nt->s, nt->len);
    memcpy(heap.from, nt->from, nt->len * sizeof *nt->from);
    memcpy(heap.to, nt->to, nt->len * sizeof *nt->to);
    nt->s = heap.s;
    nt->from = heap.from;
    nt->to = heap.to;
    nt->cap = heap.cap;
    st->on_stack = false;
    return true;
}

/* Writes the 4 bytes of b (nb of them count) with their original span. */
static void put_bytes(nstate *st, const char *b, size_t nb, uint32_t from,
                      uint32_t to)
{
    hk_ntext *nt = st->nt;
    if (nt->len + 4 > nt->cap && !grow(st, nt->len + 4)) {
        st->oom = true;
        return;
    }
    size_t at = nt->len;
    memcpy(nt->s + at, b, 4);
    uint32_t f = st->sparse_to && to != from + 1 ? from | HK_MAP_TO : from;
    for (size_t j = 0; j < 4; j++) {
        nt->from[at + j] = f;
        nt->to[at + j] = to;
    }
    nt->len = at + nb;
}

/* Takes one NFC character of the output, with its original span. */
static void put(nstate *st, uint32_t c, uint32_t from, uint32_t to)
{
    nact a = classify(st->n, c, st->mode);
    st->nt->arabic += a.count == CNT_ARABIC;
    st->nt->controls += a.count == CNT_CONTROL;
    if (a.act == FA_EMIT) {
        if (st->ws) {
            if (st->nt->len) {
                const char w[4] = {st->ws == FA_NL ? '\n' : ' '};
                put_bytes(st, w, 1, st->ws_from, st->ws_to);
            }
            st->ws = 0;
        }
        put_bytes(st, a.b, a.nb, from, to);
    } else if (a.act != FA_DROP) {
        if (!st->ws)
            st->ws_from = from;
        st->ws_to = to;
        if (a.act > st->ws)
            st->ws = a.act;
    }
}

/* Normalises a segment that needs ICU (a combining sequence or a
   presentation form); all its output maps to the segment's span. */
static void put_segment(nstate *st, const UNormalizer2 *norm,
                        const uint32_t *cps, size_t ncp, uint32_t from,
                        uint32_t to)
{
    UChar in[64], outbuf[256];
    int32_t inlen = 0;
    for (size_t k = 0; k < ncp && inlen < 62; k++)
        U16_APPEND_UNSAFE(in, inlen, (UChar32)cps[k]);
    UErrorCode ec = U_ZERO_ERROR;
    int32_t outlen = unorm2_normalize(norm, in, inlen, outbuf, 256, &ec);
    if (U_FAILURE(ec)) {
        /* Too long to recompose here: keep the characters as they are. */
        for (size_t k = 0; k < ncp; k++)
            put(st, cps[k], from, to);
        return;
    }
    for (int32_t k = 0; k < outlen;) {
        UChar32 c;
        U16_NEXT_UNSAFE(outbuf, k, c);
        put(st, (uint32_t)c, from, to);
    }
}

/* Past the last code point: no character, and a boundary before it. */
#define CP_END 0x1FFFFFu

/* Decodes the code point at text[*i], or CP_END at the end.  An invalid
   byte decodes as U+FFFD in 1 byte (a literal U+FFFD takes 3) and is
   counted. */
static inline nent next_cp(const hk_normalizer *n, const nent *fast,
                           hk_ntext *nt, const char *text, size_t len,
                           size_t *i)
{
    if (*i >= len)
        return NE_CHAR(CP_END, NF_BB);
    size_t at = *i;
    uint32_t c = hk_i_utf8_next(text, len, i);
    if (c < FAST_END)
        return fast[c];
    if (c == 0xFFFD && *i - at == 1)
        nt->invalid++;
    return NE_CHAR(c, flags_of(n, c));
}

/* Where run is in the text: the next character is a2, ending at byte i;
   cp code points are behind. */
typedef struct rpos {
    size_t i;
    uint32_t cp;
    nent a2;
} rpos;

/* The rare cases of run for c (flags f): a character that is not NFC on
   its own or that a combining character follows goes to ICU with its
   combining sequence, a presentation form to ICU alone, and a character
   above FAST_END (or any when the buffer is nearly full) through put.
   Code points decoded here have their byte offsets written to cpb (when
   not NULL), like run's. */
static void run_slow(nstate *st, const char *text, size_t len, uint32_t c,
                     unsigned f, rpos *r, uint32_t *cpb)
{
    const hk_normalizer *n = st->n;
    bool alone = (NE_FLAGS(r->a2) & NF_BB) != 0;
    if (alone && (f & NF_SAFE) && !(f & NF_NFKC)) {
        put(st, c, r->cp, r->cp + 1);
        r->cp++;
    } else if (alone && (f & NF_NFKC)) {
        put_segment(st, n->nfkc, &c, 1, r->cp, r->cp + 1);
        r->cp++;
    } else {
        uint32_t seg[32];
        size_t ns = 0;
        uint32_t from = r->cp;
        seg[ns++] = c;
        r->cp++;
        while (!(NE_FLAGS(r->a2) & NF_BB) && ns < 32) {
            seg[ns++] = NE_CP(r->a2);
            r->cp++;
            if (cpb)
                cpb[r->cp] = (uint32_t)r->i;
            r->a2 = next_cp(n, st->fast, st->nt, text, len, &r->i);
        }
        put_segment(st, n->nfc, seg, ns, from, r->cp);
    }
}

/* What lets run write a character from its table entry: in the table (so
   never NF_NFKC) and NFC as it is. */
#define RUN_FAST ((nent)(NF_SAFE | NF_FAST) << 56)

/* The code point count in both halves of 64 bits: from and to of a 2-byte
   character written at once, in one 8-byte store each. */
#define CP2_ONE UINT64_C(0x100000001)

/* run's position: the next character is a2, ending at byte i, with cp2
   (in both halves) code points behind; the output has olen bytes (room
   for 4 more while olen <= lim); cpw is where the next code point's byte
   offset goes; ws is the pending white space (0, FA_SPACE, FA_NL). */
typedef struct hot {
    size_t i, olen, lim;
    uint64_t cp2;
    nent a2;
    uint32_t *cpw;
    int ws;
    size_t count[CNT_N];
} hot;

/* Writes a, a character below FAST_END that stands alone and is NFC, from
   its table entry at the output cursors o, fo and to (text, from, to): at
   most 2 bytes, after at most one byte of white space (never first).  A
   sparse map (HK_MAP_TO) has no to[] for the character, which ends one
   code point after it begins. */
static inline __attribute__((always_inline)) void
put_fast(nstate *st, char *s, char **o, uint32_t **fo, uint32_t **to,
         int *ws, uint64_t cp2, size_t *count, nent a, const bool maps,
         const bool sparse)
{
    count[NE_COUNT(a)]++;
    unsigned nb = NE_NB(a);
    if (nb) {
        if (*ws) {
            if (*o != s) {
                **o = *ws == FA_NL ? '\n' : ' ';
                ++*o;
                if (maps) {
                    *(*fo)++ = sparse && st->ws_to != st->ws_from + 1
                                   ? st->ws_from | HK_MAP_TO
                                   : st->ws_from;
                    *(*to)++ = st->ws_to;
                }
            }
            *ws = 0;
        }
        (*o)[0] = (char)a;
        (*o)[1] = (char)(a >> 8);
        *o += nb;
        if (maps) {
            uint64_t to2 = cp2 + CP2_ONE;
            memcpy(*fo, &cp2, sizeof cp2);
            if (!sparse)
                memcpy(*to, &to2, sizeof to2);
            *fo += nb;
            *to += nb;
        }
    } else if (NE_ACT(a) != FA_DROP) {
        if (!*ws)
            st->ws_from = (uint32_t)cp2;
        st->ws_to = (uint32_t)cp2 + 1;
        if ((int)NE_ACT(a) > *ws)
            *ws = (int)NE_ACT(a);
    }
}

#ifdef __SSE2__
/* Bytes from x where mask is set, else from y. */
static inline __m128i select8(__m128i mask, __m128i x, __m128i y)
{
    return _mm_or_si128(_mm_and_si128(mask, x), _mm_andnot_si128(mask, y));
}

/* The bits set in x, below 1 << 16 (no call to a library's popcount). */
static inline unsigned popcount16(unsigned x)
{
    x = x - ((x >> 1) & 0x5555);
    x = (x & 0x3333) + ((x >> 2) & 0x3333);
    x = (x + (x >> 4)) & 0x0F0F;
    return (x + (x >> 8)) & 0x1F;
}

/* The plain characters in the 16 bytes at q (17 are read): one bit per
   byte for printable ASCII, the space and the first byte of a 2-byte
   character taken whole (an Arabic letter, or with comma an Arabic
   comma, also in comma alone), the last also as bytes; the bytes as
   plain_run writes them (with أ إ آ as ا when fold); and the bytes read,
   b from q and bn from q + 1, for key_plain's further steps. */
typedef struct pblock {
    unsigned asc, space, lead, comma;
    __m128i leadv, out, b, bn;
} pblock;

static inline __attribute__((always_inline)) pblock
plain_block(const unsigned char *q, const bool fold, const bool comma)
{
    pblock pb;
    __m128i b = _mm_loadu_si128((const __m128i *)q);
    __m128i bn = _mm_loadu_si128((const __m128i *)(q + 1));
    __m128i asc = _mm_and_si128(_mm_cmpgt_epi8(b, _mm_set1_epi8(0x20)),
                                _mm_cmplt_epi8(b, _mm_set1_epi8(0x7F)));
    pb.b = b;
    pb.bn = bn;
    pb.leadv = hk_i_plain_lead(b, bn);
    pb.comma = 0;
    if (comma) {
        __m128i c = hk_i_comma_lead(b, bn);
        pb.comma = (unsigned)_mm_movemask_epi8(c);
        pb.leadv = _mm_or_si128(pb.leadv, c);
    }
    pb.asc = (unsigned)_mm_movemask_epi8(asc);
    pb.lead = (unsigned)_mm_movemask_epi8(pb.leadv);
    pb.space = (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(b, _mm_set1_epi8(' ')));
    pb.out = b;
    if (fold) {
        __m128i f = _mm_and_si128(
            _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xD8)),
            _mm_or_si128(
                _mm_cmpeq_epi8(bn, _mm_set1_epi8((char)0xA2)),
                _mm_or_si128(_mm_cmpeq_epi8(bn, _mm_set1_epi8((char)0xA3)),
                             _mm_cmpeq_epi8(bn, _mm_set1_epi8((char)0xA5)))));
        f = _mm_slli_si128(f, 1);
        pb.out = select8(f, _mm_set1_epi8((char)0xA7), b);
    }
    return pb;
}

/* The key of the len bytes at q (with 16 more after them that are not
   plain) when all are plain characters: what plain_form says for each, to
   out (room for len + 15 bytes), its length in *olen.  A block is
   plain_block's, with أ إ آ folded, and then A-Z lowered, ة and ى folded
   and ASCII other than letters and digits dropped. */
static bool key_plain(const unsigned char *q, size_t len, char *out,
                      size_t *olen)
{
    size_t o = 0;
    for (size_t i = 0, step; i < len; i += step) {
        pblock pb = plain_block(q + i, true, false);
        __m128i b = pb.b, bn = pb.bn;
        unsigned ma = pb.asc | pb.space, ml = pb.lead;
        /* A letter in bytes 15 and 16 goes whole to the next block. */
        step = 16 - (ml >> 15);
        unsigned need = len - i >= step ? (1u << step) - 1
                                        : (1u << (len - i)) - 1;
        if (((ma | ml | ml << 1) & need) != need)
            return false;
        __m128i upper = hk_i_in_range8(b, 'A', 25);
        __m128i alnum = _mm_or_si128(
            _mm_or_si128(upper, hk_i_in_range8(b, 'a', 25)),
            hk_i_in_range8(b, '0', 9));
        unsigned keep =
            need & ~(ma & ~(unsigned)_mm_movemask_epi8(alnum));
        __m128i teh = _mm_and_si128(
            _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xD8)),
            _mm_cmpeq_epi8(bn, _mm_set1_epi8((char)0xA9)));
        __m128i yeh = _mm_and_si128(
            _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xD9)),
            _mm_cmpeq_epi8(bn, _mm_set1_epi8((char)0x89)));
        __m128i v = _mm_or_si128(pb.out,
                                 _mm_and_si128(upper, _mm_set1_epi8(32)));
        v = select8(teh, _mm_set1_epi8((char)0xD9), v);
        v = select8(_mm_slli_si128(teh, 1), _mm_set1_epi8((char)0x87), v);
        v = select8(_mm_slli_si128(yeh, 1), _mm_set1_epi8((char)0x8A), v);
        if (keep == need) {
            _mm_storeu_si128((__m128i *)(out + o), v);
            o += len - i >= step ? step : len - i;
        } else {
            /* Each run of kept bytes with one store. */
            char t[32];
            _mm_storeu_si128((__m128i *)t, v);
            while (keep) {
                unsigned at = (unsigned)__builtin_ctz(keep);
                unsigned run = (unsigned)__builtin_ctz(~(keep >> at));
                _mm_storeu_si128((__m128i *)(out + o),
                                 _mm_loadu_si128((const __m128i *)(t + at)));
                o += run;
                keep &= ~(((1u << run) - 1) << at);
            }
        }
    }
    *olen = o;
    return true;
}

/* Whether the len bytes at q (with 16 more after them that are not plain)
   are all plain characters, with no white space first, last or next to
   other white space: then each is written as it is (with أ إ آ as ا when
   fold), to out, which has room for len + 15 bytes.  Each block starts
   on a character. */
static bool all_plain(const unsigned char *q, size_t len, char *out,
                      const bool fold)
{
    if (!len || q[0] == ' ' || q[len - 1] == ' ')
        return false;
    for (size_t i = 0, step; i < len; i += step) {
        pblock pb = plain_block(q + i, fold, true);
        /* A letter in bytes 15 and 16 goes whole to the next block. */
        step = 16 - (pb.lead >> 15);
        unsigned need = len - i >= step ? (1u << step) - 1
                                        : (1u << (len - i)) - 1;
        unsigned valid = pb.asc | pb.space | pb.lead | pb.lead << 1;
        /* A space before a space (the bytes past the end are not). */
        unsigned spaces = pb.space | (unsigned)(q[i + 16] == ' ') << 16;
        if ((valid & need) != need || (spaces & spaces >> 1))
            return false;
        _mm_storeu_si128((__m128i *)(out + i), pb.out);
    }
    return true;
}

/* A run of plain characters (is_plain) 16 bytes at a time, from q, whose
   first character has been decoded and is plain, with no white space
   pending and, when that character is a space, something written
   already: each is written as it is (with أ إ آ as ا when fold), a space
   only when no white space is next to it, so that the output is the
   input and each byte maps to its own code point.  In a block, the
   characters are taken up to the last plain one before the first that is
   not (which then has a plain character after it, so a boundary), and
   the last is left for the next block.  Takes characters before qe only,
   and reads 17 bytes at a time before qr (qe, or past it when the text
   has room after it).  Writes the text at *o, with maps the maps at *fo
   and *to (with cpb, whose map is sparse, only *fo: each character here
   ends one code point after it begins), with cpb the byte offset of each
   code point after the first,
   and of the next character, at *cpw; counts the code points in *cp2 (both
   halves) and the Arabic letters in *arabic.  In matching (fold) it also
   takes a paragraph break, "\n\n" between plain characters.  Returns
   where it stopped: a plain character, not taken. */
static inline __attribute__((always_inline)) const unsigned char *
plain_run(const hk_normalizer *n, const unsigned char *q,
          const unsigned char *u,
          const unsigned char *qe, const unsigned char *qr, char **o,
          char *oe, uint32_t **fo,
          uint32_t **to, uint32_t **cpw, uint64_t *cp2, size_t *arabic,
          const bool fold, const bool maps, const bool cpb)
{
    while (qr - q > 16 && q < qe && oe - *o >= 16) {
        pblock pb = plain_block(q, fold, true);
        unsigned ma = pb.asc, ml = pb.lead, ms = pb.space;
        ms &= ~(ms << 1) & ~(ms >> 1);
        unsigned starts = ma | ml | ms;
        unsigned valid = (starts | ml << 1) & 0xFFFF;
        unsigned nv = (unsigned)__builtin_ctz(~valid);
        if ((size_t)(qe - q) < nv)
            nv = (unsigned)(qe - q);
        unsigned live = starts & ((1u << nv) - 1);
        if (!live)
            break;
        unsigned k = 31u - (unsigned)__builtin_clz(live);
        if (!k) {
            /* A paragraph break: the character at q (not a space), then
               two line breaks and a plain character other than a space
               (the commonest end of a run in news, after the comma),
               taken here as the character loop would: the breaks are one
               newline spanning both. */
            unsigned lc = 1 + (ml & 1), d = lc + 2;
            if (!fold || !n->nl_pair || !((ma | ml) & 1) || q[lc] != '\n' ||
                q[lc + 1] != '\n' || !((ma | ml) >> d & 1) ||
                (size_t)(qe - q) < d + 1 + (ml >> d & 1))
                break;
            uint32_t cp = (uint32_t)*cp2;
            _mm_storeu_si128((__m128i *)*o, pb.out);
            (*o)[lc] = '\n';
            *o += lc + 1;
            if (maps) {
                uint32_t *f = *fo, *t = *to;
                f[0] = f[1] = cp;
                if (!cpb)
                    t[0] = t[1] = cp + 1;
                f[lc] = cpb ? (cp + 1) | HK_MAP_TO : cp + 1;
                t[lc] = cp + 3;
                *fo += lc + 1;
                *to += lc + 1;
            }
            if (cpb) {
                uint32_t at = (uint32_t)(q - u) + lc;
                (*cpw)[0] = at;
                (*cpw)[1] = at + 1;
                (*cpw)[2] = at + 2;
                *cpw += 3;
            }
            *arabic += lc == 2 && !(pb.comma & 1);
            *cp2 += 3 * CP2_ONE;
            q += lc + 2;
            continue;
        }
        unsigned keep = (1u << k) - 1;
        _mm_storeu_si128((__m128i *)*o, pb.out);
        *o += k;
        uint32_t cp = (uint32_t)*cp2;
        /* m characters in k bytes, each one byte or two. */
        unsigned m;
        if (maps) {
            /* The code point of each byte: cp plus the starts before it. */
            __m128i x = _mm_andnot_si128(_mm_slli_si128(pb.leadv, 1),
                                         _mm_set1_epi8(1));
            x = _mm_add_epi8(x, _mm_slli_si128(x, 1));
            x = _mm_add_epi8(x, _mm_slli_si128(x, 2));
            x = _mm_add_epi8(x, _mm_slli_si128(x, 4));
            x = _mm_add_epi8(x, _mm_slli_si128(x, 8));
            __m128i z = _mm_setzero_si128();
            __m128i base = _mm_set1_epi32((int)cp - 1);
            __m128i one = _mm_set1_epi32(1);
            __m128i lo = _mm_unpacklo_epi8(x, z), hi = _mm_unpackhi_epi8(x, z);
            __m128i f0 = _mm_add_epi32(_mm_unpacklo_epi16(lo, z), base);
            __m128i f1 = _mm_add_epi32(_mm_unpackhi_epi16(lo, z), base);
            __m128i f2 = _mm_add_epi32(_mm_unpacklo_epi16(hi, z), base);
            __m128i f3 = _mm_add_epi32(_mm_unpackhi_epi16(hi, z), base);
            __m128i *fv = (__m128i *)*fo, *tv = (__m128i *)*to;
            _mm_storeu_si128(fv, f0);
            _mm_storeu_si128(fv + 1, f1);
            _mm_storeu_si128(fv + 2, f2);
            _mm_storeu_si128(fv + 3, f3);
            if (!cpb) {     /* else to[] is sparse: from + 1 here */
                _mm_storeu_si128(tv, _mm_add_epi32(f0, one));
                _mm_storeu_si128(tv + 1, _mm_add_epi32(f1, one));
                _mm_storeu_si128(tv + 2, _mm_add_epi32(f2, one));
                _mm_storeu_si128(tv + 3, _mm_add_epi32(f3, one));
            }
            *fo += k;
            *to += k;
        }
        if (cpb) {
            /* The offsets of the code points after the first, and of the
               one at k, eight bits of starts at a time (each writes 8
               offsets, of which those past the last are written over
               later: the block has more than 16 bytes after it). */
            unsigned t = starts & ((2u << k) - 2);
            unsigned t0 = t & 0xFF, t1 = t >> 8;
            __m128i z = _mm_setzero_si128();
            __m128i off = _mm_set1_epi32((int)(q - u));
            __m128i p0 = _mm_unpacklo_epi8(
                _mm_loadl_epi64((const __m128i *)n->bitpos[t0]), z);
            __m128i *w = (__m128i *)*cpw;
            _mm_storeu_si128(w, _mm_add_epi32(_mm_unpacklo_epi16(p0, z), off));
            _mm_storeu_si128(w + 1,
                             _mm_add_epi32(_mm_unpackhi_epi16(p0, z), off));
            *cpw += n->bitcount[t0];
            off = _mm_add_epi32(off, _mm_set1_epi32(8));
            __m128i p1 = _mm_unpacklo_epi8(
                _mm_loadl_epi64((const __m128i *)n->bitpos[t1]), z);
            w = (__m128i *)*cpw;
            _mm_storeu_si128(w, _mm_add_epi32(_mm_unpacklo_epi16(p1, z), off));
            _mm_storeu_si128(w + 1,
                             _mm_add_epi32(_mm_unpackhi_epi16(p1, z), off));
            *cpw += n->bitcount[t1];
            m = n->bitcount[t0] + n->bitcount[t1];
        } else {
            m = popcount16(starts & keep);
        }
        /* The 2-byte characters but the commas are Arabic letters. */
        unsigned cm = pb.comma & keep;
        *arabic += k - m - n->bitcount[cm & 0xFF] - n->bitcount[cm >> 8];
        *cp2 += m * CP2_ONE;
        q += k;
    }
    return q;
}
#endif

#ifdef HK_AVX2
/* plain_run's cursors, given to plain_run32 and returned by it in one
   struct, so that the caller's stay in registers across the call. */
typedef struct pcur {
    const unsigned char *q;
    char *o;
    uint32_t *fo, *to, *cpw;
    uint64_t cp2;
    size_t arabic;
} pcur;

/* v moved up by one byte across its two halves (a zero first). */
HK_AVX2_FN __m256i up1(__m256i v)
{
    return _mm256_alignr_epi8(v, _mm256_permute2x128_si256(v, v, 0x08), 15);
}

/* The map of eight bytes from byte at (a constant): from[] the bytes of x
   there plus base, and (unless sparse) to[] one more. */
HK_AVX2_FN void maps8(uint32_t *fo, uint32_t *to, __m256i x, const int at,
                      __m256i base, const bool sparse)
{
    __m128i h = at < 16 ? _mm256_castsi256_si128(x)
                        : _mm256_extracti128_si256(x, 1);
    if (at % 16)
        h = _mm_srli_si128(h, 8);
    __m256i f = _mm256_add_epi32(_mm256_cvtepu8_epi32(h), base);
    _mm256_storeu_si256((__m256i *)(fo + at), f);
    if (!sparse)    /* else to[] is sparse: from + 1 here */
        _mm256_storeu_si256((__m256i *)(to + at),
                            _mm256_add_epi32(f, _mm256_set1_epi32(1)));
}

/* The byte offsets of the code points whose starts are the bits of t from
   bit at (a constant) on, eight of them, off + at + bit, written at cpw
   (all eight; those past the last are written over later); returns the
   place after the last. */
HK_AVX2_FN uint32_t *offsets8(const hk_normalizer *n, uint32_t *cpw,
                              uint64_t t, const int at, __m256i off)
{
    unsigned bits = (unsigned)(t >> at) & 0xFF;
    __m256i pos = _mm256_cvtepu8_epi32(
        _mm_loadl_epi64((const __m128i *)n->bitpos[bits]));
    _mm256_storeu_si256(
        (__m256i *)cpw,
        _mm256_add_epi32(pos, _mm256_add_epi32(off, _mm256_set1_epi32(at))));
    return cpw + n->bitcount[bits];
}

/* plain_run 32 bytes at a time, with AVX2: the same blocks (plain_block's
   masks, 32 bits of them), the same cursors (in c), the same stops; it
   stops where fewer than 33 bytes are left before qr or there is room
   for fewer than 32 bytes, and plain_run goes on from there. */
HK_AVX2_FN void plain_blocks32(const hk_normalizer *n, pcur *c,
                               const unsigned char *u,
                               const unsigned char *qe,
                               const unsigned char *qr, char *oe,
                               const bool fold, const bool maps,
                               const bool cpb)
{
    const unsigned char *q = c->q;
    char *o = c->o;
    uint32_t *fo = c->fo, *to = c->to, *cpw = c->cpw;
    uint64_t cp2 = c->cp2;
    size_t arabic = c->arabic;
    while (qr - q > 32 && q < qe && oe - o >= 32) {
        __m256i b = _mm256_loadu_si256((const __m256i *)q);
        __m256i bn = _mm256_loadu_si256((const __m256i *)(q + 1));
        __m256i asc =
            _mm256_and_si256(_mm256_cmpgt_epi8(b, _mm256_set1_epi8(0x20)),
                             _mm256_cmpgt_epi8(_mm256_set1_epi8(0x7F), b));
        __m256i cv = hk_i_comma_lead2(b, bn);
        __m256i leadv = _mm256_or_si256(hk_i_plain_lead2(b, bn), cv);
        uint64_t comma = (uint32_t)_mm256_movemask_epi8(cv);
        uint64_t ma = (uint32_t)_mm256_movemask_epi8(asc);
        uint64_t ml = (uint32_t)_mm256_movemask_epi8(leadv);
        uint64_t ms = (uint32_t)_mm256_movemask_epi8(
            _mm256_cmpeq_epi8(b, _mm256_set1_epi8(' ')));
        __m256i out = b;
        if (fold) {
            __m256i f = _mm256_and_si256(
                _mm256_cmpeq_epi8(b, _mm256_set1_epi8((char)0xD8)),
                _mm256_or_si256(
                    _mm256_cmpeq_epi8(bn, _mm256_set1_epi8((char)0xA2)),
                    _mm256_or_si256(
                        _mm256_cmpeq_epi8(bn, _mm256_set1_epi8((char)0xA3)),
                        _mm256_cmpeq_epi8(bn, _mm256_set1_epi8((char)0xA5)))));
            out = _mm256_blendv_epi8(b, _mm256_set1_epi8((char)0xA7), up1(f));
        }
        ms &= ~(ms << 1) & ~(ms >> 1);
        uint64_t starts = ma | ml | ms;
        uint64_t valid = (starts | ml << 1) & 0xFFFFFFFF;
        unsigned nv = (unsigned)__builtin_ctzll(~valid);
        if ((size_t)(qe - q) < nv)
            nv = (unsigned)(qe - q);
        uint64_t live = starts & (((uint64_t)1 << nv) - 1);
        if (!live)
            break;
        unsigned k = 63u - (unsigned)__builtin_clzll(live);
        if (!k) {
            /* A paragraph break, as in plain_run. */
            unsigned lc = 1 + (unsigned)(ml & 1), d = lc + 2;
            if (!fold || !n->nl_pair || !((ma | ml) & 1) || q[lc] != '\n' ||
                q[lc + 1] != '\n' || !((ma | ml) >> d & 1) ||
                (size_t)(qe - q) < d + 1 + (ml >> d & 1))
                break;
            uint32_t cp = (uint32_t)cp2;
            _mm256_storeu_si256((__m256i *)o, out);
            o[lc] = '\n';
            o += lc + 1;
            if (maps) {
                fo[0] = fo[1] = cp;
                if (!cpb)
                    to[0] = to[1] = cp + 1;
                fo[lc] = cpb ? (cp + 1) | HK_MAP_TO : cp + 1;
                to[lc] = cp + 3;
                fo += lc + 1;
                to += lc + 1;
            }
            if (cpb) {
                uint32_t at = (uint32_t)(q - u) + lc;
                cpw[0] = at;
                cpw[1] = at + 1;
                cpw[2] = at + 2;
                cpw += 3;
            }
            arabic += lc == 2 && !(comma & 1);
            cp2 += 3 * CP2_ONE;
            q += lc + 2;
            continue;
        }
        uint64_t keep = ((uint64_t)1 << k) - 1;
        _mm256_storeu_si256((__m256i *)o, out);
        o += k;
        uint32_t cp = (uint32_t)cp2;
        unsigned m;
        if (maps) {
            /* The code point of each byte: cp plus the starts before it,
               summed in each half, then the first half's sum added to
               the second. */
            __m256i x = _mm256_andnot_si256(up1(leadv), _mm256_set1_epi8(1));
            x = _mm256_add_epi8(x, _mm256_slli_si256(x, 1));
            x = _mm256_add_epi8(x, _mm256_slli_si256(x, 2));
            x = _mm256_add_epi8(x, _mm256_slli_si256(x, 4));
            x = _mm256_add_epi8(x, _mm256_slli_si256(x, 8));
            x = _mm256_add_epi8(
                x, _mm256_shuffle_epi8(_mm256_permute2x128_si256(x, x, 0x08),
                                       _mm256_set1_epi8(15)));
            __m256i base = _mm256_set1_epi32((int)cp - 1);
            maps8(fo, to, x, 0, base, cpb);
            maps8(fo, to, x, 8, base, cpb);
            maps8(fo, to, x, 16, base, cpb);
            maps8(fo, to, x, 24, base, cpb);
            fo += k;
            to += k;
        }
        if (cpb) {
            /* The offsets of the code points after the first, and of the
               one at k, eight bits of starts at a time (each writes 8;
               those past the last are written over later). */
            uint64_t t = starts & ((2ull << k) - 2);
            uint32_t *cpw0 = cpw;
            __m256i off = _mm256_set1_epi32((int)(q - u));
            cpw = offsets8(n, cpw, t, 0, off);
            cpw = offsets8(n, cpw, t, 8, off);
            cpw = offsets8(n, cpw, t, 16, off);
            cpw = offsets8(n, cpw, t, 24, off);
            m = (unsigned)(cpw - cpw0);
        } else {
            m = (unsigned)__builtin_popcountll(starts & keep);
        }
        /* The 2-byte characters but the commas are Arabic letters. */
        arabic += k - m - (unsigned)__builtin_popcountll(comma & keep);
        cp2 += m * CP2_ONE;
        q += k;
    }
    *c = (pcur){.q = q, .o = o, .fo = fo, .to = to, .cpw = cpw, .cp2 = cp2,
                .arabic = arabic};
}

/* plain_blocks32 in each of hot_loop's cases, out of line (the caller is
   compiled without AVX2). */
HK_AVX2_TARGET __attribute__((noinline)) static pcur
plain_run32_cpb(const hk_normalizer *n, pcur c, const unsigned char *u,
                const unsigned char *qe, const unsigned char *qr, char *oe,
                bool fold)
{
    plain_blocks32(n, &c, u, qe, qr, oe, fold, true, true);
    return c;
}

HK_AVX2_TARGET __attribute__((noinline)) static pcur
plain_run32_maps(const hk_normalizer *n, pcur c, const unsigned char *u,
                 const unsigned char *qe, const unsigned char *qr, char *oe,
                 bool fold)
{
    plain_blocks32(n, &c, u, qe, qr, oe, fold, true, false);
    return c;
}

HK_AVX2_TARGET __attribute__((noinline)) static pcur
plain_run32_str(const hk_normalizer *n, pcur c, const unsigned char *u,
                const unsigned char *qe, const unsigned char *qr, char *oe,
                bool fold)
{
    plain_blocks32(n, &c, u, qe, qr, oe, fold, false, false);
    return c;
}
#endif

/* The loop over the common case, with nothing in it that calls out (so
   its state stays in registers): while the next character is in the
   table and NFC, and the one after it is ASCII or a 2-byte form with a
   boundary before it, writes the first and moves on.  Leaves the rest,
   and the end of the text, to run. */
static inline __attribute__((always_inline)) void
hot_loop(nstate *st, hot *h, const unsigned char *u, size_t len,
         const bool maps, const bool cpb)
{
    const nent *fast = st->fast;
    hk_ntext *nt = st->nt;
    char *s = nt->s;
    const unsigned char *p = u + h->i, *pe = u + len;
    char *o = s + h->olen, *olim = s + h->lim;
    uint32_t *fo = maps ? nt->from + h->olen : NULL;
    uint32_t *to = maps ? nt->to + h->olen : NULL;
    uint64_t cp2 = h->cp2;
    nent a2 = h->a2;
    uint32_t *cpw = h->cpw;
    int ws = h->ws;
    size_t count[CNT_N] = {0};
#ifdef __SSE2__
    size_t pad = st->pad;
#endif
    for (;;) {
        nent a = a2;
#ifdef __SSE2__
        /* (A space first in the output would be dropped.) */
        if ((a & NE_PLAIN) && !ws && (o != s || NE_ACT(a) != FA_SPACE)) {
            const unsigned char *q = p - (NE_CP(a) < 0x80 ? 1 : 2);
            const unsigned char *q2 = q;
            bool fold = st->mode == MODE_MATCH;
#ifdef HK_AVX2
            /* Long runs 32 bytes at a time first (a call: worth it for
               runs of more than one block, which most are). */
            if (st->n->wide && pe + pad - q > 64) {
                pcur c = {.q = q, .o = o, .fo = fo, .to = to, .cpw = cpw,
                          .cp2 = cp2, .arabic = count[CNT_ARABIC]};
                c = cpb ? plain_run32_cpb(st->n, c, u, pe, pe + pad,
                                          s + nt->cap, fold)
                    : maps ? plain_run32_maps(st->n, c, u, pe, pe + pad,
                                              s + nt->cap, fold)
                           : plain_run32_str(st->n, c, u, pe, pe + pad,
                                             s + nt->cap, fold);
                q2 = c.q;
                o = c.o;
                fo = c.fo;
                to = c.to;
                cpw = c.cpw;
                cp2 = c.cp2;
                count[CNT_ARABIC] = c.arabic;
            }
#endif
            q2 = plain_run(st->n, q2, u, pe, pe + pad, &o, s + nt->cap, &fo,
                           &to, &cpw, &cp2, &count[CNT_ARABIC], fold, maps,
                           cpb);
            if (q2 != q) {
                /* The character it stopped at: plain, so ASCII or two
                   bytes, and in the table. */
                if (*q2 < 0x80) {
                    a = fast[*q2];
                    p = q2 + 1;
                } else {
                    a = fast[(q2[0] & 0x1F) << 6 | (q2[1] & 0x3F)];
                    p = q2 + 2;
                }
                a2 = a;
            }
        }
#endif
        if ((a & RUN_FAST) != RUN_FAST || o > olim)
            break;
        const unsigned char *np;
        if (pe - p >= 2) {
            unsigned b0 = p[0], b1 = p[1];
            if (b0 < 0x80) {
                a2 = fast[b0];
                np = p + 1;
            } else if (b0 - 0xC2 <= 0xDF - 0xC2 && (b1 & 0xC0) == 0x80) {
                a2 = fast[(b0 & 0x1F) << 6 | (b1 & 0x3F)];
                np = p + 2;
            } else {
                break;
            }
        } else if (p < pe && *p < 0x80) {
            a2 = fast[*p];
            np = p + 1;
        } else {
            break;
        }
        if (!(a2 & (nent)NF_BB << 56)) {
            a2 = a;
            break;
        }
        if (cpb)
            *cpw++ = (uint32_t)(p - u);
        p = np;
        put_fast(st, s, &o, &fo, &to, &ws, cp2, count, a, maps, cpb);
        cp2 += CP2_ONE;
    }
    h->i = (size_t)(p - u);
    h->olen = (size_t)(o - s);
    h->cp2 = cp2;
    h->a2 = a2;
    h->cpw = cpw;
    h->ws = ws;
    for (int k = 0; k < CNT_N; k++)
        h->count[k] += count[k];
}

static __attribute__((noinline)) void
hot_maps(nstate *st, hot *h, const unsigned char *u, size_t len)
{
    hot_loop(st, h, u, len, true, true);
}

static __attribute__((noinline)) void
hot_maps_only(nstate *st, hot *h, const unsigned char *u, size_t len)
{
    hot_loop(st, h, u, len, true, false);
}

static __attribute__((noinline)) void
hot_str(nstate *st, hot *h, const unsigned char *u, size_t len)
{
    hot_loop(st, h, u, len, false, false);
}

/* Normalises text into st->nt (len, counts; not the terminator); returns
   the original's length in code points.  With maps, also writes the map
   (from, to), and with cpb (only with maps) the byte offset of each code
   point and of the end in nt->cp_byte (which has room for two more than
   the text's bytes); a short string needs none of them.  Each code point is decoded once: a is
   the current character, a2 the next.  hot_loop does most of the text;
   here is one character of the rest at a time, and run_slow the rare
   cases. */
static inline __attribute__((always_inline)) uint32_t
run(nstate *st, const char *text, size_t len, const bool maps,
    const bool cpb)
{
    const hk_normalizer *n = st->n;
    const nent *fast = st->fast;
    hk_ntext *nt = st->nt;
    const unsigned char *u = (const unsigned char *)text;
    hot h = {.olen = nt->len, .lim = nt->cap - 4, .ws = st->ws,
             .cpw = cpb ? nt->cp_byte : NULL};
    if (cpb)
        *h.cpw++ = 0;
    h.a2 = next_cp(n, fast, nt, text, len, &h.i);
    for (;;) {
        if ((h.a2 & RUN_FAST) != RUN_FAST)
            ;   /* hot_loop would stop at once */
        else if (cpb)
            hot_maps(st, &h, u, len);
        else if (maps)
            hot_maps_only(st, &h, u, len);
        else
            hot_str(st, &h, u, len);
        nent a = h.a2;
        if (cpb)
            *h.cpw++ = (uint32_t)h.i;
        h.a2 = next_cp(n, fast, nt, text, len, &h.i);
        if ((h.a2 & (nent)NF_BB << 56) && (a & RUN_FAST) == RUN_FAST &&
            h.olen <= h.lim) {
            char *o = nt->s + h.olen;
            uint32_t *fo = nt->from + h.olen, *to = nt->to + h.olen;
            put_fast(st, nt->s, &o, &fo, &to, &h.ws, h.cp2, h.count, a,
                     maps, cpb);
            h.olen = (size_t)(o - nt->s);
            h.cp2 += CP2_ONE;
            continue;
        }
        uint32_t c = NE_CP(a);
        if (c == CP_END)
            break;
        nt->len = h.olen;
        st->ws = h.ws;
        rpos r = {.i = h.i, .cp = (uint32_t)h.cp2, .a2 = h.a2};
        run_slow(st, text, len, c, NE_FLAGS(a), &r,
                 cpb ? nt->cp_byte : NULL);
        h.i = r.i;
        h.cp2 = r.cp * CP2_ONE;
        if (cpb)
            h.cpw = nt->cp_byte + r.cp + 1;
        h.a2 = r.a2;
        h.olen = nt->len;
        h.lim = nt->cap - 4;
        h.ws = st->ws;
        if (st->oom)
            break;
    }
    nt->len = h.olen;
    st->ws = h.ws;
    nt->arabic += h.count[CNT_ARABIC];
    nt->controls += h.count[CNT_CONTROL];
    return (uint32_t)h.cp2;
}

/* After run read a text with its HTML character references decoded (cp
   code points): the map and, with cpb, cp_byte made the original's, of
   nt->orig; returns the original's code point count.  A reference's
   character spans all of it. */
static uint32_t unmap_refs(hk_ntext *nt, uint32_t cp, bool cpb)
{
    const hk_href *r = nt->ref_at;
    size_t nr = nt->refs, hf = 0, ht = 0;
    for (size_t i = 0; i < nt->len; i++) {
        uint32_t f = hk_i_html_orig_cp(r, nr, &hf, nt->from[i] & ~HK_MAP_TO);
        uint32_t t = hk_i_html_orig_cp(
            r, nr, &ht, cpb ? hk_i_map_to(nt, i) : nt->to[i]);
        nt->from[i] = cpb && t != f + 1 ? f | HK_MAP_TO : f;
        if (!cpb || t != f + 1)
            nt->to[i] = t;
    }
    if (cpb) {
        size_t k = 0;
        nt->cp_byte[0] = 0;
        for (size_t i = 0; i < nt->orig_len;) {
            hk_i_utf8_next(nt->orig, nt->orig_len, &i);
            nt->cp_byte[++k] = (uint32_t)i;
        }
    }
    return hk_i_html_orig_cp(r, nr, &ht, cp);
}

/* Normalises text into nt with its map; with cpb, also nt->cp_byte (the
   extraction's; hk_normalize has no use for it). */
static hk_status run_maps(const hk_normalizer *n, const char *text,
                          size_t len, hk_ntext *nt, bool cpb, hk_error *err)
{
    nt->len = 0;
    nt->invalid = 0;
    nt->controls = 0;
    nt->arabic = 0;
    nt->orig = text;
    nt->orig_len = len;
    nt->cp_ready = false;
    if (!grow_maps(nt, len + len / 4 + 16))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    /* A code point takes a byte at least; run writes one offset past the
       end's. */
    if (cpb && nt->cp_byte_cap < len + 2) {
        uint32_t *p = realloc(nt->cp_byte, (len + 2) * sizeof *p);
        if (!p)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        nt->cp_byte = p;
        nt->cp_byte_cap = len + 2;
    }
    /* HTML character references: the text run reads is a copy with them
       decoded, whose map unmap_refs turns back to the original's. */
    const char *src = text;
    size_t slen = len;
    nt->refs = 0;
    if (memchr(text, '&', len)) {
        if (nt->dec_cap < len + 1) {
            char *d = realloc(nt->dec, len + 1);
            if (d)
                nt->dec = d;
            hk_href *r = realloc(nt->ref_at, (len / 4 + 1) * sizeof *r);
            if (r)
                nt->ref_at = r;
            if (!d || !r)
                return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0,
                                 "out of memory");
            nt->dec_cap = len + 1;
        }
        nt->refs = hk_i_html_decode(text, len, nt->dec, &slen, nt->ref_at);
        if (nt->refs)
            src = nt->dec;
    }
    nstate st = {.n = n, .fast = n->fast[MODE_MATCH], .mode = MODE_MATCH,
                 .nt = nt, .sparse_to = cpb};
    uint32_t cp = cpb ? run(&st, src, slen, true, true)
                      : run(&st, src, slen, true, false);
    if (st.oom)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (nt->refs)
        cp = unmap_refs(nt, cp, cpb);
    nt->orig_cps = cp;
    nt->cp_ready = cpb;
    nt->s[nt->len] = '\0';
    nt->from[nt->len] = cp;
    nt->to[nt->len] = cp;
    return HK_OK;
}

hk_status hk_i_normalize(const hk_normalizer *n, const char *text, size_t len,
                         hk_ntext *nt, hk_error *err)
{
    return run_maps(n, text, len, nt, true, err);
}

hk_status hk_i_normalize_full(const hk_normalizer *n, const char *text,
                              size_t len, hk_ntext *nt, hk_error *err)
{
    return run_maps(n, text, len, nt, false, err);
}

void hk_i_ntext_free(hk_ntext *nt)
{
    free(nt->s);
    free(nt->from);
    free(nt->to);
    free(nt->cp_byte);
    free(nt->dec);
    free(nt->ref_at);
    memset(nt, 0, sizeof *nt);
}

/* A short string: the maps are written (the loop is shared) but to the
   stack, like the text, which goes to the heap only if it outgrows it. */
#define STR_STACK 256
/* Bytes the block paths may read past where they may take characters. */
#define PLAIN_PAD 16

static char *run_str(const hk_normalizer *n, hk_arena *a, const char *s,
                     size_t len, nmode mode)
{
    char buf[STR_STACK + PLAIN_PAD];
    size_t pad = 0;
    /* A name taken from the original text may hold HTML character
       references: they are decoded as in a document (run_maps). */
    if (memchr(s, '&', len)) {
        char *dec = hk_i_arena_alloc_raw(a, len + 1);
        if (!dec)
            return NULL;
        if (hk_i_html_decode(s, len, dec, &len, NULL))
            s = dec;
    }
#ifdef __SSE2__
    /* A copy with room after it lets plain_run read its 17 bytes up to
       the end (a key has no plain characters); a string of plain
       characters alone is its own form. */
    char in[STR_STACK + PLAIN_PAD];
    if ((n->plain[mode] ||
         (mode == MODE_KEY && n->key_plain)) &&
        len <= STR_STACK) {
        memcpy(in, s, len);
        memset(in + len, 0xFF, PLAIN_PAD);
        const unsigned char *u = (const unsigned char *)in;
        size_t olen = len;
        if (mode == MODE_KEY ? key_plain(u, len, buf, &olen)
                             : all_plain(u, len, buf, mode == MODE_MATCH))
            return hk_i_arena_strndup(a, buf, olen);
        s = in;
        pad = PLAIN_PAD;
    }
#endif
    /* Set up only here: most strings are plain and never get here. */
    uint32_t from[STR_STACK + 1], to[STR_STACK + 1];
    hk_ntext nt = {.s = buf, .from = from, .to = to, .cap = STR_STACK};
    nstate st = {.n = n, .fast = n->fast[mode], .mode = mode, .nt = &nt,
                 .on_stack = true, .pad = pad};
    run(&st, s, len, false, false);
    char *r = st.oom ? NULL : hk_i_arena_strndup(a, nt.s, nt.len);
    if (!st.on_stack)
        hk_i_ntext_free(&nt);
    return r;
}

char *hk_i_normalize_str(const hk_normalizer *n, hk_arena *a, const char *s,
                         size_t len)
{
    return run_str(n, a, s, len, MODE_MATCH);
}

char *hk_i_display_form(const hk_normalizer *n, hk_arena *a, const char *s,
                        size_t len)
{
    return run_str(n, a, s, len, MODE_DISPLAY);
}

char *hk_i_fold_key(const hk_normalizer *n, hk_arena *a, const char *s,
                    size_t len)
{
    return run_str(n, a, s, len, MODE_KEY);
}

hk_status hk_normalize(const hk_rules *rules, const char *text, size_t len,
                       char **out, size_t *out_len, size_t **map,
                       hk_error *err)
{
    if (!rules || !text || !out)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    hk_ntext nt = {0};
    hk_status st = hk_i_normalize_full(rules->norm, text, len, &nt, err);
    if (st != HK_OK) {
        hk_i_ntext_free(&nt);
        return st;
    }
    if (map) {
        *map = malloc((nt.len + 1) * sizeof **map);
        if (!*map) {
            hk_i_ntext_free(&nt);
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        }
        for (size_t i = 0; i <= nt.len; i++)
            (*map)[i] = nt.from[i];
    }
    *out = nt.s;
    nt.s = NULL;
    if (out_len)
        *out_len = nt.len;
    hk_i_ntext_free(&nt);
    return HK_OK;
}
