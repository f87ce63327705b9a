/* generated from DescribeClusterRequest.json, DescribeClusterResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* DescribeCluster (ApiKey 60), versions 0-1. */
#ifndef SLUICE_MSG_DESCRIBE_CLUSTER_H
#define SLUICE_MSG_DESCRIBE_CLUSTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define DESCRIBE_CLUSTER_API_KEY 60
#define DESCRIBE_CLUSTER_MIN_VERSION 0
#define DESCRIBE_CLUSTER_MAX_VERSION 1
#define DESCRIBE_CLUSTER_FLEX_VERSION 0 /* first flexible version, -1 if none */

struct describe_cluster_req {
    bool include_cluster_authorized_operations; /* v0+: Whether to include cluster authorized operations. */
    int8_t endpoint_type; /* v1+: The endpoint type to describe. 1=brokers, 2=controllers. */
};

/* Set every field of x to its spec default. */
void describe_cluster_req_init(struct describe_cluster_req *x);
bool describe_cluster_req_is_default(const struct describe_cluster_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int describe_cluster_req_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_cluster_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int describe_cluster_req_encode(struct kwriter *w, int16_t v, const struct describe_cluster_req *in);
/* Bytes describe_cluster_req_encode would write for version v. */
size_t describe_cluster_req_size(int16_t v, const struct describe_cluster_req *in);

struct describe_cluster_resp_describe_cluster_broker {
    int32_t broker_id; /* v0+: The broker ID. */
    struct kstr host; /* v0+: The broker hostname. */
    int32_t port; /* v0+: The broker port. */
    struct kstr rack; /* v0+: The rack of the broker, or null if it has not been assigned to a rack. */
};

struct describe_cluster_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v0+: The top-level error code, or 0 if there was no error */
    struct kstr error_message; /* v0+: The top-level error message, or null if there was no error. */
    int8_t endpoint_type; /* v1+: The endpoint type that was described. 1=brokers, 2=controllers. */
    struct kstr cluster_id; /* v0+: The cluster ID that responding broker belongs to. */
    int32_t controller_id; /* v0+: The ID of the controller broker. */
    struct describe_cluster_resp_describe_cluster_broker *brokers; /* v0+: Each broker in the response. */
    int32_t brokers_count; /* -1 = null */
    int32_t cluster_authorized_operations; /* v0+: 32-bit bitfield to represent authorized operations for this cluster. */
};

/* Set every field of x to its spec default. */
void describe_cluster_resp_describe_cluster_broker_init(struct describe_cluster_resp_describe_cluster_broker *x);
bool describe_cluster_resp_describe_cluster_broker_is_default(const struct describe_cluster_resp_describe_cluster_broker *x);
/* Set every field of x to its spec default. */
void describe_cluster_resp_init(struct describe_cluster_resp *x);
bool describe_cluster_resp_is_default(const struct describe_cluster_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int describe_cluster_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_cluster_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int describe_cluster_resp_encode(struct kwriter *w, int16_t v, const struct describe_cluster_resp *in);
/* Bytes describe_cluster_resp_encode would write for version v. */
size_t describe_cluster_resp_size(int16_t v, const struct describe_cluster_resp *in);

#endif
