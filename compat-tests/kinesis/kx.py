"""kx.py - shared helpers for the Kinesis compat scripts: checks that
report what failed, and the gateway endpoint from argv."""
import json
import sys

FAILS = []


def check(cond, what, detail=""):
    if not cond:
        FAILS.append(what)
        print("FAIL: %s %s" % (what, detail), flush=True)
    return cond


def eq(got, want, what):
    return check(got == want, what, "(got %r, want %r)" % (got, want))


def finish(name):
    if FAILS:
        print("%s: %d check(s) failed" % (name, len(FAILS)))
        sys.exit(1)
    print("%s: all checks passed" % name)
    sys.exit(0)


def dump(v):
    return json.dumps(v, sort_keys=True, default=str)[:400]


def wait_active(kin, stream):
    """Wait until stream is ACTIVE again (it is CREATING after CreateStream
    and UPDATING after a reshard, for sluice.gateway.status.delay.ms) with
    boto3's own stream_exists waiter, polling every 50 ms instead of its
    default 10 s."""
    kin.get_waiter("stream_exists").wait(StreamName=stream,
                                         WaiterConfig={"Delay": 0.05, "MaxAttempts": 200})


def call(port, op, params):
    """A Kinesis call as raw signed JSON (botocore's SigV4 signer, the
    environment's key pair, else a dummy one), for operations and members
    newer than Debian's botocore and CLI (UpdateMaxRecordSize,
    MaxRecordSizeInKiB). Returns (HTTP status, parsed body or {})."""
    import http.client
    import os
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
    body = json.dumps(params).encode()
    headers = {"Content-Type": "application/x-amz-json-1.1",
               "X-Amz-Target": "Kinesis_20131202." + op}
    req = AWSRequest(method="POST", url="http://127.0.0.1:%d/" % port, data=body,
                     headers=headers)
    creds = Credentials(os.environ.get("AWS_ACCESS_KEY_ID", "AKIDANY"),
                        os.environ.get("AWS_SECRET_ACCESS_KEY", "any"))
    SigV4Auth(creds, "kinesis", "us-east-1").add_auth(req)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("POST", "/", body=body, headers=dict(req.headers.items()))
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, (json.loads(data) if data else {})


def client(port, **kw):
    """A boto3 Kinesis client for the gateway on port: credentials from the
    environment, else a dummy pair (for brokers with auth=any)."""
    import os
    import boto3
    from botocore.config import Config
    return boto3.client("kinesis", endpoint_url="http://127.0.0.1:%d" % port,
                        region_name="us-east-1",
                        aws_access_key_id=kw.pop("key", os.environ.get("AWS_ACCESS_KEY_ID",
                                                                       "AKIDANY")),
                        aws_secret_access_key=kw.pop("secret",
                                                     os.environ.get("AWS_SECRET_ACCESS_KEY",
                                                                    "any")),
                        config=Config(retries={"max_attempts": 1}), **kw)
