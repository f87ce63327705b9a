/* generated from DescribeAclsRequest.json, DescribeAclsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* DescribeAcls (ApiKey 29), versions 0-3. */
#ifndef SLUICE_MSG_DESCRIBE_ACLS_H
#define SLUICE_MSG_DESCRIBE_ACLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define DESCRIBE_ACLS_API_KEY 29
#define DESCRIBE_ACLS_MIN_VERSION 0
#define DESCRIBE_ACLS_MAX_VERSION 3
#define DESCRIBE_ACLS_FLEX_VERSION 2 /* first flexible version, -1 if none */

struct describe_acls_req {
    int8_t resource_type_filter; /* v0+: The resource type. */
    struct kstr resource_name_filter; /* v0+: The resource name, or null to match any resource name. */
    int8_t pattern_type_filter; /* v1+: The resource pattern to match. */
    struct kstr principal_filter; /* v0+: The principal to match, or null to match any principal. */
    struct kstr host_filter; /* v0+: The host to match, or null to match any host. */
    int8_t operation; /* v0+: The operation to match. */
    int8_t permission_type; /* v0+: The permission type to match. */
};

/* Set every field of x to its spec default. */
void describe_acls_req_init(struct describe_acls_req *x);
bool describe_acls_req_is_default(const struct describe_acls_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int describe_acls_req_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int describe_acls_req_encode(struct kwriter *w, int16_t v, const struct describe_acls_req *in);
/* Bytes describe_acls_req_encode would write for version v. */
size_t describe_acls_req_size(int16_t v, const struct describe_acls_req *in);

struct describe_acls_resp_acl_description {
    struct kstr principal; /* v0+: The ACL principal. */
    struct kstr host; /* v0+: The ACL host. */
    int8_t operation; /* v0+: The ACL operation. */
    int8_t permission_type; /* v0+: The ACL permission type. */
};

struct describe_acls_resp_describe_acls_resource {
    int8_t resource_type; /* v0+: The resource type. */
    struct kstr resource_name; /* v0+: The resource name. */
    int8_t pattern_type; /* v1+: The resource pattern type. */
    struct describe_acls_resp_acl_description *acls; /* v0+: The ACLs. */
    int32_t acls_count; /* -1 = null */
};

struct describe_acls_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
    struct kstr error_message; /* v0+: The error message, or null if there was no error. */
    struct describe_acls_resp_describe_acls_resource *resources; /* v0+: Each Resource that is referenced in an ACL. */
    int32_t resources_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void describe_acls_resp_acl_description_init(struct describe_acls_resp_acl_description *x);
bool describe_acls_resp_acl_description_is_default(const struct describe_acls_resp_acl_description *x);
/* Set every field of x to its spec default. */
void describe_acls_resp_describe_acls_resource_init(struct describe_acls_resp_describe_acls_resource *x);
bool describe_acls_resp_describe_acls_resource_is_default(const struct describe_acls_resp_describe_acls_resource *x);
/* Set every field of x to its spec default. */
void describe_acls_resp_init(struct describe_acls_resp *x);
bool describe_acls_resp_is_default(const struct describe_acls_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int describe_acls_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int describe_acls_resp_encode(struct kwriter *w, int16_t v, const struct describe_acls_resp *in);
/* Bytes describe_acls_resp_encode would write for version v. */
size_t describe_acls_resp_size(int16_t v, const struct describe_acls_resp *in);

#endif
