/* generated from FindCoordinatorRequest.json, FindCoordinatorResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* FindCoordinator (ApiKey 10), versions 0-6. */
#ifndef SLUICE_MSG_FIND_COORDINATOR_H
#define SLUICE_MSG_FIND_COORDINATOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define FIND_COORDINATOR_API_KEY 10
#define FIND_COORDINATOR_MIN_VERSION 0
#define FIND_COORDINATOR_MAX_VERSION 6
#define FIND_COORDINATOR_FLEX_VERSION 3 /* first flexible version, -1 if none */

struct find_coordinator_req {
    struct kstr key; /* v0-3: The coordinator key. */
    int8_t key_type; /* v1+: The coordinator key type. (Group, transaction, etc.) */
    struct kstr *coordinator_keys; /* v4+: The coordinator keys. */
    int32_t coordinator_keys_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void find_coordinator_req_init(struct find_coordinator_req *x);
bool find_coordinator_req_is_default(const struct find_coordinator_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int find_coordinator_req_decode(struct kreader *r, struct arena *a, int16_t v, struct find_coordinator_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int find_coordinator_req_encode(struct kwriter *w, int16_t v, const struct find_coordinator_req *in);
/* Bytes find_coordinator_req_encode would write for version v. */
size_t find_coordinator_req_size(int16_t v, const struct find_coordinator_req *in);

struct find_coordinator_resp_coordinator {
    struct kstr key; /* v4+: The coordinator key. */
    int32_t node_id; /* v4+: The node id. */
    struct kstr host; /* v4+: The host name. */
    int32_t port; /* v4+: The port. */
    int16_t error_code; /* v4+: The error code, or 0 if there was no error. */
    struct kstr error_message; /* v4+: The error message, or null if there was no error. */
};

struct find_coordinator_resp {
    int32_t throttle_time_ms; /* v1+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v0-3: The error code, or 0 if there was no error. */
    struct kstr error_message; /* v1-3: The error message, or null if there was no error. */
    int32_t node_id; /* v0-3: The node id. */
    struct kstr host; /* v0-3: The host name. */
    int32_t port; /* v0-3: The port. */
    struct find_coordinator_resp_coordinator *coordinators; /* v4+: Each coordinator result in the response */
    int32_t coordinators_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void find_coordinator_resp_coordinator_init(struct find_coordinator_resp_coordinator *x);
bool find_coordinator_resp_coordinator_is_default(const struct find_coordinator_resp_coordinator *x);
/* Set every field of x to its spec default. */
void find_coordinator_resp_init(struct find_coordinator_resp *x);
bool find_coordinator_resp_is_default(const struct find_coordinator_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int find_coordinator_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct find_coordinator_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int find_coordinator_resp_encode(struct kwriter *w, int16_t v, const struct find_coordinator_resp *in);
/* Bytes find_coordinator_resp_encode would write for version v. */
size_t find_coordinator_resp_size(int16_t v, const struct find_coordinator_resp *in);

#endif
