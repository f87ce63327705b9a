/* generated from SyncGroupRequest.json, SyncGroupResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* SyncGroup (ApiKey 14), versions 0-5. */
#ifndef SLUICE_MSG_SYNC_GROUP_H
#define SLUICE_MSG_SYNC_GROUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define SYNC_GROUP_API_KEY 14
#define SYNC_GROUP_MIN_VERSION 0
#define SYNC_GROUP_MAX_VERSION 5
#define SYNC_GROUP_FLEX_VERSION 4 /* first flexible version, -1 if none */

struct sync_group_req_sync_group_request_assignment {
    struct kstr member_id; /* v0+: The ID of the member to assign. */
    struct kbytes assignment; /* v0+: The member assignment. */
};

struct sync_group_req {
    struct kstr group_id; /* v0+: The unique group identifier. */
    int32_t generation_id; /* v0+: The generation of the group. */
    struct kstr member_id; /* v0+: The member ID assigned by the group. */
    struct kstr group_instance_id; /* v3+: The unique identifier of the consumer instance provided by end user. */
    struct kstr protocol_type; /* v5+: The group protocol type. */
    struct kstr protocol_name; /* v5+: The group protocol name. */
    struct sync_group_req_sync_group_request_assignment *assignments; /* v0+: Each assignment. */
    int32_t assignments_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void sync_group_req_sync_group_request_assignment_init(struct sync_group_req_sync_group_request_assignment *x);
bool sync_group_req_sync_group_request_assignment_is_default(const struct sync_group_req_sync_group_request_assignment *x);
/* Set every field of x to its spec default. */
void sync_group_req_init(struct sync_group_req *x);
bool sync_group_req_is_default(const struct sync_group_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int sync_group_req_decode(struct kreader *r, struct arena *a, int16_t v, struct sync_group_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int sync_group_req_encode(struct kwriter *w, int16_t v, const struct sync_group_req *in);
/* Bytes sync_group_req_encode would write for version v. */
size_t sync_group_req_size(int16_t v, const struct sync_group_req *in);

struct sync_group_resp {
    int32_t throttle_time_ms; /* v1+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
    struct kstr protocol_type; /* v5+: The group protocol type. */
    struct kstr protocol_name; /* v5+: The group protocol name. */
    struct kbytes assignment; /* v0+: The member assignment. */
};

/* Set every field of x to its spec default. */
void sync_group_resp_init(struct sync_group_resp *x);
bool sync_group_resp_is_default(const struct sync_group_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int sync_group_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct sync_group_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int sync_group_resp_encode(struct kwriter *w, int16_t v, const struct sync_group_resp *in);
/* Bytes sync_group_resp_encode would write for version v. */
size_t sync_group_resp_size(int16_t v, const struct sync_group_resp *in);

#endif
