/*
 * io.c - the POSIX file-operation table and the helpers built on any
 * table (full writes, full reads, directory fsync, small-file reads).
 *
 * Nothing in storage calls open/pwrite/fsync directly; it goes through a
 * struct sio so that tests can replace every call (see io.h).
 */
#include "storage/io.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The layout getdents64(2) fills in (the kernel's struct linux_dirent64). */
struct linux_dirent64_abi {
    uint64_t d_ino;
    int64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

#include "protocol/status.h"

/* ------------------------------------------------------------------ posix */

static int px_open(void *ctx, int dirfd, const char *name, int flags, int mode)
{
    (void)ctx;
    int fd;
    do {
        fd = openat(dirfd, name, flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    return fd < 0 ? -errno : fd;
}

static int px_close(void *ctx, int fd)
{
    (void)ctx;
    /* Linux closes the descriptor even when close() reports EINTR; never
     * retry, the number may already belong to another thread's file. */
    return close(fd) < 0 && errno != EINTR ? -errno : 0;
}

static ssize_t px_pread(void *ctx, int fd, void *buf, size_t len, int64_t offset)
{
    (void)ctx;
    ssize_t n;
    do {
        n = pread(fd, buf, len, (off_t)offset);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

static ssize_t px_pwritev(void *ctx, int fd, const struct iovec *iov, int iovcnt, int64_t offset)
{
    (void)ctx;
    ssize_t n;
    do {
        n = pwritev(fd, iov, iovcnt, (off_t)offset);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

static int px_fsync(void *ctx, int fd, bool data_only)
{
    (void)ctx;
    int rc;
    do {
        rc = data_only ? fdatasync(fd) : fsync(fd);
    } while (rc < 0 && errno == EINTR);
    return rc < 0 ? -errno : 0;
}

static int px_ftruncate(void *ctx, int fd, int64_t len)
{
    (void)ctx;
    int rc;
    do {
        rc = ftruncate(fd, (off_t)len);
    } while (rc < 0 && errno == EINTR);
    return rc < 0 ? -errno : 0;
}

static void fill_stat(const struct stat *s, struct sio_stat *st)
{
    st->size_bytes = (int64_t)s->st_size;
    st->mtime_ms = (int64_t)s->st_mtim.tv_sec * 1000 + s->st_mtim.tv_nsec / 1000000;
    st->is_dir = S_ISDIR(s->st_mode);
}

static int px_fstat(void *ctx, int fd, struct sio_stat *st)
{
    (void)ctx;
    struct stat s;
    if (fstat(fd, &s) < 0)
        return -errno;
    fill_stat(&s, st);
    return 0;
}

static int px_stat(void *ctx, int dirfd, const char *name, struct sio_stat *st)
{
    (void)ctx;
    struct stat s;
    if (fstatat(dirfd, name, &s, 0) < 0)
        return -errno;
    fill_stat(&s, st);
    return 0;
}

static int px_rename(void *ctx, int olddirfd, const char *oldname, int newdirfd,
                     const char *newname)
{
    (void)ctx;
    return renameat(olddirfd, oldname, newdirfd, newname) < 0 ? -errno : 0;
}

static int px_unlink(void *ctx, int dirfd, const char *name, bool is_dir)
{
    (void)ctx;
    return unlinkat(dirfd, name, is_dir ? AT_REMOVEDIR : 0) < 0 ? -errno : 0;
}

static int px_mkdir(void *ctx, int dirfd, const char *name, int mode)
{
    (void)ctx;
    return mkdirat(dirfd, name, (mode_t)mode) < 0 ? -errno : 0;
}

static int px_list(void *ctx, int dirfd, const char *name, sio_list_cb cb, void *arg)
{
    (void)ctx;
    /* getdents64 directly rather than opendir/readdir: at start-up this
     * runs once per partition, and the stdio-style wrapper costs extra
     * system calls each time. */
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    char buf[32768] __attribute__((aligned(8)));
    int rc = 0;
    for (;;) {
        long n = syscall(SYS_getdents64, fd, buf, sizeof buf);
        if (n < 0) {
            rc = -errno;
            break;
        }
        if (n == 0)
            break;
        size_t pos = 0;
        while (pos + offsetof(struct linux_dirent64_abi, d_name) < (size_t)n) {
            unsigned short reclen;
            memcpy(&reclen, buf + pos + offsetof(struct linux_dirent64_abi, d_reclen),
                   sizeof reclen);
            if (reclen <= offsetof(struct linux_dirent64_abi, d_name) || pos + reclen > (size_t)n)
                break;
            const char *dn = buf + pos + offsetof(struct linux_dirent64_abi, d_name);
            size_t maxlen = reclen - offsetof(struct linux_dirent64_abi, d_name);
            if (memchr(dn, '\0', maxlen) && strcmp(dn, ".") && strcmp(dn, "..")) {
                rc = cb(arg, dn);
                if (rc)
                    break;
            }
            pos += reclen;
        }
        if (rc)
            break;
    }
    close(fd);
    return rc;
}

static int px_set_mtime(void *ctx, int fd, int64_t mtime_ms)
{
    (void)ctx;
    struct timespec ts[2];
    ts[0].tv_sec = 0;
    ts[0].tv_nsec = UTIME_OMIT;
    ts[1].tv_sec = (time_t)(mtime_ms / 1000);
    ts[1].tv_nsec = (long)(mtime_ms % 1000) * 1000000L;
    return futimens(fd, ts) < 0 ? -errno : 0;
}

static int px_syncfs(void *ctx, int fd)
{
    (void)ctx;
    return syncfs(fd) < 0 ? -errno : 0;
}

static const struct sio posix_io = {
    .ctx = NULL,
    .open = px_open,
    .close = px_close,
    .pread = px_pread,
    .pwritev = px_pwritev,
    .fsync = px_fsync,
    .ftruncate = px_ftruncate,
    .fstat = px_fstat,
    .stat = px_stat,
    .rename = px_rename,
    .unlink = px_unlink,
    .mkdir = px_mkdir,
    .list = px_list,
    .set_mtime = px_set_mtime,
    .syncfs = px_syncfs,
};

const struct sio *sio_posix(void)
{
    return &posix_io;
}

/* ---------------------------------------------------------------- helpers */

int sio_status(int neg_errno)
{
    if (neg_errno >= 0)
        return neg_errno;
    switch (-neg_errno) {
    case ENOSPC:
    case EDQUOT:
        return -E_NOSPC;
    case ENOENT:
        return -E_NOTFOUND;
    case EEXIST:
        return -E_EXISTS;
    case ENOMEM:
        return -E_NOMEM;
    default:
        return -E_IO;
    }
}

int sio_pwritev_all(const struct sio *io, int fd, const struct iovec *iov_in, int iovcnt,
                    int64_t offset)
{
    struct iovec iov[8];
    if (iovcnt < 1 || iovcnt > 8)
        return -E_INVAL;
    memcpy(iov, iov_in, sizeof(iov[0]) * (size_t)iovcnt);
    struct iovec *cur = iov;
    int left = iovcnt;
    while (left > 0) {
        ssize_t n = io->pwritev(io->ctx, fd, cur, left, offset);
        if (n < 0)
            return sio_status((int)n);
        if (n == 0)
            return -E_IO; /* no progress and no error: give up, do not spin */
        offset += n;
        size_t done = (size_t)n;
        while (left > 0 && done >= cur->iov_len) {
            done -= cur->iov_len;
            cur++;
            left--;
        }
        if (left > 0) {
            cur->iov_base = (uint8_t *)cur->iov_base + done;
            cur->iov_len -= done;
        }
    }
    return 0;
}

int sio_pwrite_all(const struct sio *io, int fd, const void *buf, size_t len, int64_t offset)
{
    if (len == 0)
        return 0;
    struct iovec v = {(void *)buf, len};
    return sio_pwritev_all(io, fd, &v, 1, offset);
}

ssize_t sio_pread_all(const struct sio *io, int fd, void *buf, size_t len, int64_t offset)
{
    size_t got = 0;
    while (got < len) {
        ssize_t n = io->pread(io->ctx, fd, (uint8_t *)buf + got, len - got, offset + (int64_t)got);
        if (n < 0)
            return sio_status((int)n);
        if (n == 0)
            break;
        got += (size_t)n;
    }
    return (ssize_t)got;
}

int sio_fsync_dir(const struct sio *io, int dirfd, const char *name)
{
    int fd = io->open(io->ctx, dirfd, name, O_RDONLY | O_DIRECTORY, 0);
    if (fd < 0)
        return sio_status(fd);
    int rc = io->fsync(io->ctx, fd, false);
    int crc = io->close(io->ctx, fd);
    if (rc < 0)
        return sio_status(rc);
    return crc < 0 ? sio_status(crc) : 0;
}

int sio_mkdir_p1(const struct sio *io, int dirfd, const char *name)
{
    int rc = io->mkdir(io->ctx, dirfd, name, 0755);
    if (rc == -EEXIST) {
        struct sio_stat st;
        rc = io->stat(io->ctx, dirfd, name, &st);
        if (rc < 0)
            return sio_status(rc);
        return st.is_dir ? 0 : -E_EXISTS;
    }
    return sio_status(rc);
}

struct tree_ctx {
    const struct sio *io;
    int dirfd;
    int rc;
};

static int remove_entry(void *arg, const char *name)
{
    struct tree_ctx *t = arg;
    struct sio_stat st;
    int rc = t->io->stat(t->io->ctx, t->dirfd, name, &st);
    if (rc == -ENOENT)
        return 0;
    if (rc < 0) {
        t->rc = sio_status(rc);
        return 0;
    }
    if (st.is_dir)
        rc = sio_remove_tree(t->io, t->dirfd, name);
    else
        rc = sio_status(t->io->unlink(t->io->ctx, t->dirfd, name, false));
    if (rc < 0 && rc != -E_NOTFOUND)
        t->rc = rc;
    return 0;
}

int sio_remove_tree(const struct sio *io, int dirfd, const char *name)
{
    int fd = io->open(io->ctx, dirfd, name, O_RDONLY | O_DIRECTORY, 0);
    if (fd == -ENOENT)
        return 0;
    if (fd < 0)
        return sio_status(fd);
    struct tree_ctx t = {io, fd, 0};
    int rc = io->list(io->ctx, fd, ".", remove_entry, &t);
    io->close(io->ctx, fd);
    if (rc < 0)
        return sio_status(rc);
    if (t.rc < 0)
        return t.rc;
    rc = io->unlink(io->ctx, dirfd, name, true);
    return rc == -ENOENT ? 0 : sio_status(rc);
}

int sio_read_file(const struct sio *io, int dirfd, const char *name, size_t max_len,
                  uint8_t **out, size_t *out_len)
{
    *out = NULL;
    *out_len = 0;
    int fd = io->open(io->ctx, dirfd, name, O_RDONLY, 0);
    if (fd < 0)
        return sio_status(fd);
    struct sio_stat st;
    int rc = io->fstat(io->ctx, fd, &st);
    if (rc < 0) {
        io->close(io->ctx, fd);
        return sio_status(rc);
    }
    /* The size comes from the file system, but it is still checked against
     * the caller's cap before anything is allocated. */
    if (st.size_bytes < 0 || (uint64_t)st.size_bytes > max_len) {
        io->close(io->ctx, fd);
        return -E_TOOBIG;
    }
    size_t len = (size_t)st.size_bytes;
    uint8_t *buf = malloc(len ? len : 1);
    if (!buf) {
        io->close(io->ctx, fd);
        return -E_NOMEM;
    }
    ssize_t n = sio_pread_all(io, fd, buf, len, 0);
    io->close(io->ctx, fd);
    if (n < 0) {
        free(buf);
        return (int)n;
    }
    *out = buf;
    *out_len = (size_t)n;
    return 0;
}

int sio_path(char *buf, size_t len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= len)
        return -E_INVAL;
    return 0;
}
