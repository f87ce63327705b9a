/* generated from OffsetDeleteRequest.json, OffsetDeleteResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* OffsetDelete (ApiKey 47), versions 0-0. */
#ifndef SLUICE_MSG_OFFSET_DELETE_H
#define SLUICE_MSG_OFFSET_DELETE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define OFFSET_DELETE_API_KEY 47
#define OFFSET_DELETE_MIN_VERSION 0
#define OFFSET_DELETE_MAX_VERSION 0
#define OFFSET_DELETE_FLEX_VERSION -1 /* first flexible version, -1 if none */

struct offset_delete_req_offset_delete_request_partition {
    int32_t partition_index; /* v0+: The partition index. */
};

struct offset_delete_req_offset_delete_request_topic {
    struct kstr name; /* v0+: The topic name. */
    struct offset_delete_req_offset_delete_request_partition *partitions; /* v0+: Each partition to delete offsets for. */
    int32_t partitions_count; /* -1 = null */
};

struct offset_delete_req {
    struct kstr group_id; /* v0+: The unique group identifier. */
    struct offset_delete_req_offset_delete_request_topic *topics; /* v0+: The topics to delete offsets for */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void offset_delete_req_offset_delete_request_partition_init(struct offset_delete_req_offset_delete_request_partition *x);
bool offset_delete_req_offset_delete_request_partition_is_default(const struct offset_delete_req_offset_delete_request_partition *x);
/* Set every field of x to its spec default. */
void offset_delete_req_offset_delete_request_topic_init(struct offset_delete_req_offset_delete_request_topic *x);
bool offset_delete_req_offset_delete_request_topic_is_default(const struct offset_delete_req_offset_delete_request_topic *x);
/* Set every field of x to its spec default. */
void offset_delete_req_init(struct offset_delete_req *x);
bool offset_delete_req_is_default(const struct offset_delete_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int offset_delete_req_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_delete_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int offset_delete_req_encode(struct kwriter *w, int16_t v, const struct offset_delete_req *in);
/* Bytes offset_delete_req_encode would write for version v. */
size_t offset_delete_req_size(int16_t v, const struct offset_delete_req *in);

struct offset_delete_resp_offset_delete_response_partition {
    int32_t partition_index; /* v0+: The partition index. */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
};

struct offset_delete_resp_offset_delete_response_topic {
    struct kstr name; /* v0+: The topic name. */
    struct offset_delete_resp_offset_delete_response_partition *partitions; /* v0+: The responses for each partition in the topic. */
    int32_t partitions_count; /* -1 = null */
};

struct offset_delete_resp {
    int16_t error_code; /* v0+: The top-level error code, or 0 if there was no error. */
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    struct offset_delete_resp_offset_delete_response_topic *topics; /* v0+: The responses for each topic. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void offset_delete_resp_offset_delete_response_partition_init(struct offset_delete_resp_offset_delete_response_partition *x);
bool offset_delete_resp_offset_delete_response_partition_is_default(const struct offset_delete_resp_offset_delete_response_partition *x);
/* Set every field of x to its spec default. */
void offset_delete_resp_offset_delete_response_topic_init(struct offset_delete_resp_offset_delete_response_topic *x);
bool offset_delete_resp_offset_delete_response_topic_is_default(const struct offset_delete_resp_offset_delete_response_topic *x);
/* Set every field of x to its spec default. */
void offset_delete_resp_init(struct offset_delete_resp *x);
bool offset_delete_resp_is_default(const struct offset_delete_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int offset_delete_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_delete_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int offset_delete_resp_encode(struct kwriter *w, int16_t v, const struct offset_delete_resp *in);
/* Bytes offset_delete_resp_encode would write for version v. */
size_t offset_delete_resp_size(int16_t v, const struct offset_delete_resp *in);

#endif
