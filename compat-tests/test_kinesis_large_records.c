/*
 * test_kinesis_large_records.c - records up to 10 MiB (UpdateMaxRecordSize)
 * against a live broker with SigV4 on: a stream's MaxRecordSizeInKiB raised
 * (as raw signed JSON: Debian's CLI and botocore predate the operation), a
 * 10 MiB record put through the AWS CLI (about 14 MB of JSON over HTTP),
 * read back with boto3, 10 MB in one PutRecords, and a topic made through
 * Kafka (1 MiB max.message.bytes) taking a 5 MiB record once raised.
 * Script: compat-tests/kinesis/large_records.py. Then librdkafka reads the
 * same records from the partition logs.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "compat-tests/harness.h"
#include "compat-tests/rk.h"

#define KEY "AKIDLARGE"
#define SECRET "large/secret+KEY"
#define BIG ((10u << 20) - 1)

static struct broker_proc bp;

static void start(void)
{
    static const char *const settings[] = {"sluice.gateway.auth=sigv4",
                                           "sluice.gateway.credentials=" KEY ":" SECRET, NULL};
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(kinesis_large_records, .init = start, .fini = stop, .timeout = 240);

Test(kinesis_large_records, ten_mib_records_through_cli_boto3_and_kafka)
{
    cr_assert_eq(rk_create_topic(bp.bootstrap, "kafka-made", 1, NULL), RD_KAFKA_RESP_ERR_NO_ERROR);
    static char out[1 << 16];
    int rc = hx_run(out, sizeof out, 200,
                    "cd compat-tests/kinesis && AWS_ACCESS_KEY_ID=" KEY
                    " AWS_SECRET_ACCESS_KEY=" SECRET
                    " /usr/bin/python3 large_records.py %d kafka-made 2>&1",
                    bp.gateway_port);
    cr_log_info("%s", out);
    cr_assert_eq(rc, 0, "large_records.py failed:\n%s", out);

    /* The same bytes through Kafka: the 10 MiB record first, then the ten
     * of 1 MB (one batch). */
    struct rk_msgs m = {0};
    rk_read_all(bp.bootstrap, "large", RD_KAFKA_OFFSET_BEGINNING, 11, 10000, NULL, &m);
    cr_assert_eq(m.n, 11, "librdkafka read %zu of 11 records", m.n);
    cr_assert_eq(m.v[0].value_len, BIG);
    cr_assert_eq(m.v[0].key_len, 1);
    const uint8_t *v = m.v[0].value;
    size_t bad = 0;
    for (size_t i = 0; i < BIG; i++)
        bad += v[i] != (uint8_t)((i * 31 + 7) % 256);
    cr_assert_eq(bad, 0, "%zu bytes of the 10 MiB record differ", bad);
    for (size_t i = 1; i < m.n; i++)
        cr_assert_eq(m.v[i].value_len, 1000000);
    rk_msgs_free(&m);
    rk_read_all(bp.bootstrap, "kafka-made", RD_KAFKA_OFFSET_BEGINNING, 1, 10000, NULL, &m);
    cr_assert_eq(m.n, 1);
    cr_assert_eq(m.v[0].value_len, 5u << 20);
    rk_msgs_free(&m);
    cr_assert_eq(hx_log_count(&bp, "level=error"), 0, "the broker logged errors");
}
