/*
 * fx_random.h - a small deterministic generator of random field values for
 * the codec round-trip tests (used by the generated msg_fixtures.c).
 */
#ifndef SLUICE_FX_RANDOM_H
#define SLUICE_FX_RANDOM_H

#include <stdbool.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

struct fx_rng {
    uint64_t s;
};

uint64_t fx_next(struct fx_rng *rng);
double fx_double(struct fx_rng *rng);
bool fx_double_eq(double a, double b);
void fx_uuid(struct fx_rng *rng, struct kuuid *out);
/* A random string of 0..12 printable bytes (or null, sometimes, when
 * nullable), allocated in a. */
struct kstr fx_str(struct fx_rng *rng, struct arena *a, bool nullable);
struct kbytes fx_bytes(struct fx_rng *rng, struct arena *a, bool nullable);
/* An array length: 0..3, fewer deeper down; sometimes -1 when nullable. */
int32_t fx_count(struct fx_rng *rng, int depth, bool nullable);
bool fx_records_eq(const struct krecords *a, const struct krecords *b);

#endif
