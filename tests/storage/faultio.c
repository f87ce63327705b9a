/*
 * faultio.c - fault-injecting, crash-simulating struct sio for the storage
 * tests (see faultio.h).
 */
#include "faultio.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_FD 65536

struct inode {
    ino_t ino;
    int64_t synced; /* bytes known durable */
};

enum dop { D_CREATE, D_MKDIR, D_RENAME, D_UNLINK, D_RMDIR };

struct dirop {
    enum dop kind;
    char *dir;    /* the directory whose fsync makes it durable */
    char *path;   /* created / new name / removed name */
    char *path2;  /* rename: old name */
    char *backup; /* replaced or removed file, hard-linked aside */
};

struct fio {
    struct sio io;
    pthread_mutex_t mu;
    char root[PATH_MAX];
    char bak[PATH_MAX];
    uint64_t calls;
    uint64_t calls_of[8]; /* per enum fio_op */
    uint64_t crash_at;
    bool crashed;
    uint64_t nbak;
    /* injections */
    bool inj_on;
    enum fio_op inj_op;
    int inj_err;
    size_t inj_short;
    char inj_match[256];
    int always_err[8];
    int fsync_delay_ms;
    /* fd table: inode or directory path */
    ino_t fd_ino[MAX_FD];
    char *fd_dir[MAX_FD];
    struct inode *inodes;
    size_t ninodes, cap_inodes;
    struct dirop *ops;
    size_t nops, cap_ops;
};

/* ------------------------------------------------------------ bookkeeping */

static struct inode *inode_get(struct fio *f, ino_t ino, int64_t synced_if_new)
{
    for (size_t i = 0; i < f->ninodes; i++)
        if (f->inodes[i].ino == ino)
            return &f->inodes[i];
    if (f->ninodes == f->cap_inodes) {
        f->cap_inodes = f->cap_inodes ? f->cap_inodes * 2 : 64;
        f->inodes = realloc(f->inodes, f->cap_inodes * sizeof *f->inodes);
    }
    f->inodes[f->ninodes] = (struct inode){ino, synced_if_new};
    return &f->inodes[f->ninodes++];
}

/* Bounded string building without truncation warnings: paths in tests
 * are short, an overlong one is a test bug. */
static void cat3(char *out, size_t n, const char *a, const char *b, const char *c)
{
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    if (la + lb + lc >= n)
        abort();
    memcpy(out, a, la);
    memcpy(out + la, b, lb);
    memcpy(out + la + lb, c, lc + 1);
}

static void full_path(struct fio *f, int dirfd, const char *name, char *out)
{
    if (name[0] == '/' || dirfd == AT_FDCWD || dirfd < 0 || dirfd >= MAX_FD || !f->fd_dir[dirfd])
        cat3(out, PATH_MAX, name, "", "");
    else if (!strcmp(name, "."))
        cat3(out, PATH_MAX, f->fd_dir[dirfd], "", "");
    else
        cat3(out, PATH_MAX, f->fd_dir[dirfd], "/", name);
}

static void dir_of(const char *path, char *out)
{
    cat3(out, PATH_MAX, path, "", "");
    char *s = strrchr(out, '/');
    if (s && s != out)
        *s = '\0';
}

static bool in_root(struct fio *f, const char *path)
{
    size_t n = strlen(f->root);
    return !strncmp(path, f->root, n) && (path[n] == '/' || path[n] == '\0');
}

static void add_op(struct fio *f, enum dop kind, const char *path, const char *path2,
                   const char *backup)
{
    char dir[PATH_MAX];
    dir_of(path, dir);
    if (f->nops == f->cap_ops) {
        f->cap_ops = f->cap_ops ? f->cap_ops * 2 : 64;
        f->ops = realloc(f->ops, f->cap_ops * sizeof *f->ops);
    }
    f->ops[f->nops++] = (struct dirop){kind, strdup(dir), strdup(path),
                                       path2 ? strdup(path2) : NULL,
                                       backup ? strdup(backup) : NULL};
}

static void free_op(struct dirop *o, bool drop_backup)
{
    if (drop_backup && o->backup)
        unlink(o->backup);
    free(o->dir);
    free(o->path);
    free(o->path2);
    free(o->backup);
}

static void dir_synced(struct fio *f, const char *dir)
{
    size_t k = 0;
    for (size_t i = 0; i < f->nops; i++) {
        if (!strcmp(f->ops[i].dir, dir))
            free_op(&f->ops[i], true);
        else
            f->ops[k++] = f->ops[i];
    }
    f->nops = k;
}

static char *make_backup(struct fio *f, const char *path)
{
    static char buf[PATH_MAX];
    struct stat s;
    if (lstat(path, &s) < 0 || !S_ISREG(s.st_mode))
        return NULL;
    if (snprintf(buf, sizeof buf, "%s/%llu", f->bak, (unsigned long long)++f->nbak) < 0)
        abort();
    if (link(path, buf) < 0)
        return NULL;
    return buf;
}

/* Count the call; true when it must fail (crash or injection). */
static bool should_fail(struct fio *f, enum fio_op op, const char *path, int *err, size_t *shortw)
{
    f->calls++;
    if ((int)op < 8)
        f->calls_of[op]++;
    *shortw = 0;
    if (f->crashed || (f->crash_at && f->calls >= f->crash_at)) {
        f->crashed = true;
        *err = EIO;
        return true;
    }
    if ((int)op < 8 && f->always_err[op]) {
        *err = f->always_err[op];
        return true;
    }
    if (f->inj_on && f->inj_op == op && (!f->inj_match[0] || (path && strstr(path, f->inj_match)))) {
        f->inj_on = false;
        *err = f->inj_err;
        *shortw = f->inj_short;
        return true;
    }
    return false;
}

/* ------------------------------------------------------------- the table */

static int f_open(void *ctx, int dirfd, const char *name, int flags, int mode)
{
    struct fio *f = ctx;
    char path[PATH_MAX];
    int err;
    size_t sw;
    pthread_mutex_lock(&f->mu);
    full_path(f, dirfd, name, path);
    if (should_fail(f, FIO_OPEN, path, &err, &sw)) {
        pthread_mutex_unlock(&f->mu);
        return -err;
    }
    struct stat before;
    bool existed = stat(path, &before) == 0;
    int fd = open(path, flags | O_CLOEXEC, mode);
    if (fd < 0) {
        int e = errno;
        pthread_mutex_unlock(&f->mu);
        return -e;
    }
    struct stat s;
    fstat(fd, &s);
    if (fd < MAX_FD) {
        free(f->fd_dir[fd]);
        f->fd_dir[fd] = S_ISDIR(s.st_mode) ? strdup(path) : NULL;
        f->fd_ino[fd] = s.st_ino;
    }
    if (S_ISREG(s.st_mode) && in_root(f, path)) {
        if (!existed) {
            struct inode *in = inode_get(f, s.st_ino, 0);
            in->synced = 0;
            add_op(f, D_CREATE, path, NULL, NULL);
        } else {
            struct inode *in = inode_get(f, s.st_ino, (int64_t)before.st_size);
            if ((flags & O_TRUNC) && in->synced > 0)
                in->synced = 0;
        }
    }
    pthread_mutex_unlock(&f->mu);
    return fd;
}

static int f_close(void *ctx, int fd)
{
    struct fio *f = ctx;
    pthread_mutex_lock(&f->mu);
    bool fail = f->crashed;
    if (fd >= 0 && fd < MAX_FD) {
        free(f->fd_dir[fd]);
        f->fd_dir[fd] = NULL;
        f->fd_ino[fd] = 0;
    }
    close(fd);
    pthread_mutex_unlock(&f->mu);
    return fail ? -EIO : 0;
}

static ssize_t f_pread(void *ctx, int fd, void *buf, size_t len, int64_t off)
{
    struct fio *f = ctx;
    int err;
    size_t sw;
    pthread_mutex_lock(&f->mu);
    bool fail = should_fail(f, FIO_READ, NULL, &err, &sw);
    pthread_mutex_unlock(&f->mu);
    if (fail)
        return -err;
    ssize_t n = pread(fd, buf, len, off);
    return n < 0 ? -errno : n;
}

static ssize_t f_pwritev(void *ctx, int fd, const struct iovec *iov, int iovcnt, int64_t off)
{
    struct fio *f = ctx;
    int err;
    size_t sw;
    char path[PATH_MAX] = "";
    pthread_mutex_lock(&f->mu);
    if (f->inj_on && f->inj_match[0]) {
        char link[64];
        if (snprintf(link, sizeof link, "/proc/self/fd/%d", fd) < 0)
            abort();
        ssize_t n = readlink(link, path, sizeof path - 1);
        path[n > 0 ? n : 0] = '\0';
    }
    bool fail = should_fail(f, FIO_WRITE, path, &err, &sw);
    if (fd >= 0 && fd < MAX_FD && f->fd_ino[fd]) {
        struct inode *in = inode_get(f, f->fd_ino[fd], 0);
        if (off < in->synced)
            in->synced = off;
    }
    pthread_mutex_unlock(&f->mu);
    if (fail) {
        if (sw && !f->crashed) {
            /* A short write: part of the data lands, then the error. */
            size_t left = sw;
            int64_t o = off;
            for (int i = 0; i < iovcnt && left; i++) {
                size_t k = iov[i].iov_len < left ? iov[i].iov_len : left;
                if (pwrite(fd, iov[i].iov_base, k, o) < 0)
                    break;
                o += (int64_t)k;
                left -= k;
            }
            if (!err)
                return (ssize_t)(sw - left);
        }
        return -err;
    }
    ssize_t n = pwritev(fd, iov, iovcnt, off);
    return n < 0 ? -errno : n;
}

static int f_fsync(void *ctx, int fd, bool data_only)
{
    (void)data_only;
    struct fio *f = ctx;
    int err;
    size_t sw;
    pthread_mutex_lock(&f->mu);
    if (should_fail(f, FIO_FSYNC, NULL, &err, &sw)) {
        pthread_mutex_unlock(&f->mu);
        return -err;
    }
    if (fd >= 0 && fd < MAX_FD && f->fd_dir[fd]) {
        dir_synced(f, f->fd_dir[fd]);
    } else if (fd >= 0 && fd < MAX_FD && f->fd_ino[fd]) {
        struct stat s;
        if (fstat(fd, &s) == 0)
            inode_get(f, s.st_ino, 0)->synced = (int64_t)s.st_size;
        int delay = f->fsync_delay_ms;
        pthread_mutex_unlock(&f->mu);
        if (delay)
            usleep((useconds_t)delay * 1000);
        return 0;
    }
    pthread_mutex_unlock(&f->mu);
    return 0;
}

static int f_ftruncate(void *ctx, int fd, int64_t len)
{
    struct fio *f = ctx;
    int err;
    size_t sw;
    pthread_mutex_lock(&f->mu);
    if (should_fail(f, FIO_TRUNCATE, NULL, &err, &sw)) {
        pthread_mutex_unlock(&f->mu);
        return -err;
    }
    if (fd >= 0 && fd < MAX_FD && f->fd_ino[fd]) {
        struct inode *in = inode_get(f, f->fd_ino[fd], 0);
        if (len < in->synced)
            in->synced = len;
    }
    pthread_mutex_unlock(&f->mu);
    return ftruncate(fd, len) < 0 ? -errno : 0;
}

static int f_fstat(void *ctx, int fd, struct sio_stat *st)
{
    struct fio *f = ctx;
    int err;
    size_t sw;
    pthread_mutex_lock(&f->mu);
    bool fail = should_fail(f, FIO_READ, NULL, &err, &sw);
    pthread_mutex_unlock(&f->mu);
    if (fail)
        return -err;
    return sio_posix()->fstat(NULL, fd, st);
}

static int f_stat(void *ctx, int dirfd, const char *name, struct sio_stat *st)
{
    struct fio *f = ctx;
    int err;
    size_t sw;
    char path[PATH_MAX];
    pthread_mutex_lock(&f->mu);
    full_path(f, dirfd, name, path);
    bool fail = should_fail(f, FIO_READ, path, &err, &sw);
    pthread_mutex_unlock(&f->mu);
    if (fail)
        return -err;
    return sio_posix()->stat(NULL, AT_FDCWD, path, st);
}

static int f_rename(void *ctx, int od, const char *on, int nd, const char *nn)
{
    struct fio *f = ctx;
    int err;
    size_t sw;
    char a[PATH_MAX], b[PATH_MAX];
    pthread_mutex_lock(&f->mu);
    full_path(f, od, on, a);
    full_path(f, nd, nn, b);
    if (should_fail(f, FIO_RENAME, b, &err, &sw)) {
        pthread_mutex_unlock(&f->mu);
        return -err;
    }
    char *bk = in_root(f, b) ? make_backup(f, b) : NULL;
    int rc = rename(a, b) < 0 ? -errno : 0;
    if (!rc && in_root(f, b))
        add_op(f, D_RENAME, b, a, bk);
    else if (bk)
        unlink(bk);
    pthread_mutex_unlock(&f->mu);
    return rc;
}

static int f_unlink(void *ctx, int dirfd, const char *name, bool is_dir)
{
    struct fio *f = ctx;
    int err;
    size_t sw;
    char path[PATH_MAX];
    pthread_mutex_lock(&f->mu);
    full_path(f, dirfd, name, path);
    if (should_fail(f, FIO_UNLINK, path, &err, &sw)) {
        pthread_mutex_unlock(&f->mu);
        return -err;
    }
    char *bk = !is_dir && in_root(f, path) ? make_backup(f, path) : NULL;
    int rc = (is_dir ? rmdir(path) : unlink(path)) < 0 ? -errno : 0;
    if (!rc && in_root(f, path))
        add_op(f, is_dir ? D_RMDIR : D_UNLINK, path, NULL, bk);
    else if (bk)
        unlink(bk);
    pthread_mutex_unlock(&f->mu);
    return rc;
}

static int f_mkdir(void *ctx, int dirfd, const char *name, int mode)
{
    struct fio *f = ctx;
    int err;
    size_t sw;
    char path[PATH_MAX];
    pthread_mutex_lock(&f->mu);
    full_path(f, dirfd, name, path);
    if (should_fail(f, FIO_OPEN, path, &err, &sw)) {
        pthread_mutex_unlock(&f->mu);
        return -err;
    }
    int rc = mkdir(path, (mode_t)mode) < 0 ? -errno : 0;
    if (!rc && in_root(f, path) && strcmp(path, f->root))
        add_op(f, D_MKDIR, path, NULL, NULL);
    pthread_mutex_unlock(&f->mu);
    return rc;
}

static int f_list(void *ctx, int dirfd, const char *name, sio_list_cb cb, void *arg)
{
    struct fio *f = ctx;
    int err;
    size_t sw;
    char path[PATH_MAX];
    pthread_mutex_lock(&f->mu);
    full_path(f, dirfd, name, path);
    bool fail = should_fail(f, FIO_READ, path, &err, &sw);
    pthread_mutex_unlock(&f->mu);
    if (fail)
        return -err;
    return sio_posix()->list(NULL, AT_FDCWD, path, cb, arg);
}

static int f_syncfs(void *ctx, int fd)
{
    (void)fd;
    struct fio *f = ctx;
    int err;
    size_t sw;
    pthread_mutex_lock(&f->mu);
    if (should_fail(f, FIO_FSYNC, NULL, &err, &sw)) {
        pthread_mutex_unlock(&f->mu);
        return -err;
    }
    /* Everything dirty on the file system: every open file's data, every
     * directory entry. (Unsynced data of files no longer open stays
     * unsynced in the model: pessimistic, never optimistic.) */
    for (int i = 0; i < MAX_FD; i++) {
        if (!f->fd_ino[i] || f->fd_dir[i])
            continue;
        struct stat s;
        if (fstat(i, &s) == 0 && s.st_ino == f->fd_ino[i])
            inode_get(f, s.st_ino, 0)->synced = (int64_t)s.st_size;
    }
    for (size_t i = 0; i < f->nops; i++)
        free_op(&f->ops[i], true);
    f->nops = 0;
    pthread_mutex_unlock(&f->mu);
    return 0;
}

static int f_set_mtime(void *ctx, int fd, int64_t ms)
{
    struct fio *f = ctx;
    int err;
    size_t sw;
    pthread_mutex_lock(&f->mu);
    bool fail = should_fail(f, FIO_WRITE, NULL, &err, &sw);
    pthread_mutex_unlock(&f->mu);
    if (fail)
        return -err;
    return sio_posix()->set_mtime(NULL, fd, ms);
}

/* ------------------------------------------------------------ lifecycle */

struct fio *fio_new(const char *root)
{
    struct fio *f = calloc(1, sizeof *f);
    pthread_mutex_init(&f->mu, NULL);
    if (snprintf(f->root, sizeof f->root, "%s", root) < 0)
        abort();
    if (snprintf(f->bak, sizeof f->bak, "%s.fiobak", root) < 0)
        abort();
    mkdir(f->bak, 0755);
    f->io = (struct sio){
        .ctx = f,
        .open = f_open,
        .close = f_close,
        .pread = f_pread,
        .pwritev = f_pwritev,
        .fsync = f_fsync,
        .ftruncate = f_ftruncate,
        .fstat = f_fstat,
        .stat = f_stat,
        .rename = f_rename,
        .unlink = f_unlink,
        .mkdir = f_mkdir,
        .list = f_list,
        .set_mtime = f_set_mtime,
        .syncfs = f_syncfs,
    };
    return f;
}

static void rm_tree(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        struct dirent *de;
        while ((de = readdir(d))) {
            if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
                continue;
            char p[PATH_MAX];
            if (snprintf(p, sizeof p, "%s/%s", path, de->d_name) < 0)
                abort();
            struct stat s;
            if (lstat(p, &s) == 0 && S_ISDIR(s.st_mode))
                rm_tree(p);
            else
                unlink(p);
        }
        closedir(d);
    }
    rmdir(path);
}

static void forget(struct fio *f)
{
    for (size_t i = 0; i < f->nops; i++)
        free_op(&f->ops[i], true);
    f->nops = 0;
    f->ninodes = 0;
}

void fio_free(struct fio *f)
{
    if (!f)
        return;
    forget(f);
    for (int i = 0; i < MAX_FD; i++)
        free(f->fd_dir[i]);
    free(f->ops);
    free(f->inodes);
    rm_tree(f->bak);
    pthread_mutex_destroy(&f->mu);
    free(f);
}

const struct sio *fio_io(struct fio *f)
{
    return &f->io;
}

void fio_set_crash_at(struct fio *f, uint64_t n)
{
    pthread_mutex_lock(&f->mu);
    f->crash_at = n;
    f->crashed = false;
    pthread_mutex_unlock(&f->mu);
}

uint64_t fio_calls(struct fio *f)
{
    pthread_mutex_lock(&f->mu);
    uint64_t n = f->calls;
    pthread_mutex_unlock(&f->mu);
    return n;
}

uint64_t fio_calls_of(struct fio *f, enum fio_op op)
{
    pthread_mutex_lock(&f->mu);
    uint64_t n = (int)op < 8 ? f->calls_of[op] : 0;
    pthread_mutex_unlock(&f->mu);
    return n;
}

bool fio_crashed(struct fio *f)
{
    pthread_mutex_lock(&f->mu);
    bool c = f->crashed;
    pthread_mutex_unlock(&f->mu);
    return c;
}

void fio_fail_next(struct fio *f, enum fio_op op, int err, size_t short_bytes, const char *match)
{
    pthread_mutex_lock(&f->mu);
    f->inj_on = true;
    f->inj_op = op;
    f->inj_err = err;
    f->inj_short = short_bytes;
    if (snprintf(f->inj_match, sizeof f->inj_match, "%s", match ? match : "") < 0)
        abort();
    pthread_mutex_unlock(&f->mu);
}

void fio_set_fsync_delay_ms(struct fio *f, int ms)
{
    pthread_mutex_lock(&f->mu);
    f->fsync_delay_ms = ms;
    pthread_mutex_unlock(&f->mu);
}

void fio_fail_always(struct fio *f, enum fio_op op, int err)
{
    pthread_mutex_lock(&f->mu);
    f->always_err[op] = err;
    pthread_mutex_unlock(&f->mu);
}

static uint64_t rnd(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void revert(struct dirop *o)
{
    switch (o->kind) {
    case D_CREATE:
        unlink(o->path);
        break;
    case D_MKDIR:
        rm_tree(o->path);
        break;
    case D_RENAME:
        rename(o->path, o->path2);
        if (o->backup)
            rename(o->backup, o->path);
        break;
    case D_UNLINK:
        if (o->backup)
            rename(o->backup, o->path);
        break;
    case D_RMDIR:
        mkdir(o->path, 0755);
        break;
    }
}

static void cut_files(struct fio *f, const char *path, uint64_t *seed)
{
    DIR *d = opendir(path);
    if (!d)
        return;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        char p[PATH_MAX];
        if (snprintf(p, sizeof p, "%s/%s", path, de->d_name) < 0)
            abort();
        struct stat s;
        if (lstat(p, &s) < 0)
            continue;
        if (S_ISDIR(s.st_mode)) {
            cut_files(f, p, seed);
            continue;
        }
        struct inode *in = NULL;
        for (size_t i = 0; i < f->ninodes; i++)
            if (f->inodes[i].ino == s.st_ino)
                in = &f->inodes[i];
        if (!in || in->synced >= (int64_t)s.st_size)
            continue;
        int64_t size = (int64_t)s.st_size, synced = in->synced < 0 ? 0 : in->synced;
        int64_t cut = synced + (int64_t)(rnd(seed) % (uint64_t)(size - synced + 1));
        switch (rnd(seed) % 4) {
        case 0: /* the page cache made it to disk */
            break;
        case 1: /* nothing unsynced survived */
            if (truncate(p, synced)) {
            }
            break;
        case 2: /* torn: a prefix of the unsynced bytes */
            if (truncate(p, cut)) {
            }
            break;
        default: /* the size grew but the data never landed: zeros */
            if (truncate(p, synced) || truncate(p, cut)) {
            }
            break;
        }
    }
    closedir(d);
}

void fio_crash_apply(struct fio *f, uint64_t seed)
{
    pthread_mutex_lock(&f->mu);
    uint64_t s = seed * 0x9E3779B97F4A7C15ull + 1;
    /* Undo a random suffix of the directory operations not yet made
     * durable by a directory fsync, newest first. */
    size_t keep = f->nops ? (size_t)(rnd(&s) % (f->nops + 1)) : 0;
    for (size_t i = f->nops; i > keep; i--)
        revert(&f->ops[i - 1]);
    cut_files(f, f->root, &s);
    forget(f);
    f->crashed = false;
    f->crash_at = 0;
    f->inj_on = false;
    pthread_mutex_unlock(&f->mu);
}
