/*
 * recovery.c - loading a partition directory at start-up, and the scan
 * that validates segments after an unclean stop.
 *
 * The scan reads a segment front to back in 1 MiB chunks and accepts a
 * batch only if its 12-byte prefix and 61-byte header parse, magic is 2,
 * the batch fits in the file, its offsets increase and stay below the next
 * segment's base offset, and (when asked) its CRC-32C matches. The first batch that fails ends the valid part: the file
 * is cut there and every later segment removed, so nothing after a torn
 * write is ever served. Disk-declared sizes never size an allocation: the
 * CRC is computed through the fixed buffer.
 *
 * Which segments are scanned: none after a clean shutdown (marker present;
 * the active segment's tail is verified lazily on first use); otherwise
 * every segment from the one containing the recovery point to the end.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/crc32c.h"
#include "protocol/status.h"
#include "storage/storage_int.h"

#define SCAN_BUF_BYTES (1u << 20)

struct scanner {
    const struct sio *io;
    int fd;
    int64_t file_size;
    uint8_t *buf;
    size_t cap;      /* the buffer's size: the segment's, up to 1 MiB */
    int64_t buf_pos; /* file position of buf[0] */
    size_t buf_len;
};

/* Make [pos, pos+len) available in the buffer (len <= cap).
 * Returns a pointer, or NULL with *err set (0 means end of file). */
static const uint8_t *scan_get(struct scanner *sc, int64_t pos, size_t len, int *err)
{
    *err = 0;
    if (pos + (int64_t)len > sc->file_size)
        return NULL;
    if (pos >= sc->buf_pos && pos + (int64_t)len <= sc->buf_pos + (int64_t)sc->buf_len)
        return sc->buf + (pos - sc->buf_pos);
    int64_t want = sc->file_size - pos;
    if (want > (int64_t)sc->cap)
        want = (int64_t)sc->cap;
    ssize_t n = sio_pread_all(sc->io, sc->fd, sc->buf, (size_t)want, pos);
    if (n < 0) {
        *err = (int)n;
        return NULL;
    }
    sc->buf_pos = pos;
    sc->buf_len = (size_t)n;
    if ((size_t)n < len)
        return NULL; /* the file shrank under us: treat as its end */
    return sc->buf;
}

/* CRC-32C of [from, from+len) through the buffer. */
static int scan_crc(struct scanner *sc, int64_t from, int64_t len, uint32_t *out)
{
    uint32_t crc = 0;
    while (len > 0) {
        size_t piece = len > (int64_t)sc->cap ? sc->cap : (size_t)len;
        int err;
        const uint8_t *p = scan_get(sc, from, piece, &err);
        if (!p)
            return err ? err : -E_CORRUPT;
        crc = crc32c(crc, p, piece);
        from += (int64_t)piece;
        len -= (int64_t)piece;
    }
    *out = crc;
    return 0;
}

int rcv_scan_segment(struct segment *s, bool check_crc, struct rcv_result *out)
{
    struct log *lg = s->lg;
    const struct sio *io = lg->st->io;
    int rc = seg_open(s);
    if (rc)
        return rc;
    struct sio_stat st;
    rc = sio_status(io->fstat(io->ctx, s->file->fd, &st));
    if (rc)
        return rc;
    /* Small segments (thousands of partitions) get small buffers. */
    size_t cap = st.size_bytes < SCAN_BUF_BYTES ? (size_t)st.size_bytes : SCAN_BUF_BYTES;
    if (cap < BATCH_HEADER_BYTES)
        cap = BATCH_HEADER_BYTES;
    struct scanner sc = {io, s->file->fd, st.size_bytes, malloc(cap), cap, 0, 0};
    if (!sc.buf)
        return -E_NOMEM;
    s->pins++;

    int64_t interval = log_cfg(lg)->index_interval_bytes;
    int64_t mtime = s->mtime_ms;
    idx_clear(&s->idx);
    tidx_clear(&s->tidx);
    s->size_bytes = 0;
    s->next_offset = s->base_offset;
    s->max_timestamp = BATCH_NO_TIMESTAMP;
    s->max_ts_offset = -1;
    s->roll_base_ms = -1;
    s->bytes_since_index = 0;
    memset(out, 0, sizeof *out);
    out->first_max_ts = BATCH_NO_TIMESTAMP;

    /* Offsets grow along the whole log: segments roll at the log end, so
     * no batch of ours reaches the next segment's base offset. One that
     * does (a renamed or foreign file) would make offsets go backwards
     * when read across the boundary; it ends the valid part like any
     * other bad batch. */
    int64_t limit = INT64_MAX;
    size_t si = lg->nsegs ? log_segment_index(lg, s->base_offset) : 0;
    if (lg->nsegs && lg->segs[si] == s && si + 1 < lg->nsegs)
        limit = lg->segs[si + 1]->base_offset;

    int64_t pos = 0;
    int64_t expect = s->base_offset;
    rc = 0;
    while (pos < sc.file_size) {
        int err;
        const uint8_t *p = scan_get(&sc, pos, BATCH_HEADER_BYTES, &err);
        if (!p) {
            rc = err;
            break; /* torn header at the tail (or a read error) */
        }
        struct batch_header h;
        if (batch_parse_header(p, BATCH_HEADER_BYTES, &h) < 0)
            break;
        int64_t size = batch_size(&h);
        if (pos + size > sc.file_size || h.base_offset < expect || batch_last_offset(&h) >= limit ||
            batch_last_offset(&h) - s->base_offset > (int64_t)UINT32_MAX)
            break;
        if (check_crc) {
            uint32_t crc;
            err = scan_crc(&sc, pos + BATCH_OFF_ATTRS, size - BATCH_OFF_ATTRS, &crc);
            if (err && err != -E_CORRUPT) {
                rc = err;
                break;
            }
            if (err || crc != h.crc)
                break;
        }
        if (s->size_bytes == 0)
            out->first_max_ts = h.max_timestamp;
        seg_note_batch(s, &h, pos, interval, mtime);
        expect = batch_last_offset(&h) + 1;
        pos += size;
    }
    s->mtime_ms = mtime;
    free(sc.buf);
    s->pins--;
    if (rc)
        return rc;
    out->valid_bytes = s->size_bytes;
    out->next_offset = s->next_offset;
    out->max_timestamp = s->max_timestamp;
    out->max_ts_offset = s->max_ts_offset;
    out->truncated = s->size_bytes < sc.file_size;
    s->idx_loaded = true;
    s->meta_known = true;
    return 0;
}

/* ------------------------------------------------------- directory load */

struct listing {
    struct log *lg;
    int64_t *bases;
    size_t n;
    size_t cap;
    char **junk; /* leftovers to remove */
    size_t njunk;
    bool has_swap; /* a compaction swap manifest is present */
    int rc;
};

static bool parse_base(const char *name, const char *suffix, int64_t *base)
{
    size_t n = strlen(name), sl = strlen(suffix);
    if (n != 20 + sl || strcmp(name + 20, suffix))
        return false;
    int64_t v = 0;
    for (int i = 0; i < 20; i++) {
        if (name[i] < '0' || name[i] > '9')
            return false;
        if (v > (INT64_MAX - (name[i] - '0')) / 10)
            return false;
        v = v * 10 + (name[i] - '0');
    }
    *base = v;
    return true;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

static int add_junk(struct listing *l, const char *name)
{
    char **nj = realloc(l->junk, (l->njunk + 1) * sizeof *nj);
    if (!nj)
        return -E_NOMEM;
    l->junk = nj;
    l->junk[l->njunk] = strdup(name);
    if (!l->junk[l->njunk])
        return -E_NOMEM;
    l->njunk++;
    return 0;
}

static int list_entry(void *arg, const char *name)
{
    struct listing *l = arg;
    int64_t base;
    if (parse_base(name, ".log", &base)) {
        if (l->n == l->cap) {
            size_t cap = l->cap ? l->cap * 2 : 8;
            int64_t *nb = realloc(l->bases, cap * sizeof *nb);
            if (!nb)
                return l->rc = -E_NOMEM;
            l->bases = nb;
            l->cap = cap;
        }
        l->bases[l->n++] = base;
        return 0;
    }
    if (!strcmp(name, STORE_SWAP_FILE)) {
        l->has_swap = true;
        return 0;
    }
    if (parse_base(name, ".index", &base) || parse_base(name, ".timeindex", &base))
        return 0;
    /* Everything else we may have left behind: files being deleted, temp
     * files of checkpoints, compaction output never swapped in. */
    if (ends_with(name, ".deleted") || ends_with(name, ".tmp") || ends_with(name, ".cleaned") ||
        ends_with(name, ".swap")) {
        int rc = add_junk(l, name);
        if (rc)
            return l->rc = rc;
    }
    return 0;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* Write the scanned segment's indexes only when the files disagree. */
static int sync_index_files(struct segment *s)
{
    const struct sio *io = s->lg->st->io;
    size_t ilen = s->idx.n * IDX_ENTRY_BYTES, tlen = s->tidx.n * TIDX_ENTRY_BYTES;
    uint8_t *want = malloc(ilen + tlen + 1);
    if (!want)
        return -E_NOMEM;
    idx_encode(&s->idx, 0, want);
    tidx_encode(&s->tidx, want + ilen);
    bool same = true;
    const char *suffix[2] = {".index", ".timeindex"};
    const uint8_t *exp[2] = {want, want + ilen};
    size_t explen[2] = {ilen, tlen};
    for (int i = 0; i < 2 && same; i++) {
        char path[STORE_PATH_MAX];
        uint8_t *have;
        size_t hlen;
        struct sio_stat sst;
        /* Sizes first: a small segment's indexes are empty, and one stat
         * settles it (unclean start-up with 10,000 partitions). */
        if (seg_path(s, suffix[i], path, sizeof path) ||
            io->stat(io->ctx, SIO_CWD, path, &sst) < 0 ||
            sst.size_bytes != (int64_t)explen[i]) {
            same = false;
            break;
        }
        if (explen[i] == 0)
            continue;
        if (sio_read_file(io, SIO_CWD, path, explen[i] + 1, &have, &hlen)) {
            same = false;
            break;
        }
        same = hlen == explen[i] && (hlen == 0 || !memcmp(have, exp[i], hlen));
        free(have);
    }
    free(want);
    if (same) {
        s->idx_dirty = false;
        return 0;
    }
    return seg_write_indexes(s, false);
}

/* Unclean start: validate from the segment holding the recovery point. */
static int recover(struct log *lg, int64_t recovery_point)
{
    const struct sio *io = lg->st->io;
    size_t first = log_segment_index(lg, recovery_point);
    bool dir_changed = false;
    int rc = 0;
    for (size_t i = first; i < lg->nsegs; i++) {
        struct segment *s = lg->segs[i];
        struct rcv_result res;
        rc = rcv_scan_segment(s, true, &res);
        if (rc)
            return rc;
        /* Past the recovery point consecutive segments must join up: each
         * was started at the log end offset when the previous one rolled.
         * A hole means the end of the previous one was lost (it was never
         * flushed), so what follows cannot be trusted either. */
        int64_t end = s->size_bytes ? res.next_offset : s->base_offset;
        bool gap = i + 1 < lg->nsegs && end != lg->segs[i + 1]->base_offset;
        if (res.truncated || gap) {
            fprintf(stderr,
                    "storage: event=recovery_truncate log=%s segment=%" PRId64
                    " valid_bytes=%" PRId64 " reason=%s\n",
                    lg->name, s->base_offset, res.valid_bytes,
                    res.truncated ? "invalid_batch" : "offset_gap");
            if (res.truncated)
                rc = sio_status(io->ftruncate(io->ctx, s->file->fd, res.valid_bytes));
            if (rc)
                return rc;
            /* Everything after the first invalid batch goes, later
             * segments included: their offsets would leave a hole. */
            while (lg->nsegs > i + 1) {
                struct segment *d = lg->segs[lg->nsegs - 1];
                static const char *const sfx[] = {".log", ".index", ".timeindex"};
                for (int k = 0; k < 3; k++) {
                    char path[STORE_PATH_MAX];
                    if (!seg_path(d, sfx[k], path, sizeof path)) {
                        int urc = io->unlink(io->ctx, SIO_CWD, path, false);
                        if (urc < 0 && sio_status(urc) != -E_NOTFOUND && k == 0)
                            return sio_status(urc);
                    }
                }
                log_remove_segment_at(lg, lg->nsegs - 1);
                seg_free(d);
            }
            dir_changed = true;
        }
        bool last = i + 1 == lg->nsegs;
        s->active = last;
        if (!last && s->max_timestamp >= 0)
            (void)tidx_maybe_append(&s->tidx, s->max_timestamp,
                                    (uint32_t)(s->max_ts_offset - s->base_offset));
        rc = sync_index_files(s);
        if (rc && rc != -E_NOSPC)
            return rc;
        /* What survived the crash may sit only in the page cache (a
         * process crash keeps it); it must be durable before the recovery
         * point claims it. With syncfs allowed, store_open does that once
         * for every partition; otherwise here, file by file. */
        if (lg->st->cfg.sluice_flush_syncfs_threshold == 0) {
            rc = sio_status(io->fsync(io->ctx, s->file->fd, true));
            if (rc)
                return rc;
        }
    }
    if (dir_changed && lg->st->cfg.sluice_flush_syncfs_threshold == 0) {
        rc = sio_fsync_dir(io, SIO_CWD, lg->dir);
        if (rc)
            return rc;
    }
    struct segment *a = lg->segs[lg->nsegs - 1];
    lg->log_end_offset = a->size_bytes ? a->next_offset : a->base_offset;
    if (lg->nsegs > 1 && a->size_bytes == 0 && lg->log_end_offset < a->base_offset)
        lg->log_end_offset = a->base_offset;
    lg->tail_known = true;
    return 0;
}

int rcv_load_log(struct log *lg, bool clean, int64_t ckpt_rp, int64_t ckpt_log_start)
{
    const struct sio *io = lg->st->io;
    struct listing l = {.lg = lg};
    int rc = sio_status(io->list(io->ctx, SIO_CWD, lg->dir, list_entry, &l));
    if (rc == -E_NOTFOUND) /* lost in a crash, or never made: an empty log */
        rc = sio_mkdir_p1(io, SIO_CWD, lg->dir);
    else if (!rc)
        rc = l.rc;
    if (!rc && l.has_swap) {
        /* A compaction swap was committed but not finished: finish it,
         * then look again. Rare, so the second listing does not matter. */
        for (size_t i = 0; i < l.njunk; i++)
            free(l.junk[i]);
        free(l.junk);
        free(l.bases);
        memset(&l, 0, sizeof l);
        l.lg = lg;
        rc = cleaner_recover_swap(lg);
        if (!rc)
            rc = sio_status(io->list(io->ctx, SIO_CWD, lg->dir, list_entry, &l));
        if (!rc)
            rc = l.rc;
    }
    for (size_t i = 0; i < l.njunk; i++) {
        char path[STORE_PATH_MAX];
        if (!rc && !sio_path(path, sizeof path, "%s/%s", lg->dir, l.junk[i]))
            (void)io->unlink(io->ctx, SIO_CWD, path, false);
        free(l.junk[i]);
    }
    free(l.junk);
    if (rc) {
        free(l.bases);
        return rc;
    }
    if (l.n > 1) /* an empty directory leaves bases NULL: qsort(NULL) is UB */
        qsort(l.bases, l.n, sizeof *l.bases, cmp_i64);
    for (size_t i = 0; i < l.n && !rc; i++) {
        struct segment *s = seg_new(lg, l.bases[i]);
        if (!s) {
            rc = -E_NOMEM;
            break;
        }
        char path[STORE_PATH_MAX];
        struct sio_stat sst;
        rc = seg_path(s, ".log", path, sizeof path);
        if (!rc)
            rc = sio_status(io->stat(io->ctx, SIO_CWD, path, &sst));
        if (!rc && sst.size_bytes > (int64_t)UINT32_MAX)
            rc = -E_CORRUPT; /* positions are uint32; never ours */
        if (!rc) {
            s->size_bytes = sst.size_bytes;
            s->mtime_ms = sst.mtime_ms;
            rc = log_add_segment(lg, s);
        }
        if (rc)
            seg_free(s);
    }
    free(l.bases);
    if (rc)
        return rc;

    if (lg->nsegs == 0) {
        /* Nothing appended yet (or everything before a crash lost). */
        int64_t start = ckpt_log_start > 0 ? ckpt_log_start : 0;
        lg->log_start_offset = lg->log_end_offset = lg->high_watermark = start;
        lg->recovery_point = start;
        lg->tail_known = true;
        return 0;
    }
    struct segment *a = lg->segs[lg->nsegs - 1];
    a->active = true;
    if (clean && ckpt_rp >= a->base_offset && (a->size_bytes > 0 || ckpt_rp == a->base_offset)) {
        /* Clean shutdown: everything was flushed and the checkpoint holds
         * the log end offset. The tail is verified on first use. */
        lg->log_end_offset = ckpt_rp;
        lg->tail_known = a->size_bytes == 0;
        if (a->size_bytes == 0) {
            a->idx_loaded = true;
            a->meta_known = true;
            a->next_offset = a->base_offset;
        }
    } else {
        rc = recover(lg, ckpt_rp > 0 ? ckpt_rp : 0);
        if (rc)
            return rc;
    }
    lg->recovery_point = lg->log_end_offset;
    lg->high_watermark = lg->log_end_offset;
    int64_t first = lg->segs[0]->base_offset;
    lg->log_start_offset = ckpt_log_start > first ? ckpt_log_start : first;
    if (lg->log_start_offset > lg->log_end_offset)
        lg->log_start_offset = lg->log_end_offset;
    return 0;
}
