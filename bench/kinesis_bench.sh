#!/bin/sh
# make bench-kinesis: Kinesis PutRecords (500 x 1 KiB per call, 4 HTTP/1.1
# keep-alive connections) and GetRecords throughput against build/sluice
# (durable, then page-cache acks) and, in the same run, against kinesalite
# (npm, in-memory store; installed under build/npm-bench). Prints all
# three, the ratios, and each server's CPU-seconds. Signature checks are off on both (sluice auth=any;
# kinesalite checks none). Every record must be accepted and read back.
#   KINESIS_BENCH_CALLS (sluice, default 400) and KINESALITE_CALLS (default
#   60): PutRecords calls per run; rates are per second, so the counts
#   differ to keep kinesalite's run short. KINESIS_BENCH_CONNS: connections.
set -eu
cd "$(dirname "$0")/.."
BIN=build/bench/kinesis_bench
CALLS=${KINESIS_BENCH_CALLS:-400}
KCALLS=${KINESALITE_CALLS:-60}
CONNS=${KINESIS_BENCH_CONNS:-4}
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

# --- sluice: durable (an fdatasync covers each PutRecords before its answer,
# group commit), then with page-cache acks (sluice.durable.acks.all=false,
# Kafka's stock acks=all) since kinesalite keeps everything in memory ----
run_sluice() { # label extra-settings...
    label=$1
    shift
    KPORT=$(free_port)
    GPORT=$(free_port)
    rm -rf "$TMP/data"
    build/sluice --set listeners=PLAINTEXT://127.0.0.1:$KPORT --set log.dirs="$TMP/data" \
        --set sluice.gateway.listener=127.0.0.1:$GPORT --set sluice.gateway.auth=any "$@" \
        2> "$TMP/sluice.log" &
    SLUICE_PID=$!
    wait_port "$GPORT"
    t0=$(cpu_ticks $SLUICE_PID)
    OUT=$($BIN 127.0.0.1 "$GPORT" "$label" "$CALLS" 500 1024 "$CONNS" 4)
    t1=$(cpu_ticks $SLUICE_PID)
    CPU=$(awk "BEGIN{printf \"%.2f\", ($t1-$t0)/$hz}")
    kill "$SLUICE_PID"
    wait "$SLUICE_PID" 2>/dev/null || true
    SLUICE_PID=""
}
run_sluice sluice
S=$OUT
SCPU=$CPU
run_sluice sluice-pc --set sluice.durable.acks.all=false
P=$OUT
PCPU=$CPU

# --- kinesalite (in memory) ---------------------------------------------
LPORT=$(free_port)
node "$KINESALITE" --port "$LPORT" --createStreamMs 0 --deleteStreamMs 0 --updateStreamMs 0 \
    --shardLimit 1000 > "$TMP/kinesalite.log" 2>&1 &
KL_PID=$!
wait_port "$LPORT"
k0=$(cpu_ticks $KL_PID)
K=$($BIN 127.0.0.1 "$LPORT" kinesalite "$KCALLS" 500 1024 "$CONNS" 4)
k1=$(cpu_ticks $KL_PID)

val() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
row() { # name output cpu
    printf "%-22s %11s %10s %11s %9s %12s\n" "$1" "$(val "$2" put_rec_s)" "$(val "$2" put_mib_s)" \
        "$(val "$2" get_rec_s)" "$(val "$2" records)" "$3"
}
echo
echo "Kinesis API throughput: PutRecords 500 x 1 KiB per call, GetRecords Limit 10000,"
echo "$CONNS HTTP/1.1 keep-alive connections, 4 shards; every record accepted and read back."
printf "%-22s %11s %10s %11s %9s %12s\n" server put_rec/s put_MiB/s get_rec/s records server_cpu_s
row "sluice (fsync per put)" "$S" "$SCPU"
row "sluice (page cache)" "$P" "$PCPU"
row "kinesalite (memory)" "$K" "$(awk "BEGIN{printf \"%.2f\", ($k1-$k0)/$hz}")"
ratio() {
    awk -v sp="$(val "$1" put_rec_s)" -v kp="$(val "$K" put_rec_s)" \
        -v sg="$(val "$1" get_rec_s)" -v kg="$(val "$K" get_rec_s)" -v n="$2" \
        'BEGIN { printf "ratio %-22s put %5.1fx  get %5.1fx  (target >= 20x)\n", n, sp/kp, sg/kg }'
}
ratio "$S" "sluice/kinesalite"
ratio "$P" "sluice-pc/kinesalite"
