#!/usr/bin/python3
"""lifecycle.py status|limits PORT - stream status transitions and
LimitExceededException through boto3 and the AWS CLI, with SigV4 on (the
caller sets AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY).

  status  the broker runs with sluice.gateway.status.delay.ms=1500: a new
          stream is CREATING (data calls: ResourceNotFoundException,
          changes: ResourceInUseException) until the waiters (CLI
          `aws kinesis wait stream-exists`, boto3 stream_exists) see ACTIVE;
          a reshard makes it UPDATING (writes go on, a second reshard is
          ResourceInUseException), then ACTIVE again; a sixth stream
          CREATING at once is LimitExceededException.
  limits  the default delay: UpdateShardCount past double and more than ten
          times a day, a 21st consumer - each LimitExceededException.
Exits 0 when every check passed."""
import json
import os
import subprocess
import sys
import time

from kx import call, check, client, dump, eq, finish, wait_active

MODE, PORT = sys.argv[1], int(sys.argv[2])
AWS = "/usr/bin/aws"
ENV = dict(os.environ, AWS_DEFAULT_REGION="us-east-1", AWS_PAGER="", AWS_MAX_ATTEMPTS="1",
           AWS_EC2_METADATA_DISABLED="true")
KIN = client(PORT)


def aws(*args):
    cmd = [AWS, "kinesis", "--endpoint-url", "http://127.0.0.1:%d" % PORT,
           "--output", "json"] + list(args)
    p = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=90)
    check(p.returncode == 0, "aws %s succeeds" % args[0], p.stderr.strip()[:300])
    return json.loads(p.stdout) if p.stdout.strip() else {}


def error_of(fn):
    try:
        fn()
        return None
    except Exception as e:  # botocore ClientError
        return getattr(e, "response", {}).get("Error", {}).get("Code", repr(e))


def status(stream):
    return KIN.describe_stream_summary(StreamName=stream)["StreamDescriptionSummary"][
        "StreamStatus"]


def split_first_open(stream):
    sh = KIN.list_shards(StreamName=stream, ShardFilter={"Type": "AT_LATEST"})["Shards"][0]
    r = sh["HashKeyRange"]
    mid = (int(r["StartingHashKey"]) + int(r["EndingHashKey"])) // 2
    KIN.split_shard(StreamName=stream, ShardToSplit=sh["ShardId"], NewStartingHashKey=str(mid))


def status_mode():
    S = "life"
    t0 = time.time()
    KIN.create_stream(StreamName=S, ShardCount=2)
    eq(status(S), "CREATING", "DescribeStreamSummary right after CreateStream")
    eq(KIN.describe_stream(StreamName=S)["StreamDescription"]["StreamStatus"], "CREATING",
       "DescribeStream right after CreateStream")
    # StreamSummaries is newer than Debian's botocore: raw JSON.
    eq([x.get("StreamStatus") for x in call(PORT, "ListStreams", {})[1]["StreamSummaries"]],
       ["CREATING"], "ListStreams StreamSummaries")
    eq(error_of(lambda: KIN.put_record(StreamName=S, PartitionKey="k", Data=b"x")),
       "ResourceNotFoundException", "PutRecord on a CREATING stream")
    eq(error_of(lambda: KIN.get_shard_iterator(StreamName=S, ShardId="shardId-000000000000",
                                               ShardIteratorType="LATEST")),
       "ResourceNotFoundException", "GetShardIterator on a CREATING stream")
    eq(error_of(lambda: KIN.update_shard_count(StreamName=S, TargetShardCount=4,
                                               ScalingType="UNIFORM_SCALING")),
       "ResourceInUseException", "UpdateShardCount on a CREATING stream")
    eq(error_of(lambda: KIN.delete_stream(StreamName=S)), "ResourceInUseException",
       "DeleteStream on a CREATING stream")
    KIN.get_waiter("stream_exists").wait(StreamName=S,
                                         WaiterConfig={"Delay": 0.1, "MaxAttempts": 100})
    took = time.time() - t0
    check(1.2 <= took < 6, "boto3 stream_exists waited out CREATING", "(%.2f s)" % took)
    eq(status(S), "ACTIVE", "ACTIVE after the waiter")
    check("SequenceNumber" in KIN.put_record(StreamName=S, PartitionKey="k", Data=b"x"),
          "PutRecord once ACTIVE")

    # The CLI's waiter (10 s between polls) against a CREATING stream.
    aws("create-stream", "--stream-name", "life-cli", "--shard-count", "1")
    aws("wait", "stream-exists", "--stream-name", "life-cli")
    eq(status("life-cli"), "ACTIVE", "aws kinesis wait stream-exists returned on ACTIVE")

    split_first_open(S)
    eq(status(S), "UPDATING", "UPDATING right after SplitShard")
    eq(error_of(lambda: split_first_open(S)), "ResourceInUseException",
       "a second SplitShard while UPDATING")
    eq(error_of(lambda: KIN.merge_shards(StreamName=S, ShardToMerge="shardId-000000000002",
                                         AdjacentShardToMerge="shardId-000000000003")),
       "ResourceInUseException", "MergeShards while UPDATING")
    check("SequenceNumber" in KIN.put_record(StreamName=S, PartitionKey="k", Data=b"y"),
          "PutRecord while UPDATING")
    wait_active(KIN, S)
    KIN.merge_shards(StreamName=S, ShardToMerge="shardId-000000000002",
                     AdjacentShardToMerge="shardId-000000000003")
    eq(status(S), "UPDATING", "UPDATING right after MergeShards")
    wait_active(KIN, S)
    out = KIN.update_shard_count(StreamName=S, TargetShardCount=4,
                                 ScalingType="UNIFORM_SCALING")
    eq(out.get("TargetShardCount"), 4, "UpdateShardCount output")
    eq(status(S), "UPDATING", "UPDATING right after UpdateShardCount")
    wait_active(KIN, S)
    eq(KIN.describe_stream_summary(StreamName=S)["StreamDescriptionSummary"]["OpenShardCount"],
       4, "four open shards")
    KIN.delete_stream(StreamName=S)
    eq(error_of(lambda: status(S)), "ResourceNotFoundException", "gone at once after delete")

    # At most five streams CREATING at once (LimitExceededException).
    names = ["burst%d" % i for i in range(6)]
    errs = [error_of(lambda n=n: KIN.create_stream(StreamName=n, ShardCount=1)) for n in names]
    eq(errs[:5], [None] * 5, "five CreateStream at once")
    eq(errs[5], "LimitExceededException", "a sixth stream CREATING at once")
    for n in names[:5]:
        wait_active(KIN, n)
    eq(error_of(lambda: KIN.create_stream(StreamName=names[5], ShardCount=1)), None,
       "the sixth once the others are ACTIVE")


def limits_mode():
    S = "lim"
    KIN.create_stream(StreamName=S, ShardCount=2)
    wait_active(KIN, S)
    eq(error_of(lambda: KIN.update_shard_count(StreamName=S, TargetShardCount=5,
                                               ScalingType="UNIFORM_SCALING")),
       "LimitExceededException", "UpdateShardCount past double")
    eq(error_of(lambda: KIN.update_shard_count(StreamName=S, TargetShardCount=1,
                                               ScalingType="UNIFORM_SCALING")),
       None, "UpdateShardCount to exactly half is allowed")
    wait_active(KIN, S)
    counts = [2, 1] * 5  # one done above (2 -> 1); nine more below, then the eleventh
    for target in counts[:9]:
        KIN.update_shard_count(StreamName=S, TargetShardCount=target,
                               ScalingType="UNIFORM_SCALING")
        wait_active(KIN, S)
    eq(error_of(lambda: KIN.update_shard_count(StreamName=S, TargetShardCount=1,
                                               ScalingType="UNIFORM_SCALING")),
       "LimitExceededException", "an eleventh UpdateShardCount within 24 hours")

    arn = KIN.describe_stream_summary(StreamName=S)["StreamDescriptionSummary"]["StreamARN"]
    for i in range(20):
        KIN.register_stream_consumer(StreamARN=arn, ConsumerName="c%d" % i)
    eq(error_of(lambda: KIN.register_stream_consumer(StreamARN=arn, ConsumerName="c20")),
       "LimitExceededException", "a 21st consumer")
    eq(len(KIN.list_stream_consumers(StreamARN=arn)["Consumers"]), 20, "twenty consumers")
    lim = KIN.describe_limits()
    check(lim.get("OnDemandStreamCountLimit") == 50 and lim.get("ShardLimit", 0) > 0,
          "DescribeLimits", dump(lim))


if MODE == "status":
    status_mode()
elif MODE == "limits":
    limits_mode()
else:
    sys.exit("unknown mode " + MODE)
finish("lifecycle " + MODE)
