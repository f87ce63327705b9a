/*
 * records_legacy.c - magic 0/1 message sets to one RecordBatch v2 (see
 * records_legacy.h for the rules and the errors they give).
 *
 * One pass over the set collects every record as views (into the input,
 * or into the scratch writer holding the wrapper's decompressed value),
 * then rb_build_batch writes the batch. The views array grows with the
 * messages actually present (each is at least 26 bytes), never with a
 * declared count, and decompression is capped, so what one set can make
 * us allocate is bounded by its bytes and the inflate cap.
 *
 * Each message is read inside its own message_size: the CRC is checked
 * over exactly those bytes before any field after it is believed, and the
 * fields must fill them exactly.
 */
#include "protocol/records_legacy.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "protocol/records_int.h"
#include "protocol/status.h"

static const uint8_t empty_bytes[1];

int rb_peek_magic(const uint8_t *p, size_t len)
{
    if (len < RB_OFF_MAGIC + 1)
        return -1;
    struct kreader r;
    kr_init(&r, p, len);
    kr_skip(&r, RB_OFF_MAGIC);
    return kr_i8(&r);
}

/* One message, with views into the set it came from. */
struct lmsg {
    int64_t offset;
    int8_t magic;
    int codec;
    bool log_append_time; /* magic 1, attributes bit 3 */
    int64_t timestamp;    /* -1 for magic 0 */
    struct kbytes key;
    struct kbytes value;
};

/* The conversion under way. */
struct conv {
    const struct rb_limits *lim;
    struct rb_scratch *scratch;
    struct rb_error *err;
    struct rb_rec_in *recs;
    int32_t n;
    int32_t cap;
    struct rb_legacy_info info;
};

/*
 * Read the next message of r. max_bytes (0: none) caps message_size plus
 * its 12-byte prefix. at is where errors point (the outer message's byte
 * offset in the input); index is the record number the message would get.
 */
static int read_message(struct kreader *r, size_t max_bytes, struct lmsg *m, struct rb_error *err,
                        size_t at, int32_t index)
{
    if (kr_remaining(r) < RB_LEGACY_LOG_OVERHEAD)
        return rb_fail(err, RB_ERR_TRUNCATED, "message header cut short", at, -1);
    m->offset = kr_i64(r);
    int32_t size = kr_i32(r);
    if (size < RB_LEGACY_OVERHEAD_V0)
        return rb_fail(err, RB_ERR_BATCH_LENGTH, "message size below the 14-byte minimum", at, -1);
    if ((size_t)size > kr_remaining(r))
        return rb_fail(err, RB_ERR_TRUNCATED, "message size beyond the bytes present", at, -1);
    if (max_bytes && (size_t)size + RB_LEGACY_LOG_OVERHEAD > max_bytes)
        return rb_fail(err, RB_ERR_TOO_LARGE, "legacy message", at, -1);
    const uint8_t *body = kr_take(r, (size_t)size);
    struct kreader b;
    kr_init(&b, body, (size_t)size);
    uint32_t crc = kr_u32(&b);
    m->magic = kr_i8(&b);
    /* The magic decides the layout, so it is checked before the CRC, as
     * Kafka's ByteBufferLogInputStream does. A v2 batch puts its magic at
     * the same place; its CRC is another one, over other bytes. */
    if (m->magic < 0 || m->magic > RB_MAGIC)
        return rb_fail(err, RB_ERR_MAGIC, NULL, at, -1);
    if (m->magic == RB_MAGIC)
        return rb_fail(err, RB_ERR_LEGACY_MAGIC, "a v2 batch inside a legacy message set", at, -1);
    if ((uint32_t)crc32(0L, body + 4, (uInt)(size - 4)) != crc)
        return rb_fail(err, RB_ERR_CRC, "legacy message CRC-32", at, -1);
    /* From here the bytes are what the producer meant: INVALID_RECORD. */
    uint8_t attrs = (uint8_t)kr_i8(&b);
    m->codec = attrs & RB_ATTR_CODEC_MASK;
    m->log_append_time = m->magic == 1 && (attrs & RB_LEGACY_ATTR_LOG_APPEND_TIME);
    m->timestamp = m->magic == 1 ? kr_i64(&b) : -1;
    m->key = kr_bytes(&b, false, true);
    m->value = kr_bytes(&b, false, true);
    if (b.err)
        return rb_fail(err, RB_ERR_RECORD, b.err_what, at, index);
    if (kr_remaining(&b))
        return rb_fail(err, RB_ERR_RECORD, "bytes after the value", at, index);
    /* Legacy sets know codecs 0-3; zstd came with magic 2 (KIP-110). */
    if (m->codec > CODEC_LZ4)
        return rb_fail(err, RB_ERR_CODEC, m->codec == CODEC_ZSTD ? "zstd needs magic 2" : NULL, at,
                       -1);
    return 0;
}

static int add_record(struct conv *c, int64_t timestamp_ms, const struct lmsg *m, size_t at)
{
    if (c->n == c->cap) {
        if (c->cap > INT32_MAX / 2)
            return rb_fail(c->err, RB_ERR_TOO_LARGE, "too many records", at, -1);
        int32_t cap = c->cap ? c->cap * 2 : 64;
        struct rb_rec_in *recs = realloc(c->recs, (size_t)cap * sizeof *recs);
        if (!recs)
            return rb_fail(c->err, RB_ERR_NOMEM, NULL, at, -1);
        c->recs = recs;
        c->cap = cap;
    }
    c->recs[c->n++] = (struct rb_rec_in){timestamp_ms, m->key, m->value, NULL, 0};
    return 0;
}

/* LogValidator.validateTimestamp with a CreateTime topic: a record with no
 * timestamp in a batch that claims LogAppendTime is refused. */
static int check_timestamp(struct conv *c, bool log_append_time, int64_t ts, size_t at)
{
    if (log_append_time && ts == -1)
        return rb_fail(c->err, RB_ERR_TIMESTAMP, NULL, at, c->n);
    return 0;
}

/* The inner messages of the compressed message w (at byte at). */
static int unwrap(struct conv *c, const struct lmsg *w, size_t at)
{
    struct rb_scratch *s = c->scratch;
    if (w->value.len < 0)
        return rb_fail(c->err, RB_ERR_RECORD, "compressed message with a null value", at, -1);
    if (!s->codecs)
        s->codecs = codec_ctx_new(); /* NULL: decoders are made per call */
    size_t start = s->buf.len;
    unsigned flags = w->codec == CODEC_LZ4 && w->magic == 0 ? CODEC_DF_LZ4_KAFKA3160 : 0;
    int rc = codec_decompress_flags(s->codecs, w->codec, flags, w->value.ptr, (size_t)w->value.len,
                                    rb_limits_inflate_cap(c->lim), &s->buf);
    if (rc == -E_TOOBIG)
        return rb_fail(c->err, RB_ERR_INFLATE_LIMIT, codec_name(w->codec), at, -1);
    if (rc == -E_NOMEM)
        return rb_fail(c->err, RB_ERR_NOMEM, NULL, at, -1);
    if (rc < 0)
        return rb_fail(c->err, RB_ERR_DECOMPRESS, codec_name(w->codec), at, -1);
    c->info.inflated_bytes = s->buf.len - start;
    struct kreader r;
    kr_init(&r, s->buf.buf ? s->buf.buf + start : empty_bytes, s->buf.len - start);
    int64_t last_offset = -1;
    while (kr_remaining(&r)) {
        struct lmsg m;
        /* No size cap per inner message: together they fit the inflate cap. */
        if ((rc = read_message(&r, 0, &m, c->err, at, c->n)) < 0)
            return rc;
        if (m.magic != w->magic)
            return rb_fail(c->err, RB_ERR_LEGACY_MAGIC,
                           "inner message magic differs from the wrapper's", at, c->n);
        if (m.codec != CODEC_NONE)
            return rb_fail(c->err, RB_ERR_LEGACY_NESTED, NULL, at, c->n);
        /* A magic-1 wrapper in LogAppendTime lends its timestamp to every
         * inner record (LegacyRecord with a wrapper timestamp). */
        int64_t ts = w->magic == 0 ? -1 : w->log_append_time ? w->timestamp : m.timestamp;
        if ((rc = check_timestamp(c, w->log_append_time, ts, at)) < 0)
            return rc;
        last_offset = m.offset;
        if ((rc = add_record(c, ts, &m, at)) < 0)
            return rc;
    }
    if (c->n == 0)
        return rb_fail(c->err, RB_ERR_COUNT, "compressed message set holds no messages", at, -1);
    /* Magic 1 inner offsets are relative: the wrapper carries the absolute
     * offset of the last one. librdkafka sends wrapper offset 0, which
     * Kafka accepts; otherwise it must not be below the last inner one. */
    if (w->magic == 1 && w->offset != 0 && w->offset < last_offset)
        return rb_fail(c->err, RB_ERR_OFFSET_DELTA,
                       "wrapper offset below the last inner message offset", at, -1);
    return 0;
}

static int walk_set(struct conv *c, const uint8_t *p, size_t len)
{
    size_t max_bytes = c->lim ? c->lim->max_batch_bytes : 0;
    struct kreader r;
    kr_init(&r, p, len);
    int rc;
    while (kr_remaining(&r)) {
        size_t at = kr_offset(&r);
        struct lmsg m;
        if ((rc = read_message(&r, max_bytes, &m, c->err, at, c->n)) < 0)
            return rc;
        if (at == 0)
            c->info.magic = m.magic;
        else if (m.magic != c->info.magic)
            return rb_fail(c->err, RB_ERR_LEGACY_MAGIC, "differs from the first message's", at,
                           c->n);
        if (m.codec != CODEC_NONE) {
            /* LogValidator: a compressed set is one wrapper and nothing
             * else ("Compressed outer record has more than one batch"). */
            if (at != 0 || kr_remaining(&r))
                return rb_fail(c->err, RB_ERR_MULTIPLE_BATCHES,
                               "a compressed message must be alone in its message set", at, -1);
            c->info.codec = m.codec;
            return unwrap(c, &m, at);
        }
        if ((rc = check_timestamp(c, m.log_append_time, m.timestamp, at)) < 0)
            return rc;
        if ((rc = add_record(c, m.timestamp, &m, at)) < 0)
            return rc;
    }
    return 0;
}

static int build(struct conv *c, struct kwriter *out)
{
    struct rb_build bo;
    rb_build_init(&bo);
    bo.codec = c->info.codec;
    size_t start = out->len;
    int rc = rb_build_batch(&bo, c->recs, c->n, out);
    if (rc == -E_TOOBIG)
        return rb_fail(c->err, RB_ERR_TOO_LARGE, "up-converted batch", 0, -1);
    if (rc == -E_NOMEM)
        return rb_fail(c->err, RB_ERR_NOMEM, NULL, 0, -1);
    if (rc < 0) /* cannot happen: every view came from a validated message */
        return rb_fail(c->err, RB_ERR_RECORD, "cannot build the batch", 0, -1);
    /* Kafka checks the converted batch against max.message.bytes too. */
    size_t max_bytes = c->lim ? c->lim->max_batch_bytes : 0;
    if (max_bytes && out->len - start > max_bytes) {
        out->len = start;
        return rb_fail(c->err, RB_ERR_TOO_LARGE, "up-converted batch", 0, -1);
    }
    c->info.records = c->n;
    return 0;
}

int rb_upconvert_legacy(const uint8_t *p, size_t len, const struct rb_limits *lim,
                        struct rb_scratch *scratch, struct kwriter *out,
                        struct rb_legacy_info *info, struct rb_error *err)
{
    if (err)
        *err = (struct rb_error){RB_OK, 0, NULL, 0, -1};
    if (len == 0)
        return rb_fail(err, RB_ERR_NO_BATCH, NULL, 0, -1);
    struct rb_scratch tmp;
    rb_scratch_init(&tmp);
    if (!scratch)
        scratch = &tmp;
    size_t mark = scratch->buf.len;
    struct conv c = {.lim = lim, .scratch = scratch, .err = err};
    c.info.codec = CODEC_NONE;
    int rc = walk_set(&c, p, len);
    if (rc == 0)
        rc = build(&c, out);
    if (rc == 0 && info)
        *info = c.info;
    free(c.recs);
    scratch->buf.len = mark;
    rb_scratch_destroy(&tmp);
    return rc;
}
