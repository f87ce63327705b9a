/* generated from OffsetFetchRequest.json, OffsetFetchResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* OffsetFetch (ApiKey 9), versions 1-9. */
#ifndef SLUICE_MSG_OFFSET_FETCH_H
#define SLUICE_MSG_OFFSET_FETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define OFFSET_FETCH_API_KEY 9
#define OFFSET_FETCH_MIN_VERSION 1
#define OFFSET_FETCH_MAX_VERSION 9
#define OFFSET_FETCH_FLEX_VERSION 6 /* first flexible version, -1 if none */

struct offset_fetch_req_offset_fetch_request_topic {
    struct kstr name; /* v0-7: The topic name. */
    int32_t *partition_indexes; /* v0-7: The partition indexes we would like to fetch offsets for. */
    int32_t partition_indexes_count; /* -1 = null */
};

struct offset_fetch_req_offset_fetch_request_topics {
    struct kstr name; /* v8+: The topic name. */
    int32_t *partition_indexes; /* v8+: The partition indexes we would like to fetch offsets for. */
    int32_t partition_indexes_count; /* -1 = null */
};

struct offset_fetch_req_offset_fetch_request_group {
    struct kstr group_id; /* v8+: The group ID. */
    struct kstr member_id; /* v9+: The member ID assigned by the group coordinator if using the new consu... */
    int32_t member_epoch; /* v9+: The member epoch if using the new consumer protocol (KIP-848). */
    struct offset_fetch_req_offset_fetch_request_topics *topics; /* v8+: Each topic we would like to fetch offsets for, or null to fetch offset... */
    int32_t topics_count; /* -1 = null */
};

struct offset_fetch_req {
    struct kstr group_id; /* v0-7: The group to fetch offsets for. */
    struct offset_fetch_req_offset_fetch_request_topic *topics; /* v0-7: Each topic we would like to fetch offsets for, or null to fetch offset... */
    int32_t topics_count; /* -1 = null */
    struct offset_fetch_req_offset_fetch_request_group *groups; /* v8+: Each group we would like to fetch offsets for */
    int32_t groups_count; /* -1 = null */
    bool require_stable; /* v7+: Whether broker should hold on returning unstable offsets but set a ret... */
};

/* Set every field of x to its spec default. */
void offset_fetch_req_offset_fetch_request_topic_init(struct offset_fetch_req_offset_fetch_request_topic *x);
bool offset_fetch_req_offset_fetch_request_topic_is_default(const struct offset_fetch_req_offset_fetch_request_topic *x);
/* Set every field of x to its spec default. */
void offset_fetch_req_offset_fetch_request_topics_init(struct offset_fetch_req_offset_fetch_request_topics *x);
bool offset_fetch_req_offset_fetch_request_topics_is_default(const struct offset_fetch_req_offset_fetch_request_topics *x);
/* Set every field of x to its spec default. */
void offset_fetch_req_offset_fetch_request_group_init(struct offset_fetch_req_offset_fetch_request_group *x);
bool offset_fetch_req_offset_fetch_request_group_is_default(const struct offset_fetch_req_offset_fetch_request_group *x);
/* Set every field of x to its spec default. */
void offset_fetch_req_init(struct offset_fetch_req *x);
bool offset_fetch_req_is_default(const struct offset_fetch_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int offset_fetch_req_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int offset_fetch_req_encode(struct kwriter *w, int16_t v, const struct offset_fetch_req *in);
/* Bytes offset_fetch_req_encode would write for version v. */
size_t offset_fetch_req_size(int16_t v, const struct offset_fetch_req *in);

struct offset_fetch_resp_offset_fetch_response_partition {
    int32_t partition_index; /* v0-7: The partition index. */
    int64_t committed_offset; /* v0-7: The committed message offset. */
    int32_t committed_leader_epoch; /* v5-7: The leader epoch. */
    struct kstr metadata; /* v0-7: The partition metadata. */
    int16_t error_code; /* v0-7: The error code, or 0 if there was no error. */
};

struct offset_fetch_resp_offset_fetch_response_topic {
    struct kstr name; /* v0-7: The topic name. */
    struct offset_fetch_resp_offset_fetch_response_partition *partitions; /* v0-7: The responses per partition */
    int32_t partitions_count; /* -1 = null */
};

struct offset_fetch_resp_offset_fetch_response_partitions {
    int32_t partition_index; /* v8+: The partition index. */
    int64_t committed_offset; /* v8+: The committed message offset. */
    int32_t committed_leader_epoch; /* v8+: The leader epoch. */
    struct kstr metadata; /* v8+: The partition metadata. */
    int16_t error_code; /* v8+: The partition-level error code, or 0 if there was no error. */
};

struct offset_fetch_resp_offset_fetch_response_topics {
    struct kstr name; /* v8+: The topic name. */
    struct offset_fetch_resp_offset_fetch_response_partitions *partitions; /* v8+: The responses per partition */
    int32_t partitions_count; /* -1 = null */
};

struct offset_fetch_resp_offset_fetch_response_group {
    struct kstr group_id; /* v8+: The group ID. */
    struct offset_fetch_resp_offset_fetch_response_topics *topics; /* v8+: The responses per topic. */
    int32_t topics_count; /* -1 = null */
    int16_t error_code; /* v8+: The group-level error code, or 0 if there was no error. */
};

struct offset_fetch_resp {
    int32_t throttle_time_ms; /* v3+: The duration in milliseconds for which the request was throttled due t... */
    struct offset_fetch_resp_offset_fetch_response_topic *topics; /* v0-7: The responses per topic. */
    int32_t topics_count; /* -1 = null */
    int16_t error_code; /* v2-7: The top-level error code, or 0 if there was no error. */
    struct offset_fetch_resp_offset_fetch_response_group *groups; /* v8+: The responses per group id. */
    int32_t groups_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void offset_fetch_resp_offset_fetch_response_partition_init(struct offset_fetch_resp_offset_fetch_response_partition *x);
bool offset_fetch_resp_offset_fetch_response_partition_is_default(const struct offset_fetch_resp_offset_fetch_response_partition *x);
/* Set every field of x to its spec default. */
void offset_fetch_resp_offset_fetch_response_topic_init(struct offset_fetch_resp_offset_fetch_response_topic *x);
bool offset_fetch_resp_offset_fetch_response_topic_is_default(const struct offset_fetch_resp_offset_fetch_response_topic *x);
/* Set every field of x to its spec default. */
void offset_fetch_resp_offset_fetch_response_partitions_init(struct offset_fetch_resp_offset_fetch_response_partitions *x);
bool offset_fetch_resp_offset_fetch_response_partitions_is_default(const struct offset_fetch_resp_offset_fetch_response_partitions *x);
/* Set every field of x to its spec default. */
void offset_fetch_resp_offset_fetch_response_topics_init(struct offset_fetch_resp_offset_fetch_response_topics *x);
bool offset_fetch_resp_offset_fetch_response_topics_is_default(const struct offset_fetch_resp_offset_fetch_response_topics *x);
/* Set every field of x to its spec default. */
void offset_fetch_resp_offset_fetch_response_group_init(struct offset_fetch_resp_offset_fetch_response_group *x);
bool offset_fetch_resp_offset_fetch_response_group_is_default(const struct offset_fetch_resp_offset_fetch_response_group *x);
/* Set every field of x to its spec default. */
void offset_fetch_resp_init(struct offset_fetch_resp *x);
bool offset_fetch_resp_is_default(const struct offset_fetch_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int offset_fetch_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int offset_fetch_resp_encode(struct kwriter *w, int16_t v, const struct offset_fetch_resp *in);
/* Bytes offset_fetch_resp_encode would write for version v. */
size_t offset_fetch_resp_size(int16_t v, const struct offset_fetch_resp *in);

#endif
