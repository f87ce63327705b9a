/*
 * offsetmap.h - the cleaner's map from record key to the offset of its
 * latest record (Kafka's "dedupe buffer").
 *
 * Keys are not stored, only a 128-bit keyed hash (two SipHash-2-4 values
 * under random per-job keys), so memory is fixed: 24 bytes a slot, open
 * addressing, filled to at most 90%. The random keys mean a producer cannot
 * craft two keys that collide and make the cleaner drop the wrong record.
 */
#ifndef SLUICE_STORAGE_OFFSETMAP_H
#define SLUICE_STORAGE_OFFSETMAP_H

#include <stddef.h>
#include <stdint.h>

struct omap {
    uint64_t *slots; /* 3 words a slot: h1, h2, offset + 1 (0 = empty) */
    size_t nslots;   /* a power of two */
    size_t used;
    size_t max_used;
    uint64_t k[4]; /* two SipHash keys */
};

#define OMAP_SLOT_BYTES 24

/* A map for about `expected` keys, within max_bytes. 0, -E_NOMEM, -E_IO
 * (no randomness). */
int omap_init(struct omap *m, size_t expected, size_t max_bytes);
void omap_destroy(struct omap *m);
/* Record offset for key (a larger offset replaces a smaller one).
 * -E_TOOBIG when the map is full. */
int omap_put(struct omap *m, const uint8_t *key, size_t len, int64_t offset);
/* The latest offset recorded for key, or -1. */
int64_t omap_get(const struct omap *m, const uint8_t *key, size_t len);

/* SipHash-2-4 of data under the 128-bit key (k0, k1). */
uint64_t siphash24(uint64_t k0, uint64_t k1, const uint8_t *data, size_t len);

#endif
