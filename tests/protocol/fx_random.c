/* fx_random.c - see fx_random.h. xorshift64*: fast, deterministic, enough. */
#include "tests/protocol/fx_random.h"

#include <string.h>

uint64_t fx_next(struct fx_rng *rng)
{
    uint64_t x = rng->s ? rng->s : 0x9E3779B97F4A7C15ull;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng->s = x;
    return x * 0x2545F4914F6CDD1Dull;
}

double fx_double(struct fx_rng *rng)
{
    uint64_t bits = fx_next(rng);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

bool fx_double_eq(double a, double b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

void fx_uuid(struct fx_rng *rng, struct kuuid *out)
{
    uint64_t a = fx_next(rng), b = fx_next(rng);
    memcpy(out->b, &a, 8);
    memcpy(out->b + 8, &b, 8);
}

struct kstr fx_str(struct fx_rng *rng, struct arena *a, bool nullable)
{
    if (nullable && fx_next(rng) % 5 == 0)
        return KSTR_NULL;
    int32_t n = (int32_t)(fx_next(rng) % 13);
    char *p = arena_alloc(a, (size_t)n + 1);
    for (int32_t i = 0; i < n; i++)
        p[i] = (char)('a' + fx_next(rng) % 26);
    return (struct kstr){p, n};
}

struct kbytes fx_bytes(struct fx_rng *rng, struct arena *a, bool nullable)
{
    if (nullable && fx_next(rng) % 5 == 0)
        return KBYTES_NULL;
    int32_t n = (int32_t)(fx_next(rng) % 24);
    uint8_t *p = arena_alloc(a, (size_t)n + 1);
    for (int32_t i = 0; i < n; i++)
        p[i] = (uint8_t)fx_next(rng);
    return (struct kbytes){p, n};
}

int32_t fx_count(struct fx_rng *rng, int depth, bool nullable)
{
    if (nullable && fx_next(rng) % 6 == 0)
        return -1;
    if (depth > 3)
        return 0;
    return (int32_t)(fx_next(rng) % (uint64_t)(4 - depth));
}

bool fx_records_eq(const struct krecords *a, const struct krecords *b)
{
    if (a->len != b->len)
        return false;
    return a->len <= 0 || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0;
}
