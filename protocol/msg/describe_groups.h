/* generated from DescribeGroupsRequest.json, DescribeGroupsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* DescribeGroups (ApiKey 15), versions 0-5. */
#ifndef SLUICE_MSG_DESCRIBE_GROUPS_H
#define SLUICE_MSG_DESCRIBE_GROUPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define DESCRIBE_GROUPS_API_KEY 15
#define DESCRIBE_GROUPS_MIN_VERSION 0
#define DESCRIBE_GROUPS_MAX_VERSION 5
#define DESCRIBE_GROUPS_FLEX_VERSION 5 /* first flexible version, -1 if none */

struct describe_groups_req {
    struct kstr *groups; /* v0+: The names of the groups to describe */
    int32_t groups_count; /* -1 = null */
    bool include_authorized_operations; /* v3+: Whether to include authorized operations. */
};

/* Set every field of x to its spec default. */
void describe_groups_req_init(struct describe_groups_req *x);
bool describe_groups_req_is_default(const struct describe_groups_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int describe_groups_req_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int describe_groups_req_encode(struct kwriter *w, int16_t v, const struct describe_groups_req *in);
/* Bytes describe_groups_req_encode would write for version v. */
size_t describe_groups_req_size(int16_t v, const struct describe_groups_req *in);

struct describe_groups_resp_described_group_member {
    struct kstr member_id; /* v0+: The member ID assigned by the group coordinator. */
    struct kstr group_instance_id; /* v4+: The unique identifier of the consumer instance provided by end user. */
    struct kstr client_id; /* v0+: The client ID used in the member's latest join group request. */
    struct kstr client_host; /* v0+: The client host. */
    struct kbytes member_metadata; /* v0+: The metadata corresponding to the current group protocol in use. */
    struct kbytes member_assignment; /* v0+: The current assignment provided by the group leader. */
};

struct describe_groups_resp_described_group {
    int16_t error_code; /* v0+: The describe error, or 0 if there was no error. */
    struct kstr group_id; /* v0+: The group ID string. */
    struct kstr group_state; /* v0+: The group state string, or the empty string. */
    struct kstr protocol_type; /* v0+: The group protocol type, or the empty string. */
    struct kstr protocol_data; /* v0+: The group protocol data, or the empty string. */
    struct describe_groups_resp_described_group_member *members; /* v0+: The group members. */
    int32_t members_count; /* -1 = null */
    int32_t authorized_operations; /* v3+: 32-bit bitfield to represent authorized operations for this group. */
};

struct describe_groups_resp {
    int32_t throttle_time_ms; /* v1+: The duration in milliseconds for which the request was throttled due t... */
    struct describe_groups_resp_described_group *groups; /* v0+: Each described group. */
    int32_t groups_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void describe_groups_resp_described_group_member_init(struct describe_groups_resp_described_group_member *x);
bool describe_groups_resp_described_group_member_is_default(const struct describe_groups_resp_described_group_member *x);
/* Set every field of x to its spec default. */
void describe_groups_resp_described_group_init(struct describe_groups_resp_described_group *x);
bool describe_groups_resp_described_group_is_default(const struct describe_groups_resp_described_group *x);
/* Set every field of x to its spec default. */
void describe_groups_resp_init(struct describe_groups_resp *x);
bool describe_groups_resp_is_default(const struct describe_groups_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int describe_groups_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int describe_groups_resp_encode(struct kwriter *w, int16_t v, const struct describe_groups_resp *in);
/* Bytes describe_groups_resp_encode would write for version v. */
size_t describe_groups_resp_size(int16_t v, const struct describe_groups_resp *in);

#endif
