/*
 * timeindex.c - sparse time index (see timeindex.h).
 */
#include "storage/timeindex.h"

#include <stdlib.h>
#include <string.h>

#include "protocol/kbuf.h"
#include "protocol/status.h"

void tidx_init(struct tindex *ti, size_t max_entries)
{
    memset(ti, 0, sizeof *ti);
    ti->max_entries = max_entries ? max_entries : 1;
}

void tidx_destroy(struct tindex *ti)
{
    free(ti->e);
    ti->e = NULL;
    ti->n = ti->cap = 0;
}

void tidx_clear(struct tindex *ti)
{
    ti->n = 0;
}

static int grow(struct tindex *ti, size_t want)
{
    if (want <= ti->cap)
        return 0;
    size_t cap = ti->cap ? ti->cap : 32;
    while (cap < want)
        cap *= 2;
    if (cap > ti->max_entries)
        cap = ti->max_entries;
    if (cap < want)
        return -E_TOOBIG;
    struct tidx_entry *e = realloc(ti->e, cap * sizeof *e);
    if (!e)
        return -E_NOMEM;
    ti->e = e;
    ti->cap = cap;
    return 0;
}

int tidx_maybe_append(struct tindex *ti, int64_t timestamp, uint32_t rel_offset)
{
    const struct tidx_entry *last = tidx_last(ti);
    if (timestamp < 0) /* no timestamp (-1) is never indexed */
        return 0;
    if (last && (timestamp <= last->timestamp || rel_offset < last->rel_offset))
        return 0;
    if (last && rel_offset == last->rel_offset) {
        /* Same batch, larger timestamp (the final entry at roll): raise the
         * entry in place rather than break strict ordering. */
        ti->e[ti->n - 1].timestamp = timestamp;
        return 1;
    }
    if (ti->n >= ti->max_entries)
        return -E_TOOBIG;
    int rc = grow(ti, ti->n + 1);
    if (rc)
        return rc;
    ti->e[ti->n++] = (struct tidx_entry){timestamp, rel_offset};
    return 1;
}

const struct tidx_entry *tidx_lookup_before(const struct tindex *ti, int64_t timestamp)
{
    size_t lo = 0, hi = ti->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ti->e[mid].timestamp < timestamp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? &ti->e[lo - 1] : NULL;
}

void tidx_truncate(struct tindex *ti, uint32_t rel_offset)
{
    while (ti->n && ti->e[ti->n - 1].rel_offset >= rel_offset)
        ti->n--;
}

int tidx_decode(struct tindex *ti, const uint8_t *buf, size_t len, uint64_t max_rel)
{
    ti->n = 0;
    if (len % TIDX_ENTRY_BYTES)
        return -E_CORRUPT;
    size_t count = len / TIDX_ENTRY_BYTES;
    if (count > ti->max_entries)
        return -E_CORRUPT;
    int rc = grow(ti, count);
    if (rc)
        return rc;
    struct kreader r;
    kr_init(&r, buf, len);
    for (size_t i = 0; i < count; i++) {
        int64_t ts = kr_i64(&r);
        uint32_t rel = kr_u32(&r);
        if (r.err || rel > max_rel || ts < 0 ||
            (i && (ts <= ti->e[i - 1].timestamp || rel <= ti->e[i - 1].rel_offset))) {
            ti->n = 0;
            return -E_CORRUPT;
        }
        ti->e[i] = (struct tidx_entry){ts, rel};
    }
    ti->n = count;
    return 0;
}

void tidx_encode(const struct tindex *ti, uint8_t *out)
{
    for (size_t i = 0; i < ti->n; i++) {
        uint64_t t = (uint64_t)ti->e[i].timestamp;
        for (int k = 7; k >= 0; k--)
            *out++ = (uint8_t)(t >> (8 * k));
        uint32_t r = ti->e[i].rel_offset;
        for (int k = 3; k >= 0; k--)
            *out++ = (uint8_t)(r >> (8 * k));
    }
}
