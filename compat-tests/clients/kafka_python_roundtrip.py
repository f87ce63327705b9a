#!/usr/bin/python3
"""kafka-python 2.0.2 (Debian python3-kafka) against a live sluice.

Admin create topic, produce keyed messages (gzip and plain), consume them
in a group, commit, and resume from the commit with a second consumer.
Exits non-zero with a message on the first mismatch.
"""
import sys
import time

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

bootstrap = sys.argv[1]
topic = "kp-roundtrip"
n = 2000

admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="kafka-python")
admin.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])
admin.close()

for codec in (None, "gzip"):
    p = KafkaProducer(bootstrap_servers=bootstrap, client_id="kafka-python", acks="all",
                      compression_type=codec, linger_ms=5)
    futures = [p.send(topic, key=b"key-%d" % (i % 50), value=b"%s-%06d" % ((codec or "none").encode(), i))
               for i in range(n)]
    p.flush()
    for f in futures:
        f.get(timeout=30)
    p.close()

want = {b"%s-%06d" % (c, i) for c in (b"none", b"gzip") for i in range(n)}
c = KafkaConsumer(topic, bootstrap_servers=bootstrap, client_id="kafka-python", group_id="kp-group",
                  auto_offset_reset="earliest", enable_auto_commit=False, consumer_timeout_ms=10000)
got = []
per_key = {}
for m in c:
    got.append(m.value)
    last = per_key.get(m.key)
    if last is not None and last[0] != m.partition:
        sys.exit("key %r moved from partition %d to %d" % (m.key, last[0], m.partition))
    per_key[m.key] = (m.partition, m.offset)
    if len(got) == 2 * n - 100:
        c.commit()
        committed = len(got)
        break
c.close()
if len(got) != 2 * n - 100:
    sys.exit("first consumer read %d of %d" % (len(got), 2 * n - 100))

c = KafkaConsumer(topic, bootstrap_servers=bootstrap, client_id="kafka-python", group_id="kp-group",
                  auto_offset_reset="earliest", consumer_timeout_ms=5000)
rest = [m.value for m in c]
c.close()
if len(rest) != 100:
    sys.exit("second consumer resumed with %d messages, want 100" % len(rest))
if set(got) | set(rest) != want or len(got) + len(rest) != len(want):
    sys.exit("messages differ from what was produced")
print("kafka-python: %d messages round-tripped, resumed from the commit" % len(want))
