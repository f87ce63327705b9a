#!/bin/sh
# make bench: every workload against build/sluice and, in the same run,
# against librdkafka's mock cluster (the reference); prints a table with
# the ratios and the broker's CPU-seconds per 1M messages.
# BENCH_SCALE=0.1 shrinks the message counts (quick check).
set -eu
cd "$(dirname "$0")/.."
BIN=build/bench/sluice_bench
SCALE=${BENCH_SCALE:-1}
N_SMALL=$(awk "BEGIN{print int(1000000*$SCALE)}")
N_LARGE=$(awk "BEGIN{print int(200000*$SCALE)}")
LAT_SECONDS=${BENCH_LAT_SECONDS:-10}
TMP=$(mktemp -d /tmp/sluice-bench-XXXXXX)
SLUICE_PID=""
MOCK_PID=""
cleanup() {
    [ -n "$SLUICE_PID" ] && kill "$SLUICE_PID" 2>/dev/null && wait "$SLUICE_PID" 2>/dev/null || true
    [ -n "$MOCK_PID" ] && kill "$MOCK_PID" 2>/dev/null || true
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)

# --- the reference: a mock cluster in its own process -------------------
mkfifo "$TMP/mock.in"
$BIN mock p100:8 p1k:8 lat:1 grp:4 < "$TMP/mock.in" > "$TMP/mock.out" &
MOCK_PID=$!
exec 9>"$TMP/mock.in"
for _ in $(seq 50); do [ -s "$TMP/mock.out" ] && break; sleep 0.1; done
MOCK=$(head -1 "$TMP/mock.out")

# --- sluice ---------------------------------------------------------------
PORT=$(free_port)
build/sluice --set listeners=PLAINTEXT://127.0.0.1:$PORT --set log.dirs="$TMP/data" \
    --set num.partitions=8 --set sluice.gateway.listener= 2> "$TMP/sluice.log" &
# (grp is auto-created with 8 partitions on sluice, 4 on the mock: the
# timings do not depend on the count.)
SLUICE_PID=$!
for _ in $(seq 50); do grep -q event=started "$TMP/sluice.log" 2>/dev/null && break; sleep 0.1; done
SLUICE=127.0.0.1:$PORT
# lat must have one partition on both sides
kcat -b "$SLUICE" -L -t lat >/dev/null 2>&1 || true

run() { # target pid mode args...
    target=$1; pid=$2; shift 2
    before=$(cpu_ticks "$pid")
    line=$($BIN "$@" -b "$target")
    after=$(cpu_ticks "$pid")
    echo "$line cpu_s=$(awk "BEGIN{print ($after-$before)/$hz}")"
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

printf '%-34s %14s %14s %8s %16s %16s\n' workload sluice mock ratio "sluice cpu-s/1M" "mock cpu-s/1M"
row() { # label metric sluice_line mock_line
    s=$(field "$3" "$2"); m=$(field "$4" "$2")
    sc=$(awk "BEGIN{printf \"%.2f\", $(field "$3" cpu_s)*1000000/$(field "$3" messages)}")
    mc=$(awk "BEGIN{printf \"%.2f\", $(field "$4" cpu_s)*1000000/$(field "$4" messages)}")
    printf '%-34s %14s %14s %8s %16s %16s\n' "$1" "$s" "$m" "$(awk "BEGIN{printf \"%.2fx\", $s/$m}")" "$sc" "$mc"
}
S1=$(run "$SLUICE" "$SLUICE_PID" produce -t p100 -n "$N_SMALL" -s 100 -a 1)
M1=$(run "$MOCK" "$MOCK_PID" produce -t p100 -n "$N_SMALL" -s 100 -a 1)
row "produce ${N_SMALL}x100B acks=1 msg/s" msgs_per_s "$S1" "$M1"
S2=$(run "$SLUICE" "$SLUICE_PID" produce -t p1k -n "$N_LARGE" -s 1024 -a all)
M2=$(run "$MOCK" "$MOCK_PID" produce -t p1k -n "$N_LARGE" -s 1024 -a all)
row "produce ${N_LARGE}x1KiB acks=all msg/s" msgs_per_s "$S2" "$M2"
S3=$(run "$SLUICE" "$SLUICE_PID" consume -t p100 -n "$N_SMALL")
M3=$(run "$MOCK" "$MOCK_PID" consume -t p100 -n "$N_SMALL" -R)
row "consume ${N_SMALL}x100B msg/s" msgs_per_s "$S3" "$M3"
S4=$(run "$SLUICE" "$SLUICE_PID" consume -t p1k -n "$N_LARGE")
M4=$(run "$MOCK" "$MOCK_PID" consume -t p1k -n "$N_LARGE" -R)
row "consume ${N_LARGE}x1KiB msg/s" msgs_per_s "$S4" "$M4"
echo "  (the mock keeps only its last segments: it serves $(field "$M3" messages) and $(field "$M4" messages) of them)"
S5=$(run "$SLUICE" "$SLUICE_PID" latency -t lat -r 10000 -d "$LAT_SECONDS")
M5=$(run "$MOCK" "$MOCK_PID" latency -t lat -r 10000 -d "$LAT_SECONDS")
for p in p50_ms p99_ms p999_ms; do
    printf '%-34s %14s %14s\n' "e2e latency 10k msg/s $p" "$(field "$S5" $p)" "$(field "$M5" $p)"
done
# Consumer-group timings with librdkafka's defaults (the broker's
# group.initial.rebalance.delay.ms is Kafka's default, 3 s).
$BIN produce -b "$SLUICE" -t grp -n 1000 -s 100 -a 1 >/dev/null
$BIN produce -b "$MOCK" -t grp -n 1000 -s 100 -a 1 >/dev/null
S6=$($BIN group -b "$SLUICE" -t grp)
# The mock's group coordinator never gives the partitions back after a
# graceful leave (seen with librdkafka 2.0.2): its column says so.
M6=$($BIN group -b "$MOCK" -t grp 2>/dev/null || echo "mode=group subscribe_to_first_ms=- leave_rebalance_ms=no-rebalance")
for p in subscribe_to_first_ms leave_rebalance_ms; do
    printf '%-34s %14s %14s\n' "group $p" "$(field "$S6" $p)" "$(field "$M6" $p)"
done
echo "sluice: $S1"; echo "mock:   $M1"
