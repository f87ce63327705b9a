/*
 * test_kinesis_cross.c - one log, two protocols: records put through the
 * Kinesis gateway (boto3, compat-tests/kinesis/cross.py) read by a
 * librdkafka consumer, records produced by librdkafka read with GetRecords,
 * and a Kafka produce into a shard closed by a Kinesis split refused.
 *
 * Mapping under test: shard N = partition N; Kinesis PartitionKey = Kafka
 * key; Data = value; ExplicitHashKey = header sluice.explicit_hash_key;
 * SequenceNumber encodes (partition, offset). A Kafka record without a key
 * shows its partition number as PartitionKey.
 */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compat-tests/harness.h"
#include "compat-tests/rk.h"
#include "gateway/gw_doc.h"
#include "gateway/gw_seq.h"

#define OUT_CAP (8u << 20)

static struct broker_proc bp;
static char *out;

static void start(void)
{
    /* Kafka topics come from auto-creation (Metadata) with 3 partitions. */
    static const char *const settings[] = {"sluice.gateway.auth=any", "num.partitions=3", NULL};
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
    out = malloc(OUT_CAP);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
    free(out);
}

TestSuite(kinesis_cross, .init = start, .fini = stop, .timeout = 120);

/* Run cross.py and parse its JSON output. */
static json_t *cross(const char *args)
{
    int rc = hx_run(out, OUT_CAP, 60,
                    "cd compat-tests/kinesis && /usr/bin/python3 cross.py %s 2>&1", args);
    cr_assert_eq(rc, 0, "cross.py %s failed: %.2000s", args, out);
    json_error_t err;
    json_t *j = json_loads(out, 0, &err);
    cr_assert(j, "cross.py output is not JSON: %.500s", out);
    return j;
}

static const char *header(const struct rk_msg *m, const char *name, size_t *len)
{
    for (int i = 0; i < m->nheaders; i++)
        if (!strcmp(m->header_names[i], name)) {
            *len = m->header_lens[i];
            return m->header_values[i];
        }
    return NULL;
}

Test(kinesis_cross, kinesis_put_records_read_by_kafka_consumer)
{
    enum { N = 300 };
    char args[128];
    snprintf(args, sizeof args, "put %d k2kafka %d", bp.gateway_port, N);
    json_t *put = cross(args);
    cr_assert_eq(json_array_size(put), N);
    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, "k2kafka", RD_KAFKA_OFFSET_BEGINNING, N, 5000, NULL, &got);
    cr_assert_eq(got.n, N, "the Kafka consumer read %zu of %d records", got.n, N);
    for (size_t i = 0; i < N; i++) {
        json_t *e = json_array_get(put, i);
        const char *seq = json_string_value(json_object_get(e, "seq"));
        int32_t part;
        int64_t off;
        cr_assert_eq(gw_seq_parse(seq, strlen(seq), &part, &off), 0);
        cr_assert_eq(part, json_integer_value(json_object_get(e, "shard")));
        const struct rk_msg *m = NULL;
        for (size_t k = 0; k < got.n && !m; k++)
            if (got.v[k].partition == part && got.v[k].offset == off)
                m = &got.v[k];
        cr_assert(m, "record %zu (partition %d offset %lld) not seen by Kafka", i, part,
                  (long long)off);
        const char *key = json_string_value(json_object_get(e, "key"));
        cr_assert(!m->key_null && m->key_len == strlen(key) && !memcmp(m->key, key, m->key_len),
                  "record %zu: Kafka key differs from the PartitionKey", i);
        char *b64 = gw_base64_encode(m->value, m->value_len);
        cr_assert_str_eq(b64, json_string_value(json_object_get(e, "data")),
                         "record %zu: value differs from Data", i);
        free(b64);
        const char *ehk = json_string_value(json_object_get(e, "ehk"));
        size_t hl = 0;
        const char *h = header(m, "sluice.explicit_hash_key", &hl);
        if (ehk)
            cr_assert(h && hl == strlen(ehk) && !memcmp(h, ehk, hl),
                      "record %zu: explicit hash key header missing or wrong", i);
        else
            cr_assert_null(h, "record %zu: unexpected explicit hash key header", i);
    }
    rk_msgs_free(&got);
    json_decref(put);
}

/* A value derived from i (binary, 1..400 bytes). */
static size_t value_of(int i, unsigned char *buf)
{
    size_t n = 1 + (size_t)(i * 53) % 400;
    for (size_t j = 0; j < n; j++)
        buf[j] = (unsigned char)(i * 7 + j * 13);
    return n;
}

Test(kinesis_cross, kafka_produce_read_with_get_records)
{
    enum { N = 400, PARTS = 3 };
    /* Half the records in lz4 batches: GetRecords must decompress. */
    static const char *const plain[] = {"linger.ms=5", NULL};
    static const char *const lz4[] = {"linger.ms=5", "compression.codec=lz4", NULL};
    rd_kafka_t *pp = rk_producer(bp.bootstrap, plain), *pz = rk_producer(bp.bootstrap, lz4);
    cr_assert_eq(rk_partition_count(pp, "kafka2k"), PARTS); /* auto-created */
    unsigned char v[512];
    for (int i = 0; i < N; i++) {
        char key[32];
        snprintf(key, sizeof key, "kkey-%d", i);
        size_t vl = value_of(i, v);
        bool null_key = i % 5 == 0;
        rd_kafka_t *rk = i % 2 ? pz : pp;
        cr_assert_eq(rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("kafka2k"),
                                       RD_KAFKA_V_PARTITION(i % PARTS),
                                       RD_KAFKA_V_KEY(null_key ? NULL : key,
                                                      null_key ? 0 : strlen(key)),
                                       RD_KAFKA_V_VALUE(v, vl),
                                       RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END),
                     0);
    }
    cr_assert(rk_flush(pp, 30000) && rk_flush(pz, 30000));
    cr_assert_eq(rk_delivery_of(pp)->ok + rk_delivery_of(pz)->ok, N);
    rd_kafka_destroy(pp);
    rd_kafka_destroy(pz);

    char args[128];
    snprintf(args, sizeof args, "get %d kafka2k", bp.gateway_port);
    json_t *got = cross(args);
    cr_assert_eq(json_array_size(got), N, "GetRecords returned %zu of %d", json_array_size(got),
                 N);
    bool *seen = calloc(N, sizeof *seen);
    for (size_t k = 0; k < json_array_size(got); k++) {
        json_t *e = json_array_get(got, k);
        const char *pk = json_string_value(json_object_get(e, "key"));
        int shard = (int)json_integer_value(json_object_get(e, "shard"));
        const char *data = json_string_value(json_object_get(e, "data"));
        /* Find the record by its value (unique per i). */
        int found = -1;
        for (int i = 0; i < N && found < 0; i++) {
            if (seen[i] || i % PARTS != shard)
                continue;
            size_t vl = value_of(i, v);
            char *b64 = gw_base64_encode(v, vl);
            if (!strcmp(b64, data))
                found = i;
            free(b64);
        }
        cr_assert_geq(found, 0, "GetRecords record %zu (shard %d) matches no produced value", k,
                      shard);
        seen[found] = true;
        char want[32];
        if (found % 5 == 0)
            snprintf(want, sizeof want, "%d", shard); /* null key: the partition number */
        else
            snprintf(want, sizeof want, "kkey-%d", found);
        cr_assert_str_eq(pk, want, "record %d: PartitionKey", found);
    }
    free(seen);
    json_decref(got);
}

Test(kinesis_cross, kafka_produce_to_closed_shard_is_refused)
{
    char args[128];
    snprintf(args, sizeof args, "create %d closed 2", bp.gateway_port);
    hx_run(out, OUT_CAP, 60, "cd compat-tests/kinesis && /usr/bin/python3 cross.py %s 2>&1",
           args);
    snprintf(args, sizeof args, "split %d closed", bp.gateway_port);
    int rc = hx_run(out, OUT_CAP, 60,
                    "cd compat-tests/kinesis && /usr/bin/python3 cross.py %s 2>&1", args);
    cr_assert_eq(rc, 0, "%s", out);
    /* Kafka's Metadata shows every partition: 2 parents (0 closed) + 2
     * children. */
    static const char *const settings[] = {"linger.ms=0", "retries=0", NULL};
    rd_kafka_t *rk = rk_producer(bp.bootstrap, settings);
    cr_assert_eq(rk_partition_count(rk, "closed"), 4);
    for (int p = 0; p < 4; p++)
        cr_assert_eq(rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("closed"), RD_KAFKA_V_PARTITION(p),
                                       RD_KAFKA_V_KEY("k", 1), RD_KAFKA_V_VALUE("v", 1),
                                       RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END),
                     0);
    rk_flush(rk, 30000);
    struct rk_delivery *d = rk_delivery_of(rk);
    cr_assert_eq(d->failed, 1, "only the closed partition refuses (ok=%ld failed=%ld)", d->ok,
                 d->failed);
    cr_assert_eq(d->ok, 3);
    cr_assert_eq(d->first_error, RD_KAFKA_RESP_ERR_POLICY_VIOLATION, "got %s",
                 rd_kafka_err2name(d->first_error));
    rd_kafka_destroy(rk);
    /* Nothing was written to the closed shard: GetRecords on it is empty. */
    snprintf(args, sizeof args, "get %d closed", bp.gateway_port);
    json_t *got = cross(args);
    for (size_t k = 0; k < json_array_size(got); k++)
        cr_assert_neq(json_integer_value(json_object_get(json_array_get(got, k), "shard")), 0);
    cr_assert_eq(json_array_size(got), 3);
    json_decref(got);
}
