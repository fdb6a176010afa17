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
 * ICU call except for the rare combining sequence that NFC must recompose.
 */
#include "internal.h"

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
};

typedef enum nmode { MODE_MATCH, MODE_DISPLAY, MODE_KEY } nmode;

struct hk_normalizer {
    const UNormalizer2 *nfc, *nfkc;
    uint8_t flags[0x10000];
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
    UErrorCode ec = U_ZERO_ERROR;
    uint8_t f = 0;
    if (c >= 0xD800 && c <= 0xDFFF)
        return NF_BB | NF_SPACE;
    if (unorm2_hasBoundaryBefore(n->nfc, c))
        f |= NF_BB;
    UChar s[2];
    int32_t len = 0;
    U16_APPEND_UNSAFE(s, len, c);
    if (unorm2_quickCheck(n->nfc, s, len, &ec) == UNORM_YES && U_SUCCESS(ec))
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

hk_status hk_i_normalizer_new(hk_normalizer **out, hk_error *err)
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

/* Output state while normalising one text. */
typedef struct nstate {
    hk_ntext *nt;
    const hk_normalizer *n;
    nmode mode;
    int ws;              /* pending white space: 0, 1 space, 2 newline */
    uint32_t ws_from, ws_to;
    bool oom;
} nstate;

static bool grow(hk_ntext *nt, size_t need)
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

static inline void put_bytes(nstate *st, uint32_t c, uint32_t from,
                             uint32_t to)
{
    hk_ntext *nt = st->nt;
    if (nt->len + 4 > nt->cap && !grow(nt, nt->len + 4)) {
        st->oom = true;
        return;
    }
    size_t k = hk_i_utf8_put(c, nt->s + nt->len);
    for (size_t j = 0; j < k; j++) {
        nt->from[nt->len + j] = from;
        nt->to[nt->len + j] = to;
    }
    nt->len += k;
}

/* Takes one NFC character of the output, with its original span. */
static void put(nstate *st, uint32_t c, uint32_t from, uint32_t to)
{
    uint8_t f = flags_of(st->n, c);
    if (f & NF_DROP)
        return;
    if (c >= 0x0620 && c <= 0x06FF)
        st->nt->arabic++;
    else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
              c != '\v') || c == 0x7F)
        st->nt->controls++;
    if (f & (NF_SPACE | NF_NL)) {
        int w = (f & NF_NL) ? 2 : 1;
        if (!st->ws)
            st->ws_from = from;
        st->ws_to = to;
        if (w > st->ws)
            st->ws = w;
        return;
    }
    if (st->mode == MODE_KEY && !(f & NF_WORD)) {
        st->ws = 0;
        return;
    }
    if (st->ws) {
        if (st->nt->len && st->mode != MODE_KEY)
            put_bytes(st, st->ws == 2 && st->mode == MODE_MATCH ? '\n' : ' ',
                      st->ws_from, st->ws_to);
        st->ws = 0;
    }
    put_bytes(st, fold(c, st->mode), from, to);
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

static hk_status run(const hk_normalizer *n, const char *text, size_t len,
                     nmode mode, hk_ntext *nt, hk_error *err)
{
    nstate st = {.nt = nt, .n = n, .mode = mode};
    nt->len = 0;
    nt->invalid = 0;
    nt->controls = 0;
    nt->arabic = 0;
    nt->orig = text;
    nt->orig_len = len;
    nt->cp_ready = false;
    if (!grow(nt, len + len / 4 + 16))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    size_t i = 0;
    uint32_t cp = 0;
    uint32_t seg[32];
    while (i < len) {
        size_t at = i;
        uint32_t c = hk_i_utf8_next(text, len, &i);
        if (c == 0xFFFD && (i - at != 3 || memcmp(text + at, "\xEF\xBF\xBD", 3)))
            nt->invalid++;
        uint8_t f = flags_of(n, c);
        /* Does a combining character follow?  Then NFC needs the segment. */
        size_t j = i;
        bool alone = true;
        if (j < len && (unsigned char)text[j] >= 0x80) {
            size_t k = j;
            uint32_t c2 = hk_i_utf8_next(text, len, &k);
            alone = (flags_of(n, c2) & NF_BB) != 0;
        }
        if (alone && (f & NF_SAFE) && !(f & NF_NFKC)) {
            put(&st, c, cp, cp + 1);
            cp++;
        } else if (alone && (f & NF_NFKC)) {
            put_segment(&st, n->nfkc, &c, 1, cp, cp + 1);
            cp++;
        } else {
            size_t ns = 0;
            uint32_t from = cp;
            seg[ns++] = c;
            cp++;
            while (i < len) {
                size_t k = i;
                uint32_t c2 = hk_i_utf8_next(text, len, &k);
                if ((flags_of(n, c2) & NF_BB) || ns == 32)
                    break;
                if (c2 == 0xFFFD && (k - i != 3 ||
                                     memcmp(text + i, "\xEF\xBF\xBD", 3)))
                    nt->invalid++;
                seg[ns++] = c2;
                i = k;
                cp++;
            }
            put_segment(&st, n->nfc, seg, ns, from, cp);
        }
        if (st.oom)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    nt->orig_cps = cp;
    nt->s[nt->len] = '\0';
    nt->from[nt->len] = cp;
    nt->to[nt->len] = cp;
    return HK_OK;
}

hk_status hk_i_normalize(const hk_normalizer *n, const char *text, size_t len,
                         hk_ntext *nt, hk_error *err)
{
    return run(n, text, len, MODE_MATCH, nt, err);
}

void hk_i_ntext_free(hk_ntext *nt)
{
    free(nt->s);
    free(nt->from);
    free(nt->to);
    free(nt->cp_byte);
    memset(nt, 0, sizeof *nt);
}

static char *run_str(const hk_normalizer *n, hk_arena *a, const char *s,
                     size_t len, nmode mode)
{
    hk_ntext nt = {0};
    char *r = NULL;
    if (run(n, s, len, mode, &nt, NULL) == HK_OK)
        r = hk_i_arena_strndup(a, nt.s, nt.len);
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
    hk_status st = run(rules->norm, text, len, MODE_MATCH, &nt, err);
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
