/* generated from MetadataRequest.json, MetadataResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* Metadata (ApiKey 3), versions 0-12. */
#ifndef SLUICE_MSG_METADATA_H
#define SLUICE_MSG_METADATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define METADATA_API_KEY 3
#define METADATA_MIN_VERSION 0
#define METADATA_MAX_VERSION 12
#define METADATA_FLEX_VERSION 9 /* first flexible version, -1 if none */

struct metadata_req_metadata_request_topic {
    struct kuuid topic_id; /* v10+: The topic id. */
    struct kstr name; /* v0+: The topic name. */
};

struct metadata_req {
    struct metadata_req_metadata_request_topic *topics; /* v0+: The topics to fetch metadata for. */
    int32_t topics_count; /* -1 = null */
    bool allow_auto_topic_creation; /* v4+: If this is true, the broker may auto-create topics that we requested w... */
    bool include_cluster_authorized_operations; /* v8-10: Whether to include cluster authorized operations. */
    bool include_topic_authorized_operations; /* v8+: Whether to include topic authorized operations. */
};

/* Set every field of x to its spec default. */
void metadata_req_metadata_request_topic_init(struct metadata_req_metadata_request_topic *x);
bool metadata_req_metadata_request_topic_is_default(const struct metadata_req_metadata_request_topic *x);
/* Set every field of x to its spec default. */
void metadata_req_init(struct metadata_req *x);
bool metadata_req_is_default(const struct metadata_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int metadata_req_decode(struct kreader *r, struct arena *a, int16_t v, struct metadata_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int metadata_req_encode(struct kwriter *w, int16_t v, const struct metadata_req *in);
/* Bytes metadata_req_encode would write for version v. */
size_t metadata_req_size(int16_t v, const struct metadata_req *in);

struct metadata_resp_metadata_response_broker {
    int32_t node_id; /* v0+: The broker ID. */
    struct kstr host; /* v0+: The broker hostname. */
    int32_t port; /* v0+: The broker port. */
    struct kstr rack; /* v1+: The rack of the broker, or null if it has not been assigned to a rack. */
};

struct metadata_resp_metadata_response_partition {
    int16_t error_code; /* v0+: The partition error, or 0 if there was no error. */
    int32_t partition_index; /* v0+: The partition index. */
    int32_t leader_id; /* v0+: The ID of the leader broker. */
    int32_t leader_epoch; /* v7+: The leader epoch of this partition. */
    int32_t *replica_nodes; /* v0+: The set of all nodes that host this partition. */
    int32_t replica_nodes_count; /* -1 = null */
    int32_t *isr_nodes; /* v0+: The set of nodes that are in sync with the leader for this partition. */
    int32_t isr_nodes_count; /* -1 = null */
    int32_t *offline_replicas; /* v5+: The set of offline replicas of this partition. */
    int32_t offline_replicas_count; /* -1 = null */
};

struct metadata_resp_metadata_response_topic {
    int16_t error_code; /* v0+: The topic error, or 0 if there was no error. */
    struct kstr name; /* v0+: The topic name. Null for non-existing topics queried by ID. This is ne... */
    struct kuuid topic_id; /* v10+: The topic id. Zero for non-existing topics queried by name. This is ne... */
    bool is_internal; /* v1+: True if the topic is internal. */
    struct metadata_resp_metadata_response_partition *partitions; /* v0+: Each partition in the topic. */
    int32_t partitions_count; /* -1 = null */
    int32_t topic_authorized_operations; /* v8+: 32-bit bitfield to represent authorized operations for this topic. */
};

struct metadata_resp {
    int32_t throttle_time_ms; /* v3+: The duration in milliseconds for which the request was throttled due t... */
    struct metadata_resp_metadata_response_broker *brokers; /* v0+: A list of brokers present in the cluster. */
    int32_t brokers_count; /* -1 = null */
    struct kstr cluster_id; /* v2+: The cluster ID that responding broker belongs to. */
    int32_t controller_id; /* v1+: The ID of the controller broker. */
    struct metadata_resp_metadata_response_topic *topics; /* v0+: Each topic in the response. */
    int32_t topics_count; /* -1 = null */
    int32_t cluster_authorized_operations; /* v8-10: 32-bit bitfield to represent authorized operations for this cluster. */
};

/* Set every field of x to its spec default. */
void metadata_resp_metadata_response_broker_init(struct metadata_resp_metadata_response_broker *x);
bool metadata_resp_metadata_response_broker_is_default(const struct metadata_resp_metadata_response_broker *x);
/* Set every field of x to its spec default. */
void metadata_resp_metadata_response_partition_init(struct metadata_resp_metadata_response_partition *x);
bool metadata_resp_metadata_response_partition_is_default(const struct metadata_resp_metadata_response_partition *x);
/* Set every field of x to its spec default. */
void metadata_resp_metadata_response_topic_init(struct metadata_resp_metadata_response_topic *x);
bool metadata_resp_metadata_response_topic_is_default(const struct metadata_resp_metadata_response_topic *x);
/* Set every field of x to its spec default. */
void metadata_resp_init(struct metadata_resp *x);
bool metadata_resp_is_default(const struct metadata_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int metadata_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct metadata_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int metadata_resp_encode(struct kwriter *w, int16_t v, const struct metadata_resp *in);
/* Bytes metadata_resp_encode would write for version v. */
size_t metadata_resp_size(int16_t v, const struct metadata_resp *in);

#endif
