// arn_only.mjs PORT - the AWS JS SDK v3 (HTTP/2, SigV4) calls every
// operation that names a stream with StreamARN alone (AWS recommends the
// ARN; Debian's CLI and botocore predate it on most operations, so the JS
// SDK is the real client here). UpdateMaxRecordSize is newer than the
// pinned SDK: test_kinesis_large_records.c covers it by ARN. Run with
// NODE_PATH pointing at the node_modules holding @aws-sdk/client-kinesis.
// Prints "arn_only: all checks passed" and exits 0.
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.resolve(process.env.NODE_PATH) + "/");
const k = require("@aws-sdk/client-kinesis");

const port = Number(process.argv[2]);
const fails = [];
const check = (cond, what, detail = "") => {
  if (!cond) { fails.push(what); console.log(`FAIL: ${what} ${detail}`); }
};
const client = new k.KinesisClient({
  endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", maxAttempts: 1,
});
const S = "by-arn";
const ARN = `arn:aws:kinesis:us-east-1:000000000000:stream/${S}`;
const send = (Cmd, input) => client.send(new Cmd({ StreamARN: ARN, ...input }));
const enc = new TextEncoder();

async function active() {
  await k.waitUntilStreamExists({ client, maxWaitTime: 10, minDelay: 1, maxDelay: 1 },
    { StreamARN: ARN });
}

async function main() {
  // CreateStream has no StreamARN member: the one call by name.
  await client.send(new k.CreateStreamCommand({ StreamName: S, ShardCount: 2 }));
  await active();
  const sum = await send(k.DescribeStreamSummaryCommand, {});
  check(sum.StreamDescriptionSummary.StreamARN === ARN, "DescribeStreamSummary", sum.StreamDescriptionSummary.StreamARN);
  const desc = await send(k.DescribeStreamCommand, {});
  check(desc.StreamDescription.Shards.length === 2, "DescribeStream");
  const shards = await send(k.ListShardsCommand, {});
  check(shards.Shards.length === 2, "ListShards");

  await send(k.AddTagsToStreamCommand, { Tags: { team: "a", env: "b" } });
  await send(k.RemoveTagsFromStreamCommand, { TagKeys: ["env"] });
  const tags = await send(k.ListTagsForStreamCommand, {});
  check(tags.Tags.length === 1 && tags.Tags[0].Key === "team", "tags by ARN", JSON.stringify(tags.Tags));

  await send(k.IncreaseStreamRetentionPeriodCommand, { RetentionPeriodHours: 48 });
  await send(k.DecreaseStreamRetentionPeriodCommand, { RetentionPeriodHours: 36 });
  const ret = await send(k.DescribeStreamSummaryCommand, {});
  check(ret.StreamDescriptionSummary.RetentionPeriodHours === 36, "retention by ARN");

  const put = await send(k.PutRecordCommand, { PartitionKey: "k", Data: enc.encode("one") });
  const many = await send(k.PutRecordsCommand, {
    Records: [{ PartitionKey: "k", Data: enc.encode("two") }],
  });
  check(many.FailedRecordCount === 0, "PutRecords by ARN");
  const it = await send(k.GetShardIteratorCommand, {
    ShardId: put.ShardId, ShardIteratorType: "TRIM_HORIZON",
  });
  const got = await send(k.GetRecordsCommand, { ShardIterator: it.ShardIterator });
  check(got.Records.length === 2, "GetShardIterator + GetRecords by ARN", got.Records.length);

  const lo = BigInt(desc.StreamDescription.Shards[0].HashKeyRange.StartingHashKey);
  const hi = BigInt(desc.StreamDescription.Shards[0].HashKeyRange.EndingHashKey);
  await send(k.SplitShardCommand, {
    ShardToSplit: "shardId-000000000000", NewStartingHashKey: ((lo + hi) / 2n).toString(),
  });
  await active();
  await send(k.MergeShardsCommand, {
    ShardToMerge: "shardId-000000000002", AdjacentShardToMerge: "shardId-000000000003",
  });
  await active();
  const usc = await send(k.UpdateShardCountCommand, { TargetShardCount: 4, ScalingType: "UNIFORM_SCALING" });
  check(usc.StreamARN === ARN && usc.TargetShardCount === 4, "UpdateShardCount by ARN", JSON.stringify(usc));
  await active();

  const reg = await send(k.RegisterStreamConsumerCommand, { ConsumerName: "c" });
  const dc = await send(k.DescribeStreamConsumerCommand, { ConsumerName: "c" });
  check(dc.ConsumerDescription.ConsumerARN === reg.Consumer.ConsumerARN, "DescribeStreamConsumer by ARN");
  const lc = await send(k.ListStreamConsumersCommand, {});
  check(lc.Consumers.length === 1, "ListStreamConsumers");
  await send(k.DeregisterStreamConsumerCommand, { ConsumerName: "c" });

  await send(k.DeleteStreamCommand, {});
  try {
    await send(k.DescribeStreamSummaryCommand, {});
    check(false, "DeleteStream by ARN");
  } catch (e) {
    check(e.name === "ResourceNotFoundException", "DeleteStream by ARN", e.name);
  }
}

main().then(() => {
  client.destroy();
  if (fails.length) { console.log(`arn_only: ${fails.length} check(s) failed`); process.exit(1); }
  console.log("arn_only: all checks passed");
  process.exit(0);
}, (e) => { console.log("FAIL: exception", e); process.exit(1); });
