#!/bin/sh
# tools/eval.sh - extraction scores on the development set (tests/dev), the
# bundled examples, and the shared seed articles when ../shared is there.
# Called by `make eval`; extra arguments (e.g. --diff) go to haykal eval.
set -eu
hk=${1:-build/haykal}
shift || true
echo "== development set (tests/dev)"
"$hk" eval --rules rules --gold tests/dev/gold.jsonl tests/dev "$@"
echo
echo "== sample corpus (examples)"
"$hk" eval --rules rules --gold examples/gold.jsonl examples "$@"
if [ -f ../shared/gold/seeds.jsonl ]; then
    echo
    echo "== shared seed articles (../shared)"
    "$hk" eval --rules rules --gold ../shared/gold/seeds.jsonl ../shared/corpus/seeds "$@"
fi
