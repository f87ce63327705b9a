/*
 * records_legacy.h - legacy message sets (magic 0 and 1, Produce v0-2)
 * up-converted to one RecordBatch v2, as Kafka 3.x's LogValidator does
 * before it appends them.
 *
 * A legacy message set is a concatenation of messages:
 *
 *   offset int64, message_size int32, then message_size bytes:
 *   crc int32 (zlib CRC-32 of everything after it), magic int8 (0 or 1),
 *   attributes int8 (bits 0-2 codec: 0 none, 1 gzip, 2 snappy, 3 lz4;
 *   bit 3, magic 1 only: LogAppendTime), timestamp int64 (magic 1 only),
 *   key bytes (int32 length, -1 null), value bytes (int32 length, -1 null).
 *
 * A compressed message ("wrapper") carries in its value a compressed
 * message set of uncompressed messages of the same magic; magic 1 inner
 * messages use offsets relative to the wrapper.
 *
 * Error mapping (records.h explains the choice): framing and CRC failures
 * of any message, outer or inner, are CORRUPT_MESSAGE (Kafka throws
 * CorruptRecordException there); once a message's CRC matches, malformed
 * fields and broken rules are INVALID_RECORD; unknown codecs
 * UNSUPPORTED_COMPRESSION_TYPE; size caps MESSAGE_TOO_LARGE.
 */
#ifndef SLUICE_RECORDS_LEGACY_H
#define SLUICE_RECORDS_LEGACY_H

#include <stddef.h>
#include <stdint.h>

#include "protocol/kbuf.h"
#include "protocol/records.h"

/* offset and message_size, before the message proper. */
#define RB_LEGACY_LOG_OVERHEAD 12
/* crc, magic, attributes, key and value lengths: the smallest message. */
#define RB_LEGACY_OVERHEAD_V0 14
/* ... plus the magic-1 timestamp. */
#define RB_LEGACY_OVERHEAD_V1 22
/* Bit 3 of a magic-1 message's attributes. */
#define RB_LEGACY_ATTR_LOG_APPEND_TIME 0x08

/*
 * The magic byte of the first batch or message in p (the byte at offset 16
 * in both layouts), or -1 when len is too short to hold it. Produce v0-2
 * use it to send a v2 batch to rb_validate_produce and anything else to
 * rb_upconvert_legacy.
 */
int rb_peek_magic(const uint8_t *p, size_t len);

/* What an up-conversion found (for logs and tests). */
struct rb_legacy_info {
    int8_t magic;          /* of every message in the set */
    int codec;             /* the wrapper's codec, CODEC_NONE for none */
    int32_t records;       /* records in the batch written */
    size_t inflated_bytes; /* the wrapper's value after decompression */
};

/*
 * Up-convert the records field of one Produce v0-2 partition: validate
 * every message and append to out exactly ONE RecordBatch v2 holding all
 * their records, in order, with offset deltas 0..n-1, baseOffset 0,
 * partitionLeaderEpoch -1, producerId -1, producerEpoch -1, baseSequence
 * -1, CreateTime, no headers. The batch is compressed with the wrapper's
 * codec when the set was one compressed message (Kafka re-compresses with
 * the topic's compression.type, whose default "producer" means exactly
 * that; snappy is written in the xerial framing as Kafka does), and is
 * uncompressed otherwise. The output satisfies rb_validate's producer rules.
 *
 * Record timestamps (Kafka's LegacyRecord.timestamp): magic 0 has none
 * (-1); magic 1 takes the message's own timestamp, except inside a wrapper
 * that says LogAppendTime, whose timestamp every inner record takes. A
 * timestamp of -1 where LogAppendTime is claimed is RB_ERR_TIMESTAMP
 * (INVALID_TIMESTAMP), as LogValidator.validateTimestamp decides for the
 * default CreateTime topic. The topic's own message.timestamp.type is
 * applied later by storage, as for any batch.
 *
 * Rules, with the reason each failure gives:
 *   - an empty set: RB_ERR_NO_BATCH;
 *   - a message cut short, or message_size past the bytes present:
 *     RB_ERR_TRUNCATED (Kafka silently drops a partial trailing message;
 *     like rb_validate_produce we refuse it);
 *   - message_size below 14: RB_ERR_BATCH_LENGTH; magic outside 0..2:
 *     RB_ERR_MAGIC; a CRC-32 mismatch: RB_ERR_CRC (all CORRUPT_MESSAGE);
 *   - an outer message larger than lim->max_batch_bytes (with its 12-byte
 *     prefix), or an output batch larger: RB_ERR_TOO_LARGE;
 *   - magic 2, or a magic other than the first message's (outer) or the
 *     wrapper's (inner): RB_ERR_LEGACY_MAGIC;
 *   - fields that do not fill the message exactly, negative lengths other
 *     than -1: RB_ERR_RECORD (Kafka ignores bytes after the value; we do
 *     not), as is a wrapper whose value is null;
 *   - codec 4-7: RB_ERR_CODEC (zstd needs magic 2);
 *   - a compressed message that is not alone in the set:
 *     RB_ERR_MULTIPLE_BATCHES ("Compressed outer record has more than one
 *     batch"); a compressed message inside one: RB_ERR_LEGACY_NESTED;
 *   - a wrapper whose value does not decompress: RB_ERR_DECOMPRESS; that
 *     inflates past rb_limits_inflate_cap(lim): RB_ERR_INFLATE_LIMIT
 *     (MESSAGE_TOO_LARGE), with at most that many bytes ever allocated for
 *     it; that holds no message: RB_ERR_COUNT;
 *   - a magic-1 wrapper whose offset is neither 0 nor at least its last
 *     inner offset: RB_ERR_OFFSET_DELTA (Kafka: "Found invalid wrapper
 *     offset in compressed v1 message set").
 * Not checked here: the compacted-topic rule (a record without a key is
 * refused by Kafka in a compacted topic), which needs the topic; the v2
 * path does not apply it either. Unused attribute bits (4-7) are ignored,
 * as Kafka ignores them. Offsets of uncompressed messages are ignored:
 * the broker assigns offsets.
 *
 * lz4 wrappers in magic 0 may carry the KAFKA-3160 header checksum
 * (compress.h, CODEC_DF_LZ4_KAFKA3160); magic 1 ones must be correct.
 *
 * scratch (NULL: a temporary one) holds the decompressed wrapper value
 * during the call; on return scratch->buf holds what it held before. out
 * must not be scratch->buf. Views of the input are not kept. On failure
 * out's length is unchanged, *err says why (err may be NULL), and the
 * status is returned; info (may be NULL) is filled on success.
 */
int rb_upconvert_legacy(const uint8_t *p, size_t len, const struct rb_limits *lim,
                        struct rb_scratch *scratch, struct kwriter *out,
                        struct rb_legacy_info *info, struct rb_error *err);

#endif
