/*
 * test_records.c - RecordBatch v2: build/validate/iterate round trips for
 * every codec, and one test per way a batch or record can be wrong, each
 * expecting the exact reason and Kafka error.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/crc32c.h"
#include "protocol/records.h"
#include "protocol/status.h"

/* ------------------------------------------------------------- helpers */

static void put_be(uint8_t *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
}

static void fix_crc(uint8_t *b, size_t n)
{
    put_be(b + RB_OFF_CRC, crc32c(0, b + RB_OFF_ATTRIBUTES, n - RB_OFF_ATTRIBUTES), 4);
}

struct hdr_fields {
    int64_t base_offset;
    int16_t attrs;
    int32_t lod;
    int32_t count;
    int64_t pid;
    int16_t epoch;
    int32_t seq;
};

#define HF_DEFAULT(n) ((struct hdr_fields){0, 0, (n)-1, (n), -1, -1, -1})

/* A batch around hand-made record bytes, with a correct CRC. */
static void raw_batch(struct kwriter *w, struct hdr_fields h, const void *recs, size_t n)
{
    size_t start = w->len;
    kw_i64(w, h.base_offset);
    kw_i32(w, (int32_t)(RB_MIN_BATCH_LENGTH + n));
    kw_i32(w, 0);
    kw_i8(w, 2);
    kw_u32(w, 0);
    kw_i16(w, h.attrs);
    kw_i32(w, h.lod);
    kw_i64(w, 1000);
    kw_i64(w, 1000);
    kw_i64(w, h.pid);
    kw_i16(w, h.epoch);
    kw_i32(w, h.seq);
    kw_i32(w, h.count);
    kw_raw(w, recs, n);
    fix_crc(w->buf + start, w->len - start);
}

/* Validate with producer rules (1 MiB limit), expecting reason code. */
static void expect_produce(const uint8_t *p, size_t n, enum rb_err code)
{
    struct rb_limits lim;
    rb_limits_producer(&lim, 1 << 20);
    struct rb_batch b;
    struct rb_error e;
    int rc = rb_validate(p, n, &lim, NULL, &b, &e);
    char msg[160];
    cr_assert_eq(e.code, code, "expected %s, got %s", rb_err_message(code),
                 rb_error_format(&e, msg, sizeof msg));
    cr_assert_eq(rc, rb_err_status(code));
}

static void expect_raw(struct hdr_fields h, const void *recs, size_t n, enum rb_err code)
{
    struct kwriter w;
    kw_init(&w);
    raw_batch(&w, h, recs, n);
    expect_produce(w.buf, w.len, code);
    kw_destroy(&w);
}

/* A fixed set of records exercising nulls, empties and headers. */
static const struct rb_hdr hdrs2[] = {
    {{"trace", 5}, {(const uint8_t *)"abc", 3}},
    {{"empty", 5}, {NULL, -1}},
};
static const struct rb_hdr hdrs1[] = {{{"", 0}, {(const uint8_t *)"", 0}}};

static struct rb_rec_in sample_recs[] = {
    {1700000000000, {(const uint8_t *)"k0", 2}, {(const uint8_t *)"value zero", 10}, hdrs2, 2},
    {1700000000005, {NULL, -1}, {(const uint8_t *)"no key", 6}, NULL, 0},
    {1699999999990, {(const uint8_t *)"k2", 2}, {NULL, -1}, hdrs1, 1},
    {1700000000001, {(const uint8_t *)"", 0}, {(const uint8_t *)"", 0}, NULL, 0},
};
#define NSAMPLE 4

static void build(struct kwriter *w, const struct rb_build *b, const struct rb_rec_in *r, int n)
{
    cr_assert_eq(rb_build_batch(b, r, n, w), 0);
}

static void build_sample(struct kwriter *w, int codec)
{
    struct rb_build b;
    rb_build_init(&b);
    b.codec = codec;
    build(w, &b, sample_recs, NSAMPLE);
}

/* Iterate batch b and compare with the input records. */
static void assert_same_records(const struct rb_batch *b, const struct rb_rec_in *r, int n)
{
    struct rb_scratch scratch;
    rb_scratch_init(&scratch);
    struct rb_iter it;
    struct rb_error e;
    cr_assert_eq(rb_iter_init(&it, b, &scratch, 0, &e), 0);
    struct rb_record rec;
    int i = 0;
    int rc;
    while ((rc = rb_iter_next(&it, &rec, &e)) == 1) {
        cr_assert_lt(i, n);
        cr_assert_eq(rec.offset, b->base_offset + i);
        cr_assert_eq(rec.offset_delta, i);
        cr_assert_eq(rec.timestamp, r[i].timestamp_ms);
        cr_assert(kbytes_eq(rec.key, r[i].key), "record %d key", i);
        cr_assert(kbytes_eq(rec.value, r[i].value), "record %d value", i);
        cr_assert_eq(rec.header_count, r[i].header_count);
        struct rb_hdr_iter hi;
        rb_hdr_iter_init(&hi, &rec);
        struct rb_hdr h;
        int j = 0;
        while (rb_hdr_next(&hi, &h)) {
            cr_assert(kstr_eq(h.key, r[i].headers[j].key));
            cr_assert(kbytes_eq(h.value, r[i].headers[j].value));
            j++;
        }
        cr_assert_eq(j, r[i].header_count);
        i++;
    }
    cr_assert_eq(rc, 0);
    cr_assert_eq(i, n);
    rb_scratch_destroy(&scratch);
}

/* ------------------------------------------------------------- round trips */

static void round_trip(int codec, bool snappy_raw)
{
    struct kwriter w;
    kw_init(&w);
    struct rb_build bo;
    rb_build_init(&bo);
    bo.codec = codec;
    bo.codec_opts.snappy_raw = snappy_raw;
    bo.producer_id = 42;
    bo.producer_epoch = 3;
    bo.base_sequence = 100;
    build(&w, &bo, sample_recs, NSAMPLE);
    struct rb_limits lim;
    rb_limits_producer(&lim, 1 << 20);
    struct rb_batch b;
    struct rb_error e;
    struct rb_scratch scratch;
    rb_scratch_init(&scratch);
    cr_assert_eq(rb_validate(w.buf, w.len, &lim, &scratch, &b, &e), 0, "%s: %s", codec_name(codec),
                 rb_err_message(e.code));
    cr_assert_eq(scratch.buf.len, 0, "validation leaves the scratch as it was");
    cr_assert_eq(b.size_bytes, w.len);
    cr_assert_eq(b.codec, codec);
    cr_assert_eq(b.records_count, NSAMPLE);
    cr_assert_eq(b.last_offset_delta, NSAMPLE - 1);
    cr_assert_eq(b.producer_id, 42);
    cr_assert_eq(b.producer_epoch, 3);
    cr_assert_eq(b.base_sequence, 100);
    cr_assert_eq(b.base_timestamp, 1700000000000);
    cr_assert_eq(b.first_timestamp, 1700000000000);
    cr_assert_eq(b.max_timestamp, 1700000000005);
    cr_assert_eq(b.records_max_timestamp, 1700000000005);
    cr_assert(b.has_null_key);
    cr_assert(!b.control && !b.transactional && !b.log_append_time);
    cr_assert_eq(b.control_type, -1);
    cr_assert_gt(b.uncompressed_bytes, 0);
    if (codec == CODEC_NONE)
        cr_assert_eq(b.uncompressed_bytes, b.records_bytes);
    assert_same_records(&b, sample_recs, NSAMPLE);
    rb_scratch_destroy(&scratch);
    kw_destroy(&w);
}

Test(records, round_trips_uncompressed)
{
    round_trip(CODEC_NONE, false);
}
Test(records, round_trips_gzip)
{
    round_trip(CODEC_GZIP, false);
}
Test(records, round_trips_snappy_xerial)
{
    round_trip(CODEC_SNAPPY, false);
}
Test(records, round_trips_snappy_raw)
{
    round_trip(CODEC_SNAPPY, true);
}
Test(records, round_trips_lz4)
{
    round_trip(CODEC_LZ4, false);
}
Test(records, round_trips_zstd)
{
    round_trip(CODEC_ZSTD, false);
}

Test(records, big_batches_round_trip_for_every_codec)
{
    enum { N = 1000 };
    static struct rb_rec_in recs[N];
    static uint8_t vals[N][100];
    for (int i = 0; i < N; i++) {
        memset(vals[i], 'a' + i % 26, sizeof vals[i]);
        recs[i] = (struct rb_rec_in){1000 + i, {NULL, -1}, {vals[i], 100}, NULL, 0};
    }
    for (int codec = 0; codec < CODEC_COUNT; codec++) {
        struct kwriter w;
        kw_init(&w);
        struct rb_build bo;
        rb_build_init(&bo);
        bo.codec = codec;
        build(&w, &bo, recs, N);
        struct rb_batch b;
        struct rb_error e;
        cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, &e), 0);
        cr_assert_eq(b.records_count, N);
        assert_same_records(&b, recs, N);
        kw_destroy(&w);
    }
}

Test(records, builder_refuses_bad_input)
{
    struct kwriter w;
    kw_init(&w);
    struct rb_build bo;
    rb_build_init(&bo);
    cr_assert_eq(rb_build_batch(&bo, sample_recs, 0, &w), -E_INVAL);
    struct rb_rec_in bad = {0, {NULL, -2}, {NULL, -1}, NULL, 0};
    cr_assert_eq(rb_build_batch(&bo, &bad, 1, &w), -E_INVAL);
    struct rb_hdr nullkey = {{NULL, -1}, {NULL, -1}};
    struct rb_rec_in bad2 = {0, {NULL, -1}, {NULL, -1}, &nullkey, 1};
    cr_assert_eq(rb_build_batch(&bo, &bad2, 1, &w), -E_INVAL);
    bo.codec = 5;
    cr_assert_eq(rb_build_batch(&bo, sample_recs, 1, &w), -E_INVAL);
    cr_assert_eq(w.len, 0);
    kw_destroy(&w);
}

/* ------------------------------------------------------------- framing */

Test(records, rejects_bad_crc)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_NONE);
    w.buf[w.len - 3] ^= 0x40;
    expect_produce(w.buf, w.len, RB_ERR_CRC);
    cr_assert_eq(rb_err_kerr(RB_ERR_CRC), KERR_CORRUPT_MESSAGE);
    /* The CRC field itself damaged. */
    w.buf[w.len - 3] ^= 0x40;
    w.buf[RB_OFF_CRC] ^= 1;
    expect_produce(w.buf, w.len, RB_ERR_CRC);
    kw_destroy(&w);
}

Test(records, crc_does_not_cover_base_offset_and_leader_epoch)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_LZ4);
    rb_set_base_offset(w.buf, 123456789);
    rb_set_leader_epoch(w.buf, 17);
    struct rb_batch b;
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, NULL), 0);
    cr_assert_eq(b.base_offset, 123456789);
    cr_assert_eq(b.partition_leader_epoch, 17);
    assert_same_records(&b, sample_recs, NSAMPLE);
    /* A producer must send baseOffset 0. */
    expect_produce(w.buf, w.len, RB_ERR_BASE_OFFSET);
    kw_destroy(&w);
}

Test(records, rejects_truncated_batch)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_NONE);
    expect_produce(w.buf, w.len - 1, RB_ERR_TRUNCATED);
    expect_produce(w.buf, 16, RB_ERR_TRUNCATED);
    expect_produce(w.buf, 0, RB_ERR_TRUNCATED);
    cr_assert_eq(rb_err_kerr(RB_ERR_TRUNCATED), KERR_CORRUPT_MESSAGE);
    kw_destroy(&w);
}

Test(records, rejects_batch_length_below_header)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_NONE);
    put_be(w.buf + RB_OFF_BATCH_LENGTH, RB_MIN_BATCH_LENGTH - 1, 4);
    expect_produce(w.buf, w.len, RB_ERR_BATCH_LENGTH);
    put_be(w.buf + RB_OFF_BATCH_LENGTH, (uint32_t)-5, 4);
    expect_produce(w.buf, w.len, RB_ERR_BATCH_LENGTH);
    size_t size;
    cr_assert_eq(rb_peek_size(w.buf, w.len, &size), -E_CORRUPT);
    cr_assert_eq(rb_peek_size(w.buf, 11, &size), -E_AGAIN);
    kw_destroy(&w);
}

Test(records, rejects_bad_and_old_magic)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_NONE);
    w.buf[RB_OFF_MAGIC] = 3;
    expect_produce(w.buf, w.len, RB_ERR_MAGIC);
    w.buf[RB_OFF_MAGIC] = 0xff;
    expect_produce(w.buf, w.len, RB_ERR_MAGIC);
    w.buf[RB_OFF_MAGIC] = 1;
    expect_produce(w.buf, w.len, RB_ERR_OLD_MAGIC);
    cr_assert_eq(rb_err_kerr(RB_ERR_OLD_MAGIC), KERR_INVALID_RECORD);
    kw_destroy(&w);
}

Test(records, rejects_unknown_codec)
{
    for (int codec = 5; codec <= 7; codec++) {
        struct kwriter w;
        kw_init(&w);
        build_sample(&w, CODEC_NONE);
        w.buf[RB_OFF_ATTRIBUTES + 1] |= (uint8_t)codec;
        fix_crc(w.buf, w.len);
        expect_produce(w.buf, w.len, RB_ERR_CODEC);
        kw_destroy(&w);
    }
    cr_assert_eq(rb_err_kerr(RB_ERR_CODEC), KERR_UNSUPPORTED_COMPRESSION_TYPE);
}

Test(records, rejects_unused_attribute_bits)
{
    for (int bit = 7; bit <= 15; bit++) {
        struct kwriter w;
        kw_init(&w);
        build_sample(&w, CODEC_NONE);
        uint16_t attrs = (uint16_t)(1u << bit);
        w.buf[RB_OFF_ATTRIBUTES] |= (uint8_t)(attrs >> 8);
        w.buf[RB_OFF_ATTRIBUTES + 1] |= (uint8_t)attrs;
        fix_crc(w.buf, w.len);
        expect_produce(w.buf, w.len, RB_ERR_ATTRIBUTES);
        kw_destroy(&w);
    }
    cr_assert_eq(rb_err_kerr(RB_ERR_ATTRIBUTES), KERR_INVALID_RECORD);
}

Test(records, rejects_batch_over_max_message_bytes)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_NONE);
    struct rb_limits lim;
    rb_limits_producer(&lim, w.len - 1);
    struct rb_batch b;
    struct rb_error e;
    cr_assert_eq(rb_validate(w.buf, w.len, &lim, NULL, &b, &e), -E_TOOBIG);
    cr_assert_eq(e.code, RB_ERR_TOO_LARGE);
    cr_assert_eq(rb_err_kerr(e.code), KERR_MESSAGE_TOO_LARGE);
    rb_limits_producer(&lim, w.len);
    cr_assert_eq(rb_validate(w.buf, w.len, &lim, NULL, &b, &e), 0);
    kw_destroy(&w);
}

/* ------------------------------------------------------------- batch rules */

Test(records, rejects_control_batch_from_producer)
{
    struct kwriter w;
    kw_init(&w);
    cr_assert_eq(rb_build_txn_marker(&w, 7, 1, true, 5, 1700000000000), 0);
    expect_produce(w.buf, w.len, RB_ERR_CONTROL);
    cr_assert_eq(rb_err_kerr(RB_ERR_CONTROL), KERR_INVALID_RECORD);
    /* The coordinator (allow_control, not producer rules: markers carry
     * no sequence) may write it. */
    struct rb_limits lim = {.max_batch_bytes = 1 << 20, .allow_control = true};
    struct rb_batch b;
    struct rb_error e;
    cr_assert_eq(rb_validate(w.buf, w.len, &lim, NULL, &b, &e), 0);
    cr_assert(b.control && b.transactional);
    cr_assert_eq(b.control_type, RB_CONTROL_COMMIT);
    cr_assert_eq(b.producer_id, 7);
    cr_assert_eq(b.records_count, 1);
    kw_destroy(&w);
}

Test(records, txn_abort_marker_layout)
{
    struct kwriter w;
    kw_init(&w);
    cr_assert_eq(rb_build_txn_marker(&w, 9, 2, false, 0x01020304, 5), 0);
    struct rb_batch b;
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, NULL), 0);
    cr_assert_eq(b.control_type, RB_CONTROL_ABORT);
    struct rb_iter it;
    struct rb_record rec;
    cr_assert_eq(rb_iter_init(&it, &b, NULL, 0, NULL), 0);
    cr_assert_eq(rb_iter_next(&it, &rec, NULL), 1);
    cr_assert_eq(rec.key.len, 4);
    cr_assert(memcmp(rec.key.ptr, "\0\0\0\0", 4) == 0);
    cr_assert_eq(rec.value.len, 6);
    cr_assert(memcmp(rec.value.ptr, "\0\0\x01\x02\x03\x04", 6) == 0);
    cr_assert_eq(rb_iter_next(&it, &rec, NULL), 0);
    kw_destroy(&w);
}

Test(records, rejects_malformed_control_record)
{
    static const uint8_t rec[] = {0x10, 0, 0, 0, 0x04, 0, 1, 0x01, 0}; /* 2-byte key */
    struct kwriter w;
    kw_init(&w);
    struct hdr_fields h = HF_DEFAULT(1);
    h.attrs = RB_ATTR_CONTROL | RB_ATTR_TRANSACTIONAL;
    raw_batch(&w, h, rec, sizeof rec);
    struct rb_batch b;
    struct rb_error e;
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, &e), -E_CORRUPT);
    cr_assert_eq(e.code, RB_ERR_CONTROL_RECORD);
    kw_destroy(&w);
}

Test(records, rejects_zero_and_negative_record_count_from_producer)
{
    expect_raw((struct hdr_fields){0, 0, -1, 0, -1, -1, -1}, NULL, 0, RB_ERR_OFFSET_RANGE);
    expect_raw((struct hdr_fields){0, 0, 0, 0, -1, -1, -1}, NULL, 0, RB_ERR_COUNT);
    expect_raw((struct hdr_fields){0, 0, 0, -1, -1, -1, -1}, NULL, 0, RB_ERR_COUNT);
}

Test(records, rejects_last_offset_delta_inconsistent_with_count)
{
    static const uint8_t two[] = {0x0c, 0, 0, 0, 1, 1, 0, 0x0c, 0, 0, 2, 1, 1, 0};
    expect_raw((struct hdr_fields){0, 0, 2, 2, -1, -1, -1}, two, sizeof two, RB_ERR_OFFSET_RANGE);
    expect_raw((struct hdr_fields){0, 0, 1, 2, -1, -1, -1}, two, sizeof two, RB_OK);
}

Test(records, rejects_negative_sequence_with_producer_id)
{
    static const uint8_t one[] = {0x0c, 0, 0, 0, 1, 1, 0};
    expect_raw((struct hdr_fields){0, 0, 0, 1, 5, 0, -1}, one, sizeof one, RB_ERR_SEQUENCE);
    expect_raw((struct hdr_fields){0, 0, 0, 1, 5, 0, 0}, one, sizeof one, RB_OK);
    /* kafkajs sends producer epoch/sequence 0 without a producer id. */
    expect_raw((struct hdr_fields){0, 0, 0, 1, -1, 0, 0}, one, sizeof one, RB_OK);
}

Test(records, rejects_offset_delta_out_of_order_from_producer)
{
    /* Two records both with offsetDelta 0. */
    static const uint8_t two[] = {0x0c, 0, 0, 0, 1, 1, 0, 0x0c, 0, 0, 0, 1, 1, 0};
    expect_raw(HF_DEFAULT(2), two, sizeof two, RB_ERR_OFFSET_DELTA);
    cr_assert_eq(rb_err_kerr(RB_ERR_OFFSET_DELTA), KERR_INVALID_RECORD);
}

Test(records, compacted_shapes_accepted_from_the_log_only)
{
    /* Two records at deltas 0 and 4 of a span of 6 (compaction removed
     * the rest). */
    static const uint8_t gap[] = {0x0c, 0, 0, 0, 1, 1, 0, 0x0c, 0, 0, 8, 1, 1, 0};
    struct kwriter w;
    kw_init(&w);
    raw_batch(&w, (struct hdr_fields){100, 0, 5, 2, -1, -1, -1}, gap, sizeof gap);
    struct rb_batch b;
    struct rb_error e;
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, &e), 0);
    struct rb_iter it;
    struct rb_record rec;
    cr_assert_eq(rb_iter_init(&it, &b, NULL, 0, NULL), 0);
    cr_assert_eq(rb_iter_next(&it, &rec, NULL), 1);
    cr_assert_eq(rec.offset, 100);
    cr_assert_eq(rb_iter_next(&it, &rec, NULL), 1);
    cr_assert_eq(rec.offset, 104);
    put_be(w.buf, 0, 8);
    expect_produce(w.buf, w.len, RB_ERR_OFFSET_RANGE);
    kw_reset(&w);
    /* A delta past lastOffsetDelta is wrong even from the log. */
    raw_batch(&w, (struct hdr_fields){0, 0, 3, 2, -1, -1, -1}, gap, sizeof gap);
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, &e), -E_INVAL);
    cr_assert_eq(e.code, RB_ERR_OFFSET_DELTA);
    cr_assert_eq(e.record, 1);
    kw_destroy(&w);
}

Test(records, empty_records_section)
{
    /* A batch emptied by compaction: no records, span kept. */
    struct kwriter w;
    kw_init(&w);
    raw_batch(&w, (struct hdr_fields){50, 0, 2, 0, 9, 1, 4}, NULL, 0);
    cr_assert_eq(w.len, RB_HEADER_BYTES);
    struct rb_batch b;
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, NULL), 0);
    cr_assert_eq(b.records_bytes, 0);
    cr_assert_eq(b.first_timestamp, -1);
    struct rb_iter it;
    struct rb_record rec;
    cr_assert_eq(rb_iter_init(&it, &b, NULL, 0, NULL), 0);
    cr_assert_eq(rb_iter_next(&it, &rec, NULL), 0);
    /* From a producer it is refused. */
    put_be(w.buf, 0, 8);
    expect_produce(w.buf, w.len, RB_ERR_COUNT);
    /* The same with a codec set and nothing to decompress. */
    kw_reset(&w);
    raw_batch(&w, (struct hdr_fields){50, CODEC_ZSTD, 2, 0, 9, 1, 4}, NULL, 0);
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, NULL), 0);
    cr_assert_eq(b.uncompressed_bytes, 0);
    /* Records declared but none present. */
    kw_reset(&w);
    raw_batch(&w, HF_DEFAULT(1), NULL, 0);
    expect_produce(w.buf, w.len, RB_ERR_RECORD_COUNT);
    kw_destroy(&w);
}

/* ------------------------------------------------------------- records */

Test(records, accepts_minimal_record)
{
    static const uint8_t one[] = {0x0c, 0, 0, 0, 1, 1, 0}; /* null key, null value */
    expect_raw(HF_DEFAULT(1), one, sizeof one, RB_OK);
}

Test(records, rejects_truncated_record)
{
    static const uint8_t rec[] = {0x14, 0, 0, 0, 1, 1, 0}; /* says 10, has 6 */
    expect_raw(HF_DEFAULT(1), rec, sizeof rec, RB_ERR_RECORD);
    cr_assert_eq(rb_err_kerr(RB_ERR_RECORD), KERR_INVALID_RECORD);
}

Test(records, rejects_record_length_mismatch)
{
    static const uint8_t longer[] = {0x0e, 0, 0, 0, 1, 1, 0, 0}; /* 7 for 6 bytes of fields */
    expect_raw(HF_DEFAULT(1), longer, sizeof longer, RB_ERR_RECORD);
    static const uint8_t shorter[] = {0x0a, 0, 0, 0, 1, 1, 0}; /* 5: header count outside */
    expect_raw(HF_DEFAULT(1), shorter, sizeof shorter, RB_ERR_RECORD);
    static const uint8_t negative[] = {0x03, 0, 0, 0, 1, 1, 0}; /* -2 */
    expect_raw(HF_DEFAULT(1), negative, sizeof negative, RB_ERR_RECORD);
}

Test(records, rejects_record_count_mismatch)
{
    static const uint8_t two[] = {0x0c, 0, 0, 0, 1, 1, 0, 0x0c, 0, 0, 2, 1, 1, 0};
    /* Three declared, two present. */
    expect_raw(HF_DEFAULT(3), two, sizeof two, RB_ERR_RECORD_COUNT);
    /* One declared, two present. */
    expect_raw(HF_DEFAULT(1), two, sizeof two, RB_ERR_RECORD_COUNT);
    /* A count no byte count could back is refused before walking. */
    struct kwriter w;
    kw_init(&w);
    raw_batch(&w, (struct hdr_fields){0, 0, 1000000, 1000001, -1, -1, -1}, two, sizeof two);
    struct rb_batch b;
    struct rb_error e;
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, &e), -E_CORRUPT);
    cr_assert_eq(e.code, RB_ERR_RECORD_COUNT);
    cr_assert_eq(e.record, -1);
    kw_destroy(&w);
}

Test(records, rejects_varint_overflow)
{
    /* A 6-byte varint as the record length. */
    static const uint8_t len6[] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0, 0, 0, 1, 1, 0};
    expect_raw(HF_DEFAULT(1), len6, sizeof len6, RB_ERR_RECORD);
    /* A 5-byte varint carrying more than 32 bits. */
    static const uint8_t big5[] = {0xff, 0xff, 0xff, 0xff, 0x1f, 0, 0, 0, 1, 1, 0};
    expect_raw(HF_DEFAULT(1), big5, sizeof big5, RB_ERR_RECORD);
    /* A 6-byte varint as the key length, inside the record. */
    static const uint8_t key6[] = {0x14, 0, 0, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 1, 0};
    expect_raw(HF_DEFAULT(1), key6, sizeof key6, RB_ERR_RECORD);
    /* An 11-byte varlong timestamp delta. */
    static const uint8_t ts11[] = {0x20, 0,    0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
                                   0x80, 0x80, 0x80, 0x00, 0,    1,    1,    0};
    expect_raw(HF_DEFAULT(1), ts11, sizeof ts11, RB_ERR_RECORD);
    /* Check the reason names it. */
    struct kwriter w;
    kw_init(&w);
    raw_batch(&w, HF_DEFAULT(1), len6, sizeof len6);
    struct rb_batch b;
    struct rb_error e;
    cr_assert_lt(rb_validate(w.buf, w.len, NULL, NULL, &b, &e), 0);
    char msg[128];
    cr_assert_str_eq(rb_error_format(&e, msg, sizeof msg),
                     "record 0: malformed record (varint overflow)");
    kw_destroy(&w);
}

Test(records, rejects_negative_lengths_other_than_null)
{
    static const uint8_t key[] = {0x0c, 0, 0, 0, 0x03, 1, 0}; /* key -2 */
    expect_raw(HF_DEFAULT(1), key, sizeof key, RB_ERR_RECORD);
    static const uint8_t value[] = {0x0c, 0, 0, 0, 1, 0x09, 0}; /* value -5 */
    expect_raw(HF_DEFAULT(1), value, sizeof value, RB_ERR_RECORD);
    static const uint8_t hcount[] = {0x0c, 0, 0, 0, 1, 1, 0x01}; /* -1 headers */
    expect_raw(HF_DEFAULT(1), hcount, sizeof hcount, RB_ERR_RECORD);
    static const uint8_t hval[] = {0x12, 0, 0, 0, 1, 1, 0x02, 0x02, 'h', 0x05}; /* value -3 */
    expect_raw(HF_DEFAULT(1), hval, sizeof hval, RB_ERR_RECORD);
}

Test(records, rejects_key_and_value_beyond_record)
{
    static const uint8_t key[] = {0x0c, 0, 0, 0, 0x08, 1, 0}; /* key of 4 in 2 bytes */
    expect_raw(HF_DEFAULT(1), key, sizeof key, RB_ERR_RECORD);
    static const uint8_t value[] = {0x0c, 0, 0, 0, 1, 0x04, 0}; /* value of 2 in 1 */
    expect_raw(HF_DEFAULT(1), value, sizeof value, RB_ERR_RECORD);
}

Test(records, rejects_headers_beyond_record_end)
{
    static const uint8_t count[] = {0x0e, 0, 0, 0, 1, 1, 0xc8, 0x01}; /* 100 headers */
    expect_raw(HF_DEFAULT(1), count, sizeof count, RB_ERR_RECORD);
    static const uint8_t hkey[] = {0x10, 0, 0, 0, 1, 1, 0x02, 0x14, 0x01}; /* key of 10 */
    expect_raw(HF_DEFAULT(1), hkey, sizeof hkey, RB_ERR_RECORD);
    /* Header fits the batch but not the record: the next record's bytes
     * cannot be borrowed. */
    static const uint8_t spill[] = {0x0e, 0, 0, 0, 1, 1, 0x02, 0x02, 'a', 0x01, 0, 0, 0, 1, 1, 0};
    expect_raw(HF_DEFAULT(2), spill, sizeof spill, RB_ERR_RECORD);
}

Test(records, rejects_null_header_key)
{
    static const uint8_t rec[] = {0x10, 0, 0, 0, 1, 1, 0x02, 0x01, 0x01};
    expect_raw(HF_DEFAULT(1), rec, sizeof rec, RB_ERR_RECORD);
    static const uint8_t ok[] = {0x10, 0, 0, 0, 1, 1, 0x02, 0x00, 0x01}; /* "" -> null */
    expect_raw(HF_DEFAULT(1), ok, sizeof ok, RB_OK);
}

/* ------------------------------------------------------------- compression */

/* A batch whose compressed records section is the given bytes. */
static void compressed_batch(struct kwriter *w, int codec, const void *payload, size_t n,
                             int32_t count)
{
    struct hdr_fields h = HF_DEFAULT(count);
    h.attrs = (int16_t)codec;
    raw_batch(w, h, payload, n);
}

Test(records, rejects_garbage_compressed_records)
{
    static const char junk[] = "definitely not a compressed stream of records";
    for (int codec = 1; codec < CODEC_COUNT; codec++) {
        struct kwriter w;
        kw_init(&w);
        compressed_batch(&w, codec, junk, sizeof junk, 1);
        expect_produce(w.buf, w.len, RB_ERR_DECOMPRESS);
        kw_destroy(&w);
    }
    cr_assert_eq(rb_err_kerr(RB_ERR_DECOMPRESS), KERR_INVALID_RECORD);
}

Test(records, rejects_decompression_bomb_for_every_codec)
{
    /* 16 MiB of identical records compress to a few KiB; validating under
     * a 1 MiB max.message.bytes with a 2 MiB cap must stop at the cap. */
    enum { N = 16384, V = 1024 };
    static uint8_t val[V];
    struct rb_rec_in *recs = calloc(N, sizeof *recs);
    for (int i = 0; i < N; i++)
        recs[i] = (struct rb_rec_in){0, {NULL, -1}, {val, V}, NULL, 0};
    for (int codec = 1; codec < CODEC_COUNT; codec++) {
        struct kwriter w;
        struct rb_scratch scratch;
        kw_init(&w);
        rb_scratch_init(&scratch);
        struct rb_build bo;
        rb_build_init(&bo);
        bo.codec = codec;
        build(&w, &bo, recs, N);
        cr_assert_lt(w.len, 1 << 20, "%s batch is %zu bytes", codec_name(codec), w.len);
        struct rb_limits lim;
        rb_limits_producer(&lim, 1 << 20);
        lim.max_uncompressed_bytes = 2 << 20;
        struct rb_batch b;
        struct rb_error e;
        cr_assert_eq(rb_validate(w.buf, w.len, &lim, &scratch, &b, &e), -E_TOOBIG, "%s",
                     codec_name(codec));
        cr_assert_eq(e.code, RB_ERR_INFLATE_LIMIT);
        cr_assert_leq(scratch.buf.cap, (4 << 20) + 65536, "%s scratch grew to %zu",
                      codec_name(codec), scratch.buf.cap);
        /* With room for it, the same batch is fine. */
        lim.max_uncompressed_bytes = 32 << 20;
        cr_assert_eq(rb_validate(w.buf, w.len, &lim, &scratch, &b, &e), 0);
        cr_assert_gt(b.uncompressed_bytes, (size_t)N * V);
        kw_destroy(&w);
        rb_scratch_destroy(&scratch);
    }
    cr_assert_eq(rb_err_kerr(RB_ERR_INFLATE_LIMIT), KERR_MESSAGE_TOO_LARGE);
    free(recs);
}

Test(records, default_inflate_cap_follows_max_message_bytes)
{
    struct rb_limits lim;
    rb_limits_producer(&lim, 1 << 20);
    cr_assert_eq(rb_limits_inflate_cap(&lim), (size_t)RB_INFLATE_FACTOR << 20);
    rb_limits_producer(&lim, (size_t)1 << 30);
    cr_assert_eq(rb_limits_inflate_cap(&lim), RB_INFLATE_CEILING);
    cr_assert_eq(rb_limits_inflate_cap(NULL), (size_t)RB_INFLATE_FACTOR << 20);
}

Test(records, xerial_snappy_batch_is_accepted)
{
    /* One record (key "k", value "v") as snappy-java frames it. */
    static const uint8_t rec[] = {0x10, 0, 0, 0, 0x02, 'k', 0x02, 'v', 0};
    struct kwriter payload;
    kw_init(&payload);
    static const uint8_t hdr[] = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0, 0, 0, 0, 1, 0, 0, 0, 1};
    kw_raw(&payload, hdr, sizeof hdr);
    kw_i32(&payload, 1 + 1 + (int32_t)sizeof rec);    /* length varint, literal tag, bytes */
    kw_i8(&payload, (int8_t)sizeof rec);              /* uncompressed length 9 */
    kw_i8(&payload, (int8_t)((sizeof rec - 1) << 2)); /* literal of 9 */
    kw_raw(&payload, rec, sizeof rec);
    struct kwriter w;
    kw_init(&w);
    compressed_batch(&w, CODEC_SNAPPY, payload.buf, payload.len, 1);
    expect_produce(w.buf, w.len, RB_OK);
    struct rb_batch b;
    cr_assert_eq(rb_parse(w.buf, w.len, NULL, &b, NULL), 0);
    struct rb_scratch scratch;
    rb_scratch_init(&scratch);
    struct rb_iter it;
    struct rb_record r;
    cr_assert_eq(rb_iter_init(&it, &b, &scratch, 0, NULL), 0);
    cr_assert_eq(rb_iter_next(&it, &r, NULL), 1);
    cr_assert(r.key.len == 1 && r.key.ptr[0] == 'k');
    cr_assert(r.value.len == 1 && r.value.ptr[0] == 'v');
    rb_scratch_destroy(&scratch);
    kw_destroy(&payload);
    kw_destroy(&w);
}

Test(records, compressed_batch_needs_scratch_to_iterate)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_GZIP);
    struct rb_batch b;
    cr_assert_eq(rb_parse(w.buf, w.len, NULL, &b, NULL), 0);
    struct rb_iter it;
    struct rb_error e;
    cr_assert_lt(rb_iter_init(&it, &b, NULL, 0, &e), 0);
    kw_destroy(&w);
}

/* ------------------------------------------------------------- produce */

static int produce(const uint8_t *p, size_t n, int16_t version, struct rb_error *e)
{
    struct rb_limits lim;
    rb_limits_producer(&lim, 1 << 20);
    struct rb_batch b;
    return rb_validate_produce(p, n, version, &lim, NULL, &b, e);
}

Test(records, produce_requires_exactly_one_batch)
{
    struct kwriter w;
    kw_init(&w);
    struct rb_error e;
    cr_assert_eq(produce(NULL, 0, 9, &e), -E_INVAL);
    cr_assert_eq(e.code, RB_ERR_NO_BATCH);
    build_sample(&w, CODEC_NONE);
    size_t one = w.len;
    cr_assert_eq(produce(w.buf, w.len, 9, &e), 0);
    build_sample(&w, CODEC_NONE);
    cr_assert_eq(produce(w.buf, w.len, 9, &e), -E_INVAL);
    cr_assert_eq(e.code, RB_ERR_MULTIPLE_BATCHES);
    cr_assert_str_eq(e.detail, "a second batch follows");
    cr_assert_eq(produce(w.buf, one + 5, 9, &e), -E_INVAL);
    cr_assert_eq(e.code, RB_ERR_MULTIPLE_BATCHES);
    cr_assert_str_eq(e.detail, "trailing bytes after the batch");
    cr_assert_eq(rb_err_kerr(RB_ERR_MULTIPLE_BATCHES), KERR_INVALID_RECORD);
    cr_assert_eq(rb_err_kerr(RB_ERR_NO_BATCH), KERR_INVALID_RECORD);
    kw_destroy(&w);
}

Test(records, produce_zstd_needs_v7)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_ZSTD);
    struct rb_error e;
    cr_assert_eq(produce(w.buf, w.len, 6, &e), -E_UNSUPPORTED);
    cr_assert_eq(e.code, RB_ERR_CODEC_VERSION);
    cr_assert_eq(rb_err_kerr(e.code), KERR_UNSUPPORTED_COMPRESSION_TYPE);
    cr_assert_eq(produce(w.buf, w.len, 7, &e), 0);
    kw_destroy(&w);
}

/* Kafka checks magic and zstd only from Produce v3 (ProduceRequest.
 * validateRecords); a v2 batch in v0-2 is validated like any other. */
Test(records, produce_v0_to_v2_accept_a_v2_batch_even_zstd)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_ZSTD);
    struct rb_error e;
    for (int16_t v = 0; v <= 2; v++)
        cr_assert_eq(produce(w.buf, w.len, v, &e), 0, "v%d", v);
    kw_reset(&w);
    build_sample(&w, CODEC_NONE);
    build_sample(&w, CODEC_NONE);
    cr_assert_eq(produce(w.buf, w.len, 1, &e), -E_INVAL);
    cr_assert_eq(e.code, RB_ERR_MULTIPLE_BATCHES);
    kw_reset(&w);
    build_sample(&w, CODEC_NONE);
    w.buf[RB_OFF_MAGIC] = 1; /* legacy sets go through rb_upconvert_legacy */
    cr_assert_lt(produce(w.buf, w.len, 2, &e), 0);
    cr_assert_eq(e.code, RB_ERR_OLD_MAGIC);
    kw_destroy(&w);
}

Test(records, produce_checks_magic_before_crc)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_NONE);
    w.buf[RB_OFF_MAGIC] = 1;
    struct rb_error e;
    cr_assert_lt(produce(w.buf, w.len, 9, &e), 0);
    cr_assert_eq(e.code, RB_ERR_OLD_MAGIC);
    kw_destroy(&w);
}

/* ------------------------------------------------------------- scanning */

Test(records, scan_walks_concatenated_batches_and_stops_at_a_bad_one)
{
    struct kwriter w;
    kw_init(&w);
    int codecs[] = {CODEC_NONE, CODEC_ZSTD, CODEC_SNAPPY};
    size_t starts[3];
    for (int i = 0; i < 3; i++) {
        starts[i] = w.len;
        build_sample(&w, codecs[i]);
        rb_set_base_offset(w.buf + starts[i], i * NSAMPLE);
    }
    struct rb_scan s;
    struct rb_batch b;
    struct rb_error e;
    struct rb_scratch scratch;
    rb_scratch_init(&scratch);
    rb_scan_init(&s, w.buf, w.len);
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(rb_scan_next(&s, NULL, &scratch, &b, &e), 1);
        cr_assert_eq(b.codec, codecs[i]);
        cr_assert_eq(b.base_offset, i * NSAMPLE);
        cr_assert_eq(b.ptr, w.buf + starts[i]);
    }
    cr_assert_eq(rb_scan_next(&s, NULL, &scratch, &b, &e), 0);
    /* Damage the second: the first still comes back, then the error says
     * where. */
    w.buf[starts[1] + 40] ^= 1;
    rb_scan_init(&s, w.buf, w.len);
    cr_assert_eq(rb_scan_next(&s, NULL, &scratch, &b, &e), 1);
    cr_assert_eq(rb_scan_next(&s, NULL, &scratch, &b, &e), -E_CORRUPT);
    cr_assert_eq(e.code, RB_ERR_CRC);
    cr_assert_eq(e.batch_at, starts[1]);
    /* A torn tail reads as truncated. */
    w.buf[starts[1] + 40] ^= 1;
    rb_scan_init(&s, w.buf, w.len - 1);
    cr_assert_eq(rb_scan_next(&s, NULL, &scratch, &b, &e), 1);
    cr_assert_eq(rb_scan_next(&s, NULL, &scratch, &b, &e), 1);
    cr_assert_eq(rb_scan_next(&s, NULL, &scratch, &b, &e), -E_CORRUPT);
    cr_assert_eq(e.code, RB_ERR_TRUNCATED);
    rb_scratch_destroy(&scratch);
    kw_destroy(&w);
}

/* ------------------------------------------------------------- timestamps */

Test(records, log_append_time_rewrite_keeps_crc_valid)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_LZ4);
    rb_set_log_append_time(w.buf, w.len, 1800000000000);
    struct rb_batch b;
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, NULL), 0);
    cr_assert(b.log_append_time);
    cr_assert_eq(b.max_timestamp, 1800000000000);
    /* CreateTime values stay visible to validation... */
    cr_assert_eq(b.records_max_timestamp, 1700000000005);
    /* ...but readers see the append time. */
    struct rb_scratch scratch;
    rb_scratch_init(&scratch);
    struct rb_iter it;
    struct rb_record rec;
    cr_assert_eq(rb_iter_init(&it, &b, &scratch, 0, NULL), 0);
    while (rb_iter_next(&it, &rec, NULL) == 1)
        cr_assert_eq(rec.timestamp, 1800000000000);
    rb_scratch_destroy(&scratch);
    kw_destroy(&w);
}

Test(records, every_reason_has_a_kafka_error_and_message)
{
    for (int c = 1; c < RB_ERR__COUNT; c++) {
        cr_assert_neq(rb_err_kerr((enum rb_err)c), KERR_NONE, "reason %d", c);
        cr_assert_lt(rb_err_status((enum rb_err)c), 0);
        cr_assert_str_neq(rb_err_message((enum rb_err)c), "");
    }
    cr_assert_eq(rb_err_status(RB_OK), 0);
}

Test(records, iterator_cap_applies_to_compressed_batches)
{
    struct kwriter w;
    kw_init(&w);
    build_sample(&w, CODEC_ZSTD);
    struct rb_batch b;
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, NULL), 0);
    struct rb_scratch scratch;
    rb_scratch_init(&scratch);
    struct rb_iter it;
    struct rb_error e;
    cr_assert_eq(rb_iter_init(&it, &b, &scratch, b.uncompressed_bytes - 1, &e), -E_TOOBIG);
    cr_assert_eq(e.code, RB_ERR_INFLATE_LIMIT);
    cr_assert_eq(scratch.buf.len, 0);
    cr_assert_eq(rb_iter_init(&it, &b, &scratch, b.uncompressed_bytes, &e), 0);
    cr_assert_eq(scratch.buf.len, b.uncompressed_bytes);
    rb_scratch_destroy(&scratch);
    kw_destroy(&w);
}

Test(records, parse_reports_header_fields_without_walking_records)
{
    struct kwriter w;
    kw_init(&w);
    struct rb_build bo;
    rb_build_init(&bo);
    bo.codec = CODEC_GZIP;
    bo.base_offset = 77;
    bo.partition_leader_epoch = 4;
    bo.producer_id = 1234;
    bo.producer_epoch = 5;
    bo.base_sequence = 6;
    bo.transactional = true;
    build(&w, &bo, sample_recs + 3, 1);
    size_t size;
    cr_assert_eq(rb_peek_size(w.buf, 12, &size), 0);
    cr_assert_eq(size, w.len);
    struct rb_batch b;
    cr_assert_eq(rb_parse(w.buf, w.len, NULL, &b, NULL), 0);
    cr_assert_eq(b.base_offset, 77);
    cr_assert_eq(b.partition_leader_epoch, 4);
    cr_assert_eq(b.magic, 2);
    cr_assert_eq(b.producer_id, 1234);
    cr_assert_eq(b.producer_epoch, 5);
    cr_assert_eq(b.base_sequence, 6);
    cr_assert(b.transactional && !b.control);
    cr_assert_eq(b.codec, CODEC_GZIP);
    cr_assert_eq(b.records, w.buf + RB_HEADER_BYTES);
    cr_assert_eq(b.records_bytes, w.len - RB_HEADER_BYTES);
    cr_assert_eq(b.uncompressed_bytes, 0, "parse does not decompress");
    cr_assert_eq(rb_validate(w.buf, w.len, NULL, NULL, &b, NULL), 0);
    cr_assert(!b.has_null_key);
    kw_destroy(&w);
}
