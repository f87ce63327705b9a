/* generated from ListOffsetsRequest.json, ListOffsetsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* ListOffsets (ApiKey 2), versions 1-9. */
#ifndef SLUICE_MSG_LIST_OFFSETS_H
#define SLUICE_MSG_LIST_OFFSETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define LIST_OFFSETS_API_KEY 2
#define LIST_OFFSETS_MIN_VERSION 1
#define LIST_OFFSETS_MAX_VERSION 9
#define LIST_OFFSETS_FLEX_VERSION 6 /* first flexible version, -1 if none */

struct list_offsets_req_list_offsets_partition {
    int32_t partition_index; /* v0+: The partition index. */
    int32_t current_leader_epoch; /* v4+: The current leader epoch. */
    int64_t timestamp; /* v0+: The current timestamp. */
    int32_t max_num_offsets; /* v0: The maximum number of offsets to report. */
};

struct list_offsets_req_list_offsets_topic {
    struct kstr name; /* v0+: The topic name. */
    struct list_offsets_req_list_offsets_partition *partitions; /* v0+: Each partition in the request. */
    int32_t partitions_count; /* -1 = null */
};

struct list_offsets_req {
    int32_t replica_id; /* v0+: The broker ID of the requester, or -1 if this request is being made by... */
    int8_t isolation_level; /* v2+: This setting controls the visibility of transactional records. Using R... */
    struct list_offsets_req_list_offsets_topic *topics; /* v0+: Each topic in the request. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void list_offsets_req_list_offsets_partition_init(struct list_offsets_req_list_offsets_partition *x);
bool list_offsets_req_list_offsets_partition_is_default(const struct list_offsets_req_list_offsets_partition *x);
/* Set every field of x to its spec default. */
void list_offsets_req_list_offsets_topic_init(struct list_offsets_req_list_offsets_topic *x);
bool list_offsets_req_list_offsets_topic_is_default(const struct list_offsets_req_list_offsets_topic *x);
/* Set every field of x to its spec default. */
void list_offsets_req_init(struct list_offsets_req *x);
bool list_offsets_req_is_default(const struct list_offsets_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int list_offsets_req_decode(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int list_offsets_req_encode(struct kwriter *w, int16_t v, const struct list_offsets_req *in);
/* Bytes list_offsets_req_encode would write for version v. */
size_t list_offsets_req_size(int16_t v, const struct list_offsets_req *in);

struct list_offsets_resp_list_offsets_partition_response {
    int32_t partition_index; /* v0+: The partition index. */
    int16_t error_code; /* v0+: The partition error code, or 0 if there was no error. */
    int64_t *old_style_offsets; /* v0: The result offsets. */
    int32_t old_style_offsets_count; /* -1 = null */
    int64_t timestamp; /* v1+: The timestamp associated with the returned offset. */
    int64_t offset; /* v1+: The returned offset. */
    int32_t leader_epoch; /* v4+:  */
};

struct list_offsets_resp_list_offsets_topic_response {
    struct kstr name; /* v0+: The topic name */
    struct list_offsets_resp_list_offsets_partition_response *partitions; /* v0+: Each partition in the response. */
    int32_t partitions_count; /* -1 = null */
};

struct list_offsets_resp {
    int32_t throttle_time_ms; /* v2+: The duration in milliseconds for which the request was throttled due t... */
    struct list_offsets_resp_list_offsets_topic_response *topics; /* v0+: Each topic in the response. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void list_offsets_resp_list_offsets_partition_response_init(struct list_offsets_resp_list_offsets_partition_response *x);
bool list_offsets_resp_list_offsets_partition_response_is_default(const struct list_offsets_resp_list_offsets_partition_response *x);
/* Set every field of x to its spec default. */
void list_offsets_resp_list_offsets_topic_response_init(struct list_offsets_resp_list_offsets_topic_response *x);
bool list_offsets_resp_list_offsets_topic_response_is_default(const struct list_offsets_resp_list_offsets_topic_response *x);
/* Set every field of x to its spec default. */
void list_offsets_resp_init(struct list_offsets_resp *x);
bool list_offsets_resp_is_default(const struct list_offsets_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int list_offsets_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int list_offsets_resp_encode(struct kwriter *w, int16_t v, const struct list_offsets_resp *in);
/* Bytes list_offsets_resp_encode would write for version v. */
size_t list_offsets_resp_size(int16_t v, const struct list_offsets_resp *in);

#endif
