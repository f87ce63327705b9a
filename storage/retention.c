/*
 * retention.c - removing whole closed segments: retention.ms,
 * retention.bytes (cleanup.policy=delete), and segments wholly below the
 * log start offset (DeleteRecords, any policy).
 *
 * Only a prefix of closed segments is ever removed, so offsets stay
 * contiguous from the log start offset. The active segment is never
 * removed. Files are renamed to *.deleted on the loop thread (cheap, and
 * no later segment can take the name) and unlinked by the worker; open
 * spans keep reading the unlinked files. A segment the cleaner is working
 * on is left for the next round.
 */
#include <stdlib.h>

#include "protocol/status.h"
#include "storage/storage_int.h"

/* Remove segs[0 .. n-1]. */
static int delete_prefix(struct log *lg, size_t n)
{
    char **paths = NULL;
    size_t npaths = 0;
    int rc = 0;
    for (size_t i = 0; i < n && lg->nsegs > 1; i++) {
        struct segment *s = lg->segs[0];
        rc = seg_rename_deleted(s, &paths, &npaths);
        if (rc)
            break;
        log_remove_segment_at(lg, 0);
        seg_free(s);
    }
    if (lg->nsegs && lg->segs[0]->base_offset > lg->log_start_offset)
        lg->log_start_offset = lg->segs[0]->base_offset;
    if (lg->log_start_offset > lg->log_end_offset)
        lg->log_start_offset = lg->log_end_offset;
    lg->st->offsets_dirty = true;
    int rrc = store_remove_paths(lg->st, paths, npaths, lg->dir);
    return rc ? rc : rrc;
}

/* How many leading closed segments may go (the cleaner's are kept). */
static size_t removable(const struct log *lg)
{
    if (lg->cleaning || lg->nsegs < 2)
        return 0;
    return lg->nsegs - 1;
}

int log_retention_run(struct log *lg, int64_t now_ms)
{
    struct store *st = lg->st;
    if (st->offline || lg->deleted)
        return 0;
    const struct tcfg *cfg = log_cfg(lg);
    size_t max = removable(lg);
    size_t n = 0;

    /* Below the log start offset: the next segment starts at or before it. */
    while (n < max && lg->segs[n + 1]->base_offset <= lg->log_start_offset)
        n++;

    if (cfg->cleanup_policy & STORE_CLEANUP_DELETE) {
        if (cfg->retention_ms >= 0) {
            /* Kafka: a segment expires when its largest record timestamp
             * (the file's mtime when it has none) is older than
             * retention.ms; stop at the first one that has not. */
            size_t k = 0;
            while (k < max) {
                struct segment *s = lg->segs[k];
                int64_t ts, off;
                if (seg_max_timestamp(s, &ts, &off))
                    break;
                if (ts < 0)
                    ts = s->mtime_ms;
                if (now_ms - ts <= cfg->retention_ms)
                    break;
                k++;
            }
            if (k > n)
                n = k;
        }
        if (cfg->retention_bytes >= 0) {
            int64_t over = log_size_bytes(lg) - cfg->retention_bytes;
            size_t k = 0;
            while (k < max && over - lg->segs[k]->size_bytes >= 0) {
                over -= lg->segs[k]->size_bytes;
                k++;
            }
            if (k > n)
                n = k;
        }
    }
    if (n == 0)
        return 0;
    int rc = delete_prefix(lg, n);
    if (rc && rc != -E_NOMEM)
        store_set_offline(st, "segment delete failed", rc);
    return rc ? rc : (int)n;
}

int log_delete_records(struct log *lg, int64_t offset, store_done_cb cb, void *arg,
                       int64_t *low_watermark)
{
    struct store *st = lg->st;
    if (st->offline)
        return -E_IO;
    if (lg->deleted)
        return -E_NOTFOUND;
    int rc = log_ensure_tail(lg);
    if (rc)
        return rc;
    if (offset == -1)
        offset = lg->high_watermark;
    if (offset < 0 || offset > lg->high_watermark)
        return -E_RANGE;
    if (offset > lg->log_start_offset) {
        lg->log_start_offset = offset;
        st->offsets_dirty = true;
        size_t n = 0, max = removable(lg);
        while (n < max && lg->segs[n + 1]->base_offset <= offset)
            n++;
        if (n) {
            rc = delete_prefix(lg, n);
            if (rc && rc != -E_NOMEM) {
                store_set_offline(st, "segment delete failed", rc);
                return -E_IO;
            }
        }
    }
    *low_watermark = lg->log_start_offset;
    /* The new log start offset must survive a crash before we answer. */
    return store_checkpoint_offsets(st, cb, arg);
}
