/*
 * index.h - the sparse offset index of one segment: relative offset ->
 * file position, both uint32 as in Kafka's .index files.
 *
 * An entry (rel, pos) says: the batch whose baseOffset is segment base +
 * rel starts at byte pos of the .log file. Entries are strictly increasing
 * in both fields. The index is a cache: it is always rebuildable from the
 * log, so a file that fails validation is thrown away and rebuilt, never
 * trusted. On disk each entry is 8 big-endian bytes; the file is written
 * whole (at roll, at clean shutdown, after recovery) and never preallocated,
 * so there is nothing to trim.
 */
#ifndef SLUICE_STORAGE_INDEX_H
#define SLUICE_STORAGE_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define IDX_ENTRY_BYTES 8

struct idx_entry {
    uint32_t rel_offset;
    uint32_t position;
};

struct oindex {
    struct idx_entry *e;
    size_t n;
    size_t cap;
    size_t max_entries; /* from segment.index.bytes / 8 */
};

void idx_init(struct oindex *ix, size_t max_entries);
/* Free the entries; the index can be reused after idx_init. */
void idx_destroy(struct oindex *ix);
void idx_clear(struct oindex *ix);
static inline bool idx_full(const struct oindex *ix)
{
    return ix->n >= ix->max_entries;
}
/* Append an entry. -E_INVAL when it does not increase both fields,
 * -E_TOOBIG when the index is full, -E_NOMEM. */
int idx_append(struct oindex *ix, uint32_t rel_offset, uint32_t position);
/* The entry with the largest rel_offset <= rel; {0, 0} (the segment start)
 * when there is none. */
struct idx_entry idx_lookup(const struct oindex *ix, uint32_t rel_offset);
/* Drop every entry with rel_offset >= rel_offset or position >= position
 * (used when the log is truncated). */
void idx_truncate(struct oindex *ix, uint32_t rel_offset, uint32_t position);
/*
 * Replace the contents with entries decoded from file bytes. Validation:
 * whole entries only, strictly increasing fields, positions below
 * size_limit (the segment's size) and no more than max_entries. Returns 0,
 * or -E_CORRUPT (the index is left empty), or -E_NOMEM.
 */
int idx_decode(struct oindex *ix, const uint8_t *buf, size_t len, uint64_t size_limit);
/* Encode entries [from, n) into out (n - from) * 8 bytes. */
void idx_encode(const struct oindex *ix, size_t from, uint8_t *out);

#endif
