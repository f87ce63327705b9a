#!/usr/bin/python3
"""large_records.py PORT KAFKA_TOPIC - records up to 10 MiB (UpdateMaxRecordSize)
through the AWS CLI and boto3, with SigV4 on (the caller sets
AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY). Debian's CLI and botocore predate
UpdateMaxRecordSize and MaxRecordSizeInKiB (November 2025): those go as
raw JSON signed by botocore's SigV4 signer (kx.call).

Stream "large" (made here): 1024 KiB until update-max-record-size raises it
to 10240; then a PutRecord of 10 MiB - 1 byte of data (key "k") through the
CLI, read back whole with GetRecords, and a PutRecords of ten 1 MB records
(over the old 5 MiB call limit). KAFKA_TOPIC was made through Kafka (its
max.message.bytes is the broker's 1 MiB): after UpdateMaxRecordSize it takes
a 5 MiB record. The 10 MiB record's bytes are big_data() below; the C test
reads it back through librdkafka too. Exits 0 when every check passed."""
import json
import os
import subprocess
import sys
import tempfile

from kx import call, check, client, dump, eq, finish, wait_active

PORT = int(sys.argv[1])
KAFKA_TOPIC = sys.argv[2]
AWS = "/usr/bin/aws"
ENV = dict(os.environ, AWS_DEFAULT_REGION="us-east-1", AWS_PAGER="", AWS_MAX_ATTEMPTS="1",
           AWS_EC2_METADATA_DISABLED="true")
KIN = client(PORT)
S = "large"
BIG = 10 * 1024 * 1024 - 1  # + the 1-byte partition key = exactly 10240 KiB


def big_data(n):
    return bytes((i * 31 + 7) % 256 for i in range(n))


def aws(*args, error=None):
    cmd = [AWS, "kinesis", "--endpoint-url", "http://127.0.0.1:%d" % PORT,
           "--output", "json"] + list(args)
    p = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=120)
    if error:
        check(p.returncode != 0 and error in p.stderr, "%s fails with %s" % (args[0], error),
              "(rc=%d stderr=%s)" % (p.returncode, p.stderr.strip()[:300]))
        return None
    if not check(p.returncode == 0, "%s succeeds" % args[0], p.stderr.strip()[:300]):
        return {}
    return json.loads(p.stdout) if p.stdout.strip() else {}


def error_of(fn):
    try:
        fn()
        return None
    except Exception as e:  # botocore ClientError
        return getattr(e, "response", {}).get("Error", {}).get("Code", repr(e))


def summary_kib(stream):
    st, out = call(PORT, "DescribeStreamSummary", {"StreamName": stream})
    return out.get("StreamDescriptionSummary", {}).get("MaxRecordSizeInKiB")


def update_kib(arn, kib):
    """UpdateMaxRecordSize by StreamARN (its only name in the API)."""
    return call(PORT, "UpdateMaxRecordSize", {"StreamARN": arn, "MaxRecordSizeInKiB": kib})


def read_all(stream):
    it = KIN.get_shard_iterator(StreamName=stream, ShardId="shardId-000000000000",
                                ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
    recs = []
    for _ in range(50):
        out = KIN.get_records(ShardIterator=it)
        recs += out["Records"]
        if not out["Records"] and out["MillisBehindLatest"] == 0:
            break
        it = out["NextShardIterator"]
    return recs


aws("create-stream", "--stream-name", S, "--shard-count", "1")
aws("wait", "stream-exists", "--stream-name", S)
summ = aws("describe-stream-summary", "--stream-name", S).get("StreamDescriptionSummary", {})
eq(summary_kib(S), 1024, "a new stream takes 1024 KiB records")
arn = summ.get("StreamARN", "")
eq(error_of(lambda: KIN.put_record(StreamName=S, PartitionKey="k", Data=b"x" * (2 << 20))),
   "ValidationException", "a 2 MiB record over the default limit")
eq(update_kib(arn, 10240), (200, {}), "UpdateMaxRecordSize output is empty")
eq(update_kib(arn, 20000)[1].get("__type"), "ValidationException", "20000 KiB is out of range")
eq(summary_kib(S), 10240, "DescribeStreamSummary MaxRecordSizeInKiB after the update")

with tempfile.NamedTemporaryFile(suffix=".bin") as f:
    f.write(big_data(BIG))
    f.flush()
    one = aws("put-record", "--stream-name", S, "--partition-key", "k", "--data",
              "fileb://" + f.name)
check(one.get("ShardId") == "shardId-000000000000", "10 MiB PutRecord through the CLI", dump(one))
eq(error_of(lambda: KIN.put_record(StreamName=S, PartitionKey="k", Data=b"x" * (BIG + 1))),
   "ValidationException", "one byte over 10240 KiB")
pr = KIN.put_records(StreamName=S, Records=[{"PartitionKey": "p%d" % i, "Data": b"y" * 1000000}
                                            for i in range(10)])
eq(pr.get("FailedRecordCount"), 0, "PutRecords of 10 MB in one call")
recs = read_all(S)
eq(len(recs), 11, "GetRecords reads the 10 MiB record and the ten 1 MB ones")
if recs:
    eq(len(recs[0]["Data"]), BIG, "the 10 MiB record's length")
    check(recs[0]["Data"] == big_data(BIG), "the 10 MiB record's bytes")

# A topic made through Kafka: 1 MiB until UpdateMaxRecordSize, then storage
# takes the big batches too (its max.message.bytes was raised).
eq(summary_kib(KAFKA_TOPIC), 1024, "a Kafka-made topic reads as 1024 KiB")
wait_active(KIN, KAFKA_TOPIC)
eq(update_kib(arn.replace(":stream/" + S, ":stream/" + KAFKA_TOPIC), 6000), (200, {}),
   "UpdateMaxRecordSize on the Kafka-made topic")
eq(summary_kib(KAFKA_TOPIC), 6000, "Kafka-made topic after UpdateMaxRecordSize")
five = KIN.put_record(StreamName=KAFKA_TOPIC, PartitionKey="k", Data=b"z" * (5 << 20))
check("SequenceNumber" in five, "a 5 MiB record into the Kafka-made topic", dump(five))
got = read_all(KAFKA_TOPIC)
eq([len(r["Data"]) for r in got], [5 << 20], "GetRecords on the Kafka-made topic")
finish("large_records")
