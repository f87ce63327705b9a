#!/usr/bin/python3
"""lineage.py PORT [STATE] - boto3 against the gateway: a steady writer keeps
putting records while the stream is split and merged; then a reader follows
the shard lineage (parents before children, ChildShards at the end of a
closed shard) and must see every acknowledged record exactly once, each
partition key's records in the order they were written.

With STATE: the first run saves the acknowledged record ids there and keeps
the stream; a second run (STATE exists, e.g. after the broker was killed
and restarted) only reads the lineage again and checks the same records
are all there. Exits 0 when all checks passed."""
import json
import os
import collections
import sys
import threading
import time

from kx import check, client as kx_client, eq, finish, wait_active

PORT = int(sys.argv[1])
STATE = sys.argv[2] if len(sys.argv) > 2 else None
VERIFY = STATE is not None and os.path.exists(STATE)
S = "lineage"


def client():
    return kx_client(PORT)


kin = client()
acked = {}          # record id -> partition key
stop = threading.Event()
errors = []
KEYS = ["key-%d" % i for i in range(16)]


def writer():
    w = client()
    n = 0
    counters = collections.Counter()
    while not stop.is_set() and n < 200000:
        batch = []
        for _ in range(25):
            k = KEYS[n % len(KEYS)]
            rid = "%s/%06d" % (k, counters[k])
            counters[k] += 1
            batch.append({"PartitionKey": k, "Data": rid.encode()})
            n += 1
        try:
            out = w.put_records(StreamName=S, Records=batch)
        except Exception as e:  # noqa: reported below
            errors.append(repr(e))
            return
        if out["FailedRecordCount"]:
            errors.append("FailedRecordCount=%d" % out["FailedRecordCount"])
            return
        for rec in batch:
            acked[rec["Data"].decode()] = rec["PartitionKey"]
        time.sleep(0.005)


def range_of(shard_id):
    for s in kin.list_shards(StreamName=S)["Shards"]:
        if s["ShardId"] == shard_id:
            r = s["HashKeyRange"]
            return int(r["StartingHashKey"]), int(r["EndingHashKey"])
    raise KeyError(shard_id)


def split(shard_id):
    lo, hi = range_of(shard_id)
    kin.split_shard(StreamName=S, ShardToSplit=shard_id, NewStartingHashKey=str((lo + hi) // 2))
    wait_active(kin, S)  # UPDATING refuses the next reshard
    time.sleep(0.5)


def merge(a, b):
    kin.merge_shards(StreamName=S, ShardToMerge=a, AdjacentShardToMerge=b)
    wait_active(kin, S)
    time.sleep(0.5)


def write_phase():
    kin.create_stream(StreamName=S, ShardCount=2)
    wait_active(kin, S)  # a CREATING stream takes no records
    t = threading.Thread(target=writer)
    t.start()
    time.sleep(0.5)
    split("shardId-000000000000")                              # -> 2, 3
    split("shardId-000000000001")                              # -> 4, 5
    merge("shardId-000000000002", "shardId-000000000003")      # -> 6
    merge("shardId-000000000006", "shardId-000000000004")      # -> 7
    stop.set()
    t.join(60)
    eq(errors, [], "writer saw no errors")
    check(len(acked) >= 500, "writer put a fair number of records", "(%d)" % len(acked))


if VERIFY:
    with open(STATE) as f:
        acked = json.load(f)
else:
    write_phase()

# ---- read by following the lineage
shards = {s["ShardId"]: s for s in kin.list_shards(StreamName=S)["Shards"]}
eq(len(shards), 8, "eight shards after two splits and two merges")
parents = {sid: [p for p in (s.get("ParentShardId"), s.get("AdjacentParentShardId")) if p]
           for sid, s in shards.items()}
done, order, seen = set(), [], []
per_key = collections.defaultdict(list)
children_seen = {}


def read_shard(sid):
    it = kin.get_shard_iterator(StreamName=S, ShardId=sid,
                                ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
    closed = "EndingSequenceNumber" in shards[sid]["SequenceNumberRange"]
    last_seq = -1
    for _ in range(100000):
        out = kin.get_records(ShardIterator=it, Limit=1000)
        for r in out["Records"]:
            seq = int(r["SequenceNumber"])
            check(seq > last_seq, "sequence numbers rise within %s" % sid)
            last_seq = seq
            rid = r["Data"].decode()
            seen.append(rid)
            eq(r["PartitionKey"], rid.split("/")[0], "PartitionKey matches")
            per_key[r["PartitionKey"]].append(int(rid.split("/")[1]))
        if "NextShardIterator" not in out:
            check(closed, "only a closed shard ends (%s)" % sid)
            children_seen[sid] = sorted(c["ShardId"] for c in out.get("ChildShards", []))
            return
        it = out["NextShardIterator"]
        if not closed and not out["Records"] and out["MillisBehindLatest"] == 0:
            return  # the open shard is drained (the writer stopped)
    check(False, "shard %s ended in time" % sid)


pending = sorted(shards)
for _ in range(len(shards) + 1):
    ready = [s for s in pending if all(p in done for p in parents[s])]
    for sid in ready:
        read_shard(sid)
        done.add(sid)
        order.append(sid)
        pending.remove(sid)
eq(pending, [], "every shard reached through the lineage")
want_children = {sid: sorted(c for c, ps in parents.items() if sid in ps)
                 for sid in shards if "EndingSequenceNumber" in
                 shards[sid]["SequenceNumberRange"]}
eq(children_seen, want_children, "ChildShards at each closed shard's end match ListShards")
eq(len(seen), len(set(seen)), "no record read twice")
eq(set(seen), set(acked), "every acknowledged record read")
bad = [k for k, v in per_key.items() if v != sorted(v)]
eq(bad, [], "each partition key's records in write order across the lineage")
print("lineage: %d records over %d shards, read order %s" % (len(seen), len(shards),
                                                             " ".join(s[-1] for s in order)))
if STATE and not VERIFY:
    with open(STATE, "w") as f:
        json.dump(acked, f)
elif not STATE:
    kin.delete_stream(StreamName=S)
finish("lineage")
