/* generated from DeleteAclsRequest.json, DeleteAclsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* DeleteAcls (ApiKey 31), versions 0-3. */
#ifndef SLUICE_MSG_DELETE_ACLS_H
#define SLUICE_MSG_DELETE_ACLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define DELETE_ACLS_API_KEY 31
#define DELETE_ACLS_MIN_VERSION 0
#define DELETE_ACLS_MAX_VERSION 3
#define DELETE_ACLS_FLEX_VERSION 2 /* first flexible version, -1 if none */

struct delete_acls_req_delete_acls_filter {
    int8_t resource_type_filter; /* v0+: The resource type. */
    struct kstr resource_name_filter; /* v0+: The resource name. */
    int8_t pattern_type_filter; /* v1+: The pattern type. */
    struct kstr principal_filter; /* v0+: The principal filter, or null to accept all principals. */
    struct kstr host_filter; /* v0+: The host filter, or null to accept all hosts. */
    int8_t operation; /* v0+: The ACL operation. */
    int8_t permission_type; /* v0+: The permission type. */
};

struct delete_acls_req {
    struct delete_acls_req_delete_acls_filter *filters; /* v0+: The filters to use when deleting ACLs. */
    int32_t filters_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void delete_acls_req_delete_acls_filter_init(struct delete_acls_req_delete_acls_filter *x);
bool delete_acls_req_delete_acls_filter_is_default(const struct delete_acls_req_delete_acls_filter *x);
/* Set every field of x to its spec default. */
void delete_acls_req_init(struct delete_acls_req *x);
bool delete_acls_req_is_default(const struct delete_acls_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int delete_acls_req_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int delete_acls_req_encode(struct kwriter *w, int16_t v, const struct delete_acls_req *in);
/* Bytes delete_acls_req_encode would write for version v. */
size_t delete_acls_req_size(int16_t v, const struct delete_acls_req *in);

struct delete_acls_resp_delete_acls_matching_acl {
    int16_t error_code; /* v0+: The deletion error code, or 0 if the deletion succeeded. */
    struct kstr error_message; /* v0+: The deletion error message, or null if the deletion succeeded. */
    int8_t resource_type; /* v0+: The ACL resource type. */
    struct kstr resource_name; /* v0+: The ACL resource name. */
    int8_t pattern_type; /* v1+: The ACL resource pattern type. */
    struct kstr principal; /* v0+: The ACL principal. */
    struct kstr host; /* v0+: The ACL host. */
    int8_t operation; /* v0+: The ACL operation. */
    int8_t permission_type; /* v0+: The ACL permission type. */
};

struct delete_acls_resp_delete_acls_filter_result {
    int16_t error_code; /* v0+: The error code, or 0 if the filter succeeded. */
    struct kstr error_message; /* v0+: The error message, or null if the filter succeeded. */
    struct delete_acls_resp_delete_acls_matching_acl *matching_acls; /* v0+: The ACLs which matched this filter. */
    int32_t matching_acls_count; /* -1 = null */
};

struct delete_acls_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    struct delete_acls_resp_delete_acls_filter_result *filter_results; /* v0+: The results for each filter. */
    int32_t filter_results_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void delete_acls_resp_delete_acls_matching_acl_init(struct delete_acls_resp_delete_acls_matching_acl *x);
bool delete_acls_resp_delete_acls_matching_acl_is_default(const struct delete_acls_resp_delete_acls_matching_acl *x);
/* Set every field of x to its spec default. */
void delete_acls_resp_delete_acls_filter_result_init(struct delete_acls_resp_delete_acls_filter_result *x);
bool delete_acls_resp_delete_acls_filter_result_is_default(const struct delete_acls_resp_delete_acls_filter_result *x);
/* Set every field of x to its spec default. */
void delete_acls_resp_init(struct delete_acls_resp *x);
bool delete_acls_resp_is_default(const struct delete_acls_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int delete_acls_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int delete_acls_resp_encode(struct kwriter *w, int16_t v, const struct delete_acls_resp *in);
/* Bytes delete_acls_resp_encode would write for version v. */
size_t delete_acls_resp_size(int16_t v, const struct delete_acls_resp *in);

#endif
