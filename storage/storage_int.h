/*
 * storage_int.h - structs shared by the storage files and private to them
 * (SQLite's btreeInt.h habit). Nothing outside storage/ includes this,
 * except white-box tests.
 *
 * Ownership, top down:
 *   store ──owns──▶ topics (registry) ──owns──▶ logs (one per partition)
 *   log   ──owns──▶ segments (sorted by base offset; the last is active)
 *   segment ──holds a ref on──▶ sfile (open .log file; see fdcache.h)
 * A log is also referenced by every flush or cleaner job that points at
 * it (log->refs); a deleted topic's logs live until those jobs complete.
 *
 * Threads: everything here belongs to the event-loop thread, except what
 * jobs own (flush.h) and what the cleaner owns while it runs (cleaner.h).
 */
#ifndef SLUICE_STORAGE_INT_H
#define SLUICE_STORAGE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "storage/batch.h"
#include "storage/compq.h"
#include "storage/config.h"
#include "storage/fdcache.h"
#include "storage/flush.h"
#include "storage/index.h"
#include "storage/io.h"
#include "storage/kvmap.h"
#include "storage/storage.h"
#include "storage/timeindex.h"

#define STORE_PATH_MAX 4096
#define STORE_TOPICS_DIR "topics"
#define STORE_OFFSETS_FILE "partition-state-checkpoint"
#define STORE_MARKER_FILE ".sluice_cleanshutdown"
#define STORE_SWAP_FILE "cleaner-swap"
#define STORE_DELETE_SUFFIX "-delete"

#define container_of(p, type, member) ((type *)((char *)(p)-offsetof(type, member)))

struct cleaner;

/* ---------------------------------------------------------------- segment */

struct segment {
    struct log *lg;
    int64_t base_offset;
    int64_t size_bytes;    /* bytes of whole, valid batches in .log */
    int64_t next_offset;   /* offset after the last batch; valid if meta_known */
    int64_t max_timestamp; /* largest batch maxTimestamp, -1 none; if meta_known */
    int64_t max_ts_offset; /* base offset of the batch holding it */
    int64_t roll_base_ms;  /* first batch's maxTimestamp (segment.ms), -1 unknown */
    int64_t mtime_ms;      /* last change: file mtime at load, else last append */
    bool meta_known;
    bool active;

    struct sfile *file; /* open .log (O_RDWR), NULL while evicted */
    struct fdc_node lru;
    int pins; /* > 0: must not be evicted (cleaner job, multi-step use) */

    bool cleaning; /* input of a running compaction: its files are the
                      cleaner's to replace, never rewritten from here */
    bool idx_loaded;        /* idx/tidx hold the segment's entries */
    bool idx_dirty;         /* in memory differs from the files */
    struct oindex idx;
    struct tindex tidx;
    int64_t bytes_since_index;
};

/* ------------------------------------------------------------------- log */

struct log_waiter {
    struct log_waiter *next;
    int64_t last_offset; /* completes when the flushed offset passes it */
    struct log_append_result res;
    log_append_cb cb;
    void *arg;
};

struct log {
    struct store *st;
    struct topic *topic; /* NULL once the topic is deleted */
    int32_t partition;
    char *dir;  /* absolute path of <log.dir>/<topic>-<partition> */
    char *name; /* "<topic>-<partition>" */

    struct segment **segs; /* sorted by base offset; segs[nsegs-1] is active */
    size_t nsegs;
    size_t segs_cap;

    int64_t log_start_offset;
    int64_t log_end_offset; /* next offset to assign */
    int64_t high_watermark; /* single broker: = log_end_offset */
    int64_t recovery_point; /* every offset below is fsynced */
    bool tail_known;        /* the active segment's tail has been verified */

    int64_t unflushed_messages;
    int64_t last_flush_ms;
    uint64_t generation;

    struct fjob *sync_job; /* the latest submitted sync job, until it completes */
    /* Durable appends gathered while a sync job runs (log.c): bytes not
     * yet written, the file position of gather[0] in the active segment,
     * and the job that will cover them, preallocated. */
    uint8_t *gather;
    size_t gather_len;
    int64_t gather_pos;
    struct fjob *gather_job;
    bool sync_wanted; /* durable appends since sync_job was queued */
    struct log_waiter *wait_head;
    struct log_waiter *wait_tail;

    int refs;
    bool deleted;
    struct tcfg cfg_orphan; /* the topic's settings, kept once it is deleted */

    /* Compaction (cleaner.c). */
    bool cleaning;
    int64_t cleaned_upto;  /* offsets below were cleaned in this process */
    int64_t next_clean_ms; /* backoff */
};

/* ------------------------------------------------------------------ topic */

struct topic {
    struct store *st;
    char *name;
    struct kuuid id;
    int32_t nparts;
    struct log **logs;
    struct kvmap configs; /* overrides, validated */
    struct kvmap attrs;
    struct tcfg cfg; /* resolved from configs + broker config */
    struct fjob *meta_job; /* queued metadata write, until it completes */
    struct topic *hnext_name;
    struct topic *hnext_id;
    size_t slot; /* position in store->topics */
};

/* ------------------------------------------------------------------ store */

struct store {
    struct store_config cfg;
    const struct sio *io;
    char dir[STORE_PATH_MAX];
    char topics_dir[STORE_PATH_MAX];
    bool offline;
    bool clean_start; /* the last shutdown was clean (no recovery scan) */

    struct fdcache fdc;
    struct compq cq;
    struct flusher *fl;
    struct cleaner *cl;
    int jobs_in_flight;
    int gather_buffers; /* logs holding a gather buffer (log.c) */

    struct topic **topics; /* dense array, for iteration */
    size_t ntopics;
    size_t topics_cap;
    struct topic **by_name; /* hash buckets */
    struct topic **by_id;
    size_t nbuckets;

    struct fjob *offsets_job; /* queued offsets checkpoint, until it completes */
    bool offsets_dirty;
    int64_t last_offsets_ckpt_ms;
    int64_t last_retention_ms;
    int64_t last_clean_check_ms;

    store_append_hook append_hook;
    void *append_hook_arg;

    /* Recovery-time state: checkpoint contents while loading. */
    struct ckpt_offsets_entry *ckpt;
    size_t nckpt;
};

/* ------------------------------------------------ internal entry points */

/* store.c */
void store_set_offline(struct store *st, const char *why, int status);
void store_submit(struct store *st, struct fjob *job);
/* Queue an offsets checkpoint now; cb (may be NULL) runs when durable. */
int store_checkpoint_offsets(struct store *st, void (*cb)(void *, int), void *arg);
/* Queue removal of paths (copied) on the worker. */
int store_remove_paths(struct store *st, char **paths, size_t n, const char *sync_dir);

/* segment.c */
struct segment *seg_new(struct log *lg, int64_t base_offset);
void seg_free(struct segment *s);
int seg_path(const struct segment *s, const char *suffix, char *buf, size_t len);
/* Create and open a new, empty active segment file. */
int seg_create(struct log *lg, int64_t base_offset, struct segment **out);
/* Open the .log file if it is not (through the LRU); touch the LRU. */
int seg_open(struct segment *s);
/* Make idx/tidx valid (read the files, or rebuild them from the log) and,
 * for the active segment, verify its tail (next_offset, timestamps). */
int seg_load(struct segment *s);
/* Read and parse the batch header at pos. -E_CORRUPT when the header is
 * malformed or the batch runs past size_bytes. */
int seg_read_header(struct segment *s, int64_t pos, struct batch_header *h);
/* Position of the first batch whose last offset is >= offset, and its
 * header. -E_NOTFOUND when every batch of the segment ends before offset. */
int seg_find(struct segment *s, int64_t offset, int64_t *pos, struct batch_header *h);
/* Write idx/tidx to the .index/.timeindex files (whole), fsync if asked. */
int seg_write_indexes(struct segment *s, bool sync);
/* Account one appended batch (already written at old size_bytes) in the
 * segment's indexes and counters. */
void seg_note_batch(struct segment *s, const struct batch_header *h, int64_t pos,
                    int64_t index_interval, int64_t now_ms);
/* Close the active segment: final time index entry, indexes to disk. */
void seg_close_active(struct segment *s);
/* Rename the segment's files to *.deleted (removed by the worker);
 * appends the new paths to *paths. */
int seg_rename_deleted(struct segment *s, char ***paths, size_t *npaths);
/* Release the open file (LRU eviction or shutdown). */
void seg_close_file(struct segment *s);
bool seg_evict(struct fdc_node *node);
/* The largest timestamp and its batch offset, loading indexes if needed. */
int seg_max_timestamp(struct segment *s, int64_t *ts, int64_t *offset);

/* recovery.c */
struct rcv_result {
    int64_t valid_bytes;  /* end of the last valid batch */
    int64_t next_offset;  /* after the last valid batch (base if none) */
    int64_t max_timestamp;
    int64_t max_ts_offset;
    int64_t first_max_ts; /* first batch's maxTimestamp, -1 if none */
    bool truncated;       /* an invalid batch was found before the end */
};
/* Scan a segment from position 0 (batch sizes, magic, offsets, and CRC
 * when check_crc), rebuilding s->idx/tidx. Does not modify the file. */
int rcv_scan_segment(struct segment *s, bool check_crc, struct rcv_result *out);
/* Load a partition directory: segments, leftovers of compaction swaps,
 * temp files; run recovery when clean is false. */
int rcv_load_log(struct log *lg, bool clean, int64_t ckpt_recovery_point,
                 int64_t ckpt_log_start);

/* log.c */
struct log *log_new(struct store *st, struct topic *t, int32_t partition);
void log_ref(struct log *lg);
void log_unref(struct log *lg);
/* Topic deletion: drop files from the LRU, forget segments' files. */
void log_mark_deleted(struct log *lg);
int log_add_segment(struct log *lg, struct segment *s);
/* Remove segs[i] from the array (does not free it). */
void log_remove_segment_at(struct log *lg, size_t i);
struct segment *log_active(struct log *lg);
/* Index of the segment holding offset (largest base <= offset); 0 if none. */
size_t log_segment_index(const struct log *lg, int64_t offset);
/* Queue a flush of everything appended so far (no waiter). */
int log_request_flush(struct log *lg);
/* Active segment's tail verified (lazy after a clean start). */
int log_ensure_tail(struct log *lg);
/* Write the durable appends gathered for lg (no-op if none). A failure
 * takes the directory offline (the offsets were assigned) and is
 * returned. Readers of the active segment past the high watermark call
 * this first. */
int log_write_gathered(struct log *lg);
const struct tcfg *log_cfg(const struct log *lg);

/* retention.c */
/* Delete closed segments past retention.ms / retention.bytes / below the
 * log start offset. Returns the number deleted. */
int log_retention_run(struct log *lg, int64_t now_ms);

/* cleaner.c */
struct cleaner *cleaner_new(struct store *st);
/* Cancel a running job and join the thread; its completion is still
 * posted (run it before cleaner_free). NULL is a no-op. */
void cleaner_stop(struct cleaner *cl);
void cleaner_free(struct cleaner *cl);
bool cleaner_busy(const struct cleaner *cl);
/* Topic deletion: cancel the running job if it is lg's. */
void cleaner_cancel_log(struct cleaner *cl, const struct log *lg);
/* Start cleaning lg if it has cleanable segments; 1 started, 0 nothing to
 * do, negative status on error. */
int cleaner_start(struct cleaner *cl, struct log *lg, int64_t now_ms, bool force);
/* Pick the dirtiest compacted log and start it (store_tick). */
void cleaner_maybe_start(struct cleaner *cl, int64_t now_ms);
/* Recovery of an interrupted swap in a partition directory (load time). */
int cleaner_recover_swap(struct log *lg);

/* topic.c */
struct topic *topic_alloc(struct store *st, const char *name, const struct kuuid *id);
void topic_free(struct topic *t);
int topic_encode_meta(const struct topic *t, uint8_t **out, size_t *len);
int topic_decode_meta(struct store *st, const uint8_t *p, size_t len, struct topic **out);
int topic_persist(struct topic *t, const char *also_sync_dir, store_done_cb cb, void *arg);
int topic_meta_name(const char *topic, char *buf, size_t len);
void topic_resolve_cfg(struct topic *t);

#endif
