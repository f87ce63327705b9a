/*
 * faultio.h - a struct sio for tests: passes calls to the real file system
 * and can inject failures and simulate crashes.
 *
 * Failures: the next matching call of one kind fails with a chosen errno,
 * optionally after writing part of the data (a short write), optionally
 * only for paths containing a substring.
 *
 * Crashes: fio_set_crash_at(n) makes call n and every later call fail with
 * EIO (the process "died" there). fio_crash_apply() then rewrites the
 * files the way a power loss could leave them, using a model of the page
 * cache: per file, bytes past the last fsync may be kept, lost, cut at a
 * random byte, or replaced by zeros; directory entries created, renamed or
 * removed since their directory's last fsync may be undone (a random
 * suffix of them, newest first, as a journaling file system would). fsync
 * itself is not passed to the disk (the model is what counts), which keeps
 * the tests fast.
 */
#ifndef SLUICE_TESTS_STORAGE_FAULTIO_H
#define SLUICE_TESTS_STORAGE_FAULTIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "storage/io.h"

enum fio_op {
    FIO_OPEN,
    FIO_WRITE,
    FIO_FSYNC,
    FIO_TRUNCATE,
    FIO_RENAME,
    FIO_UNLINK,
    FIO_READ,
};

struct fio;

/* root: the directory tree whose files the crash model rewrites. */
struct fio *fio_new(const char *root);
void fio_free(struct fio *f);
const struct sio *fio_io(struct fio *f);

/* Fail call number n (1-based, counting every call) and all later ones. */
void fio_set_crash_at(struct fio *f, uint64_t n);
uint64_t fio_calls(struct fio *f);
/* Calls of one kind so far, from any thread (FIO_WRITE also counts
 * mtime updates). */
uint64_t fio_calls_of(struct fio *f, enum fio_op op);
bool fio_crashed(struct fio *f);

/* The next call of kind op whose path (if any) contains `match` (NULL: any)
 * fails with err; for writes, short_bytes bytes are written first. */
void fio_fail_next(struct fio *f, enum fio_op op, int err, size_t short_bytes, const char *match);
/* Every call of kind op fails with err (until cleared with err 0). */
void fio_fail_always(struct fio *f, enum fio_op op, int err);

/* Make every fsync of a regular file take this long (group-commit tests). */
void fio_set_fsync_delay_ms(struct fio *f, int ms);

/* Rewrite the tree as a crash could leave it (see above) and forget all
 * state; every file on disk then counts as durable. All files must be
 * closed (the store closed). */
void fio_crash_apply(struct fio *f, uint64_t seed);

#endif
