/* generated from DeleteGroupsRequest.json, DeleteGroupsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* DeleteGroups (ApiKey 42), versions 0-2. */
#ifndef SLUICE_MSG_DELETE_GROUPS_H
#define SLUICE_MSG_DELETE_GROUPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define DELETE_GROUPS_API_KEY 42
#define DELETE_GROUPS_MIN_VERSION 0
#define DELETE_GROUPS_MAX_VERSION 2
#define DELETE_GROUPS_FLEX_VERSION 2 /* first flexible version, -1 if none */

struct delete_groups_req {
    struct kstr *groups_names; /* v0+: The group names to delete. */
    int32_t groups_names_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void delete_groups_req_init(struct delete_groups_req *x);
bool delete_groups_req_is_default(const struct delete_groups_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int delete_groups_req_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_groups_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int delete_groups_req_encode(struct kwriter *w, int16_t v, const struct delete_groups_req *in);
/* Bytes delete_groups_req_encode would write for version v. */
size_t delete_groups_req_size(int16_t v, const struct delete_groups_req *in);

struct delete_groups_resp_deletable_group_result {
    struct kstr group_id; /* v0+: The group id */
    int16_t error_code; /* v0+: The deletion error, or 0 if the deletion succeeded. */
};

struct delete_groups_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    struct delete_groups_resp_deletable_group_result *results; /* v0+: The deletion results */
    int32_t results_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void delete_groups_resp_deletable_group_result_init(struct delete_groups_resp_deletable_group_result *x);
bool delete_groups_resp_deletable_group_result_is_default(const struct delete_groups_resp_deletable_group_result *x);
/* Set every field of x to its spec default. */
void delete_groups_resp_init(struct delete_groups_resp *x);
bool delete_groups_resp_is_default(const struct delete_groups_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int delete_groups_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_groups_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int delete_groups_resp_encode(struct kwriter *w, int16_t v, const struct delete_groups_resp *in);
/* Bytes delete_groups_resp_encode would write for version v. */
size_t delete_groups_resp_size(int16_t v, const struct delete_groups_resp *in);

#endif
