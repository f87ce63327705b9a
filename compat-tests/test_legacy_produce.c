/*
 * test_legacy_produce.c - Produce v0-2 (legacy message sets, magic 0 and
 * 1) against a real broker: raw requests built with the generated codecs,
 * read back byte-exact by a librdkafka consumer; the errors Kafka gives;
 * and the point of it all: librdkafka 2.0.2 compresses with gzip, snappy
 * and lz4 only when Produce v0 is advertised, and now its batches are
 * stored compressed.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "compat-tests/harness.h"
#include "compat-tests/kclient.h"
#include "compat-tests/rk.h"
#include "protocol/errors.h"
#include "protocol/msg/api_versions.h"
#include "protocol/msg/fetch.h"
#include "protocol/msg/metadata.h"
#include "protocol/msg/produce.h"
#include "protocol/records.h"
#include "protocol/records_legacy.h"

static struct broker_proc bp;

static void start(void)
{
    hx_init(&bp, NULL);
    cr_assert_eq(hx_start(&bp), 0);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(legacy_produce, .init = start, .fini = stop, .timeout = 180);

/* ------------------------------------------------------------- writer */

/* A timestamp an hour back. Fixed dates years back would make every batch
 * roll a segment and retention.ms delete it at its next check, as in
 * Kafka, so what a test reads back would depend on when that runs. */
static int64_t recent_ms(void)
{
    return ((int64_t)time(NULL) - 3600) * 1000;
}

struct lm {
    int64_t ts;
    const char *key; /* NULL: null */
    const char *value;
};

static void put_be(uint8_t *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
}

static void put_field(struct kwriter *w, const void *p, int32_t len)
{
    kw_i32(w, len);
    if (len > 0)
        kw_raw(w, p, (size_t)len);
}

static void put_msg_raw(struct kwriter *w, int64_t offset, int8_t magic, int8_t attrs, int64_t ts,
                        const void *key, int32_t klen, const void *value, int32_t vlen)
{
    size_t start = w->len;
    kw_i64(w, offset);
    kw_i32(w, 0);
    kw_u32(w, 0);
    kw_i8(w, magic);
    kw_i8(w, attrs);
    if (magic == 1)
        kw_i64(w, ts);
    put_field(w, key, klen);
    put_field(w, value, vlen);
    size_t size = w->len - start - 12;
    put_be(w->buf + start + 8, size, 4);
    put_be(w->buf + start + 12, crc32(0L, w->buf + start + 16, (uInt)(size - 4)), 4);
}

static void put_set(struct kwriter *w, int8_t magic, const struct lm *m, int n)
{
    for (int i = 0; i < n; i++)
        put_msg_raw(w, i, magic, 0, m[i].ts, m[i].key, m[i].key ? (int32_t)strlen(m[i].key) : -1,
                    m[i].value, m[i].value ? (int32_t)strlen(m[i].value) : -1);
}

static void put_wrapper(struct kwriter *w, int8_t magic, int codec, const struct kwriter *inner,
                        int64_t offset)
{
    struct kwriter z;
    kw_init(&z);
    cr_assert_eq(codec_compress(codec, NULL, inner->buf, inner->len, &z), 0);
    put_msg_raw(w, offset, magic, (int8_t)codec, 1, NULL, -1, z.buf, (int32_t)z.len);
    kw_destroy(&z);
}

/* ------------------------------------------------------------- requests */

/* Produce records to topic/partition 0 with the given version; returns the
 * partition's error code and *base_offset. */
static int16_t produce_raw(int16_t version, const char *topic, const struct kwriter *records,
                           int64_t *base_offset)
{
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    struct produce_req_partition_produce_data pd;
    produce_req_partition_produce_data_init(&pd);
    pd.index = 0;
    pd.records.ptr = records->buf;
    pd.records.len = (int32_t)records->len;
    struct produce_req_topic_produce_data td;
    produce_req_topic_produce_data_init(&td);
    td.name = kstr_c(topic);
    td.partition_data = &pd;
    td.partition_data_count = 1;
    struct produce_req req;
    produce_req_init(&req);
    req.acks = -1;
    req.timeout_ms = 10000;
    req.topic_data = &td;
    req.topic_data_count = 1;
    cr_assert_eq(kc_send(fd, 0, version, 42, &req), 0);
    struct arena a;
    arena_init(&a);
    struct produce_resp resp;
    uint8_t *frame;
    /* kc_recv also checks that the body is exactly the version's fields
     * (v0: no throttle_time_ms, v0-1: no log_append_time_ms). */
    cr_assert_eq(kc_recv(fd, 0, version, &a, &resp, &frame), 42, "v%d response", version);
    cr_assert_eq(resp.responses_count, 1);
    cr_assert_eq(resp.responses[0].partition_responses_count, 1);
    const struct produce_resp_partition_produce_response *pr =
        &resp.responses[0].partition_responses[0];
    int16_t ec = pr->error_code;
    if (base_offset)
        *base_offset = pr->base_offset;
    free(frame);
    arena_destroy(&a);
    close(fd);
    return ec;
}

/* The batches of partition 0 as the broker serves them (raw Fetch v11):
 * calls fn for each, stops at max. Returns the number seen. */
static int fetch_batches(const char *topic, struct rb_batch *out, int max)
{
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    struct arena a;
    arena_init(&a);
    struct fetch_resp resp;
    uint8_t *frame;
    cr_assert_eq(kc_fetch_one(fd, topic, 0, 0, 4 << 20, &a, &resp, &frame), 0);
    const struct krecords *rec = &resp.responses[0].partitions[0].records;
    int n = 0;
    if (rec->len > 0) {
        struct rb_scan s;
        rb_scan_init(&s, rec->ptr, (size_t)rec->len);
        struct rb_limits lim = {.max_uncompressed_bytes = 64 << 20};
        struct rb_batch b;
        while (n < max && rb_scan_next(&s, &lim, NULL, &b, NULL) == 1) {
            out[n] = b;
            out[n].ptr = NULL; /* the frame is freed below */
            out[n].records = NULL;
            n++;
        }
    }
    free(frame);
    arena_destroy(&a);
    close(fd);
    return n;
}

static void create(const char *topic)
{
    cr_assert_eq(kc_await_topic(bp.port, topic, 1), 0, "topic %s was not created", topic);
}

static void expect_msg(const struct rk_msg *m, int64_t offset, const struct lm *w)
{
    cr_assert_eq(m->offset, offset);
    cr_assert_eq(m->timestamp, w->ts, "offset %lld: timestamp %lld, want %lld", (long long)offset,
                 (long long)m->timestamp, (long long)w->ts);
    if (w->key) {
        cr_assert_not(m->key_null, "offset %lld: key is null", (long long)offset);
        cr_assert_eq(m->key_len, strlen(w->key));
        cr_assert(memcmp(m->key, w->key, m->key_len) == 0);
    } else {
        cr_assert(m->key_null, "offset %lld: key should be null", (long long)offset);
    }
    if (w->value) {
        cr_assert_not(m->value_null);
        cr_assert_eq(m->value_len, strlen(w->value));
        cr_assert(memcmp(m->value, w->value, m->value_len) == 0);
    } else {
        cr_assert(m->value_null, "offset %lld: value should be null", (long long)offset);
    }
    cr_assert_eq(m->nheaders, 0);
}

/* ------------------------------------------------------------- tests */

Test(legacy_produce, api_versions_advertise_produce_from_v0)
{
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    struct api_versions_req req;
    api_versions_req_init(&req);
    req.client_software_name = KSTR_LIT("sluice-compat");
    req.client_software_version = KSTR_LIT("1.0");
    cr_assert_eq(kc_send(fd, 18, 3, 1, &req), 0);
    struct arena a;
    arena_init(&a);
    struct api_versions_resp resp;
    uint8_t *frame;
    cr_assert_eq(kc_recv(fd, 18, 3, &a, &resp, &frame), 1);
    bool found = false;
    for (int32_t i = 0; i < resp.api_keys_count; i++) {
        if (resp.api_keys[i].api_key != 0)
            continue;
        found = true;
        cr_assert_eq(resp.api_keys[i].min_version, 0);
        cr_assert_eq(resp.api_keys[i].max_version, 11);
    }
    cr_assert(found);
    free(frame);
    arena_destroy(&a);
    close(fd);
}

Test(legacy_produce, v0_v1_v2_uncompressed_read_back_byte_exact)
{
    create("legacy-plain");
    static const struct lm m0[] = {{-1, "k0", "magic zero"}, {-1, NULL, "no key"},
                                   {-1, "tomb", NULL}, {-1, "", ""}};
    int64_t t0 = recent_ms();
    const struct lm m1[] = {{t0 + 123, "k1", "magic one"},
                            {t0 + 456, NULL, "later, no key"},
                            {t0 - 100000, "older", NULL}};
    struct kwriter w;
    kw_init(&w);
    int64_t base;
    put_set(&w, 0, m0, 4);
    cr_assert_eq(produce_raw(0, "legacy-plain", &w, &base), 0);
    cr_assert_eq(base, 0);
    cr_assert_eq(produce_raw(1, "legacy-plain", &w, &base), 0);
    cr_assert_eq(base, 4);
    kw_reset(&w);
    put_set(&w, 1, m1, 3);
    cr_assert_eq(produce_raw(2, "legacy-plain", &w, &base), 0);
    cr_assert_eq(base, 8);
    kw_destroy(&w);

    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, "legacy-plain", RD_KAFKA_OFFSET_BEGINNING, 11, 5000, NULL, &got);
    cr_assert_eq(got.n, 11);
    for (int i = 0; i < 4; i++) {
        expect_msg(&got.v[i], i, &m0[i]);
        expect_msg(&got.v[4 + i], 4 + i, &m0[i]);
    }
    for (int i = 0; i < 3; i++)
        expect_msg(&got.v[8 + i], 8 + i, &m1[i]);
    rk_msgs_free(&got);

    /* One v2 batch per request, uncompressed, no producer id. */
    struct rb_batch b[8];
    cr_assert_eq(fetch_batches("legacy-plain", b, 8), 3);
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(b[i].codec, CODEC_NONE);
        cr_assert_eq(b[i].producer_id, -1);
    }
    cr_assert_eq(b[2].max_timestamp, t0 + 456);
}

Test(legacy_produce, compressed_wrappers_are_stored_compressed_and_read_back)
{
    int64_t t0 = recent_ms();
    const struct lm m[] = {{t0 + 1000, "a", "first"}, {t0 + 2000, NULL, "second"},
                           {t0 + 3000, "c", NULL}};
    static const struct lm m0[] = {{-1, "a", "first"}, {-1, NULL, "second"}, {-1, "c", NULL}};
    char topic[32];
    int expect_codec[6];
    int nb = 0;
    snprintf(topic, sizeof topic, "legacy-wrapped");
    create(topic);
    int64_t next = 0;
    for (int codec = CODEC_GZIP; codec <= CODEC_LZ4; codec++) {
        for (int8_t magic = 0; magic <= 1; magic++) {
            struct kwriter inner, w;
            kw_init(&inner);
            kw_init(&w);
            put_set(&inner, magic, magic ? m : m0, 3);
            /* librdkafka's magic-1 wrappers carry offset 0, Java's the last
             * relative offset. */
            put_wrapper(&w, magic, codec, &inner, magic && codec == CODEC_LZ4 ? 2 : 0);
            int64_t base;
            cr_assert_eq(produce_raw(magic ? 2 : 1, topic, &w, &base), 0, "%s magic %d",
                         codec_name(codec), magic);
            cr_assert_eq(base, next);
            next += 3;
            expect_codec[nb++] = codec;
            kw_destroy(&inner);
            kw_destroy(&w);
        }
    }
    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, topic, RD_KAFKA_OFFSET_BEGINNING, (size_t)next, 5000, NULL, &got);
    cr_assert_eq((int64_t)got.n, next);
    for (int i = 0; i < (int)got.n; i++) {
        int batch = i / 3;
        int magic = batch % 2;
        expect_msg(&got.v[i], i, magic ? &m[i % 3] : &m0[i % 3]);
    }
    rk_msgs_free(&got);
    struct rb_batch b[8];
    cr_assert_eq(fetch_batches(topic, b, 8), nb);
    for (int i = 0; i < nb; i++)
        cr_assert_eq(b[i].codec, expect_codec[i], "batch %d codec %d", i, b[i].codec);
}

Test(legacy_produce, a_v2_batch_in_produce_v2_is_accepted_as_kafka_does)
{
    create("legacy-v2batch");
    struct kwriter w;
    kw_init(&w);
    struct rb_build bo;
    rb_build_init(&bo);
    int64_t t0 = recent_ms();
    struct rb_rec_in rec = {t0, {(const uint8_t *)"k", 1}, {(const uint8_t *)"v2", 2},
                            NULL, 0};
    cr_assert_eq(rb_build_batch(&bo, &rec, 1, &w), 0);
    int64_t base;
    cr_assert_eq(produce_raw(2, "legacy-v2batch", &w, &base), 0);
    cr_assert_eq(base, 0);
    kw_destroy(&w);
    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, "legacy-v2batch", RD_KAFKA_OFFSET_BEGINNING, 1, 5000, NULL, &got);
    cr_assert_eq(got.n, 1);
    struct lm want = {t0, "k", "v2"};
    expect_msg(&got.v[0], 0, &want);
    rk_msgs_free(&got);
}

Test(legacy_produce, bad_sets_get_kafkas_errors_and_nothing_is_stored)
{
    create("legacy-bad");
    static const struct lm m[] = {{5, "k", "v"}, {6, "k2", "v2"}};
    struct kwriter w, inner, middle;
    kw_init(&w);
    kw_init(&inner);
    kw_init(&middle);
    /* CRC mismatch: CORRUPT_MESSAGE. */
    put_set(&w, 1, m, 2);
    w.buf[w.len - 1] ^= 1;
    cr_assert_eq(produce_raw(2, "legacy-bad", &w, NULL), KERR_CORRUPT_MESSAGE);
    /* message_size beyond the data: CORRUPT_MESSAGE. */
    kw_reset(&w);
    put_set(&w, 0, m, 2);
    cr_assert_eq(produce_raw(0, "legacy-bad", &(struct kwriter){.buf = w.buf, .len = w.len - 2},
                             NULL),
                 KERR_CORRUPT_MESSAGE);
    /* Mixed magics: INVALID_RECORD. */
    kw_reset(&w);
    put_set(&w, 0, m, 1);
    put_set(&w, 1, m + 1, 1);
    cr_assert_eq(produce_raw(1, "legacy-bad", &w, NULL), KERR_INVALID_RECORD);
    /* A nested wrapper: INVALID_RECORD. */
    put_set(&inner, 1, m, 2);
    put_wrapper(&middle, 1, CODEC_GZIP, &inner, 0);
    kw_reset(&w);
    put_wrapper(&w, 1, CODEC_SNAPPY, &middle, 0);
    cr_assert_eq(produce_raw(2, "legacy-bad", &w, NULL), KERR_INVALID_RECORD);
    /* zstd in a legacy set: UNSUPPORTED_COMPRESSION_TYPE. */
    kw_reset(&w);
    put_msg_raw(&w, 0, 1, CODEC_ZSTD, 1, NULL, -1, "xx", 2);
    cr_assert_eq(produce_raw(2, "legacy-bad", &w, NULL), KERR_UNSUPPORTED_COMPRESSION_TYPE);
    /* A bomb: 64 MiB of zeros in one message, behind gzip; the default
     * max.message.bytes (1 MiB) allows 32 MiB inflated. */
    size_t big = 64u << 20;
    uint8_t *zeros = calloc(1, big);
    kw_reset(&inner);
    put_msg_raw(&inner, 0, 1, 0, 1, NULL, -1, zeros, (int32_t)big);
    free(zeros);
    kw_reset(&w);
    put_wrapper(&w, 1, CODEC_GZIP, &inner, 0);
    cr_assert_lt(w.len, 1 << 20);
    cr_assert_eq(produce_raw(2, "legacy-bad", &w, NULL), KERR_MESSAGE_TOO_LARGE);
    kw_destroy(&w);
    kw_destroy(&inner);
    kw_destroy(&middle);
    struct rb_batch b[2];
    cr_assert_eq(fetch_batches("legacy-bad", b, 2), 0, "nothing stored");
    cr_assert(hx_alive(&bp));
}

/* The point of Produce v0: librdkafka 2.0.2 compresses only when the
 * broker's Produce range contains v0 (zstd needs v7). 2000 compressible
 * messages to one partition with linger.ms=100 make the first batch large,
 * so librdkafka cannot skip compression for not shrinking it. */
Test(legacy_produce, librdkafka_batches_are_stored_with_the_codec_asked_for)
{
    static const char *codecs[] = {"gzip", "snappy", "lz4", "zstd"};
    for (int c = 0; c < 4; c++) {
        char topic[32], setting[64];
        snprintf(topic, sizeof topic, "rk-codec-%s", codecs[c]);
        snprintf(setting, sizeof setting, "compression.codec=%s", codecs[c]);
        const char *ps[] = {setting, "linger.ms=100", NULL};
        /* The topic and its leader are known before the first message, or
         * librdkafka may send that one alone when the leader shows up. */
        create(topic);
        rd_kafka_t *p = rk_producer(bp.bootstrap, ps);
        cr_assert_eq(rk_partition_count(p, topic), 1);
        char val[200];
        for (int i = 0; i < 2000; i++) {
            int len = snprintf(val, sizeof val,
                               "message %06d of a compressible payload, repeated words words words",
                               i);
            rd_kafka_resp_err_t e;
            while ((e = rd_kafka_producev(p, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_PARTITION(0),
                                          RD_KAFKA_V_VALUE(val, (size_t)len),
                                          RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                          RD_KAFKA_V_END)) == RD_KAFKA_RESP_ERR__QUEUE_FULL)
                rd_kafka_poll(p, 10);
            cr_assert_eq(e, 0);
        }
        cr_assert(rk_flush(p, 30000));
        cr_assert_eq(rk_delivery_of(p)->failed, 0, "%s: %s", codecs[c],
                     rd_kafka_err2str(rk_delivery_of(p)->first_error));
        free(rk_delivery_of(p));
        rd_kafka_destroy(p);
        struct rb_batch b[1];
        cr_assert_eq(fetch_batches(topic, b, 1), 1);
        cr_assert_eq(b[0].codec, c + 1, "%s: first batch stored with codec %d", codecs[c],
                     b[0].codec);
        cr_assert_gt(b[0].records_count, 100, "%s: a large first batch", codecs[c]);
        struct rk_msgs got = {0};
        rk_read_all(bp.bootstrap, topic, RD_KAFKA_OFFSET_BEGINNING, 2000, 5000, NULL, &got);
        cr_assert_eq(got.n, 2000);
        for (int i = 0; i < 2000; i++) {
            int len = snprintf(val, sizeof val,
                               "message %06d of a compressible payload, repeated words words words",
                               i);
            cr_assert_eq(got.v[i].value_len, (size_t)len);
            cr_assert(memcmp(got.v[i].value, val, (size_t)len) == 0);
        }
        rk_msgs_free(&got);
    }
}
