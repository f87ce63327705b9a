/*
 * index.c - sparse offset index (see index.h). Entries live in a growable
 * array; lookups are binary searches.
 */
#include "storage/index.h"

#include <stdlib.h>
#include <string.h>

#include "protocol/kbuf.h"
#include "protocol/status.h"

void idx_init(struct oindex *ix, size_t max_entries)
{
    memset(ix, 0, sizeof *ix);
    ix->max_entries = max_entries ? max_entries : 1;
}

void idx_destroy(struct oindex *ix)
{
    free(ix->e);
    ix->e = NULL;
    ix->n = ix->cap = 0;
}

void idx_clear(struct oindex *ix)
{
    ix->n = 0;
}

static int grow(struct oindex *ix, size_t want)
{
    if (want <= ix->cap)
        return 0;
    size_t cap = ix->cap ? ix->cap : 64;
    while (cap < want)
        cap *= 2;
    if (cap > ix->max_entries)
        cap = ix->max_entries;
    if (cap < want)
        return -E_TOOBIG;
    struct idx_entry *e = realloc(ix->e, cap * sizeof *e);
    if (!e)
        return -E_NOMEM;
    ix->e = e;
    ix->cap = cap;
    return 0;
}

int idx_append(struct oindex *ix, uint32_t rel_offset, uint32_t position)
{
    if (ix->n && (rel_offset <= ix->e[ix->n - 1].rel_offset ||
                  position <= ix->e[ix->n - 1].position))
        return -E_INVAL;
    if (ix->n >= ix->max_entries)
        return -E_TOOBIG;
    int rc = grow(ix, ix->n + 1);
    if (rc)
        return rc;
    ix->e[ix->n++] = (struct idx_entry){rel_offset, position};
    return 0;
}

struct idx_entry idx_lookup(const struct oindex *ix, uint32_t rel_offset)
{
    size_t lo = 0, hi = ix->n; /* first entry with rel > target is at hi */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->e[mid].rel_offset <= rel_offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return (struct idx_entry){0, 0};
    return ix->e[lo - 1];
}

void idx_truncate(struct oindex *ix, uint32_t rel_offset, uint32_t position)
{
    while (ix->n && (ix->e[ix->n - 1].rel_offset >= rel_offset ||
                     ix->e[ix->n - 1].position >= position))
        ix->n--;
}

int idx_decode(struct oindex *ix, const uint8_t *buf, size_t len, uint64_t size_limit)
{
    ix->n = 0;
    if (len % IDX_ENTRY_BYTES)
        return -E_CORRUPT;
    size_t count = len / IDX_ENTRY_BYTES;
    if (count > ix->max_entries)
        return -E_CORRUPT;
    int rc = grow(ix, count);
    if (rc)
        return rc;
    struct kreader r;
    kr_init(&r, buf, len);
    for (size_t i = 0; i < count; i++) {
        uint32_t rel = kr_u32(&r);
        uint32_t pos = kr_u32(&r);
        if (r.err || pos >= size_limit ||
            (i && (rel <= ix->e[i - 1].rel_offset || pos <= ix->e[i - 1].position))) {
            ix->n = 0;
            return -E_CORRUPT;
        }
        ix->e[i] = (struct idx_entry){rel, pos};
    }
    ix->n = count;
    return 0;
}

void idx_encode(const struct oindex *ix, size_t from, uint8_t *out)
{
    for (size_t i = from; i < ix->n; i++) {
        uint32_t a = ix->e[i].rel_offset, b = ix->e[i].position;
        out[0] = (uint8_t)(a >> 24);
        out[1] = (uint8_t)(a >> 16);
        out[2] = (uint8_t)(a >> 8);
        out[3] = (uint8_t)a;
        out[4] = (uint8_t)(b >> 24);
        out[5] = (uint8_t)(b >> 16);
        out[6] = (uint8_t)(b >> 8);
        out[7] = (uint8_t)b;
        out += IDX_ENTRY_BYTES;
    }
}
