/*
 * io.h - every file operation storage performs, through one small table of
 * functions (SQLite's VFS in miniature).
 *
 * The default table (sio_posix) calls the operating system. Tests install
 * their own table to inject short writes, ENOSPC, EIO on fsync, and
 * "crash at call N" points, and to model the page cache (data written but
 * not fsynced may vanish on a simulated crash).
 *
 * Conventions of the table: every function returns >= 0 on success and a
 * negative errno value on failure (-ENOSPC, -EIO ...), never a status code;
 * the sio_* helpers below translate to status codes (protocol/status.h).
 * Paths are (dirfd, name) pairs as in openat(2); pass SIO_CWD as dirfd for
 * absolute paths. Functions may be called from any storage thread (the
 * event-loop thread, the flush worker, the cleaner), so a table must be
 * thread-safe.
 */
#ifndef SLUICE_STORAGE_IO_H
#define SLUICE_STORAGE_IO_H

#include <fcntl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/uio.h>

#define SIO_CWD AT_FDCWD

struct sio_stat {
    int64_t size_bytes;
    int64_t mtime_ms;
    bool is_dir;
};

/* Called once per directory entry ("." and ".." are skipped). A non-zero
 * return stops the listing and is returned by list(). */
typedef int (*sio_list_cb)(void *arg, const char *name);

struct sio {
    void *ctx;
    /* open(2)-like; returns the fd. */
    int (*open)(void *ctx, int dirfd, const char *name, int flags, int mode);
    int (*close)(void *ctx, int fd);
    /* Positional read; returns bytes read (0 at end of file). */
    ssize_t (*pread)(void *ctx, int fd, void *buf, size_t len, int64_t offset);
    /* Positional gathered write; may write fewer bytes than asked. */
    ssize_t (*pwritev)(void *ctx, int fd, const struct iovec *iov, int iovcnt, int64_t offset);
    /* fdatasync when data_only, else fsync. Also used on directory fds. */
    int (*fsync)(void *ctx, int fd, bool data_only);
    int (*ftruncate)(void *ctx, int fd, int64_t len);
    int (*fstat)(void *ctx, int fd, struct sio_stat *st);
    int (*stat)(void *ctx, int dirfd, const char *name, struct sio_stat *st);
    int (*rename)(void *ctx, int olddirfd, const char *oldname, int newdirfd, const char *newname);
    /* unlinkat(2); is_dir removes an (empty) directory. */
    int (*unlink)(void *ctx, int dirfd, const char *name, bool is_dir);
    int (*mkdir)(void *ctx, int dirfd, const char *name, int mode);
    int (*list)(void *ctx, int dirfd, const char *name, sio_list_cb cb, void *arg);
    int (*set_mtime)(void *ctx, int fd, int64_t mtime_ms);
    /* syncfs(2): write back everything dirty on the file system holding fd
     * (data, inodes, directory entries). */
    int (*syncfs)(void *ctx, int fd);
};

/* The operating system's table. Static; never freed. */
const struct sio *sio_posix(void);

/* Translate a negative errno into a negative status: ENOSPC/EDQUOT ->
 * -E_NOSPC, ENOENT -> -E_NOTFOUND, EEXIST -> -E_EXISTS, ENOMEM ->
 * -E_NOMEM, anything else -> -E_IO. 0 and positive values pass through. */
int sio_status(int neg_errno);

/* Write all of iov at offset, retrying short writes. Returns 0, or a
 * negative status; on failure a prefix may have been written (the caller
 * truncates back). */
int sio_pwritev_all(const struct sio *io, int fd, const struct iovec *iov, int iovcnt,
                    int64_t offset);
/* sio_pwritev_all with one buffer. */
int sio_pwrite_all(const struct sio *io, int fd, const void *buf, size_t len, int64_t offset);
/* Read up to len bytes at offset, retrying short reads until len or end of
 * file. Returns the number of bytes read (less than len only at end of
 * file), or a negative status. */
ssize_t sio_pread_all(const struct sio *io, int fd, void *buf, size_t len, int64_t offset);
/* Open a directory and fsync it, so entries created, renamed or removed in
 * it are durable. Returns 0 or a negative status. */
int sio_fsync_dir(const struct sio *io, int dirfd, const char *name);
/* Create a directory; an existing one is fine. 0 or a negative status. */
int sio_mkdir_p1(const struct sio *io, int dirfd, const char *name);
/* Remove a directory and everything under it (one level of files plus
 * nested directories, recursively). A missing directory is fine. */
int sio_remove_tree(const struct sio *io, int dirfd, const char *name);
/* Read a whole small file (at most max_len bytes) into a new buffer the
 * caller frees. -E_NOTFOUND if absent, -E_TOOBIG if larger than max_len. */
int sio_read_file(const struct sio *io, int dirfd, const char *name, size_t max_len,
                  uint8_t **out, size_t *out_len);

/* snprintf into buf, -E_INVAL if the result does not fit. */
int sio_path(char *buf, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
