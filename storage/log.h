/*
 * log.h - one partition's log: append, read, offset lookups, DeleteRecords.
 *
 * A struct log is owned by its topic (topic_log()); the pointer is valid
 * until the topic is deleted. Every function here must be called on the
 * event-loop thread that owns the store. Functions return 0 or a negative
 * status (protocol/status.h); a store whose log directory went offline
 * after an I/O error answers -E_IO everywhere (KAFKA_STORAGE_ERROR).
 *
 * Offsets: log start offset <= last stable offset <= high watermark <= log
 * end offset. With a single broker the high watermark equals the log end
 * offset and the last stable offset equals the high watermark; they are
 * kept as distinct values for replication and transactions later.
 */
#ifndef SLUICE_STORAGE_LOG_H
#define SLUICE_STORAGE_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/kbuf.h"

struct log;
struct topic;

/* Completion of an asynchronous operation: status 0 or negative. */
typedef void (*store_done_cb)(void *arg, int status);

struct log_append_result {
    int64_t base_offset;        /* offset assigned to the first record */
    int64_t last_offset;        /* base_offset + lastOffsetDelta */
    int64_t log_append_time_ms; /* the broker time written, -1 for CreateTime */
    int64_t log_start_offset;   /* for the Produce response */
    bool pending;               /* the callback will run later (see log_append) */
};

/* Runs on the loop thread from store_run_completions(). res is borrowed for
 * the call. status -E_IO: the fsync failed and the log directory is now
 * offline; -E_NOTFOUND: the topic was deleted before the flush finished. */
typedef void (*log_append_cb)(void *arg, int status, const struct log_append_result *res);

struct log_append_opts {
    int64_t now_ms;       /* broker clock: LogAppendTime, segment.ms */
    bool durable;         /* the producer asked for acks=all */
    int32_t leader_epoch; /* written into partitionLeaderEpoch */
    log_append_cb cb;     /* may be NULL when the caller ignores completion */
    void *arg;
};

/*
 * Append one RecordBatch v2 (already validated by protocol/records) of len
 * bytes. The batch is not modified; storage writes it with baseOffset and
 * partitionLeaderEpoch set, and, when the topic's message.timestamp.type is
 * LogAppendTime, with maxTimestamp = now_ms, the timestamp-type attribute
 * bit set and the CRC recomputed (those fields are inside the CRC; the
 * first two are not). The segment rolls first when segment.bytes,
 * segment.ms or an index limit says so.
 *
 * On success res holds the assigned offsets and returns 0. If res->pending
 * is true, o->cb will be called exactly once later, from
 * store_run_completions(), when an fdatasync covers the batch (or with an
 * error); that happens when o->durable is set and sluice.durable.acks.all
 * is on, or when this append crossed the flush.messages threshold (Kafka
 * flushes before answering then). Otherwise the append is complete: the
 * bytes are in the page cache.
 *
 * Errors (no callback will run): -E_CORRUPT (header not v2, length
 * mismatch), -E_TOOBIG (larger than max.message.bytes), -E_NOSPC (the
 * device is full; the partial write was cut back and the log is unchanged),
 * -E_IO (write error: the log directory is now offline), -E_NOTFOUND
 * (the topic was deleted), -E_NOMEM.
 */
int log_append(struct log *lg, const uint8_t *batch, size_t len,
               const struct log_append_opts *o, struct log_append_result *res);

/* How far a read may see (Kafka's isolation levels plus followers). */
enum log_isolation {
    LOG_READ_LOG_END = 0,    /* followers: up to the log end offset */
    LOG_READ_HIGH_WATERMARK, /* read_uncommitted consumers */
    LOG_READ_COMMITTED,      /* read_committed consumers: up to the LSO */
};

#define LOG_READ_MAX_SPANS 4

struct log_read_result {
    struct kfile_span spans[LOG_READ_MAX_SPANS]; /* owner: see log_span_release */
    uint32_t nspans;
    int64_t bytes; /* sum of the spans' lengths */
    int64_t high_watermark;
    int64_t last_stable_offset;
    int64_t log_start_offset;
    int64_t log_end_offset;
};

/*
 * Find whole batches for a Fetch: the first is the batch that contains
 * offset (it may start before offset; clients skip the extra records), and
 * it is returned even when it alone is larger than max_bytes; more batches
 * follow while they fit in max_bytes. The data is described as file ranges
 * (spans) for zero-copy sending (evbuffer_add_file_segment: do not let
 * libevent close the fd). Each span's owner holds a reference that keeps
 * the file open even if the segment is deleted or compacted meanwhile;
 * release it with log_span_release(owner) (for instance from the file
 * segment's cleanup callback) or all at once with log_read_release().
 *
 * offset == the isolation limit gives no spans and 0. -E_RANGE
 * (OFFSET_OUT_OF_RANGE) when offset is below the log start offset or past
 * the log end offset; -E_CORRUPT if the bytes on disk are malformed.
 */
int log_read(struct log *lg, int64_t offset, int64_t max_bytes, enum log_isolation iso,
             struct log_read_result *out);
/* Release every span of a read result (nspans becomes 0). */
void log_read_release(struct log_read_result *r);
/* Release one span's owner reference. Thread-safe. */
void log_span_release(void *owner);

/*
 * For in-process readers (the coordinator loading __consumer_offsets, the
 * Kinesis gateway): copy whole batches, starting with the one containing
 * offset and ending before the high watermark, into buf (cap bytes). On
 * success *len is the number of bytes copied (0 at the high watermark) and
 * *next_offset the offset to continue from. -E_TOOBIG when the first batch
 * alone is larger than cap (*len then holds its size, so the caller can
 * retry with a bigger buffer); -E_RANGE as for log_read.
 */
int log_read_batches(struct log *lg, int64_t offset, uint8_t *buf, size_t cap, size_t *len,
                     int64_t *next_offset);

/*
 * ListOffsets by timestamp: the first offset whose record timestamp is >=
 * ts, and that record's timestamp. For LogAppendTime batches every record
 * has the batch's time. For compressed batches (no decompress hook) the
 * answer is the batch's base offset and its maxTimestamp (a consumer
 * seeking there misses nothing). -E_NOTFOUND when no record qualifies
 * (Kafka answers offset -1 then).
 */
int log_offset_for_timestamp(struct log *lg, int64_t ts, int64_t *offset, int64_t *timestamp);
/* ListOffsets MAX_TIMESTAMP (KIP-734): the offset and timestamp of the
 * record with the largest timestamp (the first such record). Same
 * compressed-batch caveat. -E_NOTFOUND for an empty log. */
int log_offset_max_timestamp(struct log *lg, int64_t *offset, int64_t *timestamp);

int64_t log_start_offset(const struct log *lg);
int64_t log_end_offset(const struct log *lg);
int64_t log_high_watermark(const struct log *lg);
/* The hook for transactions: = high watermark for now. */
int64_t log_last_stable_offset(const struct log *lg);
/* Offsets below this are on stable storage. */
int64_t log_recovery_point(const struct log *lg);
/* Bytes in all segments. */
int64_t log_size_bytes(const struct log *lg);
/* Increments on every append, so a parked Fetch can tell new data came. */
uint64_t log_generation(const struct log *lg);
struct topic *log_topic(const struct log *lg);
int32_t log_partition(const struct log *lg);

/*
 * DeleteRecords: move the log start offset to offset (-1 = the high
 * watermark). Offsets below it stop being readable at once; segments
 * wholly below it are deleted. The new log start offset is persisted (offsets
 * checkpoint); cb (may be NULL) runs when that is durable. *low_watermark
 * receives the resulting log start offset. Moving backwards is a no-op
 * success. -E_RANGE when offset is past the high watermark.
 */
int log_delete_records(struct log *lg, int64_t offset, store_done_cb cb, void *arg,
                       int64_t *low_watermark);

/* Roll the active segment now (admin and tests). No-op on an empty one. */
int log_roll(struct log *lg, int64_t now_ms);

#endif
