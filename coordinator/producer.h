/*
 * producer.h - idempotent producers: producer id allocation and, per
 * partition, the sequence state that turns retries into no-ops.
 *
 * Kafka's rules (ProducerStateManager, Kafka 3.x, KIP-98 / KIP-360):
 *  - a batch carries (producerId, epoch, baseSequence, lastOffsetDelta);
 *    producerId -1 means "not idempotent" and is never tracked;
 *  - an older epoch than the one known is fenced: INVALID_PRODUCER_EPOCH;
 *  - a newer epoch must start at sequence 0, unless nothing is known of the
 *    producer (its state aged out with the log): then anything goes;
 *  - within an epoch the batch must continue at lastSeq + 1 (wrapping at
 *    INT32_MAX) - else OUT_OF_ORDER_SEQUENCE_NUMBER;
 *  - a retry of one of the last 5 batches is a duplicate: answered as a
 *    success with the offsets it got the first time.
 */
#ifndef SLUICE_PRODUCER_H
#define SLUICE_PRODUCER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PRODUCER_CACHED_BATCHES 5

/* Producer ids are handed out from blocks persisted ahead of use. */
struct pid_alloc {
    char *path;      /* file holding the next block's first id */
    int64_t next_id; /* next id to hand out */
    int64_t block_end; /* ids below this are covered by the persisted file */
};

/* Load (or create) the allocator state in dir. Returns 0 or -E_IO. */
int pid_alloc_open(struct pid_alloc *pa, const char *dir);
void pid_alloc_close(struct pid_alloc *pa);
/* A fresh producer id, persisting a new block first when needed. Returns
 * the id, or a negative status when the block could not be persisted. */
int64_t pid_alloc_next(struct pid_alloc *pa);
/* True when id was handed out by this broker (now or before a restart). */
bool pid_alloc_issued(const struct pid_alloc *pa, int64_t id);

struct pstate_batch {
    int32_t first_seq;
    int32_t last_seq;
    int64_t first_offset;
    int64_t last_offset;
    int64_t timestamp; /* the append time answered the first time */
};

/* One producer's state in one partition. */
struct pstate_entry {
    int64_t producer_id;
    int16_t epoch;
    int nbatches;                       /* cached, newest last */
    struct pstate_batch batches[PRODUCER_CACHED_BATCHES];
    int64_t last_seen_ms;
};

/* All producers of one partition (an open-addressing table). */
struct pstate_table {
    struct pstate_entry *slots;
    size_t cap;
    size_t count;
};

enum pstate_verdict {
    PSTATE_APPEND,        /* new data: append it, then pstate_record() */
    PSTATE_DUPLICATE,     /* a retry: *dup holds the original offsets */
    PSTATE_OUT_OF_ORDER,  /* OUT_OF_ORDER_SEQUENCE_NUMBER */
    PSTATE_FENCED,        /* INVALID_PRODUCER_EPOCH */
    PSTATE_OLD_DUPLICATE, /* older than the cache: DUPLICATE_SEQUENCE_NUMBER */
};

void pstate_init(struct pstate_table *t);
void pstate_destroy(struct pstate_table *t);

/* Judge a batch before appending it. Producer ids < 0 always give
 * PSTATE_APPEND. */
enum pstate_verdict pstate_check(const struct pstate_table *t, int64_t producer_id, int16_t epoch,
                                 int32_t first_seq, int32_t last_seq, struct pstate_batch *dup);

/* Remember an appended batch (also used to rebuild state from the log at
 * start-up). Returns 0 or -E_NOMEM. */
int pstate_record(struct pstate_table *t, int64_t producer_id, int16_t epoch, int32_t first_seq,
                  int32_t last_seq, int64_t first_offset, int64_t last_offset, int64_t timestamp,
                  int64_t now_ms);

/* Forget producers idle for longer than max_idle_ms
 * (producer.id.expiration.ms). Returns how many were dropped. */
size_t pstate_expire(struct pstate_table *t, int64_t now_ms, int64_t max_idle_ms);

/* The entry of one producer, or NULL. */
const struct pstate_entry *pstate_find(const struct pstate_table *t, int64_t producer_id);

#endif
