/*
 * cleaner.h - a compaction job, as handed from the loop thread to the
 * cleaner thread and back (private to cleaner.c and compact.c).
 *
 * The loop thread snapshots a prefix of closed, flushed segments (pinning
 * them: their files stay open and their indexes loaded, and nothing on the
 * loop thread rewrites their files), and opens the partition directory.
 * The cleaner thread works only from the snapshot, the directory fd and
 * the files it creates; it never reads log state. Its result comes back
 * through the completion queue, where the loop thread swaps the new
 * segments into the log.
 */
#ifndef SLUICE_STORAGE_CLEANER_H
#define SLUICE_STORAGE_CLEANER_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "storage/compq.h"
#include "storage/config.h"
#include "storage/fdcache.h"
#include "storage/index.h"
#include "storage/io.h"
#include "storage/timeindex.h"

struct segment;
struct log;
struct cleaner;

struct cjob_in {
    struct segment *seg; /* loop side only: never dereferenced by the cleaner */
    int64_t base_offset;
    int64_t size_bytes;
    int64_t end_offset; /* the next segment's base offset */
    int64_t mtime_ms;
    struct sfile *file; /* a reference held by the job */
};

struct cjob_out {
    int64_t base_offset;
    int64_t size_bytes;
    int64_t next_offset;
    int64_t max_timestamp;
    int64_t max_ts_offset;
    int64_t mtime_ms;
    int64_t bytes_since_index;
    size_t first_in; /* inputs [first_in, first_in + n_in) become this one */
    size_t n_in;
    struct sfile *file; /* the new .log, open; handed to the loop */
    struct oindex idx;
    struct tindex tidx;
};

struct cjob {
    struct compq_item done;
    struct cleaner *cl;
    struct log *lg; /* loop side only */
    const struct sio *io;
    int dirfd; /* the partition directory */

    struct cjob_in *in;
    size_t nin;  /* inputs pinned */
    size_t nuse; /* inputs actually cleaned (the offset map may fill up) */
    struct cjob_out *out;
    size_t nout;

    int64_t now_ms;
    int64_t delete_retention_ms;
    int64_t segment_bytes;
    int64_t index_interval_bytes;
    size_t idx_max_entries;
    size_t tidx_max_entries;
    int64_t max_batch_bytes; /* larger batches are copied whole, unread */
    int64_t dedupe_bytes;
    struct store_codec_hooks codec;
    atomic_bool *cancel;

    int status;
    bool swapped; /* the swap manifest is durable: the new files count */
    int64_t cleaned_upto;

    /* Statistics for the log line. */
    int64_t bytes_in;
    int64_t bytes_out;
    int64_t records_removed;
    int64_t batches_removed;
    int64_t batches_rewritten;
};

/* Cleaner thread: clean job->in, write the new segments, swap them in on
 * disk crash-safely, open them. 0 or a negative status (-E_AGAIN when
 * cancelled). On failure before the swap every new file is removed. */
int compact_run(struct cjob *job);

/* Load time: finish a swap whose manifest is in dir (no-op without one). */
int compact_recover_swap(const struct sio *io, const char *dir);

#endif
