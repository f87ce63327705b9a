/*
 * coord_log.h - the narrow persistence interface between the group
 * coordinator and the partition logs of the compacted internal topic
 * __consumer_offsets.
 *
 * The coordinator never touches files. It builds whole RecordBatch v2
 * batches (magic 2, CRC-32C, uncompressed, CreateTime) whose records carry
 * Kafka's own key/value layouts (OffsetCommitKey/Value, GroupMetadataKey/
 * Value), and hands each batch to `append` for one __consumer_offsets
 * partition. At start-up the broker feeds every record read back from each
 * partition, in offset order, to coord_load_*().
 *
 * Durability contract: `done(arg, 0, base_offset)` means the batch is on
 * stable storage (the acks=all contract of storage/). OffsetCommit,
 * SyncGroup (leader), DeleteGroups and OffsetDelete are answered only after
 * their batch's done().
 */
#ifndef SLUICE_COORD_LOG_H
#define SLUICE_COORD_LOG_H

#include <stddef.h>
#include <stdint.h>

#include "protocol/kbuf.h"

struct coordinator;

/* Called once per accepted append: status 0 and the offset given to the
 * batch's first record, or a negative status (-E_IO, -E_NOSPC, -E_TOOBIG,
 * -E_NOTFOUND ...) when the batch is not durable. */
typedef void (*coord_log_done_fn)(void *arg, int status, int64_t base_offset);

struct coord_log_ops {
    /*
     * Append one record batch to __consumer_offsets partition `partition`
     * (0 <= partition < offsets.topic.num.partitions), creating the
     * partition if needed. `batch` is borrowed for the duration of the
     * call: copy it. The batch's baseOffset field is 0; storage assigns it.
     *
     * Returns 0 when accepted: then done() is called exactly once, later
     * or even before append returns, on the loop thread, also after
     * coord_free() (the coordinator detaches its contexts and frees them
     * in done). Returns a negative status when refused: done() is not
     * called.
     */
    int (*append)(void *ctx, int32_t partition, const uint8_t *batch, size_t len,
                  coord_log_done_fn done, void *arg);
};

/*
 * Start-up load, per __consumer_offsets partition, on the loop thread:
 *
 *   coord_load_begin(c, p);              requests for groups of p now get
 *                                        COORDINATOR_LOAD_IN_PROGRESS
 *   coord_load_batch(c, p, bytes, len);  for every batch in offset order
 *     (or coord_load_record() for every record, if storage iterates records)
 *   coord_load_end(c, p);                groups of p become live: Empty, or
 *                                        Stable with session timers when
 *                                        the last group record had members
 *
 * Partitions never begun are simply live (a new broker has nothing to load).
 */
void coord_load_begin(struct coordinator *c, int32_t partition);
/* One whole RecordBatch v2 as stored. Control batches are skipped.
 * Returns 0, or -E_CORRUPT / -E_UNSUPPORTED (compressed) for a batch it
 * cannot read; the caller logs it and goes on with the next one. */
int coord_load_batch(struct coordinator *c, int32_t partition, const uint8_t *batch, size_t len);
/* One record: offset is its log offset; value.len == -1 is a tombstone.
 * Unknown key versions are ignored. Returns 0 or -E_CORRUPT. */
int coord_load_record(struct coordinator *c, int32_t partition, int64_t offset,
                      struct kbytes key, struct kbytes value);
void coord_load_end(struct coordinator *c, int32_t partition);

#endif
