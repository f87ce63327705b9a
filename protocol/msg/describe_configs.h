/* generated from DescribeConfigsRequest.json, DescribeConfigsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* DescribeConfigs (ApiKey 32), versions 0-4. */
#ifndef SLUICE_MSG_DESCRIBE_CONFIGS_H
#define SLUICE_MSG_DESCRIBE_CONFIGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define DESCRIBE_CONFIGS_API_KEY 32
#define DESCRIBE_CONFIGS_MIN_VERSION 0
#define DESCRIBE_CONFIGS_MAX_VERSION 4
#define DESCRIBE_CONFIGS_FLEX_VERSION 4 /* first flexible version, -1 if none */

struct describe_configs_req_describe_configs_resource {
    int8_t resource_type; /* v0+: The resource type. */
    struct kstr resource_name; /* v0+: The resource name. */
    struct kstr *configuration_keys; /* v0+: The configuration keys to list, or null to list all configuration keys... */
    int32_t configuration_keys_count; /* -1 = null */
};

struct describe_configs_req {
    struct describe_configs_req_describe_configs_resource *resources; /* v0+: The resources whose configurations we want to describe. */
    int32_t resources_count; /* -1 = null */
    bool include_synonyms; /* v1+: True if we should include all synonyms. */
    bool include_documentation; /* v3+: True if we should include configuration documentation. */
};

/* Set every field of x to its spec default. */
void describe_configs_req_describe_configs_resource_init(struct describe_configs_req_describe_configs_resource *x);
bool describe_configs_req_describe_configs_resource_is_default(const struct describe_configs_req_describe_configs_resource *x);
/* Set every field of x to its spec default. */
void describe_configs_req_init(struct describe_configs_req *x);
bool describe_configs_req_is_default(const struct describe_configs_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int describe_configs_req_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int describe_configs_req_encode(struct kwriter *w, int16_t v, const struct describe_configs_req *in);
/* Bytes describe_configs_req_encode would write for version v. */
size_t describe_configs_req_size(int16_t v, const struct describe_configs_req *in);

struct describe_configs_resp_describe_configs_synonym {
    struct kstr name; /* v1+: The synonym name. */
    struct kstr value; /* v1+: The synonym value. */
    int8_t source; /* v1+: The synonym source. */
};

struct describe_configs_resp_describe_configs_resource_result {
    struct kstr name; /* v0+: The configuration name. */
    struct kstr value; /* v0+: The configuration value. */
    bool read_only; /* v0+: True if the configuration is read-only. */
    bool is_default; /* v0: True if the configuration is not set. */
    int8_t config_source; /* v1+: The configuration source. */
    bool is_sensitive; /* v0+: True if this configuration is sensitive. */
    struct describe_configs_resp_describe_configs_synonym *synonyms; /* v1+: The synonyms for this configuration key. */
    int32_t synonyms_count; /* -1 = null */
    int8_t config_type; /* v3+: The configuration data type. Type can be one of the following values -... */
    struct kstr documentation; /* v3+: The configuration documentation. */
};

struct describe_configs_resp_describe_configs_result {
    int16_t error_code; /* v0+: The error code, or 0 if we were able to successfully describe the conf... */
    struct kstr error_message; /* v0+: The error message, or null if we were able to successfully describe th... */
    int8_t resource_type; /* v0+: The resource type. */
    struct kstr resource_name; /* v0+: The resource name. */
    struct describe_configs_resp_describe_configs_resource_result *configs; /* v0+: Each listed configuration. */
    int32_t configs_count; /* -1 = null */
};

struct describe_configs_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    struct describe_configs_resp_describe_configs_result *results; /* v0+: The results for each resource. */
    int32_t results_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void describe_configs_resp_describe_configs_synonym_init(struct describe_configs_resp_describe_configs_synonym *x);
bool describe_configs_resp_describe_configs_synonym_is_default(const struct describe_configs_resp_describe_configs_synonym *x);
/* Set every field of x to its spec default. */
void describe_configs_resp_describe_configs_resource_result_init(struct describe_configs_resp_describe_configs_resource_result *x);
bool describe_configs_resp_describe_configs_resource_result_is_default(const struct describe_configs_resp_describe_configs_resource_result *x);
/* Set every field of x to its spec default. */
void describe_configs_resp_describe_configs_result_init(struct describe_configs_resp_describe_configs_result *x);
bool describe_configs_resp_describe_configs_result_is_default(const struct describe_configs_resp_describe_configs_result *x);
/* Set every field of x to its spec default. */
void describe_configs_resp_init(struct describe_configs_resp *x);
bool describe_configs_resp_is_default(const struct describe_configs_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int describe_configs_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int describe_configs_resp_encode(struct kwriter *w, int16_t v, const struct describe_configs_resp *in);
/* Bytes describe_configs_resp_encode would write for version v. */
size_t describe_configs_resp_size(int16_t v, const struct describe_configs_resp *in);

#endif
