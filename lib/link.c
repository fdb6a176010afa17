/*
 * link.c - from mentions to roles and party units.
 *
 * A title (or a party body) first gathers the phrase that qualifies it:
 * «الأمين الإقليمي | لحزب الأصالة والمعاصرة | بإقليم | الحاجب», with only
 * connectors (prepositions, type words, «حزب») between the parts.  Then it
 * finds its holder:
 *   - backward, a person right before it, separated by nothing or a comma
 *     («محمد الحجيرة، الأمين الجهوي»), unless the title opens with و, which
 *     starts a new item of a list;
 *   - forward, a person right after its phrase («الأمين الإقليمي عبد الله
 *     الكناوي», «النائب البرلماني، صلاح الدين الشنكيطي»); a dual or plural
 *     title takes the list of persons that follows;
 *   - through a neighbouring title joined by و or a dash, which shares its
 *     holder («النائب البرلماني والأمين الإقليمي»);
 *   - an accusative title («تعيينه أمينا جهويا») takes the last person of
 *     its sentence.
 * Level comes from the title, else from its territory's kind; a territory
 * left implicit is the article's region or province.  Every party role,
 * and every party body, shows a unit.
 */
#include "extract.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* What lies between two mentions.  The counts other than words stop at
   their maximum. */
typedef struct gap {
    uint32_t words;     /* tokens that are neither connectors nor names */
    uint16_t connectors;    /* prepositions, type words, «حزب» */
    uint16_t honorifics;
    uint8_t intro;      /* words that open a list: «وهم على التوالي» */
    int8_t status;      /* a status word in the gap: HK_*, or -1 */
    bool comma, dash, stop, waw, paren;
} gap;

/* gap_of's limit that reads the whole gap. */
#define GAP_ALL UINT32_MAX

static int status_of(const hk_rules *r, const hk_entry *e)
{
    const char *v = hk_i_entry_key(e, r->keys.status);
    return v && !strcmp(v, "former") ? HK_FORMER
           : v && !strcmp(v, "interim") ? HK_INTERIM : HK_CURRENT;
}

/* Lexicon lex as a bit of ex->starts and ex->words; 0 for none (-1). */
static inline uint64_t lex_bit(int lex)
{
    return lex >= 0 ? (uint64_t)1 << lex : 0;
}

/* A gloss in Latin letters in brackets starting at byte i, closed before
   byte b («(secrétaire de section)», «(PAM)»): where its «)» is, or 0. */
static uint32_t latin_aside(const unsigned char *text, uint32_t i, uint32_t b)
{
    bool letter = false;
    for (uint32_t j = i + 1; j < b && j < i + 64; j++) {
        unsigned char c = text[j];
        if (c == ')')
            return letter ? j : 0;
        /* No Arabic letter (lead bytes D8-DB), accents allowed. */
        if ((c >= 0xD8 && c <= 0xDB) || c == '(' || c == '\n')
            return 0;
        letter |= (c | 32) >= 'a' && (c | 32) <= 'z';
    }
    return 0;
}

/* Reads the gap between byte offsets a < b into g (set to no gap).  Once
   a stop is seen, or more than `limit` words, the rest is not read:
   callers that give a limit want none of it then (GAP_ALL reads all). */
static void read_gap(const hk_extractor *ex, uint32_t a, uint32_t b,
                     uint32_t limit, gap *g)
{
    const hk_known *k = &ex->rules->known;
    const hk_token *tok = ex->tokens.items;
    const size_t ntok = ex->tokens.len;
    const uint64_t *starts = ex->starts.items, *words = ex->words.items;
    const uint64_t special = ex->gap_special, honorific = ex->gap_honorific;
    const unsigned char *text = (const unsigned char *)ex->nt.s;
    size_t t = hk_i_token_at(ex, a);
    uint32_t at = a;
    for (;;) {
        bool more = t < ntok && tok[t].s < b;
        uint32_t end = more ? tok[t].s : b;
        /* Between two tokens there is mostly one space. */
        if (end != at + 1 || text[at] != ' ') {
            for (uint32_t i = at; i < end; i++) {
                unsigned char c = text[i];
                if (c == ' ')
                    continue;
                uint32_t close;
                if (c == '(' && (close = latin_aside(text, i, b))) {
                    /* A gloss is no part of the gap: past it. */
                    at = close + 1;
                    while (t < ntok && tok[t].s < at)
                        t++;
                    more = t < ntok && tok[t].s < b;
                    end = more ? tok[t].s : b;
                    i = close;
                    continue;
                }
                unsigned char d = i + 1 < end ? text[i + 1] : 0;
                if (c == ',' || c == ';' || c == ':' ||
                    (c == 0xD8 && (d == 0x8C || d == 0x9B)))
                    g->comma = true;
                else if (c == '-' || (c == 0xE2 && d == 0x80))
                    g->dash = true;
                else if (c == '(' || c == ')')
                    g->paren = true;
                else if (c == '.' || c == '!' || c == '?' || c == '\n' ||
                         (c == 0xD8 && d == 0x9F))
                    g->stop = true;
                /* Quotes («"الحمامة"», «الأحرار») are no boundary. */
            }
            if (g->stop && limit != GAP_ALL)
                return;
        }
        if (!more)
            return;
        uint32_t ts = tok[t].s, te = tok[t].e;
        bool waw = te - ts == 2 && text[ts] == 0xD9 && text[ts + 1] == 0x88;
        if (!waw && !(starts[t] & special) && !(words[t] & honorific)) {
            if (++g->words > limit)
                return;
            at = te;
            t++;
            continue;
        }
        if (waw) {
            g->waw = true;       /* و standing alone */
            at = te;
            t++;
            continue;
        }
        /* Words of several tokens («المنتهية ولايته», «على التوالي») are
           taken whole. */
        const hk_tag *tg;
        size_t next = t + 1;
        if ((tg = hk_i_tag_at(ex, t, k->status)) && tok[tg->tok_end - 1].e <= b) {
            g->status = (int8_t)status_of(ex->rules, tg->entry);
            next = tg->tok_end;
        } else if ((tg = hk_i_tag_at(ex, t, k->list_intro)) &&
                   tok[tg->tok_end - 1].e <= b) {
            g->intro += g->intro < UINT8_MAX;
            next = tg->tok_end;
        } else if ((tg = hk_i_tag_at(ex, t, k->capacity)) &&
                   tok[tg->tok_end - 1].e <= b) {
            /* «بمهام», «بصفته»: the person before holds the title after. */
            next = tg->tok_end;
        } else if (hk_i_word_is(ex, t, k->honorifics)) {
            g->honorifics += g->honorifics < UINT16_MAX;
        } else if (((tg = hk_i_tag_at(ex, t, k->connectors)) ||
                    (tg = hk_i_tag_at(ex, t, k->party_words)) ||
                    (tg = hk_i_tag_at(ex, t, k->territory_types))) &&
                   tok[tg->tok_end - 1].e <= b) {
            g->connectors += g->connectors < UINT16_MAX;
            next = tg->tok_end;
        } else if (++g->words > limit) {
            return;
        }
        at = tok[next - 1].e;
        t = next;
    }
}

/* read_gap's result stays in the caller's frame. */
static inline gap gap_of(const hk_extractor *ex, uint32_t a, uint32_t b,
                         uint32_t limit)
{
    gap g = {.status = -1};
    /* Most gaps are one space (no token can start in it): nothing to read. */
    if (b > a && (b != a + 1 || ex->nt.s[a] != ' '))
        read_gap(ex, a, b, limit, &g);
    return g;
}

/* May a word of lexicon `lex` start between byte offsets a < b (a token
   there starts one)? */
static bool lex_within(const hk_extractor *ex, int lex, uint32_t a, uint32_t b)
{
    const hk_token *tok = ex->tokens.items;
    const uint64_t *starts = ex->starts.items;
    uint64_t bit = lex_bit(lex), any = 0;
    for (size_t t = hk_i_token_at(ex, a); t < ex->tokens.len && tok[t].s < b; t++)
        any |= starts[t];
    return any & bit;
}

/* Where the first token from byte a to b with an entry of lexicon lex
   starts, or b. */
static uint32_t lex_first(const hk_extractor *ex, int lex, uint32_t a, uint32_t b)
{
    const hk_token *tok = ex->tokens.items;
    const uint64_t *starts = ex->starts.items;
    uint64_t bit = lex_bit(lex);
    for (size_t t = hk_i_token_at(ex, a); t < ex->tokens.len && tok[t].s < b; t++)
        if (starts[t] & bit)
            return tok[t].s;
    return b;
}

/* Does the mention open with the conjunction و (as a clitic)? */
static bool opens_with_waw(const hk_extractor *ex, const hk_mention *m)
{
    return m->ms + 2 <= m->s && (unsigned char)ex->nt.s[m->ms] == 0xD9 &&
           (unsigned char)ex->nt.s[m->ms + 1] == 0x88;
}

/* Does the mention open with the preposition ب or ل as a clitic?  Such
   a title is no apposition of the name before it: «التقى الصفريوي
   بالكاتب الإقليمي للحزب فلان» (ك is «as»: «إعفاء فلان من مهامه كأمين
   إقليمي» is his). */
static bool opens_with_preposition(const hk_extractor *ex, const hk_mention *m)
{
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    for (uint32_t i = m->ms; i + 2 <= m->s; i += 2)
        if ((s[i] == 0xD8 && s[i + 1] == 0xA8) || (s[i] == 0xD9 && s[i + 1] == 0x84))
            return true;
    return false;
}

/* Does the mention's text open with the article «ال»? */
static bool definite(const hk_extractor *ex, const hk_mention *m)
{
    return hk_i_has_article(ex->nt.s + m->s, m->e - m->s);
}

/* «انتخب الجمع العام فلانة، المستشارة الجماعية، رئيسة للفرع»,
   «انتخبت فلانة بالإجماع كاتبة إقليمية», «انتخاب فلانة، ...، نائبة
   ثالثة لرئيس المجلس»: an indefinite feminine title before «ل», «بال»,
   an indefinite adjective in «ية» or an indefinite rank is the verb's
   complement, as an accusative is (its case does not show). */
static bool feminine_predicate(const hk_extractor *ex, const hk_mention *m)
{
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    uint32_t i = m->s;
    while (i < m->e && s[i] != ' ')
        i++;
    /* ة (D8 A9), a space, then لل (D9 84 D9 84) or بال (D8 A8 D8 A7 D9 84) */
    if (definite(ex, m) || i < m->s + 2 || i + 7 > m->e ||
        s[i - 2] != 0xD8 || s[i - 1] != 0xA9)
        return false;
    const unsigned char *w = s + i + 1;
    if ((w[0] == 0xD9 && w[1] == 0x84) ||                        /* ل, لل */
        (w[0] == 0xD8 && w[1] == 0xA8 && w[2] == 0xD8 && w[3] == 0xA7 &&
         w[4] == 0xD9 && w[5] == 0x84))
        return true;
    bool article = hk_i_has_article((const char *)w, 4);
    if (!article && hk_i_word_is(ex, hk_i_token_at(ex, i + 1), ex->rules->known.ordinals))
        return true;
    /* An indefinite adjective in «ية» («كاتبة إقليمية»), not a noun in
       construct («رئيسة مجلس جماعة الرباط»). */
    uint32_t j = i + 1;
    while (j < m->e && s[j] != ' ')
        j++;
    return j >= i + 1 + 6 && !article &&
           s[j - 4] == 0xD9 && s[j - 3] == 0x8A && s[j - 2] == 0xD8 && s[j - 1] == 0xA9;
}

/* Live mentions in text order, and where the titles and bodies (the
   posts) are in it: the loops over posts go through those only. */
typedef struct order {
    int *ix;
    size_t n;
    uint32_t *posts;         /* k of each post, in order */
    size_t n_posts;
    uint32_t *terrs;         /* the territories' mentions, in order */
    size_t n_terrs;
    uint32_t *persons;       /* the persons' mentions, in order */
    size_t n_persons;
    uint32_t *singles;       /* k of each singular title, in order */
    size_t n_singles;
} order;

/* The count of v[0, n) below x, n a multiple of four: with SSE2 four
   at a time. */
static inline size_t count_below(const int32_t *v, size_t n, int32_t x)
{
#ifdef __SSE2__
    __m128i xv = _mm_set1_epi32(x), acc = _mm_setzero_si128();
    for (size_t j = 0; j < n; j += 4) {
        __m128i below = _mm_cmpgt_epi32(xv, _mm_loadu_si128((const __m128i *)(v + j)));
        acc = _mm_sub_epi32(acc, below);    /* below: -1 in each lane */
    }
    acc = _mm_add_epi32(acc, _mm_shuffle_epi32(acc, 0x4E));
    acc = _mm_add_epi32(acc, _mm_shuffle_epi32(acc, 0xB1));
    return (size_t)(uint32_t)_mm_cvtsi128_si32(acc);
#else
    size_t r = 0;
    for (size_t j = 0; j < n; j++)
        r += v[j] < x;
    return r;
#endif
}

/* Sorts the live mentions by where their match starts, then by index:
   keys (ms << 32 | index) are all different, so any sort gives the one
   order.  Short lists (most: their keys come in runs from the stages,
   nine runs in thirty mentions on the benchmark corpus) sort by rank,
   with no branch on the data: a mention's place is the count of those
   that start before it, plus, o->ix being in index order, that of the
   earlier ones that start with it (dup[r]: those of rank r placed). */
static void sort_by_start(hk_extractor *ex, order *o, uint64_t *key)
{
    if (o->n > 64) {
        for (size_t i = 0; i < o->n; i++)
            key[i] = (uint64_t)MENTION(ex, o->ix[i])->ms << 32 | (uint32_t)o->ix[i];
        qsort(key, o->n, sizeof *key, hk_i_by_u64);
        for (size_t i = 0; i < o->n; i++)
            o->ix[i] = (int)(uint32_t)key[i];
        return;
    }
    /* The starts flipped at the top bit compare as signed in the order
       they have unsigned; the room up to a multiple of four holds the
       largest, below none. */
    int32_t ms[64];
    int ix[64];
    uint8_t dup[64] = {0};
    size_t n4 = (o->n + 3) & ~(size_t)3;
    for (size_t i = 0; i < o->n; i++) {
        ix[i] = o->ix[i];
        ms[i] = (int32_t)(MENTION(ex, ix[i])->ms ^ 0x80000000u);
    }
    for (size_t i = o->n; i < n4; i++)
        ms[i] = INT32_MAX;
    for (size_t i = 0; i < o->n; i++) {
        size_t r = count_below(ms, n4, ms[i]);
        o->ix[r + dup[r]++] = ix[i];
    }
}

/* Skips spaces and then the word w (UTF-8) at *at; false when w is not there. */
static bool skip_word(const char *s, uint32_t len, uint32_t *at, const char *w)
{
    size_t n = strlen(w);
    uint32_t i = *at;
    while (i < len && s[i] == ' ')
        i++;
    if (i + n > len || memcmp(s + i, w, n))
        return false;
    *at = i + (uint32_t)n;
    return true;
}

/* Four ASCII digits (the normaliser folds Arabic-Indic ones) at *at, past
   spaces: the year, or 0. */
static int year_at(const char *s, uint32_t len, uint32_t *at)
{
    uint32_t i = *at;
    while (i < len && s[i] == ' ')
        i++;
    if (i + 4 > len)
        return 0;
    int y = 0;
    for (int d = 0; d < 4; d++) {
        if (s[i + d] < '0' || s[i + d] > '9')
            return 0;
        y = y * 10 + s[i + d] - '0';
    }
    if (i + 4 < len && s[i + 4] >= '0' && s[i + 4] <= '9')
        return 0;
    *at = i + 4;
    return y;
}

/* «سنتي» in «بين سنتي 2011 و2016», «سنة» in «من سنة 2009 إلى سنة 2017»:
   a word for "year" before a year, skipped when there is one. */
static void skip_year_word(const char *s, uint32_t len, uint32_t *at)
{
    (void)(skip_word(s, len, at, "سنتي ") || skip_word(s, len, at, "عامي ") ||
           skip_word(s, len, at, "سنة ") || skip_word(s, len, at, "عام "));
}

/* The closing year of a span written right after a phrase ending at
   byte *at: «(2015–2021)», «(ما) بين 2019 و2025», «بين سنتي 2011
   و2016», «من (سنة) 2009 إلى (سنة) 2017»; or 0.  *at moves past the span
   when there is one. */
static int span_end(const hk_extractor *ex, uint32_t *where)
{
    uint32_t at = *where;
    const char *s = ex->nt.s;
    uint32_t len = (uint32_t)ex->nt.len;
    bool paren = skip_word(s, len, &at, "(");
    bool between = !paren && (skip_word(s, len, &at, "بين") ||
                              skip_word(s, len, &at, "ما بين"));
    bool from = !paren && !between && skip_word(s, len, &at, "من");
    if (!paren && !between && !from)
        return 0;
    if (!paren)
        skip_year_word(s, len, &at);
    if (year_at(s, len, &at) == 0)
        return 0;
    if (!(between ? skip_word(s, len, &at, "و") :
          from ? skip_word(s, len, &at, "إلى") || skip_word(s, len, &at, "الى") ||
                 skip_word(s, len, &at, "حتى") :
          skip_word(s, len, &at, "-") || skip_word(s, len, &at, "–") ||
          skip_word(s, len, &at, "—") || skip_word(s, len, &at, "/")))
        return 0;
    if (!paren)
        skip_year_word(s, len, &at);
    int y = year_at(s, len, &at);
    if (!y || (paren && !skip_word(s, len, &at, ")")))
        return 0;
    *where = at;
    return y;
}

/* The year of the publication date, or of the article's latest date if
   later; 0 when there is none.  Read once a document, when a span of
   years first asks. */
static int latest_year(hk_extractor *ex)
{
    if (ex->latest_year >= 0)
        return ex->latest_year;
    int latest = ex->info && ex->info->date ? atoi(ex->info->date) : 0;
    for (size_t i = 0; i < ex->mentions.len; i++) {
        const hk_mention *m = MENTION(ex, i);
        if (m->type != HK_DATE || m->dead || !m->value)
            continue;
        int y = atoi(m->value);     /* "--MM-DD" (no year) reads 0 */
        if (y > latest)
            latest = y;
    }
    return ex->latest_year = latest;
}

/* The phrase after a title: its party, territories and status. */
typedef struct phrase {
    uint32_t end;
    const char *party;
    int territories[8];
    int tmentions[8];        /* the territories' mentions */
    size_t n_territories;
    bool written;            /* qualify found them after the title: not
                                lent by a clause, a sentence or a line */
    int status;
    hk_level here;           /* the level of «بالجهة», «بالإقليم» after it */
    hk_tkind here_kind;      /* and the kind it names, if one
                                («بالمقاطعة»: an arrondissement) */
    bool town;               /* that word is «بالمدينة» (this-territory town=1) */
    bool here_two;           /* and a dual («بالجماعتين», number=2) */
    bool here_any;           /* «منسق الحزب بها»: a pronoun (level=post)
                                after a post of no level: the place of
                                any level named last before it */
    const char *line_party;  /* with no party of its own: «الحزب» on its line */
} phrase;

/* Are tokens t and t + 1 joined by a hyphen or a dash («طنجة-أصيلة»)? */
static bool hyphen_joined(const hk_extractor *ex, size_t t)
{
    const hk_token *tok = ex->tokens.items;
    uint32_t a = tok[t].e, b = tok[t + 1].s;
    if (!hk_i_joinable(ex->nt.s, a, b))
        return false;
    for (uint32_t i = a; i < b; i++)
        if (ex->nt.s[i] != ' ')
            return true;
    return false;
}

/* Does the byte before offset i (> 0) end a sentence: «.», «!», «?»,
   «؟» (D8 9F) or a line break? */
static inline bool stop_before(const hk_extractor *ex, uint32_t i)
{
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    unsigned char c = s[i - 1];
    return c == '.' || c == '!' || c == '?' || c == '\n' ||
           (c == 0x9F && i > 1 && s[i - 2] == 0xD8);
}

/* Is byte i a comma («,» or «،», D8 8C)? */
static inline bool comma_at(const hk_extractor *ex, uint32_t i)
{
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    return s[i] == ',' || (i + 1 < ex->nt.len && s[i] == 0xD8 && s[i + 1] == 0x8C);
}

/* Is there a «.», «!», «?», «؟» or line break in bytes [a, b)? */
static bool stop_between(const hk_extractor *ex, uint32_t a, uint32_t b)
{
    /* stop_before(i) for some i in (a, b]: a stop at a byte of [a, b).
       Sixteen bytes at a time where SSE2 is: «.», «!», «?», a line break
       or the last byte of «؟» (D8 9F), which the byte before confirms. */
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    uint32_t i = a;
#ifdef __SSE2__
    const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'),
                  ask = _mm_set1_epi8('?'), nl = _mm_set1_epi8('\n'),
                  ar = _mm_set1_epi8((char)0x9F);
    for (; i + 16 <= b; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, ask), _mm_cmpeq_epi8(v, nl)),
                         _mm_cmpeq_epi8(v, ar)));
        for (unsigned bits = (unsigned)_mm_movemask_epi8(m); bits; bits &= bits - 1)
            if (stop_before(ex, i + (uint32_t)__builtin_ctz(bits) + 1))
                return true;
    }
#endif
    for (; i < b; i++)
        if (stop_before(ex, i + 1))
            return true;
    return false;
}

/* Is the person whose own party is item j of o (the person right before
   it, or right after it: own_parties) named again before item pos
   («يوسف الكوهن، عن الأصالة والمعاصرة ... ويشغل الكوهن ... منصب الأمين
   المحلي للحزب»)? */
static bool owner_again(const hk_extractor *ex, const order *o, size_t j, size_t pos)
{
    /* The owner is named right before the party, or right after it. */
    size_t w = j > 0 && MENTION(ex, o->ix[j - 1])->type == HK_PERSON ? j - 1
               : j + 1 < pos && MENTION(ex, o->ix[j + 1])->type == HK_PERSON
                   ? j + 1
                   : SIZE_MAX;
    if (w == SIZE_MAX)
        return false;
    const hk_mention *owner = MENTION(ex, o->ix[w]);
    int who = owner->ref >= 0 ? owner->ref : (int)o->ix[w];
    for (size_t k = (w > j ? w : j) + 1; k < pos; k++) {
        const hk_mention *u = MENTION(ex, o->ix[k]);
        if (u->type == HK_PERSON && (u->ref >= 0 ? u->ref : (int)o->ix[k]) == who)
            return true;
    }
    return false;
}

/* The party «الحزب», or a post naming none, is of at mention pos: the one
   named last before it on its line, a paragraph of the article (a
   digest's items are each about their own party: «■ سطات: انتخب المؤتمر
   الإقليمي لحزب الاستقلال ... كاتبا إقليميا للحزب»; the blind sets'
   paragraphs mostly are too), else the article's.  A party named on the
   line only as a subject or an object («وقال إن حزب الأصالة والمعاصرة
   فشل») is taken all the same.  One that is only another person's own
   («طالبت ... رئيس المجلس الجماعي فلان، المنتمي لحزب ...، فيما طالبت
   الأمينة الإقليمية للحزب») does not take «الحزب» over when the article
   has a party, unless that person is named again before the post. */
static const char *line_party(const hk_extractor *ex, const order *o, size_t pos)
{
    uint32_t at = MENTION(ex, o->ix[pos])->ms;
    const char *nl = at ? memrchr(ex->nt.s, '\n', at) : NULL;
    uint32_t from = nl ? (uint32_t)(nl - ex->nt.s) + 1 : 0;
    for (size_t j = pos; j-- > 0;) {
        const hk_mention *u = MENTION(ex, o->ix[j]);
        if (u->ms < from)
            break;
        if (u->type == HK_PARTY && !u->generic_party && u->party &&
            !(u->owned && ex->main_party && !owner_again(ex, o, j, pos)))
            return u->party;
    }
    return ex->main_party;
}

/* The party of generic mention n at pos: its own («الفيدرالية»,
   party-words.lex party=) when the article names that party, else
   line_party's («فلان، الذي كان كاتبا لفرع الحزب الاشتراكي الموحد قبل أن
   يلتحق بالفيدرالية. وضم الوفد كاتبة فرع الفيدرالية»). */
static const char *generic_party(const hk_extractor *ex, const order *o,
                                 size_t pos, const hk_mention *n)
{
    for (size_t j = 0; n->party && j < o->n; j++) {
        const hk_mention *u = MENTION(ex, o->ix[j]);
        if (u->type == HK_PARTY && !u->generic_party && u->party &&
            !strcmp(u->party, n->party))
            return u->party;
    }
    return line_party(ex, o, pos);
}

/* The word right after byte offset at, past one space, or NULL. */
static const hk_token *word_after(const hk_extractor *ex, uint32_t at)
{
    size_t t = hk_i_token_at(ex, at);
    if (t >= ex->tokens.len)
        return NULL;
    const hk_token *tok = &HK_VEC_AT(&ex->tokens, hk_token, t);
    return tok->s == at + 1 ? tok : NULL;
}

/* Is the word after byte offset at (past one space) an indefinite
   feminine adjective or plural, in «ة» without the article («نشيطة»)? */
static bool adjective_at(const hk_extractor *ex, uint32_t at)
{
    const hk_token *tok = word_after(ex, at);
    if (!tok)
        return false;
    const unsigned char *w = (const unsigned char *)ex->nt.s + tok->s;
    size_t n = tok->e - tok->s;
    return n >= 6 && !hk_i_has_article((const char *)w, n) &&
           w[n - 2] == 0xD8 && w[n - 1] == 0xA9;
}

/* Does a sentence end right after byte offset end (spaces aside)? */
static bool stop_after(const hk_extractor *ex, uint32_t end)
{
    while (end < ex->nt.len && ex->nt.s[end] == ' ')
        end++;
    return end >= ex->nt.len || ex->nt.s[end] == '.' || ex->nt.s[end] == '\n';
}

/* Does a comma come right after byte offset end (spaces aside)? */
static bool closed_after(const hk_extractor *ex, uint32_t end)
{
    while (end < ex->nt.len && ex->nt.s[end] == ' ')
        end++;
    return end < ex->nt.len && comma_at(ex, end);
}

/* «كاتب فرع الحزب بجماعة كرديد المجاورة، فلان»: the end of the
   adjective (a word with the article, in «ة» or «ي», no mention's, a
   comma after it) right after a post's place ending at byte end, else
   end. */
static uint32_t place_adjective(const hk_extractor *ex, const order *o,
                                size_t pos, uint32_t end)
{
    const hk_token *tok = word_after(ex, end);
    if (!tok)
        return end;
    const unsigned char *w = (const unsigned char *)ex->nt.s + tok->s;
    size_t n = tok->e - tok->s;
    if (ex->nt.s[end] != ' ' || n < 8 ||
        !hk_i_has_article((const char *)w, n) ||
        !((w[n - 2] == 0xD8 && w[n - 1] == 0xA9) || (w[n - 2] == 0xD9 && w[n - 1] == 0x8A)) ||
        !closed_after(ex, tok->e))
        return end;
    for (size_t k = pos + 1; k < o->n; k++) {
        const hk_mention *u = MENTION(ex, o->ix[k]);
        if (u->me <= end)
            continue;
        if (u->ms < tok->e)
            return end;
        break;
    }
    return tok->e;
}

static bool post_runs_over(const hk_extractor *ex, const order *o, size_t k,
                           const hk_mention *t, uint32_t end, const hk_mention *n);
static int name_alone_below(const hk_extractor *ex, const order *o, size_t k,
                            uint32_t le);

/* Writes the phrase of mention pos to *out. */
static void qualify(hk_extractor *ex, const order *o, size_t pos, phrase *out)
{
    const hk_mention *m = MENTION(ex, o->ix[pos]);
    const hk_known *kn = &ex->rules->known;
    /* From the end of the rule's match: words a rule read after the title
       («مفتش الحزب بالإقليم») are part of its phrase. */
    phrase *p = out;
    /* The territories past n_territories are never read: not cleared. */
    p->end = m->me;
    p->party = NULL;
    p->n_territories = 0;
    p->status = m->status;
    p->here = HK_LEVEL_NONE;
    p->here_kind = 0;
    p->town = false;
    p->here_two = false;
    p->here_any = false;
    bool last_was_territory = false;
    for (size_t k = pos + 1; k < o->n; k++) {
        const hk_mention *n = MENTION(ex, o->ix[k]);
        if (n->s < p->end) {
            /* «النائب الأول لرئيس مجلس جهة الشرق»: a territory whose type
               word closes the title goes on past it. */
            if (n->type == HK_TERRITORY && n->me > p->end &&
                p->n_territories < 8) {
                p->tmentions[p->n_territories] = o->ix[k];
                p->territories[p->n_territories++] = n->territory;
                p->end = n->me;
                last_was_territory = true;
            }
            /* «منسقة التجمع الوطني للأحرار بجماعة ...»: a party the
               rule read after the title is the post's. */
            if (n->type == HK_PARTY && !n->generic_party && !p->party &&
                n->s >= m->e)
                p->party = n->party;
            continue;   /* inside the title (a body, a type word) */
        }
        /* Read up to a word or a stop: the phrase ends there, and only
           a status word further in the gap still counts. */
        uint32_t to = n->ms > p->end ? n->ms : p->end;
        gap g = gap_of(ex, p->end, to, 0);
        /* Not from the next sentence, nor the predecessor's («رئيسا
           للجماعة خلفا للرئيس السابق، فلان»), nor past a comma («منسقا
           جهويا، وهو المنصب الذي ظل شاغرا منذ استقالة المنسق السابق»). */
        if ((g.words || g.stop) && !g.comma && lex_within(ex, kn->status, p->end, to) &&
            !lex_within(ex, kn->succession, p->end, to) &&
            !gap_of(ex, p->end, lex_first(ex, kn->status, p->end, to), GAP_ALL).comma) {
            gap all = gap_of(ex, p->end, to, GAP_ALL);
            if (!all.stop)
                g = all;
        }
        /* Not a word past a comma that opens the next name («...
           بتافراوت، والمرحوم فلان»: his). */
        if (g.status >= 0 && !(g.comma && n->type == HK_PERSON))
            p->status = g.status;
        /* «فروع نشيطة في كل من آسفي وجمعة سحيم»: a plural body's
           indefinite adjective right after it. */
        if (g.words == 1 && p->end == m->me && m->type == HK_BODY &&
            m->number > 1 && adjective_at(ex, p->end))
            g.words = 0;
        /* «رئيس جماعة إملشيل، عن الحزب، فلان»: the party set off by
           commas, a connector first, is the post's. */
        if (g.comma && !g.words && !g.stop && !g.waw && !g.paren &&
            !g.honorifics && g.connectors && n->type == HK_PARTY &&
            !p->party && closed_after(ex, n->me)) {
            p->party = n->generic_party ? generic_party(ex, o, pos, n) : n->party;
            p->end = n->me;
            last_was_territory = false;
            continue;
        }
        /* A signature's post running over onto the next line. */
        bool over = g.stop && !p->n_territories && n->type == HK_TERRITORY &&
                    post_runs_over(ex, o, pos, m, p->end, n);
        if ((g.words || g.stop || g.comma || g.honorifics) && !over)
            break;
        if (g.waw && !(last_was_territory && n->type == HK_TERRITORY))
            break;
        if (n->type == HK_PARTY) {
            /* «منسق جهة الشرق للحزب»: the party may follow the place. */
            if (p->party)
                break;
            p->party = n->generic_party ? generic_party(ex, o, pos, n) : n->party;
            p->end = n->me;
            last_was_territory = false;
        } else if (n->type == HK_BODY) {
            /* «الكتاب المحليين لفروع غفساي وتيسة»: the body the post is in. */
            p->end = n->me;
            last_was_territory = false;
        } else if (n->type == HK_TERRITORY) {
            if (p->n_territories < 8) {
                p->tmentions[p->n_territories] = o->ix[k];
                p->territories[p->n_territories++] = n->territory;
            }
            p->end = n->me;
            last_was_territory = true;
        } else {
            break;
        }
    }
    if (last_was_territory)
        p->end = place_adjective(ex, o, pos, p->end);
    p->written = p->n_territories > 0;
    /* «المستشار البرلماني بمجلس المستشارين فلان»: a national office's
       chamber (councils.lex, level=national), and the union it sits for,
       are part of its phrase. */
    if (m->kind == HK_KIND_ELECTED && m->level == HK_LEVEL_NATIONAL) {
        size_t tc = hk_i_token_at(ex, p->end);
        /* «... عن النقابة بمجلس المستشارين»: the union it sits for. */
        const hk_tag *on = tc < ex->tokens.len ? hk_i_tag_at(ex, tc, kn->connectors) : NULL;
        const hk_tag *org = on && on->tok_end < ex->tokens.len
                                ? hk_i_tag_at(ex, on->tok_end, kn->organisations) : NULL;
        if (org && !gap_of(ex, p->end, on->ts, 0).comma &&
            !gap_of(ex, on->e, org->ts, 0).comma) {
            p->end = org->e;
            tc = org->tok_end;
        }
        const hk_tag *ch = tc < ex->tokens.len ? hk_i_tag_at(ex, tc, kn->councils) : NULL;
        const char *lv = ch ? hk_i_entry_key(ch->entry, ex->rules->keys.level) : NULL;
        if (lv && !strcmp(lv, "national")) {
            gap g = gap_of(ex, p->end, ch->ts, 0);
            if (!g.words && !g.stop && !g.comma && !g.waw)
                p->end = ch->e;
        }
    }
    /* «النائب البرلماني عن دائرة سطات»: a district (place-blockers) and its
       name, after «عن», qualify the post without being its territory. */
    size_t t = hk_i_token_at(ex, p->end);
    /* «النائب البرلماني السابق عن دائرة تطوان»: a status word first. */
    const hk_tag *st0 = t < ex->tokens.len ? hk_i_tag_at(ex, t, kn->status) : NULL;
    size_t t0 = t;
    if (st0 && st0->tok_end < ex->tokens.len &&
        !gap_of(ex, p->end, HK_VEC_AT(&ex->tokens, hk_token, t).s, 0).comma)
        t = st0->tok_end;
    const hk_tag *cn = t < ex->tokens.len ? hk_i_tag_at(ex, t, kn->connectors) : NULL;
    const hk_tag *bl = cn && cn->tok_end < ex->tokens.len
                           ? hk_i_tag_at(ex, cn->tok_end, kn->place_blockers) : NULL;
    /* «... بدائرة سطات»: the preposition as a clitic. */
    if (!cn && t < ex->tokens.len) {
        bl = hk_i_tag_at(ex, t, kn->place_blockers);
        if (bl && bl->s == bl->ts)
            bl = NULL;
    }
    if (bl && !gap_of(ex, p->end, HK_VEC_AT(&ex->tokens, hk_token, t).s, GAP_ALL).stop &&
        bl->tok_end < ex->tokens.len) {
        /* The district's name may be hyphenated: «دائرة طنجة-أصيلة»,
           or of up to four words before a comma: «دائرة فاس الشمالية،»,
           «دائرة سيدي يوسف بن علي،». */
        size_t last = bl->tok_end;
        /* «عن الحزب بالدائرة، فلان»: the district of the article, its
           name not written. */
        bool bare = closed_after(ex, bl->e);
        if (bare)
            last = bl->tok_end - 1;
        while (!bare && last + 1 < ex->tokens.len && hyphen_joined(ex, last))
            last++;
        for (size_t j = last + 1; !bare && j < ex->tokens.len && j <= last + 3; j++) {
            uint32_t js = HK_VEC_AT(&ex->tokens, hk_token, j).s;
            gap g = gap_of(ex, HK_VEC_AT(&ex->tokens, hk_token, j - 1).e, js, 0);
            if (g.stop || g.comma || g.waw || g.paren || g.honorifics)
                break;
            /* Not over a name («عن دائرة الناظور رشيد أمزيان،»). */
            bool named = false;
            for (size_t k = pos + 1; k < o->n && !named; k++) {
                const hk_mention *u = MENTION(ex, o->ix[k]);
                if (u->ms > js)
                    break;
                named = u->me > js && u->type != HK_TERRITORY;
            }
            if (named)
                break;
            uint32_t e = HK_VEC_AT(&ex->tokens, hk_token, j).e;
            if (e < ex->nt.len && comma_at(ex, e)) {
                last = j;
                break;
            }
        }
        p->end = HK_VEC_AT(&ex->tokens, hk_token, last).e;
        t = hk_i_token_at(ex, p->end);
        if (t0 != t && st0 && st0->tok < t)
            p->status = status_of(ex->rules, st0->entry);
    } else {
        t = t0;
    }
    /* «البرلماني عن الحزب بالإقليم، فلان», «السابق عن العمالة فلان»: a
       type word standing for the article's place (after a connector
       word or none) ends the phrase. */
    size_t th = t;
    int passed = -1;        /* a status word passed on the way */
    for (int i = 0; i < 2 && th < ex->tokens.len; i++) {
        const hk_tag *st = hk_i_tag_at(ex, th, kn->status);
        if (st && st->tok_end == th + 1)
            passed = status_of(ex->rules, st->entry);
        else if (!hk_i_word_is(ex, th, kn->connectors))
            break;
        th++;
    }
    const hk_tag *here = hk_i_tag_at(ex, th, kn->this_territory);
    if (here) {
        gap g = gap_of(ex, p->end, here->ts, 0);
        if (!g.words && !g.stop && !g.comma && !g.honorifics) {
            if (passed >= 0)
                p->status = passed;
            p->end = HK_VEC_AT(&ex->tokens, hk_token, here->tok_end - 1).e;
            /* level=post («بها»): the post's own level */
            const char *lv = hk_i_entry_key(here->entry, ex->rules->keys.level);
            p->here = lv && !strcmp(lv, "post") ? m->level : hk_i_parse_level(lv);
            p->here_any = lv && !strcmp(lv, "post") && m->level == HK_LEVEL_NONE;
            p->town = hk_i_entry_key(here->entry, ex->rules->keys.town) != NULL;
            const char *nb = hk_i_entry_key(here->entry, ex->rules->keys.number);
            p->here_two = nb && !strcmp(nb, "2");
            const char *kind = hk_i_entry_key(here->entry, ex->rules->keys.kind);
            p->here_kind = kind ? hk_i_parse_tkind(kind, strlen(kind)) : 0;
            t = hk_i_token_at(ex, p->end);
        }
    }
    /* A status word right after the phrase («السابق», «بالنيابة»). */
    const hk_tag *st = hk_i_tag_at(ex, t, ex->rules->known.status);
    if (st) {
        gap g = gap_of(ex, p->end, st->ts, 0);
        if (!g.words && !g.stop && !g.comma) {
            p->status = status_of(ex->rules, st->entry);
        }
    }
    /* «كاتب فرع الحزب بالداخلة (2015–2021)»: a span of years that closed
       before the year of the publication date or of the article's latest
       date (any, when there is none) was held before. */
    /* The span is part of the phrase: «كاتب فرع الحزب بدار ولد زيدوح ما
       بين 2009 و2014، فلان». */
    uint32_t at = p->end;
    int y = span_end(ex, &at), latest;
    if (y) {
        if (p->status < 0 && ((latest = latest_year(ex)) == 0 || y < latest))
            p->status = HK_FORMER;
        p->end = at;
    }
    p->line_party = p->party ? p->party : line_party(ex, o, pos);
}

static bool can_hold(const hk_mention *p)
{
    return p->type == HK_PERSON && !p->dead;
}

/* The person ending right before byte offset `at`, looking back from
   position pos, or -1. */
/* «فلانة (29 سنة): الأمينة المحلية ...»: past an age in brackets right
   after byte `at` (digits, then «سنة», «عاما» or «عام»), or `at`. */
static uint32_t past_age(const hk_extractor *ex, uint32_t at)
{
    const char *s = ex->nt.s;
    uint32_t len = (uint32_t)ex->nt.len, i = at;
    if (!skip_word(s, len, &i, "("))
        return at;
    while (i < len && s[i] == ' ')
        i++;
    uint32_t d = i;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == d || i - d > 3 ||
        !(skip_word(s, len, &i, "سنة") || skip_word(s, len, &i, "عاما") ||
          skip_word(s, len, &i, "عام")) ||
        !skip_word(s, len, &i, ")"))
        return at;
    return i;
}

static int person_before(hk_extractor *ex, const order *o, size_t pos,
                         uint32_t at)
{
    /* «فلانة، عن حزب الأصالة والمعاصرة، نائبة», «فلانة (الأصالة
       والمعاصرة) نائبة ثانية» */
    bool party = false;
    for (size_t k = pos; k-- > 0;) {
        const hk_mention *p = MENTION(ex, o->ix[k]);
        if (p->me > at)
            continue;
        if (p->type == HK_PARTY && !p->generic_party && !party) {
            gap g = gap_of(ex, p->me, at, 0);
            if (g.words || g.connectors || g.stop || g.waw || !(g.comma || g.paren))
                return -1;
            party = true;
            at = p->ms;
            continue;
        }
        if (!can_hold(p))
            return -1;
        gap g = gap_of(ex, past_age(ex, p->me), at, 0);
        if (g.words || (g.connectors && !party) || g.stop || g.waw ||
            g.honorifics || g.intro || (party && !(g.comma || g.paren)))
            return -1;
        return o->ix[k];
    }
    return -1;
}

/* «عهد إلى فلان، كاتب فرع الحزب بالشماعية، بمهمة ...»: the person
   before a post set off by commas that ends right before at (a comma
   between), or -1.  The post is the person's own, so at's post is theirs
   too. */
static int person_before_apposition(hk_extractor *ex, const order *o,
                                    size_t pos, uint32_t at)
{
    size_t k = pos;
    while (k > 0 && MENTION(ex, o->ix[k - 1])->me > at)
        k--;
    uint32_t end = at;
    for (size_t seen = 0; k-- > 0 && seen < 6; seen++) {
        const hk_mention *m = MENTION(ex, o->ix[k]);
        gap g = gap_of(ex, m->me, end, 0);
        if (g.stop || g.waw)
            return -1;
        if (!seen) {            /* the comma after the post */
            if (m->type == HK_PERSON || !g.comma || g.words)
                return -1;
        } else if (can_hold(m)) {
            const hk_mention *first = MENTION(ex, o->ix[k + 1]);
            return g.comma && !g.words && !g.connectors &&
                           first->type == HK_TITLE ? o->ix[k] : -1;
        } else if (g.comma || m->type == HK_PERSON) {
            return -1;
        }
        end = m->ms;
    }
    return -1;
}

/* The person right before mention pos, or -1. */
static int backward(hk_extractor *ex, const order *o, size_t pos)
{
    const hk_mention *m = MENTION(ex, o->ix[pos]);
    /* Not «فاز فلان بالمقعد البرلماني»: an office won. */
    if (opens_with_waw(ex, m) || !pos ||
        (m->kind != HK_KIND_ELECTED && opens_with_preposition(ex, m)))
        return -1;
    return person_before(ex, o, pos, m->ms);
}

/* A person a title takes, with the territory written after the person
   in a list («محمد حفيظي (بني ملال)», «فلان عن مقاطعة تابريكت»). */
typedef struct held {
    int person;
    int territory;
    int tmention;            /* the territory's mention, or -1 */
    const hk_mention *title; /* a title of its own after a comma, or NULL */
} held;

/* «...، فلان،»: is person p set off by a comma from byte `end` before it
   and by a comma or a stop after it? */
static bool aside(const hk_extractor *ex, const hk_mention *p, uint32_t end)
{
    if (p->type != HK_PERSON)
        return false;
    gap g = gap_of(ex, end, p->ms, 0);
    return g.comma && !g.words && !g.stop && !g.waw && !g.paren &&
           (closed_after(ex, p->me) || stop_after(ex, p->me));
}

/* «...، الأخ فلان،»: the same, with an honorific before the name. */
static bool honoured_aside(const hk_extractor *ex, const hk_mention *p,
                           uint32_t end)
{
    return p->type == HK_PERSON && p->ms < p->s && aside(ex, p, end);
}

/* «استضاف الصحافي فلان الكاتب الجهوي للحزب، فلان»: is person p named
   with the honorific of a trade (trade=1 in honorifics.lex), whose
   bearer asks or reports rather than holds the post after? */
static bool named_by_trade(const hk_extractor *ex, const hk_mention *p)
{
    if (p->type != HK_PERSON || p->ms >= p->s)
        return false;
    const hk_tag *tg = hk_i_tag_at(ex, hk_i_token_at(ex, p->ms),
                                   ex->rules->known.honorifics);
    return tg && hk_i_entry_key(tg->entry, ex->rules->keys.trade);
}

/* Does a closing bracket follow the person right after the name? */
static bool paren_holds(const hk_extractor *ex, const hk_mention *p)
{
    uint32_t i = p->me;
    while (i < ex->nt.len && ex->nt.s[i] == ' ')
        i++;
    return i < ex->nt.len && ex->nt.s[i] == ')';
}

/* Is the next character from byte i, past spaces, «)»? */
static bool closes_bracket(const hk_extractor *ex, uint32_t i)
{
    while (i < ex->nt.len && ex->nt.s[i] == ' ')
        i++;
    return i < ex->nt.len && ex->nt.s[i] == ')';
}

/* Is the gap g, from byte a to b, a status word alone in brackets
   («(سابقا)», «(بالنيابة)»)? */
static bool status_in_brackets(const hk_extractor *ex, const gap *g,
                               uint32_t a, uint32_t b)
{
    if (g->status < 0 || g->words || g->comma || g->stop || g->waw ||
        g->connectors)
        return false;
    const char *s = ex->nt.s;
    while (a < b && s[a] == ' ')
        a++;
    while (b > a && s[b - 1] == ' ')
        b--;
    if (b - a < 2 || s[a] != '(' || s[b - 1] != ')')
        return false;
    for (uint32_t i = a + 1; i + 1 < b; i++)
        if (s[i] == '(' || s[i] == ')')
            return false;
    return true;
}

/* Do brackets open between byte offsets `holder` and `first` (only
   spaces after the opening one) and close right after `last` (past
   spaces), none in between on the line? */
static bool bracketed_after(const hk_extractor *ex, uint32_t holder,
                            uint32_t first, uint32_t last)
{
    const char *s = ex->nt.s;
    uint32_t i = first;
    while (i > holder && s[i - 1] == ' ')
        i--;
    if (i <= holder || s[i - 1] != '(')
        return false;
    for (i = last; i < ex->nt.len && s[i] == ' '; i++)
        ;
    if (i >= ex->nt.len || s[i] != ')')
        return false;
    for (uint32_t j = first; j < last; j++)
        if (s[j] == '(' || s[j] == ')' || s[j] == '\n')
            return false;
    return true;
}

/* Does a colon follow byte offset `at`, after spaces? */
static bool colon_after(const hk_extractor *ex, uint32_t at)
{
    while (at < ex->nt.len && ex->nt.s[at] == ' ')
        at++;
    return at < ex->nt.len && ex->nt.s[at] == ':';
}

/* The persons right after position `end`: one for a singular title; for a
   plural one (list) the list that follows, opened by «وهم على التوالي:»
   and the like (required when need_intro), items joined by commas and و. */
static size_t forward(hk_extractor *ex, const order *o, size_t pos,
                      uint32_t end, held *out, size_t max, bool list,
                      bool need_intro)
{
    size_t n = 0;
    size_t placed = SIZE_MAX;   /* a place before the next item's name */
    bool bracketed = false;     /* items are «المكان (فلان)» */
    /* «المنسق الإقليمي للحزب بخريبكة منذ 2020، فلان»: the year the post
       was taken stands between the title and its holder. */
    uint32_t since = end, len = (uint32_t)ex->nt.len;
    /* «- الكاتبة المحلية (باب برد): فلانة»: the title's place in
       brackets; its holder comes after them. */
    if (!list && closes_bracket(ex, end)) {
        uint32_t from = MENTION(ex, o->ix[pos])->me, open = end;
        while (open > from && ex->nt.s[open - 1] != '(')
            open--;
        if (open > from && bracketed_after(ex, open - 1, open, end)) {
            while (ex->nt.s[end] == ' ')
                end++;
            since = ++end;                  /* past «)» */
        }
    }
    if (!list && skip_word(ex->nt.s, len, &since, "منذ")) {
        skip_word(ex->nt.s, len, &since, "سنة");
        if (year_at(ex->nt.s, len, &since))
            end = since;
    }
    for (size_t k = pos + 1; k < o->n && n < max; k++) {
        const hk_mention *p = MENTION(ex, o->ix[k]);
        if (p->ms < end)
            continue;
        /* «الأمناء المحليون بكل من تازناخت فلان وامرزكان فلان»: a place
           opening with و, a name right after it; the first item's after
           a colon («الكتاب الإقليميين للحزب: بسيدي سليمان فلان، وبالخميسات
           فلانة»); after «المكان (فلان)» items, the next after a comma
           («منسقي الشبيبة بالأقاليم: تيزنيت (فلان)، طاطا (فلانة)»). */
        if (list && p->type == HK_TERRITORY && placed == SIZE_MAX &&
            k + 1 < o->n && can_hold(MENTION(ex, o->ix[k + 1]))) {
            const hk_mention *q = MENTION(ex, o->ix[k + 1]);
            gap gp = gap_of(ex, end, p->ms, 0), gq = gap_of(ex, p->me, q->ms, 0);
            bool in_brackets = gq.paren && closes_bracket(ex, q->me);
            bool opens = !n ? colon_after(ex, end)
                            : opens_with_waw(ex, p) ||
                                  (bracketed && in_brackets && gp.comma);
            if (opens) {
                if (gp.words || gp.stop || gq.words || gq.stop || gq.comma ||
                    gq.waw || gq.connectors || (n && bracketed != in_brackets))
                    break;
                bracketed = in_brackets;
                placed = k;
                end = p->me;
                continue;
            }
        }
        /* «النائبة الأولى لرئيس مجلس جهة الشرق، المنتمية لحزب الأحرار،
           فلانة»: the holder's party set off by commas. */
        if (!list && !n && p->type == HK_PARTY && !p->adjective &&
            !p->generic_party) {
            gap gp = gap_of(ex, end, p->ms, 0);
            if (!gp.comma || gp.words || gp.stop || gp.waw || !closed_after(ex, p->me))
                break;
            end = p->me;
            continue;
        }
        /* «منسق الحزب بجماعة آيت إيكو، بإقليم الخميسات، فلان»: a place
           after a preposition, set off by commas (the place of the
           title's place), stands between the title and its holder. */
        if (!list && !n && p->type == HK_TERRITORY && p->ms < p->s &&
            !opens_with_waw(ex, p)) {
            gap gp = gap_of(ex, end, p->ms, 0);
            if (!gp.comma || gp.words || gp.stop || gp.waw || !closed_after(ex, p->me))
                break;
            end = p->me;
            continue;
        }
        /* «وزيرة الاقتصاد، التجمعية ليلى بنحدو»: a party adjective before
           the name. */
        if (p->type == HK_PARTY && p->adjective) {
            gap ga = gap_of(ex, end, p->ms, 0);
            if (ga.words || ga.stop)
                break;
            end = p->me;
            continue;
        }
        /* «تضم فلانا، منسق الشبيبة ببني درار، وفلانة، ...»: an item's
           title set off by a comma after the name is passed over, with
           its places and party. */
        if (list && n && p->type == HK_TITLE) {
            gap gt = gap_of(ex, end, p->ms, 0);
            if (!gt.comma || gt.words || gt.stop || gt.waw || opens_with_waw(ex, p))
                break;
            if (!out[n - 1].title)
                out[n - 1].title = p;
            end = p->me;
            while (k + 1 < o->n) {
                const hk_mention *u = MENTION(ex, o->ix[k + 1]);
                if (u->ms >= end) {
                    if (u->type != HK_TERRITORY && u->type != HK_PARTY &&
                        u->type != HK_BODY)
                        break;
                    gap gu = gap_of(ex, end, u->ms, 0);
                    if (gu.words || gu.stop || gu.comma || gu.waw)
                        break;
                }
                if (u->me > end)
                    end = u->me;
                k++;
            }
            if (!closed_after(ex, end))     /* the list goes on after it */
                break;
            continue;
        }
        if (!can_hold(p))
            break;
        gap g = gap_of(ex, end, p->ms, list && !n ? 6 : 0);
        bool waw = g.waw || opens_with_waw(ex, p);
        /* «... بمقاطعات المدينة الخمس، وهم على التوالي: فلان»: a few words
           may describe the places before a list that says it is one. */
        if (list && !n && g.intro && g.comma && g.words <= 6)
            g.words = 0;
        if (g.words || g.stop || (!n && waw))
            break;
        /* «المنسق المحلي بالأخصاص (فلان)»: a name alone in brackets
           right after the title is its holder; «الكاتب الإقليمي بتاونات
           (سابقا) فلان»: so is the name after a status word in brackets. */
        if (!list && (g.connectors || g.intro ||
                      (g.paren && (n || !paren_holds(ex, p)) &&
                       !status_in_brackets(ex, &g, end, p->ms))))
            break;
        if (list && !n && need_intro && !g.intro)
            break;

        if (list && g.connectors && !g.intro)
            break;
        out[n].person = o->ix[k];
        out[n].territory = placed == SIZE_MAX ? -1 : MENTION(ex, o->ix[placed])->territory;
        out[n].tmention = placed == SIZE_MAX ? -1 : (int)o->ix[placed];
        out[n].title = NULL;
        end = p->me;
        placed = SIZE_MAX;
        /* A territory of the person's own, right after the name; a
           party in brackets («فلانة (الاستقلال)») is passed over. */
        for (size_t j = k + 1; list && j < o->n; j++) {
            const hk_mention *t = MENTION(ex, o->ix[j]);
            if (t->s < end)
                continue;
            if (t->type != HK_TERRITORY && t->type != HK_PARTY)
                break;
            gap g2 = gap_of(ex, end, t->ms, 0);
            bool next_to = !g2.words && !g2.stop && !g2.comma && !g2.waw;
            if (t->type == HK_PARTY) {
                if (!next_to || !g2.paren)
                    break;
                end = t->me;
                k = j;
                continue;
            }
            /* «فلان (بني ملال)», «فلان عن إقليم تازة», «فلان بأزمور» */
            /* not «بكل من تازناخت فلان وامرزكان فلان»: a place opening
               with و is the next item's */
            if (next_to && (g2.paren || g2.connectors || t->ms < t->s) &&
                !opens_with_waw(ex, t)) {
                out[n].territory = t->territory;
                out[n].tmention = o->ix[j];
                end = t->me;
                k = j;
            }
            break;
        }
        n++;
    }
    return n;
}

/* Does a line open at byte offset at: only spaces, a bullet or a dash
   (U+2000-U+2FFF: «•», «–», «■»), or an item's number («3.», «٣-»)
   before it on its line? */
static bool line_opens_at(const hk_extractor *ex, uint32_t at)
{
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    while (at > 0 && s[at - 1] != '\n') {
        unsigned char c = s[at - 1];
        if (c == ' ' || c == '-' || c == '*' || c == '.' || c == ')' ||
            (c >= '0' && c <= '9')) {
            at--;
        } else if (at >= 3 && s[at - 3] == 0xE2) {     /* • – — ■ ● ... */
            at -= 3;
        } else if (at >= 2 && s[at - 2] == 0xD9 && c >= 0xA0 && c <= 0xA9) {
            at -= 2;                                            /* ٠-٩ */
        } else {
            return false;
        }
    }
    return true;
}

/* Where the line holding byte `at` ends (its '\n', or the text's end). */
static uint32_t line_end(const hk_extractor *ex, uint32_t at)
{
    const char *nl = memchr(ex->nt.s + at, '\n', ex->nt.len - at);
    return nl ? (uint32_t)(nl - ex->nt.s) : (uint32_t)ex->nt.len;
}

/* Are bytes [a, b) spaces only? */
static bool spaces_only(const hk_extractor *ex, uint32_t a, uint32_t b)
{
    while (a < b && ex->nt.s[a] == ' ')
        a++;
    return a >= b;
}

/* «الأمين الإقليمي لحزب الأصالة والمعاصرة» opening and filling its
   line, «بقلعة السراغنة» alone on the next and a name alone on the one
   after: a signature whose post runs over two lines.  Does territory
   mention n, after post t's phrase ending at `end`, carry the post on? */
static bool post_runs_over(const hk_extractor *ex, const order *o, size_t k,
                           const hk_mention *t, uint32_t end, const hk_mention *n)
{
    const char *s = ex->nt.s;
    uint32_t le = line_end(ex, end);
    if (!line_opens_at(ex, t->ms) || le >= n->ms || !spaces_only(ex, end, le) ||
        memchr(s + le + 1, '\n', n->ms - le - 1))
        return false;
    gap before = gap_of(ex, le + 1, n->ms, 0);
    uint32_t ne = line_end(ex, n->me);
    gap after = gap_of(ex, n->me, ne, 0);
    return !before.words && !before.comma && !before.stop && !after.words &&
           !after.comma && ne < ex->nt.len && name_alone_below(ex, o, k, ne) >= 0;
}

/* The person that opens and fills the line right after the one ending at
   byte le (a signature's name), past mention k; or -1. */
static int name_alone_below(const hk_extractor *ex, const order *o, size_t k,
                            uint32_t le)
{
    size_t j = k + 1;
    while (j < o->n && MENTION(ex, o->ix[j])->ms <= le)
        j++;
    if (j == o->n || !can_hold(MENTION(ex, o->ix[j])))
        return -1;
    const hk_mention *p = MENTION(ex, o->ix[j]);
    return !memchr(ex->nt.s + le + 1, '\n', p->ms - le - 1) && line_opens_at(ex, p->ms) &&
                   spaces_only(ex, p->me, line_end(ex, p->me))
               ? o->ix[j]
               : -1;
}

/* A plural title's list of one item a line, after the rest of the
   title's line ends with a colon («عين ... ثلاثة كتاب إقليميين، ويتعلق
   الأمر بـ:»): each line opens, past its bullet or number, with the
   name, maybe the item's own title and its place after it («◀ فلان،
   بإقليم ميدلت؛»).  The list ends at the first line that opens
   otherwise; items that open with their place («- إقليم الحوز: فلان»)
   are place_items'. */
static size_t line_items(hk_extractor *ex, const order *o, size_t pos,
                         uint32_t end, held *out, size_t max)
{
    const char *s = ex->nt.s;
    uint32_t eol = line_end(ex, end), c = eol;
    while (c > end && s[c - 1] == ' ')
        c--;
    if (eol >= ex->nt.len || c == end || s[c - 1] != ':')
        return 0;
    gap intro = gap_of(ex, end, c - 1, 10);
    if (intro.words > 10 || intro.stop)
        return 0;
    size_t n = 0, k = pos + 1;
    for (uint32_t line = eol + 1; n < max && line < ex->nt.len;) {
        uint32_t le = line_end(ex, line);
        while (k < o->n && MENTION(ex, o->ix[k])->ms < line)
            k++;
        if (k >= o->n)
            break;
        const hk_mention *p = MENTION(ex, o->ix[k]);
        if (p->ms >= le || !can_hold(p) || !line_opens_at(ex, p->ms))
            break;
        held item = {o->ix[k], -1, -1, NULL};
        /* The item's own title, then its place, set off by commas,
           colons or brackets only. */
        uint32_t after = p->me;
        size_t j = k + 1;
        for (; j < o->n && MENTION(ex, o->ix[j])->ms < le; j++) {
            const hk_mention *q = MENTION(ex, o->ix[j]);
            gap g = gap_of(ex, after, q->ms, 0);
            if (g.words || g.stop || g.waw)
                break;
            if (q->type == HK_TITLE && !item.title) {
                item.title = q;
            } else if (q->type == HK_TERRITORY && !item.title) {
                item.territory = q->territory;
                item.tmention = (int)o->ix[j];
                break;
            } else if (q->type != HK_PARTY) {
                break;
            }
            after = q->me;
        }
        out[n++] = item;
        k = j;
        line = le + 1;
    }
    return n;
}

/* The person right after a word of lexicon `lex` that follows the phrase
   of post k (ending at `end`, a comma between allowed when `comma`); the
   word's tag in *word; -1 when there is none. */
static int person_after_word(hk_extractor *ex, const order *o, size_t k,
                             uint32_t end, int lex, bool comma,
                             const hk_tag **word)
{
    const hk_tag *tg = hk_i_tag_at(ex, hk_i_token_at(ex, end), lex);
    if (!tg)
        return -1;
    gap g = gap_of(ex, end, tg->ts, 0);
    if (g.words || g.stop || (g.comma && !comma))
        return -1;
    held one[1];
    uint32_t after = HK_VEC_AT(&ex->tokens, hk_token, tg->tok_end - 1).e;
    if (!forward(ex, o, k, after, one, 1, false, false)) {
        /* «آل منصب كاتب المجلس إلى المستشارة التجمعية فلانة»: past a
           title of the person's own right after the word. */
        size_t j = k + 1;
        while (j < o->n && MENTION(ex, o->ix[j])->ms < after)
            j++;
        if (j + 1 >= o->n || MENTION(ex, o->ix[j])->type != HK_TITLE)
            return -1;
        const hk_mention *u = MENTION(ex, o->ix[j]);
        gap gu = gap_of(ex, after, u->ms, 0);
        if (gu.words || gu.stop || gu.comma)
            return -1;
        /* «التي يرأسها عضو المكتب السياسي للحزب، الرفيق فلان»: and past
           the party named right after that title. */
        uint32_t ue = u->me;
        size_t q = j + 1;
        while (q + 1 < o->n && MENTION(ex, o->ix[q])->ms < ue)
            q++;
        const hk_mention *pw = MENTION(ex, o->ix[q]);
        if (pw->type == HK_PARTY && pw->ms >= ue) {
            gap gp = gap_of(ex, ue, pw->ms, 0);
            if (!gp.words && !gp.stop && !gp.comma)
                ue = pw->me;
        }
        if (!forward(ex, o, j, ue, one, 1, false, false))
            return -1;
    }
    if (word)
        *word = tg;
    return one[0].person;
}

/* Does «، و...» follow byte offset `at` (one more item of a list)? */
static bool list_goes_on(const hk_extractor *ex, uint32_t at)
{
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    size_t n = ex->nt.len, i = at;
    while (i < n && s[i] == ' ')
        i++;
    if (i < n && s[i] == ',')
        i++;
    else if (i + 1 < n && s[i] == 0xD8 && s[i + 1] == 0x8C)
        i += 2;
    else
        return false;
    while (i < n && s[i] == ' ')
        i++;
    return i + 1 < n && s[i] == 0xD9 && s[i + 1] == 0x88;   /* و */
}

/* The place of a post of `level` that names none: the party's unit at
   that level the article names most often (article_units), for a party
   post; for an elected one, that or the article's own, whichever the
   article names more often.  Else the article's region, province or
   commune. */
static int implicit_territory(const hk_extractor *ex, hk_level level,
                              bool elected)
{
    if (level > HK_LEVEL_NATIONAL && level <= HK_LEVEL_LOCAL &&
        ex->unit_territory[level] >= 0)
        return elected ? ex->council_territory[level] : ex->unit_territory[level];
    if (level == HK_LEVEL_REGIONAL)
        return ex->main_region;
    if (level == HK_LEVEL_PROVINCIAL)
        return ex->main_province;
    if (level == HK_LEVEL_LOCAL)
        return ex->main_local;
    return -1;
}

/* Is territory a one of b's containers? */
static bool holds(const hk_territory *terrs, int a, int b)
{
    for (int c = terrs[b].parent; c >= 0; c = terrs[c].parent)
        if (c == a)
            return true;
    return false;
}

/* Is the phrase's territory i one the post of level `level` serves?
   Those of the post's level when it names any («المنسق الجهوي ... بجهة
   الشرق بإقليم وجدة»: the region), else all; of those, all but one
   that only locates another («بجماعة بوسكورة بإقليم النواصر»: the
   province holds the commune; «بمقاطعة النخيل بمراكش»: the city holds
   the arrondissement). */
static bool serves(const hk_extractor *ex, hk_level level, const phrase *p,
                   size_t i)
{
    const hk_territory *terr = ex->rules->territories;
    bool any = false;
    for (size_t j = 0; j < p->n_territories && level != HK_LEVEL_NONE; j++)
        any |= hk_i_tkind_level(terr[p->territories[j]].kind) == level;
    if (any && hk_i_tkind_level(terr[p->territories[i]].kind) != level)
        return false;
    for (size_t j = 0; j < p->n_territories; j++) {
        if (j == i ||
            (any && hk_i_tkind_level(terr[p->territories[j]].kind) != level))
            continue;
        if (holds(terr, p->territories[i], p->territories[j]))
            return false;
    }
    return true;
}

/* The territory among a phrase's that fits a level, or the first one. */
static int territory_for(const phrase *p, size_t i)
{
    return i < p->n_territories ? p->territories[i] : -1;
}

static hk_level level_of(const hk_extractor *ex, const hk_mention *t, int terr)
{
    if (t->level != HK_LEVEL_NONE)
        return t->level;
    if (terr >= 0)
        return hk_i_tkind_level(ex->rules->territories[terr].kind);
    return HK_LEVEL_NONE;
}

static bool add_unit(hk_extractor *ex, hk_level level, int terr,
                     const char *party, const char *name)
{
    if (!party || level == HK_LEVEL_NONE)
        return true;
    if (level != HK_LEVEL_NATIONAL && terr < 0)
        return true;
    /* A unit sits on a territory of its own level: no local unit for a
       province («الأمناء المحليين ... بمقاطعات طنجة أصيلة»). */
    if (level != HK_LEVEL_NATIONAL &&
        hk_i_tkind_level(ex->rules->territories[terr].kind) != level)
        return true;
    if (level == HK_LEVEL_NATIONAL)
        terr = -1;
    for (size_t i = 0; i < ex->units.len; i++) {
        const hk_unit_i *u = &HK_VEC_AT(&ex->units, hk_unit_i, i);
        if (u->level == level && u->territory == terr && hk_i_same(u->party, party))
            return true;
    }
    hk_unit_i *u = hk_i_vec_push(&ex->units);
    if (!u)
        return false;
    u->level = level;
    u->territory = terr;
    u->party = party;
    u->name = name;
    return true;
}

/* A hash of what add_role compares two roles by. */
static uint64_t role_hash(hk_level level, int terr, int kind, const char *norm,
                          const char *role)
{
    uint64_t h = 1469598103934665603u;
    for (const unsigned char *c = (const unsigned char *)norm; *c; c++)
        h = (h ^ *c) * 1099511628211u;
    h = (h ^ 0xff) * 1099511628211u;
    for (const unsigned char *c = (const unsigned char *)role; *c; c++)
        h = (h ^ *c) * 1099511628211u;
    h ^= (uint64_t)(uint32_t)level << 40 ^ (uint64_t)(uint32_t)terr << 8 ^
         (uint64_t)(uint32_t)kind;
    return h * 0x9E3779B97F4A7C15u;
}

/* Puts role i in ex->role_ix (which has room). */
static void role_index_put(hk_extractor *ex, size_t i)
{
    const hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
    size_t mask = ex->role_ix_cap - 1;
    size_t at = role_hash(r->level, r->territory, r->kind,
                          MENTION(ex, r->person)->norm, r->role) >> 20 & mask;
    while (ex->role_ix[at])
        at = (at + 1) & mask;
    ex->role_ix[at] = (uint32_t)i + 1;
}

/* Indexes every role in a table of at least four slots per role; false
   when out of memory. */
static bool role_index_build(hk_extractor *ex)
{
    size_t cap = 256;
    while (cap < 4 * (ex->roles.len + 1))
        cap *= 2;
    uint32_t *ix = hk_i_arena_alloc(ex->arena, cap * sizeof *ix);
    if (!ix)
        return false;
    ex->role_ix = ix;
    ex->role_ix_cap = cap;
    for (size_t i = 0; i < ex->roles.len; i++)
        role_index_put(ex, i);
    return true;
}

/* Is r the role (level, territory, kind, the person's name, role text)? */
static inline bool same_role(const hk_extractor *ex, const hk_role_i *r,
                             hk_level level, int terr, int kind,
                             const char *norm, const char *role)
{
    return r->level == level && r->territory == terr && r->kind == kind &&
           hk_i_same(MENTION(ex, r->person)->norm, norm) &&
           hk_i_same(r->role, role);
}

/* «تشغل الحركية لطيفة المساوي مهمة النائبة الأولى»: the party of the
   party adjective right before the person's name, or NULL. */
static const char *adjective_before(const hk_extractor *ex, const hk_mention *h)
{
    size_t t = hk_i_token_at(ex, h->ms);
    if (!t || t > ex->tokens.len)
        return NULL;
    const hk_tag *a = hk_i_tag_at(ex, t - 1, ex->rules->known.parties);
    if (!a || a->tok_end != t)
        return NULL;
    const char *adj = hk_i_entry_key(a->entry, ex->rules->keys.adjective);
    if (!adj || strcmp(adj, "1"))
        return NULL;
    const char *party = hk_i_entry_key(a->entry, ex->rules->keys.party);
    return party ? party : a->entry->form;
}

/* The level of post t in territory terr, and in *terr the place a role
   there is given: none at the national level, the article's when the
   phrase names none. */
static hk_level post_place(const hk_extractor *ex, const hk_mention *t,
                           int *terr)
{
    hk_level level = level_of(ex, t, *terr);
    if (level == HK_LEVEL_NATIONAL)
        *terr = -1;
    else if (level != HK_LEVEL_NONE && *terr < 0)
        *terr = implicit_territory(ex, level, t->kind == HK_KIND_ELECTED);
    return level;
}

/* Does a council's name (councils.lex) lie inside mention m? */
static bool names_council(const hk_extractor *ex, const hk_mention *m)
{
    for (size_t t = hk_i_token_at(ex, m->s); t < ex->tokens.len &&
                                             HK_VEC_AT(&ex->tokens, hk_token, t).s < m->e; t++)
        if (hk_i_tag_at(ex, t, ex->rules->known.councils))
            return true;
    return false;
}

/* «ودعا المنسق الإقليمي للحزب، فلان، رئيس الجماعة، المنتخب باسم حزب
   ...، إلى»: does person who already hold a current party post in
   another party than the one an elected post after the name is won for?
   That post is someone else's (the verb's object), not the name's. */
static bool party_post_elsewhere(const hk_extractor *ex, int who, const char *party)
{
    const char *norm = MENTION(ex, who)->norm;
    for (size_t i = 0; i < ex->roles.len; i++) {
        const hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
        if (r->kind == HK_KIND_PARTY && r->status == HK_CURRENT && r->party &&
            *r->party && strcmp(r->party, party) &&
            (r->person == who || (norm && MENTION(ex, r->person)->norm &&
                                  !strcmp(MENTION(ex, r->person)->norm, norm))))
            return true;
    }
    return false;
}

/* «منسق الحزب بازغيرة، فلان، الذي يشغل أيضا مهمة رئيس مجلس الجماعة»:
   the place of the party post of this level that person who holds,
   among the last roles found; -1 for none. */
static int holders_place(const hk_extractor *ex, int who, hk_level level)
{
    enum { BACK = 16 };
    const char *norm = MENTION(ex, who)->norm;
    for (size_t i = ex->roles.len, n = 0; i-- > 0 && n < BACK; n++) {
        const hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
        if (r->kind == HK_KIND_PARTY && r->level == level &&
            r->territory >= 0 &&
            (r->person == who ||
             (norm && MENTION(ex, r->person)->norm &&
              hk_i_same(MENTION(ex, r->person)->norm, norm))))
            return r->territory;
    }
    return -1;
}

/* A role for `person` from title (or body) `title`, in territory terr
   (-1: the phrase's, else the article's); role_text NULL: the title's. */
static bool add_role(hk_extractor *ex, int person, int title, const phrase *p,
                     int terr, const char *role_text)
{
    hk_mention *t = MENTION(ex, title);
    hk_mention *h = MENTION(ex, person);
    const char *role = role_text ? role_text : t->role;
    int who = h->ref >= 0 ? h->ref : person;
    /* An elected post naming no place is where its holder's party post
       of that level is. */
    if (terr < 0 && t->kind == HK_KIND_ELECTED && t->level > HK_LEVEL_NATIONAL)
        terr = holders_place(ex, who, t->level);
    hk_level level = post_place(ex, t, &terr);
    if (level == HK_LEVEL_NONE)
        return true;
    if (t->foreign) {
        h->linked = MENTION(ex, who)->linked = true;
        return true;
    }
    int kind = t->kind < 0 ? HK_KIND_PARTY : t->kind;
    /* The party written right after the name is the holder's
       (own_parties: «النواب الفائزون: فلان (الأحرار) – فلانة
       (الاستقلال)»), else the post's. */
    const char *own = h->party ? h->party : MENTION(ex, who)->party;
    /* No party said (no_parties): an elected post's only. */
    if (own && !*own && kind == HK_KIND_PARTY && !names_council(ex, t))
        own = NULL;
    const char *party = own ? own : p->party ? p->party : adjective_before(ex, h);
    /* «ورئيس المجلس الإقليمي فلان، عن التجمع الوطني للأحرار»: a council's
       head, no party named after the post but the holder's own, is the
       elected council's. */
    if (kind == HK_KIND_PARTY && own && !p->party && names_council(ex, t))
        kind = HK_KIND_ELECTED;
    if (!party)
        party = p->line_party;
    int status = p->status < 0 ? HK_CURRENT : p->status;
    /* Given to «الفقيد» (anaphors.lex, status=former): held before. */
    if (h->type == HK_PERSON && h->status == HK_FORMER)
        status = HK_FORMER;
    /* The same role again (many: looked up in ex->role_ix); said again
       to be held in the interim («إقليم مراكش: فلان، منسقا إقليميا
       بالنيابة» after a list's title), it is. */
    hk_role_i *same = NULL;
    bool indexed = hk_i_pairs_indexed(ex, ex->roles.len);
    if (indexed && 2 * (ex->roles.len + 1) > ex->role_ix_cap &&
        !role_index_build(ex))
        return false;
    if (indexed) {
        const char *norm = MENTION(ex, who)->norm;
        size_t mask = ex->role_ix_cap - 1;
        for (size_t at = role_hash(level, terr, kind, norm, role) >> 20 & mask;
             ex->role_ix[at]; at = (at + 1) & mask) {
            hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i,
                                      ex->role_ix[at] - 1);
            if (same_role(ex, r, level, terr, kind, norm, role)) {
                same = r;
                break;
            }
        }
    } else {
        const char *norm = MENTION(ex, who)->norm;
        for (size_t i = 0; i < ex->roles.len && !same; i++)
            if (same_role(ex, &HK_VEC_AT(&ex->roles, hk_role_i, i), level,
                          terr, kind, norm, role))
                same = &HK_VEC_AT(&ex->roles, hk_role_i, i);
    }
    if (same) {
        if (status == HK_INTERIM && same->status == HK_CURRENT)
            same->status = HK_INTERIM;
        return true;
    }
    if (kind == HK_KIND_ELECTED && p->party && status == HK_CURRENT &&
        t->s > h->e && party_post_elsewhere(ex, who, p->party))
        return true;
    hk_role_i *r = hk_i_vec_push(&ex->roles);
    if (!r)
        return false;
    r->person = who;
    r->title = title;
    r->role = role;
    r->territory = terr;
    r->level = level;
    r->kind = kind;
    r->status = status;
    r->party = party;
    r->s = h->s < t->s ? h->s : t->s;
    r->e = h->e > p->end ? h->e : p->end;
    if (indexed)
        role_index_put(ex, ex->roles.len - 1);
    h->linked = true;
    MENTION(ex, who)->linked = true;
    /* A party post shows its unit, a former holder's too: «الكاتب
       الإقليمي السابق للحزب بإنزكان» says the secretariat exists (the
       blind sets' writers read it so: units F1 up on dev3, dev7, dev9,
       down nowhere). */
    if (kind != HK_KIND_PARTY)
        return true;
    const char *unit = hk_i_mention_key(t, ex->rules->keys.unit);
    if (!(unit && !strcmp(unit, "no")))
        return add_unit(ex, level, terr, party, role);
    return true;
}

/* The singular title before (dir < 0) or after (dir > 0) title k, past
   anything inside k's phrase; SIZE_MAX when none. */
static size_t neighbour_title(const hk_extractor *ex, const order *o,
                              const phrase *ph, size_t k, int dir)
{
    const hk_mention *t = MENTION(ex, o->ix[k]);
    if (dir < 0) {
        for (size_t j = k; j-- > 0;) {
            const hk_mention *u = MENTION(ex, o->ix[j]);
            if (u->type == HK_TITLE && u->number == 1 && u->e <= t->ms)
                return j;
            if (u->type == HK_PERSON && u->me <= t->ms)
                return SIZE_MAX;
        }
        return SIZE_MAX;
    }
    for (size_t j = k + 1; j < o->n; j++) {
        const hk_mention *u = MENTION(ex, o->ix[j]);
        if (u->s < ph[k].end)
            continue;
        if (u->type == HK_TITLE && u->number == 1)
            return j;
        if (u->type == HK_PERSON)
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Is token t the word w? */
static bool token_is(const hk_extractor *ex, size_t t, const char *w)
{
    const hk_token *k = &HK_VEC_AT(&ex->tokens, hk_token, t);
    size_t n = strlen(w);
    return k->e - k->s == n && !memcmp(ex->nt.s + k->s, w, n);
}

/* «منذ انتخابه», «بعد تعيينها»: are tokens t and t + 1 «منذ» or «بعد»
   and the holder's election or appointment (a verbal noun with its
   pronoun), which stand before «خلفا ل» as a relative clause does? */
static bool since_chosen(const hk_extractor *ex, size_t t)
{
    static const char *const nouns[] = {"انتخابه", "انتخابها", "تعيينه",
                                        "تعيينها", "تنصيبه", "تنصيبها"};
    if (t + 1 >= ex->tokens.len ||
        !(token_is(ex, t, "منذ") || token_is(ex, t, "بعد")))
        return false;
    for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++)
        if (token_is(ex, t + 1, nouns[i]))
            return true;
    return false;
}

/* Is token t a verb of choosing, active or passive («انتخب», «عينت»,
   «عينته»)? */
static bool chosen_verb(const hk_extractor *ex, size_t t)
{
    static const char *const verbs[] = {"انتخب", "انتخبت", "عين", "عينت",
                                        "انتخبته", "انتخبها", "عينته", "عينها"};
    for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
        if (token_is(ex, t, verbs[i]))
            return true;
    return false;
}

/* Where a verb of choosing («انتخب», «قد عينت») ends right before byte
   at, past spaces, starts; at when none does. */
static uint32_t chosen_before(const hk_extractor *ex, uint32_t at)
{
    size_t t = hk_i_token_at(ex, at);
    if (!t || t > ex->tokens.len || !chosen_verb(ex, t - 1) ||
        !spaces_only(ex, HK_VEC_AT(&ex->tokens, hk_token, t - 1).e, at))
        return at;
    t--;
    if (t && token_is(ex, t - 1, "قد"))
        t--;
    return HK_VEC_AT(&ex->tokens, hk_token, t).s;
}

/* Is there a title head at byte at (before byte end) of the same kind
   (head=) as post t's: «المنسق السابق» after «منسقا إقليميا», not «الرئيس
   السابق» after «الأمين الإقليمي»? */
static bool same_head(const hk_extractor *ex, const hk_mention *t,
                      uint32_t at, uint32_t end)
{
    const char *want = hk_i_mention_key(t, ex->rules->keys.head);
    if (!want || at >= end)
        return false;
    const hk_tag *h = hk_i_tag_at(ex, hk_i_token_at(ex, at), ex->rules->known.title_heads);
    const char *head = h ? hk_i_entry_key(h->entry, ex->rules->keys.head) : NULL;
    return head && !strcmp(head, want);
}

/* «... كاتبا محليا، خلفا للأخ فلان»: the person after «خلفا» held the
   post before.  Returns that person's mention, or -1. */
static int predecessor(hk_extractor *ex, const order *o, size_t k,
                       uint32_t after)
{
    const hk_known *kn = &ex->rules->known;
    const hk_token *tok = ex->tokens.items;
    size_t t = hk_i_token_at(ex, after);
    /* Mostly no succession word starts in reach: nothing to read. */
    const uint64_t *starts = ex->starts.items;
    uint64_t any = 0;
    for (size_t i = t; i < ex->tokens.len && i < t + 9; i++)
        any |= starts[i];
    if (!(any & lex_bit(kn->succession)))
        return -1;
    const hk_tag *tg = NULL;
    /* «... للحزب بالعمالة، خلفا ل...»: a few connectors may come first,
       a date, and one word («بالإجماع، عوضا عن فلان»), or a vote of up to seven
       words with its number («بـ 41 صوتا من أصل 58، خلفا ل...»; not one
       in brackets, another candidate's). */
    bool count = false;
    /* Words that do not count: a date's («يوم الأحد 15 فبراير 2026», «في
       دجنبر الماضي»), and a relative clause's pronoun and verb right after
       the name («فلان، الذي انتخب في 12 مارس الجاري خلفا ل...»). */
    uint32_t dated = 0;
    if (t + 1 < ex->tokens.len &&
        (token_is(ex, t, "الذي") || token_is(ex, t, "التي") ||
         since_chosen(ex, t)))
        dated = 2;
    /* «فلان، قد انتخب في هذه المهمة خلال الشهر الماضي خلفا ل...», «...،
       الذي عين في المنصب نفسه قبل أسابيع خلفا ل...»: after a verb of
       choosing, up to seven words (no other post among them, checked
       below). */
    bool chosen = chosen_verb(ex, t) ||
                  (t + 1 < ex->tokens.len &&
                   (token_is(ex, t, "قد") || token_is(ex, t, "الذي") ||
                    token_is(ex, t, "التي")) &&
                   chosen_verb(ex, t + 1));
    bool long_gap = false;
    for (size_t i = t + (dated ? 2 : 0); i < ex->tokens.len && i < t + 9 && !tg;
         i++) {
        gap g = gap_of(ex, after, tok[i].s, 7);
        /* «منسقة للحزب بمرتيل مطلع السنة الجارية، خلفا ل...», «في
           الربيع الماضي، حيث خلفت ...»: a word of time («السنة»,
           «الشهر», a season) and one before it are a relative date's. */
        if (i > t && g.words <= 2 && hk_i_word_is(ex, i, kn->relative_dates) &&
            (token_is(ex, i - 1, "السنة") || token_is(ex, i - 1, "العام") ||
             token_is(ex, i - 1, "الشهر") || token_is(ex, i - 1, "الأسبوع") ||
             token_is(ex, i - 1, "الربيع") || token_is(ex, i - 1, "الصيف") ||
             token_is(ex, i - 1, "الخريف") || token_is(ex, i - 1, "الشتاء")) &&
            dated < g.words)
            dated = g.words;
        uint32_t words = g.words - (dated < g.words ? dated : g.words);
        if ((words > 1 && !((count || chosen) && !g.paren && g.words <= 7)) ||
            g.stop)
            return -1;
        long_gap = words > 1;
        tg = hk_i_tag_at(ex, i, kn->succession);
        /* A figure, or «بـ47» (tatweel gone: «ب47»). */
        const unsigned char *w = (const unsigned char *)ex->nt.s + tok[i].s;
        size_t wl = tok[i].e - tok[i].s;
        if (wl > 2 && w[0] == 0xD8 && w[1] == 0xA8)
            w += 2;
        bool digit = *w >= '0' && *w <= '9';
        if (hk_i_word_is(ex, i, kn->weekdays) || hk_i_word_is(ex, i, kn->months) ||
            token_is(ex, i, "يوم") || (digit && i + 1 < ex->tokens.len &&
                                         hk_i_word_is(ex, i + 1, kn->months)) ||
            ((digit || hk_i_word_is(ex, i, kn->relative_dates)) && dated))
            dated++;
        else
            count |= digit;
    }
    if (!tg)
        return -1;
    if (long_gap && !count)
        for (size_t j = k + 1; j < o->n; j++) {
            const hk_mention *m = MENTION(ex, o->ix[j]);
            if (m->ms >= tg->s)
                break;
            if (m->ms >= after && m->type == HK_TITLE)
                return -1;
        }
    /* «بعد استقالة المنسق السابق فلان» (titled=1): only with the post's
       title head, bare, before the name; another post there («بعد
       استقالة رئيس الجماعة فلان») is the name's own. */
    const char *ti = hk_i_entry_key(tg->entry, ex->rules->keys.titled);
    bool titled = ti && !strcmp(ti, "1");
    uint32_t from = tok[tg->tok].s, title_end = 0;
    for (size_t j = k + 1; j < o->n; j++) {
        const hk_mention *m = MENTION(ex, o->ix[j]);
        if (m->ms < from)
            continue;
        /* Past «خلفا ل» there may be a title («للمفتش السابق») and an
           honorific before the name. */
        if (m->type == HK_TITLE && !titled) {
            title_end = m->me;
            continue;
        }
        if (!can_hold(m))
            return -1;
        gap g = gap_of(ex, tok[tg->tok_end - 1].e, m->ms, 3);
        /* «خلفا للكاتب السابق، محمد أوزال،»: a comma may set the name
           off after that title, and nothing else there. */
        bool apposed = false;
        uint32_t te = tok[tg->tok_end - 1].e;
        if (g.comma && !title_end) {
            /* A bare title head («للكاتب السابق،») the rules read as no
               post. */
            uint32_t h = lex_first(ex, kn->title_heads, te, m->ms);
            size_t ht = hk_i_token_at(ex, h);
            if (h < m->ms && !gap_of(ex, te, h, 0).comma && ht < ex->tokens.len)
                title_end = tok[ht].e;
        }
        if (g.comma && title_end) {
            gap a = gap_of(ex, title_end, m->ms, 0);
            gap b = gap_of(ex, te, title_end, 0);
            apposed = !b.comma && !b.stop && a.comma && !a.words && !a.stop &&
                      !a.waw && !a.paren && aside(ex, m, title_end);
        }
        if (g.stop || (g.comma && !apposed) || g.words > 3)
            return -1;
        if (titled && !same_head(ex, MENTION(ex, o->ix[k]),
                                 lex_first(ex, kn->title_heads,
                                           tok[tg->tok_end - 1].e, m->ms), m->ms))
            return -1;
        return o->ix[j];
    }
    return -1;
}

/* The territory named right after council word tg («مجلس جماعة
   القنيطرة», «المجلس الإقليمي للعرائش»), or -1; *terr is a cursor into
   o->terrs for calls in text order. */
static int council_place(const hk_extractor *ex, const order *o,
                         const hk_tag *tg, size_t *terr)
{
    while (*terr < o->n_terrs && MENTION(ex, o->terrs[*terr])->me <= tg->e)
        (*terr)++;
    if (*terr == o->n_terrs)
        return -1;
    const hk_mention *m = MENTION(ex, o->terrs[*terr]);
    gap g = gap_of(ex, tg->e, m->ms > tg->e ? m->ms : tg->e, 0);
    return g.words || g.stop || g.comma ? -1 : (int)o->terrs[*terr];
}

/* A city a provincial title or body names («الكاتب الإقليمي بتاونات») is
   its province: the commune mention becomes the province of the same name.
   Returns the territory it now names. */
static int promote_one(hk_extractor *ex, int mention)
{
    const hk_rules *r = ex->rules;
    hk_mention *m = MENTION(ex, mention);
    const hk_territory *c = &r->territories[m->territory];
    if (c->like_province) {
        m->territory = c->parent;
        m->norm = r->territories[c->parent].name;
    }
    return m->territory;
}

/* Is mention m a place some local title or body names? */
static bool named_locally(const hk_extractor *ex, const order *o,
                          const phrase *ph, int m)
{
    for (size_t p = 0; p < o->n_posts; p++) {
        size_t k = o->posts[p];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        if (t->level != HK_LEVEL_LOCAL)
            continue;
        for (size_t i = 0; i < ph[k].n_territories; i++)
            if (ph[k].tmentions[i] == m)
                return true;
    }
    return false;
}

/* The local place named like province terr: its town named so, or the
   arrondissement of a prefecture's name; -1 when none. */
static int local_twin(const hk_rules *r, int terr)
{
    const hk_territory *t = &r->territories[terr];
    if (t->kind != HK_T_PROVINCE)
        return -1;
    if (t->city >= 0 && r->territories[t->city].like_province)
        return t->city;
    return t->twin;
}

/* «المدير الإقليمي للتربية الوطنية بتنغير», «المستشفى الإقليمي بالعيون»:
   a provincial adjective at most three words before mention m, in its
   clause, says a town named like its province is that province, whoever
   holds the post. */
static bool provincial_word_before(const hk_extractor *ex, const hk_mention *m)
{
    size_t k = hk_i_token_at(ex, m->ms);
    for (size_t back = 1; back <= 3 && back <= k; back++) {
        const hk_tag *tg = hk_i_tag_at(ex, k - back, ex->rules->known.levels);
        if (!tg || hk_i_parse_level(hk_i_entry_key(tg->entry, ex->rules->keys.level)) !=
                       HK_LEVEL_PROVINCIAL)
            continue;
        gap g = gap_of(ex, tg->e, m->ms, GAP_ALL);
        return !g.comma && !g.stop && !g.dash && !g.paren;
    }
    return false;
}

static void promote(hk_extractor *ex, const order *o, phrase *ph)
{
    bool implicit = false, named = false;
    for (size_t p = 0; p < o->n_posts; p++) {
        size_t k = o->posts[p];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        /* «المنسقية المحلية للحزب بكرسيف»: the press's spelling names
           the province; one local post there is in the town of that name
           (which stays the town: the post's level said its kind).  Not
           «الأمناء المحليين بطنجة أصيلة», the prefecture's. */
        for (size_t i = 0; t->level == HK_LEVEL_LOCAL && t->number == 1 &&
                           i < ph[k].n_territories; i++) {
            hk_mention *m = MENTION(ex, ph[k].tmentions[i]);
            int city = local_twin(ex->rules, m->territory);
            if (city >= 0 && !m->typed) {
                m->territory = city;
                m->norm = ex->rules->territories[city].name;
                m->typed = true;
                ph[k].territories[i] = city;
            }
        }
        /* «منسق الحزب بتيزنيت», «منسقيات الحسيمة والدريوش»: a party
           post with no level, at a town named like its province, is the
           province's (a type word, «بمدينة تيزنيت», keeps the town). */
        for (size_t i = 0; t->level == HK_LEVEL_NONE && t->kind != HK_KIND_ELECTED &&
                           i < ph[k].n_territories; i++) {
            hk_mention *m = MENTION(ex, ph[k].tmentions[i]);
            if (!m->typed && !m->town) {
                ph[k].territories[i] = promote_one(ex, ph[k].tmentions[i]);
            } else if (!m->typed) {
                /* The town the article's province made a province
                   (hk_i_unify_territories) is the town again here. */
                int city = local_twin(ex->rules, m->territory);
                if (city >= 0) {
                    m->territory = city;
                    m->norm = ex->rules->territories[city].name;
                    m->typed = true;
                    ph[k].territories[i] = city;
                }
            }
        }
        if (t->level != HK_LEVEL_PROVINCIAL)
            continue;
        implicit |= !ph[k].n_territories && t->kind != HK_KIND_ELECTED;
        named |= ph[k].n_territories > 0;
        for (size_t i = 0; i < ph[k].n_territories; i++)
            ph[k].territories[i] = promote_one(ex, ph[k].tmentions[i]);
    }
    /* «المجلس الإقليمي للعرائش»: a province's council names the province. */
    hk_tag_list tl = hk_i_tags_of(ex, ex->rules->known.councils);
    const hk_tag *tags = ex->tags.items;
    size_t j = 0;
    for (size_t i = 0; i < tl.n && j < o->n_terrs; i++) {
        const hk_tag *tg = &tags[tl.ix[i]];
        int tm = council_place(ex, o, tg, &j);
        if (tm >= 0 &&
            hk_i_parse_level(hk_i_entry_key(tg->entry, ex->rules->keys.level)) ==
                HK_LEVEL_PROVINCIAL)
            promote_one(ex, tm);
    }
    for (size_t i = 0; i < o->n_terrs; i++) {
        const hk_mention *m = MENTION(ex, o->terrs[i]);
        if (!m->typed && ex->rules->territories[m->territory].like_province &&
            provincial_word_before(ex, m))
            promote_one(ex, (int)o->terrs[i]);
    }
    /* «المؤتمر الإقليمي ... بمدينة بركان ... انتخب كاتبا إقليميا»: a
       provincial post with no place of its own is the article's province,
       and when no provincial post names a place, the town named like that
       province stands for it too (unless a type word said commune, or a
       local post names it). */
    if (implicit && !named && ex->main_province >= 0)
        for (size_t i = 0; i < o->n_terrs; i++) {
            const hk_mention *m = MENTION(ex, o->terrs[i]);
            if (!m->typed &&
                ex->rules->territories[m->territory].parent == ex->main_province &&
                !named_locally(ex, o, ph, (int)o->terrs[i]))
                promote_one(ex, (int)o->terrs[i]);
        }
    hk_i_unify_territories(ex, o->terrs, o->n_terrs);
}

/* The territory the article's party titles and bodies name most often at
   each level («التنسيقية الإقليمية ... بعمالة مقاطعات سيدي البرنوصي»):
   a post of that level left without a place is there.  False when out
   of memory. */
static bool article_units(hk_extractor *ex, const order *o, const phrase *ph)
{
    const hk_territory *terrs = ex->rules->territories;
    for (int l = 0; l <= HK_LEVEL_LOCAL; l++)
        ex->unit_territory[l] = -1;
    /* The posts that name one place, in text order, by their place (not
       a plural: «تجديد الفروع» names no unit of its own); or one the post
       serves and others that only locate it («الكتابة المحلية ... بفم
       زكيد (إقليم طاطا)»). */
    size_t m = 0;
    int *one = hk_i_arena_alloc_raw(ex->arena, 2 * (o->n ? o->n : 1) * sizeof *one);
    if (!one)
        return false;
    int *place = one + (o->n ? o->n : 1);
    uint8_t *counted = hk_i_arena_alloc(ex->arena, ex->mentions.len + 1);
    if (!counted)
        return false;
    for (size_t p = 0; p < o->n_posts; p++) {
        size_t k = o->posts[p];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        /* A body inside a title («كاتب فرع تكريكرة») is that title's
           post, counted once; a post of a pronoun whose place its
           antecedent lent («الذي يسير فرع الحزب بالجعافرة ... منذ
           استقالة كاتبه») is not counted. */
        if (t->kind == HK_KIND_ELECTED || !ph[k].n_territories || t->number != 1 ||
            (!ph[k].written && hk_i_mention_key(t, ex->rules->keys.pron)) ||
            (t->type == HK_BODY && t->ref >= 0))
            continue;
        int terr = ph[k].territories[0];
        if (ph[k].n_territories > 1) {
            terr = -1;
            hk_level lv = level_of(ex, t, -1);
            for (size_t i = 0; lv != HK_LEVEL_NONE && i < ph[k].n_territories; i++)
                if (serves(ex, lv, &ph[k], i))
                    terr = terr < 0 ? ph[k].territories[i] : -2;
            if (terr < 0)
                continue;
        }
        /* A place lent by another post («وأضافت كاتبة فرع الحزب بمرس
           الخير ... أن الفرع سيطلق») is that post's mention again:
           counted once. */
        int tm = ph[k].n_territories == 1 ? ph[k].tmentions[0] : -1;
        if (tm >= 0 && counted[tm])
            continue;
        if (tm >= 0)
            counted[tm] = 1;
        place[m] = terr;
        one[m++] = (int)k;
    }
    /* Of many, the posts naming each place are counted once (in
       ex->terr_counts, zero again on return). */
    uint32_t (*cnt)[3] = hk_i_pairs_indexed(ex, m) ? ex->terr_counts : NULL;
    for (size_t i = 0; cnt && i < m; i++)
        cnt[place[i]][0]++;
    int best[HK_LEVEL_LOCAL + 1] = {0};
    for (size_t i = 0; i < m; i++) {
        const hk_mention *t = MENTION(ex, o->ix[one[i]]);
        int terr = place[i];
        hk_level lv = level_of(ex, t, terr);
        if (lv <= HK_LEVEL_NATIONAL || lv > HK_LEVEL_LOCAL ||
            hk_i_tkind_level(terrs[terr].kind) != lv)
            continue;
        int c = 0;
        if (cnt)
            c = (int)cnt[terr][0];
        else
            for (size_t j = 0; j < m; j++)
                c += place[j] == terr;
        /* A tie goes to the article's own place («فرع الحزب بصخور
           الرحامنة» in the lead, «الذي يسير فرع الحزب بالجعافرة» later). */
        int own = lv == HK_LEVEL_REGIONAL     ? ex->main_region
                  : lv == HK_LEVEL_PROVINCIAL ? ex->main_province
                                              : ex->main_local;
        if (c > best[lv] || (c == best[lv] && terr == own)) {
            best[lv] = c;
            ex->unit_territory[lv] = terr;
        }
    }
    for (size_t i = 0; cnt && i < m; i++)
        cnt[place[i]][0] = 0;
    /* An elected post with no place is in the unit's territory unless the
       article names its own more often («الرئيس السابق للمجلس الجماعي»
       in an article on one commune that names the party's branch in the
       next town once). */
    for (int l = HK_LEVEL_REGIONAL; l <= HK_LEVEL_LOCAL; l++) {
        int u = ex->unit_territory[l];
        int own = l == HK_LEVEL_REGIONAL     ? ex->main_region
                  : l == HK_LEVEL_PROVINCIAL ? ex->main_province
                                             : ex->main_local;
        ex->council_territory[l] = u;
        if (u < 0 || own < 0 || own == u)
            continue;
        size_t nu = 0, nown = 0;
        for (size_t i = 0; i < o->n_terrs; i++) {
            int t = MENTION(ex, o->terrs[i])->territory;
            nu += t == u;
            nown += t == own;
        }
        if (nown > nu)
            ex->council_territory[l] = own;
    }
    return true;
}

/* The normaliser writes one '\n' for a blank line; the original text
   behind it has two (without the map, every break counts). */
bool hk_i_blank_line_at(const hk_extractor *ex, uint32_t i)
{
    if (!ex->nt.cp_ready)
        return true;
    size_t cs = hk_i_map_from(&ex->nt, i), ce = hk_i_map_to(&ex->nt, i);
    int breaks = 0;
    for (size_t b = ex->nt.cp_byte[cs]; b < ex->nt.cp_byte[ce]; b++)
        breaks += ex->nt.orig[b] == '\n';
    return breaks >= 2;
}

/* How many paragraphs end between bytes a and b of the normalised text
   (counting up to `most`)? */
static unsigned paragraphs_between(const hk_extractor *ex, uint32_t a,
                                   uint32_t b, unsigned most)
{
    unsigned n = 0;
    for (const char *p = ex->nt.s + a, *end = ex->nt.s + b;
         n < most && p < end && (p = memchr(p, '\n', (size_t)(end - p))); p++)
        n += hk_i_blank_line_at(ex, (uint32_t)(p - ex->nt.s));
    return n;
}

/* Does a paragraph end between bytes a and b of the normalised text? */
static bool paragraph_between(const hk_extractor *ex, uint32_t a, uint32_t b)
{
    return paragraphs_between(ex, a, b, 1) > 0;
}

/* A walk forward through the text that knows where the paragraph of the
   place it reached starts (calls come in text order: linear in all). */
typedef struct para_cursor {
    uint32_t at, start;
    uint32_t prev;              /* the start of the paragraph before */
} para_cursor;

static uint32_t paragraph_start(const hk_extractor *ex, para_cursor *c,
                                uint32_t pos)
{
    for (; c->at < pos; c->at++)
        if (ex->nt.s[c->at] == '\n' && hk_i_blank_line_at(ex, c->at)) {
            c->prev = c->start;
            c->start = c->at + 1;
        }
    return c->start;
}

/* Cursors of council_named: its calls come in text order. */
typedef struct council_cursor {
    size_t tag, terr;
    const hk_tag *last;         /* the last council word with a place */
    int last_tm;                /* and that place's mention */
    const hk_tag *assembly;     /* the last of them naming the council */
    int assembly_tm;
} council_cursor;

/* The council a council word with its place right after it names last
   before byte offset `before` («صادق مجلس جماعة القنيطرة»): its level
   (HK_LEVEL_NONE for none, or for parliament), and in *tm the place's
   mention.  A council word with no place is passed over («ميزانية
   الجماعة»; «حملة المقاطعة» is a boycott).  With `assembly`, the last
   that names the council itself (assembly=1: «مجلس جهة بني ملال»,
   not «برئاسة جماعة تاكلفت»), when there is one. */
static hk_level council_named(const hk_extractor *ex, const order *o,
                              council_cursor *c, uint32_t before, int *tm,
                              bool assembly)
{
    hk_tag_list tl = hk_i_tags_of(ex, ex->rules->known.councils);
    const hk_tag *tags = ex->tags.items;
    for (; c->tag < tl.n && tags[tl.ix[c->tag]].e <= before; c->tag++) {
        const hk_tag *tg = &tags[tl.ix[c->tag]];
        int place = council_place(ex, o, tg, &c->terr);
        if (place >= 0) {
            c->last = tg;
            c->last_tm = place;
            if (hk_i_entry_key(tg->entry, ex->rules->keys.assembly)) {
                c->assembly = tg;
                c->assembly_tm = place;
            }
        }
    }
    const hk_tag *last = assembly && c->assembly ? c->assembly : c->last;
    *tm = last == c->assembly ? c->assembly_tm : c->last_tm;
    if (!last)
        return HK_LEVEL_NONE;
    hk_level lv = hk_i_parse_level(hk_i_entry_key(last->entry, ex->rules->keys.level));
    return lv == HK_LEVEL_NATIONAL ? HK_LEVEL_NONE : lv;
}

/* Does title t end in a bare «المجلس» («رئيس المجلس», «رئيسا جديدا
   للمجلس», «النائبة الثانية لرئيس المجلس»)? */
static bool says_council(const hk_extractor *ex, const hk_mention *t)
{
    static const char word[] = "\xD9\x84\xD9\x85\xD8\xAC\xD9\x84\xD8\xB3"; /* لمجلس */
    const size_t n = sizeof word - 1;
    const char *s = ex->nt.s;
    if (t->e - t->s < n + 2 || memcmp(s + t->e - n, word, n))
        return false;
    /* «ا» (D8 A7) or «ل» (D9 84) before it, opening a word */
    uint32_t i = t->e - n - 2;
    bool alef = s[i] == '\xD8' && s[i + 1] == '\xA7';
    bool lam = s[i] == '\xD9' && s[i + 1] == '\x84';
    return (alef || lam) && (i == t->s || s[i - 1] == ' ');
}

/* Where the sentence holding byte offset pos starts: after the last
   «.», «!», «?», «؟» or line break before it. */
static uint32_t sentence_start(const hk_extractor *ex, uint32_t pos)
{
    for (uint32_t i = pos; i > 0; i--)
        if (stop_before(ex, i))
            return i;
    return 0;
}

/* «عضو المكتب الإقليمي», «تسيير الكتابة الإقليمية»: a post named by a
   word and a body, in the document's arena (NULL when out of memory). */
static const char *join_words(hk_extractor *ex, const char *word,
                              const char *body)
{
    if (!word)
        return NULL;
    size_t n = strlen(word) + strlen(body) + 2;
    char *r = hk_i_arena_alloc(ex->arena, n);
    if (r)
        snprintf(r, n, "%s %s", word, body);
    return r;
}

/* The entry of lexicon lex, of up to four words, ending right before m. */
static const hk_tag *tag_before(const hk_extractor *ex, const hk_mention *m,
                                int lex)
{
    return hk_i_tag_before(ex, m, lex, 4);
}

/* The first token of «منذ (سنة|عام)? 2022» ending right before token t,
   or t when there is none. */
static size_t since_year_before(const hk_extractor *ex, size_t t)
{
    if (t < 2 || t > ex->tokens.len)
        return t;
    const hk_token *y = &HK_VEC_AT(&ex->tokens, hk_token, t - 1);
    uint32_t at = y->s;
    if (y->e - y->s != 4 || !year_at(ex->nt.s, y->e, &at))
        return t;
    size_t w = t - 2;
    if (w > 0 && (token_is(ex, w, "سنة") || token_is(ex, w, "عام")))
        w--;
    return token_is(ex, w, "منذ") ? w : t;
}

/* The capacity word right before mention m («بتسيير», «بمهام»), or
   before a «منذ 2022» right before it («وهي منذ 2022 الكاتبة
   المحلية»), or NULL. */
static const hk_tag *capacity_before(const hk_extractor *ex, const hk_mention *m)
{
    const hk_tag *tg = tag_before(ex, m, ex->rules->known.capacity);
    if (tg)
        return tg;
    size_t t = hk_i_token_at(ex, m->ms);
    size_t since = since_year_before(ex, t);
    if (since == t)
        return NULL;
    for (size_t back = 1; back <= 4 && back <= since; back++) {
        tg = hk_i_tag_at(ex, since - back, ex->rules->known.capacity);
        if (tg && tg->tok_end == since)
            return tg;
    }
    return NULL;
}

/* Does an assembly's name (assemblies.lex) end right before mention m? */
static bool assembly_before(const hk_extractor *ex, const hk_mention *m)
{
    return tag_before(ex, m, ex->rules->known.assemblies) != NULL;
}

/* Is t a body's membership («عضو اللجنة المركزية»)? */
static bool member_title(const hk_extractor *ex, const hk_mention *t)
{
    const char *head = hk_i_mention_key(t, ex->rules->keys.head);
    return t->type == HK_TITLE && head && !strcmp(head, "member");
}

/* «المكلف بالتنظيم: فلان، كاتب فرع الحزب بالمرسى»: is post k set off
   by a comma after the person of a line-up's item (a colon before the
   name) or of a post named right before the name?  The bureau's posts
   after it are not that post's. */
static bool item_apposition(const hk_extractor *ex, const order *o, size_t k)
{
    if (!k)
        return false;
    const hk_mention *p = MENTION(ex, o->ix[k - 1]), *t = MENTION(ex, o->ix[k]);
    /* The body of such a post («فرع» in «كاتب فرع الحزب») is its. */
    while (t->type == HK_BODY && k > 1 && p->type == HK_TITLE && t->ms < p->me) {
        t = p;
        p = MENTION(ex, o->ix[--k - 1]);
    }
    if (p->type != HK_PERSON)
        return false;
    gap g = gap_of(ex, p->me, t->ms, 0);
    if (!g.comma || g.words || g.stop || g.waw)
        return false;
    /* «فأسندت مهمة النائب الأول للكاتب الجهوي للأخ فلان، الكاتب الإقليمي
       للحزب بتطوان، ومهمة النائبة الثانية ...»: the person holds the
       post right before the name. */
    const hk_mention *post = k >= 2 ? MENTION(ex, o->ix[k - 2]) : NULL;
    if (post && post->type == HK_TITLE && post->me <= p->ms) {
        gap before = gap_of(ex, post->me, p->ms, 0);
        if (!before.words && !before.stop && !before.comma && !before.waw)
            return true;
    }
    const char *s = ex->nt.s;
    uint32_t i = p->ms;
    while (i > 0 && s[i - 1] != ':' && s[i - 1] != '\n' && p->ms - i < 64)
        i--;
    if (!i || s[i - 1] != ':')
        return false;
    gap h = gap_of(ex, i, p->ms, 0);
    return !h.words && !h.stop && !h.comma;
}

/* The person a mention names: a surname's full name, or itself. */
static int person_id(const hk_extractor *ex, int m)
{
    return MENTION(ex, m)->ref >= 0 ? MENTION(ex, m)->ref : m;
}

/* «طالب فلان، الكاتب المحلي للحزب، ...» and in the next paragraph
   «حضرته نائبته فلانة» or «وأوضح فلان، الذي كان مرفوقا بنائبه فلان»: may
   the pronoun of mention k borrow post `from`?  Yes when no one is named
   before it in its sentence, or when the one named last there is the
   post's holder, the person right before or right after it. */
static bool pronoun_is_holder(const hk_extractor *ex, const order *o, size_t from,
                              size_t k, const phrase *ph)
{
    const hk_mention *t = MENTION(ex, o->ix[k]);
    uint32_t from_s = sentence_start(ex, t->ms);
    size_t last = SIZE_MAX;
    for (size_t j = k; j-- > from + 1 && MENTION(ex, o->ix[j])->ms >= from_s;)
        if (can_hold(MENTION(ex, o->ix[j]))) {
            last = j;
            break;
        }
    if (last == SIZE_MAX)
        return true;
    const hk_mention *post = MENTION(ex, o->ix[from]);
    int who = person_id(ex, (int)o->ix[last]);
    if (from > 0 && can_hold(MENTION(ex, o->ix[from - 1]))) {
        gap g = gap_of(ex, MENTION(ex, o->ix[from - 1])->me, post->ms, 0);
        if (!g.words && !g.stop && person_id(ex, (int)o->ix[from - 1]) == who)
            return true;
    }
    for (size_t j = from + 1; j < last; j++) {
        const hk_mention *p = MENTION(ex, o->ix[j]);
        if (p->ms < ph[from].end)
            continue;
        gap g = gap_of(ex, ph[from].end, p->ms, 0);
        return can_hold(p) && !g.words && !g.stop && person_id(ex, (int)o->ix[j]) == who;
    }
    return false;
}

/* Posts named without a level borrow one (borrows=): «النائبة الأولى
   للرئيس» (council) the level and places of the council named last
   before it in a title; «أمينا للمال», «نائبة ثانية» (post) the level,
   kind, party and places of the post or body named last before it in
   its paragraph, else of the party's organisation named there
   («رئيسة الفيدرالية»: national).  With neither, both take a council
   word and its place («صادق مجلس جماعة القنيطرة ... رئيس المجلس»).
   With nothing to borrow a post keeps no level, and add_role makes no
   role of it.  One walk in text order. */
static void borrow_levels(hk_extractor *ex, const order *o, phrase *ph)
{
#define POST_READ(k)                                                     \
    do {                                                                 \
        const hk_mention *m_ = MENTION(ex, o->ix[k]);                    \
        /* an item's apposition lends the bureau's posts nothing */      \
        bool lends_ = !item_apposition(ex, o, k);                        \
        if (lends_)                                                      \
            last_post = (k);                                             \
        if (lends_ && m_->kind != HK_KIND_ELECTED) {                     \
            last_party_post = (k);                                       \
            if (member_title(ex, m_))                                    \
                member_end = m_->me;                                     \
            else if (m_->me > member_end)                                \
                last_office = (k);                                       \
        }                                                                \
    } while (0)
    const char *borrows = ex->rules->keys.borrows;
    const char *council = ex->rules->keys.council;
    size_t last_council = SIZE_MAX, last_post = SIZE_MAX;
    size_t last_party_post = SIZE_MAX;     /* not an elected office */
    size_t last_office = SIZE_MAX;         /* nor a body's membership */
    uint32_t member_end = 0;    /* the end of the last membership read */
    para_cursor pc = {0, 0, 0};
    council_cursor cc = {0, 0, NULL, -1, NULL, -1};
    size_t seen = 0;            /* mentions read for organisations */
    int org = -1;               /* the last party organisation read */
    for (size_t q = 0; q < o->n_posts; q++) {
        size_t k = o->posts[q];
        hk_mention *t = MENTION(ex, o->ix[k]);
        for (; seen < k; seen++) {
            const hk_mention *m = MENTION(ex, o->ix[seen]);
            if (m->type == HK_PARTY && m->org)
                org = o->ix[seen];
        }
        const char *what = t->type == HK_TITLE ? hk_i_mention_key(t, borrows) : NULL;
        if (what) {
            /* head: a deputy of a head («نائبا للكاتبة»), a post too;
               organ: a head of the organ named before («رئيسا له»), a post
               too, whose text names that organ («رئيس المجلس الوطني») */
            bool of_head = !strcmp(what, "head");
            bool of_organ = !strcmp(what, "organ");
            bool of_post = of_head || of_organ || !strcmp(what, "post");
            if (t->level != HK_LEVEL_NONE)
                continue;
            uint32_t para = paragraph_start(ex, &pc, t->ms);
            /* «رئيسة المنظمة بالجهة»: the place word says the level. */
            if (of_post && ph[k].here != HK_LEVEL_NONE) {
                t->level = ph[k].here;
                POST_READ(k);
                continue;
            }
            /* A post that is a party's («أمينا للمال») passes over the
               elected office named between («النائبة البرلمانية»). */
            size_t from = !of_post ? last_council
                          : t->kind == HK_KIND_PARTY ? last_party_post
                                                     : last_post;
            /* «برئاسة الكاتب الإقليمي ..., بحضور عضو اللجنة المركزية
               ...، وأمين المال»: the bureau's post is the office's
               body's, not the guest member's. */
            if (of_post && from == last_party_post && from != last_office &&
                last_office != SIZE_MAX && ph[last_office].end >= para)
                from = last_office;
            /* «الجمع العام لنادي النهضة، الذي انتخب رئيسه الجديد فلان»:
               the organ named last is a club, an association or a union
               (organisations.lex), no party's; so for «وكاتبه العام». */
            if (of_organ || hk_i_mention_key(t, ex->rules->keys.pron)) {
                uint32_t a = sentence_start(ex, t->ms);
                if (from != SIZE_MAX && ph[from].end > a)
                    a = ph[from].end;
                if (lex_within(ex, ex->rules->known.organisations, a, t->ms))
                    continue;
            }
            size_t before = SIZE_MAX;   /* a post of the paragraph before */
            if (of_post && from != SIZE_MAX && ph[from].end < para) {
                before = ph[from].end >= pc.prev ? from : SIZE_MAX;
                from = SIZE_MAX;
            }
            if (from == SIZE_MAX && of_post && org >= 0 &&
                MENTION(ex, org)->ms >= para) {
                t->level = HK_LEVEL_NATIONAL;
                if (!ph[k].party)
                    ph[k].party = MENTION(ex, org)->party;
                POST_READ(k);
                continue;
            }
            /* «... انتخابها كاتبة للفرع.» then «كما نهنئ فلانا على انتخابه
               نائبا للكاتبة»: the head's post may be in the paragraph
               before; so may a pronoun's («حضرته نائبته فلانة»). */
            if (from == SIZE_MAX && before != SIZE_MAX &&
                (of_head || (hk_i_mention_key(t, ex->rules->keys.pron) &&
                             pronoun_is_holder(ex, o, before, k, ph))))
                from = before;
            /* «انتخاب فلان، رئيس جماعة العاطف، رئيسا للمجلس» after
               «صادق أعضاء المجلس الإقليمي لتاوريرت»: a bare «المجلس» is
               the council named last as a council, not a commune named
               by «جماعة» alone. */
            bool bare_council = says_council(ex, t);
            if (bare_council && from != SIZE_MAX) {
                const hk_mention *c = MENTION(ex, o->ix[from]);
                if (c->type == HK_TITLE && c->kind == HK_KIND_ELECTED &&
                    hk_i_mention_key(c, council) &&
                    !hk_i_mention_key(c, ex->rules->keys.assembly)) {
                    int tm;
                    council_named(ex, o, &cc, t->ms, &tm, true);   /* reads up to t */
                    if (cc.assembly)
                        from = SIZE_MAX;
                }
            }
            if (from == SIZE_MAX) {
                int tm;
                t->level = council_named(ex, o, &cc, t->ms, &tm, bare_council);
                if (t->level == HK_LEVEL_NONE)
                    continue;
                if (t->kind < 0)    /* «رئيس المجلس»; a group stays party */
                    t->kind = HK_KIND_ELECTED;
                /* «المستشارة عن حزب ... بإقليم أزيلال» in a region's
                   council: the place she was elected in is not the
                   council's. */
                if (ph[k].n_territories && ph[k].territories[0] >= 0 &&
                    hk_i_tkind_level(ex->rules->territories[ph[k].territories[0]].kind) >
                        t->level)
                    ph[k].n_territories = 0;
                if (!ph[k].n_territories) {
                    ph[k].territories[0] = MENTION(ex, tm)->territory;
                    ph[k].tmentions[0] = tm;
                    ph[k].n_territories = 1;
                }
                POST_READ(k);
                if (bare_council && cc.assembly)
                    last_council = k;
                continue;
            }
            const hk_mention *c = MENTION(ex, o->ix[from]);
            t->level = level_of(ex, c, territory_for(&ph[from], 0));
            /* «رئيسا له» after an organ: «رئيس المجلس الوطني»;
               «ونيابته إلى فلان» after «كاتب المجلس»: «نائب كاتب المجلس». */
            bool pron = t->source && !strcmp(t->source, "bureau-rank") &&
                        hk_i_mention_key(t, ex->rules->keys.pron);
            const char *head = (of_organ && c->type == HK_BODY) ||
                                       (pron && c->type == HK_TITLE)
                                   ? hk_i_mention_key(t, ex->rules->keys.def) : NULL;
            if (head) {
                const char *text = join_words(ex, head, c->role);
                if (text)
                    t->role = text;
            }
            if (of_post) {
                t->kind = c->kind;
                if (!ph[k].party)
                    ph[k].party = ph[from].party;
            }
            POST_READ(k);
            if (!ph[k].n_territories) {
                ph[k].n_territories = ph[from].n_territories;
                memcpy(ph[k].territories, ph[from].territories,
                       sizeof ph[k].territories);
                memcpy(ph[k].tmentions, ph[from].tmentions,
                       sizeof ph[k].tmentions);
            }
            continue;
        }
        if (level_of(ex, t, territory_for(&ph[k], 0)) != HK_LEVEL_NONE)
            POST_READ(k);
        /* A title naming a council (council-head: «رئيس المجلس الجماعي»,
           «عضو مجلس الجهة»), not the national one (parliament), nor one a
           relative clause names after a capacity word («، الذي يشغل أيضا
           منصب رئيس جماعة غفساي»: a deputy elected next is the council's
           the article is about). */
        if (t->type == HK_TITLE && t->kind == HK_KIND_ELECTED &&
            hk_i_mention_key(t, council) && t->level != HK_LEVEL_NATIONAL &&
            !capacity_before(ex, t))
            last_council = k;
    }
}
#undef POST_READ

/* A party post below the national level whose phrase names no place. */
static bool placeless_party_post(const hk_mention *t, const phrase *p)
{
    return !p->n_territories && t->level > HK_LEVEL_NATIONAL &&
           t->kind != HK_KIND_ELECTED;
}

/* Can the post (phrase p) lend its place to a placeless post of its
   level?  One place, of that level, not an elected office's. */
static bool lends_place(const hk_extractor *ex, const hk_mention *u,
                        const phrase *p, hk_level level)
{
    return p->n_territories == 1 && u->kind != HK_KIND_ELECTED &&
           level_of(ex, u, p->territories[0]) == level &&
           hk_i_tkind_level(ex->rules->territories[p->territories[0]].kind) == level;
}

static bool frames_sentence(const hk_extractor *ex, const hk_mention *m);
static unsigned commas_in(const hk_extractor *ex, uint32_t a, uint32_t b);

/* Does a place between byte offsets a and b frame what follows it up
   to b, its own comma the only one («...، في إشارة إلى مقاطعة فاس
   المدينة، حيث تقود الكاتبة المحلية ...»)? */
static bool frame_between(const hk_extractor *ex, const order *o, uint32_t a,
                          uint32_t b)
{
    size_t lo = 0, hi = o->n_terrs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (MENTION(ex, o->terrs[mid])->ms < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < o->n_terrs; lo++) {
        const hk_mention *m = MENTION(ex, o->terrs[lo]);
        if (m->me > b)
            break;
        if (frames_sentence(ex, m) && commas_in(ex, m->me, b) <= 1)
            return true;
    }
    return false;
}

/* «وقع اختيار المؤتمرين بفرع الحزب بمقاطعة المرينيين على فلان كاتبا
   للفرع»: a post of a level that names no place is in the place of the
   post or body of that level named last before it in its sentence. */
static void sentence_places(hk_extractor *ex, const order *o, phrase *ph)
{
    for (size_t q = 1; q < o->n_posts; q++) {
        size_t k = o->posts[q];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        if (!placeless_party_post(t, &ph[k]))
            continue;
        /* Back over the posts before it while no stop comes between
           (each byte read once, from the nearest). */
        uint32_t upto = t->ms;
        for (size_t r = q, seen = 0; r-- > 0 && seen < 8; seen++) {
            size_t j = o->posts[r];
            if (ph[j].end < upto && stop_between(ex, ph[j].end, upto))
                break;
            if (ph[j].end < upto)
                upto = ph[j].end;
            if (!lends_place(ex, MENTION(ex, o->ix[j]), &ph[j], t->level))
                continue;
            if (frame_between(ex, o, ph[j].end, t->ms))
                break;
            ph[k].territories[0] = ph[j].territories[0];
            ph[k].tmentions[0] = ph[j].tmentions[0];
            ph[k].n_territories = 1;
            break;
        }
    }
}

/* After the frames, the same in a post's line (a paragraph): «بإقليم
   الناضور، حيث لم تنعقد الكتابة الإقليمية ... ويعزو الكاتب الإقليمي،
   فلان، ذلك إلى» is the province's secretary, not the article's.  One
   walk forward, keeping the last post of each level that lends its
   place. */
static void line_places(hk_extractor *ex, const order *o, phrase *ph)
{
    size_t last[HK_LEVEL_LOCAL + 1];
    for (int l = 0; l <= HK_LEVEL_LOCAL; l++)
        last[l] = SIZE_MAX;
    for (size_t q = 0; q < o->n_posts; q++) {
        size_t k = o->posts[q];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        hk_level lv = t->level;
        size_t j = lv <= HK_LEVEL_LOCAL ? last[lv] : SIZE_MAX;
        if (j != SIZE_MAX && placeless_party_post(t, &ph[k]) && t->number == 1 &&
            ph[j].end <= t->ms &&
            !memchr(ex->nt.s + ph[j].end, '\n', t->ms - ph[j].end)) {
            ph[k].territories[0] = ph[j].territories[0];
            ph[k].tmentions[0] = ph[j].tmentions[0];
            ph[k].n_territories = 1;
        }
        if (ph[k].n_territories == 1) {
            hk_level l = hk_i_tkind_level(ex->rules->territories[ph[k].territories[0]].kind);
            if (l > HK_LEVEL_NATIONAL && l <= HK_LEVEL_LOCAL && lends_place(ex, t, &ph[k], l))
                last[l] = k;
        }
    }
}

/* «لجماعتي تكريكرة وواد إفران، ... منسقا الحزب بالجماعتين»: a dual's
   dual place word stands for the last two places of its level named
   before it in its paragraph, joined by «و»; in ph's places.  Returns
   whether it found them. */
static bool here_pair(const hk_extractor *ex, const order *o, size_t ti,
                      const hk_mention *t, phrase *ph)
{
    const hk_territory *terrs = ex->rules->territories;
    uint32_t pair[2];           /* the last place, then the one before */
    size_t n = 0;
    for (size_t r = ti; r-- > 0 && n < 2;) {
        const hk_mention *m = MENTION(ex, o->terrs[r]);
        hk_level lv = hk_i_tkind_level(terrs[m->territory].kind);
        if (memchr(ex->nt.s + m->me, '\n', t->ms - m->me) ||
            (ph->here_any ? lv < HK_LEVEL_REGIONAL : lv != ph->here))
            return false;
        pair[n++] = o->terrs[r];
    }
    if (n < 2 || (ph->here_any && terrs[MENTION(ex, pair[0])->territory].kind !=
                                      terrs[MENTION(ex, pair[1])->territory].kind))
        return false;
    gap g = gap_of(ex, MENTION(ex, pair[1])->me, MENTION(ex, pair[0])->ms, 0);
    if (g.words || g.stop || !(g.waw || opens_with_waw(ex, MENTION(ex, pair[0]))))
        return false;
    for (size_t i = 0; i < 2; i++) {
        ph->territories[i] = MENTION(ex, pair[1 - i])->territory;
        ph->tmentions[i] = (int)pair[1 - i];
    }
    ph->n_territories = 2;
    return true;
}

/* «الكاتب المحلي للحزب بالمقاطعة»: the place word stands for the place
   of its level named last before it on its line («وبمقاطعة مولاي رشيد،
   يواجه الرئيس ... ويضيف المتحدث، الذي يشغل أيضا مهمة الكاتب المحلي
   لحزب الاستقلال بالمقاطعة»), else for the article's.  Returns whether
   it placed any post. */
static bool here_places(hk_extractor *ex, const order *o, phrase *ph)
{
    const hk_territory *terrs = ex->rules->territories;
    size_t ti = 0;
    bool placed = false;
    for (size_t q = 0; q < o->n_posts; q++) {
        size_t k = o->posts[q];
        hk_mention *t = MENTION(ex, o->ix[k]);
        if ((ph[k].here == HK_LEVEL_NONE && !ph[k].here_any) || ph[k].n_territories)
            continue;
        while (ti < o->n_terrs && MENTION(ex, o->terrs[ti])->me <= t->ms)
            ti++;
        if (t->number > 1) {
            if (ph[k].here_two && here_pair(ex, o, ti, t, &ph[k])) {
                placed = true;
                if (t->level == HK_LEVEL_NONE)
                    t->level = ph[k].here;
            }
            continue;
        }
        for (size_t r = ti; r-- > 0;) {
            const hk_mention *m = MENTION(ex, o->terrs[r]);
            if (memchr(ex->nt.s + m->me, '\n', t->ms - m->me))
                break;
            /* «وبإقليم بوجدور، جدد فرع الحزب بالمدينة مكتبه»: a
               province's town. */
            int terr = m->territory;
            if (ph[k].here == HK_LEVEL_LOCAL && terrs[terr].city >= 0 &&
                hk_i_tkind_level(terrs[terr].kind) == HK_LEVEL_PROVINCIAL &&
                ph[k].town)
                terr = terrs[terr].city;
            if (ph[k].here_any ? hk_i_tkind_level(terrs[terr].kind) < HK_LEVEL_REGIONAL
                               : hk_i_tkind_level(terrs[terr].kind) != ph[k].here)
                continue;
            /* «... بالناظور، فلان، أن ... . وأكدت منسقة منظمة النساء
               الحركيات بالإقليم»: a province named in a sentence before,
               which does not frame the words up to the post, yields to
               the article's own province. */
            if (ph[k].here == HK_LEVEL_PROVINCIAL && ex->main_province >= 0 &&
                terr != ex->main_province && m->me < sentence_start(ex, t->ms) &&
                !frames_sentence(ex, m))
                break;
            /* «جماعة تيسراس بإقليم تارودانت، ... منسق الحزب بها»: of
               any level, not a place that only locates the one named
               right before it. */
            if (ph[k].here_any && r > 0) {
                const hk_mention *pm = MENTION(ex, o->terrs[r - 1]);
                gap l = gap_of(ex, pm->me, m->ms, 0);
                if (!l.words && !l.stop && !l.comma && !l.waw &&
                    holds(terrs, terr, pm->territory)) {
                    r--;
                    terr = pm->territory;
                }
            }
            ph[k].territories[0] = terr;
            ph[k].tmentions[0] = o->terrs[r];
            ph[k].n_territories = 1;
            placed = true;
            break;
        }
        /* «الكاتب المحلي للحزب بالمقاطعة» with no arrondissement in its
           paragraph: the last one the article named before. */
        for (size_t r = ti; !ph[k].n_territories && ph[k].here_kind && r-- > 0;)
            if (terrs[MENTION(ex, o->terrs[r])->territory].kind == ph[k].here_kind) {
                ph[k].territories[0] = MENTION(ex, o->terrs[r])->territory;
                ph[k].tmentions[0] = o->terrs[r];
                ph[k].n_territories = 1;
                placed = true;
            }
        /* «منسقة منظمة النساء الحركيات بالإقليم»: a post whose words say
           no level has the place word's (and the article's place). */
        if (!ph[k].n_territories && t->level == HK_LEVEL_NONE)
            t->level = ph[k].here;
    }
    return placed;
}

/* «تعيين سلفه مفتشا بجهة فاس مكناس»: a head whose word says no level
   («مفتش», provincial by its lexicon entry) before a region its type word
   names serves the region. */
static void region_heads(hk_extractor *ex, const order *o, const phrase *ph)
{
    static const char adj[] = "\xD9\x82\xD9\x84\xD9\x8A\xD9\x85\xD9\x8A"; /* قليمي */
    for (size_t q = 0; q < o->n_posts; q++) {
        size_t k = o->posts[q];
        hk_mention *t = MENTION(ex, o->ix[k]);
        if (t->type != HK_TITLE || t->level != HK_LEVEL_PROVINCIAL ||
            ph[k].n_territories != 1 || ph[k].tmentions[0] < 0)
            continue;
        const hk_mention *m = MENTION(ex, ph[k].tmentions[0]);
        if (m->typed && m->territory >= 0 &&
            ex->rules->territories[m->territory].kind == HK_T_REGION &&
            !memmem(ex->nt.s + t->ms, t->me - t->ms, adj, sizeof adj - 1))
            t->level = HK_LEVEL_REGIONAL;
    }
}

/* Does the territory mention frame the words after it: it opens its
   sentence (at most two words before it: «وفي خنيفرة،», «أما في إقليم
   الفقيه بن صالح،») with a comma or a colon after, or «، حيث» follows it?
   Only a few bytes around it are read. */
static bool frames_sentence(const hk_extractor *ex, const hk_mention *m)
{
    uint32_t i = m->me;
    while (i < ex->nt.len && ex->nt.s[i] == ' ')
        i++;
    /* ، is D8 8C; a colon after a type word and its name opens a list's
       item («- مقاطعة زواغة: فلان»; not a dateline's «الدار البيضاء:») */
    if (!(i < ex->nt.len && (ex->nt.s[i] == ',' || (ex->nt.s[i] == ':' && m->typed) ||
                             (i + 1 < ex->nt.len && (unsigned char)ex->nt.s[i] == 0xD8 &&
                              (unsigned char)ex->nt.s[i + 1] == 0x8C))))
        return false;
    /* «... بمقاطعة مغوغة، حيث انتخبت فلانة كاتبة للفرع»: the clause after
       «حيث» is in the place before it, wherever it stands, when a type
       word names it, one of a kind («بجماعة») or a town («بمدينة»: a
       space inside the match before the name), not «نحو تمارة والرباط،
       حيث وعد» («whereupon») */
    static const char haythu[] = "\xD8\xAD\xD9\x8A\xD8\xAB";   /* حيث */
    uint32_t w = i + (ex->nt.s[i] == ',' || ex->nt.s[i] == ':' ? 1 : 2);
    while (w < ex->nt.len && ex->nt.s[w] == ' ')
        w++;
    bool type_word = m->typed ||
                     (m->s > m->ms && memchr(ex->nt.s + m->ms, ' ', m->s - m->ms));
    if (type_word && w + 6 <= ex->nt.len && !memcmp(ex->nt.s + w, haythu, 6) &&
        (w + 6 == ex->nt.len || ex->nt.s[w + 6] == ' '))
        return true;
    /* The sentence's start, within five words before it. */
    uint32_t from = m->ms, spaces = 0;
    while (from > 0 && !stop_before(ex, from) && spaces <= 5)
        spaces += ex->nt.s[--from] == ' ';
    if (from > 0 && !stop_before(ex, from))
        return false;
    return gap_of(ex, from, m->ms, 2).words <= 2;
}

/* The place named last before post t: its index in o->terrs, or
   SIZE_MAX.  *ti is a cursor over o->terrs for posts taken in order. */
static size_t place_before(const hk_extractor *ex, const order *o,
                           size_t *ti, const hk_mention *t)
{
    while (*ti < o->n_terrs && MENTION(ex, o->terrs[*ti])->me <= t->ms)
        (*ti)++;
    return *ti ? *ti - 1 : SIZE_MAX;
}

/* «انتقل الوفد إلى بوجدور حيث التقى بالكاتبة الإقليمية للحزب»,
   «ليختتم جولته بمدينة طرفاية بلقاء مع الكاتب الإقليمي للحزب»: a
   singular party post of a province or a commune that names no place
   (before the other posts lend theirs) is in the place named last before it
   in its sentence, within ten words, when no post or body stands
   between (a holder may: «بمقاطعة بني مكادة، المنعقد يوم ...، فلان
   كاتبا محليا») and the place is of its level (or, for a province, its
   town: طرفاية).  Not a place that frames its sentence («وبإقليم طاطا،
   زكى الحزب منسقه الإقليمي»): frame_places reads those, after the
   article's places are counted. */
static void clause_places(hk_extractor *ex, const order *o, phrase *ph)
{
    const hk_territory *terrs = ex->rules->territories;
    size_t ti = 0;
    for (size_t q = 0; q < o->n_posts; q++) {
        size_t k = o->posts[q];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        if (!placeless_party_post(t, &ph[k]) || t->number > 1 ||
            t->level < HK_LEVEL_PROVINCIAL || t->level > HK_LEVEL_LOCAL)
            continue;
        size_t r = place_before(ex, o, &ti, t);
        if (r == SIZE_MAX)
            continue;
        const hk_mention *m = MENTION(ex, o->terrs[r]);
        int terr = m->territory;
        if (terr < 0)
            continue;
        /* «بمقاطعة النخيل بمراكش»: a place that only locates the one
           named right before it gives way to that one. */
        if (r >= 1) {
            const hk_mention *pm = MENTION(ex, o->terrs[r - 1]);
            gap l = gap_of(ex, pm->me, m->ms, 0);
            if (pm->territory >= 0 && !l.words && !l.stop && !l.waw &&
                !l.comma && holds(terrs, terr, pm->territory)) {
                r--;
                m = pm;
                terr = pm->territory;
            }
        }
        bool town = t->level == HK_LEVEL_PROVINCIAL && terrs[terr].like_province &&
                    terrs[terr].parent >= 0;
        if (town)
            terr = terrs[terr].parent;
        if (hk_i_tkind_level(terrs[terr].kind) != t->level)
            continue;
        bool clear = true;
        for (size_t j = k; clear && j-- > 0;) {
            const hk_mention *u = MENTION(ex, o->ix[j]);
            if (u->ms < m->me)
                break;
            clear = u->type != HK_TITLE && u->type != HK_BODY;
        }
        if (!clear || gap_of(ex, m->me, t->ms, 10).words > 10 ||
            stop_between(ex, m->me, t->ms) || frames_sentence(ex, m))
            continue;
        /* Not one of a list («نحو تمارة والرباط»). */
        if (r >= 1) {
            gap l = gap_of(ex, MENTION(ex, o->terrs[r - 1])->me, m->ms, 0);
            if (!l.words && !l.stop && (l.waw || l.comma || opens_with_waw(ex, m)))
                continue;
        }
        /* The mention names the province, as a provincial post's own
           place does (promote_one). */
        if (town)
            promote_one(ex, (int)o->terrs[r]);
        ph[k].territories[0] = terr;
        ph[k].tmentions[0] = (int)o->terrs[r];
        ph[k].n_territories = 1;
    }
}

/* «كانت البداية من جماعة اسني التي عقد بمقرها لقاء ... بحضور رئيس
   الجماعة»: a commune's office that names no place is in the commune
   named last before it in its sentence with its type word («جماعة»,
   «مقاطعة»), not in the article's. */
static void council_places(hk_extractor *ex, const order *o, phrase *ph)
{
    const hk_territory *terrs = ex->rules->territories;
    size_t ti = 0;
    for (size_t q = 0; q < o->n_posts; q++) {
        size_t k = o->posts[q];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        if (ph[k].n_territories || t->kind != HK_KIND_ELECTED ||
            t->level != HK_LEVEL_LOCAL || t->number > 1)
            continue;
        size_t r = place_before(ex, o, &ti, t);
        if (r == SIZE_MAX)
            continue;
        const hk_mention *m = MENTION(ex, o->terrs[r]);
        /* «بجماعة أولاد غانم بإقليم الجديدة»: the commune, past the
           province that locates it. */
        if (r > 0 && m->territory >= 0 &&
            hk_i_tkind_level(terrs[m->territory].kind) != HK_LEVEL_LOCAL) {
            const hk_mention *c = MENTION(ex, o->terrs[r - 1]);
            gap g = gap_of(ex, c->me, m->ms, 0);
            if (!g.words && !g.stop && !g.comma && !g.waw) {
                r--;
                m = c;
            }
        }
        if (m->territory < 0 || !m->typed ||
            hk_i_tkind_level(terrs[m->territory].kind) != HK_LEVEL_LOCAL ||
            stop_between(ex, m->me, t->ms))
            continue;
        ph[k].territories[0] = m->territory;
        ph[k].tmentions[0] = (int)o->terrs[r];
        ph[k].n_territories = 1;
    }
}

/* «امحمد أقضاض» alone on its line, then «كاتب فرع العروي سابقا، عضو
   المجلس الوطني للحزب» opening the next: a signature, the name above
   holds the titles of that line; or -1. */
static int signed_above(const hk_extractor *ex, const order *o, size_t k)
{
    const char *s = ex->nt.s;
    size_t j = k;
    /* A signature's line holds a few titles, places and parties. */
    while (j > 0 && k - j < 8 && !can_hold(MENTION(ex, o->ix[j - 1])))
        j--;
    if (!j || !can_hold(MENTION(ex, o->ix[j - 1])) ||
        MENTION(ex, o->ix[j])->type != HK_TITLE)
        return -1;
    const hk_mention *p = MENTION(ex, o->ix[j - 1]), *first = MENTION(ex, o->ix[j]);
    if (memchr(s + first->ms, '\n', MENTION(ex, o->ix[k])->ms - first->ms))
        return -1;
    uint32_t le = line_end(ex, p->me);
    if (le >= first->ms || !spaces_only(ex, p->me, le) ||
        !spaces_only(ex, le + 1, first->ms))
        return -1;
    return line_opens_at(ex, p->ms) ? o->ix[j - 1] : -1;
}

/* «الأمين الإقليمي للحزب بالحوز» opening and filling its line, then
   «فلان» alone on the next (a بلاغ's signature under «ووقع البيان:»):
   the name below holds the post; or -1. */
static int signed_below(const hk_extractor *ex, const order *o, size_t k,
                        const phrase *ph)
{
    const hk_mention *t = MENTION(ex, o->ix[k]);
    uint32_t le = line_end(ex, ph[k].end);
    gap rest = gap_of(ex, ph[k].end, le, 0);    /* a status word («بالنيابة») */
    if (!line_opens_at(ex, t->ms) || le == ex->nt.len || rest.words || rest.comma ||
        rest.stop || rest.honorifics)
        return -1;
    return name_alone_below(ex, o, k, le);
}

/* Where the label of the line opening at byte `line` (up to `le`)
   ends: one to three words and a colon opening it («المهمة:», «تاريخ
   الانتخاب:»); the colon's offset, or 0 when the line has no label. */
static uint32_t label_colon(const hk_extractor *ex, uint32_t line, uint32_t le)
{
    const char *c = memchr(ex->nt.s + line, ':', le - line);
    if (!c || c == ex->nt.s + line)
        return 0;
    uint32_t at = (uint32_t)(c - ex->nt.s);
    gap g = gap_of(ex, line, at, 3);
    return g.words && g.words <= 3 && !g.stop && !g.comma ? at : 0;
}

/* A card («الاسم: فلان» on its line, then «المهمة: الكاتب الإقليمي
   ...», «المسار: ... كاتب فرع الحزب ...»): a title on a labelled line
   belongs to the name that heads the card, a line labelled with a word
   of card-labels.lex, or a name alone on its line, with only labelled
   lines between; or -1. */
static int carded_above(const hk_extractor *ex, const order *o, size_t k)
{
    const char *s = ex->nt.s;
    const hk_mention *t = MENTION(ex, o->ix[k]);
    const char *nl = t->ms ? memrchr(s, '\n', t->ms) : NULL;
    uint32_t line = nl ? (uint32_t)(nl - s) + 1 : 0;
    uint32_t colon = label_colon(ex, line, line_end(ex, line));
    if (!colon || colon > t->ms)
        return -1;
    size_t j = k;
    for (int lines = 0; line > 1 && lines < 8; lines++) {
        uint32_t le = line - 1;                       /* the '\n' above */
        nl = memrchr(s, '\n', le);
        line = nl ? (uint32_t)(nl - s) + 1 : 0;
        if (line == le)
            return -1;                                /* a blank line */
        while (j > 0 && MENTION(ex, o->ix[j - 1])->ms >= line)
            j--;
        /* The line's first holder, if it fills the rest of the line. */
        int who = -1;
        for (size_t i = j; i < o->n && MENTION(ex, o->ix[i])->ms < le; i++)
            if (can_hold(MENTION(ex, o->ix[i]))) {
                if (!gap_of(ex, MENTION(ex, o->ix[i])->me, le, 0).words)
                    who = o->ix[i];
                break;
            }
        const hk_mention *p = who >= 0 ? MENTION(ex, who) : NULL;
        colon = label_colon(ex, line, le);
        if (p && colon && colon < p->ms &&
            lex_within(ex, ex->rules->known.card_labels, line, colon) &&
            !gap_of(ex, colon + 1, p->ms, 0).words)
            return who;
        if (p && !colon && line_opens_at(ex, p->ms))
            return who;
        if (!colon)
            return -1;
    }
    return -1;
}

/* The territory (its place in o->terrs, below ti) that opens the line
   holding byte offset at, a colon after it, or SIZE_MAX. */
static size_t line_item(const hk_extractor *ex, const order *o, size_t ti,
                        uint32_t at)
{
    const char *nl = at ? memrchr(ex->nt.s, '\n', at) : NULL;
    uint32_t from = nl ? (uint32_t)(nl - ex->nt.s) + 1 : 0;
    size_t r = ti;
    while (r > 0 && MENTION(ex, o->terrs[r - 1])->ms >= from)
        r--;
    if (r == ti)
        return SIZE_MAX;
    const hk_mention *m = MENTION(ex, o->terrs[r]);
    uint32_t c = m->me;
    while (c < ex->nt.len && ex->nt.s[c] == ' ')
        c++;
    return c < ex->nt.len && ex->nt.s[c] == ':' && line_opens_at(ex, m->ms) ? r : SIZE_MAX;
}

/* Past the spaces, the dash, star or bullet (U+2000-U+2FFF) and the
   spaces that open the line starting at byte `line`: where its words
   start; *marked: a mark was there. */
static uint32_t past_mark(const hk_extractor *ex, uint32_t line, bool *marked)
{
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    uint32_t n = (uint32_t)ex->nt.len, i = line;
    while (i < n && s[i] == ' ')
        i++;
    *marked = i < n && (s[i] == '-' || s[i] == '*' || (s[i] == 0xE2 && i + 2 < n));
    if (*marked)
        i += s[i] == 0xE2 ? 3 : 1;
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

/* Does the line starting at byte `line` open with an item's mark: a dash,
   a star, a bullet or a number and «.», «)» or «-»? */
static bool item_mark(const hk_extractor *ex, uint32_t line)
{
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    uint32_t n = (uint32_t)ex->nt.len;
    bool marked;
    uint32_t i = past_mark(ex, line, &marked), d = i;
    if (marked)
        return true;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    return i > d && i < n && (s[i] == '.' || s[i] == ')' || s[i] == '-');
}

/* Does the line starting at byte `line` open as a timeline's item: an
   item's mark maybe, then a year and a colon («- 2015: انتخب ...»)? */
static bool year_item(const hk_extractor *ex, uint32_t line)
{
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    uint32_t n = (uint32_t)ex->nt.len;
    bool marked;
    uint32_t i = past_mark(ex, line, &marked);
    if (i + 4 > n || (s[i] != '1' && s[i] != '2'))
        return false;
    for (uint32_t d = 0; d < 4; d++)
        if (s[i + d] < '0' || s[i + d] > '9')
            return false;
    i += 4;
    while (i < n && s[i] == ' ')
        i++;
    return i < n && s[i] == ':';
}

/* The line introducing the list that holds the line starting at byte
   `line`: walking up over lines that open as items (year_item when
   `years`, else item_mark), at most 40, the first that ends with a
   colon.  Its start, or UINT32_MAX when another line comes first. */
static uint32_t list_intro(const hk_extractor *ex, uint32_t line, bool years)
{
    const char *s = ex->nt.s;
    for (int items = 0; items < 40; items++) {
        if (!line || !(years ? year_item(ex, line) : item_mark(ex, line)))
            return UINT32_MAX;
        uint32_t c = line - 1;
        const char *up = memrchr(s, '\n', c);
        line = up ? (uint32_t)(up - s) + 1 : 0;
        while (c > line && s[c - 1] == ' ')
            c--;
        if (c > line && s[c - 1] == ':')
            return line;
    }
    return UINT32_MAX;
}

/* «وفي عمالة إنزكان آيت ملول، جاءت اللوائح على النحو التالي:» and items
   under it, one a line («- حزب الأصالة والمعاصرة: فلانة، الأمينة
   الإقليمية للحزب؛»): the territory (its place in o->terrs, below ti) of
   post t's level that frames a sentence of the line introducing t's list
   (frames_sentence), the last one, when t's line and each line between
   open with an item's mark and that line ends with a colon; a province's
   town stands for it before a provincial post.  Else -1. */
static int list_intro_place(hk_extractor *ex, const order *o, size_t ti,
                            const hk_mention *t)
{
    const char *nl = memrchr(ex->nt.s, '\n', t->ms);
    uint32_t line = nl ? list_intro(ex, (uint32_t)(nl - ex->nt.s) + 1, false)
                       : UINT32_MAX;
    if (line == UINT32_MAX)
        return -1;
    uint32_t intro_end = line_end(ex, line);
    for (size_t r = ti; r-- > 0;) {
        const hk_mention *m = MENTION(ex, o->terrs[r]);
        if (m->ms < line)
            break;
        if (m->me > intro_end || m->territory < 0 || !frames_sentence(ex, m))
            continue;
        const hk_territory *tr = &ex->rules->territories[m->territory];
        if (hk_i_tkind_level(tr->kind) == t->level ||
            (t->level == HK_LEVEL_PROVINCIAL && tr->like_province && !m->typed))
            return (int)r;
    }
    return -1;
}

/* The territory (its place in o->terrs, below ti) of post t's level
   that the line above t's names last, when t opens its line and that
   line opens with «عن» (a signature: «عن فرع الحنشان\nالكاتبة:
   فلانة»); a local post takes a place named like its province too.
   Else -1. */
static int signature_place(const hk_extractor *ex, const order *o, size_t ti,
                           const hk_mention *t)
{
    const char *s = ex->nt.s;
    if (!t->ms || !line_opens_at(ex, t->ms))
        return -1;
    const char *nl = memrchr(s, '\n', t->ms);
    if (!nl || nl == s)
        return -1;
    uint32_t le = (uint32_t)(nl - s);
    const char *up = memrchr(s, '\n', le);
    uint32_t line = up ? (uint32_t)(up - s) + 1 : 0;
    static const char an[] = "\xD8\xB9\xD9\x86 ";     /* «عن » */
    if (le - line < sizeof an - 1 || memcmp(s + line, an, sizeof an - 1))
        return -1;
    for (size_t r = ti; r-- > 0;) {
        const hk_mention *m = MENTION(ex, o->terrs[r]);
        if (m->ms < line)
            break;
        if (m->me <= le &&
            (hk_i_tkind_level(ex->rules->territories[m->territory].kind) == t->level ||
             (t->level == HK_LEVEL_LOCAL && !m->typed &&
              local_twin(ex->rules, m->territory) >= 0)))
            return (int)r;
    }
    return -1;
}

/* «بإقليم أزيلال، عين فلان منسقا إقليميا للحزب», «وفي خنيفرة، يواصل
   المنسق الإقليمي فلان عمله»: a post below the national level that
   names no place is in the place of that level that frames it (a town
   named like its province stands for the province before a provincial
   post, unless a type word said town). */
static void frame_places(hk_extractor *ex, const order *o, phrase *ph)
{
    const hk_territory *terrs = ex->rules->territories;
    size_t ti = 0;
    for (size_t q = 0; q < o->n_posts; q++) {
        size_t k = o->posts[q];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        /* An office too («بجماعة باب تازة، حيث استقبلها رئيس الجماعة») */
        if (ph[k].n_territories || t->level <= HK_LEVEL_NATIONAL)
            continue;
        while (ti < o->n_terrs && MENTION(ex, o->terrs[ti])->me <= t->ms)
            ti++;
        size_t item = line_item(ex, o, ti, t->ms);
        for (size_t r = ti, seen = 0; r-- > 0 && seen < 4; seen++) {
            const hk_mention *m = MENTION(ex, o->terrs[r]);
            if (r == item)
                break;
            if (!frames_sentence(ex, m))
                continue;
            if (stop_between(ex, m->me, t->ms))
                break;
            const hk_territory *tr = &terrs[m->territory];
            bool same = hk_i_tkind_level(tr->kind) == t->level;
            /* «وفي مولاي رشيد، جدد المنخرطون الثقة في فلان كاتبا
               للفرع»: a local post's frame named like a province is the
               local place of that name. */
            int local = t->level == HK_LEVEL_LOCAL && t->number == 1 && !m->typed
                            ? local_twin(ex->rules, m->territory) : -1;
            if (!same && local < 0 &&
                !(t->level == HK_LEVEL_PROVINCIAL && tr->like_province && !m->typed))
                continue;
            ph[k].territories[0] = same ? m->territory
                                   : local >= 0 ? local
                                                : promote_one(ex, (int)o->terrs[r]);
            ph[k].tmentions[0] = o->terrs[r];
            ph[k].n_territories = 1;
            break;
        }
        /* «عن فرع الحنشان\nالكاتبة: فلانة»: a signature's post opening
           its line is in the place of its level the line above, which
           opens with «عن», names last. */
        if (!ph[k].n_territories && t->number == 1) {
            int r = signature_place(ex, o, ti, t);
            if (r >= 0) {
                const hk_mention *m = MENTION(ex, o->terrs[r]);
                int local = t->level == HK_LEVEL_LOCAL && !m->typed
                                ? local_twin(ex->rules, m->territory) : -1;
                ph[k].territories[0] = local >= 0 ? local : m->territory;
                ph[k].tmentions[0] = o->terrs[r];
                ph[k].n_territories = 1;
                continue;
            }
        }
        /* «■ سطات: انتخب المؤتمر الإقليمي ... فلانا كاتبا إقليميا ...»:
           a place opening a line, a colon after it, frames the line (an
           item of a digest, a dateline's paragraph). */
        if (!ph[k].n_territories && item != SIZE_MAX && t->number == 1) {
            const hk_mention *m = MENTION(ex, o->terrs[item]);
            const hk_territory *tr = &terrs[m->territory];
            bool same = hk_i_tkind_level(tr->kind) == t->level;
            if (same || (t->level == HK_LEVEL_PROVINCIAL && tr->like_province &&
                         !m->typed)) {
                ph[k].territories[0] = same ? m->territory
                                            : promote_one(ex, (int)o->terrs[item]);
                ph[k].tmentions[0] = o->terrs[item];
                ph[k].n_territories = 1;
            }
        }
        /* An item of a list its line above introduces with its place. */
        if (!ph[k].n_territories && item == SIZE_MAX && t->number == 1) {
            int r = list_intro_place(ex, o, ti, t);
            if (r >= 0) {
                const hk_mention *m = MENTION(ex, o->terrs[r]);
                bool same = hk_i_tkind_level(terrs[m->territory].kind) == t->level;
                ph[k].territories[0] = same ? m->territory
                                            : promote_one(ex, (int)o->terrs[r]);
                ph[k].tmentions[0] = o->terrs[r];
                ph[k].n_territories = 1;
            }
        }
    }
}

/* «النائب الأول والثاني والثالث للرئيس» to its n holders in turn: the
   i-th gets «النائب الثاني للرئيس» (an accusative rank loses its alef:
   «نائبين ثالثا ورابعا» gives «نائب ثالث»); NULL (the title's own text)
   unless the title is ranks, n of them. */
static const char *rank_text(hk_extractor *ex, const hk_mention *t, size_t i,
                             size_t n)
{
    if (!t->source || strcmp(t->source, "bureau-ranks") || !t->role || n < 2)
        return NULL;
    const char *w[12];
    size_t len[12], nw = 0;
    for (const char *p = t->role; *p && nw < 12;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *e = strchr(p, ' ');
        if (!e)
            e = p + strlen(p);
        w[nw] = p;
        len[nw++] = (size_t)(e - p);
        p = e;
    }
    /* The head, n ranks (all but the first opening with و, D9 88), the rest. */
    if (nw < n + 1)
        return NULL;
    for (size_t r = 2; r <= n; r++)
        if (len[r] < 4 || (unsigned char)w[r][0] != 0xD9 || (unsigned char)w[r][1] != 0x88)
            return NULL;
    if (n + 1 < nw && (unsigned char)w[n + 1][0] == 0xD9 && (unsigned char)w[n + 1][1] == 0x88)
        return NULL;    /* more ranks than holders */
    const char *rank = w[1 + i];
    size_t rlen = len[1 + i];
    if (i) {
        rank += 2;
        rlen -= 2;
    }
    if (rlen > 2 && (unsigned char)rank[rlen - 2] == 0xD8 && (unsigned char)rank[rlen - 1] == 0xA7)
        rlen -= 2;      /* ثالثا → ثالث */
    const char *rest = n + 1 < nw ? w[n + 1] : "";
    size_t cap = len[0] + rlen + strlen(rest) + 3;
    char *out = hk_i_arena_alloc(ex->arena, cap);
    if (!out)
        return NULL;
    snprintf(out, cap, "%.*s %.*s%s%s", (int)len[0], w[0], (int)rlen, rank,
             *rest ? " " : "", rest);
    return out;
}

/* «عين المكتب السياسي كلا من فلان وفلانة منسقين محليين»: is the
   mention after byte offset `end` (mentions from k + 1 on) an indefinite
   title right after it, what the names before it are made, not members
   of the body? */
static bool predicate_after(const hk_extractor *ex, const order *o, size_t k,
                            uint32_t end)
{
    for (size_t j = k + 1; j < o->n; j++) {
        const hk_mention *p = MENTION(ex, o->ix[j]);
        if (p->ms < end)
            continue;
        if (p->type != HK_TITLE || definite(ex, p))
            return false;
        gap g = gap_of(ex, end, p->ms, 0);
        return !g.words && !g.stop && !g.comma && !g.waw;
    }
    return false;
}

/* Is «على التوالي» (respectively) right after position `end`? */
static bool respectively(const hk_extractor *ex, uint32_t end)
{
    size_t t = hk_i_token_at(ex, end);
    if (t >= ex->tokens.len)
        return false;
    const hk_tag *tg = hk_i_tag_at(ex, t, ex->rules->known.list_intro);
    if (!tg || tg->tok_end - tg->tok < 2)    /* «على التوالي», not «هم» */
        return false;
    gap g = gap_of(ex, end, HK_VEC_AT(&ex->tokens, hk_token, t).s, 0);
    return !g.words && !g.stop;
}

/* «انتخب المجلس فلانا وفلانة، النائبة البرلمانية، عضوين بالأمانة
   العامة»: is mention j a title set off by commas after a name, before
   byte offset at, that a list of names passes over? */
static bool apposed_title(hk_extractor *ex, const order *o, size_t j,
                          uint32_t at)
{
    const hk_mention *t = MENTION(ex, o->ix[j]);
    if (t->type != HK_TITLE || !j)
        return false;
    const hk_mention *b = MENTION(ex, o->ix[j - 1]);
    if (!can_hold(b) || b->me > t->ms)
        return false;
    gap after = gap_of(ex, t->me, at, 0), before = gap_of(ex, b->me, t->ms, 0);
    return after.comma && !after.words && !after.stop && before.comma &&
           !before.words && !before.stop && !before.waw;
}

/* «تكليف فلان، عضو المجلس الوطني للحزب، بتسيير الفرع»: the person
   before a title set off by commas that ends right before byte offset
   at (mention k after it), or -1. */
static int person_past_title(hk_extractor *ex, const order *o, size_t k,
                             uint32_t at)
{
    for (size_t j = k, seen = 0; j-- > 0 && seen < 4; seen++) {
        const hk_mention *u = MENTION(ex, o->ix[j]);
        if (u->type == HK_TITLE)
            return apposed_title(ex, o, j, at) ? (int)o->ix[j - 1] : -1;
        if (u->type == HK_PERSON)
            return -1;
    }
    return -1;
}

/* «عُهد إلى كل من أ، وب، وج بمهام الكتابة المحلية بمقاطعات س وص وع، على
   التوالي»: the persons listed before a post whose places follow, one
   place each, in order; «انتخب المجلس كلا من أ وب عضوين بالأمانة
   العامة»: the holders of a plural post.  Returns how many persons were
   found (written to out in text order), 0 unless from `least` to `want`. */
static size_t listed_before_at(hk_extractor *ex, const order *o, size_t k,
                               uint32_t at, int *out, size_t least, size_t want)
{
    size_t n = 0;
    int rev[16];
    for (size_t j = k; j-- > 0 && n < want && n < 16;) {
        const hk_mention *p = MENTION(ex, o->ix[j]);
        if (p->me > at)
            continue;
        /* «فلانة (الأحرار) وفلان الاستقلالي وفلانة عن حزب السنبلة»: a
           name's own party after it (own_parties). */
        const hk_mention *own = p->type == HK_PARTY && j ? MENTION(ex, o->ix[j - 1]) : NULL;
        uint32_t end = p->me;
        if (own && can_hold(own) && own->party && own->me <= p->ms) {
            p = own;
            j--;
        } else if (!can_hold(p)) {
            if (apposed_title(ex, o, j, at)) {
                at = p->ms;
                continue;
            }
            break;
        }
        gap g = gap_of(ex, end, at, 0);
        if (g.words || g.stop || g.connectors)
            break;
        /* Between names: a comma or و; before the post: «بمهام» too. */
        if (n && !g.comma && !g.waw && !opens_with_waw(ex, MENTION(ex, rev[n - 1])))
            break;
        rev[n++] = o->ix[j];
        at = p->ms;
    }
    if (n < least || n > want)
        return 0;
    for (size_t i = 0; i < n; i++)
        out[i] = rev[n - 1 - i];
    return n;
}

static size_t listed_before(hk_extractor *ex, const order *o, size_t k,
                            int *out, size_t least, size_t want)
{
    return listed_before_at(ex, o, k, MENTION(ex, o->ix[k])->ms, out, least, want);
}

/* joined's walk along the words of joining: its calls come in text
   order. */
typedef struct joins_cursor {
    size_t tag;
    const hk_tag *last;
} joins_cursor;

/* «خلفا لفلان الذي التحق بالمكتب السياسي»: the person before a word of
   joining (joins.lex) right before organ k, or -1; the word in *word. */
static int joined(hk_extractor *ex, const order *o, size_t k, joins_cursor *c,
                  const hk_tag **word)
{
    const hk_mention *m = MENTION(ex, o->ix[k]);
    hk_tag_list tl = hk_i_tags_of(ex, ex->rules->known.joins);
    const hk_tag *tags = ex->tags.items;
    /* The longest of those ending last («الذي التحق», not «التحق»). */
    for (; c->tag < tl.n && tags[tl.ix[c->tag]].e <= m->ms; c->tag++)
        if (!c->last || tags[tl.ix[c->tag]].e > c->last->e)
            c->last = &tags[tl.ix[c->tag]];
    const hk_tag *last = c->last;
    if (!last)
        return -1;
    gap g = gap_of(ex, last->e, m->ms, 0);
    if (g.words || g.stop || g.comma || g.waw)
        return -1;
    /* Not «زكى المؤتمر ترشيح فلان لعضوية اللجنة المركزية»: with ل
       joined, the word says what one is put forward for. */
    if (last->s >= last->ts + 2 && (unsigned char)ex->nt.s[last->s - 2] == 0xD9 &&
        (unsigned char)ex->nt.s[last->s - 1] == 0x84)
        return -1;
    *word = last;
    /* «الذي التحق بعضوية المكتب السياسي»: words of joining back to back;
       the person stands before the first. */
    uint32_t from = last->ts, end = last->e;
    for (size_t i = c->tag; i-- > 0;) {
        const hk_tag *t = &tags[tl.ix[i]];
        if (t->e == end) {          /* a longer one ending there */
            if (t->ts < from)
                from = t->ts;
            continue;
        }
        if (t->e > from)
            continue;
        gap h = gap_of(ex, t->e, from, 0);
        if (h.words || h.stop || h.comma || h.waw)
            break;
        from = t->ts;
        end = t->e;
    }
    return person_before(ex, o, k, from);
}

/* «تكليف فلان، عضو المجلس الوطني، بمهام المنسق الإقليمي»: a title
   after a capacity word with «ب» is the verb's complement, as an
   accusative is. */
static bool charged_with(const hk_extractor *ex, const hk_mention *m)
{
    const hk_tag *cap = capacity_before(ex, m);
    if (!cap)
        return false;
    /* ب (D8 A8) in the entry («بمهام») or as its clitic («ب» + «منصب») */
    const unsigned char *w = (const unsigned char *)ex->nt.s + cap->s;
    return (w[0] == 0xD8 && w[1] == 0xA8) ||
           (cap->s >= cap->ts + 2 && w[-2] == 0xD8 && w[-1] == 0xA8);
}

/* «وآلت مهمة نائب الكاتب الإقليمي إلى فلانة»: the person a post named
   after a capacity word (مهمة، منصب) is handed to, or -1. */
static int handed_to(hk_extractor *ex, const order *o, size_t k, uint32_t end)
{
    /* «آلت مهام نائبه إلى فلانة، والمكلف بالتنظيم إلى فلان»: the next
       item of the list, opened by و, hands its post over too. */
    const hk_mention *t = MENTION(ex, o->ix[k]);
    int lex = ex->rules->known.handover;
    /* Most posts have no «إلى» after them: that first, alone. */
    if (!hk_i_tag_at(ex, hk_i_token_at(ex, end), lex) ||
        (!capacity_before(ex, t) && !opens_with_waw(ex, t)))
        return -1;
    return person_after_word(ex, o, k, end, lex, false, NULL);
}

/* The places of a list written before post k in its sentence («هيكلة
   مكاتب المنظمة بكل من بيوكرى وآيت عميرة وماسة، حيث أسندت مهمة ...»):
   its last n territories, of the post's level, joined by commas and و
   only; their count in out (0 when they are not such a list). */
static size_t listed_places_before(hk_extractor *ex, const order *o,
                                   size_t k, size_t n, int *out, int *mout)
{
    const hk_mention *t = MENTION(ex, o->ix[k]);
    uint32_t from = sentence_start(ex, t->ms);
    size_t got = 0;
    uint32_t next = 0;          /* the start of the place read before */
    for (size_t j = k; j-- > 0 && got < n;) {
        const hk_mention *m = MENTION(ex, o->ix[j]);
        if (m->ms < from)
            break;
        if (m->type != HK_TERRITORY) {
            if (got)
                return 0;
            continue;
        }
        if (m->territory < 0 ||
            hk_i_tkind_level(ex->rules->territories[m->territory].kind) != t->level)
            return 0;
        if (got) {
            gap g = gap_of(ex, m->me, next, 0);
            if (g.words || g.stop || g.connectors)
                return 0;
        }
        mout[n - 1 - got] = o->ix[j];
        out[n - 1 - got++] = m->territory;
        next = m->ms;
    }
    return got == n ? n : 0;
}

/* «أسندت مهمة التنسيق المحلي إلى كل من فلان وفلانة وفلان على التوالي»:
   a post handed to a list of persons, «على التوالي» after it, is each
   one's in the places its phrase names, or else in those of a list
   before it in its sentence.  True when it gave the roles. */
static bool handed_to_list(hk_extractor *ex, const order *o, size_t k,
                           phrase *ph, int *holder, bool *ok)
{
    const hk_mention *t = MENTION(ex, o->ix[k]);
    const hk_tag *tg = hk_i_tag_at(ex, hk_i_token_at(ex, ph[k].end),
                                   ex->rules->known.handover);
    if (!tg || t->kind == HK_KIND_ELECTED || !capacity_before(ex, t))
        return false;
    gap g = gap_of(ex, ph[k].end, tg->ts, 0);
    if (g.words || g.stop)
        return false;
    held list[8];
    uint32_t after = HK_VEC_AT(&ex->tokens, hk_token, tg->tok_end - 1).e;
    size_t got = forward(ex, o, k, after, list, 8, true, false);
    if (got < 2)
        return false;
    const hk_mention *last = MENTION(ex, list[got - 1].person);
    uint32_t end = list[got - 1].tmention >= 0 &&
                           MENTION(ex, list[got - 1].tmention)->me > last->me
                       ? MENTION(ex, list[got - 1].tmention)->me : last->me;
    if (!respectively(ex, end))
        return false;
    int places[8], pm[8];
    size_t np = 0;
    if (ph[k].n_territories == got)
        for (; np < got; np++) {
            places[np] = ph[k].territories[np];
            pm[np] = ph[k].tmentions[np];
        }
    else if (!ph[k].n_territories)
        np = listed_places_before(ex, o, k, got, places, pm);
    if (np != got)
        return false;
    for (size_t i = 1; *ok && i < got; i++)
        *ok = add_role(ex, list[i].person, o->ix[k], &ph[k], places[i], NULL);
    /* The first is the post's holder, in the first place only. */
    ph[k].territories[0] = places[0];
    ph[k].tmentions[0] = pm[0];
    ph[k].n_territories = 1;
    holder[k] = list[0].person;
    return true;
}

/* «بتعيين منسقين إقليميين جدد: - إقليم الحوز: فلان، خلفا لفلان؛ - إقليم
   شيشاوة: فلانة», «تيزنيت (فلان)»: after a plural title, items of a
   place, a colon (or a bracket) and a person, from its paragraph or the next up to the paragraph's end.  Gives each person the title in
   their place; returns how many items were read. */
static size_t place_items(hk_extractor *ex, const order *o, size_t k,
                          const phrase *p, bool *ok)
{
    size_t got = 0;
    uint32_t read = p->end;     /* the text checked for a blank line */
    bool lines_only = false;    /* items must open their lines */
    uint32_t item_end = 0;      /* the end of the last item's person */
    for (size_t j = k + 1; *ok && j + 1 < o->n; j++) {
        const hk_mention *t = MENTION(ex, o->ix[j]), *n = MENTION(ex, o->ix[j + 1]);
        if (t->ms < p->end)
            continue;
        /* A blank line may come between «ويتعلق الأمر بـ:» and the
           items, not among them. */
        if (got && paragraph_between(ex, read, t->ms))
            break;
        /* The first item in the paragraph after the title's at the
           latest (not a byline at the article's end: «بولمان: فلان»). */
        if (!got && t->type == HK_TERRITORY && can_hold(n) &&
            paragraphs_between(ex, p->end, t->ms, 2) > 1)
            break;
        /* Another post ends the list; before its first item, one on a
           line of its own may still follow («... بعد مصادقة المنسقة
           الجهوية:» and the items). */
        if (t->type == HK_TITLE || t->type == HK_BODY) {
            /* A title on the last item's line is the item's («إقليم
               قلعة السراغنة: فلانة، رئيسة جماعة العطاوية؛»). */
            if (got && !memchr(ex->nt.s + item_end, '\n', t->ms - item_end))
                continue;
            if (got || t->number > 1)      /* a plural takes them itself */
                break;
            lines_only = true;
            continue;
        }
        read = t->ms;
        if (t->type != HK_TERRITORY || !can_hold(n))
            continue;
        if (lines_only && !line_opens_at(ex, t->ms))
            continue;
        /* The colon right after the place, or dot leaders after a place
           opening its line («مقاطعة جيليز ....... فلان»), nothing else. */
        uint32_t c = t->me, dots = 0;
        while (c < n->ms && ex->nt.s[c] == ' ')
            c++;
        while (c < n->ms && (ex->nt.s[c] == '.' || ex->nt.s[c] == ' '))
            dots += ex->nt.s[c++] == '.';
        bool leaders = dots >= 2 && c == n->ms && line_opens_at(ex, t->ms);
        /* «تيزنيت (يوسف البهلولي)»: the person in brackets, alone. */
        bool bracket = !leaders && c < n->ms && ex->nt.s[c] == '(' &&
                       closes_bracket(ex, n->me);
        if (!leaders && !bracket && (c >= n->ms || ex->nt.s[c] != ':'))
            continue;
        gap g = gap_of(ex, t->me, n->ms, 0);
        if (g.words || (g.stop && !leaders) || g.connectors)
            continue;
        /* «يوسف أخشيشن (بالنيابة)», «فلان، خلفا لفلان». */
        phrase item = *p;
        size_t after = hk_i_token_at(ex, n->me);
        const hk_tag *st = hk_i_tag_at(ex, after, ex->rules->known.status);
        /* Not «فلان، الذي كان يشغل مهمة ...»: that opens another post. */
        if (st && hk_i_tag_at(ex, st->tok_end, ex->rules->known.capacity))
            st = NULL;
        if (st) {
            gap gs = gap_of(ex, n->me, st->ts, 0);
            if (!gs.words && !gs.stop)
                item.status = status_of(ex->rules, st->entry);
        }
        /* «منسقي الشبيبة بالأقاليم: ...، تيزنيت (فلان)»: the town
           named like its province is the province. */
        int place = MENTION(ex, o->ix[k])->level == HK_LEVEL_PROVINCIAL
                        ? promote_one(ex, o->ix[j]) : t->territory;
        *ok = add_role(ex, o->ix[j + 1], o->ix[k], &item, place, NULL);
        int pred = *ok ? predecessor(ex, o, j + 1, n->me) : -1;
        if (pred >= 0) {
            item.status = HK_FORMER;
            *ok = add_role(ex, pred, o->ix[k], &item, place, NULL);
        }
        got++;
        item_end = n->me;
        j++;
    }
    return got;
}

/* «أسندت مهمة الكاتب الإقليمي إلى فلان، عضو اللجنة المركزية، خلفا
   لفلان»: when title j is set off by commas right after its holder, who
   holds a post named before them, the position of that post (the one
   the words after the commas speak of); else SIZE_MAX. */
static size_t apposed_to_post(hk_extractor *ex, const order *o, size_t j,
                              const int *holder, const phrase *ph)
{
    if (!j || holder[j] != (int)o->ix[j - 1] || !closed_after(ex, ph[j].end))
        return SIZE_MAX;
    const hk_mention *p = MENTION(ex, o->ix[j - 1]), *t = MENTION(ex, o->ix[j]);
    gap g = gap_of(ex, p->me, t->ms, 0);
    if (!g.comma || g.words || g.stop || g.waw)
        return SIZE_MAX;
    for (size_t k = j - 1, seen = 0; k-- > 0 && seen < 8; seen++) {
        const hk_mention *u = MENTION(ex, o->ix[k]);
        if (u->type == HK_TITLE && u->me <= p->ms && holder[k] == holder[j])
            return k;
        if (can_hold(u))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* The title right before mention pos, past at most four places, parties
   or bodies (its phrase's), or SIZE_MAX. */
static size_t title_before(const hk_extractor *ex, const order *o, size_t pos)
{
    size_t a = pos;
    while (a > 0 && pos - a < 5 && MENTION(ex, o->ix[a - 1])->type != HK_TITLE) {
        hk_entity_type ty = MENTION(ex, o->ix[a - 1])->type;
        if (ty != HK_TERRITORY && ty != HK_PARTY && ty != HK_BODY)
            return SIZE_MAX;
        a--;
    }
    return a && MENTION(ex, o->ix[a - 1])->type == HK_TITLE ? a - 1 : SIZE_MAX;
}

/* «فلان، الكاتب الإقليمي للفيدرالية، كاتب فرعها بتويسيت سابقا،»: title
   pos right after a comma that closes the phrase of a title its holder
   stands before, set off by a comma or a colon, and closed by a comma or
   a stop itself, is that holder's too; or -1. */
static int second_apposition(const hk_extractor *ex, const order *o,
                             size_t pos, const int *holder, const phrase *ph)
{
    const hk_mention *t = MENTION(ex, o->ix[pos]);
    /* A status word in brackets may close it: «... بتويسيت (سابقا)». */
    uint32_t end = ph[pos].end, b = end;
    while (b < ex->nt.len && ex->nt.s[b] == ' ')
        b++;
    if (b < ex->nt.len && ex->nt.s[b] == '(') {
        const char *c = memchr(ex->nt.s + b, ')', line_end(ex, b) - b);
        uint32_t e = c ? (uint32_t)(c - ex->nt.s) + 1 : b;
        gap g = gap_of(ex, b, e, 0);
        if (c && status_in_brackets(ex, &g, b, e))
            end = e;
    }
    if (!pos || opens_with_waw(ex, t) || t->number != 1 ||
        !(closed_after(ex, end) || stop_after(ex, end)))
        return -1;
    size_t j = title_before(ex, o, pos);
    if (j == SIZE_MAX)
        return -1;
    const hk_mention *first = MENTION(ex, o->ix[j]);
    int h = holder[j];
    if (h < 0 || ph[j].end > t->ms ||
        MENTION(ex, h)->me > first->ms)
        return -1;
    gap between = gap_of(ex, ph[j].end, t->ms, 0);
    gap before = gap_of(ex, MENTION(ex, h)->me, first->ms, 0);
    if (!between.comma || between.words || between.stop || between.waw ||
        !before.comma || before.words || before.stop || before.waw)
        return -1;
    return h;
}

/* The commas in bytes [a, b). */
static unsigned commas_in(const hk_extractor *ex, uint32_t a, uint32_t b)
{
    unsigned n = 0;
    for (uint32_t i = a; i < b; i++)
        n += comma_at(ex, i);
    return n;
}

/* «فلان، أستاذ التعليم الثانوي الذي سبق أن شغل منصب النائب الثالث»:
   the person before a comma, a few words in apposition and a relative
   clause of status or capacity («الذي سبق أن شغل», «الذي يشغل منصب»)
   holds the title after it, or -1; so does one before words set off by
   commas and a capacity word.  With `waw`, the title opens with و
   instead and takes no one after it: «فلانة، أستاذة التعليم الثانوي
   والمستشارة الجماعية بمجلس جماعة تاوريرت». */
static int apposed(hk_extractor *ex, const order *o, size_t pos, bool waw,
                   const int *holder, uint32_t end)
{
    const hk_mention *t = MENTION(ex, o->ix[pos]);
    if (!pos || opens_with_waw(ex, t) != waw)
        return -1;
    size_t q = pos - 1;
    const hk_mention *p = MENTION(ex, o->ix[q]);
    uint32_t from = p->me;      /* where the apposition's words start */
    bool titled = false;
    /* «فلان، مرشح حزب الأصالة والمعاصرة والنائب الأول لرئيس جماعة
       ...»: the apposition names a party before the title. */
    if (waw && p->type == HK_PARTY && q > 0 && can_hold(MENTION(ex, o->ix[q - 1]))) {
        const hk_mention *party = p, *h = MENTION(ex, o->ix[q - 1]);
        gap g1 = gap_of(ex, h->me, party->ms, 3), g2 = gap_of(ex, party->me, t->ms, 0);
        return closed_after(ex, h->me) && g1.words >= 1 && g1.words <= 3 && !g1.stop &&
                       !g1.waw && !g1.intro && commas_in(ex, h->me, t->ms) == 1 && !g2.words &&
                       !g2.stop && !g2.comma && (closed_after(ex, end) || stop_after(ex, end))
                   ? (int)o->ix[q - 1] : -1;
    }
    if (waw && !can_hold(p))
        return -1;
    if (!can_hold(p)) {
        /* «فلان، المستشار الجماعي بجماعة آسفي، الذي أسند إليه منصب
           نائب الكاتبة الإقليمية»: past a title the person holds, with
           its places and party. */
        size_t title = SIZE_MAX;
        for (size_t seen = 0; q > 0 && seen < 5 && !can_hold(MENTION(ex, o->ix[q]));
             q--, seen++) {
            const hk_mention *u = MENTION(ex, o->ix[q]);
            if (u->type == HK_TITLE)
                title = q;
            else if (u->type != HK_TERRITORY && u->type != HK_PARTY &&
                     u->type != HK_BODY)
                return -1;
        }
        p = MENTION(ex, o->ix[q]);
        if (title == SIZE_MAX || !can_hold(p) || holder[title] != o->ix[q])
            return -1;
        titled = true;
    }
    const char *s = ex->nt.s;
    uint32_t i = from;
    while (i < t->ms && s[i] == ' ')
        i++;
    /* ، is D8 8C */
    if (!(i < t->ms && (s[i] == ',' ||
                        (i + 1 < t->ms && (unsigned char)s[i] == 0xD8 &&
                         (unsigned char)s[i + 1] == 0x8C))))
        return -1;
    gap g = gap_of(ex, from, t->ms, 4);
    if ((!g.words && !titled) || g.words > 4 || g.stop || g.waw || g.intro ||
        g.connectors)
        return -1;
    /* With و, the apposition is closed by a comma after the title's
       phrase, and holds no other comma («فلان، أستاذة التعليم الثانوي
       والمستشارة الجماعية ...، بالإجماع»; not «فلان، رئيس الجمعية، أعضاء
       المكتب والكاتب الإقليمي»). */
    if (waw)
        return closed_after(ex, end) && commas_in(ex, i, t->ms) == 1
                   ? (int)o->ix[q] : -1;
    /* «ويشغل الصنهاجي، إلى جانب ذلك، منصب رئيس جماعة تيسة»: words set
       off by two commas, then a capacity word. */
    const hk_tag *cap = capacity_before(ex, t);
    if (cap && g.status < 0 && !titled && g.words) {
        uint32_t j = cap->ts;
        while (j > i && s[j - 1] == ' ')
            j--;
        if (j > i + 1 && (s[j - 1] == ',' ||
                          ((unsigned char)s[j - 2] == 0xD8 && (unsigned char)s[j - 1] == 0x8C)))
            return (int)o->ix[q];
    }
    static const char alladhi[] = " \xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A ";  /* الذي */
    static const char allati[] = " \xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A ";   /* التي */
    size_t len = t->ms - i;
    if (!memmem(s + i, len, alladhi, sizeof alladhi - 1) &&
        !memmem(s + i, len, allati, sizeof allati - 1))
        return -1;
    if (g.status < 0 && !cap)
        return -1;
    return (int)o->ix[q];
}

/* «منسق الحزب بالداخلة، الذي كان منسقا للحزب ببئر أنزران ما بين 2016
   و2021»: a post named by its title alone (no one holds it there), then
   a comma and a relative clause of at most four words before title pos:
   the clause is about the post's holder, whom a role of the same text
   and place already names (roles come in text order: asked after the
   direct links); or -1. */
static int post_relative(const hk_extractor *ex, const order *o, size_t pos,
                         const phrase *ph, const int *holder)
{
    const hk_mention *t = MENTION(ex, o->ix[pos]);
    if (!pos || opens_with_waw(ex, t))
        return -1;
    size_t j = title_before(ex, o, pos);
    if (j == SIZE_MAX)
        return -1;
    const hk_mention *post = MENTION(ex, o->ix[j]);
    if (holder[j] >= 0 || post->number != 1 || post->kind == HK_KIND_ELECTED ||
        ph[j].n_territories != 1 || ph[j].end > t->ms)
        return -1;
    /* A comma right after the post's phrase, then «الذي» or «التي». */
    uint32_t i = ph[j].end;
    while (i < t->ms && ex->nt.s[i] == ' ')
        i++;
    if (i >= t->ms || !comma_at(ex, i))
        return -1;
    size_t w = hk_i_token_at(ex, i);
    if (w >= ex->tokens.len || !(token_is(ex, w, "الذي") || token_is(ex, w, "التي")))
        return -1;
    gap g = gap_of(ex, ph[j].end, t->ms, 4);
    if (g.words > 4 || g.stop || g.waw || commas_in(ex, ph[j].end, t->ms) != 1)
        return -1;
    for (size_t r = 0; r < ex->roles.len; r++) {
        const hk_role_i *h = &HK_VEC_AT(&ex->roles, hk_role_i, r);
        if (h->kind == HK_KIND_PARTY && h->status == HK_CURRENT &&
            h->territory == ph[j].territories[0] &&
            !strcmp(MENTION(ex, h->title)->role, post->role))
            return h->person;
    }
    return -1;
}

/* «ويشغل أوحدو منذ سنة 2021 منصب رئيس جماعة أكلموس»: the person right
   after a verb of holding (hold-verbs.lex), up to four words before the
   capacity word cap of post pos, in one clause; or -1. */
static int verb_subject(hk_extractor *ex, const order *o, size_t pos,
                        const hk_tag *cap)
{
    for (size_t j = pos; j-- > 0;) {
        const hk_mention *p = MENTION(ex, o->ix[j]);
        if (p->me > cap->ts)
            continue;
        if (!can_hold(p))
            return -1;
        gap g = gap_of(ex, p->me, cap->ts, 4);
        if (g.words > 4 || g.stop || g.comma || g.waw || g.connectors)
            return -1;
        size_t t = hk_i_token_at(ex, p->ms);
        if (!t || t > ex->tokens.len ||
            !hk_i_word_is(ex, t - 1, ex->rules->known.hold_verbs))
            return -1;
        return (int)o->ix[j];
    }
    return -1;
}

/* «... الكاتب الجهوي الجديد، وهو ...»: post j, definite and singular,
   stands for its holder, or, holding no one, for the holder of the same
   post (the same title, level, place and party, held now, not former or
   interim) named last before it; or -1. */
static int post_holder(hk_extractor *ex, const order *o, size_t j,
                       const phrase *ph, const int *holder)
{
    const hk_mention *t = MENTION(ex, o->ix[j]);
    if (t->type != HK_TITLE || t->number > 1)
        return -1;
    if (holder[j] >= 0)
        return holder[j];
    if (!definite(ex, t) || !t->role)
        return -1;
    int terr = territory_for(&ph[j], 0);
    hk_level level = post_place(ex, t, &terr);
    if (level == HK_LEVEL_NONE)
        return -1;
    const char *party = ph[j].party ? ph[j].party : ph[j].line_party;
    /* Back over at most 256 mentions: a long document's references stay
       linear. */
    for (size_t i = j, seen = 0; i-- > 0 && seen++ < 256;) {
        const hk_mention *u = MENTION(ex, o->ix[i]);
        if (u->type != HK_TITLE || holder[i] < 0 || !u->role ||
            strcmp(u->role, t->role) || ph[i].status > HK_CURRENT)
            continue;
        int uterr = territory_for(&ph[i], 0);
        hk_level ulevel = post_place(ex, u, &uterr);
        const char *uparty = ph[i].party ? ph[i].party : ph[i].line_party;
        if (ulevel == level && uterr == terr &&
            (!party || !uparty || !strcmp(party, uparty)))
            return holder[i];
    }
    return -1;
}

/* The person named last before byte `at`, from byte `from` on, within
   twenty words («وتعد فلانة، وهي أستاذة جامعية وفاعلة جمعوية، أول امرأة
   تتولى هذه المسؤولية بالعمالة، وسبق لها أن شغلت منصب ...»); a post
   standing for its holder (post_holder) counts. */
static int named_last(hk_extractor *ex, const order *o, size_t pos,
                      uint32_t from, uint32_t at, const phrase *ph,
                      const int *holder)
{
    for (size_t k = pos; k-- > 0;) {
        const hk_mention *p = MENTION(ex, o->ix[k]);
        if (p->me > at)
            continue;
        if (p->ms < from || gap_of(ex, p->me, at, 20).words > 20)
            return -1;
        if (can_hold(p))
            return o->ix[k];
        int h = post_holder(ex, o, k, ph, holder);
        if (h >= 0)
            return h;
    }
    return -1;
}

/* «... عن مساره الحزبي، الذي لخصه بلاغ الحزب كما يلي:» and under it
   «- 2015: انتخب كاتبا لفرع الحزب بالكريمات»: a complement post k on a
   timeline's line, no one named before it there, is held by the person
   the line introducing the timeline (ending with a colon) names last.
   *later: a timeline's line follows (the post was held before). */
static int timeline_holder(hk_extractor *ex, const order *o, size_t k,
                           const phrase *ph, const int *holder, bool *later)
{
    const char *s = ex->nt.s;
    const hk_mention *t = MENTION(ex, o->ix[k]);
    const char *nl = memrchr(s, '\n', t->ms);
    uint32_t line = list_intro(ex, nl ? (uint32_t)(nl - s) + 1 : 0, true);
    if (line == UINT32_MAX)
        return -1;
    uint32_t le = line_end(ex, t->ms);
    *later = le < ex->nt.len && year_item(ex, le + 1);
    uint32_t c = line_end(ex, line);
    while (c > line && s[c - 1] == ' ')
        c--;
    return named_last(ex, o, k, line, c - 1, ph, holder);
}

/* Does token t open a clause before a verb: «كما», «قد», «كان», «أنه» ...
   (with a joined و or ف)?  0 for no, 2 for «كان» and «كانت» (the post
   was held before), 1 for the others. */
static int clause_opener(const hk_extractor *ex, size_t t)
{
    static const char *const words[] = {
        "\xD9\x83\xD9\x85\xD8\xA7",                 /* كما */
        "\xD9\x82\xD8\xAF",                         /* قد */
        "\xD9\x83\xD8\xA7\xD9\x86",                 /* كان */
        "\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA",         /* كانت */
        "\xD8\xA7\xD9\x86\xD9\x87",                 /* انه */
        "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7",         /* انها */
    };
    const hk_token *tok = ex->tokens.items;
    const char *w = ex->nt.s + tok[t].s;
    size_t n = tok[t].e - tok[t].s;
    if (n > 2 && (unsigned char)w[0] == 0xD9 &&
        ((unsigned char)w[1] == 0x88 || (unsigned char)w[1] == 0x81)) {
        w += 2;     /* و، ف */
        n -= 2;
    }
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && !memcmp(w, words[i], n))
            return i == 2 || i == 3 ? 2 : 1;
    return 0;
}

/* «...، كما يشغل منصب المنسق الإقليمي», «كما أنه يشغل منصب ...»,
   «ويتولى أيضا مهمة ...», «وكان قد شغل قبل ذلك مهمة ...»: a verb of
   holding up to three words before the capacity word cap (no name
   between), with no name after it (verb_subject found none).  Its
   subject is the person named last before the clause (named_last) in
   its sentence, or, when the clause opens the sentence, in the sentence
   before; -1 when there is none.  *opens: where the clause opens; *past:
   whether «كان» opens it («وكان قد شغل»: a former post). */
static int implied_subject(hk_extractor *ex, const order *o, size_t pos,
                           const hk_tag *cap, const phrase *ph,
                           const int *holder, uint32_t *opens, bool *past)
{
    const hk_token *tok = ex->tokens.items;
    int hold = ex->rules->known.hold_verbs;
    size_t v = cap->tok;
    for (size_t d = 1; d <= 4 && d <= cap->tok; d++)
        if (hk_i_word_is(ex, cap->tok - d, hold)) {
            v = cap->tok - d;
            break;
        }
    /* «التي تولت ما بين 2003 و2015 مهمة ...»: a span of years between
       the verb and the capacity word; one closed before the article's
       latest year makes the post former. */
    bool closed = false;
    for (size_t d = 5; v == cap->tok && d <= 8 && d <= cap->tok; d++)
        if (hk_i_word_is(ex, cap->tok - d, hold)) {
            uint32_t at = tok[cap->tok - d].e;
            int y = span_end(ex, &at), latest;
            while (at < cap->ts && ex->nt.s[at] == ' ')
                at++;
            if (y && at == cap->ts) {
                v = cap->tok - d;
                closed = (latest = latest_year(ex)) == 0 || y < latest;
            }
            break;
        }
    if (v == cap->tok ||
        (v + 1 < cap->tok &&
         lex_within(ex, ex->rules->known.given_names, tok[v + 1].s, cap->ts)))
        return -1;
    /* «ويتولى مهمة مقرر اللجنة كاتب فرع البروج، فلان»: a title or a
       name right after the post is the verb's subject. */
    if (pos + 1 < o->n) {
        const hk_mention *next = MENTION(ex, o->ix[pos + 1]);
        gap g = gap_of(ex, ph[pos].end, next->ms, 0);
        if ((next->type == HK_TITLE || can_hold(next)) && next->ms >= ph[pos].end &&
            !g.words && !g.stop && !g.comma && !g.waw &&
            !opens_with_preposition(ex, next))
            return -1;
    }
    size_t first = v;
    int op;
    *past = closed;
    while (first > 0 && v - first < 3 && (op = clause_opener(ex, first - 1))) {
        *past = *past || op == 2;
        first--;
    }
    /* «وسبق لها أن شغلت منصب ...»: a status phrase (status.lex) ending
       with the verb. */
    for (size_t b = v >= 3 ? v - 3 : 0; b < v; b++) {
        const hk_tag *st = hk_i_tag_at(ex, b, ex->rules->known.status);
        if (st && st->tok_end == v + 1) {
            *past = *past || status_of(ex->rules, st->entry) == HK_FORMER;
            if (b < first)
                first = b;
            break;
        }
    }
    *opens = tok[first].s;
    /* Its sentence, or the one before when it opens its sentence. */
    uint32_t from = sentence_start(ex, *opens);
    if (from > 0 && (from == *opens || !gap_of(ex, from, *opens, 1).words))
        from = sentence_start(ex, from - 1);
    return named_last(ex, o, pos, from, *opens, ph, holder);
}

/* «ويخلف فلان فلانا على رأس الكتابة», «فلانة تخلف فلانا على رأس ...»:
   the person prev named before the post's holder by a verb of succession
   (succeed-verbs.lex), or -1; prev is the holder's mention. */
static int successor_of(hk_extractor *ex, const order *o, int prev)
{
    int verbs = ex->rules->known.succeed_verbs;
    if (verbs < 0 || !hk_i_tags_of(ex, verbs).n)
        return -1;      /* most articles: no such verb */
    size_t j = 0;
    while (j < o->n && (int)o->ix[j] != prev)
        j++;
    if (!j || j == o->n)
        return -1;
    const hk_mention *y = MENTION(ex, prev), *x = MENTION(ex, o->ix[j - 1]);
    if (!can_hold(x))
        return -1;
    const hk_token *tok = ex->tokens.items;
    /* Between the two: the verb alone, or nothing (the verb before the
       first: «ويخلف فلان فلانا»). */
    gap g = gap_of(ex, x->me, y->ms, 1);
    if (g.stop || g.comma || g.waw) 
        return -1;
    if (g.words == 1) {
        size_t t = hk_i_token_at(ex, x->me);
        return t < ex->tokens.len && tok[t].e <= y->ms &&
                       hk_i_word_is(ex, t, verbs)
                   ? (int)o->ix[j - 1] : -1;
    }
    if (g.words)
        return -1;
    size_t t = hk_i_token_at(ex, x->ms);
    return t && t <= ex->tokens.len && hk_i_word_is(ex, t - 1, verbs)
               ? (int)o->ix[j - 1] : -1;
}

/* «المنسقان المحليان بجماعتي بركين والصباب بإقليم جرسيف، فلان وفلان»:
   when the phrase names as many places of the post's level as there are
   holders (and others above it), the i-th of them; else its first place. */
static int at_level(const hk_extractor *ex, const phrase *p, hk_level level,
                    size_t holders, size_t i)
{
    size_t n = 0;
    int pick = -1;
    for (size_t j = 0; j < p->n_territories; j++) {
        int terr = p->territories[j];
        if (terr >= 0 &&
            hk_i_tkind_level(ex->rules->territories[terr].kind) == level) {
            if (n == i)
                pick = terr;
            n++;
        }
    }
    return n == holders && pick >= 0 ? pick : territory_for(p, 0);
}

/* «فلانة، عضوة المجلس الوطني، التي سبق لها أن تولت كتابة فرع جيليز»,
   «فلان، الذي قاد الكتابة الإقليمية»: the person a relative clause is
   about, the clause opening with the verb at token tv: «الذي» or «التي»
   (before «كان», «سبق (له|لها) أن») after a comma, and the person right
   before that comma or before a post set off by commas, with its places
   and party.  Returns -1 for no relative clause there, -2 for one whose
   person is not found; *was: «سبق ... أن» puts the post in the past. */
static int relative_holder(const hk_extractor *ex, const order *o, size_t k,
                           size_t tv, bool *was)
{
    size_t t = tv;
    *was = false;
    if (t >= 1 && (token_is(ex, t - 1, "كان") || token_is(ex, t - 1, "كانت")))
        t--;
    if (t >= 2 && token_is(ex, t - 1, "ان")) {
        size_t u = t - 2;
        if (u && (token_is(ex, u, "له") || token_is(ex, u, "لها")))
            u--;
        if (!token_is(ex, u, "سبق"))
            return -1;
        *was = true;
        t = u;
    }
    if (!t || !(token_is(ex, t - 1, "الذي") || token_is(ex, t - 1, "التي")))
        return -1;
    uint32_t i = HK_VEC_AT(&ex->tokens, hk_token, t - 1).s;
    while (i > 0 && ex->nt.s[i - 1] == ' ')
        i--;
    if (i < 2 || !(comma_at(ex, i - 1) || comma_at(ex, i - 2)))
        return -2;
    /* The mentions before the comma, back to the person: a post and its
       places and party in apposition, up to five. */
    size_t j = k;
    while (j > 0 && MENTION(ex, o->ix[j - 1])->ms >= i)
        j--;
    bool titled = false;
    for (size_t seen = 0; j > 0 && seen < 6; seen++) {
        const hk_mention *p = MENTION(ex, o->ix[j - 1]);
        if (can_hold(p)) {
            gap g = gap_of(ex, p->me, titled ? MENTION(ex, o->ix[j])->ms : i, 0);
            bool ok = titled ? g.comma && !g.words && !g.stop && !g.waw
                             : !g.words && !g.stop && !g.waw;
            return ok ? (int)o->ix[j - 1] : -2;
        }
        if (p->type == HK_TITLE)
            titled = true;
        else if (p->type != HK_TERRITORY && p->type != HK_PARTY &&
                 p->type != HK_BODY)
            return -2;
        j--;
    }
    return -2;
}

/* «يقود سعيد الشابي الكتابة الإقليمية», «يسير الكتابة الجهوية للحزب منذ
   2021 فلان»: a verb of leading (lead-verbs.lex) right before an organ's
   subject right before it, or right before the organ with its subject
   after the organ's phrase (ph[k]) or after a post of its own right
   after that phrase; the subject, the verb in *verb; or -1. */
static int led_subject(hk_extractor *ex, const order *o, size_t k,
                       const phrase *ph, const hk_tag **verb, bool *was)
{
    *was = false;
    const int lex = ex->rules->known.lead_verbs;
    const hk_mention *t = MENTION(ex, o->ix[k]);
    if (lex < 0)
        return -1;
    if (k > 0 && can_hold(MENTION(ex, o->ix[k - 1]))) {
        const hk_mention *p = MENTION(ex, o->ix[k - 1]);
        gap g = gap_of(ex, p->me, t->ms, 0);
        if (!g.words && !g.stop && !g.comma &&
            (*verb = hk_i_tag_before(ex, p, lex, 3)))
            return o->ix[k - 1];
    }
    if (!(*verb = hk_i_tag_before(ex, t, lex, 3)))
        return -1;
    /* «فلان، الذي قاد الكتابة الإقليمية»: the relative's person. */
    int rel = relative_holder(ex, o, k, (*verb)->tok, was);
    if (rel != -1)
        return rel < 0 ? -1 : rel;
    /* «3. فلان: قاد الأمانة الإقليمية ...»: an item's name before a
       colon, the verb right after it. */
    uint32_t c = HK_VEC_AT(&ex->tokens, hk_token, (*verb)->tok).s;
    while (c > 0 && ex->nt.s[c - 1] == ' ')
        c--;
    if (c > 0 && ex->nt.s[c - 1] == ':') {
        int who = person_before(ex, o, k, c - 1);
        if (who >= 0)
            return who;
    }
    /* past «منذ 2021» */
    uint32_t end = ph[k].end, at = end;
    if (skip_word(ex->nt.s, (uint32_t)ex->nt.len, &at, "منذ") &&
        year_at(ex->nt.s, (uint32_t)ex->nt.len, &at))
        end = at;
    held one[1];
    if (forward(ex, o, k, end, one, 1, false, false))
        return one[0].person;
    /* «ويسير التنسيقية الإقليمية بالنيابة المنسق المحلي بعين العودة،
       فلان»: a subject named by its own post, the name after it. */
    size_t j = k + 1;
    while (j < o->n && MENTION(ex, o->ix[j])->ms < end)
        j++;
    if (j >= o->n || MENTION(ex, o->ix[j])->type != HK_TITLE ||
        MENTION(ex, o->ix[j])->number > 1)
        return -1;
    gap g = gap_of(ex, end, MENTION(ex, o->ix[j])->ms, 0);
    if (g.words || g.stop || g.comma || g.waw)
        return -1;
    return forward(ex, o, j, ph[j].end, one, 1, false, false) ? one[0].person : -1;
}

/* Byte length of the article or the preposition opening a body's name
   («ال», «لل», «ل»), so that «للجنة التحضيرية» and «اللجنة» compare. */
static uint32_t article_len(const char *w, uint32_t n)
{
    static const char al[] = "ال", ll[] = "لل", l[] = "ل";
    if (n > 4 && (!memcmp(w, al, 4) || !memcmp(w, ll, 4)))
        return 4;
    return n > 2 && !memcmp(w, l, 2) ? 2 : 0;
}

/* «اللجنة التحضيرية للمؤتمر الوطني ...، وأسندت رئاسة اللجنة التحضيرية
   إلى فلان»: an organ named again by the first words of its full name,
   among the 32 organs named before it, has that name's level (a bound:
   a long document is not read in pairs). */
static void named_in_full(hk_extractor *ex, const order *o)
{
    enum { BACK = 32 };
    const hk_mention *seen[BACK];
    size_t n = 0;
    const char *s = ex->nt.s;
    for (size_t q = 0; q < o->n_posts; q++) {
        hk_mention *m = MENTION(ex, o->ix[o->posts[q]]);
        if (m->type != HK_BODY || m->number > 1)
            continue;
        uint32_t ma = article_len(s + m->ms, m->me - m->ms);
        uint32_t mlen = m->me - m->ms - ma;
        for (size_t r = 0; r < n && r < BACK; r++) {  /* the latest first */
            const hk_mention *b = seen[(n - 1 - r) % BACK];
            uint32_t ba = article_len(s + b->ms, b->me - b->ms);
            if (b->level != m->level && b->me - b->ms - ba > mlen &&
                s[b->ms + ba + mlen] == ' ' &&
                !memcmp(s + b->ms + ba, s + m->ms + ma, mlen)) {
                m->level = b->level;
                break;
            }
        }
        seen[n++ % BACK] = m;
    }
}

/* «ينعقد المؤتمر الإقليمي للحزب بسطات ... يرأس اللجنة التحضيرية
   فلان»: a congress's organ named without its congress (congress=1 in
   bodies.lex) is of the level of the congress named last before it
   (level= in assemblies.lex). */
static void congress_levels(hk_extractor *ex, const order *o)
{
    const char *congress = ex->rules->keys.congress;
    hk_tag_list cg = hk_i_tags_of(ex, ex->rules->known.assemblies);
    if (!congress || !cg.n)
        return;
    size_t c = 0;
    hk_level level = HK_LEVEL_NONE;
    for (size_t q = 0; q < o->n_posts; q++) {
        hk_mention *m = MENTION(ex, o->ix[o->posts[q]]);
        if (!hk_i_mention_key(m, congress))
            continue;
        for (; c < cg.n; c++) {
            const hk_tag *tg = &HK_VEC_AT(&ex->tags, hk_tag, cg.ix[c]);
            if (tg->ts >= m->ms)
                break;
            const char *lv = hk_i_entry_key(tg->entry, ex->rules->keys.level);
            if (lv)
                level = hk_i_parse_level(lv);
        }
        if (level != HK_LEVEL_NONE)
            m->level = level;
    }
}

/* «فرعين محليين للمنظمة في X وY، تقودهما على التوالي فلانة وفلانة»: a
   dual or plural organ's heads, after a led-by word of the dual (its
   number=), one to each place it serves in turn; «على التوالي» before or
   after the names.  A head's own title before the name («اللتان يقودهما
   على التوالي المنسق المحلي فلان والمنسقة المحلية فلانة») takes that
   place for its own link; a name alone holds the word's post here. */
static bool heads_in_turn(hk_extractor *ex, const order *o, size_t k,
                          phrase *ph)
{
    const hk_mention *t = MENTION(ex, o->ix[k]);
    size_t tv = hk_i_token_at(ex, ph[k].end);
    if (tv >= ex->tokens.len)
        return true;
    gap g = gap_of(ex, ph[k].end, HK_VEC_AT(&ex->tokens, hk_token, tv).s, 0);
    if (g.words || g.stop)
        return true;
    /* past the dual's relative: «اللتان يقودهما» */
    if (tv + 1 < ex->tokens.len &&
        (token_is(ex, tv, "اللتان") || token_is(ex, tv, "اللتين") ||
         token_is(ex, tv, "اللذان") || token_is(ex, tv, "اللذين")))
        tv++;
    const hk_tag *tg = hk_i_tag_at(ex, tv, ex->rules->known.led_by);
    if (!tg || !hk_i_entry_key(tg->entry, ex->rules->keys.number))
        return true;
    size_t places[8], n = 0;
    hk_level lv = level_of(ex, t, territory_for(&ph[k], 0));
    for (size_t i = 0; i < ph[k].n_territories; i++)
        if (serves(ex, lv, &ph[k], i))
            places[n++] = i;
    uint32_t at = HK_VEC_AT(&ex->tokens, hk_token, tg->tok_end - 1).e;
    bool in_turn = respectively(ex, at);
    int who[8];
    size_t titled[8], got = 0;
    for (size_t j = k + 1; j < o->n && got < n; j++) {
        const hk_mention *p = MENTION(ex, o->ix[j]);
        if (p->ms < at)
            continue;
        gap gi = gap_of(ex, at, p->ms, 0);
        bool waw = gi.waw || opens_with_waw(ex, p);
        if (gi.words || gi.stop || (got ? !waw : waw))
            break;
        titled[got] = SIZE_MAX;
        if (p->type == HK_TITLE && p->number == 1 && j + 1 < o->n) {
            const hk_mention *q = MENTION(ex, o->ix[j + 1]);
            gap gq = gap_of(ex, p->me, q->ms, 0);
            if (gq.words || gq.stop || gq.waw)
                break;
            titled[got] = j++;
            p = q;
        }
        if (!can_hold(p))
            break;
        who[got++] = o->ix[j];
        at = p->me;
    }
    if (got < 2 || got != n || !(in_turn || respectively(ex, at)))
        return true;
    const char *post = hk_i_entry_key(tg->entry, ex->rules->keys.post);
    const char *text = post ? join_words(ex, post, t->role) : NULL;
    bool ok = true;
    for (size_t i = 0; ok && i < got; i++) {
        size_t at_place = places[i];
        if (titled[i] != SIZE_MAX) {
            phrase *own = &ph[titled[i]];
            own->territories[0] = ph[k].territories[at_place];
            own->tmentions[0] = ph[k].tmentions[at_place];
            own->n_territories = 1;
            if (!own->party)
                own->party = ph[k].party;
        } else if (text) {
            ok = add_role(ex, who[i], o->ix[k], &ph[k],
                          ph[k].territories[at_place], text);
        }
    }
    return ok;
}

/* Does a quotation mark end right before byte i: '"' for either side,
   '«' (C2 AB) or '“' (E2 80 9C) opening, '»' (C2 BB) or '”' (E2 80 9D)
   closing? */
static bool quote_ends_at(const char *s, uint32_t i, bool opening)
{
    const unsigned char *u = (const unsigned char *)s;
    return (i >= 1 && u[i - 1] == '"') ||
           (i >= 2 && u[i - 2] == 0xC2 && u[i - 1] == (opening ? 0xAB : 0xBB)) ||
           (i >= 3 && u[i - 3] == 0xE2 && u[i - 2] == 0x80 &&
            u[i - 1] == (opening ? 0x9C : 0x9D));
}

/* «"بصفتي كاتبة إقليمية للحزب بطاطا ...". بهذه الكلمات افتتحت فلانة»,
   «"بصفتي منسقا ..."، يقول فلان»: a post the speaker gives themself
   (capacity.lex speaker=1) in a quotation that no name comes before in
   its paragraph is held by the person named first after the quotation
   closes, in the paragraph and at most eight words past the closing mark;
   or -1. */
static int quoted_speaker(const hk_extractor *ex, const order *o, size_t k,
                          uint32_t end)
{
    const hk_mention *t = MENTION(ex, o->ix[k]);
    const hk_tag *cap = capacity_before(ex, t);
    if (!cap || !hk_i_entry_key(cap->entry, ex->rules->keys.speaker))
        return -1;
    const char *s = ex->nt.s;
    uint32_t len = (uint32_t)ex->nt.len, q = end;
    /* An opening mark before the word, in its paragraph: the post is
       quoted. */
    uint32_t a = cap->ts;
    while (a > 0 && s[a - 1] != '\n' && !quote_ends_at(s, a, true))
        a--;
    if (a == 0 || s[a - 1] == '\n')
        return -1;
    /* Its speaker named before it («وقال فلان: "بصفتي ..."») holds the
       post already: no one may be named in the paragraph before it. */
    uint32_t para = a - 1;
    while (para > 0 && s[para - 1] != '\n')
        para--;
    for (size_t i = 0; i < o->n_persons; i++) {
        const hk_mention *m = MENTION(ex, o->persons[i]);
        if (m->ms >= para && m->ms < a)
            return -1;
    }
    /* The closing mark after the post. */
    while (q < len && s[q] != '\n' && !quote_ends_at(s, q + 1, false) &&
           !(q + 1 < len && quote_ends_at(s, q + 2, false)) &&
           !(q + 2 < len && quote_ends_at(s, q + 3, false)))
        q++;
    if (q >= len || s[q] == '\n')
        return -1;
    for (size_t i = 0; i < o->n_persons; i++) {
        const hk_mention *m = MENTION(ex, o->persons[i]);
        if (m->ms <= q)
            continue;
        gap g = gap_of(ex, q + 1, m->ms, 8);
        return g.words <= 8 && !memchr(s + q, '\n', m->ms - q) ? (int)o->persons[i] : -1;
    }
    return -1;
}

static hk_status link_all(hk_extractor *ex, const order *o, hk_error *err)
{
    size_t n = o->n;
    /* In the document's arena: ph[k] is written for each title and body,
       the only ones read. */
    int *holder = hk_i_arena_alloc_raw(ex->arena, (n ? n : 1) * sizeof *holder);
    phrase *ph = hk_i_arena_alloc_raw(ex->arena, (n ? n : 1) * sizeof *ph);
    if (!holder || !ph)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    bool ok = true;
    const struct hk_keys *keys = &ex->rules->keys;
    joins_cursor jc = {0, NULL};
    int took_after = -1;        /* the person the last title took after it */
    named_in_full(ex, o);
    congress_levels(ex, o);
    for (size_t p = 0; p < o->n_posts; p++)
        qualify(ex, o, o->posts[p], &ph[o->posts[p]]);
    promote(ex, o, ph);
    borrow_levels(ex, o, ph);
    clause_places(ex, o, ph);
    council_places(ex, o, ph);
    sentence_places(ex, o, ph);
    region_heads(ex, o, ph);
    if (!article_units(ex, o, ph))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    /* After article_units: a sentence's frame does not make the place
       the article's. */
    frame_places(ex, o, ph);
    line_places(ex, o, ph);
    /* «جدد فرع الحزب بالمدينة مكتبه، وأعاد انتخاب فلان كاتبا محليا»: a
       place word's place, lent in its sentence too. */
    if (here_places(ex, o, ph))
        sentence_places(ex, o, ph);
    /* Direct links. */
    for (size_t k = 0; k < n; k++)
        holder[k] = -1;
    for (size_t q = 0; q < o->n_posts; q++) {
        size_t k = o->posts[q];
        hk_mention *t = MENTION(ex, o->ix[k]);
        if (t->type == HK_BODY) {
            if (t->ref < 0) {   /* a body of its own, not inside a title */
                const char *party = ph[k].party ? ph[k].party : ph[k].line_party;
                int terr = territory_for(&ph[k], 0);
                hk_level lv = level_of(ex, t, terr);
                /* A council's, or another body's (resolve.c
                   of_organisation), shows no party unit. */
                bool council = t->kind == HK_KIND_ELECTED || t->foreign;
                for (size_t i = 0; ok && !council && i < (ph[k].n_territories ? ph[k].n_territories : 1); i++) {
                    terr = territory_for(&ph[k], i);
                    /* «فرع الحزب بمقاطعة النخيل بمراكش»: the city only
                       locates the arrondissement. */
                    if (ph[k].n_territories > 1 && !serves(ex, lv, &ph[k], i))
                        continue;
                    /* «الفروع المحلية», plural and with no place named, is
                       no one unit of the article's place. */
                    if (terr < 0 && lv != HK_LEVEL_NATIONAL && t->number == 1)
                        terr = implicit_territory(ex, lv, false);
                    ok = add_unit(ex, lv, terr, party, t->role);
                }
                /* «كلف فلان بتسيير الكتابة الإقليمية»: its head (one
                   body in one place: a list of places is read «على
                   التوالي» below). */
                const hk_tag *cap = council || t->number > 1 ||
                                    ph[k].n_territories > 1
                                        ? NULL : capacity_before(ex, t);
                /* «آلت رئاسة المجلس الإقليمي للحزب إلى فلان»: handed
                   to the person after «إلى», else held by the one
                   before. */
                int head = cap ? person_after_word(ex, o, k, ph[k].end,
                                                   ex->rules->known.handover,
                                                   false, NULL)
                               : -1;
                if (cap && head < 0)
                    head = backward(ex, o, k);
                /* «وكانت فلانة قد انتخبت على رأس الأمانة الجهوية» */
                if (cap && head < 0) {
                    uint32_t v = chosen_before(ex, cap->ts);
                    head = v < cap->ts ? person_before(ex, o, k, v) : -1;
                }
                if (cap && head < 0)
                    head = person_past_title(ex, o, k, cap->ts);
                if (ok && head >= 0) {
                    phrase as = ph[k];
                    const char *st = hk_i_entry_key(cap->entry, ex->rules->keys.status);
                    if (st && !strcmp(st, "interim"))
                        as.status = HK_INTERIM;
                    const char *word = hk_i_entry_key(cap->entry, ex->rules->keys.def);
                    const char *text = join_words(ex, word ? word
                                                  : hk_i_span_display(ex, cap->s, cap->e),
                                                  t->role);
                    /* «ويخلف فلان فلانا على رأس الكتابة الإقليمية»: the
                       head before held it; the verb's subject holds it. */
                    int now = successor_of(ex, o, head);
                    if (now >= 0) {
                        phrase before = as;
                        before.status = HK_FORMER;
                        ok = text && add_role(ex, head, o->ix[k], &before,
                                              territory_for(&ph[k], 0), text);
                        head = now;
                    }
                    ok = ok && text && add_role(ex, head, o->ix[k], &as,
                                                territory_for(&ph[k], 0), text);
                    /* «... على رأس الأمانة الجهوية في الربيع الماضي، حيث
                       خلفت فلانا»: the one before held it. */
                    int pred = ok && now < 0 ? predecessor(ex, o, k, ph[k].end) : -1;
                    if (pred >= 0 && pred != head) {
                        as.status = HK_FORMER;
                        ok = add_role(ex, pred, o->ix[k], &as,
                                      territory_for(&ph[k], 0), text);
                    }
                }
                /* «الكتابة الجهوية، التي يرأسها فلان»: its head; the
                   word's post= names the post («رئيس»); a council's too
                   («المجلس الجماعي الذي يرأسه فلان»), not another body's.
                   Not after an assembly of the body («الجمع العام لفرع
                   الحزب، الذي ترأسه الكاتب الإقليمي»: its chair). */
                const hk_tag *led = NULL;
                int chair = t->foreign || t->number > 1 || assembly_before(ex, t) ? -1
                            : person_after_word(ex, o, k, ph[k].end,
                                                ex->rules->known.led_by, true, &led);
                if (ok && t->number > 1 && !council && ph[k].n_territories > 1)
                    ok = heads_in_turn(ex, o, k, ph);
                const char *post = chair >= 0 ? hk_i_entry_key(led->entry, keys->post) : NULL;
                if (ok && post) {
                    /* «التي يسيرها بالنيابة فلان»: a status word right
                       after the verb is the head's. */
                    phrase as = ph[k];
                    const hk_tag *st = hk_i_tag_at(ex, led->tok_end,
                                                   ex->rules->known.status);
                    if (as.status < 0 && st && !gap_of(ex, led->e, st->ts, 0).words)
                        as.status = status_of(ex->rules, st->entry);
                    const char *text = join_words(ex, post, t->role);
                    ok = text && add_role(ex, chair, o->ix[k], &as,
                                          territory_for(&ph[k], 0), text);
                }
                const hk_tag *verb = NULL;
                bool was = false;
                int leader = chair >= 0 || head >= 0 || council || t->number > 1
                                 ? -1 : led_subject(ex, o, k, ph, &verb, &was);
                post = leader >= 0 ? hk_i_entry_key(verb->entry, keys->post) : NULL;
                if (ok && post) {
                    phrase as = ph[k];
                    if (as.status < 0)
                        as.status = was ? HK_FORMER : status_of(ex->rules, verb->entry);
                    const char *text = join_words(ex, post, t->role);
                    ok = text && add_role(ex, leader, o->ix[k], &as,
                                          territory_for(&ph[k], 0), text);
                    /* «يقود فلان الكتابة الإقليمية منذ انتخابه خلفا
                       لفلان»: the predecessor, after the organ or after
                       the subject named after it. */
                    uint32_t after = ph[k].end;
                    if (MENTION(ex, leader)->me > after)
                        after = MENTION(ex, leader)->me;
                    int pred = ok && !was ? predecessor(ex, o, k, after) : -1;
                    if (pred >= 0 && pred != leader) {
                        as.status = HK_FORMER;
                        ok = add_role(ex, pred, o->ix[k], &as,
                                      territory_for(&ph[k], 0), text);
                    }
                }
                const hk_tag *joins = NULL;
                int member_of = ok && !council && t->number == 1
                                    ? joined(ex, o, k, &jc, &joins) : -1;
                post = member_of >= 0 ? hk_i_entry_key(joins->entry, keys->post) : NULL;
                if (post) {
                    /* «التحاق كل من فلانة وفلان وفلان بعضوية المكتب
                       السياسي»: each of a list before the word. */
                    int who[8];
                    size_t nw = listed_before_at(ex, o, k, joins->ts, who, 1, 8);
                    if (!nw) {
                        who[0] = member_of;
                        nw = 1;
                    }
                    const char *text = join_words(ex, post, t->role);
                    for (size_t i = 0; ok && i < nw; i++)
                        ok = text && add_role(ex, who[i], o->ix[k], &ph[k],
                                              territory_for(&ph[k], 0), text);
                }
                /* «مكتب إقليمي يضم في عضويته كلا من: فلان، وفلان»; not
                   a plural («لفروع ...، وهم على التوالي:» names their
                   heads, whose title came before). */
                held list[16];
                size_t got = council || t->number > 1
                                 ? 0 : forward(ex, o, k, ph[k].end, list, 16, true, true);
                if (got && predicate_after(ex, o, k, MENTION(ex, list[got - 1].person)->me))
                    got = 0;
                const char *member = got ? join_words(ex, "عضو", t->role) : NULL;
                for (size_t i = 0; ok && i < got; i++)
                    ok = member && add_role(ex, list[i].person, o->ix[k], &ph[k],
                                            list[i].territory >= 0
                                                ? list[i].territory
                                                : territory_for(&ph[k], 0),
                                            member);
            }
            continue;
        }
        if (t->number > 1) {
            /* A plural title and its list; territories named one per
               person («بكل من مكناس وإفران ... وهم على التوالي: ...»)
               go to each in turn. */
            held list[16];
            size_t got = line_items(ex, o, k, ph[k].end, list,
                                    t->number == 2 ? 2 : 16);
            /* A list a line each: the places of the title's phrase
               past its line are the items'. */
            bool lines = got != 0;
            bool own_place = !lines || (ph[k].n_territories &&
                                        MENTION(ex, ph[k].tmentions[0])->ms <
                                            line_end(ex, ph[k].end));
            if (!got)
                got = forward(ex, o, k, ph[k].end, list,
                              t->number == 2 ? 2 : 16, true, false);
            /* Before it, the names an indefinite title describes
               («عضوين»); a definite one there is an object («استقبل
               فلان وفلان المنسقين الإقليميين»). */
            int before[16];
            size_t nb = got || opens_with_waw(ex, t) ||
                                (definite(ex, t) && !respectively(ex, ph[k].end))
                            ? 0
                            : listed_before(ex, o, k, before, 2,
                                            t->number == 2 ? 2 : 16);
            for (size_t i = 0; i < nb; i++)
                list[got++] = (held){before[i], -1, -1, NULL};
            for (size_t i = 0; ok && i < got; i++) {
                /* «الكتاب المحليون للحزب، وهم: فلان، الكاتب المحلي
                   ببرشيد، وفلانة، الكاتبة المحلية بالكارة»: an item's
                   own title of the same post says where it is held. */
                const hk_mention *own = list[i].title;
                /* («المنسقون المحليون، وهم: - فلانة، منسقة الحزب
                   بلبصارة»: a title of no level whose place says it.) */
                if (own && own->kind == t->kind && t->level != HK_LEVEL_NONE &&
                    (own->level == t->level ||
                     (own->level == HK_LEVEL_NONE && own->number == 1 &&
                      t->kind == HK_KIND_PARTY)))
                    continue;
                if (list[i].tmention >= 0 && t->level == HK_LEVEL_PROVINCIAL)
                    list[i].territory = promote_one(ex, list[i].tmention);
                int terr = list[i].territory;
                if (terr < 0 && own_place)
                    terr = ph[k].n_territories == got ? ph[k].territories[i]
                           : at_level(ex, &ph[k], t->level, got, i);
                /* «المفتشين الإقليميين بجهة ...: فلان، وفلان، مفتشين
                   بأقاليم ...»: a place above the post's level says only
                   where the list is; the places come later. */
                if (terr >= 0 && t->level != HK_LEVEL_NONE &&
                    hk_i_tkind_level(ex->rules->territories[terr].kind) < t->level)
                    continue;
                ok = add_role(ex, list[i].person, o->ix[k], &ph[k], terr,
                              rank_text(ex, t, i, got));
                /* «◀ فلان، بإقليم ميدلت، خلفا لفلان؛» */
                const hk_mention *who = MENTION(ex, list[i].person);
                uint32_t item_end = list[i].tmention >= 0
                                        ? MENTION(ex, list[i].tmention)->me : who->me;
                int pred = ok && lines ? predecessor(ex, o, k, item_end) : -1;
                if (pred >= 0 && pred != list[i].person) {
                    phrase prior = ph[k];
                    prior.status = HK_FORMER;
                    ok = add_role(ex, pred, o->ix[k], &prior, terr, NULL);
                }
            }
            holder[k] = got ? list[0].person : -1;
            if (!got)
                got = place_items(ex, o, k, &ph[k], &ok);
            /* «المنسقون المحليون للحزب بدمنات وآيت عباس وتبانت»: with no
               names, the places still show their units. */
            if (!got && t->kind != HK_KIND_ELECTED && !t->foreign)
                for (size_t i = 0; ok && i < ph[k].n_territories; i++) {
                    int terr = ph[k].territories[i];
                    const char *party = ph[k].party ? ph[k].party : ph[k].line_party;
                    ok = add_unit(ex, level_of(ex, t, terr), terr, party, t->role);
                }
            continue;
        }
        /* «...؛ المكلفة بالتنظيم: سلمى الفهري؛»: a title and its colon
           name the holder after them, not the item before. */
        int p = -1;
        held one[1];
        bool colon = colon_after(ex, ph[k].end), after = false;
        if (colon && forward(ex, o, k, ph[k].end, one, 1, false, false)) {
            p = one[0].person;
            after = true;
        }
        /* «وأسندوا مهمة نائبة الكاتب إلى فلانة، ومهمة أمين المال إلى
           فلان»: a post handed over is the person's after «إلى», not
           the item's before. */
        if (p < 0 && handed_to_list(ex, o, k, ph, holder, &ok))
            p = holder[k];
        if (p < 0)
            p = handed_to(ex, o, k, ph[k].end);
        if (p < 0) {
            p = backward(ex, o, k);
            /* «أشرف على تنصيب فلان المنسق الجهوي للحزب بجهة ...، الأخ
               فلان، بحضور ...»: a name run into the post (no comma)
               yields to a name with an honorific set off by commas right
               after the post's phrase; so does a reporter's name, or a
               surname standing for a name given before («كما دعت أوسلامة
               رئيس المجلس الجماعي لطاطا، فلان، إلى ...»), to a name set
               off by commas. */
            if (p >= 0 && !colon && !gap_of(ex, MENTION(ex, p)->me, t->ms, 0).comma &&
                forward(ex, o, k, ph[k].end, one, 1, false, false) &&
                (honoured_aside(ex, MENTION(ex, one[0].person), ph[k].end) ||
                 ((named_by_trade(ex, MENTION(ex, p)) || MENTION(ex, p)->ref >= 0) &&
                  aside(ex, MENTION(ex, one[0].person), ph[k].end)))) {
                p = one[0].person;
                after = true;
            }
        }
        if (p < 0)
            p = apposed(ex, o, k, false, holder, ph[k].end);
        /* «النائب الأول رشيد، النائبة الثانية سعاد»: the person before
           is the one the title before took after it; this one takes the
           person after it too. */
        if (p >= 0 && p == took_after && !colon &&
            forward(ex, o, k, ph[k].end, one, 1, false, false)) {
            p = one[0].person;
            after = true;
        }
        if (p >= 0 && ph[k].status < 0) {
            /* «فلان، الذي سبق أن شغل مهمة الكاتب الإقليمي»: a status
               word between the holder and the post. */
            gap g = gap_of(ex, MENTION(ex, p)->me, t->ms, GAP_ALL);
            const hk_tag *c = g.status < 0 ? capacity_before(ex, t) : NULL;
            if (g.status >= 0)
                ph[k].status = g.status;
            else if (c && hk_i_entry_key(c->entry, keys->status))
                /* «فلان، الذي كان الكاتب الإقليمي» (capacity.lex) */
                ph[k].status = status_of(ex->rules, c->entry);
        }
        if (p < 0 && !colon && forward(ex, o, k, ph[k].end, one, 1, false, false)) {
            p = one[0].person;
            after = true;
        }
        if (p < 0)
            p = apposed(ex, o, k, true, holder, ph[k].end);
        if (p < 0)
            p = second_apposition(ex, o, k, holder, ph);
        /* «تولى فلان مهمة المكلف بالتنظيم»: the person right before a
           capacity word. */
        const hk_tag *cap = p < 0 ? capacity_before(ex, t) : NULL;
        if (cap)
            p = person_before(ex, o, k, cap->ts);
        if (cap && p < 0)
            p = person_before_apposition(ex, o, k, cap->ts);

        if (cap && p < 0)
            p = verb_subject(ex, o, k, cap);
        /* «انتخب فلان كاتبا للمجلس، وهو المنسق الإقليمي»: a pronoun
           (pron=1) is the person named last before it in its sentence,
           or in the sentence before when it opens its own («... من
           عمرها. فهي منذ 2022 الكاتبة المحلية»). */
        if (cap && p < 0 && hk_i_entry_key(cap->entry, keys->pron)) {
            uint32_t from = sentence_start(ex, cap->ts);
            if (from > 1 && ex->nt.s[from - 1] != '\n' &&
                !gap_of(ex, from, cap->ts, 0).words)
                from = sentence_start(ex, from - 1);
            p = named_last(ex, o, k, from, cap->ts, ph, holder);
        }
        if (cap && p >= 0 && ph[k].status < 0 &&
            hk_i_entry_key(cap->entry, keys->status))
            ph[k].status = status_of(ex->rules, cap->entry);
        uint32_t opens = 0;
        bool past = false;
        if (cap && p < 0 &&
            (p = implied_subject(ex, o, k, cap, ph, holder, &opens, &past)) >= 0 &&
            ph[k].status < 0) {
            /* «وكان قد شغل قبل ذلك مهمة ...», «ويشغل حاليا منصب ...» */
            gap g = gap_of(ex, opens, t->ms, GAP_ALL);
            ph[k].status = past ? HK_FORMER : g.status;
        }
        /* «ويخلف فلان فلانا على رأس الكتابة الإقليمية»: the holder
           before the post held it before the one the verb names. */
        int now = p >= 0 && MENTION(ex, p)->me <= t->ms ? successor_of(ex, o, p) : -1;
        if (now >= 0) {
            phrase before = ph[k];
            before.status = HK_FORMER;
            ok = ok && add_role(ex, p, o->ix[k], &before,
                                territory_for(&ph[k], 0), NULL);
            p = now;
        }
        if (p < 0)
            p = quoted_speaker(ex, o, k, ph[k].end);
        took_after = after ? p : -1;
        holder[k] = p;
    }
    /* «بإعفاء المنسق الإقليمي، فلان، وتعيين فلان مكانه»: the person
       before «مكانه» (in-place.lex) holds the post named last before them
       in the sentence. */
    hk_tag_list places = hk_i_tags_of(ex, ex->rules->known.in_place);
    size_t at = 0;              /* the tags come in text order */
    for (size_t i = 0; ok && i < places.n; i++) {
        const hk_tag *tg = &HK_VEC_AT(&ex->tags, hk_tag, places.ix[i]);
        while (at < n && MENTION(ex, o->ix[at])->ms < tg->ts)
            at++;
        int who = person_before(ex, o, at, tg->ts);
        uint32_t from = sentence_start(ex, tg->ts);
        for (size_t j = at; who >= 0 && j-- > 0;) {
            const hk_mention *t = MENTION(ex, o->ix[j]);
            if (t->ms < from)
                break;
            if (t->type != HK_TITLE || t->number > 1 || holder[j] == who)
                continue;
            phrase now = ph[j];
            now.status = HK_CURRENT;
            ok = add_role(ex, who, o->ix[j], &now, territory_for(&ph[j], 0), NULL);
            /* Its holder until then leaves it. */
            if (holder[j] >= 0)
                ph[j].status = HK_FORMER;
            break;
        }
    }
    /* Persons listed before a post whose places follow «على التوالي». */
    for (size_t q = 0; ok && q < o->n_posts; q++) {
        size_t k = o->posts[q];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        /* A plural post needs no «على التوالي» when the persons hold no
           post yet: «فلان، وفلان، مفتشين للحزب بأقاليم برشيد وبنسليمان». */
        bool resp = respectively(ex, ph[k].end);
        if (t->kind == HK_KIND_ELECTED || ph[k].n_territories < 2 ||
            !(t->number > 1 || resp))
            continue;
        int who[8];
        size_t got = listed_before(ex, o, k, who, ph[k].n_territories,
                                   ph[k].n_territories);
        /* Without «على التوالي», the post stands after a comma, in
           apposition («استقبل فلان وفلان المنسقين ...» is no list). */
        if (!resp && got &&
            !gap_of(ex, MENTION(ex, who[got - 1])->me, t->ms, 0).comma)
            got = 0;
        for (size_t i = 0; !resp && i < got; i++)
            if (MENTION(ex, who[i])->linked)
                got = 0;
        for (size_t i = 0; ok && i < got; i++)
            ok = add_role(ex, who[i], o->ix[k], &ph[k], ph[k].territories[i],
                          NULL);
        if (got)
            holder[k] = who[0];
    }
    /* «انتخب أ وب، نائبة أولى للكاتب الإقليمي وأمينا للمال، على التوالي»:
       titles in a row, each to the person at its rank in the list before. */
    for (size_t q = 0; ok && q < o->n_posts; q++) {
        size_t run[8], nr = 0;
        for (size_t r = q; r < o->n_posts && nr < 8; r++) {
            size_t k = o->posts[r];
            const hk_mention *t = MENTION(ex, o->ix[k]);
            if (t->type != HK_TITLE || t->number > 1)
                break;
            if (nr) {
                gap g = gap_of(ex, ph[run[nr - 1]].end, t->ms, 0);
                if (g.words || g.stop || !(g.waw || g.comma || opens_with_waw(ex, t)))
                    break;
            }
            run[nr++] = k;
        }
        if (nr < 2 || !respectively(ex, ph[run[nr - 1]].end))
            continue;
        int who[8];
        if (listed_before(ex, o, run[0], who, nr, nr) == nr)
            for (size_t i = 0; i < nr; i++)
                holder[run[i]] = who[i];
        q += nr - 1;
    }
    /* Titles joined by و or a dash share their holder: «النائب البرلماني
       والأمين الإقليمي», «رئيسة المجلس الوطني للحزب- البرلمانية فلانة». */
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t q = 0; q < o->n_singles; q++) {
            size_t k = o->singles[q];
            if (holder[k] >= 0)
                continue;
            const hk_mention *t = MENTION(ex, o->ix[k]);
            size_t prev = neighbour_title(ex, o, ph, k, -1);
            size_t next = neighbour_title(ex, o, ph, k, +1);
            size_t pick[2] = {prev, next};
            for (int d = 0; d < 2 && holder[k] < 0; d++) {
                size_t j = pick[d];
                if (j == SIZE_MAX || holder[j] < 0)
                    continue;
                const hk_mention *u = MENTION(ex, o->ix[j]);
                gap g = d == 0 ? gap_of(ex, ph[j].end, t->ms, 0)
                               : gap_of(ex, ph[k].end, u->ms, 0);
                /* Or nothing at all between them: «عضو المكتب السياسي
                   للحزب النائب البرلماني فلان». */
                /* «فلان (الكاتب الإقليمي المنتهية ولايته، عضو اللجنة
                   المركزية)»: titles in the brackets after the holder. */
                bool bracketed = d == 0 && g.comma && !g.paren &&
                                 bracketed_after(ex, MENTION(ex, holder[j])->me,
                                                 u->ms, ph[k].end);
                bool joined = g.waw || g.dash || bracketed ||
                              opens_with_waw(ex, d == 0 ? t : u) ||
                              (!g.comma && !g.paren && !g.intro);
                /* «المنسق الجهوي للحزب بجهة ...، البرلماني فلان»: an
                   office after a comma, its holder right after it, is
                   the same person's. */
                bool office = d == 1 && g.comma && !g.waw &&
                              u->kind == HK_KIND_ELECTED &&
                              MENTION(ex, holder[j])->ms >= ph[j].end &&
                              !gap_of(ex, ph[j].end, MENTION(ex, holder[j])->ms, 0).comma &&
                              !list_goes_on(ex, MENTION(ex, holder[j])->me);
                /* «فلان، عضو المجلس الوطني للحزب، والكاتب الإقليمي
                   السابق ...، والنائب الأول ...»: a chain of appositions
                   after the holder, each opening with و after a comma
                   (not posts of two parties: «فلان، الكاتب الإقليمي لحزب
                   الاستقلال، والمنسق الإقليمي لحزب الأحرار» are two). */
                bool chain = bracketed ||
                             (d == 0 && g.comma && (g.waw || opens_with_waw(ex, t)) &&
                              MENTION(ex, holder[j])->me <= u->ms &&
                              !(ph[j].party && ph[k].party &&
                                !hk_i_same(ph[j].party, ph[k].party)));
                if (!g.words && !g.stop && (!g.comma || office || chain) &&
                    !g.honorifics && !g.connectors && (joined || office)) {
                    holder[k] = holder[j];
                    changed = true;
                }
            }
        }
    }
    for (size_t q = 0; q < o->n_singles; q++) {
        size_t k = o->singles[q];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        if (holder[k] < 0) {
            /* The title's case, else its first word's («نائبا ثانيا
               للأمين الإقليمي» takes its attributes from «الأمين»). */
            const char *c = hk_i_mention_key(t, ex->rules->keys.gcase);
            const hk_tag *first = c ? NULL
                                    : hk_i_tag_at(ex, hk_i_token_at(ex, t->s),
                                                  ex->rules->known.title_heads);
            if (first)
                c = hk_i_entry_key(first->entry, ex->rules->keys.gcase);
            /* A complement, or a verb of heading with no name after it
               («قبل أن يترأس المجلس الجماعي لغفساي»): the person named
               last before, or a post standing for its holder. */
            bool complement = (c && !strcmp(c, "acc")) || feminine_predicate(ex, t);
            if (complement || charged_with(ex, t) ||
                (t->source && (!strcmp(t->source, "council-verb") ||
                                  !strcmp(t->source, "body-verb"))))
                holder[k] = named_last(ex, o, k, sentence_start(ex, t->ms),
                                       t->ms, ph, holder);
            bool later = false;
            if (holder[k] < 0 && complement &&
                (holder[k] = timeline_holder(ex, o, k, ph, holder, &later)) >= 0 &&
                later && ph[k].status < 0)
                ph[k].status = HK_FORMER;
            if (holder[k] < 0 && (holder[k] = signed_above(ex, o, k)) < 0 &&
                (holder[k] = signed_below(ex, o, k, ph)) < 0 &&
                (holder[k] = carded_above(ex, o, k)) < 0)
                holder[k] = post_relative(ex, o, k, ph, holder);
        }
        /* «... كاتبا إقليميا عوض فلان»: the predecessor, whether or not
           the new holder was found. */
        const char *unit;
        uint32_t after = ph[k].end;
        if (holder[k] >= 0 && MENTION(ex, holder[k])->me > after) {
            after = MENTION(ex, holder[k])->me;
            /* past a title set off by commas after the holder */
            size_t j = k + 1;
            while (j < o->n && MENTION(ex, o->ix[j])->ms < after)
                j++;
            if (j < o->n && MENTION(ex, o->ix[j])->type == HK_TITLE &&
                apposed_to_post(ex, o, j, holder, ph) == k)
                after = ph[j].end;
        }
        int pred = (t->kind == HK_KIND_ELECTED && holder[k] < 0) ||
                           apposed_to_post(ex, o, k, holder, ph) != SIZE_MAX
                       ? -1
                       : predecessor(ex, o, k, after);
        if (ok && pred >= 0 && pred != holder[k]) {
            phrase before = ph[k];
            before.status = HK_FORMER;
            ok = add_role(ex, pred, o->ix[k], &before,
                          territory_for(&ph[k], 0), NULL);
        }
        if (holder[k] >= 0) {
            for (size_t i = 0; ok && i < (ph[k].n_territories > 1 ? ph[k].n_territories : 1); i++)
                if (ph[k].n_territories < 2 || serves(ex, t->level, &ph[k], i))
                    ok = add_role(ex, holder[k], o->ix[k], &ph[k],
                                  territory_for(&ph[k], i), NULL);
        } else if (t->kind != HK_KIND_ELECTED && !t->foreign &&
                   !((unit = hk_i_mention_key(t, ex->rules->keys.unit)) &&
                     !strcmp(unit, "no"))) {
            /* A title with no holder still shows its unit. */
            const char *party = ph[k].party ? ph[k].party : ph[k].line_party;
            for (size_t i = 0; ok && i < (ph[k].n_territories ? ph[k].n_territories : 1); i++) {
                int terr = territory_for(&ph[k], i);
                hk_level lv = level_of(ex, t, terr);
                if (terr < 0 && lv != HK_LEVEL_NATIONAL && t->number == 1)
                    terr = implicit_territory(ex, lv, false);
                ok = add_unit(ex, lv, terr, party, t->role);
            }
        }
    }
    return ok ? HK_OK
              : hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

/* bare_titles's search for the one person with no party role named at
   least twice, for many persons: the names are grouped once, to count
   each one's mentions and party roles.  Returns how many such names the
   plain loop counts (the last found in *cand), -1 when out of memory. */
static __attribute__((noinline)) int lone_holder_grouped(hk_extractor *ex,
                                                         const order *o,
                                                         int *cand)
{
    size_t np = o->n_persons, nr = ex->roles.len;
    const char **names = hk_i_arena_alloc_raw(ex->arena, (np + nr + 1) * sizeof *names);
    uint32_t *first = hk_i_arena_alloc_raw(ex->arena, (np + nr + 1) * sizeof *first);
    uint32_t *count = hk_i_arena_alloc(ex->arena, 2 * (np + nr + 1) * sizeof *count);
    if (!names || !first || !count)
        return -1;
    for (size_t k = 0; k < np; k++)
        names[k] = MENTION(ex, o->persons[k])->norm;
    size_t c = np;
    for (size_t i = 0; i < nr; i++) {
        const hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
        names[c] = MENTION(ex, r->person)->norm;
        c += r->kind == HK_KIND_PARTY;
    }
    if (!hk_i_first_equal(ex->arena, names, NULL, c, first))
        return -1;
    /* count[f]: the persons' mentions of the name first at f;
       roles[f]: its party roles. */
    uint32_t *roles = count + np + nr + 1;
    for (size_t i = 0; i < c; i++)
        (i < np ? count : roles)[first[i]]++;
    int ncand = 0;
    for (size_t k = 0; k < np; k++) {
        const hk_mention *p = MENTION(ex, o->persons[k]);
        if (p->ref >= 0 || p->weak || roles[first[k]] || count[first[k]] < 2)
            continue;
        if (*cand < 0 || strcmp(MENTION(ex, *cand)->norm, p->norm)) {
            *cand = (int)o->persons[k];
            ncand++;
        }
    }
    return ncand;
}

/* Is title m's post held: has a role come from it, or from a title of
   its level and text?  Mostly from itself: that is asked first, with no
   string compared. */
static bool post_taken(const hk_extractor *ex, int m)
{
    const hk_mention *t = MENTION(ex, m);
    for (size_t i = 0; i < ex->roles.len; i++)
        if (HK_VEC_AT(&ex->roles, hk_role_i, i).title == m)
            return true;
    for (size_t i = 0; i < ex->roles.len; i++) {
        const hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
        if (r->level == t->level && !strcmp(MENTION(ex, r->title)->role, t->role))
            return true;
    }
    return false;
}

/* The first post a bare title names: a singular party title below the
   national level, whose post no role holds yet (post_taken) and whose
   phrase names no place («الأمين المحلي بإيموزار كندر» names another
   post, not the article's).  Returns its position in o->ix, its phrase
   in *p; SIZE_MAX when none. */
static size_t bare_post(hk_extractor *ex, const order *o, phrase *p)
{
    for (size_t q = 0; q < o->n_singles; q++) {
        size_t k = o->singles[q];
        const hk_mention *t = MENTION(ex, o->ix[k]);
        if (t->kind == HK_KIND_ELECTED || t->level == HK_LEVEL_NONE ||
            t->level == HK_LEVEL_NATIONAL)
            continue;
        if (post_taken(ex, o->ix[k]))
            continue;
        qualify(ex, o, k, p);
        if (!p->n_territories)
            return k;
    }
    return SIZE_MAX;
}

/* A bare title («قدم الأمين الإقليمي التهنئة») names the article's holder
   of that post; when exactly one person, named at least twice, holds no
   party role yet, the post is theirs (not a weak name: «ذكرى تقديم» in
   a headline, then «تقديم عرض»).  Most articles have no such post
   (their titles all have holders): the persons are not looked at then. */
static hk_status bare_titles(hk_extractor *ex, const order *o, hk_error *err)
{
    phrase bp;
    size_t post = bare_post(ex, o, &bp);
    if (post == SIZE_MAX)
        return HK_OK;
    /* The persons are all live (none dies before link ends): each can
       hold a post. */
    int cand = -1, ncand = 0;
    if (hk_i_pairs_indexed(ex, o->n_persons)) {
        ncand = lone_holder_grouped(ex, o, &cand);
        if (ncand < 0)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    } else {
        for (size_t k = 0; k < o->n_persons; k++) {
            const hk_mention *p = MENTION(ex, o->persons[k]);
            if (p->ref >= 0 || p->weak)
                continue;
            bool has_role = false;
            for (size_t i = 0; i < ex->roles.len && !has_role; i++) {
                const hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
                has_role = r->kind == HK_KIND_PARTY &&
                           hk_i_same(MENTION(ex, r->person)->norm, p->norm);
            }
            if (has_role)
                continue;
            int mentions = 0;
            for (size_t j = 0; j < o->n_persons; j++)
                mentions += hk_i_same(MENTION(ex, o->persons[j])->norm, p->norm);
            if (mentions < 2)
                continue;
            if (cand < 0 || strcmp(MENTION(ex, cand)->norm, p->norm)) {
                cand = (int)o->persons[k];
                ncand++;
            }
        }
    }
    if (ncand == 1 &&
        !add_role(ex, cand, o->ix[post], &bp, territory_for(&bp, 0), NULL))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return HK_OK;
}

/* An article that names no party and says no «حزب», but names another
   body (organisations.lex: a union, an association, a club), is about
   that body: its posts are no party's
   («انتخب الجمع العام فلانا رئيسا للجمعية، وفلانة أمينة للمال»), and it
   shows no party unit.  Its elected offices stay, and a post in a
   council's name is one («رئيس المجلس الإقليمي» with no party about). */
static void drop_partyless(hk_extractor *ex)
{
    const hk_known *k = &ex->rules->known;
    if (ex->main_party || hk_i_tags_of(ex, k->party_words).n ||
        !hk_i_tags_of(ex, k->organisations).n)
        return;
    size_t n = 0;
    for (size_t i = 0; i < ex->roles.len; i++) {
        hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
        if (r->kind == HK_KIND_PARTY && !(r->party && *r->party)) {
            if (!names_council(ex, MENTION(ex, r->title)))
                continue;
            r->kind = HK_KIND_ELECTED;
        }
        HK_VEC_AT(&ex->roles, hk_role_i, n++) = *r;
    }
    /* The persons whose roles go stay linked: a title still holds them
       (a weak name, «حميد», is kept; the union's treasurer is a person). */
    ex->roles.len = n;
    n = 0;
    for (size_t i = 0; i < ex->units.len; i++) {
        const hk_unit_i *u = &HK_VEC_AT(&ex->units, hk_unit_i, i);
        if (u->party && *u->party)
            HK_VEC_AT(&ex->units, hk_unit_i, n++) = *u;
    }
    ex->units.len = n;
}

/* «النائب الأول: فلان (الأصالة والمعاصرة)», «فلان عن حزب الحركة
   الشعبية», «فلان الاستقلالي»: the party written right after a name is
   the person's own (PERSON's party), whatever post they hold. */
static void own_parties(hk_extractor *ex, const order *o)
{
    for (size_t q = 0; q + 1 < o->n; q++) {
        hk_mention *p = MENTION(ex, o->ix[q]);
        const hk_mention *n = MENTION(ex, o->ix[q + 1]);
        if (p->type != HK_PERSON || n->type != HK_PARTY || n->generic_party ||
            n->ms < p->me)
            continue;
        gap g = gap_of(ex, p->me, n->ms, 0);
        /* Or set off by commas, a connector first: «رئيس المجلس الجماعي
           لفجيج، فلان، عن حزب التقدم والاشتراكية، الذي ...». */
        if (!g.words && !g.stop && !g.waw && !g.dash &&
            (g.comma ? !g.paren && g.connectors &&
                           (closed_after(ex, n->me) || stop_after(ex, n->me))
                     : g.paren || g.connectors || n->adjective)) {
            p->party = n->party;
            MENTION(ex, o->ix[q + 1])->owned = true;
        }
    }
    /* «رئيس المجلس الجماعي لتمارة، عن حزب التجمع الوطني للأحرار، فلان»:
       a party set off by commas, a connector first, between an elected
       post (and its places) and its holder's name is the holder's own
       too: it does not take «الحزب» of the party posts after it. */
    for (size_t q = 1; q + 1 < o->n; q++) {
        hk_mention *n = MENTION(ex, o->ix[q]);
        hk_mention *p = MENTION(ex, o->ix[q + 1]);
        if (n->type != HK_PARTY || n->generic_party || p->type != HK_PERSON)
            continue;
        size_t t = q;
        while (t > 0 && MENTION(ex, o->ix[t - 1])->type == HK_TERRITORY)
            t--;
        const hk_mention *post = t > 0 ? MENTION(ex, o->ix[t - 1]) : NULL;
        if (!post || post->type != HK_TITLE || post->kind != HK_KIND_ELECTED)
            continue;
        gap before = gap_of(ex, MENTION(ex, o->ix[q - 1])->me, n->ms, 0);
        gap after = gap_of(ex, n->me, p->ms, 0);
        if (before.comma && before.connectors && !before.words &&
            !before.stop && !before.paren && after.comma && !after.words &&
            !after.stop && !after.connectors) {
            n->owned = true;
            if (!p->party)
                p->party = n->party;
        }
    }
}

/* «رئيس جماعة العركوب، فلان، الذي «لا ينتمي لأي حزب»»: what a person
   says to belong to no party (no-party.lex), later in the sentence and
   before the next name, leaves them no party ("", which add_role reads
   for elected posts only). */
static void no_parties(hk_extractor *ex, const order *o)
{
    hk_tag_list tl = hk_i_tags_of(ex, ex->rules->known.no_party);
    for (size_t i = 0, q = 0; i < tl.n; i++) {
        const hk_tag *t = &HK_VEC_AT(&ex->tags, hk_tag, tl.ix[i]);
        /* The last person ending before the words (q only goes on). */
        while (q < o->n_persons && MENTION(ex, o->persons[q])->me <= t->ts)
            q++;
        if (!q)
            continue;
        hk_mention *p = MENTION(ex, o->persons[q - 1]);
        if (!p->party && !gap_of(ex, p->me, t->ts, GAP_ALL).stop)
            p->party = "";
    }
}

/* Is mention m two words (one space)? */
static bool two_words(const hk_extractor *ex, const hk_mention *m)
{
    const char *s = ex->nt.s;
    const char *sp = memchr(s + m->ms, ' ', m->me - m->ms);
    return sp && !memchr(sp + 1, ' ', (size_t)(s + m->me - sp - 1));
}

/* «فيما أكد المدير الجهوي للبيئة، سعيد القباج، أن ...»: a name of two
   words set off by commas (or a comma and the sentence's end) is a person
   even when its given name is also a word and no title holds it (a
   director, a caid: no post of ours).  Three words may be a post in
   construct with its body («فلان، أمين مال الجمعية،»).  So is one with a
   comma after and a post's head after it, in apposition («أكد رشيد
   النمر، رئيس جمعية الباحثين»). */
static bool set_off(const hk_extractor *ex, const hk_mention *m)
{
    const char *s = ex->nt.s;
    if (!two_words(ex, m))
        return false;
    uint32_t a = m->ms;
    while (a > 0 && s[a - 1] == ' ')
        a--;
    uint32_t comma = a >= 2 && comma_at(ex, a - 2) ? a - 2
                     : a >= 1 && s[a - 1] == ','  ? a - 1
                                                  : a;
    if (comma < a && aside(ex, m, comma))
        return true;
    if (!closed_after(ex, m->me))
        return false;
    uint32_t b = m->me;
    while (s[b] == ' ')
        b++;
    b += s[b] == ',' ? 1 : 2;
    while (b < ex->nt.len && s[b] == ' ')
        b++;
    const hk_tag *head = hk_i_tag_at(ex, hk_i_token_at(ex, b),
                                     ex->rules->known.title_heads);
    return head && head->ts == b;
}

/* «وقال رشيد أوكاس، وهو مهاجر، إنه», «أكد عادل العلوي أن», «وأكد السائق
   رشيد الوزاع أن»: is weak person m (two words) the subject right after a
   verb of saying (speech-verbs.lex), or after one and a noun with the
   article, with a comma, «إن» or «أن» after it? */
static bool spoken(const hk_extractor *ex, const hk_mention *m)
{
    const char *s = ex->nt.s;
    if (!two_words(ex, m))
        return false;
    const int lex = ex->rules->known.speech_verbs;
    size_t w = hk_i_token_at(ex, m->ms);
    const hk_token *tok = ex->tokens.items;
    bool said = false;
    for (size_t back = 1; !said && back <= 2 && back <= w; back++) {
        const hk_tag *tg = hk_i_tag_at(ex, w - back, lex);
        said = tg && tg->tok_end == w - back + 1 &&
               (back == 1 || hk_i_has_article(s + tok[w - 1].s, tok[w - 1].e - tok[w - 1].s));
    }
    if (!said)
        return false;
    if (closed_after(ex, m->me))
        return true;
    size_t t = hk_i_token_at(ex, m->me);
    return t < ex->tokens.len &&
           (token_is(ex, t, "ان") || token_is(ex, t, "انه") ||
            token_is(ex, t, "انها"));
}

/* The head word of a role's text without «ال» and «ة» («المنسقة»:
   «منسق»), its length in *n; *rest is what follows the word. */
static const char *role_head(const char *role, size_t *n, const char **rest)
{
    const char *sp = strchr(role, ' ');
    size_t len = sp ? (size_t)(sp - role) : strlen(role);
    *rest = sp ? sp + 1 : role + len;
    if (len > 4 && !memcmp(role, "ال", 4)) {
        role += 4;
        len -= 4;
    }
    if (len > 2 && !memcmp(role + len - 2, "ة", 2))
        len -= 2;
    *n = len;
    return role;
}

/* Is what follows a role's head word nothing or the party («منسقة
   الحزب», «منسق حزب الحركة الشعبية»), not an organisation? */
static bool party_rest(const char *rest)
{
    return !*rest || !strncmp(rest, "الحزب", strlen("الحزب")) ||
           !strncmp(rest, "حزب", strlen("حزب"));
}

/* Does role r's title name its place with no type word («منسقة الحزب
   ببوجدور», not «بإقليم الجديدة»): the first mention of that place
   after the title, within 64 bytes? */
static bool town_named(const hk_extractor *ex, const hk_role_i *r)
{
    const hk_mention *t = MENTION(ex, r->title);
    for (size_t i = 0; i < ex->mentions.len; i++) {
        const hk_mention *m = MENTION(ex, i);
        if (m->type == HK_TERRITORY && !m->dead && m->territory == r->territory &&
            m->ms >= t->me && m->ms - t->me < 64)
            return !m->typed;
    }
    return false;
}

/* «المنسق الإقليمي للحزب ببوجدور، فلان ... منسقة الحزب ببوجدور،
   فلانة»: the party's post with no level at a town named like its
   province, read as the province's (promote), is the town's when another
   person holds that province's post of the same head word, named with
   its level, in the same status.  False when out of memory. */
static bool town_posts(hk_extractor *ex)
{
    size_t n = ex->roles.len;
    for (size_t i = 0; i < n; i++) {
        hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
        if (r->level != HK_LEVEL_PROVINCIAL || r->kind != HK_KIND_PARTY ||
            r->territory < 0 || !r->role || MENTION(ex, r->title)->level != HK_LEVEL_NONE)
            continue;
        size_t hn, qn;
        const char *rest, *h = role_head(r->role, &hn, &rest);
        const char *who = MENTION(ex, person_id(ex, r->person))->norm;
        if (!who || !party_rest(rest))
            continue;
        int city = town_named(ex, r) ? local_twin(ex->rules, r->territory) : -1;
        for (size_t j = 0; city >= 0 && j < n; j++) {
            const hk_role_i *q = &HK_VEC_AT(&ex->roles, hk_role_i, j);
            if (q->level != HK_LEVEL_PROVINCIAL || q->territory != r->territory ||
                q->kind != HK_KIND_PARTY || q->status != r->status ||
                MENTION(ex, q->title)->level != HK_LEVEL_PROVINCIAL ||
                !MENTION(ex, person_id(ex, q->person))->norm ||
                hk_i_same(MENTION(ex, person_id(ex, q->person))->norm, who) ||
                (q->party && r->party && !hk_i_same(q->party, r->party)) || !q->role)
                continue;
            const char *qh = role_head(q->role, &qn, &rest);
            if (qn != hn || memcmp(qh, h, hn))
                continue;
            r->level = HK_LEVEL_LOCAL;
            r->territory = city;
            if (!add_unit(ex, HK_LEVEL_LOCAL, city, r->party, r->role))
                return false;
            break;
        }
    }
    return true;
}

/* Does title t end right before person p, only spaces between? */
static bool titled_right_before(const hk_extractor *ex, const hk_mention *t,
                                const hk_mention *p)
{
    if (t->type != HK_TITLE || t->me > p->ms)
        return false;
    for (uint32_t i = t->me; i < p->ms; i++)
        if (ex->nt.s[i] != ' ')
            return false;
    return true;
}

hk_status hk_i_link(hk_extractor *ex, hk_error *err)
{
    ex->roles.len = 0;
    ex->units.len = 0;
    ex->role_ix = NULL;
    ex->role_ix_cap = 0;
    const hk_known *k = &ex->rules->known;
    ex->gap_special = lex_bit(k->status) | lex_bit(k->list_intro) |
                      lex_bit(k->capacity) | lex_bit(k->connectors) |
                      lex_bit(k->party_words) | lex_bit(k->territory_types);
    ex->gap_honorific = lex_bit(k->honorifics);
    ex->latest_year = -1;
    order o = {0};
    o.ix = hk_i_arena_alloc_raw(ex->arena, (ex->mentions.len + 1) * sizeof *o.ix);
    uint64_t *key = hk_i_arena_alloc_raw(ex->arena,
                                         2 * (ex->mentions.len + 1) * sizeof *key);
    if (!o.ix || !key)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    /* With no branch: which mentions are dead follows no pattern. */
    for (size_t i = 0; i < ex->mentions.len; i++) {
        const hk_mention *m = MENTION(ex, i);
        o.ix[o.n] = (int)i;
        o.n += !m->dead & (m->type != HK_DATE);
    }
    sort_by_start(ex, &o, key);
    /* The keys are read: their room (four lists of o.n + 1) is free. */
    o.posts = (uint32_t *)key;
    o.terrs = o.posts + o.n + 1;
    o.persons = o.terrs + o.n + 1;
    for (size_t j = 0; j < o.n; j++) {
        hk_entity_type t = MENTION(ex, o.ix[j])->type;
        o.persons[o.n_persons] = (uint32_t)o.ix[j];
        o.n_persons += t == HK_PERSON;
        o.posts[o.n_posts] = (uint32_t)j;
        o.n_posts += (t == HK_TITLE) | (t == HK_BODY);
        o.terrs[o.n_terrs] = (uint32_t)o.ix[j];
        o.n_terrs += t == HK_TERRITORY;
    }
    /* The singular titles, which three loops over posts want alone. */
    o.singles = o.persons + o.n + 1;
    for (size_t q = 0; q < o.n_posts; q++) {
        const hk_mention *m = MENTION(ex, o.ix[o.posts[q]]);
        o.singles[o.n_singles] = o.posts[q];
        o.n_singles += (m->type == HK_TITLE) & (m->number == 1);
    }
    own_parties(ex, &o);
    no_parties(ex, &o);
    hk_status st = link_all(ex, &o, err);
    if (st == HK_OK)
        st = bare_titles(ex, &o, err);
    if (st == HK_OK && !town_posts(ex))
        st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (st == HK_OK)
        drop_partyless(ex);
    /* Weak persons (a given name that is also a common word) stay only
       when a title holds them, or names them right after it with no role
       («جمعية ... ورئيسها كريم أزرقان»), or set off by commas (set_off). */
    for (size_t j = 0; st == HK_OK && j < o.n; j++) {
        hk_mention *m = MENTION(ex, o.ix[j]);
        if (m->type == HK_PERSON && m->weak && !m->linked && !set_off(ex, m) &&
            !spoken(ex, m) && !(j && titled_right_before(ex, MENTION(ex, o.ix[j - 1]), m)))
            m->dead = true;
    }
    /* A surname alone with the article, a word as often («بأسماء الباعة
       ... لجمعية الباعة»), goes with its full name unless it holds a role
       itself; one without («أما فيرهوفن فتحدثت») keeps the person when
       a clause with ف or a stop follows it, not when another word does, a
       noun before its complement («ذكرى تقديم ...»: «وبعد تقديم الوثيقة»,
       «تقديم عرض»). */
    for (size_t i = 0; st == HK_OK && i < o.n_persons; i++) {
        hk_mention *m = MENTION(ex, o.persons[i]);
        if (m->ref < 0 || m->linked || MENTION(ex, m->ref)->type != HK_PERSON ||
            !MENTION(ex, m->ref)->dead)
            continue;
        const hk_token *next = word_after(ex, m->e);
        if (hk_i_has_article(ex->nt.s + m->s, m->e - m->s) ||
            (next && !(next->e - next->s > 2 &&
                       !memcmp(ex->nt.s + next->s, "\xD9\x81", 2))))   /* ف */
            m->dead = true;
    }
    return st;
}
