// kafkajs 2.2.4 against a live sluice: admin create topic, produce (plain
// and gzip), consume in a group, commit, resume from the commit, describe
// the group. Exits non-zero on the first mismatch.
const path = require('path');
const { Kafka, logLevel, CompressionTypes } = require(path.resolve(process.env.KAFKAJS_DIR, 'node_modules/kafkajs'));

const bootstrap = process.argv[2];
const topic = 'kj-roundtrip';
const n = 2000;
const kafka = new Kafka({ clientId: 'kafkajs', brokers: [bootstrap], logLevel: logLevel.ERROR });

function fail(msg) { console.error('kafkajs: ' + msg); process.exit(1); }

async function consume(groupId, count, timeoutMs) {
  const c = kafka.consumer({ groupId });
  await c.connect();
  await c.subscribe({ topic, fromBeginning: true });
  const got = [];
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    c.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        if (got.length >= count) return;
        got.push({ partition, offset: message.offset, key: message.key.toString(), value: message.value.toString() });
        if (got.length === count) { clearTimeout(timer); resolve(); }
      },
    });
  });
  return { c, got };
}

(async () => {
  const admin = kafka.admin();
  await admin.connect();
  const created = await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  if (!created) fail('createTopics returned false');
  const p = kafka.producer();
  await p.connect();
  for (const compression of [CompressionTypes.None, CompressionTypes.GZIP]) {
    const messages = [];
    for (let i = 0; i < n; i++) messages.push({ key: 'key-' + (i % 50), value: compression + '-' + i });
    for (let i = 0; i < n; i += 500) await p.send({ topic, compression, acks: -1, messages: messages.slice(i, i + 500) });
  }
  await p.disconnect();

  const first = await consume('kj-group', 2 * n - 100, 30000);
  if (first.got.length !== 2 * n - 100) fail('first consumer read ' + first.got.length);
  // Commit the next offset of the last message read on each partition.
  const last = {};
  for (const m of first.got) last[m.partition] = Math.max(last[m.partition] ?? -1, Number(m.offset));
  await first.c.commitOffsets(Object.entries(last).map(([partition, off]) => ({ topic, partition: Number(partition), offset: String(off + 1) })));
  await first.c.disconnect();

  const second = await consume('kj-group', 100, 15000);
  await new Promise((r) => setTimeout(r, 500));
  await second.c.disconnect();
  const all = new Set([...first.got, ...second.got].map((m) => m.value));
  if (second.got.length !== 100 || all.size !== 2 * n) fail('resumed with ' + second.got.length + ' messages, ' + all.size + ' distinct');

  const groups = await admin.describeGroups(['kj-group']);
  if (groups.groups[0].groupId !== 'kj-group') fail('describeGroups');
  const offsets = await admin.fetchOffsets({ groupId: 'kj-group', topics: [topic] });
  const committed = offsets[0].partitions.reduce((s, x) => s + Number(x.offset), 0);
  if (committed !== 2 * n - 100) fail('committed offsets sum ' + committed);
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
  console.log('kafkajs: ' + 2 * n + ' messages round-tripped, resumed from the commit');
})().catch((e) => fail(e.stack || String(e)));
