#!/usr/bin/python3
"""cross.py put|get|create|split PORT STREAM [...] - the Kinesis side of the
cross-protocol compat tests (test_kinesis_cross.c), through boto3. Prints
JSON on stdout for the C test to compare with what librdkafka saw.

  put PORT STREAM N      create STREAM (3 shards), PutRecords N records with
                         binary data; every 7th has an ExplicitHashKey.
                         Prints [{"key","data","ehk","shard","seq"}...]
  get PORT STREAM        read every shard from TRIM_HORIZON to its end.
                         Prints [{"shard","seq","key","data"}...] (data base64)
  create PORT STREAM N   CreateStream with N shards
  split PORT STREAM      split shardId-000000000000 in the middle
"""
import base64
import json
import sys

from kx import client, wait_active

cmd, port, stream = sys.argv[1], int(sys.argv[2]), sys.argv[3]
kin = client(port)


def data_of(i):
    # Every byte value appears; lengths vary from 1 to ~600 bytes.
    return bytes((i * 31 + j) % 256 for j in range(1 + (i * 37) % 600))


if cmd == "create":
    kin.create_stream(StreamName=stream, ShardCount=int(sys.argv[4]))
    wait_active(kin, stream)
elif cmd == "split":
    sh = kin.list_shards(StreamName=stream)["Shards"][0]
    r = sh["HashKeyRange"]
    mid = (int(r["StartingHashKey"]) + int(r["EndingHashKey"])) // 2
    kin.split_shard(StreamName=stream, ShardToSplit=sh["ShardId"], NewStartingHashKey=str(mid))
    wait_active(kin, stream)
elif cmd == "put":
    n = int(sys.argv[4])
    kin.create_stream(StreamName=stream, ShardCount=3)
    wait_active(kin, stream)
    recs = []
    for i in range(n):
        r = {"PartitionKey": "pk-%d-\u00e9" % i, "Data": data_of(i)}
        if i % 7 == 0:
            r["ExplicitHashKey"] = str((i * 2 ** 121) % 2 ** 128)
        recs.append(r)
    out = []
    for start in range(0, n, 500):
        chunk = recs[start:start + 500]
        res = kin.put_records(StreamName=stream, Records=chunk)
        assert res["FailedRecordCount"] == 0, res
        for r, x in zip(chunk, res["Records"]):
            out.append({"key": r["PartitionKey"], "data": base64.b64encode(r["Data"]).decode(),
                        "ehk": r.get("ExplicitHashKey"), "shard": int(x["ShardId"][8:]),
                        "seq": x["SequenceNumber"]})
    print(json.dumps(out))
elif cmd == "get":
    out = []
    for sh in kin.list_shards(StreamName=stream)["Shards"]:
        it = kin.get_shard_iterator(StreamName=stream, ShardId=sh["ShardId"],
                                    ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
        for _ in range(10000):
            res = kin.get_records(ShardIterator=it)
            for r in res["Records"]:
                out.append({"shard": int(sh["ShardId"][8:]), "seq": r["SequenceNumber"],
                            "key": r["PartitionKey"],
                            "data": base64.b64encode(r["Data"]).decode()})
            if "NextShardIterator" not in res or (not res["Records"] and
                                                  res["MillisBehindLatest"] == 0):
                break
            it = res["NextShardIterator"]
    print(json.dumps(out))
else:
    sys.exit("unknown command " + cmd)
