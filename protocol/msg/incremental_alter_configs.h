/* generated from IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* IncrementalAlterConfigs (ApiKey 44), versions 0-1. */
#ifndef SLUICE_MSG_INCREMENTAL_ALTER_CONFIGS_H
#define SLUICE_MSG_INCREMENTAL_ALTER_CONFIGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define INCREMENTAL_ALTER_CONFIGS_API_KEY 44
#define INCREMENTAL_ALTER_CONFIGS_MIN_VERSION 0
#define INCREMENTAL_ALTER_CONFIGS_MAX_VERSION 1
#define INCREMENTAL_ALTER_CONFIGS_FLEX_VERSION 1 /* first flexible version, -1 if none */

struct incremental_alter_configs_req_alterable_config {
    struct kstr name; /* v0+: The configuration key name. */
    int8_t config_operation; /* v0+: The type (Set, Delete, Append, Subtract) of operation. */
    struct kstr value; /* v0+: The value to set for the configuration key. */
};

struct incremental_alter_configs_req_alter_configs_resource {
    int8_t resource_type; /* v0+: The resource type. */
    struct kstr resource_name; /* v0+: The resource name. */
    struct incremental_alter_configs_req_alterable_config *configs; /* v0+: The configurations. */
    int32_t configs_count; /* -1 = null */
};

struct incremental_alter_configs_req {
    struct incremental_alter_configs_req_alter_configs_resource *resources; /* v0+: The incremental updates for each resource. */
    int32_t resources_count; /* -1 = null */
    bool validate_only; /* v0+: True if we should validate the request, but not change the configurati... */
};

/* Set every field of x to its spec default. */
void incremental_alter_configs_req_alterable_config_init(struct incremental_alter_configs_req_alterable_config *x);
bool incremental_alter_configs_req_alterable_config_is_default(const struct incremental_alter_configs_req_alterable_config *x);
/* Set every field of x to its spec default. */
void incremental_alter_configs_req_alter_configs_resource_init(struct incremental_alter_configs_req_alter_configs_resource *x);
bool incremental_alter_configs_req_alter_configs_resource_is_default(const struct incremental_alter_configs_req_alter_configs_resource *x);
/* Set every field of x to its spec default. */
void incremental_alter_configs_req_init(struct incremental_alter_configs_req *x);
bool incremental_alter_configs_req_is_default(const struct incremental_alter_configs_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int incremental_alter_configs_req_decode(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int incremental_alter_configs_req_encode(struct kwriter *w, int16_t v, const struct incremental_alter_configs_req *in);
/* Bytes incremental_alter_configs_req_encode would write for version v. */
size_t incremental_alter_configs_req_size(int16_t v, const struct incremental_alter_configs_req *in);

struct incremental_alter_configs_resp_alter_configs_resource_response {
    int16_t error_code; /* v0+: The resource error code. */
    struct kstr error_message; /* v0+: The resource error message, or null if there was no error. */
    int8_t resource_type; /* v0+: The resource type. */
    struct kstr resource_name; /* v0+: The resource name. */
};

struct incremental_alter_configs_resp {
    int32_t throttle_time_ms; /* v0+: Duration in milliseconds for which the request was throttled due to a ... */
    struct incremental_alter_configs_resp_alter_configs_resource_response *responses; /* v0+: The responses for each resource. */
    int32_t responses_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void incremental_alter_configs_resp_alter_configs_resource_response_init(struct incremental_alter_configs_resp_alter_configs_resource_response *x);
bool incremental_alter_configs_resp_alter_configs_resource_response_is_default(const struct incremental_alter_configs_resp_alter_configs_resource_response *x);
/* Set every field of x to its spec default. */
void incremental_alter_configs_resp_init(struct incremental_alter_configs_resp *x);
bool incremental_alter_configs_resp_is_default(const struct incremental_alter_configs_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int incremental_alter_configs_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int incremental_alter_configs_resp_encode(struct kwriter *w, int16_t v, const struct incremental_alter_configs_resp *in);
/* Bytes incremental_alter_configs_resp_encode would write for version v. */
size_t incremental_alter_configs_resp_size(int16_t v, const struct incremental_alter_configs_resp *in);

#endif
