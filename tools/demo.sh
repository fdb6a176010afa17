#!/bin/sh
# tools/demo.sh - the main job on the bundled sample corpus: builds the party
# hierarchy of examples/ as GraphML, says where it went, and shows it as a
# tree.  Called by `make demo`.
set -eu
hk=${1:-build/haykal}
out=build/examples.graphml
"$hk" build --rules rules examples -o "$out"
"$hk" build --rules rules -q examples -o build/examples.txt
echo
echo "The hierarchy in $out (open it in Gephi, Cytoscape, yEd or NetworkX):"
echo
cat build/examples.txt
