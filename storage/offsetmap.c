/*
 * offsetmap.c - key -> latest offset for compaction (see offsetmap.h).
 * SipHash-2-4 is written here from its published description (Aumasson and
 * Bernstein, 2012).
 */
#include "storage/offsetmap.h"

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "protocol/status.h"

static inline uint64_t rotl(uint64_t x, int b)
{
    return (x << b) | (x >> (64 - b));
}

#define SIPROUND                                                                                   \
    do {                                                                                           \
        v0 += v1;                                                                                  \
        v1 = rotl(v1, 13);                                                                         \
        v1 ^= v0;                                                                                  \
        v0 = rotl(v0, 32);                                                                         \
        v2 += v3;                                                                                  \
        v3 = rotl(v3, 16);                                                                         \
        v3 ^= v2;                                                                                  \
        v0 += v3;                                                                                  \
        v3 = rotl(v3, 21);                                                                         \
        v3 ^= v0;                                                                                  \
        v2 += v1;                                                                                  \
        v1 = rotl(v1, 17);                                                                         \
        v1 ^= v2;                                                                                  \
        v2 = rotl(v2, 32);                                                                         \
    } while (0)

static uint64_t load_le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

uint64_t siphash24(uint64_t k0, uint64_t k1, const uint8_t *data, size_t len)
{
    uint64_t v0 = k0 ^ 0x736f6d6570736575ull;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dull;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ull;
    uint64_t v3 = k1 ^ 0x7465646279746573ull;
    size_t blocks = len / 8;
    for (size_t i = 0; i < blocks; i++) {
        uint64_t m = load_le64(data + 8 * i);
        v3 ^= m;
        SIPROUND;
        SIPROUND;
        v0 ^= m;
    }
    uint64_t last = (uint64_t)(len & 0xff) << 56;
    const uint8_t *tail = data + 8 * blocks;
    for (size_t i = 0; i < (len & 7); i++)
        last |= (uint64_t)tail[i] << (8 * i);
    v3 ^= last;
    SIPROUND;
    SIPROUND;
    v0 ^= last;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

int omap_init(struct omap *m, size_t expected, size_t max_bytes)
{
    memset(m, 0, sizeof *m);
    size_t max_slots = max_bytes / OMAP_SLOT_BYTES;
    size_t n = 1024;
    while (n < expected + expected / 4 + 1 && n * 2 <= max_slots)
        n *= 2;
    if (n > max_slots) {
        n = 1;
        while (n * 2 <= max_slots)
            n *= 2;
    }
    if (n < 16)
        return -E_NOMEM;
    if (getrandom(m->k, sizeof m->k, 0) != (ssize_t)sizeof m->k)
        return -E_IO;
    m->slots = calloc(n * 3, sizeof *m->slots);
    if (!m->slots)
        return -E_NOMEM;
    m->nslots = n;
    m->max_used = n / 10 * 9;
    return 0;
}

void omap_destroy(struct omap *m)
{
    free(m->slots);
    memset(m, 0, sizeof *m);
}

static void hash2(const struct omap *m, const uint8_t *key, size_t len, uint64_t *h1,
                  uint64_t *h2)
{
    *h1 = siphash24(m->k[0], m->k[1], key, len);
    *h2 = siphash24(m->k[2], m->k[3], key, len);
}

int omap_put(struct omap *m, const uint8_t *key, size_t len, int64_t offset)
{
    uint64_t h1, h2;
    hash2(m, key, len, &h1, &h2);
    size_t mask = m->nslots - 1;
    for (size_t i = (size_t)h1 & mask;; i = (i + 1) & mask) {
        uint64_t *s = &m->slots[3 * i];
        if (s[2] == 0) {
            if (m->used >= m->max_used)
                return -E_TOOBIG;
            s[0] = h1;
            s[1] = h2;
            s[2] = (uint64_t)offset + 1;
            m->used++;
            return 0;
        }
        if (s[0] == h1 && s[1] == h2) {
            if ((uint64_t)offset + 1 > s[2])
                s[2] = (uint64_t)offset + 1;
            return 0;
        }
    }
}

int64_t omap_get(const struct omap *m, const uint8_t *key, size_t len)
{
    uint64_t h1, h2;
    hash2(m, key, len, &h1, &h2);
    size_t mask = m->nslots - 1;
    for (size_t i = (size_t)h1 & mask;; i = (i + 1) & mask) {
        const uint64_t *s = &m->slots[3 * i];
        if (s[2] == 0)
            return -1;
        if (s[0] == h1 && s[1] == h2)
            return (int64_t)s[2] - 1;
    }
}
