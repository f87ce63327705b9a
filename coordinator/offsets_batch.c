/*
 * offsets_batch.c - RecordBatch v2 (magic 2) for __consumer_offsets: a
 * builder for what the coordinator appends and a reader for what it loads
 * back. Layout as in shared/kafka-protocol/RECORD-BATCH.md: a 61-byte
 * header, CRC-32C over attributes..end, zig-zag varint records, no
 * compression, CreateTime, producer id -1 (the coordinator is no
 * idempotent producer). A small private copy so the coordinator does not
 * wait on protocol/records.c; it can give way to that builder later.
 */
#include <string.h>

#include "coordinator/coord_int.h"
#include "protocol/crc32c.h"
#include "protocol/status.h"

#define BATCH_HEADER_BYTES 61
#define BATCH_CRC_AT 17
#define BATCH_ATTR_AT 21
#define ATTR_COMPRESSION_MASK 0x07
#define ATTR_CONTROL 0x20

void cbatch_init(struct cbatch *b, int64_t timestamp_ms)
{
    kw_init(&b->recs);
    kw_init(&b->out);
    b->timestamp_ms = timestamp_ms;
    b->count = 0;
}

void cbatch_destroy(struct cbatch *b)
{
    kw_destroy(&b->recs);
    kw_destroy(&b->out);
}

static size_t blob_size(struct kbytes v)
{
    return v.len < 0 ? ksize_varint(-1) : ksize_varint(v.len) + (size_t)v.len;
}

static void write_blob(struct kwriter *w, struct kbytes v)
{
    kw_varint(w, v.len < 0 ? -1 : v.len);
    if (v.len > 0)
        kw_raw(w, v.ptr, (size_t)v.len);
}

void cbatch_add(struct cbatch *b, struct kbytes key, struct kbytes value)
{
    int32_t delta = b->count;
    size_t body = 1 /* attributes */ + ksize_varlong(0) /* timestamp delta */ +
                  ksize_varint(delta) + blob_size(key) + blob_size(value) + ksize_varint(0);
    if (body > INT32_MAX) {
        kw_fail(&b->recs, -E_TOOBIG, "record larger than int32");
        return;
    }
    kw_varint(&b->recs, (int32_t)body);
    kw_i8(&b->recs, 0);
    kw_varlong(&b->recs, 0);
    kw_varint(&b->recs, delta);
    write_blob(&b->recs, key);
    write_blob(&b->recs, value);
    kw_varint(&b->recs, 0); /* no headers */
    b->count++;
}

int cbatch_finish(struct cbatch *b)
{
    struct kwriter *w = &b->out;
    if (b->recs.err)
        return b->recs.err;
    if (b->recs.len > (size_t)INT32_MAX - BATCH_HEADER_BYTES)
        return -E_TOOBIG;
    kw_reset(w);
    kw_i64(w, 0); /* baseOffset: assigned by the log */
    kw_i32(w, (int32_t)(BATCH_HEADER_BYTES - 12 + b->recs.len));
    kw_i32(w, 0);  /* partitionLeaderEpoch: set by the log */
    kw_i8(w, 2);   /* magic */
    kw_u32(w, 0);  /* crc, patched below */
    kw_i16(w, 0);  /* attributes: no compression, CreateTime */
    kw_i32(w, b->count > 0 ? b->count - 1 : 0);
    kw_i64(w, b->timestamp_ms);
    kw_i64(w, b->timestamp_ms);
    kw_i64(w, -1); /* producerId */
    kw_i16(w, -1); /* producerEpoch */
    kw_i32(w, -1); /* baseSequence */
    kw_i32(w, b->count);
    kw_raw(w, b->recs.buf, b->recs.len);
    if (w->err)
        return w->err;
    uint32_t crc = crc32c(0, w->buf + BATCH_ATTR_AT, w->len - BATCH_ATTR_AT);
    w->buf[BATCH_CRC_AT] = (uint8_t)(crc >> 24);
    w->buf[BATCH_CRC_AT + 1] = (uint8_t)(crc >> 16);
    w->buf[BATCH_CRC_AT + 2] = (uint8_t)(crc >> 8);
    w->buf[BATCH_CRC_AT + 3] = (uint8_t)crc;
    return 0;
}

static struct kbytes read_blob(struct kreader *r)
{
    int32_t n = kr_varint(r);
    if (n < -1) {
        kr_fail(r, "negative record length");
        return KBYTES_NULL;
    }
    if (n == -1)
        return KBYTES_NULL;
    const uint8_t *p = kr_take(r, (size_t)n);
    return p ? (struct kbytes){p, n} : KBYTES_NULL;
}

int cbatch_parse(const uint8_t *p, size_t len, cbatch_record_fn fn, void *ctx)
{
    struct kreader r;
    kr_init(&r, p, len);
    int64_t base_offset = kr_i64(&r);
    int32_t batch_len = kr_i32(&r);
    (void)kr_i32(&r); /* partition leader epoch */
    int8_t magic = kr_i8(&r);
    uint32_t crc = kr_u32(&r);
    if (r.err)
        return -E_CORRUPT;
    if (magic != 2)
        return -E_UNSUPPORTED;
    if (batch_len < BATCH_HEADER_BYTES - 12 || (size_t)batch_len + 12 > len)
        return -E_CORRUPT;
    size_t total = (size_t)batch_len + 12;
    if (crc32c(0, p + BATCH_ATTR_AT, total - BATCH_ATTR_AT) != crc)
        return -E_CORRUPT;
    kr_init(&r, p, total);
    kr_skip(&r, BATCH_ATTR_AT);
    int16_t attrs = kr_i16(&r);
    (void)kr_i32(&r); /* last offset delta */
    int64_t base_ts = kr_i64(&r);
    (void)kr_i64(&r); /* max timestamp */
    (void)kr_i64(&r);
    (void)kr_i16(&r);
    (void)kr_i32(&r);
    int32_t count = kr_i32(&r);
    if (r.err || count < 0)
        return -E_CORRUPT;
    if (attrs & ATTR_CONTROL)
        return 0; /* transaction markers: nothing for the coordinator yet */
    if (attrs & ATTR_COMPRESSION_MASK)
        return -E_UNSUPPORTED; /* we never write compressed batches */
    /* Each record is at least 7 bytes; refuse counts the bytes cannot hold. */
    if ((size_t)count > kr_remaining(&r) / 7 + 1)
        return -E_CORRUPT;
    for (int32_t i = 0; i < count; i++) {
        int32_t rec_len = kr_varint(&r);
        if (r.err || rec_len < 0 || (size_t)rec_len > kr_remaining(&r))
            return -E_CORRUPT;
        struct kreader rr;
        kr_init(&rr, r.pos, (size_t)rec_len);
        kr_skip(&r, (size_t)rec_len);
        (void)kr_i8(&rr);
        int64_t ts_delta = kr_varlong(&rr);
        int32_t off_delta = kr_varint(&rr);
        struct kbytes key = read_blob(&rr);
        struct kbytes value = read_blob(&rr);
        int32_t nheaders = kr_varint(&rr);
        if (nheaders < 0)
            kr_fail(&rr, "negative header count");
        for (int32_t h = 0; h < nheaders && !rr.err; h++) {
            struct kbytes hk = read_blob(&rr);
            if (hk.len < 0)
                kr_fail(&rr, "null header key");
            (void)read_blob(&rr);
        }
        if (rr.err)
            return -E_CORRUPT;
        int rc = fn(ctx, base_offset + off_delta, base_ts + ts_delta, key, value);
        if (rc)
            return rc;
    }
    return 0;
}
