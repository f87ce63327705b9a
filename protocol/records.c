/*
 * records.c - RecordBatch v2 framing and validation (see records.h).
 *
 * rb_parse checks what a batch must satisfy before any field after the
 * CRC can be trusted: it is complete, magic 2, the CRC-32C over attributes
 * to the end matches. rb_validate then walks every record with the same
 * parser rb_iter_next uses (records_iter.c), so "validated" and "iterable"
 * cannot drift apart, and applies Kafka's producer rules
 * (LogValidator.validateBatch) on top.
 */
#include "protocol/records.h"

#include <stdio.h>
#include <string.h>

#include "protocol/crc32c.h"
#include "protocol/records_int.h"
#include "protocol/status.h"

/* ------------------------------------------------------------- errors */

struct err_desc {
    int status;
    enum kerr kerr;
    const char *message;
};

static const struct err_desc err_table[RB_ERR__COUNT] = {
    [RB_OK] = {0, KERR_NONE, "ok"},
    [RB_ERR_TRUNCATED] = {-E_CORRUPT, KERR_CORRUPT_MESSAGE, "record batch truncated"},
    [RB_ERR_BATCH_LENGTH] = {-E_CORRUPT, KERR_CORRUPT_MESSAGE,
                             "batch length below the record batch header size"},
    [RB_ERR_MAGIC] = {-E_CORRUPT, KERR_CORRUPT_MESSAGE, "invalid magic byte"},
    /* Kafka's ProduceRequest.validateRecords: InvalidRecordException. */
    [RB_ERR_OLD_MAGIC] = {-E_UNSUPPORTED, KERR_INVALID_RECORD,
                          "only record batches with magic 2 are accepted"},
    [RB_ERR_CRC] = {-E_CORRUPT, KERR_CORRUPT_MESSAGE, "CRC-32C mismatch"},
    [RB_ERR_TOO_LARGE] = {-E_TOOBIG, KERR_MESSAGE_TOO_LARGE,
                          "record batch larger than max.message.bytes"},
    [RB_ERR_ATTRIBUTES] = {-E_INVAL, KERR_INVALID_RECORD, "unused attribute bits 7-15 are set"},
    /* Kafka throws an unchecked IllegalArgumentException here and answers
     * UNKNOWN_SERVER_ERROR; the specific code is more useful. */
    [RB_ERR_CODEC] = {-E_UNSUPPORTED, KERR_UNSUPPORTED_COMPRESSION_TYPE,
                      "unknown compression codec"},
    [RB_ERR_CODEC_VERSION] = {-E_UNSUPPORTED, KERR_UNSUPPORTED_COMPRESSION_TYPE,
                              "zstd needs Produce v7 or later"},
    [RB_ERR_DECOMPRESS] = {-E_CORRUPT, KERR_INVALID_RECORD, "compressed records are malformed"},
    [RB_ERR_INFLATE_LIMIT] = {-E_TOOBIG, KERR_MESSAGE_TOO_LARGE,
                              "records decompress past the size limit"},
    [RB_ERR_COUNT] = {-E_INVAL, KERR_INVALID_RECORD, "invalid record count"},
    [RB_ERR_OFFSET_RANGE] = {-E_INVAL, KERR_INVALID_RECORD,
                             "lastOffsetDelta inconsistent with the record count"},
    [RB_ERR_BASE_OFFSET] = {-E_INVAL, KERR_INVALID_RECORD, "producer batch baseOffset is not 0"},
    [RB_ERR_SEQUENCE] = {-E_INVAL, KERR_INVALID_RECORD,
                         "negative base sequence with a producer id"},
    [RB_ERR_CONTROL] = {-E_INVAL, KERR_INVALID_RECORD,
                        "clients are not allowed to write control records"},
    [RB_ERR_RECORD] = {-E_CORRUPT, KERR_INVALID_RECORD, "malformed record"},
    [RB_ERR_RECORD_COUNT] = {-E_CORRUPT, KERR_INVALID_RECORD,
                             "records present disagree with the record count"},
    [RB_ERR_OFFSET_DELTA] = {-E_INVAL, KERR_INVALID_RECORD, "record offset delta out of order"},
    [RB_ERR_CONTROL_RECORD] = {-E_CORRUPT, KERR_INVALID_RECORD, "malformed control record"},
    [RB_ERR_NO_BATCH] = {-E_INVAL, KERR_INVALID_RECORD,
                         "produce request must have one record batch per partition"},
    [RB_ERR_MULTIPLE_BATCHES] =
        {-E_INVAL, KERR_INVALID_RECORD,
         "produce request must have exactly one record batch per partition"},
    [RB_ERR_NOMEM] = {-E_NOMEM, KERR_UNKNOWN_SERVER_ERROR, "out of memory"},
    /* LogValidator.validateBatch / validateRecord: InvalidRecordException. */
    [RB_ERR_LEGACY_MAGIC] = {-E_INVAL, KERR_INVALID_RECORD,
                             "message magic differs within the message set"},
    /* Kafka: "Inner messages must not be compressed". */
    [RB_ERR_LEGACY_NESTED] = {-E_INVAL, KERR_INVALID_RECORD,
                              "compressed message inside a compressed message set"},
    /* LogValidator.validateTimestamp: "Producer should not set timestamp
     * type to LogAppendTime" (when there is no timestamp to keep). */
    [RB_ERR_TIMESTAMP] = {-E_INVAL, KERR_INVALID_TIMESTAMP,
                          "LogAppendTime set by the producer without a timestamp"},
};

static bool err_valid(enum rb_err code)
{
    return (int)code >= 0 && code < RB_ERR__COUNT;
}

enum kerr rb_err_kerr(enum rb_err code)
{
    return err_valid(code) ? err_table[code].kerr : KERR_UNKNOWN_SERVER_ERROR;
}

int rb_err_status(enum rb_err code)
{
    return err_valid(code) ? err_table[code].status : -E_INVAL;
}

const char *rb_err_message(enum rb_err code)
{
    return err_valid(code) ? err_table[code].message : "unknown error";
}

const char *rb_error_format(const struct rb_error *e, char *buf, size_t size)
{
    char where[48] = "";
    if (e->record >= 0)
        snprintf(where, sizeof where, "record %d: ", (int)e->record);
    if (e->detail)
        snprintf(buf, size, "%s%s (%s)", where, rb_err_message(e->code), e->detail);
    else
        snprintf(buf, size, "%s%s", where, rb_err_message(e->code));
    return buf;
}

int rb_fail(struct rb_error *err, enum rb_err code, const char *detail, size_t batch_at,
            int32_t record)
{
    int status = rb_err_status(code);
    if (err) {
        err->code = code;
        err->status = status;
        err->detail = detail;
        err->batch_at = batch_at;
        err->record = record;
    }
    return status;
}

static void err_clear(struct rb_error *err, size_t batch_at)
{
    if (err)
        *err = (struct rb_error){RB_OK, 0, NULL, batch_at, -1};
}

/* ------------------------------------------------------------- scratch */

void rb_scratch_init(struct rb_scratch *s)
{
    kw_init(&s->buf);
    s->codecs = NULL;
}

void rb_scratch_destroy(struct rb_scratch *s)
{
    kw_destroy(&s->buf);
    codec_ctx_free(s->codecs);
    s->codecs = NULL;
}

/* ------------------------------------------------------------- limits */

void rb_limits_producer(struct rb_limits *l, size_t max_message_bytes)
{
    l->max_batch_bytes = max_message_bytes;
    l->max_uncompressed_bytes = 0;
    l->producer = true;
    l->allow_control = false;
}

size_t rb_limits_inflate_cap(const struct rb_limits *l)
{
    if (l && l->max_uncompressed_bytes)
        return l->max_uncompressed_bytes;
    size_t base = l && l->max_batch_bytes ? l->max_batch_bytes : (size_t)1 << 20;
    if (base > RB_INFLATE_CEILING / RB_INFLATE_FACTOR)
        return RB_INFLATE_CEILING;
    return base * RB_INFLATE_FACTOR;
}

/* ------------------------------------------------------------- framing */

int rb_peek_size(const uint8_t *p, size_t len, size_t *size_bytes)
{
    struct kreader r;
    kr_init(&r, p, len);
    if (len < RB_LOG_OVERHEAD)
        return -E_AGAIN;
    kr_skip(&r, 8);
    int32_t batch_length = kr_i32(&r);
    if (batch_length < RB_MIN_BATCH_LENGTH)
        return -E_CORRUPT;
    *size_bytes = RB_LOG_OVERHEAD + (size_t)batch_length;
    return 0;
}

/* Reads the fields before the CRC's coverage and checks what they allow:
 * magic, length, completeness. */
static int parse_prefix(struct kreader *r, size_t len, struct rb_batch *out, struct rb_error *err,
                        size_t at)
{
    /* The magic byte decides how the rest reads, so it comes first. */
    if (len < RB_OFF_MAGIC + 1)
        return rb_fail(err, RB_ERR_TRUNCATED, "shorter than a batch header", at, -1);
    out->base_offset = kr_i64(r);
    out->batch_length = kr_i32(r);
    out->partition_leader_epoch = kr_i32(r);
    out->magic = kr_i8(r);
    if (out->magic < 0 || out->magic > RB_MAGIC)
        return rb_fail(err, RB_ERR_MAGIC, NULL, at, -1);
    if (out->magic != RB_MAGIC)
        return rb_fail(err, RB_ERR_OLD_MAGIC, NULL, at, -1);
    if (out->batch_length < RB_MIN_BATCH_LENGTH)
        return rb_fail(err, RB_ERR_BATCH_LENGTH, NULL, at, -1);
    out->size_bytes = RB_LOG_OVERHEAD + (size_t)out->batch_length;
    if (out->size_bytes > len)
        return rb_fail(err, RB_ERR_TRUNCATED, "batch length beyond the bytes present", at, -1);
    return 0;
}

static int parse_at(const uint8_t *p, size_t len, const struct rb_limits *lim, struct rb_batch *out,
                    struct rb_error *err, size_t at)
{
    memset(out, 0, sizeof *out);
    out->control_type = -1;
    out->first_timestamp = -1;
    out->records_max_timestamp = -1;
    err_clear(err, at);
    struct kreader r;
    kr_init(&r, p, len);
    int rc = parse_prefix(&r, len, out, err, at);
    if (rc < 0)
        return rc;
    if (lim && lim->max_batch_bytes && out->size_bytes > lim->max_batch_bytes)
        return rb_fail(err, RB_ERR_TOO_LARGE, NULL, at, -1);
    out->ptr = p;
    out->crc = kr_u32(&r);
    out->attributes = kr_i16(&r);
    out->last_offset_delta = kr_i32(&r);
    out->base_timestamp = kr_i64(&r);
    out->max_timestamp = kr_i64(&r);
    out->producer_id = kr_i64(&r);
    out->producer_epoch = kr_i16(&r);
    out->base_sequence = kr_i32(&r);
    out->records_count = kr_i32(&r);
    if (r.err) /* cannot happen: size_bytes >= RB_HEADER_BYTES was checked */
        return rb_fail(err, RB_ERR_TRUNCATED, r.err_what, at, -1);
    uint32_t crc = crc32c(0, p + RB_OFF_ATTRIBUTES, out->size_bytes - RB_OFF_ATTRIBUTES);
    if (crc != out->crc)
        return rb_fail(err, RB_ERR_CRC, NULL, at, -1);
    uint16_t attrs = (uint16_t)out->attributes;
    if (attrs & RB_ATTR_UNUSED_MASK)
        return rb_fail(err, RB_ERR_ATTRIBUTES, NULL, at, -1);
    out->codec = attrs & RB_ATTR_CODEC_MASK;
    if (!codec_known(out->codec))
        return rb_fail(err, RB_ERR_CODEC, NULL, at, -1);
    out->log_append_time = attrs & RB_ATTR_LOG_APPEND_TIME;
    out->transactional = attrs & RB_ATTR_TRANSACTIONAL;
    out->control = attrs & RB_ATTR_CONTROL;
    out->delete_horizon = attrs & RB_ATTR_DELETE_HORIZON;
    out->records = p + RB_HEADER_BYTES;
    out->records_bytes = out->size_bytes - RB_HEADER_BYTES;
    return 0;
}

int rb_parse(const uint8_t *p, size_t len, const struct rb_limits *lim, struct rb_batch *out,
             struct rb_error *err)
{
    return parse_at(p, len, lim, out, err, 0);
}

/* ------------------------------------------------------------- validation */

/* Kafka's LogValidator.validateBatch for batches from clients, and the
 * weaker shape rules for batches from the log. */
static int check_batch_rules(const struct rb_batch *b, const struct rb_limits *lim,
                             struct rb_error *err, size_t at)
{
    bool producer = lim && lim->producer;
    bool allow_control = !lim || lim->allow_control;
    int64_t span = (int64_t)b->last_offset_delta + 1;
    if (producer) {
        /* UnifiedLog.analyzeAndValidateRecords: clients send baseOffset 0. */
        if (b->base_offset != 0)
            return rb_fail(err, RB_ERR_BASE_OFFSET, NULL, at, -1);
        if (span <= 0)
            return rb_fail(err, RB_ERR_OFFSET_RANGE, "lastOffsetDelta is negative", at, -1);
        if (b->records_count <= 0)
            return rb_fail(err, RB_ERR_COUNT, "recordsCount must be at least 1", at, -1);
        if (span != b->records_count)
            return rb_fail(err, RB_ERR_OFFSET_RANGE, NULL, at, -1);
    } else {
        if (b->records_count < 0)
            return rb_fail(err, RB_ERR_COUNT, "negative recordsCount", at, -1);
        /* Compaction may remove records but keeps the offset span. */
        if (b->records_count > span)
            return rb_fail(err, RB_ERR_OFFSET_RANGE, "more records than the offset span", at, -1);
    }
    if (b->control && !allow_control)
        return rb_fail(err, RB_ERR_CONTROL, NULL, at, -1);
    if (producer && b->producer_id >= 0 && b->base_sequence < 0)
        return rb_fail(err, RB_ERR_SEQUENCE, NULL, at, -1);
    return 0;
}

/* A control record's key is int16 version, int16 type (ControlRecordType);
 * Kafka refuses a shorter key or a negative version. */
static int check_control_key(struct rb_batch *b, const struct rb_record *rec, struct rb_error *err,
                             size_t at, int32_t index)
{
    if (rec->key.len < 4)
        return rb_fail(err, RB_ERR_CONTROL_RECORD, "key shorter than 4 bytes", at, index);
    struct kreader r;
    kr_init(&r, rec->key.ptr, (size_t)rec->key.len);
    int16_t version = kr_i16(&r);
    int16_t type = kr_i16(&r);
    if (version < 0)
        return rb_fail(err, RB_ERR_CONTROL_RECORD, "negative key version", at, index);
    if (b->control_type < 0)
        b->control_type = type;
    return 0;
}

static int walk_records(struct rb_batch *b, const struct rb_limits *lim, struct rb_scratch *scratch,
                        struct rb_error *err, size_t at)
{
    struct rb_iter it;
    int rc = rb_iter_start(&it, b, scratch, rb_limits_inflate_cap(lim), err, at);
    if (rc < 0)
        return rc;
    b->uncompressed_bytes = kr_remaining(&it.r);
    bool producer = lim && lim->producer;
    int64_t prev_delta = -1;
    struct rb_record rec;
    while ((rc = rb_iter_next(&it, &rec, err)) > 0) {
        int32_t i = it.index - 1;
        /* Producers number records 0..n-1. Batches from the log may have
         * gaps (compaction) but stay increasing and inside the span. */
        if (producer ? rec.offset_delta != i
                     : (rec.offset_delta <= prev_delta || rec.offset_delta > b->last_offset_delta))
            return rb_fail(err, RB_ERR_OFFSET_DELTA, NULL, at, i);
        prev_delta = rec.offset_delta;
        int64_t ts = (int64_t)((uint64_t)b->base_timestamp + (uint64_t)rec.timestamp_delta);
        if (i == 0 || ts > b->records_max_timestamp)
            b->records_max_timestamp = ts;
        if (i == 0)
            b->first_timestamp = ts;
        if (rec.key.len < 0)
            b->has_null_key = true;
        if (b->control && (rc = check_control_key(b, &rec, err, at, i)) < 0)
            return rc;
    }
    return rc;
}

static int validate_at(const uint8_t *p, size_t len, const struct rb_limits *lim,
                       struct rb_scratch *scratch, struct rb_batch *out, struct rb_error *err,
                       size_t at)
{
    int rc = parse_at(p, len, lim, out, err, at);
    if (rc < 0)
        return rc;
    if ((rc = check_batch_rules(out, lim, err, at)) < 0)
        return rc;
    struct rb_scratch tmp;
    rb_scratch_init(&tmp);
    if (!scratch)
        scratch = &tmp;
    size_t mark = scratch->buf.len;
    rc = walk_records(out, lim, scratch, err, at);
    scratch->buf.len = mark;
    rb_scratch_destroy(&tmp);
    /* Views into scratch do not survive; the batch's own views do. */
    return rc < 0 ? rc : 0;
}

int rb_validate(const uint8_t *p, size_t len, const struct rb_limits *lim,
                struct rb_scratch *scratch, struct rb_batch *out, struct rb_error *err)
{
    return validate_at(p, len, lim, scratch, out, err, 0);
}

int rb_validate_produce(const uint8_t *p, size_t len, int16_t produce_version,
                        const struct rb_limits *lim, struct rb_scratch *scratch,
                        struct rb_batch *out, struct rb_error *err)
{
    memset(out, 0, sizeof *out);
    err_clear(err, 0);
    if (len == 0)
        return rb_fail(err, RB_ERR_NO_BATCH, NULL, 0, -1);
    /* Kafka's ProduceRequest.validateRecords order: one complete batch,
     * magic 2, zstd only from v7, nothing after it; then the CRC and the
     * rest (LogValidator). */
    struct kreader r;
    kr_init(&r, p, len);
    int rc = parse_prefix(&r, len, out, err, 0);
    if (rc < 0)
        return rc;
    size_t size = out->size_bytes;
    if (size < len) {
        size_t next;
        bool whole = rb_peek_size(p + size, len - size, &next) == 0 && next <= len - size;
        return rb_fail(err, RB_ERR_MULTIPLE_BATCHES,
                       whole ? "a second batch follows" : "trailing bytes after the batch", 0, -1);
    }
    kr_skip(&r, RB_OFF_ATTRIBUTES - RB_OFF_CRC);
    int codec = (uint16_t)kr_i16(&r) & RB_ATTR_CODEC_MASK;
    if (codec == CODEC_ZSTD && produce_version >= 3 && produce_version < 7)
        return rb_fail(err, RB_ERR_CODEC_VERSION, NULL, 0, -1);
    return validate_at(p, size, lim, scratch, out, err, 0);
}

/* ------------------------------------------------------------- scanning */

void rb_scan_init(struct rb_scan *s, const void *p, size_t len)
{
    kr_init(&s->r, p, len);
}

int rb_scan_next(struct rb_scan *s, const struct rb_limits *lim, struct rb_scratch *scratch,
                 struct rb_batch *out, struct rb_error *err)
{
    size_t left = kr_remaining(&s->r);
    if (left == 0)
        return 0;
    size_t at = kr_offset(&s->r);
    int rc = validate_at(s->r.pos, left, lim, scratch, out, err, at);
    if (rc < 0)
        return rc;
    kr_skip(&s->r, out->size_bytes);
    return 1;
}
