/*
 * batch.h - what storage needs to know about a RecordBatch v2: the 61-byte
 * header, its CRC, and (for compaction and exact timestamp lookups) the
 * records of an uncompressed batch.
 *
 * Full validation of produced batches is protocol/records' job; these
 * functions check only what storage's own invariants rest on (sizes, magic,
 * offsets, CRC when asked). Everything is parsed with the kbuf reader: the
 * bytes may come from disk and are treated as hostile.
 */
#ifndef SLUICE_STORAGE_BATCH_H
#define SLUICE_STORAGE_BATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/kbuf.h"

#define BATCH_HEADER_BYTES 61
/* baseOffset and batchLength precede what batchLength counts. */
#define BATCH_LOG_OVERHEAD 12
/* Offsets of fields inside the header. */
#define BATCH_OFF_LENGTH 8
#define BATCH_OFF_EPOCH 12
#define BATCH_OFF_MAGIC 16
#define BATCH_OFF_CRC 17
#define BATCH_OFF_ATTRS 21
#define BATCH_OFF_MAX_TS 35
#define BATCH_OFF_COUNT 57

#define BATCH_ATTR_CODEC_MASK 0x07
#define BATCH_ATTR_LOG_APPEND_TIME 0x08
#define BATCH_ATTR_TRANSACTIONAL 0x10
#define BATCH_ATTR_CONTROL 0x20

/* Kafka's "no timestamp" value. */
#define BATCH_NO_TIMESTAMP (-1)

struct batch_header {
    int64_t base_offset;
    int32_t batch_length; /* bytes after this field; whole batch = +12 */
    int32_t leader_epoch;
    int8_t magic;
    uint32_t crc;
    int16_t attributes;
    int32_t last_offset_delta;
    int64_t base_timestamp;
    int64_t max_timestamp;
    int64_t producer_id;
    int16_t producer_epoch;
    int32_t base_sequence;
    int32_t records_count;
};

/*
 * Parse the header at p (len bytes available, at least the header). Checks
 * magic == 2, batchLength large enough to hold the header, lastOffsetDelta
 * and recordsCount not negative. It does not require the whole batch to be
 * present. Returns 0 or -E_CORRUPT.
 */
int batch_parse_header(const uint8_t *p, size_t len, struct batch_header *h);

/* Only the 12-byte prefix: base offset and whole-batch size. -E_CORRUPT if
 * the declared length cannot hold a v2 header. */
int batch_parse_prefix(const uint8_t *p, size_t len, int64_t *base_offset, int64_t *size_bytes);

static inline int64_t batch_size(const struct batch_header *h)
{
    return (int64_t)h->batch_length + BATCH_LOG_OVERHEAD;
}

static inline int64_t batch_last_offset(const struct batch_header *h)
{
    return h->base_offset + h->last_offset_delta;
}

static inline int batch_codec(const struct batch_header *h)
{
    return h->attributes & BATCH_ATTR_CODEC_MASK;
}

/* Write h as 61 big-endian bytes (the crc field as given). */
void batch_encode_header(const struct batch_header *h, uint8_t out[BATCH_HEADER_BYTES]);

/* CRC-32C over bytes [21, len) of a whole batch in memory. */
uint32_t batch_crc(const uint8_t *batch, size_t len);

/* True when the stored CRC matches (len is the whole batch). */
bool batch_crc_ok(const uint8_t *batch, size_t len);

/* ---------------------------------------------------------------- records */

struct batch_record {
    const uint8_t *raw; /* the whole record, its length varint included */
    size_t raw_len;
    int8_t attributes;
    int64_t timestamp_delta;
    int32_t offset_delta;
    struct kbytes key;   /* len -1: null key */
    struct kbytes value; /* len -1: null value (a tombstone) */
};

struct batch_rec_iter {
    struct kreader r;
    int32_t left; /* records still expected */
};

/* Iterate the (uncompressed) records area: the bytes after the header, and
 * the header's recordsCount. */
void batch_rec_iter_init(struct batch_rec_iter *it, const uint8_t *records, size_t len,
                         int32_t count);

/* Next record: 1 when rec is filled, 0 at the end (all count records read
 * and no bytes left), -E_CORRUPT on malformed input (bad varints, a length
 * past the end, headers not matching the record length, trailing bytes). */
int batch_rec_next(struct batch_rec_iter *it, struct batch_record *rec);

#endif
