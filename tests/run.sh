#!/bin/sh
# tests/run.sh - every test of haykal: unit tests, data-driven cases, the
# offset contract on all bundled articles, the examples the rule files carry,
# CLI golden tests and the end-to-end GraphML checks; with ../shared beside
# the checkout, the seed articles too.  Ends with "N passed, N failed".
set -u
B=${B:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
export LC_ALL=C.UTF-8 B
HOME=$(mktemp -d) || exit 1
export HOME
log=$(mktemp) || exit 1
trap 'rm -rf "$log" "$HOME"' EXIT
shared="$top/../shared"

# Runs one step; its "ok"/"not ok" lines are counted.  A step that exits
# with a failure status (a crash, an abort from a sanitizer) is one more
# failure, even when it printed none: its unprinted checks would vanish.
step() {
    name=$1
    echo "== $name" >&2
    shift
    "$@" > "$HOME/step.out" 2>&1
    rc=$?
    cat "$HOME/step.out" >> "$log"
    grep -v '^ok' "$HOME/step.out" >&2
    if [ "$rc" -ne 0 ]; then
        echo "not ok - $name: exited with status $rc" | tee -a "$log" >&2
    fi
}

step "normaliser" "$B/tests/test_normalize" rules
step "rule loading" "$B/tests/test_rules"
step "lexicon alternations (factored = flat)" "$B/tests/test_lexpattern"
step "UTF-8 validation and JSON escaping (fast = plain)" "$B/tests/test_textio"
step "JSON Lines records: a reader = hk_record_parse" "$B/tests/test_records"
step "block paths of the normaliser and the tagger (on = off)" "$B/tests/test_blocks"
step "bounded scans (start bytes)" "$B/tests/test_scan"
step "extraction cases (tests/cases)" "$B/tests/run_cases" rules tests/cases/*.case
set -- examples/*.txt tests/dev/*.txt tests/data/html-refs.txt
[ -d "$shared/corpus/seeds" ] && set -- "$@" "$shared"/corpus/seeds/*.txt
step "offsets: text == original[start:end]" "$B/tests/test_offsets" rules "$@"
step "JSON lines: appended = hk_doc_to_json, kept lengths = strlen" "$B/tests/test_docwrite" rules "$@"
step "pair loops over mentions: plain = indexed (long documents)" "$B/tests/test_pairs" rules "$@"
rules_examples() {
    out=$("$B/haykal" rules test --rules rules 2>&1)
    rc=$?
    printf '%s\n' "$out" | grep -v '^rule examples:' | sed 's/^/# /'
    if [ $rc -eq 0 ]; then echo "ok - haykal rules test: $out"
    else echo "not ok - haykal rules test: $(printf '%s\n' "$out" | tail -1)"; fi
}
step "examples in the rule files" rules_examples
lexicon_files() {
    for f in rules/lexicons/*.lex rules/gazetteer/*.tsv rules/gazetteer/*.lex; do
        if out=$(/usr/bin/python3 rules/tools/check-lexicons.py "$f" 2>&1); then
            echo "ok - lexicon file $f"
        else
            echo "not ok - lexicon file $f"
            printf '%s\n' "$out" | grep -v '^check-lexicons:' | head -5 | sed 's/^/#   /'
        fi
    done
}
step "lexicon and gazetteer files (duplicates, fields, codes)" lexicon_files
step "command line (tests/cli/golden.txt)" tests/cli/run.sh
step "end to end: GraphML, schema, NetworkX, igraph" tests/e2e.sh

# The end-to-end commands are clean under valgrind (memcheck: no invalid
# access, no leak), on a normal build only (sanitizers and valgrind do
# not mix), without PCRE2's JIT, whose generated code memcheck cannot
# follow.
valgrind_clean() {
    for cmd in "extract -q examples -o /dev/null" \
               "build -q -j2 examples -o $HOME/vg.graphml" \
               "eval --gold examples/gold.jsonl examples"; do
        # shellcheck disable=SC2086
        if HAYKAL_NO_JIT=1 valgrind --quiet --error-exitcode=99 --leak-check=full \
               --errors-for-leak-kinds=definite,indirect \
               "$B/haykal" $cmd --rules rules > "$HOME/vg.out" 2>&1; then
            echo "ok - valgrind: haykal $cmd"
        else
            echo "not ok - valgrind: haykal $cmd"
            grep -E '==[0-9]+==' "$HOME/vg.out" | head -20 | sed 's/^/#   /'
        fi
    done
}
# valgrind cannot run a sanitized build (SAN= from the Makefile).
case "${SAN:+san}$B" in
san*|build-san*) ;;
*) if command -v valgrind >/dev/null 2>&1; then
       step "valgrind on the end-to-end commands" valgrind_clean
   else
       echo "# valgrind not installed: memcheck skipped" >&2
   fi ;;
esac

# Seed accuracy floors from the end-to-end issue: a regression guard.
seed_floor() {
    out=$("$B/haykal" eval --rules rules --gold "$shared/gold/seeds.jsonl" \
          "$shared/corpus/seeds" 2>&1)
    printf '%s\n' "$out" | sed 's/^/# /'
    printf '%s\n' "$out" | awk '
        $1 == "persons" { p = $4 }
        $1 == "party" && $2 == "roles" { r = $5 }
        END {
            if (p >= 0.90) print "ok - seeds: persons F1 " p " >= 0.90"
            else print "not ok - seeds: persons F1 " p " < 0.90"
            if (r >= 0.80) print "ok - seeds: party roles F1 " r " >= 0.80"
            else print "not ok - seeds: party roles F1 " r " < 0.80"
        }'
}
if [ -f "$shared/gold/seeds.jsonl" ]; then
    step "seed articles against the shared gold" seed_floor
else
    echo "# ../shared not found: seed accuracy checks skipped" >&2
fi

passed=$(grep -c '^ok' "$log")
failed=$(grep -c '^not ok' "$log")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
