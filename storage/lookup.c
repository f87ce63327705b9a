/*
 * lookup.c - ListOffsets by timestamp and MAX_TIMESTAMP.
 *
 * Segment level: each segment knows its largest timestamp (the last time
 * index entry of a closed segment). Inside the chosen segment the time
 * index gives a starting point, batch headers narrow it to the first batch
 * whose maxTimestamp qualifies, and the records of that batch give the
 * exact offset when they can be read (uncompressed, or with the
 * decompress hook). LogAppendTime batches stamp every record with the
 * batch time, so their base offset is exact.
 */
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"
#include "storage/storage_int.h"

/* Caps on what is read into memory to find an exact record; beyond them
 * the answer is the batch's (base offset, maxTimestamp). */
#define LOOKUP_MAX_DECOMPRESSED (64u << 20)
#define LOOKUP_MAX_BATCH (64 << 20)

/*
 * Inside the batch at pos (header h): the first record at or after
 * min_offset whose timestamp satisfies (exact ? ts == target : ts >=
 * target). Returns 1 found, 0 none, negative status.
 */
static int find_record(struct segment *s, int64_t pos, const struct batch_header *h,
                       int64_t target, bool exact, int64_t min_offset, int64_t *off,
                       int64_t *ts)
{
    struct store *st = s->lg->st;
    if ((h->attributes & BATCH_ATTR_LOG_APPEND_TIME) ||
        (batch_codec(h) && !st->cfg.codec.decompress) || batch_size(h) > LOOKUP_MAX_BATCH) {
        if (exact ? h->max_timestamp != target : h->max_timestamp < target)
            return 0;
        *off = h->base_offset > min_offset ? h->base_offset : min_offset;
        *ts = h->max_timestamp;
        return 1;
    }
    /* The size was checked against the segment (seg_read_header), so this
     * allocation is bounded by real bytes on disk. */
    size_t size = (size_t)batch_size(h);
    uint8_t *buf = malloc(size);
    if (!buf)
        return -E_NOMEM;
    ssize_t n = sio_pread_all(st->io, s->file->fd, buf, size, pos);
    if (n < 0 || (size_t)n != size) {
        free(buf);
        return n < 0 ? (int)n : -E_CORRUPT;
    }
    const uint8_t *recs = buf + BATCH_HEADER_BYTES;
    size_t rlen = size - BATCH_HEADER_BYTES;
    uint8_t *plain = NULL;
    if (batch_codec(h)) {
        size_t plen;
        int rc = st->cfg.codec.decompress(st->cfg.codec.ctx, batch_codec(h), recs, rlen,
                                          LOOKUP_MAX_DECOMPRESSED, &plain, &plen);
        if (rc) {
            free(buf);
            return rc;
        }
        recs = plain;
        rlen = plen;
    }
    struct batch_rec_iter it;
    struct batch_record rec;
    batch_rec_iter_init(&it, recs, rlen, h->records_count);
    int found = 0, rc;
    while ((rc = batch_rec_next(&it, &rec)) == 1) {
        int64_t t = h->base_timestamp + rec.timestamp_delta;
        int64_t o = h->base_offset + rec.offset_delta;
        if (o < min_offset)
            continue;
        if (exact ? t == target : t >= target) {
            *off = o;
            *ts = t;
            found = 1;
            break;
        }
    }
    free(plain);
    free(buf);
    return rc < 0 ? rc : found;
}

int log_offset_for_timestamp(struct log *lg, int64_t target, int64_t *offset, int64_t *timestamp)
{
    if (lg->st->offline)
        return -E_IO;
    if (lg->deleted)
        return -E_NOTFOUND;
    int rc = log_ensure_tail(lg);
    if (rc)
        return rc;
    int64_t start = lg->log_start_offset;
    for (size_t i = log_segment_index(lg, start); i < lg->nsegs; i++) {
        struct segment *s = lg->segs[i];
        int64_t mts, moff;
        if (s->size_bytes == 0)
            continue;
        rc = seg_max_timestamp(s, &mts, &moff);
        if (rc)
            return rc;
        if (mts < target)
            continue;
        rc = seg_load(s);
        if (rc)
            return rc;
        s->pins++;
        /* Every batch up to the entry's has maxTimestamp < target. */
        const struct tidx_entry *e = tidx_lookup_before(&s->tidx, target);
        int64_t from = e ? s->base_offset + e->rel_offset : s->base_offset;
        if (from < start)
            from = start;
        int64_t pos;
        struct batch_header h;
        rc = seg_find(s, from, &pos, &h);
        while (rc == 0) {
            if (h.max_timestamp >= target && batch_last_offset(&h) >= start) {
                rc = find_record(s, pos, &h, target, false, start, offset, timestamp);
                if (rc != 0)
                    break;
            }
            pos += batch_size(&h);
            if (pos >= s->size_bytes) {
                rc = -E_NOTFOUND;
                break;
            }
            rc = seg_read_header(s, pos, &h);
        }
        s->pins--;
        if (rc == 1)
            return 0;
        if (rc != -E_NOTFOUND && rc != 0)
            return rc;
    }
    return -E_NOTFOUND;
}

int log_offset_max_timestamp(struct log *lg, int64_t *offset, int64_t *timestamp)
{
    if (lg->st->offline)
        return -E_IO;
    if (lg->deleted)
        return -E_NOTFOUND;
    int rc = log_ensure_tail(lg);
    if (rc)
        return rc;
    struct segment *best = NULL;
    int64_t best_ts = BATCH_NO_TIMESTAMP, best_off = -1;
    int64_t start = lg->log_start_offset;
    for (size_t i = log_segment_index(lg, start); i < lg->nsegs; i++) {
        struct segment *s = lg->segs[i];
        int64_t mts, moff;
        if (s->size_bytes == 0)
            continue;
        rc = seg_max_timestamp(s, &mts, &moff);
        if (rc)
            return rc;
        if (mts > best_ts) {
            best = s;
            best_ts = mts;
            best_off = moff;
        }
    }
    if (!best)
        return -E_NOTFOUND;
    int64_t pos;
    struct batch_header h;
    rc = seg_find(best, best_off > start ? best_off : start, &pos, &h);
    if (rc)
        return rc;
    best->pins++;
    rc = find_record(best, pos, &h, best_ts, true, start, offset, timestamp);
    best->pins--;
    if (rc < 0)
        return rc;
    if (rc == 0) {
        /* The batch claims a maximum no record has (a producer's
         * maxTimestamp is not re-derived); answer at batch level. */
        *offset = h.base_offset > start ? h.base_offset : start;
        *timestamp = best_ts;
    }
    return 0;
}
