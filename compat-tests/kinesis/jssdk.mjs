// jssdk.mjs PORT - the AWS JS SDK v3 Kinesis client (HTTP/2 by default,
// even on http://) against the gateway with SigV4 on: create (and its
// stream-exists waiter), put, get,
// RegisterStreamConsumer and a SubscribeToShard event stream read.
// Run with NODE_PATH pointing at the node_modules holding
// @aws-sdk/client-kinesis; credentials come from AWS_ACCESS_KEY_ID /
// AWS_SECRET_ACCESS_KEY. Prints "jssdk: all checks passed" and exits 0.
import { createRequire } from "node:module";
import http2 from "node:http2";
import path from "node:path";

const require = createRequire(path.resolve(process.env.NODE_PATH) + "/");
const k = require("@aws-sdk/client-kinesis");

const port = Number(process.argv[2]);
const fails = [];
const check = (cond, what, detail = "") => {
  if (!cond) { fails.push(what); console.log(`FAIL: ${what} ${detail}`); }
};

// Count the HTTP/2 sessions the SDK opens: proves the transport.
let h2sessions = 0;
const realConnect = http2.connect;
http2.connect = (...args) => { h2sessions++; return realConnect(...args); };

const client = new k.KinesisClient({
  endpoint: `http://127.0.0.1:${port}`,
  region: "us-east-1",
  maxAttempts: 1,
});
const S = "js-stream";

async function main() {
  await client.send(new k.CreateStreamCommand({ StreamName: S, ShardCount: 1 }));
  // The stream is CREATING for a moment: the SDK's own waiter polls
  // DescribeStream until ACTIVE (its shortest delay between polls is 1 s).
  const waited = await k.waitUntilStreamExists(
    { client, maxWaitTime: 10, minDelay: 1, maxDelay: 1 }, { StreamName: S });
  check(waited.state === "SUCCESS", "waitUntilStreamExists", waited.state);
  const enc = new TextEncoder(), dec = new TextDecoder();
  const put = await client.send(new k.PutRecordCommand({
    StreamName: S, PartitionKey: "js-key", Data: enc.encode("hello from js"),
  }));
  check(put.ShardId === "shardId-000000000000", "PutRecord ShardId", put.ShardId);
  const many = await client.send(new k.PutRecordsCommand({
    StreamName: S,
    Records: Array.from({ length: 50 }, (_, i) => ({ PartitionKey: `k${i}`, Data: enc.encode(`r${i}`) })),
  }));
  check(many.FailedRecordCount === 0, "PutRecords FailedRecordCount", many.FailedRecordCount);
  const it = await client.send(new k.GetShardIteratorCommand({
    StreamName: S, ShardId: "shardId-000000000000", ShardIteratorType: "TRIM_HORIZON",
  }));
  const got = await client.send(new k.GetRecordsCommand({ ShardIterator: it.ShardIterator }));
  check(got.Records.length === 51, "GetRecords count", got.Records.length);
  check(dec.decode(got.Records[0].Data) === "hello from js", "GetRecords data");
  check(got.Records[0].PartitionKey === "js-key", "GetRecords PartitionKey");
  check(got.Records[0].ApproximateArrivalTimestamp instanceof Date, "arrival timestamp is a Date");

  // Enhanced fan-out: register, wait ACTIVE, subscribe, read the event stream.
  const summary = await client.send(new k.DescribeStreamSummaryCommand({ StreamName: S }));
  const arn = summary.StreamDescriptionSummary.StreamARN;
  const reg = await client.send(new k.RegisterStreamConsumerCommand({ StreamARN: arn, ConsumerName: "js" }));
  const consumerArn = reg.Consumer.ConsumerARN;
  for (let i = 0; i < 50; i++) {
    const d = await client.send(new k.DescribeStreamConsumerCommand({ ConsumerARN: consumerArn }));
    if (d.ConsumerDescription.ConsumerStatus === "ACTIVE") break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const sub = await client.send(new k.SubscribeToShardCommand({
    ConsumerARN: consumerArn, ShardId: "shardId-000000000000",
    StartingPosition: { Type: "TRIM_HORIZON" },
  }));
  let seen = 0, events = 0, continuation = null, putLate = false;
  const timer = setTimeout(() => { check(false, "SubscribeToShard delivered in time"); process.exit(1); }, 30000);
  for await (const ev of sub.EventStream) {
    if (!ev.SubscribeToShardEvent) continue;
    events++;
    const e = ev.SubscribeToShardEvent;
    seen += e.Records.length;
    continuation = e.ContinuationSequenceNumber;
    if (seen === 51 && !putLate) {
      // Records arriving during the subscription are pushed too.
      putLate = true;
      await client.send(new k.PutRecordCommand({ StreamName: S, PartitionKey: "late", Data: enc.encode("late") }));
    }
    if (seen >= 52 || events > 200) break;
  }
  clearTimeout(timer);
  check(seen === 52, "SubscribeToShard records (51 + 1 put while subscribed)", seen);
  check(typeof continuation === "string" && continuation.length > 0, "ContinuationSequenceNumber");
  await client.send(new k.DeregisterStreamConsumerCommand({ ConsumerARN: consumerArn }));
  await client.send(new k.DeleteStreamCommand({ StreamName: S }));

  // A wrong secret is refused with InvalidSignatureException.
  const bad = new k.KinesisClient({
    endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", maxAttempts: 1,
    credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: "wrong" },
  });
  try {
    await bad.send(new k.ListStreamsCommand({}));
    check(false, "wrong secret refused");
  } catch (e) {
    check(e.name === "InvalidSignatureException", "wrong secret -> InvalidSignatureException", e.name);
  }
  bad.destroy();
  check(h2sessions > 0, "the SDK talked HTTP/2", h2sessions);
}

main().then(() => {
  client.destroy();
  if (fails.length) { console.log(`jssdk: ${fails.length} check(s) failed`); process.exit(1); }
  console.log("jssdk: all checks passed");
  process.exit(0);
}, (e) => { console.log("FAIL: exception", e); process.exit(1); });
