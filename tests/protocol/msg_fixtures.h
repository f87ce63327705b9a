/* generated from protocol/apis.def by protocol/gen/gen.py; do not edit (make regen). */
/* msg_fixtures.h - random instances and per-version equality for every
 * generated request and response (codec round-trip tests and fuzz seeds). */
#ifndef SLUICE_MSG_FIXTURES_H
#define SLUICE_MSG_FIXTURES_H

#include <stdbool.h>
#include <stdint.h>

#include "protocol/msg/registry.h"
#include "tests/protocol/fx_random.h"

struct fx_codec {
    void (*random)(void *x, struct arena *a, int16_t v, struct fx_rng *rng);
    bool (*eq)(const void *x, const void *y, int16_t v);
};

struct fx_api {
    int16_t key;
    struct fx_codec req;
    struct fx_codec resp;
};

/* Fixtures for the API with this key, or NULL. */
const struct fx_api *fx_lookup(int16_t key);

#endif
