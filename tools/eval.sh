#!/bin/sh
# tools/eval.sh - extraction scores on the development sets (tests/dev,
# tests/dev2, tests/dev3, tests/dev4), the bundled examples, the held-out set (tests/holdout, kept
# for measuring only) and the shared seed articles when ../shared is there.
# Called by `make eval`; extra arguments (e.g. --diff) go to haykal eval.
set -eu
hk=${1:-build/haykal}
shift || true
echo "== development set (tests/dev)"
"$hk" eval --rules rules --gold tests/dev/gold.jsonl tests/dev "$@"
echo
echo "== sample corpus (examples)"
"$hk" eval --rules rules --gold examples/gold.jsonl examples "$@"
if [ -f tests/dev2/gold.jsonl ]; then
    echo
    echo "== second development set (tests/dev2)"
    "$hk" eval --rules rules --gold tests/dev2/gold.jsonl tests/dev2 "$@"
fi
if [ -f tests/dev3/gold.jsonl ]; then
    echo
    echo "== third development set (tests/dev3: written blind to the rules)"
    "$hk" eval --rules rules --gold tests/dev3/gold.jsonl tests/dev3 "$@"
fi
if [ -f tests/dev4/gold.jsonl ]; then
    echo
    echo "== fourth development set (tests/dev4: written blind to the rules)"
    "$hk" eval --rules rules --gold tests/dev4/gold.jsonl tests/dev4 "$@"
fi
echo
echo "== held-out set (tests/holdout: measured, never tuned on)"
"$hk" eval --rules rules --gold tests/holdout/gold.jsonl tests/holdout "$@"
if [ -f ../shared/gold/seeds.jsonl ]; then
    echo
    echo "== shared seed articles (../shared)"
    "$hk" eval --rules rules --gold ../shared/gold/seeds.jsonl ../shared/corpus/seeds "$@"
fi
