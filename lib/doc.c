/*
 * doc.c - the result of one extraction (hk_doc): built from the mentions,
 * roles and units of the pipeline with offsets mapped back to code points
 * of the original text, and written as one line of JSON; or that line
 * written straight from the pipeline's mentions, roles and units, with
 * the same writers, when no hk_doc is wanted (hk_extract_append_json).
 */
#include "extract.h"
#include "lstr.h"

#include <stdlib.h>
#include <string.h>

static void orig_span(const hk_extractor *ex, uint32_t s, uint32_t e,
                      size_t *cs, size_t *ce)
{
    *cs = hk_i_map_from(&ex->nt, s);
    *ce = e > s ? hk_i_map_to(&ex->nt, e - 1) : *cs;
}

const char *hk_i_span_display(hk_extractor *ex, uint32_t s, uint32_t e)
{
    size_t cs, ce;
    if (!ex->nt.cp_ready)
        return NULL;
    orig_span(ex, s, e, &cs, &ce);
    size_t bs = ex->nt.cp_byte[cs], be = ex->nt.cp_byte[ce];
    return hk_i_display_form(ex->rules->norm, ex->arena, ex->nt.orig + bs,
                             be - bs);
}

/* «للمنسق الإقليمي»: the span starts after the clitic ل, at the ل left of
   the article, whose alef the writing dropped. */
static bool alef_dropped(const hk_extractor *ex, const hk_mention *m)
{
    const unsigned char *t = (const unsigned char *)ex->nt.s;
    if (m->s < 2 || m->s + 2 > m->e || t[m->s] != 0xD9 || t[m->s + 1] != 0x84 ||
        t[m->s - 2] != 0xD9 || t[m->s - 1] != 0x84)
        return false;
    /* The token holding m->s (hk_i_token_at gives the first from it). */
    size_t k = hk_i_token_at(ex, m->s);
    if (k < ex->tokens.len && HK_VEC_AT(&ex->tokens, hk_token, k).s == m->s)
        return false;
    return k > 0 && k <= ex->tokens.len &&
           HK_VEC_AT(&ex->tokens, hk_token, k - 1).s + 2 <= m->s &&
           HK_VEC_AT(&ex->tokens, hk_token, k - 1).e > m->s;
}

/* Does a part of m with a def form open with the article?  Such a word
   stands for another («التنسيق» for «المنسق»: function-posts.lex). */
static bool definite_def(const hk_extractor *ex, const hk_mention *m)
{
    for (size_t k = 0; k < m->n_def; k++) {
        if (m->def_e[k] - m->def_s[k] > 4 && hk_i_has_article(ex->nt.s + m->def_s[k], 4))
            return true;
    }
    return false;
}

static const char *role_text(hk_extractor *ex, const hk_mention *m)
{
    /* Definite forms replace an indefinite title made of a noun and its
       adjective («كاتبة إقليمية» → «الكاتبة الإقليمية»); a lone
       indefinite head before a genitive («منسقة القيادة الجماعية») stays.
       A head with a pronoun («كاتبها العام») takes its def form always, and
       so does a dual or plural title, whose holders each hold the post in
       the singular («عضوي المكتب السياسي» → «عضو المكتب السياسي»), and
       a definite word with a def form («التنسيق المحلي» → «المنسق
       المحلي»). */
    bool adjectival = m->n_def >= 2 || definite_def(ex, m) ||
                      (m->n_def == 1 && m->def_e[0] >= m->e) ||
                      (m->n_def >= 1 && hk_i_mention_key(m, ex->rules->keys.pron)) ||
                      (m->n_def >= 1 && m->type == HK_TITLE && m->number > 1);
    if (!adjectival)
        return hk_i_span_display(ex, m->s, m->e);
    hk_buf b = {0};
    bool ok = true;
    const hk_token *tok = ex->tokens.items;
    /* The words of the span (the first may carry a clitic outside it). */
    size_t t = hk_i_token_at(ex, m->s);
    while (t > 0 && tok[t - 1].e > m->s)
        t--;
    for (; ok && t < ex->tokens.len && tok[t].s < m->e; t++) {
        uint32_t s = tok[t].s > m->s ? tok[t].s : m->s;
        uint32_t e = tok[t].e < m->e ? tok[t].e : m->e;
        const char *piece = NULL;
        bool skip = false;
        for (size_t k = 0; k < m->n_def; k++) {
            if (s >= m->def_s[k] && e <= m->def_e[k]) {
                /* The words of one part give its def form once. */
                if (s == m->def_s[k])
                    piece = m->def[k];
                else
                    skip = true;
            }
        }
        if (skip)
            continue;
        if (!piece)
            piece = hk_i_span_display(ex, s, e);
        ok = piece && (!b.len || hk_i_buf_puts(&b, " ")) &&
             hk_i_buf_puts(&b, piece);
    }
    const char *r = ok ? hk_i_arena_strndup(ex->arena, b.data ? b.data : "",
                                            b.len)
                       : NULL;
    hk_i_buf_free(&b);
    return r;
}

/* The role's text, with the alef that «لل» dropped put back. */
const char *hk_i_role_text(hk_extractor *ex, const hk_mention *m)
{
    const char *r = role_text(ex, m);
    if (!r || (unsigned char)r[0] != 0xD9 || (unsigned char)r[1] != 0x84 ||
        !alef_dropped(ex, m))
        return r;
    return hk_i_arena_concat(ex->arena, "\xD8\xA7", r);      /* ا */
}

/* A territory is named in a result as the article spells it most often
   (the first spelling on a tie; a name after its type word counts twice):
   the press's spelling («الناظور») or the official name («الناضور»); a
   headline's «بالناظور» does not outvote the body's «بإقليم الناضور».
   ex->terr_written holds the names while the result is built (set=true),
   and is cleared after (set=false).  The vote (a majority vote, one pass)
   is kept in ex->terr_counts, zero again on return. */
static void spell_territories(hk_extractor *ex, bool set)
{
    if (!ex->spelled)           /* every name the official one */
        return;
    uint32_t (*votes)[3] = ex->terr_counts;
    for (size_t i = 0; i < ex->mentions.len; i++) {
        const hk_mention *m = MENTION(ex, i);
        if (m->type != HK_TERRITORY || m->dead)
            continue;
        const char **w = &ex->terr_written[m->territory];
        if (!set) {
            *w = NULL;
            continue;
        }
        uint32_t *v = &votes[m->territory][0];
        const char *spelling = m->written ? m->written
                                          : ex->rules->territories[m->territory].name;
        /* A name after its type word («بإقليم الناضور», «جماعة اثنين
           أكلو») is the article's formal naming: two votes. */
        uint32_t weight = m->s > m->ms && memchr(ex->nt.s + m->ms, ' ', m->s - m->ms) ? 2 : 1;
        if (!*w || spelling == *w) {
            *w = spelling;
            *v += weight;
        } else if (*v >= weight) {
            *v -= weight;
        } else {
            *w = spelling;
            *v = weight - *v;
        }
    }
    for (size_t i = 0; set && i < ex->mentions.len; i++) {
        const hk_mention *m = MENTION(ex, i);
        if (m->type == HK_TERRITORY && !m->dead)
            votes[m->territory][0] = 0;
    }
}

static const char *territory_name(const hk_extractor *ex, int t)
{
    if (t < 0)
        return "";
    const char *w = ex->terr_written[t];
    return w ? w : ex->rules->territories[t].name;
}

static const char *territory_code(const hk_extractor *ex, int t)
{
    return t >= 0 ? ex->rules->territories[t].code : "";
}

/* Where an entity goes: entities are sorted by start, longest first, then
   by type, and (as a stable sort would leave them) by mention.  The four
   are packed in two words compared as one number: the start and the
   complement of the end (offsets are 32-bit), then the type and the
   mention. */
typedef struct ent_key {
    uint64_t hi, lo;
} ent_key;

static inline ent_key make_key(size_t start, size_t end, uint32_t type,
                               uint32_t mention)
{
    return (ent_key){(uint64_t)start << 32 | (uint32_t)~(uint32_t)end,
                     (uint64_t)type << 32 | mention};
}

static inline bool key_less(const ent_key *x, const ent_key *y)
{
    return x->hi < y->hi || (x->hi == y->hi && x->lo < y->lo);
}

static const char *or_empty(const char *s)
{
    return s ? s : "";
}

/* "" as the doc keeps its strings; it lives as long as the program, like
   the enum names a doc points to (hk_name), so it is not copied. */
static const hk_name empty = {0, 0, ""};
#define EMPTY (empty.s)

/* The keys are all different, so any sort gives the one order.  They come
   in runs, one per rule, each in order: runs of 64 are sorted by
   insertion, then merged in pairs between keys and tmp (room for n, if
   n > SORT_RUN);
   returns where the sorted keys are. */
enum { SORT_RUN = 64 };

static ent_key *sort_entities(ent_key *keys, ent_key *tmp, size_t n)
{
    enum { RUN = SORT_RUN };
    for (size_t r = 0; r < n; r += RUN) {
        size_t end = r + RUN < n ? r + RUN : n;
        for (size_t i = r + 1; i < end; i++) {
            if (!key_less(&keys[i], &keys[i - 1]))
                continue;
            ent_key k = keys[i];
            size_t j = i;
            do {
                keys[j] = keys[j - 1];
                j--;
            } while (j > r && key_less(&k, &keys[j - 1]));
            keys[j] = k;
        }
    }
    ent_key *from = keys, *to = tmp;
    for (size_t w = RUN; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n;
            size_t hi = mid + w < n ? mid + w : n;
            size_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi)
                to[o++] = key_less(&from[j], &from[i]) ? from[j++] : from[i++];
            while (i < mid)
                to[o++] = from[i++];
            while (j < hi)
                to[o++] = from[j++];
        }
        ent_key *t = from;
        from = to;
        to = t;
    }
    return from;
}

/* The doc's copies of strings (hk_i_arena_lstr, as all its strings): the
   same string (a rule's name, a territory's, a role, "") is copied once
   per doc and shared, the doc being read-only.  Only from[] starts
   zeroed: to[h] is read once from[h] is set to s, and s is never NULL (an
   empty from[h] is). */
enum { COPIES = 256 };
typedef struct copies {
    const char *from[COPIES];
    const char *to[COPIES];
} copies;

/* A string not seen yet, copied into slot h ("" is EMPTY). */
static __attribute__((noinline)) const char *
copy_new(hk_arena *arena, copies *c, const char *s, size_t h)
{
    const char *d = *s ? hk_i_arena_lstr(arena, s, strlen(s)) : EMPTY;
    if (d) {
        c->from[h] = s;
        c->to[h] = d;
    }
    return d;
}

/* Most strings were seen before: that takes a few instructions inline,
   and no look at the string itself. */
static inline const char *copy(hk_arena *arena, copies *c, const char *s)
{
    if (!s)
        return s;
    size_t h = (size_t)(((uintptr_t)s * 0x9E3779B97F4A7C15u) >> 56);
    return c->from[h] == s ? c->to[h] : copy_new(arena, c, s, h);
}

/* The entities in the result's order: the keys of the live mentions
   (the generic party left out), sorted, in `stack` (STACK_KEYS of them)
   when they fit, else in ex's arena; *n receives how many.  NULL when out
   of memory. */
enum { STACK_KEYS = 128 };

static const ent_key *entity_order(hk_extractor *ex, ent_key *stack, size_t *n)
{
    /* The keys of most docs fit on the stack, and need no room to merge. */
    ent_key *keys = ex->mentions.len <= STACK_KEYS
                        ? stack
                        : hk_i_arena_alloc(ex->arena, ex->mentions.len *
                                                          sizeof *keys);
    if (!keys)
        return NULL;
    size_t c = 0;
    for (size_t i = 0; i < ex->mentions.len; i++) {
        const hk_mention *m = MENTION(ex, i);
        if (m->dead || m->generic_party)
            continue;
        size_t start, end;
        orig_span(ex, m->s, m->e, &start, &end);
        keys[c++] = make_key(start, end, (uint32_t)m->type, (uint32_t)i);
    }
    ent_key *tmp = c > SORT_RUN ? hk_i_arena_alloc(ex->arena, c * sizeof *tmp)
                                : NULL;
    if (c > SORT_RUN && !tmp)
        return NULL;
    *n = c;
    return sort_entities(keys, tmp, c);
}

/* An entity's text: where it starts in the original, and its length (as
   a C string it ends at a NUL byte, which the normaliser counts among
   the controls). */
static const char *entity_text(const hk_extractor *ex, size_t start,
                               size_t end, size_t *len)
{
    size_t bs = ex->nt.cp_byte[start], be = ex->nt.cp_byte[end];
    const char *t = ex->nt.orig + bs;
    *len = ex->nt.controls ? strnlen(t, be - bs) : be - bs;
    return t;
}

/* An entity's strings besides its text, as the extractor and the rules
   hold them (kind is the program's, the s of an hk_name, or EMPTY). */
typedef struct ent_strs {
    const char *norm, *kind, *code, *value, *rule;
} ent_strs;

static inline __attribute__((always_inline)) void
entity_strings(const hk_extractor *ex, const hk_mention *m, ent_strs *o)
{
    o->kind = EMPTY;
    o->code = "";
    o->value = "";
    switch (m->type) {
    case HK_TERRITORY:
        o->norm = territory_name(ex, m->territory);
        o->kind = hk_i_tkind_name(ex->rules->territories[m->territory].kind);
        o->code = territory_code(ex, m->territory);
        break;
    case HK_TITLE:
    case HK_BODY:
        o->norm = or_empty(m->role);
        o->kind = hk_i_kind_name((hk_role_kind)m->kind)->s;
        break;
    case HK_DATE:
        o->norm = or_empty(m->value);
        o->value = o->norm;
        break;
    case HK_PARTY:
        o->norm = or_empty(m->party);
        break;
    default:
        o->norm = or_empty(m->norm);
    }
    o->rule = or_empty(m->source);
}

hk_status hk_i_doc_build(hk_extractor *ex, hk_arena *arena, hk_doc **out,
                         hk_error *err)
{
    /* The doc and everything it points to live in its own arena, whose
       first allocation is the doc itself: freeing the arena frees all. */
    hk_doc *doc = hk_i_arena_alloc(arena, sizeof(hk_doc) + sizeof(hk_arena));
    if (!doc || !ex->nt.cp_ready)
        goto oom;
    copies cp;
    memset(cp.from, 0, sizeof cp.from);
    const hk_doc_info *info = ex->info;
    doc->id = copy(arena, &cp, info && info->id ? info->id : "");
    doc->date = copy(arena, &cp, info && info->date ? info->date : "");
    doc->title = copy(arena, &cp, info && info->title ? info->title : "");
    doc->url = copy(arena, &cp, info && info->url ? info->url : "");
    if (!doc->id || !doc->date || !doc->title || !doc->url)
        goto oom;

    spell_territories(ex, true);
    /* The entities are sorted by their keys first, then written in place. */
    ent_key stack_keys[STACK_KEYS];
    size_t n = 0;
    const ent_key *keys = entity_order(ex, stack_keys, &n);
    if (!keys)
        goto oom;
    /* Every field of every entity is written below. */
    hk_entity *ents = hk_i_arena_alloc_raw(arena, (n + 1) * sizeof *ents);
    if (!ents)
        goto oom;
    for (size_t k = 0; k < n; k++) {
        const hk_mention *m = MENTION(ex, (uint32_t)keys[k].lo);
        hk_entity *e = &ents[k];
        e->type = m->type;
        e->start = (size_t)(keys[k].hi >> 32);
        e->end = (uint32_t)~(uint32_t)keys[k].hi;
        size_t lt;
        const char *t = entity_text(ex, e->start, e->end, &lt);
        e->text = hk_i_arena_lstr(arena, t, lt);
        /* Strings owned by the extractor's arena or the rules are copied
           into the doc's; kinds and "" are the program's (hk_name). */
        ent_strs es;
        entity_strings(ex, m, &es);
        e->kind = es.kind;
        e->code = *es.code ? copy(arena, &cp, es.code) : EMPTY;
        e->value = *es.value ? copy(arena, &cp, es.value) : EMPTY;
        e->norm = copy(arena, &cp, es.norm);
        e->rule = copy(arena, &cp, es.rule);
        if (!e->text || !e->kind || !e->norm || !e->value || !e->rule || !e->code)
            goto oom;
    }
    doc->entities = ents;
    doc->n_entities = n;

    hk_role *roles = hk_i_arena_alloc_raw(arena, (ex->roles.len + 1) * sizeof *roles);
    if (!roles)
        goto oom;
    for (size_t i = 0; i < ex->roles.len; i++) {
        const hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
        hk_role *o = &roles[i];
        o->person = copy(arena, &cp, MENTION(ex, r->person)->norm);
        o->role = copy(arena, &cp, or_empty(r->role));
        o->kind = (hk_role_kind)r->kind;
        o->level = r->level;
        o->territory = copy(arena, &cp, territory_name(ex, r->territory));
        o->territory_code = territory_code(ex, r->territory);
        o->party = copy(arena, &cp, or_empty(r->party));
        o->status = (hk_role_status)r->status;
        orig_span(ex, r->s, r->e, &o->start, &o->end);
        o->territory_code = copy(arena, &cp, o->territory_code);
        if (!o->person || !o->role || !o->territory || !o->party ||
            !o->territory_code)
            goto oom;
    }
    doc->roles = roles;
    doc->n_roles = ex->roles.len;

    hk_unit *units = hk_i_arena_alloc_raw(arena, (ex->units.len + 1) * sizeof *units);
    if (!units)
        goto oom;
    for (size_t i = 0; i < ex->units.len; i++) {
        const hk_unit_i *u = &HK_VEC_AT(&ex->units, hk_unit_i, i);
        units[i].level = u->level;
        units[i].territory = copy(arena, &cp, territory_name(ex, u->territory));
        units[i].territory_code = copy(arena, &cp, territory_code(ex, u->territory));
        units[i].party = copy(arena, &cp, or_empty(u->party));
        units[i].name = copy(arena, &cp, or_empty(u->name));
        if (!units[i].territory || !units[i].territory_code ||
            !units[i].party || !units[i].name)
            goto oom;
    }
    doc->units = units;
    doc->n_units = ex->units.len;

    const char **warns = hk_i_arena_alloc(arena, (ex->warnings.len + 1) *
                                                     sizeof *warns);
    if (!warns)
        goto oom;
    for (size_t i = 0; i < ex->warnings.len; i++)
        if (!(warns[i] = copy(arena, &cp, HK_VEC_AT(&ex->warnings, char *, i))))
            goto oom;
    doc->warnings = warns;
    doc->n_warnings = ex->warnings.len;
    *(hk_arena *)(doc + 1) = *arena;
    *out = doc;
    spell_territories(ex, false);
    return HK_OK;
oom:
    spell_territories(ex, false);
    return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

/* The arena that owns a doc sits right after it (see hk_i_doc_build). */
void hk_doc_free(hk_doc *doc)
{
    if (!doc)
        return;
    hk_arena *a = (hk_arena *)(doc + 1);
    hk_arena copy = *a;
    hk_i_arena_free(&copy);
}

/* A literal piece of JSON (keys with their quotes, colons, brackets). */
#define LIT(b, s) hk_i_buf_add((b), (s), sizeof(s) - 1)

/* A line is written from an hk_doc (hk_doc_append_json) or straight from
   the extractor (hk_i_doc_write_json), by the same writers below, so that
   the two give the same bytes.  Every string is written into room
   reserved for all of its entity, role or unit at once (six bytes for
   each byte of its strings, plus PIECES for its keys, numbers and names
   and the sixteen bytes that hk_i_json_put_lstr or hk_i_json_put_any may
   write past a string), by these writers that check none.  A doc's
   strings keep their lengths (lstr.h), and are read in aligned blocks
   (`lstr`); the extractor's are not (their lengths are found once per
   line, see lens). */
enum { PIECES = 320 };

/* A string and its length. */
typedef struct jstr {
    const char *s;
    size_t n;
} jstr;

/* A literal at o; the end of it. */
#define PUT(o, s) (memcpy((o), (s), sizeof(s) - 1), (o) + sizeof(s) - 1)

static inline __attribute__((always_inline)) char *
put_str(char *o, jstr v, bool lstr)
{
    return lstr ? hk_i_json_put_lstr(o, v.s, v.n) : hk_i_json_put_any(o, v.s, v.n);
}

/* A string value: `,"key":"value"`. */
#define PUT_FIELD(o, key, v, lstr) put_str(PUT(o, key), (v), (lstr))

/* A name the library gives (an entity type, a level, a role's kind or
   status): plain ASCII letters, nothing to escape.  Sixteen bytes are
   copied, the closing quote written over those past the name. */
static char *put_name(char *o, const hk_name *name)
{
    o[0] = '"';
    memcpy(o + 1, name->s, sizeof name->s);
    o[name->n + 1] = '"';
    return o + name->n + 2;
}

/* Makes room for n more bytes (and a NUL) in b. */
static bool room(hk_buf *b, size_t n)
{
    return b->cap - b->len > n || hk_i_buf_reserve(b, n);
}

/* A string field of the doc itself (id, date, a warning), with room. */
static inline __attribute__((always_inline)) bool
field(hk_buf *b, const char *key, size_t key_len, jstr v, bool lstr)
{
    if (!room(b, key_len + 6 * v.n + 18))
        return false;
    char *o = b->data + b->len;
    memcpy(o, key, key_len);
    b->len = (size_t)(put_str(o + key_len, v, lstr) - b->data);
    return true;
}
#define FIELD(b, key, v, lstr) field((b), (key), sizeof(key) - 1, (v), (lstr))

/* What the line says of an entity, a role and a unit. */
typedef struct ent_out {
    hk_entity_type type;
    size_t start, end;
    jstr text, norm, kind, code, value, rule;
} ent_out;

typedef struct role_out {
    jstr person, role, territory, territory_code, party;
    hk_role_kind kind;
    hk_level level;
    hk_role_status status;
    size_t start, end;
} role_out;

typedef struct unit_out {
    hk_level level;
    jstr territory, territory_code, party, name;
} unit_out;

/* The start of the line, up to the entities' '[' (room for the line
   asked first: about what it takes, so that it is rarely grown). */
static inline __attribute__((always_inline)) bool
put_head(hk_buf *b, jstr id, jstr date, size_t ne, size_t nr, size_t nu,
         bool lstr)
{
    bool ok = room(b, 256 + 256 * ne + 320 * nr + 192 * nu);
    ok = ok && FIELD(b, "{\"doc\":", id, lstr);
    if (ok && date.n)
        ok = FIELD(b, ",\"date\":", date, lstr);
    return ok && LIT(b, ",\"entities\":[");
}

static inline __attribute__((always_inline)) bool
put_entity(hk_buf *b, const ent_out *e, bool first, bool lstr)
{
    if (!room(b, 6 * (e->text.n + e->norm.n + e->kind.n + e->code.n +
                      e->value.n + e->rule.n) + PIECES))
        return false;
    char *o = b->data + b->len;
    if (!first)
        *o++ = ',';
    o = put_name(PUT(o, "{\"type\":"), hk_i_type_name(e->type));
    o = PUT_FIELD(o, ",\"text\":", e->text, lstr);
    o = hk_i_uint_put(PUT(o, ",\"start\":"), e->start);
    o = hk_i_uint_put(PUT(o, ",\"end\":"), e->end);
    o = PUT_FIELD(o, ",\"norm\":", e->norm, lstr);
    if (e->kind.n)
        o = PUT_FIELD(o, ",\"kind\":", e->kind, lstr);
    if (e->code.n)
        o = PUT_FIELD(o, ",\"code\":", e->code, lstr);
    if (e->value.n)
        o = PUT_FIELD(o, ",\"value\":", e->value, lstr);
    o = PUT_FIELD(o, ",\"rule\":", e->rule, lstr);
    *o++ = '}';
    b->len = (size_t)(o - b->data);
    return true;
}

static inline __attribute__((always_inline)) bool
put_role(hk_buf *b, const role_out *r, bool first, bool lstr)
{
    if (!room(b, 6 * (r->person.n + r->role.n + r->territory.n +
                      r->territory_code.n + r->party.n) + PIECES))
        return false;
    char *o = b->data + b->len;
    if (!first)
        *o++ = ',';
    o = PUT_FIELD(o, "{\"person\":", r->person, lstr);
    o = PUT_FIELD(o, ",\"role\":", r->role, lstr);
    o = put_name(PUT(o, ",\"kind\":"), hk_i_kind_name(r->kind));
    o = put_name(PUT(o, ",\"level\":"), hk_i_level_name(r->level));
    o = PUT_FIELD(o, ",\"territory\":", r->territory, lstr);
    if (r->territory_code.n)
        o = PUT_FIELD(o, ",\"territory_code\":", r->territory_code, lstr);
    o = PUT_FIELD(o, ",\"party\":", r->party, lstr);
    o = put_name(PUT(o, ",\"status\":"), hk_i_status_name(r->status));
    o = hk_i_uint_put(PUT(o, ",\"start\":"), r->start);
    o = hk_i_uint_put(PUT(o, ",\"end\":"), r->end);
    *o++ = '}';
    b->len = (size_t)(o - b->data);
    return true;
}

static inline __attribute__((always_inline)) bool
put_unit(hk_buf *b, const unit_out *u, bool first, bool lstr)
{
    if (!room(b, 6 * (u->territory.n + u->territory_code.n + u->party.n +
                      u->name.n) + PIECES))
        return false;
    char *o = b->data + b->len;
    if (!first)
        *o++ = ',';
    o = put_name(PUT(o, "{\"level\":"), hk_i_level_name(u->level));
    o = PUT_FIELD(o, ",\"territory\":", u->territory, lstr);
    if (u->territory_code.n)
        o = PUT_FIELD(o, ",\"territory_code\":", u->territory_code, lstr);
    o = PUT_FIELD(o, ",\"party\":", u->party, lstr);
    o = PUT_FIELD(o, ",\"name\":", u->name, lstr);
    *o++ = '}';
    b->len = (size_t)(o - b->data);
    return true;
}

/* A warning: the first opens the list. */
static inline __attribute__((always_inline)) bool
put_warning(hk_buf *b, jstr w, bool first, bool lstr)
{
    return first ? LIT(b, ",\"warnings\":[") && FIELD(b, "", w, lstr)
                 : FIELD(b, ",", w, lstr);
}

/* The end of the line (after the units' ']' and the warnings, if any). */
static bool put_tail(hk_buf *b, bool warned)
{
    bool ok = (!warned || LIT(b, "]")) && LIT(b, "}\n");
    if (ok)
        b->data[b->len] = '\0';
    return ok;
}

/* A string of a doc. */
static jstr doc_str(const char *s)
{
    return (jstr){s, hk_i_lstr_len(s)};
}

/* Writes the line of a doc at the end of b. */
static bool write_json(const hk_doc *doc, hk_buf *b)
{
    bool ok = put_head(b, doc_str(doc->id), doc_str(doc->date),
                       doc->n_entities, doc->n_roles, doc->n_units, true);
    for (size_t i = 0; ok && i < doc->n_entities; i++) {
        const hk_entity *e = &doc->entities[i];
        ent_out v = {e->type, e->start, e->end, doc_str(e->text),
                     doc_str(e->norm), doc_str(e->kind), doc_str(e->code),
                     doc_str(e->value), doc_str(e->rule)};
        ok = put_entity(b, &v, !i, true);
    }
    ok = ok && LIT(b, "],\"roles\":[");
    for (size_t i = 0; ok && i < doc->n_roles; i++) {
        const hk_role *r = &doc->roles[i];
        role_out v = {doc_str(r->person), doc_str(r->role),
                      doc_str(r->territory), doc_str(r->territory_code),
                      doc_str(r->party), r->kind, r->level, r->status,
                      r->start, r->end};
        ok = put_role(b, &v, !i, true);
    }
    ok = ok && LIT(b, "],\"units\":[");
    for (size_t i = 0; ok && i < doc->n_units; i++) {
        const hk_unit *u = &doc->units[i];
        unit_out v = {u->level, doc_str(u->territory),
                      doc_str(u->territory_code), doc_str(u->party),
                      doc_str(u->name)};
        ok = put_unit(b, &v, !i, true);
    }
    ok = ok && LIT(b, "]");
    for (size_t i = 0; ok && i < doc->n_warnings; i++)
        ok = put_warning(b, doc_str(doc->warnings[i]), !i, true);
    return ok && put_tail(b, doc->n_warnings != 0);
}

/* The lengths of the extractor's strings, found once per line: the same
   string (a rule's name, a territory's, a role) comes back often, and is
   known by its address, as in copies. */
typedef struct lens {
    const char *from[COPIES];
    size_t n[COPIES];
} lens;

static __attribute__((noinline)) size_t len_new(lens *c, const char *s,
                                                size_t h)
{
    c->from[h] = s;
    return c->n[h] = strlen(s);
}

static inline jstr ex_str(lens *c, const char *s)
{
    size_t h = (size_t)(((uintptr_t)s * 0x9E3779B97F4A7C15u) >> 56);
    return (jstr){s, c->from[h] == s ? c->n[h] : len_new(c, s, h)};
}

/* The line hk_i_doc_build's doc would give, written from the extractor. */
static bool write_ex(hk_extractor *ex, hk_buf *b)
{
    lens ln;
    memset(ln.from, 0, sizeof ln.from);
    const hk_doc_info *info = ex->info;
    jstr id = ex_str(&ln, info && info->id ? info->id : ""),
         date = ex_str(&ln, info && info->date ? info->date : "");
    ent_key stack_keys[STACK_KEYS];
    size_t n = 0;
    const ent_key *keys = entity_order(ex, stack_keys, &n);
    bool ok = keys && put_head(b, id, date, n, ex->roles.len, ex->units.len,
                               false);
    for (size_t k = 0; ok && k < n; k++) {
        const hk_mention *m = MENTION(ex, (uint32_t)keys[k].lo);
        ent_out v;
        v.type = m->type;
        v.start = (size_t)(keys[k].hi >> 32);
        v.end = (uint32_t)~(uint32_t)keys[k].hi;
        v.text.s = entity_text(ex, v.start, v.end, &v.text.n);
        ent_strs es;
        entity_strings(ex, m, &es);
        v.norm = ex_str(&ln, es.norm);
        v.kind = (jstr){es.kind, hk_i_lstr_len(es.kind)};
        v.code = ex_str(&ln, es.code);
        v.value = ex_str(&ln, es.value);
        v.rule = ex_str(&ln, es.rule);
        ok = put_entity(b, &v, !k, false);
    }
    ok = ok && LIT(b, "],\"roles\":[");
    for (size_t i = 0; ok && i < ex->roles.len; i++) {
        const hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
        const char *person = MENTION(ex, r->person)->norm;
        role_out v;
        if (!(ok = person != NULL))     /* as copy() in hk_i_doc_build */
            break;
        v.person = ex_str(&ln, person);
        v.role = ex_str(&ln, or_empty(r->role));
        v.territory = ex_str(&ln, territory_name(ex, r->territory));
        v.territory_code = ex_str(&ln, territory_code(ex, r->territory));
        v.party = ex_str(&ln, or_empty(r->party));
        v.kind = (hk_role_kind)r->kind;
        v.level = r->level;
        v.status = (hk_role_status)r->status;
        orig_span(ex, r->s, r->e, &v.start, &v.end);
        ok = put_role(b, &v, !i, false);
    }
    ok = ok && LIT(b, "],\"units\":[");
    for (size_t i = 0; ok && i < ex->units.len; i++) {
        const hk_unit_i *u = &HK_VEC_AT(&ex->units, hk_unit_i, i);
        unit_out v = {u->level, ex_str(&ln, territory_name(ex, u->territory)),
                      ex_str(&ln, territory_code(ex, u->territory)),
                      ex_str(&ln, or_empty(u->party)),
                      ex_str(&ln, or_empty(u->name))};
        ok = put_unit(b, &v, !i, false);
    }
    ok = ok && LIT(b, "]");
    for (size_t i = 0; ok && i < ex->warnings.len; i++)
        ok = put_warning(b, ex_str(&ln, HK_VEC_AT(&ex->warnings, char *, i)),
                         !i, false);
    return ok && put_tail(b, ex->warnings.len != 0);
}

hk_status hk_i_doc_write_json(hk_extractor *ex, hk_buf *b, hk_error *err)
{
    size_t len = b->len;
    bool ok = ex->nt.cp_ready;
    if (ok) {
        spell_territories(ex, true);
        ok = write_ex(ex, b);
        spell_territories(ex, false);
    }
    if (ok)
        return HK_OK;
    b->len = len;
    return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

hk_status hk_doc_append_json(const hk_doc *doc, char **buf, size_t *len,
                             size_t *cap)
{
    if (!doc || !buf || !len || !cap || *len > *cap || (*cap && !*buf))
        return HK_ERR_ARG;
    hk_buf b = {*buf, *len, *cap};
    bool ok = write_json(doc, &b);
    /* The buffer may have moved even when writing failed. */
    *buf = b.data;
    *cap = b.cap;
    if (!ok)
        return HK_ERR_NOMEM;
    *len = b.len;
    return HK_OK;
}

hk_status hk_doc_to_json(const hk_doc *doc, char **out, size_t *len)
{
    if (!out)
        return HK_ERR_ARG;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    hk_status st = hk_doc_append_json(doc, &buf, &n, &cap);
    if (st != HK_OK) {
        free(buf);
        return st;
    }
    *out = buf;
    if (len)
        *len = n;
    return HK_OK;
}
