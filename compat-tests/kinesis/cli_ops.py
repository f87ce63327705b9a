#!/usr/bin/python3
"""cli_ops.py PORT - every Kinesis operation the gateway serves, through the
AWS CLI v2 (/usr/bin/aws), with SigV4 verification on. The caller sets
AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY to a configured key pair.

Each operation goes through the CLI at least once and its JSON output is
checked; follow-up reads use boto3 in-process (the CLI costs about a CPU
second per call), and independent CLI calls run in parallel.
Exits 0 when every check passed."""
import base64
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from kx import check, client, dump, eq, finish, wait_active

PORT = int(sys.argv[1])
ENDPOINT = "http://127.0.0.1:%d" % PORT
AWS = "/usr/bin/aws"
ENV = dict(os.environ, AWS_DEFAULT_REGION="us-east-1", AWS_PAGER="", AWS_MAX_ATTEMPTS="1",
           AWS_EC2_METADATA_DISABLED="true")
KIN = client(PORT)
POOL = ThreadPoolExecutor(4)


def aws(*args, env=None, error=None):
    """Run `aws kinesis ARGS`; returns parsed JSON ({} for no output). With
    error=NAME, expects the call to fail with that AWS error code."""
    cmd = [AWS, "kinesis", "--endpoint-url", ENDPOINT, "--output", "json"] + list(args)
    p = subprocess.run(cmd, env=env or ENV, capture_output=True, text=True, timeout=90)
    if error:
        check(p.returncode != 0 and error in p.stderr, "%s fails with %s" % (args[0], error),
              "(rc=%d stderr=%s)" % (p.returncode, p.stderr.strip()[:300]))
        return None
    if not check(p.returncode == 0, "%s succeeds" % args[0], p.stderr.strip()[:300]):
        return {}
    return json.loads(p.stdout) if p.stdout.strip() else {}


def boto_error(fn, code, what):
    try:
        fn()
        check(False, what, "(no error)")
    except Exception as e:  # botocore ClientError
        got = getattr(e, "response", {}).get("Error", {}).get("Code")
        eq(got, code, what)


def par(*calls):
    """Run aws(...) calls given as tuples in parallel; results in order."""
    futs = [POOL.submit(fn) for fn in calls]
    return [f.result() for f in futs]


def b64(s):
    return base64.b64encode(s.encode()).decode()


def boto_read(stream, shard, itype="TRIM_HORIZON", **kw):
    it = KIN.get_shard_iterator(StreamName=stream, ShardId=shard, ShardIteratorType=itype,
                                **kw)["ShardIterator"]
    return KIN.get_records(ShardIterator=it)


t0 = time.time()
S, OD = "cli-stream", "cli-ondemand"
SH = ["shardId-%012d" % i for i in range(8)]
# --- streams
created = par(lambda: aws("create-stream", "--stream-name", S, "--shard-count", "2"),
              lambda: aws("create-stream", "--stream-name", OD, "--stream-mode-details",
                          "StreamMode=ON_DEMAND"))
eq(created, [{}, {}], "CreateStream outputs are empty")
# New streams are CREATING for a moment: the CLI's own waiter for one, boto3's
# for the other.
par(lambda: aws("wait", "stream-exists", "--stream-name", S),
    lambda: wait_active(KIN, OD))
before_ms = int(time.time() * 1000) - 1000
recs = [{"PartitionKey": "k%d" % i, "Data": b64("rec-%d" % i)} for i in range(9)]
recs.append({"PartitionKey": "ehk", "Data": b64("explicit"),
             "ExplicitHashKey": "340282366920938463463374607431768211455"})
bad_env = dict(ENV, AWS_SECRET_ACCESS_KEY="not-the-secret")
unknown_env = dict(ENV, AWS_ACCESS_KEY_ID="AKIDUNKNOWN")
(names, summ, one, pr, _) = par(
    lambda: aws("list-streams"),
    lambda: aws("describe-stream-summary", "--stream-name", S),
    lambda: aws("put-record", "--stream-name", S, "--partition-key", "alpha", "--data",
                b64("first")),
    lambda: aws("put-records", "--stream-name", S, "--records", json.dumps(recs)),
    lambda: aws("list-streams", env=bad_env, error="InvalidSignatureException"))
boto_error(lambda: KIN.create_stream(StreamName=S, ShardCount=1), "ResourceInUseException",
           "CreateStream of an existing stream")
unknown = client(PORT, key="AKIDUNKNOWN", secret="x")
boto_error(unknown.list_streams, "UnrecognizedClientException", "unknown access key")
od = KIN.describe_stream_summary(StreamName=OD)
eq(sorted(names.get("StreamNames", [])), [OD, S], "ListStreams")
eq(sorted(x.get("StreamName") for x in names.get("StreamSummaries", [])), [OD, S],
   "ListStreams StreamSummaries")
summ = summ.get("StreamDescriptionSummary", {})
eq(summ.get("OpenShardCount"), 2, "DescribeStreamSummary OpenShardCount")
eq(summ.get("StreamStatus"), "ACTIVE", "DescribeStreamSummary status")
eq(summ.get("RetentionPeriodHours"), 24, "DescribeStreamSummary retention")
arn = summ.get("StreamARN", "")
eq(arn, "arn:aws:kinesis:us-east-1:000000000000:stream/" + S, "StreamARN")
eq(od.get("StreamDescriptionSummary", {}).get("StreamModeDetails", {}).get("StreamMode"),
   "ON_DEMAND", "on-demand stream mode")
eq(od.get("StreamDescriptionSummary", {}).get("OpenShardCount"), 4, "on-demand starts with 4")
check(one.get("ShardId", "").startswith("shardId-"), "PutRecord ShardId", dump(one))
seq1 = one.get("SequenceNumber", "")
eq(pr.get("FailedRecordCount"), 0, "PutRecords FailedRecordCount")
eq(len(pr.get("Records", [])), 10, "PutRecords result count")
eq(pr["Records"][-1].get("ShardId") if pr.get("Records") else None, SH[1],
   "ExplicitHashKey 2^128-1 routes to the last shard")

# --- iterators and reads: every iterator type through the CLI
shard1 = one.get("ShardId", SH[0])
(at_it, desc) = par(
    lambda: aws("get-shard-iterator", "--stream-name", S, "--shard-id", shard1,
                "--shard-iterator-type", "AT_SEQUENCE_NUMBER", "--starting-sequence-number",
                seq1),
    lambda: aws("describe-stream", "--stream-name", S))
at = aws("get-records", "--shard-iterator", at_it.get("ShardIterator", "x"))


def it(shard, itype, **kw):
    return KIN.get_shard_iterator(StreamName=S, ShardId=shard, ShardIteratorType=itype, **kw)


def get(i, **kw):
    return KIN.get_records(ShardIterator=i["ShardIterator"], **kw)


th0 = it(SH[0], "TRIM_HORIZON")
reads = [get(th0), get(it(SH[1], "TRIM_HORIZON"))]
after = get(it(shard1, "AFTER_SEQUENCE_NUMBER", StartingSequenceNumber=seq1))
latest = get(it(shard1, "LATEST"))
ts = get(it(shard1, "AT_TIMESTAMP", Timestamp=before_ms / 1000.0))
boto_error(lambda: it(SH[7], "LATEST"), "ResourceNotFoundException", "iterator on no shard")
boto_error(lambda: KIN.get_records(ShardIterator="AAAA"), "InvalidArgumentException",
           "GetRecords with a bad iterator")
got = {}
for r in reads[:2]:
    check("NextShardIterator" in r, "GetRecords NextShardIterator on an open shard", dump(r))
    for rec in r.get("Records", []):
        got[rec["Data"].decode()] = rec
eq(sorted(got), sorted(["first", "explicit"] + ["rec-%d" % i for i in range(9)]),
   "GetRecords returns every record (TRIM_HORIZON)")
eq(got.get("first", {}).get("PartitionKey"), "alpha", "PartitionKey round trip")
check("ApproximateArrivalTimestamp" in got.get("first", {}), "ApproximateArrivalTimestamp")
eq([x["SequenceNumber"] for x in at.get("Records", [])][:1], [seq1], "AT_SEQUENCE_NUMBER")
check(seq1 not in [x["SequenceNumber"] for x in after.get("Records", [])],
      "AFTER_SEQUENCE_NUMBER skips the record")
eq(len(after.get("Records", [])), len(at.get("Records", [])) - 1, "AFTER = AT minus one")
eq(latest.get("Records"), [], "LATEST reads nothing old")
# put-record and put-records ran in parallel: every record of the shard
# is newer than before_ms, whatever their order.
eq(len(ts.get("Records", [])), len(reads[SH.index(shard1)]["Records"]),
   "AT_TIMESTAMP from before the puts reads the whole shard")
r1 = get(th0, Limit=1)
eq(len(r1["Records"]), 1, "GetRecords Limit 1")
desc = desc.get("StreamDescription", {})
eq(len(desc.get("Shards", [])), 2, "DescribeStream shards")

# --- resharding
s0 = desc["Shards"][0]["HashKeyRange"] if desc.get("Shards") else {}
mid = (int(s0.get("StartingHashKey", "0")) + int(s0.get("EndingHashKey", "2"))) // 2
eq(aws("split-shard", "--stream-name", S, "--shard-to-split", SH[0],
       "--new-starting-hash-key", str(mid)), {}, "SplitShard output")
wait_active(KIN, S)  # UPDATING after a reshard; the next reshard needs ACTIVE
openl = aws("list-shards", "--stream-name", S, "--shard-filter", "Type=AT_LATEST")
boto_error(lambda: KIN.split_shard(StreamName=S, ShardToSplit=SH[0],
                                   NewStartingHashKey=str(mid)),
           "InvalidArgumentException", "splitting a closed shard")
shards = KIN.list_shards(StreamName=S)
th = KIN.list_shards(StreamName=S, ShardFilter={"Type": "AT_TRIM_HORIZON"})
frm = KIN.list_shards(StreamName=S, ShardFilter={"Type": "FROM_TRIM_HORIZON"})
aft = KIN.list_shards(StreamName=S, ShardFilter={"Type": "AFTER_SHARD_ID", "ShardId": SH[1]})
shards = shards.get("Shards", [])
eq([s["ShardId"] for s in shards], SH[:4], "ListShards after split")
check("EndingSequenceNumber" in shards[0].get("SequenceNumberRange", {}) if shards else False,
      "split parent is closed")
eq([s.get("ParentShardId") for s in shards[2:]], [SH[0]] * 2, "children name their parent")
eq([s["ShardId"] for s in openl.get("Shards", [])], SH[1:4], "ListShards AT_LATEST")
eq([s["ShardId"] for s in th.get("Shards", [])], SH[:2], "ListShards AT_TRIM_HORIZON")
eq([s["ShardId"] for s in frm.get("Shards", [])], SH[:4], "ListShards FROM_TRIM_HORIZON")
eq([s["ShardId"] for s in aft.get("Shards", [])], SH[2:4], "ListShards AFTER_SHARD_ID")
page = KIN.list_shards(StreamName=S, MaxResults=1)
check(len(page["Shards"]) == 1 and "NextToken" in page, "ListShards MaxResults/NextToken")
end = boto_read(S, SH[0])
check("NextShardIterator" not in end and len(end.get("ChildShards", [])) == 2,
      "closed shard: no NextShardIterator, two ChildShards", dump(end))
eq(aws("merge-shards", "--stream-name", S, "--shard-to-merge", SH[2],
       "--adjacent-shard-to-merge", SH[3]), {}, "MergeShards output")
wait_active(KIN, S)
eq(KIN.describe_stream_summary(StreamName=S)["StreamDescriptionSummary"]["OpenShardCount"], 2,
   "open shards after merge")
usc = aws("update-shard-count", "--stream-name", S, "--target-shard-count", "4",
          "--scaling-type", "UNIFORM_SCALING")
eq((usc.get("CurrentShardCount"), usc.get("TargetShardCount")), (2, 4),
   "UpdateShardCount output")
wait_active(KIN, S)
eq(KIN.describe_stream_summary(StreamName=S)["StreamDescriptionSummary"]["OpenShardCount"], 4,
   "open shards after UpdateShardCount")
pr = KIN.put_records(StreamName=S, Records=[{"PartitionKey": "p%d" % i, "Data": b"x"}
                                            for i in range(16)])
eq(pr["FailedRecordCount"], 0, "PutRecords after resharding")
open_ids = set(s["ShardId"] for s in KIN.list_shards(
    StreamName=S, ShardFilter={"Type": "AT_LATEST"})["Shards"])
check(set(x["ShardId"] for x in pr["Records"]) <= open_ids, "records go to open shards only")


# --- retention, tags, consumers, limits: independent chains in parallel
def retention():
    aws("increase-stream-retention-period", "--stream-name", OD, "--retention-period-hours",
        "48")
    eq(KIN.describe_stream_summary(StreamName=OD)["StreamDescriptionSummary"]
       ["RetentionPeriodHours"], 48, "IncreaseStreamRetentionPeriod")
    aws("decrease-stream-retention-period", "--stream-name", OD, "--retention-period-hours",
        "24")
    eq(KIN.describe_stream_summary(StreamName=OD)["StreamDescriptionSummary"]
       ["RetentionPeriodHours"], 24, "DecreaseStreamRetentionPeriod")
    aws("decrease-stream-retention-period", "--stream-name", OD, "--retention-period-hours",
        "12", error="InvalidArgumentException")


def tags():
    aws("add-tags-to-stream", "--stream-name", S, "--tags", "team=data,env=test")
    t = aws("list-tags-for-stream", "--stream-name", S)  # noqa: the CLI's own output
    eq(sorted((x["Key"], x["Value"]) for x in t.get("Tags", [])),
       [("env", "test"), ("team", "data")], "ListTagsForStream")
    eq(t.get("HasMoreTags"), False, "ListTagsForStream HasMoreTags")
    aws("remove-tags-from-stream", "--stream-name", S, "--tag-keys", "env")
    eq([x["Key"] for x in KIN.list_tags_for_stream(StreamName=S)["Tags"]], ["team"],
       "RemoveTagsFromStream")


def consumers():
    reg = aws("register-stream-consumer", "--stream-arn", arn, "--consumer-name", "app1")
    carn = reg.get("Consumer", {}).get("ConsumerARN", "")
    check(carn.startswith(arn + "/consumer/app1:"), "RegisterStreamConsumer ARN", carn)
    d = aws("describe-stream-consumer", "--consumer-arn", carn)
    eq(d.get("ConsumerDescription", {}).get("ConsumerName"), "app1", "DescribeStreamConsumer")
    eq(d.get("ConsumerDescription", {}).get("StreamARN"), arn, "consumer's StreamARN")
    ls = aws("list-stream-consumers", "--stream-arn", arn)
    eq([c["ConsumerName"] for c in ls.get("Consumers", [])], ["app1"], "ListStreamConsumers")
    aws("deregister-stream-consumer", "--consumer-arn", carn)
    eq(KIN.list_stream_consumers(StreamARN=arn)["Consumers"], [], "DeregisterStreamConsumer")


def limits():
    lim = aws("describe-limits")
    check(lim.get("ShardLimit", 0) > 0 and lim.get("OpenShardCount") == 8, "DescribeLimits",
          dump(lim))


par(retention, tags, consumers, limits)
par(lambda: aws("delete-stream", "--stream-name", OD),
    lambda: aws("delete-stream", "--stream-name", S))
boto_error(lambda: KIN.describe_stream(StreamName=S), "ResourceNotFoundException",
           "DescribeStream after DeleteStream")
eq(KIN.list_streams()["StreamNames"], [], "no streams left")
print("cli_ops: %.1f s" % (time.time() - t0))
finish("cli_ops")
