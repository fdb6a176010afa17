/*
 * lexpattern.c - a lexicon's forms as one PCRE2 alternation, factored like
 * a trie so that matching does not try every form in turn.
 *
 * PCRE2 tries the branches of (?:f1|f2|...) one after the other, and most
 * forms begin with «ال», so each fails only a few letters in.  Here forms
 * that go on with the same character share one branch, recursively, but
 * only where that cannot change which form PCRE2 finds first: at a point
 * where each form goes on with a literal character, the branches are
 * exclusive (at most one matches the next character), so their order is
 * free, and within each branch the forms keep their order (longest first).
 * A form may also end there, since a word end must follow it (rules.c puts
 * (?![\p{L}\p{N}]) after the alternation), when every other form goes on
 * with a letter.  Where a form goes on with a separator ([\n -]*, which may
 * match nothing) beside other forms, the rest is left as it comes.  A
 * word ending the press may spell otherwise comes marked (hk_i_form_marked)
 * and is written as a class, [ةه] or [يى].
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static bool is_sep(char c)
{
    return c == ' ' || c == '-';
}

/* Bytes of the character at p (a separator counts as one). */
static size_t atom_len(const char *p)
{
    unsigned char c = (unsigned char)p[0];
    size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    for (size_t i = 1; i < n; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80)
            return i;
    return n;
}

/* Can no other character match where this one does?  Case-insensitive
   matching, (?i) in a pattern, would let A match a: ASCII punctuation
   and digits and Arabic (which has no case) are safe. */
static bool caseless(const char *p)
{
    unsigned char c = (unsigned char)p[0];
    if (c == HK_MARK_HA || c == HK_MARK_YA)
        return false;       /* a class: not exclusive of a letter */
    if (c < 0x80)
        return !((c | 32) >= 'a' && (c | 32) <= 'z');
    return atom_len(p) == 2 && (c == 0xD8 || c == 0xD9 || c == 0xDA ||
                                c == 0xDB);
}

/* Is the character at p surely \p{L} or \p{N}?  (Arabic letters and
   ASCII digits: what forms hold.  "No" only stops a factoring.) */
static bool is_letter(const char *p)
{
    unsigned char c = (unsigned char)p[0];
    if (c < 0x80)
        return c >= '0' && c <= '9';
    if (atom_len(p) != 2)
        return false;
    uint32_t cp = ((uint32_t)(c & 0x1F) << 6) | ((unsigned char)p[1] & 0x3F);
    return (cp >= 0x0621 && cp <= 0x063A) || (cp >= 0x0641 && cp <= 0x064A) ||
           (cp >= 0x066E && cp <= 0x066F) || (cp >= 0x0671 && cp <= 0x06D3);
}

/* A separator in a form matches any run of white space or hyphens.  In
   normalised text white space is a space or a newline (normalize.c
   collapses every other), so [\n -]* there matches as [\s-]* would; but
   under UCP the JIT code for \s tests a Unicode property, some 160 bytes
   a time, and the lexicons of one rule hold a hundred separators. */
static bool put_atom(hk_buf *out, const char *p, size_t len)
{
    if (is_sep(*p))
        return hk_i_buf_append(out, "[\\n -]*", 7);
    if (*p == HK_MARK_HA)
        return hk_i_buf_append(out, "[ةه]", 6);
    if (*p == HK_MARK_YA)
        return hk_i_buf_append(out, "[يى]", 6);
    if (strchr("\\^$.|?*+()[]{}/#", *p))
        return hk_i_buf_append(out, "\\", 1) && hk_i_buf_append(out, p, 1);
    return hk_i_buf_append(out, p, len);
}

static bool put_rest(hk_buf *out, const char *p)
{
    bool ok = true;
    for (size_t len; ok && *p; p += len) {
        len = atom_len(p);
        ok = put_atom(out, p, len);
    }
    return ok;
}

/* The alternation of the suffixes forms[0..n), tried in that order. */
static bool put_forms(hk_buf *out, const char **forms, size_t n)
{
    if (n == 1)
        return put_rest(out, forms[0]);
    bool ends = false, seps = false, literals = false, letters = true,
         exclusive = true;
    for (size_t k = 0; k < n; k++) {
        if (!forms[k][0]) {
            ends = true;
        } else if (is_sep(forms[k][0])) {
            seps = true;
        } else {
            literals = true;
            letters = letters && is_letter(forms[k]);
            exclusive = exclusive && caseless(forms[k]);
        }
    }
    bool split = seps ? !literals && !ends
                      : exclusive && (!ends || letters);
    bool ok;
    if (!split) {
        ok = hk_i_buf_append(out, "(?:", 3);
        for (size_t k = 0; ok && k < n; k++)
            ok = (!k || hk_i_buf_append(out, "|", 1)) &&
                 put_rest(out, forms[k]);
        return ok && hk_i_buf_append(out, ")", 1);
    }
    /* Branches in order of first appearance: heads[g] is the form that
       opens branch g, sub[] the branches' suffixes one after the other. */
    const char **sub = malloc(n * sizeof *sub);
    size_t *heads = malloc(n * sizeof *heads), *counts = malloc(n * sizeof *counts);
    bool *done = calloc(n, sizeof *done);
    size_t groups = 0, m = 0;
    if (!sub || !heads || !counts || !done) {
        free(sub), free(heads), free(counts), free(done);
        return false;
    }
    for (size_t k = 0; k < n; k++) {
        if (done[k] || !forms[k][0])
            continue;
        size_t len = atom_len(forms[k]);
        heads[groups] = k;
        counts[groups] = 0;
        for (size_t j = k; j < n; j++) {
            if (done[j] || !forms[j][0])
                continue;
            bool same = is_sep(forms[k][0])
                            ? is_sep(forms[j][0])
                            : atom_len(forms[j]) == len &&
                                  !memcmp(forms[j], forms[k], len);
            if (same) {
                sub[m++] = forms[j] + (is_sep(forms[j][0]) ? 1 : len);
                counts[groups]++;
                done[j] = true;
            }
        }
        groups++;
    }
    bool wrap = groups + ends > 1;
    ok = !wrap || hk_i_buf_append(out, "(?:", 3);
    const char **next = sub;
    for (size_t g = 0; ok && g < groups; g++) {
        const char *head = forms[heads[g]];
        ok = (!g || hk_i_buf_append(out, "|", 1)) &&
             put_atom(out, head, atom_len(head)) &&
             put_forms(out, next, counts[g]);
        next += counts[g];
    }
    /* A form that ends here: the empty branch, exclusive of the others. */
    if (ok && ends)
        ok = hk_i_buf_append(out, "|", 1);
    free(sub), free(heads), free(counts), free(done);
    return ok && (!wrap || hk_i_buf_append(out, ")", 1));
}

bool hk_i_lexicon_pattern(hk_buf *out, const char **forms, size_t n)
{
    if (!n)
        return hk_i_buf_append(out, "(?:)", 4);
    return put_forms(out, forms, n);
}
