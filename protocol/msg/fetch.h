/* generated from FetchRequest.json, FetchResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* Fetch (ApiKey 1), versions 4-17. */
#ifndef SLUICE_MSG_FETCH_H
#define SLUICE_MSG_FETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define FETCH_API_KEY 1
#define FETCH_MIN_VERSION 4
#define FETCH_MAX_VERSION 17
#define FETCH_FLEX_VERSION 12 /* first flexible version, -1 if none */

struct fetch_req_replica_state {
    int32_t replica_id; /* v15+: The replica ID of the follower, or -1 if this request is from a consum... */
    int64_t replica_epoch; /* v15+: The epoch of this follower, or -1 if not available. */
};

struct fetch_req_fetch_partition {
    int32_t partition; /* v0+: The partition index. */
    int32_t current_leader_epoch; /* v9+: The current leader epoch of the partition. */
    int64_t fetch_offset; /* v0+: The message offset. */
    int32_t last_fetched_epoch; /* v12+: The epoch of the last fetched record or -1 if there is none */
    int64_t log_start_offset; /* v5+: The earliest available offset of the follower replica.  The field is o... */
    int32_t partition_max_bytes; /* v0+: The maximum bytes to fetch from this partition.  See KIP-74 for cases ... */
    struct kuuid replica_directory_id; /* v17+, tag 0: The directory id of the follower fetching */
};

struct fetch_req_fetch_topic {
    struct kstr topic; /* v0-12: The name of the topic to fetch. */
    struct kuuid topic_id; /* v13+: The unique topic ID */
    struct fetch_req_fetch_partition *partitions; /* v0+: The partitions to fetch. */
    int32_t partitions_count; /* -1 = null */
};

struct fetch_req_forgotten_topic {
    struct kstr topic; /* v7-12: The topic name. */
    struct kuuid topic_id; /* v13+: The unique topic ID */
    int32_t *partitions; /* v7+: The partitions indexes to forget. */
    int32_t partitions_count; /* -1 = null */
};

struct fetch_req {
    struct kstr cluster_id; /* v12+, tag 0: The clusterId if known. This is used to validate metadata fetches prio... */
    int32_t replica_id; /* v0-14: The broker ID of the follower, of -1 if this request is from a consume... */
    struct fetch_req_replica_state replica_state; /* v15+, tag 1:  */
    int32_t max_wait_ms; /* v0+: The maximum time in milliseconds to wait for the response. */
    int32_t min_bytes; /* v0+: The minimum bytes to accumulate in the response. */
    int32_t max_bytes; /* v3+: The maximum bytes to fetch.  See KIP-74 for cases where this limit may... */
    int8_t isolation_level; /* v4+: This setting controls the visibility of transactional records. Using R... */
    int32_t session_id; /* v7+: The fetch session ID. */
    int32_t session_epoch; /* v7+: The fetch session epoch, which is used for ordering requests in a sess... */
    struct fetch_req_fetch_topic *topics; /* v0+: The topics to fetch. */
    int32_t topics_count; /* -1 = null */
    struct fetch_req_forgotten_topic *forgotten_topics_data; /* v7+: In an incremental fetch request, the partitions to remove. */
    int32_t forgotten_topics_data_count; /* -1 = null */
    struct kstr rack_id; /* v11+: Rack ID of the consumer making this request */
};

/* Set every field of x to its spec default. */
void fetch_req_replica_state_init(struct fetch_req_replica_state *x);
bool fetch_req_replica_state_is_default(const struct fetch_req_replica_state *x);
/* Set every field of x to its spec default. */
void fetch_req_fetch_partition_init(struct fetch_req_fetch_partition *x);
bool fetch_req_fetch_partition_is_default(const struct fetch_req_fetch_partition *x);
/* Set every field of x to its spec default. */
void fetch_req_fetch_topic_init(struct fetch_req_fetch_topic *x);
bool fetch_req_fetch_topic_is_default(const struct fetch_req_fetch_topic *x);
/* Set every field of x to its spec default. */
void fetch_req_forgotten_topic_init(struct fetch_req_forgotten_topic *x);
bool fetch_req_forgotten_topic_is_default(const struct fetch_req_forgotten_topic *x);
/* Set every field of x to its spec default. */
void fetch_req_init(struct fetch_req *x);
bool fetch_req_is_default(const struct fetch_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int fetch_req_decode(struct kreader *r, struct arena *a, int16_t v, struct fetch_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int fetch_req_encode(struct kwriter *w, int16_t v, const struct fetch_req *in);
/* Bytes fetch_req_encode would write for version v. */
size_t fetch_req_size(int16_t v, const struct fetch_req *in);

struct fetch_resp_epoch_end_offset {
    int32_t epoch; /* v12+:  */
    int64_t end_offset; /* v12+:  */
};

struct fetch_resp_leader_id_and_epoch {
    int32_t leader_id; /* v12+: The ID of the current leader or -1 if the leader is unknown. */
    int32_t leader_epoch; /* v12+: The latest known leader epoch */
};

struct fetch_resp_snapshot_id {
    int64_t end_offset; /* v0+:  */
    int32_t epoch; /* v0+:  */
};

struct fetch_resp_aborted_transaction {
    int64_t producer_id; /* v4+: The producer id associated with the aborted transaction. */
    int64_t first_offset; /* v4+: The first offset in the aborted transaction. */
};

struct fetch_resp_partition_data {
    int32_t partition_index; /* v0+: The partition index. */
    int16_t error_code; /* v0+: The error code, or 0 if there was no fetch error. */
    int64_t high_watermark; /* v0+: The current high water mark. */
    int64_t last_stable_offset; /* v4+: The last stable offset (or LSO) of the partition. This is the last off... */
    int64_t log_start_offset; /* v5+: The current log start offset. */
    struct fetch_resp_epoch_end_offset diverging_epoch; /* v12+, tag 0: In case divergence is detected based on the `LastFetchedEpoch` and `Fe... */
    struct fetch_resp_leader_id_and_epoch current_leader; /* v12+, tag 1:  */
    struct fetch_resp_snapshot_id snapshot_id; /* v12+, tag 2: In the case of fetching an offset less than the LogStartOffset, this i... */
    struct fetch_resp_aborted_transaction *aborted_transactions; /* v4+: The aborted transactions. */
    int32_t aborted_transactions_count; /* -1 = null */
    int32_t preferred_read_replica; /* v11+: The preferred read replica for the consumer to use on its next fetch r... */
    struct krecords records; /* v0+: The record data. */
};

struct fetch_resp_fetchable_topic_response {
    struct kstr topic; /* v0-12: The topic name. */
    struct kuuid topic_id; /* v13+: The unique topic ID */
    struct fetch_resp_partition_data *partitions; /* v0+: The topic partitions. */
    int32_t partitions_count; /* -1 = null */
};

struct fetch_resp_node_endpoint {
    int32_t node_id; /* v16+: The ID of the associated node. */
    struct kstr host; /* v16+: The node's hostname. */
    int32_t port; /* v16+: The node's port. */
    struct kstr rack; /* v16+: The rack of the node, or null if it has not been assigned to a rack. */
};

struct fetch_resp {
    int32_t throttle_time_ms; /* v1+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v7+: The top level response error code. */
    int32_t session_id; /* v7+: The fetch session ID, or 0 if this is not part of a fetch session. */
    struct fetch_resp_fetchable_topic_response *responses; /* v0+: The response topics. */
    int32_t responses_count; /* -1 = null */
    struct fetch_resp_node_endpoint *node_endpoints; /* v16+, tag 0: Endpoints for all current-leaders enumerated in PartitionData, with er... */
    int32_t node_endpoints_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void fetch_resp_epoch_end_offset_init(struct fetch_resp_epoch_end_offset *x);
bool fetch_resp_epoch_end_offset_is_default(const struct fetch_resp_epoch_end_offset *x);
/* Set every field of x to its spec default. */
void fetch_resp_leader_id_and_epoch_init(struct fetch_resp_leader_id_and_epoch *x);
bool fetch_resp_leader_id_and_epoch_is_default(const struct fetch_resp_leader_id_and_epoch *x);
/* Set every field of x to its spec default. */
void fetch_resp_snapshot_id_init(struct fetch_resp_snapshot_id *x);
bool fetch_resp_snapshot_id_is_default(const struct fetch_resp_snapshot_id *x);
/* Set every field of x to its spec default. */
void fetch_resp_aborted_transaction_init(struct fetch_resp_aborted_transaction *x);
bool fetch_resp_aborted_transaction_is_default(const struct fetch_resp_aborted_transaction *x);
/* Set every field of x to its spec default. */
void fetch_resp_partition_data_init(struct fetch_resp_partition_data *x);
bool fetch_resp_partition_data_is_default(const struct fetch_resp_partition_data *x);
/* Set every field of x to its spec default. */
void fetch_resp_fetchable_topic_response_init(struct fetch_resp_fetchable_topic_response *x);
bool fetch_resp_fetchable_topic_response_is_default(const struct fetch_resp_fetchable_topic_response *x);
/* Set every field of x to its spec default. */
void fetch_resp_node_endpoint_init(struct fetch_resp_node_endpoint *x);
bool fetch_resp_node_endpoint_is_default(const struct fetch_resp_node_endpoint *x);
/* Set every field of x to its spec default. */
void fetch_resp_init(struct fetch_resp *x);
bool fetch_resp_is_default(const struct fetch_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int fetch_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int fetch_resp_encode(struct kwriter *w, int16_t v, const struct fetch_resp *in);
/* Bytes fetch_resp_encode would write for version v. */
size_t fetch_resp_size(int16_t v, const struct fetch_resp *in);

#endif
