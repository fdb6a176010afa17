/*
 * run_cases.c - the data-driven extraction tests of tests/cases/NAME.case.
 *
 * A case file holds cases; each starts with "=== name", then optional
 * "@date YYYY-MM-DD", the article text, and expectations:
 *   + TYPE value      must be found        - TYPE value    must not be
 * TYPE and value:
 *   PERSON name     TERRITORY name / kind [/ code]       DATE YYYY-MM-DD
 *   TITLE text   BODY text     PARTY name
 *   ROLE person / level / territory [/ kind [/ status]]
 *   UNIT level / territory / party     ROLETEXT a role's text
 *   ROLEPARTY person / party (the party of a role the person holds)
 * Values compare as folded keys (as the gold README compares names), so
 * spacing, hamza forms, ة/ه and ى/ي do not matter; "/" separates fields.
 */
#include "haykal.h"
#include "check.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static hk_rules *rules;
static hk_extractor *ex;

/* Folds a value: only letters and digits, alef forms, ة, ى, ھ folded.
   Works on normalised text, where alef forms are already folded. */
static char *fold(const char *s)
{
    char *norm = NULL;
    size_t len = 0;
    if (hk_normalize(rules, s, strlen(s), &norm, &len, NULL, NULL) != HK_OK)
        return strdup("");
    char *o = malloc(len + 1), *p = o;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)norm[i];
        if (c == '/') {
            *p++ = '/';
        } else if (c == 0xD8 && i + 1 < len && (unsigned char)norm[i + 1] == 0xA9) {
            *p++ = (char)0xD9;          /* ة → ه */
            *p++ = (char)0x87;
            i++;
        } else if (c == 0xD9 && i + 1 < len && (unsigned char)norm[i + 1] == 0x89) {
            *p++ = (char)0xD9;          /* ى → ي */
            *p++ = (char)0x8A;
            i++;
        } else if (c >= 0x80 || isalnum(c)) {
            *p++ = (char)tolower(c);
        }
    }
    *p = '\0';
    free(norm);
    return o;
}

static bool has(const char *const *have, size_t n, const char *want)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(have[i], want))
            return true;
    return false;
}

/* What the document holds of one TYPE, as folded values. */
static size_t values(const hk_doc *d, const char *type, char **out, size_t max,
                     size_t nfields)
{
    size_t n = 0;
    char buf[2048];
    if (!strcmp(type, "ROLE")) {
        for (size_t i = 0; i < d->n_roles && n < max; i++) {
            const hk_role *r = &d->roles[i];
            const char *f[5] = {r->person, hk_level_name(r->level), r->territory,
                                hk_role_kind_name(r->kind),
                                hk_role_status_name(r->status)};
            size_t o = 0;
            for (size_t k = 0; k < nfields && k < 5; k++)
                o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", k ? "/" : "", f[k]);
            out[n++] = fold(buf);
        }
    } else if (!strcmp(type, "ROLEPARTY")) {
        for (size_t i = 0; i < d->n_roles && n < max; i++) {
            snprintf(buf, sizeof buf, "%s/%s", d->roles[i].person, d->roles[i].party);
            out[n++] = fold(buf);
        }
    } else if (!strcmp(type, "ROLETEXT")) {
        for (size_t i = 0; i < d->n_roles && n < max; i++)
            out[n++] = fold(d->roles[i].role);
    } else if (!strcmp(type, "UNIT")) {
        for (size_t i = 0; i < d->n_units && n < max; i++) {
            const hk_unit *u = &d->units[i];
            snprintf(buf, sizeof buf, "%s/%s/%s", hk_level_name(u->level),
                     u->territory, u->party);
            out[n++] = fold(buf);
        }
    } else {
        for (size_t i = 0; i < d->n_entities && n < max; i++) {
            const hk_entity *e = &d->entities[i];
            if (strcmp(hk_entity_type_name(e->type), type))
                continue;
            if (e->type == HK_TERRITORY && nfields > 2)
                snprintf(buf, sizeof buf, "%s/%s/%s", e->norm, e->kind, e->code);
            else if (e->type == HK_TERRITORY && nfields > 1)
                snprintf(buf, sizeof buf, "%s/%s", e->norm, e->kind);
            else
                snprintf(buf, sizeof buf, "%s", e->type == HK_DATE ? e->value : e->norm);
            out[n++] = fold(buf);
        }
    }
    return n;
}

static void run_case(const char *file, const char *name, const char *date,
                     const char *text, char **expects, size_t n_expects)
{
    hk_doc_info info = {.id = name, .date = date};
    hk_doc *doc = NULL;
    hk_error err = {0};
    if (hk_extract(ex, &info, text, strlen(text), &doc, &err) != HK_OK) {
        CHECK(0, "%s: %s: extraction failed: %s", file, name, err.message);
        return;
    }
    for (size_t i = 0; i < n_expects; i++) {
        const char *line = expects[i];
        bool want = line[0] == '+';
        char type[32] = {0};
        const char *p = line + 1;
        while (*p == ' ')
            p++;
        size_t k = 0;
        while (*p && *p != ' ' && k < sizeof type - 1)
            type[k++] = *p++;
        while (*p == ' ')
            p++;
        size_t nfields = 1;
        for (const char *q = p; *q; q++)
            nfields += *q == '/';
        char *have[512];
        size_t n = values(doc, type, have, 512, nfields);
        char *wantv = fold(p);
        bool found = has((const char *const *)have, n, wantv);
        CHECK(found == want, "%s: %s: %s %s %s", file, name,
              want ? "finds" : "does not find", type, p);
        if (found != want) {
            printf("#   found %s:", type);
            for (size_t j = 0; j < n; j++)
                printf(" [%s]", have[j]);
            printf("\n");
        }
        free(wantv);
        for (size_t j = 0; j < n; j++)
            free(have[j]);
    }
    hk_doc_free(doc);
}

static void run_file(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        CHECK(0, "%s: cannot open", path);
        return;
    }
    char *line = NULL, name[256] = "", date[32] = "";
    size_t cap = 0, tlen = 0, tcap = 0, ne = 0;
    char *text = NULL, *expects[256];
    bool in_case = false;
    ssize_t n;
    for (;;) {
        n = getline(&line, &cap, f);
        bool end = n < 0;
        if (!end && n && line[n - 1] == '\n')
            line[--n] = '\0';
        if (end || !strncmp(line, "=== ", 4)) {
            if (in_case)
                run_case(path, name, *date ? date : NULL, text ? text : "",
                         expects, ne);
            for (size_t i = 0; i < ne; i++)
                free(expects[i]);
            ne = 0;
            tlen = 0;
            if (text)
                text[0] = '\0';
            date[0] = '\0';
            if (end)
                break;
            snprintf(name, sizeof name, "%s", line + 4);
            in_case = true;
            continue;
        }
        if (!in_case || line[0] == '#')
            continue;
        if (!strncmp(line, "@date ", 6)) {
            snprintf(date, sizeof date, "%s", line + 6);
        } else if ((line[0] == '+' || line[0] == '-') && line[1] == ' ') {
            if (ne < 256)
                expects[ne++] = strdup(line);
        } else {
            if (tlen + (size_t)n + 2 > tcap) {
                tcap = (tlen + (size_t)n + 2) * 2;
                text = realloc(text, tcap);
            }
            memcpy(text + tlen, line, (size_t)n);
            tlen += (size_t)n;
            text[tlen++] = '\n';
            text[tlen] = '\0';
        }
    }
    free(text);
    free(line);
    fclose(f);
}

int main(int argc, char **argv)
{
    hk_error err = {0};
    if (argc < 3 || hk_rules_load(argv[1], &rules, &err) != HK_OK ||
        hk_extractor_new(rules, &ex, &err) != HK_OK) {
        printf("not ok - usage: run_cases RULES FILE.case... (%s)\n", err.message);
        return 1;
    }
    for (int i = 2; i < argc; i++)
        run_file(argv[i]);
    hk_extractor_free(ex);
    hk_rules_free(rules);
    return check_failures != 0;
}
