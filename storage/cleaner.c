/*
 * cleaner.c - the log cleaner: choosing what to compact, the cleaner
 * thread, and swapping its result into the log on the loop thread.
 *
 * What is cleanable: for a topic with cleanup.policy containing compact, a
 * prefix of closed segments that are all below the recovery point (so
 * recovery never truncates what the cleaner read) and whose newest record
 * is older than min.compaction.lag.ms. A log is picked when the share of
 * those bytes not cleaned since start-up reaches min.cleanable.dirty.ratio
 * (Kafka's dirty ratio; the cleaned point is not persisted, so the first
 * pass after a restart re-cleans once), or when a dirty segment is older
 * than max.compaction.lag.ms; at most one job runs at a time.
 *
 * Coordination with the loop thread, which keeps appending meanwhile: the
 * input segments are pinned (open, indexes loaded, never evicted, never
 * rewritten from the loop: seg_write_indexes skips them) and the log is
 * marked cleaning (retention and DeleteRecords leave its segments for the
 * next round). Readers keep their spans on the old files, which stay open
 * after the swap unlinks or replaces them. Topic deletion cancels the job;
 * the cleaner works through a directory fd, so the renamed directory of a
 * deleted topic is all it can touch.
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"
#include "storage/cleaner.h"
#include "storage/storage_int.h"

#define CLEANER_MAX_INPUTS 256

struct cleaner {
    struct store *st;
    pthread_t thread;
    bool started;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct cjob *todo; /* handed to the thread */
    bool stop;
    atomic_bool cancel;
    struct cjob *running; /* loop side: the job out, until its completion */
};

static void *cleaner_main(void *arg)
{
    struct cleaner *cl = arg;
    pthread_mutex_lock(&cl->mu);
    for (;;) {
        while (!cl->todo && !cl->stop)
            pthread_cond_wait(&cl->cv, &cl->mu);
        if (!cl->todo)
            break;
        struct cjob *job = cl->todo;
        cl->todo = NULL;
        pthread_mutex_unlock(&cl->mu);
        job->status = compact_run(job);
        compq_post(&cl->st->cq, &job->done);
        pthread_mutex_lock(&cl->mu);
    }
    pthread_mutex_unlock(&cl->mu);
    return NULL;
}

struct cleaner *cleaner_new(struct store *st)
{
    struct cleaner *cl = calloc(1, sizeof *cl);
    if (!cl)
        return NULL;
    cl->st = st;
    atomic_init(&cl->cancel, false);
    if (pthread_mutex_init(&cl->mu, NULL)) {
        free(cl);
        return NULL;
    }
    if (pthread_cond_init(&cl->cv, NULL)) {
        pthread_mutex_destroy(&cl->mu);
        free(cl);
        return NULL;
    }
    if (pthread_create(&cl->thread, NULL, cleaner_main, cl)) {
        pthread_cond_destroy(&cl->cv);
        pthread_mutex_destroy(&cl->mu);
        free(cl);
        return NULL;
    }
    cl->started = true;
    return cl;
}

void cleaner_stop(struct cleaner *cl)
{
    if (!cl || !cl->started)
        return;
    atomic_store(&cl->cancel, true);
    pthread_mutex_lock(&cl->mu);
    cl->stop = true;
    pthread_cond_signal(&cl->cv);
    pthread_mutex_unlock(&cl->mu);
    pthread_join(cl->thread, NULL);
    cl->started = false;
}

void cleaner_free(struct cleaner *cl)
{
    if (!cl)
        return;
    cleaner_stop(cl);
    pthread_cond_destroy(&cl->cv);
    pthread_mutex_destroy(&cl->mu);
    free(cl);
}

bool cleaner_busy(const struct cleaner *cl)
{
    return cl && cl->running;
}

void cleaner_cancel_log(struct cleaner *cl, const struct log *lg)
{
    if (cl && cl->running && cl->running->lg == lg)
        atomic_store(&cl->cancel, true);
}

int cleaner_recover_swap(struct log *lg)
{
    return compact_recover_swap(lg->st->io, lg->dir);
}

/* ------------------------------------------------------ completion (loop) */

static void free_job(struct cjob *job)
{
    for (size_t i = 0; i < job->nout; i++) {
        sfile_unref(job->out[i].file);
        idx_destroy(&job->out[i].idx);
        tidx_destroy(&job->out[i].tidx);
    }
    free(job->out);
    for (size_t i = 0; i < job->nin; i++)
        sfile_unref(job->in[i].file);
    free(job->in);
    free(job);
}

/* Replace the inputs by the outputs in the log's segment list. */
static int apply(struct cjob *job)
{
    struct log *lg = job->lg;
    size_t at;
    for (at = 0; at < lg->nsegs && lg->segs[at] != job->in[0].seg; at++)
        ;
    if (at + job->nuse > lg->nsegs)
        return -E_CORRUPT;
    for (size_t i = 0; i < job->nuse; i++)
        if (lg->segs[at + i] != job->in[i].seg)
            return -E_CORRUPT;
    struct segment **news = calloc(job->nout ? job->nout : 1, sizeof *news);
    if (!news)
        return -E_NOMEM;
    for (size_t i = 0; i < job->nout; i++) {
        struct cjob_out *o = &job->out[i];
        struct segment *s = seg_new(lg, o->base_offset);
        if (!s) {
            while (i--)
                seg_free(news[i]);
            free(news);
            return -E_NOMEM;
        }
        s->size_bytes = o->size_bytes;
        s->next_offset = o->size_bytes ? o->next_offset : o->base_offset;
        s->max_timestamp = o->max_timestamp;
        s->max_ts_offset = o->max_ts_offset;
        s->mtime_ms = o->mtime_ms;
        s->meta_known = true;
        idx_destroy(&s->idx);
        tidx_destroy(&s->tidx);
        s->idx = o->idx;
        s->tidx = o->tidx;
        memset(&o->idx, 0, sizeof o->idx);
        memset(&o->tidx, 0, sizeof o->tidx);
        s->idx_loaded = true;
        s->file = o->file;
        o->file = NULL;
        news[i] = s;
    }
    /* Old segments leave the list (their files stay open for spans). */
    for (size_t i = 0; i < job->nuse; i++)
        seg_free(lg->segs[at + i]);
    size_t tail = lg->nsegs - at - job->nuse;
    if (job->nout > job->nuse) {
        free(news);
        return -E_CORRUPT; /* cannot happen: groups merge, never split */
    }
    memmove(&lg->segs[at + job->nout], &lg->segs[at + job->nuse], tail * sizeof *lg->segs);
    for (size_t i = 0; i < job->nout; i++) {
        lg->segs[at + i] = news[i];
        fdc_touch(&lg->st->fdc, &news[i]->lru);
    }
    lg->nsegs = at + job->nout + tail;
    free(news);
    return 0;
}

static void cleaner_done(struct compq_item *item)
{
    struct cjob *job = container_of(item, struct cjob, done);
    struct cleaner *cl = job->cl;
    struct log *lg = job->lg;
    struct store *st = lg->st;
    st->jobs_in_flight--;
    cl->running = NULL;
    atomic_store(&cl->cancel, false);
    /* Unpin every input first; apply() frees the ones it replaces. */
    for (size_t i = 0; i < job->nin; i++) {
        job->in[i].seg->pins--;
        job->in[i].seg->cleaning = false;
    }
    int rc = job->status;
    if (!rc && job->swapped && !lg->deleted) {
        rc = apply(job);
        if (rc)
            store_set_offline(st, "compaction swap failed", rc);
        else {
            lg->cleaned_upto = job->cleaned_upto;
            fprintf(stderr,
                    "storage: event=compacted log=%s segments=%zu->%zu bytes=%" PRId64
                    "->%" PRId64 " records_removed=%" PRId64 " batches_removed=%" PRId64
                    " batches_rewritten=%" PRId64 "\n",
                    lg->name, job->nuse, job->nout, job->bytes_in, job->bytes_out,
                    job->records_removed, job->batches_removed, job->batches_rewritten);
        }
    } else if (rc && job->swapped && !lg->deleted) {
        /* The disk holds the new segments (or will, after the next start
         * finishes the swap); memory does not. Do not pretend. */
        store_set_offline(st, "compaction swap failed", rc);
    } else if (rc && rc != -E_AGAIN && !lg->deleted) {
        fprintf(stderr, "storage: event=compaction_failed log=%s status=%s\n", lg->name,
                status_name(rc));
    }
    lg->cleaning = false;
    lg->next_clean_ms = job->now_ms + st->cfg.log_cleaner_backoff_ms;
    if (job->dirfd >= 0)
        st->io->close(st->io->ctx, job->dirfd);
    free_job(job);
    log_unref(lg);
}

/* ------------------------------------------------------- choosing (loop) */

/* How many leading segments are cleanable; their bytes and dirty bytes. */
static size_t cleanable(struct log *lg, int64_t now_ms, int64_t *total, int64_t *dirty,
                        bool *overdue)
{
    const struct tcfg *cfg = log_cfg(lg);
    size_t n = 0;
    *total = *dirty = 0;
    *overdue = false;
    while (n + 1 < lg->nsegs && n < CLEANER_MAX_INPUTS) {
        struct segment *s = lg->segs[n];
        int64_t end = lg->segs[n + 1]->base_offset;
        if (end > lg->recovery_point)
            break;
        int64_t ts, off;
        if (seg_max_timestamp(s, &ts, &off))
            break;
        if (ts < 0)
            ts = s->mtime_ms;
        if (now_ms - ts < cfg->min_compaction_lag_ms)
            break;
        *total += s->size_bytes;
        if (end > lg->cleaned_upto) {
            *dirty += s->size_bytes;
            if (now_ms - ts > cfg->max_compaction_lag_ms)
                *overdue = true;
        }
        n++;
    }
    return n;
}

int cleaner_start(struct cleaner *cl, struct log *lg, int64_t now_ms, bool force)
{
    struct store *st = cl->st;
    if (cl->running || cl->stop || lg->deleted || lg->cleaning || st->offline)
        return 0;
    const struct tcfg *cfg = log_cfg(lg);
    if (!(cfg->cleanup_policy & STORE_CLEANUP_COMPACT))
        return 0;
    if (!force && now_ms < lg->next_clean_ms)
        return 0;
    int64_t total, dirty;
    bool overdue;
    size_t n = cleanable(lg, now_ms, &total, &dirty, &overdue);
    if (n == 0 || total == 0 || (dirty == 0 && !force))
        return 0;
    if (!force && !overdue && (double)dirty / (double)total < cfg->min_cleanable_dirty_ratio)
        return 0;

    struct cjob *job = calloc(1, sizeof *job);
    if (!job)
        return -E_NOMEM;
    job->in = calloc(n, sizeof *job->in);
    job->dirfd = -1;
    if (!job->in) {
        free(job);
        return -E_NOMEM;
    }
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        struct segment *s = lg->segs[i];
        rc = seg_load(s);
        if (rc)
            break;
        s->pins++;
        s->cleaning = true;
        job->in[i] = (struct cjob_in){s, s->base_offset, s->size_bytes,
                                      lg->segs[i + 1]->base_offset, s->mtime_ms,
                                      sfile_ref(s->file)};
        job->nin++;
    }
    if (!rc) {
        job->dirfd = st->io->open(st->io->ctx, SIO_CWD, lg->dir, O_RDONLY | O_DIRECTORY, 0);
        if (job->dirfd < 0)
            rc = sio_status(job->dirfd);
    }
    if (rc) {
        for (size_t i = 0; i < job->nin; i++) {
            job->in[i].seg->pins--;
            job->in[i].seg->cleaning = false;
        }
        if (job->dirfd >= 0)
            st->io->close(st->io->ctx, job->dirfd);
        job->nout = 0;
        free_job(job);
        return rc;
    }
    job->cl = cl;
    job->lg = lg;
    job->io = st->io;
    job->now_ms = now_ms;
    job->delete_retention_ms = cfg->delete_retention_ms;
    job->segment_bytes = cfg->segment_bytes;
    job->index_interval_bytes = cfg->index_interval_bytes;
    job->idx_max_entries = (size_t)(cfg->segment_index_bytes / IDX_ENTRY_BYTES);
    job->tidx_max_entries = (size_t)(cfg->segment_index_bytes / TIDX_ENTRY_BYTES);
    if (!job->idx_max_entries)
        job->idx_max_entries = 1;
    if (!job->tidx_max_entries)
        job->tidx_max_entries = 1;
    job->max_batch_bytes = cfg->max_message_bytes > (8 << 20) ? cfg->max_message_bytes : (8 << 20);
    job->dedupe_bytes = st->cfg.log_cleaner_dedupe_buffer_size;
    job->codec = st->cfg.codec;
    job->cancel = &cl->cancel;
    job->done.run = cleaner_done;
    lg->cleaning = true;
    log_ref(lg);
    st->jobs_in_flight++;
    cl->running = job;
    atomic_store(&cl->cancel, false);
    pthread_mutex_lock(&cl->mu);
    cl->todo = job;
    pthread_cond_signal(&cl->cv);
    pthread_mutex_unlock(&cl->mu);
    return 1;
}

void cleaner_maybe_start(struct cleaner *cl, int64_t now_ms)
{
    struct store *st = cl->st;
    if (cl->running || now_ms - st->last_clean_check_ms < st->cfg.log_cleaner_backoff_ms)
        return;
    st->last_clean_check_ms = now_ms;
    struct log *best = NULL;
    double best_ratio = -1;
    for (size_t i = 0; i < st->ntopics; i++) {
        struct topic *t = st->topics[i];
        if (!(t->cfg.cleanup_policy & STORE_CLEANUP_COMPACT))
            continue;
        for (int32_t p = 0; p < t->nparts; p++) {
            struct log *lg = t->logs[p];
            if (lg->cleaning || now_ms < lg->next_clean_ms || lg->nsegs < 2)
                continue;
            int64_t total, dirty;
            bool overdue;
            if (!cleanable(lg, now_ms, &total, &dirty, &overdue) || !total || !dirty)
                continue;
            double ratio = overdue ? 2.0 : (double)dirty / (double)total;
            if (ratio >= t->cfg.min_cleanable_dirty_ratio && ratio > best_ratio) {
                best = lg;
                best_ratio = ratio;
            }
        }
    }
    if (best)
        (void)cleaner_start(cl, best, now_ms, false);
}
