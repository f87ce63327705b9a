/*
 * test_records_legacy.c - legacy message sets (magic 0/1) up-converted to
 * RecordBatch v2: round trips for both magics, uncompressed and behind
 * every legacy codec, the timestamp rules, and one test per way a set can
 * be wrong, each expecting the exact reason and Kafka error.
 *
 * Inputs come from the small legacy writer below (written from the format
 * description in records_legacy.h), so every byte of a test case is known.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "protocol/records.h"
#include "protocol/records_legacy.h"
#include "protocol/status.h"

/* ------------------------------------------------------------- writer */

struct lm {
    int64_t offset;
    int8_t magic;
    int8_t attrs; /* codec bits and, for magic 1, bit 3 */
    int64_t ts;   /* magic 1 only */
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

/* One message with explicit key/value bytes (len -1 = null). */
static void put_msg_raw(struct kwriter *w, int64_t offset, int8_t magic, int8_t attrs, int64_t ts,
                        const void *key, int32_t klen, const void *value, int32_t vlen)
{
    size_t start = w->len;
    kw_i64(w, offset);
    kw_i32(w, 0); /* size, patched */
    kw_u32(w, 0); /* crc, patched */
    kw_i8(w, magic);
    kw_i8(w, attrs);
    if (magic == 1)
        kw_i64(w, ts);
    put_field(w, key, klen);
    put_field(w, value, vlen);
    cr_assert_eq(w->err, 0);
    size_t size = w->len - start - RB_LEGACY_LOG_OVERHEAD;
    put_be(w->buf + start + 8, size, 4);
    uLong crc = crc32(0L, w->buf + start + 16, (uInt)(size - 4));
    put_be(w->buf + start + 12, crc, 4);
}

static void put_msg(struct kwriter *w, const struct lm *m)
{
    put_msg_raw(w, m->offset, m->magic, m->attrs, m->ts, m->key,
                m->key ? (int32_t)strlen(m->key) : -1, m->value,
                m->value ? (int32_t)strlen(m->value) : -1);
}

/* A compressed message holding the message set inner. */
static void put_wrapper(struct kwriter *w, int64_t offset, int8_t magic, int codec, int8_t extra,
                        int64_t ts, const struct kwriter *inner, const struct codec_opts *o)
{
    struct kwriter z;
    kw_init(&z);
    cr_assert_eq(codec_compress(codec, o, inner->buf, inner->len, &z), 0);
    put_msg_raw(w, offset, magic, (int8_t)(codec | extra), ts, NULL, -1, z.buf, (int32_t)z.len);
    kw_destroy(&z);
}

/* Fix the CRC of the message at start after a test changed its bytes. */
static void refresh_crc(struct kwriter *w, size_t start)
{
    size_t size = ((size_t)w->buf[start + 8] << 24) | ((size_t)w->buf[start + 9] << 16) |
                  ((size_t)w->buf[start + 10] << 8) | w->buf[start + 11];
    put_be(w->buf + start + 12, crc32(0L, w->buf + start + 16, (uInt)(size - 4)), 4);
}

/* ------------------------------------------------------------- helpers */

struct conv_result {
    struct kwriter out;
    struct rb_batch batch;
    struct rb_legacy_info info;
};

/* Convert, expecting success; the output must pass the producer rules. */
static void convert_ok(const struct kwriter *in, struct conv_result *res)
{
    kw_init(&res->out);
    struct rb_limits lim;
    rb_limits_producer(&lim, 1 << 20);
    struct rb_error e;
    int rc = rb_upconvert_legacy(in->buf, in->len, &lim, NULL, &res->out, &res->info, &e);
    char msg[256];
    cr_assert_eq(rc, 0, "conversion failed: %s", rb_error_format(&e, msg, sizeof msg));
    cr_assert_eq(rb_validate(res->out.buf, res->out.len, &lim, NULL, &res->batch, &e), 0,
                 "output invalid: %s", rb_error_format(&e, msg, sizeof msg));
    cr_assert_eq(res->batch.size_bytes, res->out.len, "exactly one batch");
    cr_assert_eq(res->batch.records_count, res->info.records);
    cr_assert_eq(res->batch.producer_id, -1);
    cr_assert_eq(res->batch.producer_epoch, -1);
    cr_assert_eq(res->batch.base_sequence, -1);
    cr_assert_eq(res->batch.partition_leader_epoch, -1);
    cr_assert_not(res->batch.log_append_time);
    cr_assert_not(res->batch.transactional);
    /* Produce v0-2 reach storage through rb_validate_produce's rules too. */
    struct rb_batch again;
    cr_assert_eq(rb_validate_produce(res->out.buf, res->out.len, 2, &lim, NULL, &again, &e), 0);
}

/* Convert, expecting reason code (and nothing written). */
static struct rb_error convert_fail_lim(const struct kwriter *in, size_t len,
                                        const struct rb_limits *lim, enum rb_err code)
{
    struct kwriter out;
    kw_init(&out);
    struct rb_error e;
    int rc = rb_upconvert_legacy(in->buf, len, lim, NULL, &out, NULL, &e);
    char msg[256];
    cr_assert_eq(e.code, code, "expected \"%s\", got \"%s\"", rb_err_message(code),
                 rb_error_format(&e, msg, sizeof msg));
    cr_assert_eq(rc, rb_err_status(code));
    cr_assert_eq(e.status, rc);
    cr_assert_eq(out.len, 0, "nothing written on failure");
    kw_destroy(&out);
    return e;
}

static struct rb_error convert_fail(const struct kwriter *in, enum rb_err code)
{
    struct rb_limits lim;
    rb_limits_producer(&lim, 1 << 20);
    return convert_fail_lim(in, in->len, &lim, code);
}

struct want {
    int64_t ts;
    const char *key; /* NULL: null */
    const char *value;
};

static void expect_bytes(struct kbytes got, const char *want, const char *what, int i)
{
    if (!want) {
        cr_assert_eq(got.len, -1, "record %d: %s should be null", i, what);
        return;
    }
    cr_assert_eq(got.len, (int32_t)strlen(want), "record %d: %s length", i, what);
    cr_assert(memcmp(got.ptr, want, strlen(want)) == 0, "record %d: %s bytes", i, what);
}

/* Walk the converted batch: offsets 0..n-1, no headers, the wanted
 * timestamps, keys and values. */
static void expect_records(struct conv_result *res, const struct want *w, int n)
{
    cr_assert_eq(res->batch.records_count, n);
    cr_assert_eq(res->batch.last_offset_delta, n - 1);
    cr_assert_eq(res->batch.base_offset, 0);
    struct rb_scratch s;
    rb_scratch_init(&s);
    struct rb_iter it;
    struct rb_error e;
    cr_assert_eq(rb_iter_init(&it, &res->batch, &s, 0, &e), 0);
    struct rb_record rec;
    int64_t max_ts = w[0].ts;
    for (int i = 0; i < n; i++) {
        cr_assert_eq(rb_iter_next(&it, &rec, &e), 1);
        cr_assert_eq(rec.offset_delta, i);
        cr_assert_eq(rec.offset, i);
        cr_assert_eq(rec.timestamp, w[i].ts, "record %d timestamp %lld", i,
                     (long long)rec.timestamp);
        cr_assert_eq(rec.header_count, 0);
        expect_bytes(rec.key, w[i].key, "key", i);
        expect_bytes(rec.value, w[i].value, "value", i);
        if (w[i].ts > max_ts)
            max_ts = w[i].ts;
    }
    cr_assert_eq(rb_iter_next(&it, &rec, &e), 0);
    cr_assert_eq(res->batch.base_timestamp, w[0].ts);
    cr_assert_eq(res->batch.max_timestamp, max_ts);
    rb_scratch_destroy(&s);
}

static void conv_free(struct conv_result *res)
{
    kw_destroy(&res->out);
}

/* The sample set: a key and value, a null key, a null value (tombstone),
 * an empty key and value. */
#define NSAMPLE 4
static const struct lm sample[NSAMPLE] = {
    {0, 0, 0, 0, "k0", "value zero"},
    {1, 0, 0, 0, NULL, "no key"},
    {2, 0, 0, 0, "tomb", NULL},
    {3, 0, 0, 0, "", ""},
};

static void put_sample(struct kwriter *w, int8_t magic, int64_t ts0)
{
    for (int i = 0; i < NSAMPLE; i++) {
        struct lm m = sample[i];
        m.magic = magic;
        m.ts = ts0 + 1000 * i;
        put_msg(w, &m);
    }
}

static void sample_want(struct want *w, int8_t magic, int64_t ts0)
{
    for (int i = 0; i < NSAMPLE; i++)
        w[i] = (struct want){magic == 0 ? -1 : ts0 + 1000 * i, sample[i].key, sample[i].value};
}

/* ------------------------------------------------------------- round trips */

Test(records_legacy, magic0_uncompressed_has_no_timestamps_and_keeps_nulls)
{
    struct kwriter in;
    kw_init(&in);
    put_sample(&in, 0, 0);
    struct conv_result res;
    convert_ok(&in, &res);
    cr_assert_eq(res.batch.codec, CODEC_NONE);
    cr_assert_eq(res.info.magic, 0);
    cr_assert_eq(res.info.codec, CODEC_NONE);
    struct want w[NSAMPLE];
    sample_want(w, 0, 0);
    expect_records(&res, w, NSAMPLE);
    conv_free(&res);
    kw_destroy(&in);
}

Test(records_legacy, magic1_uncompressed_keeps_each_timestamp)
{
    struct kwriter in;
    kw_init(&in);
    put_sample(&in, 1, 1700000000000);
    struct conv_result res;
    convert_ok(&in, &res);
    cr_assert_eq(res.info.magic, 1);
    struct want w[NSAMPLE];
    sample_want(w, 1, 1700000000000);
    expect_records(&res, w, NSAMPLE);
    conv_free(&res);
    kw_destroy(&in);
}

Test(records_legacy, offsets_of_uncompressed_messages_are_ignored)
{
    struct kwriter in;
    kw_init(&in);
    struct lm a = {77, 1, 0, 5, "a", "1"}, b = {-3, 1, 0, 4, "b", "2"};
    put_msg(&in, &a);
    put_msg(&in, &b);
    struct conv_result res;
    convert_ok(&in, &res);
    struct want w[2] = {{5, "a", "1"}, {4, "b", "2"}};
    expect_records(&res, w, 2);
    conv_free(&res);
    kw_destroy(&in);
}

/* Magic 1 inner offsets are relative (0..n-1), the wrapper holds the last
 * one; librdkafka sends wrapper offset 0. */
static void wrapped_round_trip(int8_t magic, int codec, const struct codec_opts *o,
                               int64_t wrapper_offset)
{
    struct kwriter inner, in;
    kw_init(&inner);
    kw_init(&in);
    put_sample(&inner, magic, 1600000000000);
    put_wrapper(&in, wrapper_offset, magic, codec, 0, 1600000009999, &inner, o);
    struct conv_result res;
    convert_ok(&in, &res);
    cr_assert_eq(res.batch.codec, codec, "recompressed with the wrapper's codec");
    cr_assert_eq(res.info.codec, codec);
    cr_assert_eq(res.info.magic, magic);
    cr_assert_eq(res.info.inflated_bytes, inner.len);
    struct want w[NSAMPLE];
    sample_want(w, magic, 1600000000000);
    expect_records(&res, w, NSAMPLE);
    conv_free(&res);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, compressed_wrappers_of_every_legacy_codec_round_trip)
{
    static const struct codec_opts raw = {.snappy_raw = true};
    for (int8_t magic = 0; magic <= 1; magic++) {
        for (int codec = CODEC_GZIP; codec <= CODEC_LZ4; codec++)
            wrapped_round_trip(magic, codec, NULL, magic == 1 ? NSAMPLE - 1 : 0);
        /* Snappy: the xerial stream (Java) and a raw block (librdkafka). */
        wrapped_round_trip(magic, CODEC_SNAPPY, &raw, 0);
    }
    wrapped_round_trip(1, CODEC_GZIP, NULL, 0);      /* librdkafka's wrapper offset */
    wrapped_round_trip(1, CODEC_GZIP, NULL, 123456); /* an absolute offset */
}

Test(records_legacy, snappy_output_uses_the_xerial_framing_as_kafka_writes_it)
{
    static const struct codec_opts raw = {.snappy_raw = true};
    struct kwriter inner, in;
    kw_init(&inner);
    kw_init(&in);
    put_sample(&inner, 1, 1);
    put_wrapper(&in, 0, 1, CODEC_SNAPPY, 0, 1, &inner, &raw);
    struct conv_result res;
    convert_ok(&in, &res);
    static const uint8_t xerial[8] = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};
    cr_assert_geq(res.batch.records_bytes, sizeof xerial);
    cr_assert(memcmp(res.batch.records, xerial, sizeof xerial) == 0);
    conv_free(&res);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, log_append_time_wrapper_lends_its_timestamp_to_inner_records)
{
    struct kwriter inner, in;
    kw_init(&inner);
    kw_init(&in);
    put_sample(&inner, 1, 1000);
    put_wrapper(&in, 0, 1, CODEC_GZIP, RB_LEGACY_ATTR_LOG_APPEND_TIME, 5555, &inner, NULL);
    struct conv_result res;
    convert_ok(&in, &res);
    struct want w[NSAMPLE];
    sample_want(w, 1, 0);
    for (int i = 0; i < NSAMPLE; i++)
        w[i].ts = 5555;
    expect_records(&res, w, NSAMPLE);
    conv_free(&res);
    /* A CreateTime wrapper: each inner record keeps its own. */
    kw_reset(&in);
    put_wrapper(&in, 0, 1, CODEC_GZIP, 0, 5555, &inner, NULL);
    convert_ok(&in, &res);
    sample_want(w, 1, 1000);
    expect_records(&res, w, NSAMPLE);
    conv_free(&res);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, log_append_time_without_a_timestamp_is_invalid_timestamp)
{
    struct kwriter in;
    kw_init(&in);
    struct lm ok = {0, 1, RB_LEGACY_ATTR_LOG_APPEND_TIME, 42, "k", "v"};
    put_msg(&in, &ok);
    struct conv_result res;
    convert_ok(&in, &res);
    struct want w = {42, "k", "v"};
    expect_records(&res, &w, 1);
    conv_free(&res);
    struct lm bad = {1, 1, RB_LEGACY_ATTR_LOG_APPEND_TIME, -1, "k", "v"};
    put_msg(&in, &bad);
    struct rb_error e = convert_fail(&in, RB_ERR_TIMESTAMP);
    cr_assert_eq(e.record, 1);
    cr_assert_eq(rb_err_kerr(RB_ERR_TIMESTAMP), KERR_INVALID_TIMESTAMP);
    /* The same claim on a wrapper with no timestamp. */
    struct kwriter inner;
    kw_init(&inner);
    put_sample(&inner, 1, 7);
    kw_reset(&in);
    put_wrapper(&in, 0, 1, CODEC_LZ4, RB_LEGACY_ATTR_LOG_APPEND_TIME, -1, &inner, NULL);
    convert_fail(&in, RB_ERR_TIMESTAMP);
    /* Magic 0 has no timestamp type: bit 3 means nothing there. */
    kw_reset(&in);
    struct lm m0 = {0, 0, RB_LEGACY_ATTR_LOG_APPEND_TIME, 0, "k", "v"};
    put_msg(&in, &m0);
    convert_ok(&in, &res);
    w.ts = -1;
    expect_records(&res, &w, 1);
    conv_free(&res);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, large_values_and_many_messages)
{
    struct kwriter inner, in;
    kw_init(&inner);
    kw_init(&in);
    char *big = malloc(100001);
    for (int i = 0; i < 100000; i++)
        big[i] = (char)('a' + i % 23);
    big[100000] = 0;
    for (int i = 0; i < 500; i++) {
        struct lm m = {i, 1, 0, i, i % 2 ? "odd" : NULL, i == 250 ? big : "small"};
        put_msg(&inner, &m);
    }
    put_wrapper(&in, 499, 1, CODEC_LZ4, 0, 0, &inner, NULL);
    struct conv_result res;
    convert_ok(&in, &res);
    cr_assert_eq(res.batch.records_count, 500);
    struct want *w = calloc(500, sizeof *w);
    for (int i = 0; i < 500; i++)
        w[i] = (struct want){i, i % 2 ? "odd" : NULL, i == 250 ? big : "small"};
    expect_records(&res, w, 500);
    conv_free(&res);
    free(w);
    free(big);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, scratch_is_left_as_it_was)
{
    struct kwriter inner, in, out;
    kw_init(&inner);
    kw_init(&in);
    kw_init(&out);
    put_sample(&inner, 0, 0);
    put_wrapper(&in, 0, 0, CODEC_GZIP, 0, 0, &inner, NULL);
    struct rb_scratch s;
    rb_scratch_init(&s);
    kw_raw(&s.buf, "keep", 4);
    struct rb_limits lim;
    rb_limits_producer(&lim, 1 << 20);
    for (int round = 0; round < 3; round++) {
        size_t before = out.len;
        cr_assert_eq(rb_upconvert_legacy(in.buf, in.len, &lim, &s, &out, NULL, NULL), 0);
        cr_assert_gt(out.len, before, "appended after what out held");
        cr_assert_eq(s.buf.len, 4);
        cr_assert(memcmp(s.buf.buf, "keep", 4) == 0);
    }
    /* Three batches, one after the other. */
    struct rb_scan scan;
    struct rb_batch b;
    rb_scan_init(&scan, out.buf, out.len);
    int n = 0;
    while (rb_scan_next(&scan, &lim, &s, &b, NULL) == 1)
        n++;
    cr_assert_eq(n, 3);
    rb_scratch_destroy(&s);
    kw_destroy(&inner);
    kw_destroy(&in);
    kw_destroy(&out);
}

Test(records_legacy, peek_magic)
{
    struct kwriter in;
    kw_init(&in);
    put_sample(&in, 1, 0);
    cr_assert_eq(rb_peek_magic(in.buf, in.len), 1);
    cr_assert_eq(rb_peek_magic(in.buf, 16), -1);
    cr_assert_eq(rb_peek_magic(in.buf, 17), 1);
    cr_assert_eq(rb_peek_magic(NULL, 0), -1);
    kw_destroy(&in);
}

/* ------------------------------------------------------------- framing */

Test(records_legacy, empty_set_is_refused)
{
    struct kwriter in;
    kw_init(&in);
    struct rb_limits lim;
    rb_limits_producer(&lim, 1 << 20);
    struct kwriter out;
    kw_init(&out);
    struct rb_error e;
    cr_assert_lt(rb_upconvert_legacy(NULL, 0, &lim, NULL, &out, NULL, &e), 0);
    cr_assert_eq(e.code, RB_ERR_NO_BATCH);
    kw_destroy(&out);
    kw_destroy(&in);
}

Test(records_legacy, every_truncation_fails_cleanly)
{
    for (int8_t magic = 0; magic <= 1; magic++) {
        struct kwriter in;
        kw_init(&in);
        put_sample(&in, magic, 9);
        struct rb_limits lim;
        rb_limits_producer(&lim, 1 << 20);
        size_t first = 0;
        size_t ends[NSAMPLE], at = 0;
        for (int i = 0; i < NSAMPLE; i++) {
            at += 12 + (((size_t)in.buf[at + 10] << 8) | in.buf[at + 11]);
            ends[i] = at;
        }
        cr_assert_eq(ends[NSAMPLE - 1], in.len);
        for (size_t cut = 1; cut < in.len; cut++) {
            struct kwriter out;
            kw_init(&out);
            struct rb_error e;
            int rc = rb_upconvert_legacy(in.buf, cut, &lim, NULL, &out, NULL, &e);
            bool boundary = false;
            for (int i = 0; i < NSAMPLE; i++)
                boundary |= cut == ends[i];
            if (boundary) { /* a shorter set, whole messages only */
                cr_assert_eq(rc, 0, "cut at %zu", cut);
                kw_destroy(&out);
                continue;
            }
            cr_assert_lt(rc, 0, "cut at %zu accepted", cut);
            cr_assert(e.code == RB_ERR_TRUNCATED, "cut at %zu: %s", cut, rb_err_message(e.code));
            cr_assert_eq(rb_err_kerr(e.code), KERR_CORRUPT_MESSAGE);
            cr_assert_eq(out.len, 0);
            if (!first && e.batch_at > 0)
                first = cut;
            kw_destroy(&out);
        }
        cr_assert_gt(first, 0, "errors point at the message that was cut");
        kw_destroy(&in);
    }
}

Test(records_legacy, message_size_beyond_the_data_is_corrupt)
{
    struct kwriter in;
    kw_init(&in);
    put_sample(&in, 1, 0);
    put_be(in.buf + 8, 0x7fffffff, 4);
    struct rb_error e = convert_fail(&in, RB_ERR_TRUNCATED);
    cr_assert_eq(rb_err_kerr(e.code), KERR_CORRUPT_MESSAGE);
    put_be(in.buf + 8, 13, 4);
    convert_fail(&in, RB_ERR_BATCH_LENGTH);
    put_be(in.buf + 8, (uint64_t)-1, 4);
    e = convert_fail(&in, RB_ERR_BATCH_LENGTH);
    cr_assert_eq(rb_err_kerr(e.code), KERR_CORRUPT_MESSAGE);
    kw_destroy(&in);
}

Test(records_legacy, crc_mismatch_is_corrupt_message)
{
    struct kwriter in;
    kw_init(&in);
    put_sample(&in, 0, 0);
    size_t second = 0;
    /* Find the second message: first's 12-byte prefix plus its size. */
    second = 12 + (((size_t)in.buf[10] << 8) | in.buf[11]);
    in.buf[second + 20] ^= 1; /* inside the second message's key length */
    struct rb_error e = convert_fail(&in, RB_ERR_CRC);
    cr_assert_eq(e.batch_at, second);
    cr_assert_eq(rb_err_kerr(e.code), KERR_CORRUPT_MESSAGE);
    kw_destroy(&in);
}

Test(records_legacy, inner_crc_mismatch_is_corrupt_message)
{
    struct kwriter inner, in;
    kw_init(&inner);
    kw_init(&in);
    put_sample(&inner, 1, 0);
    inner.buf[inner.len - 1] ^= 0x20; /* last value byte of the last message */
    put_wrapper(&in, 0, 1, CODEC_GZIP, 0, 0, &inner, NULL);
    struct rb_error e = convert_fail(&in, RB_ERR_CRC);
    cr_assert_eq(rb_err_kerr(e.code), KERR_CORRUPT_MESSAGE);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, oversize_message_and_oversize_result_are_message_too_large)
{
    struct kwriter in;
    kw_init(&in);
    struct lm m = {0, 1, 0, 1, "key", "a value of some length"};
    put_msg(&in, &m);
    struct rb_limits lim;
    rb_limits_producer(&lim, in.len - 1);
    struct rb_error e = convert_fail_lim(&in, in.len, &lim, RB_ERR_TOO_LARGE);
    cr_assert_eq(rb_err_kerr(e.code), KERR_MESSAGE_TOO_LARGE);
    /* The message fits, but its v2 batch (61-byte header) does not: Kafka
     * checks the converted batch against max.message.bytes too. */
    rb_limits_producer(&lim, in.len);
    e = convert_fail_lim(&in, in.len, &lim, RB_ERR_TOO_LARGE);
    cr_assert_str_eq(e.detail, "up-converted batch");
    kw_destroy(&in);
}

/* ------------------------------------------------------------- messages */

Test(records_legacy, fields_must_fill_the_message_exactly)
{
    struct kwriter in;
    kw_init(&in);
    struct lm m = {0, 0, 0, 0, "key", "value"};
    put_msg(&in, &m);
    /* Key length past the message (CRC fixed: the producer meant it). */
    put_be(in.buf + 18, 100, 4);
    refresh_crc(&in, 0);
    struct rb_error e = convert_fail(&in, RB_ERR_RECORD);
    cr_assert_eq(rb_err_kerr(e.code), KERR_INVALID_RECORD);
    cr_assert_eq(e.record, 0);
    /* A negative length other than -1. */
    put_be(in.buf + 18, (uint64_t)-2, 4);
    refresh_crc(&in, 0);
    convert_fail(&in, RB_ERR_RECORD);
    /* A value shorter than the message: one byte left after it. */
    kw_reset(&in);
    put_msg_raw(&in, 0, 0, 0, 0, "key", 3, "value!", 6);
    put_be(in.buf + 12 + 4 + 2 + 4 + 3, 5, 4); /* value length 6 -> 5 */
    refresh_crc(&in, 0);
    e = convert_fail(&in, RB_ERR_RECORD);
    cr_assert_str_eq(e.detail, "bytes after the value");
    kw_destroy(&in);
}

Test(records_legacy, magic1_message_too_short_for_its_timestamp_is_invalid_record)
{
    struct kwriter in;
    kw_init(&in);
    struct lm m = {0, 0, 0, 0, NULL, NULL}; /* 14 bytes: a full magic-0 message */
    put_msg(&in, &m);
    in.buf[16] = 1; /* now magic 1, which needs 22 */
    refresh_crc(&in, 0);
    convert_fail(&in, RB_ERR_RECORD);
    kw_destroy(&in);
}

Test(records_legacy, unknown_magic_is_corrupt_and_magic_2_inside_is_invalid)
{
    struct kwriter in;
    kw_init(&in);
    put_sample(&in, 0, 0);
    in.buf[16] = 3;
    struct rb_error e = convert_fail(&in, RB_ERR_MAGIC);
    cr_assert_eq(rb_err_kerr(e.code), KERR_CORRUPT_MESSAGE);
    in.buf[16] = (uint8_t)-1;
    convert_fail(&in, RB_ERR_MAGIC);
    /* A v2 batch after a legacy message. */
    kw_reset(&in);
    struct lm m = {0, 1, 0, 1, "k", "v"};
    put_msg(&in, &m);
    struct rb_build bo;
    rb_build_init(&bo);
    struct rb_rec_in rec = {1, {(const uint8_t *)"k", 1}, {(const uint8_t *)"v", 1}, NULL, 0};
    cr_assert_eq(rb_build_batch(&bo, &rec, 1, &in), 0);
    e = convert_fail(&in, RB_ERR_LEGACY_MAGIC);
    cr_assert_eq(rb_err_kerr(e.code), KERR_INVALID_RECORD);
    kw_destroy(&in);
}

Test(records_legacy, mixed_magics_are_invalid_record)
{
    struct kwriter in;
    kw_init(&in);
    struct lm a = {0, 0, 0, 0, "a", "1"}, b = {1, 1, 0, 5, "b", "2"};
    put_msg(&in, &a);
    put_msg(&in, &b);
    struct rb_error e = convert_fail(&in, RB_ERR_LEGACY_MAGIC);
    cr_assert_eq(e.record, 1);
    cr_assert_eq(rb_err_kerr(e.code), KERR_INVALID_RECORD);
    /* Inner magic must be the wrapper's. */
    struct kwriter inner;
    kw_init(&inner);
    put_msg(&inner, &a);
    put_msg(&inner, &b);
    kw_reset(&in);
    put_wrapper(&in, 0, 0, CODEC_GZIP, 0, 0, &inner, NULL);
    convert_fail(&in, RB_ERR_LEGACY_MAGIC);
    kw_reset(&inner);
    put_msg(&inner, &b);
    kw_reset(&in);
    put_wrapper(&in, 0, 0, CODEC_SNAPPY, 0, 0, &inner, NULL);
    e = convert_fail(&in, RB_ERR_LEGACY_MAGIC);
    cr_assert_eq(e.record, 0);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, unknown_codecs_are_unsupported_compression_type)
{
    for (int codec = CODEC_ZSTD; codec <= 7; codec++) {
        struct kwriter in;
        kw_init(&in);
        struct lm m = {0, 1, (int8_t)codec, 1, NULL, "v"};
        put_msg(&in, &m);
        struct rb_error e = convert_fail(&in, RB_ERR_CODEC);
        cr_assert_eq(rb_err_kerr(e.code), KERR_UNSUPPORTED_COMPRESSION_TYPE);
        if (codec == CODEC_ZSTD)
            cr_assert_str_eq(e.detail, "zstd needs magic 2");
        kw_destroy(&in);
    }
}

/* ------------------------------------------------------------- wrappers */

Test(records_legacy, nested_wrapper_is_invalid_record)
{
    struct kwriter inner, middle, in;
    kw_init(&inner);
    kw_init(&middle);
    kw_init(&in);
    put_sample(&inner, 1, 0);
    put_wrapper(&middle, 0, 1, CODEC_GZIP, 0, 0, &inner, NULL);
    put_wrapper(&in, 0, 1, CODEC_GZIP, 0, 0, &middle, NULL);
    struct rb_error e = convert_fail(&in, RB_ERR_LEGACY_NESTED);
    cr_assert_eq(rb_err_kerr(e.code), KERR_INVALID_RECORD);
    kw_destroy(&inner);
    kw_destroy(&middle);
    kw_destroy(&in);
}

Test(records_legacy, a_wrapper_must_be_alone)
{
    struct kwriter inner, in;
    kw_init(&inner);
    kw_init(&in);
    put_sample(&inner, 0, 0);
    put_wrapper(&in, 0, 0, CODEC_GZIP, 0, 0, &inner, NULL);
    put_wrapper(&in, 0, 0, CODEC_GZIP, 0, 0, &inner, NULL);
    struct rb_error e = convert_fail(&in, RB_ERR_MULTIPLE_BATCHES);
    cr_assert_eq(rb_err_kerr(e.code), KERR_INVALID_RECORD);
    kw_reset(&in);
    struct lm m = {0, 0, 0, 0, "k", "v"};
    put_msg(&in, &m);
    put_wrapper(&in, 0, 0, CODEC_LZ4, 0, 0, &inner, NULL);
    e = convert_fail(&in, RB_ERR_MULTIPLE_BATCHES);
    cr_assert_gt(e.batch_at, 0);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, wrapper_with_null_value_empty_set_or_garbage)
{
    struct kwriter in;
    kw_init(&in);
    put_msg_raw(&in, 0, 1, CODEC_GZIP, 0, NULL, -1, NULL, -1);
    struct rb_error e = convert_fail(&in, RB_ERR_RECORD);
    cr_assert_eq(rb_err_kerr(e.code), KERR_INVALID_RECORD);
    /* A compressed empty set: no records. */
    struct kwriter empty;
    kw_init(&empty);
    kw_reset(&in);
    put_wrapper(&in, 0, 1, CODEC_GZIP, 0, 0, &empty, NULL);
    e = convert_fail(&in, RB_ERR_COUNT);
    cr_assert_eq(rb_err_kerr(e.code), KERR_INVALID_RECORD);
    for (int codec = CODEC_GZIP; codec <= CODEC_LZ4; codec++) {
        kw_reset(&in);
        put_msg_raw(&in, 0, 0, (int8_t)codec, 0, NULL, -1, "not compressed at all", 21);
        e = convert_fail(&in, RB_ERR_DECOMPRESS);
        cr_assert_eq(rb_err_kerr(e.code), KERR_INVALID_RECORD);
    }
    kw_destroy(&empty);
    kw_destroy(&in);
}

Test(records_legacy, inner_set_cut_short_is_corrupt)
{
    struct kwriter inner, in;
    kw_init(&inner);
    kw_init(&in);
    put_sample(&inner, 0, 0);
    inner.len -= 3;
    put_wrapper(&in, 0, 0, CODEC_SNAPPY, 0, 0, &inner, NULL);
    struct rb_error e = convert_fail(&in, RB_ERR_TRUNCATED);
    cr_assert_eq(rb_err_kerr(e.code), KERR_CORRUPT_MESSAGE);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, magic1_wrapper_offset_below_last_inner_offset)
{
    struct kwriter inner, in;
    kw_init(&inner);
    kw_init(&in);
    put_sample(&inner, 1, 0); /* inner offsets 0..3 */
    put_wrapper(&in, 2, 1, CODEC_GZIP, 0, 0, &inner, NULL);
    struct rb_error e = convert_fail(&in, RB_ERR_OFFSET_DELTA);
    cr_assert_eq(rb_err_kerr(e.code), KERR_INVALID_RECORD);
    /* Magic 0 inner offsets are absolute: no such rule. */
    kw_reset(&inner);
    kw_reset(&in);
    put_sample(&inner, 0, 0);
    put_wrapper(&in, 2, 0, CODEC_GZIP, 0, 0, &inner, NULL);
    struct conv_result res;
    convert_ok(&in, &res);
    conv_free(&res);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, decompression_bomb_is_message_too_large_and_bounded)
{
    size_t big = 4u << 20;
    uint8_t *zeros = calloc(1, big);
    /* One message whose value is 4 MiB of zeros, compressed. */
    struct kwriter inner;
    kw_init(&inner);
    put_msg_raw(&inner, 0, 1, 0, 0, NULL, -1, zeros, (int32_t)big);
    for (int codec = CODEC_GZIP; codec <= CODEC_LZ4; codec++) {
        struct kwriter in;
        kw_init(&in);
        put_wrapper(&in, 0, 1, codec, 0, 0, &inner, NULL);
        cr_assert_lt(in.len, 300 * 1024, "%s: a small input", codec_name(codec));
        struct rb_limits lim;
        rb_limits_producer(&lim, 1 << 20);
        lim.max_uncompressed_bytes = 256 * 1024;
        struct rb_scratch s;
        rb_scratch_init(&s);
        struct kwriter out;
        kw_init(&out);
        struct rb_error e;
        cr_assert_lt(rb_upconvert_legacy(in.buf, in.len, &lim, &s, &out, NULL, &e), 0);
        cr_assert_eq(e.code, RB_ERR_INFLATE_LIMIT, "%s: %s", codec_name(codec),
                     rb_err_message(e.code));
        cr_assert_eq(rb_err_kerr(e.code), KERR_MESSAGE_TOO_LARGE);
        cr_assert_eq(s.buf.len, 0);
        cr_assert_leq(s.buf.cap, 2 * lim.max_uncompressed_bytes + 64 * 1024,
                      "%s: allocated %zu", codec_name(codec), s.buf.cap);
        cr_assert_eq(out.len, 0);
        /* With room for it, the same set converts. */
        rb_limits_producer(&lim, 8u << 20);
        cr_assert_eq(rb_upconvert_legacy(in.buf, in.len, &lim, &s, &out, NULL, &e), 0,
                     "%s", codec_name(codec));
        rb_scratch_destroy(&s);
        kw_destroy(&out);
        kw_destroy(&in);
    }
    kw_destroy(&inner);
    free(zeros);
}

/* ------------------------------------------------------------- KAFKA-3160 */

/* XXH32 for inputs under 16 bytes, as the xxHash specification gives it:
 * an oracle independent of compress_lz4.c's. */
static uint32_t rotl(uint32_t x, int r)
{
    return (x << r) | (x >> (32 - r));
}

static uint32_t xxh32_short(const uint8_t *p, size_t len)
{
    const uint32_t p1 = 2654435761u, p2 = 2246822519u, p3 = 3266489917u, p4 = 668265263u,
                   p5 = 374761393u;
    uint32_t h = p5 + (uint32_t)len;
    size_t i = 0;
    for (; i + 4 <= len; i += 4) {
        uint32_t w = (uint32_t)p[i] | (uint32_t)p[i + 1] << 8 | (uint32_t)p[i + 2] << 16 |
                     (uint32_t)p[i + 3] << 24;
        h = rotl(h + w * p3, 17) * p4;
    }
    for (; i < len; i++)
        h = rotl(h + p[i] * p5, 11) * p1;
    h ^= h >> 15;
    h *= p2;
    h ^= h >> 13;
    h *= p3;
    h ^= h >> 16;
    return h;
}

Test(records_legacy, xxh32_oracle_matches_known_values)
{
    cr_assert_eq(xxh32_short((const uint8_t *)"", 0), 0x02CC5D05u);
    /* The frame header everyone knows: FLG 0x60, BD 0x40 -> HC 0x82. */
    const uint8_t d[2] = {0x60, 0x40};
    cr_assert_eq((xxh32_short(d, 2) >> 8) & 0xff, 0x82);
}

/* An LZ4 frame as the pre-0.10 Java client wrote it: FLG 0x60 (version 1,
 * independent blocks), BD 0x40 (64 KiB), the KAFKA-3160 HC (hashed over
 * the magic too), one uncompressed block, the end mark. */
static void old_java_lz4(struct kwriter *w, const struct kwriter *data, bool broken_hc)
{
    size_t start = w->len;
    static const uint8_t magic[4] = {0x04, 0x22, 0x4d, 0x18};
    kw_raw(w, magic, 4);
    kw_i8(w, 0x60);
    kw_i8(w, 0x40);
    uint32_t h = broken_hc ? xxh32_short(w->buf + start, 6) : xxh32_short(w->buf + start + 4, 2);
    kw_i8(w, (int8_t)((h >> 8) & 0xff));
    uint8_t le[4];
    uint32_t size = (uint32_t)data->len | 0x80000000u; /* stored, not compressed */
    for (int i = 0; i < 4; i++)
        le[i] = (uint8_t)(size >> (8 * i));
    kw_raw(w, le, 4);
    kw_raw(w, data->buf, data->len);
    kw_u32(w, 0);
}

static void lz4_wrapper(struct kwriter *in, int8_t magic, const struct kwriter *inner,
                        bool broken_hc)
{
    struct kwriter z;
    kw_init(&z);
    old_java_lz4(&z, inner, broken_hc);
    put_msg_raw(in, 0, magic, CODEC_LZ4, 0, NULL, -1, z.buf, (int32_t)z.len);
    kw_destroy(&z);
}

Test(records_legacy, kafka3160_lz4_header_checksum_accepted_in_magic0_only)
{
    struct kwriter inner, in;
    kw_init(&inner);
    kw_init(&in);
    put_sample(&inner, 0, 0);
    lz4_wrapper(&in, 0, &inner, false);
    struct conv_result res;
    convert_ok(&in, &res); /* a correct header: fine everywhere */
    conv_free(&res);
    kw_reset(&in);
    lz4_wrapper(&in, 0, &inner, true);
    convert_ok(&in, &res);
    cr_assert_eq(res.batch.codec, CODEC_LZ4);
    struct want w[NSAMPLE];
    sample_want(w, 0, 0);
    expect_records(&res, w, NSAMPLE);
    conv_free(&res);
    /* Magic 1 clients wrote the right checksum: the broken one is refused. */
    kw_reset(&inner);
    put_sample(&inner, 1, 0);
    kw_reset(&in);
    lz4_wrapper(&in, 1, &inner, true);
    struct rb_error e = convert_fail(&in, RB_ERR_DECOMPRESS);
    cr_assert_eq(rb_err_kerr(e.code), KERR_INVALID_RECORD);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, kafka3160_tolerance_is_that_value_and_no_other)
{
    struct kwriter inner, in;
    kw_init(&inner);
    kw_init(&in);
    put_sample(&inner, 0, 0);
    lz4_wrapper(&in, 0, &inner, false);
    /* HC sits at byte 6 of the frame; the frame is the value, after the
     * 12 + 4 + 1 + 1 + 4 (null key) + 4 (value length) bytes. */
    size_t hc_at = 12 + 4 + 1 + 1 + 4 + 4 + 6;
    uint8_t right = in.buf[hc_at];
    const uint8_t magic_flg_bd[6] = {0x04, 0x22, 0x4d, 0x18, 0x60, 0x40};
    uint8_t broken = (uint8_t)(xxh32_short(magic_flg_bd, 6) >> 8);
    cr_assert_neq(right, broken);
    int accepted = 0;
    for (int v = 0; v < 256; v++) {
        in.buf[hc_at] = (uint8_t)v;
        refresh_crc(&in, 0);
        struct kwriter out;
        kw_init(&out);
        struct rb_limits lim;
        rb_limits_producer(&lim, 1 << 20);
        struct rb_error e;
        if (rb_upconvert_legacy(in.buf, in.len, &lim, NULL, &out, NULL, &e) == 0) {
            cr_assert(v == right || v == broken, "HC 0x%02x accepted", v);
            accepted++;
        } else {
            cr_assert_eq(e.code, RB_ERR_DECOMPRESS);
        }
        kw_destroy(&out);
    }
    cr_assert_eq(accepted, 2);
    kw_destroy(&inner);
    kw_destroy(&in);
}

Test(records_legacy, every_reason_used_here_maps_as_documented)
{
    cr_assert_eq(rb_err_kerr(RB_ERR_LEGACY_MAGIC), KERR_INVALID_RECORD);
    cr_assert_eq(rb_err_kerr(RB_ERR_LEGACY_NESTED), KERR_INVALID_RECORD);
    cr_assert_eq(rb_err_kerr(RB_ERR_TIMESTAMP), KERR_INVALID_TIMESTAMP);
    cr_assert_eq(rb_err_kerr(RB_ERR_CRC), KERR_CORRUPT_MESSAGE);
    cr_assert_eq(rb_err_kerr(RB_ERR_TRUNCATED), KERR_CORRUPT_MESSAGE);
    cr_assert_eq(rb_err_kerr(RB_ERR_INFLATE_LIMIT), KERR_MESSAGE_TOO_LARGE);
    cr_assert_eq(rb_err_kerr(RB_ERR_CODEC), KERR_UNSUPPORTED_COMPRESSION_TYPE);
}
