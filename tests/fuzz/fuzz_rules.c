/*
 * fuzz_rules.c - libFuzzer target for the rule loader (hk_rules_load) on
 * arbitrary rule-file text, and for hk_rules_test on what it accepts.
 *
 * Once, a private rules directory is made under /tmp (mkdtemp) from the
 * in-tree rules ($HAYKAL_RULES, else rules/ of the repository):
 *   lexicons/NAME.lex       every real lexicon, copied
 *   gazetteer/              a small gazetteer cut from the real one: the
 *                           12 current regions and the province of El
 *                           Hajeb (03.171) with its communes, the aliases
 *                           of those, and the real common-words.lex (set
 *                           HAYKAL_FUZZ_FULL_GAZETTEER=1 to copy it whole,
 *                           about 1.5x the cost per input)
 *   10-shared.rules         the real macros ({CL}, {AL}, {NAMEWORD}...), so
 *                           rule blocks copied from rules/NN-name.rules load
 * Each input is written as 99-fuzz.rules there and loaded; when it loads,
 * its yes/no examples are run.  An error status is fine (most inputs are
 * bad rules); a crash, a sanitizer report, a hang (-timeout) or a memory
 * blow-up (-rss_limit_mb, -malloc_limit_mb) is a bug.  The loader's error
 * must name a file, and a line inside the input when it names 99-fuzz.rules.
 * The directory is removed at exit.
 */
#define FUZZ_NAME "fuzz_rules"
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>

static char tmpdir[4096];
static char fuzzfile[4200];

static void die(const char *what, const char *path)
{
    fprintf(stderr, "fuzz_rules: %s %s: %s\n", what, path, strerror(errno));
    exit(2);
}

/* Keeps a gazetteer line?  Comments, blank lines, the current regions
   (codes without a dot; the pre-2015 ones are old.NN) and everything in
   the province 03.171. */
static bool keep_code(const char *code, size_t n)
{
    if (!memchr(code, '.', n))
        return true;
    return n >= 6 && !memcmp(code, "03.171", 6);
}

/* Copies src to dst; with `field` >= 0, only the lines whose TAB-separated
   field number `field` is a code keep_code accepts (and comments). */
static void copy_file(const char *src, const char *dst, int field)
{
    FILE *in = fopen(src, "rb");
    if (!in)
        die("cannot read", src);
    FILE *out = fopen(dst, "wb");
    if (!out)
        die("cannot write", dst);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, in)) >= 0) {
        bool keep = true;
        if (field >= 0 && n > 0 && line[0] != '#' && line[0] != '\n') {
            const char *f = line;
            for (int k = 0; k < field && f; k++) {
                f = strchr(f, '\t');
                f = f ? f + 1 : NULL;
            }
            if (!f)
                keep = false;
            else {
                size_t len = strcspn(f, "\t\r\n");
                keep = keep_code(f, len);
            }
        }
        if (keep && fwrite(line, 1, (size_t)n, out) != (size_t)n)
            die("cannot write", dst);
    }
    free(line);
    fclose(in);
    if (fclose(out))
        die("cannot write", dst);
}

static void remove_tree(void)
{
    static const char *const sub[] = {"lexicons", "gazetteer"};
    char path[8400];
    for (size_t s = 0; s < 2; s++) {
        snprintf(path, sizeof path, "%s/%s", tmpdir, sub[s]);
        DIR *d = opendir(path);
        struct dirent *de;
        while (d && (de = readdir(d))) {
            if (de->d_name[0] == '.')
                continue;
            char f[8800];
            snprintf(f, sizeof f, "%s/%s", path, de->d_name);
            unlink(f);
        }
        if (d)
            closedir(d);
        rmdir(path);
    }
    snprintf(path, sizeof path, "%s/10-shared.rules", tmpdir);
    unlink(path);
    unlink(fuzzfile);
    rmdir(tmpdir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char buf[4200], src[8400], dst[8400];
    const char *dir = rules_dir(buf, sizeof buf);
    const char *full = getenv("HAYKAL_FUZZ_FULL_GAZETTEER");
    bool whole = full && *full && strcmp(full, "0");

    snprintf(tmpdir, sizeof tmpdir, "/tmp/haykal-fuzz-rules.XXXXXX");
    if (!mkdtemp(tmpdir))
        die("cannot create", tmpdir);
    atexit(remove_tree);
    snprintf(fuzzfile, sizeof fuzzfile, "%s/99-fuzz.rules", tmpdir);
    snprintf(dst, sizeof dst, "%s/lexicons", tmpdir);
    if (mkdir(dst, 0700))
        die("cannot create", dst);
    snprintf(dst, sizeof dst, "%s/gazetteer", tmpdir);
    if (mkdir(dst, 0700))
        die("cannot create", dst);

    snprintf(src, sizeof src, "%s/lexicons", dir);
    DIR *d = opendir(src);
    if (!d)
        die("cannot open", src);
    struct dirent *de;
    size_t nlex = 0;
    while ((de = readdir(d))) {
        size_t n = strlen(de->d_name);
        if (n <= 4 || strcmp(de->d_name + n - 4, ".lex"))
            continue;
        snprintf(src, sizeof src, "%s/lexicons/%s", dir, de->d_name);
        snprintf(dst, sizeof dst, "%s/lexicons/%s", tmpdir, de->d_name);
        copy_file(src, dst, -1);
        nlex++;
    }
    closedir(d);
    if (!nlex) {
        fprintf(stderr, "fuzz_rules: no lexicons in %s/lexicons\n", dir);
        exit(2);
    }
    snprintf(src, sizeof src, "%s/gazetteer/territories.tsv", dir);
    snprintf(dst, sizeof dst, "%s/gazetteer/territories.tsv", tmpdir);
    copy_file(src, dst, whole ? -1 : 0);
    snprintf(src, sizeof src, "%s/gazetteer/aliases.tsv", dir);
    snprintf(dst, sizeof dst, "%s/gazetteer/aliases.tsv", tmpdir);
    copy_file(src, dst, whole ? -1 : 1);
    snprintf(src, sizeof src, "%s/gazetteer/common-words.lex", dir);
    snprintf(dst, sizeof dst, "%s/gazetteer/common-words.lex", tmpdir);
    copy_file(src, dst, -1);
    snprintf(src, sizeof src, "%s/10-shared.rules", dir);
    snprintf(dst, sizeof dst, "%s/10-shared.rules", tmpdir);
    copy_file(src, dst, -1);

    /* The private set must load with a trivial rule, or every input would
       only exercise the same early error. */
    FILE *f = fopen(fuzzfile, "wb");
    if (!f || fputs("rule PERSON probe\nmatch {AL}{2,}\n", f) < 0 || fclose(f))
        die("cannot write", fuzzfile);
    hk_rules *r = NULL;
    hk_error err = {0};
    if (hk_rules_load(tmpdir, &r, &err) != HK_OK) {
        fprintf(stderr, "fuzz_rules: the private rules in %s do not load: "
                "%s:%u:%u: %s\n", tmpdir, err.file, err.line, err.column,
                err.message);
        exit(2);
    }
    hk_rules_free(r);
    return 0;
}

static void ignore(void *user, const hk_error *failure)
{
    (void)user;
    CHECK(failure && failure->file[0]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(fuzzfile, "wb");
    if (!f)
        die("cannot write", fuzzfile);
    if ((size && fwrite(data, 1, size, f) != size) || fclose(f))
        die("cannot write", fuzzfile);

    /* Lines of the input, as getline splits them. */
    size_t lines = 0;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
    lines += size && data[size - 1] != '\n';

    hk_rules *r = NULL;
    hk_error err = {0};
    hk_status st = hk_rules_load(tmpdir, &r, &err);
    if (st != HK_OK) {
        CHECK(r == NULL);
        CHECK(st == HK_ERR_RULES || st == HK_ERR_NOMEM || st == HK_ERR_IO);
        CHECK(memchr(err.message, '\0', sizeof err.message) != NULL);
        CHECK(err.message[0] != '\0');
        size_t n = strlen(err.file);
        if (n >= 13 && !strcmp(err.file + n - 13, "/99-fuzz.rules") && err.line)
            CHECK(err.line <= lines);
        return 0;
    }
    CHECK(r != NULL);
    hk_rules_info info;
    hk_rules_get_info(r, &info);
    CHECK(info.rules >= 1 && info.lexicons >= 1 && info.territories >= 1);

    size_t passed = 0, failed = 0;
    st = hk_rules_test(r, ignore, NULL, &passed, &failed);
    CHECK(st == HK_OK || st == HK_ERR_RULES || st == HK_ERR_NOMEM);
    if (st != HK_ERR_NOMEM)
        CHECK(passed + failed == info.examples);
    hk_rules_free(r);
    return 0;
}
