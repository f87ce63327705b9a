/*
 * test_produce_consume.c - librdkafka producers and consumers against a real
 * broker: every byte back, per-key order, key -> partition stability, each
 * codec, headers and nulls, big messages, acks 0/1/all, idempotence,
 * lookups by time, and a broker restart between produce and consume.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "compat-tests/harness.h"
#include "compat-tests/kclient.h"
#include "compat-tests/rk.h"
#include "protocol/msg/fetch.h"
#include "protocol/msg/metadata.h"
#include "protocol/records.h"

static struct broker_proc bp;

static void start(void)
{
    static const char *const settings[] = {"num.partitions=8", NULL};
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(produce_consume, .init = start, .fini = stop, .timeout = 240);

/* The value of message i: its number, then bytes derived from it, of a
 * length that varies from 16 to ~300 bytes. */
static size_t make_value(long i, char *buf, size_t cap)
{
    size_t len = 16 + (size_t)(i * 7919 % 290);
    if (len > cap)
        len = cap;
    int n = snprintf(buf, cap, "%012ld|", i);
    for (size_t k = (size_t)n; k < len; k++)
        buf[k] = (char)('a' + (i + (long)k) % 26);
    return len;
}

static long seq_of(const struct rk_msg *m)
{
    char num[13] = {0};
    if (m->value_len < 13)
        return -1;
    memcpy(num, m->value, 12);
    return strtol(num, NULL, 10);
}

static void produce_range(rd_kafka_t *p, const char *topic, long from, long to, bool keyed)
{
    char val[512], key[32];
    for (long i = from; i < to; i++) {
        size_t len = make_value(i, val, sizeof val);
        int klen = snprintf(key, sizeof key, "key-%ld", i % 500);
        rd_kafka_resp_err_t e;
        while ((e = rd_kafka_producev(p, RD_KAFKA_V_TOPIC(topic),
                                      RD_KAFKA_V_KEY(keyed ? key : NULL, keyed ? (size_t)klen : 0),
                                      RD_KAFKA_V_VALUE(val, len),
                                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)) ==
               RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(p, 10);
        cr_assert_eq(e, 0, "producev: %s", rd_kafka_err2str(e));
        rd_kafka_poll(p, 0);
    }
}

/* Every message 0..n-1 exactly once and byte-exact. */
static void check_all(struct rk_msgs *got, long n)
{
    cr_assert_eq((long)got->n, n, "read back %zu of %ld messages", got->n, n);
    char *seen = calloc((size_t)n, 1);
    char val[512];
    for (size_t i = 0; i < got->n; i++) {
        long s = seq_of(&got->v[i]);
        cr_assert(s >= 0 && s < n, "message with a bad value");
        cr_assert_not(seen[s], "message %ld read twice", s);
        seen[s] = 1;
        size_t len = make_value(s, val, sizeof val);
        cr_assert_eq(got->v[i].value_len, len);
        cr_assert(memcmp(got->v[i].value, val, len) == 0, "message %ld differs", s);
    }
    free(seen);
}

Test(produce_consume, keyed_100k_over_8_partitions_every_byte_in_key_order)
{
    const long n = 100000;
    static const char *const ps[] = {"acks=all", "linger.ms=5", NULL};
    rd_kafka_t *p = rk_producer(bp.bootstrap, ps);
    produce_range(p, "keyed", 0, n, true);
    cr_assert(rk_flush(p, 60000));
    struct rk_delivery *d = rk_delivery_of(p);
    cr_assert_eq(d->failed, 0, "delivery failed: %s", rd_kafka_err2str(d->first_error));
    cr_assert_eq(d->ok, n);
    cr_assert_eq(rk_partition_count(p, "keyed"), 8);
    free(d);
    rd_kafka_destroy(p);

    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, "keyed", RD_KAFKA_OFFSET_BEGINNING, (size_t)n, 10000, NULL, &got);
    check_all(&got, n);
    /* Per key: one partition, and the order in which they were produced. */
    int part_of[500];
    long last_seq[500];
    for (int k = 0; k < 500; k++) {
        part_of[k] = -1;
        last_seq[k] = -1;
    }
    int used[8] = {0};
    for (size_t i = 0; i < got.n; i++) {
        long s = seq_of(&got.v[i]);
        int k = (int)(s % 500);
        char key[32];
        int klen = snprintf(key, sizeof key, "key-%d", k);
        cr_assert_eq(got.v[i].key_len, (size_t)klen);
        cr_assert(memcmp(got.v[i].key, key, (size_t)klen) == 0);
        if (part_of[k] < 0)
            part_of[k] = got.v[i].partition;
        cr_assert_eq(got.v[i].partition, part_of[k], "key %d moved partition", k);
        used[got.v[i].partition] = 1;
        (void)last_seq;
    }
    /* Order per partition is offset order; per key it must rise. */
    for (int part = 0; part < 8; part++) {
        long prev_by_key[500];
        for (int k = 0; k < 500; k++)
            prev_by_key[k] = -1;
        int64_t prev_off = -1;
        for (size_t i = 0; i < got.n; i++) {
            if (got.v[i].partition != part)
                continue;
            cr_assert_gt(got.v[i].offset, prev_off, "offsets out of order in partition %d", part);
            prev_off = got.v[i].offset;
            long s = seq_of(&got.v[i]);
            cr_assert_gt(s, prev_by_key[s % 500], "key order broken");
            prev_by_key[s % 500] = s;
        }
    }
    int nused = 0;
    for (int part = 0; part < 8; part++)
        nused += used[part];
    cr_assert_eq(nused, 8, "500 keys should land on all 8 partitions");
    rk_msgs_free(&got);
}

/* The codec of the first batch of a partition as the broker serves it
 * (raw Fetch), and its record count; -1 when the partition is empty. */
static int first_batch_codec(const char *topic, int32_t partition, int32_t *records)
{
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    struct arena a;
    arena_init(&a);
    struct fetch_resp resp;
    uint8_t *frame;
    cr_assert_eq(kc_fetch_one(fd, topic, partition, 0, 1 << 20, &a, &resp, &frame), 0);
    const struct krecords *rec = &resp.responses[0].partitions[0].records;
    if (rec->len <= 0) {
        free(frame);
        arena_destroy(&a);
        close(fd);
        return -1;
    }
    struct rb_batch b;
    struct rb_error err;
    struct rb_limits lim = {0};
    cr_assert_eq(rb_parse(rec->ptr, (size_t)rec->len, &lim, &b, &err), 0, "served batch invalid");
    int codec = b.codec;
    *records = b.records_count;
    free(frame);
    arena_destroy(&a);
    close(fd);
    return codec;
}

/* Auto-create topic through a raw Metadata v1 (which always may create)
 * and wait until it answers with its partitions. Producing to a topic the
 * producer does not know yet parks the first messages; when the leader
 * shows up they are already older than linger.ms and go out one by one,
 * uncompressed because a lone small message does not shrink. */
static void create_topic(const char *topic, int partitions)
{
    cr_assert_eq(kc_await_topic(bp.port, topic, partitions), 0, "topic %s was not created", topic);
}

Test(produce_consume, every_codec_round_trips_and_is_stored_as_sent)
{
    static const char *codecs[] = {"gzip", "snappy", "lz4", "zstd"};
    for (int c = 0; c < 4; c++) {
        char topic[32], setting[64];
        snprintf(topic, sizeof topic, "codec-%s", codecs[c]);
        snprintf(setting, sizeof setting, "compression.codec=%s", codecs[c]);
        const char *ps[] = {setting, "linger.ms=20", NULL};
        create_topic(topic, 8);
        rd_kafka_t *p = rk_producer(bp.bootstrap, ps);
        cr_assert_eq(rk_partition_count(p, topic), 8);
        produce_range(p, topic, 0, 3000, false);
        cr_assert(rk_flush(p, 30000));
        cr_assert_eq(rk_delivery_of(p)->failed, 0, "%s: %s", codecs[c],
                     rd_kafka_err2str(rk_delivery_of(p)->first_error));
        free(rk_delivery_of(p));
        rd_kafka_destroy(p);
        struct rk_msgs got = {0};
        rk_read_all(bp.bootstrap, topic, RD_KAFKA_OFFSET_BEGINNING, 3000, 10000, NULL, &got);
        check_all(&got, 3000);
        rk_msgs_free(&got);
        /* Keyless messages spread over partitions. librdkafka sends a batch
         * uncompressed when compressing would not shrink it (a lone small
         * message), so a first batch is uncompressed only when it is tiny;
         * any batch of some size carries the codec (gzip, snappy and lz4
         * too, since Produce v0 is advertised: test_legacy_produce.c). */
        int with_codec = 0;
        for (int32_t part = 0; part < 8; part++) {
            int32_t records = 0;
            int codec = first_batch_codec(topic, part, &records);
            cr_assert(codec < 0 || codec == c + 1 || (codec == 0 && records < 10),
                      "%s: partition %d holds codec %d (%d records)", codecs[c], part, codec,
                      records);
            with_codec += codec == c + 1;
        }
        cr_assert_gt(with_codec, 0, "%s batches were not stored as sent", codecs[c]);
    }
}

Test(produce_consume, headers_nulls_and_a_900_kib_message)
{
    rd_kafka_t *p = rk_producer(bp.bootstrap, (const char *const[]){"acks=all", NULL});
    rd_kafka_headers_t *h = rd_kafka_headers_new(2);
    rd_kafka_header_add(h, "trace", -1, "abc", 3);
    rd_kafka_header_add(h, "empty", -1, NULL, 0);
    cr_assert_eq(rd_kafka_producev(p, RD_KAFKA_V_TOPIC("odd"), RD_KAFKA_V_PARTITION(0),
                                   RD_KAFKA_V_KEY("k1", 2), RD_KAFKA_V_VALUE("v1", 2),
                                   RD_KAFKA_V_HEADERS(h), RD_KAFKA_V_END), 0);
    cr_assert_eq(rd_kafka_producev(p, RD_KAFKA_V_TOPIC("odd"), RD_KAFKA_V_PARTITION(0),
                                   RD_KAFKA_V_VALUE("no key", 6), RD_KAFKA_V_END), 0);
    cr_assert_eq(rd_kafka_producev(p, RD_KAFKA_V_TOPIC("odd"), RD_KAFKA_V_PARTITION(0),
                                   RD_KAFKA_V_KEY("tomb", 4), RD_KAFKA_V_END), 0);
    size_t big = 900 * 1024;
    char *blob = malloc(big);
    for (size_t i = 0; i < big; i++)
        blob[i] = (char)(i * 31 + 7);
    cr_assert_eq(rd_kafka_producev(p, RD_KAFKA_V_TOPIC("odd"), RD_KAFKA_V_PARTITION(0),
                                   RD_KAFKA_V_KEY("big", 3), RD_KAFKA_V_VALUE(blob, big),
                                   RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END), 0);
    cr_assert(rk_flush(p, 30000));
    cr_assert_eq(rk_delivery_of(p)->failed, 0, "%s", rd_kafka_err2str(rk_delivery_of(p)->first_error));
    free(rk_delivery_of(p));
    rd_kafka_destroy(p);

    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, "odd", RD_KAFKA_OFFSET_BEGINNING, 4, 10000, NULL, &got);
    cr_assert_eq(got.n, 4);
    struct rk_msg *m = got.v;
    cr_assert_eq(m[0].nheaders, 2);
    cr_assert_str_eq(m[0].header_names[0], "trace");
    cr_assert_eq(m[0].header_lens[0], 3);
    cr_assert(memcmp(m[0].header_values[0], "abc", 3) == 0);
    cr_assert_str_eq(m[0].header_names[1], "empty");
    cr_assert_null(m[0].header_values[1]);
    cr_assert(m[1].key_null);
    cr_assert_eq(m[1].value_len, 6);
    cr_assert(m[2].value_null, "tombstone value must stay null");
    cr_assert_eq(m[3].value_len, big);
    cr_assert(memcmp(m[3].value, blob, big) == 0);
    free(blob);
    rk_msgs_free(&got);
}

Test(produce_consume, acks_0_1_and_all)
{
    static const char *acks[] = {"0", "1", "all"};
    for (int a = 0; a < 3; a++) {
        char topic[32], setting[32];
        snprintf(topic, sizeof topic, "acks-%s", acks[a]);
        snprintf(setting, sizeof setting, "acks=%s", acks[a]);
        rd_kafka_t *p = rk_producer(bp.bootstrap, (const char *const[]){setting, NULL});
        produce_range(p, topic, 0, 5000, true);
        cr_assert(rk_flush(p, 30000));
        cr_assert_eq(rk_delivery_of(p)->failed, 0);
        cr_assert_eq(rk_delivery_of(p)->ok, 5000);
        free(rk_delivery_of(p));
        rd_kafka_destroy(p);
        struct rk_msgs got = {0};
        rk_read_all(bp.bootstrap, topic, RD_KAFKA_OFFSET_BEGINNING, 5000, 10000, NULL, &got);
        check_all(&got, 5000);
        rk_msgs_free(&got);
    }
}

Test(produce_consume, idempotent_producer_writes_each_message_once)
{
    static const char *const ps[] = {"enable.idempotence=true", "linger.ms=2",
                                     "max.in.flight.requests.per.connection=5", NULL};
    rd_kafka_t *p = rk_producer(bp.bootstrap, ps);
    produce_range(p, "idem", 0, 30000, true);
    cr_assert(rk_flush(p, 60000));
    cr_assert_eq(rk_delivery_of(p)->failed, 0, "%s", rd_kafka_err2str(rk_delivery_of(p)->first_error));
    free(rk_delivery_of(p));
    rd_kafka_destroy(p);
    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, "idem", RD_KAFKA_OFFSET_BEGINNING, 30001, 3000, NULL, &got);
    check_all(&got, 30000);
    rk_msgs_free(&got);
}

Test(produce_consume, offsets_for_times)
{
    rd_kafka_t *p = rk_producer(bp.bootstrap, (const char *const[]){"acks=all", NULL});
    /* Recent times: Kafka's retention and segment.ms act on record time,
     * so years-old timestamps would be rolled and deleted at once. */
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    const int64_t t0 = ((int64_t)now.tv_sec - 3600) * 1000;
    for (int i = 0; i < 100; i++) {
        char v[16];
        int len = snprintf(v, sizeof v, "t%d", i);
        cr_assert_eq(rd_kafka_producev(p, RD_KAFKA_V_TOPIC("timed"), RD_KAFKA_V_PARTITION(0),
                                       RD_KAFKA_V_VALUE(v, (size_t)len),
                                       RD_KAFKA_V_TIMESTAMP(t0 + i * 1000),
                                       RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END), 0);
        if (i % 10 == 9)
            rk_flush(p, 10000); /* several batches */
    }
    cr_assert(rk_flush(p, 10000));
    free(rk_delivery_of(p));
    rd_kafka_destroy(p);
    rd_kafka_t *c = rk_consumer(bp.bootstrap, "times", NULL);
    const int64_t probes[][2] = {{t0 - 5, 0}, {t0, 0}, {t0 + 1, 1}, {t0 + 42000, 42},
                                 {t0 + 42500, 43}, {t0 + 99000, 99}, {t0 + 100000, -1}};
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(l, "timed", 0)->offset = probes[i][0];
        cr_assert_eq(rd_kafka_offsets_for_times(c, l, 10000), 0);
        cr_assert_eq(l->elems[0].err, 0);
        cr_assert_eq(l->elems[0].offset, probes[i][1], "time %lld: offset %lld, want %lld",
                     (long long)probes[i][0], (long long)l->elems[0].offset,
                     (long long)probes[i][1]);
        rd_kafka_topic_partition_list_destroy(l);
    }
    int64_t lo, hi;
    cr_assert_eq(rd_kafka_query_watermark_offsets(c, "timed", 0, &lo, &hi, 10000), 0);
    cr_assert_eq(lo, 0);
    cr_assert_eq(hi, 100);
    rd_kafka_consumer_close(c);
    rd_kafka_destroy(c);
}

static void produce_then_restart(bool crash)
{
    const long n = 20000;
    rd_kafka_t *p = rk_producer(bp.bootstrap, (const char *const[]){"acks=all", "linger.ms=5", NULL});
    produce_range(p, "restart", 0, n, true);
    cr_assert(rk_flush(p, 60000));
    cr_assert_eq(rk_delivery_of(p)->ok, n);
    free(rk_delivery_of(p));
    rd_kafka_destroy(p);
    if (crash)
        hx_kill(&bp);
    else
        cr_assert_eq(hx_stop(&bp), 0);
    cr_assert_eq(hx_start(&bp), 0);
    cr_assert_eq(hx_log_count(&bp, "clean_start=true"), crash ? 0 : 1);
    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, "restart", RD_KAFKA_OFFSET_BEGINNING, (size_t)n, 10000, NULL, &got);
    check_all(&got, n);
    rk_msgs_free(&got);
}

Test(produce_consume, every_message_survives_a_clean_restart)
{
    produce_then_restart(false);
}

Test(produce_consume, every_acknowledged_message_survives_kill_9)
{
    produce_then_restart(true);
}
