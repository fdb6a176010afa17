/*
 * extract.h - the state of one document's extraction, shared by the
 * pipeline's stages (tagger, match, resolve, link, dates, doc).  Internal.
 *
 * All offsets here are byte offsets in the NORMALISED text; doc.c maps them
 * back to code points of the original when it builds the result.
 */
#ifndef HAYKAL_EXTRACT_H
#define HAYKAL_EXTRACT_H

#include "internal.h"

typedef struct hk_token {
    uint32_t s, e;
} hk_token;

/* A lexicon entry found in the text. */
typedef struct hk_tag {
    uint32_t tok, tok_end;   /* tokens [tok, tok_end) */
    uint32_t ts;             /* start of the first token, clitics included */
    uint32_t s, e;           /* the entry's span, clitics excluded */
    bool exact;              /* its key is the span's text with ' ' and '-'
                                removed (no alef put back after ل, no dash
                                joined): match.c may take its entry */
    uint8_t lex;             /* entry->lexicon, without a load of the entry */
    const hk_entry *entry;
} hk_tag;

#define HK_MAX_ATTRS 16
#define HK_MAX_ALTS 6

typedef struct hk_mention {
    hk_entity_type type;
    uint32_t s, e;           /* the entity's span */
    uint32_t ms, me;         /* the whole match (honorific, clitics...) */
    const char *source;      /* rule name, or lexicon name */
    hk_attr attrs[HK_MAX_ATTRS];
    uint8_t n_attrs;
    uint64_t attr_bits;      /* hk_i_key_bit of each key in attrs */
    /* Decoded from the attributes, or set by later stages. */
    hk_level level;
    int kind;                /* TITLE: HK_KIND_*, -1 unknown */
    int status;              /* HK_CURRENT..., -1 unknown */
    int number;              /* 1 singular, 2 dual, 3 plural */
    int territory;           /* TERRITORY: gazetteer index */
    const char *party;       /* PARTY: canonical name; TITLE/BODY: linked;
                                PERSON: written right after the name */
    const char *norm;        /* canonical text */
    const char *value;       /* DATE value */
    const char *role;        /* TITLE, BODY: definite form */
    uint32_t def_s[4], def_e[4];   /* spans whose lexicon gave a `def` */
    const char *def[4];
    uint8_t n_def;
    int alts[HK_MAX_ALTS];   /* TERRITORY: other territories of the name */
    uint8_t n_alts;
    bool weak;               /* PERSON: needs a title or honorific to stay */
    bool placename;          /* PERSON: opens with a place name that is
                                its given name («عكرمة بلفقير») */
    bool set_off;            /* PERSON: read between two commas (a weak
                                name so read does not yield to a name
                                ending with it: word_before_name) */
    bool dead;               /* dropped by resolution */
    bool linked;             /* PERSON: holds a role */
    bool generic_party;      /* PARTY: «الحزب», the article's party */
    bool adjective;          /* PARTY: «الاستقلالي», «التجمعية» */
    bool org;                /* PARTY: its youth or women's organisation
                                («الشبيبة الاستقلالية») */
    bool owned;              /* PARTY: a person's own, written after the
                                name («فلان، المنتمي لحزب ...») */
    bool foreign;            /* TITLE: a post of a body that is no
                                party's («الكاتب العام للنقابة»): it holds
                                its name, and gives no role */
    bool typed;              /* TERRITORY: its type word named its kind
                                («جماعة تيزنيت») */
    bool town;               /* TERRITORY: named as a town, «بمدينة
                                خريبكة» (a loose=1 type word) */
    const char *written;     /* TERRITORY: the press's spelling the
                                article used («الناظور»), or NULL */
    int ref;                 /* PERSON: index of the full mention, or -1 */
} hk_mention;

typedef struct hk_role_i {
    int person;              /* mention index */
    int title;               /* mention index */
    const char *role;        /* the title's text, definite */
    int territory;           /* gazetteer index or -1 */
    hk_level level;
    int kind, status;
    const char *party;
    uint32_t s, e;
} hk_role_i;

typedef struct hk_unit_i {
    hk_level level;
    int territory;
    const char *party;
    const char *name;
} hk_unit_i;

struct hk_extractor {
    const hk_rules *rules;
    hk_match_data *md;
    hk_ntext nt;
    hk_vec tokens;           /* hk_token */
    hk_vec tok_of;           /* uint32_t per byte of the text and one past
                                it: the first token ending after it (the
                                token holding it, else the next one) */
    hk_vec tag_first;        /* uint32_t per token and one past: the first
                                tag at or after that token */
    hk_vec starts;           /* uint64_t: lexicons with an entry starting at
                                each token */
    hk_vec words;            /* uint64_t: lexicons with an entry that is
                                exactly that token */
    hk_word_tests tests;
    hk_vec tags;             /* hk_tag */
    hk_vec tags_by_lex;      /* uint32_t: tag indexes by lexicon (tagger.c) */
    uint32_t tags_lex_off[HK_MAX_LEXICONS + 1];  /* lexicon l's tags are
                                tags_by_lex[off[l], off[l + 1]) */
    hk_vec scan_at;          /* uint32_t: where scan rules may start
                                (match.c) */
    bool scan_unbounded;     /* scan every rule from each match's end,
                                unbounded (test_scan compares) */
    hk_vec plain;            /* per token, needs.c's memo: its window */
    hk_vec needs_win;        /* uint64_t: needs.c's windows of anchors */
    uint32_t needs_doc;      /* the memo's current document */
    bool check_needs;        /* try rules their needs rule out, and note */
    const hk_rule *needs_broken;  /* a rule that matched there (rules_test) */
    hk_vec mentions;         /* hk_mention */
    hk_vec roles;            /* hk_role_i */
    hk_vec units;            /* hk_unit_i */
    hk_vec warnings;         /* const char * in the doc arena */
    hk_vec warned;           /* size_t: rules that hit a limit in this doc */
    hk_arena *arena;         /* the current document's arena */
    const hk_doc_info *info;
    hk_vec keybuf;           /* char: scratch for index keys */
    /* Article context, found by resolve. */
    const char *main_party;
    int main_region, main_province, main_local;
    int unit_territory[HK_LEVEL_LOCAL + 1];   /* see link.c article_units */
    int council_territory[HK_LEVEL_LOCAL + 1]; /* the same, for elected posts */
    /* link.c: the lexicons that make a token of a gap more than a word,
       as bits of starts (gap_special) and of words (gap_honorific). */
    uint64_t gap_special, gap_honorific;
    /* link.c: the year of the publication date or of the article's latest
       date, 0 for none; -1 until a span of years asks for it. */
    int latest_year;
    /* Three counters per territory of the gazetteer, zero between uses:
       article_context counts the mentions of each territory, region and
       province in them, unify_territories and article_units (link.c)
       use the first, pick_alternatives the second. */
    uint32_t (*terr_counts)[3];
    /* While a result is built: the name each territory is given in it,
       the spelling of its first mention that is not the official one
       (NULL again on return). */
    const char **terr_written;
    bool spelled;            /* a territory mention of the document has a
                                press spelling (else terr_written is not
                                needed) */
    /* Resolution's and linking's pair loops over mentions and roles: 0
       reads every pair of a short list and looks the pairs of a long one
       up (hk_spans, hk_i_first_equal, role_ix, terr_counts);
       HK_PAIRS_PLAIN and HK_PAIRS_INDEXED force one way (test_pairs
       compares them). */
    int pairs;
    /* link.c: many roles are found by what add_role compares through a
       hash table of role + 1 (0: empty) in the document's arena, of
       role_ix_cap slots (a power of two); NULL until needed. */
    uint32_t *role_ix;
    size_t role_ix_cap;
};

/* Mention i of the document (resolution, linking and the result read them). */
#define MENTION(ex, i) (&HK_VEC_AT(&(ex)->mentions, hk_mention, i))

enum { HK_PAIRS_PLAIN = 1, HK_PAIRS_INDEXED = 2 };

/* Should a pair loop over n items look its pairs up? */
static inline bool hk_i_pairs_indexed(const hk_extractor *ex, size_t n)
{
    return ex->pairs ? ex->pairs == HK_PAIRS_INDEXED : n > 64;
}

/* spans.c */
/* qsort's order of uint64_t keys. */
int hk_i_by_u64(const void *a, const void *b);
/* Spans [s, e) of a caller's list, sorted by start (in an arena). */
typedef struct hk_spans {
    uint32_t *pos;           /* places in the caller's list, by start */
    uint32_t *s, *e;         /* their spans, in that order */
    uint32_t *reach;         /* the furthest end among spans [0, i] */
    size_t n;
} hk_spans;
/* Indexes the n spans [s[i], e[i]); false when out of memory. */
bool hk_i_spans_build(hk_spans *sp, hk_arena *a, const uint32_t *s,
                      const uint32_t *e, size_t n);
/* Writes to out (room for sp->n) the places, in ascending order, of the
   spans that start before s_below and end at e_from or after; returns
   how many.  Those overlapping [s, e) are find(sp, e, s + 1, out); those
   holding [s, e) are find(sp, s + 1, e, out). */
size_t hk_i_spans_find(const hk_spans *sp, uint32_t s_below, uint32_t e_from,
                       uint32_t *out);
/* Is there one? */
bool hk_i_spans_any(const hk_spans *sp, uint32_t s_below, uint32_t e_from);

/* groups.c */
/* Writes to first[i] the first j <= i whose string equals string i, for
   n strings s[i] of len[i] bytes (len NULL: NUL-terminated); false when
   out of memory. */
bool hk_i_first_equal(hk_arena *a, const char *const *s, const size_t *len,
                      size_t n, uint32_t *first);

/* A level's name in the rules («regional») as hk_level; HK_LEVEL_NONE for
   anything else. */
static inline hk_level hk_i_parse_level(const char *v)
{
    /* The first letter picks the one name to compare with. */
    switch (v ? v[0] : 0) {
    case 'n': return !strcmp(v, "national") ? HK_LEVEL_NATIONAL : HK_LEVEL_NONE;
    case 'r': return !strcmp(v, "regional") ? HK_LEVEL_REGIONAL : HK_LEVEL_NONE;
    case 'p': return !strcmp(v, "provincial") ? HK_LEVEL_PROVINCIAL : HK_LEVEL_NONE;
    case 'l': return !strcmp(v, "local") ? HK_LEVEL_LOCAL : HK_LEVEL_NONE;
    default: return HK_LEVEL_NONE;
    }
}

/* Do the n bytes at p open with the article «ال» (D8 A7 D9 84)? */
static inline bool hk_i_has_article(const char *p, size_t n)
{
    const unsigned char *w = (const unsigned char *)p;
    return n >= 4 && w[0] == 0xD8 && w[1] == 0xA7 && w[2] == 0xD9 && w[3] == 0x84;
}

/* tagger.c */
/* ex->keybuf with room for n bytes, or NULL when out of memory. */
static inline char *hk_i_keybuf(hk_extractor *ex, size_t n)
{
    return ex->keybuf.cap >= n || hk_i_vec_reserve(&ex->keybuf, n)
               ? ex->keybuf.items : NULL;
}
hk_status hk_i_tag(hk_extractor *ex, hk_error *err);
/* Splits ex->nt into tokens (runs of letters and digits), then fills
   ex->tok_of a run of separators and a token at a time (the first step
   of hk_i_tag; false when out of memory). */
bool hk_i_tokenize(hk_extractor *ex);
/* The same taking the block paths up to `path` (simd.h) only, for the
   tests to compare them. */
bool hk_i_tokenize_path(hk_extractor *ex, int path);
/* Tokens [a, b) as an index key (separators removed) in ex->keybuf. */
bool hk_i_tokens_key(hk_extractor *ex, size_t a, size_t b, size_t skip,
                     const char **key, size_t *len);
/* Index of the first token starting at or after byte offset `off`
   (inline: resolution and linking ask it at every gap). */
static inline size_t hk_i_token_at(const hk_extractor *ex, uint32_t off)
{
    const hk_token *tok = ex->tokens.items;
    size_t ntok = ex->tokens.len;
    if (off >= ex->tok_of.len)
        return ntok;
    /* The token holding off, else the next one; past it if off is inside. */
    size_t t = HK_VEC_AT(&ex->tok_of, uint32_t, off);
    return t < ntok && tok[t].s < off ? t + 1 : t;
}
/* Does an entry of lexicon `lex` cover exactly token t (clitics aside)? */
static inline bool hk_i_word_is(const hk_extractor *ex, size_t t, int lex)
{
    return lex >= 0 && t < ex->words.len &&
           ((((const uint64_t *)ex->words.items)[t] >> lex) & 1);
}
/* The longest tag of lexicon `lex` starting at token `tok`, or NULL. */
const hk_tag *hk_i_tag_of(const hk_extractor *ex, size_t tok, int lex);
/* The same, asking the token's bits first (most tokens start no tag of
   a given lexicon); NULL also for no lexicon (-1). */
static inline const hk_tag *hk_i_tag_at(const hk_extractor *ex, size_t tok,
                                        int lex)
{
    if (lex < 0 || tok >= ex->starts.len ||
        !((((const uint64_t *)ex->starts.items)[tok] >> lex) & 1))
        return NULL;
    return hk_i_tag_of(ex, tok, lex);
}
/* The entry of lexicon lex, of up to `words` words («وهي في الوقت
   ذاته»), that ends right before mention m, or NULL. */
static inline const hk_tag *hk_i_tag_before(const hk_extractor *ex,
                                            const hk_mention *m, int lex,
                                            size_t words)
{
    size_t t = hk_i_token_at(ex, m->ms);
    if (!t || t > ex->tokens.len)
        return NULL;
    for (size_t back = 1; back <= words && back <= t; back++) {
        const hk_tag *tg = hk_i_tag_at(ex, t - back, lex);
        if (tg && tg->tok_end == t)
            return tg;
    }
    return NULL;
}
/* The tags of one lexicon, in text order. */
typedef struct hk_tag_list {
    const uint32_t *ix;      /* indexes into ex->tags */
    size_t n;
} hk_tag_list;

/* The tags of lexicon lex, in text order: from the tagger's index of the
   tags by lexicon, which spares reading each tag's entry. */
static inline hk_tag_list hk_i_tags_of(const hk_extractor *ex, int lex)
{
    hk_tag_list tl = {ex->tags_by_lex.items, 0};
    if (lex < 0 || lex >= HK_MAX_LEXICONS)
        return tl;
    tl.ix += ex->tags_lex_off[lex];
    tl.n = ex->tags_lex_off[lex + 1] - ex->tags_lex_off[lex];
    return tl;
}
/* Index of the first tag starting at or after token `tok`. */
static inline size_t hk_i_tag_first(const hk_extractor *ex, size_t tok)
{
    return tok < ex->tag_first.len ? HK_VEC_AT(&ex->tag_first, uint32_t, tok)
                                   : ex->tags.len;
}

/* True when the text s[a..b) between two tokens may sit inside one
   lexicon entry: spaces, hyphens, en and em dashes only, six bytes at
   most (the tagger reads on over it; needs.c relies on that). */
bool hk_i_joinable(const char *s, uint32_t a, uint32_t b);

/* needs.c */
/* Starts needs.c's memo for a new document (its tokens); false when out
   of memory. */
bool hk_i_needs_reset(hk_extractor *ex);

/* Where the window of an anchor word lies (ex->plain).  Not what a word
   holds: the windows of two anchors seldom share a word (of the words
   asked on the benchmark corpus, 1 % of those asked texts of, 12 % of
   those asked misses), so needs.c's token_texts and token_missed are
   asked each time, and a memo of them would cost more than it saves. */
typedef struct hk_needs_memo {
    uint32_t doc;            /* the memo is of document ex->needs_doc */
    uint32_t window;         /* 1 + where its window starts in
                                ex->needs_win, 0 when not yet found */
} hk_needs_memo;

/* The window of anchor word t0, kept for all the rules tried there
   (they test overlapping windows), in ex->needs_win.  For j up to
   S = hk_rules.needs_span, at[j].lex: the lexicons with an entry
   starting at words t0..t0+j; at[j].texts: the texts those words hold,
   for j < texts; at[j].missed: the lexicons the tagger may miss in them
   (token_missed), for j < missed.  Texts and misses are found when first
   asked; words past the last count as holding nothing, and hiding
   nothing. */
typedef struct hk_needs_window {
    uint32_t texts, missed;
    struct {
        uint64_t lex, texts, missed;
    } at[];
} hk_needs_window;

/* hk_i_needs_met in full: the word items, a new window, texts and
   misses found as they are asked. */
bool hk_i_needs_slow(hk_extractor *ex, const hk_rule *rule, size_t t0);

/* Can `rule` match at the byte where word t0 is tried (t0: the word of
   that byte, hk_i_needs_token), as far as its needs lines tell?  Most
   tests find their word's window made, and what they ask of it known
   (the rules tried at a word share it): that case alone here, inline
   in the loop over the tags; anything else goes to hk_i_needs_slow,
   which starts over. */
static inline bool hk_i_needs_met(hk_extractor *ex, const hk_rule *rule,
                                  size_t t0)
{
    if (t0 >= ex->tokens.len)
        return false;   /* no word left for what the pattern needs */
    const hk_needs_memo *m = &HK_VEC_AT(&ex->plain, hk_needs_memo, t0);
    if (rule->needs_words || m->doc != ex->needs_doc || !m->window)
        return hk_i_needs_slow(ex, rule, t0);
    const hk_needs_window *w =
        (const hk_needs_window *)((const uint64_t *)ex->needs_win.items +
                                  (m->window - 1));
    for (size_t k = 0; k < rule->n_needs; k++) {
        const hk_need *nd = &rule->needs[k];
        if (w->at[nd->within].lex & (nd->lexicons | nd->seen))
            continue;
        if (nd->texts) {
            if (nd->within >= w->texts)
                return hk_i_needs_slow(ex, rule, t0);
            if (w->at[nd->within].texts & nd->texts)
                continue;
        }
        if (nd->lexicons) {
            if (nd->reach >= w->missed)
                return hk_i_needs_slow(ex, rule, t0);
            if (w->at[nd->reach].missed & nd->lexicons)
                continue;
        }
        return false;
    }
    return true;
}

/* The token of byte pos for needs: the one holding it, else the next
   (ex->tokens.len past the last). */
static inline size_t hk_i_needs_token(const hk_extractor *ex, size_t pos)
{
    return pos < ex->tok_of.len ? HK_VEC_AT(&ex->tok_of, uint32_t, pos)
                                : ex->tokens.len;
}

/* The needs lines of `rule` that their items about the word tried (=@,
   !@) hold at token t0, as bits: a load and a test, no window. */
static inline unsigned hk_i_needs_words(const hk_extractor *ex,
                                        const hk_rule *rule, size_t t0)
{
    uint64_t here = HK_VEC_AT(&ex->starts, uint64_t, t0);
    unsigned held = 0;
    for (size_t k = 0; k < rule->n_needs; k++) {
        const hk_need *nd = &rule->needs[k];
        if ((nd->tested & here) || (nd->none && !(nd->none & here)))
            held |= 1u << k;
    }
    return held;
}

/* Does every needs line of `rule` hold at word t0 (as hk_i_needs_met)
   by its items about the word tried (a rule whose needs are all such
   items)? */
static inline bool hk_i_needs_words_met(const hk_extractor *ex,
                                        const hk_rule *rule, size_t t0)
{
    return t0 < ex->tokens.len &&
           hk_i_needs_words(ex, rule, t0) == (1u << rule->n_needs) - 1;
}

/* match.c */
hk_status hk_i_match_rules(hk_extractor *ex, hk_rule_at at, hk_error *err);
hk_mention *hk_i_mention_new(hk_extractor *ex, hk_entity_type type);
/* The attribute of a mention with this key, NULL when absent.  Keys are
   interned (hk_rules.keys): pointers are compared, and a NULL key (no rule
   or entry has it) finds nothing. */
const char *hk_i_mention_key(const hk_mention *m, const char *key);

/* resolve.c */
hk_status hk_i_resolve_lexical(hk_extractor *ex, hk_error *err);
hk_status hk_i_resolve_titles(hk_extractor *ex, hk_error *err);
hk_status hk_i_resolve(hk_extractor *ex, hk_error *err);
/* Same-named communes read as the province the article names (terrs: the
   live territory mentions, nt of them). */
void hk_i_unify_territories(hk_extractor *ex, const uint32_t *terrs, size_t nt);

/* link.c */
hk_status hk_i_link(hk_extractor *ex, hk_error *err);

/* Is the line break at byte i of the normalised text a paragraph's end
   (a blank line in the original)? */
bool hk_i_blank_line_at(const hk_extractor *ex, uint32_t i);

/* dates.c */
void hk_i_date_value(hk_extractor *ex, hk_mention *m);

/* doc.c */
hk_status hk_i_doc_build(hk_extractor *ex, hk_arena *arena, hk_doc **out,
                         hk_error *err);
/* The line hk_doc_append_json would write of hk_i_doc_build's doc,
   written straight from ex at the end of b (b as it was when out of
   memory). */
hk_status hk_i_doc_write_json(hk_extractor *ex, hk_buf *b, hk_error *err);
/* A title's definite form: its words as written, except those whose
   lexicon entry gives a `def` form (أمينا → الأمين). */
const char *hk_i_role_text(hk_extractor *ex, const hk_mention *m);
/* Display form of the original text behind normalised span [s, e). */
const char *hk_i_span_display(hk_extractor *ex, uint32_t s, uint32_t e);

/* Text helpers over the normalised text. */
static inline bool hk_i_is_space_byte(char c)
{
    return c == ' ' || c == '\n';
}

/* Copies n bytes from s to d: a group's text or a word's key, mostly a
   few words, where the library's memcpy spends more on choosing its way
   than on copying.  Blocks of eight, the last overlapping the one
   before. */
static inline void hk_i_copy_small(char *d, const char *s, size_t n)
{
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8)
            memcpy(d + i, s + i, 8);
        memcpy(d + n - 8, s + n - 8, 8);
    } else if (n >= 4) {
        memcpy(d, s, 4);
        memcpy(d + n - 4, s + n - 4, 4);
    } else {
        for (size_t i = 0; i < n; i++)
            d[i] = s[i];
    }
}

#endif /* HAYKAL_EXTRACT_H */
