/* generated from InitProducerIdRequest.json, InitProducerIdResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* InitProducerId (ApiKey 22), versions 0-5. */
#ifndef SLUICE_MSG_INIT_PRODUCER_ID_H
#define SLUICE_MSG_INIT_PRODUCER_ID_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define INIT_PRODUCER_ID_API_KEY 22
#define INIT_PRODUCER_ID_MIN_VERSION 0
#define INIT_PRODUCER_ID_MAX_VERSION 5
#define INIT_PRODUCER_ID_FLEX_VERSION 2 /* first flexible version, -1 if none */

struct init_producer_id_req {
    struct kstr transactional_id; /* v0+: The transactional id, or null if the producer is not transactional. */
    int32_t transaction_timeout_ms; /* v0+: The time in ms to wait before aborting idle transactions sent by this ... */
    int64_t producer_id; /* v3+: The producer id. This is used to disambiguate requests if a transactio... */
    int16_t producer_epoch; /* v3+: The producer's current epoch. This will be checked against the produce... */
};

/* Set every field of x to its spec default. */
void init_producer_id_req_init(struct init_producer_id_req *x);
bool init_producer_id_req_is_default(const struct init_producer_id_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int init_producer_id_req_decode(struct kreader *r, struct arena *a, int16_t v, struct init_producer_id_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int init_producer_id_req_encode(struct kwriter *w, int16_t v, const struct init_producer_id_req *in);
/* Bytes init_producer_id_req_encode would write for version v. */
size_t init_producer_id_req_size(int16_t v, const struct init_producer_id_req *in);

struct init_producer_id_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
    int64_t producer_id; /* v0+: The current producer id. */
    int16_t producer_epoch; /* v0+: The current epoch associated with the producer id. */
};

/* Set every field of x to its spec default. */
void init_producer_id_resp_init(struct init_producer_id_resp *x);
bool init_producer_id_resp_is_default(const struct init_producer_id_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int init_producer_id_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct init_producer_id_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int init_producer_id_resp_encode(struct kwriter *w, int16_t v, const struct init_producer_id_resp *in);
/* Bytes init_producer_id_resp_encode would write for version v. */
size_t init_producer_id_resp_size(int16_t v, const struct init_producer_id_resp *in);

#endif
