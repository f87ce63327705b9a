/*
 * timeindex.h - the sparse time index of one segment: timestamp ->
 * relative offset, as in Kafka's .timeindex files (12 bytes per entry:
 * int64 timestamp, uint32 relative offset, big-endian).
 *
 * An entry (ts, rel) says: the batch whose baseOffset is base + rel raised
 * the segment's largest timestamp to ts, so every batch up to and including
 * it has maxTimestamp <= ts. Both fields strictly increase. A closed
 * segment's last entry is its largest timestamp and where it occurs (added
 * at roll), which retention and ListOffsets(MAX_TIMESTAMP) use. Like the
 * offset index it is a cache, validated on load and rebuilt when invalid.
 */
#ifndef SLUICE_STORAGE_TIMEINDEX_H
#define SLUICE_STORAGE_TIMEINDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TIDX_ENTRY_BYTES 12

struct tidx_entry {
    int64_t timestamp;
    uint32_t rel_offset;
};

struct tindex {
    struct tidx_entry *e;
    size_t n;
    size_t cap;
    size_t max_entries;
};

void tidx_init(struct tindex *ti, size_t max_entries);
void tidx_destroy(struct tindex *ti);
void tidx_clear(struct tindex *ti);
static inline bool tidx_full(const struct tindex *ti)
{
    return ti->n >= ti->max_entries;
}
/* The last entry, or NULL when empty. */
static inline const struct tidx_entry *tidx_last(const struct tindex *ti)
{
    return ti->n ? &ti->e[ti->n - 1] : NULL;
}
/* Append (ts, rel) when ts is larger than the last entry's timestamp and
 * rel is not smaller; returns 1 when appended, 0 when not needed,
 * -E_TOOBIG when full, -E_NOMEM. */
int tidx_maybe_append(struct tindex *ti, int64_t timestamp, uint32_t rel_offset);
/* The last entry with timestamp < ts; NULL when there is none (search from
 * the segment start). */
const struct tidx_entry *tidx_lookup_before(const struct tindex *ti, int64_t timestamp);
/* Drop entries with rel_offset >= rel_offset. */
void tidx_truncate(struct tindex *ti, uint32_t rel_offset);
/* Decode file bytes; validation: whole entries, strictly increasing fields,
 * rel_offset <= max_rel, at most max_entries. 0, -E_CORRUPT (left empty) or
 * -E_NOMEM. */
int tidx_decode(struct tindex *ti, const uint8_t *buf, size_t len, uint64_t max_rel);
void tidx_encode(const struct tindex *ti, uint8_t *out);

#endif
