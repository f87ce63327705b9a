/*
 * store.h - the storage of one broker: open/close over log.dirs, the topic
 * registry and its durable changes, the completion queue, and the
 * maintenance tick.
 *
 * Threading: one event-loop thread calls everything in storage. The store
 * runs two threads of its own: the flush worker (fdatasync, crash-safe
 * metadata writes, file removal) and the log cleaner (compaction). They
 * never touch broker state; their results come back through the completion
 * queue, whose fd the broker watches (store_completion_fd) and drains on
 * the loop thread (store_run_completions), so every callback runs there.
 */
#ifndef SLUICE_STORAGE_STORE_H
#define SLUICE_STORAGE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "storage/config.h"
#include "storage/log.h"
#include "storage/topic.h"

struct store;

/* A key and a value (NULL value: delete the key). Borrowed. */
struct store_kv {
    const char *key;
    const char *value;
};

/* Called after every successful append, on the loop thread, before
 * log_append returns (e.g. to wake parked Fetch requests). It may read
 * from the log but must not append to it. */
typedef void (*store_append_hook)(void *arg, struct log *lg);

/*
 * Open the store in the first directory of cfg->log_dirs (created if
 * missing; other entries are ignored for now). cfg is copied. After a
 * clean shutdown nothing is scanned; otherwise every partition is
 * recovered from its recovery point (see "Durability" in README.md). Starts the
 * flush worker and the cleaner. Returns 0 and *out, or a negative status:
 * -E_INVAL (bad log.dirs), -E_IO, -E_NOSPC, -E_NOMEM, -E_CORRUPT (topic
 * metadata that fails its checksum: refusing to guess).
 */
int store_open(const struct store_config *cfg, struct store **out);

/*
 * Clean shutdown: stop the cleaner, flush every log, run the remaining
 * completions (callbacks fire before this returns), write indexes and the
 * offsets checkpoint, write the clean-shutdown marker (unless the log
 * directory is offline), stop the worker and free everything. Spans still
 * held by readers stay valid until released. NULL is a no-op.
 */
void store_close(struct store *st);

/* The fd to watch for readability (an eventfd); never changes. */
int store_completion_fd(const struct store *st);
/* Run every pending completion on the calling (loop) thread. */
void store_run_completions(struct store *st);
/* For callers without an event loop (tools, tests): wait up to timeout_ms
 * for completions and run them. Returns 1 if any ran, else 0. */
int store_wait(struct store *st, int timeout_ms);
/* Jobs submitted to the worker whose completion has not run yet. */
int store_jobs_in_flight(const struct store *st);

/*
 * Periodic maintenance, from a broker timer (e.g. every 100 ms to 1 s):
 * time-based flushes (flush.ms), the offsets checkpoint
 * (log.flush.offset.checkpoint.interval.ms), retention every
 * log.retention.check.interval.ms, and starting compaction.
 */
void store_tick(struct store *st, int64_t now_ms);

/* True after an I/O error took the log directory offline. */
bool store_offline(const struct store *st);
/* True when the last shutdown was clean (no recovery scan ran at open). */
bool store_clean_start(const struct store *st);
const struct store_config *store_get_config(const struct store *st);
void store_set_append_hook(struct store *st, store_append_hook fn, void *arg);

/* ------------------------------------------------------------------ topics */

/*
 * Create a topic with `partitions` partitions and config overrides
 * (validated first; nothing is created if one is bad: *bad_key, if not
 * NULL, names it). The topic exists at once (*out); cb (may be NULL) runs
 * when its metadata and directories are durable. Errors: -E_INVAL (bad
 * name, partition count < 1, bad config value), -E_NOTFOUND (unknown
 * config key), -E_EXISTS, -E_IO, -E_NOMEM.
 */
int store_topic_create(struct store *st, const char *name, int32_t partitions,
                       const struct store_kv *configs, size_t nconfigs, store_done_cb cb,
                       void *arg, struct topic **out, const char **bad_key);

/*
 * Delete a topic: it disappears from lookups at once and its pointer and
 * its logs' pointers become invalid for the caller. Files are removed in
 * the background; spans handed out earlier stay readable until released.
 * cb runs when the deletion is durable.
 */
int store_topic_delete(struct store *st, struct topic *t, store_done_cb cb, void *arg);

/* Grow a topic to `total` partitions (CreatePartitions). -E_INVAL if total
 * is not larger than the current count. cb runs when durable. */
int store_topic_add_partitions(struct store *st, struct topic *t, int32_t total,
                               store_done_cb cb, void *arg);

/*
 * Change config overrides: each op sets key to value, or removes the
 * override when value is NULL (IncrementalAlterConfigs SET/DELETE). With
 * replace, every override not named is removed first (legacy
 * AlterConfigs). All ops are validated before any applies (*bad_key names
 * the first bad one). Persisted; cb runs when durable.
 */
int store_topic_alter_configs(struct store *st, struct topic *t, const struct store_kv *ops,
                              size_t n, bool replace, store_done_cb cb, void *arg,
                              const char **bad_key);

/* Set (or with a NULL value remove) attributes, persisted like configs.
 * Keys must be non-empty. cb runs when durable. */
int store_topic_set_attrs(struct store *st, struct topic *t, const struct store_kv *ops,
                          size_t n, store_done_cb cb, void *arg);

struct topic *store_topic_find(const struct store *st, const char *name);
struct topic *store_topic_find_id(const struct store *st, const struct kuuid *id);
/* Iteration: topics 0 .. count-1 (order is arbitrary and changes when a
 * topic is created or deleted). */
size_t store_topic_count(const struct store *st);
struct topic *store_topic_at(const struct store *st, size_t i);

/* ------------------------------------------------------------- compaction */

/* Start cleaning lg now if it has cleanable closed segments, ignoring the
 * dirty ratio and backoff (admin and tests). 1 started, 0 nothing to do or
 * the cleaner is busy, negative status. */
int store_compact_now(struct store *st, struct log *lg, int64_t now_ms);
/* True while a compaction job is running. */
bool store_cleaner_busy(const struct store *st);

#endif
