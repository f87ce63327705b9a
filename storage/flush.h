/*
 * flush.h - the flush worker: group commit and the other blocking file
 * work (crash-safe small-file writes, removals) off the event-loop thread.
 *
 * The loop thread submits jobs; one worker thread takes *every* queued job
 * at once, performs them, and posts each back through the completion queue
 * (compq.h), where the job's `done.run` finishes it on the loop thread.
 * Group commit falls out of this: while one round of fsyncs runs, new
 * durable appends queue up (or are merged into a queued job, see
 * flusher_try_update), and the next round covers all of them with one
 * fdatasync per distinct file. Completions of a round are posted only
 * after the whole round is done, in submission order, so a job never
 * completes before a job submitted earlier.
 *
 * Only file-system work happens on the worker; it never touches broker
 * or log state. A job owns everything it needs (file references, copies
 * of paths and bytes).
 */
#ifndef SLUICE_STORAGE_FLUSH_H
#define SLUICE_STORAGE_FLUSH_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "storage/checkpoint.h"
#include "storage/compq.h"
#include "storage/fdcache.h"
#include "storage/io.h"

enum fjob_kind {
    FJ_SYNC,   /* fdatasync file (if any), then fsync sync_dir (if any) */
    FJ_WRITE,  /* ckpt_write(dir, name, payload), then fsync sync_dir */
    FJ_REMOVE, /* remove each path (file or tree), then fsync sync_dir */
};

struct fjob_waiter {
    struct fjob_waiter *next;
    void (*cb)(void *arg, int status);
    void *arg;
};

struct fjob {
    struct compq_item done; /* done.run completes the job on the loop */
    struct fjob *next;      /* worker queue link */
    enum fjob_kind kind;
    bool taken;             /* set by the worker under the flusher lock */
    int status;             /* 0 or a negative status, set by the worker */

    struct sfile *file; /* FJ_SYNC: a reference the job owns, or NULL */
    char *sync_dir;     /* all kinds: directory to fsync last, or NULL */
    char *sync_dir2;    /* a second one (topic create: log dir and topics dir) */

    char *dir; /* FJ_WRITE */
    char *name;
    enum ckpt_kind ckind;
    uint8_t *payload;
    size_t len;

    char **paths; /* FJ_REMOVE */
    size_t npaths;

    /* Loop-side bookkeeping, never read by the worker. */
    void *ctx; /* the store (set by store_submit) */
    void *owner;
    int64_t upto;
    struct fjob_waiter *waiters;
};

struct flusher;

/* Start the worker. Completions go to q. A round touching at least
 * syncfs_threshold files and directories uses one syncfs (0: never). NULL
 * on failure. */
struct flusher *flusher_new(const struct sio *io, struct compq *q, size_t syncfs_threshold);
/* Finish every queued job (their completions are posted), stop and join
 * the worker, free. NULL is a no-op. */
void flusher_free(struct flusher *fl);
/* Loop thread: queue a job (ownership passes to the worker until its
 * completion runs). */
void flusher_submit(struct flusher *fl, struct fjob *job);
/* Loop thread: run fn(job, arg) under the worker lock if the worker has
 * not taken job yet, and return true; return false (fn not called) if it
 * has. Used to merge new work into a queued job. */
bool flusher_try_update(struct flusher *fl, struct fjob *job, void (*fn)(struct fjob *, void *),
                        void *arg);
/* Counters for tests and the benchmark: rounds run, fdatasyncs (and
 * syncfs calls) issued. */
void flusher_stats(struct flusher *fl, uint64_t *rounds, uint64_t *syncs);

/* Allocate a zeroed job of a kind. NULL on allocation failure. */
struct fjob *fjob_new(enum fjob_kind kind);
/* Free a job and everything it owns (drops its file reference). */
void fjob_free(struct fjob *job);
/* Add a (cb, arg) to run when the job completes. 0 or -E_NOMEM. */
int fjob_add_waiter(struct fjob *job, void (*cb)(void *, int), void *arg);
/* Call and free every waiter with status. */
void fjob_run_waiters(struct fjob *job, int status);

#endif
