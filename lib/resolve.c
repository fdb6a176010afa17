/*
 * resolve.c - turns raw matches into one consistent reading of the article:
 * territories and parties from the tagger (with their type words and the
 * ambiguity of names that are also ordinary words), one mention where
 * rules overlap, persons cleaned and linked to their full form when only a
 * surname is written, and the article's own party, region and province,
 * which fill what a sentence leaves implicit.
 */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

#define TAG(ex, i) (&HK_VEC_AT(&(ex)->tags, hk_tag, i))

static bool overlaps(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
    return a < d && c < b;
}

/* A walk along one lexicon's tags for tag_ending_at, whose calls come
   with the token never going back: the tags that start too early for
   the window are passed once. */
typedef struct tag_cursor {
    hk_tag_list tl;
    size_t at;
} tag_cursor;

/* The tag of the cursor's lexicon that ends right where token `tok`
   begins (the one that starts first), or NULL.  Entries span a few words
   at most: the tags that start in the eight tokens before are read. */
static const hk_tag *tag_ending_at(const hk_extractor *ex, tag_cursor *c,
                                   size_t tok)
{
    size_t t0 = tok > 8 ? tok - 8 : 0;
    while (c->at < c->tl.n && TAG(ex, c->tl.ix[c->at])->tok < t0)
        c->at++;
    for (size_t i = c->at; i < c->tl.n; i++) {
        const hk_tag *t = TAG(ex, c->tl.ix[i]);
        if (t->tok >= tok)
            break;
        if (t->tok_end == tok)
            return t;
    }
    return NULL;
}

/* Is a territory of this kind a local unit's (a commune, an
   arrondissement)? */
static bool local_kind(hk_tkind k)
{
    return k == HK_T_COMMUNE || k == HK_T_ARRONDISSEMENT;
}

static int kind_rank(hk_tkind k)
{
    /* A bare name shared by a city and its province reads as the city
       (unify_territories makes it the province when the article also
       names the province as such); region names are rarely shared. */
    switch (k) {
    case HK_T_COMMUNE: return 0;
    case HK_T_PROVINCE: return 1;
    case HK_T_REGION: return 2;
    case HK_T_ARRONDISSEMENT: return 3;
    }
    return 4;
}

static hk_tkind parse_tkind(const char *v)
{
    return v ? hk_i_parse_tkind(v, strlen(v)) : 0;
}

/* Is the text between a and b only «و» and punctuation? */
static bool list_joint(const hk_extractor *ex, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)ex->nt.s[i];
        if (c == ' ' || c == ',' || (c == 0xD8 && i + 1 < b &&
                                     (unsigned char)ex->nt.s[i + 1] == 0x8C)) {
            i += c == 0xD8;
            continue;
        }
        if (c == 0xD9 && i + 1 < b && (unsigned char)ex->nt.s[i + 1] == 0x88) {
            i++;        /* و */
            continue;
        }
        return false;
    }
    return true;
}

/* Is there a «و» in [a, b)? */
static bool waw_between(const hk_extractor *ex, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i + 1 < b; i++)
        if ((unsigned char)ex->nt.s[i] == 0xD9 &&
            (unsigned char)ex->nt.s[i + 1] == 0x88)
            return true;
    return false;
}

/* The next place of tl after the tag tl.ix[p], which ends at token end,
   or NULL. */
static const hk_tag *next_place(const hk_extractor *ex, hk_tag_list tl,
                                size_t p, uint32_t end)
{
    for (size_t q = p + 1; q < tl.n; q++) {
        const hk_tag *u = TAG(ex, tl.ix[q]);
        if (u->tok >= end)
            return u;
    }
    return NULL;
}

/* «أقاليم العيون وبوجدور وطرفاية»: does another place of tl, after the
   tag tl.ix[p] ending at token end, follow in a list? */
static bool list_follows(const hk_extractor *ex, hk_tag_list tl, size_t p,
                         uint32_t end)
{
    uint32_t e = HK_VEC_AT(&ex->tokens, hk_token, end - 1).e;
    const hk_tag *u = next_place(ex, tl, p, end);
    return u && list_joint(ex, e, u->ts);
}

/* «فلاحي الرتب ووادي النعام»: is the next place joined to it by «و», and
   no ordinary word (common-places.lex)? */
static bool plain_place_joined(const hk_extractor *ex, hk_tag_list tl,
                               size_t p, uint32_t end)
{
    uint32_t e = HK_VEC_AT(&ex->tokens, hk_token, end - 1).e;
    const hk_tag *u = next_place(ex, tl, p, end);
    return u && list_joint(ex, e, u->ts) && waw_between(ex, e, u->s) &&
           !hk_i_tag_at(ex, u->tok, ex->rules->known.common_places);
}

/* Do two official names open with the same part, up to a hyphen
   («طنجة-أصيلة», «طنجة-تطوان-الحسيمة»)? */
static bool same_first_part(const char *a, const char *b)
{
    size_t na = strcspn(a, "-"), nb = strcspn(b, "-");
    return na == nb && !memcmp(a, b, na);
}

/* «وجدة سيتي», «أكادير 24»: does an outlet's mark (outlet-marks.lex)
   follow the place ending before token t, a space between, so that the
   place is a news outlet's name?  Not a day before its month («أكادير 24
   فبراير»: a dateline). */
static bool outlet_name(const hk_extractor *ex, size_t t)
{
    const hk_known *k = &ex->rules->known;
    if (!t || t >= ex->tokens.len || !hk_i_word_is(ex, t, k->outlet_marks))
        return false;
    const hk_token *tok = ex->tokens.items;
    if (tok[t].s != tok[t - 1].e + 1 || ex->nt.s[tok[t - 1].e] != ' ')
        return false;
    return !(t + 1 < ex->tokens.len && hk_i_word_is(ex, t + 1, k->months));
}

/* «الداخلة: محمد فاضل ولد العبد», «الرشيدية – فلان»: a name at bytes
   [s, e) opening its line, a colon or a dash after it: a dateline, which
   names a place. */
static bool dateline(const hk_extractor *ex, uint32_t s, uint32_t e)
{
    const unsigned char *t = (const unsigned char *)ex->nt.s;
    size_t len = ex->nt.len;
    while (s > 0 && t[s - 1] == ' ')
        s--;
    if (s > 0 && t[s - 1] != '\n')
        return false;
    while (e < len && t[e] == ' ')
        e++;
    return e < len && (t[e] == ':' || t[e] == '-' ||
                       (e + 2 < len && t[e] == 0xE2 && t[e + 1] == 0x80 &&
                        (t[e + 2] == 0x93 || t[e + 2] == 0x94)));   /* – — */
}

static hk_status territories_from_tags(hk_extractor *ex, hk_tag_list tl,
                                       hk_error *err)
{
    const hk_rules *r = ex->rules;
    const hk_known *k = &r->known;
    uint32_t covered_to = 0;    /* tokens before this are inside a match */
    uint32_t last_end = 0;      /* where the last territory ended */
    hk_tkind last_want = 0;     /* and the kind its type word said */
    bool last_loose = false;    /* and whether that word was loose=1 */
    /* Places that are also ordinary words, named with a type word. */
    enum { MAX_NAMED = 8 };
    const hk_entry *named[MAX_NAMED];
    size_t n_named = 0;
    tag_cursor parties = {hk_i_tags_of(ex, k->parties), 0},
               party_words = {hk_i_tags_of(ex, k->party_words), 0};
    tag_cursor blockers = {hk_i_tags_of(ex, k->place_blockers), 0},
               types = {hk_i_tags_of(ex, k->territory_types), 0},
               cues = {hk_i_tags_of(ex, k->place_cues), 0},
               bodies = {hk_i_tags_of(ex, k->bodies), 0};
    /* Each territory tag from the last one read on (past j, which has
       gone past all the tags at a token read). */
    size_t j = 0;
    for (size_t p = 0; p < tl.n; p++) {
        size_t i = tl.ix[p];
        const hk_tag *t = TAG(ex, i);
        if (i < j || t->tok < covered_to)
            continue;
        /* Among territory tags at this token, take the longest span. */
        uint32_t tok = t->tok, end = t->tok_end, s = t->s;
        for (j = i; j < ex->tags.len && TAG(ex, j)->tok == tok; j++) {
            const hk_tag *u = TAG(ex, j);
            if ((int)u->lex == k->territories &&
                (u->tok_end > end || (u->tok_end == end && u->s < s))) {
                end = u->tok_end;
                s = u->s;
            }
        }
        /* «زنقة فاس», «قاعة ...», «الدائرة الانتخابية ...»: a street, a
           venue or a district, not the territory; not with a proclitic
           between them («مدرسة بسيدي بنور»: a school in the place). */
        if ((s == t->ts && tag_ending_at(ex, &blockers, tok)) ||
            outlet_name(ex, end))
            continue;
        const hk_tag *type = tag_ending_at(ex, &types, tok);
        const char *plural = type ? hk_i_entry_key(type->entry, ex->rules->keys.plural) : NULL;
        hk_tkind want = type ? parse_tkind(hk_i_entry_key(type->entry, ex->rules->keys.kind))
                             : 0;
        uint32_t from = type ? type->ts : TAG(ex, i)->ts;
        bool in_list = last_end && list_joint(ex, last_end, from);
        bool loose = type && hk_i_entry_key(type->entry, ex->rules->keys.loose);
        /* «بأقاليم طاطا وفجيج وجرادة»: a list shares its type word. */
        if (!type && in_list) {
            want = last_want;
            loose = last_loose;
        }
        /* «فرع الفداء», «فرع مولاي رشيد»: a branch (bodies.lex,
           level=local) in construct before the name is the branch of that
           place: an ordinary word is the place, and a commune or an
           arrondissement goes before a province of the same name. */
        bool branch = false;
        if (!type && s == TAG(ex, i)->ts) {
            const hk_tag *body = tag_ending_at(ex, &bodies, tok);
            const char *lv = body ? hk_i_entry_key(body->entry, r->keys.level) : NULL;
            /* in construct: «فرع», «فروع», not «بالفروع الجديدة» */
            branch = lv && !strcmp(lv, "local") &&
                     !hk_i_has_article(ex->nt.s + body->s, body->e - body->s);
        }
        /* A name that is also an ordinary word needs a type word before
           it (a plural one, «مقاطعات», will not do); with cue=1 a clitic
           («بالجديدة») or a cue («في») will do; so does a list of places
           («بإيموزار كندر والمنزل»). */
        const hk_tag *common = hk_i_tag_at(ex, tok, k->common_places);
        if (common && common->tok_end == end && (!type || plural)) {
            const char *cue_ok = hk_i_entry_key(common->entry, ex->rules->keys.cue);
            /* A clitic with ب or ل («بالجديدة», «وبالجديدة»); «و» or
               «ف» alone joins a word («الآبار والعيون»: springs). */
            uint32_t cs = TAG(ex, i)->ts;
            const unsigned char *ct = (const unsigned char *)ex->nt.s + cs;
            bool clitic = s > cs && !(s - cs == 2 && ct[0] == 0xD9 &&
                                      (ct[1] == 0x88 || ct[1] == 0x81));
            bool cue = tag_ending_at(ex, &cues, tok) ||
                       dateline(ex, s, HK_VEC_AT(&ex->tokens, hk_token, end - 1).e);
            /* «بجماعة المرسى» then «بالمرسى»: named once with its type
               word, the place needs only a clitic or a cue after. */
            bool known = false;
            for (size_t q = 0; q < n_named; q++)
                known = known || named[q] == common->entry;
            /* «فرع حزب الاستقلال بالمنزل», «الكاتب المحلي للحزب
               بالمنزل»: after a party's name, ب names where it is (not
               «بالمدينة», this-territory.lex: the place of the post). */
            known = known || (clitic &&
                              !hk_i_tag_at(ex, tok, k->this_territory) &&
                              (tag_ending_at(ex, &parties, tok) ||
                               tag_ending_at(ex, &party_words, tok)));
            /* A comma alone after a place is no list for such a word
               («بالدار البيضاء، صباح أمس»): «و» joins it, or another
               place follows it; or «و» joins it to a place that is no
               ordinary word («فلاحي الرتب ووادي النعام»; not «بين
               المدينة وآسفي», this-territory.lex). */
            bool listed = branch || (in_list && (waw_between(ex, last_end, s) ||
                                                 list_follows(ex, tl, p, end))) ||
                          (!hk_i_tag_at(ex, tok, k->this_territory) &&
                           plain_place_joined(ex, tl, p, end));
            if (!listed && !(plural && list_follows(ex, tl, p, end)) &&
                (!(known || (cue_ok && !strcmp(cue_ok, "1"))) ||
                 !(clitic || cue)))
                continue;
        } else if (common && common->tok_end == end && n_named < MAX_NAMED) {
            named[n_named++] = common->entry;
        }
        /* Choose among the entries with this span: the kind the type word
           says, else by kind_rank; keep the others to decide by the
           article's region later. */
        int best = -1;
        const char *written = NULL;
        hk_mention *m = NULL;
        for (size_t q = i; q < j; q++) {
            const hk_tag *u = TAG(ex, q);
            if ((int)u->lex != k->territories ||
                u->tok_end != end || u->s != s || u->entry->ref < 0)
                continue;
            const hk_territory *cand = &r->territories[u->entry->ref];
            if (best >= 0) {
                const hk_territory *cur = &r->territories[best];
                bool cand_fits = want ? cand->kind == want : branch && local_kind(cand->kind);
                bool cur_fits = want ? cur->kind == want : branch && local_kind(cur->kind);
                if (cand_fits != cur_fits
                        ? !cand_fits
                        : kind_rank(cand->kind) >= kind_rank(cur->kind))
                    continue;
            }
            best = u->entry->ref;
            written = u->entry->written;
        }
        /* «بمدينة كرسيف»: a spelling of the press's names the province;
           the type word says it is the town of that name. */
        if (best >= 0 && want == HK_T_COMMUNE &&
            r->territories[best].kind == HK_T_PROVINCE &&
            r->territories[best].city >= 0)
            best = r->territories[best].city;
        /* «بجهة البيضاء», «جهة فاس»: a region named by its first town
           (the first part of its name). */
        if (best >= 0 && want == HK_T_REGION &&
            r->territories[best].kind != HK_T_REGION &&
            r->territories[best].region >= 0 &&
            same_first_part(r->territories[best].name,
                            r->territories[r->territories[best].region].name)) {
            best = r->territories[best].region;
            written = NULL;
        }
        if (best >= 0) {
            m = hk_i_mention_new(ex, HK_TERRITORY);
            if (!m)
                return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
            m->s = s;
            m->e = HK_VEC_AT(&ex->tokens, hk_token, end - 1).e;
            m->ms = from;
            m->me = m->e;
            m->territory = best;
            m->typed = want && r->territories[best].kind == want && !loose;
            m->town = want && r->territories[best].kind == want && loose;
            m->source = "gazetteer";
            m->norm = r->territories[best].name;
            m->written = written;
            ex->spelled |= written != NULL;
            /* Same-kind alternatives (communes of one name in several
               provinces) wait for the article's region. */
            for (size_t q = i; q < j && m->n_alts < HK_MAX_ALTS; q++) {
                const hk_tag *u = TAG(ex, q);
                if ((int)u->lex == k->territories &&
                    u->tok_end == end && u->s == s && u->entry->ref >= 0 &&
                    u->entry->ref != best &&
                    r->territories[u->entry->ref].kind == r->territories[best].kind)
                    m->alts[m->n_alts++] = u->entry->ref;
            }
            covered_to = end;
            last_end = m->e;
            last_want = want;
            last_loose = loose;
        }
    }
    return HK_OK;
}

/* «الكتابة المحلية بمقاطعة اليوسفية بالرباط ... الكاتب المحلي للحزب
   باليوسفية»: a name written bare that the article also writes after its
   type word, as a commune or an arrondissement, is that territory (of
   the first 16 so typed), when it was read as a commune or an
   arrondissement too.  A prefecture and its arrondissement of one name
   («عمالة مقاطعات الحي الحسني») are left to hk_i_unify_territories. */
static void as_typed(hk_extractor *ex, const uint32_t *terrs, size_t nt)
{
    const hk_rules *r = ex->rules;
    enum { MAXT = 16 };
    int typed[MAXT];
    size_t n = 0;
    for (size_t j = 0; j < nt && n < MAXT; j++) {
        const hk_mention *o = MENTION(ex, terrs[j]);
        if (o->typed && local_kind(r->territories[o->territory].kind))
            typed[n++] = o->territory;
    }
    for (size_t i = 0; n && i < nt; i++) {
        hk_mention *m = MENTION(ex, terrs[i]);
        if (m->typed || !local_kind(r->territories[m->territory].kind))
            continue;
        for (size_t q = 0; q < n; q++) {
            if (typed[q] == m->territory ||
                strcmp(r->territories[typed[q]].name, r->territories[m->territory].name))
                continue;
            m->territory = typed[q];
            m->norm = r->territories[typed[q]].name;
            m->written = NULL;
            m->n_alts = 0;
            break;
        }
    }
}

/* A name several territories of one kind share («الدشيرة») is the one in
   the region the rest of the article is about (terrs: the live
   territories, nt of them). */
static void pick_alternatives(hk_extractor *ex, const uint32_t *terrs,
                              size_t nt)
{
    const hk_rules *r = ex->rules;
    /* Of many, the territories with no alternative (none of which
       changes here) are counted once by region, in ex->terr_counts (zero
       again on return), those of no region in `lone`. */
    uint32_t (*cnt)[3] = hk_i_pairs_indexed(ex, nt) ? ex->terr_counts : NULL;
    int lone = 0;
    for (size_t j = 0; cnt && j < nt; j++) {
        const hk_mention *o = MENTION(ex, terrs[j]);
        int reg = r->territories[o->territory].region;
        if (!o->n_alts && reg >= 0)
            cnt[reg][1]++;
        lone += !o->n_alts && reg < 0;
    }
    for (size_t i = 0; i < nt; i++) {
        hk_mention *m = MENTION(ex, terrs[i]);
        if (!m->n_alts)
            continue;
        int best = m->territory, best_votes = -1;
        for (int c = -1; c < (int)m->n_alts; c++) {
            int cand = c < 0 ? m->territory : m->alts[c];
            int votes = 0, reg = r->territories[cand].region;
            if (cnt)
                votes = reg >= 0 ? (int)cnt[reg][1] : lone;
            for (size_t j = 0; j < nt && !cnt; j++) {
                const hk_mention *o = MENTION(ex, terrs[j]);
                if (j != i && !o->n_alts &&
                    r->territories[o->territory].region == r->territories[cand].region)
                    votes++;
            }
            if (votes > best_votes) {
                best_votes = votes;
                best = cand;
            }
        }
        if (best != m->territory)
            m->written = NULL;
        m->territory = best;
        m->norm = r->territories[best].name;
    }
    for (size_t j = 0; cnt && j < nt; j++) {
        const hk_mention *o = MENTION(ex, terrs[j]);
        int reg = o->n_alts ? -1 : r->territories[o->territory].region;
        if (reg >= 0)
            cnt[reg][1] = 0;
    }
}

/* Is the span [s, e) of the normalised text alone in brackets or quotes
   («سهام بنجلون (الأصالة والمعاصرة)، ومولاي أحمد العلوي (الاستقلال)»,
   «"الميزان" يحسم»)? */
static bool enclosed(const hk_extractor *ex, uint32_t s, uint32_t e)
{
    const unsigned char *t = (const unsigned char *)ex->nt.s;
    while (s > 0 && t[s - 1] == ' ')
        s--;
    while (e < ex->nt.len && t[e] == ' ')
        e++;
    if (s == 0 || e >= ex->nt.len)
        return false;
    unsigned char open = t[s - 1], close = t[e];
    /* « (C2 AB) and » (C2 BB): their last and first bytes */
    return (open == '(' && close == ')') || (open == '"' && close == '"') ||
           (open == 0xAB && s >= 2 && t[s - 2] == 0xC2 && close == 0xC2 &&
            e + 1 < ex->nt.len && t[e + 1] == 0xBB);
}

/* «القيادي الدستوري فلان», «الدستوري محمد ...»: a party adjective that
   is also an ordinary word («القانون الدستوري») names the party after a
   word of address or a title head, or before a given name. */
static bool of_person(const hk_extractor *ex, const hk_tag *t)
{
    const hk_known *k = &ex->rules->known;
    const char *adj = hk_i_entry_key(t->entry, ex->rules->keys.adjective);
    if (!adj || strcmp(adj, "1"))
        return false;
    const hk_tag *h = t->tok > 0 ? hk_i_tag_at(ex, t->tok - 1, k->honorifics) : NULL;
    const hk_tag *th = t->tok > 0 ? hk_i_tag_at(ex, t->tok - 1, k->title_heads) : NULL;
    return (h && h->tok_end == t->tok) || (th && th->tok_end == t->tok) ||
           (t->tok_end < ex->tokens.len &&
            (hk_i_tag_of(ex, t->tok_end, k->given_names) ||
             hk_i_tag_of(ex, t->tok_end, k->honorifics)));
}

/* «الكاتب المحلي للمصباح ببركان», «منسق للحمامة», «عضو المكتب السياسي
   للجبهة»: a party's symbol or short name with «ل» right after a level
   word, a title head or a body names the party, unless a word with the
   article follows it. */
static bool of_post(const hk_extractor *ex, const hk_tag *t)
{
    const hk_known *k = &ex->rules->known;
    const unsigned char *s = (const unsigned char *)ex->nt.s + t->ts;
    if (t->tok == 0 || t->s - t->ts < 2 || s[0] != 0xD9 || s[1] != 0x84)   /* ل */
        return false;
    /* Not a name going on with an article's word: «للجبهة الوطنية لإنقاذ
       المدرسة العمومية», «للفيدرالية الديمقراطية للشغل» are others'. */
    if (t->tok_end < ex->tokens.len) {
        const hk_token *nx = &HK_VEC_AT(&ex->tokens, hk_token, t->tok_end);
        const unsigned char *w = (const unsigned char *)ex->nt.s + nx->s;
        if (nx->e - nx->s > 4 && w[0] == 0xD8 && w[1] == 0xA7 && w[2] == 0xD9 &&
            w[3] == 0x84)                                   /* ال */
            return false;
    }
    const hk_tag *lv = hk_i_tag_at(ex, t->tok - 1, k->levels);
    const hk_tag *th = hk_i_tag_at(ex, t->tok - 1, k->title_heads);
    if ((lv && lv->tok_end == t->tok) || (th && th->tok_end == t->tok))
        return true;
    for (size_t back = 1; back <= 3 && back <= t->tok; back++) {
        const hk_tag *b = hk_i_tag_at(ex, t->tok - back, k->bodies);
        if (b && b->tok_end == t->tok)
            return true;
    }
    return false;
}

static hk_status parties_from_tags(hk_extractor *ex, hk_tag_list parties,
                                   hk_tag_list party_words, hk_error *err)
{
    const hk_known *k = &ex->rules->known;
    tag_cursor words = {party_words, 0};
    uint32_t covered_to = 0;
    for (size_t p = 0; p < parties.n; p++) {
        const hk_tag *t = TAG(ex, parties.ix[p]);
        if (t->tok < covered_to)
            continue;
        /* The longest party name at this token. */
        const hk_tag *best = hk_i_tag_of(ex, t->tok, k->parties);
        /* «بإمي مقورن» is a commune, not «بامي» (PAM's adjective): a
           longer territory name from the same word wins. */
        const hk_tag *place = hk_i_tag_of(ex, t->tok, k->territories);
        if (place && place->tok_end > best->tok_end)
            continue;
        const hk_tag *word = tag_ending_at(ex, &words, best->tok);
        const char *common = hk_i_entry_key(best->entry, ex->rules->keys.common);
        if (common && !strcmp(common, "1") && !word &&
            !enclosed(ex, best->ts, best->e) && !of_person(ex, best) &&
            !of_post(ex, best))
            continue;
        hk_mention *m = hk_i_mention_new(ex, HK_PARTY);
        if (!m)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        m->s = best->s;
        m->e = best->e;
        m->ms = word ? word->ts : best->ts;
        m->me = best->e;
        m->source = "parties";
        m->party = hk_i_entry_key(best->entry, ex->rules->keys.party);
        if (!m->party)
            m->party = best->entry->form;
        const char *adj = hk_i_entry_key(best->entry, ex->rules->keys.adjective);
        m->adjective = adj && !strcmp(adj, "1");
        m->org = hk_i_entry_key(best->entry, ex->rules->keys.org) != NULL;
        m->norm = m->party;
        covered_to = best->tok_end;
    }
    /* «الحزب», «للحزب» with no name after: the article's own party. */
    for (size_t p = 0; p < party_words.n; p++) {
        const hk_tag *t = TAG(ex, party_words.ix[p]);
        const char *g = hk_i_entry_key(t->entry, ex->rules->keys.generic);
        if (!g || strcmp(g, "1"))
            continue;
        bool named = t->tok_end < ex->tokens.len &&
                     hk_i_tag_of(ex, t->tok_end, k->parties);
        if (named)
            continue;
        hk_mention *m = hk_i_mention_new(ex, HK_PARTY);
        if (!m)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        m->s = t->s;
        m->e = t->e;
        m->ms = t->ts;
        m->me = t->e;
        m->source = "party-words";
        m->generic_party = true;
        /* A party of its own, when the article names it (link.c). */
        m->party = hk_i_entry_key(t->entry, ex->rules->keys.party);
    }
    return HK_OK;
}

hk_status hk_i_resolve_lexical(hk_extractor *ex, hk_error *err)
{
    const hk_known *k = &ex->rules->known;
    hk_status st = territories_from_tags(ex, hk_i_tags_of(ex, k->territories), err);
    if (st == HK_OK)
        st = parties_from_tags(ex, hk_i_tags_of(ex, k->parties),
                               hk_i_tags_of(ex, k->party_words), err);
    return st;
}

/* A weak name (a given name that is also a word) that holds a name that
   is not weak, both ending together: the word is not the name's
   («فيما أشرف حميد الكرومي على ...»: the verb, then the name), unless
   commas set the longer name off on both sides («ببوجدور، عالي أحمد
   لعروصي، بحضور»: `setoff=1`). */
static bool word_before_name(const hk_mention *weak, const hk_mention *m)
{
    return weak->weak && !weak->set_off && !m->weak && weak->e == m->e &&
           weak->s < m->s;
}

/* Of two overlapping mentions ix[i] and ix[j] (lengths la, lb), kills the
   shorter, or the weak one of two as long, or else j; true when i died.
   A weak name ending in one not weak yields to it (word_before_name). */
static inline bool settle(hk_extractor *ex, const uint32_t *ix,
                          uint32_t *dead, size_t i, size_t j, uint32_t la,
                          uint32_t lb)
{
    const hk_mention *a = MENTION(ex, ix[i]), *b = MENTION(ex, ix[j]);
    if (word_before_name(b, a)) {
        dead[j] = 1;
        MENTION(ex, ix[j])->dead = true;
        return false;
    }
    if (lb > la || (lb == la && a->weak && !b->weak) ||
        word_before_name(a, b)) {
        dead[i] = 1;
        MENTION(ex, ix[i])->dead = true;
        return true;
    }
    dead[j] = 1;
    MENTION(ex, ix[j])->dead = true;
    return false;
}

static bool dedupe_spans(hk_extractor *ex, const uint32_t *ix, size_t n,
                         const uint32_t *sp, const uint32_t *ep, uint32_t *dead);

/* Of two overlapping mentions of one type (those of ix[0, n), in order;
   the dead are passed over), the longer stays.  The pairs are tested on
   copies of the spans and flags side by side in `scratch` (3 n words),
   not in the mentions, and with one branch each; a long list looks up
   the pairs that overlap (dedupe_spans).  False when out of memory. */
static bool dedupe_ix(hk_extractor *ex, const uint32_t *ix, size_t n,
                      uint32_t *scratch)
{
    uint32_t *sp = scratch, *ep = sp + n, *dead = ep + n;
    for (size_t i = 0; i < n; i++) {
        const hk_mention *m = MENTION(ex, ix[i]);
        sp[i] = m->s;
        ep[i] = m->e;
        dead[i] = m->dead;
    }
    if (hk_i_pairs_indexed(ex, n))
        return dedupe_spans(ex, ix, n, sp, ep, dead);
    for (size_t i = 0; i < n; i++) {
        if (dead[i])
            continue;
        uint32_t as = sp[i], ae = ep[i];
        for (size_t j = i + 1; j < n; j++) {
            if (!((dead[j] ^ 1) & (uint32_t)(as < ep[j]) & (uint32_t)(sp[j] < ae)))
                continue;
            if (settle(ex, ix, dead, i, j, ae - as, ep[j] - sp[j]))
                break;
        }
    }
    return true;
}

/* dedupe_ix's loop over the pairs (i, j > i) that overlap, in the same
   order: a kill only ever falls on one of the pair, so the pairs that do
   not overlap, passed over, change nothing. */
static __attribute__((noinline)) bool
dedupe_spans(hk_extractor *ex, const uint32_t *ix, size_t n,
             const uint32_t *sp, const uint32_t *ep, uint32_t *dead)
{
    hk_spans spans;
    uint32_t *cand = hk_i_arena_alloc_raw(ex->arena, (n + 1) * sizeof *cand);
    if (!cand || !hk_i_spans_build(&spans, ex->arena, sp, ep, n))
        return false;
    for (size_t i = 0; i < n; i++) {
        if (dead[i])
            continue;
        uint32_t as = sp[i], ae = ep[i];
        size_t nc = hk_i_spans_find(&spans, ae, as + 1, cand);
        for (size_t q = 0; q < nc; q++) {
            size_t j = cand[q];
            if (j <= i || dead[j])
                continue;
            if (settle(ex, ix, dead, i, j, ae - as, ep[j] - sp[j]))
                break;
        }
    }
    return true;
}

/* «ليس عضوا بالمكتب السياسي», «نفى أن يكون منسقا للحزب»: does a
   negation (negations.lex) end right before title t?  Nobody holds it. */
static bool negated(const hk_extractor *ex, const hk_mention *t)
{
    return hk_i_tag_before(ex, t, ex->rules->known.negations, 3) != NULL;
}

/* «الكاتب الجهوي للكونفدرالية الديمقراطية للشغل», «المندوب الإقليمي
   للصحة»: a title (or an organ) run into a body that is no party's
   (organisations.lex: a union, an association, a club) or a public
   administration's sector (public-sectors.lex, after a party's post: not
   a minister's) is that body's post (or organ), not the party's. */
static bool of_organisation(const hk_extractor *ex, const hk_mention *t)
{
    size_t tc = hk_i_token_at(ex, t->e);
    if (tc >= ex->tokens.len || t->e + 1 >= ex->nt.len || ex->nt.s[t->e] != ' ')
        return false;
    const hk_known *k = &ex->rules->known;
    const hk_tag *org = hk_i_tag_at(ex, tc, k->organisations);
    /* A minister's sector is the office's own («وزيرا للفلاحة»). */
    if (!org && t->kind != HK_KIND_ELECTED)
        org = hk_i_tag_at(ex, tc, k->public_sectors);
    if (org && org->ts == t->e + 1)
        return true;
    /* «الكاتب العام للفرع النقابي»: one begun by the title's last word. */
    org = tc ? hk_i_tag_at(ex, tc - 1, k->organisations) : NULL;
    return org && org->ts > t->s && org->tok_end > tc;
}

hk_status hk_i_resolve_titles(hk_extractor *ex, hk_error *err)
{
    /* The live titles, bodies and dates, gathered in one pass (the
       dedupe of one type kills none of another). */
    size_t n = ex->mentions.len, nt = 0, nb = 0, nd = 0;
    uint32_t *titles = hk_i_arena_alloc_raw(ex->arena,
                                            6 * (n + 1) * sizeof *titles);
    if (!titles)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    uint32_t *bodies = titles + n + 1, *dates = bodies + n + 1,
             *scratch = dates + n + 1;
    for (size_t i = 0; i < n; i++) {
        const hk_mention *m = MENTION(ex, i);
        if (m->dead)
            continue;
        if (m->type == HK_TITLE)
            titles[nt++] = (uint32_t)i;
        else if (m->type == HK_BODY)
            bodies[nb++] = (uint32_t)i;
        else if (m->type == HK_DATE)
            dates[nd++] = (uint32_t)i;
    }
    if (!dedupe_ix(ex, titles, nt, scratch) ||
        !dedupe_ix(ex, bodies, nb, scratch) ||
        !dedupe_ix(ex, dates, nd, scratch))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    size_t c = 0;
    for (size_t j = 0; j < nt; j++) {
        hk_mention *t = MENTION(ex, titles[j]);
        if (!t->dead && negated(ex, t))
            t->dead = true;
        t->foreign = !t->dead && of_organisation(ex, t);
        if (!t->dead)
            titles[c++] = titles[j];
    }
    nt = c;
    /* «مدير المكتب الجهوي للاستثمار الفلاحي»: a body run into one too. */
    for (size_t i = 0; i < nb; i++) {
        hk_mention *b = MENTION(ex, bodies[i]);
        b->foreign = !b->dead && of_organisation(ex, b);
    }
    /* A body inside a title («عضو المكتب السياسي») is part of the title:
       the last such title (of many, the last of those looked up). */
    if (nb && hk_i_pairs_indexed(ex, nt)) {
        uint32_t *ts = scratch, *te = ts + nt;
        for (size_t j = 0; j < nt; j++) {
            ts[j] = MENTION(ex, titles[j])->s;
            te[j] = MENTION(ex, titles[j])->e;
        }
        hk_spans spans;
        uint32_t *cand = hk_i_arena_alloc_raw(ex->arena, (nt + 1) * sizeof *cand);
        if (!cand || !hk_i_spans_build(&spans, ex->arena, ts, te, nt))
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        for (size_t i = 0; i < nb; i++) {
            hk_mention *b = MENTION(ex, bodies[i]);
            size_t nc = b->dead ? 0 : hk_i_spans_find(&spans, b->s + 1, b->e, cand);
            if (nc)
                b->ref = (int)titles[cand[nc - 1]];
        }
        return HK_OK;
    }
    for (size_t i = 0; i < nb; i++) {
        hk_mention *b = MENTION(ex, bodies[i]);
        if (b->dead)
            continue;
        for (size_t j = 0; j < nt; j++) {
            const hk_mention *t = MENTION(ex, titles[j]);
            if (t->s <= b->s && b->e <= t->e)
                b->ref = (int)titles[j];
        }
    }
    return HK_OK;
}

/* ------------------------------------------------------------- persons */

/* The first of spans [os[q], oe[q]) from q on that overlaps [s, e), or
   c: most do not, and are passed over in a tight loop. */
static size_t next_overlap(const uint32_t *os, const uint32_t *oe, size_t q,
                           size_t c, uint32_t s, uint32_t e)
{
    /* Eight spans are tested with no branch, then one branch, which
       almost always goes one way (most pairs do not overlap). */
    for (; q + 8 <= c; q += 8) {
        unsigned any = 0;
        for (size_t k = 0; k < 8; k++)
            any |= (unsigned)(os[q + k] < e) & (unsigned)(s < oe[q + k]);
        if (any)
            break;
    }
    while (q < c && !overlaps(s, e, os[q], oe[q]))
        q++;
    return q;
}

/* The live mentions of a type, in order (in the document's arena); some
   may have died since they were gathered. */
typedef struct live {
    uint32_t *persons, *dates, *parties, *terrs;
    size_t np, nd, npa, nt;
} live;

/* Person p overlaps mention j (not a person, a date or the generic
   party): one of them dies, or p is cut short. */
static inline void meet(hk_extractor *ex, hk_mention *p, size_t j)
{
    const hk_mention *o = MENTION(ex, j);
    if (o->dead)
        return;
    /* A place name standing bare inside a name is part of the name
       («محمد فاضل بوخريص», «هاجر بنسليمان»), and so is one the rule
       read as the given name («الإمام عكرمة بلفقير»). */
    if (o->type == HK_TERRITORY && o->ms == o->s &&
        (o->s > p->s || (p->placename && o->s == p->s && o->e < p->e))) {
        MENTION(ex, j)->dead = true;
        return;
    }
    /* A name may run into a territory or party after it: cut it there if
       a name of two words remains. */
    if (o->s > p->s) {
        uint32_t cut = o->ms > p->s ? o->ms : o->s;
        while (cut > p->s && hk_i_is_space_byte(ex->nt.s[cut - 1]))
            cut--;
        size_t a = hk_i_token_at(ex, p->s), b = hk_i_token_at(ex, cut);
        if (b - a >= 2) {
            p->e = cut;
            return;
        }
    }
    p->dead = true;
}

/* A name does not run over a paragraph's end («السمارة: الشيخ أمدجار»
   alone on its line, «طالب ...» opening the next paragraph): it is cut
   there if a name of two words remains, or dropped.  A single line break
   (a hard-wrapped line) may fall inside a name. */
static void paragraph_cut(hk_extractor *ex, hk_mention *p)
{
    const char *s = ex->nt.s;
    for (const char *q = s + p->s, *end = s + p->e;
         q < end && (q = memchr(q, '\n', (size_t)(end - q))); q++) {
        uint32_t cut = (uint32_t)(q - s);
        if (!hk_i_blank_line_at(ex, cut))
            continue;
        while (cut > p->s && hk_i_is_space_byte(s[cut - 1]))
            cut--;
        size_t a = hk_i_token_at(ex, p->s), b = hk_i_token_at(ex, cut);
        if (b - a >= 2)
            p->e = cut;
        else
            p->dead = true;
        return;
    }
}

/* clean_persons's loop, for many persons and others: the others
   overlapping a person (ix[q], spans os[q], oe[q], of c) are looked up,
   and read in the same order (a cut only shortens the person: those it
   overlaps later are among them).  False when out of memory. */
static __attribute__((noinline)) bool
meet_spans(hk_extractor *ex, const uint32_t *pix, size_t npx,
           const uint32_t *ix, const uint32_t *os, const uint32_t *oe, size_t c)
{
    hk_spans spans;
    uint32_t *cand = hk_i_arena_alloc_raw(ex->arena, (c + 1) * sizeof *cand);
    if (!cand || !hk_i_spans_build(&spans, ex->arena, os, oe, c))
        return false;
    for (size_t i = 0; i < npx; i++) {
        hk_mention *p = MENTION(ex, pix[i]);
        size_t nc = p->dead ? 0 : hk_i_spans_find(&spans, p->e, p->s + 1, cand);
        for (size_t r = 0; r < nc && !p->dead; r++)
            if (overlaps(p->s, p->e, os[cand[r]], oe[cand[r]]))
                meet(ex, p, ix[cand[r]]);
    }
    return true;
}

/* Cuts or drops the persons that run into other mentions, then dedupes
   them; *lv receives the persons, dates, parties and territories live
   before (the later passes read those lists, not every mention). */
static bool clean_persons(hk_extractor *ex, live *lv)
{
    size_t n = ex->mentions.len;
    /* What may cut or kill a person: the live mentions other than persons,
       dates and the article's generic party, in order. */
    /* Their spans sit side by side, for the loop over pairs.  (Each list
       is written only as far as it is read.) */
    uint32_t *ix = hk_i_arena_alloc_raw(ex->arena, 10 * (n + 1) * sizeof *ix);
    if (!ix)
        return false;
    uint32_t *os = ix + n + 1, *oe = os + n + 1, *pix = oe + n + 1;
    lv->dates = pix + 4 * (n + 1);
    lv->parties = lv->dates + n + 1;
    lv->terrs = lv->parties + n + 1;
    lv->nd = lv->npa = lv->nt = 0;
    size_t c = 0, npx = 0;
    for (size_t j = 0; j < n; j++) {
        const hk_mention *o = MENTION(ex, j);
        if (o->dead)
            continue;
        if (o->type == HK_PARTY)
            lv->parties[lv->npa++] = (uint32_t)j;
        else if (o->type == HK_TERRITORY)
            lv->terrs[lv->nt++] = (uint32_t)j;
        if (o->type == HK_PERSON) {
            paragraph_cut(ex, MENTION(ex, j));
            if (o->dead)
                continue;
            pix[npx++] = (uint32_t)j;
        } else if (o->type == HK_DATE) {
            lv->dates[lv->nd++] = (uint32_t)j;
        } else if (!o->generic_party) {
            os[c] = o->s;
            oe[c] = o->e;
            ix[c++] = (uint32_t)j;
        }
    }
    if (npx && hk_i_pairs_indexed(ex, c)) {
        if (!meet_spans(ex, pix, npx, ix, os, oe, c))
            return false;
    } else if (npx) {
        /* The tokens those spans touch (ex->tok_of of each of their
           bytes), as bits: a person none of whose tokens is touched
           overlaps none of them (two spans that share a byte share its
           token). */
        uint64_t *touched = hk_i_arena_alloc(ex->arena,
                                             (ex->tokens.len / 64 + 1) * sizeof *touched);
        if (!touched)
            return false;
        const uint32_t *tok_of = ex->tok_of.items;
        size_t n_of = ex->tok_of.len;
        bool all = false;       /* a span past the map: every person is read */
        for (size_t q = 0; q < c && !all; q++) {
            uint32_t last = oe[q] > os[q] ? oe[q] - 1 : os[q];
            all = last >= n_of;
            for (uint32_t t = all ? 1 : tok_of[os[q]], te = all ? 0 : tok_of[last];
                 t <= te; t++)
                touched[t >> 6] |= (uint64_t)1 << (t & 63);
        }
        for (size_t i = 0; i < npx; i++) {
            hk_mention *p = MENTION(ex, pix[i]);
            if (p->dead)
                continue;
            bool near = all || p->e <= p->s || p->e - 1 >= n_of;
            for (uint32_t t = near ? 1 : tok_of[p->s], te = near ? 0 : tok_of[p->e - 1];
                 !near && t <= te; t++)
                near = (touched[t >> 6] >> (t & 63)) & 1;
            if (!near)
                continue;
            for (size_t q = 0; !p->dead &&
                               (q = next_overlap(os, oe, q, c, p->s, p->e)) < c;
                 q++)
                meet(ex, p, ix[q]);
        }
    }
    if (!dedupe_ix(ex, pix, npx, pix + n + 1))
        return false;
    lv->persons = pix;
    lv->np = npx;
    return true;
}

/* A person's key: the folded name.  «لحسين بلعيد» (a headline's «خلفا
   للحسين بلعيد») and «الحسين بلعيد» are one name: a name opening with
   the spoken article «ل» before a letter other than ا or ل has the key
   of its «ال» form (only the two forms in one article meet). */
static const char *person_key(hk_extractor *ex, const hk_mention *p)
{
    const char *k = hk_i_fold_key(ex->rules->norm, ex->arena, p->norm, strlen(p->norm));
    const unsigned char *u = (const unsigned char *)k;
    if (!k || u[0] != 0xD9 || u[1] != 0x84 || !u[2] ||
        (u[2] == 0xD8 && u[3] == 0xA7) || (u[2] == 0xD9 && u[3] == 0x84))
        return k;
    return hk_i_arena_concat(ex->arena, "\xD8\xA7", k);      /* ا */
}

/* The slot of a word of len bytes ending in the four bytes `tail`, of
   256 (few of the text's words pass for a surname's by mistake). */
static inline unsigned word_slot(uint32_t len, uint32_t tail)
{
    return (unsigned)(((uint64_t)(tail + len) * 0x9E3779B97F4A7C15u) >> 56);
}

/* The whole matches [ms, me) of the live mentions among the first n,
   indexed; false when out of memory. */
static bool live_spans(hk_extractor *ex, size_t n, hk_spans *spans)
{
    uint32_t *ms = hk_i_arena_alloc_raw(ex->arena, 2 * (n + 1) * sizeof *ms);
    if (!ms)
        return false;
    uint32_t *me = ms + n + 1;
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        const hk_mention *m = MENTION(ex, i);
        ms[c] = m->ms;
        me[c] = m->me;
        c += !m->dead;
    }
    return hk_i_spans_build(spans, ex->arena, ms, me, c);
}

/* The token holding byte off, else the next one: a name's first word
   whose clitic the name leaves out («ليوسف») is the name's. */
static size_t token_holding(const hk_extractor *ex, uint32_t off)
{
    return off < ex->tok_of.len ? HK_VEC_AT(&ex->tok_of, uint32_t, off)
                                : ex->tokens.len;
}

/* Words of a person's mention: its tokens (read in the token map, not
   in the name: every person of every article is counted). */
static unsigned name_words(const hk_extractor *ex, const hk_mention *m)
{
    size_t a = token_holding(ex, m->s), b = hk_i_token_at(ex, m->e);
    return b > a ? (unsigned)(b - a) : 1;
}

/* Does the full name f (lf bytes, more words than pw) end with p's name
   (lp bytes, pw words) where a name particle opens those words or stands
   right before them: «ولد الطالب اعمر» or «الطالب اعمر» of «محمد سالم
   ولد الطالب اعمر», a Hassani name shortened to its «ولد»/«بنت» part.
   The word before the tail is f's own: f has more words. */
static bool particle_end(const hk_extractor *ex, const hk_mention *f,
                         size_t lf, const hk_mention *p, size_t lp,
                         unsigned pw)
{
    int lex = ex->rules->known.name_particles;
    if (lex < 0 || pw < 2 || lf <= lp || f->norm[lf - lp - 1] != ' ' ||
        memcmp(f->norm + lf - lp, p->norm, lp))
        return false;
    size_t t = hk_i_token_at(ex, f->e) - pw;
    return hk_i_tag_of(ex, t, lex) || hk_i_tag_of(ex, t - 1, lex);
}

/* «سي عبد السلام» after «عبد السلام بنزيدان»: a name of one or two words
   that is the first words of exactly one longer full name of the article
   is that person; so is a name of two or three words that is its last
   words after a name particle (particle_end).  Most articles name no one
   with three words or more: nothing to compare (up to 32 such names are
   read). */
static void name_parts(hk_extractor *ex, const uint32_t *persons, size_t np)
{
    enum { MAXL = 32 };
    uint32_t longer[MAXL];
    unsigned lw[MAXL];
    size_t llen[MAXL];
    size_t nl = 0;
    for (size_t q = 0; q < np && nl < MAXL; q++) {
        const hk_mention *f = MENTION(ex, persons[q]);
        unsigned w;
        if (!f->dead && f->ref < 0 && f->norm && (w = name_words(ex, f)) >= 3) {
            lw[nl] = w;
            llen[nl] = strlen(f->norm);
            longer[nl++] = persons[q];
        }
    }
    for (size_t q = 0; nl && q < np; q++) {
        hk_mention *p = MENTION(ex, persons[q]);
        if (p->dead || p->ref >= 0 || !p->norm)
            continue;
        unsigned pw = name_words(ex, p);
        if (pw > 3)
            continue;
        size_t lp = strlen(p->norm);
        int match = -1;
        for (size_t r = 0; r < nl && match != -2; r++) {
            const hk_mention *f = MENTION(ex, longer[r]);
            bool start = pw <= 2 && llen[r] > lp && f->norm[lp] == ' ' &&
                         !memcmp(f->norm, p->norm, lp);
            if (lw[r] <= pw ||
                !(start || particle_end(ex, f, llen[r], p, lp, pw)))
                continue;
            if (match < 0 || !strcmp(MENTION(ex, (uint32_t)match)->norm, f->norm))
                match = (int)longer[r];
            else
                match = -2;     /* two people start or end so: ambiguous */
        }
        if (match >= 0) {
            p->ref = match;
            p->norm = MENTION(ex, (uint32_t)match)->norm;
        }
    }
}

/* Do the live mentions over bytes [s, e) (a known surname's word) all
   pass test `is`?  Then they die: the word is the surname.  False when
   none is there or one fails. */
static bool surname_over(hk_extractor *ex, uint32_t s, uint32_t e,
                         bool (*is)(const hk_mention *, uint32_t, uint32_t))
{
    bool any = false;
    for (size_t i = 0; i < ex->mentions.len; i++) {
        const hk_mention *m = MENTION(ex, i);
        if (m->dead || !overlaps(m->ms, m->me, s, e))
            continue;
        if (!is(m, s, e))
            return false;
        any = true;
    }
    for (size_t i = 0; any && i < ex->mentions.len; i++) {
        hk_mention *m = MENTION(ex, i);
        if (!m->dead && overlaps(m->ms, m->me, s, e))
            m->dead = true;
    }
    return any;
}

/* A territory of exactly bytes [s, e), with no type word or clitic. */
static bool bare_place(const hk_mention *m, uint32_t s, uint32_t e)
{
    return m->type == HK_TERRITORY && m->ms == s && m->me == e && m->s == s &&
           !m->typed && !m->town;
}

/* A person read from inside bytes [s, e), past a clitic: «بلكبير بتحديد»
   read as ب + «لكبير بتحديد» after «أنور بلكبير». */
static bool clitic_person(const hk_mention *m, uint32_t s, uint32_t e)
{
    return m->type == HK_PERSON && m->ms == s && m->s > s && m->s < e;
}

/* Is word t, bytes [s, e), a territory named bare: every live mention
   over it a territory of exactly these bytes, with no type word, no
   clitic and no place cue («في», «من») before it?  Then those mentions
   die: the word is a surname.  Looked at only for a surname's word that
   a mention other than the full name covers, and the gazetteer tags. */
static bool bare_place_at(hk_extractor *ex, size_t t, uint32_t s, uint32_t e)
{
    const hk_tag *cue = t > 0 ? hk_i_tag_at(ex, t - 1, ex->rules->known.place_cues) : NULL;
    if (cue && cue->tok_end == t)
        return false;
    return surname_over(ex, s, e, bare_place);
}

/* Does lexicon lex know word t from byte s on, no clitic before? */
static bool known_word(const hk_extractor *ex, size_t t, uint32_t s, int lex)
{
    const hk_tag *tg = hk_i_tag_of(ex, t, lex);
    return tg && tg->s <= s;
}

/* A surname written alone («ليموري») is the person whose full name ends
   with it, when exactly one person in the article does. */
static hk_status surnames(hk_extractor *ex, const uint32_t *persons,
                          size_t np, hk_error *err)
{
    size_t n = ex->mentions.len;
    const hk_token *tok = ex->tokens.items;
    /* The last words of the full names, each with its person. */
    enum { MAXS = 64 };
    uint32_t ls[MAXS], le[MAXS], ps[MAXS], pe[MAXS];
    int who[MAXS], count[MAXS];
    int particles = ex->rules->known.name_particles;
    size_t ns = 0;
    for (size_t q = 0; q < np && ns < MAXS; q++) {
        size_t i = persons[q];
        const hk_mention *p = MENTION(ex, i);
        if (p->dead || p->ref >= 0)
            continue;
        size_t lt = hk_i_token_at(ex, p->e) - 1;
        if (lt >= ex->tokens.len || token_holding(ex, p->s) >= lt ||
            tok[lt].e - tok[lt].s < 6)     /* three Arabic letters at least */
            continue;
        size_t k = 0;
        for (; k < ns; k++)
            if (le[k] - ls[k] == tok[lt].e - tok[lt].s &&
                !memcmp(ex->nt.s + ls[k], ex->nt.s + tok[lt].s, le[k] - ls[k]))
                break;
        if (k == ns) {
            ls[ns] = tok[lt].s;
            le[ns] = tok[lt].e;
            /* «فاطمة أيت الطالب»: a name particle inside the name before
               its last word goes with it when the text repeats both. */
            bool pair = particles >= 0 && token_holding(ex, p->s) < lt - 1 &&
                        hk_i_tag_of(ex, lt - 1, particles);
            ps[ns] = pair ? tok[lt - 1].s : 0;
            pe[ns] = pair ? tok[lt - 1].e : 0;
            who[ns] = (int)i;
            count[ns++] = 1;
        } else if (strcmp(MENTION(ex, who[k])->norm, p->norm)) {
            count[k]++;     /* two people share it: ambiguous */
        }
    }
    /* The unambiguous ones, with their lengths and first and last four
       bytes (the first two letters alone are often «ال»), and a slot each
       for their length and last bytes (word_slot): most words of the text
       are passed over on their slot alone, and the others are compared
       with the one surname in it (slot u + 1; SLOTS_SHARED when several
       are there, all compared, in order). */
    enum { SLOTS_SHARED = UINT8_MAX };
    size_t nu = 0;
    uint32_t ulen[MAXS], uhead[MAXS], utail[MAXS];
    int uk[MAXS];
    uint8_t slot[256] = {0};
    for (size_t k = 0; k < ns; k++) {
        uint32_t len = le[k] - ls[k];
        if (count[k] != 1)
            continue;
        uk[nu] = (int)k;
        ulen[nu] = len;
        memcpy(&uhead[nu], ex->nt.s + ls[k], 4);
        memcpy(&utail[nu], ex->nt.s + le[k] - 4, 4);
        unsigned b = word_slot(len, utail[nu]);
        slot[b] = slot[b] ? SLOTS_SHARED : (uint8_t)(nu + 1);
        nu++;
    }
    hk_spans spans = {0};
    for (size_t t = 0; nu && t < ex->tokens.len; t++) {
        uint32_t s = tok[t].s, e = tok[t].e;
        if (e - s < 6)
            continue;
        uint32_t head, tail;
        memcpy(&tail, ex->nt.s + e - 4, 4);
        unsigned at = slot[word_slot(e - s, tail)];
        /* «والزغاري، التي ...»: a و or ف joined to the word (of a name
           that needs no title to stand: not «لتيسير تنفيذ ... وتنفيذ»). */
        bool joined = false;
        if (!at && e - s >= 8) {
            const unsigned char *w = (const unsigned char *)ex->nt.s + s;
            if (w[0] == 0xD9 && (w[1] == 0x88 || w[1] == 0x81) &&
                (at = slot[word_slot(e - s - 2, tail)]) != 0) {
                s += 2;
                joined = true;
            }
        }
        if (!at)
            continue;
        memcpy(&head, ex->nt.s + s, 4);
        size_t u = at == SLOTS_SHARED ? 0 : at - 1,
               last = at == SLOTS_SHARED ? nu : at;
        while (u < last &&
               !(ulen[u] == e - s && uhead[u] == head && utail[u] == tail &&
                 !memcmp(ex->nt.s + ls[uk[u]], ex->nt.s + s, e - s)))
            u++;
        if (u == last || (joined && MENTION(ex, who[uk[u]])->weak))
            continue;
        size_t k = (size_t)uk[u];
        /* «طالبت أيت الطالب»: the particle too, when it is the word
           before (then the words may be a commune's name: bare_place_at
           below looks at both). */
        size_t t0 = t;
        if (!joined && pe[k] && t > 0 && tok[t - 1].e - tok[t - 1].s == pe[k] - ps[k] &&
            !memcmp(ex->nt.s + tok[t - 1].s, ex->nt.s + ps[k], pe[k] - ps[k]))
            s = tok[--t0].s;
        /* Most often the word is the end of the full name itself: that
           mention is looked at first. */
        const hk_mention *own = MENTION(ex, who[k]);
        bool inside = !own->dead && overlaps(own->ms, own->me, s, e);
        /* Of many mentions, the live ones (none dies here) are indexed
           once, at the first word that needs them. */
        if (!inside && hk_i_pairs_indexed(ex, n)) {
            if (!spans.pos && !live_spans(ex, n, &spans))
                return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
            inside = hk_i_spans_any(&spans, e, s + 1);
        } else {
            for (size_t i = 0; i < n && !inside; i++) {
                const hk_mention *m = MENTION(ex, i);
                inside = !m->dead && overlaps(m->ms, m->me, s, e);
            }
        }
        /* «وختم بوعروس بالقول» after «محمد بوعروس»: a commune's name
           bare (no clitic, type word or place cue before it) is the
           surname; the place dies. */
        if (inside && !own->weak && !overlaps(own->ms, own->me, s, e) &&
            ((hk_i_tag_of(ex, t0, ex->rules->known.territories) && bare_place_at(ex, t0, s, e)) ||
             surname_over(ex, s, e, clitic_person)))
            inside = false;
        /* A word some lexicon knows is not a bare surname (after its
           particle, it is: «أيت حمو»; and a reading past a clitic does
           not count: «بلكبير» is not ب + «لكبير»). */
        if (inside || (t0 == t && (known_word(ex, t, s, ex->rules->known.stopwords) ||
                                   known_word(ex, t, s, ex->rules->known.title_heads) ||
                                   known_word(ex, t, s, ex->rules->known.given_names))))
            continue;
        hk_mention *m = hk_i_mention_new(ex, HK_PERSON);
        if (!m)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        const hk_mention *full = MENTION(ex, who[k]);
        m->s = m->ms = s;
        m->e = m->me = e;
        m->source = "surname";
        m->norm = full->norm;
        m->ref = who[k];
    }
    return HK_OK;
}

/* Are bytes [a, b) spaces and one comma at most? */
static bool comma_or_space(const hk_extractor *ex, uint32_t a, uint32_t b)
{
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    int commas = 0;
    for (uint32_t i = a; i < b; i++) {
        if (s[i] == ',' || (s[i] == 0xD8 && i + 1 < b && s[i + 1] == 0x8C)) {
            commas++;
            i += s[i] == 0xD8;
        } else if (s[i] != ' ') {
            return false;
        }
    }
    return commas <= 1;
}

/* «الراحل فلان، أول كاتب محلي للحزب»: the name the word of death tg
   opens (the honorific in its span, or right after it) holds its posts
   no more. */
static void late_named(hk_extractor *ex, const hk_tag *tg)
{
    for (size_t j = 0; j < ex->mentions.len; j++) {
        hk_mention *p = MENTION(ex, j);
        if (!p->dead && p->type == HK_PERSON && p->ms >= tg->ts &&
            p->ms <= tg->e + 4 && p->s >= tg->e &&
            (p->ms < tg->e || comma_or_space(ex, tg->e, p->ms)))
            p->status = HK_FORMER;
    }
}

/* «وأكد المتحدث، الذي يرأس أيضا مجلس جماعة أولاد يوسف»: a word that
   stands for a person (anaphors.lex: «المتحدث», «الفقيد») is the one whose
   name ends last before it, as a surname alone is the full name's. */
static hk_status anaphors(hk_extractor *ex, hk_error *err)
{
    hk_tag_list tl = hk_i_tags_of(ex, ex->rules->known.anaphors);
    size_t n = ex->mentions.len;
    for (size_t i = 0; i < tl.n; i++) {
        const hk_tag *tg = &HK_VEC_AT(&ex->tags, hk_tag, tl.ix[i]);
        int last = -1;
        bool inside = false;
        for (size_t j = 0; j < n && !inside; j++) {
            const hk_mention *p = MENTION(ex, j);
            if (p->dead)
                continue;
            inside = overlaps(p->ms, p->me, tg->ts, tg->e);
            if (p->type == HK_PERSON && p->me <= tg->ts &&
                (last < 0 || p->me > MENTION(ex, last)->me))
                last = (int)j;
        }
        const char *st = hk_i_entry_key(tg->entry, ex->rules->keys.status);
        if (st && !strcmp(st, "former"))
            late_named(ex, tg);
        if (inside || last < 0)
            continue;
        /* «خلفا للراحل فلان», «للمنسق الإقليمي الراحل، فلان»: a name
           right after it (a comma between at most) is the person meant. */
        bool named = false;
        for (size_t j = 0; j < n && !named; j++) {
            const hk_mention *p = MENTION(ex, j);
            named = !p->dead && p->type == HK_PERSON && p->ms >= tg->e &&
                    p->ms - tg->e <= 4 && comma_or_space(ex, tg->e, p->ms);
        }
        if (named)
            continue;
        int root = MENTION(ex, last)->ref >= 0 ? MENTION(ex, last)->ref : last;
        hk_mention *m = hk_i_mention_new(ex, HK_PERSON);
        if (!m)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        m->ms = tg->ts;
        m->s = tg->s;
        m->e = m->me = tg->e;
        m->source = "anaphor";
        m->norm = MENTION(ex, root)->norm;
        m->ref = root;
        /* «الفقيد»: the posts given it are former (link.c, add_role). */
        if (st && !strcmp(st, "former"))
            m->status = HK_FORMER;
    }
    return HK_OK;
}

/* unify_names's loop over pairs with one key (persons ix[0, c), keys
   keys[i] of len[i] bytes), for many persons: in its loop a person's
   form becomes the first, of its own then the others' in order (those
   before it as they now are), that is as long as the longest of its
   key's; after the first person of a key, that is the first's. */
static __attribute__((noinline)) bool
unify_groups(hk_extractor *ex, const uint32_t *ix, const char **keys,
             const size_t *len, size_t c)
{
    uint32_t *first = hk_i_arena_alloc_raw(ex->arena, 3 * (c + 1) * sizeof *first);
    if (!first || !hk_i_first_equal(ex->arena, keys, len, c, first))
        return false;
    /* The persons of a key in order, linked from its first; the forms'
       lengths, and the longest of each key (at its first). */
    uint32_t *next = first + c + 1, *nl = next + c + 1;
    size_t *longest = hk_i_arena_alloc(ex->arena, (c + 1) * sizeof *longest);
    if (!longest)
        return false;
    for (size_t i = 0; i < c; i++)
        next[i] = UINT32_MAX;
    for (size_t i = c; i-- > 0;) {
        nl[i] = (uint32_t)strlen(MENTION(ex, ix[i])->norm);
        if (first[i] != i) {
            next[i] = next[first[i]];
            next[first[i]] = (uint32_t)i;
        }
        if (nl[i] > longest[first[i]])
            longest[first[i]] = nl[i];
    }
    for (size_t i = 0; i < c; i++) {
        size_t want = longest[first[i]];
        for (uint32_t j = first[i]; nl[i] < want && j != UINT32_MAX; j = next[j])
            if (j != i && nl[j] == want) {
                MENTION(ex, ix[i])->norm = MENTION(ex, ix[j])->norm;
                nl[i] = nl[j];
            }
    }
    return true;
}

/* The same person written twice («محمد الحجيرة», «الدكتور محمد الحجيرة»)
   shares one canonical name: the longest of its forms. */
static bool unify_names(hk_extractor *ex, const uint32_t *persons, size_t n)
{
    const char **keys = hk_i_arena_alloc_raw(ex->arena, (n + 1) * sizeof *keys);
    size_t *len = hk_i_arena_alloc_raw(ex->arena, (n + 1) * sizeof *len);
    uint32_t *ix = hk_i_arena_alloc_raw(ex->arena, (n + 1) * sizeof *ix);
    if (!keys || !len || !ix)
        return false;
    /* Live full forms only, not surnames standing for one. */
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        hk_mention *p = MENTION(ex, persons[i]);
        if (!p->dead && p->ref < 0) {
            keys[c] = person_key(ex, p);
            if (!keys[c])
                continue;
            len[c] = strlen(keys[c]);
            ix[c++] = persons[i];
        }
    }
    if (hk_i_pairs_indexed(ex, c))
        return unify_groups(ex, ix, keys, len, c);
    /* Keys that differ in length or in their first or last four bytes
       differ: each pair is asked one question, most often no (two
       persons' names are often as long). */
    uint64_t *sig = hk_i_arena_alloc_raw(ex->arena, (c + 1) * sizeof *sig);
    if (!sig)
        return false;
    for (size_t i = 0; i < c; i++) {
        uint32_t head = 0, tail = 0;
        if (len[i] >= 4) {
            memcpy(&head, keys[i], 4);
            memcpy(&tail, keys[i] + len[i] - 4, 4);
        }
        sig[i] = ((uint64_t)head << 32 | tail) ^ len[i];
    }
    for (size_t i = 0; i < c; i++)
        for (size_t j = 0; j < c; j++) {
            if (!((i != j) & (sig[i] == sig[j])))
                continue;
            hk_mention *a = MENTION(ex, ix[i]), *b = MENTION(ex, ix[j]);
            if (len[i] == len[j] && !memcmp(keys[i], keys[j], len[i]) &&
                strlen(b->norm) > strlen(a->norm))
                a->norm = b->norm;
        }
    return true;
}

/* ----------------------------------------------------- article context */

/* For each of many parties, how many of them name the same party (0 for
   none named), counted once for each party: NULL when out of memory. */
static __attribute__((noinline)) uint32_t *
party_counts(hk_extractor *ex, const uint32_t *parties, size_t np)
{
    const char **names = hk_i_arena_alloc_raw(ex->arena, (np + 1) * sizeof *names);
    uint32_t *named = hk_i_arena_alloc(ex->arena, 3 * (np + 1) * sizeof *named);
    if (!names || !named)
        return NULL;
    uint32_t *at = named + np + 1, *first = at + np + 1;
    size_t c = 0;
    for (size_t i = 0; i < np; i++) {
        const hk_mention *b = MENTION(ex, parties[i]);
        at[i] = (uint32_t)c;
        names[c] = b->party;
        c += b->party != NULL;
    }
    if (!hk_i_first_equal(ex->arena, names, NULL, c, first))
        return NULL;
    for (size_t i = 0; i < c; i++)
        named[first[i]]++;
    /* at[i]: from i's place among those with a name to its count. */
    for (size_t i = 0; i < np; i++)
        at[i] = MENTION(ex, parties[i])->party ? named[first[at[i]]] : 0;
    return at;
}

/* The article's party, region, province and commune (ex->main_*), from
   its live parties and territories (np and nt of them); false when out of
   memory. */
static bool article_context(hk_extractor *ex, const uint32_t *parties,
                            size_t np, const uint32_t *terrs, size_t nt)
{
    const hk_rules *r = ex->rules;
    int *prov = hk_i_arena_alloc_raw(ex->arena, 3 * (nt + 1) * sizeof *prov);
    if (!prov)
        return false;
    /* The party named most often (first named on a tie).  Of many, the
       mentions naming each party are counted once, at the first. */
    ex->main_party = NULL;
    int best = 0;
    uint32_t *named = NULL;
    if (hk_i_pairs_indexed(ex, np) && !(named = party_counts(ex, parties, np)))
        return false;
    for (size_t i = 0; i < np; i++) {
        const hk_mention *a = MENTION(ex, parties[i]);
        if (a->generic_party || !a->party)
            continue;
        int c = 0;
        if (named) {
            c = (int)named[i];
        } else {
            for (size_t j = 0; j < np; j++) {
                const hk_mention *b = MENTION(ex, parties[j]);
                c += b->party && hk_i_same(b->party, a->party);
            }
        }
        if (c > best) {
            best = c;
            ex->main_party = a->party;
        }
    }
    /* The region and province the article is about: the ones its
       territories fall in most often; a region the article names (an old
       one, before 2015, included) goes before regions inferred.  How many
       mentions share a territory, a region or a province is counted once,
       in ex->terr_counts (by territory index), and read for each. */
    uint32_t (*cnt)[3] = ex->terr_counts;
    int *ter = prov + nt, *reg = ter + nt;
    for (size_t i = 0; i < nt; i++) {
        int t = MENTION(ex, terrs[i])->territory;
        ter[i] = t;
        reg[i] = r->territories[t].region;
        prov[i] = hk_i_territory_province(r, t);
        cnt[t][0]++;
        if (reg[i] >= 0)
            cnt[reg[i]][1]++;
        if (prov[i] >= 0)
            cnt[prov[i]][2]++;
    }
    ex->main_region = ex->main_province = ex->main_local = -1;
    uint32_t best_r = 0, best_p = 0, best_l = 0, best_named = 0;
    for (size_t i = 0; i < nt; i++) {
        if (r->territories[ter[i]].kind != HK_T_REGION)
            continue;
        uint32_t c = cnt[ter[i]][0];
        if (c > best_named) {
            best_named = c;
            ex->main_region = ter[i];
        }
    }
    for (size_t i = 0; i < nt; i++) {
        if (reg[i] >= 0 && cnt[reg[i]][1] > best_r && !best_named) {
            best_r = cnt[reg[i]][1];
            ex->main_region = reg[i];
        }
        if (prov[i] >= 0 && cnt[prov[i]][2] > best_p) {
            best_p = cnt[prov[i]][2];
            ex->main_province = prov[i];
        }
        /* The commune or arrondissement named most often, for local
           posts; a town named like its province («سيدي قاسم –», «بسيدي
           قاسم») may be the province: its mentions count half. */
        hk_tkind kind = r->territories[ter[i]].kind;
        uint32_t score = cnt[ter[i]][0] * (r->territories[ter[i]].like_province ? 1 : 2);
        if ((kind == HK_T_COMMUNE || kind == HK_T_ARRONDISSEMENT) && score > best_l) {
            best_l = score;
            ex->main_local = ter[i];
        }
    }
    /* No commune named: a local post is in the town of the province. */
    if (ex->main_local < 0 && ex->main_province >= 0)
        ex->main_local = r->territories[ex->main_province].city;
    for (size_t i = 0; i < nt; i++) {
        cnt[ter[i]][0] = 0;
        if (reg[i] >= 0)
            cnt[reg[i]][1] = 0;
        if (prov[i] >= 0)
            cnt[prov[i]][2] = 0;
    }
    return true;
}

/* A commune that shares its name with a province the article also names as
   a province is read as that province throughout, unless a type word said
   it is the commune («المنسق المحلي لجماعة تيزنيت»).  The territories named
   are counted in ex->terr_counts (zero again on return). */
void hk_i_unify_territories(hk_extractor *ex, const uint32_t *terrs, size_t nt)
{
    const hk_rules *r = ex->rules;
    uint32_t (*cnt)[3] = ex->terr_counts;
    size_t like = 0;
    for (size_t i = 0; i < nt; i++) {
        const hk_mention *a = MENTION(ex, terrs[i]);
        like += r->territories[a->territory].like_province & !a->typed;
    }
    if (!like)
        return;
    for (size_t i = 0; i < nt; i++)
        cnt[MENTION(ex, terrs[i])->territory][0]++;
    for (size_t i = 0; i < nt; i++) {
        hk_mention *a = MENTION(ex, terrs[i]);
        const hk_territory *ta = &r->territories[a->territory];
        if (!ta->like_province || a->typed || !cnt[ta->parent][0])
            continue;
        cnt[a->territory][0]--;
        cnt[ta->parent][0]++;
        a->territory = ta->parent;
        a->norm = r->territories[ta->parent].name;
    }
    for (size_t i = 0; i < nt; i++)
        cnt[MENTION(ex, terrs[i])->territory][0] = 0;
}

/* «يومي 12 و13 يوليوز 2023»: the range's second day is a date too. */
static hk_status date_ranges(hk_extractor *ex, hk_error *err)
{
    size_t n = ex->mentions.len;
    for (size_t i = 0; i < n; i++) {
        hk_mention *m = MENTION(ex, i);
        const char *day2 = m->type == HK_DATE && !m->dead
                               ? hk_i_mention_key(m, ex->rules->keys.day2) : NULL;
        if (!day2)
            continue;
        hk_mention *c = hk_i_mention_new(ex, HK_DATE);
        if (!c)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        m = MENTION(ex, i);     /* the vector may have moved */
        *c = *m;
        for (size_t k = 0; k < c->n_attrs; k++)
            if (c->attrs[k].key == ex->rules->keys.day)
                c->attrs[k].value = day2;
    }
    return HK_OK;
}

/* «خلفا لحسن الدمناتي»: after a succession word that takes ل
   (succession.lex: takes=ل) a name written with the preposition is the
   name without it (Lahcen after «خلفا» is written «خلفا للحسن»; «عوض»
   takes none: «عوض لحسن» is Lahcen).  The span loses the ل before its
   display form is made. */
static void succession_lam(hk_extractor *ex, const uint32_t *persons, size_t np)
{
    const hk_token *tok = ex->tokens.items;
    const unsigned char *t = (const unsigned char *)ex->nt.s;
    for (size_t i = 0; i < np; i++) {
        hk_mention *m = MENTION(ex, persons[i]);
        size_t k = hk_i_token_at(ex, m->s);
        if (m->dead || m->norm || k == 0 || k >= ex->tokens.len ||
            tok[k].s != m->s || m->e - m->s < 6 ||
            t[m->s] != 0xD9 || t[m->s + 1] != 0x84 ||          /* ل */
            (t[m->s + 2] == 0xD9 && t[m->s + 3] == 0x84) ||    /* not لل */
            (t[m->s + 2] == 0xD8 && t[m->s + 3] == 0xA7))      /* not لا */
            continue;
        const hk_tag *st = hk_i_tag_at(ex, k - 1, ex->rules->known.succession);
        const char *takes = st && st->tok_end == k
                                ? hk_i_entry_key(st->entry, ex->rules->keys.takes) : NULL;
        if (!takes || strcmp(takes, "\xD9\x84"))       /* ل */
            continue;
        m->s += 2;      /* ms keeps the ل, as it keeps a clitic */
    }
}

/* «بجامعة السلطان مولاي سليمان», «مستشفى محمد السادس»: a name right
   after the word of a street or a venue (place-blockers.lex), with no
   comma between, is the place's, not a person named in the article; an
   electoral district's
   word (kind=district) is no venue. */
static void venue_names(hk_extractor *ex, const uint32_t *persons, size_t np)
{
    int lex = ex->rules->known.place_blockers;
    if (lex < 0 || !hk_i_tags_of(ex, lex).n)
        return;
    for (size_t i = 0; i < np; i++) {
        hk_mention *p = MENTION(ex, persons[i]);
        const hk_tag *tg = p->dead ? NULL : hk_i_tag_before(ex, p, lex, 2);
        const char *kind = tg ? hk_i_entry_key(tg->entry, ex->rules->keys.kind) : NULL;
        /* Not after a comma: «مدير الإعدادية، فلان» is a name (quotes
           may stand between: «بمدرسة "عبد الكريم الخطابي"»). */
        bool comma = false;
        for (uint32_t a = tg ? tg->e : 0; tg && a < p->ms && !comma; a++)
            comma = ex->nt.s[a] == ',' ||
                    (a + 1 < p->ms && (unsigned char)ex->nt.s[a] == 0xD8 &&
                     (unsigned char)ex->nt.s[a + 1] == 0x8C);   /* ، */
        if (tg && !comma && !(kind && !strcmp(kind, "district")))
            p->dead = true;
    }
}

hk_status hk_i_resolve(hk_extractor *ex, hk_error *err)
{
    hk_status st0 = date_ranges(ex, err);
    if (st0 != HK_OK)
        return st0;
    live lv;
    if (!clean_persons(ex, &lv))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    venue_names(ex, lv.persons, lv.np);
    succession_lam(ex, lv.persons, lv.np);
    /* The persons' display forms and the dates' values, in the mentions'
       order (the two lists merged). */
    for (size_t i = 0, j = 0; i < lv.np || j < lv.nd;) {
        bool person = j == lv.nd || (i < lv.np && lv.persons[i] < lv.dates[j]);
        hk_mention *m = MENTION(ex, person ? lv.persons[i++] : lv.dates[j++]);
        if (m->dead)
            continue;
        if (person && !m->norm) {
            m->norm = hk_i_span_display(ex, m->s, m->e);
            if (!m->norm)
                return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        } else if (!person) {
            hk_i_date_value(ex, m);
        }
    }
    if (!unify_names(ex, lv.persons, lv.np))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    name_parts(ex, lv.persons, lv.np);
    hk_status st = surnames(ex, lv.persons, lv.np, err);
    if (st == HK_OK)
        st = anaphors(ex, err);
    if (st != HK_OK)
        return st;
    /* The territories a name swallowed died in clean_persons. */
    size_t nt = 0;
    for (size_t i = 0; i < lv.nt; i++) {
        lv.terrs[nt] = lv.terrs[i];
        nt += !MENTION(ex, lv.terrs[i])->dead;
    }
    as_typed(ex, lv.terrs, nt);
    pick_alternatives(ex, lv.terrs, nt);
    hk_i_unify_territories(ex, lv.terrs, nt);
    if (!article_context(ex, lv.parties, lv.npa, lv.terrs, nt))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return HK_OK;
}
