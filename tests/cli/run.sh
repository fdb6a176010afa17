#!/bin/sh
# tests/cli/run.sh - the CLI golden tests: each block of tests/cli/golden.txt
# is a "$ command" line, the output it must print (stdout and stderr, blank
# lines included), and an "RC=<exit status>" line.  Commands run from the
# repository root with haykal on PATH and $T a fresh temporary folder, whose
# path reads as "$T" in the output.  Prints "ok - ..." / "not ok - ...".
set -u
B=${B:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
export T LC_ALL=C.UTF-8 HOME="$T" HAYKAL_RULES="$top/rules"
case $B in /*) PATH="$B:$PATH" ;; *) PATH="$top/$B:$PATH" ;; esac
export PATH
cd "$top" || exit 1

cmd=""
expected=""
in_block=false

check() {
    rm -rf "${T:?}"/* 2>/dev/null
    actual=$( (cd "$top" && sh -c "$cmd" 2>&1 </dev/null; echo "RC=$?") |
              sed "s|$T|\$T|g")
    if [ "$actual" = "$expected" ]; then
        printf 'ok - cli: %s\n' "$cmd"
    else
        printf 'not ok - cli: %s\n' "$cmd"
        printf '%s\n' "$expected" > "$T.expected"
        printf '%s\n' "$actual" > "$T.actual"
        diff "$T.expected" "$T.actual" | sed 's/^/#   /'
        rm -f "$T.expected" "$T.actual"
    fi
}

while IFS= read -r line || [ -n "$line" ]; do
    if $in_block; then
        if [ -z "$expected" ]; then expected=$line; else expected="$expected
$line"; fi
        case "$line" in
        RC=*) check; in_block=false ;;
        esac
        continue
    fi
    case "$line" in
    '$ '*) cmd=${line#\$ }; expected=""; in_block=true ;;
    esac
done < tests/cli/golden.txt
if $in_block; then
    printf 'not ok - cli: %s: no RC= line in golden.txt\n' "$cmd"
fi
