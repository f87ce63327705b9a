#!/usr/bin/python3
"""bad_input.py PORT - hostile and malformed requests over the real server
(http.client, signed with botocore's SigV4 signer where the signature must
be right): malformed JSON and CBOR, wrong types, missing and oversize
fields, bad base64, unknown streams, bad and foreign iterators, unsigned,
wrongly signed and unknown-key requests, an unknown operation. Each must
get the right AWS error; afterwards the stream's records are exactly the
ones written before, and the server still answers. The caller sets
AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY to a configured pair."""
import base64
import http.client
import json
import os
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from kx import check, client, eq, finish, wait_active

PORT = int(sys.argv[1])
URL = "http://127.0.0.1:%d/" % PORT
CREDS = Credentials(os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"])
JSON_CT = "application/x-amz-json-1.1"
CBOR_CT = "application/x-amz-cbor-1.1"
S = "bad-input"


def request(op, body, ctype=JSON_CT, sign=True, creds=CREDS, extra=None):
    if isinstance(body, str):
        body = body.encode()
    headers = {"Content-Type": ctype, "X-Amz-Target": "Kinesis_20131202." + op}
    headers.update(extra or {})
    if sign:
        req = AWSRequest(method="POST", url=URL, data=body, headers=headers)
        SigV4Auth(creds, "kinesis", "us-east-1").add_auth(req)
        headers = dict(req.headers.items())
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    conn.request("POST", "/", body=body, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, data


def cbor_type(data):
    """__type from a small CBOR error map (text keys and values only)."""
    i = data.find(b"__type")
    if i < 0:
        return None
    j = i + 6
    n = data[j] & 0x1f
    j += 1
    if n == 24:
        n = data[j]
        j += 1
    return data[j:j + n].decode()


def expect(op, body, status, etype, what, **kw):
    st, data = request(op, body, **kw)
    if kw.get("ctype") == CBOR_CT:
        got = cbor_type(data)
    else:
        try:
            got = json.loads(data).get("__type") if data else None
        except ValueError:
            got = "<not json: %r>" % data[:80]
    check(st == status and got == etype, what,
          "(got %d %s, want %d %s) %s" % (st, got, status, etype, data[:200]))


kin = client(PORT)
kin.create_stream(StreamName=S, ShardCount=2)
wait_active(kin, S)
written = kin.put_records(StreamName=S, Records=[
    {"PartitionKey": "k%d" % i, "Data": ("before-%d" % i).encode()} for i in range(20)])
eq(written["FailedRecordCount"], 0, "setup records written")


def snapshot():
    out = []
    for sh in kin.list_shards(StreamName=S)["Shards"]:
        it = kin.get_shard_iterator(StreamName=S, ShardId=sh["ShardId"],
                                    ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
        res = kin.get_records(ShardIterator=it)
        out += [(r["SequenceNumber"], r["PartitionKey"], r["Data"]) for r in res["Records"]]
    return sorted(out)


before = snapshot()
eq(len(before), 20, "20 records before the hostile requests")
d64 = base64.b64encode(b"x").decode()

# ---- malformed documents
expect("PutRecord", '{"StreamName": "bad-input", "Data": ', 400, "SerializationException",
       "truncated JSON")
expect("PutRecord", "not json at all", 400, "SerializationException", "garbage JSON")
expect("PutRecord", "[1,2,3]", 400, "SerializationException", "JSON array instead of object")
expect("PutRecord", b"\xa3\x62SN", 400, "SerializationException", "truncated CBOR",
       ctype=CBOR_CT)
expect("PutRecord", b"\xbf\xff\xff\xff", 400, "SerializationException", "malformed CBOR",
       ctype=CBOR_CT)
expect("PutRecord", b"\x9b\xff\xff\xff\xff\xff\xff\xff\xff", 400, "SerializationException",
       "CBOR array claiming 2^64 items", ctype=CBOR_CT)
expect("PutRecord", "[" * 5000, 400, "SerializationException", "deeply nested JSON")
# ---- wrong types
expect("PutRecord", json.dumps({"StreamName": 5, "PartitionKey": "k", "Data": d64}), 400,
       "SerializationException", "StreamName as a number")
expect("CreateStream", json.dumps({"StreamName": "x", "ShardCount": "two"}), 400,
       "SerializationException", "ShardCount as a string")
expect("PutRecords", json.dumps({"StreamName": S, "Records": {"a": 1}}), 400,
       "SerializationException", "Records as an object")
# ---- missing and oversize fields
expect("PutRecord", json.dumps({"StreamName": S, "Data": d64}), 400, "ValidationException",
       "missing PartitionKey")
expect("PutRecord", json.dumps({"StreamName": S, "PartitionKey": "k"}), 400,
       "ValidationException", "missing Data")
expect("PutRecord", json.dumps({"StreamName": S, "PartitionKey": "k" * 257, "Data": d64}), 400,
       "ValidationException", "PartitionKey over 256 characters")
expect("PutRecord", json.dumps({"StreamName": S, "PartitionKey": "",  "Data": d64}), 400,
       "ValidationException", "empty PartitionKey")
big = base64.b64encode(b"x" * (1024 * 1024 + 1)).decode()
expect("PutRecord", json.dumps({"StreamName": S, "PartitionKey": "k", "Data": big}), 400,
       "ValidationException", "Data over 1 MiB")
expect("PutRecords", json.dumps({"StreamName": S, "Records": [
    {"PartitionKey": "k", "Data": d64}] * 501}), 400, "ValidationException",
    "PutRecords with 501 records")
expect("PutRecords", json.dumps({"StreamName": S, "Records": []}), 400, "ValidationException",
       "PutRecords with no records")
expect("CreateStream", json.dumps({"StreamName": "a" * 129, "ShardCount": 1}), 400,
       "ValidationException", "stream name over 128 characters")
expect("CreateStream", json.dumps({"StreamName": "bad name!", "ShardCount": 1}), 400,
       "ValidationException", "stream name with bad characters")
expect("CreateStream", json.dumps({"StreamName": "zero", "ShardCount": 0}), 400,
       "ValidationException", "ShardCount 0")
expect("PutRecord", json.dumps({"StreamName": S, "PartitionKey": "k", "Data": d64,
                                "ExplicitHashKey": "340282366920938463463374607431768211456"}),
       400, "InvalidArgumentException", "ExplicitHashKey 2^128")
# ---- bad base64
expect("PutRecord", json.dumps({"StreamName": S, "PartitionKey": "k", "Data": "@@@="}), 400,
       "SerializationException", "Data that is not base64")
expect("PutRecord", json.dumps({"StreamName": S, "PartitionKey": "k", "Data": "YWJj Zg=="}),
       400, "SerializationException", "base64 with a space")
# ---- unknown things
expect("PutRecord", json.dumps({"StreamName": "nope", "PartitionKey": "k", "Data": d64}), 400,
       "ResourceNotFoundException", "PutRecord to an unknown stream")
expect("DescribeStream", json.dumps({"StreamName": "nope"}), 400, "ResourceNotFoundException",
       "DescribeStream of an unknown stream")
expect("GetShardIterator", json.dumps({"StreamName": S, "ShardId": "shardId-000000000099",
                                       "ShardIteratorType": "LATEST"}), 400,
       "ResourceNotFoundException", "unknown shard")
expect("GetShardIterator", json.dumps({"StreamName": S, "ShardId": "shardId-000000000000",
                                       "ShardIteratorType": "SIDEWAYS"}), 400,
       "ValidationException", "unknown iterator type")
expect("GetRecords", json.dumps({"ShardIterator": "AAAA"}), 400, "InvalidArgumentException",
       "GetRecords with a garbage iterator")
real = kin.get_shard_iterator(StreamName=S, ShardId="shardId-000000000000",
                              ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
raw = bytearray(base64.b64decode(real))
raw[-1] ^= 1  # a well-formed iterator whose MAC does not match (another broker's, say)
expect("GetRecords", json.dumps({"ShardIterator": base64.b64encode(bytes(raw)).decode()}), 400,
       "ExpiredIteratorException", "iterator with a foreign MAC")
expect("SplitShard", json.dumps({"StreamName": S, "ShardToSplit": "shardId-000000000000",
                                 "NewStartingHashKey": "0"}), 400, "InvalidArgumentException",
       "split at the shard's own start")
expect("NoSuchOperation", "{}", 400, "UnknownOperationException", "unknown operation")
# ---- authentication
expect("ListStreams", "{}", 403, "MissingAuthenticationTokenException", "unsigned request",
       sign=False)
expect("ListStreams", "{}", 400, "InvalidSignatureException", "wrong secret",
       creds=Credentials(CREDS.access_key, "wrong-secret"))
expect("ListStreams", "{}", 400, "UnrecognizedClientException", "unknown access key",
       creds=Credentials("AKIDNOBODY", "x"))
expect("PutRecord", json.dumps({"StreamName": S, "PartitionKey": "k", "Data": d64}), 400,
       "InvalidSignatureException", "signature over another body",
       extra={"X-Amz-Content-Sha256": "0" * 64})

# ---- nothing changed, and the server still serves
after = snapshot()
eq(after, before, "no stored record changed")
eq(len(kin.list_streams()["StreamNames"]), 1, "no stream was created by a bad request")
kin.delete_stream(StreamName=S)
finish("bad_input")
