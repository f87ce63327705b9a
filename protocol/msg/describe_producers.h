/* generated from DescribeProducersRequest.json, DescribeProducersResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* DescribeProducers (ApiKey 61), versions 0-0. */
#ifndef SLUICE_MSG_DESCRIBE_PRODUCERS_H
#define SLUICE_MSG_DESCRIBE_PRODUCERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define DESCRIBE_PRODUCERS_API_KEY 61
#define DESCRIBE_PRODUCERS_MIN_VERSION 0
#define DESCRIBE_PRODUCERS_MAX_VERSION 0
#define DESCRIBE_PRODUCERS_FLEX_VERSION 0 /* first flexible version, -1 if none */

struct describe_producers_req_topic_request {
    struct kstr name; /* v0+: The topic name. */
    int32_t *partition_indexes; /* v0+: The indexes of the partitions to list producers for. */
    int32_t partition_indexes_count; /* -1 = null */
};

struct describe_producers_req {
    struct describe_producers_req_topic_request *topics; /* v0+:  */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void describe_producers_req_topic_request_init(struct describe_producers_req_topic_request *x);
bool describe_producers_req_topic_request_is_default(const struct describe_producers_req_topic_request *x);
/* Set every field of x to its spec default. */
void describe_producers_req_init(struct describe_producers_req *x);
bool describe_producers_req_is_default(const struct describe_producers_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int describe_producers_req_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int describe_producers_req_encode(struct kwriter *w, int16_t v, const struct describe_producers_req *in);
/* Bytes describe_producers_req_encode would write for version v. */
size_t describe_producers_req_size(int16_t v, const struct describe_producers_req *in);

struct describe_producers_resp_producer_state {
    int64_t producer_id; /* v0+:  */
    int32_t producer_epoch; /* v0+:  */
    int32_t last_sequence; /* v0+:  */
    int64_t last_timestamp; /* v0+:  */
    int32_t coordinator_epoch; /* v0+:  */
    int64_t current_txn_start_offset; /* v0+:  */
};

struct describe_producers_resp_partition_response {
    int32_t partition_index; /* v0+: The partition index. */
    int16_t error_code; /* v0+: The partition error code, or 0 if there was no error. */
    struct kstr error_message; /* v0+: The partition error message, which may be null if no additional detail... */
    struct describe_producers_resp_producer_state *active_producers; /* v0+:  */
    int32_t active_producers_count; /* -1 = null */
};

struct describe_producers_resp_topic_response {
    struct kstr name; /* v0+: The topic name */
    struct describe_producers_resp_partition_response *partitions; /* v0+: Each partition in the response. */
    int32_t partitions_count; /* -1 = null */
};

struct describe_producers_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    struct describe_producers_resp_topic_response *topics; /* v0+: Each topic in the response. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void describe_producers_resp_producer_state_init(struct describe_producers_resp_producer_state *x);
bool describe_producers_resp_producer_state_is_default(const struct describe_producers_resp_producer_state *x);
/* Set every field of x to its spec default. */
void describe_producers_resp_partition_response_init(struct describe_producers_resp_partition_response *x);
bool describe_producers_resp_partition_response_is_default(const struct describe_producers_resp_partition_response *x);
/* Set every field of x to its spec default. */
void describe_producers_resp_topic_response_init(struct describe_producers_resp_topic_response *x);
bool describe_producers_resp_topic_response_is_default(const struct describe_producers_resp_topic_response *x);
/* Set every field of x to its spec default. */
void describe_producers_resp_init(struct describe_producers_resp *x);
bool describe_producers_resp_is_default(const struct describe_producers_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int describe_producers_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int describe_producers_resp_encode(struct kwriter *w, int16_t v, const struct describe_producers_resp *in);
/* Bytes describe_producers_resp_encode would write for version v. */
size_t describe_producers_resp_size(int16_t v, const struct describe_producers_resp *in);

#endif
