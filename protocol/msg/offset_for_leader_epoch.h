/* generated from OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* OffsetForLeaderEpoch (ApiKey 23), versions 0-4. */
#ifndef SLUICE_MSG_OFFSET_FOR_LEADER_EPOCH_H
#define SLUICE_MSG_OFFSET_FOR_LEADER_EPOCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define OFFSET_FOR_LEADER_EPOCH_API_KEY 23
#define OFFSET_FOR_LEADER_EPOCH_MIN_VERSION 0
#define OFFSET_FOR_LEADER_EPOCH_MAX_VERSION 4
#define OFFSET_FOR_LEADER_EPOCH_FLEX_VERSION 4 /* first flexible version, -1 if none */

struct offset_for_leader_epoch_req_offset_for_leader_partition {
    int32_t partition; /* v0+: The partition index. */
    int32_t current_leader_epoch; /* v2+: An epoch used to fence consumers/replicas with old metadata. If the ep... */
    int32_t leader_epoch; /* v0+: The epoch to look up an offset for. */
};

struct offset_for_leader_epoch_req_offset_for_leader_topic {
    struct kstr topic; /* v0+: The topic name. */
    struct offset_for_leader_epoch_req_offset_for_leader_partition *partitions; /* v0+: Each partition to get offsets for. */
    int32_t partitions_count; /* -1 = null */
};

struct offset_for_leader_epoch_req {
    int32_t replica_id; /* v3+: The broker ID of the follower, of -1 if this request is from a consume... */
    struct offset_for_leader_epoch_req_offset_for_leader_topic *topics; /* v0+: Each topic to get offsets for. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void offset_for_leader_epoch_req_offset_for_leader_partition_init(struct offset_for_leader_epoch_req_offset_for_leader_partition *x);
bool offset_for_leader_epoch_req_offset_for_leader_partition_is_default(const struct offset_for_leader_epoch_req_offset_for_leader_partition *x);
/* Set every field of x to its spec default. */
void offset_for_leader_epoch_req_offset_for_leader_topic_init(struct offset_for_leader_epoch_req_offset_for_leader_topic *x);
bool offset_for_leader_epoch_req_offset_for_leader_topic_is_default(const struct offset_for_leader_epoch_req_offset_for_leader_topic *x);
/* Set every field of x to its spec default. */
void offset_for_leader_epoch_req_init(struct offset_for_leader_epoch_req *x);
bool offset_for_leader_epoch_req_is_default(const struct offset_for_leader_epoch_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int offset_for_leader_epoch_req_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int offset_for_leader_epoch_req_encode(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_req *in);
/* Bytes offset_for_leader_epoch_req_encode would write for version v. */
size_t offset_for_leader_epoch_req_size(int16_t v, const struct offset_for_leader_epoch_req *in);

struct offset_for_leader_epoch_resp_epoch_end_offset {
    int16_t error_code; /* v0+: The error code 0, or if there was no error. */
    int32_t partition; /* v0+: The partition index. */
    int32_t leader_epoch; /* v1+: The leader epoch of the partition. */
    int64_t end_offset; /* v0+: The end offset of the epoch. */
};

struct offset_for_leader_epoch_resp_offset_for_leader_topic_result {
    struct kstr topic; /* v0+: The topic name. */
    struct offset_for_leader_epoch_resp_epoch_end_offset *partitions; /* v0+: Each partition in the topic we fetched offsets for. */
    int32_t partitions_count; /* -1 = null */
};

struct offset_for_leader_epoch_resp {
    int32_t throttle_time_ms; /* v2+: The duration in milliseconds for which the request was throttled due t... */
    struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *topics; /* v0+: Each topic we fetched offsets for. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void offset_for_leader_epoch_resp_epoch_end_offset_init(struct offset_for_leader_epoch_resp_epoch_end_offset *x);
bool offset_for_leader_epoch_resp_epoch_end_offset_is_default(const struct offset_for_leader_epoch_resp_epoch_end_offset *x);
/* Set every field of x to its spec default. */
void offset_for_leader_epoch_resp_offset_for_leader_topic_result_init(struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x);
bool offset_for_leader_epoch_resp_offset_for_leader_topic_result_is_default(const struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x);
/* Set every field of x to its spec default. */
void offset_for_leader_epoch_resp_init(struct offset_for_leader_epoch_resp *x);
bool offset_for_leader_epoch_resp_is_default(const struct offset_for_leader_epoch_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int offset_for_leader_epoch_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int offset_for_leader_epoch_resp_encode(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_resp *in);
/* Bytes offset_for_leader_epoch_resp_encode would write for version v. */
size_t offset_for_leader_epoch_resp_size(int16_t v, const struct offset_for_leader_epoch_resp *in);

#endif
