/*
 * tutil.h - fixtures shared by the storage tests: temp directories, a
 * store opened on them, and synchronous wrappers around asynchronous calls.
 */
#ifndef SLUICE_TESTS_STORAGE_TUTIL_H
#define SLUICE_TESTS_STORAGE_TUTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "storage/storage.h"

/* A fresh directory under $TMPDIR (or /tmp): base, with base/data the log
 * dir. tu_cleanup removes it. */
struct tu_dir {
    char base[512];
    char data[600];
};
void tu_mkdir(struct tu_dir *d);
void tu_cleanup(struct tu_dir *d);
void tu_rm_tree(const char *path);

/* Defaults for tests: small segments, the given io (NULL: POSIX). */
void tu_config(struct store_config *cfg, const struct tu_dir *d, const struct sio *io);
struct store *tu_open(const struct store_config *cfg);

/* Completion bookkeeping for async calls. */
struct tu_done {
    int calls;
    int status;
    struct log_append_result res;
};
void tu_done_cb(void *arg, int status);
void tu_append_cb(void *arg, int status, const struct log_append_result *res);
/* Run completions until done->calls > 0 (or a few seconds pass). */
void tu_wait(struct store *st, struct tu_done *done);
/* Run completions until no job is in flight. */
void tu_drain(struct store *st);

/* Create a topic and wait until it is durable. */
struct topic *tu_topic(struct store *st, const char *name, int32_t parts,
                       const struct store_kv *cfgs, size_t n);
/* Append synchronously (durable or not): returns the status; *base set. */
int tu_append(struct store *st, struct log *lg, const uint8_t *b, size_t len, bool durable,
              int64_t now_ms, int64_t *base);
/* Append a tb_simple batch of n records; returns its base offset (or a
 * negative status). */
int64_t tu_append_simple(struct log *lg, int n, size_t value_size, int64_t ts, bool durable);
/* Read every batch from offset to the high watermark into a new buffer. */
uint8_t *tu_read_all(struct log *lg, int64_t from, size_t *len);
/* Number of batches and records in a buffer of whole batches. */
int tu_count_batches(const uint8_t *p, size_t len, int *records);
/* Size of a file, -1 when missing. */
int64_t tu_file_size(const char *path);

#endif
