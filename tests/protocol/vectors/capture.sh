#!/bin/sh
# Re-capture the golden vectors: run build/sluice behind capture.py (the
# broker advertises the proxy, so every client connection passes through
# it) and drive kcat/librdkafka, kafka-python 2.0.2 and kafkajs 2.2.4 through
# produce, consume-with-group and idempotent produce. Frames land in
# $OUT (default: a temp dir); pick the ones to keep by hand.
#   tests/protocol/vectors/capture.sh [OUT]
# Needs: kcat, python3-kafka, node with kafkajs in $KAFKAJS_DIR/node_modules.
set -eu
cd "$(dirname "$0")/../../.."
OUT=${1:-$(mktemp -d)}
TMP=$(mktemp -d)
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
B=$(port); P=$(port)
build/sluice --set listeners=PLAINTEXT://127.0.0.1:$B --set advertised.listeners=PLAINTEXT://127.0.0.1:$P \
    --set log.dirs="$TMP/data" --set sluice.gateway.listener= --set group.initial.rebalance.delay.ms=0 2>"$TMP/log" &
BPID=$!
python3 tests/protocol/vectors/capture.py --listen "$P" --upstream 127.0.0.1:$B --out "$OUT" --seconds 60 &
CPID=$!
sleep 1
S=127.0.0.1:$P
kcat -b $S -L >/dev/null
printf 'k1:v1\nk2:v2\n' | kcat -b $S -t vec -P -K: -z snappy
printf 'i1\ni2\n' | kcat -b $S -t vec-idem -P -X enable.idempotence=true
timeout 20 kcat -b $S -G vecgroup vec -o beginning -e -q >/dev/null || true
/usr/bin/python3 - "$S" <<'PY'
import sys
from kafka import KafkaProducer, KafkaConsumer
s = sys.argv[1]
p = KafkaProducer(bootstrap_servers=s, client_id='kafka-python', compression_type='gzip')
p.send('vec', key=b'kp', value=b'from kafka-python').get(timeout=10)
p.close()
c = KafkaConsumer('vec', bootstrap_servers=s, client_id='kafka-python', group_id='vec-kp',
                  auto_offset_reset='earliest', consumer_timeout_ms=5000)
for m in c:
    pass
c.commit()
c.close()
PY
node - "$S" <<'JS'
const { Kafka, logLevel } = require(process.env.KAFKAJS_DIR + '/node_modules/kafkajs');
const kafka = new Kafka({ clientId: 'kafkajs', brokers: [process.argv[2]], logLevel: logLevel.NOTHING });
(async () => {
  const p = kafka.producer();
  await p.connect();
  await p.send({ topic: 'vec', messages: [{ key: 'kj', value: 'from kafkajs' }] });
  await p.disconnect();
  const c = kafka.consumer({ groupId: 'vec-kj' });
  await c.connect();
  await c.subscribe({ topic: 'vec', fromBeginning: true });
  let n = 0;
  await new Promise((resolve) => { c.run({ eachMessage: async () => { if (++n >= 3) resolve(); } }); setTimeout(resolve, 8000); });
  await c.disconnect();
})().catch((e) => { console.error(e); process.exit(1); });
JS
kill $CPID 2>/dev/null || true
wait $CPID 2>/dev/null || true
kill $BPID; wait $BPID || true
rm -rf "$TMP"
echo "frames in $OUT"
