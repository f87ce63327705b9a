/* generated from ListGroupsRequest.json, ListGroupsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* ListGroups (ApiKey 16), versions 0-5. */
#ifndef SLUICE_MSG_LIST_GROUPS_H
#define SLUICE_MSG_LIST_GROUPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define LIST_GROUPS_API_KEY 16
#define LIST_GROUPS_MIN_VERSION 0
#define LIST_GROUPS_MAX_VERSION 5
#define LIST_GROUPS_FLEX_VERSION 3 /* first flexible version, -1 if none */

struct list_groups_req {
    struct kstr *states_filter; /* v4+: The states of the groups we want to list. If empty, all groups are ret... */
    int32_t states_filter_count; /* -1 = null */
    struct kstr *types_filter; /* v5+: The types of the groups we want to list. If empty, all groups are retu... */
    int32_t types_filter_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void list_groups_req_init(struct list_groups_req *x);
bool list_groups_req_is_default(const struct list_groups_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int list_groups_req_decode(struct kreader *r, struct arena *a, int16_t v, struct list_groups_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int list_groups_req_encode(struct kwriter *w, int16_t v, const struct list_groups_req *in);
/* Bytes list_groups_req_encode would write for version v. */
size_t list_groups_req_size(int16_t v, const struct list_groups_req *in);

struct list_groups_resp_listed_group {
    struct kstr group_id; /* v0+: The group ID. */
    struct kstr protocol_type; /* v0+: The group protocol type. */
    struct kstr group_state; /* v4+: The group state name. */
    struct kstr group_type; /* v5+: The group type name. */
};

struct list_groups_resp {
    int32_t throttle_time_ms; /* v1+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
    struct list_groups_resp_listed_group *groups; /* v0+: Each group in the response. */
    int32_t groups_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void list_groups_resp_listed_group_init(struct list_groups_resp_listed_group *x);
bool list_groups_resp_listed_group_is_default(const struct list_groups_resp_listed_group *x);
/* Set every field of x to its spec default. */
void list_groups_resp_init(struct list_groups_resp *x);
bool list_groups_resp_is_default(const struct list_groups_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int list_groups_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct list_groups_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int list_groups_resp_encode(struct kwriter *w, int16_t v, const struct list_groups_resp *in);
/* Bytes list_groups_resp_encode would write for version v. */
size_t list_groups_resp_size(int16_t v, const struct list_groups_resp *in);

#endif
