#!/bin/sh
# tools/deps.sh - installs the Debian packages haykal needs to build and to
# run its tests, when any is missing (apt-get; as root, or through sudo).
set -eu
pkgs="pkg-config gcc make libpcre2-dev libicu-dev libigraph-dev libjson-c-dev
zlib1g-dev libxml2-utils python3 python3-networkx python3-igraph graphviz
pcre2-utils icu-devtools parallel valgrind"
need=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        need="$need $p"
done
[ -z "$need" ] && exit 0
echo "haykal: installing missing system packages:$need" >&2
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >&2
