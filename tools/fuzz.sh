#!/bin/sh
# tools/fuzz.sh - builds the libFuzzer targets of tests/fuzz/ (the library
# sources plus one target each, clang with ASan and UBSan, into build-fuzz/)
# and runs each for FUZZ_SECONDS seconds (default 60) on a working copy of
# its seed corpus.  Prints per target the executions, the crashes (artifact
# paths) and the exit status; exits 1 when any target failed.
#
#   tools/fuzz.sh                      every target
#   FUZZ_SECONDS=600 tools/fuzz.sh extract rules
#
# clang and libFuzzer are installed with apt-get when missing (as root, or
# through sudo), like tools/deps.sh does for the build's own packages.
# tests/fuzz/README.md says what each target checks.
set -u

cd "$(dirname "$0")/.." || exit 2
export LC_ALL=C.UTF-8

B=build-fuzz
SECONDS_EACH=${FUZZ_SECONDS:-60}
CC=${FUZZ_CC:-clang}
ALL_TARGETS=$(for f in tests/fuzz/fuzz_*.c; do basename "$f" .c; done | sed 's/^fuzz_//' | tr '\n' ' ')
TARGETS=${*:-$ALL_TARGETS}
PKGS="libpcre2-8 icu-uc icu-i18n igraph json-c zlib"

for t in $TARGETS; do
    [ -f "tests/fuzz/fuzz_$t.c" ] || { echo "fuzz: no target '$t' (one of: $ALL_TARGETS)" >&2; exit 2; }
done

# The library's own packages, then clang with libFuzzer.
tools/deps.sh || exit 2
mkdir -p "$B"
probe() {
    printf '#include <stdint.h>\n#include <stddef.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' \
        > "$B/probe.c" &&
        "$CC" -fsanitize=fuzzer,address,undefined "$B/probe.c" -o "$B/probe" 2>/dev/null
}
if ! command -v "$CC" >/dev/null 2>&1 || ! probe; then
    echo "fuzz: installing clang and libFuzzer (clang libclang-rt-dev)" >&2
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
            --no-install-recommends clang libclang-rt-dev >&2
    probe || { echo "fuzz: $CC cannot build libFuzzer targets" >&2; exit 2; }
fi
rm -f "$B/probe" "$B/probe.c"

SAN="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
CFLAGS="-g -O1 $SAN -D_GNU_SOURCE -Ilib/include -Ilib $(pkg-config --cflags $PKGS)"
LIBS="$(pkg-config --libs $PKGS) -lpthread -lm"

# The library, rebuilt file by file when a source or a header changed.
mkdir -p "$B/obj"
newest_h=$(ls -t lib/include/haykal.h lib/*.h | head -n 1)
objs=""
for src in lib/*.c; do
    obj="$B/obj/$(basename "$src" .c).o"
    objs="$objs $obj"
    if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ "$newest_h" -nt "$obj" ]; then
        echo "fuzz: cc $src"
        # Objects are instrumented for coverage; only targets get a main.
        $CC $(echo "$CFLAGS" | sed 's/-fsanitize=fuzzer,/-fsanitize=fuzzer-no-link,/') \
            -c "$src" -o "$obj" || exit 2
    fi
done
for t in $TARGETS; do
    echo "fuzz: build $B/fuzz_$t"
    $CC $CFLAGS "tests/fuzz/fuzz_$t.c" $objs $LIBS -o "$B/fuzz_$t" || exit 2
done

# Run each target; its working corpus lives in build-fuzz/ and keeps what
# earlier runs found, the seeds in tests/fuzz/corpus are only read.
failed=0
summary=""
for t in $TARGETS; do
    work="$B/corpus/$t"
    art="$B/artifacts/$t"
    log="$B/logs/$t.log"
    mkdir -p "$work" "$B/logs"
    rm -rf "$art" && mkdir -p "$art"
    cp tests/fuzz/corpus/"$t"/* "$work"/ 2>/dev/null
    echo "fuzz: run fuzz_$t for ${SECONDS_EACH}s (log: $log)"
    HAYKAL_RULES="$PWD/rules" "$B/fuzz_$t" "$work" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$art/" -print_final_stats=1 >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    [ -n "$execs" ] || execs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
    [ -n "$execs" ] || execs="?"
    found=$(find "$art" -type f \( -name 'crash-*' -o -name 'leak-*' -o \
        -name 'timeout-*' -o -name 'oom-*' \) | sort)
    if [ -n "$found" ] || [ "$rc" != 0 ]; then
        failed=1
        echo "fuzz: fuzz_$t FAILED; the report:"
        grep -E '^==[0-9]+==ERROR|SUMMARY:|^ +#[0-9]+ |check failed|runtime error|ALARM|out-of-memory|Test unit written' "$log" |
            head -n 25 | sed 's/^/    /'
    fi
    crashes=$(printf '%s\n' "$found" | grep -c .)
    [ "$crashes" = 0 ] && crashes="0" || crashes="$crashes: $(echo $found)"
    summary="$summary$(printf '%-10s executions %-10s exit %-3s crashes %s' "$t" "$execs" "$rc" "$crashes")
"
done
echo
echo "fuzz summary (${SECONDS_EACH}s per target):"
printf '%s' "$summary"
exit $failed
