#!/usr/bin/env python3
"""Capture real client request frames for the golden-vector tests.

A TCP proxy between Kafka clients and a broker: every request frame a
client sends is saved as <out>/<client>-<Api>-v<version>-<n>.bin (the frame
without its 4-byte size prefix), then forwarded unchanged. Run the broker
with advertised.listeners pointing at the proxy so that every connection a
client opens (bootstrap, partition leaders, group coordinator) goes through
it. Stops after --seconds.

  capture.py --listen 19093 --upstream 127.0.0.1:19092 --out DIR --seconds 30

Only the request direction is parsed; responses are relayed as bytes.
"""

import argparse
import os
import selectors
import socket
import struct
import time

API_NAMES = {0: "Produce", 1: "Fetch", 2: "ListOffsets", 3: "Metadata", 8: "OffsetCommit",
             9: "OffsetFetch", 10: "FindCoordinator", 11: "JoinGroup", 12: "Heartbeat",
             13: "LeaveGroup", 14: "SyncGroup", 15: "DescribeGroups", 16: "ListGroups",
             17: "SaslHandshake", 18: "ApiVersions", 19: "CreateTopics", 20: "DeleteTopics",
             21: "DeleteRecords", 22: "InitProducerId", 23: "OffsetForLeaderEpoch",
             32: "DescribeConfigs", 33: "AlterConfigs", 36: "SaslAuthenticate",
             37: "CreatePartitions", 42: "DeleteGroups", 44: "IncrementalAlterConfigs",
             47: "OffsetDelete", 60: "DescribeCluster"}


class Pair:
    def __init__(self, client, upstream):
        self.client = client
        self.upstream = upstream
        self.buf = b""


def client_id(frame):
    if len(frame) < 10:
        return "unknown"
    n = struct.unpack(">h", frame[8:10])[0]
    if n < 0 or 10 + n > len(frame):
        return "null"
    raw = frame[10:10 + n].decode("ascii", "replace")
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in raw)[:40] or "empty"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--upstream", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seconds", type=float, default=30)
    args = ap.parse_args()
    uhost, uport = args.upstream.rsplit(":", 1)
    os.makedirs(args.out, exist_ok=True)
    counts = {}
    sel = selectors.DefaultSelector()
    lsock = socket.socket()
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsock.bind(("127.0.0.1", args.listen))
    lsock.listen(64)
    sel.register(lsock, selectors.EVENT_READ, None)
    deadline = time.time() + args.seconds
    while time.time() < deadline:
        for key, _ in sel.select(timeout=0.2):
            if key.data is None:
                c, _ = lsock.accept()
                u = socket.create_connection((uhost, int(uport)))
                p = Pair(c, u)
                sel.register(c, selectors.EVENT_READ, ("c", p))
                sel.register(u, selectors.EVENT_READ, ("u", p))
                continue
            side, p = key.data
            src = p.client if side == "c" else p.upstream
            dst = p.upstream if side == "c" else p.client
            try:
                data = src.recv(1 << 20)
            except OSError:
                data = b""
            if not data:
                for s in (p.client, p.upstream):
                    try:
                        sel.unregister(s)
                    except (KeyError, ValueError):
                        pass
                    s.close()
                continue
            if side == "c":
                p.buf += data
                while len(p.buf) >= 4:
                    n = struct.unpack(">i", p.buf[:4])[0]
                    if n < 0 or len(p.buf) < 4 + n:
                        break
                    frame = p.buf[4:4 + n]
                    p.buf = p.buf[4 + n:]
                    api, ver = struct.unpack(">hh", frame[:4])
                    name = "%s-%s-v%d" % (client_id(frame), API_NAMES.get(api, "Api%d" % api), ver)
                    counts[name] = counts.get(name, 0) + 1
                    with open(os.path.join(args.out, "%s-%d.bin" % (name, counts[name])), "wb") as f:
                        f.write(frame)
            dst.sendall(data)
    print("captured:", ", ".join("%s x%d" % kv for kv in sorted(counts.items())))


if __name__ == "__main__":
    main()
