#!/bin/sh
# tests/e2e.sh - end to end: build the hierarchy of examples/ (and of the
# shared seed articles when ../shared is there), validate the GraphML
# against the GraphML XML schema with xmllint, read it with NetworkX and
# igraph, and check the hierarchy.  Prints "ok - ..." / "not ok - ...".
set -u
B=${B:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 HOME="$T"
cd "$top" || exit 1
case $B in /*) hk="$B/haykal" ;; *) hk="$top/$B/haykal" ;; esac
py=/usr/bin/python3

run() {
    name=$1
    shift
    if "$@" > "$T/out" 2>&1; then
        echo "ok - $name"
    else
        echo "not ok - $name"
        sed 's/^/#   /' "$T/out" | head -20
    fi
}

run "build examples/ to GraphML" "$hk" build --rules rules -q examples -o "$T/examples.graphml"
run "examples GraphML is valid against the GraphML schema" \
    xmllint --noout --nonet --schema tests/graphml/graphml.xsd "$T/examples.graphml"
$py tests/check_graph.py "$T/examples.graphml"

# Casablanca's party branches sit in its prefectures of arrondissements:
# a branch of «مقاطعة سيدي عثمان» is part of the one of «عمالة مقاطعات
# مولاي رشيد», not of the Casablanca prefecture the census files it under.
cat > "$T/casa.txt" <<'EOF'
انتخب المؤتمر المحلي لحزب الاستقلال بمقاطعة سيدي عثمان، يوم السبت 14 مارس 2026، سعيد الحداوي كاتبا لفرع الحزب، بحضور مفتش الحزب بعمالة مقاطعات مولاي رشيد، عبد الكريم الزهراوي.
EOF
"$hk" build --rules rules -q "$T/casa.txt" -o "$T/casa.graphml"
$py tests/check_graph.py "$T/casa.graphml" \
    --expect-edge "الاستقلال - محلي سيدي عثمان" part_of "الاستقلال - إقليمي مولاي رشيد"

# Two runs over the same input give identical files.
"$hk" build --rules rules -q examples -o "$T/again.graphml"
run "a second run gives a byte-identical GraphML" cmp "$T/examples.graphml" "$T/again.graphml"

# Merge: extraction in two pieces (in either order) then `haykal graph`
# gives the same file as one run over everything.
set -- examples/*.txt
half=$(( $# / 2 ))
i=0; first=""; second=""
for f in "$@"; do
    i=$((i + 1))
    if [ $i -le $half ]; then first="$first $f"; else second="$second $f"; fi
done
# shellcheck disable=SC2086
"$hk" extract --rules rules -q $first -o "$T/a.jsonl"
# shellcheck disable=SC2086
"$hk" extract --rules rules -q $second -o "$T/b.jsonl"
"$hk" graph --rules rules -q "$T/a.jsonl" "$T/b.jsonl" -o "$T/merged.graphml"
"$hk" graph --rules rules -q "$T/b.jsonl" "$T/a.jsonl" -o "$T/merged-ba.graphml"
run "merging two halves gives the graph of one run" cmp "$T/merged.graphml" "$T/examples.graphml"
run "merging in the other order gives the same graph" cmp "$T/merged-ba.graphml" "$T/examples.graphml"
run "-j1 and -j4 give the same graph" sh -c "
    '$hk' build --rules rules -q -j1 examples -o '$T/j1.graphml' &&
    '$hk' build --rules rules -q -j4 examples -o '$T/j4.graphml' &&
    cmp '$T/j1.graphml' '$T/j4.graphml'"

# Threads hand documents over in batches: a dump of several batches, with
# unusable lines at odd places, gives the same output and the same
# warnings, in the same order, at every -j.
$py -c '
import glob, json
t = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("examples/*.txt"))]
for i in range(700):
    if i % 97 == 13:
        print("{not json")
    elif i % 89 == 5:
        print(json.dumps({"id": "d%d" % i, "text": 7}))
    else:
        print(json.dumps({"id": "d%d" % i, "text": t[i % len(t)]}, ensure_ascii=False))
' > "$T/batches.jsonl"
run "-j1, -j2 and -j5 give the same output and warnings over many batches" sh -c "
    for j in 1 2 5; do
        '$hk' extract --rules rules -q -j\$j '$T/batches.jsonl' -o '$T/batch-j'\$j.jsonl 2> '$T/batch-j'\$j.err
    done
    test \$(wc -l < '$T/batch-j1.jsonl') -eq 684 &&
    test \$(wc -l < '$T/batch-j1.err') -ge 14 &&
    cmp '$T/batch-j1.jsonl' '$T/batch-j2.jsonl' && cmp '$T/batch-j1.jsonl' '$T/batch-j5.jsonl' &&
    cmp '$T/batch-j1.err' '$T/batch-j2.err' && cmp '$T/batch-j1.err' '$T/batch-j5.err'"

# The GNU parallel recipe of docs/scale.md: shards of a JSON Lines dump
# extracted in parallel, then merged, equal one run.
if command -v parallel >/dev/null 2>&1; then
    mkdir -p "$T/shards"
    $py -c '
import json, sys, os
files = sorted(sys.argv[2:])
for i, f in enumerate(files):
    with open(os.path.join(sys.argv[1], "part-%d.jsonl" % (i % 3)), "a", encoding="utf-8") as out:
        name = os.path.splitext(os.path.basename(f))[0]
        out.write(json.dumps({"id": name, "text": open(f, encoding="utf-8").read()}, ensure_ascii=False) + "\n")
' "$T/shards" examples/*.txt
    run "GNU parallel: shards extracted in parallel, merged, equal one run" sh -c "
        parallel --will-cite -j2 '$hk extract --rules rules -q {} -o {.}.out' ::: '$T'/shards/*.jsonl &&
        '$hk' graph --rules rules -q '$T'/shards/*.out -o '$T/parallel.graphml' &&
        cmp '$T/parallel.graphml' '$T/examples.graphml'"
else
    echo "not ok - GNU parallel is not installed (tools/deps.sh installs it)"
fi

# DOT renders with graphviz; JSON node-link loads in NetworkX.
run "DOT output renders with dot -Tsvg" sh -c "
    '$hk' build --rules rules -q examples -o '$T/examples.dot' &&
    dot -Tsvg '$T/examples.dot' -o '$T/examples.svg' && test -s '$T/examples.svg'"
run "JSON node-link output loads in NetworkX" sh -c "
    '$hk' build --rules rules -q examples -o '$T/examples.json' &&
    $py -c 'import json,sys,networkx as nx; g=nx.node_link_graph(json.load(open(sys.argv[1]))); assert g.number_of_nodes() > 50, g.number_of_nodes()' '$T/examples.json'"

# An installed copy (staged with DESTDIR) finds its own rules and works.
run "make install DESTDIR=... installs a working haykal" sh -c "
    make -s install B='$B' PREFIX=/usr/local DESTDIR='$T/dest' >/dev/null &&
    env -u HAYKAL_RULES '$T/dest/usr/local/bin/haykal' rules check &&
    test -f '$T/dest/usr/local/lib/libhaykal.so.0' &&
    test -f '$T/dest/usr/local/include/haykal.h' &&
    test -f '$T/dest/usr/local/lib/pkgconfig/haykal.pc' &&
    test -f '$T/dest/usr/local/share/man/man1/haykal.1'"
# ... and a program links against the installed shared library, which
# exports the public functions (hk_doc_append_json among them).  Under
# `make test SAN=...` the installed library is instrumented: the program
# is built with the same sanitizers, whose runtime must come first.
cat > "$T/link.c" <<'EOF'
#include <haykal.h>
#include <string.h>
int main(void)
{
    char *buf = NULL;
    size_t len = 0, cap = 0;
    return hk_doc_append_json(NULL, &buf, &len, &cap) == HK_ERR_ARG &&
                   !strcmp(hk_status_string(HK_OK), "ok")
               ? 0
               : 1;
}
EOF
run "a program links against the installed libhaykal.so" sh -c "
    cc ${SAN:+-fsanitize=$SAN} -I'$T/dest/usr/local/include' '$T/link.c' \\
        -L'$T/dest/usr/local/lib' -lhaykal -o '$T/link' &&
    LD_LIBRARY_PATH='$T/dest/usr/local/lib' '$T/link'"

shared="$top/../shared"
if [ -d "$shared/corpus/seeds" ]; then
    run "build the shared seed articles" "$hk" build --rules rules -q "$shared/corpus/seeds" -o "$T/seeds.graphml"
    run "seeds GraphML is valid against the GraphML schema" \
        xmllint --noout --nonet --schema tests/graphml/graphml.xsd "$T/seeds.graphml"
    $py tests/check_graph.py "$T/seeds.graphml" \
        --expect-edge "محمد الحجيرة" holds "الأصالة والمعاصرة - جهوي فاس-مكناس" \
        --expect-edge "الأصالة والمعاصرة - إقليمي الحاجب" part_of "الأصالة والمعاصرة - جهوي فاس-مكناس"
else
    echo "# ../shared not found: seed checks skipped"
fi
