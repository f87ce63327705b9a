/*
 * batch.c - RecordBatch v2 header and record parsing for storage (see
 * batch.h). Byte layout: ../shared/kafka-protocol/RECORD-BATCH.md.
 */
#include "storage/batch.h"

#include "protocol/crc32c.h"
#include "protocol/status.h"

/* batchLength counts from partitionLeaderEpoch to the end: the rest of the
 * 61-byte header is 49 bytes. */
#define MIN_BATCH_LENGTH (BATCH_HEADER_BYTES - BATCH_LOG_OVERHEAD)

int batch_parse_prefix(const uint8_t *p, size_t len, int64_t *base_offset, int64_t *size_bytes)
{
    struct kreader r;
    kr_init(&r, p, len);
    int64_t base = kr_i64(&r);
    int32_t blen = kr_i32(&r);
    if (r.err)
        return r.err;
    if (blen < MIN_BATCH_LENGTH || base < 0)
        return -E_CORRUPT;
    *base_offset = base;
    *size_bytes = (int64_t)blen + BATCH_LOG_OVERHEAD;
    return 0;
}

int batch_parse_header(const uint8_t *p, size_t len, struct batch_header *h)
{
    struct kreader r;
    kr_init(&r, p, len);
    h->base_offset = kr_i64(&r);
    h->batch_length = kr_i32(&r);
    h->leader_epoch = kr_i32(&r);
    h->magic = kr_i8(&r);
    h->crc = kr_u32(&r);
    h->attributes = kr_i16(&r);
    h->last_offset_delta = kr_i32(&r);
    h->base_timestamp = kr_i64(&r);
    h->max_timestamp = kr_i64(&r);
    h->producer_id = kr_i64(&r);
    h->producer_epoch = kr_i16(&r);
    h->base_sequence = kr_i32(&r);
    h->records_count = kr_i32(&r);
    if (r.err)
        return r.err;
    /* Magic first: bytes 17+ mean something else in older formats. */
    if (h->magic != 2)
        return -E_CORRUPT;
    if (h->batch_length < MIN_BATCH_LENGTH || h->last_offset_delta < 0 || h->records_count < 0 ||
        h->base_offset < 0)
        return -E_CORRUPT;
    return 0;
}

void batch_encode_header(const struct batch_header *h, uint8_t out[BATCH_HEADER_BYTES])
{
    uint8_t *p = out;
#define PUT(v, n)                                                                                  \
    do {                                                                                           \
        uint64_t x_ = (uint64_t)(v);                                                               \
        for (int i_ = (n)-1; i_ >= 0; i_--)                                                        \
            *p++ = (uint8_t)(x_ >> (8 * i_));                                                      \
    } while (0)
    PUT(h->base_offset, 8);
    PUT((uint32_t)h->batch_length, 4);
    PUT((uint32_t)h->leader_epoch, 4);
    PUT((uint8_t)h->magic, 1);
    PUT(h->crc, 4);
    PUT((uint16_t)h->attributes, 2);
    PUT((uint32_t)h->last_offset_delta, 4);
    PUT(h->base_timestamp, 8);
    PUT(h->max_timestamp, 8);
    PUT(h->producer_id, 8);
    PUT((uint16_t)h->producer_epoch, 2);
    PUT((uint32_t)h->base_sequence, 4);
    PUT((uint32_t)h->records_count, 4);
#undef PUT
}

uint32_t batch_crc(const uint8_t *batch, size_t len)
{
    if (len < BATCH_OFF_ATTRS)
        return 0;
    return crc32c(0, batch + BATCH_OFF_ATTRS, len - BATCH_OFF_ATTRS);
}

bool batch_crc_ok(const uint8_t *batch, size_t len)
{
    struct batch_header h;
    if (batch_parse_header(batch, len, &h) < 0)
        return false;
    if ((uint64_t)batch_size(&h) != len)
        return false;
    return batch_crc(batch, len) == h.crc;
}

/* ---------------------------------------------------------------- records */

void batch_rec_iter_init(struct batch_rec_iter *it, const uint8_t *records, size_t len,
                         int32_t count)
{
    kr_init(&it->r, records, len);
    it->left = count;
}

static struct kbytes read_varbytes(struct kreader *r, bool nullable)
{
    static const uint8_t empty[1];
    int32_t n = kr_varint(r);
    if (r->err)
        return (struct kbytes){empty, 0};
    if (n < 0) {
        if (n != -1 || !nullable)
            kr_fail(r, "bad record byte length");
        return KBYTES_NULL;
    }
    const uint8_t *p = kr_take(r, (size_t)n);
    return p ? (struct kbytes){p, n} : (struct kbytes){empty, 0};
}

int batch_rec_next(struct batch_rec_iter *it, struct batch_record *rec)
{
    if (it->r.err)
        return it->r.err;
    if (it->left == 0)
        return kr_remaining(&it->r) == 0 ? 0 : -E_CORRUPT;
    const uint8_t *start = it->r.pos;
    int32_t len = kr_varint(&it->r);
    if (it->r.err || len < 0 || (size_t)len > kr_remaining(&it->r))
        return -E_CORRUPT;
    /* The record body is parsed with its own reader so a header count
     * cannot run into the next record. */
    const uint8_t *body = kr_take(&it->r, (size_t)len);
    if (!body)
        return -E_CORRUPT;
    struct kreader b;
    kr_init(&b, body, (size_t)len);
    rec->attributes = kr_i8(&b);
    rec->timestamp_delta = kr_varlong(&b);
    rec->offset_delta = kr_varint(&b);
    rec->key = read_varbytes(&b, true);
    rec->value = read_varbytes(&b, true);
    int32_t nheaders = kr_varint(&b);
    if (nheaders < 0 || (size_t)nheaders > kr_remaining(&b))
        kr_fail(&b, "bad header count");
    for (int32_t i = 0; i < nheaders && !b.err; i++) {
        (void)read_varbytes(&b, false); /* header key, never null */
        (void)read_varbytes(&b, true);
    }
    if (b.err || kr_remaining(&b) != 0 || rec->offset_delta < 0)
        return -E_CORRUPT;
    rec->raw = start;
    rec->raw_len = (size_t)(it->r.pos - start);
    it->left--;
    return 1;
}
