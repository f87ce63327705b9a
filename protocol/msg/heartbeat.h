/* generated from HeartbeatRequest.json, HeartbeatResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* Heartbeat (ApiKey 12), versions 0-4. */
#ifndef SLUICE_MSG_HEARTBEAT_H
#define SLUICE_MSG_HEARTBEAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define HEARTBEAT_API_KEY 12
#define HEARTBEAT_MIN_VERSION 0
#define HEARTBEAT_MAX_VERSION 4
#define HEARTBEAT_FLEX_VERSION 4 /* first flexible version, -1 if none */

struct heartbeat_req {
    struct kstr group_id; /* v0+: The group id. */
    int32_t generation_id; /* v0+: The generation of the group. */
    struct kstr member_id; /* v0+: The member ID. */
    struct kstr group_instance_id; /* v3+: The unique identifier of the consumer instance provided by end user. */
};

/* Set every field of x to its spec default. */
void heartbeat_req_init(struct heartbeat_req *x);
bool heartbeat_req_is_default(const struct heartbeat_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int heartbeat_req_decode(struct kreader *r, struct arena *a, int16_t v, struct heartbeat_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int heartbeat_req_encode(struct kwriter *w, int16_t v, const struct heartbeat_req *in);
/* Bytes heartbeat_req_encode would write for version v. */
size_t heartbeat_req_size(int16_t v, const struct heartbeat_req *in);

struct heartbeat_resp {
    int32_t throttle_time_ms; /* v1+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
};

/* Set every field of x to its spec default. */
void heartbeat_resp_init(struct heartbeat_resp *x);
bool heartbeat_resp_is_default(const struct heartbeat_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int heartbeat_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct heartbeat_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int heartbeat_resp_encode(struct kwriter *w, int16_t v, const struct heartbeat_resp *in);
/* Bytes heartbeat_resp_encode would write for version v. */
size_t heartbeat_resp_size(int16_t v, const struct heartbeat_resp *in);

#endif
