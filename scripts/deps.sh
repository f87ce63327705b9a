#!/bin/sh
# Checks that the Debian 12 packages Sluice needs are installed and installs
# the missing ones when running as root; otherwise prints the exact command.
#   scripts/deps.sh build   - what `make` and `make run` need
#   scripts/deps.sh test    - plus what `make test` needs (clients, tools)
set -eu

build_pkgs="gcc make pkg-config libevent-dev libssl-dev zlib1g-dev libzstd-dev
libsnappy-dev liblz4-dev libnghttp2-dev libjansson-dev libyajl-dev libcbor-dev"
test_pkgs="libcriterion-dev librdkafka-dev kcat clang libclang-rt-14-dev python3
python3-kafka awscli python3-boto3 docker-compose procps"

want="$build_pkgs"
if [ "${1:-build}" = test ]; then
    want="$build_pkgs $test_pkgs"
    # kafkajs runs on Node.js; any node and npm will do (many machines have
    # them from elsewhere), else Debian's.
    command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || want="$want nodejs npm"
fi

missing=""
for p in $want; do
    st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$st" in
        *" installed") ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -ne 0 ]; then
    echo "sluice: missing Debian packages:$missing" >&2
    echo "install them with:  sudo apt-get update && sudo $cmd" >&2
    exit 1
fi
echo "sluice: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
# shellcheck disable=SC2086
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    rm -f "$log"
    exit 1
fi
rm -f "$log"
