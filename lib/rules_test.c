/*
 * rules_test.c - checks the examples that rule files carry: each `yes`
 * sentence must make its rule match the expected span, each `no` sentence
 * must make it match nothing (or not the span given after =>).  The whole
 * pipeline runs on the sentence, so rules tried after titles see them.
 * Every rule is also tried where its `needs` lines rule a match out: a
 * match there, in any example sentence, means a needs line is wrong.
 */
#include "extract.h"

#include <string.h>

/* Did `rule` produce a mention whose text is `expect` (any, when NULL)? */
static bool produced(hk_extractor *ex, const hk_rule *rule, const char *expect)
{
    const char *want = expect ? hk_i_display_form(ex->rules->norm, ex->arena,
                                                  expect, strlen(expect))
                              : NULL;
    for (size_t i = 0; i < ex->mentions.len; i++) {
        const hk_mention *m = &HK_VEC_AT(&ex->mentions, hk_mention, i);
        if (m->source != rule->name)
            continue;
        if (!want)
            return true;
        const char *got = hk_i_span_display(ex, m->s, m->e);
        if (got && !strcmp(got, want))
            return true;
    }
    return false;
}

static void list_found(hk_extractor *ex, const hk_rule *rule, char *out,
                       size_t size)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < ex->mentions.len && o + 4 < size; i++) {
        const hk_mention *m = &HK_VEC_AT(&ex->mentions, hk_mention, i);
        if (m->source != rule->name)
            continue;
        const char *got = hk_i_span_display(ex, m->s, m->e);
        o += (size_t)snprintf(out + o, size - o, "%s«%s»", o ? ", " : "",
                              got ? got : "?");
    }
    if (!o)
        snprintf(out, size, "nothing");
}

hk_status hk_rules_test(const hk_rules *rules, hk_report_fn report, void *user,
                        size_t *passed, size_t *failed)
{
    hk_extractor *ex = NULL;
    hk_error err = {0};
    size_t ok = 0, bad = 0;
    hk_status st = hk_extractor_new(rules, &ex, &err);
    if (st != HK_OK)
        return st;
    ex->check_needs = true;
    for (size_t r = 0; r < rules->n_rules; r++) {
        const hk_rule *rule = &rules->rules[r];
        for (size_t k = 0; k < rule->n_examples; k++) {
            const hk_example *e = &rule->examples[k];
            hk_doc *doc = NULL;
            hk_doc_info info = {.id = "example"};
            ex->needs_broken = NULL;
            st = hk_extract(ex, &info, e->text, strlen(e->text), &doc, &err);
            if (st != HK_OK)
                goto done;
            hk_doc_free(doc);
            const hk_rule *broken = ex->needs_broken;
            if (broken) {
                bad++;
                if (report) {
                    hk_error f = {.status = HK_ERR_RULES,
                                  .line = broken->line, .column = 1};
                    snprintf(f.file, sizeof f.file, "%s", broken->file);
                    snprintf(f.message, sizeof f.message,
                             "rule %s matches where its needs line says it "
                             "cannot, in «%s» (%s:%u)", broken->name,
                             e->text, rule->file, e->line);
                    report(user, &f);
                }
                continue;
            }
            bool hit = produced(ex, rule, e->expect);
            if (hit == e->yes) {
                ok++;
                continue;
            }
            bad++;
            if (report) {
                char found[160];
                list_found(ex, rule, found, sizeof found);
                hk_error f = {.status = HK_ERR_RULES, .line = e->line,
                              .column = 1};
                snprintf(f.file, sizeof f.file, "%s", rule->file);
                snprintf(f.message, sizeof f.message,
                         "rule %s: %s example %s «%s»; found %s", rule->name,
                         e->yes ? "yes" : "no",
                         e->yes ? "should yield" : "should not yield",
                         e->expect ? e->expect : e->text, found);
                report(user, &f);
            }
        }
    }
done:
    hk_extractor_free(ex);
    if (passed)
        *passed = ok;
    if (failed)
        *failed = bad;
    if (st != HK_OK)
        return st;
    return bad ? HK_ERR_RULES : HK_OK;
}
