#!/bin/sh
# tools/bench.sh - `make bench`: runs tools/bench.py with the system Python
# (see its header); BENCH_MB sets the corpus size (default 200).
set -eu
hk=${1:-build/haykal}
exec /usr/bin/python3 tools/bench.py "$hk" --mb "${BENCH_MB:-200}" --repeat "${BENCH_REPEAT:-3}"
