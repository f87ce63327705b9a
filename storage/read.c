/*
 * read.c - reading a partition log: zero-copy file spans for Fetch, and
 * whole batches copied into a buffer for in-process readers.
 *
 * A read starts with the batch that contains the requested offset (found
 * with the offset index, then by walking batch headers) and extends over
 * following batches while they fit in max_bytes; the first batch is always
 * returned whole, however large (and so is the first batch with records,
 * should compaction have left record-less batches before it). Every header on the way is parsed with
 * the kbuf reader and checked against the segment's size.
 */
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"
#include "storage/storage_int.h"

void log_span_release(void *owner)
{
    sfile_unref(owner);
}

void log_read_release(struct log_read_result *r)
{
    for (uint32_t i = 0; i < r->nspans; i++)
        sfile_unref(r->spans[i].owner);
    r->nspans = 0;
    r->bytes = 0;
}

static int64_t read_limit(const struct log *lg, enum log_isolation iso)
{
    switch (iso) {
    case LOG_READ_LOG_END: return lg->log_end_offset;
    case LOG_READ_COMMITTED: return log_last_stable_offset(lg);
    default: return lg->high_watermark;
    }
}

int log_read(struct log *lg, int64_t offset, int64_t max_bytes, enum log_isolation iso,
             struct log_read_result *out)
{
    memset(out, 0, sizeof *out);
    if (lg->gather_len && !lg->st->offline && !lg->deleted &&
        (iso == LOG_READ_LOG_END || offset >= lg->high_watermark)) {
        /* A reader waits at the written end: gathered appends become
         * visible now rather than when their partition's sync ends (and
         * before the high watermark is reported: clients skip records
         * past it). */
        (void)log_write_gathered(lg); /* a failure takes the dir offline */
    }
    out->high_watermark = lg->high_watermark;
    out->last_stable_offset = log_last_stable_offset(lg);
    out->log_start_offset = lg->log_start_offset;
    out->log_end_offset = lg->log_end_offset;
    if (lg->st->offline)
        return -E_IO;
    if (lg->deleted)
        return -E_NOTFOUND;
    if (offset < lg->log_start_offset || offset > lg->log_end_offset)
        return -E_RANGE;
    int64_t limit = read_limit(lg, iso);
    if (offset >= limit)
        return 0;
    int rc = 0;
    int64_t budget = max_bytes;
    /* The size limit applies once a batch with records is included: the
     * first batch is returned whole however large, and record-less batches
     * (kept by compaction to preserve offsets) never make up a whole
     * response, since some clients cannot handle one without records. */
    bool have_records = false;
    for (size_t i = log_segment_index(lg, offset); i < lg->nsegs; i++) {
        struct segment *s = lg->segs[i];
        if (s->base_offset >= limit || out->nspans == LOG_READ_MAX_SPANS)
            break;
        int64_t pos;
        struct batch_header h;
        rc = seg_find(s, offset, &pos, &h);
        if (rc == -E_NOTFOUND) {
            rc = 0;
            continue; /* offset lies past this segment's last batch */
        }
        if (rc)
            break;
        if (h.base_offset >= limit || (have_records && batch_size(&h) > budget))
            break;
        int64_t start = pos, end = pos + batch_size(&h);
        int64_t next = batch_last_offset(&h) + 1;
        have_records = have_records || h.records_count > 0;
        bool stopped = false;
        /* Gathered appends (past the high watermark) are not in the file. */
        int64_t written = s == log_active(lg) && lg->gather_len ? lg->gather_pos : s->size_bytes;
        while (end < written) {
            rc = seg_read_header(s, end, &h);
            if (rc)
                break;
            if (h.base_offset >= limit ||
                (have_records && end - start + batch_size(&h) > budget)) {
                stopped = true;
                break;
            }
            end += batch_size(&h);
            next = batch_last_offset(&h) + 1;
            have_records = have_records || h.records_count > 0;
        }
        if (rc)
            break;
        struct kfile_span *sp = &out->spans[out->nspans++];
        sp->fd = s->file->fd;
        sp->offset = start;
        sp->len = end - start;
        sp->owner = sfile_ref(s->file);
        out->bytes += sp->len;
        budget -= sp->len;
        offset = next;
        if (stopped || (have_records && budget <= 0) || offset >= limit)
            break;
    }
    if (rc) {
        log_read_release(out);
        return rc;
    }
    return 0;
}

int log_read_batches(struct log *lg, int64_t offset, uint8_t *buf, size_t cap, size_t *len,
                     int64_t *next_offset)
{
    struct log_read_result r;
    *len = 0;
    *next_offset = offset;
    int rc = log_read(lg, offset, (int64_t)cap, LOG_READ_HIGH_WATERMARK, &r);
    if (rc)
        return rc;
    if (r.nspans == 0)
        return 0;
    if ((uint64_t)r.spans[0].len > cap) {
        *len = (size_t)r.spans[0].len;
        log_read_release(&r);
        return -E_TOOBIG;
    }
    size_t got = 0;
    for (uint32_t i = 0; i < r.nspans && !rc; i++) {
        if ((uint64_t)r.spans[i].len > cap - got)
            break;
        ssize_t n = sio_pread_all(lg->st->io, r.spans[i].fd, buf + got, (size_t)r.spans[i].len,
                                  r.spans[i].offset);
        if (n < 0)
            rc = (int)n;
        else if (n != r.spans[i].len)
            rc = -E_CORRUPT;
        else
            got += (size_t)n;
    }
    log_read_release(&r);
    if (rc)
        return rc;
    /* The next offset is after the last batch copied; walk the copy. */
    struct kreader kr;
    kr_init(&kr, buf, got);
    while (kr_remaining(&kr) > 0) {
        struct batch_header h;
        if (batch_parse_header(kr.pos, kr_remaining(&kr), &h) ||
            (uint64_t)batch_size(&h) > kr_remaining(&kr))
            return -E_CORRUPT;
        *next_offset = batch_last_offset(&h) + 1;
        kr_skip(&kr, (size_t)batch_size(&h));
    }
    *len = got;
    return 0;
}
