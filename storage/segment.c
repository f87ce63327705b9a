/*
 * segment.c - one segment of a partition log: <base>.log plus its two
 * sparse indexes.
 *
 *            seg_create                 seg_close_active (roll)
 *   (none) -------------> ACTIVE ----------------------------> CLOSED
 *                           |                                  |   |
 *                           | recovery finds it is not last    |   | cleaner swap (apply)
 *                           +--------------------------------->+   v
 *                                                     retention  REPLACED (freed;
 *                                       CLOSED -----------------> files renamed *.deleted
 *                                                 seg_rename_deleted  or replaced on disk)
 *
 *   ACTIVE   the last segment of its log; takes appends; keeps its indexes
 *            in memory even when its file is evicted; never deleted.
 *   CLOSED   immutable until retention deletes it or the cleaner replaces
 *            it; its indexes are on disk (written at roll) and in memory
 *            only while it is open.
 *
 * Orthogonal to that, a segment is *open* (holds an sfile, on the LRU) or
 * *evicted* (no descriptor; a closed one also drops its in-memory
 * indexes). seg_open / seg_load bring it back lazily; that is what keeps
 * 10,000 partitions within the descriptor budget and start-up free of
 * index reads. Pinned segments (pins > 0: in use, or input of a running
 * compaction) are never evicted.
 *
 * Invariants: size_bytes covers whole batches only; index entries point at
 * batch starts below size_bytes.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"
#include "storage/storage_int.h"

static size_t idx_max_entries(const struct log *lg)
{
    int64_t b = log_cfg(lg)->segment_index_bytes;
    return b < IDX_ENTRY_BYTES ? 1 : (size_t)(b / IDX_ENTRY_BYTES);
}

static size_t tidx_max_entries(const struct log *lg)
{
    int64_t b = log_cfg(lg)->segment_index_bytes;
    return b < TIDX_ENTRY_BYTES ? 1 : (size_t)(b / TIDX_ENTRY_BYTES);
}

struct segment *seg_new(struct log *lg, int64_t base_offset)
{
    struct segment *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->lg = lg;
    s->base_offset = base_offset;
    s->next_offset = base_offset;
    s->max_timestamp = BATCH_NO_TIMESTAMP;
    s->max_ts_offset = -1;
    s->roll_base_ms = -1;
    idx_init(&s->idx, idx_max_entries(lg));
    tidx_init(&s->tidx, tidx_max_entries(lg));
    return s;
}

void seg_close_file(struct segment *s)
{
    if (!s->file)
        return;
    fdc_remove(&s->lg->st->fdc, &s->lru);
    sfile_unref(s->file);
    s->file = NULL;
}

void seg_free(struct segment *s)
{
    if (!s)
        return;
    seg_close_file(s);
    idx_destroy(&s->idx);
    tidx_destroy(&s->tidx);
    free(s);
}

int seg_path(const struct segment *s, const char *suffix, char *buf, size_t len)
{
    return sio_path(buf, len, "%s/%020" PRId64 "%s", s->lg->dir, s->base_offset, suffix);
}

bool seg_evict(struct fdc_node *node)
{
    struct segment *s = container_of(node, struct segment, lru);
    if (s->pins > 0)
        return false;
    sfile_unref(s->file);
    s->file = NULL;
    if (!s->active && s->idx_loaded && !s->idx_dirty) {
        idx_destroy(&s->idx);
        tidx_destroy(&s->tidx);
        s->idx_loaded = false;
    }
    return true;
}

int seg_open(struct segment *s)
{
    struct store *st = s->lg->st;
    if (s->file) {
        fdc_touch(&st->fdc, &s->lru);
        return 0;
    }
    char path[STORE_PATH_MAX];
    int rc = seg_path(s, ".log", path, sizeof path);
    if (rc)
        return rc;
    int fd = st->io->open(st->io->ctx, SIO_CWD, path, O_RDWR, 0);
    if (fd < 0)
        return sio_status(fd);
    s->file = sfile_new(st->io, fd);
    if (!s->file) {
        st->io->close(st->io->ctx, fd);
        return -E_NOMEM;
    }
    fdc_touch(&st->fdc, &s->lru);
    return 0;
}

int seg_create(struct log *lg, int64_t base_offset, struct segment **out)
{
    struct store *st = lg->st;
    struct segment *s = seg_new(lg, base_offset);
    if (!s)
        return -E_NOMEM;
    char path[STORE_PATH_MAX];
    int rc = seg_path(s, ".log", path, sizeof path);
    if (rc) {
        seg_free(s);
        return rc;
    }
    int fd = st->io->open(st->io->ctx, SIO_CWD, path, O_CREAT | O_EXCL | O_RDWR, 0644);
    if (fd == -EEXIST) {
        /* Left by a crash between creating the file and the first append:
         * an empty file can be taken over; anything else is not ours to
         * overwrite. */
        fd = st->io->open(st->io->ctx, SIO_CWD, path, O_RDWR, 0);
        struct sio_stat sst;
        if (fd >= 0 && (st->io->fstat(st->io->ctx, fd, &sst) < 0 || sst.size_bytes != 0)) {
            st->io->close(st->io->ctx, fd);
            fd = -EEXIST;
        }
    }
    if (fd < 0) {
        seg_free(s);
        return sio_status(fd);
    }
    s->file = sfile_new(st->io, fd);
    if (!s->file) {
        st->io->close(st->io->ctx, fd);
        seg_free(s);
        return -E_NOMEM;
    }
    s->active = true;
    s->idx_loaded = true;
    s->meta_known = true;
    fdc_touch(&st->fdc, &s->lru);
    *out = s;
    return 0;
}

int seg_read_header(struct segment *s, int64_t pos, struct batch_header *h)
{
    uint8_t buf[BATCH_HEADER_BYTES];
    if (pos < 0 || pos + BATCH_HEADER_BYTES > s->size_bytes)
        return -E_CORRUPT;
    struct log *lg = s->lg;
    if (lg->gather_len && s == log_active(lg) && pos + BATCH_HEADER_BYTES > lg->gather_pos) {
        int rc = log_write_gathered(lg); /* a lookup past the high watermark */
        if (rc)
            return rc;
    }
    int rc = seg_open(s);
    if (rc)
        return rc;
    ssize_t n = sio_pread_all(s->lg->st->io, s->file->fd, buf, sizeof buf, pos);
    if (n < 0)
        return (int)n;
    if ((size_t)n < sizeof buf)
        return -E_CORRUPT;
    rc = batch_parse_header(buf, sizeof buf, h);
    if (rc)
        return rc;
    if (pos + batch_size(h) > s->size_bytes || h->base_offset < s->base_offset ||
        batch_last_offset(h) - s->base_offset > (int64_t)UINT32_MAX)
        return -E_CORRUPT;
    return 0;
}

/* Rebuild the in-memory indexes from the log (no CRC check: the segment
 * was validated when written or recovered; this only restores a cache). */
static int rebuild(struct segment *s)
{
    struct rcv_result res;
    int rc = rcv_scan_segment(s, false, &res);
    if (rc)
        return rc;
    if (res.valid_bytes != s->size_bytes) {
        /* Structural damage inside a segment we believed whole. Keep what
         * is valid rather than serve bytes we cannot frame. */
        fprintf(stderr, "storage: event=segment_damaged log=%s base=%" PRId64 " size=%" PRId64
                        " valid=%" PRId64 "\n",
                s->lg->name, s->base_offset, s->size_bytes, res.valid_bytes);
        rc = sio_status(s->lg->st->io->ftruncate(s->lg->st->io->ctx, s->file->fd,
                                                   res.valid_bytes));
        if (rc)
            return rc;
        s->size_bytes = res.valid_bytes;
    }
    s->idx_dirty = true;
    s->idx_loaded = true;
    s->max_timestamp = res.max_timestamp;
    s->max_ts_offset = res.max_ts_offset;
    s->next_offset = res.next_offset;
    s->meta_known = true;
    if (!s->active && s->max_timestamp >= 0)
        (void)tidx_maybe_append(&s->tidx, s->max_timestamp,
                                (uint32_t)(s->max_ts_offset - s->base_offset));
    if (seg_write_indexes(s, false) == 0)
        s->idx_dirty = false;
    return 0;
}

static int read_index_files(struct segment *s)
{
    const struct sio *io = s->lg->st->io;
    char path[STORE_PATH_MAX];
    uint8_t *buf;
    size_t len;
    int rc = seg_path(s, ".index", path, sizeof path);
    if (rc)
        return rc;
    rc = sio_read_file(io, SIO_CWD, path, s->idx.max_entries * IDX_ENTRY_BYTES, &buf, &len);
    if (rc)
        return rc;
    rc = idx_decode(&s->idx, buf, len, (uint64_t)s->size_bytes);
    free(buf);
    if (rc)
        return rc;
    rc = seg_path(s, ".timeindex", path, sizeof path);
    if (rc)
        return rc;
    rc = sio_read_file(io, SIO_CWD, path, s->tidx.max_entries * TIDX_ENTRY_BYTES, &buf, &len);
    if (rc)
        return rc;
    rc = tidx_decode(&s->tidx, buf, len, UINT32_MAX);
    free(buf);
    if (rc)
        return rc;
    /* Every entry must agree with the log where we can check cheaply: the
     * batch at the last offset-index entry must start with that offset. */
    if (s->idx.n) {
        struct idx_entry e = s->idx.e[s->idx.n - 1];
        struct batch_header h;
        rc = seg_read_header(s, e.position, &h);
        if (rc == -E_CORRUPT || (!rc && h.base_offset != s->base_offset + e.rel_offset))
            return -E_CORRUPT;
        if (rc)
            return rc;
    }
    /* A non-empty segment with an empty time index lost it (we index every
     * closed segment's largest timestamp), unless no batch had one. */
    return 0;
}

/* Walk the active segment from its last indexed batch to the end: the
 * tail after a clean start, where the checkpoint told us the end offset
 * but nothing was scanned. */
static int walk_tail(struct segment *s, int64_t now_ms)
{
    const struct tidx_entry *tl = tidx_last(&s->tidx);
    int64_t max_ts = tl ? tl->timestamp : BATCH_NO_TIMESTAMP;
    int64_t max_off = tl ? s->base_offset + tl->rel_offset : -1;
    int64_t pos = s->idx.n ? s->idx.e[s->idx.n - 1].position : 0;
    int64_t next = s->base_offset;
    struct batch_header h;
    while (pos < s->size_bytes) {
        /* A malformed header after a clean shutdown means the files were
         * changed behind our back: the caller falls back to a full rebuild,
         * which truncates at the first bad batch. */
        int rc = seg_read_header(s, pos, &h);
        if (rc)
            return rc;
        if (h.max_timestamp > max_ts) {
            max_ts = h.max_timestamp;
            max_off = h.base_offset;
        }
        next = batch_last_offset(&h) + 1;
        pos += batch_size(&h);
    }
    s->next_offset = next;
    s->max_timestamp = max_ts;
    s->max_ts_offset = max_off;
    s->bytes_since_index = s->size_bytes - (s->idx.n ? s->idx.e[s->idx.n - 1].position : 0);
    if (s->size_bytes > 0) {
        int rc = seg_read_header(s, 0, &h);
        if (rc)
            return rc;
        s->roll_base_ms = h.max_timestamp >= 0 ? h.max_timestamp : now_ms;
    }
    s->meta_known = true;
    return 0;
}

int seg_load(struct segment *s)
{
    int rc = seg_open(s);
    if (rc)
        return rc;
    if (s->idx_loaded)
        return 0;
    s->pins++;
    rc = read_index_files(s);
    if (rc == 0 && !s->active && s->size_bytes > 0 && s->tidx.n == 0) {
        /* Possibly a lost time index; rebuilding costs one header walk. */
        rc = -E_CORRUPT;
    }
    if (rc == -E_NOTFOUND || rc == -E_CORRUPT || rc == -E_TOOBIG) {
        idx_clear(&s->idx);
        tidx_clear(&s->tidx);
        rc = rebuild(s);
    } else if (rc == 0) {
        s->idx_loaded = true;
        if (s->active) {
            rc = walk_tail(s, s->mtime_ms);
            if (rc == -E_CORRUPT) {
                idx_clear(&s->idx);
                tidx_clear(&s->tidx);
                rc = rebuild(s);
            }
        } else if (!s->meta_known) {
            const struct tidx_entry *tl = tidx_last(&s->tidx);
            s->max_timestamp = tl ? tl->timestamp : BATCH_NO_TIMESTAMP;
            s->max_ts_offset = tl ? s->base_offset + tl->rel_offset : -1;
            s->meta_known = true;
        }
    }
    if (rc == 0 && s->active && s->roll_base_ms < 0 && s->size_bytes > 0) {
        struct batch_header h;
        rc = seg_read_header(s, 0, &h);
        if (!rc)
            s->roll_base_ms = h.max_timestamp >= 0 ? h.max_timestamp : s->mtime_ms;
    }
    s->pins--;
    return rc;
}

int seg_find(struct segment *s, int64_t offset, int64_t *pos_out, struct batch_header *h)
{
    int rc = seg_load(s);
    if (rc)
        return rc;
    int64_t rel = offset - s->base_offset;
    if (rel < 0)
        rel = 0;
    if (rel > (int64_t)UINT32_MAX)
        rel = UINT32_MAX;
    for (int attempt = 0; attempt < 2; attempt++) {
        struct idx_entry e = idx_lookup(&s->idx, (uint32_t)rel);
        int64_t pos = e.position;
        bool first = true;
        while (pos < s->size_bytes) {
            rc = seg_read_header(s, pos, h);
            if (rc == 0 && first && e.position &&
                h->base_offset != s->base_offset + e.rel_offset)
                rc = -E_CORRUPT;
            if (rc == -E_CORRUPT && first && e.position && attempt == 0)
                break; /* the index lied: rebuild it and retry */
            if (rc)
                return rc;
            first = false;
            if (batch_last_offset(h) >= offset) {
                *pos_out = pos;
                return 0;
            }
            pos += batch_size(h);
        }
        if (pos >= s->size_bytes)
            return -E_NOTFOUND;
        s->pins++;
        idx_clear(&s->idx);
        tidx_clear(&s->tidx);
        rc = rebuild(s);
        s->pins--;
        if (rc)
            return rc;
    }
    return -E_CORRUPT;
}

static int write_file(const struct sio *io, const char *path, const uint8_t *buf, size_t len,
                      bool sync)
{
    int fd = io->open(io->ctx, SIO_CWD, path, O_CREAT | O_TRUNC | O_WRONLY, 0644);
    if (fd < 0)
        return sio_status(fd);
    int rc = sio_pwrite_all(io, fd, buf, len, 0);
    if (!rc && sync)
        rc = sio_status(io->fsync(io->ctx, fd, false));
    int crc = io->close(io->ctx, fd);
    return rc ? rc : sio_status(crc);
}

int seg_write_indexes(struct segment *s, bool sync)
{
    const struct sio *io = s->lg->st->io;
    if (s->cleaning)
        return 0; /* the cleaner is about to replace these files */
    char path[STORE_PATH_MAX];
    size_t ilen = s->idx.n * IDX_ENTRY_BYTES, tlen = s->tidx.n * TIDX_ENTRY_BYTES;
    uint8_t *buf = malloc((ilen > tlen ? ilen : tlen) + 1);
    if (!buf)
        return -E_NOMEM;
    idx_encode(&s->idx, 0, buf);
    int rc = seg_path(s, ".index", path, sizeof path);
    if (!rc)
        rc = write_file(io, path, buf, ilen, sync);
    if (!rc) {
        tidx_encode(&s->tidx, buf);
        rc = seg_path(s, ".timeindex", path, sizeof path);
        if (!rc)
            rc = write_file(io, path, buf, tlen, sync);
    }
    free(buf);
    if (!rc)
        s->idx_dirty = false;
    return rc;
}

void seg_note_batch(struct segment *s, const struct batch_header *h, int64_t pos,
                    int64_t index_interval, int64_t now_ms)
{
    int64_t size = batch_size(h);
    if (s->size_bytes == 0 || s->roll_base_ms < 0)
        s->roll_base_ms = h->max_timestamp >= 0 ? h->max_timestamp : now_ms;
    if (h->max_timestamp > s->max_timestamp) {
        s->max_timestamp = h->max_timestamp;
        s->max_ts_offset = h->base_offset;
    }
    /* Kafka's rule: index this batch when more than index.interval.bytes
     * were appended since the last entry. The first batch of a segment is
     * found without an entry (position 0). */
    if (s->bytes_since_index > index_interval) {
        uint32_t rel = (uint32_t)(h->base_offset - s->base_offset);
        if (idx_append(&s->idx, rel, (uint32_t)pos) == 0 && s->max_timestamp >= 0)
            (void)tidx_maybe_append(&s->tidx, s->max_timestamp,
                                    (uint32_t)(s->max_ts_offset - s->base_offset));
        s->bytes_since_index = 0;
        s->idx_dirty = true;
    }
    s->bytes_since_index += size;
    s->size_bytes = pos + size;
    s->next_offset = batch_last_offset(h) + 1;
    s->mtime_ms = now_ms;
}

void seg_close_active(struct segment *s)
{
    if (s->max_timestamp >= 0 && s->max_ts_offset >= s->base_offset)
        (void)tidx_maybe_append(&s->tidx, s->max_timestamp,
                                (uint32_t)(s->max_ts_offset - s->base_offset));
    s->active = false;
    s->idx_dirty = true;
    /* A failed index write is harmless: the index is a cache, checked when
     * it is next read, and rebuilt then. */
    (void)seg_write_indexes(s, false);
}

int seg_rename_deleted(struct segment *s, char ***paths, size_t *npaths)
{
    static const char *const suffixes[] = {".log", ".index", ".timeindex"};
    const struct sio *io = s->lg->st->io;
    int result = 0;
    seg_close_file(s);
    for (size_t i = 0; i < 3; i++) {
        char from[STORE_PATH_MAX], to[STORE_PATH_MAX];
        int rc = seg_path(s, suffixes[i], from, sizeof from);
        if (!rc)
            rc = sio_path(to, sizeof to, "%s.deleted", from);
        if (!rc)
            rc = sio_status(io->rename(io->ctx, SIO_CWD, from, SIO_CWD, to));
        if (rc == -E_NOTFOUND)
            continue;
        if (rc) {
            if (i == 0)
                result = rc; /* the log file itself must go */
            continue;
        }
        char **np = realloc(*paths, (*npaths + 1) * sizeof *np);
        char *dup = strdup(to);
        if (!np || !dup) {
            free(dup);
            if (np)
                *paths = np;
            continue; /* left as .deleted; removed at the next start-up */
        }
        *paths = np;
        (*paths)[(*npaths)++] = dup;
    }
    return result;
}

int seg_max_timestamp(struct segment *s, int64_t *ts, int64_t *offset)
{
    if (!s->meta_known) {
        int rc = seg_load(s);
        if (rc)
            return rc;
    }
    *ts = s->max_timestamp;
    *offset = s->max_ts_offset;
    return 0;
}
