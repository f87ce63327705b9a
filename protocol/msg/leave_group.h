/* generated from LeaveGroupRequest.json, LeaveGroupResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* LeaveGroup (ApiKey 13), versions 0-5. */
#ifndef SLUICE_MSG_LEAVE_GROUP_H
#define SLUICE_MSG_LEAVE_GROUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define LEAVE_GROUP_API_KEY 13
#define LEAVE_GROUP_MIN_VERSION 0
#define LEAVE_GROUP_MAX_VERSION 5
#define LEAVE_GROUP_FLEX_VERSION 4 /* first flexible version, -1 if none */

struct leave_group_req_member_identity {
    struct kstr member_id; /* v3+: The member ID to remove from the group. */
    struct kstr group_instance_id; /* v3+: The group instance ID to remove from the group. */
    struct kstr reason; /* v5+: The reason why the member left the group. */
};

struct leave_group_req {
    struct kstr group_id; /* v0+: The ID of the group to leave. */
    struct kstr member_id; /* v0-2: The member ID to remove from the group. */
    struct leave_group_req_member_identity *members; /* v3+: List of leaving member identities. */
    int32_t members_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void leave_group_req_member_identity_init(struct leave_group_req_member_identity *x);
bool leave_group_req_member_identity_is_default(const struct leave_group_req_member_identity *x);
/* Set every field of x to its spec default. */
void leave_group_req_init(struct leave_group_req *x);
bool leave_group_req_is_default(const struct leave_group_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int leave_group_req_decode(struct kreader *r, struct arena *a, int16_t v, struct leave_group_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int leave_group_req_encode(struct kwriter *w, int16_t v, const struct leave_group_req *in);
/* Bytes leave_group_req_encode would write for version v. */
size_t leave_group_req_size(int16_t v, const struct leave_group_req *in);

struct leave_group_resp_member_response {
    struct kstr member_id; /* v3+: The member ID to remove from the group. */
    struct kstr group_instance_id; /* v3+: The group instance ID to remove from the group. */
    int16_t error_code; /* v3+: The error code, or 0 if there was no error. */
};

struct leave_group_resp {
    int32_t throttle_time_ms; /* v1+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
    struct leave_group_resp_member_response *members; /* v3+: List of leaving member responses. */
    int32_t members_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void leave_group_resp_member_response_init(struct leave_group_resp_member_response *x);
bool leave_group_resp_member_response_is_default(const struct leave_group_resp_member_response *x);
/* Set every field of x to its spec default. */
void leave_group_resp_init(struct leave_group_resp *x);
bool leave_group_resp_is_default(const struct leave_group_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int leave_group_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct leave_group_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int leave_group_resp_encode(struct kwriter *w, int16_t v, const struct leave_group_resp *in);
/* Bytes leave_group_resp_encode would write for version v. */
size_t leave_group_resp_size(int16_t v, const struct leave_group_resp *in);

#endif
