/*
 * records_build.c - writing v2 batches (tests, transaction markers, the
 * Kinesis gateway, the group coordinator's __consumer_offsets records) and
 * the few in-place header updates the broker makes to stored batches.
 *
 * The header goes out first with batchLength and CRC as placeholders; both
 * are patched once the (possibly compressed) records are in, since the CRC
 * covers attributes to the end of the batch.
 */
#include <string.h>

#include "protocol/crc32c.h"
#include "protocol/records_int.h"
#include "protocol/status.h"

void rb_build_init(struct rb_build *b)
{
    memset(b, 0, sizeof *b);
    b->codec = CODEC_NONE;
    b->partition_leader_epoch = -1;
    b->producer_id = -1;
    b->producer_epoch = -1;
    b->base_sequence = -1;
}

static bool len_ok(int32_t len, bool nullable)
{
    return len >= 0 || (nullable && len == -1);
}

static uint64_t field_size(int32_t len)
{
    return ksize_varint(len) + (len > 0 ? (uint64_t)len : 0);
}

/* Bytes after the record's length varint, or 0 when the input is invalid
 * (a real record body is at least 6 bytes). */
static uint64_t body_size(const struct rb_rec_in *r, int64_t ts_delta, int32_t off_delta)
{
    if (!len_ok(r->key.len, true) || !len_ok(r->value.len, true) || r->header_count < 0 ||
        (r->header_count > 0 && !r->headers))
        return 0;
    uint64_t n = 1 + ksize_varlong(ts_delta) + ksize_varint(off_delta) + field_size(r->key.len) +
                 field_size(r->value.len) + ksize_varint(r->header_count);
    for (int32_t i = 0; i < r->header_count; i++) {
        const struct rb_hdr *h = &r->headers[i];
        if (!len_ok(h->key.len, false) || !len_ok(h->value.len, true))
            return 0;
        n += field_size(h->key.len) + field_size(h->value.len);
    }
    return n;
}

static void write_field(struct kwriter *w, const void *p, int32_t len)
{
    kw_varint(w, len);
    if (len > 0)
        kw_raw(w, p, (size_t)len);
}

static int write_records(struct kwriter *w, const struct rb_rec_in *recs, int32_t n,
                         int64_t base_ts)
{
    for (int32_t i = 0; i < n; i++) {
        const struct rb_rec_in *r = &recs[i];
        int64_t ts_delta = (int64_t)((uint64_t)r->timestamp_ms - (uint64_t)base_ts);
        uint64_t body = body_size(r, ts_delta, i);
        if (body == 0)
            return -E_INVAL;
        if (body > INT32_MAX)
            return -E_TOOBIG;
        kw_varint(w, (int32_t)body);
        kw_i8(w, 0); /* record attributes: unused */
        kw_varlong(w, ts_delta);
        kw_varint(w, i);
        write_field(w, r->key.ptr, r->key.len);
        write_field(w, r->value.ptr, r->value.len);
        kw_varint(w, r->header_count);
        for (int32_t h = 0; h < r->header_count; h++) {
            write_field(w, r->headers[h].key.ptr, r->headers[h].key.len);
            write_field(w, r->headers[h].value.ptr, r->headers[h].value.len);
        }
    }
    return w->err;
}

int rb_build_batch(const struct rb_build *b, const struct rb_rec_in *recs, int32_t n,
                   struct kwriter *out)
{
    if (n < 1 || !codec_known(b->codec))
        return -E_INVAL;
    if (out->err)
        return out->err;
    int64_t base_ts = recs[0].timestamp_ms, max_ts = recs[0].timestamp_ms;
    for (int32_t i = 1; i < n; i++)
        if (recs[i].timestamp_ms > max_ts)
            max_ts = recs[i].timestamp_ms;
    if (b->log_append_time)
        max_ts = b->append_time_ms;
    uint16_t attrs = (uint16_t)b->codec;
    if (b->log_append_time)
        attrs |= RB_ATTR_LOG_APPEND_TIME;
    if (b->transactional)
        attrs |= RB_ATTR_TRANSACTIONAL;
    if (b->control)
        attrs |= RB_ATTR_CONTROL;

    size_t start = out->len;
    kw_i64(out, b->base_offset);
    kw_i32(out, 0); /* batchLength, patched */
    kw_i32(out, b->partition_leader_epoch);
    kw_i8(out, RB_MAGIC);
    kw_u32(out, 0); /* crc, patched */
    kw_i16(out, (int16_t)attrs);
    kw_i32(out, n - 1);
    kw_i64(out, base_ts);
    kw_i64(out, max_ts);
    kw_i64(out, b->producer_id);
    kw_i16(out, b->producer_epoch);
    kw_i32(out, b->base_sequence);
    kw_i32(out, n);
    int rc;
    if (b->codec == CODEC_NONE) {
        rc = write_records(out, recs, n, base_ts);
    } else {
        struct kwriter plain;
        kw_init(&plain);
        rc = write_records(&plain, recs, n, base_ts);
        if (rc == 0)
            rc = codec_compress(b->codec, &b->codec_opts, plain.buf, plain.len, out);
        kw_destroy(&plain);
    }
    if (rc == 0 && out->err)
        rc = out->err;
    size_t total = out->len - start;
    if (rc == 0 && total - RB_LOG_OVERHEAD > INT32_MAX)
        rc = -E_TOOBIG;
    if (rc < 0) {
        out->len = start;
        return rc;
    }
    kw_patch_i32(out, start + RB_OFF_BATCH_LENGTH, (int32_t)(total - RB_LOG_OVERHEAD));
    uint32_t crc = crc32c(0, out->buf + start + RB_OFF_ATTRIBUTES, total - RB_OFF_ATTRIBUTES);
    kw_patch_i32(out, start + RB_OFF_CRC, (int32_t)crc);
    return 0;
}

static void put_be(uint8_t *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
}

int rb_build_txn_marker(struct kwriter *out, int64_t producer_id, int16_t producer_epoch,
                        bool commit, int32_t coordinator_epoch, int64_t timestamp_ms)
{
    uint8_t key[4], value[6];
    put_be(key, 0, 2); /* version */
    put_be(key + 2, commit ? RB_CONTROL_COMMIT : RB_CONTROL_ABORT, 2);
    put_be(value, 0, 2); /* version */
    put_be(value + 2, (uint32_t)coordinator_epoch, 4);
    struct rb_rec_in rec = {
        .timestamp_ms = timestamp_ms,
        .key = {key, sizeof key},
        .value = {value, sizeof value},
    };
    struct rb_build b;
    rb_build_init(&b);
    b.producer_id = producer_id;
    b.producer_epoch = producer_epoch;
    b.transactional = true;
    b.control = true;
    return rb_build_batch(&b, &rec, 1, out);
}

void rb_set_base_offset(uint8_t *batch, int64_t base_offset)
{
    put_be(batch + RB_OFF_BASE_OFFSET, (uint64_t)base_offset, 8);
}

void rb_set_leader_epoch(uint8_t *batch, int32_t leader_epoch)
{
    put_be(batch + RB_OFF_LEADER_EPOCH, (uint32_t)leader_epoch, 4);
}

void rb_set_log_append_time(uint8_t *batch, size_t size_bytes, int64_t append_time_ms)
{
    uint16_t attrs = (uint16_t)((batch[RB_OFF_ATTRIBUTES] << 8) | batch[RB_OFF_ATTRIBUTES + 1]);
    put_be(batch + RB_OFF_ATTRIBUTES, attrs | RB_ATTR_LOG_APPEND_TIME, 2);
    put_be(batch + RB_OFF_MAX_TIMESTAMP, (uint64_t)append_time_ms, 8);
    uint32_t crc = crc32c(0, batch + RB_OFF_ATTRIBUTES, size_bytes - RB_OFF_ATTRIBUTES);
    put_be(batch + RB_OFF_CRC, crc, 4);
}
