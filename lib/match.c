/*
 * match.c - runs the pattern rules over a document and turns each match
 * into a mention: its span, the attributes of the lexicon entries its named
 * groups matched, the captured groups themselves and the rule's `set`
 * attributes.  Where a rule is tried depends on its `at` line: everywhere
 * (a scan: unanchored searches, bounded to the bytes a match may start
 * with when PCRE2 knows them), at tokens tagged by a lexicon, or right
 * after each title; at those two its `needs` lines (needs.c) are tested
 * first.
 */
#include "extract.h"
#include "simd.h"

#include <stddef.h>
#include <string.h>

hk_mention *hk_i_mention_new(hk_extractor *ex, hk_entity_type type)
{
    /* A mention is zeroed but for its attributes and def spans, which
       their counts guard (most of its 464 bytes, written for nothing). */
    hk_vec *v = &ex->mentions;
    if (v->len == v->cap && !hk_i_vec_reserve(v, v->len + 1))
        return NULL;
    hk_mention *m = &HK_VEC_AT(v, hk_mention, v->len++);
    memset(m, 0, offsetof(hk_mention, attrs));
    memset(&m->n_attrs, 0,
           offsetof(hk_mention, def_s) - offsetof(hk_mention, n_attrs));
    memset(&m->n_def, 0, sizeof *m - offsetof(hk_mention, n_def));
    m->type = type;
    m->kind = -1;
    m->status = -1;
    m->number = 1;
    m->territory = -1;
    m->ref = -1;
    return m;
}

const char *hk_i_mention_key(const hk_mention *m, const char *key)
{
    if (key && (m->attr_bits & hk_i_key_bit(key)))
        for (size_t i = 0; i < m->n_attrs; i++)
            if (m->attrs[i].key == key)
                return m->attrs[i].value;
    return NULL;
}

/* Keys are interned (hk_rules.keys): equal keys are one pointer. */
static inline __attribute__((always_inline)) void set_attr(hk_mention *m,
                                                        const char *key,
                                                        const char *value)
{
    uint64_t bit = hk_i_key_bit(key);
    if (m->attr_bits & bit)
        for (size_t i = 0; i < m->n_attrs; i++)
            if (m->attrs[i].key == key) {
                m->attrs[i].value = value;
                return;
            }
    if (m->n_attrs < HK_MAX_ATTRS) {
        m->attr_bits |= bit;
        m->attrs[m->n_attrs].key = key;
        m->attrs[m->n_attrs].value = value;
        m->n_attrs++;
    }
}

/* The index key of normalised text [s, e): separators removed.  Read in
   place when there are none (one word, most spans). */
static bool span_key(hk_extractor *ex, size_t s, size_t e, const char **key,
                     size_t *len)
{
    const char *t = ex->nt.s;
    size_t i = s;
    while (i < e && t[i] != ' ' && t[i] != '-' && t[i] != '\n')
        i++;
    if (i == e) {
        *key = t + s;
        *len = e - s;
        return true;
    }
    char *kb = hk_i_keybuf(ex, e - s + 1);
    if (!kb)
        return false;
    size_t o = i - s;
    memcpy(kb, t + s, o);
    for (; i < e; i++) {
        char c = t[i];
        if (c == ' ' || c == '-' || c == '\n')
            continue;
        kb[o++] = c;
    }
    *key = kb;
    *len = o;
    return true;
}

/* The entry of `lexicon` whose key is the text [s, e) with separators
   removed: the first the index gives, as the tagger's tags of that key
   hold them in order (taken from there when one has this very span and
   key, hk_tag.exact), else looked up. */
static const hk_entry *lex_entry(hk_extractor *ex, size_t s, size_t e,
                                 int lexicon)
{
    if (s < ex->tok_of.len) {
        size_t t = HK_VEC_AT(&ex->tok_of, uint32_t, s);
        const hk_tag *tags = ex->tags.items;
        for (size_t i = hk_i_tag_first(ex, t);
             i < ex->tags.len && tags[i].tok == t; i++)
            if (tags[i].s == s && tags[i].e == e && tags[i].exact &&
                tags[i].lex == lexicon)
                return tags[i].entry;
    }
    const char *key;
    size_t len;
    if (!span_key(ex, s, e, &key, &len))
        return NULL;
    const hk_hits *h = hk_i_index_get(ex->rules->index, key, len);
    if (!h)
        return NULL;
    for (size_t i = 0; i < h->n; i++)
        if ((int)h->entries[i]->lexicon == lexicon)
            return h->entries[i];
    return NULL;
}

/* Reads the well-known attributes into the mention's fields, in one pass
   (set_attr keeps keys unique). */
static void decode(const hk_rules *r, hk_mention *m)
{
    const char *level = NULL;
    for (size_t i = 0; i < m->n_attrs; i++) {
        const char *k = m->attrs[i].key, *v = m->attrs[i].value;
        if (k == r->keys.level)
            level = v;
        else if (k == r->keys.kind)
            m->kind = v[0] == 'e' && !strcmp(v, "elected") ? HK_KIND_ELECTED
                                                           : HK_KIND_PARTY;
        else if (k == r->keys.status)
            m->status = v[0] == 'f' && !strcmp(v, "former") ? HK_FORMER
                        : v[0] == 'i' && !strcmp(v, "interim") ? HK_INTERIM
                                                               : HK_CURRENT;
        else if (k == r->keys.number)
            m->number = v[0] == 'd' && !strcmp(v, "du")   ? 2
                        : v[0] == 'p' && !strcmp(v, "pl") ? 3 : 1;
        else if (k == r->keys.party)
            m->party = v;
        else if (k == r->keys.common && m->type == HK_PERSON)
            /* A person whose given name is also an ordinary word. */
            m->weak = v[0] == '1' && !v[1];
        else if (k == r->keys.placename && m->type == HK_PERSON)
            m->placename = true;
        else if (k == r->keys.setoff && m->type == HK_PERSON)
            m->set_off = true;
    }
    m->level = hk_i_parse_level(level);
}

static hk_status add_match(hk_extractor *ex, const hk_rule *rule,
                           const size_t *ov, hk_error *err)
{
    static const hk_entity_type types[] = {HK_PERSON, HK_TITLE, HK_BODY,
                                           HK_PARTY, HK_DATE, HK_TERRITORY};
    /* Every group's text is kept as an attribute: one allocation for
       them all.  The lexicon entries of the first groups are found here
       and fetched while the mention is set up: an entry is seldom in the
       cache (the tagger reads only the pointer). */
    enum { EARLY = 16 };
    const hk_entry *early[EARLY];
    size_t room = 0;
    for (size_t g = 0; g < rule->n_groups; g++) {
        const hk_group_lex *gl = &rule->groups[g];
        size_t s = ov[2 * gl->group];
        if (s == SIZE_MAX)
            continue;
        size_t e = ov[2 * gl->group + 1];
        room += e - s + 1;
        if (gl->lexicon >= 0 && g < EARLY) {
            early[g] = lex_entry(ex, s, e, gl->lexicon);
            if (early[g]) {
                __builtin_prefetch(early[g]);
                __builtin_prefetch((const char *)early[g] + 64);
            }
        }
    }
    hk_mention *m = hk_i_mention_new(ex, types[rule->emit]);
    if (!m)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    m->ms = (uint32_t)ov[0];
    m->me = (uint32_t)ov[1];
    m->s = m->ms;
    m->e = m->me;
    m->source = rule->name;
    char *texts = room ? hk_i_arena_alloc(ex->arena, room) : NULL;
    if (room && !texts)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t g = 0; g < rule->n_groups; g++) {
        const hk_group_lex *gl = &rule->groups[g];
        size_t s = ov[2 * gl->group], e = ov[2 * gl->group + 1];
        if (s == SIZE_MAX)
            continue;
        if (gl->span) {
            m->s = (uint32_t)s;
            m->e = (uint32_t)e;
        }
        char *text = texts;
        hk_i_copy_small(text, ex->nt.s + s, e - s);
        text[e - s] = '\0';
        texts += e - s + 1;
        set_attr(m, gl->name, text);
        if (gl->lexicon < 0)
            continue;
        const hk_entry *en =
            g < EARLY ? early[g] : lex_entry(ex, s, e, gl->lexicon);
        if (!en)
            continue;
        /* Its `def` as hk_i_entry_key finds it: the first. */
        const char *def = NULL;
        for (size_t a = 0; a < en->n_attrs; a++) {
            const char *k = en->attrs[a].key;
            if (k == ex->rules->keys.def && !def)
                def = en->attrs[a].value;
            set_attr(m, k, en->attrs[a].value);
        }
        if (def && m->n_def < 4) {
            m->def_s[m->n_def] = (uint32_t)s;
            m->def_e[m->n_def] = (uint32_t)e;
            m->def[m->n_def++] = def;
        }
    }
    for (size_t a = 0; a < rule->n_set; a++)
        set_attr(m, rule->set[a].key, rule->set[a].value);
    decode(ex->rules, m);
    if (m->type == HK_TITLE || m->type == HK_BODY) {
        m->role = hk_i_role_text(ex, m);
        if (!m->role)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    return HK_OK;
}

static hk_status limit_warning(hk_extractor *ex, const hk_rule *rule,
                               hk_match_rc rc, hk_error *err)
{
    /* Once per rule and document: a pathological rule must not flood. */
    size_t ri = (size_t)(rule - ex->rules->rules);
    for (size_t i = 0; i < ex->warned.len; i++)
        if (HK_VEC_AT(&ex->warned, size_t, i) == ri)
            return HK_OK;
    size_t *mark = hk_i_vec_push(&ex->warned);
    if (!mark)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    *mark = ri;
    const char *id = ex->info && ex->info->id ? ex->info->id : "";
    hk_buf b = {0};
    bool ok = hk_i_buf_printf(&b, "%s:%u: rule %s %s in document %s",
                              rule->file, rule->line, rule->name,
                              rc == HK_M_LIMIT ? "hit the match limit"
                                               : "failed to match",
                              id);
    const char *w = ok ? hk_i_arena_strndup(ex->arena, b.data, b.len) : NULL;
    hk_i_buf_free(&b);
    const char **slot = w ? hk_i_vec_push(&ex->warnings) : NULL;
    if (!slot)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    *slot = w;
    return HK_OK;
}

/* The attempt itself, out of line: most attempts stop at the needs. */
static __attribute__((noinline)) hk_status run_at(hk_extractor *ex,
                                                  const hk_rule *rule,
                                                  size_t pos, hk_error *err)
{
    const size_t *ov;
    hk_match_rc rc = hk_i_regex_match(rule->re, ex->nt.s, ex->nt.len, pos,
                                      ex->md, &ov);
    if (rc == HK_M_FOUND)
        return add_match(ex, rule, ov, err);
    if (rc != HK_M_NONE)
        return limit_warning(ex, rule, rc, err);
    return HK_OK;
}

/* A try at byte pos that the rule's needs rule out, when checking the
   rules' examples: would it have matched? */
static __attribute__((noinline)) void check_needs(hk_extractor *ex,
                                                  const hk_rule *rule,
                                                  size_t pos)
{
    const size_t *ov;
    if (hk_i_regex_match(rule->re, ex->nt.s, ex->nt.len, pos, ex->md, &ov) ==
        HK_M_FOUND)
        ex->needs_broken = rule;
}

/* Do the needs of rule hold at word t0 (hk_i_needs_token)?  kind, a
   constant where inlined: 0, the rule has none; 1, only items about the
   word tried alone (inline, no window); 2, others. */
static inline __attribute__((always_inline)) bool
needs_hold(hk_extractor *ex, const hk_rule *rule, size_t t0, int kind)
{
    return kind == 0   ? true
           : kind == 1 ? hk_i_needs_words_met(ex, rule, t0)
                       : hk_i_needs_met(ex, rule, t0);
}

static int needs_kind(const hk_rule *rule)
{
    return !rule->n_needs ? 0 : rule->needs_words_only ? 1 : 2;
}

/* Tries rule at byte pos, the place of word t0. */
static inline __attribute__((always_inline)) hk_status
try_at(hk_extractor *ex, const hk_rule *rule, size_t pos, size_t t0,
       int kind, hk_error *err)
{
    if (needs_hold(ex, rule, t0, kind))
        return run_at(ex, rule, pos, err);
    if (ex->check_needs)
        check_needs(ex, rule, pos);
    return HK_OK;
}

/* Tries rule at the tags of its lexicon (the tagger's index of the tags
   by lexicon), once per place; kind as needs_hold, one loop for each. */
static inline __attribute__((always_inline)) hk_status
at_tags(hk_extractor *ex, const hk_rule *rule, int kind, hk_error *err)
{
    const uint32_t *lex_off = ex->tags_lex_off;
    const uint32_t *lt =
        (const uint32_t *)ex->tags_by_lex.items + lex_off[rule->at_lexicon];
    size_t nlt = lex_off[rule->at_lexicon + 1] - lex_off[rule->at_lexicon];
    const hk_tag *tags = ex->tags.items;
    const hk_token *tokens = ex->tokens.items;
    bool before = rule->before;
    uint32_t last = UINT32_MAX;
    for (size_t k = 0; k < nlt; k++) {
        const hk_tag *tag = &tags[lt[k]];
        /* A word's first byte, whose word is known (no look-up in
           tok_of). */
        uint32_t pos = tag->ts, t0 = tag->tok;
        if (before) {
            if (!t0)
                continue;
            t0--;
            pos = tokens[t0].s;
        }
        if (pos == last)
            continue;
        last = pos;
        hk_status st = try_at(ex, rule, pos, t0, kind, err);
        if (st != HK_OK)
            return st;
    }
    return HK_OK;
}

/* Where the next search starts after a match (ov). */
static size_t after_match(const hk_extractor *ex, size_t pos, const size_t *ov)
{
    size_t next = ov[1];
    if (next <= pos || next == ov[0]) {
        /* An empty match: step over one character. */
        next = ov[0] + 1;
        while (next < ex->nt.len &&
               ((unsigned char)ex->nt.s[next] & 0xC0) == 0x80)
            next++;
    }
    return next;
}

/* Room in ex->scan_at for the positions of one block of up to sixteen
   bytes, written in place (no call per position). */
static inline bool scan_room(hk_vec *v)
{
    return v->len + 16 <= v->cap || hk_i_vec_reserve(v, v->len + 16);
}

#ifdef __SSE2__
/* scan_starts' positions in the text's blocks of sixteen bytes, from *i
   on: each byte in one of the rules' hk_rules.scan_lo ranges, of which
   nr (2 or 4: a constant where inlined) are tested, unused slots
   repeating the first. */
static inline __attribute__((always_inline)) bool
scan_blocks(hk_extractor *ex, size_t *pi, unsigned nr)
{
    const hk_rules *r = ex->rules;
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    size_t n = ex->nt.len, i = *pi;
    __m128i lo[4], span[4];
    for (unsigned k = 0; k < nr; k++) {
        unsigned q = k < r->n_scan_ranges ? k : 0;
        lo[k] = _mm_set1_epi8((char)r->scan_lo[q]);
        span[k] = _mm_set1_epi8((char)r->scan_span[q]);
    }
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(s + i));
        __m128i in = _mm_or_si128(hk_i_in_range8v(x, lo[0], span[0]),
                                  hk_i_in_range8v(x, lo[1], span[1]));
        if (nr > 2)
            in = _mm_or_si128(in, _mm_or_si128(
                                      hk_i_in_range8v(x, lo[2], span[2]),
                                      hk_i_in_range8v(x, lo[3], span[3])));
        unsigned bits = (unsigned)_mm_movemask_epi8(in);
        if (!bits)
            continue;
        if (!scan_room(&ex->scan_at))
            return false;
        uint32_t *at = (uint32_t *)ex->scan_at.items + ex->scan_at.len;
        ex->scan_at.len += (size_t)__builtin_popcount(bits);
        while (bits) {
            *at++ = (uint32_t)(i + (unsigned)__builtin_ctz(bits));
            bits &= bits - 1;
        }
    }
    *pi = i;
    return true;
}
#endif

/* The byte offsets where some scan rule's match may start (a byte of
   hk_rules.scan_bytes), in ex->scan_at: one pass for all scan rules. */
static bool scan_starts(hk_extractor *ex)
{
    const uint32_t *tab = ex->rules->scan_bytes;
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    size_t n = ex->nt.len, i = 0;
    ex->scan_at.len = 0;
#ifdef __SSE2__
    /* Sixteen bytes at a time when the start bytes are a few ranges. */
    unsigned nr = ex->rules->n_scan_ranges;
    if (nr && !(nr <= 2 ? scan_blocks(ex, &i, 2) : scan_blocks(ex, &i, 4)))
        return false;
#endif
    /* Text is mostly letters no rule starts with: test eight bytes at
       once, then look closer. */
    for (;;) {
        for (; i + 8 <= n; i += 8)
            if (tab[s[i]] | tab[s[i + 1]] | tab[s[i + 2]] | tab[s[i + 3]] |
                tab[s[i + 4]] | tab[s[i + 5]] | tab[s[i + 6]] | tab[s[i + 7]])
                break;
        size_t end = i + 8 < n ? i + 8 : n;
        if (i >= end)
            return true;
        if (!scan_room(&ex->scan_at))
            return false;
        uint32_t *at = ex->scan_at.items;
        for (; i < end; i++)
            if (tab[s[i]])
                at[ex->scan_at.len++] = (uint32_t)i;
    }
}

/* Searches bounded to the rule's start bytes: each search starts at one
   (the first at or after where the last match ended) and ends its start
   positions at the last of a cluster, as close together as that.  PCRE2's
   unanchored search skips the other positions itself, so it finds the
   same matches, only without walking the text between clusters. */
enum { CLUSTER_GAP = 24 };

static hk_status scan_bounded(hk_extractor *ex, const hk_rule *rule,
                              hk_error *err)
{
    const uint32_t *tab = ex->rules->scan_bytes;
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    const uint32_t *at = ex->scan_at.items;
    size_t nat = ex->scan_at.len, k = 0, pos = 0;
    uint32_t bit = rule->scan_bit;
    while (k < nat) {
        if (at[k] < pos || !(tab[s[at[k]]] & bit)) {
            k++;
            continue;
        }
        size_t first = at[k], last = first;
        for (k++; k < nat && at[k] - last <= CLUSTER_GAP; k++)
            if (tab[s[at[k]]] & bit)
                last = at[k];
        const size_t *ov;
        hk_match_rc rc = hk_i_regex_match_bounded(
            rule->re, ex->nt.s, ex->nt.len, first, last, ex->md, &ov);
        if (rc == HK_M_NONE)
            continue;
        if (rc != HK_M_FOUND)
            return limit_warning(ex, rule, rc, err);
        hk_status st = add_match(ex, rule, ov, err);
        if (st != HK_OK)
            return st;
        /* Resume from the match's end, which may lie inside the cluster. */
        pos = after_match(ex, first, ov);
        while (k > 0 && at[k - 1] >= pos)
            k--;
    }
    return HK_OK;
}

static hk_status scan(hk_extractor *ex, const hk_rule *rule, hk_error *err)
{
    if (rule->scan_bit && !ex->scan_unbounded)
        return scan_bounded(ex, rule, err);
    size_t pos = 0;
    while (pos <= ex->nt.len) {
        const size_t *ov;
        hk_match_rc rc = hk_i_regex_match(rule->re, ex->nt.s, ex->nt.len, pos,
                                          ex->md, &ov);
        if (rc == HK_M_NONE)
            return HK_OK;
        if (rc != HK_M_FOUND)
            return limit_warning(ex, rule, rc, err);
        hk_status st = add_match(ex, rule, ov, err);
        if (st != HK_OK)
            return st;
        pos = after_match(ex, pos, ov);
    }
    return HK_OK;
}

hk_status hk_i_match_rules(hk_extractor *ex, hk_rule_at at, hk_error *err)
{
    const hk_rules *r = ex->rules;
    size_t n_mentions = ex->mentions.len;
    /* needs.c's memo is of this call's tokens (rules with needs are
       tried at lexicons and titles, never in a scan). */
    if (at != HK_AT_SCAN && !hk_i_needs_reset(ex))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (at == HK_AT_SCAN && r->n_scan_bits && !scan_starts(ex))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t j = r->at_off[at]; j < r->at_off[at + 1]; j++) {
        const hk_rule *rule = &r->rules[r->by_at[j]];
        hk_status st = HK_OK;
        if (at == HK_AT_SCAN) {
            st = scan(ex, rule, err);
        } else if (at == HK_AT_LEXICON) {
            int kind = needs_kind(rule);
            st = kind == 0   ? at_tags(ex, rule, 0, err)
                 : kind == 1 ? at_tags(ex, rule, 1, err)
                             : at_tags(ex, rule, 2, err);
        } else {
            /* After each title found so far (not those this loop adds). */
            for (size_t k = 0; st == HK_OK && k < n_mentions; k++) {
                const hk_mention *m = &HK_VEC_AT(&ex->mentions, hk_mention, k);
                if (m->type == HK_TITLE && !m->dead)
                    st = try_at(ex, rule, m->e, hk_i_needs_token(ex, m->e),
                                needs_kind(rule), err);
            }
        }
        if (st != HK_OK)
            return st;
    }
    return HK_OK;
}
