/*
 * compact.c - the work of one compaction job, on the cleaner thread.
 *
 * 1. Map: read every input batch (CRC checked) and record, per key, the
 *    offset of its latest record. Compressed batches are read through the
 *    decompress hook when there is one, and otherwise kept whole (their
 *    keys are not mapped, so they neither lose records nor shadow others).
 * 2. Clean: group consecutive inputs (at most segment.bytes of input per
 *    group) and write each group as one new segment "<first base>.log.cleaned"
 *    with fresh indexes. A record survives unless a later record has its
 *    key, or it is a tombstone (null value) in a segment last modified more
 *    than delete.retention.ms ago. Offsets never change: a batch that loses
 *    records is rebuilt with its base offset, lastOffsetDelta, base
 *    timestamp and producer fields intact, the surviving records byte for
 *    byte, a new count/length/maxTimestamp and a new CRC. A batch that loses
 *    every record is dropped, except when it is the last batch of the new
 *    segment: then its header stays, with no records, so the segment keeps
 *    its last offset (recovery treats a hole between segments as lost
 *    data, and the next segment's base offset must follow on). Producer
 *    state (idempotence) is not otherwise preserved yet.
 *    A rebuilt batch that was compressed is re-compressed with the compress
 *    hook, or stored uncompressed without one.
 * 3. Swap, crash-safely: the new files are fsynced; a manifest naming the
 *    new and the replaced segments is written (temp, fsync, rename, fsync
 *    dir) - from then on the swap is committed; the .cleaned files are
 *    renamed over the old names, merged-away inputs unlinked, the directory
 *    fsynced and the manifest removed. Start-up finishes a committed swap
 *    from the manifest (compact_recover_swap) and deletes uncommitted
 *    .cleaned files.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/crc32c.h"
#include "protocol/status.h"
#include "storage/batch.h"
#include "storage/checkpoint.h"
#include "storage/cleaner.h"
#include "storage/offsetmap.h"

#define SWAP_FILE "cleaner-swap"
#define MAX_DECOMPRESSED (64u << 20)
#define OUT_BUF_BYTES (1u << 20)

static const char *const SUFFIXES[3] = {".log", ".index", ".timeindex"};

/* ------------------------------------------------------------ batch input */

struct batch_in {
    const struct sio *io;
    const struct cjob_in *in;
    int64_t pos;
    uint8_t *buf;
    size_t cap;
};

/*
 * The next batch of an input: *h its header, *bytes the whole batch in
 * memory (NULL for a batch larger than max_batch, which the caller copies
 * through in pieces). 1 got one, 0 end, negative status.
 */
static int next_batch(struct batch_in *b, int64_t max_batch, struct batch_header *h,
                      const uint8_t **bytes, int64_t *pos)
{
    if (b->pos >= b->in->size_bytes)
        return 0;
    uint8_t hdr[BATCH_HEADER_BYTES];
    if (b->pos + BATCH_HEADER_BYTES > b->in->size_bytes)
        return -E_CORRUPT;
    ssize_t n = sio_pread_all(b->io, b->in->file->fd, hdr, sizeof hdr, b->pos);
    if (n < 0)
        return (int)n;
    if ((size_t)n != sizeof hdr || batch_parse_header(hdr, sizeof hdr, h))
        return -E_CORRUPT;
    int64_t size = batch_size(h);
    if (b->pos + size > b->in->size_bytes || h->base_offset < b->in->base_offset ||
        batch_last_offset(h) >= b->in->end_offset)
        return -E_CORRUPT;
    *pos = b->pos;
    *bytes = NULL;
    if (size <= max_batch) {
        if ((size_t)size > b->cap) {
            uint8_t *nb = realloc(b->buf, (size_t)size);
            if (!nb)
                return -E_NOMEM;
            b->buf = nb;
            b->cap = (size_t)size;
        }
        n = sio_pread_all(b->io, b->in->file->fd, b->buf, (size_t)size, b->pos);
        if (n < 0)
            return (int)n;
        if (n != size || batch_crc(b->buf, (size_t)size) != h->crc)
            return -E_CORRUPT;
        *bytes = b->buf;
    }
    b->pos += size;
    return 1;
}

/* The records area of an in-memory batch, decompressed if it must be and
 * can be. *plain is set when memory was allocated (freed by the caller).
 * Returns 1 when records are available, 0 when the batch is opaque. */
static int records_of(const struct cjob *job, const struct batch_header *h, const uint8_t *bytes,
                      const uint8_t **recs, size_t *rlen, uint8_t **plain)
{
    *plain = NULL;
    if (!bytes || (h->attributes & BATCH_ATTR_CONTROL))
        return 0;
    *recs = bytes + BATCH_HEADER_BYTES;
    *rlen = (size_t)batch_size(h) - BATCH_HEADER_BYTES;
    if (!batch_codec(h))
        return 1;
    if (!job->codec.decompress)
        return 0;
    size_t plen;
    int rc = job->codec.decompress(job->codec.ctx, batch_codec(h), *recs, *rlen, MAX_DECOMPRESSED,
                                   plain, &plen);
    if (rc)
        return rc;
    *recs = *plain;
    *rlen = plen;
    return 1;
}

/* ------------------------------------------------------------------- map */

static int map_input(struct cjob *job, size_t i, struct omap *map)
{
    struct batch_in b = {job->io, &job->in[i], 0, NULL, 0};
    struct batch_header h;
    const uint8_t *bytes;
    int64_t pos;
    int rc;
    while ((rc = next_batch(&b, job->max_batch_bytes, &h, &bytes, &pos)) == 1) {
        if (atomic_load(job->cancel)) {
            rc = -E_AGAIN;
            break;
        }
        const uint8_t *recs;
        size_t rlen;
        uint8_t *plain;
        rc = records_of(job, &h, bytes, &recs, &rlen, &plain);
        if (rc <= 0) {
            if (rc < 0)
                break;
            continue;
        }
        struct batch_rec_iter it;
        struct batch_record rec;
        batch_rec_iter_init(&it, recs, rlen, h.records_count);
        while ((rc = batch_rec_next(&it, &rec)) == 1) {
            if (rec.key.len < 0)
                continue;
            rc = omap_put(map, rec.key.ptr, (size_t)rec.key.len, h.base_offset + rec.offset_delta);
            if (rc)
                break;
        }
        free(plain);
        if (rc < 0)
            break;
    }
    free(b.buf);
    return rc;
}

/* ---------------------------------------------------------------- output */

struct writer {
    const struct sio *io;
    int fd;
    int64_t pos; /* file position of buf[0] */
    uint8_t *buf;
    size_t len;
    size_t cap;
};

static int w_flush(struct writer *w)
{
    int rc = sio_pwrite_all(w->io, w->fd, w->buf, w->len, w->pos);
    w->pos += (int64_t)w->len;
    w->len = 0;
    return rc;
}

static int w_put(struct writer *w, const void *p, size_t n)
{
    const uint8_t *s = p;
    while (n > 0) {
        if (w->len == w->cap) {
            int rc = w_flush(w);
            if (rc)
                return rc;
        }
        size_t k = w->cap - w->len;
        if (k > n)
            k = n;
        memcpy(w->buf + w->len, s, k);
        w->len += k;
        s += k;
        n -= k;
    }
    return 0;
}

/* Account one batch written at pos in out's indexes (the rule of
 * seg_note_batch). */
static void note_out(struct cjob *job, struct cjob_out *o, const struct batch_header *h,
                     int64_t pos)
{
    if (h->max_timestamp > o->max_timestamp) {
        o->max_timestamp = h->max_timestamp;
        o->max_ts_offset = h->base_offset;
    }
    if (o->bytes_since_index > job->index_interval_bytes) {
        uint32_t rel = (uint32_t)(h->base_offset - o->base_offset);
        if (idx_append(&o->idx, rel, (uint32_t)pos) == 0 && o->max_timestamp >= 0)
            (void)tidx_maybe_append(&o->tidx, o->max_timestamp,
                                    (uint32_t)(o->max_ts_offset - o->base_offset));
        o->bytes_since_index = 0;
    }
    o->bytes_since_index += batch_size(h);
    o->size_bytes = pos + batch_size(h);
    o->next_offset = batch_last_offset(h) + 1;
}

static void put_be(uint8_t *p, uint64_t v, int n)
{
    for (int i = n - 1; i >= 0; i--)
        *p++ = (uint8_t)(v >> (8 * i));
}

/*
 * Filter one in-memory batch. Returns 1 and fills *out and *out_len (a new
 * buffer, or bytes itself when nothing changed) when the batch stays, 0
 * when it is dropped, negative status on error.
 */
static int filter_batch(struct cjob *job, const struct cjob_in *in, const struct omap *map,
                        const struct batch_header *h, const uint8_t *bytes, uint8_t **out,
                        size_t *out_len)
{
    const uint8_t *recs;
    size_t rlen;
    uint8_t *plain;
    *out = (uint8_t *)bytes;
    *out_len = bytes ? (size_t)batch_size(h) : 0;
    int rc = records_of(job, h, bytes, &recs, &rlen, &plain);
    if (rc <= 0)
        return rc < 0 ? rc : 1; /* opaque: kept whole */

    bool tomb_expired = in->mtime_ms + job->delete_retention_ms < job->now_ms;
    uint8_t *kept = malloc(rlen ? rlen : 1);
    if (!kept) {
        free(plain);
        return -E_NOMEM;
    }
    size_t klen = 0;
    int32_t nkept = 0, ntotal = 0;
    int64_t max_ts = BATCH_NO_TIMESTAMP;
    struct batch_rec_iter it;
    struct batch_record rec;
    batch_rec_iter_init(&it, recs, rlen, h->records_count);
    while ((rc = batch_rec_next(&it, &rec)) == 1) {
        int64_t off = h->base_offset + rec.offset_delta;
        bool keep = true;
        ntotal++;
        if (rec.key.len >= 0 && omap_get(map, rec.key.ptr, (size_t)rec.key.len) > off)
            keep = false;
        else if (rec.value.len < 0 && rec.key.len >= 0 && tomb_expired)
            keep = false;
        if (!keep)
            continue;
        memcpy(kept + klen, rec.raw, rec.raw_len);
        klen += rec.raw_len;
        nkept++;
        if (h->base_timestamp + rec.timestamp_delta > max_ts)
            max_ts = h->base_timestamp + rec.timestamp_delta;
    }
    free(plain);
    if (rc < 0) {
        free(kept);
        return rc;
    }
    job->records_removed += ntotal - nkept;
    if (nkept == ntotal) {
        free(kept);
        return 1;
    }
    if (nkept == 0) {
        free(kept);
        job->batches_removed++;
        return 0;
    }

    /* Rebuild. The codec stays only if the hook can re-compress. */
    int16_t attrs = h->attributes;
    uint8_t *body = kept;
    size_t blen = klen;
    uint8_t *packed = NULL;
    if (batch_codec(h)) {
        size_t plen;
        if (job->codec.compress &&
            job->codec.compress(job->codec.ctx, batch_codec(h), kept, klen, &packed, &plen) == 0) {
            body = packed;
            blen = plen;
        } else {
            attrs = (int16_t)(attrs & ~BATCH_ATTR_CODEC_MASK);
        }
    }
    if (blen > INT32_MAX - BATCH_HEADER_BYTES) {
        free(kept);
        free(packed);
        return -E_TOOBIG;
    }
    struct batch_header nh = *h;
    nh.attributes = attrs;
    nh.records_count = nkept;
    nh.batch_length = (int32_t)(BATCH_HEADER_BYTES - BATCH_LOG_OVERHEAD + blen);
    if (!(attrs & BATCH_ATTR_LOG_APPEND_TIME))
        nh.max_timestamp = max_ts;
    size_t total = BATCH_HEADER_BYTES + blen;
    uint8_t *nb = malloc(total);
    if (!nb) {
        free(kept);
        free(packed);
        return -E_NOMEM;
    }
    nh.crc = 0;
    batch_encode_header(&nh, nb);
    memcpy(nb + BATCH_HEADER_BYTES, body, blen);
    put_be(nb + BATCH_OFF_CRC, batch_crc(nb, total), 4);
    free(kept);
    free(packed);
    job->batches_rewritten++;
    *out = nb;
    *out_len = total;
    return 1;
}

static int cleaned_name(char *buf, size_t len, int64_t base, const char *suffix)
{
    return sio_path(buf, len, "%020" PRId64 "%s.cleaned", base, suffix);
}

static int final_name(char *buf, size_t len, int64_t base, const char *suffix)
{
    return sio_path(buf, len, "%020" PRId64 "%s", base, suffix);
}

static int write_small(const struct sio *io, int dirfd, const char *name, const uint8_t *p,
                       size_t len)
{
    int fd = io->open(io->ctx, dirfd, name, O_CREAT | O_TRUNC | O_WRONLY, 0644);
    if (fd < 0)
        return sio_status(fd);
    int rc = sio_pwrite_all(io, fd, p, len, 0);
    if (!rc)
        rc = sio_status(io->fsync(io->ctx, fd, false));
    int crc = io->close(io->ctx, fd);
    return rc ? rc : sio_status(crc);
}

/* Copy a batch too large to inspect, in pieces. */
static int copy_through(struct cjob *job, const struct cjob_in *in, int64_t pos, int64_t size,
                        struct writer *w)
{
    uint8_t tmp[1 << 16];
    while (size > 0) {
        size_t k = size > (int64_t)sizeof tmp ? sizeof tmp : (size_t)size;
        ssize_t n = sio_pread_all(job->io, in->file->fd, tmp, k, pos);
        if (n < 0)
            return (int)n;
        if ((size_t)n != k)
            return -E_CORRUPT;
        int rc = w_put(w, tmp, k);
        if (rc)
            return rc;
        pos += (int64_t)k;
        size -= (int64_t)k;
    }
    return 0;
}

static int clean_group(struct cjob *job, struct cjob_out *o, const struct omap *map)
{
    char name[256];
    int rc = cleaned_name(name, sizeof name, o->base_offset, ".log");
    if (rc)
        return rc;
    int fd = job->io->open(job->io->ctx, job->dirfd, name, O_CREAT | O_TRUNC | O_RDWR, 0644);
    if (fd < 0)
        return sio_status(fd);
    o->file = sfile_new(job->io, fd);
    if (!o->file) {
        job->io->close(job->io->ctx, fd);
        return -E_NOMEM;
    }
    int64_t in_bytes = 0;
    for (size_t i = o->first_in; i < o->first_in + o->n_in; i++)
        in_bytes += job->in[i].size_bytes;
    size_t cap = in_bytes < OUT_BUF_BYTES ? (size_t)in_bytes + BATCH_HEADER_BYTES : OUT_BUF_BYTES;
    struct writer w = {job->io, fd, 0, malloc(cap), 0, cap};
    if (!w.buf)
        return -E_NOMEM;
    struct batch_header dropped; /* the last batch, when it was dropped */
    bool last_dropped = false;
    for (size_t i = o->first_in; i < o->first_in + o->n_in && !rc; i++) {
        const struct cjob_in *in = &job->in[i];
        struct batch_in b = {job->io, in, 0, NULL, 0};
        struct batch_header h;
        const uint8_t *bytes;
        int64_t pos;
        if (in->mtime_ms > o->mtime_ms)
            o->mtime_ms = in->mtime_ms;
        job->bytes_in += in->size_bytes;
        while ((rc = next_batch(&b, job->max_batch_bytes, &h, &bytes, &pos)) == 1) {
            if (atomic_load(job->cancel)) {
                rc = -E_AGAIN;
                break;
            }
            int64_t at = w.pos + (int64_t)w.len;
            if (!bytes) {
                rc = copy_through(job, in, pos, batch_size(&h), &w);
                if (rc)
                    break;
                note_out(job, o, &h, at);
                last_dropped = false;
                continue;
            }
            uint8_t *nb;
            size_t nlen;
            rc = filter_batch(job, in, map, &h, bytes, &nb, &nlen);
            if (rc < 0)
                break;
            last_dropped = rc == 0;
            if (rc == 0) {
                dropped = h;
                rc = 0;
                continue;
            }
            struct batch_header nh;
            rc = batch_parse_header(nb, nlen, &nh);
            if (!rc)
                rc = w_put(&w, nb, nlen);
            if (nb != bytes)
                free(nb);
            if (rc)
                break;
            note_out(job, o, &nh, at);
        }
        free(b.buf);
    }
    if (!rc && last_dropped) {
        /* The group's last batch lost every record. Its header alone is
         * kept (no records, same offsets and producer fields, new CRC) so
         * the segment still ends where the next one begins: recovery
         * reads a hole between segments as lost data. */
        uint8_t hb[BATCH_HEADER_BYTES];
        dropped.records_count = 0;
        dropped.batch_length = BATCH_HEADER_BYTES - BATCH_LOG_OVERHEAD;
        dropped.attributes = (int16_t)(dropped.attributes & ~BATCH_ATTR_CODEC_MASK);
        dropped.crc = 0;
        batch_encode_header(&dropped, hb);
        put_be(hb + BATCH_OFF_CRC, batch_crc(hb, sizeof hb), 4);
        dropped.crc = batch_crc(hb, sizeof hb);
        int64_t at = w.pos + (int64_t)w.len;
        rc = w_put(&w, hb, sizeof hb);
        if (!rc) {
            note_out(job, o, &dropped, at);
            job->batches_removed--;
            job->batches_rewritten++;
        }
    }
    if (!rc)
        rc = w_flush(&w);
    free(w.buf);
    if (rc)
        return rc;
    job->bytes_out += o->size_bytes;
    if (o->max_timestamp >= 0)
        (void)tidx_maybe_append(&o->tidx, o->max_timestamp,
                                (uint32_t)(o->max_ts_offset - o->base_offset));
    rc = sio_status(job->io->fsync(job->io->ctx, fd, true));
    /* Keep the old modification time: tombstone expiry and time-based
     * retention of timestamp-less segments read it. */
    if (!rc && o->mtime_ms > 0)
        (void)job->io->set_mtime(job->io->ctx, fd, o->mtime_ms);

    size_t ilen = o->idx.n * IDX_ENTRY_BYTES, tlen = o->tidx.n * TIDX_ENTRY_BYTES;
    uint8_t *ib = malloc(ilen + tlen + 1);
    if (!rc && !ib)
        rc = -E_NOMEM;
    if (!rc) {
        idx_encode(&o->idx, 0, ib);
        tidx_encode(&o->tidx, ib + ilen);
        rc = cleaned_name(name, sizeof name, o->base_offset, ".index");
        if (!rc)
            rc = write_small(job->io, job->dirfd, name, ib, ilen);
        if (!rc)
            rc = cleaned_name(name, sizeof name, o->base_offset, ".timeindex");
        if (!rc)
            rc = write_small(job->io, job->dirfd, name, ib + ilen, tlen);
    }
    free(ib);
    return rc;
}

/* ------------------------------------------------------------------ swap */

static int encode_manifest(const struct cjob *job, uint8_t **out, size_t *len)
{
    struct kwriter w;
    kw_init(&w);
    kw_i32(&w, (int32_t)job->nout);
    for (size_t i = 0; i < job->nout; i++) {
        const struct cjob_out *o = &job->out[i];
        kw_i64(&w, o->base_offset);
        kw_i32(&w, (int32_t)(o->n_in - 1));
        for (size_t k = o->first_in + 1; k < o->first_in + o->n_in; k++)
            kw_i64(&w, job->in[k].base_offset);
    }
    if (w.err) {
        int rc = w.err;
        kw_destroy(&w);
        return rc;
    }
    *out = w.buf;
    *len = w.len;
    return 0;
}

/* Apply a manifest inside dirfd: rename every .cleaned that is still there
 * over its final name, unlink the merged-away inputs. Idempotent. */
static int apply_manifest(const struct sio *io, int dirfd, const uint8_t *p, size_t len)
{
    struct kreader r;
    kr_init(&r, p, len);
    int32_t nout = kr_array_len(&r, false, false, 12);
    for (int32_t i = 0; i < nout && !r.err; i++) {
        int64_t base = kr_i64(&r);
        int32_t nmerged = kr_array_len(&r, false, false, 8);
        if (r.err)
            break;
        for (int k = 0; k < 3; k++) {
            char from[256], to[256];
            if (cleaned_name(from, sizeof from, base, SUFFIXES[k]) ||
                final_name(to, sizeof to, base, SUFFIXES[k]))
                return -E_INVAL;
            int rc = io->rename(io->ctx, dirfd, from, dirfd, to);
            if (rc < 0 && sio_status(rc) != -E_NOTFOUND)
                return sio_status(rc);
        }
        for (int32_t m = 0; m < nmerged && !r.err; m++) {
            int64_t old = kr_i64(&r);
            for (int k = 0; k < 3 && !r.err; k++) {
                char name[256];
                if (final_name(name, sizeof name, old, SUFFIXES[k]))
                    return -E_INVAL;
                int rc = io->unlink(io->ctx, dirfd, name, false);
                if (rc < 0 && sio_status(rc) != -E_NOTFOUND)
                    return sio_status(rc);
            }
        }
    }
    if (r.err || kr_remaining(&r))
        return -E_CORRUPT;
    return 0;
}

static int swap_in(struct cjob *job)
{
    const struct sio *io = job->io;
    uint8_t *m;
    size_t mlen;
    int rc = encode_manifest(job, &m, &mlen);
    if (rc)
        return rc;
    rc = ckpt_write_at(io, job->dirfd, SWAP_FILE, CKPT_SWAP, m, mlen);
    if (rc) {
        free(m);
        return rc;
    }
    job->swapped = true; /* committed: start-up would finish it from here */
    rc = apply_manifest(io, job->dirfd, m, mlen);
    free(m);
    if (!rc)
        rc = sio_status(io->fsync(io->ctx, job->dirfd, false));
    if (!rc)
        rc = sio_status(io->unlink(io->ctx, job->dirfd, SWAP_FILE, false));
    if (!rc)
        rc = sio_status(io->fsync(io->ctx, job->dirfd, false));
    return rc;
}

static void remove_cleaned(struct cjob *job)
{
    for (size_t i = 0; i < job->nout; i++)
        for (int k = 0; k < 3; k++) {
            char name[256];
            if (!cleaned_name(name, sizeof name, job->out[i].base_offset, SUFFIXES[k]))
                (void)job->io->unlink(job->io->ctx, job->dirfd, name, false);
        }
}

/* ------------------------------------------------------------------- run */

static int plan_groups(struct cjob *job)
{
    job->out = calloc(job->nuse, sizeof *job->out);
    if (!job->out)
        return -E_NOMEM;
    size_t i = 0;
    while (i < job->nuse) {
        struct cjob_out *o = &job->out[job->nout++];
        o->base_offset = job->in[i].base_offset;
        o->first_in = i;
        o->n_in = 1;
        o->max_timestamp = BATCH_NO_TIMESTAMP;
        o->max_ts_offset = -1;
        o->next_offset = o->base_offset;
        idx_init(&o->idx, job->idx_max_entries);
        tidx_init(&o->tidx, job->tidx_max_entries);
        int64_t bytes = job->in[i].size_bytes;
        i++;
        /* Inputs merge while the group's input size fits a segment and
         * its offsets fit the indexes' 32-bit relative offsets. */
        while (i < job->nuse && bytes + job->in[i].size_bytes <= job->segment_bytes &&
               job->in[i].end_offset - o->base_offset <= INT32_MAX) {
            bytes += job->in[i].size_bytes;
            o->n_in++;
            i++;
        }
    }
    return 0;
}

int compact_run(struct cjob *job)
{
    int64_t total = 0;
    for (size_t i = 0; i < job->nin; i++)
        total += job->in[i].size_bytes;
    struct omap map;
    /* About one record per 64 bytes is a generous guess for sizing. */
    size_t expected = (size_t)(total / 64) + 16;
    int rc = omap_init(&map, expected, (size_t)job->dedupe_bytes);
    if (rc)
        return rc;
    job->nuse = 0;
    for (size_t i = 0; i < job->nin; i++) {
        rc = map_input(job, i, &map);
        if (rc == -E_TOOBIG && i > 0) {
            rc = 0; /* the map is full: clean what was fully mapped */
            break;
        }
        if (rc)
            break;
        job->nuse = i + 1;
    }
    if (rc == -E_TOOBIG)
        rc = -E_NOMEM; /* not even one segment fits log.cleaner.dedupe.buffer.size */
    if (!rc && job->nuse)
        rc = plan_groups(job);
    for (size_t i = 0; i < job->nout && !rc; i++)
        rc = clean_group(job, &job->out[i], &map);
    omap_destroy(&map);
    if (!rc && atomic_load(job->cancel))
        rc = -E_AGAIN;
    if (!rc && job->nout)
        rc = swap_in(job);
    if (rc && !job->swapped)
        remove_cleaned(job);
    if (!rc && job->nuse)
        job->cleaned_upto = job->in[job->nuse - 1].end_offset;
    return rc;
}

int compact_recover_swap(const struct sio *io, const char *dir)
{
    uint8_t *m;
    size_t mlen;
    int rc = ckpt_read(io, dir, SWAP_FILE, CKPT_SWAP, 1u << 20, &m, &mlen);
    if (rc == -E_NOTFOUND)
        return 0;
    if (rc == -E_CORRUPT) {
        /* Written by rename from a fsynced temp file, so this is damage,
         * not a torn write; the old segments are still whole unless the
         * swap had begun, in which case the .cleaned files complete them. */
        fprintf(stderr, "storage: event=swap_manifest_corrupt dir=%s\n", dir);
        return -E_CORRUPT;
    }
    if (rc)
        return rc;
    int dirfd = io->open(io->ctx, SIO_CWD, dir, O_RDONLY | O_DIRECTORY, 0);
    if (dirfd < 0) {
        free(m);
        return sio_status(dirfd);
    }
    rc = apply_manifest(io, dirfd, m, mlen);
    free(m);
    if (!rc)
        rc = sio_status(io->fsync(io->ctx, dirfd, false));
    if (!rc)
        rc = sio_status(io->unlink(io->ctx, dirfd, SWAP_FILE, false));
    if (!rc)
        rc = sio_status(io->fsync(io->ctx, dirfd, false));
    io->close(io->ctx, dirfd);
    if (!rc)
        fprintf(stderr, "storage: event=swap_completed dir=%s\n", dir);
    return rc;
}
