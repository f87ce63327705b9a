/* generated from ApiVersionsRequest.json, ApiVersionsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* ApiVersions (ApiKey 18), versions 0-4. */
#ifndef SLUICE_MSG_API_VERSIONS_H
#define SLUICE_MSG_API_VERSIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define API_VERSIONS_API_KEY 18
#define API_VERSIONS_MIN_VERSION 0
#define API_VERSIONS_MAX_VERSION 4
#define API_VERSIONS_FLEX_VERSION 3 /* first flexible version, -1 if none */

struct api_versions_req {
    struct kstr client_software_name; /* v3+: The name of the client. */
    struct kstr client_software_version; /* v3+: The version of the client. */
};

/* Set every field of x to its spec default. */
void api_versions_req_init(struct api_versions_req *x);
bool api_versions_req_is_default(const struct api_versions_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int api_versions_req_decode(struct kreader *r, struct arena *a, int16_t v, struct api_versions_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int api_versions_req_encode(struct kwriter *w, int16_t v, const struct api_versions_req *in);
/* Bytes api_versions_req_encode would write for version v. */
size_t api_versions_req_size(int16_t v, const struct api_versions_req *in);

struct api_versions_resp_api_version {
    int16_t api_key; /* v0+: The API index. */
    int16_t min_version; /* v0+: The minimum supported version, inclusive. */
    int16_t max_version; /* v0+: The maximum supported version, inclusive. */
};

struct api_versions_resp_supported_feature_key {
    struct kstr name; /* v3+: The name of the feature. */
    int16_t min_version; /* v3+: The minimum supported version for the feature. */
    int16_t max_version; /* v3+: The maximum supported version for the feature. */
};

struct api_versions_resp_finalized_feature_key {
    struct kstr name; /* v3+: The name of the feature. */
    int16_t max_version_level; /* v3+: The cluster-wide finalized max version level for the feature. */
    int16_t min_version_level; /* v3+: The cluster-wide finalized min version level for the feature. */
};

struct api_versions_resp {
    int16_t error_code; /* v0+: The top-level error code. */
    struct api_versions_resp_api_version *api_keys; /* v0+: The APIs supported by the broker. */
    int32_t api_keys_count; /* -1 = null */
    int32_t throttle_time_ms; /* v1+: The duration in milliseconds for which the request was throttled due t... */
    struct api_versions_resp_supported_feature_key *supported_features; /* v3+, tag 0: Features supported by the broker. Note: in v0-v3, features with MinSup... */
    int32_t supported_features_count; /* -1 = null */
    int64_t finalized_features_epoch; /* v3+, tag 1: The monotonically increasing epoch for the finalized features informat... */
    struct api_versions_resp_finalized_feature_key *finalized_features; /* v3+, tag 2: List of cluster-wide finalized features. The information is valid only... */
    int32_t finalized_features_count; /* -1 = null */
    bool zk_migration_ready; /* v3+, tag 3: Set by a KRaft controller if the required configurations for ZK migrat... */
};

/* Set every field of x to its spec default. */
void api_versions_resp_api_version_init(struct api_versions_resp_api_version *x);
bool api_versions_resp_api_version_is_default(const struct api_versions_resp_api_version *x);
/* Set every field of x to its spec default. */
void api_versions_resp_supported_feature_key_init(struct api_versions_resp_supported_feature_key *x);
bool api_versions_resp_supported_feature_key_is_default(const struct api_versions_resp_supported_feature_key *x);
/* Set every field of x to its spec default. */
void api_versions_resp_finalized_feature_key_init(struct api_versions_resp_finalized_feature_key *x);
bool api_versions_resp_finalized_feature_key_is_default(const struct api_versions_resp_finalized_feature_key *x);
/* Set every field of x to its spec default. */
void api_versions_resp_init(struct api_versions_resp *x);
bool api_versions_resp_is_default(const struct api_versions_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int api_versions_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct api_versions_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int api_versions_resp_encode(struct kwriter *w, int16_t v, const struct api_versions_resp *in);
/* Bytes api_versions_resp_encode would write for version v. */
size_t api_versions_resp_size(int16_t v, const struct api_versions_resp *in);

#endif
