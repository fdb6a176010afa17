/*
 * test_textio.c - the fast paths of reading and writing text (UTF-8
 * validation sixteen and 32 bytes at a time, each block path and the
 * character loop alone, the JSON escape scan, also in the aligned blocks
 * of a result's strings, and in overlapping pieces for any string)
 * against plain byte-by-byte versions, on fixed
 * cases and on random strings of every length from 0 to 80 (150 for
 * UTF-8) that mix ASCII, Arabic, longer characters, invalid bytes and
 * bytes to escape at every offset; and the writing of numbers
 * (two digits at a time) against printf on every value below a million,
 * around each power of ten and on random 64-bit values.
 */
#include "internal.h"
#include "lstr.h"
#include "simd.h"
#include "check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* UTF-8 as RFC 3629 defines it, one character at a time. */
static bool valid_ref(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t need;
        uint32_t cp, min;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC0 && c < 0xE0) {
            need = 1, cp = c & 0x1F, min = 0x80;
        } else if (c >= 0xE0 && c < 0xF0) {
            need = 2, cp = c & 0x0F, min = 0x800;
        } else if (c >= 0xF0 && c < 0xF8) {
            need = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (n - i <= need)
            return false;
        for (size_t j = 1; j <= need; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += need + 1;
    }
    return true;
}

/* JSON escaping one byte at a time. */
static void json_ref(hk_buf *b, const char *s)
{
    hk_i_buf_append(b, "\"", 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': hk_i_buf_append(b, "\\\"", 2); break;
        case '\\': hk_i_buf_append(b, "\\\\", 2); break;
        case '\n': hk_i_buf_append(b, "\\n", 2); break;
        case '\t': hk_i_buf_append(b, "\\t", 2); break;
        case '\r': hk_i_buf_append(b, "\\r", 2); break;
        default:
            if (*p < 0x20)
                hk_i_buf_printf(b, "\\u%04x", *p);
            else
                hk_i_buf_append(b, p, 1);
        }
    }
    hk_i_buf_append(b, "\"", 1);
}

/* check.h's generator, with this test's own seed. */
static uint32_t rnd_state = 12345;
static uint32_t rnd(uint32_t n)
{
    return check_rnd(&rnd_state, n);
}

static const char *const pieces[] = {
    "a", " ", "\xd8\xa7", "\xd9\x84", "\xd9\x85\xd8\xb1", "\xe2\x80\x8f",
    "\xf0\x9f\x98\x80", "\xef\xbf\xbd", "\xed\x9f\xbf", "\xf4\x8f\xbf\xbf",
    "\xc2\x80", "\xdf\xbf",
    /* invalid: overlong, surrogate, beyond U+10FFFF, stray, cut short */
    "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
    "\xf5\x80\x80\x80", "\x80", "\xbf", "\xff", "\xd8", "\xe0\xa0", "\xf0\x90",
};
enum { N_PIECES = sizeof pieces / sizeof *pieces, N_VALID = 12 };

/* Random text of up to `max` bytes; with `valid`, valid pieces only. */
static size_t make_text(char *out, size_t max, bool valid)
{
    size_t n = 0;
    for (;;) {
        /* Mostly Arabic and ASCII, as the corpus is. */
        uint32_t p = rnd(4) ? rnd(5) : rnd(valid ? N_VALID : N_PIECES);
        size_t len = strlen(pieces[p]);
        if (n + len > max)
            return n;
        memcpy(out + n, pieces[p], len);
        n += len;
    }
}

static void utf8_cases(void)
{
    static const struct {
        const char *s;
        bool ok;
    } fixed[] = {
        {"", true},
        {"\xd8\xa7\xd9\x84\xd9\x85\xd9\x83\xd8\xaa\xd8\xa8 \xd8\xa7\xd9\x84", true},
        /* a lead byte last in a sixteen-byte block, its continuation next */
        {"abcdefghijklmno\xd8\xa7xyz", true},
        {"abcdefghijklmno\xd8xyzabcdefghijklmnop", false},
        {"abcdefghijklmnop\xa7xyzabcdefghijklmnop", false},
        {"abcdefghijklmn\xe2\x80\x8fqrstuvwxyz0123456789", true},
        {"abcdefghijklmn\xed\xa0\x80qrstuvwxyz0123456789", false},
        {"abcdefghijklmnopqrstuvwxyz\xc0\x80" "0123456789", false},
        {"\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8",
         false},
        /* the same at the end of a 32-byte block */
        {"abcdefghijklmnopqrstuvwxyz01234\xd8\xa7xyz", true},
        {"abcdefghijklmnopqrstuvwxyz01234\xd8xyzabcdefghijklmnopqrstuvwxyz01234",
         false},
        {"abcdefghijklmnopqrstuvwxyz012345\xa7xyzabcdefghijklmnopqrstuvwxyz012",
         false},
        {"abcdefghijklmnopqrstuvwxyz01\xe2\x80\x8fqrstuvwxyz0123456789", true},
        {"abcdefghijklmnopqrstuvwxyz\xed\xa0\x80qrstuvwxyz0123456789", false},
    };
    hk_simd best = hk_i_simd_best();
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
    for (hk_simd p = HK_SIMD_NONE; p <= best; p++)
        CHECK(hk_i_utf8_valid(fixed[i].s, strlen(fixed[i].s)) == fixed[i].ok &&
                  hk_i_utf8_valid_path(fixed[i].s, strlen(fixed[i].s), p) ==
                      fixed[i].ok &&
                  valid_ref(fixed[i].s, strlen(fixed[i].s)) == fixed[i].ok,
              "UTF-8 case %zu is %s (block paths up to %d)", i,
              fixed[i].ok ? "valid" : "invalid", (int)p);

    char text[160];
    size_t differ = 0, valid = 0, total = 0, differ_path[HK_SIMD_AVX2 + 1] = {0};
    for (int round = 0; round < 20000; round++) {
        size_t n = make_text(text, 1 + rnd(150), round % 2);
        if (round % 4 == 3 && n)
            text[rnd((uint32_t)n)] = (char)rnd(256);
        /* Every suffix, so that each byte starts a block somewhere. */
        for (size_t from = 0; from <= n; from++) {
            char *copy = malloc(n - from + 1);  /* exact size: no overread */
            memcpy(copy, text + from, n - from);
            bool want = valid_ref(copy, n - from);
            differ += hk_i_utf8_valid(copy, n - from) != want;
            for (hk_simd p = HK_SIMD_NONE; p <= best; p++)
                differ_path[p] += hk_i_utf8_valid_path(copy, n - from, p) != want;
            valid += want;
            total++;
            free(copy);
        }
    }
    CHECK(differ == 0 && valid > total / 4 && valid < total,
          "hk_i_utf8_valid agrees with the reference on %zu random texts "
          "(%zu valid, %zu differ)", total, valid, differ);
    CHECK(differ_path[HK_SIMD_NONE] == 0 && differ_path[HK_SIMD_SSE2] == 0 &&
              differ_path[HK_SIMD_AVX2] == 0,
          "each of its paths does too: characters alone (%zu differ), "
          "SSE2 blocks (%zu), AVX2 blocks (%zu)%s",
          differ_path[HK_SIMD_NONE], differ_path[HK_SIMD_SSE2],
          differ_path[HK_SIMD_AVX2],
          best < HK_SIMD_AVX2 ? " (no AVX2 here: not tried)" : "");
}

static void json_cases(void)
{
    char text[96];
    size_t differ = 0, total = 0, differ_lstr = 0, differ_any = 0;
    hk_arena arena = {0};
    for (int round = 0; round < 40000; round++) {
        size_t n = make_text(text, rnd(80), true);
        /* Nothing to escape, or one byte in 4, 16, 64 or 256 that may
           need it (DEL needs none). */
        uint32_t density = rnd(5);
        for (size_t i = 0; density && i < n; i++)
            if (rnd(1u << (2 * density)) == 0)
                text[i] = "\"\\\n\t\r\b\f\x01\x1f\x7f"[rnd(10)];
        char *copy = malloc(n + 1);             /* exact size: no overread */
        memcpy(copy, text, n);
        copy[n] = '\0';
        hk_buf want = {0}, got = {0};
        /* Something already in the buffer, as in a line being written. */
        hk_i_buf_append(&want, "{\"k\":", 5);
        hk_i_buf_append(&got, "{\"k\":", 5);
        json_ref(&want, copy);
        bool ok = hk_i_buf_json_string(&got, copy);
        differ += !ok || got.len != want.len ||
                  memcmp(got.data, want.data, want.len) != 0 ||
                  got.data[got.len] != '\0';
        total++;
        /* The same string as a result keeps it, written from its blocks
           into the room the writer reserves. */
        if (round % 1000 == 0)
            hk_i_arena_reset(&arena);
        const char *l = hk_i_arena_lstr(&arena, copy, n);
        got.len = 5;
        if (l && hk_i_buf_reserve(&got, 6 * n + 18)) {
            char *end = hk_i_json_put_lstr(got.data + 5, l, n);
            got.len = (size_t)(end - got.data);
            differ_lstr += hk_i_lstr_len(l) != n || got.len != want.len ||
                           memcmp(got.data, want.data, want.len) != 0;
        } else {
            differ_lstr++;
        }
        /* And as any string (the extractor's, written straight), read
           from its exact allocation. */
        got.len = 5;
        if (hk_i_buf_reserve(&got, 6 * n + 18)) {
            char *end = hk_i_json_put_any(got.data + 5, copy, n);
            got.len = (size_t)(end - got.data);
            differ_any += got.len != want.len ||
                          memcmp(got.data, want.data, want.len) != 0;
        } else {
            differ_any++;
        }
        hk_i_buf_free(&want);
        hk_i_buf_free(&got);
        free(copy);
    }
    hk_i_arena_free(&arena);
    CHECK(differ == 0,
          "hk_i_buf_json_string agrees with the reference on %zu random "
          "strings (%zu differ)", total, differ);
    CHECK(differ_lstr == 0,
          "hk_i_json_put_lstr agrees with the reference on %zu random "
          "strings kept by hk_i_arena_lstr (%zu differ)", total, differ_lstr);
    CHECK(differ_any == 0,
          "hk_i_json_put_any agrees with the reference on %zu random "
          "strings (%zu differ)", total, differ_any);
}

/* Appends v to b both ways; true when they agree. */
static bool uint_agrees(hk_buf *b, size_t v)
{
    char want[32];
    int n = snprintf(want, sizeof want, ",%zu", v);
    size_t at = b->len;
    bool ok = hk_i_buf_append(b, ",", 1) && hk_i_buf_uint(b, v);
    return ok && b->len - at == (size_t)n &&
           memcmp(b->data + at, want, (size_t)n) == 0 && b->data[b->len] == '\0';
}

static void uint_cases(void)
{
    size_t differ = 0, total = 0;
    hk_buf b = {0};
    for (size_t v = 0; v < 1000000; v++, total++) {
        differ += !uint_agrees(&b, v);
        if (b.len > 4096)
            b.len = 0;
    }
    for (size_t p = 1; p <= SIZE_MAX / 10; p *= 10)
        for (size_t d = 0; d < 3; d++, total += 3) {
            differ += !uint_agrees(&b, p * 10 - 1 + d) +
                      !uint_agrees(&b, p * (1 + d)) + !uint_agrees(&b, p * 9 + d);
        }
    differ += !uint_agrees(&b, SIZE_MAX) + !uint_agrees(&b, SIZE_MAX - 1);
    total += 2;
    for (int round = 0; round < 100000; round++, total++) {
        uint64_t v = (uint64_t)rnd(1u << 24) << 40 |
                     (uint64_t)rnd(1u << 24) << 16 | rnd(1u << 16);
        differ += !uint_agrees(&b, (size_t)(v >> rnd(64)));
        if (b.len > 4096)
            b.len = 0;
    }
    hk_i_buf_free(&b);
    CHECK(differ == 0,
          "hk_i_buf_uint agrees with printf on %zu values (%zu differ)", total,
          differ);
}

int main(void)
{
    utf8_cases();
    json_cases();
    uint_cases();
    return check_failures != 0;
}
