/* generated from OffsetCommitRequest.json, OffsetCommitResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* OffsetCommit (ApiKey 8), versions 2-9. */
#ifndef SLUICE_MSG_OFFSET_COMMIT_H
#define SLUICE_MSG_OFFSET_COMMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define OFFSET_COMMIT_API_KEY 8
#define OFFSET_COMMIT_MIN_VERSION 2
#define OFFSET_COMMIT_MAX_VERSION 9
#define OFFSET_COMMIT_FLEX_VERSION 8 /* first flexible version, -1 if none */

struct offset_commit_req_offset_commit_request_partition {
    int32_t partition_index; /* v0+: The partition index. */
    int64_t committed_offset; /* v0+: The message offset to be committed. */
    int32_t committed_leader_epoch; /* v6+: The leader epoch of this partition. */
    int64_t commit_timestamp; /* v1: The timestamp of the commit. */
    struct kstr committed_metadata; /* v0+: Any associated metadata the client wants to keep. */
};

struct offset_commit_req_offset_commit_request_topic {
    struct kstr name; /* v0+: The topic name. */
    struct offset_commit_req_offset_commit_request_partition *partitions; /* v0+: Each partition to commit offsets for. */
    int32_t partitions_count; /* -1 = null */
};

struct offset_commit_req {
    struct kstr group_id; /* v0+: The unique group identifier. */
    int32_t generation_id_or_member_epoch; /* v1+: The generation of the group if using the classic group protocol or the... */
    struct kstr member_id; /* v1+: The member ID assigned by the group coordinator. */
    struct kstr group_instance_id; /* v7+: The unique identifier of the consumer instance provided by end user. */
    int64_t retention_time_ms; /* v2-4: The time period in ms to retain the offset. */
    struct offset_commit_req_offset_commit_request_topic *topics; /* v0+: The topics to commit offsets for. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void offset_commit_req_offset_commit_request_partition_init(struct offset_commit_req_offset_commit_request_partition *x);
bool offset_commit_req_offset_commit_request_partition_is_default(const struct offset_commit_req_offset_commit_request_partition *x);
/* Set every field of x to its spec default. */
void offset_commit_req_offset_commit_request_topic_init(struct offset_commit_req_offset_commit_request_topic *x);
bool offset_commit_req_offset_commit_request_topic_is_default(const struct offset_commit_req_offset_commit_request_topic *x);
/* Set every field of x to its spec default. */
void offset_commit_req_init(struct offset_commit_req *x);
bool offset_commit_req_is_default(const struct offset_commit_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int offset_commit_req_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int offset_commit_req_encode(struct kwriter *w, int16_t v, const struct offset_commit_req *in);
/* Bytes offset_commit_req_encode would write for version v. */
size_t offset_commit_req_size(int16_t v, const struct offset_commit_req *in);

struct offset_commit_resp_offset_commit_response_partition {
    int32_t partition_index; /* v0+: The partition index. */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
};

struct offset_commit_resp_offset_commit_response_topic {
    struct kstr name; /* v0+: The topic name. */
    struct offset_commit_resp_offset_commit_response_partition *partitions; /* v0+: The responses for each partition in the topic. */
    int32_t partitions_count; /* -1 = null */
};

struct offset_commit_resp {
    int32_t throttle_time_ms; /* v3+: The duration in milliseconds for which the request was throttled due t... */
    struct offset_commit_resp_offset_commit_response_topic *topics; /* v0+: The responses for each topic. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void offset_commit_resp_offset_commit_response_partition_init(struct offset_commit_resp_offset_commit_response_partition *x);
bool offset_commit_resp_offset_commit_response_partition_is_default(const struct offset_commit_resp_offset_commit_response_partition *x);
/* Set every field of x to its spec default. */
void offset_commit_resp_offset_commit_response_topic_init(struct offset_commit_resp_offset_commit_response_topic *x);
bool offset_commit_resp_offset_commit_response_topic_is_default(const struct offset_commit_resp_offset_commit_response_topic *x);
/* Set every field of x to its spec default. */
void offset_commit_resp_init(struct offset_commit_resp *x);
bool offset_commit_resp_is_default(const struct offset_commit_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int offset_commit_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int offset_commit_resp_encode(struct kwriter *w, int16_t v, const struct offset_commit_resp *in);
/* Bytes offset_commit_resp_encode would write for version v. */
size_t offset_commit_resp_size(int16_t v, const struct offset_commit_resp *in);

#endif
