#!/bin/sh
# make bench-kinesis: Kinesis PutRecords (500 x 1 KiB per call, 4 HTTP/1.1
# keep-alive connections) and GetRecords throughput against build/sluice
# (durable, then page-cache acks) and, in the same run, against kinesalite
# (npm, in-memory store; installed under build/npm-bench). Prints all
# three, the ratios, and each server's CPU-seconds. Signature checks are
# off on both (sluice auth=any; kinesalite checks none). Every record must
# be accepted and read back (the load generator exits non-zero otherwise).
#   KINESIS_BENCH_CALLS (sluice, default 400) and KINESALITE_CALLS (default
#   60): PutRecords calls per run; rates are per second, so the counts
#   differ to keep kinesalite's run short. KINESIS_BENCH_CONNS: connections
#   (default 4); KINESIS_BENCH_RUNS: runs per server, best kept (default 3).
set -eu
cd "$(dirname "$0")/.."
BIN=build/bench/kinesis_bench
CALLS=${KINESIS_BENCH_CALLS:-400}
KCALLS=${KINESALITE_CALLS:-60}
CONNS=${KINESIS_BENCH_CONNS:-4}
RUNS=${KINESIS_BENCH_RUNS:-3}
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
        python3 -c "import socket; socket.create_connection(('127.0.0.1',$1),1)" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "server on port $1 did not start" >&2
    return 1
}
val() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

if [ ! -f "$KINESALITE" ]; then
    echo "  NPM kinesalite@3.3.3 (build/npm-bench)"
    mkdir -p build/npm-bench
    (cd build/npm-bench && npm install --silent --no-audit --no-fund --save-exact kinesalite@3.3.3 >/dev/null)
fi

# One run each: start the server, bench it, stop it. Set OUT and CPU.
# sluice runs durable (an fdatasync covers each PutRecords before its
# answer, group commit) and with page-cache acks (sluice.durable.acks.all
# =false, Kafka's stock acks=all), since kinesalite keeps all in memory.
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
run_kinesalite() {
    LPORT=$(free_port)
    node "$KINESALITE" --port "$LPORT" --createStreamMs 0 --deleteStreamMs 0 \
        --updateStreamMs 0 --shardLimit 1000 > "$TMP/kinesalite.log" 2>&1 &
    KL_PID=$!
    wait_port "$LPORT"
    k0=$(cpu_ticks $KL_PID)
    OUT=$($BIN 127.0.0.1 "$LPORT" kinesalite "$KCALLS" 500 1024 "$CONNS" 4)
    k1=$(cpu_ticks $KL_PID)
    CPU=$(awk "BEGIN{printf \"%.2f\", ($k1-$k0)/$hz}")
    kill "$KL_PID"
    wait "$KL_PID" 2>/dev/null || true
    KL_PID=""
}

# The machine is shared with other work: the servers take turns, RUNS
# rounds, and each keeps its best put and best get rate (and the CPU of
# its best put run).
S_PUT=0 S_GET=0 S_CPU=0 S_REC=0
P_PUT=0 P_GET=0 P_CPU=0 P_REC=0
K_PUT=0 K_GET=0 K_CPU=0 K_REC=0
keep() { # prefix
    put=$(val "$OUT" put_rec_s)
    get=$(val "$OUT" get_rec_s)
    eval "bp=\$${1}_PUT bg=\$${1}_GET"
    if awk -v a="$put" -v b="$bp" 'BEGIN { exit !(a + 0 > b + 0) }'; then
        eval "${1}_PUT=$put ${1}_CPU=$CPU ${1}_REC=$(val "$OUT" records)"
    fi
    if awk -v a="$get" -v b="$bg" 'BEGIN { exit !(a + 0 > b + 0) }'; then
        eval "${1}_GET=$get"
    fi
}
for round in $(seq "$RUNS"); do
    echo "  round $round/$RUNS"
    run_sluice sluice
    keep S
    run_sluice sluice-pc --set sluice.durable.acks.all=false
    keep P
    run_kinesalite
    keep K
done

row() { # label put get records cpu
    printf "%-22s %10.0f %9.1f %10.0f %8s %8s %10.1f\n" "$1" "$2" "$(awk "BEGIN{print $2/1024}")" \
        "$3" "$4" "$5" "$(awk "BEGIN{print $5 * 1000000 / $4}")"
}
echo
echo "Kinesis API throughput: PutRecords 500 x 1 KiB per call, GetRecords Limit 10000,"
echo "$CONNS HTTP/1.1 keep-alive connections, 4 shards, every record accepted and read back;"
echo "best of $RUNS runs per server. cpu_s: server CPU of the best put run (warm-up, put and get)."
printf "%-22s %10s %9s %10s %8s %8s %10s\n" server put_rec/s put_MiB/s get_rec/s records cpu_s cpu_us/rec
row "sluice (fsync per put)" "$S_PUT" "$S_GET" "$S_REC" "$S_CPU"
row "sluice (page cache)" "$P_PUT" "$P_GET" "$P_REC" "$P_CPU"
row "kinesalite (memory)" "$K_PUT" "$K_GET" "$K_REC" "$K_CPU"
ratio() { # label put get records cpu
    awk -v n="$1" -v sp="$2" -v sg="$3" -v sr="$4" -v sc="$5" \
        -v kp="$K_PUT" -v kg="$K_GET" -v kr="$K_REC" -v kc="$K_CPU" \
        'BEGIN { printf "ratio %-21s put %5.1fx  get %5.1fx  cpu per record %5.1fx  (target >= 20x)\n",
                 n, sp / kp, sg / kg, (kc / kr) / (sc / sr) }'
}
ratio "sluice/kinesalite" "$S_PUT" "$S_GET" "$S_REC" "$S_CPU"
ratio "sluice-pc/kinesalite" "$P_PUT" "$P_GET" "$P_REC" "$P_CPU"
