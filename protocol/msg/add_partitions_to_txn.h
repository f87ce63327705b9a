/* generated from AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* AddPartitionsToTxn (ApiKey 24), versions 0-5. */
#ifndef SLUICE_MSG_ADD_PARTITIONS_TO_TXN_H
#define SLUICE_MSG_ADD_PARTITIONS_TO_TXN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define ADD_PARTITIONS_TO_TXN_API_KEY 24
#define ADD_PARTITIONS_TO_TXN_MIN_VERSION 0
#define ADD_PARTITIONS_TO_TXN_MAX_VERSION 5
#define ADD_PARTITIONS_TO_TXN_FLEX_VERSION 3 /* first flexible version, -1 if none */

struct add_partitions_to_txn_req_add_partitions_to_txn_topic {
    struct kstr name; /* v0+: The name of the topic. */
    int32_t *partitions; /* v0+: The partition indexes to add to the transaction */
    int32_t partitions_count; /* -1 = null */
};

struct add_partitions_to_txn_req_add_partitions_to_txn_transaction {
    struct kstr transactional_id; /* v4+: The transactional id corresponding to the transaction. */
    int64_t producer_id; /* v4+: Current producer id in use by the transactional id. */
    int16_t producer_epoch; /* v4+: Current epoch associated with the producer id. */
    bool verify_only; /* v4+: Boolean to signify if we want to check if the partition is in the tran... */
    struct add_partitions_to_txn_req_add_partitions_to_txn_topic *topics; /* v4+: The partitions to add to the transaction. */
    int32_t topics_count; /* -1 = null */
};

struct add_partitions_to_txn_req {
    struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *transactions; /* v4+: List of transactions to add partitions to. */
    int32_t transactions_count; /* -1 = null */
    struct kstr v3_and_below_transactional_id; /* v0-3: The transactional id corresponding to the transaction. */
    int64_t v3_and_below_producer_id; /* v0-3: Current producer id in use by the transactional id. */
    int16_t v3_and_below_producer_epoch; /* v0-3: Current epoch associated with the producer id. */
    struct add_partitions_to_txn_req_add_partitions_to_txn_topic *v3_and_below_topics; /* v0-3: The partitions to add to the transaction. */
    int32_t v3_and_below_topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void add_partitions_to_txn_req_add_partitions_to_txn_topic_init(struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x);
bool add_partitions_to_txn_req_add_partitions_to_txn_topic_is_default(const struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x);
/* Set every field of x to its spec default. */
void add_partitions_to_txn_req_add_partitions_to_txn_transaction_init(struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x);
bool add_partitions_to_txn_req_add_partitions_to_txn_transaction_is_default(const struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x);
/* Set every field of x to its spec default. */
void add_partitions_to_txn_req_init(struct add_partitions_to_txn_req *x);
bool add_partitions_to_txn_req_is_default(const struct add_partitions_to_txn_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int add_partitions_to_txn_req_decode(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int add_partitions_to_txn_req_encode(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_req *in);
/* Bytes add_partitions_to_txn_req_encode would write for version v. */
size_t add_partitions_to_txn_req_size(int16_t v, const struct add_partitions_to_txn_req *in);

struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result {
    int32_t partition_index; /* v0+: The partition indexes. */
    int16_t partition_error_code; /* v0+: The response error code. */
};

struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result {
    struct kstr name; /* v0+: The topic name. */
    struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *results_by_partition; /* v0+: The results for each partition */
    int32_t results_by_partition_count; /* -1 = null */
};

struct add_partitions_to_txn_resp_add_partitions_to_txn_result {
    struct kstr transactional_id; /* v4+: The transactional id corresponding to the transaction. */
    struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *topic_results; /* v4+: The results for each topic. */
    int32_t topic_results_count; /* -1 = null */
};

struct add_partitions_to_txn_resp {
    int32_t throttle_time_ms; /* v0+: Duration in milliseconds for which the request was throttled due to a ... */
    int16_t error_code; /* v4+: The response top level error code. */
    struct add_partitions_to_txn_resp_add_partitions_to_txn_result *results_by_transaction; /* v4+: Results categorized by transactional ID. */
    int32_t results_by_transaction_count; /* -1 = null */
    struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *results_by_topic_v3_and_below; /* v0-3: The results for each topic. */
    int32_t results_by_topic_v3_and_below_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void add_partitions_to_txn_resp_add_partitions_to_txn_partition_result_init(struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x);
bool add_partitions_to_txn_resp_add_partitions_to_txn_partition_result_is_default(const struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x);
/* Set every field of x to its spec default. */
void add_partitions_to_txn_resp_add_partitions_to_txn_topic_result_init(struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x);
bool add_partitions_to_txn_resp_add_partitions_to_txn_topic_result_is_default(const struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x);
/* Set every field of x to its spec default. */
void add_partitions_to_txn_resp_add_partitions_to_txn_result_init(struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x);
bool add_partitions_to_txn_resp_add_partitions_to_txn_result_is_default(const struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x);
/* Set every field of x to its spec default. */
void add_partitions_to_txn_resp_init(struct add_partitions_to_txn_resp *x);
bool add_partitions_to_txn_resp_is_default(const struct add_partitions_to_txn_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int add_partitions_to_txn_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int add_partitions_to_txn_resp_encode(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_resp *in);
/* Bytes add_partitions_to_txn_resp_encode would write for version v. */
size_t add_partitions_to_txn_resp_size(int16_t v, const struct add_partitions_to_txn_resp *in);

#endif
