/*
 * log.c - a partition log: the segment list, append, roll, and the
 * durability bookkeeping (flush requests and append waiters).
 *
 * Durability: an append that must be durable queues (or joins) a sync job
 * for the active segment's file and parks a waiter with its last offset.
 * When a sync job completes, the recovery point moves to the log end
 * offset the job covered and every waiter below it completes. Sync jobs of
 * one log complete in submission order (flush.h), and a roll queues a sync
 * of the closed segment plus the directory before any job for the new
 * segment, so "recovery point = upto of the latest completed job" never
 * claims an unsynced byte.
 *
 * Gathering: a durable append that arrives while this log's sync job is
 * in flight could only be covered by the next round anyway. Writing it at
 * once makes ext4 serve a stream of small size-extending writes against a
 * running fdatasync of the same file, which slows both down (bench_storage:
 * 16 KiB batches), so such appends are gathered in memory and written with
 * one write() when the job completes (or the buffer fills); then one job
 * covers them. Gathered bytes are not visible yet: the high watermark stays
 * at the written end. They are never acknowledged before their sync, and a
 * non-durable append, a roll, a flush, or a read at or past the high
 * watermark (a consumer waiting at the end) writes them first, so the file
 * always holds a prefix of the log and a tailing reader is not delayed.
 *
 * Append never leaves a partial batch behind: a failed write is cut back
 * to the previous size; if even that fails the log directory goes offline.
 * A failed write of gathered appends takes it offline too: their offsets
 * were already handed out.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/crc32c.h"
#include "protocol/status.h"
#include "storage/storage_int.h"

struct log *log_new(struct store *st, struct topic *t, int32_t partition)
{
    struct log *lg = calloc(1, sizeof *lg);
    if (!lg)
        return NULL;
    char buf[STORE_PATH_MAX];
    lg->st = st;
    lg->topic = t;
    lg->partition = partition;
    lg->refs = 1;
    if (sio_path(buf, sizeof buf, "%s-%" PRId32, t->name, partition) ||
        !(lg->name = strdup(buf)) || sio_path(buf, sizeof buf, "%s/%s", st->dir, lg->name) ||
        !(lg->dir = strdup(buf))) {
        free(lg->name);
        free(lg);
        return NULL;
    }
    lg->tail_known = true;
    return lg;
}

void log_ref(struct log *lg)
{
    lg->refs++;
}

void log_unref(struct log *lg)
{
    if (!lg || --lg->refs > 0)
        return;
    for (size_t i = 0; i < lg->nsegs; i++)
        seg_free(lg->segs[i]);
    free(lg->segs);
    if (lg->gather)
        lg->st->gather_buffers--;
    free(lg->gather);
    fjob_free(lg->gather_job);
    struct log_waiter *w = lg->wait_head;
    while (w) {
        struct log_waiter *n = w->next;
        free(w);
        w = n;
    }
    free(lg->dir);
    free(lg->name);
    free(lg);
}

/* At most this many logs hold a gather buffer at once (each up to
 * sluice.append.gather.bytes); beyond, appends are written at once. */
#define GATHER_BUFFERS_MAX 64

static void drop_gathered(struct log *lg)
{
    if (lg->gather) {
        free(lg->gather);
        lg->gather = NULL;
        lg->st->gather_buffers--;
    }
    lg->gather_len = 0;
}

int log_write_gathered(struct log *lg)
{
    if (!lg->gather_len)
        return 0;
    struct store *st = lg->st;
    struct segment *a = log_active(lg);
    int rc = seg_open(a);
    if (!rc)
        rc = sio_pwrite_all(st->io, a->file->fd, lg->gather, lg->gather_len, lg->gather_pos);
    if (rc) {
        store_set_offline(st, "gathered write failed", rc);
        drop_gathered(lg);
        return -E_IO;
    }
    lg->gather_pos += (int64_t)lg->gather_len;
    lg->gather_len = 0;
    lg->high_watermark = lg->log_end_offset;
    lg->generation++;
    return 0;
}

const struct tcfg *log_cfg(const struct log *lg)
{
    return lg->topic ? &lg->topic->cfg : &lg->cfg_orphan;
}

void log_mark_deleted(struct log *lg)
{
    if (lg->topic)
        lg->cfg_orphan = lg->topic->cfg;
    lg->topic = NULL;
    lg->deleted = true;
    drop_gathered(lg);
    for (size_t i = 0; i < lg->nsegs; i++)
        seg_close_file(lg->segs[i]);
}

int log_add_segment(struct log *lg, struct segment *s)
{
    if (lg->nsegs == lg->segs_cap) {
        size_t cap = lg->segs_cap ? lg->segs_cap * 2 : 4;
        struct segment **n = realloc(lg->segs, cap * sizeof *n);
        if (!n)
            return -E_NOMEM;
        lg->segs = n;
        lg->segs_cap = cap;
    }
    size_t i = lg->nsegs;
    while (i > 0 && lg->segs[i - 1]->base_offset > s->base_offset) {
        lg->segs[i] = lg->segs[i - 1];
        i--;
    }
    lg->segs[i] = s;
    lg->nsegs++;
    return 0;
}

void log_remove_segment_at(struct log *lg, size_t i)
{
    memmove(&lg->segs[i], &lg->segs[i + 1], (lg->nsegs - i - 1) * sizeof *lg->segs);
    lg->nsegs--;
}

struct segment *log_active(struct log *lg)
{
    return lg->nsegs ? lg->segs[lg->nsegs - 1] : NULL;
}

size_t log_segment_index(const struct log *lg, int64_t offset)
{
    size_t lo = 0, hi = lg->nsegs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (lg->segs[mid]->base_offset <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? lo - 1 : 0;
}

int log_ensure_tail(struct log *lg)
{
    if (lg->tail_known)
        return 0;
    struct segment *a = log_active(lg);
    if (!a) {
        lg->tail_known = true;
        return 0;
    }
    int rc = seg_load(a);
    if (rc)
        return rc;
    int64_t end = a->size_bytes ? a->next_offset : a->base_offset;
    if (end != lg->log_end_offset) {
        fprintf(stderr,
                "storage: event=log_end_mismatch log=%s checkpoint=%" PRId64 " log=%" PRId64 "\n",
                lg->name, lg->log_end_offset, end);
        lg->log_end_offset = lg->high_watermark = end;
        if (lg->recovery_point > end)
            lg->recovery_point = end;
        if (lg->log_start_offset > end)
            lg->log_start_offset = end;
    }
    lg->tail_known = true;
    return 0;
}

/* ------------------------------------------------------------ flushing */

struct sync_merge {
    int64_t upto;
    char *dir; /* preallocated; consumed when the job had none */
};

static void merge_sync(struct fjob *job, void *arg)
{
    struct sync_merge *m = arg;
    if (m->upto > job->upto)
        job->upto = m->upto;
    if (m->dir && !job->sync_dir) {
        job->sync_dir = m->dir;
        m->dir = NULL;
    }
}

static void complete_waiters(struct log *lg)
{
    struct store *st = lg->st;
    while (lg->wait_head) {
        struct log_waiter *w = lg->wait_head;
        int status = 0;
        if (st->offline)
            status = -E_IO;
        else if (lg->deleted)
            status = -E_NOTFOUND;
        else if (w->last_offset >= lg->recovery_point)
            break;
        lg->wait_head = w->next;
        if (!lg->wait_head)
            lg->wait_tail = NULL;
        w->res.log_start_offset = lg->log_start_offset;
        if (w->cb)
            w->cb(w->arg, status, &w->res);
        free(w);
    }
}

static void queue_sync(struct log *lg, struct sfile *file, int64_t upto, char *dir,
                       struct fjob *job);

/* The last sync job completed while appends were gathered or written
 * without a sync of their own: write them and queue the job covering
 * them, which the appends' waiters complete on. */
static void sync_gathered(struct log *lg)
{
    struct store *st = lg->st;
    struct fjob *job = lg->gather_job;
    lg->gather_job = NULL;
    lg->sync_wanted = false;
    int rc = lg->deleted || st->offline ? -E_IO : log_write_gathered(lg);
    struct segment *a = log_active(lg);
    if (!rc && (rc = seg_open(a)) != 0)
        store_set_offline(st, "segment open failed", rc);
    if (!rc) {
        queue_sync(lg, a->file, lg->log_end_offset, NULL, job);
        job = NULL;
        if (st->append_hook)
            st->append_hook(st->append_hook_arg, lg); /* the high watermark moved */
    }
    fjob_free(job);
    complete_waiters(lg); /* fails them if the write failed */
}

static void sync_done(struct compq_item *item)
{
    struct fjob *job = container_of(item, struct fjob, done);
    struct log *lg = job->owner;
    struct store *st = job->ctx;
    st->jobs_in_flight--;
    if (lg->sync_job == job)
        lg->sync_job = NULL;
    if (job->status && !lg->deleted)
        store_set_offline(st, "fsync failed", job->status);
    if (!job->status && !st->offline && job->upto > lg->recovery_point) {
        lg->recovery_point = job->upto;
        st->offsets_dirty = true;
    }
    log_ref(lg); /* callbacks may delete the topic */
    complete_waiters(lg);
    fjob_free(job);
    if (!lg->sync_job && lg->sync_wanted)
        sync_gathered(lg);
    if (!lg->sync_wanted) {
        drop_gathered(lg); /* the stream paused: give the buffer back */
        fjob_free(lg->gather_job);
        lg->gather_job = NULL;
    }
    log_unref(lg);
    log_unref(lg);
}

/*
 * Queue (or join) a sync of file covering offsets below upto; with_dir
 * also fsyncs the partition directory (a segment was created). job and
 * dir are preallocated by the caller so nothing can fail after a write;
 * whatever is not used is freed here.
 */
static void queue_sync(struct log *lg, struct sfile *file, int64_t upto, char *dir,
                       struct fjob *job)
{
    struct store *st = lg->st;
    struct fjob *cur = lg->sync_job;
    struct sync_merge m = {upto, dir};
    if (upto >= lg->log_end_offset && !lg->gather_len)
        lg->sync_wanted = false; /* this job covers everything appended */
    if (cur && cur->file == file && flusher_try_update(st->fl, cur, merge_sync, &m)) {
        free(m.dir);
        fjob_free(job);
        return;
    }
    job->file = sfile_ref(file);
    job->upto = upto;
    job->sync_dir = dir;
    job->owner = lg;
    job->done.run = sync_done;
    log_ref(lg);
    lg->sync_job = job;
    store_submit(st, job);
}

int log_request_flush(struct log *lg)
{
    struct segment *a = log_active(lg);
    if (!a || lg->deleted || lg->st->offline || lg->log_end_offset <= lg->recovery_point)
        return 0;
    uint64_t gen = lg->generation;
    int rc = log_write_gathered(lg);
    if (!rc && gen != lg->generation && lg->st->append_hook)
        lg->st->append_hook(lg->st->append_hook_arg, lg);
    if (!rc)
        rc = seg_open(a);
    if (rc)
        return rc;
    struct fjob *job = fjob_new(FJ_SYNC);
    if (!job)
        return -E_NOMEM;
    lg->unflushed_messages = 0;
    queue_sync(lg, a->file, lg->log_end_offset, NULL, job);
    return 0;
}

/* ---------------------------------------------------------------- roll */

static int roll(struct log *lg, int64_t now_ms)
{
    (void)now_ms;
    int rc = log_write_gathered(lg); /* the closed segment must be whole */
    if (rc)
        return rc;
    struct segment *old = log_active(lg);
    struct segment *s;
    char *dir = strdup(lg->dir);
    struct fjob *job = old ? fjob_new(FJ_SYNC) : NULL;
    if (!dir || (old && !job)) {
        free(dir);
        fjob_free(job);
        return -E_NOMEM;
    }
    rc = old ? seg_open(old) : 0;
    /* Hold the closed segment's file across seg_create, whose LRU touch may
     * evict it. */
    struct sfile *oldfile = !rc && old ? sfile_ref(old->file) : NULL;
    if (!rc)
        rc = seg_create(lg, lg->log_end_offset, &s);
    if (!rc) {
        rc = log_add_segment(lg, s);
        if (rc) {
            char path[STORE_PATH_MAX];
            if (!seg_path(s, ".log", path, sizeof path))
                (void)lg->st->io->unlink(lg->st->io->ctx, SIO_CWD, path, false);
            seg_free(s);
        }
    }
    if (rc) {
        sfile_unref(oldfile);
        free(dir);
        fjob_free(job);
        return rc;
    }
    if (!old) {
        /* The first segment: its directory entry must be durable before
         * any sync of it is trusted. Joined into the next sync job. */
        lg->st->offsets_dirty = true;
        struct fjob *j = fjob_new(FJ_SYNC);
        if (!j) {
            free(dir);
            return 0; /* the file exists; a later roll or flush syncs the dir */
        }
        j->upto = lg->log_end_offset;
        j->sync_dir = dir;
        j->owner = lg;
        j->done.run = sync_done;
        log_ref(lg);
        lg->sync_job = NULL; /* no file: never merged into */
        store_submit(lg->st, j);
        return 0;
    }
    /* The closed segment's data and the new segment's directory entry are
     * made durable by one job, ahead of any sync of the new segment. */
    seg_close_active(old);
    queue_sync(lg, oldfile, lg->log_end_offset, dir, job);
    sfile_unref(oldfile);
    return 0;
}

int log_roll(struct log *lg, int64_t now_ms)
{
    if (lg->st->offline)
        return -E_IO;
    if (lg->deleted)
        return -E_NOTFOUND;
    int rc = log_ensure_tail(lg);
    if (rc)
        return rc;
    struct segment *a = log_active(lg);
    if (a && a->size_bytes == 0)
        return 0;
    return roll(lg, now_ms);
}

static bool need_roll(const struct log *lg, const struct segment *a, const struct batch_header *h,
                      size_t len, int64_t now_ms)
{
    const struct tcfg *cfg = log_cfg(lg);
    if (a->size_bytes == 0)
        return false;
    if (a->size_bytes + (int64_t)len > cfg->segment_bytes)
        return true;
    if (a->roll_base_ms >= 0 && now_ms - a->roll_base_ms >= cfg->segment_ms)
        return true;
    if (idx_full(&a->idx) || tidx_full(&a->tidx))
        return true;
    /* Relative offsets are 32-bit in the indexes; positions too. */
    int64_t last = lg->log_end_offset + h->last_offset_delta;
    if (last - a->base_offset > INT32_MAX || a->size_bytes + (int64_t)len > (int64_t)UINT32_MAX)
        return true;
    return false;
}

/* ---------------------------------------------------------------- append */

static void put_be(uint8_t *p, uint64_t v, int n)
{
    for (int i = n - 1; i >= 0; i--)
        *p++ = (uint8_t)(v >> (8 * i));
}

int log_append(struct log *lg, const uint8_t *batch, size_t len,
               const struct log_append_opts *o, struct log_append_result *res)
{
    struct store *st = lg->st;
    memset(res, 0, sizeof *res);
    res->log_append_time_ms = -1;
    if (st->offline)
        return -E_IO;
    if (lg->deleted)
        return -E_NOTFOUND;
    const struct tcfg *cfg = log_cfg(lg);
    struct batch_header h;
    if (len < BATCH_HEADER_BYTES || batch_parse_header(batch, len, &h) ||
        (uint64_t)batch_size(&h) != len)
        return -E_CORRUPT;
    if ((int64_t)len > cfg->max_message_bytes || len > INT32_MAX)
        return -E_TOOBIG;
    int rc = log_ensure_tail(lg);
    if (rc)
        return rc;

    struct segment *a = log_active(lg);
    if (!a || need_roll(lg, a, &h, len, o->now_ms)) {
        rc = roll(lg, o->now_ms);
        if (rc) {
            if (rc != -E_NOSPC && rc != -E_NOMEM)
                store_set_offline(st, "segment roll failed", rc);
            return rc;
        }
        a = log_active(lg);
    }

    bool durable = o->durable && st->cfg.sluice_durable_acks_all;
    bool flush_now = lg->unflushed_messages + h.records_count >= cfg->flush_messages;
    size_t gather_cap = (size_t)st->cfg.sluice_append_gather_bytes;
    bool gather = durable && !flush_now && lg->sync_job && len <= gather_cap &&
                  (lg->gather || st->gather_buffers < GATHER_BUFFERS_MAX);
    if (!gather || lg->gather_len + len > gather_cap) {
        rc = log_write_gathered(lg);
        if (rc)
            return rc;
    }
    if (gather && !lg->gather) {
        /* Pages are only touched as appends fill them: a quiet partition
         * costs little resident memory. */
        if (!(lg->gather = malloc(gather_cap)))
            return -E_NOMEM;
        st->gather_buffers++;
    }
    if (gather && !lg->gather_job && !(lg->gather_job = fjob_new(FJ_SYNC)))
        return -E_NOMEM;
    struct log_waiter *w = NULL;
    struct fjob *job = NULL;
    if (durable || flush_now) {
        job = gather ? NULL : fjob_new(FJ_SYNC);
        if (o->cb)
            w = calloc(1, sizeof *w);
        if ((!gather && !job) || (o->cb && !w)) {
            fjob_free(job);
            free(w);
            return -E_NOMEM;
        }
    }

    /* Header fields storage sets: baseOffset and partitionLeaderEpoch sit
     * before the CRC'd range; LogAppendTime changes maxTimestamp and the
     * timestamp-type bit, which are inside it, so the CRC is recomputed. */
    int64_t base = lg->log_end_offset;
    uint8_t hdr[BATCH_HEADER_BYTES];
    memcpy(hdr, batch, sizeof hdr);
    put_be(hdr, (uint64_t)base, 8);
    put_be(hdr + BATCH_OFF_EPOCH, (uint32_t)o->leader_epoch, 4);
    if (cfg->timestamp_type == STORE_TS_LOG_APPEND_TIME) {
        h.attributes = (int16_t)(h.attributes | BATCH_ATTR_LOG_APPEND_TIME);
        h.max_timestamp = o->now_ms;
        put_be(hdr + BATCH_OFF_ATTRS, (uint16_t)h.attributes, 2);
        put_be(hdr + BATCH_OFF_MAX_TS, (uint64_t)h.max_timestamp, 8);
        uint32_t crc = crc32c(0, hdr + BATCH_OFF_ATTRS, BATCH_HEADER_BYTES - BATCH_OFF_ATTRS);
        crc = crc32c(crc, batch + BATCH_HEADER_BYTES, len - BATCH_HEADER_BYTES);
        put_be(hdr + BATCH_OFF_CRC, crc, 4);
        res->log_append_time_ms = o->now_ms;
    }
    h.base_offset = base;
    h.leader_epoch = o->leader_epoch;

    if (gather) {
        /* Into the gather buffer, already in its file form. */
        if (!lg->gather_len)
            lg->gather_pos = a->size_bytes;
        memcpy(lg->gather + lg->gather_len, hdr, sizeof hdr);
        memcpy(lg->gather + lg->gather_len + sizeof hdr, batch + BATCH_HEADER_BYTES,
               len - BATCH_HEADER_BYTES);
        lg->gather_len += len;
        seg_note_batch(a, &h, a->size_bytes, cfg->index_interval_bytes, o->now_ms);
        rc = 0;
    } else if (!(rc = seg_open(a))) {
        struct iovec iov[2] = {{hdr, sizeof hdr},
                               {(void *)(batch + BATCH_HEADER_BYTES), len - BATCH_HEADER_BYTES}};
        int64_t pos = a->size_bytes;
        rc = sio_pwritev_all(st->io, a->file->fd, iov, len > BATCH_HEADER_BYTES ? 2 : 1, pos);
        if (rc) {
            /* Cut back whatever part was written; the next append then
             * starts on a batch boundary. */
            int trc = sio_status(st->io->ftruncate(st->io->ctx, a->file->fd, pos));
            if (trc || rc != -E_NOSPC) {
                store_set_offline(st, "write failed", trc ? trc : rc);
                if (rc == -E_NOSPC)
                    rc = -E_IO;
            }
        } else {
            seg_note_batch(a, &h, pos, cfg->index_interval_bytes, o->now_ms);
        }
    }
    if (rc) {
        fjob_free(job);
        free(w);
        return rc;
    }

    lg->log_end_offset = batch_last_offset(&h) + 1;
    if (!gather) {
        lg->high_watermark = lg->log_end_offset;
        lg->generation++;
    }
    lg->unflushed_messages += h.records_count;
    res->base_offset = base;
    res->last_offset = batch_last_offset(&h);
    res->log_start_offset = lg->log_start_offset;

    if (job || gather) {
        if (w) {
            w->last_offset = res->last_offset;
            w->res = *res;
            w->res.pending = true;
            w->cb = o->cb;
            w->arg = o->arg;
            if (lg->wait_tail)
                lg->wait_tail->next = w;
            else
                lg->wait_head = w;
            lg->wait_tail = w;
            res->pending = true;
        }
        lg->unflushed_messages = 0;
        if (job)
            queue_sync(lg, a->file, lg->log_end_offset, NULL, job);
        else
            lg->sync_wanted = true; /* sync_gathered queues it */
    }
    if (st->append_hook)
        st->append_hook(st->append_hook_arg, lg);
    return 0;
}

/* ------------------------------------------------------------ accessors */

int64_t log_start_offset(const struct log *lg)
{
    return lg->log_start_offset;
}

int64_t log_end_offset(const struct log *lg)
{
    return lg->log_end_offset;
}

int64_t log_high_watermark(const struct log *lg)
{
    return lg->high_watermark;
}

int64_t log_last_stable_offset(const struct log *lg)
{
    return lg->high_watermark;
}

int64_t log_recovery_point(const struct log *lg)
{
    return lg->recovery_point;
}

int64_t log_size_bytes(const struct log *lg)
{
    int64_t n = 0;
    for (size_t i = 0; i < lg->nsegs; i++)
        n += lg->segs[i]->size_bytes;
    return n;
}

uint64_t log_generation(const struct log *lg)
{
    return lg->generation;
}

struct topic *log_topic(const struct log *lg)
{
    return lg->topic;
}

int32_t log_partition(const struct log *lg)
{
    return lg->partition;
}
