#!/bin/sh
# tools/eval.sh - extraction scores on the development sets (tests/dev to
# tests/dev38), the bundled examples, the held-out set (tests/holdout, kept
# for measuring only) and the shared seed articles when ../shared is there.
# Called by `make eval`; extra arguments (e.g. --diff) go to haykal eval.
set -eu
hk=${1:-build/haykal}
shift || true
first=1

# score DIR HEADING: one set, when its gold is there.
score() {
    dir=$1
    heading=$2
    shift 2
    [ -f "$dir/gold.jsonl" ] || return 0
    [ $first = 1 ] || echo
    first=0
    echo "== $heading"
    "$hk" eval --rules rules --gold "$dir/gold.jsonl" "$dir" "$@"
}

score tests/dev "development set (tests/dev)" "$@"
score examples "sample corpus (examples)" "$@"
score tests/dev2 "second development set (tests/dev2)" "$@"
score tests/dev3 "third development set (tests/dev3: written blind to the rules)" "$@"
score tests/dev4 "fourth development set (tests/dev4: written blind to the rules)" "$@"
score tests/dev5 "fifth development set (tests/dev5: written blind to the rules)" "$@"
score tests/dev6 "sixth development set (tests/dev6: written blind to the rules)" "$@"
score tests/dev7 "seventh development set (tests/dev7: written blind to the rules)" "$@"
score tests/dev8 "eighth development set (tests/dev8: written blind to the rules)" "$@"
score tests/dev9 "ninth development set (tests/dev9: written blind to the rules)" "$@"
score tests/dev10 "tenth development set (tests/dev10: written blind to the rules)" "$@"
score tests/dev11 "eleventh development set (tests/dev11: written blind to the rules)" "$@"
score tests/dev12 "twelfth development set (tests/dev12: written blind to the rules)" "$@"
score tests/dev13 "thirteenth development set (tests/dev13: written blind to the rules)" "$@"
score tests/dev14 "fourteenth development set (tests/dev14: written blind to the rules)" "$@"
score tests/dev15 "fifteenth development set (tests/dev15: written blind to the rules)" "$@"
score tests/dev16 "sixteenth development set (tests/dev16: written blind to the rules)" "$@"
score tests/dev17 "seventeenth development set (tests/dev17: written blind to the rules)" "$@"
score tests/dev18 "eighteenth development set (tests/dev18: written blind to the rules)" "$@"
score tests/dev19 "nineteenth development set (tests/dev19: written blind to the rules)" "$@"
score tests/dev20 "twentieth development set (tests/dev20: written blind to the rules)" "$@"
score tests/dev21 "twenty-first development set (tests/dev21: written blind to the rules)" "$@"
score tests/dev22 "twenty-second development set (tests/dev22: written blind to the rules)" "$@"
score tests/dev23 "twenty-third development set (tests/dev23: written blind to the rules)" "$@"
score tests/dev24 "twenty-fourth development set (tests/dev24: written blind to the rules)" "$@"
score tests/dev25 "twenty-fifth development set (tests/dev25: written blind to the rules)" "$@"
score tests/dev26 "twenty-sixth development set (tests/dev26: written blind to the rules)" "$@"
score tests/dev27 "twenty-seventh development set (tests/dev27: written blind to the rules)" "$@"
score tests/dev28 "twenty-eighth development set (tests/dev28: written blind to the rules)" "$@"
score tests/dev29 "twenty-ninth development set (tests/dev29: written blind to the rules)" "$@"
score tests/dev30 "thirtieth development set (tests/dev30: written blind to the rules)" "$@"
score tests/dev31 "thirty-first development set (tests/dev31: written blind to the rules)" "$@"
score tests/dev32 "thirty-second development set (tests/dev32: written blind to the rules)" "$@"
score tests/dev33 "thirty-third development set (tests/dev33: written blind to the rules)" "$@"
score tests/dev34 "thirty-fourth development set (tests/dev34: written blind to the rules)" "$@"
score tests/dev35 "thirty-fifth development set (tests/dev35: written blind to the rules)" "$@"
score tests/dev36 "thirty-sixth development set (tests/dev36: written blind to the rules)" "$@"
score tests/dev37 "thirty-seventh development set (tests/dev37: written blind to the rules)" "$@"
score tests/dev38 "thirty-eighth development set (tests/dev38: written blind to the rules)" "$@"
score tests/holdout "held-out set (tests/holdout: measured, never tuned on)" "$@"
if [ -f ../shared/gold/seeds.jsonl ]; then
    echo
    echo "== shared seed articles (../shared)"
    "$hk" eval --rules rules --gold ../shared/gold/seeds.jsonl ../shared/corpus/seeds "$@"
fi
