/*
 * rulespath.c - where the rules come from: --rules DIR, then the
 * HAYKAL_RULES environment variable, then the directory fixed at build
 * time, then rules/ beside the executable or one level up (the source tree),
 * then ../share/haykal/rules from the executable (a relocated install).
 */
#include "cli.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef HK_RULES_DIR
#define HK_RULES_DIR "/usr/local/share/haykal/rules"
#endif

static bool is_dir(const char *p)
{
    struct stat st;
    return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool beside_exe(char *out, size_t size)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return false;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return false;
    *slash = '\0';
    snprintf(out, size, "%s/rules", exe);
    if (is_dir(out))
        return true;
    snprintf(out, size, "%s/../rules", exe);
    if (is_dir(out))
        return true;
    /* An installed tree moved elsewhere (or staged with DESTDIR). */
    snprintf(out, size, "%s/../share/haykal/rules", exe);
    return is_dir(out);
}

hk_rules *cli_load_rules(const char *dir)
{
    char found[PATH_MAX + 64];
    const char *use = dir;
    if (!use)
        use = getenv("HAYKAL_RULES");
    if (!use || !*use) {
        if (is_dir(HK_RULES_DIR))
            use = HK_RULES_DIR;
        else if (beside_exe(found, sizeof found))
            use = found;
        else {
            cli_warn("no rules found: give --rules DIR or set HAYKAL_RULES");
            return NULL;
        }
    }
    hk_rules *rules = NULL;
    hk_error err = {0};
    /* HAYKAL_NO_JIT=1: for memory checkers (valgrind) that cannot follow
       PCRE2's JIT code; slower, same results. */
    const char *nojit = getenv("HAYKAL_NO_JIT");
    unsigned flags = nojit && *nojit && strcmp(nojit, "0") ? HK_RULES_NO_JIT : 0;
    if (hk_rules_load_flags(use, flags, &rules, &err) != HK_OK) {
        cli_report(&err);
        return NULL;
    }
    return rules;
}
