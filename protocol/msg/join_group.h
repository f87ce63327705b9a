/* generated from JoinGroupRequest.json, JoinGroupResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* JoinGroup (ApiKey 11), versions 0-9. */
#ifndef SLUICE_MSG_JOIN_GROUP_H
#define SLUICE_MSG_JOIN_GROUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define JOIN_GROUP_API_KEY 11
#define JOIN_GROUP_MIN_VERSION 0
#define JOIN_GROUP_MAX_VERSION 9
#define JOIN_GROUP_FLEX_VERSION 6 /* first flexible version, -1 if none */

struct join_group_req_join_group_request_protocol {
    struct kstr name; /* v0+: The protocol name. */
    struct kbytes metadata; /* v0+: The protocol metadata. */
};

struct join_group_req {
    struct kstr group_id; /* v0+: The group identifier. */
    int32_t session_timeout_ms; /* v0+: The coordinator considers the consumer dead if it receives no heartbea... */
    int32_t rebalance_timeout_ms; /* v1+: The maximum time in milliseconds that the coordinator will wait for ea... */
    struct kstr member_id; /* v0+: The member id assigned by the group coordinator. */
    struct kstr group_instance_id; /* v5+: The unique identifier of the consumer instance provided by end user. */
    struct kstr protocol_type; /* v0+: The unique name the for class of protocols implemented by the group we... */
    struct join_group_req_join_group_request_protocol *protocols; /* v0+: The list of protocols that the member supports. */
    int32_t protocols_count; /* -1 = null */
    struct kstr reason; /* v8+: The reason why the member (re-)joins the group. */
};

/* Set every field of x to its spec default. */
void join_group_req_join_group_request_protocol_init(struct join_group_req_join_group_request_protocol *x);
bool join_group_req_join_group_request_protocol_is_default(const struct join_group_req_join_group_request_protocol *x);
/* Set every field of x to its spec default. */
void join_group_req_init(struct join_group_req *x);
bool join_group_req_is_default(const struct join_group_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int join_group_req_decode(struct kreader *r, struct arena *a, int16_t v, struct join_group_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int join_group_req_encode(struct kwriter *w, int16_t v, const struct join_group_req *in);
/* Bytes join_group_req_encode would write for version v. */
size_t join_group_req_size(int16_t v, const struct join_group_req *in);

struct join_group_resp_join_group_response_member {
    struct kstr member_id; /* v0+: The group member ID. */
    struct kstr group_instance_id; /* v5+: The unique identifier of the consumer instance provided by end user. */
    struct kbytes metadata; /* v0+: The group member metadata. */
};

struct join_group_resp {
    int32_t throttle_time_ms; /* v2+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
    int32_t generation_id; /* v0+: The generation ID of the group. */
    struct kstr protocol_type; /* v7+: The group protocol name. */
    struct kstr protocol_name; /* v0+: The group protocol selected by the coordinator. */
    struct kstr leader; /* v0+: The leader of the group. */
    bool skip_assignment; /* v9+: True if the leader must skip running the assignment. */
    struct kstr member_id; /* v0+: The member ID assigned by the group coordinator. */
    struct join_group_resp_join_group_response_member *members; /* v0+:  */
    int32_t members_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void join_group_resp_join_group_response_member_init(struct join_group_resp_join_group_response_member *x);
bool join_group_resp_join_group_response_member_is_default(const struct join_group_resp_join_group_response_member *x);
/* Set every field of x to its spec default. */
void join_group_resp_init(struct join_group_resp *x);
bool join_group_resp_is_default(const struct join_group_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int join_group_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct join_group_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int join_group_resp_encode(struct kwriter *w, int16_t v, const struct join_group_resp *in);
/* Bytes join_group_resp_encode would write for version v. */
size_t join_group_resp_size(int16_t v, const struct join_group_resp *in);

#endif
