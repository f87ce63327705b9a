/* generated from ProduceRequest.json, ProduceResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* Produce (ApiKey 0), versions 0-11. */
#ifndef SLUICE_MSG_PRODUCE_H
#define SLUICE_MSG_PRODUCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define PRODUCE_API_KEY 0
#define PRODUCE_MIN_VERSION 0
#define PRODUCE_MAX_VERSION 11
#define PRODUCE_FLEX_VERSION 9 /* first flexible version, -1 if none */

struct produce_req_partition_produce_data {
    int32_t index; /* v0+: The partition index. */
    struct krecords records; /* v0+: The record data to be produced. */
};

struct produce_req_topic_produce_data {
    struct kstr name; /* v0+: The topic name. */
    struct produce_req_partition_produce_data *partition_data; /* v0+: Each partition to produce to. */
    int32_t partition_data_count; /* -1 = null */
};

struct produce_req {
    struct kstr transactional_id; /* v3+: The transactional ID, or null if the producer is not transactional. */
    int16_t acks; /* v0+: The number of acknowledgments the producer requires the leader to have... */
    int32_t timeout_ms; /* v0+: The timeout to await a response in milliseconds. */
    struct produce_req_topic_produce_data *topic_data; /* v0+: Each topic to produce to. */
    int32_t topic_data_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void produce_req_partition_produce_data_init(struct produce_req_partition_produce_data *x);
bool produce_req_partition_produce_data_is_default(const struct produce_req_partition_produce_data *x);
/* Set every field of x to its spec default. */
void produce_req_topic_produce_data_init(struct produce_req_topic_produce_data *x);
bool produce_req_topic_produce_data_is_default(const struct produce_req_topic_produce_data *x);
/* Set every field of x to its spec default. */
void produce_req_init(struct produce_req *x);
bool produce_req_is_default(const struct produce_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int produce_req_decode(struct kreader *r, struct arena *a, int16_t v, struct produce_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int produce_req_encode(struct kwriter *w, int16_t v, const struct produce_req *in);
/* Bytes produce_req_encode would write for version v. */
size_t produce_req_size(int16_t v, const struct produce_req *in);

struct produce_resp_batch_index_and_error_message {
    int32_t batch_index; /* v8+: The batch index of the record that cause the batch to be dropped */
    struct kstr batch_index_error_message; /* v8+: The error message of the record that caused the batch to be dropped */
};

struct produce_resp_leader_id_and_epoch {
    int32_t leader_id; /* v10+: The ID of the current leader or -1 if the leader is unknown. */
    int32_t leader_epoch; /* v10+: The latest known leader epoch */
};

struct produce_resp_partition_produce_response {
    int32_t index; /* v0+: The partition index. */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
    int64_t base_offset; /* v0+: The base offset. */
    int64_t log_append_time_ms; /* v2+: The timestamp returned by broker after appending the messages. If Crea... */
    int64_t log_start_offset; /* v5+: The log start offset. */
    struct produce_resp_batch_index_and_error_message *record_errors; /* v8+: The batch indices of records that caused the batch to be dropped */
    int32_t record_errors_count; /* -1 = null */
    struct kstr error_message; /* v8+: The global error message summarizing the common root cause of the reco... */
    struct produce_resp_leader_id_and_epoch current_leader; /* v10+, tag 0:  */
};

struct produce_resp_topic_produce_response {
    struct kstr name; /* v0+: The topic name */
    struct produce_resp_partition_produce_response *partition_responses; /* v0+: Each partition that we produced to within the topic. */
    int32_t partition_responses_count; /* -1 = null */
};

struct produce_resp_node_endpoint {
    int32_t node_id; /* v10+: The ID of the associated node. */
    struct kstr host; /* v10+: The node's hostname. */
    int32_t port; /* v10+: The node's port. */
    struct kstr rack; /* v10+: The rack of the node, or null if it has not been assigned to a rack. */
};

struct produce_resp {
    struct produce_resp_topic_produce_response *responses; /* v0+: Each produce response */
    int32_t responses_count; /* -1 = null */
    int32_t throttle_time_ms; /* v1+: The duration in milliseconds for which the request was throttled due t... */
    struct produce_resp_node_endpoint *node_endpoints; /* v10+, tag 0: Endpoints for all current-leaders enumerated in PartitionProduceRespon... */
    int32_t node_endpoints_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void produce_resp_batch_index_and_error_message_init(struct produce_resp_batch_index_and_error_message *x);
bool produce_resp_batch_index_and_error_message_is_default(const struct produce_resp_batch_index_and_error_message *x);
/* Set every field of x to its spec default. */
void produce_resp_leader_id_and_epoch_init(struct produce_resp_leader_id_and_epoch *x);
bool produce_resp_leader_id_and_epoch_is_default(const struct produce_resp_leader_id_and_epoch *x);
/* Set every field of x to its spec default. */
void produce_resp_partition_produce_response_init(struct produce_resp_partition_produce_response *x);
bool produce_resp_partition_produce_response_is_default(const struct produce_resp_partition_produce_response *x);
/* Set every field of x to its spec default. */
void produce_resp_topic_produce_response_init(struct produce_resp_topic_produce_response *x);
bool produce_resp_topic_produce_response_is_default(const struct produce_resp_topic_produce_response *x);
/* Set every field of x to its spec default. */
void produce_resp_node_endpoint_init(struct produce_resp_node_endpoint *x);
bool produce_resp_node_endpoint_is_default(const struct produce_resp_node_endpoint *x);
/* Set every field of x to its spec default. */
void produce_resp_init(struct produce_resp *x);
bool produce_resp_is_default(const struct produce_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int produce_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct produce_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int produce_resp_encode(struct kwriter *w, int16_t v, const struct produce_resp *in);
/* Bytes produce_resp_encode would write for version v. */
size_t produce_resp_size(int16_t v, const struct produce_resp *in);

#endif
