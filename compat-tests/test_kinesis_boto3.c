/*
 * test_kinesis_boto3.c - boto3 (Debian's python3-boto3) against a live
 * broker: shards split and merged under a steady writer, then every
 * acknowledged record read exactly once by following the lineage (parents
 * before children, ChildShards at a closed shard's end), each partition
 * key in write order. Script: compat-tests/kinesis/lineage.py. After a
 * restart the stream's shards and records are still there.
 */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "compat-tests/harness.h"

static struct broker_proc bp;

static void start(void)
{
    static const char *const settings[] = {"sluice.gateway.auth=any", NULL};
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(kinesis_boto3, .init = start, .fini = stop, .timeout = 180);

Test(kinesis_boto3, split_merge_under_writer_reads_each_record_once)
{
    static char out[1 << 16];
    int rc = hx_run(out, sizeof out, 150,
                    "cd compat-tests/kinesis && /usr/bin/python3 lineage.py %d %s/lineage.json 2>&1",
                    bp.gateway_port, bp.dir);
    cr_log_info("%s", out);
    cr_assert_eq(rc, 0, "lineage.py failed:\n%s", out);
    /* Acknowledged records and answered reshards survive a crash: kill -9,
     * restart on the same data, and read the same lineage again. */
    hx_kill(&bp);
    cr_assert_eq(hx_start(&bp), 0);
    rc = hx_run(out, sizeof out, 150,
                "cd compat-tests/kinesis && /usr/bin/python3 lineage.py %d %s/lineage.json 2>&1",
                bp.gateway_port, bp.dir);
    cr_log_info("after kill -9 and restart: %s", out);
    cr_assert_eq(rc, 0, "lineage.py (verify after restart) failed:\n%s", out);
}
