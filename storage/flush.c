/*
 * flush.c - the flush worker thread (see flush.h).
 *
 * One round: take every queued job; run the small-file writes and removals
 * in order; then make every file and directory the round names durable -
 * with a single syncfs when they are many (sluice.flush.syncfs.threshold),
 * else one fdatasync per distinct file and one fsync per distinct
 * directory; then post all completions in order. A
 * failed fsync is reported to every job that depended on it and is never
 * retried: after a failed fsync the kernel may have dropped the dirty
 * pages, so a retry that succeeds would prove nothing (the "fsyncgate"
 * lesson); the loop side takes the log directory offline instead.
 */
#include "storage/flush.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

struct flusher {
    const struct sio *io;
    struct compq *q;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct fjob *head;
    struct fjob *tail;
    bool stop;
    size_t syncfs_threshold;
    uint64_t rounds; /* under mu */
    _Atomic uint64_t syncs;
};

struct fjob *fjob_new(enum fjob_kind kind)
{
    struct fjob *j = calloc(1, sizeof *j);
    if (j)
        j->kind = kind;
    return j;
}

void fjob_free(struct fjob *job)
{
    if (!job)
        return;
    sfile_unref(job->file);
    free(job->sync_dir);
    free(job->sync_dir2);
    free(job->dir);
    free(job->name);
    free(job->payload);
    for (size_t i = 0; i < job->npaths; i++)
        free(job->paths[i]);
    free(job->paths);
    struct fjob_waiter *w = job->waiters;
    while (w) {
        struct fjob_waiter *n = w->next;
        free(w);
        w = n;
    }
    free(job);
}

int fjob_add_waiter(struct fjob *job, void (*cb)(void *, int), void *arg)
{
    struct fjob_waiter *w = malloc(sizeof *w);
    if (!w)
        return -E_NOMEM;
    w->cb = cb;
    w->arg = arg;
    w->next = NULL;
    struct fjob_waiter **pp = &job->waiters;
    while (*pp)
        pp = &(*pp)->next;
    *pp = w;
    return 0;
}

void fjob_run_waiters(struct fjob *job, int status)
{
    struct fjob_waiter *w = job->waiters;
    job->waiters = NULL;
    while (w) {
        struct fjob_waiter *n = w->next;
        if (w->cb)
            w->cb(w->arg, status);
        free(w);
        w = n;
    }
}

/* ------------------------------------------------------------ the round */

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t) * (void *const *)a, y = (uintptr_t) * (void *const *)b;
    return x < y ? -1 : x > y;
}

static int remove_path(const struct sio *io, const char *path)
{
    struct sio_stat st;
    int rc = io->stat(io->ctx, SIO_CWD, path, &st);
    if (rc < 0)
        return sio_status(rc) == -E_NOTFOUND ? 0 : sio_status(rc);
    if (st.is_dir)
        return sio_remove_tree(io, SIO_CWD, path);
    rc = sio_status(io->unlink(io->ctx, SIO_CWD, path, false));
    return rc == -E_NOTFOUND ? 0 : rc;
}

/* Status of fsync for one distinct file / directory, found by pointer or
 * name after the round's syncs ran. */
struct synced {
    const void *key;
    int status;
};

static int find_synced_file(const struct synced *s, size_t n, const void *key)
{
    for (size_t i = 0; i < n; i++)
        if (s[i].key == key)
            return s[i].status;
    return 0;
}

/* Distinct directory names of a round (lists are short). */
struct dirset {
    const char **name;
    int *status;
    size_t n;
};

static size_t dirset_add(struct dirset *d, const char *name)
{
    for (size_t i = 0; i < d->n; i++)
        if (!strcmp(d->name[i], name))
            return i;
    d->name[d->n] = name;
    d->status[d->n] = 0;
    return d->n++;
}

static void run_round(struct flusher *fl, struct fjob *jobs)
{
    const struct sio *io = fl->io;
    size_t njobs = 0;
    for (struct fjob *j = jobs; j; j = j->next)
        njobs++;

    /* 1. Small-file writes and removals, in submission order. They fsync
     * what they write themselves; their directories join step 2. */
    for (struct fjob *j = jobs; j; j = j->next) {
        if (j->kind == FJ_WRITE)
            j->status = ckpt_write(io, j->dir, j->name, j->ckind, j->payload, j->len);
        else if (j->kind == FJ_REMOVE)
            for (size_t i = 0; i < j->npaths; i++) {
                int rc = remove_path(io, j->paths[i]);
                if (rc && !j->status)
                    j->status = rc;
            }
    }

    /* 2. Make every file and directory named by the round durable: one
     * syncfs when there are many (one journal commit covers them all),
     * else one fdatasync per distinct file, then one fsync per distinct
     * directory (after the files whose entries it holds). */
    struct sfile **files = malloc(sizeof *files * (njobs ? njobs : 1));
    struct synced *fst = malloc(sizeof *fst * (njobs ? njobs : 1));
    struct dirset dirs = {malloc(sizeof(char *) * (2 * njobs + 1)),
                          malloc(sizeof(int) * (2 * njobs + 1)), 0};
    size_t nfiles = 0, nfst = 0;
    if (!files || !fst || !dirs.name || !dirs.status) {
        for (struct fjob *j = jobs; j; j = j->next)
            if (!j->status)
                j->status = -E_NOMEM;
        goto post;
    }
    for (struct fjob *j = jobs; j; j = j->next) {
        if (j->kind == FJ_SYNC && j->file)
            files[nfiles++] = j->file;
        if (j->sync_dir)
            dirset_add(&dirs, j->sync_dir);
        if (j->sync_dir2)
            dirset_add(&dirs, j->sync_dir2);
    }
    qsort(files, nfiles, sizeof *files, cmp_ptr);
    for (size_t i = 0; i < nfiles; i++)
        if (!i || files[i] != files[i - 1])
            fst[nfst++] = (struct synced){files[i], 0};

    if (fl->syncfs_threshold > 0 && nfst + dirs.n >= fl->syncfs_threshold) {
        int fd = nfst ? ((struct sfile *)fst[0].key)->fd : -1;
        int dfd = -1;
        if (fd < 0 && dirs.n)
            fd = dfd = io->open(io->ctx, SIO_CWD, dirs.name[0], O_RDONLY | O_DIRECTORY, 0);
        int rc = fd < 0 ? sio_status(fd) : sio_status(io->syncfs(io->ctx, fd));
        if (dfd >= 0)
            io->close(io->ctx, dfd);
        fl->syncs++;
        for (size_t i = 0; i < nfst; i++)
            fst[i].status = rc;
        for (size_t i = 0; i < dirs.n; i++)
            dirs.status[i] = rc;
    } else {
        for (size_t i = 0; i < nfst; i++) {
            fst[i].status = sio_status(io->fsync(io->ctx, ((struct sfile *)fst[i].key)->fd, true));
            fl->syncs++;
        }
        for (size_t i = 0; i < dirs.n; i++)
            dirs.status[i] = sio_fsync_dir(io, SIO_CWD, dirs.name[i]);
    }
    for (struct fjob *j = jobs; j; j = j->next) {
        int rc = 0;
        if (j->kind == FJ_SYNC && j->file)
            rc = find_synced_file(fst, nfst, j->file);
        const char *both[2] = {j->sync_dir, j->sync_dir2};
        for (int k = 0; k < 2 && !rc; k++) {
            if (!both[k])
                continue;
            int d = dirs.status[dirset_add(&dirs, both[k])];
            /* A directory removed meanwhile (topic deleted) does not fail
             * jobs that only needed its entries durable. */
            if (d != -E_NOTFOUND)
                rc = d;
        }
        if (rc && !j->status)
            j->status = rc;
    }

post:
    free(files);
    free(fst);
    free(dirs.name);
    free(dirs.status);
    pthread_mutex_lock(&fl->mu);
    fl->rounds++;
    pthread_mutex_unlock(&fl->mu);
    while (jobs) {
        struct fjob *n = jobs->next;
        compq_post(fl->q, &jobs->done);
        jobs = n;
    }
}

static void *worker_main(void *arg)
{
    struct flusher *fl = arg;
    pthread_mutex_lock(&fl->mu);
    for (;;) {
        while (!fl->head && !fl->stop)
            pthread_cond_wait(&fl->cv, &fl->mu);
        if (!fl->head && fl->stop)
            break;
        struct fjob *jobs = fl->head;
        for (struct fjob *j = jobs; j; j = j->next)
            j->taken = true;
        fl->head = fl->tail = NULL;
        pthread_mutex_unlock(&fl->mu);
        run_round(fl, jobs);
        pthread_mutex_lock(&fl->mu);
    }
    pthread_mutex_unlock(&fl->mu);
    return NULL;
}

struct flusher *flusher_new(const struct sio *io, struct compq *q, size_t syncfs_threshold)
{
    struct flusher *fl = calloc(1, sizeof *fl);
    if (!fl)
        return NULL;
    fl->io = io;
    fl->q = q;
    fl->syncfs_threshold = syncfs_threshold;
    if (pthread_mutex_init(&fl->mu, NULL)) {
        free(fl);
        return NULL;
    }
    if (pthread_cond_init(&fl->cv, NULL)) {
        pthread_mutex_destroy(&fl->mu);
        free(fl);
        return NULL;
    }
    if (pthread_create(&fl->thread, NULL, worker_main, fl)) {
        pthread_cond_destroy(&fl->cv);
        pthread_mutex_destroy(&fl->mu);
        free(fl);
        return NULL;
    }
    return fl;
}

void flusher_free(struct flusher *fl)
{
    if (!fl)
        return;
    pthread_mutex_lock(&fl->mu);
    fl->stop = true;
    pthread_cond_signal(&fl->cv);
    pthread_mutex_unlock(&fl->mu);
    pthread_join(fl->thread, NULL);
    pthread_cond_destroy(&fl->cv);
    pthread_mutex_destroy(&fl->mu);
    free(fl);
}

void flusher_submit(struct flusher *fl, struct fjob *job)
{
    job->next = NULL;
    job->taken = false;
    pthread_mutex_lock(&fl->mu);
    if (fl->tail)
        fl->tail->next = job;
    else
        fl->head = job;
    fl->tail = job;
    pthread_cond_signal(&fl->cv);
    pthread_mutex_unlock(&fl->mu);
}

bool flusher_try_update(struct flusher *fl, struct fjob *job, void (*fn)(struct fjob *, void *),
                        void *arg)
{
    bool ok = false;
    pthread_mutex_lock(&fl->mu);
    if (!job->taken) {
        fn(job, arg);
        ok = true;
    }
    pthread_mutex_unlock(&fl->mu);
    return ok;
}

void flusher_stats(struct flusher *fl, uint64_t *rounds, uint64_t *syncs)
{
    pthread_mutex_lock(&fl->mu);
    *rounds = fl->rounds;
    *syncs = fl->syncs;
    pthread_mutex_unlock(&fl->mu);
}
