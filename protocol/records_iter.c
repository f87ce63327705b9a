/*
 * records_iter.c - walking the records of a batch, and the one parser of
 * a record (rb_validate walks with it too).
 *
 * A record is read inside its own length: the length varint is checked
 * against the bytes left, then every field is read from a reader bounded
 * to that record, and the fields must use exactly its length (Kafka:
 * "Invalid record size"). Negative lengths other than -1 (null) are
 * refused for key, value and header value; a header key may not be null.
 * Counts are checked against the bytes left before anything walks them.
 */
#include <string.h>

#include "protocol/records_int.h"
#include "protocol/status.h"

static const uint8_t empty_bytes[1];

int rb_iter_start(struct rb_iter *it, const struct rb_batch *b, struct rb_scratch *scratch,
                  size_t cap, struct rb_error *err, size_t batch_at)
{
    memset(it, 0, sizeof *it);
    it->base_offset = b->base_offset;
    it->base_timestamp = b->base_timestamp;
    it->log_append_time = b->log_append_time;
    it->append_time = b->log_append_time ? b->max_timestamp : -1;
    it->count = b->records_count;
    it->batch_at = batch_at;
    if (b->records_count < 0)
        return rb_fail(err, RB_ERR_COUNT, "negative recordsCount", batch_at, -1);
    /* Kafka writes record-less batches (compaction) uncompressed, but an
     * empty compressed section holds no records either: nothing to inflate. */
    if (b->codec == CODEC_NONE || (b->records_bytes == 0 && b->records_count == 0)) {
        kr_init(&it->r, b->records ? b->records : empty_bytes, b->records_bytes);
    } else {
        if (!scratch)
            return rb_fail(err, RB_ERR_NOMEM, "compressed batch needs a scratch writer", batch_at,
                           -1);
        /* Without a context (allocation failed) decoders are per call. */
        if (!scratch->codecs)
            scratch->codecs = codec_ctx_new();
        size_t start = scratch->buf.len;
        int rc = codec_decompress(scratch->codecs, b->codec, b->records, b->records_bytes,
                                  cap ? cap : RB_INFLATE_CEILING, &scratch->buf);
        if (rc == -E_TOOBIG)
            return rb_fail(err, RB_ERR_INFLATE_LIMIT, codec_name(b->codec), batch_at, -1);
        if (rc == -E_NOMEM)
            return rb_fail(err, RB_ERR_NOMEM, NULL, batch_at, -1);
        if (rc < 0)
            return rb_fail(err, RB_ERR_DECOMPRESS, codec_name(b->codec), batch_at, -1);
        const uint8_t *data = scratch->buf.buf ? scratch->buf.buf + start : empty_bytes;
        kr_init(&it->r, data, scratch->buf.len - start);
    }
    /* Limits first: every declared record needs at least 7 bytes. */
    if ((uint64_t)it->count > kr_remaining(&it->r) / RB_MIN_RECORD_BYTES)
        return rb_fail(err, RB_ERR_RECORD_COUNT, "more records declared than bytes present",
                       batch_at, -1);
    return 0;
}

int rb_iter_init(struct rb_iter *it, const struct rb_batch *b, struct rb_scratch *scratch,
                 size_t cap, struct rb_error *err)
{
    return rb_iter_start(it, b, scratch, cap, err, 0);
}

/* A length-prefixed field: -1 is null where nullable, other negatives and
 * lengths past the record's end are failures. */
static struct kbytes read_field(struct kreader *r, bool nullable, const char *negative,
                                const char *beyond)
{
    int32_t n = kr_varint(r);
    if (r->err)
        return (struct kbytes){empty_bytes, 0};
    if (n == -1 && nullable)
        return KBYTES_NULL;
    if (n < 0) {
        kr_fail(r, negative);
        return (struct kbytes){empty_bytes, 0};
    }
    if ((size_t)n > kr_remaining(r)) {
        kr_fail(r, beyond);
        return (struct kbytes){empty_bytes, 0};
    }
    return (struct kbytes){kr_take(r, (size_t)n), n};
}

/* Walks the headers once so iteration later cannot fail. */
static void check_headers(struct kreader *r, int32_t count)
{
    if (count < 0) {
        kr_fail(r, "negative header count");
        return;
    }
    if ((size_t)count > kr_remaining(r) / RB_MIN_HEADER_BYTES) {
        kr_fail(r, "headers beyond the record end");
        return;
    }
    for (int32_t i = 0; i < count && !r->err; i++) {
        (void)read_field(r, false, "null or negative header key length",
                         "header key beyond the record end");
        (void)read_field(r, true, "negative header value length",
                         "header value beyond the record end");
    }
}

int rb_iter_next(struct rb_iter *it, struct rb_record *rec, struct rb_error *err)
{
    int32_t index = it->index;
    if (index >= it->count) {
        if (kr_remaining(&it->r))
            return rb_fail(err, RB_ERR_RECORD_COUNT, "bytes left after the last record",
                           it->batch_at, index);
        return 0;
    }
    if (kr_remaining(&it->r) == 0)
        return rb_fail(err, RB_ERR_RECORD_COUNT, "fewer records than recordsCount", it->batch_at,
                       index);
    int32_t len = kr_varint(&it->r);
    if (!it->r.err && len < 0)
        kr_fail(&it->r, "negative record length");
    if (!it->r.err && (size_t)len > kr_remaining(&it->r))
        kr_fail(&it->r, "record length beyond the batch");
    const uint8_t *body = kr_take(&it->r, it->r.err ? 0 : (size_t)len);
    if (it->r.err)
        return rb_fail(err, RB_ERR_RECORD, it->r.err_what, it->batch_at, index);

    struct kreader r;
    kr_init(&r, body, (size_t)len);
    rec->attributes = kr_i8(&r);
    rec->timestamp_delta = kr_varlong(&r);
    rec->offset_delta = kr_varint(&r);
    rec->key = read_field(&r, true, "negative key length", "key beyond the record end");
    rec->value = read_field(&r, true, "negative value length", "value beyond the record end");
    rec->header_count = kr_varint(&r);
    const uint8_t *headers = r.pos;
    if (!r.err)
        check_headers(&r, rec->header_count);
    if (!r.err && kr_remaining(&r))
        kr_fail(&r, "record length larger than its fields");
    if (r.err)
        return rb_fail(err, RB_ERR_RECORD, r.err_what, it->batch_at, index);
    rec->headers = (struct kbytes){headers, (int32_t)(r.pos - headers)};
    /* Offsets and timestamps wrap rather than overflow (Kafka does not
     * check them either); the broker's own checks bound them. */
    rec->offset = (int64_t)((uint64_t)it->base_offset + (uint64_t)(int64_t)rec->offset_delta);
    rec->timestamp = it->log_append_time
                         ? it->append_time
                         : (int64_t)((uint64_t)it->base_timestamp + (uint64_t)rec->timestamp_delta);
    it->index++;
    return 1;
}

void rb_hdr_iter_init(struct rb_hdr_iter *hi, const struct rb_record *rec)
{
    kr_init(&hi->r, rec->headers.ptr ? rec->headers.ptr : empty_bytes,
            rec->headers.len > 0 ? (size_t)rec->headers.len : 0);
    hi->left = rec->header_count > 0 ? rec->header_count : 0;
}

int rb_hdr_next(struct rb_hdr_iter *hi, struct rb_hdr *h)
{
    if (hi->left <= 0)
        return 0;
    struct kbytes k = read_field(&hi->r, false, "header key", "header key");
    h->value = read_field(&hi->r, true, "header value", "header value");
    h->key = (struct kstr){(const char *)k.ptr, k.len};
    if (hi->r.err) {
        hi->left = 0;
        return 0;
    }
    hi->left--;
    return 1;
}
