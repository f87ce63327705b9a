/*
 * records.h - RecordBatch v2 ("magic 2"): parse, validate, iterate, build.
 *
 * The layout is in shared/kafka-protocol/RECORD-BATCH.md. The broker stores
 * batches as they arrived, so everything here works on the batch bytes in
 * place and returns views into them (or into a caller's scratch writer
 * holding decompressed records). Nothing is allocated in proportion to a
 * count or length read from the input before that number has been checked
 * against the bytes present; decompression is capped (compress.h).
 *
 * Three levels of checking:
 *   rb_parse     framing only: size, magic, CRC-32C, attribute bits. What
 *                the recovery scan and Fetch paths need.
 *   rb_validate  rb_parse, then every record (decompressing when needed)
 *                and, for producer batches, Kafka's LogValidator rules.
 *   rb_validate_produce  the records field of one Produce partition:
 *                exactly one batch, as Kafka requires. (Produce v0-2
 *                legacy message sets become one batch first, through
 *                rb_upconvert_legacy in records_legacy.h.)
 *
 * Failures come back as a status (-E_CORRUPT, -E_INVAL, -E_TOOBIG,
 * -E_UNSUPPORTED, -E_NOMEM) plus a struct rb_error naming the precise
 * reason; rb_err_kerr() turns the reason into the Kafka error for the
 * Produce response.
 *
 * Kafka error choice (documented here once): failures the CRC cannot vouch
 * for (the batch cannot be framed, its CRC is wrong) are CORRUPT_MESSAGE,
 * which clients retry since it may be damage in transit. Once the CRC
 * matches, the bytes are exactly what the producer meant to send, so every
 * later failure (a malformed record, bad compressed data, a rule broken) is
 * INVALID_RECORD, which clients do not retry; Kafka's own record parser
 * throws InvalidRecordException in the same places. Size limits give
 * MESSAGE_TOO_LARGE (the Java producer then splits the batch), codec
 * problems UNSUPPORTED_COMPRESSION_TYPE.
 */
#ifndef SLUICE_RECORDS_H
#define SLUICE_RECORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/compress.h"
#include "protocol/errors.h"
#include "protocol/kbuf.h"

#define RB_MAGIC 2
#define RB_HEADER_BYTES 61
/* baseOffset and batchLength: the bytes before batchLength's count starts. */
#define RB_LOG_OVERHEAD 12
/* Smallest legal batchLength: the rest of the header, no records. */
#define RB_MIN_BATCH_LENGTH (RB_HEADER_BYTES - RB_LOG_OVERHEAD)

/* Byte offsets of header fields, for in-place updates. */
#define RB_OFF_BASE_OFFSET 0
#define RB_OFF_BATCH_LENGTH 8
#define RB_OFF_LEADER_EPOCH 12
#define RB_OFF_MAGIC 16
#define RB_OFF_CRC 17
#define RB_OFF_ATTRIBUTES 21 /* CRC coverage starts here */
#define RB_OFF_MAX_TIMESTAMP 35

/* attributes (int16) */
#define RB_ATTR_CODEC_MASK 0x0007
#define RB_ATTR_LOG_APPEND_TIME 0x0008
#define RB_ATTR_TRANSACTIONAL 0x0010
#define RB_ATTR_CONTROL 0x0020
#define RB_ATTR_DELETE_HORIZON 0x0040
#define RB_ATTR_UNUSED_MASK 0xff80 /* bits 7-15, must be 0 */

/* Control record types (key: int16 version, int16 type). */
#define RB_CONTROL_ABORT 0
#define RB_CONTROL_COMMIT 1

/*
 * Decompression cap for validation when none is configured: the topic's
 * max.message.bytes times this factor, but at most RB_INFLATE_CEILING.
 * Real clients build batches of about a megabyte of uncompressed records
 * (librdkafka's batch.size, the Java producer's size estimate), so 32x the
 * default 1 MiB limit leaves room for very compressible data while
 * bounding what one batch can make the broker allocate.
 */
#define RB_INFLATE_FACTOR 32
#define RB_INFLATE_CEILING ((size_t)256 << 20)

/* ------------------------------------------------------------- errors */

enum rb_err {
    RB_OK = 0,
    RB_ERR_TRUNCATED,        /* fewer bytes than the batch needs */
    RB_ERR_BATCH_LENGTH,     /* batchLength below the v2 minimum */
    RB_ERR_MAGIC,            /* magic outside 0..2 */
    RB_ERR_OLD_MAGIC,        /* magic 0 or 1: not accepted */
    RB_ERR_CRC,              /* CRC-32C mismatch */
    RB_ERR_TOO_LARGE,        /* batch larger than max_batch_bytes */
    RB_ERR_ATTRIBUTES,       /* attribute bits 7-15 set */
    RB_ERR_CODEC,            /* codec 5, 6 or 7 */
    RB_ERR_CODEC_VERSION,    /* zstd in a Produce request before v7 */
    RB_ERR_DECOMPRESS,       /* compressed records are malformed */
    RB_ERR_INFLATE_LIMIT,    /* records decompress to more than the cap */
    RB_ERR_COUNT,            /* recordsCount < 1 (producer) or < 0 */
    RB_ERR_OFFSET_RANGE,     /* lastOffsetDelta disagrees with recordsCount */
    RB_ERR_BASE_OFFSET,      /* producer batch with baseOffset != 0 */
    RB_ERR_SEQUENCE,         /* producerId set but baseSequence < 0 */
    RB_ERR_CONTROL,          /* control batch where none is allowed */
    RB_ERR_RECORD,           /* a record is malformed */
    RB_ERR_RECORD_COUNT,     /* records present != recordsCount */
    RB_ERR_OFFSET_DELTA,     /* record offsetDelta out of order */
    RB_ERR_CONTROL_RECORD,   /* control record key malformed */
    RB_ERR_NO_BATCH,         /* Produce: empty records field */
    RB_ERR_MULTIPLE_BATCHES, /* Produce: more than one batch, or trailing bytes */
    RB_ERR_NOMEM,            /* allocation failed */
    /* Legacy message sets (records_legacy.h). */
    RB_ERR_LEGACY_MAGIC,     /* a message's magic differs from the set's (or is 2) */
    RB_ERR_LEGACY_NESTED,    /* a compressed message inside a compressed one */
    RB_ERR_TIMESTAMP,        /* LogAppendTime claimed with no timestamp */
    RB_ERR__COUNT
};

struct rb_error {
    enum rb_err code;
    int status;         /* the negative status also returned */
    const char *detail; /* static text, e.g. "varint overflow"; may be NULL */
    size_t batch_at;    /* byte offset of the batch in the input */
    int32_t record;     /* index of the failing record, -1 for the batch */
};

/* The Kafka error a Produce response gives for this reason. */
enum kerr rb_err_kerr(enum rb_err code);
/* The internal status for this reason (negative). */
int rb_err_status(enum rb_err code);
/* A short fixed description ("CRC-32C mismatch"). */
const char *rb_err_message(enum rb_err code);
/* A one-line reason for logs and ProduceResponse error_message:
 * "record 3: malformed record (varint overflow)". Returns buf. */
const char *rb_error_format(const struct rb_error *e, char *buf, size_t size);

/* ------------------------------------------------------------- batches */

/* A parsed batch: the header fields, plus what validation learned. Views
 * point into the input. */
struct rb_batch {
    const uint8_t *ptr; /* the whole batch */
    size_t size_bytes;  /* RB_LOG_OVERHEAD + batch_length */
    int64_t base_offset;
    int32_t batch_length;
    int32_t partition_leader_epoch;
    int8_t magic;
    uint32_t crc;
    int16_t attributes;
    int32_t last_offset_delta;
    int64_t base_timestamp;
    int64_t max_timestamp; /* as stored in the header */
    int64_t producer_id;
    int16_t producer_epoch;
    int32_t base_sequence;
    int32_t records_count;
    /* Decoded from attributes. */
    int codec;
    bool log_append_time;
    bool transactional;
    bool control;
    bool delete_horizon;
    /* The (possibly compressed) records section. */
    const uint8_t *records;
    size_t records_bytes;
    /* Filled by rb_validate only (zero after rb_parse). */
    size_t uncompressed_bytes;     /* records section after decompression */
    int64_t first_timestamp;       /* first record's timestamp */
    int64_t records_max_timestamp; /* largest record timestamp */
    bool has_null_key;             /* some record has a null key (compacted topics) */
    int16_t control_type;          /* control batches: first record's type, else -1 */
};

/*
 * Working memory for compressed batches: the decompressed records and the
 * codec decoders, both kept between batches. One per thread; views into
 * it last until the next rb_validate/rb_iter_init that uses it.
 */
struct rb_scratch {
    struct kwriter buf;
    struct codec_ctx *codecs; /* made on first use */
};
void rb_scratch_init(struct rb_scratch *s);
void rb_scratch_destroy(struct rb_scratch *s);

/* Validation settings. */
struct rb_limits {
    /* Whole batch size limit (max.message.bytes); 0 = none. */
    size_t max_batch_bytes;
    /* Cap on a compressed batch's records after decompression; 0 =
     * RB_INFLATE_FACTOR x max_batch_bytes (1 MiB if that is 0), at most
     * RB_INFLATE_CEILING. */
    size_t max_uncompressed_bytes;
    /* Apply the producer rules of Kafka's LogValidator: baseOffset 0,
     * recordsCount >= 1 and == lastOffsetDelta + 1, record offsetDeltas
     * exactly 0..n-1 (the log stores the batch unchanged, so Kafka's
     * rewrite of odd deltas cannot happen here), baseSequence >= 0 when
     * producerId >= 0. Otherwise (log, replica) compacted shapes are
     * allowed: fewer records than the offset span, gaps, empty batches. */
    bool producer;
    /* Whether control batches (attributes bit 5) are accepted. Producers
     * may not write them; the transaction coordinator and the log may. */
    bool allow_control;
};

/* Producer defaults for a topic whose max.message.bytes is given. */
void rb_limits_producer(struct rb_limits *l, size_t max_message_bytes);
/* The decompression cap these limits give. */
size_t rb_limits_inflate_cap(const struct rb_limits *l);

/*
 * The size of the batch starting at p from its first 12 bytes, without
 * other checks. Returns 0 and *size_bytes; -E_AGAIN when len < 12;
 * -E_CORRUPT when batchLength is below the v2 minimum.
 */
int rb_peek_size(const uint8_t *p, size_t len, size_t *size_bytes);

/*
 * Parse the batch at the start of p (len bytes available, possibly more
 * than one batch): length, magic, completeness, max_batch_bytes (when lim
 * is not NULL), CRC-32C, attribute bits and codec. Fills *out. Returns 0 or
 * a negative status with *err filled (err may be NULL). A batch cut short
 * is RB_ERR_TRUNCATED with status -E_CORRUPT.
 */
int rb_parse(const uint8_t *p, size_t len, const struct rb_limits *lim, struct rb_batch *out,
             struct rb_error *err);

/*
 * rb_parse plus every record: varints, lengths against the record length,
 * header counts, record count against the records present, and the
 * producer/control rules of lim. Compressed records are decompressed into
 * scratch (NULL: a temporary one); on return scratch holds what it held
 * before. Fills *out (all fields).
 */
int rb_validate(const uint8_t *p, size_t len, const struct rb_limits *lim,
                struct rb_scratch *scratch, struct rb_batch *out, struct rb_error *err);

/*
 * Validate the records field of one partition of a Produce request, as
 * Kafka 3.x does (ProduceRequest.validateRecords, then LogValidator): it
 * must hold exactly one batch (RB_ERR_NO_BATCH when empty,
 * RB_ERR_MULTIPLE_BATCHES when anything follows it; Kafka silently trims a
 * partial trailing batch, we refuse it), of magic 2 (RB_ERR_OLD_MAGIC), not
 * zstd in v3-v6 (RB_ERR_CODEC_VERSION). Then rb_validate with lim.
 *
 * Produce v0-2 normally carry legacy message sets, which the caller first
 * turns into one v2 batch with rb_upconvert_legacy (records_legacy.h).
 * Kafka does not check the magic for those versions ("clients which send
 * the wrong magic version in the wrong version of the produce request"),
 * so a v2 batch in v0-2 is validated like one in v3+, and, as in Kafka,
 * without the zstd version rule, which ProduceRequest applies from v3 only.
 */
int rb_validate_produce(const uint8_t *p, size_t len, int16_t produce_version,
                        const struct rb_limits *lim, struct rb_scratch *scratch,
                        struct rb_batch *out, struct rb_error *err);

/* Walking a concatenation of batches (a log segment, a Fetch response, a
 * replica's records): each step validates one batch. */
struct rb_scan {
    struct kreader r;
};
void rb_scan_init(struct rb_scan *s, const void *p, size_t len);
/* 1 and *out for the next batch; 0 at the end; negative status on error
 * (err->batch_at says where; the scan does not move past a bad batch). */
int rb_scan_next(struct rb_scan *s, const struct rb_limits *lim, struct rb_scratch *scratch,
                 struct rb_batch *out, struct rb_error *err);

/* ------------------------------------------------------------- records */

/* One record header; also used as builder input. */
struct rb_hdr {
    struct kstr key;     /* never null */
    struct kbytes value; /* len -1 = null */
};

/* One record, as views into the batch or the scratch writer. */
struct rb_record {
    int64_t offset;    /* base_offset + offset_delta */
    int64_t timestamp; /* base + delta, or max_timestamp for LogAppendTime */
    int64_t timestamp_delta;
    int32_t offset_delta;
    int8_t attributes;
    struct kbytes key;   /* len -1 = null */
    struct kbytes value; /* len -1 = null (tombstone) */
    int32_t header_count;
    struct kbytes headers; /* the encoded headers (rb_hdr_iter walks them) */
};

struct rb_iter {
    struct kreader r;
    int64_t base_offset;
    int64_t base_timestamp;
    int64_t append_time; /* max_timestamp when LogAppendTime, else -1 */
    bool log_append_time;
    int32_t count;
    int32_t index;
    size_t batch_at; /* for errors */
};

/*
 * Start walking the records of a batch from rb_parse or rb_validate. A
 * compressed batch is decompressed into scratch->buf first (appended, at
 * most cap bytes; cap 0 means RB_INFLATE_CEILING); views stay valid until
 * scratch->buf is reset or written to. scratch may be NULL for uncompressed
 * batches. Returns 0 or a negative status with *err.
 */
int rb_iter_init(struct rb_iter *it, const struct rb_batch *b, struct rb_scratch *scratch,
                 size_t cap, struct rb_error *err);
/*
 * The next record: 1 and *rec; 0 after the last one (which also checks no
 * bytes are left over); negative status on a malformed record. Each record
 * is fully checked, headers included, before it is returned.
 */
int rb_iter_next(struct rb_iter *it, struct rb_record *rec, struct rb_error *err);

/* Headers of a record returned by rb_iter_next (already checked). */
struct rb_hdr_iter {
    struct kreader r;
    int32_t left;
};
void rb_hdr_iter_init(struct rb_hdr_iter *hi, const struct rb_record *rec);
/* 1 and *h, or 0 when there are no more. */
int rb_hdr_next(struct rb_hdr_iter *hi, struct rb_hdr *h);

/* ------------------------------------------------------------- building */

/* One record to build. */
struct rb_rec_in {
    int64_t timestamp_ms;
    struct kbytes key;   /* len -1 = null */
    struct kbytes value; /* len -1 = null */
    const struct rb_hdr *headers;
    int32_t header_count;
};

struct rb_build {
    int codec; /* CODEC_* */
    struct codec_opts codec_opts;
    int64_t base_offset; /* producers send 0 */
    int32_t partition_leader_epoch;
    int64_t producer_id; /* -1: not idempotent */
    int16_t producer_epoch;
    int32_t base_sequence;
    bool transactional;
    bool control;
    bool log_append_time; /* sets the bit; max_timestamp = append_time_ms */
    int64_t append_time_ms;
};

/* Defaults: no compression, offsets from 0, leader epoch -1, no producer
 * id (-1/-1/-1), no flags. */
void rb_build_init(struct rb_build *b);

/*
 * Append one v2 batch holding n >= 1 records to out, with the correct
 * CRC-32C. Record i gets offsetDelta i; baseTimestamp is the first
 * record's timestamp, maxTimestamp the largest. Returns 0, -E_INVAL (n < 1,
 * a null header key, a negative length other than -1, unknown codec),
 * -E_TOOBIG (larger than int32 allows, or out->max_len), -E_NOMEM. On
 * failure out's length is unchanged.
 */
int rb_build_batch(const struct rb_build *b, const struct rb_rec_in *recs, int32_t n,
                   struct kwriter *out);

/*
 * Append a transaction marker: a control + transactional batch of one
 * control record (key: version 0, type COMMIT or ABORT; value: version 0,
 * coordinator_epoch), as the transaction coordinator writes at EndTxn.
 */
int rb_build_txn_marker(struct kwriter *out, int64_t producer_id, int16_t producer_epoch,
                        bool commit, int32_t coordinator_epoch, int64_t timestamp_ms);

/* In-place updates of a stored batch (len >= RB_HEADER_BYTES). The base
 * offset and leader epoch lie outside the CRC; setting LogAppendTime
 * rewrites attributes and maxTimestamp and so recomputes the CRC. */
void rb_set_base_offset(uint8_t *batch, int64_t base_offset);
void rb_set_leader_epoch(uint8_t *batch, int32_t leader_epoch);
void rb_set_log_append_time(uint8_t *batch, size_t size_bytes, int64_t append_time_ms);

#endif
