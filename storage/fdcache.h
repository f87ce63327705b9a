/*
 * fdcache.h - refcounted open files and the bounded LRU of open segments.
 *
 * struct sfile is one open file descriptor shared by everyone who needs it
 * to stay open: the segment that owns it, zero-copy Fetch spans
 * (struct kfile_span.owner), flush jobs on the worker, compaction jobs.
 * The descriptor is closed when the last reference goes, so a segment that
 * is deleted or replaced by compaction keeps serving readers from its
 * unlinked-but-open file. References are atomic: the last one may be
 * dropped on any thread.
 *
 * struct fdcache bounds how many segments hold an open file at once
 * (10,000 partitions must not exhaust descriptors). It is a plain LRU
 * list of nodes embedded in segments; when it is over capacity it asks the
 * owner to evict the least recently used node, and the owner may refuse
 * (a pinned segment). Open files held only by readers' spans are outside
 * the bound, so it is a bound on cached files, not on all descriptors.
 * The LRU itself is touched only by the event-loop thread.
 */
#ifndef SLUICE_STORAGE_FDCACHE_H
#define SLUICE_STORAGE_FDCACHE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "storage/io.h"

struct sfile {
    int fd;
    atomic_int refs;
    const struct sio *io;
};

/* Wrap an open descriptor; the new sfile holds one reference and closes fd
 * when the last reference is dropped. NULL on allocation failure (fd is
 * left open for the caller to close). */
struct sfile *sfile_new(const struct sio *io, int fd);
/* Take another reference; returns f. */
struct sfile *sfile_ref(struct sfile *f);
/* Drop a reference (NULL is a no-op). */
void sfile_unref(struct sfile *f);

struct fdc_node {
    struct fdc_node *prev;
    struct fdc_node *next;
    bool linked;
};

/* Return true when the node's file was closed (the cache unlinks it),
 * false to keep it (pinned). */
typedef bool (*fdc_evict_fn)(struct fdc_node *node);

struct fdcache {
    struct fdc_node head; /* head.next is the most recently used */
    size_t n;
    size_t cap;
    fdc_evict_fn evict;
    uint64_t evictions; /* for tests and stats */
};

void fdc_init(struct fdcache *c, size_t cap, fdc_evict_fn evict);
/* Mark node most recently used (linking it if needed), then evict least
 * recently used nodes while over capacity. node itself is never evicted by
 * its own touch. */
void fdc_touch(struct fdcache *c, struct fdc_node *node);
/* Unlink node without calling evict (its owner closed it). */
void fdc_remove(struct fdcache *c, struct fdc_node *node);

#endif
