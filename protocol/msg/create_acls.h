/* generated from CreateAclsRequest.json, CreateAclsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* CreateAcls (ApiKey 30), versions 0-3. */
#ifndef SLUICE_MSG_CREATE_ACLS_H
#define SLUICE_MSG_CREATE_ACLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define CREATE_ACLS_API_KEY 30
#define CREATE_ACLS_MIN_VERSION 0
#define CREATE_ACLS_MAX_VERSION 3
#define CREATE_ACLS_FLEX_VERSION 2 /* first flexible version, -1 if none */

struct create_acls_req_acl_creation {
    int8_t resource_type; /* v0+: The type of the resource. */
    struct kstr resource_name; /* v0+: The resource name for the ACL. */
    int8_t resource_pattern_type; /* v1+: The pattern type for the ACL. */
    struct kstr principal; /* v0+: The principal for the ACL. */
    struct kstr host; /* v0+: The host for the ACL. */
    int8_t operation; /* v0+: The operation type for the ACL (read, write, etc.). */
    int8_t permission_type; /* v0+: The permission type for the ACL (allow, deny, etc.). */
};

struct create_acls_req {
    struct create_acls_req_acl_creation *creations; /* v0+: The ACLs that we want to create. */
    int32_t creations_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void create_acls_req_acl_creation_init(struct create_acls_req_acl_creation *x);
bool create_acls_req_acl_creation_is_default(const struct create_acls_req_acl_creation *x);
/* Set every field of x to its spec default. */
void create_acls_req_init(struct create_acls_req *x);
bool create_acls_req_is_default(const struct create_acls_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int create_acls_req_decode(struct kreader *r, struct arena *a, int16_t v, struct create_acls_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int create_acls_req_encode(struct kwriter *w, int16_t v, const struct create_acls_req *in);
/* Bytes create_acls_req_encode would write for version v. */
size_t create_acls_req_size(int16_t v, const struct create_acls_req *in);

struct create_acls_resp_acl_creation_result {
    int16_t error_code; /* v0+: The result error, or zero if there was no error. */
    struct kstr error_message; /* v0+: The result message, or null if there was no error. */
};

struct create_acls_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    struct create_acls_resp_acl_creation_result *results; /* v0+: The results for each ACL creation. */
    int32_t results_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void create_acls_resp_acl_creation_result_init(struct create_acls_resp_acl_creation_result *x);
bool create_acls_resp_acl_creation_result_is_default(const struct create_acls_resp_acl_creation_result *x);
/* Set every field of x to its spec default. */
void create_acls_resp_init(struct create_acls_resp *x);
bool create_acls_resp_is_default(const struct create_acls_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int create_acls_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct create_acls_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int create_acls_resp_encode(struct kwriter *w, int16_t v, const struct create_acls_resp *in);
/* Bytes create_acls_resp_encode would write for version v. */
size_t create_acls_resp_size(int16_t v, const struct create_acls_resp *in);

#endif
