#!/bin/sh
# make bench-kinesis: Kinesis PutRecords (500 x 1 KiB per call, 4 HTTP/1.1
# keep-alive connections) and GetRecords throughput against build/sluice
# and, in the same run, against kinesalite (npm, in-memory store; installed
# under build/npm-bench). Prints both, the ratios, and each server's
# CPU-seconds. Signature checks are off on both (sluice auth=any;
# kinesalite checks none). Every record must be accepted and read back.
#   KINESIS_BENCH_CALLS (sluice, default 400) and KINESALITE_CALLS (default
#   40): PutRecords calls per run; rates are per second, so the counts
#   differ to keep kinesalite's run short.
set -eu
cd "$(dirname "$0")/.."
BIN=build/bench/kinesis_bench
CALLS=${KINESIS_BENCH_CALLS:-400}
KCALLS=${KINESALITE_CALLS:-40}
KINESALITE=build/npm-bench/node_modules/kinesalite/cli.js
TMP=$(mktemp -d /tmp/sluice-kbench-XXXXXX)
SLUICE_PID=""
KL_PID=""
cleanup() {
    [ -n "$SLUICE_PID" ] && kill "$SLUICE_PID" 2>/dev/null && wait "$SLUICE_PID" 2>/dev/null || true
    [ -n "$KL_PID" ] && kill "$KL_PID" 2>/dev/null && wait "$KL_PID" 2>/dev/null || true
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
wait_port() {
    for _ in $(seq 100); do
        python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$1),1)" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "server on port $1 did not start" >&2
    return 1
}

if [ ! -f "$KINESALITE" ]; then
    echo "  NPM kinesalite@3.3.3 (build/npm-bench)"
    mkdir -p build/npm-bench
    (cd build/npm-bench && npm install --silent --no-audit --no-fund --save-exact kinesalite@3.3.3 >/dev/null)
fi

# --- sluice -------------------------------------------------------------
KPORT=$(free_port)
GPORT=$(free_port)
build/sluice --set listeners=PLAINTEXT://127.0.0.1:$KPORT --set log.dirs="$TMP/data" \
    --set sluice.gateway.listener=127.0.0.1:$GPORT --set sluice.gateway.auth=any \
    2> "$TMP/sluice.log" &
SLUICE_PID=$!
wait_port "$GPORT"
t0=$(cpu_ticks $SLUICE_PID)
S=$($BIN 127.0.0.1 "$GPORT" sluice "$CALLS")
t1=$(cpu_ticks $SLUICE_PID)
kill "$SLUICE_PID"; wait "$SLUICE_PID" 2>/dev/null || true; SLUICE_PID=""

# --- kinesalite (in memory) ---------------------------------------------
LPORT=$(free_port)
node "$KINESALITE" --port "$LPORT" --createStreamMs 0 --deleteStreamMs 0 --updateStreamMs 0 \
    --shardLimit 1000 > "$TMP/kinesalite.log" 2>&1 &
KL_PID=$!
wait_port "$LPORT"
k0=$(cpu_ticks $KL_PID)
K=$($BIN 127.0.0.1 "$LPORT" kinesalite "$KCALLS")
k1=$(cpu_ticks $KL_PID)

val() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
echo
echo "Kinesis API throughput (PutRecords 500 x 1 KiB per call, 4 HTTP/1.1 connections; GetRecords Limit 10000)"
printf "%-11s %14s %10s %14s %10s %12s\n" server put_rec/s put_MiB/s get_rec/s records server_cpu_s
printf "%-11s %14s %10s %14s %10s %12s\n" sluice "$(val "$S" put_rec_s)" "$(val "$S" put_mib_s)" \
    "$(val "$S" get_rec_s)" "$(val "$S" records)" "$(awk "BEGIN{printf \"%.2f\", ($t1-$t0)/$hz}")"
printf "%-11s %14s %10s %14s %10s %12s\n" kinesalite "$(val "$K" put_rec_s)" "$(val "$K" put_mib_s)" \
    "$(val "$K" get_rec_s)" "$(val "$K" records)" "$(awk "BEGIN{printf \"%.2f\", ($k1-$k0)/$hz}")"
awk -v sp="$(val "$S" put_rec_s)" -v kp="$(val "$K" put_rec_s)" \
    -v sg="$(val "$S" get_rec_s)" -v kg="$(val "$K" get_rec_s)" \
    'BEGIN { printf "ratio (sluice / kinesalite): put %.1fx  get %.1fx  (target >= 20x)\n", sp/kp, sg/kg }'
